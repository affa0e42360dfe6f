package api

import (
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/chain"
)

// TestBackstopRoutes: a holder commits to an asset, bad input and an early
// settle are refused with problems and mine nothing, a lease holds part of
// the first hour, the hours are settled (any money role), the guarantee
// shows on the asset, another holder cannot release, the provider releases
// exactly amount - paid, and reconcile stays clean.
func TestBackstopRoutes(t *testing.T) {
	e := newAPIEnv(t)
	listingID, _, renterKey, _ := leaseSetup(e)
	holder, holderAddr := e.account("holder", "backstopper")
	other, _ := e.account("holder", "someone-else")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": holderAddr, "amount": "100"})
	emb := e.svc.Chain.(*chain.Embedded)
	head := func() uint64 {
		n, err := e.svc.Chain.Client().BlockNumber(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	before := head()
	for _, tc := range []struct {
		body   map[string]any
		status int
	}{
		{map[string]any{"asset_id": "1", "floor_price_per_gpu_hour": "0", "amount": "10", "hours": 2}, 400},
		{map[string]any{"asset_id": "1", "floor_price_per_gpu_hour": "1", "amount": "10.0000001", "hours": 2}, 400},
		{map[string]any{"asset_id": "1", "floor_price_per_gpu_hour": "1", "amount": "10", "hours": 0}, 400},
		{map[string]any{"asset_id": "x", "floor_price_per_gpu_hour": "1", "amount": "10", "hours": 2}, 400},
		{map[string]any{"asset_id": "99", "floor_price_per_gpu_hour": "1", "amount": "10", "hours": 2}, 404},
		{map[string]any{"asset_id": "1", "floor_price_per_gpu_hour": "1", "amount": "1000", "hours": 2}, 409},
	} {
		if got := e.do("POST", "/v1/backstops", holder, tc.body); got.status != tc.status {
			t.Errorf("%v: %d %s, want %d", tc.body, got.status, got.body, tc.status)
		}
	}
	if head() != before {
		t.Errorf("refused commits mined %d blocks", head()-before)
	}

	b := e.must(201, "POST", "/v1/backstops", holder, map[string]any{"asset_id": "1", "floor_price_per_gpu_hour": "0.5", "amount": "20", "hours": 2, "take": true})
	bid := b["id"].(string)
	if b["status"] != "active" || b["left"] != "20.00" || b["guarantee"].(map[string]any)["total"] != "8.00" {
		t.Fatalf("commitment %v", b)
	}
	// A second one on the same asset, and an early settle: 409, nothing mined.
	before = head()
	e.must(409, "POST", "/v1/backstops", holder, map[string]any{"asset_id": "1", "floor_price_per_gpu_hour": "1", "amount": "1", "hours": 1})
	e.must(409, "POST", "/v1/backstops/"+bid+"/settle", renterKey, nil)
	e.must(409, "POST", "/v1/backstops/"+bid+"/release", holder, nil)
	e.must(403, "POST", "/v1/backstops/"+bid+"/release", other, nil)
	e.must(404, "GET", "/v1/backstops/999", "", nil)
	if head() != before {
		t.Errorf("refused writes mined %d blocks", head()-before)
	}
	asset := e.must(200, "GET", "/v1/assets/1/backstop", "", nil)
	if asset["guaranteed_minimum"] != "8.00" || asset["active"] == nil {
		t.Errorf("asset backstop %v", asset)
	}

	// Into the term: a 2-GPU lease, then past both hours.
	start, _ := time.Parse(time.RFC3339, b["start"].(string))
	now := func() time.Time {
		h, err := e.svc.Chain.Client().HeaderByNumber(t.Context(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return time.Unix(int64(h.Time), 0)
	}
	if err := emb.AdjustTime(start.Sub(now()) + 10*time.Minute); err != nil {
		t.Fatal(err)
	}
	e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": listingID, "gpus": 2, "hours": 1, "deposit": "5"})
	if err := emb.AdjustTime(start.Add(2*time.Hour + time.Minute).Sub(now())); err != nil {
		t.Fatal(err)
	}
	st := e.must(200, "POST", "/v1/backstops/"+bid+"/settle", renterKey, nil)
	if hours := st["hours"].([]any); len(hours) != 2 {
		t.Fatalf("settled %v", st)
	}
	got := e.must(200, "GET", "/v1/backstops/"+bid, "", nil)
	if got["status"] != "finished" || got["hours_settled"].(float64) != 2 || got["paid"] != st["paid"] {
		t.Errorf("after settle: %v", got)
	}
	e.must(403, "POST", "/v1/backstops/"+bid+"/release", other, nil)
	rel := e.must(200, "POST", "/v1/backstops/"+bid+"/release", holder, nil)
	if rel["returned"] != rel["backstop"].(map[string]any)["returned"] || rel["deferred"] != false {
		t.Errorf("release %v", rel)
	}
	list := e.must(200, "GET", "/v1/backstops?asset=1", "", nil)
	if n := len(list["backstops"].([]any)); n != 1 {
		t.Errorf("%d backstops listed", n)
	}
	if rep := e.must(200, "GET", "/v1/reconcile", e.admin, nil); rep["ok"] != true {
		t.Errorf("reconcile: %v", rep)
	}
	t.Logf("settled %v, paid %v, returned %v", st["hours"], st["paid"], rel["returned"])
}
