// Package demo tells gpuledger's whole story end to end on a fresh embedded
// chain: operators tokenize GPU nodes and sell shares, renters lease GPUs
// over the HTTP API, telemetry reporters sign 48 hourly epochs (one outage
// triggers an SLA credit), the keeper settles, one renter runs out of funds,
// one closes early, an investor sells mid-way, holders claim — and then an
// independent audit recomputes every figure from chain logs alone. A last
// chapter (credit.go) finances two nodes against their shares over months
// of chain time: one loan repaid by its node's revenue, one liquidated.
//
// Chain time is moved an hour at a time (the embedded chain's AdjustTime),
// so two days of leasing take seconds.
package demo

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/api"
	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/service"
	"github.com/gpuledger/gpuledger/yield"
)

// Options configures Run. Zero values take the defaults noted.
type Options struct {
	// DataDir holds the chain and the service's files; "" means a new
	// temporary directory, removed afterwards.
	DataDir string
	// Hours of leasing to simulate (default 48).
	Hours int
	// Log receives the service's logs (default: discarded, the story is on Out).
	Log *slog.Logger
	// API tunes the story's HTTP server (the dashboard's browser tests
	// mount the dashboard on it with API.Web).
	API api.Options
	// Then, when set, runs once the story is told, with its server still
	// up (stage.go); its error is Run's.
	Then func(ctx context.Context, st Stage) error
}

// Result is what the story produced, for tests to check.
type Result struct {
	Audit      *audit.Result
	Reconciled bool              // the mirror matched the chain
	Claimed    map[string]string // investor name -> total claimed
	// Credit is the credit chapter's outcome (credit.go).
	Credit *CreditResult
	// Markets is the audit and reconcile after the capacity markets'
	// chapters (pricing.go, trading.go, backstop.go), at the story's end.
	Markets Check
	// Trade is the trading chapter's outcome (trading.go).
	Trade *TradeResult
	// Backstop is the backstop chapter's outcome (backstop.go).
	Backstop *BackstopResult
}

// platformFeeBps is the platform's cut of released rent in the story.
const platformFeeBps = 250

// node is one GPU node of the story.
type node struct {
	operator int
	spec     map[string]any
	price    string
	gpus     int
	// load is the share of time its GPUs are busy while leased, in bps.
	utilisationBps uint16
	// outage is an epoch (hours from the start) with degraded availability.
	outage int
}

var nodes = []node{
	{operator: 0, price: "2.49", gpus: 8, utilisationBps: 8700, outage: 10, spec: map[string]any{
		"gpu_model": "H100-SXM5-80GB", "gpu_count": 8, "rated_power_w": 10200, "location": "US-TX-1",
		"book_value": "280000", "useful_life_months": 48, "shares": "1000000", "operator_fee_bps": 1500, "reserve_bps": 500}},
	{operator: 0, price: "3.29", gpus: 8, utilisationBps: 9100, outage: -1, spec: map[string]any{
		"gpu_model": "H200-SXM-141GB", "gpu_count": 8, "rated_power_w": 10800, "location": "US-TX-1",
		"book_value": "340000", "useful_life_months": 48, "shares": "1000000", "operator_fee_bps": 1500, "reserve_bps": 500}},
	{operator: 1, price: "0.89", gpus: 4, utilisationBps: 6500, outage: -1, spec: map[string]any{
		"gpu_model": "L40S-48GB", "gpu_count": 4, "rated_power_w": 1600, "location": "NL-AMS-2",
		"book_value": "42000", "useful_life_months": 36, "shares": "500000", "operator_fee_bps": 1000, "reserve_bps": 700}},
}

