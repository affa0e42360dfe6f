package api

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"net/http"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/collectors/version"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/service"
)

// metrics is what /metrics exposes, registered in a registry the Server
// owns (never prometheus.DefaultRegisterer, so two servers in one process,
// as in tests, keep apart):
//
//   - the Go runtime, the process and the build (go_*, process_*,
//     gpuledger_build_info);
//   - counters of events, incremented where they happen: HTTP requests and
//     their latency, transactions of API writes by outcome, idempotent
//     replays, keeper passes;
//   - gauges read from the ledger mirror at scrape time (mirrorCollector in
//     metrics_mirror.go): open leases, escrow, revenue, claims, oracle
//     epochs, mirror lag.
//
// Safe for concurrent use.
type metrics struct {
	reg *prometheus.Registry

	requests *prometheus.CounterVec   // method, route, status
	latency  *prometheus.HistogramVec // method, route
	txs      *prometheus.CounterVec   // route, outcome
	replays  *prometheus.CounterVec   // route, kind

	keeperPasses   *prometheus.CounterVec // result
	keeperDuration prometheus.Histogram
	keeperLeases   *prometheus.CounterVec // action
	keeper         keeperClock
}

// Transaction outcomes (gpuledger_chain_transactions_total's outcome label).
const (
	txSent     = "sent"     // the node accepted it
	txMined    = "mined"    // mined, and it succeeded
	txReverted = "reverted" // mined, and it reverted
	txRefused  = "refused"  // the contract refused it at gas estimation: nothing was sent
)

// latencyBuckets are the request latency histogram's upper bounds in
// seconds: reads take a millisecond, writes wait for a block (a second).
var latencyBuckets = []float64{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5}

// keeperBuckets are the keeper pass histogram's upper bounds in seconds.
var keeperBuckets = []float64{0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120}

// newMetrics makes the server's registry with every collector in it.
// buildVersion labels gpuledger_build_info ("" keeps the module's).
func newMetrics(svc *service.Service, buildVersion string, log *slog.Logger) *metrics {
	reg := prometheus.NewRegistry()
	m := &metrics{
		reg: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gpuledger_http_requests_total",
			Help: "HTTP requests by method, route (echo's path template; unmatched for none) and status.",
		}, []string{"method", "route", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "gpuledger_http_request_duration_seconds",
			Help:    "HTTP request latency by method and route.",
			Buckets: latencyBuckets,
		}, []string{"method", "route"}),
		txs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gpuledger_chain_transactions_total",
			Help: "Transactions of API writes by route and outcome: sent (accepted by the node), mined (mined and succeeded), " +
				"reverted (mined and reverted), refused (refused by the contract at gas estimation; nothing sent).",
		}, []string{"route", "outcome"}),
		replays: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gpuledger_idempotent_replays_total",
			Help: "Requests with an Idempotency-Key seen before, by route and kind: replayed (the stored answer, nothing run) " +
				"or recovered (an earlier attempt's transactions finished).",
		}, []string{"route", "kind"}),
		keeperPasses: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gpuledger_keeper_passes_total",
			Help: "Passes of the lease keeper by result (ok, error).",
		}, []string{"result"}),
		keeperDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "gpuledger_keeper_pass_duration_seconds",
			Help:    "How long a pass of the lease keeper took.",
			Buckets: keeperBuckets,
		}),
		keeperLeases: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gpuledger_keeper_leases_total",
			Help: "Leases the keeper acted on, by action: settled, closed (out of funds), failed (settlement reverted alone; retried next pass).",
		}, []string{"action"}),
	}
	for _, r := range []string{"ok", "error"} {
		m.keeperPasses.WithLabelValues(r)
	}
	for _, a := range []string{"settled", "closed", "failed"} {
		m.keeperLeases.WithLabelValues(a)
	}
	if buildVersion == "" {
		buildVersion = "unknown"
		if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
			buildVersion = info.Main.Version
		}
	}
	build := prometheus.Labels{"contracts": contracts.Version, "version": buildVersion}
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		collectors.NewBuildInfoCollector(),
		version.NewCollector("gpuledger", version.WithExtraConstLabels(build)),
		m.requests, m.latency, m.txs, m.replays,
		m.keeperPasses, m.keeperDuration, m.keeperLeases, &m.keeper,
	)
	if svc != nil {
		reg.MustRegister(newMirrorCollector(svc, log))
	}
	return m
}

