package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/internal/servicetest"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
	"github.com/gpuledger/gpuledger/webhooks"
)

// hookOptions make the dispatcher quick for tests: a pass and a delivery
// round every 20 ms, retries after 50-300 ms, never given up on.
func hookOptions() Options {
	return Options{Webhooks: webhooks.Config{Poll: 20 * time.Millisecond, MaxAttempts: 1000,
		Backoff: webhooks.Backoff{Base: 100 * time.Millisecond, Max: 200 * time.Millisecond}}}
}

// hookReceiver is a webhook receiver on loopback: it verifies every
// delivery's signature with the secret it is given, answers status(n) to
// the n-th request (200 when it says 0), and keeps what it accepted.
type hookReceiver struct {
	*httptest.Server
	t      testing.TB
	mu     sync.Mutex
	secret string
	status func(n int) int
	n      int
	got    []webhooks.Event
	bad    int
}

func newHookReceiver(t testing.TB) *hookReceiver {
	r := &hookReceiver{t: t}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		defer r.mu.Unlock()
		r.n++
		if err := webhooks.Verify(r.secret, req.Header.Get(webhooks.SignatureHeader), body, 0, time.Now()); err != nil {
			r.bad++
			t.Errorf("delivery with a bad signature: %v", err)
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if st := r.status; st != nil {
			if s := st(r.n); s != 0 {
				w.WriteHeader(s)
				return
			}
		}
		var ev webhooks.Event
		if err := json.Unmarshal(body, &ev); err != nil {
			t.Errorf("delivery body %s: %v", body, err)
		}
		r.got = append(r.got, ev)
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *hookReceiver) setStatus(f func(n int) int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.status = f
}

func (r *hookReceiver) events() []webhooks.Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]webhooks.Event{}, r.got...)
}

// types counts the accepted events by type; an id accepted twice fails.
func (r *hookReceiver) types(t testing.TB) map[webhooks.EventType]int {
	t.Helper()
	out := map[webhooks.EventType]int{}
	ids := map[string]bool{}
	for _, ev := range r.events() {
		if ids[ev.ID] {
			t.Errorf("event %s (%s) accepted twice", ev.ID, ev.Type)
		}
		ids[ev.ID] = true
		out[ev.Type]++
	}
	return out
}

// waitFor polls cond until it holds or 20 s pass.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// hookLease makes operator and renter accounts, an asset, a listing with a
// 60 s grace, and a 6-hour lease of 2 GPUs at 2.50 (5.00 an hour) prepaid
// for 1.1 hours.
func hookLease(e *apiEnv) (opKey, opAddr, renterKey, renterAddr, leaseID string) {
	opKey, opAddr = e.account("operator", "hook-op")
	renterKey, renterAddr = e.account("renter", "hook-lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})
	e.must(201, "POST", "/v1/assets", opKey, h100)
	e.must(201, "POST", "/v1/assets/1/listings", opKey, map[string]any{"gpus": 8, "price_per_gpu_hour": "2.50",
		"min_hours": 1, "max_hours": 24, "min_prepaid_hours": 1, "grace_seconds": 60})
	lease := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 2, "hours": 6, "deposit": "5.50"})
	return opKey, opAddr, renterKey, renterAddr, lease["id"].(string)
}

