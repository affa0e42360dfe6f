package api

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

// payoutEnv is an operator's H100 node (operator fee 15%, reserve 5%)
// whose 2-hour, 8-GPU lease (40.00) has been settled at a platform fee of
// 2.5% set over the API: 1.00 platform fees, 6.00 operator fees and 2.00
// reserve are owed.
type payoutEnv struct {
	*apiEnv
	opKey, opAddr     string
	otherOp, renterKy string
}

func newPayoutEnv(t *testing.T) payoutEnv {
	t.Helper()
	e := newAPIEnv(t)
	opKey, opAddr := e.account("operator", "op")
	otherOp, _ := e.account("operator", "rival")
	renterKey, renterAddr := e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})
	spec := map[string]any{"operator_fee_bps": 1500, "reserve_bps": 500}
	for k, v := range h100 {
		spec[k] = v
	}
	e.must(201, "POST", "/v1/assets", opKey, spec)
	e.must(201, "POST", "/v1/assets/1/listings", opKey, map[string]any{"gpus": 8, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 24})
	e.must(200, "PUT", "/v1/platform/fee", e.admin, map[string]any{"bps": 250})
	lease := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 8, "hours": 2, "deposit": "40"})
	if err := e.svc.Chain.(*chain.Embedded).AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if s := e.must(200, "POST", "/v1/leases/"+lease["id"].(string)+"/settle", renterKey, nil); s["released"] != "40.00" {
		t.Fatalf("settle: %v", s)
	}
	return payoutEnv{apiEnv: e, opKey: opKey, opAddr: opAddr, otherOp: otherOp, renterKy: renterKey}
}

