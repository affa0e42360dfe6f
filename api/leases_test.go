package api

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
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
