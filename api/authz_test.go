package api

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/gpuledger/gpuledger/accounts"
)

// allRoles are the roles a principal can have, admin first.
var allRoles = []accounts.Role{
	accounts.RoleAdmin, accounts.RoleOperator, accounts.RoleRenter, accounts.RoleHolder,
	accounts.RoleOracle, accounts.RoleOracleAdmin,
}

// ownedRoutes name, for each route that acts on a resource someone owns,
// who owns it. Every write route on a resource (a path with :id or
// :address) must be here or in sharedRoutes: a new route is classified the
// day it is added, or TestAuthorizationMatrix fails.
var ownedRoutes = map[string]string{
	"POST /v1/assets/:id/listings":               "asset's operator",
	"PATCH /v1/listings/:id":                     "asset's operator",
	"POST /v1/assets/:id/operator-fees/withdraw": "asset's operator",
	"POST /v1/assets/:id/reserve/withdraw":       "asset's operator",
	"GET /v1/leases/:id":                         "lease's renter or asset's operator",
	"POST /v1/leases/:id/topup":                  "lease's renter",
	"POST /v1/leases/:id/close":                  "lease's renter or asset's operator",
	"POST /v1/assets/:id/transfers":              "holder of the shares",
	"DELETE /v1/webhooks/:id":                    "webhook's principal",
	"POST /v1/loans/:id/borrow":                  "loan's borrower",
	"POST /v1/loans/:id/repay":                   "loan's borrower",
	"POST /v1/loans/:id/collateral":              "loan's borrower",
	"POST /v1/loans/:id/unpledge":                "loan's borrower",
	"DELETE /v1/offers/:id":                      "offer's seller",
	"POST /v1/backstops/:id/release":             "backstop's provider",
}

// sharedRoutes act on a resource anyone with the role may act on.
var sharedRoutes = map[string]string{
	"POST /v1/leases/:id/settle":               "anyone with a key may settle (summary answer)",
	"POST /v1/assets/:id/reporters":            "the oracle admin, for every asset",
	"DELETE /v1/assets/:id/reporters/:address": "the oracle admin, for every asset",
	"PUT /v1/assets/:id/quorum":                "the oracle admin, for every asset",
	"POST /v1/loans/:id/settle":                "anyone with a money role may apply revenue the loan's shares earned",
	"POST /v1/loans/:id/flag":                  "any liquidator; the contract refuses a healthy loan",
	"POST /v1/loans/:id/auction":               "any liquidator; the contract refuses before the grace ends",
	"POST /v1/loans/:id/bids":                  "any liquidator, paying the auction's price",
	"POST /v1/assets/:id/offers":               "any holder offers its own shares; the balance check refuses shares one does not hold",
	"POST /v1/offers/:id/fills":                "any buyer, paying the offer's price",
	"POST /v1/backstops/:id/settle":            "anyone with a money role; pays only what the leases say",
}