// Run tells the story, writing a readable account and report to out.
func Run(ctx context.Context, out io.Writer, opts Options) (*Result, error) {
	if opts.Hours <= 0 {
		opts.Hours = 48
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	dir := opts.DataDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "gpuledger-demo-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	say := func(format string, args ...any) { fmt.Fprintf(out, format+"\n", args...) }
	started := time.Now()

	svc, err := service.Open(ctx, service.Config{DataDir: dir, Sealing: chain.SealInstant, Logger: opts.Log})
	if err != nil {
		return nil, err
	}
	defer svc.Close()
	emb := svc.Chain.(*chain.Embedded)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := api.New(svc, opts.Log, opts.API)
	go srv.Serve(l)
	defer srv.Shutdown(context.Background())
	c := &client{base: "http://" + l.Addr().String(), http: &http.Client{Timeout: 2 * time.Minute}}
	adminKey, err := os.ReadFile(filepath.Join(dir, "admin.key"))
	if err != nil {
		return nil, err
	}
	admin := strings.TrimSpace(string(adminKey))
	say("gpuledger demo: embedded chain %s, API %s, data in %s", svc.Manifest.ChainID, c.base, dir)

	// People.
	var operators, investors, renters []principal
	for _, name := range []string{"Lone Star Compute", "Polder GPU"} {
		p, err := c.account(ctx, admin, "operator", name)
		if err != nil {
			return nil, err
		}
		operators = append(operators, p)
	}
	for _, name := range []string{"Ada Fund", "Babbage Capital", "Curie Pension", "Dijkstra Family Office"} {
		p, err := c.account(ctx, admin, "holder", name)
		if err != nil {
			return nil, err
		}
		investors = append(investors, p)
	}
	for _, name := range []string{"Hopper Labs", "Lovelace AI", "Turing Render"} {
		p, err := c.account(ctx, admin, "renter", name)
		if err != nil {
			return nil, err
		}
		if err := c.call(ctx, "POST", "/v1/faucet", admin, map[string]string{"address": p.Address, "amount": "5000"}, nil); err != nil {
			return nil, err
		}
		renters = append(renters, p)
	}
	say("accounts: 2 operators, 4 investors, 3 renters (each renter funded with 5,000 tUSD)")
	if err := c.call(ctx, "PUT", "/v1/platform/fee", admin, map[string]int{"bps": platformFeeBps}, nil); err != nil {
		return nil, err
	}
	say("platform fee: %d.%02d%% of released rent", platformFeeBps/100, platformFeeBps%100)

	// Tokenize, sell shares, list.
	head, err := svc.Chain.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	commissioned := time.Unix(int64(head.Time), 0).UTC().AddDate(0, -3, 0).Format(time.RFC3339)
	type listed struct{ asset, listing string }
	var assets []listed
	sales := [][]int{{250000, 150000, 100000, 0}, {0, 300000, 200000, 100000}, {100000, 0, 0, 150000}}
	for i, n := range nodes {
		spec := map[string]any{"commissioned_at": commissioned}
		for k, v := range n.spec {
			spec[k] = v
		}
		op := operators[n.operator]
		var a struct {
			ID string `json:"id"`
		}
		if err := c.call(ctx, "POST", "/v1/assets", op.Key, spec, &a); err != nil {
			return nil, err
		}
		for j, shares := range sales[i] {
			if shares == 0 {
				continue
			}
			if err := c.call(ctx, "POST", "/v1/assets/"+a.ID+"/transfers", op.Key,
				map[string]string{"to": investors[j].Address, "shares": fmt.Sprint(shares)}, nil); err != nil {
				return nil, err
			}
		}
		var lst struct {
			ID string `json:"id"`
		}
		if err := c.call(ctx, "POST", "/v1/assets/"+a.ID+"/listings", op.Key, map[string]any{
			"gpus": n.gpus, "price_per_gpu_hour": n.price, "min_hours": 1, "max_hours": 720,
			"sla_availability_bps": 9900, "credit_bps": 1000,
		}, &lst); err != nil {
			return nil, err
		}
		assets = append(assets, listed{a.ID, lst.ID})
		say("asset %s: %s × %v tokenized by %s, book value %s, shares sold to investors; listed at %s/GPU-h",
			a.ID, n.spec["gpu_model"], n.spec["gpu_count"], op.Name, n.spec["book_value"], n.price)
	}

	// Telemetry: three reporters per asset, quorum two, chosen by the oracle
	// desk's admin (never the operator, who pays the SLA credits).
	desk, err := newOracleDesk(ctx, c, admin, 3)
	if err != nil {
		return nil, err
	}
	for _, a := range assets {
		if err := desk.register(ctx, a.asset, 2); err != nil {
			return nil, err
		}
	}
	say("telemetry: an oracle desk registers 3 reporters per asset, quorum 2; hourly epochs signed with EIP-712, forwarded by a gateway")

	// Leases.
	leases := []struct {
		renter           int
		asset            int
		gpus, hours      int
		deposit, comment string
	}{
		{0, 0, 8, 48, "", "the whole H100 node for two days, prepaid"},
		{1, 1, 6, 48, "", "six H200s for two days, but only 12 hours prepaid"},
		{2, 2, 4, 48, "", "the L40S node for two days, prepaid; will close early"},
	}
	leaseIDs := make([]string, len(leases))
	for i, le := range leases {
		n := nodes[le.asset]
		hoursPaid := le.hours
		if i == 1 {
			hoursPaid = 12
		}
		deposit := mulPrice(n.price, le.gpus*hoursPaid)
		var out struct {
			ID string `json:"id"`
		}
		if err := c.call(ctx, "POST", "/v1/leases", renters[le.renter].Key, map[string]any{
			"listing_id": assets[le.asset].listing, "gpus": le.gpus, "hours": le.hours, "deposit": deposit,
		}, &out); err != nil {
			return nil, err
		}
		leaseIDs[i] = out.ID
		say("lease %s: %s leases %d × %s for %dh, deposit %s (%s)", out.ID, renters[le.renter].Name, le.gpus,
			nodes[le.asset].spec["gpu_model"], le.hours, deposit, le.comment)
	}

	// Two days, an hour at a time.
	keeper := svc.NewKeeper(service.KeeperConfig{Interval: time.Hour})
	say("\nrunning %d hours of chain time…", opts.Hours)
	for h := 1; h <= opts.Hours; h++ {
		if err := emb.AdjustTime(time.Hour); err != nil {
			return nil, err
		}
		// Report every ended epoch not reported yet.
		for i, a := range assets {
			done, err := desk.reportMissing(ctx, a.asset, nodes[i])
			if err != nil {
				return nil, err
			}
			for _, r := range done {
				if r.obs.AvailabilityBps < 9900 {
					say("  hour %2d: asset %s availability %d.%02d%% (under its 99%% SLA): renters will be credited",
						h, a.asset, r.obs.AvailabilityBps/100, r.obs.AvailabilityBps%100)
				}
			}
		}
		res, err := keeper.Tick(ctx)
		if err != nil {
			return nil, err
		}
		if res.Closed > 0 {
			say("  hour %2d: keeper closed %d lease(s) out of funds", h, res.Closed)
		}
		switch h {
		case 20:
			var l map[string]any
			if err := c.call(ctx, "POST", "/v1/leases/"+leaseIDs[2]+"/close", renters[2].Key, nil, &l); err != nil {
				return nil, err
			}
			say("  hour %2d: %s closes lease %s early: released %v, refunded %v", h, renters[2].Name, leaseIDs[2], l["released"], l["refunded"])
		case 24:
			if err := c.call(ctx, "POST", "/v1/assets/"+assets[0].asset+"/transfers", investors[0].Key,
				map[string]string{"to": investors[3].Address, "shares": "125000"}, nil); err != nil {
				return nil, err
			}
			say("  hour %2d: %s sells 125,000 shares of asset %s to %s (revenue accrued so far stays with the seller)",
				h, investors[0].Name, assets[0].asset, investors[3].Name)
		}
	}
	// Holders claim.
	result := &Result{Claimed: map[string]string{}}
	ids := make([]string, len(assets))
	for i, a := range assets {
		ids[i] = a.asset
	}
	say("")
	for _, inv := range investors {
		var cl struct {
			Claimed string `json:"claimed"`
		}
		if err := c.call(ctx, "POST", "/v1/claims", inv.Key, map[string]any{"asset_ids": ids}, &cl); err != nil {
			return nil, err
		}
		result.Claimed[inv.Name] = cl.Claimed
		say("%s claims %s tUSD", inv.Name, cl.Claimed)
	}

	// What the out-of-funds lease left unpaid stays on the books.
	var owed struct {
		Debt        string `json:"debt"`
		CloseReason string `json:"close_reason"`
	}
	if err := c.call(ctx, "GET", "/v1/leases/"+leaseIDs[1], renters[1].Key, nil, &owed); err != nil {
		return nil, err
	}
	say("lease %s (%s) ended %s owing %s tUSD: booked as debt:lease:%s, shown in its lease and its renter's totals",
		leaseIDs[1], renters[1].Name, strings.ReplaceAll(owed.CloseReason, "_", " "), owed.Debt, leaseIDs[1])

	// Payouts: operators take their fees, one spends reserve on a repair,
	// and the platform's fees go to the treasury the admin names.
	say("")
	for i, a := range assets {
		op := operators[nodes[i].operator]
		var w struct {
			Withdrawn string `json:"withdrawn"`
		}
		if err := c.call(ctx, "POST", "/v1/assets/"+a.asset+"/operator-fees/withdraw", op.Key, nil, &w); err != nil {
			return nil, err
		}
		say("%s withdraws its operator fees of asset %s: %s tUSD", op.Name, a.asset, w.Withdrawn)
	}
	supplier, treasury := newAddress(), newAddress()
	repair := map[string]string{"amount": "10", "to": supplier, "purpose": "maintenance", "memo": "fan tray replaced on node 1"}
	if err := c.call(ctx, "POST", "/v1/assets/"+assets[0].asset+"/reserve/withdraw", operators[0].Key, repair, nil); err != nil {
		return nil, err
	}
	say("%s pays 10.00 tUSD from asset %s's reserve to its supplier (purpose: maintenance)", operators[0].Name, assets[0].asset)
	if err := c.call(ctx, "PUT", "/v1/platform/treasury", admin, map[string]string{"treasury": treasury}, nil); err != nil {
		return nil, err
	}
	var fees struct {
		Withdrawn string `json:"withdrawn"`
	}
	if err := c.call(ctx, "POST", "/v1/platform/fees/withdraw", admin, nil, &fees); err != nil {
		return nil, err
	}
	say("the platform's fees, %s tUSD, go to its treasury %s", fees.Withdrawn, treasury)

	// The audit, from chain logs alone.
	res, err := audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{Against: c.base})
	if err != nil {
		return nil, err
	}
	result.Audit = res
	printReport(out, res)

	// The service's own check of its mirror against the chain.
	var rec struct {
		OK          bool   `json:"ok"`
		Block       uint64 `json:"block"`
		Checked     int    `json:"checked"`
		Differences []any  `json:"differences"`
	}
	if err := c.call(ctx, "GET", "/v1/reconcile", "", nil, &rec); err != nil {
		return nil, err
	}
	result.Reconciled = rec.OK
	if rec.OK {
		say("reconcile of the bbolt mirror against the chain at block %d: OK, %d balances compared", rec.Block, rec.Checked)
	} else {
		say("reconcile at block %d: %d DIFFERENCES", rec.Block, len(rec.Differences))
	}

	// Compute finance: lenders, borrowers, a liquidator (credit.go).
	if result.Credit, err = creditChapter(ctx, out, creditStory{c: c, svc: svc, emb: emb, keeper: keeper, admin: admin,
		operators: operators, investors: investors, renters: renters, say: say}); err != nil {
		return nil, err
	}
	// Prices that follow demand (pricing.go).
	if _, err := pricingChapter(ctx, c, admin, operators[0], renters, say); err != nil {
		return nil, err
	}
	// An investor buys shares from another (trading.go).
	if result.Trade, err = tradingChapter(ctx, c, admin, investors[0], investors[1], say); err != nil {
		return nil, err
	}
	// A buyer of last resort pays for an idle night (backstop.go).
	if result.Backstop, err = backstopChapter(ctx, c, emb, admin, operators[0], investors[2], renters[0], say); err != nil {
		return nil, err
	}
	// The audit and the reconcile once more, over the markets' chapters too.
	if result.Markets, err = auditAndReconcile(ctx, c, svc, "after the capacity markets", "prices, trades and backstop included", say); err != nil {
		return nil, err
	}
	say("\ndemo finished in %s", time.Since(started).Round(100*time.Millisecond))
	if opts.Then != nil {
		st := Stage{Base: c.base, Service: svc, Admin: admin, Operators: people(operators), Investors: people(investors), Renters: people(renters)}
		if err := opts.Then(ctx, st); err != nil {
			return nil, err
		}
	}
	return result, nil
}

