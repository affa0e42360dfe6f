package api

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/service"
)

// TestAPIGethDev runs the API's lease story on a real `geth --dev` when
// GPULEDGER_GETH_URL names one (make devnode; .ci/run starts it): accounts,
// an asset and its listing, a lease opened, topped up, settled and closed
// by its renter, every answer checked against the OpenAPI document, and
// the mirror reconciling with the chain at the end. The same routes run
// on the embedded chain in the rest of this package.
func TestAPIGethDev(t *testing.T) {
	url := os.Getenv("GPULEDGER_GETH_URL")
	if url == "" {
		t.Skip("GPULEDGER_GETH_URL unset: start one with `make devnode`")
	}
	ctx := context.Background()
	dir := t.TempDir()
	svc, err := service.Open(ctx, service.Config{DataDir: dir, RPCURL: url})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	// No telemetry here: settle by time alone.
	if _, err := svc.Market.SetAvailabilityOracle(ctx, svc.Admin, common.Address{}, 0); err != nil {
		t.Fatal(err)
	}
	e := serveAPI(t, svc, dir, Options{})
	opKey, _ := e.account("operator", "acme")
	renterKey, renterAddr := e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "500"})
	asset := e.must(201, "POST", "/v1/assets", opKey, h100)
	listing := e.must(201, "POST", fmt.Sprintf("/v1/assets/%v/listings", asset["id"]), opKey, map[string]any{
		"gpus": 8, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 720})
	lease := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{
		"listing_id": listing["id"], "gpus": 2, "hours": 4, "deposit": "10"})
	path := fmt.Sprintf("/v1/leases/%v", lease["id"])
	e.must(200, "POST", path+"/topup", renterKey, map[string]any{"amount": "5"})
	e.must(200, "POST", path+"/settle", renterKey, nil)
	closed := e.must(200, "POST", path+"/close", renterKey, nil)
	if closed["status"] == "active" {
		t.Fatalf("closed lease still active: %v", closed)
	}
	if err := svc.WaitMirror(ctx, uint64(closed["block"].(float64))); err != nil {
		t.Fatal(err)
	}
	got := e.must(200, "GET", path, renterKey, nil)
	if got["deposit"] != "15.00" || got["status"] != closed["status"] {
		t.Errorf("GET %s after close: %v", path, got)
	}
	if rec := e.must(200, "GET", "/v1/reconcile", "", nil); rec["ok"] != true {
		t.Errorf("reconcile on geth: %v", rec)
	}
}
