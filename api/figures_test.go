package api

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/internal/rules"
	"github.com/gpuledger/gpuledger/money"
)

// TestAPIFiguresToTheUnit: two leases at an uneven price, settled and
// closed at arbitrary instants, one running out of money; holders of odd
// share counts who trade and claim; a platform fee (2.5%) unlike the
// reserve (5%). Every money figure the API answers (a lease's released,
// refunded and escrow; a holding's claimable and claimed; a claim; the
// asset's revenue figures; the yield's money figures over a period and over
// two adjacent periods split at a settlement's own block time) is the
// figure internal/rules derives from the block times and the rules, to
// the unit: nothing is compared with another answer of the API.
func TestAPIFiguresToTheUnit(t *testing.T) {
	e := newAPIEnv(t)
	ctx := context.Background()
	emb := e.svc.Chain.(*chain.Embedded)
	const platformBps, operatorBps, reserveBps = 250, 1500, 500
	const supply = 1_000_000
	e.must(200, "PUT", "/v1/platform/fee", e.admin, map[string]any{"bps": platformBps})
	opKey, opAddr := e.account("operator", "op")
	fundKey, fundAddr := e.account("holder", "fund")
	angelKey, angelAddr := e.account("holder", "angel")
	renterKey, renterAddr := e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})
	body := map[string]any{}
	for k, v := range h100 {
		body[k] = v
	}
	body["operator_fee_bps"], body["reserve_bps"], body["shares"] = operatorBps, reserveBps, "1000000"
	asset := e.must(201, "POST", "/v1/assets", opKey, body)
	assetID := asset["id"].(string)
	price := money.MustParse("2.333333")
	e.must(201, "POST", "/v1/assets/"+assetID+"/listings", opKey, map[string]any{"gpus": 8, "price_per_gpu_hour": price.String(),
		"min_hours": 1, "max_hours": 24, "sla_availability_bps": 9900, "credit_bps": 1000})

	// blockTime is the time of the block an answer says it reflects.
	blockTime := func(answer map[string]any) int64 {
		t.Helper()
		n, ok := answer["block"].(float64)
		if !ok {
			t.Fatalf("answer without its block: %v", answer)
		}
		h, err := e.svc.Chain.Client().HeaderByNumber(ctx, big.NewInt(int64(n)))
		if err != nil {
			t.Fatal(err)
		}
		return int64(h.Time)
	}
	advance := func(d time.Duration) {
		t.Helper()
		if err := emb.AdjustTime(d); err != nil {
			t.Fatal(err)
		}
	}

	// The reference's state: the holders' pool, every release with its
	// time and split, and each lease's terms and deposits.
	pool := rules.NewPool(big.NewInt(supply), opAddr)
	transfer := func(fromKey, from, to string, shares int64) {
		t.Helper()
		e.must(200, "POST", "/v1/assets/"+assetID+"/transfers", fromKey, map[string]any{"to": to, "shares": big.NewInt(shares).String()})
		pool.Transfer(from, to, big.NewInt(shares))
	}
	transfer(opKey, opAddr, fundAddr, 400_000)
	transfer(opKey, opAddr, angelAddr, 123_457)

	type refLease struct {
		rules.Lease
		deposit, released *big.Int
	}
	var releases []rules.Dated
	splits := map[int64]rules.Split{} // by release time
	leases := map[string]*refLease{}
	open := func(gpus uint32, hours int64, prepaid time.Duration) string {
		t.Helper()
		deposit := rules.Accrued(gpus, price.Units(), int64(prepaid/time.Second))
		l := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": gpus, "hours": hours,
			"deposit": money.MustFromUnits(deposit).String()})
		start := blockTime(l)
		leases[l["id"].(string)] = &refLease{Lease: rules.Lease{GPUs: gpus, Price: price.Units(), Start: start, End: start + hours*3600},
			deposit: deposit, released: new(big.Int)}
		return l["id"].(string)
	}
	// check compares a lease answer with the reference at the answer's
	// block, after a settlement there (closing it early when closed), and
	// books the release the reference says happened.
	check := func(id string, l map[string]any, closed bool) {
		t.Helper()
		ref := leases[id]
		at := blockTime(l)
		if closed {
			ref.End = min(ref.End, at)
		}
		released := ref.AccruedAt(at)
		if released.Cmp(ref.deposit) > 0 {
			released = new(big.Int).Set(ref.deposit) // overdrawn: it owes the rest
		}
		refunded, escrow := new(big.Int), new(big.Int).Sub(ref.deposit, released)
		if at >= ref.End {
			refunded, escrow = escrow, new(big.Int)
		}
		debt := new(big.Int).Sub(ref.AccruedAt(at), released)
		for name, want := range map[string]*big.Int{"released": released, "refunded": refunded, "escrow": escrow, "deposit": ref.deposit, "debt": debt} {
			if got := unitsOf(t, l[name]); got.Cmp(want) != 0 {
				t.Errorf("lease %s at start+%ds: %s %s units, the rule gives %s", id, at-ref.Start, name, got, want)
			}
		}
		if step := new(big.Int).Sub(released, ref.released); step.Sign() > 0 {
			s := rules.SplitRevenue(step, platformBps, operatorBps, reserveBps)
			releases = append(releases, rules.Dated{At: at, Amount: step})
			splits[at] = s
			pool.Deposit(s.Holders)
			ref.released = released
		}
	}
	// holding compares a holder's position with the reference.
	holding := func(addr string) {
		t.Helper()
		h := e.must(200, "GET", "/v1/holders/"+addr, "", nil)
		for _, raw := range h["assets"].([]any) {
			pos := raw.(map[string]any)
			if pos["asset_id"] != assetID {
				continue
			}
			claimable, _ := pool.Claimable(addr)
			if got := unitsOf(t, pos["claimable"]); got.Cmp(claimable) != 0 {
				t.Errorf("%s: claimable %s units, the reference %s", addr, got, claimable)
			}
			if got := unitsOf(t, pos["claimed"]); got.Cmp(pool.Claimed(addr)) != 0 {
				t.Errorf("%s: claimed %s units, the reference %s", addr, got, pool.Claimed(addr))
			}
			if pos["shares"] != pool.Shares(addr).String() {
				t.Errorf("%s: %v shares, the reference %s", addr, pos["shares"], pool.Shares(addr))
			}
			return
		}
		t.Errorf("%s holds nothing of asset %s", addr, assetID)
	}
	claim := func(key, addr string) {
		t.Helper()
		c := e.must(200, "POST", "/v1/claims", key, map[string]any{"asset_ids": []string{assetID}})
		if got, want := unitsOf(t, c["claimed"]), pool.Claim(addr); got.Cmp(want) != 0 {
			t.Errorf("%s claimed %s units, the reference pays %s", addr, got, want)
		}
		holding(addr)
	}

	periodStart := blockTime(e.must(200, "GET", "/v1/chain", "", nil)) // before any lease
	one := open(3, 5, 5*time.Hour)                                     // prepaid for its whole term
	two := open(2, 4, 90*time.Minute+17*time.Second)                   // runs out after 1.5 h
	advance(1234 * time.Second)
	check(one, e.must(200, "POST", "/v1/leases/"+one+"/settle", renterKey, nil), false)
	advance(2345 * time.Second)
	mid := e.must(200, "POST", "/v1/leases/"+two+"/settle", renterKey, nil)
	check(two, mid, false)
	split := blockTime(mid) // a settlement exactly at the split point
	holding(fundAddr)
	claim(angelKey, angelAddr)
	transfer(fundKey, fundAddr, angelAddr, 99_999)
	advance(777 * time.Second)
	check(one, e.must(200, "POST", "/v1/leases/"+one+"/close", renterKey, nil), true)
	advance(2 * time.Hour)
	check(two, e.must(200, "POST", "/v1/leases/"+two+"/settle", renterKey, nil), false) // overdrawn
	advance(3 * time.Hour)
	final := e.must(200, "POST", "/v1/leases/"+two+"/settle", renterKey, nil)
	check(two, final, false) // ended, owing
	if final["status"] != "ended" {
		t.Fatalf("lease %s: %v, want ended", two, final["status"])
	}
	for _, addr := range []string{fundAddr, angelAddr, opAddr} {
		holding(addr)
	}
	claim(fundKey, fundAddr)
	claim(angelKey, angelAddr)
	claim(opKey, opAddr)
	periodEnd := blockTime(e.must(200, "GET", "/v1/chain", "", nil)) + 1

	// The asset's figures, and the yield's over [start, end) and over the
	// two periods split at the second settlement's block time.
	parts := func(pick func(rules.Split) *big.Int) []rules.Dated {
		var out []rules.Dated
		for at, s := range splits {
			out = append(out, rules.Dated{At: at, Amount: pick(s)})
		}
		return out
	}
	want := func(from, to int64) map[string]*big.Int {
		return map[string]*big.Int{
			"gross_revenue":   rules.SumIn(releases, from, to),
			"platform_fee":    rules.SumIn(parts(func(s rules.Split) *big.Int { return s.Platform }), from, to),
			"operator_fee":    rules.SumIn(parts(func(s rules.Split) *big.Int { return s.Operator }), from, to),
			"reserve":         rules.SumIn(parts(func(s rules.Split) *big.Int { return s.Reserve }), from, to),
			"holders_revenue": rules.SumIn(parts(func(s rules.Split) *big.Int { return s.Holders }), from, to),
			"sla_credits":     new(big.Int), // the test service has no SLA oracle
		}
	}
	all := want(periodStart, periodEnd)
	if all["platform_fee"].Cmp(all["reserve"]) == 0 || len(releases) < 4 {
		t.Fatalf("the scenario cannot tell the platform fee from the reserve (%s, %s) or has %d releases",
			all["platform_fee"], all["reserve"], len(releases))
	}
	t.Logf("%d releases; over the whole period: %v", len(releases), all)
	compare := func(what string, answer map[string]any, want map[string]*big.Int) {
		t.Helper()
		for name, w := range want {
			fig, ok := answer[name].(map[string]any)
			if !ok {
				t.Errorf("%s: no %s in %v", what, name, answer)
				continue
			}
			if got := unitsOf(t, fig["value"]); got.Cmp(w) != 0 {
				t.Errorf("%s: %s %s units, the rule gives %s", what, name, got, w)
			}
		}
	}
	compare("revenue", e.must(200, "GET", "/v1/assets/"+assetID+"/revenue", "", nil), want(0, periodEnd+1))
	rfc := func(s int64) string { return time.Unix(s, 0).UTC().Format(time.RFC3339) }
	yieldOf := func(from, to int64) map[string]any {
		return e.must(200, "GET", "/v1/assets/"+assetID+"/yield?from="+rfc(from)+"&to="+rfc(to), "", nil)
	}
	whole, first, second := yieldOf(periodStart, periodEnd), yieldOf(periodStart, split), yieldOf(split, periodEnd)
	compare("yield [start, end)", whole, all)
	compare("yield [start, split)", first, want(periodStart, split))
	compare("yield [split, end)", second, want(split, periodEnd))
	for name := range all {
		a := unitsOf(t, first[name].(map[string]any)["value"])
		b := unitsOf(t, second[name].(map[string]any)["value"])
		if sum, w := new(big.Int).Add(a, b), unitsOf(t, whole[name].(map[string]any)["value"]); sum.Cmp(w) != 0 {
			t.Errorf("yield %s: %s + %s units over two adjacent periods, %s over both", name, a, b, w)
		}
	}
}