// TestWebhooksLeaseLifecycle: a renter's and its operator's endpoints on
// loopback receivers that verify signatures. The renter's receiver answers
// 500 twice first: the deliveries are retried, each attempt recorded. The
// lease runs out of funds (runway_low, overdrawn), then, while the
// receivers are down and the dispatcher is restarted on its data dir, is
// closed out of funds by the keeper (ended): after the restart every event
// arrives once, with its payload; another renter's and another operator's
// endpoints get nothing.
func TestWebhooksLeaseLifecycle(t *testing.T) {
	dir := t.TempDir()
	svc := servicetest.Open(t, dir, service.Config{})
	e := serveAPI(t, svc, dir, hookOptions())
	ctx := context.Background()
	emb := e.svc.Chain.(*chain.Embedded)
	opKey, _, renterKey, renterAddr, leaseID := hookLease(e)
	otherRenter, _ := e.account("renter", "hook-other-lab")
	otherOp, _ := e.account("operator", "hook-other-op")

	renterRecv, opRecv, otherRecv := newHookReceiver(t), newHookReceiver(t), newHookReceiver(t)
	renterRecv.setStatus(func(n int) int {
		if n <= 2 {
			return 500
		}
		return 0
	})
	leaseEvents := []string{"lease.runway_low", "lease.overdrawn", "lease.ended", "lease.sla_credited"}
	reg := e.must(201, "POST", "/v1/webhooks", renterKey, map[string]any{"url": renterRecv.URL + "/hooks",
		"events": leaseEvents, "runway_below_hours": 1, "description": "renter's pager"})
	renterRecv.secret = reg["secret"].(string)
	hookID := reg["id"].(string)
	if reg["principal"] != renterAddr || reg["role"] != "renter" || !strings.HasPrefix(renterRecv.secret, "whsec_") ||
		reg["signature"].(map[string]any)["header"] != webhooks.SignatureHeader {
		t.Fatalf("registration: %v", reg)
	}
	opReg := e.must(201, "POST", "/v1/webhooks", opKey, map[string]any{"url": opRecv.URL,
		"events": []string{"lease.overdrawn", "lease.ended"}, "asset_id": "1"})
	opRecv.secret = opReg["secret"].(string)
	for _, key := range []string{otherRenter, otherOp} {
		r := e.must(201, "POST", "/v1/webhooks", key, map[string]any{"url": otherRecv.URL, "events": leaseEvents, "runway_below_hours": 9})
		otherRecv.secret = r["secret"].(string) // either: a delivery to it fails the test
	}
	// The secret is shown once.
	list := e.must(200, "GET", "/v1/webhooks", renterKey, nil)["webhooks"].([]any)
	if len(list) != 1 || list[0].(map[string]any)["secret"] != nil || list[0].(map[string]any)["id"] != hookID {
		t.Fatalf("list: %v", list)
	}

	// Three hours on 1.1 prepaid: a settlement marks it overdrawn.
	if err := emb.AdjustTime(3 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if got := e.must(200, "POST", "/v1/leases/"+leaseID+"/settle", renterKey, nil); got["status"] != "overdrawn" {
		t.Fatalf("settled: %v", got)
	}
	waitFor(t, "runway_low and overdrawn to the renter, overdrawn to the operator", func() bool {
		got := renterRecv.types(t)
		return got[webhooks.EventRunwayLow] == 1 && got[webhooks.EventOverdrawn] == 1 && opRecv.types(t)[webhooks.EventOverdrawn] == 1
	})

	// The receivers go down; the keeper closes the lease out of funds while
	// the dispatcher is being restarted.
	down := func(int) int { return 503 }
	renterRecv.setStatus(down)
	opRecv.setStatus(down)
	if err := e.srv.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if err := e.svc.Webhooks.Close(); err != nil {
		t.Fatal(err)
	}
	if res, err := e.svc.NewKeeper(serviceKeeperConfig()).Tick(ctx); err != nil || res.Closed != 1 {
		t.Fatalf("keeper: %+v %v", res, err)
	}
	st, err := webhooks.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	e.svc.Webhooks = st
	e = serveAPI(t, e.svc, dir, hookOptions())
	waitFor(t, "the ended lease's deliveries to be attempted", func() bool {
		n, _ := st.Pending()
		dls := e.must(200, "GET", "/v1/webhooks/"+hookID+"/deliveries", renterKey, nil)["deliveries"].([]any)
		return n == 2 && len(dls) > 0 && len(dls[0].(map[string]any)["attempts"].([]any)) > 0
	})
	// And once more, with deliveries pending: close and reopen.
	if err := e.srv.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if err := e.svc.Webhooks.Close(); err != nil {
		t.Fatal(err)
	}
	if st, err = webhooks.Open(dir); err != nil {
		t.Fatal(err)
	}
	e.svc.Webhooks = st
	renterRecv.setStatus(nil)
	opRecv.setStatus(nil)
	e = serveAPI(t, e.svc, dir, hookOptions())
	waitFor(t, "ended to the renter and the operator", func() bool {
		return renterRecv.types(t)[webhooks.EventEnded] == 1 && opRecv.types(t)[webhooks.EventEnded] == 1
	})
	time.Sleep(200 * time.Millisecond) // a few more rounds: nothing else may come

	if got := renterRecv.types(t); got[webhooks.EventRunwayLow] != 1 || got[webhooks.EventOverdrawn] != 1 || got[webhooks.EventEnded] != 1 || len(got) != 3 {
		t.Errorf("renter's endpoint: %v, want one each of runway_low, overdrawn, ended", got)
	}
	if got := opRecv.types(t); got[webhooks.EventOverdrawn] != 1 || got[webhooks.EventEnded] != 1 || len(got) != 2 {
		t.Errorf("operator's endpoint: %v, want one each of overdrawn, ended", got)
	}
	otherRecv.mu.Lock()
	n := otherRecv.n
	otherRecv.mu.Unlock()
	if n != 0 {
		t.Errorf("another renter's and another operator's endpoints got %d deliveries", n)
	}
	// The payloads agree with the API's lease.
	lease := e.must(200, "GET", "/v1/leases/"+leaseID, renterKey, nil)
	for _, ev := range renterRecv.events() {
		var d webhooks.LeaseData
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			t.Fatal(err)
		}
		if d.LeaseID != leaseID || d.Renter != common.HexToAddress(renterAddr).Hex() || d.AssetID != "1" {
			t.Errorf("%s: %+v", ev.Type, d)
		}
		switch ev.Type {
		case webhooks.EventOverdrawn:
			if d.Status != "overdrawn" || d.Debt.IsZero() || d.RunwayHours != "0.00" {
				t.Errorf("overdrawn: %+v", d)
			}
		case webhooks.EventEnded:
			if d.Status != "ended" || d.CloseReason != "out_of_funds" || d.Debt.String() != lease["debt"] ||
				d.Released.String() != lease["released"] {
				t.Errorf("ended: %+v; the lease: %v", d, lease)
			}
		}
	}
	// Every attempt is listed with its outcome: the first delivery's two 500s.
	dls := e.must(200, "GET", "/v1/webhooks/"+hookID+"/deliveries", renterKey, nil)["deliveries"].([]any)
	codes := map[string][]float64{}
	for _, raw := range dls {
		d := raw.(map[string]any)
		if d["status"] != "delivered" {
			t.Errorf("delivery %v: %v", d["id"], d)
		}
		for _, a := range d["attempts"].([]any) {
			codes[d["event_type"].(string)] = append(codes[d["event_type"].(string)], a.(map[string]any)["status_code"].(float64))
		}
	}
	failed := 0
	for _, cs := range codes {
		for _, c := range cs[:len(cs)-1] {
			if c == 500 || c == 503 {
				failed++
			}
		}
		if cs[len(cs)-1] != 200 {
			t.Errorf("last attempts: %v", codes)
		}
	}
	if len(dls) != 3 || failed < 3 {
		t.Errorf("deliveries: %d, failed attempts %d: %v (want the two 500s and the 503s while down)", len(dls), failed, codes)
	}
	// Someone else's webhook: 403; then deleted by its owner: 404.
	e.problem(403, ProblemForbidden, "GET", "/v1/webhooks/"+hookID+"/deliveries", otherRenter, nil)
	e.problem(403, ProblemForbidden, "DELETE", "/v1/webhooks/"+hookID, otherRenter, nil)
	if got := e.must(200, "DELETE", "/v1/webhooks/"+hookID, renterKey, nil); got["deleted"] != true || got["secret"] != nil {
		t.Errorf("delete: %v", got)
	}
	e.problem(404, ProblemNotFound, "DELETE", "/v1/webhooks/"+hookID, renterKey, nil)
	e.problem(404, ProblemNotFound, "GET", "/v1/webhooks/"+hookID+"/deliveries", renterKey, nil)
}