// handler serves the registry in Prometheus' text (or negotiated) format.
// A collector that fails is left out of the answer and logged; the rest
// is still served, and promhttp_metric_handler_errors_total counts it.
func (m *metrics) handler(log *slog.Logger) http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{
		ErrorLog:      slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		ErrorHandling: promhttp.ContinueOnError,
		Registry:      m.reg,
	})
}

func (s *Server) metricsHandler(c echo.Context) error {
	s.metrics.handler(s.log).ServeHTTP(c.Response(), c.Request())
	return nil
}

// Registry returns the registry /metrics serves, for a caller that adds
// collectors of its own. Safe for concurrent use.
func (s *Server) Registry() *prometheus.Registry { return s.metrics.reg }

// httpMethods are the methods counted by name; any other is "OTHER", so a
// client cannot mint label values.
var httpMethods = map[string]bool{
	http.MethodGet: true, http.MethodHead: true, http.MethodPost: true, http.MethodPut: true,
	http.MethodPatch: true, http.MethodDelete: true, http.MethodOptions: true,
}

// observe counts a finished request. route is echo's path template.
func (m *metrics) observe(method, route string, status int, took time.Duration) {
	if !httpMethods[method] {
		method = "OTHER"
	}
	m.requests.WithLabelValues(method, route, statusLabel(status)).Inc()
	m.latency.WithLabelValues(method, route).Observe(took.Seconds())
}

func statusLabel(status int) string {
	if status < 100 || status > 999 {
		return "other"
	}
	return string([]byte{byte('0' + status/100), byte('0' + status/10%10), byte('0' + status%10)})
}

// replayed counts an idempotent request answered from its stored outcome
// (kind "replayed") or finished from an earlier attempt ("recovered").
func (m *metrics) replayed(route, kind string) { m.replays.WithLabelValues(route, kind).Inc() }

// ------------------------------------------------------------ transactions

// txTally is the chain.Journal of an API write's context (writeContext):
// it counts the transactions the request gets the node to accept and
// passes every call on to the request's intent journal, if it has one, so
// the transactor behaves exactly as with that journal (or none). A tally
// is per request; its methods may be called from several goroutines.
type txTally struct {
	inner    chain.Journal // nil without an Idempotency-Key
	sent     atomic.Int64
	finished atomic.Bool // the write finished a transaction an earlier attempt recorded
}

// Record implements chain.Journal.
func (t *txTally) Record(ctx context.Context, tx *types.Transaction) error {
	if t.inner != nil {
		return t.inner.Record(ctx, tx)
	}
	return nil
}

// Replay implements chain.Journal.
func (t *txTally) Replay(from common.Address, to *common.Address, data []byte, value *big.Int) *types.Transaction {
	if t.inner != nil {
		return t.inner.Replay(from, to, data, value)
	}
	return nil
}

// Sent implements chain.Journal.
func (t *txTally) Sent(tx *types.Transaction) {
	t.sent.Add(1)
	if t.inner != nil {
		t.inner.Sent(tx)
	}
}

const tallyKey = "tx-tally"

// tally returns the request's txTally, making it on first use.
func tally(c echo.Context) *txTally {
	if t, ok := c.Get(tallyKey).(*txTally); ok {
		return t
	}
	t := &txTally{}
	if j := journal(c); j != nil {
		t.inner = j
	}
	c.Set(tallyKey, t)
	return t
}

