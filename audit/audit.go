package audit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"reflect"
	"sort"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/yield"
)

// Check is one verified statement: an invariant against on-chain balances
// or a figure compared with the service.
type Check struct {
	Name     string `json:"name"`
	Expected string `json:"expected"` // recomputed from logs
	Actual   string `json:"actual"`   // read from the chain or the service
	OK       bool   `json:"ok"`
}

// Result is an audit's outcome. OK is false when any check failed.
type Result struct {
	Block   uint64         `json:"block"`
	Reports []yield.Report `json:"reports"`
	// Credit is the lending pool and every loan recomputed from logs
	// (nil for a deployment without the credit contracts).
	Credit *CreditReport `json:"credit,omitempty"`
	Checks []Check       `json:"checks"`
	OK     bool          `json:"ok"`
	// FetchTime and ComputeTime split the audit's cost: reading logs over
	// JSON-RPC versus everything done with them.
	FetchTime   time.Duration `json:"fetch_ns"`
	ComputeTime time.Duration `json:"compute_ns"`
}

// Failed returns the checks that did not hold.
func (r *Result) Failed() []Check {
	var failed []Check
	for _, c := range r.Checks {
		if !c.OK {
			failed = append(failed, c)
		}
	}
	return failed
}

func (r *Result) check(name string, expected, actual string) {
	r.Checks = append(r.Checks, Check{Name: name, Expected: expected, Actual: actual, OK: expected == actual})
}

// checkHolds checks that a contract holds at least what the events say it
// owes. More is not a failure: anyone can send tokens straight to a
// contract, outside every gpuledger operation, and no account lost by it;
// the surplus is reported as a separate, passing check.
func (r *Result) checkHolds(name string, owed, held *big.Int) {
	if held.Cmp(owed) <= 0 {
		r.check(name, amount(owed), amount(held))
		return
	}
	r.Checks = append(r.Checks,
		Check{Name: name, Expected: amount(owed), Actual: amount(owed), OK: true},
		Check{Name: name + ": surplus sent outside gpuledger", Expected: "0.00",
			Actual: amount(new(big.Int).Sub(held, owed)), OK: true})
}

// Options selects what to audit. Zero values: every asset, the whole chain
// history up to the head, no service comparison.
type Options struct {
	Assets   []uint64
	Period   yield.Period // zero: from the deploy block's time to the head's time
	Against  string       // service base URL, e.g. http://127.0.0.1:8080
	Step     uint64       // blocks per log query
	Progress Progress
}

// Run audits the deployment m on chain c.
func Run(ctx context.Context, c Chain, m *contracts.Manifest, opts Options) (*Result, error) {
	// Against a service, audit the block its mirror has reached, so that
	// both sides compute from the same events.
	var to uint64
	if opts.Against != "" {
		b, err := serviceBlock(ctx, opts.Against)
		if err != nil {
			return nil, err
		}
		to = b
	}
	start := time.Now()
	log, err := Fetch(ctx, c, m, to, opts.Step, opts.Progress)
	if err != nil {
		return nil, err
	}
	fetched := time.Since(start)
	// The mirror may move on before the service answers. Each answer says
	// its block; a moved one means reading the few blocks in between and
	// auditing again, not a difference.
	for attempt := 1; ; attempt++ {
		res, err := audit(ctx, c, m, opts, log)
		var moved *mirrorMovedError
		if !errors.As(err, &moved) {
			if res != nil {
				res.FetchTime += fetched
			}
			return res, err
		}
		if attempt == maxAuditAttempts {
			return nil, fmt.Errorf("audit: the service's mirror moved on during each of %d audits: %w", attempt, err)
		}
		start = time.Now()
		if moved.block < log.To { // the service rolled back (a reorg): start afresh
			log, err = Fetch(ctx, c, m, moved.block, opts.Step, opts.Progress)
		} else {
			err = log.Extend(ctx, c, m, moved.block, opts.Step, opts.Progress)
		}
		if err != nil {
			return nil, err
		}
		fetched += time.Since(start)
	}
}

// maxAuditAttempts bounds the audits of a service whose mirror keeps
// moving; after the first, each reads only the blocks it moved by.
const maxAuditAttempts = 10

// mirrorMovedError: the service answered from another block than audited.
type mirrorMovedError struct {
	asset       uint64
	subject     string // what answered, when not an asset's yield
	block, ours uint64
}

func (e *mirrorMovedError) Error() string {
	what := fmt.Sprintf("asset %d", e.asset)
	if e.subject != "" {
		what = e.subject
	}
	return fmt.Sprintf("%s: the service answered at block %d, the audit is at %d", what, e.block, e.ours)
}

