package api

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts/bindings/blockliststablecoin"
	"github.com/gpuledger/gpuledger/internal/tokentest"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
)

// TestBlocklistedRenterRefundOverAPI: the token blocklists a renter, who
// then closes its lease. The refund it is owed cannot be pushed; the close
// still succeeds, the refund is shown at GET /v1/refunds/:address, a
// withdrawal while still blocked is refused without mining anything, and
// once unblocked POST /v1/refunds/withdraw pays exactly what was owed, once.
func TestBlocklistedRenterRefundOverAPI(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	token := tokentest.ExternalBlocklist(t, dir)
	e := newAPIEnvIn(t, dir, service.Config{Stablecoin: token})
	if _, err := e.svc.Market.SetAvailabilityOracle(ctx, e.svc.Admin, common.Address{}, 0); err != nil {
		t.Fatal(err)
	}
	bl := blockliststablecoin.NewBlocklistStablecoin()
	opKey, _ := e.account("operator", "op")
	renterKey, renterAddr := e.account("renter", "lab")
	renter := common.HexToAddress(renterAddr)
	issuer := func(data []byte) {
		t.Helper()
		if _, err := e.svc.Admin.SendAndWait(ctx, &token, data, nil); err != nil {
			t.Fatal(err)
		}
	}
	issuer(bl.PackMint(renter, big.NewInt(100_000_000))) // 100.00
	asset := e.must(201, "POST", "/v1/assets", opKey, h100)
	listing := e.must(201, "POST", "/v1/assets/"+asset["id"].(string)+"/listings", opKey, map[string]any{
		"gpus": 8, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 24,
	})
	lease := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{
		"listing_id": listing["id"], "gpus": 2, "hours": 4, "deposit": "20",
	})
	issuer(bl.PackSetBlocklisted(renter, true))
	closed := e.must(200, "POST", "/v1/leases/"+lease["id"].(string)+"/close", renterKey, nil)
	owed := closed["refunded"].(string)
	if owed == "0.00" || closed["status"] != "ended" {
		t.Fatalf("close of a blocklisted renter's lease: %v", closed)
	}
	if got := e.must(200, "GET", "/v1/refunds/"+renterAddr, "", nil); got["owed"] != owed {
		t.Errorf("refunds owed %v, want the lease's refund %s", got["owed"], owed)
	}
	head, _ := e.svc.Chain.Client().BlockNumber(ctx)
	e.problem(422, ProblemChainReverted, "POST", "/v1/refunds/withdraw", renterKey, nil)
	if after, _ := e.svc.Chain.Client().BlockNumber(ctx); after != head {
		t.Errorf("a refused withdrawal mined %d blocks", after-head)
	}
	issuer(bl.PackSetBlocklisted(renter, false))
	if got := e.must(200, "POST", "/v1/refunds/withdraw", renterKey, nil); got["withdrawn"] != owed {
		t.Errorf("withdrew %v, want %s", got["withdrawn"], owed)
	}
	if got := e.must(200, "GET", "/v1/refunds/"+renterAddr, "", nil); got["owed"] != "0.00" {
		t.Errorf("after withdrawal %v still owed", got["owed"])
	}
	e.problem(422, ProblemChainReverted, "POST", "/v1/refunds/withdraw", renterKey, nil)
	// 100 - 20 deposited + the refund: only what the lease accrued is gone.
	bal, err := e.svc.Token.BalanceOf(ctx, renter)
	if err != nil {
		t.Fatal(err)
	}
	released := money.MustParse(closed["released"].(string))
	if want, _ := money.MustParse("100").Sub(released); bal.Cmp(want) != 0 {
		t.Errorf("renter holds %s, want 100 - released %s = %s", bal, released, want)
	}
}