// TestWebhookRefusals: a bad URL, plain http off loopback, unknown event
// types, events a role cannot have, someone else's lease or asset, and the
// per-principal limit are refused, and nothing is registered.
func TestWebhookRefusals(t *testing.T) {
	e := newAPIEnv(t)
	_, _, renterKey, _, leaseID := hookLease(e)
	otherRenter, _ := e.account("renter", "refused-lab")
	otherOp, _ := e.account("operator", "refused-op")
	holderKey, _ := e.account("holder", "refused-fund")
	ok := "https://hooks.example.com/x"
	for _, c := range []struct {
		status int
		typ    string
		key    string
		body   any
	}{
		{400, ProblemValidation, renterKey, map[string]any{"url": "not a url", "events": []string{"lease.ended"}}},
		{400, ProblemValidation, renterKey, map[string]any{"url": "http://hooks.example.com/x", "events": []string{"lease.ended"}}},
		{400, ProblemValidation, renterKey, map[string]any{"url": "http://192.168.1.5/x", "events": []string{"lease.ended"}}},
		{400, ProblemValidation, renterKey, map[string]any{"url": "https://u:p@hooks.example.com/", "events": []string{"lease.ended"}}},
		{400, ProblemValidation, renterKey, map[string]any{"url": "https://" + strings.Repeat("a", 600) + ".com", "events": []string{"lease.ended"}}},
		{400, ProblemValidation, renterKey, map[string]any{"url": ok, "events": []string{"lease.exploded"}}},
		{400, ProblemValidation, renterKey, map[string]any{"url": ok, "events": []string{"loan.health"}}},
		{400, ProblemValidation, renterKey, map[string]any{"url": ok, "events": []string{}}},
		{400, ProblemValidation, renterKey, map[string]any{"url": ok}},
		{400, ProblemValidation, renterKey, map[string]any{"url": ok, "events": []string{"lease.runway_low"}}},
		{400, ProblemValidation, renterKey, map[string]any{"url": ok, "events": []string{"revenue.claimable_above"}, "claimable_above": "1.0000001"}},
		{400, ProblemValidation, renterKey, map[string]any{"url": ok, "events": []string{"lease.ended"}, "lease_id": "x"}},
		{403, ProblemForbidden, holderKey, map[string]any{"url": ok, "events": []string{"lease.ended"}}},
		{403, ProblemForbidden, otherRenter, map[string]any{"url": ok, "events": []string{"lease.ended"}, "lease_id": leaseID}},
		{403, ProblemForbidden, otherOp, map[string]any{"url": ok, "events": []string{"lease.ended"}, "lease_id": leaseID}},
		{403, ProblemForbidden, otherOp, map[string]any{"url": ok, "events": []string{"lease.ended"}, "asset_id": "1"}},
		{403, ProblemForbidden, otherOp, map[string]any{"url": ok, "events": []string{"lease.runway_low"}, "runway_below_hours": 2,
			"auto_topup": map[string]any{"below_hours": 1, "amount": "5"}}},
		{404, ProblemNotFound, renterKey, map[string]any{"url": ok, "events": []string{"lease.ended"}, "lease_id": "99"}},
		{401, ProblemUnauthorized, "", map[string]any{"url": ok, "events": []string{"lease.ended"}}},
	} {
		p := e.problem(c.status, c.typ, "POST", "/v1/webhooks", c.key, c.body)
		if len(p.Detail) > 300 {
			t.Errorf("detail quotes the input: %d bytes", len(p.Detail))
		}
	}
	for _, key := range []string{renterKey, otherRenter, otherOp, holderKey} {
		if got := e.must(200, "GET", "/v1/webhooks", key, nil)["webhooks"].([]any); len(got) != 0 {
			t.Fatalf("refused registrations registered %d", len(got))
		}
	}
	// Loopback http is fine, a holder's revenue hook too; the limit holds.
	e.must(201, "POST", "/v1/webhooks", holderKey, map[string]any{"url": "http://127.0.0.1:9/x",
		"events": []string{"revenue.claimable_above"}, "claimable_above": "100"})
	for i := range webhooks.MaxEndpointsPerPrincipal {
		e.must(201, "POST", "/v1/webhooks", renterKey, map[string]any{"url": "http://localhost:9/" + id(uint64(i)), "events": []string{"lease.ended"}})
	}
	e.problem(409, ProblemConflict, "POST", "/v1/webhooks", renterKey, map[string]any{"url": ok, "events": []string{"lease.ended"}})
	e.problem(400, ProblemValidation, "GET", "/v1/webhooks?status=x", renterKey, nil)
	e.problem(400, ProblemValidation, "GET", "/v1/webhooks/1/deliveries?limit=0", holderKey, nil)
}