// printReport prints per asset figures and the audit's verdict.
func printReport(out io.Writer, res *audit.Result) {
	fmt.Fprintf(out, "\n%-6s %12s %10s %10s %10s %10s %12s %8s %8s %10s %10s\n", "asset", "revenue", "credits",
		"platform", "operator", "reserve", "holders", "util", "avail", "kWh", "rev/kWh")
	for _, r := range res.Reports {
		fmt.Fprintf(out, "%-6d %12s %10s %10s %10s %10s %12s %8s %8s %10s %10s\n", r.AssetID,
			v(r.GrossRevenue), v(r.SLACredits), v(r.PlatformFee), v(r.OperatorFee), v(r.Reserve), v(r.HoldersRevenue),
			pct(r.EconomicUtilisation), pct(r.Availability), v(r.EnergyKWh), v(r.RevenuePerKWh))
	}
	failed := res.Failed()
	for _, c := range failed {
		fmt.Fprintf(out, "DIFF %s: chain says %s, got %s\n", c.Name, c.Expected, c.Actual)
	}
	if len(failed) == 0 {
		fmt.Fprintf(out, "\naudit from chain logs alone: OK, %d checks (balances, every lease, every figure the API publishes)\n", len(res.Checks))
	} else {
		fmt.Fprintf(out, "\naudit: %d of %d checks FAILED\n", len(failed), len(res.Checks))
	}
}

func v(f yield.Figure) string {
	if f.Value == "" {
		return "-"
	}
	return f.Value
}

func pct(f yield.Figure) string {
	d, err := decimal.NewFromString(f.Value)
	if err != nil {
		return "-"
	}
	return d.Shift(2).StringFixed(1) + "%"
}
