package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/yield"
)

// errAuditFailed makes the audit exit non-zero after printing its table.
var errAuditFailed = errors.New("audit found differences")

func runAudit(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("audit")
	rpc := fs.String("rpc", "", "JSON-RPC URL of the chain (required)")
	manifest := fs.String("manifest", "", "deployment manifest (a data dir's manifest.json)")
	addrs := fs.String("contracts", "", "instead of --manifest: Name=0xADDR,... for TestStablecoin, GPUAsset, TelemetryOracle, LeaseMarket (and LendingPool, CreditVault to audit credit)")
	fromBlock := fs.Uint64("from-block", 0, "with --contracts: the deploy block")
	assets := fs.String("asset", "", "asset ids to audit, comma separated (default: all)")
	from := fs.String("from", "", "period start, RFC 3339 (default: first event)")
	to := fs.String("to", "", "period end, RFC 3339, exclusive (default: the head)")
	against := fs.String("against", "", "service URL whose published figures to compare")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *rpc == "" {
		return fmt.Errorf("%w: --rpc is required", errUsage)
	}
	m, err := auditManifest(*manifest, *addrs, *fromBlock)
	if err != nil {
		return err
	}
	opts := audit.Options{Against: strings.TrimRight(*against, "/")}
	if opts.Assets, err = parseIDs(*assets); err != nil {
		return err
	}
	if *from != "" || *to != "" {
		if *from == "" || *to == "" {
			return fmt.Errorf("%w: give both --from and --to", errUsage)
		}
		f, err1 := time.Parse(time.RFC3339, *from)
		t, err2 := time.Parse(time.RFC3339, *to)
		if err := errors.Join(err1, err2); err != nil {
			return fmt.Errorf("%w: --from/--to: %v", errUsage, err)
		}
		opts.Period = yield.Period{From: f, To: t}
	}
	remote, err := chain.Dial(ctx, *rpc)
	if err != nil {
		return err
	}
	defer remote.Close()
	if *manifest != "" {
		// Another deployment's manifest would audit nothing and say OK.
		switch err := m.Verify(ctx, remote.Client(), remote.ChainID()); {
		case errors.Is(err, contracts.ErrStaleBuild):
			fmt.Fprintf(os.Stderr, "gpuledger audit: note: %v\n", err)
		case err != nil:
			return fmt.Errorf("--manifest %s does not describe a deployment on the chain at %s (another deployment's manifest?): %w", *manifest, *rpc, err)
		}
	}
	opts.Progress = scanProgress(os.Stderr, time.Now, 3*time.Second)
	res, err := audit.Run(ctx, remote.Client(), m, opts)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return err
		}
	} else {
		printAudit(stdout, res)
	}
	if !res.OK {
		return errAuditFailed
	}
	return nil
}

// scanProgress returns a progress hook that writes a line to w every
// `every` of a long scan, and a last one when the scan is done (when it
// wrote any before): blocks and logs done, and the rate since the start.
// Short audits print nothing. It goes to stderr, so --json output stays
// clean.
func scanProgress(w io.Writer, now func() time.Time, every time.Duration) audit.Progress {
	start := now()
	last := start
	printed := false
	return func(p audit.Scan) {
		t := now()
		done := p.Blocks == p.Total
		if t.Sub(last) < every && !(done && printed) {
			return
		}
		last, printed = t, true
		secs := max(t.Sub(start).Seconds(), 1e-3)
		fmt.Fprintf(w, "audit: %d/%d blocks, %d logs, %.0f blocks/s, %.0f logs/s\n",
			p.Blocks, p.Total, p.Logs, float64(p.Blocks)/secs, float64(p.Logs)/secs)
	}
}

