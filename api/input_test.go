package api

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/contracts"
)

// inputEcho is echo with checkInput in front of a handler that decodes the
// body as decodeBody does, and the server's problem rendering: the input
// rules without a chain.
func inputEcho() *echo.Echo {
	e := echo.New()
	s := &Server{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	e.HTTPErrorHandler = s.handleError
	e.Pre(checkInput)
	h := func(c echo.Context) error {
		if c.Request().ContentLength == 0 {
			return c.NoContent(http.StatusOK)
		}
		var v map[string]any
		if err := decodeBody(c, &v); err != nil {
			return err
		}
		return c.NoContent(http.StatusOK)
	}
	e.POST("/w", h)
	e.GET("/r", h)
	return e
}

func TestInputLimits(t *testing.T) {
	huge := strings.Repeat("Z", 100<<10)
	over := func(n int) string { return strings.Repeat("1", n+1) }
	for _, tt := range []struct {
		name, method, target, ct, body string
		header                         [2]string
		status                         int
		typ                            string
		detail                         []string // substrings the detail must hold
	}{
		{"json", "POST", "/w", "application/json", `{"gpu_model":"H100"}`, [2]string{}, 200, "", nil},
		{"json utf-8", "POST", "/w", "application/json; charset=UTF-8", `{}`, [2]string{}, 200, "", nil},
		{"no body, no type", "POST", "/w", "", "", [2]string{}, 200, "", nil},
		{"no body, any type", "POST", "/w", "text/plain", "", [2]string{}, 200, "", nil},
		{"body without type", "POST", "/w", "", `{}`, [2]string{}, 415, ProblemUnsupportedMediaType, []string{"application/json"}},
		{"form", "POST", "/w", "application/x-www-form-urlencoded", `{}`, [2]string{}, 415, ProblemUnsupportedMediaType, []string{"application/x-www-form-urlencoded"}},
		{"text", "POST", "/w", "text/plain", `{}`, [2]string{}, 415, ProblemUnsupportedMediaType, nil},
		{"latin1", "POST", "/w", "application/json; charset=latin1", `{}`, [2]string{}, 415, ProblemUnsupportedMediaType, []string{"charset=utf-8"}},
		{"huge type", "POST", "/w", huge, `{}`, [2]string{}, 415, ProblemUnsupportedMediaType, nil},
		{"huge gpu_model", "POST", "/w", "application/json", `{"gpu_model":"` + huge + `"}`, [2]string{}, 400, ProblemValidation,
			[]string{"gpu_model", strconv.Itoa(contracts.MaxGPUModelLen)}},
		{"location", "POST", "/w", "application/json", `{"location":"` + over(contracts.MaxLocationLen) + `"}`, [2]string{}, 400, ProblemValidation,
			[]string{"location", strconv.Itoa(contracts.MaxLocationLen)}},
		{"name", "POST", "/w", "application/json", `{"name":"` + over(accounts.MaxNameLen) + `"}`, [2]string{}, 400, ProblemValidation,
			[]string{"name", strconv.Itoa(accounts.MaxNameLen)}},
		{"amount", "POST", "/w", "application/json", `{"deposit":"` + over(MaxAmountLen) + `"}`, [2]string{}, 400, ProblemValidation,
			[]string{"deposit", strconv.Itoa(MaxAmountLen)}},
		{"nested", "POST", "/w", "application/json", `{"observations":[{"signature":"` + huge + `"}]}`, [2]string{}, 400, ProblemValidation,
			[]string{"observations[0].signature", strconv.Itoa(MaxSignatureLen)}},
		{"list", "POST", "/w", "application/json", `{"asset_ids":["1","` + over(MaxIDLen) + `"]}`, [2]string{}, 400, ProblemValidation,
			[]string{"asset_ids[1]", strconv.Itoa(MaxIDLen)}},
		{"other field", "POST", "/w", "application/json", `{"x":"` + over(MaxStringLen) + `"}`, [2]string{}, 400, ProblemValidation,
			[]string{"x", strconv.Itoa(MaxStringLen)}},
		{"key", "POST", "/w", "application/json", `{"` + huge + `":1}`, [2]string{}, 400, ProblemValidation, []string{"field name"}},
		{"number", "POST", "/w", "application/json", `{"gpu_count":1` + strings.Repeat("0", 5000) + `}`, [2]string{}, 400, ProblemValidation,
			[]string{"gpu_count", strconv.Itoa(MaxNumberLen)}},
		{"malformed huge", "POST", "/w", "application/json", `{"a":"` + huge, [2]string{}, 400, ProblemValidation, nil},
		{"idempotency key", "POST", "/w", "application/json", `{}`, [2]string{"Idempotency-Key", over(MaxIdempotencyKeyLen)}, 400, ProblemValidation,
			[]string{"Idempotency-Key", strconv.Itoa(MaxIdempotencyKeyLen)}},
		{"query gpu_model", "GET", "/r?gpu_model=" + over(contracts.MaxGPUModelLen), "", "", [2]string{}, 400, ProblemValidation,
			[]string{"gpu_model", strconv.Itoa(contracts.MaxGPUModelLen)}},
		{"query other", "GET", "/r?x=" + huge, "", "", [2]string{}, 400, ProblemValidation, []string{`parameter \"x\"`, strconv.Itoa(MaxStringLen)}},
		{"query at limit", "GET", "/r?gpu_model=" + strings.Repeat("1", contracts.MaxGPUModelLen), "", "", [2]string{}, 200, "", nil},
		{"path", "GET", "/r/" + huge, "", "", [2]string{}, 400, ProblemValidation, []string{"path", strconv.Itoa(MaxPathLen)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var body io.Reader
			if tt.body != "" {
				body = strings.NewReader(tt.body)
			}
			req := httptest.NewRequest(tt.method, tt.target, body)
			if tt.ct != "" {
				req.Header.Set("Content-Type", tt.ct)
			}
			if tt.header[0] != "" {
				req.Header.Set(tt.header[0], tt.header[1])
			}
			rec := httptest.NewRecorder()
			inputEcho().ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("%d %.300s, want %d", rec.Code, rec.Body, tt.status)
			}
			if tt.status == 200 {
				return
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/problem+json") {
				t.Fatalf("content type %q", ct)
			}
			out := rec.Body.String()
			if !strings.Contains(out, `"type":"`+tt.typ+`"`) {
				t.Fatalf("%.300s, want type %s", out, tt.typ)
			}
			for _, want := range tt.detail {
				if !strings.Contains(out, want) {
					t.Errorf("%.300s does not name %q", out, want)
				}
			}
			if len(out) > 1024 {
				t.Errorf("the problem is %d bytes: it quotes the input", len(out))
			}
		})
	}
}

