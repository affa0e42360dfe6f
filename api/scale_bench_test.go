package api

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	vegeta "github.com/tsenart/vegeta/v12/lib"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
)

// Fleet scale (issue 16, goals 1 and 2; docs/perf.md): lease opening over
// HTTP against the chain's own rate, the CPU a lease costs on a fresh
// chain and with 10,000 leases, and the read routes under open-loop load
// with those 10,000 leases, in one run against a serve-like service: the
// embedded chain sealing in real time (at most a block a second, as
// `gpuledger serve` runs it), the mirror following it, the API on
// loopback. The keeper does not run (its cost is its own benchmark's).
// Every figure is reported next to its bound and the ratio; nothing here
// is a timed test.
const (
	scaleKeys       = 64     // raw keys, and renters over HTTP
	scaleInFlight   = 2      // POSTs each renter keeps in flight
	scaleRawPerKey  = 4      // raw leases each key sends, all at once
	scaleHTTPLeases = 256    // leases per HTTP phase
	scaleFleet      = 10_000 // leases that exist for the second CPU phase and the reads
	scaleReadRate   = 2000   // requests per second offered to the read routes
	scaleReadFor    = 5 * time.Second
)

// Bounds (issue 16).
const (
	boundHTTPOverRaw = 2.0  // raw leases/s ÷ HTTP leases/s, at most
	boundCPUGrowth   = 1.2  // CPU per lease at 10,000 leases ÷ fresh, at most
	boundReadP99ms   = 10.0 // p99 of the mixed read routes, ms
)

// BenchmarkFleetScale measures, in one run: raw signed lease transactions
// from scaleKeys keys (the chain's own rate) against POST /v1/leases from
// scaleKeys renters; CPU per lease over HTTP on a fresh chain and with
// scaleFleet leases; and the mixed read routes at scaleReadRate req/s
// (vegeta, open loop) with those leases. b.N is ignored: the work is
// fixed.
func BenchmarkFleetScale(b *testing.B) {
	s := newScaleEnv(b)
	b.ResetTimer()

	raw := s.rawRate(b)
	idleFresh := idleCPU()
	httpRate, cpuFresh, secsFresh := s.httpPhase(b)
	b.StopTimer()
	s.buildFleet(b, scaleFleet)
	b.StartTimer()
	idleFleet := idleCPU()
	_, cpuFleet, secsFleet := s.httpPhase(b)
	p50, p99, offered, cpuRead := s.readLoad(b)
	b.StopTimer()
	// The same figures less what the process burns idle (background
	// loops: the webhook dispatcher's pass, the mirror's poll), at the
	// idle rate measured just before each phase.
	netFresh := cpuFresh - idleFresh*secsFresh/scaleHTTPLeases
	netFleet := cpuFleet - idleFleet*secsFleet/scaleHTTPLeases
	b.Logf("idle CPU: %.0f ms/s fresh, %.0f ms/s with %d leases", idleFresh*1000, idleFleet*1000, scaleFleet)

	b.ReportMetric(raw, "raw-leases/s")
	b.ReportMetric(httpRate, "http-leases/s")
	b.ReportMetric(raw/httpRate, "raw/http(bound-2)")
	b.ReportMetric(cpuFresh*1000, "cpu-ms/lease-fresh")
	b.ReportMetric(cpuFleet*1000, "cpu-ms/lease-10k")
	b.ReportMetric(cpuFleet/cpuFresh, "cpu-10k/fresh(bound-1.2)")
	b.ReportMetric(netFresh*1000, "net-cpu-ms/lease-fresh")
	b.ReportMetric(netFleet*1000, "net-cpu-ms/lease-10k")
	b.ReportMetric(netFleet/netFresh, "net-cpu-10k/fresh(bound-1.2)")
	b.ReportMetric(idleFleet/idleFresh, "idle-cpu-10k/fresh")
	b.ReportMetric(p50, "read-p50-ms")
	b.ReportMetric(p99, "read-p99-ms")
	b.ReportMetric(p99/boundReadP99ms, "read-p99/10ms(bound-1)")
	b.ReportMetric(offered, "read-offered-req/s(goal-2000)")
	b.ReportMetric(cpuRead, "read-cpu-µs/req")
	if raw/httpRate > boundHTTPOverRaw || cpuFleet/cpuFresh > boundCPUGrowth || p99 > boundReadP99ms {
		b.Logf("a figure is past its bound: raw/http %.2f (≤ %.1f), cpu %.2f (≤ %.1f), read p99 %.2f ms (≤ %.0f)",
			raw/httpRate, boundHTTPOverRaw, cpuFleet/cpuFresh, boundCPUGrowth, p99, boundReadP99ms)
	}
}

