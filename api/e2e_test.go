package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/internal/openapitest"
	"github.com/gpuledger/gpuledger/internal/servicetest"
	"github.com/gpuledger/gpuledger/internal/tokentest"
	"github.com/gpuledger/gpuledger/service"
)

// apiEnv is the real service on a temp data dir (embedded chain sealing a
// block per transaction) behind the real echo server on a loopback port.
type apiEnv struct {
	t     testing.TB
	svc   *service.Service
	srv   *Server
	base  string
	admin string // admin API key
	// client checks every exchange against the OpenAPI document
	// (openapitest.Transport): a request or answer that disagrees with it
	// fails the test that made it.
	client *http.Client
}

func newAPIEnv(t testing.TB) *apiEnv {
	t.Helper()
	return newAPIEnvIn(t, t.TempDir(), service.Config{})
}

// newAPIEnvIn serves a service opened with cfg in data dir dir.
func newAPIEnvIn(t testing.TB, dir string, cfg service.Config) *apiEnv {
	t.Helper()
	return serveAPI(t, servicetest.Open(t, dir, cfg), dir, Options{})
}

// serveAPI serves svc, whose data dir is dir, on a loopback port until the test ends.
func serveAPI(t testing.TB, svc *service.Service, dir string, opts Options) *apiEnv {
	t.Helper()
	key, err := os.ReadFile(filepath.Join(dir, "admin.key"))
	if err != nil {
		t.Fatalf("admin key not written on first start: %v", err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := New(svc, nil, opts)
	go srv.Serve(l)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	base := "http://" + l.Addr().String()
	return &apiEnv{t: t, svc: svc, srv: srv, base: base, admin: strings.TrimSpace(string(key)), client: validatingClient(t, base)}
}

// validatingClient is an HTTP client whose every exchange with the server
// at base is checked against the API's OpenAPI document.
func validatingClient(t testing.TB, base string) *http.Client {
	t.Helper()
	doc, err := Document()
	if err != nil {
		t.Fatal(err)
	}
	tr, err := openapitest.NewTransport(doc, base)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Transport: tr}
}

type reply struct {
	status  int
	header  http.Header
	body    []byte
	json    map[string]any
	problem Problem
}

// do sends a request; body may be a string (sent as is) or a value (JSON).
func (e *apiEnv) do(method, path, key string, body any, headers ...string) reply {
	e.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			e.t.Fatal(err)
		}
		rd = bytes.NewReader(raw)
	}
	req, err := http.NewRequest(method, e.base+path, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i+1] == "" {
			req.Header.Del(headers[i]) // "" sends no such header
			continue
		}
		req.Header.Set(headers[i], headers[i+1])
	}
	client := e.client
	if client == nil { // an env built by hand, with routes of its own (observability_test.go)
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	r := reply{status: resp.StatusCode, header: resp.Header}
	r.body, _ = io.ReadAll(resp.Body)
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/problem+json") {
		if err := json.Unmarshal(r.body, &r.problem); err != nil {
			e.t.Fatalf("%s %s: bad problem %s", method, path, r.body)
		}
	} else if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		json.Unmarshal(r.body, &r.json)
	}
	return r
}

// must sends a request that must answer want.
func (e *apiEnv) must(want int, method, path, key string, body any, headers ...string) map[string]any {
	e.t.Helper()
	r := e.do(method, path, key, body, headers...)
	if r.status != want {
		e.t.Fatalf("%s %s: %d %s, want %d", method, path, r.status, r.body, want)
	}
	return r.json
}

// problem sends a request that must fail with the given status and type.
func (e *apiEnv) problem(status int, typ, method, path, key string, body any) Problem {
	e.t.Helper()
	r := e.do(method, path, key, body)
	if r.status != status || r.problem.Type != typ || r.problem.Status != status ||
		!strings.HasPrefix(r.header.Get("Content-Type"), "application/problem+json") {
		e.t.Fatalf("%s %s: %d %s, want %d %s", method, path, r.status, r.body, status, typ)
	}
	return r.problem
}

func (e *apiEnv) account(role, name string) (key, addr string) {
	e.t.Helper()
	out := e.must(201, "POST", "/v1/accounts", e.admin, map[string]any{"role": role, "name": name})
	return out["api_key"].(string), out["address"].(string)
}