// audit computes every figure from log, checks the balances at log.To, and
// compares with the service when asked.
func audit(ctx context.Context, c Chain, m *contracts.Manifest, opts Options, log *Log) (*Result, error) {
	res := &Result{Block: log.To}
	start := time.Now()

	assets := opts.Assets
	if len(assets) == 0 {
		assets = log.assetIDs(m)
	}
	period := opts.Period
	if period.From.IsZero() && period.To.IsZero() {
		period = log.span()
	}
	for _, id := range assets {
		ev, err := log.Events(m, id)
		if err != nil {
			return nil, err
		}
		rep, err := yield.Compute(ev, period)
		if err != nil {
			return nil, err
		}
		res.Reports = append(res.Reports, rep)
	}
	if err := log.checkBalances(ctx, c, m, res); err != nil {
		return nil, err
	}
	if err := log.auditCredit(ctx, c, m, res); err != nil {
		return nil, err
	}
	if err := log.auditPrices(m, res); err != nil {
		return nil, err
	}
	if err := log.auditBackstop(ctx, c, m, res); err != nil {
		return nil, err
	}
	if err := log.auditTrading(ctx, c, m, res); err != nil {
		return nil, err
	}
	res.ComputeTime = time.Since(start)

	if opts.Against != "" {
		for _, rep := range res.Reports {
			if err := compareWithService(ctx, opts.Against, rep, res); err != nil {
				return nil, err
			}
		}
		if res.Credit != nil {
			if err := compareCreditWithService(ctx, c, m, opts, log, res); err != nil {
				return nil, err
			}
		}
	}
	res.OK = len(res.Failed()) == 0
	return res, nil
}

// assetIDs lists every tokenized asset in the logs.
func (l *Log) assetIDs(m *contracts.Manifest) []uint64 {
	abi := gpuasset.NewGPUAsset()
	topic := abi.GetABI().Events["AssetTokenized"].ID
	var ids []uint64
	for i := range l.Logs {
		lg := &l.Logs[i]
		if lg.Address == m.Address(contracts.GPUAssetName) && len(lg.Topics) > 1 && lg.Topics[0] == topic {
			ids = append(ids, new(big.Int).SetBytes(lg.Topics[1][:]).Uint64())
		}
	}
	return ids
}

// span is the period from the first to just after the last block scanned.
func (l *Log) span() yield.Period {
	var from, to time.Time
	for _, t := range l.Times {
		if from.IsZero() || t.Before(from) {
			from = t
		}
		if t.After(to) {
			to = t
		}
	}
	return yield.Period{From: from, To: to.Add(time.Second)}
}

