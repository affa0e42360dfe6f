package api

import (
	"math/big"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/chain"
)

// TestHourlyRevenueSeries: two leases settled every 25 minutes over more
// than three hours of chain time. The hourly series (default range and
// explicit ones, on the hour or not) answers the journal's lease releases
// to the asset's revenue account hour by hour, to the unit, and sums to
// the yield's gross revenue over the same range; its default range is the
// yield's. An unknown asset is 404; a bad range 400.
func TestHourlyRevenueSeries(t *testing.T) {
	e := newAPIEnv(t)
	emb := e.svc.Chain.(*chain.Embedded)
	listingID, _, renterKey, _ := leaseSetup(e)
	var leases []string
	for _, l := range []map[string]any{
		{"listing_id": listingID, "gpus": 2, "hours": 6, "deposit": "30"},
		{"listing_id": listingID, "gpus": 1, "hours": 3, "deposit": "7.5"},
	} {
		leases = append(leases, e.must(201, "POST", "/v1/leases", renterKey, l)["id"].(string))
	}
	for i := range 8 {
		if err := emb.AdjustTime(25 * time.Minute); err != nil {
			t.Fatal(err)
		}
		for _, id := range leases[:1+i%2] {
			e.must(200, "POST", "/v1/leases/"+id+"/settle", renterKey, nil)
		}
	}

	// The reference: the journal's lease releases to the revenue account.
	type release struct {
		at     time.Time
		amount *big.Int
	}
	var releases []release
	after := ""
	for {
		path := "/v1/ledger/entries?account=" + url.QueryEscape("revenue:asset:1")
		if after != "" {
			path += "&after=" + url.QueryEscape(after)
		}
		pg := e.must(200, "GET", path, "", nil)
		for _, raw := range pg["entries"].([]any) {
			en := raw.(map[string]any)
			if en["kind"] != "lease_release" {
				continue
			}
			at, err := time.Parse(time.RFC3339, en["time"].(string))
			if err != nil {
				t.Fatal(err)
			}
			r := release{at: at, amount: new(big.Int)}
			for _, p := range en["postings"].([]any) {
				if p := p.(map[string]any); p["destination"] == "revenue:asset:1" {
					r.amount.Add(r.amount, unitsOf(t, p["amount"]))
				}
			}
			releases = append(releases, r)
		}
		next, _ := pg["next"].(string)
		if next == "" {
			break
		}
		after = next
	}
	if len(releases) < 12 {
		t.Fatalf("%d releases in the journal", len(releases))
	}
	rfc := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	first, last := releases[0].at, releases[len(releases)-1].at

	for _, tc := range []struct {
		name, query string
		minHours    int
	}{
		{name: "default: the yield's period", minHours: 3},
		{name: "on the hour", query: "from=" + rfc(first.Truncate(time.Hour)) + "&to=" + rfc(last.Truncate(time.Hour).Add(time.Hour)), minHours: 3},
		{name: "from a release's second to another's, excluded", query: "from=" + rfc(releases[3].at) + "&to=" + rfc(releases[len(releases)-2].at), minHours: 2},
		{name: "one hour", query: "from=" + rfc(last.Truncate(time.Hour)) + "&to=" + rfc(last.Truncate(time.Hour).Add(time.Hour)), minHours: 1},
		{name: "before any lease", query: "from=2026-01-15T00:00:00Z&to=2026-01-16T00:00:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sep := ""
			if tc.query != "" {
				sep = "?"
			}
			s := e.must(200, "GET", "/v1/assets/1/revenue/hourly"+sep+tc.query, "", nil)
			y := e.must(200, "GET", "/v1/assets/1/yield"+sep+tc.query, "", nil)
			if s["asset_id"] != "1" || s["from"] != y["from"] || s["to"] != y["to"] || s["block"] != y["block"] {
				t.Fatalf("series of asset %v over [%v, %v) at block %v; the yield's [%v, %v) at block %v",
					s["asset_id"], s["from"], s["to"], s["block"], y["from"], y["to"], y["block"])
			}
			from, _ := time.Parse(time.RFC3339, s["from"].(string))
			to, _ := time.Parse(time.RFC3339, s["to"].(string))
			want := map[string]*big.Int{}
			wantEntries := map[string]int{}
			for _, r := range releases {
				if !r.at.Before(from) && r.at.Before(to) {
					hour := rfc(r.at.Truncate(time.Hour))
					if want[hour] == nil {
						want[hour] = new(big.Int)
					}
					want[hour].Add(want[hour], r.amount)
					wantEntries[hour]++
				}
			}
			points := s["points"].([]any)
			if len(points) != len(want) || len(points) < tc.minHours {
				t.Fatalf("%d points %v; the journal has releases in %d hours (want at least %d)", len(points), points, len(want), tc.minHours)
			}
			total, prev := new(big.Int), ""
			for _, raw := range points {
				p := raw.(map[string]any)
				hour := p["hour"].(string)
				if hour <= prev || !strings.HasSuffix(hour, ":00:00Z") {
					t.Errorf("hour %s after %s: not a whole UTC hour in order", hour, prev)
				}
				prev = hour
				got := unitsOf(t, p["revenue"])
				if want[hour] == nil || got.Cmp(want[hour]) != 0 || p["entries"] != float64(wantEntries[hour]) {
					t.Errorf("hour %s: %s units in %v entries, the journal %v in %d", hour, got, p["entries"], want[hour], wantEntries[hour])
				}
				total.Add(total, got)
			}
			if gross := unitsOf(t, y["gross_revenue"].(map[string]any)["value"]); gross.Cmp(total) != 0 {
				t.Errorf("the series sums to %s units, the yield's gross revenue is %s", total, gross)
			}
		})
	}

	e.problem(404, ProblemNotFound, "GET", "/v1/assets/7/revenue/hourly", "", nil)
	for _, q := range []string{
		"from=" + rfc(first),                                // half a range
		"from=" + rfc(last) + "&to=" + rfc(first),           // inverted
		"from=yesterday&to=" + rfc(last),                    // not RFC 3339
		"from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z", // longer than 366 days
		"period=day", // an unknown parameter
	} {
		e.problem(400, ProblemValidation, "GET", "/v1/assets/1/revenue/hourly?"+q, "", nil)
	}
	if p := e.problem(400, ProblemValidation, "GET", "/v1/assets/1/revenue/hourly?from=2025-01-01T00:00:00Z&to=2026-01-03T00:00:00Z", "", nil); !strings.Contains(p.Detail, "366 days") {
		t.Errorf("a range over the cap: %q does not say the cap", p.Detail)
	}
}
