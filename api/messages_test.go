package api

import (
	"strings"
	"testing"
)

// TestMessagesAUserUnderstands: a missing field is named as missing (before:
// "need 1 <= min_hours (0) <= ..."), malformed JSON says the line and column,
// and a contract's refusal quotes statuses by name and amounts as decimals
// (before: "LeaseNotOpen(leaseId=1, status=4)").
func TestMessagesAUserUnderstands(t *testing.T) {
	e := newAPIEnv(t)
	listingID, opKey, renterKey, _ := leaseSetup(e)
	for _, tc := range []struct {
		name, method, path, key string
		body                    any
		want                    string
	}{
		{"missing field", "POST", "/v1/assets/1/listings", opKey,
			map[string]any{"gpus": 1, "price_per_gpu_hour": "2.50", "max_hours": 24}, "min_hours is required"},
		{"null field", "POST", "/v1/leases", renterKey,
			map[string]any{"listing_id": listingID, "gpus": 1, "hours": 2, "deposit": nil}, "deposit is required"},
		{"more GPUs than the asset", "POST", "/v1/assets/1/listings", opKey,
			map[string]any{"gpus": 9, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 24}, "gpus 9 is more than asset 1 has (8)"},
		{"malformed JSON", "POST", "/v1/leases", renterKey,
			"{\n  \"listing_id\": \"1\",\n  \"gpus\": ,\n}", "line 3, column 11"},
	} {
		p := e.problem(400, ProblemValidation, tc.method, tc.path, tc.key, tc.body)
		if !strings.Contains(p.Detail, tc.want) {
			t.Errorf("%s: detail %q, want it to say %q", tc.name, p.Detail, tc.want)
		}
	}

	lease := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": listingID, "gpus": 1, "hours": 2, "deposit": "5"})
	path := "/v1/leases/" + lease["id"].(string) + "/close"
	e.must(200, "POST", path, renterKey, nil)
	p := e.problem(422, ProblemChainReverted, "POST", path, renterKey, nil)
	want := "lease " + lease["id"].(string) + " is not open (status ended)"
	if p.Revert == nil || p.Revert.Message != want || !strings.Contains(p.Detail, want) {
		t.Errorf("second close: %+v (revert %+v), want the message %q", p, p.Revert, want)
	}
}