// checkBalances recomputes what each contract must hold from the money
// events and compares it with the chain at the audited block:
//
//	GPUAsset holds the escrow, Σ deposits + top-ups - released - refunds,
//	and books exactly that as escrowHeld;
//	each lease's deposited / released / refunded equal its events' sums,
//	and its credited equals both the sum of its SlaCredited events and
//	that of its settlements' credit;
//	GPUAsset also holds Σ revenue deposited - claims - fee and reserve
//	withdrawals, and the refunds it could not push, Σ RefundDeferred -
//	RefundWithdrawn, which it books as totalRefundsOwed; the LeaseMarket
//	holds nothing.
func (l *Log) checkBalances(ctx context.Context, c Chain, m *contracts.Manifest, res *Result) error {
	marketABI := leasemarket.NewLeaseMarket()
	assetABI := gpuasset.NewGPUAsset()
	// credited sums the SlaCredited events, settledCredit the credit of
	// the LeaseSettled events: both must equal the lease's credited.
	type leaseSums struct{ deposited, released, refunded, credited, settledCredit *big.Int }
	leases := map[uint64]*leaseSums{}
	sums := func(id *big.Int) *leaseSums {
		s, ok := leases[id.Uint64()]
		if !ok {
			s = &leaseSums{new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int)}
			leases[id.Uint64()] = s
		}
		return s
	}
	escrow, revenue, refunds := new(big.Int), new(big.Int), new(big.Int)
	market, assetAddr := m.Address(contracts.LeaseMarketName), m.Address(contracts.GPUAssetName)
	for i := range l.Logs {
		lg := &l.Logs[i]
		if len(lg.Topics) == 0 {
			continue
		}
		switch {
		case lg.Address == market:
			switch lg.Topics[0] {
			case marketABI.GetABI().Events["LeaseCreated"].ID:
				e, err := marketABI.UnpackLeaseCreatedEvent(lg)
				if err != nil {
					return decodeErr("LeaseCreated", lg, err)
				}
				sums(e.LeaseId).deposited.Add(sums(e.LeaseId).deposited, e.Deposit)
				escrow.Add(escrow, e.Deposit)
			case marketABI.GetABI().Events["LeaseToppedUp"].ID:
				e, err := marketABI.UnpackLeaseToppedUpEvent(lg)
				if err != nil {
					return decodeErr("LeaseToppedUp", lg, err)
				}
				sums(e.LeaseId).deposited.Add(sums(e.LeaseId).deposited, e.Amount)
				escrow.Add(escrow, e.Amount)
			case marketABI.GetABI().Events["LeaseSettled"].ID:
				e, err := marketABI.UnpackLeaseSettledEvent(lg)
				if err != nil {
					return decodeErr("LeaseSettled", lg, err)
				}
				sums(e.LeaseId).released.Add(sums(e.LeaseId).released, e.Released)
				sums(e.LeaseId).settledCredit.Add(sums(e.LeaseId).settledCredit, e.Credit)
				escrow.Sub(escrow, e.Released)
			case marketABI.GetABI().Events["SlaCredited"].ID:
				e, err := marketABI.UnpackSlaCreditedEvent(lg)
				if err != nil {
					return decodeErr("SlaCredited", lg, err)
				}
				sums(e.LeaseId).credited.Add(sums(e.LeaseId).credited, e.Credit)
			case marketABI.GetABI().Events["LeaseRefunded"].ID:
				e, err := marketABI.UnpackLeaseRefundedEvent(lg)
				if err != nil {
					return decodeErr("LeaseRefunded", lg, err)
				}
				sums(e.LeaseId).refunded.Add(sums(e.LeaseId).refunded, e.Amount)
				escrow.Sub(escrow, e.Amount)
			}
		case lg.Address == assetAddr:
			switch lg.Topics[0] {
			case assetABI.GetABI().Events["RevenueDeposited"].ID:
				e, err := assetABI.UnpackRevenueDepositedEvent(lg)
				if err != nil {
					return decodeErr("RevenueDeposited", lg, err)
				}
				revenue.Add(revenue, e.Gross)
			case assetABI.GetABI().Events["RevenueClaimed"].ID:
				e, err := assetABI.UnpackRevenueClaimedEvent(lg)
				if err != nil {
					return decodeErr("RevenueClaimed", lg, err)
				}
				revenue.Sub(revenue, e.Amount)
			case assetABI.GetABI().Events["OperatorFeesWithdrawn"].ID:
				e, err := assetABI.UnpackOperatorFeesWithdrawnEvent(lg)
				if err != nil {
					return decodeErr("OperatorFeesWithdrawn", lg, err)
				}
				revenue.Sub(revenue, e.Amount)
			case assetABI.GetABI().Events["ReserveWithdrawn"].ID:
				e, err := assetABI.UnpackReserveWithdrawnEvent(lg)
				if err != nil {
					return decodeErr("ReserveWithdrawn", lg, err)
				}
				revenue.Sub(revenue, e.Amount)
			case assetABI.GetABI().Events["PlatformFeesWithdrawn"].ID:
				e, err := assetABI.UnpackPlatformFeesWithdrawnEvent(lg)
				if err != nil {
					return decodeErr("PlatformFeesWithdrawn", lg, err)
				}
				revenue.Sub(revenue, e.Amount)
			case assetABI.GetABI().Events["RefundDeferred"].ID:
				// The refund left the escrow (its LeaseRefunded) but stays here, owed.
				e, err := assetABI.UnpackRefundDeferredEvent(lg)
				if err != nil {
					return decodeErr("RefundDeferred", lg, err)
				}
				refunds.Add(refunds, e.Amount)
			case assetABI.GetABI().Events["RefundWithdrawn"].ID:
				e, err := assetABI.UnpackRefundWithdrawnEvent(lg)
				if err != nil {
					return decodeErr("RefundWithdrawn", lg, err)
				}
				refunds.Sub(refunds, e.Amount)
			}
		}
	}

	at := new(big.Int).SetUint64(l.To)
	token := teststablecoin.NewTestStablecoin()
	tokenAddr := m.Address(contracts.StablecoinName)
	balance := func(who common.Address) (*big.Int, error) {
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &tokenAddr, Data: token.PackBalanceOf(who)}, at)
		if err != nil {
			return nil, fmt.Errorf("audit: balance of %s: %w", who, err)
		}
		return token.UnpackBalanceOf(out)
	}
	held, err := balance(market)
	if err != nil {
		return err
	}
	res.checkHolds("LeaseMarket holds nothing (GPUAsset holds its escrow)", new(big.Int), held)
	if held, err = balance(assetAddr); err != nil {
		return err
	}
	owes := new(big.Int).Add(escrow, revenue)
	res.checkHolds("GPUAsset holds every lease's escrow, the revenue not yet paid out and the refunds owed", owes.Add(owes, refunds), held)
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &assetAddr, Data: assetABI.PackTotalRefundsOwed()}, at)
	if err != nil {
		return fmt.Errorf("audit: refunds owed: %w", err)
	}
	owed, err := assetABI.UnpackTotalRefundsOwed(out)
	if err != nil {
		return fmt.Errorf("audit: refunds owed: %w", err)
	}
	res.check("GPUAsset books the refunds it could not push as totalRefundsOwed", amount(refunds), amount(owed))
	out, err = c.CallContract(ctx, ethereum.CallMsg{To: &assetAddr, Data: assetABI.PackEscrowHeld()}, at)
	if err != nil {
		return fmt.Errorf("audit: escrow held: %w", err)
	}
	booked, err := assetABI.UnpackEscrowHeld(out)
	if err != nil {
		return fmt.Errorf("audit: escrow held: %w", err)
	}
	res.check("GPUAsset books every lease's escrow as escrowHeld", amount(escrow), amount(booked))

	ids := make([]uint64, 0, len(leases))
	for id := range leases {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &market, Data: marketABI.PackLeaseInfo(new(big.Int).SetUint64(id))}, at)
		if err != nil {
			return fmt.Errorf("audit: lease %d: %w", id, err)
		}
		info, err := marketABI.UnpackLeaseInfo(out)
		if err != nil {
			return fmt.Errorf("audit: lease %d: %w", id, err)
		}
		s := leases[id]
		name := "lease " + strconv.FormatUint(id, 10)
		res.check(name+" deposited", amount(s.deposited), amount(info.Deposited))
		res.check(name+" released", amount(s.released), amount(info.Released))
		res.check(name+" refunded", amount(s.refunded), amount(info.Refunded))
		res.check(name+" credited (SLA credits)", amount(s.credited), amount(info.Credited))
		res.check(name+" credited (settlements)", amount(s.settledCredit), amount(info.Credited))
	}
	return nil
}