var h100 = map[string]any{
	"gpu_model": "H100-SXM5-80GB", "gpu_count": 8, "rated_power_w": 10200, "location": "US-TX-1",
	"commissioned_at": "2026-01-15T00:00:00Z", "book_value": "280000", "useful_life_months": 48, "shares": "1000000",
}

func TestAPIOperatorsAndRenters(t *testing.T) {
	e := newAPIEnv(t)
	opKey, opAddr := e.account("operator", "acme-cloud")
	otherOp, _ := e.account("operator", "rival")
	renterKey, renterAddr := e.account("renter", "lab")
	otherRenter, _ := e.account("renter", "lab2")

	// Roles: no key, wrong role.
	e.problem(401, ProblemUnauthorized, "POST", "/v1/accounts", "", map[string]any{"role": "renter", "name": "x"})
	e.problem(403, ProblemForbidden, "POST", "/v1/accounts", renterKey, map[string]any{"role": "renter", "name": "x"})
	e.problem(401, ProblemUnauthorized, "POST", "/v1/assets", "gpl_nope", h100)
	e.problem(403, ProblemForbidden, "POST", "/v1/assets", renterKey, h100)
	e.problem(400, ProblemValidation, "POST", "/v1/accounts", e.admin, map[string]any{"role": "pilot", "name": "x"})

	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "5000"})
	e.problem(400, ProblemValidation, "POST", "/v1/faucet", e.admin, map[string]any{"address": "0x12", "amount": "1"})

	// Tokenize, with every kind of bad body refused first.
	for _, bad := range []any{
		`{"gpu_model": "H100"`, // malformed
		`[1,2]`,                // not an object
		`{"gpu_model":"H100","gpu_count":8,"bogus":1}`,                         // unknown field
		strings.Replace(mustJSON(h100), `"gpu_count":8`, `"gpu_count":"8"`, 1), // wrong type
		strings.Replace(mustJSON(h100), `"280000"`, `"280000.0000001"`, 1),     // 7 decimals
		strings.Replace(mustJSON(h100), `"280000"`, `"-1"`, 1),                 // negative
		strings.Replace(mustJSON(h100), `"gpu_count":8`, `"gpu_count":0`, 1),   // zero GPUs
		strings.Replace(mustJSON(h100), `"1000000"`, `"0"`, 1),                 // zero shares
		strings.Replace(mustJSON(h100), `"useful_life_months":48`, `"useful_life_months":0`, 1),
		``, // empty
	} {
		e.problem(400, ProblemValidation, "POST", "/v1/assets", opKey, bad)
	}
	e.problem(413, ProblemValidation, "POST", "/v1/assets", opKey, `{"gpu_model":"`+strings.Repeat("x", 2<<20)+`"}`)
	if list := e.must(200, "GET", "/v1/assets", "", nil); len(list["assets"].([]any)) != 0 {
		t.Fatalf("refused bodies created assets: %v", list)
	}

	asset := e.must(201, "POST", "/v1/assets", opKey, h100)
	if asset["id"] != "1" || asset["operator"] != opAddr || asset["tx_hash"] == nil || asset["block"] == nil {
		t.Fatalf("asset: %v", asset)
	}
	e.problem(404, ProblemNotFound, "GET", "/v1/assets/9", "", nil)
	e.problem(400, ProblemValidation, "GET", "/v1/assets/abc", "", nil)
	e.problem(400, ProblemValidation, "GET", "/v1/assets/0", "", nil)
	e.problem(404, ProblemNotFound, "GET", "/v1/nothing", "", nil)
	if got := e.must(200, "GET", "/v1/assets/1", "", nil); got["book_value"] != "280000.00" || got["shares"] != "1000000" {
		t.Errorf("GET asset: %v", got)
	}
	if ready := e.must(200, "GET", "/readyz", "", nil); ready["status"] != "ready" {
		t.Errorf("readyz: %v", ready)
	}

	listingBody := map[string]any{"gpus": 8, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 720,
		"sla_availability_bps": 9900, "credit_bps": 1000}
	e.problem(403, ProblemForbidden, "POST", "/v1/assets/1/listings", otherOp, listingBody)
	listing := e.must(201, "POST", "/v1/assets/1/listings", opKey, listingBody)
	if listing["id"] != "1" || listing["asset_id"] != "1" || listing["price_per_gpu_hour"] != "2.50" {
		t.Fatalf("listing: %v", listing)
	}
	e.problem(403, ProblemForbidden, "PATCH", "/v1/listings/1", otherOp, map[string]any{"price_per_gpu_hour": "3"})
	e.problem(400, ProblemValidation, "PATCH", "/v1/listings/1", opKey, map[string]any{})
	if l := e.must(200, "PATCH", "/v1/listings/1", opKey, map[string]any{"price_per_gpu_hour": "2.40"}); l["price_per_gpu_hour"] != "2.40" {
		t.Fatalf("patched listing: %v", l)
	}
	for q, n := range map[string]int{"": 1, "?gpu_model=h100-sxm5-80gb": 1, "?gpu_model=B200": 0, "?max_price=2": 0,
		"?max_price=2.40": 1, "?min_free_gpus=9": 0, "?asset=1": 1, "?asset=2": 0} {
		if got := e.must(200, "GET", "/v1/listings"+q, "", nil)["listings"].([]any); len(got) != n {
			t.Errorf("listings%s: %d, want %d", q, len(got), n)
		}
	}
	e.problem(400, ProblemValidation, "GET", "/v1/listings?max_price=abc", "", nil)

	// Lease, with the idempotency key making a retry harmless.
	leaseBody := map[string]any{"listing_id": "1", "gpus": 6, "hours": 2, "deposit": "14.40"}
	e.problem(400, ProblemValidation, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 0, "hours": 2, "deposit": "28.80"})
	e.problem(400, ProblemValidation, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 6, "hours": 999, "deposit": "28.80"})
	e.problem(404, ProblemNotFound, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "7", "gpus": 6, "hours": 2, "deposit": "28.80"})
	e.problem(400, ProblemValidation, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 6, "hours": 2, "deposit": "28.8000001"})
	first := e.do("POST", "/v1/leases", renterKey, leaseBody, "Idempotency-Key", "lease-1")
	again := e.do("POST", "/v1/leases", renterKey, leaseBody, "Idempotency-Key", "lease-1")
	if first.status != 201 || again.status != 201 || !bytes.Equal(first.body, again.body) || again.header.Get("Idempotency-Replayed") != "true" {
		t.Fatalf("idempotent retry: %d %s / %d %s", first.status, first.body, again.status, again.body)
	}
	lease := first.json
	if lease["id"] != "1" || lease["deposit"] != "14.40" || lease["status"] != "active" || lease["renter"] != renterAddr ||
		lease["runway_hours"] != "1.00" {
		t.Fatalf("lease: %v", lease)
	}
	if n, _ := e.svc.Market.LeaseCount(context.Background()); n != 1 {
		t.Fatalf("%d leases after an idempotent retry", n)
	}
	conflict := e.do("POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 1, "hours": 2, "deposit": "4.80"}, "Idempotency-Key", "lease-1")
	if conflict.status != 409 || conflict.problem.Type != ProblemConflict {
		t.Fatalf("same key, other body: %d %s", conflict.status, conflict.body)
	}

	// Ownership: another renter can neither see nor touch the lease.
	e.problem(403, ProblemForbidden, "GET", "/v1/leases/1", otherRenter, nil)
	e.problem(403, ProblemForbidden, "POST", "/v1/leases/1/close", otherRenter, nil)
	e.problem(403, ProblemForbidden, "POST", "/v1/leases/1/topup", otherRenter, map[string]any{"amount": "1"})
	if got := e.must(200, "GET", "/v1/leases", otherRenter, nil)["leases"].([]any); len(got) != 0 {
		t.Errorf("another renter lists %d leases", len(got))
	}
	if got := e.must(200, "GET", "/v1/leases", opKey, nil)["leases"].([]any); len(got) != 1 {
		t.Errorf("operator lists %d leases of its asset", len(got))
	}
	if got := e.must(200, "GET", "/v1/leases?status=ended", renterKey, nil)["leases"].([]any); len(got) != 0 {
		t.Errorf("ended filter: %d", len(got))
	}
	e.problem(400, ProblemValidation, "GET", "/v1/leases?status=sleeping", renterKey, nil)

	// Capacity: 2 GPUs are left, 3 are refused.
	e.problem(400, ProblemValidation, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 3, "hours": 1, "deposit": "7.20"})

	// The operator may not close a funded lease: the contract says why.
	p := e.problem(422, ProblemChainReverted, "POST", "/v1/leases/1/close", opKey, nil)
	if p.Revert == nil || p.Revert.Error != "NotOverdrawn" {
		t.Fatalf("operator close: %+v", p)
	}

	if err := e.svc.Chain.(*chain.Embedded).AdjustTime(30 * time.Minute); err != nil {
		t.Fatal(err)
	}
	topped := e.must(200, "POST", "/v1/leases/1/topup", renterKey, map[string]any{"amount": "0.000001"})
	if topped["deposit"] != "14.400001" {
		t.Fatalf("topup: %v", topped)
	}
	settled := e.must(200, "POST", "/v1/leases/1/settle", renterKey, nil)
	if settled["released"] == "0.00" {
		t.Fatalf("settle released nothing: %v", settled)
	}
	closed := e.must(200, "POST", "/v1/leases/1/close", renterKey, nil)
	if closed["status"] != "ended" || closed["close_reason"] != "closed_by_renter" {
		t.Fatalf("close: %v", closed)
	}
	got := e.must(200, "GET", "/v1/leases/1", renterKey, nil)
	if got["escrow"] != "0.00" || got["next_settlement"] != nil {
		t.Fatalf("closed lease: %v", got)
	}
}

