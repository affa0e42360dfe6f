package api

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/money"
)

// TestConcurrentLeasesFromOneRenter: ten parallel POST /v1/leases from one
// renter with free capacity all succeed (before: 1 success and 9
// ERC20InsufficientAllowance, each lease overwriting the last approval),
// and every deposit is taken exactly once.
func TestConcurrentLeasesFromOneRenter(t *testing.T) {
	e := newAPIEnv(t)
	opKey, _ := e.account("operator", "op")
	renterKey, renterAddr := e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})
	var listings []string
	for range 2 {
		asset := e.must(201, "POST", "/v1/assets", opKey, h100)
		l := e.must(201, "POST", "/v1/assets/"+asset["id"].(string)+"/listings", opKey, map[string]any{
			"gpus": 8, "price_per_gpu_hour": "1.00", "min_hours": 1, "max_hours": 24,
		})
		listings = append(listings, l["id"].(string))
	}
	var wg sync.WaitGroup
	statuses := make([]reply, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// 10 leases of 1 GPU for 2 h, each prepaying i+1 units of 0.01 on top of 1 h.
			statuses[i] = e.do("POST", "/v1/leases", renterKey, map[string]any{
				"listing_id": listings[i%2], "gpus": 1, "hours": 2, "deposit": fmt.Sprintf("1.%02d", i+1),
			})
		}()
	}
	wg.Wait()
	for i, r := range statuses {
		if r.status != 201 {
			t.Errorf("lease %d: %d %s", i, r.status, r.body)
		}
	}
	// 10 deposits: 10 x 1.00 + (1+...+10) x 0.01 = 10.55, from 1000.
	bal, err := e.svc.Token.BalanceOf(context.Background(), common.HexToAddress(renterAddr))
	if err != nil {
		t.Fatal(err)
	}
	if bal.String() != "989.45" {
		t.Errorf("renter holds %s after ten deposits totalling 10.55 from 1000, want 989.45", bal)
	}
}

// TestLeasePriceBound: a renter quotes a listing at 2.50, the operator
// reprices it to 12.50, and the lease sent with max_price_per_gpu_hour
// 2.50 is refused and charges nothing (before, the API took no bound and
// the lease opened at 12.50). The contract enforces the same bound for a
// reprice that lands between this check and the lease (contracts'
// TestLeasePriceBound).
func TestLeasePriceBound(t *testing.T) {
	e := newAPIEnv(t)
	listingID, opKey, renterKey, renterAddr := leaseSetup(e)
	quote := e.must(200, "GET", "/v1/listings/"+listingID, "", nil)
	if quote["price_per_gpu_hour"] != "2.50" {
		t.Fatalf("quote: %v", quote["price_per_gpu_hour"])
	}
	e.must(200, "PATCH", "/v1/listings/"+listingID, opKey, map[string]any{"price_per_gpu_hour": "12.50"})
	balance := func() string {
		t.Helper()
		bal, err := e.svc.Token.BalanceOf(context.Background(), common.HexToAddress(renterAddr))
		if err != nil {
			t.Fatal(err)
		}
		return bal.String()
	}
	before := balance()
	lease := func(maxPrice string) map[string]any {
		return map[string]any{"listing_id": listingID, "gpus": 1, "hours": 2, "deposit": "25", "max_price_per_gpu_hour": maxPrice}
	}
	for _, tc := range []struct {
		maxPrice string
		status   int
		typ      string
	}{
		{"2.50", 400, ProblemValidation},
		{"12.49", 400, ProblemValidation},
		{"0", 400, ProblemValidation},
		{"-1", 400, ProblemValidation},
		{"2.5x", 400, ProblemValidation},
	} {
		p := e.problem(tc.status, tc.typ, "POST", "/v1/leases", renterKey, lease(tc.maxPrice))
		if tc.maxPrice == "2.50" && !strings.Contains(p.Detail, "above the bound") {
			t.Errorf("max %s: detail %q does not name the bound", tc.maxPrice, p.Detail)
		}
	}
	if got := balance(); got != before {
		t.Fatalf("refused leases charged the renter: %s -> %s", before, got)
	}
	if n, err := e.svc.Market.LeaseCount(context.Background()); err != nil || n != 0 {
		t.Fatalf("a refused lease opened: %d leases on chain (%v)", n, err)
	}
	l := e.must(201, "POST", "/v1/leases", renterKey, lease("12.50"))
	if l["price_per_gpu_hour"] != "12.50" {
		t.Errorf("lease opened at %v, want 12.50", l["price_per_gpu_hour"])
	}
}