func (e payoutEnv) balance(addr string) money.Amount {
	e.t.Helper()
	b, err := e.svc.Token.BalanceOf(context.Background(), common.HexToAddress(addr))
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e payoutEnv) head() uint64 {
	e.t.Helper()
	n, err := e.svc.Chain.Client().BlockNumber(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// refused sends a request (the case `name`) that must fail with status
// and problem type and mine nothing.
func (e payoutEnv) refused(name string, status int, typ, method, path, key string, body any) Problem {
	e.t.Helper()
	before := e.head()
	r := e.do(method, path, key, body)
	if r.status != status || r.problem.Type != typ {
		e.t.Errorf("%s: %s %s: %d %s, want %d %s", name, method, path, r.status, r.body, status, typ)
	}
	if after := e.head(); after != before {
		e.t.Errorf("%s: %s %s refused (%d) but mined %d block(s)", name, method, path, r.status, after-before)
	}
	return r.problem
}

func mustAmount(t testing.TB, v any) money.Amount {
	t.Helper()
	s, ok := v.(string)
	if !ok {
		t.Fatalf("amount %v (%T) is not a decimal string", v, v)
	}
	a, err := money.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func sub(t *testing.T, a, b money.Amount) money.Amount {
	t.Helper()
	d, err := a.Sub(b)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// checkEarnings checks that every figure of the operator's earnings adds
// up (accrued = withdrawn + available; accrued = withdrawn + balance), per
// asset and in total, and returns asset 1's.
func (e payoutEnv) checkEarnings() (fees, reserve map[string]any) {
	e.t.Helper()
	out := e.must(200, "GET", "/v1/operators/"+e.opAddr+"/earnings", "", nil)
	assets := out["assets"].([]any)
	if len(assets) != 1 || assets[0].(map[string]any)["asset_id"] != "1" {
		e.t.Fatalf("earnings: %v", out)
	}
	a := assets[0].(map[string]any)
	for _, f := range []struct {
		name string
		m    map[string]any
		rest string
	}{
		{"asset 1 operator fees", a["operator_fees"].(map[string]any), "available"},
		{"asset 1 reserve", a["reserve"].(map[string]any), "balance"},
		{"total operator fees", out["operator_fees"].(map[string]any), "available"},
		{"total reserve", out["reserve"].(map[string]any), "balance"},
	} {
		accrued, withdrawn, rest := mustAmount(e.t, f.m["accrued"]), mustAmount(e.t, f.m["withdrawn"]), mustAmount(e.t, f.m[f.rest])
		if accrued.Cmp(withdrawn.Add(rest)) != 0 {
			e.t.Errorf("%s: accrued %s != withdrawn %s + %s %s", f.name, accrued, withdrawn, f.rest, rest)
		}
	}
	return a["operator_fees"].(map[string]any), a["reserve"].(map[string]any)
}

// TestOperatorFeesWithdrawal: after a lease settles, the asset's operator
// withdraws its fees over the API: the amount is the contract's owed figure
// to the unit and the operator's wallet grows by exactly that; a second
// withdrawal (nothing owed) is a 409 that mines nothing; anyone but the
// asset's operator gets 403 (an admin too: the contract pays the caller).
// The earnings view, /revenue, /yield and the journal show the payout, and
// the mirror still reconciles. Before, every such route was a 404.
func TestOperatorFeesWithdrawal(t *testing.T) {
	e := newPayoutEnv(t)
	ctx := context.Background()
	owed, err := e.svc.Revenue.OperatorFeesOwed(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if owed.String() != "6.00" { // 15% of 40.00
		t.Fatalf("contract owes the operator %s after a settled lease, want 6.00", owed)
	}
	fees, _ := e.checkEarnings()
	if fees["available"] != owed.String() || fees["withdrawn"] != "0.00" {
		t.Fatalf("earnings before withdrawal: %v, contract owes %s", fees, owed)
	}

	for _, c := range []struct {
		name, key string
		status    int
		typ       string
	}{
		{"another operator", e.otherOp, 403, ProblemForbidden},
		{"the admin", e.admin, 403, ProblemForbidden},
		{"a renter", e.renterKy, 403, ProblemForbidden},
		{"no key", "", 401, ProblemUnauthorized},
	} {
		e.refused(c.name, c.status, c.typ, "POST", "/v1/assets/1/operator-fees/withdraw", c.key, nil)
	}
	e.refused("unknown asset", 404, ProblemNotFound, "POST", "/v1/assets/9/operator-fees/withdraw", e.opKey, nil)

	before := e.balance(e.opAddr)
	got := e.must(200, "POST", "/v1/assets/1/operator-fees/withdraw", e.opKey, nil, "Idempotency-Key", "fees-1")
	if got["withdrawn"] != owed.String() || got["operator"] != e.opAddr || got["tx_hash"] == nil {
		t.Fatalf("withdrawal: %v, contract owed %s", got, owed)
	}
	// A retry under the same key replays the payout, it does not refuse it.
	again := e.do("POST", "/v1/assets/1/operator-fees/withdraw", e.opKey, nil, "Idempotency-Key", "fees-1")
	if again.status != 200 || again.header.Get("Idempotency-Replayed") != "true" || again.json["tx_hash"] != got["tx_hash"] {
		t.Errorf("retry of the withdrawal: %d %s", again.status, again.body)
	}
	if grew := sub(t, e.balance(e.opAddr), before); grew.Cmp(owed) != 0 {
		t.Errorf("operator's wallet grew by %s, want %s", grew, owed)
	}
	if left, _ := e.svc.Revenue.OperatorFeesOwed(ctx, 1); !left.IsZero() {
		t.Errorf("contract still owes %s after the withdrawal", left)
	}
	p := e.refused("second withdrawal", 409, ProblemConflict, "POST", "/v1/assets/1/operator-fees/withdraw", e.opKey, nil)
	if !strings.Contains(p.Detail, "no fees") {
		t.Errorf("second withdrawal's detail: %q", p.Detail)
	}

	fees, _ = e.checkEarnings()
	e.problem(400, ProblemValidation, "GET", "/v1/operators/0xzz/earnings", "", nil)
	if none := e.must(200, "GET", "/v1/operators/"+common.Address{1}.Hex()+"/earnings", "", nil); len(none["assets"].([]any)) != 0 {
		t.Errorf("earnings of an address that operates nothing: %v", none)
	}
	if fees["withdrawn"] != owed.String() || fees["available"] != "0.00" || fees["accrued"] != owed.String() {
		t.Errorf("earnings after withdrawal: %v", fees)
	}
	rev := e.must(200, "GET", "/v1/assets/1/revenue", "", nil)
	if w := rev["operator_fee_withdrawn"].(map[string]any); w["value"] != owed.String() || len(w["evidence"].([]any)) != 1 {
		t.Errorf("revenue's operator_fee_withdrawn: %v", w)
	}
	if w := rev["operator_fee"].(map[string]any); w["value"] != owed.String() {
		t.Errorf("revenue's operator_fee (accrued): %v", w)
	}
	y := e.must(200, "GET", "/v1/assets/1/yield", "", nil)
	if w := y["operator_fee_withdrawn"].(map[string]any); w["value"] != owed.String() {
		t.Errorf("yield's operator_fee_withdrawn: %v", w)
	}
	entries := e.must(200, "GET", "/v1/ledger/entries?account=wallet:"+strings.ToLower(e.opAddr), "", nil)["entries"].([]any)
	journaled := false
	for _, en := range entries {
		if en.(map[string]any)["kind"] == "operator_fee_withdrawal" {
			journaled = true
		}
	}
	if !journaled {
		t.Errorf("no operator_fee_withdrawal in the operator's journal: %v", entries)
	}
	if r := e.must(200, "GET", "/v1/reconcile", "", nil); r["ok"] != true {
		t.Errorf("reconcile after the withdrawal: %v", r)
	}
}

// TestReserveWithdrawal: the asset's operator spends part of the reserve
// for a stated purpose and memo, paid to a supplier; bad bodies are 400, an
// amount above the reserve is a 409, anyone but the operator a 403, none of
// them mining anything. The ReserveWithdrawn event carries the purpose and
// memo; earnings, /revenue and /yield show it, and the audit from chain
// logs agrees with the service's figures.
func TestReserveWithdrawal(t *testing.T) {
	e := newPayoutEnv(t)
	ctx := context.Background()
	reserve, err := e.svc.Revenue.ReserveBalance(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if reserve.String() != "2.00" { // 5% of 40.00
		t.Fatalf("reserve %s after a settled lease, want 2.00", reserve)
	}
	_, supplier := e.account("holder", "gpu-repair-shop")
	spend := money.MustParse("1.25")
	valid := func(change map[string]any) map[string]any {
		b := map[string]any{"amount": spend.String(), "to": supplier, "purpose": "repairs", "memo": "PSU replaced in node 3"}
		for k, v := range change {
			if v == nil {
				delete(b, k)
				continue
			}
			b[k] = v
		}
		return b
	}
	over := reserve.Add(money.MustParse("0.000001"))
	for _, c := range []struct {
		name   string
		key    string
		body   map[string]any
		status int
		typ    string
	}{
		{"no purpose", e.opKey, valid(map[string]any{"purpose": nil}), 400, ProblemValidation},
		{"purpose over 32 bytes", e.opKey, valid(map[string]any{"purpose": strings.Repeat("r", 33)}), 400, ProblemValidation},
		{"purpose with a control character", e.opKey, valid(map[string]any{"purpose": "re\npairs"}), 400, ProblemValidation},
		{"zero amount", e.opKey, valid(map[string]any{"amount": "0"}), 400, ProblemValidation},
		{"seven decimals", e.opKey, valid(map[string]any{"amount": "0.0000001"}), 400, ProblemValidation},
		{"bad recipient", e.opKey, valid(map[string]any{"to": "0x12"}), 400, ProblemValidation},
		{"zero recipient", e.opKey, valid(map[string]any{"to": common.Address{}.Hex()}), 400, ProblemValidation},
		{"more than the reserve", e.opKey, valid(map[string]any{"amount": over.String()}), 409, ProblemConflict},
		{"another operator", e.otherOp, valid(nil), 403, ProblemForbidden},
		{"the admin", e.admin, valid(nil), 403, ProblemForbidden},
		{"a renter", e.renterKy, valid(nil), 403, ProblemForbidden},
	} {
		e.refused(c.name, c.status, c.typ, "POST", "/v1/assets/1/reserve/withdraw", c.key, c.body)
	}

	got := e.must(200, "POST", "/v1/assets/1/reserve/withdraw", e.opKey, valid(nil))
	if got["withdrawn"] != spend.String() || got["to"] != supplier || got["purpose"] != "repairs" || got["memo"] != "PSU replaced in node 3" {
		t.Fatalf("reserve withdrawal: %v", got)
	}
	if b := e.balance(supplier); b.Cmp(spend) != 0 {
		t.Errorf("supplier holds %s, want %s", b, spend)
	}
	left := sub(t, reserve, spend)
	if now, _ := e.svc.Revenue.ReserveBalance(ctx, 1); now.Cmp(left) != 0 {
		t.Errorf("reserve %s after withdrawing %s of %s", now, spend, reserve)
	}
	w, err := e.svc.Mirror.Store().ReserveWithdrawals(1, ledger.PageRequest{})
	if err != nil || len(w.Items) != 1 || w.Items[0].Memo != "PSU replaced in node 3" || w.Items[0].Amount.Cmp(spend) != 0 {
		t.Errorf("mirror's reserve withdrawals: %+v %v", w.Items, err)
	}
	_, res := e.checkEarnings()
	if res["withdrawn"] != spend.String() || res["balance"] != left.String() || res["accrued"] != reserve.String() {
		t.Errorf("earnings' reserve: %v (reserve was %s, withdrew %s)", res, reserve, spend)
	}
	rev := e.must(200, "GET", "/v1/assets/1/revenue", "", nil)
	if v := rev["reserve_withdrawn"].(map[string]any); v["value"] != spend.String() {
		t.Errorf("revenue's reserve_withdrawn: %v", v)
	}
	if v := rev["reserve"].(map[string]any); v["value"] != reserve.String() {
		t.Errorf("revenue's reserve (accrued): %v", v)
	}
	if r := e.must(200, "GET", "/v1/reconcile", "", nil); r["ok"] != true {
		t.Errorf("reconcile after the reserve withdrawal: %v", r)
	}
	a, err := audit.Run(ctx, e.svc.Chain.Client(), e.svc.Manifest, audit.Options{Against: e.base})
	if err != nil {
		t.Fatal(err)
	}
	checked := false
	for _, c := range a.Checks {
		if strings.Contains(c.Name, "reserve_withdrawn (service)") {
			checked = c.Expected == spend.String()
		}
	}
	if !a.OK || !checked {
		t.Errorf("audit against the service: ok %v, reserve_withdrawn checked %v, failed %+v", a.OK, checked, a.Failed())
	}
}

// TestPlatformFeeTreasuryAndWithdrawal: the admin sets the platform fee
// (out of range or missing is a 400, a non-admin a 403, neither mining
// anything), sets the treasury, and pays the platform fees owed to it; a
// second payment with nothing owed is a 409 that mines nothing.
func TestPlatformFeeTreasuryAndWithdrawal(t *testing.T) {
	e := newPayoutEnv(t) // the fee is 250 bps, set over the API
	ctx := context.Background()
	if bps, err := e.svc.Revenue.PlatformFeeBps(ctx); err != nil || bps != 250 {
		t.Fatalf("platform fee on chain %d %v, want 250 set over the API", bps, err)
	}
	for _, c := range []struct {
		name   string
		key    string
		body   any
		status int
		typ    string
	}{
		{"above the bound", e.admin, map[string]any{"bps": 2001}, 400, ProblemValidation},
		{"negative", e.admin, map[string]any{"bps": -1}, 400, ProblemValidation},
		{"far above uint16", e.admin, map[string]any{"bps": 70000}, 400, ProblemValidation},
		{"missing", e.admin, map[string]any{}, 400, ProblemValidation},
		{"a string", e.admin, map[string]any{"bps": "250"}, 400, ProblemValidation},
		{"a fraction", e.admin, `{"bps": 2.5}`, 400, ProblemValidation},
		{"an operator", e.opKey, map[string]any{"bps": 100}, 403, ProblemForbidden},
		{"a renter", e.renterKy, map[string]any{"bps": 100}, 403, ProblemForbidden},
	} {
		e.refused("fee "+c.name, c.status, c.typ, "PUT", "/v1/platform/fee", c.key, c.body)
	}
	if got := e.must(200, "PUT", "/v1/platform/fee", e.admin, map[string]any{"bps": 2000}); got["platform_fee_bps"] != float64(2000) || got["previous_bps"] != float64(250) {
		t.Fatalf("fee at the bound: %v", got)
	}
	e.must(200, "PUT", "/v1/platform/fee", e.admin, map[string]any{"bps": 250})

	_, treasury := e.account("holder", "treasury")
	e.refused("treasury by an operator", 403, ProblemForbidden, "PUT", "/v1/platform/treasury", e.opKey, map[string]any{"treasury": treasury})
	e.refused("bad treasury", 400, ProblemValidation, "PUT", "/v1/platform/treasury", e.admin, map[string]any{"treasury": "0xnope"})
	e.refused("zero treasury", 400, ProblemValidation, "PUT", "/v1/platform/treasury", e.admin, map[string]any{"treasury": common.Address{}.Hex()})
	if got := e.must(200, "PUT", "/v1/platform/treasury", e.admin, map[string]any{"treasury": treasury}); got["treasury"] != treasury {
		t.Fatalf("set treasury: %v", got)
	}

	owed, err := e.svc.Revenue.PlatformFeesOwed(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if owed.String() != "1.00" { // 2.5% of 40.00
		t.Fatalf("platform fees owed %s, want 1.00", owed)
	}
	p := e.must(200, "GET", "/v1/platform", "", nil)
	if p["platform_fee_bps"] != float64(250) || p["max_platform_fee_bps"] != float64(2000) || p["treasury"] != treasury || p["platform_fees_owed"] != "1.00" {
		t.Fatalf("platform: %v", p)
	}

	e.refused("platform withdrawal by an operator", 403, ProblemForbidden, "POST", "/v1/platform/fees/withdraw", e.opKey, nil)
	got := e.must(200, "POST", "/v1/platform/fees/withdraw", e.admin, nil)
	if got["withdrawn"] != "1.00" || got["treasury"] != treasury {
		t.Fatalf("platform fee withdrawal: %v", got)
	}
	if b := e.balance(treasury); b.String() != "1.00" {
		t.Errorf("treasury holds %s, want 1.00", b)
	}
	e.refused("second platform withdrawal", 409, ProblemConflict, "POST", "/v1/platform/fees/withdraw", e.admin, nil)
	if p := e.must(200, "GET", "/v1/platform", "", nil); p["platform_fees_owed"] != "0.00" {
		t.Errorf("platform fees owed after the withdrawal: %v", p["platform_fees_owed"])
	}
	if r := e.must(200, "GET", "/v1/reconcile", "", nil); r["ok"] != true {
		t.Errorf("reconcile after the platform withdrawal: %v", r)
	}
}
