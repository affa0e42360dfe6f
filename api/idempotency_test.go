package api

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/service"
)

// manualChain opens a service whose embedded chain seals only when the
// test lets it: a goroutine seals every few milliseconds unless paused.
func manualChain(t *testing.T, receiptTimeout time.Duration, opts Options) (*apiEnv, *atomic.Bool) {
	t.Helper()
	dir := t.TempDir()
	ctx := context.Background()
	// Deploy on a chain that seals by itself, then reopen it sealing by hand.
	svc, err := service.Open(ctx, service.Config{DataDir: dir, Sealing: chain.SealInstant})
	if err != nil {
		t.Fatal(err)
	}
	svc.Close()
	svc, err = service.Open(ctx, service.Config{DataDir: dir, Sealing: chain.SealManual, ReceiptTimeout: receiptTimeout})
	if err != nil {
		t.Fatal(err)
	}
	var paused atomic.Bool
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		emb := svc.Chain.(*chain.Embedded)
		for {
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
			if !paused.Load() {
				_, _ = emb.Commit()
			}
		}
	}()
	t.Cleanup(func() {
		close(stop)
		wg.Wait()
		svc.Close()
	})
	if _, err := svc.Market.SetAvailabilityOracle(ctx, svc.Admin, common.Address{}, 0); err != nil {
		t.Fatal(err)
	}
	return serveAPI(t, svc, dir, opts), &paused
}

// leaseSetup makes an operator with a listed H100 node and a funded renter.
func leaseSetup(e *apiEnv) (listingID, opKey, renterKey, renterAddr string) {
	opKey, _ = e.account("operator", "op")
	renterKey, renterAddr = e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "5000"})
	asset := e.must(201, "POST", "/v1/assets", opKey, h100)
	listing := e.must(201, "POST", "/v1/assets/"+asset["id"].(string)+"/listings", opKey, map[string]any{
		"gpus": 8, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 720,
	})
	return listing["id"].(string), opKey, renterKey, renterAddr
}

