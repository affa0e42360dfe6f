package api

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

// unitsOf reads a money string of an answer as token units.
func unitsOf(t testing.TB, v any) *big.Int {
	t.Helper()
	s, ok := v.(string)
	if !ok {
		t.Fatalf("amount %v (%T) is not a string", v, v)
	}
	a, err := money.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return a.Units()
}

// balanceOf reads a signed balance of an answer as token units.
func balanceOf(t testing.TB, v any) *big.Int {
	t.Helper()
	s, _ := v.(string)
	b, err := ledger.ParseBalance(s)
	if err != nil {
		t.Fatal(err)
	}
	return b.Units()
}

// timeOf reads an RFC 3339 time of an answer.
func timeOf(t testing.TB, v any) time.Time {
	t.Helper()
	s, _ := v.(string)
	at, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatalf("time %v: %v", v, err)
	}
	return at
}

// ruleAccrued is the contract's accrual rule on token units:
// floor(gpus * price * seconds / 3600).
func ruleAccrued(gpus int64, price *big.Int, seconds int64) *big.Int {
	u := new(big.Int).Mul(price, big.NewInt(gpus))
	u.Mul(u, big.NewInt(seconds))
	return u.Quo(u, big.NewInt(3600))
}

// ruleRunway is what the escrow left after accrued rent runs, in hours
// rounded down to 2 decimals, from integer arithmetic.
func ruleRunway(left, hourly *big.Int) string {
	if left.Sign() <= 0 {
		return "0.00"
	}
	h := new(big.Int).Quo(new(big.Int).Mul(left, big.NewInt(100)), hourly)
	return fmt.Sprintf("%d.%02d", h.Int64()/100, h.Int64()%100)
}