// scaleEnv is a serve-like service with its API, renters with API keys,
// raw keys that sign their own lease transactions, and a big asset each
// side leases from (its listing's free GPUs never run out, so no lease
// needs hints).
type scaleEnv struct {
	*apiEnv
	emb      *chain.Embedded
	renters  []scaleRenter
	raw      []*rawKey
	listing  uint64
	gas      uint64 // gas limit of a raw lease, by the transactor's rule
	httpDone int    // leases opened over HTTP so far
}

type scaleRenter struct{ key, addr string }

// rawKey signs and sends its own transactions, counting its nonces.
type rawKey struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	tr    *chain.Transactor // for its EIP-712 signature only
	nonce uint64
}

func newScaleEnv(b *testing.B) *scaleEnv {
	b.Helper()
	ctx := context.Background()
	dir := b.TempDir()
	svc, err := service.Open(ctx, service.Config{DataDir: dir}) // SealRealtime, as serve
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { svc.Close() })
	// No availability oracle, as in servicetest: nothing here reports telemetry.
	if _, err := svc.Market.SetAvailabilityOracle(ctx, svc.Admin, common.Address{}, 0); err != nil {
		b.Fatal(err)
	}
	s := &scaleEnv{apiEnv: serveAPI(b, svc, dir, Options{}), emb: svc.Chain.(*chain.Embedded)}
	opKey, _ := s.account("operator", "fleet")
	asset := s.must(201, "POST", "/v1/assets", opKey, map[string]any{
		"gpu_model": "H100-SXM5-80GB", "gpu_count": 65536, "rated_power_w": 83_558_400, "location": "US-TX-1",
		"commissioned_at": "2026-01-15T00:00:00Z", "book_value": "2293760000", "useful_life_months": 48, "shares": "1000000",
	})
	l := s.must(201, "POST", "/v1/assets/"+asset["id"].(string)+"/listings", opKey, map[string]any{
		"gpus": 65536, "price_per_gpu_hour": "1.00", "min_hours": 1, "max_hours": 720,
	})
	if s.listing, err = strconv.ParseUint(l["id"].(string), 10, 64); err != nil {
		b.Fatal(err)
	}

	// Renters and raw keys, funded in parallel (a few blocks, not one each).
	s.renters = make([]scaleRenter, scaleKeys)
	s.raw = make([]*rawKey, scaleKeys)
	var wg sync.WaitGroup
	for i := range scaleKeys {
		s.renters[i].key, s.renters[i].addr = s.account("renter", fmt.Sprintf("renter%d", i))
		k, err := crypto.GenerateKey()
		if err != nil {
			b.Fatal(err)
		}
		s.raw[i] = &rawKey{key: k, addr: crypto.PubkeyToAddress(k.PublicKey), tr: chain.NewTransactor(svc.Chain.Client(), svc.Chain.ChainID(), k)}
		for _, addr := range []string{s.renters[i].addr, s.raw[i].addr.Hex()} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s.must(200, "POST", "/v1/faucet", s.admin, map[string]any{"address": addr, "amount": "1000000"})
			}()
		}
	}
	wg.Wait()
	// Each renter's custodial key is decrypted (scrypt) on its first
	// write: do it now, not in the first measured phase.
	for _, r := range s.renters {
		if _, err := svc.Transactor(common.HexToAddress(r.addr)); err != nil {
			b.Fatal(err)
		}
	}
	// The raw leases' gas limit: one estimate, with the transactor's
	// margin and headroom, as the API's transactions get.
	data, err := s.rawLeaseData(s.raw[0])
	if err != nil {
		b.Fatal(err)
	}
	est, err := svc.Chain.Client().EstimateGas(ctx, ethereumCall(s.raw[0].addr, svc.Market.Address(), data))
	if err != nil {
		b.Fatal(err)
	}
	s.gas = est + est*chain.DefaultGasMarginPct/100 + chain.DefaultGasHeadroom
	return s
}

// rawLeaseData is the calldata of a one-GPU, 24-hour lease prepaying an
// hour, paid by an authorization k signs.
func (s *scaleEnv) rawLeaseData(k *rawKey) ([]byte, error) {
	return s.svc.Market.SignedLeaseCall(context.Background(), k.tr, k.addr, contracts.LeaseRequest{
		ListingID: s.listing, GPUs: 1, Hours: 24, Deposit: money.MustParse("1.00"),
	})
}

