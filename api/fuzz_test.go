package api

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/accounts"
)

// hugeInput is the filler of oversized strings; a run of hugeLogged of it in
// the log means an input was logged whole.
const (
	hugeFill   = "Z"
	hugeLen    = 100 << 10
	hugeLogged = 2048
)

// FuzzWriteBodies throws hostile bodies, under hostile content types, at
// every write route of Server.routes() as a caller allowed to use it: the
// server must never panic or answer 5xx, a refused request must send no
// transaction (no sender's nonce moves, the chain gains no block) and create
// nothing, a non-JSON body must be refused with 415, no answer may quote an
// oversized input whole, and neither may the log. The seed corpus, run by
// `go test ./api -run Fuzz`, is a table: for every write route, each field of
// a valid body replaced by a huge string, each wrong JSON type, negative,
// over-precise and over-uint256 amounts, huge number literals, unknown and
// huge field names, and the valid body under each non-JSON content type.
// Run the fuzzer with: go test ./api -run ^$ -fuzz FuzzWriteBodies -fuzztime 2m
func FuzzWriteBodies(f *testing.F) {
	logs := captureLog(f)
	e := newAPIEnv(f) // one chain and server for the whole run
	e.setupFuzz()
	routes := e.writeRoutes()
	if len(routes) < 10 {
		f.Fatalf("only %d write routes found in Server.routes()", len(routes))
	}
	for i, r := range routes {
		for _, s := range hostileSeeds(r.valid) {
			f.Add(uint8(i), s.contentType, s.body)
		}
	}

	f.Fuzz(func(t *testing.T, route uint8, contentType, body string) {
		e.t = t
		if strings.IndexFunc(contentType, func(r rune) bool { return (r < ' ' && r != '\t') || r == 0x7f }) >= 0 {
			t.Skip("not a header value an HTTP client sends")
		}
		r := routes[int(route)%len(routes)]
		show := clip(body, 200)
		before := e.senders()
		leases, _ := e.svc.Market.LeaseCount(context.Background())
		rep := e.do(r.method, r.path, r.key, body, "Content-Type", contentType)
		if rep.status >= 500 {
			t.Fatalf("%s %s (%s) %q: %d %s\nlog:\n%s", r.method, r.path, contentType, show, rep.status, rep.body, logs.tail())
		}
		if body != "" && checkJSONMediaType(contentType) != nil &&
			(rep.status != 415 || rep.problem.Type != ProblemUnsupportedMediaType) {
			t.Fatalf("%s %s with Content-Type %q: %d %s, want 415 %s", r.method, r.path, contentType, rep.status, rep.body, ProblemUnsupportedMediaType)
		}
		if len(body) > hugeLogged && bytes.Contains(rep.body, []byte(strings.Repeat(hugeFill, hugeLogged))) {
			t.Fatalf("%s %s: the answer (%d bytes) quotes the oversized input", r.method, r.path, len(rep.body))
		}
		if rep.status >= 400 {
			if after := e.senders(); after != before {
				t.Fatalf("%s %s (%s) %q refused (%d %s) but sent a transaction: %s -> %s",
					r.method, r.path, contentType, show, rep.status, rep.problem.Detail, before, after)
			}
			if n, _ := e.svc.Market.LeaseCount(context.Background()); n != leases {
				t.Fatalf("%s %s %q refused but created a lease", r.method, r.path, show)
			}
		}
		if logs.longRun() {
			t.Fatalf("%s %s %q: the log holds an oversized input whole", r.method, r.path, show)
		}
	})
}

type seed struct{ contentType, body string }

// hostileSeeds derives the table of hostile requests from a valid body.
func hostileSeeds(valid map[string]any) []seed {
	const js = "application/json"
	huge := strings.Repeat(hugeFill, hugeLen)
	hugeNumber := json.RawMessage("1" + strings.Repeat("0", 400))
	values := []any{
		huge, "", " ", "\x00", 12345, -1, 1.5, true, map[string]any{}, []any{}, []any{huge}, nil,
		"-1", "1.0000001", "1e400", "0x", "115792089237316195423570985008687907853269984665640564039457584007913129639936",
		hugeNumber, json.RawMessage("1e400"), json.RawMessage("-0"),
	}
	out := []seed{{js, mustJSON(valid)}}
	keys := make([]string, 0, len(valid))
	for k := range valid {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range values {
			b := map[string]any{}
			for k2, v2 := range valid {
				b[k2] = v2
			}
			b[k] = v
			out = append(out, seed{js, mustJSON(b)})
		}
	}
	withExtra := func(k string, v any) string {
		b := map[string]any{k: v}
		for k2, v2 := range valid {
			b[k2] = v2
		}
		return mustJSON(b)
	}
	out = append(out,
		seed{js, withExtra("bogus", 1)},
		seed{js, withExtra(huge, 1)},
		seed{js, withExtra("nested", map[string]any{"x": huge})},
		seed{js, ""}, seed{js, "{}"}, seed{js, "[]"}, seed{js, "null"}, seed{js, `"` + huge + `"`}, seed{js, `{"a":`},
		seed{js, "\x00"}, seed{js, strings.Repeat("[", 5000)}, seed{js, mustJSON(valid) + mustJSON(valid)},
		seed{"application/json; charset=utf-8", mustJSON(valid)},
		seed{"Application/JSON; charset=UTF-8", mustJSON(valid)},
	)
	for _, ct := range []string{"", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
		"application/json; charset=latin1", "application/json-patch+json", "application/jsonx", "application/json;;", huge} {
		out = append(out, seed{ct, mustJSON(valid)})
	}
	return out
}