// TestAPILeaseDebt: a lease prepaid for 1 hour (and 0.50 more) of a 6-hour
// term, run 3 hours of chain time and settled, is overdrawn: it shows the
// debt the contract's rule gives, to the unit (about 2 hours of rent less
// the 0.50 paid beyond the hour), runway "0.00", and the renter's list adds
// it up in its totals. A top-up pays the debt first and the debt shown is
// less. Run to the end of its term and settled, it ends with the debt, and
// the ledger books it: debt:lease:1 holds it, its entries show the
// postings, and reconcile is ok.
func TestAPILeaseDebt(t *testing.T) {
	e := newAPIEnv(t)
	emb := e.svc.Chain.(*chain.Embedded)
	opKey, _ := e.account("operator", "acme")
	renterKey, renterAddr := e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})
	e.must(201, "POST", "/v1/assets", opKey, h100)
	e.must(201, "POST", "/v1/assets/1/listings", opKey, map[string]any{"gpus": 8, "price_per_gpu_hour": "2.123457",
		"min_hours": 1, "max_hours": 24, "min_prepaid_hours": 1})
	price := money.MustParse("2.123457").Units()
	hourly := new(big.Int).Mul(price, big.NewInt(2))         // 2 GPUs: 4.246914 an hour
	deposit := new(big.Int).Add(hourly, big.NewInt(500_000)) // 1 hour and 0.50

	lease := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 2, "hours": 6,
		"deposit": money.MustFromUnits(deposit).String()})
	if lease["debt"] != "0.00" || lease["runway_hours"] != ruleRunway(deposit, hourly) || lease["runway_hours"] != "1.11" {
		t.Fatalf("new lease: debt %v, runway %v, want 0.00 and 1.11", lease["debt"], lease["runway_hours"])
	}
	start := timeOf(t, lease["start"])

	// wantDebt is the rule's debt of a lease answer at its settled_until:
	// accrued less released (no credits here), escrow being empty.
	wantDebt := func(l map[string]any) *big.Int {
		t.Helper()
		secs := int64(timeOf(t, l["settled_until"]).Sub(start) / time.Second)
		d := ruleAccrued(2, price, secs)
		return d.Sub(d, unitsOf(t, l["released"]))
	}

	if err := emb.AdjustTime(3 * time.Hour); err != nil {
		t.Fatal(err)
	}
	settled := e.must(200, "POST", "/v1/leases/1/settle", renterKey, nil)
	debt := wantDebt(settled)
	twoHoursLessExtra := new(big.Int).Sub(new(big.Int).Mul(hourly, big.NewInt(2)), big.NewInt(500_000))
	if settled["status"] != "overdrawn" || settled["escrow"] != "0.00" || settled["runway_hours"] != "0.00" ||
		unitsOf(t, settled["debt"]).Cmp(debt) != 0 || debt.Cmp(twoHoursLessExtra) < 0 {
		t.Fatalf("after 3 h on 1 h prepaid: status %v escrow %v runway %v debt %v; want overdrawn 0.00 0.00 %s (2 h of rent less 0.50 is %s)",
			settled["status"], settled["escrow"], settled["runway_hours"], settled["debt"], money.MustFromUnits(debt), money.MustFromUnits(twoHoursLessExtra))
	}
	if unitsOf(t, settled["released"]).Cmp(deposit) != 0 || unitsOf(t, settled["accrued"]).Cmp(debt) != 0 {
		t.Errorf("settled: released %v accrued %v, want the deposit and the debt", settled["released"], settled["accrued"])
	}

	// The renter's views: the lease and the list's totals.
	got := e.must(200, "GET", "/v1/leases/1", renterKey, nil)
	if got["debt"] != settled["debt"] || got["status"] != "overdrawn" {
		t.Errorf("GET lease: debt %v status %v, want %v overdrawn", got["debt"], got["status"], settled["debt"])
	}
	list := e.must(200, "GET", "/v1/leases", renterKey, nil)
	totals, _ := list["totals"].(map[string]any)
	if totals == nil || totals["debt"] != settled["debt"] || totals["escrow"] != "0.00" || totals["leases"] != float64(1) {
		t.Errorf("renter's totals: %v, want debt %v, escrow 0.00, 1 lease", list["totals"], settled["debt"])
	}

	// A top-up pays the debt first.
	topped := e.must(200, "POST", "/v1/leases/1/topup", renterKey, map[string]any{"amount": "3"})
	after := wantDebt(topped)
	if unitsOf(t, topped["debt"]).Cmp(after) != 0 || after.Sign() <= 0 || after.Cmp(debt) >= 0 || topped["status"] != "overdrawn" ||
		topped["escrow"] != "0.00" {
		t.Fatalf("after a top-up of 3: debt %v (rule %s, was %s), status %v, escrow %v",
			topped["debt"], money.MustFromUnits(after), money.MustFromUnits(debt), topped["status"], topped["escrow"])
	}

	// Run out the term: the lease ends with its debt, and the ledger books it.
	if err := emb.AdjustTime(4 * time.Hour); err != nil {
		t.Fatal(err)
	}
	ended := e.must(200, "POST", "/v1/leases/1/settle", renterKey, nil)
	final := ruleAccrued(2, price, 6*3600)
	final.Sub(final, unitsOf(t, ended["deposit"]))
	if ended["status"] != "ended" || unitsOf(t, ended["debt"]).Cmp(final) != 0 || ended["runway_hours"] != "0.00" {
		t.Fatalf("ended: status %v debt %v runway %v, want ended %s 0.00", ended["status"], ended["debt"], ended["runway_hours"], money.MustFromUnits(final))
	}
	entries := e.must(200, "GET", "/v1/ledger/entries?account=debt:lease:1", "", nil)["entries"].([]any)
	if len(entries) < 3 {
		t.Fatalf("debt:lease:1 has %d entries, want the settlement, the top-up's payment and the end", len(entries))
	}
	last := entries[len(entries)-1].(map[string]any)
	if unitsOf(t, last["balance_after"]).Cmp(final) != 0 {
		t.Errorf("debt:lease:1 ends at %v, want %s", last["balance_after"], money.MustFromUnits(final))
	}
	first := entries[0].(map[string]any)
	booked := false
	for _, p := range first["postings"].([]any) {
		p := p.(map[string]any)
		if p["source"] == "unpaid:asset:1" && p["destination"] == "debt:lease:1" && unitsOf(t, p["amount"]).Cmp(debt) == 0 {
			booked = true
		}
	}
	if !booked {
		t.Errorf("first debt entry does not book unpaid:asset:1 -> debt:lease:1 %s: %v", money.MustFromUnits(debt), first)
	}
	unpaid := e.must(200, "GET", "/v1/ledger/entries?account=unpaid:asset:1", "", nil)["entries"].([]any)
	if n := len(unpaid); n == 0 || balanceOf(t, unpaid[n-1].(map[string]any)["balance_after"]).Cmp(new(big.Int).Neg(final)) != 0 {
		t.Errorf("unpaid:asset:1 does not end at minus the debt: %v", unpaid)
	}
	if rec := e.must(200, "GET", "/v1/reconcile", "", nil); rec["ok"] != true {
		t.Errorf("reconcile: %v", rec["differences"])
	}
	totals = e.must(200, "GET", "/v1/leases", renterKey, nil)["totals"].(map[string]any)
	if unitsOf(t, totals["debt"]).Cmp(final) != 0 {
		t.Errorf("renter's totals after the end: %v, want debt %s", totals, money.MustFromUnits(final))
	}
}