// sendRaw signs and sends n lease transactions from each raw key at once,
// with consecutive nonces, and returns when all are in the pool.
func (s *scaleEnv) sendRaw(b *testing.B, n int) {
	ctx := context.Background()
	client := s.svc.Chain.Client()
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	tip, err := client.SuggestGasTipCap(ctx)
	if err != nil {
		b.Fatal(err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	to := s.svc.Market.Address()
	signer := types.LatestSignerForChainID(s.svc.Chain.ChainID())
	var wg sync.WaitGroup
	for _, k := range s.raw {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range n {
				data, err := s.rawLeaseData(k)
				if err != nil {
					b.Error(err)
					return
				}
				tx, err := types.SignNewTx(k.key, signer, &types.DynamicFeeTx{
					ChainID: s.svc.Chain.ChainID(), Nonce: k.nonce, GasTipCap: tip, GasFeeCap: feeCap,
					Gas: s.gas, To: &to, Data: data,
				})
				if err != nil {
					b.Error(err)
					return
				}
				if err := client.SendTransaction(ctx, tx); err != nil {
					b.Errorf("send raw lease of %s nonce %d: %v", k.addr, k.nonce, err)
					return
				}
				k.nonce++
			}
		}()
	}
	wg.Wait()
	if b.Failed() {
		b.FailNow()
	}
}

// waitRaw waits until every raw key's transactions are mined, sealing
// blocks itself when commit is set (else the sealer's block a second
// does), and checks that each opened a lease.
func (s *scaleEnv) waitRaw(b *testing.B, commit bool) {
	ctx := context.Background()
	client := s.svc.Chain.Client()
	for _, k := range s.raw {
		for {
			n, err := client.NonceAt(ctx, k.addr, nil)
			if err != nil {
				b.Fatal(err)
			}
			if n >= k.nonce {
				break
			}
			if !commit {
				time.Sleep(10 * time.Millisecond)
			} else if _, err := s.emb.Commit(); err != nil {
				b.Fatal(err)
			}
		}
	}
	s.checkLeaseCount(b)
}

// checkLeaseCount fails unless every lease sent, raw and over HTTP, opened.
func (s *scaleEnv) checkLeaseCount(b *testing.B) {
	want := uint64(s.httpDone)
	for _, k := range s.raw {
		want += k.nonce
	}
	got, err := s.svc.Market.LeaseCount(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	if got != want {
		b.Fatalf("%d leases on chain, %d sent: some failed", got, want)
	}
}

// rawRate sends scaleRawPerKey leases from each raw key at once and
// returns leases per second from the first send to the last receipt: the
// rate the chain itself takes leases at.
func (s *scaleEnv) rawRate(b *testing.B) float64 {
	start := time.Now()
	s.sendRaw(b, scaleRawPerKey)
	s.waitRaw(b, false)
	return float64(scaleKeys*scaleRawPerKey) / time.Since(start).Seconds()
}

// httpPhase opens scaleHTTPLeases leases over POST /v1/leases from every
// renter, each keeping scaleInFlight requests in flight, and returns
// leases per second, the process's CPU seconds per lease (server, chain,
// mirror, background loops and these clients together, the same in every
// phase) and the phase's seconds.
func (s *scaleEnv) httpPhase(b *testing.B) (rate, cpuPerLease, seconds float64) {
	var (
		left = int64(scaleHTTPLeases)
		wg   sync.WaitGroup
		mu   sync.Mutex
		lat  []time.Duration
	)
	start, cpu0 := time.Now(), cpuTime()
	for _, r := range s.renters {
		for range scaleInFlight {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for atomic.AddInt64(&left, -1) >= 0 {
					t0 := time.Now()
					rep := s.do("POST", "/v1/leases", r.key, map[string]any{"listing_id": id(s.listing), "gpus": 1, "hours": 24, "deposit": "1.00"})
					if rep.status != http.StatusCreated {
						b.Errorf("POST /v1/leases: %d %s", rep.status, rep.body)
						return
					}
					mu.Lock()
					lat = append(lat, time.Since(t0))
					mu.Unlock()
				}
			}()
		}
	}
	wg.Wait()
	elapsed, cpu := time.Since(start), cpuTime()-cpu0
	if b.Failed() {
		b.FailNow()
	}
	s.httpDone += scaleHTTPLeases
	s.checkLeaseCount(b)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.Logf("%d leases over HTTP in %s: p50 %s, max %s, CPU %s", scaleHTTPLeases, elapsed.Round(time.Millisecond),
		lat[len(lat)/2].Round(time.Millisecond), lat[len(lat)-1].Round(time.Millisecond), cpu.Round(time.Millisecond))
	return scaleHTTPLeases / elapsed.Seconds(), cpu.Seconds() / scaleHTTPLeases, elapsed.Seconds()
}

// idleCPU returns the CPU seconds per second the process uses while no
// request runs, over two seconds.
func idleCPU() float64 {
	cpu0 := cpuTime()
	time.Sleep(2 * time.Second)
	return (cpuTime() - cpu0).Seconds() / 2
}

// buildFleet opens raw leases in big blocks it seals itself until n
// leases exist, then waits for the mirror to apply them and for the wall
// clock to reach the chain's time (Commit runs chain time ahead; the
// real-time sealer waits for the clock before sealing again).
func (s *scaleEnv) buildFleet(b *testing.B, n uint64) {
	ctx := context.Background()
	started := time.Now()
	for {
		count, err := s.svc.Market.LeaseCount(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if count >= n {
			break
		}
		per := min(32, int((n-count+scaleKeys-1)/scaleKeys))
		s.sendRaw(b, per)
		s.waitRaw(b, true)
	}
	head, err := s.svc.Chain.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	if err := s.svc.WaitMirror(ctx, head.Number.Uint64()); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d leases in %s", n, time.Since(started).Round(time.Millisecond))
	time.Sleep(time.Until(time.Unix(int64(head.Time)+1, 0)))
	// The node indexes the new blocks' logs and compacts its database in
	// the background: let it finish (the process idle, under 10% of a core
	// for two seconds running, or two minutes passed) before the next phase
	// counts CPU.
	settled := time.Now()
	for idle, deadline := 0, settled.Add(2*time.Minute); idle < 2 && time.Now().Before(deadline); {
		cpu0 := cpuTime()
		time.Sleep(time.Second)
		if cpuTime()-cpu0 < 100*time.Millisecond {
			idle++
		} else {
			idle = 0
		}
	}
	b.Logf("background work after the build settled in %s", time.Since(settled).Round(time.Second))
}

// readLoad offers scaleReadRate requests a second for scaleReadFor to the
// read routes, mixed (renters' lease lists and leases, listings, assets,
// holders, journal), open loop with vegeta, and returns p50 and p99 in
// ms, the rate vegeta managed to offer, and the process's CPU per request
// in µs (the figure that does not depend on the machine's other load).
func (s *scaleEnv) readLoad(b *testing.B) (p50, p99, offered, cpuMicros float64) {
	auth := func(key string) http.Header { return http.Header{"Authorization": {"Bearer " + key}} }
	targets := []vegeta.Target{
		{Method: "GET", URL: s.base + "/v1/listings"},
		{Method: "GET", URL: s.base + "/v1/listings/" + id(s.listing)},
		{Method: "GET", URL: s.base + "/v1/assets"},
		{Method: "GET", URL: s.base + "/v1/ledger/entries?limit=20"},
	}
	for _, r := range s.renters[:8] {
		first := s.must(200, "GET", "/v1/leases?limit=1", r.key, nil)["leases"].([]any)[0].(map[string]any)
		targets = append(targets,
			vegeta.Target{Method: "GET", URL: s.base + "/v1/leases", Header: auth(r.key)},
			vegeta.Target{Method: "GET", URL: s.base + "/v1/leases/" + first["id"].(string), Header: auth(r.key)},
			vegeta.Target{Method: "GET", URL: s.base + "/v1/leases?status=active&limit=2", Header: auth(r.key)},
			vegeta.Target{Method: "GET", URL: s.base + "/v1/holders/" + r.addr},
		)
	}
	s.routeCPU(b, targets)
	attacker := vegeta.NewAttacker(vegeta.Workers(64), vegeta.MaxWorkers(1024), vegeta.KeepAlive(true), vegeta.Connections(512))
	cpu0 := cpuTime()
	var m vegeta.Metrics
	for res := range attacker.Attack(vegeta.NewStaticTargeter(targets...), vegeta.Rate{Freq: scaleReadRate, Per: time.Second}, scaleReadFor, "reads") {
		m.Add(res)
	}
	m.Close()
	cpuPerRead := (cpuTime() - cpu0) / time.Duration(max(m.Requests, 1))
	if m.Success < 1 {
		b.Fatalf("reads: success %.4f, status codes %v, errors %v", m.Success, m.StatusCodes, m.Errors)
	}
	b.Logf("reads: %d requests at %.0f/s offered, %.0f/s done; p50 %s p99 %s max %s; CPU %s a request (server, chain, load generator)",
		m.Requests, m.Rate, m.Throughput, m.Latencies.P50, m.Latencies.P99, m.Latencies.Max, cpuPerRead)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	return ms(m.Latencies.P50), ms(m.Latencies.P99), m.Rate, float64(cpuPerRead) / float64(time.Microsecond)
}

// routeCPU logs the process's CPU time per request of each read route,
// sent one at a time: what each costs, apart from queueing.
func (s *scaleEnv) routeCPU(b *testing.B, targets []vegeta.Target) {
	const n = 100
	client := &http.Client{}
	for _, t := range targets {
		cpu0 := cpuTime()
		for range n {
			req, _ := http.NewRequest(t.Method, t.URL, nil)
			req.Header = t.Header
			resp, err := client.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		b.Logf("%s: %s CPU per request", t.URL[len(s.base):], (cpuTime()-cpu0)/n)
	}
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func ethereumCall(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}