// TestAuthorizationMatrix is generated from the route table: every route
// × no key × every role. A protected route without a key is 401; a role the
// route does not name is 403 (admin passes every role check) and nothing
// is mined; a public route never asks for a key. Then each route acting on
// someone's resource is called by a principal of an allowed role who does
// not own it: 403, nothing mined.
func TestAuthorizationMatrix(t *testing.T) {
	e := newAPIEnv(t)
	ctx := context.Background()
	keys := map[accounts.Role]string{accounts.RoleAdmin: e.admin}
	for _, r := range allRoles[1:] {
		keys[r], _ = e.account(string(r), "authz-"+string(r))
	}
	// The world the resource routes act on: operator A's asset 1, its
	// listing 1 and renter A's lease 1; operator B, renter B and holder B
	// own none of them.
	listingID, opA, renterA, _ := leaseSetup(e)
	lease := e.must(201, "POST", "/v1/leases", renterA, map[string]any{"listing_id": listingID, "gpus": 1, "hours": 2, "deposit": "5"})
	leaseID := lease["id"].(string)
	// Loan 1: operator A pledges shares of its asset 1.
	e.must(201, "POST", "/v1/loans", opA, map[string]any{"asset_id": "1", "shares": "1000"})
	// Offer 1: operator A offers shares of its asset 1.
	e.must(201, "POST", "/v1/assets/1/offers", opA, map[string]any{"shares": "10", "price_per_share": "1", "ttl_hours": 24})
	_, addrA := e.account("holder", "authz-holder-a")
	// Backstop 1: a holder other than holder B commits to asset 1.
	backstopper, backstopperAddr := e.account("holder", "authz-backstopper")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": backstopperAddr, "amount": "100"})
	e.must(201, "POST", "/v1/backstops", backstopper, map[string]any{"asset_id": "1", "floor_price_per_gpu_hour": "1", "amount": "10", "hours": 2})
	e.must(201, "POST", "/v1/webhooks", renterA, map[string]any{"url": "https://hooks.example.com/a", "events": []string{"lease.ended"}})
	others := map[accounts.Role]string{
		accounts.RoleOperator: keys[accounts.RoleOperator], accounts.RoleRenter: keys[accounts.RoleRenter],
		accounts.RoleHolder: keys[accounts.RoleHolder],
	}
	fill := func(path string) string {
		path = strings.ReplaceAll(path, ":address", addrA)
		if strings.HasPrefix(path, "/v1/leases/") {
			return strings.ReplaceAll(path, ":id", leaseID)
		}
		return strings.ReplaceAll(path, ":id", "1")
	}
	head := func() uint64 {
		n, err := e.svc.Chain.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	before := head()
	routes := e.srv.routes()
	for _, r := range routes {
		name := r.method + " " + r.path
		path := fill(r.path)
		if r.public {
			if got := e.do(r.method, path, "", nil); got.status == 401 || got.status == 403 {
				t.Errorf("%s is public but answered %d without a key", name, got.status)
			}
			continue
		}
		if got := e.do(r.method, path, "", map[string]any{}); got.status != 401 {
			t.Errorf("%s without a key: %d, want 401", name, got.status)
		}
		for _, role := range allRoles {
			if role == accounts.RoleAdmin || slices.Contains(r.roles, role) {
				continue
			}
			if got := e.do(r.method, path, keys[role], map[string]any{}); got.status != 403 {
				t.Errorf("%s as %s: %d %s, want 403", name, role, got.status, got.body)
			}
		}
		// Every write on a resource is classified as owned or shared.
		if r.method != "GET" && strings.Contains(r.path, "/:") {
			_, owned := ownedRoutes[name]
			_, shared := sharedRoutes[name]
			if owned == shared {
				t.Errorf("%s: classify it in ownedRoutes (who owns the resource) or sharedRoutes", name)
			}
		}
	}
	if after := head(); after != before {
		t.Errorf("refused requests mined %d blocks", after-before)
	}

	// Admin-only, whatever the route table says: minting and making principals.
	for _, path := range []string{"/v1/faucet", "/v1/accounts"} {
		for _, role := range allRoles[1:] {
			body := map[string]any{"address": addrA, "amount": "1", "role": "renter", "name": "x"}
			if got := e.do("POST", path, keys[role], body); got.status != 403 {
				t.Errorf("POST %s as %s: %d %s, want 403", path, role, got.status, got.body)
			}
		}
	}

	// Admin-only: the share market's fee, its treasury and the payment of its fees.
	for _, name := range []string{"PUT /v1/trading/fee", "PUT /v1/trading/treasury", "POST /v1/trading/fees/withdraw"} {
		method, path, _ := strings.Cut(name, " ")
		for _, role := range allRoles[1:] {
			if got := e.do(method, path, keys[role], map[string]any{"bps": 1, "treasury": addrA}); got.status != 403 {
				t.Errorf("%s as %s: %d %s, want 403", name, role, got.status, got.body)
			}
		}
	}

	// Someone else's resource: an allowed role that does not own it.
	bodies := map[string]any{
		"POST /v1/assets/:id/listings":         map[string]any{"gpus": 1, "price_per_gpu_hour": "1", "min_hours": 1, "max_hours": 2},
		"PATCH /v1/listings/:id":               map[string]any{"price_per_gpu_hour": "9"},
		"POST /v1/assets/:id/reserve/withdraw": map[string]any{"amount": "0.01", "to": addrA, "purpose": "repairs"},
		"POST /v1/leases/:id/topup":            map[string]any{"amount": "1"},
		"POST /v1/assets/:id/transfers":        map[string]any{"to": addrA, "shares": "1"},
		"POST /v1/loans/:id/borrow":            map[string]any{"amount": "1"},
		"POST /v1/loans/:id/repay":             map[string]any{"amount": "1"},
		"POST /v1/loans/:id/collateral":        map[string]any{"shares": "1"},
		"POST /v1/loans/:id/unpledge":          map[string]any{"shares": "1"},
	}
	before = head()
	checked := 0
	for _, r := range routes {
		name := r.method + " " + r.path
		if _, ok := ownedRoutes[name]; !ok {
			continue
		}
		for _, role := range r.roles {
			key, ok := others[role]
			if !ok {
				continue
			}
			got := e.do(r.method, fill(r.path), key, bodies[name])
			// Shares one does not hold are refused by the balance check
			// (400 "you hold 0 shares"), not a role rule: what is owned is
			// the shares, not the asset.
			want := []int{403}
			if name == "POST /v1/assets/:id/transfers" {
				want = []int{400}
			}
			if !slices.Contains(want, got.status) {
				t.Errorf("%s as another %s: %d %s, want %v", name, role, got.status, got.body, want)
			}
			checked++
		}
	}
	if after := head(); after != before {
		t.Errorf("requests on someone else's resource mined %d blocks", after-before)
	}
	// The owner can: one call each of the lease's renter and the asset's operator.
	e.must(200, "GET", "/v1/leases/"+leaseID, renterA, nil)
	e.must(200, "GET", "/v1/leases/"+leaseID, opA, nil)
	t.Logf("%d routes × %d roles; %d calls on someone else's resource", len(routes), len(allRoles)+1, checked)
	if checked < len(ownedRoutes) {
		t.Errorf("only %d ownership calls for %d owned routes", checked, len(ownedRoutes))
	}
}