// fuzzRoute is one write route with a path to call it on, a key of a role
// it admits, and a valid body (or {} for a route that takes none).
type fuzzRoute struct {
	method, path, key string
	valid             map[string]any
}

// fuzzKeys is what setupFuzz made: keys of each role and their addresses.
var fuzzKeys struct {
	byRole map[accounts.Role]string
	addrs  map[string]common.Address
}

func (e *apiEnv) setupFuzz() {
	fuzzKeys.byRole = map[accounts.Role]string{accounts.RoleAdmin: e.admin}
	fuzzKeys.addrs = map[string]common.Address{e.admin: e.svc.Admin.Address()}
	for _, role := range []accounts.Role{accounts.RoleOperator, accounts.RoleRenter, accounts.RoleHolder, accounts.RoleOracle} {
		key, addr := e.account(string(role), "fuzz-"+string(role))
		fuzzKeys.byRole[role], fuzzKeys.addrs[key] = key, common.HexToAddress(addr)
	}
	op, renter := fuzzKeys.byRole[accounts.RoleOperator], fuzzKeys.byRole[accounts.RoleRenter]
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": fuzzKeys.addrs[renter].Hex(), "amount": "100000"})
	e.must(201, "POST", "/v1/assets", op, h100)
	e.must(201, "POST", "/v1/assets/1/listings", op, map[string]any{"gpus": 8, "price_per_gpu_hour": "2.50",
		"min_hours": 1, "max_hours": 720, "sla_availability_bps": 9900, "credit_bps": 1000})
	e.must(201, "POST", "/v1/leases", renter, map[string]any{"listing_id": "1", "gpus": 1, "hours": 1, "deposit": "2.50"})
}

// validBodies are valid bodies of the write routes, by echo path; a route
// not listed is called with its OpenAPI example body.
func validBodies() map[string]map[string]any {
	holder := fuzzKeys.addrs[fuzzKeys.byRole[accounts.RoleHolder]].Hex()
	return map[string]map[string]any{
		"/v1/accounts":            {"role": "renter", "name": "x"},
		"/v1/faucet":              {"address": holder, "amount": "1"},
		"/v1/assets":              h100,
		"/v1/assets/:id/listings": {"gpus": 1, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 720, "sla_availability_bps": 9900, "credit_bps": 1000},
		"/v1/listings/:id":        {"price_per_gpu_hour": "2.50"},
		"/v1/oracle/reports": {"asset_id": "1", "epoch": 1, "observations": []any{map[string]any{
			"utilisation_bps": 1, "availability_bps": 1, "energy_wh": 1, "avg_power_w": 1, "signature": "0x" + strings.Repeat("00", 65)}}},
		"/v1/leases":               {"listing_id": "1", "gpus": 1, "hours": 1, "deposit": "2.50"},
		"/v1/leases/:id/topup":     {"amount": "1"},
		"/v1/assets/:id/transfers": {"to": holder, "shares": "1"},
		"/v1/claims":               {"asset_ids": []any{"1"}},
	}
}

// writeRoutes lists every write route of Server.routes().
func (e *apiEnv) writeRoutes() []fuzzRoute {
	valid := validBodies()
	var out []fuzzRoute
	for _, r := range e.srv.routes() {
		if !isWrite(r.method) {
			continue
		}
		key := e.admin
		for _, role := range r.roles {
			if k, ok := fuzzKeys.byRole[role]; ok && role != accounts.RoleAdmin {
				key = k
				break
			}
		}
		body, ok := valid[r.path]
		if !ok {
			body = map[string]any{}
			if r.body != nil {
				if err := json.Unmarshal([]byte(mustJSON(r.body)), &body); err != nil {
					e.t.Fatal(err)
				}
			}
		}
		path := strings.NewReplacer(":id", "1", ":address", fuzzKeys.addrs[key].Hex()).Replace(r.path)
		out = append(out, fuzzRoute{method: r.method, path: path, key: key, valid: body})
	}
	return out
}

// senders is every sender's nonce and the chain's head: with a block sealed
// per transaction, a refused request must leave it as it was.
func (e *apiEnv) senders() string {
	ctx := context.Background()
	var b strings.Builder
	keys := make([]string, 0, len(fuzzKeys.addrs))
	for k := range fuzzKeys.addrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		n, err := e.svc.Chain.Client().PendingNonceAt(ctx, fuzzKeys.addrs[k])
		if err != nil {
			e.t.Fatal(err)
		}
		b.WriteString(fuzzKeys.addrs[k].Hex()[:8] + "=" + itoa(n) + " ")
	}
	head, err := e.svc.Chain.Client().BlockNumber(ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	b.WriteString("head=" + itoa(head))
	return b.String()
}

func itoa(n uint64) string { return id(n) }

// logCapture tees the default logger's output and remembers whether any
// line held a run of hugeLogged filler bytes (an oversized input, whole).
type logCapture struct {
	mu   sync.Mutex
	long bool
	last []string // the last lines, clipped, for a failure's message
}

func (l *logCapture) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if bytes.Contains(p, []byte(strings.Repeat(hugeFill, hugeLogged))) {
		l.long = true
	}
	l.last = append(l.last, clip(string(p), 400))
	if len(l.last) > 10 {
		l.last = l.last[1:]
	}
	return len(p), nil
}

func (l *logCapture) tail() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.last, "")
}

func (l *logCapture) longRun() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.long
}

// captureLog makes the default logger (which New uses when given none)
// write into a logCapture for the test's lifetime.
func captureLog(t testing.TB) *logCapture {
	l := &logCapture{}
	prev := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(l, &slog.HandlerOptions{Level: slog.LevelInfo})))
	t.Cleanup(func() { slog.SetDefault(prev) })
	return l
}