// serviceBlock asks a service which block its published figures reflect
// (/readyz's mirror_block).
func serviceBlock(ctx context.Context, base string) (uint64, error) {
	var ready struct {
		MirrorBlock *uint64 `json:"mirror_block"`
	}
	if err := getJSON(ctx, base+"/readyz", &ready, true); err != nil {
		return 0, err
	}
	if ready.MirrorBlock == nil {
		return 0, fmt.Errorf("audit: %s/readyz does not say which block its mirror reached", base)
	}
	if *ready.MirrorBlock == 0 {
		return 0, fmt.Errorf("audit: %s has not mirrored any block yet; try again when /readyz says ready", base)
	}
	return *ready.MirrorBlock, nil
}

// getJSON fetches url into out; anyStatus accepts a 503 body (a /readyz
// that is behind still says where it is).
func getJSON(ctx context.Context, url string, out any, anyStatus bool) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("audit: ask the service: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("audit: read the service's answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK && !(anyStatus && resp.StatusCode == http.StatusServiceUnavailable) {
		return fmt.Errorf("audit: service answered %s for %s: %s", resp.Status, url, body)
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("audit: decode %s: %w", url, err)
	}
	return nil
}

// compareWithService fetches the service's figures for the same asset and
// period and checks every figure's value and evidence: the service must
// cite exactly the events the audit computed the figure from.
func compareWithService(ctx context.Context, base string, rep yield.Report, res *Result) error {
	q := url.Values{"from": {rep.From.Format(time.RFC3339)}, "to": {rep.To.Format(time.RFC3339)}}
	u := fmt.Sprintf("%s/v1/assets/%d/yield?%s", base, rep.AssetID, q.Encode())
	var theirs struct {
		yield.Report
		Block uint64 `json:"block"`
	}
	if err := getJSON(ctx, u, &theirs, false); err != nil {
		return err
	}
	// A service older than the block in its answers is compared as is.
	if theirs.Block != 0 && theirs.Block != res.Block {
		return &mirrorMovedError{asset: rep.AssetID, block: theirs.Block, ours: res.Block}
	}
	ours, other := reflect.ValueOf(rep), reflect.ValueOf(theirs.Report)
	for i := 0; i < ours.NumField(); i++ {
		f, ok := ours.Field(i).Interface().(yield.Figure)
		if !ok {
			continue
		}
		name := fmt.Sprintf("asset %d %s", rep.AssetID, ours.Type().Field(i).Tag.Get("json"))
		theirs := other.Field(i).Interface().(yield.Figure)
		res.check(name+" (service)", f.Value, theirs.Value)
		res.checkEvidence(name+" evidence (service)", f.Evidence, theirs.Evidence)
	}
	return nil
}

// amount formats units as money; a negative sum (which a broken invariant
// could produce) keeps its sign rather than failing.
func amount(units *big.Int) string {
	if units.Sign() < 0 {
		return "-" + money.MustFromUnits(new(big.Int).Neg(units)).String()
	}
	return money.MustFromUnits(units).String()
}