// TestIdempotentLeaseAfterReceiptTimeout: the receipt wait times out (503)
// while the lease transaction is still in the pool. Before, the 503 was not
// stored and the retry opened a second lease with a second deposit; now
// the retry waits for the recorded transaction and answers its lease.
func TestIdempotentLeaseAfterReceiptTimeout(t *testing.T) {
	e, paused := manualChain(t, time.Second, Options{})
	listingID, _, renterKey, renterAddr := leaseSetup(e)
	ctx := context.Background()
	nonce := func() uint64 {
		n, err := e.svc.Chain.Client().NonceAt(ctx, common.HexToAddress(renterAddr), nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := nonce()
	body := map[string]any{"listing_id": listingID, "gpus": 2, "hours": 3, "deposit": "15"}

	paused.Store(true)
	r := e.do("POST", "/v1/leases", renterKey, body, "Idempotency-Key", "lease-timeout")
	if r.status != 503 || r.problem.Type != ProblemChainUnavailable {
		t.Fatalf("lease while no block is sealed: %d %s, want 503", r.status, r.body)
	}
	paused.Store(false)

	lease := e.must(201, "POST", "/v1/leases", renterKey, body, "Idempotency-Key", "lease-timeout")
	if lease["gpus"] != float64(2) || lease["deposit"] != "15.00" {
		t.Errorf("retried lease: %v", lease)
	}
	if n, _ := e.svc.Market.LeaseCount(ctx); n != 1 {
		t.Errorf("%d leases after a timeout and a retry, want 1", n)
	}
	if sent := nonce() - before; sent != 1 && sent != 2 {
		t.Errorf("renter sent %d transactions, want the one lease (and at most its approval)", sent)
	}
	if bal, _ := e.svc.Token.BalanceOf(ctx, common.HexToAddress(renterAddr)); bal.String() != "4985.00" {
		t.Errorf("renter holds %s after one deposit of 15 from 5000, want 4985.00", bal)
	}
	again := e.do("POST", "/v1/leases", renterKey, body, "Idempotency-Key", "lease-timeout")
	if again.status != 201 || again.header.Get("Idempotency-Replayed") != "true" || again.json["id"] != lease["id"] {
		t.Errorf("third try: %d %s", again.status, again.body)
	}
}

// TestIdempotencyRecordsHoldNoSecret: the API key of an account created
// with an Idempotency-Key is in no stored record (before, the stored
// answer kept it in plaintext in accounts.db), yet a replay answers it.
func TestIdempotencyRecordsHoldNoSecret(t *testing.T) {
	e := newAPIEnv(t)
	first := e.must(201, "POST", "/v1/accounts", e.admin, map[string]any{"role": "renter", "name": "lab"}, "Idempotency-Key", "acct-1")
	apiKey := first["api_key"].(string)
	replay := e.do("POST", "/v1/accounts", e.admin, map[string]any{"role": "renter", "name": "lab"}, "Idempotency-Key", "acct-1")
	if replay.status != 201 || replay.json["api_key"] != apiKey || replay.header.Get("Idempotency-Replayed") != "true" {
		t.Fatalf("replay: %d %s", replay.status, replay.body)
	}
	admin, err := e.svc.Accounts.Authenticate(e.admin)
	if err != nil {
		t.Fatal(err)
	}
	in, found, err := e.svc.Accounts.BeginIntent(admin.Address.Hex(), "acct-1", accounts.Intent{Created: time.Now()}, time.Hour)
	if err != nil || !found || !in.Done {
		t.Fatalf("stored record: %+v %v %v", in, found, err)
	}
	if bytes.Contains(in.Body, []byte(apiKey)) || !bytes.Contains(in.Body, []byte(redactedAPIKey)) {
		t.Errorf("stored answer holds the API key: %s", in.Body)
	}
	// The key works.
	e.must(200, "GET", "/v1/leases", apiKey, nil)

	// A webhook's signing secret likewise: not stored, the same on replay,
	// and the retried registration registers nothing twice.
	hook := map[string]any{"url": "https://hooks.example.com/lab", "events": []string{"lease.ended"}}
	reg := e.must(201, "POST", "/v1/webhooks", apiKey, hook, "Idempotency-Key", "hook-1")
	secret, _ := reg["secret"].(string)
	again := e.do("POST", "/v1/webhooks", apiKey, hook, "Idempotency-Key", "hook-1")
	if secret == "" || again.status != 201 || again.json["secret"] != secret || again.json["id"] != reg["id"] {
		t.Fatalf("webhook replay: %d %s, want the first answer %v", again.status, again.body, reg)
	}
	renter, err := e.svc.Accounts.Authenticate(apiKey)
	if err != nil {
		t.Fatal(err)
	}
	in, found, err = e.svc.Accounts.BeginIntent(renter.Address.Hex(), "hook-1", accounts.Intent{Created: time.Now()}, time.Hour)
	if err != nil || !found || bytes.Contains(in.Body, []byte(secret)) {
		t.Errorf("stored webhook answer holds its secret (found %v, %v): %s", found, err, in.Body)
	}
	// A retry whose first answer was never stored (a crash after
	// registering) finds the endpoint instead of registering a second.
	if err := e.svc.Accounts.DropIntent(renter.Address.Hex(), "hook-1"); err != nil {
		t.Fatal(err)
	}
	retry := e.must(201, "POST", "/v1/webhooks", apiKey, hook, "Idempotency-Key", "hook-1")
	if retry["id"] != reg["id"] || retry["secret"] != secret {
		t.Errorf("retry after a lost answer: %v, want webhook %v again", retry, reg["id"])
	}
	if list := e.must(200, "GET", "/v1/webhooks", apiKey, nil); len(list["webhooks"].([]any)) != 1 {
		t.Errorf("%d webhooks registered, want 1: %v", len(list["webhooks"].([]any)), list)
	}
}

// TestIdempotencyKeysExpire: a key is kept for the TTL, then pruned (and a
// new request may reuse it); the lock map holds only keys in flight.
func TestIdempotencyKeysExpire(t *testing.T) {
	dir := t.TempDir()
	e := newAPIEnvIn(t, dir, service.Config{})
	ttl := 300 * time.Millisecond
	e.srv.idem.ttl = ttl
	key, addr := e.account("renter", "lab")
	_ = addr
	body := func(amount string) map[string]any { return map[string]any{"address": addr, "amount": amount} }
	e.must(200, "POST", "/v1/faucet", e.admin, body("1"), "Idempotency-Key", "k")
	e.problem409(body("2"), "k")
	time.Sleep(ttl + 50*time.Millisecond)
	// Expired: the same key starts a new request.
	e.must(200, "POST", "/v1/faucet", e.admin, body("2"), "Idempotency-Key", "k")
	time.Sleep(ttl + 50*time.Millisecond)
	n, err := e.srv.idem.prune(time.Now())
	if err != nil || n != 1 {
		t.Errorf("prune: %d records, %v; want 1", n, err)
	}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e.do("POST", "/v1/faucet", e.admin, body("1"), "Idempotency-Key", fmt.Sprintf("many-%d", i))
		}()
	}
	wg.Wait()
	if n := e.srv.idem.inFlight(); n != 0 {
		t.Errorf("%d idempotency locks left after every request ended", n)
	}
	_ = key
}

func (e *apiEnv) problem409(body any, idem string) {
	e.t.Helper()
	r := e.do("POST", "/v1/faucet", e.admin, body, "Idempotency-Key", idem)
	if r.status != 409 || r.problem.Type != ProblemConflict {
		e.t.Fatalf("same key, other body: %d %s, want 409", r.status, r.body)
	}
}
