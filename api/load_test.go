package api

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"testing"
	"time"
)

// BenchmarkReadLatency offers a steady 2,000 requests per second for three
// seconds to the read routes, over real HTTP on loopback, and reports the
// latency percentiles (goal: p99 under 5 ms). b.N is ignored: the load is
// fixed by rate and time, not by iterations.
func BenchmarkReadLatency(b *testing.B) {
	e := newAPIEnv(b)
	opKey, _ := e.account("operator", "op")
	renterKey, renterAddr := e.account("renter", "renter")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "10000"})
	e.must(201, "POST", "/v1/assets", opKey, h100)
	e.must(201, "POST", "/v1/assets/1/listings", opKey, map[string]any{"gpus": 8, "price_per_gpu_hour": "2.50",
		"min_hours": 1, "max_hours": 720, "sla_availability_bps": 9900, "credit_bps": 1000})
	e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 2, "hours": 2, "deposit": "10"})

	type target struct{ path, key string }
	targets := []target{
		{"/v1/listings", ""}, {"/v1/assets", ""}, {"/v1/holders/" + renterAddr, ""},
		{"/v1/leases", renterKey}, {"/v1/ledger/entries?limit=20", ""}, {"/healthz", ""},
	}
	const rate, seconds = 2000, 3
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}}
	var (
		mu      sync.Mutex
		lat     []time.Duration
		errs    int
		wg      sync.WaitGroup
		jobs    = make(chan target, rate)
		started = time.Now()
	)
	// Open-loop load: request i is due at start + i/rate whatever the
	// answers before it did; 64 workers send what is due.
	for w := 0; w < 64; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range jobs {
				req, _ := http.NewRequest("GET", e.base+t.path, nil)
				if t.key != "" {
					req.Header.Set("Authorization", "Bearer "+t.key)
				}
				start := time.Now()
				resp, err := client.Do(req)
				ok := err == nil && resp.StatusCode == 200
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				d := time.Since(start)
				mu.Lock()
				if ok {
					lat = append(lat, d)
				} else {
					errs++
				}
				mu.Unlock()
			}
		}()
	}
	b.ResetTimer()
	for i := 0; i < rate*seconds; i++ {
		time.Sleep(time.Until(started.Add(time.Duration(i) * time.Second / rate)))
		jobs <- targets[i%len(targets)]
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(started)
	b.StopTimer()
	if errs > 0 {
		b.Fatalf("%d requests failed", errs)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(pct(1), "max-ms")
}

// BenchmarkOpenLeaseHTTP opens leases through POST /v1/leases one after the
// other (each: validate, approve, lease, wait for the mirror) and reports
// leases per second on the embedded chain sealing a block per transaction.
func BenchmarkOpenLeaseHTTP(b *testing.B) {
	e := newAPIEnv(b)
	opKey, _ := e.account("operator", "op")
	renterKey, renterAddr := e.account("renter", "renter")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000000"})
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		if i%8 == 0 { // a fresh 8-GPU asset every 8 leases keeps capacity free
			a := e.must(201, "POST", "/v1/assets", opKey, h100)
			e.must(201, "POST", fmt.Sprintf("/v1/assets/%s/listings", a["id"]), opKey, map[string]any{"gpus": 8,
				"price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 720, "sla_availability_bps": 9900, "credit_bps": 1000})
		}
		listing := fmt.Sprint(i/8 + 1)
		b.StartTimer()
		e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": listing, "gpus": 1, "hours": 24, "deposit": "2.50"})
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "leases/s(wall)")
}