func TestAssetSpecTextLimits(t *testing.T) {
	spec := exampleAsset()
	spec.CommissionedAt = time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	spec.GPUModel = strings.Repeat("m", contracts.MaxGPUModelLen)
	spec.Location = strings.Repeat("l", contracts.MaxLocationLen)
	if err := spec.Validate(); err != nil {
		t.Fatalf("at the limits: %v", err)
	}
	for _, bad := range []struct{ model, location, want string }{
		{strings.Repeat("m", contracts.MaxGPUModelLen+1), "US", "gpu_model is 65 bytes long; at most 64"},
		{"H100", strings.Repeat("l", contracts.MaxLocationLen+1), "location is 33 bytes long; at most 32"},
		{"H100\x00", "US", "gpu_model holds a control character"},
		{"H100", "US\xff", "location is not valid UTF-8"},
		{"", "US", "gpu_model is required"},
	} {
		s := spec
		s.GPUModel, s.Location = bad.model, bad.location
		err := s.Validate()
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%q/%q: %v, want %q", bad.model, bad.location, err, bad.want)
		}
		if err != nil && strings.Contains(err.Error(), strings.Repeat("m", 20)) {
			t.Errorf("the error quotes the value: %v", err)
		}
	}
}

// TestOversizedInputOnChain: through the real server, an oversized asset
// field is a 400 naming the field and its limit with no transaction, a field
// at its limit is tokenized, a body-less write needs no Content-Type, and a
// 415 is not stored under its Idempotency-Key.
func TestOversizedInputOnChain(t *testing.T) {
	logs := captureLog(t)
	e := newAPIEnv(t)
	opKey, _ := e.account("operator", "op")
	renterKey, renterAddr := e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})
	head := func() uint64 {
		n, err := e.svc.Chain.Client().BlockNumber(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	asset := func(field, v string) map[string]any {
		b := map[string]any{}
		for k, x := range h100 {
			b[k] = x
		}
		b[field] = v
		return b
	}
	before := head()
	for field, limit := range map[string]int{"gpu_model": contracts.MaxGPUModelLen, "location": contracts.MaxLocationLen} {
		for _, n := range []int{limit + 1, 100 << 10} {
			p := e.problem(400, ProblemValidation, "POST", "/v1/assets", opKey, asset(field, strings.Repeat("Z", n)))
			if !strings.Contains(p.Detail, field) || !strings.Contains(p.Detail, strconv.Itoa(limit)) || len(p.Detail) > 200 {
				t.Errorf("%s of %d bytes: %q", field, n, p.Detail)
			}
		}
	}
	p := e.problem(400, ProblemValidation, "POST", "/v1/accounts", e.admin, map[string]any{"role": "renter", "name": strings.Repeat("n", accounts.MaxNameLen+1)})
	if !strings.Contains(p.Detail, "name") || !strings.Contains(p.Detail, strconv.Itoa(accounts.MaxNameLen)) {
		t.Errorf("long name: %q", p.Detail)
	}
	if after := head(); after != before {
		t.Fatalf("refused requests sealed %d block(s)", after-before)
	}
	if logs.longRun() {
		t.Fatal("the log holds an oversized input whole")
	}

	b := asset("gpu_model", strings.Repeat("M", contracts.MaxGPUModelLen))
	b["location"] = strings.Repeat("L", contracts.MaxLocationLen)
	if a := e.must(201, "POST", "/v1/assets", opKey, b); a["gpu_model"] != b["gpu_model"] || a["location"] != b["location"] {
		t.Fatalf("asset at the limits: %v", a)
	}
	e.must(201, "POST", "/v1/assets/1/listings", opKey, map[string]any{"gpus": 8, "price_per_gpu_hour": "2.50",
		"min_hours": 1, "max_hours": 720, "sla_availability_bps": 9900, "credit_bps": 1000})

	lease := map[string]any{"listing_id": "1", "gpus": 1, "hours": 1, "deposit": "2.50"}
	r := e.do("POST", "/v1/leases", renterKey, mustJSON(lease), "Content-Type", "text/plain", "Idempotency-Key", "k1")
	if r.status != 415 || r.problem.Type != ProblemUnsupportedMediaType {
		t.Fatalf("text/plain lease: %d %s", r.status, r.body)
	}
	r = e.do("POST", "/v1/leases", renterKey, lease, "Idempotency-Key", "k1")
	if r.status != 201 || r.header.Get("Idempotency-Replayed") != "" {
		t.Fatalf("the same key after a 415: %d %s (replayed %q)", r.status, r.body, r.header.Get("Idempotency-Replayed"))
	}
	// settle takes no body: no Content-Type needed.
	e.must(200, "POST", "/v1/leases/1/settle", renterKey, nil, "Content-Type", "")
}