// TestAPIRunwayHours: runway_hours is a decimal string, what the escrow
// holds beyond accrued rent divided by the hourly rent, rounded down to 2
// decimals by integer arithmetic: never an integer that reads 0 when
// less than an hour is left.
func TestAPIRunwayHours(t *testing.T) {
	e := newAPIEnv(t)
	emb := e.svc.Chain.(*chain.Embedded)
	opKey, _ := e.account("operator", "acme")
	renterKey, renterAddr := e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})
	e.must(201, "POST", "/v1/assets", opKey, h100)
	e.must(201, "POST", "/v1/assets/1/listings", opKey, map[string]any{"gpus": 8, "price_per_gpu_hour": "2.123457",
		"min_hours": 1, "max_hours": 24, "min_prepaid_hours": 1})
	price := money.MustParse("2.123457").Units()
	hourly := new(big.Int).Set(price) // 1 GPU
	for i, tc := range []struct {
		name    string
		deposit *big.Int // units
		advance time.Duration
		want    string // the runway the rule gives, checked too
	}{
		// 1.5 hours is 3.1851855: the deposit is 3.185185, a half unit short.
		{"an hour and a half less half a unit, new", new(big.Int).Quo(new(big.Int).Mul(hourly, big.NewInt(3)), big.NewInt(2)), 0, "1.49"},
		{"two hours, new", new(big.Int).Mul(hourly, big.NewInt(2)), 0, "2.00"},
		{"one hour, 30 s used", hourly, 30 * time.Second, "0.99"},
		{"one hour, 40 minutes used", hourly, 40 * time.Minute, "0.33"},
		{"one hour and a unit, new", new(big.Int).Add(hourly, big.NewInt(1)), 0, "1.00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 1, "hours": 2,
				"deposit": money.MustFromUnits(tc.deposit).String()})
			if tc.advance > 0 {
				if err := emb.AdjustTime(tc.advance); err != nil {
					t.Fatal(err)
				}
				l = e.must(200, "POST", fmt.Sprintf("/v1/leases/%d/settle", i+1), renterKey, nil)
			}
			secs := int64(timeOf(t, l["settled_until"]).Sub(timeOf(t, l["start"])) / time.Second)
			left := new(big.Int).Sub(tc.deposit, ruleAccrued(1, price, secs))
			rule := ruleRunway(left, hourly)
			if l["runway_hours"] != rule || rule != tc.want {
				t.Errorf("runway_hours %v (%T), rule %s, want %s (escrow %v after %d s)", l["runway_hours"], l["runway_hours"], rule, tc.want, l["escrow"], secs)
			}
		})
	}
}