// TestLeaseFreesExpiredLeases: a listing whose GPUs are all held by a lease
// whose term is over (and that nobody has settled or retired yet) takes a
// new lease: the API names the expired lease, from the mirror's open
// leases, for the contract to retire first.
func TestLeaseFreesExpiredLeases(t *testing.T) {
	e := newAPIEnv(t)
	listingID, _, renterKey, _ := leaseSetup(e)
	old := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": listingID, "gpus": 8, "hours": 1, "deposit": "20"})
	e.problem(400, ProblemValidation, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": listingID, "gpus": 1, "hours": 1, "deposit": "2.50"})
	if err := e.svc.Chain.(*chain.Embedded).AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": listingID, "gpus": 8, "hours": 1, "deposit": "20"})
	l, err := e.svc.Market.Lease(context.Background(), mustUint(t, old["id"].(string)))
	if err != nil || !l.Retired {
		t.Errorf("the expired lease was not retired by the new one: retired %v (%v)", l.Retired, err)
	}
}

// TestManyConcurrentRenters: 12 renters race for the 8 GPUs of one asset,
// each also leasing a GPU of a second, roomy asset in parallel from the
// same key, all at once. Exactly 8 win the contended asset (no oversell;
// the losers are refused with a 4xx, never a 5xx), every roomy lease opens
// (no nonce clash between one renter's parallel transactions), each
// lease is one transaction (one block, no approval), and the money
// is conserved to the unit: what the renters paid is what the escrows hold,
// on chain and in the mirror.
func TestManyConcurrentRenters(t *testing.T) {
	e := newAPIEnv(t)
	ctx := context.Background()
	opKey, _ := e.account("operator", "op")
	listing := func() string {
		a := e.must(201, "POST", "/v1/assets", opKey, h100)
		l := e.must(201, "POST", "/v1/assets/"+a["id"].(string)+"/listings", opKey, map[string]any{
			"gpus": 8, "price_per_gpu_hour": "1.00", "min_hours": 1, "max_hours": 24,
		})
		return l["id"].(string)
	}
	contended := listing()
	var roomy []string
	for range 2 { // 12 one-GPU leases need two 8-GPU assets
		roomy = append(roomy, listing())
	}
	const renters = 12
	keys, addrs := make([]string, renters), make([]common.Address, renters)
	for i := range renters {
		var addr string
		keys[i], addr = e.account("renter", fmt.Sprintf("r%d", i))
		addrs[i] = common.HexToAddress(addr)
		e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": addr, "amount": "100"})
	}
	nonces := make([]uint64, renters)
	for i, a := range addrs {
		n, err := e.svc.Chain.Client().NonceAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		nonces[i] = n
	}
	var wg sync.WaitGroup
	won, roomyOK := make([]reply, renters), make([]reply, renters)
	for i := range renters {
		wg.Add(2)
		go func() {
			defer wg.Done()
			won[i] = e.do("POST", "/v1/leases", keys[i], map[string]any{"listing_id": contended, "gpus": 1, "hours": 2, "deposit": "2"})
		}()
		go func() {
			defer wg.Done()
			roomyOK[i] = e.do("POST", "/v1/leases", keys[i], map[string]any{"listing_id": roomy[i%2], "gpus": 1, "hours": 2, "deposit": "1.50"})
		}()
	}
	wg.Wait()
	winners := 0
	for i := range renters {
		switch r := won[i]; {
		case r.status == 201:
			winners++
		case r.status < 400 || r.status >= 500:
			t.Errorf("renter %d on the contended listing: %d %s, want 201 or a 4xx", i, r.status, r.body)
		}
		if r := roomyOK[i]; r.status != 201 {
			t.Errorf("renter %d on a roomy listing: %d %s", i, r.status, r.body)
		}
	}
	if winners != 8 {
		t.Errorf("%d leases of the 8-GPU asset opened, want exactly 8", winners)
	}
	leased, err := e.svc.Market.LeasedGPUs(ctx, 1)
	if err != nil || leased != 8 {
		t.Errorf("asset 1 has %d GPUs leased on chain (%v), want 8", leased, err)
	}
	// Money: each renter paid exactly its leases' deposits, in exactly one
	// transaction per lease, and the escrows hold what was paid.
	paid := money.Zero
	for i, a := range addrs {
		want := money.MustParse("1.50")
		txs := uint64(1)
		if won[i].status == 201 {
			want, txs = want.Add(money.MustParse("2")), 2
		}
		bal, err := e.svc.Token.BalanceOf(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := money.MustParse("100").Sub(bal); err != nil || got.Cmp(want) != 0 {
			t.Errorf("renter %d paid %s, want %s", i, got, want)
		}
		paid = paid.Add(want)
		n, err := e.svc.Chain.Client().NonceAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		// A loser may have sent its lease before the winners' landed: it
		// reverted, costing gas and no money (checked above).
		if sent := n - nonces[i]; sent != txs && (won[i].status == 201 || sent != txs+1) {
			t.Errorf("renter %d sent %d transactions for %d leases, want one each", i, sent, txs)
		}
	}
	list := e.must(200, "GET", "/v1/leases?limit=1000", e.admin, nil)
	if got := list["totals"].(map[string]any)["escrow"]; got != paid.String() {
		t.Errorf("the mirror's escrows total %v, the renters paid %s", got, paid)
	}
	if n := len(list["leases"].([]any)); n != 8+renters {
		t.Errorf("the mirror lists %d leases, want %d", n, 8+renters)
	}
	escrow := money.Zero
	for id := uint64(1); id <= uint64(8+renters); id++ {
		l, err := e.svc.Market.Lease(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		escrow = escrow.Add(l.Escrow)
	}
	if escrow.Cmp(paid) != 0 {
		t.Errorf("the chain's escrows hold %s, the renters paid %s", escrow, paid)
	}
}

// TestLeaseReadFromMirror: GET /v1/leases/:id answers the lease flat, as
// writes do, from the mirror with the block it reflects, and its accrued
// rent is the contract's accruedAt at that block's time, less what was
// released; the list answers the same lease with the same figures.
func TestLeaseReadFromMirror(t *testing.T) {
	e := newAPIEnv(t)
	ctx := context.Background()
	listingID, _, renterKey, _ := leaseSetup(e)
	created := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": listingID, "gpus": 3, "hours": 4, "deposit": "20"})
	if err := e.svc.Chain.(*chain.Embedded).AdjustTime(37*time.Minute + 11*time.Second); err != nil {
		t.Fatal(err)
	}
	// A block at the new time, which the mirror applies before answering.
	e.must(200, "POST", "/v1/leases/"+created["id"].(string)+"/settle", renterKey, nil)
	if err := e.svc.Chain.(*chain.Embedded).AdjustTime(5*time.Minute + 3*time.Second); err != nil {
		t.Fatal(err)
	}
	e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": listingID, "gpus": 1, "hours": 1, "deposit": "2.50"})

	got := e.must(200, "GET", "/v1/leases/"+created["id"].(string), renterKey, nil)
	if _, wrapped := got["lease"]; wrapped || got["id"] != created["id"] {
		t.Fatalf("GET /v1/leases/:id answered %v, want the lease flat", got)
	}
	block := new(big.Int).SetUint64(uint64(got["block"].(float64)))
	head, err := e.svc.Chain.Client().HeaderByNumber(ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	id := mustUint(t, created["id"].(string))
	accrued, err := e.svc.Market.AccruedAt(ctx, id, time.Unix(int64(head.Time), 0))
	if err != nil {
		t.Fatal(err)
	}
	onChain, err := e.svc.Market.LeaseAt(ctx, id, block)
	if err != nil {
		t.Fatal(err)
	}
	unpaid, err := accrued.Sub(onChain.Released.Add(onChain.Credited))
	if err != nil || unpaid.IsZero() {
		t.Fatal("nothing accrued since the settlement: the test proves nothing")
	}
	for field, want := range map[string]string{"accrued": unpaid.String(), "released": onChain.Released.String(),
		"escrow": onChain.Escrow.String(), "deposit": onChain.Deposit.String(), "status": string(onChain.Status)} {
		if got[field] != want {
			t.Errorf("%s: %v, the contract says %s at block %s", field, got[field], want, block)
		}
	}
	list := e.must(200, "GET", "/v1/leases?limit=1", renterKey, nil)
	first := list["leases"].([]any)[0].(map[string]any)
	if list["block"] != got["block"] || first["accrued"] != got["accrued"] || first["runway_hours"] != got["runway_hours"] {
		t.Errorf("the list answered %v at block %v, the lease %v at block %v", first, list["block"], got, got["block"])
	}
	e.problem(404, ProblemNotFound, "GET", "/v1/leases/99", renterKey, nil)
}

// TestLeaseListFiltersBeforePaging: ?limit=1&status=x answers one lease of
// that status whatever comes before it, an operator's page holds one lease
// of its own assets even when another operator's leases come first, and a
// page has a next cursor only when another lease the filters keep follows
// (never a cursor to an empty page).
func TestLeaseListFiltersBeforePaging(t *testing.T) {
	e := newAPIEnv(t)
	otherListing, _, otherRenter, _ := leaseSetup(e)
	listingID, opKey, renterKey, _ := func() (string, string, string, string) {
		opKey, _ := e.account("operator", "op2")
		renterKey, renterAddr := e.account("renter", "lab2")
		e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "5000"})
		a := e.must(201, "POST", "/v1/assets", opKey, h100)
		l := e.must(201, "POST", "/v1/assets/"+a["id"].(string)+"/listings", opKey, map[string]any{
			"gpus": 8, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 720,
		})
		return l["id"].(string), opKey, renterKey, renterAddr
	}()
	lease := func(key, listing string) string {
		return e.must(201, "POST", "/v1/leases", key, map[string]any{"listing_id": listing, "gpus": 1, "hours": 2, "deposit": "2.50"})["id"].(string)
	}
	for range 3 {
		lease(otherRenter, otherListing)
	}
	a, b := lease(renterKey, listingID), lease(renterKey, listingID)
	e.must(200, "POST", "/v1/leases/"+a+"/close", renterKey, nil)
	ids := func(m map[string]any) []string {
		var out []string
		for _, l := range m["leases"].([]any) {
			out = append(out, l.(map[string]any)["id"].(string))
		}
		return out
	}
	for _, tc := range []struct {
		key, query string
		want       []string
		next       bool
	}{
		{renterKey, "?limit=1&status=active", []string{b}, false},
		{renterKey, "?limit=1&status=ended", []string{a}, false},
		{renterKey, "?limit=1", []string{a}, true},
		{opKey, "?limit=1", []string{a}, true},
		{opKey, "?limit=1&status=active", []string{b}, false},
		{e.admin, "?limit=1&status=ended", []string{a}, false},
		{e.admin, "?limit=2&status=active", []string{"1", "2"}, true},
	} {
		got := e.must(200, "GET", "/v1/leases"+tc.query, tc.key, nil)
		if fmt.Sprint(ids(got)) != fmt.Sprint(tc.want) || (got["next"] != nil) != tc.next {
			t.Errorf("%s: leases %v next %v, want %v (next: %v)", tc.query, ids(got), got["next"], tc.want, tc.next)
		}
	}
}
