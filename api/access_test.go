package api

import (
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/chain"
)

// TestLeaseAccessMatrix: one rule (canSeeLease, docs/api-access.md) for
// every route that shows a lease. Its renter, the operator of its asset and
// an admin see the whole lease (get, list, and the answers of settle,
// top-up and close); anyone else who may settle it gets a summary without
// the renter's money, and a 403 or no entry when reading it. Before, a
// holder or another renter who settled a lease was answered the whole
// lease that GET refused them.
func TestLeaseAccessMatrix(t *testing.T) {
	e := newAPIEnv(t)
	listingID, opKey, renterKey, _ := leaseSetup(e)
	otherRenter, _ := e.account("renter", "lab2")
	otherOp, _ := e.account("operator", "rival")
	holderKey, _ := e.account("holder", "fund")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": e.svc.Admin.Address().Hex(), "amount": "100"})
	lease := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": listingID, "gpus": 2, "hours": 4, "deposit": "10"})
	path := "/v1/leases/" + lease["id"].(string)
	if err := e.svc.Chain.(*chain.Embedded).AdjustTime(30 * time.Minute); err != nil {
		t.Fatal(err)
	}

	type want struct {
		get    int  // GET /v1/leases/:id
		listed bool // in GET /v1/leases (when the role may list)
		list   int  // GET /v1/leases
		whole  bool // settle answers the whole lease, not the summary
		topup  int  // POST /v1/leases/:id/topup
		close  int  // POST /v1/leases/:id/close (422: allowed, the contract refuses a funded lease)
	}
	callers := []struct {
		name string
		key  string
		want want
	}{
		{"another renter", otherRenter, want{get: 403, list: 200, listed: false, whole: false, topup: 403, close: 403}},
		{"another operator", otherOp, want{get: 403, list: 200, listed: false, whole: false, topup: 403, close: 403}},
		{"a holder", holderKey, want{get: 403, list: 403, whole: false, topup: 403, close: 403}},
		{"the operator of its asset", opKey, want{get: 200, list: 200, listed: true, whole: true, topup: 403, close: 422}},
		{"an admin", e.admin, want{get: 200, list: 200, listed: true, whole: true, topup: 200, close: 422}},
		{"its renter", renterKey, want{get: 200, list: 200, listed: true, whole: true, topup: 200, close: 200}},
	}
	whole := func(name, route string, m map[string]any) {
		t.Helper()
		if m["renter"] == nil || m["deposit"] == nil || m["escrow"] == nil || m["view"] != nil {
			t.Errorf("%s: %s answered %v, want the whole lease", name, route, m)
		}
	}
	for _, c := range callers {
		w := c.want
		r := e.do("GET", path, c.key, nil)
		if r.status != w.get {
			t.Errorf("%s: GET %s: %d %s, want %d", c.name, path, r.status, r.body, w.get)
		} else if r.status == 200 {
			whole(c.name, "GET", r.json)
		}

		r = e.do("GET", "/v1/leases", c.key, nil)
		if r.status != w.list {
			t.Errorf("%s: GET /v1/leases: %d %s, want %d", c.name, r.status, r.body, w.list)
		} else if r.status == 200 {
			listed := false
			for _, l := range r.json["leases"].([]any) {
				m := l.(map[string]any)
				if m["id"] == lease["id"] {
					listed = true
					whole(c.name, "GET /v1/leases", m)
				}
			}
			if listed != w.listed {
				t.Errorf("%s: GET /v1/leases lists the lease: %v, want %v", c.name, listed, w.listed)
			}
		}

		r = e.do("POST", path+"/settle", c.key, nil)
		switch {
		case r.status != 200:
			t.Errorf("%s: settle: %d %s, want 200 (anyone with a key may settle)", c.name, r.status, r.body)
		case w.whole:
			whole(c.name, "settle", r.json)
		default:
			var shown []string
			for _, private := range []string{"renter", "deposit", "escrow", "refunded", "runway_hours", "accrued"} {
				if _, ok := r.json[private]; ok {
					shown = append(shown, private)
				}
			}
			if len(shown) > 0 {
				t.Errorf("%s: settle answered %v to a caller who may not read the lease", c.name, shown)
			}
			if r.json["view"] != "summary" || r.json["id"] != lease["id"] || r.json["released"] == nil || r.json["block"] == nil {
				t.Errorf("%s: settle summary: %v", c.name, r.json)
			}
		}

		r = e.do("POST", path+"/topup", c.key, map[string]any{"amount": "0.01"})
		if r.status != w.topup {
			t.Errorf("%s: topup: %d %s, want %d", c.name, r.status, r.body, w.topup)
		} else if r.status == 200 {
			whole(c.name, "topup", r.json)
		}
	}
	// Close last: the renter's close ends the lease.
	for _, c := range callers {
		r := e.do("POST", path+"/close", c.key, nil)
		if r.status != c.want.close {
			t.Errorf("%s: close: %d %s, want %d", c.name, r.status, r.body, c.want.close)
		} else if r.status == 200 {
			whole(c.name, "close", r.json)
		}
	}
}
