package api

import (
	"strconv"
	"testing"
)

// TestPricesOverHTTP: a curved listing created over HTTP answers its curve;
// the quote is exact and a lease opened at it pays exactly it; prices rise
// with utilisation; the history lists each lease's price and utilisation
// and each curve and fixed price change; a curve PATCHed in and cleared;
// bad curves, bad quote parameters and a renter's bound below the price
// are problem+json and change nothing.
func TestPricesOverHTTP(t *testing.T) {
	e := newAPIEnv(t)
	op, _ := e.account("operator", "Lone Star Compute")
	renter, renterAddr := e.account("renter", "Ada Labs")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "10000"})
	assetID := e.must(201, "POST", "/v1/assets", op, h100)["id"].(string)
	curve := map[string]any{"base": "2", "floor": "1", "ceiling": "6.5", "kink_bps": 7500,
		"slope_below_kink": "1", "slope_above_kink": "4", "decay_per_idle_hour": "0"}
	listing := e.must(201, "POST", "/v1/assets/"+assetID+"/listings", op, map[string]any{
		"gpus": 8, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 720, "curve": curve})
	lid := listing["id"].(string)
	if c, ok := listing["curve"].(map[string]any); !ok || c["kink_bps"] != float64(7500) {
		t.Fatalf("listing answer curve: %v", listing["curve"])
	}

	// Bad curves and bad quotes change nothing.
	bad := map[string]any{"base": "2", "floor": "3", "ceiling": "6.5", "kink_bps": 7500, "slope_below_kink": "1", "slope_above_kink": "4"}
	e.problem(400, ProblemValidation, "POST", "/v1/assets/"+assetID+"/listings", op, map[string]any{
		"gpus": 8, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 720, "curve": bad})
	e.problem(400, ProblemValidation, "PATCH", "/v1/listings/"+lid, op, map[string]any{"curve": bad})
	e.problem(400, ProblemValidation, "PATCH", "/v1/listings/"+lid, op, map[string]any{"curve": curve, "clear_curve": true})
	e.problem(400, ProblemValidation, "GET", "/v1/listings/"+lid+"/quote?gpus=0&hours=2", "", nil)
	e.problem(400, ProblemValidation, "GET", "/v1/listings/"+lid+"/quote?gpus=1", "", nil)
	e.problem(400, ProblemValidation, "GET", "/v1/listings/"+lid+"/quote?gpus=1&hours=721", "", nil)
	e.problem(404, ProblemNotFound, "GET", "/v1/listings/99/quote?gpus=1&hours=2", "", nil)
	e.problem(404, ProblemNotFound, "GET", "/v1/listings/99/prices", "", nil)

	// Prices rise as the asset fills: 2 at 0%, 2.50 at 3 of 8 (3750 bps), 3 at the kink.
	for _, step := range []struct {
		gpus       int
		price, tot string
		util       float64
	}{
		{3, "2.00", "12.00", 0}, {3, "2.50", "15.00", 3750}, {1, "3.00", "6.00", 7500},
	} {
		q := e.must(200, "GET", "/v1/listings/"+lid+"/quote?gpus="+strconv.Itoa(step.gpus)+"&hours=2", "", nil)
		wantField(t, q, "price_per_gpu_hour", step.price)
		wantField(t, q, "total", step.tot)
		if q["curved"] != true || q["utilisation_bps"] != step.util {
			t.Fatalf("quote %v, want curved at %v bps", q, step.util)
		}
		lease := e.must(201, "POST", "/v1/leases", renter, map[string]any{"listing_id": lid, "gpus": step.gpus, "hours": 2,
			"deposit": q["total"], "max_price_per_gpu_hour": q["price_per_gpu_hour"]})
		wantField(t, lease, "price_per_gpu_hour", step.price)
		wantField(t, lease, "deposit", step.tot)
	}
	// 7 of 8 leased: 5 now; a renter bound at 3 is refused and pays nothing.
	q := e.must(200, "GET", "/v1/listings/"+lid+"/quote?gpus=1&hours=2", "", nil)
	wantField(t, q, "price_per_gpu_hour", "5.00")
	e.problem(400, ProblemValidation, "POST", "/v1/leases", renter, map[string]any{"listing_id": lid, "gpus": 1, "hours": 2,
		"deposit": "10", "max_price_per_gpu_hour": "3"})

	// A fixed price change and the curve cleared, then set again by PATCH.
	e.must(200, "PATCH", "/v1/listings/"+lid, op, map[string]any{"price_per_gpu_hour": "2.75", "clear_curve": true})
	q = e.must(200, "GET", "/v1/listings/"+lid+"/quote?gpus=1&hours=2", "", nil)
	wantField(t, q, "price_per_gpu_hour", "2.75")
	if q["curved"] != false {
		t.Fatalf("quote after clear: %v", q)
	}
	patched := e.must(200, "PATCH", "/v1/listings/"+lid, op, map[string]any{"curve": curve})
	if _, ok := patched["curve"].(map[string]any); !ok {
		t.Fatalf("PATCH answer without curve: %v", patched)
	}

	waitMirror(t, e)
	hist := e.must(200, "GET", "/v1/listings/"+lid+"/prices?limit=3", "", nil)
	items := hist["prices"].([]any)
	if len(items) != 3 || hist["next"] == nil {
		t.Fatalf("first page: %v", hist)
	}
	rest := e.must(200, "GET", "/v1/listings/"+lid+"/prices?after="+hist["next"].(string), "", nil)
	items = append(items, rest["prices"].([]any)...)
	var kinds []string
	for _, it := range items {
		p := it.(map[string]any)
		kinds = append(kinds, p["kind"].(string))
	}
	want := []string{"curve_set", "lease", "lease", "lease", "fixed", "curve_cleared", "curve_set"}
	if len(kinds) != len(want) {
		t.Fatalf("history kinds %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("history kinds %v, want %v", kinds, want)
		}
	}
	second := items[2].(map[string]any)
	wantField(t, second, "price_per_gpu_hour", "2.50")
	if second["utilisation_bps"] != float64(3750) || second["curved"] != true {
		t.Fatalf("second lease's point: %v", second)
	}
}
