package api

import (
	"strings"
	"testing"
)

// TestAPIListsFilterBeforePaging checks what a typed client pages through:
// a filtered page holds the items the filter keeps (not a page of all
// items filtered afterwards), and holders and telemetry page with
// after/limit/next like every list.
func TestAPIListsFilterBeforePaging(t *testing.T) {
	e := newAPIEnv(t)
	opKey, opAddr := e.account("operator", "acme")
	e.must(201, "POST", "/v1/assets", opKey, h100)
	e.must(201, "POST", "/v1/assets", opKey, h100)
	listing := func(price string) map[string]any {
		return map[string]any{"gpus": 4, "price_per_gpu_hour": price, "min_hours": 1, "max_hours": 24,
			"sla_availability_bps": 9900, "credit_bps": 1000}
	}
	e.must(201, "POST", "/v1/assets/1/listings", opKey, listing("3.00"))
	e.must(201, "POST", "/v1/assets/1/listings", opKey, listing("1.50"))
	e.must(201, "POST", "/v1/assets/2/listings", opKey, listing("1.75"))

	// The first listing costs more than max_price: the first page still
	// holds the first one that does not.
	pg := e.must(200, "GET", "/v1/listings?limit=1&max_price=2.00", "", nil)
	items := pg["listings"].([]any)
	if len(items) != 1 || items[0].(map[string]any)["id"] != "2" || pg["next"] == nil {
		t.Fatalf("first page: %v", pg)
	}
	pg = e.must(200, "GET", "/v1/listings?limit=1&max_price=2.00&after="+pg["next"].(string), "", nil)
	items = pg["listings"].([]any)
	if len(items) != 1 || items[0].(map[string]any)["id"] != "3" {
		t.Fatalf("second page: %v", pg)
	}
	if pg["next"] != nil {
		if last := e.must(200, "GET", "/v1/listings?limit=1&max_price=2.00&after="+pg["next"].(string), "", nil); len(last["listings"].([]any)) != 0 {
			t.Fatalf("third page: %v", last)
		}
	}

	// The operator holds every share of both assets: two pages of one.
	pg = e.must(200, "GET", "/v1/holders/"+opAddr+"?limit=1", "", nil)
	if got := pg["assets"].([]any); len(got) != 1 || got[0].(map[string]any)["asset_id"] != "1" || pg["next"] == nil {
		t.Fatalf("holder first page: %v", pg)
	}
	pg = e.must(200, "GET", "/v1/holders/"+opAddr+"?limit=1&after="+pg["next"].(string), "", nil)
	if got := pg["assets"].([]any); len(got) != 1 || got[0].(map[string]any)["asset_id"] != "2" || pg["next"] != nil {
		t.Fatalf("holder second page: %v", pg)
	}
	e.problem(400, ProblemValidation, "GET", "/v1/holders/"+opAddr+"?limit=0", "", nil)
	e.problem(400, ProblemValidation, "GET", "/v1/holders/"+opAddr+"?after=bogus", "", nil)

	// No epochs reported: an empty page without next; paging parameters
	// are taken and checked.
	pg = e.must(200, "GET", "/v1/assets/1/telemetry?limit=10", "", nil)
	if len(pg["epochs"].([]any)) != 0 || pg["next"] != nil || pg["asset_id"] != "1" {
		t.Fatalf("telemetry: %v", pg)
	}
	e.must(200, "GET", "/v1/assets/1/telemetry?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z&limit=5", "", nil)
	if p := e.problem(400, ProblemValidation, "GET", "/v1/assets/1/telemetry?limit=5000", "", nil); !strings.Contains(p.Detail, "limit") {
		t.Fatalf("limit: %+v", p)
	}

	// /revenue and /yield both give the asset's id as a string.
	for _, path := range []string{"/v1/assets/1/revenue", "/v1/assets/1/yield"} {
		if got := e.must(200, "GET", path, "", nil); got["asset_id"] != "1" {
			t.Errorf("%s asset_id: %#v", path, got["asset_id"])
		}
	}
}