// TestOpenAPIMatchesRoutes checks the document lists exactly what echo serves.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	e := newAPIEnv(t)
	doc := e.must(200, "GET", "/v1/openapi.json", "", nil)
	var documented []string
	for path, ops := range doc["paths"].(map[string]any) {
		for method := range ops.(map[string]any) {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	var served []string
	for _, r := range e.srv.echo.Routes() {
		if strings.HasPrefix(r.Name, "github.com/labstack") { // echo's own catch-alls
			continue
		}
		served = append(served, r.Method+" "+openapiPath(r.Path))
	}
	sort.Strings(documented)
	sort.Strings(served)
	if strings.Join(documented, "\n") != strings.Join(served, "\n") {
		t.Fatalf("OpenAPI paths:\n%s\n\necho routes:\n%s", strings.Join(documented, "\n"), strings.Join(served, "\n"))
	}
	metrics := e.do("GET", "/metrics", "", nil)
	if !strings.Contains(string(metrics.body), `gpuledger_http_requests_total{method="GET",route="/v1/openapi.json",status="200"} 1`) {
		t.Fatalf("metrics:\n%s", metrics.body)
	}
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func TestAPIHoldersTransfersClaims(t *testing.T) {
	e := newAPIEnv(t)
	opKey, _ := e.account("operator", "acme-cloud")
	holderKey, holderAddr := e.account("holder", "fund")
	renterKey, renterAddr := e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})
	e.must(201, "POST", "/v1/assets", opKey, h100)
	e.must(201, "POST", "/v1/assets/1/listings", opKey, map[string]any{"gpus": 8, "price_per_gpu_hour": "2.50",
		"min_hours": 1, "max_hours": 24, "sla_availability_bps": 9900, "credit_bps": 1000})

	e.problem(400, ProblemValidation, "POST", "/v1/assets/1/transfers", holderKey, map[string]any{"to": holderAddr, "shares": "1"})
	e.problem(400, ProblemValidation, "POST", "/v1/assets/1/transfers", opKey, map[string]any{"to": "nope", "shares": "1"})
	e.problem(400, ProblemValidation, "POST", "/v1/assets/1/transfers", opKey, map[string]any{"to": holderAddr, "shares": 400000})
	e.must(200, "POST", "/v1/assets/1/transfers", opKey, map[string]any{"to": holderAddr, "shares": "400000"})

	e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 8, "hours": 2, "deposit": "40"})
	if err := e.svc.Chain.(*chain.Embedded).AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	settled := e.must(200, "POST", "/v1/leases/1/settle", holderKey, nil)
	if settled["released"] != "40.00" || settled["status"] != "ended" {
		t.Fatalf("settle: %v", settled)
	}

	h := e.must(200, "GET", "/v1/holders/"+holderAddr, "", nil)
	assets := h["assets"].([]any)
	if len(assets) != 1 {
		t.Fatalf("holder: %v", h)
	}
	pos := assets[0].(map[string]any)
	claimable := pos["claimable"].(string)
	if pos["shares"] != "400000" || claimable == "0.00" || pos["claimed"] != "0.00" {
		t.Fatalf("holding before claim: %v", pos)
	}
	claimed := e.must(200, "POST", "/v1/claims", holderKey, map[string]any{"asset_ids": []string{"1"}})
	if claimed["claimed"] != claimable {
		t.Fatalf("claimed %v, claimable was %s", claimed["claimed"], claimable)
	}
	pos = e.must(200, "GET", "/v1/holders/"+holderAddr, "", nil)["assets"].([]any)[0].(map[string]any)
	if pos["claimed"] != claimable || pos["claimable"] != "0.00" {
		t.Fatalf("holding after claim: %v", pos)
	}
	// A non-holder's claim pays nothing and is no error.
	if c := e.must(200, "POST", "/v1/claims", renterKey, map[string]any{"asset_ids": []string{"1"}}); c["claimed"] != "0.00" {
		t.Fatalf("non-holder claim: %v", c)
	}
	e.problem(404, ProblemNotFound, "POST", "/v1/claims", holderKey, map[string]any{"asset_ids": []string{"9"}})
	e.problem(400, ProblemValidation, "GET", "/v1/holders/0xzz", "", nil)
}

