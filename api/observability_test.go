package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/prometheus/client_golang/prometheus/testutil/promlint"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/internal/servicetest"
	"github.com/gpuledger/gpuledger/service"
)

// TestMetricsPromlint scrapes /metrics of a real server after real traffic
// (accounts, an asset, a lease sent with an Idempotency-Key and replayed, a
// lease the contract refuses, a settlement, keeper passes) and checks the
// body the way `promtool check metrics` does (promlint), every metric's
// type, and the business figures read from the mirror.
func TestMetricsPromlint(t *testing.T) {
	e := newAPIEnv(t)
	opKey, _ := e.account("operator", "op")
	renterKey, renterAddr := e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})
	e.must(201, "POST", "/v1/assets", opKey, h100)
	e.must(201, "POST", "/v1/assets/1/listings", opKey, map[string]any{"gpus": 8, "price_per_gpu_hour": "2.50",
		"min_hours": 1, "max_hours": 24, "sla_availability_bps": 9900, "credit_bps": 1000})
	lease := map[string]any{"listing_id": "1", "gpus": 4, "hours": 3, "deposit": "30"}
	e.must(201, "POST", "/v1/leases", renterKey, lease, "Idempotency-Key", "metrics-lease")
	if r := e.do("POST", "/v1/leases", renterKey, lease, "Idempotency-Key", "metrics-lease"); r.header.Get("Idempotency-Replayed") != "true" {
		t.Fatalf("retry not replayed: %d %s", r.status, r.body)
	}
	// The operator may close only an overdrawn lease: the contract refuses
	// it at estimation.
	e.problem(422, ProblemChainReverted, "POST", "/v1/leases/1/close", opKey, nil)
	if err := e.svc.Chain.(*chain.Embedded).AdjustTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	settled := e.must(200, "POST", "/v1/leases/1/settle", renterKey, nil)
	e.srv.KeeperPass(service.TickResult{Open: 1, Settled: 2, Closed: 1}, 40*time.Millisecond, nil)
	e.srv.KeeperPass(service.TickResult{}, 10*time.Millisecond, errors.New("node away"))

	r := e.do("GET", "/metrics", "", nil)
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/plain") {
		t.Fatalf("/metrics: %d %s", r.status, r.header.Get("Content-Type"))
	}
	problems, err := promlint.New(bytes.NewReader(r.body)).Lint()
	if err != nil {
		t.Fatalf("promlint cannot read /metrics: %v\n%s", err, r.body)
	}
	for _, p := range problems {
		t.Errorf("promlint: %s: %s", p.Metric, p.Text)
	}

	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(bytes.NewReader(r.body))
	if err != nil {
		t.Fatal(err)
	}
	for name, typ := range map[string]dto.MetricType{
		"go_goroutines":                                   dto.MetricType_GAUGE,
		"go_build_info":                                   dto.MetricType_GAUGE,
		"process_cpu_seconds_total":                       dto.MetricType_COUNTER,
		"gpuledger_build_info":                            dto.MetricType_GAUGE,
		"gpuledger_http_requests_total":                   dto.MetricType_COUNTER,
		"gpuledger_http_request_duration_seconds":         dto.MetricType_HISTOGRAM,
		"gpuledger_chain_transactions_total":              dto.MetricType_COUNTER,
		"gpuledger_idempotent_replays_total":              dto.MetricType_COUNTER,
		"gpuledger_keeper_passes_total":                   dto.MetricType_COUNTER,
		"gpuledger_keeper_pass_duration_seconds":          dto.MetricType_HISTOGRAM,
		"gpuledger_keeper_leases_total":                   dto.MetricType_COUNTER,
		"gpuledger_keeper_lag_seconds":                    dto.MetricType_GAUGE,
		"gpuledger_keeper_last_success_timestamp_seconds": dto.MetricType_GAUGE,
		"gpuledger_leases_open":                           dto.MetricType_GAUGE,
		"gpuledger_escrow_held":                           dto.MetricType_GAUGE,
		"gpuledger_revenue_released_total":                dto.MetricType_COUNTER,
		"gpuledger_revenue_claimed_total":                 dto.MetricType_COUNTER,
		"gpuledger_revenue_claimable":                     dto.MetricType_GAUGE,
		"gpuledger_oracle_epochs_reported":                dto.MetricType_GAUGE,
		"gpuledger_oracle_epochs_missing":                 dto.MetricType_GAUGE,
		"gpuledger_mirror_block":                          dto.MetricType_GAUGE,
		"gpuledger_chain_head_block":                      dto.MetricType_GAUGE,
		"gpuledger_mirror_lag_blocks":                     dto.MetricType_GAUGE,
		"gpuledger_mirror_step_failed":                    dto.MetricType_GAUGE,
		"gpuledger_mirror_reorgs_total":                   dto.MetricType_COUNTER,
	} {
		f, ok := families[name]
		if !ok {
			t.Errorf("/metrics has no %s", name)
			continue
		}
		if f.GetType() != typ {
			t.Errorf("%s is a %s, want %s", name, f.GetType(), typ)
		}
	}

	value := func(name string, labels ...string) float64 {
		t.Helper()
	next:
		for _, m := range families[name].GetMetric() {
			for i := 0; i+1 < len(labels); i += 2 {
				found := false
				for _, l := range m.GetLabel() {
					found = found || (l.GetName() == labels[i] && l.GetValue() == labels[i+1])
				}
				if !found {
					continue next
				}
			}
			switch {
			case m.Counter != nil:
				return m.Counter.GetValue()
			case m.Gauge != nil:
				return m.Gauge.GetValue()
			case m.Histogram != nil:
				return float64(m.Histogram.GetSampleCount())
			}
		}
		t.Errorf("no %s%v", name, labels)
		return -1
	}
	escrow := settled["escrow"].(string)
	released := settled["released"].(string)
	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"gpuledger_leases_open", []string{"status", "active"}, 1},
		{"gpuledger_leases_open", []string{"status", "overdrawn"}, 0},
		{"gpuledger_escrow_held", nil, parseFloat(t, escrow)},
		{"gpuledger_revenue_released_total", []string{"asset", "1"}, parseFloat(t, released)},
		{"gpuledger_revenue_claimed_total", []string{"asset", "1"}, 0},
		{"gpuledger_chain_transactions_total", []string{"route", "/v1/leases", "outcome", "mined"}, 1},
		{"gpuledger_chain_transactions_total", []string{"route", "/v1/leases/:id/close", "outcome", "refused"}, 1},
		{"gpuledger_chain_transactions_total", []string{"route", "/v1/leases/:id/settle", "outcome", "mined"}, 1},
		{"gpuledger_idempotent_replays_total", []string{"route", "/v1/leases", "kind", "replayed"}, 1},
		{"gpuledger_http_requests_total", []string{"method", "POST", "route", "/v1/leases/:id/close", "status", "422"}, 1},
		{"gpuledger_http_request_duration_seconds", []string{"method", "POST", "route", "/v1/leases"}, 2},
		{"gpuledger_keeper_passes_total", []string{"result", "ok"}, 1},
		{"gpuledger_keeper_passes_total", []string{"result", "error"}, 1},
		{"gpuledger_keeper_leases_total", []string{"action", "settled"}, 2},
		{"gpuledger_keeper_pass_duration_seconds", nil, 2},
		{"gpuledger_mirror_step_failed", nil, 0},
	} {
		if got := value(c.name, c.labels...); got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
		}
	}
	if v := value("gpuledger_revenue_released_total", "asset", "1"); v <= 0 {
		t.Errorf("nothing released after an hour of a lease: %v", v)
	}
	if v := value("gpuledger_mirror_block"); v <= 0 {
		t.Errorf("mirror block %v", v)
	}

	// A second server in the same process has a registry of its own.
	other := New(e.svc, slog.New(slog.DiscardHandler))
	if other.Registry() == e.srv.Registry() {
		t.Fatal("two servers share a registry")
	}
}

