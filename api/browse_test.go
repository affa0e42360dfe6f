package api

import (
	"maps"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// listingIDs pages through GET /v1/listings with the query, limit per page,
// and returns the ids of every page.
func listingIDs(t *testing.T, e *apiEnv, query string, limit string) [][]string {
	t.Helper()
	var pages [][]string
	after := ""
	for range 20 {
		q, err := url.ParseQuery(query)
		if err != nil {
			t.Fatal(err)
		}
		if limit != "" {
			q.Set("limit", limit)
		}
		if after != "" {
			q.Set("after", after)
		}
		out := e.must(200, "GET", "/v1/listings?"+q.Encode(), "", nil)
		var ids []string
		for _, l := range out["listings"].([]any) {
			ids = append(ids, l.(map[string]any)["id"].(string))
		}
		pages = append(pages, ids)
		next, _ := out["next"].(string)
		if next == "" {
			return pages
		}
		after = next
	}
	t.Fatalf("listings?%s: more than 20 pages", query)
	return nil
}

// TestAPIBrowseListings: listings show their asset's GPU model and
// location and the GPUs a lease can really take (min of the listing's and
// the asset's free GPUs, so a listing whose asset another listing has
// fully leased shows 0 free); the location and asset filters work on
// listings and assets; filters apply before paging; an unknown query
// parameter on any read route is a 400 naming it.
func TestAPIBrowseListings(t *testing.T) {
	e := newAPIEnv(t)
	opKey, _ := e.account("operator", "acme")
	renterKey, renterAddr := e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})
	e.must(201, "POST", "/v1/assets", opKey, h100) // asset 1: H100, US-TX-1, 8 GPUs
	b200 := maps.Clone(h100)
	b200["gpu_model"], b200["location"] = "B200-SXM-192GB", "EU-DE-1"
	e.must(201, "POST", "/v1/assets", opKey, b200) // asset 2: B200, EU-DE-1, 8 GPUs
	// Five listings, those of asset 2 spread out: 1 (asset 1, 8 GPUs),
	// 2 (asset 2, 4), 3 (asset 1, 4), 4 (asset 1, 2), 5 (asset 2, 8).
	for _, l := range []struct {
		asset string
		gpus  int
	}{{"1", 8}, {"2", 4}, {"1", 4}, {"1", 2}, {"2", 8}} {
		e.must(201, "POST", "/v1/assets/"+l.asset+"/listings", opKey, map[string]any{"gpus": l.gpus,
			"price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 24})
	}
	// Lease all 8 GPUs of asset 1 through listing 1: listings 3 and 4 have
	// room of their own but their asset has none.
	e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 8, "hours": 2, "deposit": "20"})

	l3 := e.must(200, "GET", "/v1/listings/3", "", nil)
	if l3["free_gpus"] != float64(0) || l3["asset_free_gpus"] != float64(0) || l3["leased_gpus"] != float64(0) ||
		l3["asset_leased_gpus"] != float64(8) || l3["asset_gpus"] != float64(8) ||
		l3["gpu_model"] != "H100-SXM5-80GB" || l3["location"] != "US-TX-1" {
		t.Errorf("listing 3 on a fully leased asset: %v", l3)
	}
	l2 := e.must(200, "GET", "/v1/listings/2", "", nil)
	if l2["free_gpus"] != float64(4) || l2["gpu_model"] != "B200-SXM-192GB" || l2["location"] != "EU-DE-1" {
		t.Errorf("listing 2 on a free asset: %v", l2)
	}
	for _, l := range e.must(200, "GET", "/v1/listings", "", nil)["listings"].([]any) {
		l := l.(map[string]any)
		want := map[string]float64{"1": 0, "2": 4, "3": 0, "4": 0, "5": 8}[l["id"].(string)]
		if l["free_gpus"] != want {
			t.Errorf("listed %s: free_gpus %v, want %v", l["id"], l["free_gpus"], want)
		}
	}

	for _, tc := range []struct {
		query string
		limit string
		want  [][]string // ids per page
	}{
		{"", "", [][]string{{"1", "2", "3", "4", "5"}}},
		{"location=EU-DE-1", "", [][]string{{"2", "5"}}},
		{"location=us-tx-1", "", [][]string{{"1", "3", "4"}}},
		{"location=JP-TY-1", "", [][]string{nil}},
		{"gpu_model=b200-sxm-192gb", "", [][]string{{"2", "5"}}},
		{"asset=1&min_free_gpus=1", "", [][]string{nil}},
		{"min_free_gpus=1", "", [][]string{{"2", "5"}}},
		{"min_free_gpus=5", "", [][]string{{"5"}}},
		{"active=true&max_price=2.50&location=EU-DE-1", "", [][]string{{"2", "5"}}},
		{"active=false", "", [][]string{nil}},
		// Filters before paging: each match on its own page, the cursor
		// carrying on past the listings that do not match.
		{"location=EU-DE-1", "1", [][]string{{"2"}, {"5"}}},
		{"min_free_gpus=1", "1", [][]string{{"2"}, {"5"}}},
		{"gpu_model=H100-SXM5-80GB", "2", [][]string{{"1", "3"}, {"4"}}},
		{"", "2", [][]string{{"1", "2"}, {"3", "4"}, {"5"}}},
	} {
		got := listingIDs(t, e, tc.query, tc.limit)
		// The page after the last match may come back empty: the cursor
		// cannot know that nothing after it matches.
		if n := len(got); n > len(tc.want) && n > 1 && len(got[n-1]) == 0 {
			got = got[:n-1]
		}
		if !slices.EqualFunc(got, tc.want, slices.Equal[[]string]) {
			t.Errorf("listings?%s limit %q: pages %v, want %v", tc.query, tc.limit, got, tc.want)
		}
	}

	// The asset filters of /v1/assets.
	for query, want := range map[string][]string{
		"location=EU-DE-1":         {"2"},
		"gpu_model=h100-sxm5-80gb": {"1"},
		"location=EU-DE-1&limit=1": {"2"},
		"location=nowhere":         nil,
	} {
		var ids []string
		for _, a := range e.must(200, "GET", "/v1/assets?"+query, "", nil)["assets"].([]any) {
			ids = append(ids, a.(map[string]any)["id"].(string))
		}
		if !slices.Equal(ids, want) {
			t.Errorf("assets?%s: %v, want %v", query, ids, want)
		}
	}

	// An unknown query parameter is a 400 that names it, on every read route.
	for _, tc := range []struct{ path, key, bad string }{
		{"/v1/listings?colour=red&limit=2", "", "colour"},
		{"/v1/listings?asset_id=1", "", "asset_id"},
		{"/v1/listings/1?verbose=1", "", "verbose"},
		{"/v1/assets?loc=EU-DE-1", "", "loc"},
		{"/v1/assets/1?x=1", "", "x"},
		{"/v1/assets/1/yield?frm=2020-01-01T00:00:00Z", "", "frm"},
		{"/v1/assets/1/revenue?period=day", "", "period"},
		{"/v1/assets/1/telemetry?epoch=1", "", "epoch"},
		{"/v1/leases?renter=" + renterAddr, renterKey, "renter"},
		{"/v1/leases/1?fields=all", renterKey, "fields"},
		{"/v1/ledger/entries?acount=world", "", "acount"},
		{"/v1/holders/" + renterAddr + "?asset=1", "", "asset"},
		{"/v1/refunds/" + renterAddr + "?all=1", "", "all"},
		{"/v1/reconcile?deep=1", "", "deep"},
		{"/v1/chain?x=", "", "x"},
	} {
		p := e.problem(400, ProblemValidation, "GET", tc.path, tc.key, nil)
		if !strings.Contains(p.Detail, `"`+tc.bad+`"`) {
			t.Errorf("%s: detail %q does not name %q", tc.path, p.Detail, tc.bad)
		}
	}
	// Known parameters still pass.
	e.must(200, "GET", "/v1/leases?status=active&asset=1&limit=5", renterKey, nil)
	e.must(200, "GET", "/v1/ledger/entries?account=world&limit=1", "", nil)
}