// TestWebhookAutoTopUp: a renter's runway endpoint with auto_topup: when
// the runway falls under below_hours the service tops the lease up from
// the renter's account through POST /v1/leases/{id}/topup's own path,
// journaled under an idempotency key (a second call with the key pays
// nothing), and reports it as lease.auto_topup.
func TestWebhookAutoTopUp(t *testing.T) {
	dir := t.TempDir()
	e := serveAPI(t, servicetest.Open(t, dir, service.Config{}), dir, hookOptions())
	ctx := context.Background()
	_, _, renterKey, renterAddr, leaseID := hookLease(e)
	recv := newHookReceiver(t)
	reg := e.must(201, "POST", "/v1/webhooks", renterKey, map[string]any{"url": recv.URL, "events": []string{"lease.runway_low"},
		"runway_below_hours": 1, "auto_topup": map[string]any{"below_hours": 2, "amount": "10"}, "lease_id": leaseID})
	recv.secret = reg["secret"].(string)
	waitFor(t, "lease.auto_topup", func() bool { return recv.types(t)[webhooks.EventAutoTopUp] == 1 })
	var d webhooks.AutoTopUpData
	if err := json.Unmarshal(recv.events()[0].Data, &d); err != nil {
		t.Fatal(err)
	}
	lease := e.must(200, "GET", "/v1/leases/"+leaseID, renterKey, nil)
	if d.Outcome != "succeeded" || d.TxHash == "" || d.Amount.String() != "10.00" || lease["deposit"] != "15.50" {
		t.Fatalf("auto top-up %+v; lease deposit %v, want 15.50", d, lease["deposit"])
	}
	// The same key again: the journal answers, nothing is paid.
	res, err := e.srv.TopUp(ctx, common.HexToAddress(renterAddr), 1, money.MustParse("10"), d.IdempotencyKey)
	if err != nil || res.Status != 200 || res.TxHash != d.TxHash {
		t.Fatalf("replay: %+v %v", res, err)
	}
	if got := e.must(200, "GET", "/v1/leases/"+leaseID, renterKey, nil); got["deposit"] != "15.50" {
		t.Fatalf("a replayed top-up paid again: deposit %v", got["deposit"])
	}
	time.Sleep(200 * time.Millisecond) // 3.1 h of runway now: nothing more
	if got := recv.types(t); len(got) != 1 {
		t.Errorf("events: %v", got)
	}
}