func parseFloat(t *testing.T, s string) float64 {
	t.Helper()
	var f float64
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return f
}

// syncBuffer is a log sink that tests read while the server writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

// lines parses every JSON line written so far.
func (b *syncBuffer) lines(t *testing.T) []map[string]any {
	t.Helper()
	b.mu.Lock()
	raw := b.b.String()
	b.mu.Unlock()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(raw), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("log line is not JSON: %v\n%s", err, line)
		}
		out = append(out, m)
	}
	return out
}

// accessLine waits for the access log line of request id (it is written
// once the answer is out, so it may follow the response by a moment).
func (b *syncBuffer) accessLine(t *testing.T, id string) map[string]any {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		var found []map[string]any
		for _, l := range b.lines(t) {
			if l["msg"] == "request" && l["request_id"] == id {
				found = append(found, l)
			}
		}
		switch {
		case len(found) > 1:
			t.Fatalf("%d access lines for request %s", len(found), id)
		case len(found) == 1:
			return found[0]
		case time.Now().After(deadline):
			t.Fatalf("no access line for request %s", id)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestAccessLogJSON runs a real server logging JSON into a buffer, makes
// requests that succeed, fail with 4xx, and fail with 5xx (an unknown error,
// a panic, the chain gone), and parses the lines back: one per request,
// with request_id equal to X-Request-Id and to the problem's instance, the
// method, route template, status, latency, principal and role; 4xx at INFO,
// 5xx at ERROR with the cause, which is logged once and never answered.
func TestAccessLogJSON(t *testing.T) {
	dir := t.TempDir()
	svc := servicetest.Open(t, dir, service.Config{})
	key, err := os.ReadFile(filepath.Join(dir, "admin.key"))
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	srv := New(svc, slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	const secret = "boom: internal state 0xdeadbeef"
	srv.echo.GET("/test/fail", func(echo.Context) error { return errors.New(secret) })
	srv.echo.GET("/test/panic", func(echo.Context) error { panic("kaboom") })
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	e := &apiEnv{t: t, svc: svc, srv: srv, base: "http://" + l.Addr().String(), admin: strings.TrimSpace(string(key))}
	adminAddr, err := svc.Accounts.Authenticate(e.admin)
	if err != nil {
		t.Fatal(err)
	}

	type want struct {
		method, path, key string
		body              any
		headers           []string
		status            int
		route, level      string
		problem           string
	}
	cases := []want{
		{method: "GET", path: "/v1/assets", status: 200, route: "/v1/assets", level: "INFO"},
		// Probes that succeed are logged at DEBUG.
		{method: "GET", path: "/healthz", status: 200, route: "/healthz", level: "DEBUG"},
		{method: "GET", path: "/v1/assets/42", status: 404, route: "/v1/assets/:id", level: "INFO", problem: ProblemNotFound},
		{method: "POST", path: "/v1/leases", body: map[string]any{}, status: 401, route: "/v1/leases", level: "INFO", problem: ProblemUnauthorized},
		{method: "POST", path: "/v1/faucet", key: e.admin, body: map[string]any{"address": "nope", "amount": "1"}, status: 400,
			route: "/v1/faucet", level: "INFO", problem: ProblemValidation},
		{method: "GET", path: "/no/such/route", status: 404, route: "unmatched", level: "INFO", problem: ProblemNotFound},
		// Refused before routing (checkInput): still an id and a line.
		{method: "POST", path: "/v1/leases", body: "<x/>", headers: []string{"Content-Type", "text/xml"}, status: 415,
			route: "unmatched", level: "INFO", problem: ProblemUnsupportedMediaType},
		{method: "GET", path: "/v1/assets", headers: []string{"X-Request-Id", "lb-7f3a.42"}, status: 200, route: "/v1/assets", level: "INFO"},
		{method: "GET", path: "/v1/assets", headers: []string{"X-Request-Id", `forged" level=ERROR`}, status: 200, route: "/v1/assets", level: "INFO"},
		{method: "GET", path: "/test/fail", status: 500, route: "/test/fail", level: "ERROR", problem: ProblemInternal},
		{method: "GET", path: "/test/panic", status: 500, route: "/test/panic", level: "ERROR", problem: ProblemInternal},
	}
	check := func(c want) {
		t.Helper()
		r := e.do(c.method, c.path, c.key, c.body, c.headers...)
		if r.status != c.status {
			t.Fatalf("%s %s: %d %s, want %d", c.method, c.path, r.status, r.body, c.status)
		}
		id := r.header.Get("X-Request-Id")
		if id == "" || !validRequestID(id) {
			t.Fatalf("%s %s: X-Request-Id %q", c.method, c.path, id)
		}
		if len(c.headers) == 2 && c.headers[0] == "X-Request-Id" {
			if keep := validRequestID(c.headers[1]); keep != (id == c.headers[1]) {
				t.Errorf("client's X-Request-Id %q: answered %q", c.headers[1], id)
			}
		}
		if c.problem != "" {
			if r.problem.Instance != id || r.problem.Type != c.problem {
				t.Errorf("%s %s: problem %+v, want instance %s type %s", c.method, c.path, r.problem, id, c.problem)
			}
			if strings.Contains(string(r.body), "deadbeef") || strings.Contains(string(r.body), "kaboom") {
				t.Errorf("%s %s: the answer leaks the cause: %s", c.method, c.path, r.body)
			}
		}
		line := logs.accessLine(t, id)
		if line["method"] != c.method || line["route"] != c.route || line["path"] != c.path ||
			line["status"] != float64(c.status) || line["level"] != c.level {
			t.Errorf("%s %s: access line %v", c.method, c.path, line)
		}
		if lat, ok := line["latency"].(float64); !ok || lat <= 0 {
			t.Errorf("%s %s: latency %v", c.method, c.path, line["latency"])
		}
		if c.problem != "" && line["problem"] != c.problem {
			t.Errorf("%s %s: problem %v in the log, want %s", c.method, c.path, line["problem"], c.problem)
		}
		if c.key != "" && (line["principal"] != adminAddr.Address.Hex() || line["role"] != "admin") {
			t.Errorf("%s %s: principal %v role %v", c.method, c.path, line["principal"], line["role"])
		}
		if c.key == "" && line["principal"] != nil {
			t.Errorf("%s %s: principal %v without a key", c.method, c.path, line["principal"])
		}
		if c.status >= 500 {
			if cause, _ := line["err"].(string); cause == "" {
				t.Errorf("%s %s: 5xx logged without its cause: %v", c.method, c.path, line)
			}
		} else if line["err"] != nil {
			t.Errorf("%s %s: a %d logged an error: %v", c.method, c.path, c.status, line["err"])
		}
	}
	for _, c := range cases {
		check(c)
	}
	var boom, kaboom int
	for _, l := range logs.lines(t) {
		s, _ := json.Marshal(l)
		boom += strings.Count(string(s), "deadbeef")
		kaboom += strings.Count(string(s), "kaboom")
	}
	if boom != 1 || kaboom != 1 {
		t.Errorf("the causes are logged %d and %d times, want once each", boom, kaboom)
	}

	// With the chain gone, readiness is a 503 whose cause is in the log.
	svc.Chain.Close()
	check(want{method: "GET", path: "/readyz", status: 503, route: "/readyz", level: "ERROR", problem: ProblemChainUnavailable})
}
