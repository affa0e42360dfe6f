package api

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
)

// metrics keeps the counters /metrics exposes in Prometheus text format:
// requests by route and status, request latency histograms by route, and
// chain transactions sent by the API. Hand-rolled to avoid a dependency for
// a few counters. Safe for concurrent use.
type metrics struct {
	mu       sync.Mutex
	requests map[[3]string]uint64 // method, route, status
	latency  map[[2]string]*histogram
	txs      map[string]uint64 // route -> transactions mined for it
}

// latencyBuckets are the histogram's upper bounds in seconds.
var latencyBuckets = []float64{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5}

type histogram struct {
	counts []uint64 // per bucket, cumulative at render time
	sum    time.Duration
	n      uint64
}

func newMetrics() *metrics {
	return &metrics{requests: map[[3]string]uint64{}, latency: map[[2]string]*histogram{}, txs: map[string]uint64{}}
}

// minedTx counts a transaction a write route got mined.
func (m *metrics) minedTx(route string) {
	m.mu.Lock()
	m.txs[route]++
	m.mu.Unlock()
}

func (m *metrics) observe(method, route string, status int, took time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[[3]string{method, route, strconv.Itoa(status)}]++
	h := m.latency[[2]string{method, route}]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(latencyBuckets))}
		m.latency[[2]string{method, route}] = h
	}
	secs := took.Seconds()
	for i, ub := range latencyBuckets {
		if secs <= ub {
			h.counts[i]++
			break
		}
	}
	h.sum += took
	h.n++
}

// observe records every request's route, status and latency.
func (s *Server) observe(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		err := next(c)
		status := c.Response().Status
		if err != nil {
			p, _ := problemOf(err) // handleError logs it, once
			status = p.Status
		}
		route := c.Path()
		if route == "" {
			route = "unmatched"
		}
		took := time.Since(start)
		s.metrics.observe(c.Request().Method, route, status, took)
		s.log.Debug("http", "method", c.Request().Method, "path", c.Request().URL.Path, "status", status, "took", took)
		return err
	}
}

func (s *Server) metricsHandler(c echo.Context) error {
	var b strings.Builder
	m := s.metrics
	m.mu.Lock()
	b.WriteString("# HELP gpuledger_http_requests_total HTTP requests by method, route and status.\n# TYPE gpuledger_http_requests_total counter\n")
	keys := make([][3]string, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return strings.Join(keys[i][:], " ") < strings.Join(keys[j][:], " ") })
	for _, k := range keys {
		fmt.Fprintf(&b, "gpuledger_http_requests_total{method=%q,route=%q,status=%q} %d\n", k[0], k[1], k[2], m.requests[k])
	}
	b.WriteString("# HELP gpuledger_http_request_duration_seconds HTTP request latency.\n# TYPE gpuledger_http_request_duration_seconds histogram\n")
	lkeys := make([][2]string, 0, len(m.latency))
	for k := range m.latency {
		lkeys = append(lkeys, k)
	}
	sort.Slice(lkeys, func(i, j int) bool { return lkeys[i][0]+lkeys[i][1] < lkeys[j][0]+lkeys[j][1] })
	for _, k := range lkeys {
		h := m.latency[k]
		var cum uint64
		for i, ub := range latencyBuckets {
			cum += h.counts[i]
			fmt.Fprintf(&b, "gpuledger_http_request_duration_seconds_bucket{method=%q,route=%q,le=%q} %d\n", k[0], k[1], strconv.FormatFloat(ub, 'g', -1, 64), cum)
		}
		fmt.Fprintf(&b, "gpuledger_http_request_duration_seconds_bucket{method=%q,route=%q,le=\"+Inf\"} %d\n", k[0], k[1], h.n)
		fmt.Fprintf(&b, "gpuledger_http_request_duration_seconds_sum{method=%q,route=%q} %s\n", k[0], k[1], strconv.FormatFloat(h.sum.Seconds(), 'f', 6, 64))
		fmt.Fprintf(&b, "gpuledger_http_request_duration_seconds_count{method=%q,route=%q} %d\n", k[0], k[1], h.n)
	}
	b.WriteString("# HELP gpuledger_chain_transactions_total Transactions mined for API writes, by route.\n# TYPE gpuledger_chain_transactions_total counter\n")
	routes := make([]string, 0, len(m.txs))
	for r := range m.txs {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, r := range routes {
		fmt.Fprintf(&b, "gpuledger_chain_transactions_total{route=%q} %d\n", r, m.txs[r])
	}
	m.mu.Unlock()
	st := s.svc.Mirror.Status()
	fmt.Fprintf(&b, "# HELP gpuledger_mirror_block Last block applied to the ledger mirror.\n# TYPE gpuledger_mirror_block gauge\ngpuledger_mirror_block %d\n", st.Cursor.Number)
	if head, err := s.svc.Chain.Client().BlockNumber(c.Request().Context()); err == nil {
		lag := uint64(0)
		if head > st.Cursor.Number {
			lag = head - st.Cursor.Number
		}
		fmt.Fprintf(&b, "# HELP gpuledger_chain_head_block Latest block of the chain.\n# TYPE gpuledger_chain_head_block gauge\ngpuledger_chain_head_block %d\n", head)
		fmt.Fprintf(&b, "# HELP gpuledger_mirror_lag_blocks Blocks the mirror is behind the chain.\n# TYPE gpuledger_mirror_lag_blocks gauge\ngpuledger_mirror_lag_blocks %d\n", lag)
	}
	return c.Blob(http.StatusOK, "text/plain; version=0.0.4; charset=utf-8", []byte(b.String()))
}