// countTxs counts the transactions of a finished write request from its
// tally and its error (nil when it answered below 400): each transaction
// sent is "sent"; on success all of them were mined (a write waits for
// each before the next); a mined revert ends the request (its last
// transaction reverted, those before were mined); a revert found by the
// estimation sent nothing more (refused). A write that timed out waiting
// counts only what it sent.
func (m *metrics) countTxs(route string, t *txTally, err error) {
	sent := t.sent.Load()
	if sent > 0 {
		m.txs.WithLabelValues(route, txSent).Add(float64(sent))
	}
	var (
		mined int64
		re    *chain.RevertError
	)
	switch {
	case err == nil:
		mined = sent
		if mined == 0 && t.finished.Load() {
			mined = 1 // sent by an earlier attempt
		}
	case errors.As(err, &re) && re.TxHash != (common.Hash{}):
		m.txs.WithLabelValues(route, txReverted).Inc()
		mined = max(sent-1, 0)
	case errors.As(err, &re):
		m.txs.WithLabelValues(route, txRefused).Inc()
		mined = sent
	}
	if mined > 0 {
		m.txs.WithLabelValues(route, txMined).Add(float64(mined))
	}
}

// ------------------------------------------------------------------ keeper

// KeeperPass records a pass of the lease keeper: pass it as
// service.KeeperConfig.OnPass. Safe for concurrent use.
func (s *Server) KeeperPass(res service.TickResult, took time.Duration, err error) {
	m := s.metrics
	m.keeperDuration.Observe(took.Seconds())
	m.keeper.pass(time.Now(), took, err == nil)
	result := "ok"
	if err != nil {
		result = "error"
	}
	m.keeperPasses.WithLabelValues(result).Inc()
	// A failed pass may have acted on some leases before it failed.
	m.keeperLeases.WithLabelValues("settled").Add(float64(res.Settled))
	m.keeperLeases.WithLabelValues("closed").Add(float64(res.Closed))
	m.keeperLeases.WithLabelValues("failed").Add(float64(res.Failed))
}

// keeperClock remembers when the keeper last succeeded, to export its lag:
// gpuledger_keeper_lag_seconds is the time since the end of the last
// successful pass (since the first pass began, before any succeeded). Both
// gauges are absent until the keeper reports a pass.
type keeperClock struct {
	mu          sync.Mutex // guards the fields below
	started     time.Time  // the first pass began
	lastSuccess time.Time  // the last successful pass ended
}

var (
	keeperLagDesc = prometheus.NewDesc("gpuledger_keeper_lag_seconds",
		"Seconds since the lease keeper's last successful pass ended (since its first pass began, when none has succeeded).", nil, nil)
	keeperLastDesc = prometheus.NewDesc("gpuledger_keeper_last_success_timestamp_seconds",
		"Unix time the lease keeper's last successful pass ended.", nil, nil)
)

func (k *keeperClock) pass(end time.Time, took time.Duration, ok bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.started.IsZero() {
		k.started = end.Add(-took)
	}
	if ok {
		k.lastSuccess = end
	}
}

// Describe implements prometheus.Collector.
func (k *keeperClock) Describe(ch chan<- *prometheus.Desc) {
	ch <- keeperLagDesc
	ch <- keeperLastDesc
}

// Collect implements prometheus.Collector.
func (k *keeperClock) Collect(ch chan<- prometheus.Metric) {
	k.mu.Lock()
	started, last := k.started, k.lastSuccess
	k.mu.Unlock()
	if started.IsZero() {
		return
	}
	since := started
	if !last.IsZero() {
		since = last
		ch <- prometheus.MustNewConstMetric(keeperLastDesc, prometheus.GaugeValue, float64(last.UnixNano())/1e9)
	}
	ch <- prometheus.MustNewConstMetric(keeperLagDesc, prometheus.GaugeValue, time.Since(since).Seconds())
}