// TestAPIOracleAndAuditorRoutes covers the oracle's report route and the
// public reads auditors use: telemetry, revenue, yield, journal entries,
// reconcile, chain, metrics — and chain_unavailable once the chain is gone.
func TestAPIOracleAndAuditorRoutes(t *testing.T) {
	e := newAPIEnv(t)
	ctx := context.Background()
	opKey, opAddr := e.account("operator", "op")
	oracleKey, _ := e.account("oracle", "reporter-gateway")
	renterKey, renterAddr := e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})
	e.must(201, "POST", "/v1/assets", opKey, h100)
	e.must(201, "POST", "/v1/assets/1/listings", opKey, map[string]any{"gpus": 8, "price_per_gpu_hour": "2.50",
		"min_hours": 1, "max_hours": 24, "sla_availability_bps": 9900, "credit_bps": 1000})
	e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 8, "hours": 1, "deposit": "20"})
	if err := e.svc.Chain.(*chain.Embedded).AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	e.must(200, "POST", "/v1/leases/1/settle", renterKey, nil)

	// A reporter registered by the oracle admin (the operator cannot) signs
	// the last ended epoch; one reporter needs the quorum floor lowered to 1.
	reporter, _ := crypto.GenerateKey()
	op, err := e.svc.Transactor(common.HexToAddress(opAddr))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.Telemetry.AddReporter(ctx, op, 1, crypto.PubkeyToAddress(reporter.PublicKey)); err == nil {
		t.Fatal("the operator added a reporter of its own asset")
	}
	if _, err := e.svc.Telemetry.SetMinQuorum(ctx, e.svc.Admin, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.Telemetry.AddReporter(ctx, e.svc.Admin, 1, crypto.PubkeyToAddress(reporter.PublicKey)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.Telemetry.SetQuorum(ctx, e.svc.Admin, 1, 1); err != nil {
		t.Fatal(err)
	}
	head, _ := e.svc.Chain.Client().HeaderByNumber(ctx, nil)
	sched, err := e.svc.Telemetry.Schedule(ctx)
	if err != nil {
		t.Fatal(err)
	}
	epoch := sched.At(time.Unix(int64(head.Time), 0)) - 1
	obs := contracts.Observation{UtilisationBps: 8100, AvailabilityBps: 10000, EnergyWh: 5000, AvgPowerW: 5000}
	sig, err := crypto.Sign(e.svc.Telemetry.Domain(e.svc.Chain.ChainID()).Digest(1, epoch, obs).Bytes(), reporter)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	report := map[string]any{"asset_id": "1", "epoch": epoch, "observations": []map[string]any{{
		"utilisation_bps": 8100, "availability_bps": 10000, "energy_wh": 5000, "avg_power_w": 5000, "signature": hexutil.Encode(sig)}}}
	e.problem(403, ProblemForbidden, "POST", "/v1/oracle/reports", renterKey, report)
	e.problem(400, ProblemValidation, "POST", "/v1/oracle/reports", oracleKey, map[string]any{"asset_id": "1", "epoch": epoch, "observations": []any{}})
	e.must(201, "POST", "/v1/oracle/reports", oracleKey, report)
	replay := e.problem(422, ProblemChainReverted, "POST", "/v1/oracle/reports", oracleKey, report)
	if replay.Revert == nil || replay.Revert.Error != "EpochAlreadyReported" {
		t.Errorf("replayed report: %+v", replay)
	}

	tel := e.must(200, "GET", "/v1/assets/1/telemetry", "", nil)
	if epochs := tel["epochs"].([]any); len(epochs) != 1 || epochs[0].(map[string]any)["utilisation_bps"] != float64(8100) {
		t.Errorf("telemetry: %v", tel)
	}
	rev := e.must(200, "GET", "/v1/assets/1/revenue", "", nil)
	if rev["gross_revenue"].(map[string]any)["value"] != "20.00" {
		t.Errorf("revenue: %v", rev)
	}
	y := e.must(200, "GET", "/v1/assets/1/yield?from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z", "", nil)
	if y["energy_kwh"].(map[string]any)["value"] != "5" || len(y["gross_revenue"].(map[string]any)["evidence"].([]any)) == 0 {
		t.Errorf("yield: %v", y)
	}
	for name, answer := range map[string]map[string]any{"revenue": rev, "yield": y} {
		head, err := e.svc.Chain.Client().BlockNumber(context.Background())
		if b, ok := answer["block"].(float64); err != nil || !ok || b == 0 || uint64(b) > head {
			t.Errorf("%s does not say its mirror block: %v", name, answer["block"])
		}
	}
	e.problem(400, ProblemValidation, "GET", "/v1/assets/1/yield?from=2021-01-01T00:00:00Z", "", nil)
	e.problem(404, ProblemNotFound, "GET", "/v1/assets/7/yield", "", nil)

	entries := e.must(200, "GET", "/v1/ledger/entries?account=escrow:lease:1", "", nil)
	if n := len(entries["entries"].([]any)); n < 2 {
		t.Errorf("escrow entries of lease 1: %d", n)
	}
	e.problem(400, ProblemValidation, "GET", "/v1/ledger/entries?account=nonsense", "", nil)
	e.problem(400, ProblemValidation, "GET", "/v1/ledger/entries?limit=0", "", nil)
	if rec := e.must(200, "GET", "/v1/reconcile", "", nil); rec["ok"] != true {
		t.Errorf("reconcile: %v", rec)
	}
	if ch := e.must(200, "GET", "/v1/chain", "", nil); ch["chain_id"] != "1337" {
		t.Errorf("chain: %v", ch)
	}
	metrics := string(e.do("GET", "/metrics", "", nil).body)
	for _, want := range []string{"gpuledger_mirror_lag_blocks", `gpuledger_chain_transactions_total{outcome="mined",route="/v1/leases"} 1`,
		`gpuledger_chain_transactions_total{outcome="sent",route="/v1/leases"} 1`, `gpuledger_leases_open{status="active"} `, `gpuledger_escrow_held `,
		`gpuledger_oracle_epochs_reported{asset="1"} 1`, `gpuledger_revenue_released_total{asset="1"} 20`,
		`gpuledger_http_request_duration_seconds_bucket{method="GET",route="/v1/reconcile"`} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %s", want)
		}
	}

	// With the chain gone, reads that need it say so.
	e.svc.Chain.Close()
	e.problem(503, ProblemChainUnavailable, "GET", "/readyz", "", nil)
}

// TestFaucetRefusesExternalStablecoin: a service settling in a token it did
// not deploy (serve --stablecoin) cannot mint it; the faucet says so with a
// conflict and sends nothing.
func TestFaucetRefusesExternalStablecoin(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	token := tokentest.External(t, dir)
	e := newAPIEnvIn(t, dir, service.Config{Stablecoin: token})
	head, err := e.svc.Chain.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := e.problem(409, ProblemConflict, "POST", "/v1/faucet", e.admin,
		map[string]any{"address": "0x00000000000000000000000000000000000000f1", "amount": "5"})
	if !strings.Contains(p.Detail, "external") {
		t.Errorf("detail %q does not say why", p.Detail)
	}
	if after, _ := e.svc.Chain.Client().BlockNumber(ctx); after != head {
		t.Errorf("a refused faucet sealed %d blocks", after-head)
	}
}