func printAudit(w io.Writer, res *audit.Result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "audit at block %d (fetch %s, compute %s)\n\n", res.Block, res.FetchTime.Round(time.Millisecond), res.ComputeTime.Round(time.Millisecond))
	for _, r := range res.Reports {
		fmt.Fprintf(tw, "asset %d\t%s .. %s\n", r.AssetID, r.From.Format(time.RFC3339), r.To.Format(time.RFC3339))
		for _, f := range []struct {
			name string
			fig  yield.Figure
		}{
			{"gross revenue", r.GrossRevenue}, {"SLA credits", r.SLACredits}, {"platform fee", r.PlatformFee},
			{"operator fee", r.OperatorFee}, {"reserve", r.Reserve}, {"holders' revenue", r.HoldersRevenue},
			{"revenue per share", r.RevenuePerShare}, {"economic utilisation", r.EconomicUtilisation},
			{"technical utilisation", r.TechnicalUtilisation}, {"availability", r.Availability},
			{"energy kWh", r.EnergyKWh}, {"revenue per kWh", r.RevenuePerKWh}, {"book value (end)", r.BookValueEnd},
			{"annualised yield", r.AnnualisedYield},
		} {
			fmt.Fprintf(tw, "  %s\t%s\t(%d events)\n", f.name, orDash(f.fig.Value), len(f.fig.Evidence))
		}
	}
	if c := res.Credit; c != nil {
		printCredit(tw, c)
	}
	fmt.Fprintln(tw)
	failed := res.Failed()
	for _, c := range failed {
		fmt.Fprintf(tw, "DIFF  %s\texpected %s\tgot %s\n", c.Name, c.Expected, c.Actual)
	}
	if len(failed) == 0 {
		fmt.Fprintf(tw, "OK: %d checks, no difference\n", len(res.Checks))
	} else {
		fmt.Fprintf(tw, "FAILED: %d of %d checks differ\n", len(failed), len(res.Checks))
	}
	tw.Flush()
}

// printCredit prints the lending pool and every loan as the audit
// recomputed them from logs (docs/credit.md, "What the audit recomputes").
func printCredit(tw io.Writer, c *audit.CreditReport) {
	p := c.Pool
	fmt.Fprintf(tw, "\nlending pool at %s\n", c.Time.Format(time.RFC3339))
	for _, f := range [][2]string{
		{"idle cash", p.Cash}, {"outstanding debt", p.BorrowAssets}, {"total assets", p.TotalAssets},
		{"deposited / withdrawn", p.Deposited + " / " + p.Withdrawn}, {"lent / repaid", p.Lent + " / " + p.Repaid},
		{"interest accrued", fmt.Sprintf("%s (%d accruals recomputed)", p.InterestAccrued, p.Accruals)},
		{"penalties", p.Penalties}, {"bad debt written down", p.BadDebt},
		{"pool shares", p.TotalShares}, {"share price", p.SharePrice},
		{"utilisation", p.Utilisation}, {"borrow rate a year", p.RatePerYear},
	} {
		fmt.Fprintf(tw, "  %s\t%s\n", f[0], f[1])
	}
	if len(c.Loans) == 0 {
		return
	}
	fmt.Fprintf(tw, "\nloan\tasset\tstatus\tdebt\tpending revenue\tcollateral value\tliquidation limit\thealth\tevents\n")
	for _, l := range c.Loans {
		fmt.Fprintf(tw, "  %d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", l.ID, l.AssetID, l.Status, l.Debt, l.PendingRevenue,
			l.CollateralValue, l.LiquidationLimit, orDash(l.Health), len(l.Evidence))
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// auditManifest reads a manifest file, or builds one from --contracts.
func auditManifest(path, addrs string, fromBlock uint64) (*contracts.Manifest, error) {
	switch {
	case path != "" && addrs != "":
		return nil, fmt.Errorf("%w: give --manifest or --contracts, not both", errUsage)
	case path != "":
		return contracts.LoadManifest(path)
	case addrs == "":
		return nil, fmt.Errorf("%w: give --manifest FILE or --contracts Name=0xADDR,...", errUsage)
	}
	m := &contracts.Manifest{DeployBlock: fromBlock, Contracts: map[string]contracts.Deployment{}}
	for _, kv := range strings.Split(addrs, ",") {
		name, addr, ok := strings.Cut(strings.TrimSpace(kv), "=")
		if !ok || !common.IsHexAddress(addr) {
			return nil, fmt.Errorf("%w: --contracts entry %q is not Name=0xADDR", errUsage, kv)
		}
		m.Contracts[name] = contracts.Deployment{Address: common.HexToAddress(addr)}
	}
	for _, need := range []string{contracts.StablecoinName, contracts.GPUAssetName, contracts.TelemetryOracleName, contracts.LeaseMarketName} {
		if _, ok := m.Contracts[need]; !ok {
			return nil, fmt.Errorf("%w: --contracts lacks %s", errUsage, need)
		}
	}
	return m, nil
}

func parseIDs(s string) ([]uint64, error) {
	if s == "" {
		return nil, nil
	}
	var ids []uint64
	for _, part := range strings.Split(s, ",") {
		id, err := strconv.ParseUint(strings.TrimSpace(part), 10, 64)
		if err != nil || id == 0 {
			return nil, fmt.Errorf("%w: asset id %q is not a positive number", errUsage, part)
		}
		ids = append(ids, id)
	}
	return ids, nil
}
