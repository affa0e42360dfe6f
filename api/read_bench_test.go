package api

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkReadRoutes measures the CPU of one request on each read route
// of BenchmarkFleetScale's mix, and of the mix itself, through the
// server's handler (every middleware, no socket), against a mirror of a
// few hundred leases: the cost per request that decides the read goal of
// issue 16, without building 10,000 leases on chain. ns/op is the handler
// path; cpu-µs/req the process's CPU (the handler plus whatever the
// service does meanwhile: chain calls, the mirror's poll).
func BenchmarkReadRoutes(b *testing.B) {
	e := newAPIEnv(b)
	opKey, _ := e.account("operator", "op")
	e.must(201, "POST", "/v1/assets", opKey, map[string]any{
		"gpu_model": "H100-SXM5-80GB", "gpu_count": 4096, "rated_power_w": 5_222_400, "location": "US-TX-1",
		"commissioned_at": "2026-01-15T00:00:00Z", "book_value": "143360000", "useful_life_months": 48, "shares": "1000000",
	})
	e.must(201, "POST", "/v1/assets/1/listings", opKey, map[string]any{
		"gpus": 4096, "price_per_gpu_hour": "1.00", "min_hours": 1, "max_hours": 720,
	})
	type renter struct{ key, addr, lease string }
	const renters, leasesEach = 8, 8
	rs := make([]renter, renters)
	for i := range rs {
		rs[i].key, rs[i].addr = e.account("renter", fmt.Sprintf("renter%d", i))
		e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": rs[i].addr, "amount": "100000"})
		for range leasesEach {
			l := e.must(201, "POST", "/v1/leases", rs[i].key, map[string]any{"listing_id": "1", "gpus": 1, "hours": 24, "deposit": "1.00"})
			rs[i].lease = l["id"].(string)
		}
	}
	type target struct{ path, key string }
	targets := []target{{"/v1/listings", ""}, {"/v1/listings/1", ""}, {"/v1/assets", ""}, {"/v1/assets/1", ""}, {"/v1/ledger/entries?limit=20", ""}}
	for _, r := range rs {
		targets = append(targets, target{"/v1/leases", r.key}, target{"/v1/leases/" + r.lease, r.key},
			target{"/v1/leases?status=active&limit=2", r.key}, target{"/v1/holders/" + r.addr, ""})
	}
	h := e.srv.Handler()
	serve := func(b *testing.B, t target) {
		req := httptest.NewRequest("GET", t.path, nil)
		if t.key != "" {
			req.Header.Set("Authorization", "Bearer "+t.key)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("GET %s: %d %s", t.path, rec.Code, rec.Body)
		}
	}
	run := func(name string, ts []target) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuTime()
			for i := 0; b.Loop(); i++ {
				serve(b, ts[i%len(ts)])
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1000, "cpu-µs/req")
		})
	}
	names := []string{"listings", "listing", "assets", "asset", "entries", "leases", "lease", "leases-active-2", "holder"}
	for i, name := range names { // one of each route (renter 0's)
		run(name, targets[i:i+1])
	}
	run("mixed", targets)
}
