package api

import (
	"context"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
)

// TestNothingToDoSendsNothing: a claim with nothing claimable and a settle
// with nothing accrued answer 200 saying so, and mine no transaction
// (before: a transaction paying nothing, at the caller's expense, and the
// same answer as a real claim or settle).
func TestNothingToDoSendsNothing(t *testing.T) {
	e := newAPIEnv(t)
	_, opKey, renterKey, _ := leaseSetup(e)
	head := func() uint64 {
		t.Helper()
		n, err := e.svc.Chain.Client().BlockNumber(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := head()
	got := e.must(200, "POST", "/v1/claims", opKey, map[string]any{"asset_ids": []string{"1"}})
	if got["claimed"] != "0.00" || got["note"] == nil || got["tx_hash"] != nil {
		t.Errorf("claim of nothing: %v; want claimed 0.00, a note and no tx_hash", got)
	}
	if after := head(); after != before {
		t.Errorf("a claim of nothing mined %d blocks", after-before)
	}

	// A lease with SLA terms settles only through epochs whose availability
	// is final: in its first epoch, there is nothing to settle yet. (The
	// test service runs without the SLA oracle; put it back.)
	if _, err := e.svc.Market.SetAvailabilityOracle(context.Background(), e.svc.Admin, e.svc.Telemetry.Address(), contracts.SLAReportWindow); err != nil {
		t.Fatal(err)
	}
	asset := e.must(201, "POST", "/v1/assets", opKey, h100)
	sla := e.must(201, "POST", "/v1/assets/"+asset["id"].(string)+"/listings", opKey, map[string]any{
		"gpus": 8, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 24, "sla_availability_bps": 9900, "credit_bps": 1000,
	})
	lease := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": sla["id"], "gpus": 1, "hours": 2, "deposit": "5"})
	settle := "/v1/leases/" + lease["id"].(string) + "/settle"
	before = head()
	got = e.must(200, "POST", settle, renterKey, nil)
	if got["note"] == nil || got["tx_hash"] != nil || got["released"] != "0.00" {
		t.Errorf("settle within the first SLA epoch: %v; want a note, no tx_hash", got)
	}
	if after := head(); after != before {
		t.Errorf("a settle with nothing to release mined %d blocks", after-before)
	}
	// Once its epochs are final (their report window over, with no
	// report: no credit), it settles, in one transaction.
	if err := e.svc.Chain.(*chain.Embedded).AdjustTime(6 * time.Hour); err != nil {
		t.Fatal(err)
	}
	got = e.must(200, "POST", settle, renterKey, nil)
	if got["tx_hash"] == nil || got["released"] == "0.00" {
		t.Errorf("settle once the epochs are final: %v; want a transaction releasing them", got)
	}
}
