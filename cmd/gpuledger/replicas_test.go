package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/gpuledger/gpuledger/api"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/internal/openapitest"
)

// TestServeReplicasOnGeth runs two `serve` replicas against one geth
// node (GPULEDGER_GETH_URL, see `make devnode`), each with its own data
// dir, admin key and accounts: the way past one machine is any EVM node
// behind --rpc. The first deploys; the second follows its deployment
// (the manifest copied over). Renters of both open leases at the same
// time, each through its own replica; then both mirrors, at the same
// block, answer every lease alike, and both reconcile with the chain.
func TestServeReplicasOnGeth(t *testing.T) {
	url := os.Getenv("GPULEDGER_GETH_URL")
	if url == "" {
		t.Skip("GPULEDGER_GETH_URL unset: start one with `make devnode`")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	remote, err := chain.Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()

	// Replica B's own admin key, funded with gas before replica A starts
	// sending from the dev key (one key, one transactor at a time).
	keyB, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	dev := chain.NewTransactor(remote.Client(), remote.ChainID(), chain.GethDevKey())
	addrB := crypto.PubkeyToAddress(keyB.PublicKey)
	if _, err := dev.SendAndWait(ctx, &addrB, nil, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))); err != nil {
		t.Fatal(err)
	}
	dirA, dirB := t.TempDir(), t.TempDir()
	keyFile := filepath.Join(dirB, "chain-admin.key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(keyB))), 0o600); err != nil {
		t.Fatal(err)
	}

	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	a := startReplica(t, ctx, &wg, dirA, "--rpc", url)
	raw, err := os.ReadFile(filepath.Join(dirA, contracts.ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dirB, contracts.ManifestFile), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	b := startReplica(t, ctx, &wg, dirB, "--rpc", url, "--key-file", keyFile)

	// The operator and its listing on A; a renter on each replica, its
	// stablecoin from A's faucet (A's admin holds the minter role).
	opKey, _ := a.account(t, "operator")
	a.must(t, 201, "POST", "/v1/assets", opKey, map[string]any{
		"gpu_model": "H100-SXM5-80GB", "gpu_count": 8, "rated_power_w": 10200, "location": "US-TX-1",
		"commissioned_at": "2026-01-15T00:00:00Z", "book_value": "280000", "useful_life_months": 48, "shares": "1000000",
	})
	listing := a.must(t, 201, "POST", "/v1/assets/1/listings", opKey, map[string]any{
		"gpus": 8, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 720})
	renters := map[*replica]string{}
	for _, r := range []*replica{a, b} {
		key, addr := r.account(t, "renter")
		renters[r] = key
		a.must(t, 200, "POST", "/v1/faucet", a.admin, map[string]any{"address": addr, "amount": "1000"})
	}

	// Both replicas take writes at once.
	var (
		ids     sync.Map
		errs    = make(chan error, 2)
		writers sync.WaitGroup
	)
	for _, r := range []*replica{a, b} {
		writers.Add(1)
		go func() {
			defer writers.Done()
			for range 3 {
				status, out, err := r.call("POST", "/v1/leases", renters[r], map[string]any{
					"listing_id": listing["id"], "gpus": 1, "hours": 2, "deposit": "5"})
				if err == nil && status != 201 {
					err = fmt.Errorf("%s POST /v1/leases: %d %v", r.base, status, out)
				}
				if err != nil {
					errs <- err
					return
				}
				ids.Store(out["id"], r.base)
			}
		}()
	}
	writers.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	head, err := remote.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// Both mirrors reach the head and reconcile with the chain.
	for _, r := range []*replica{a, b} {
		deadline := time.Now().Add(30 * time.Second)
		for {
			rec := r.must(t, 200, "GET", "/v1/reconcile", "", nil)
			if blk, _ := rec["block"].(float64); uint64(blk) >= head {
				if rec["ok"] != true {
					t.Fatalf("%s reconcile: %v", r.base, rec)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s mirror stuck below block %d: %v", r.base, head, rec)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	// Every lease, whichever replica took it, reads the same on both.
	n := 0
	ids.Range(func(id, _ any) bool {
		n++
		la := a.must(t, 200, "GET", fmt.Sprintf("/v1/leases/%v", id), a.admin, nil)
		lb := b.must(t, 200, "GET", fmt.Sprintf("/v1/leases/%v", id), b.admin, nil)
		for _, f := range []string{"id", "listing_id", "asset_id", "renter", "gpus", "price_per_gpu_hour", "start", "end",
			"deposit", "released", "refunded", "escrow", "status"} {
			if fmt.Sprint(la[f]) != fmt.Sprint(lb[f]) {
				t.Errorf("lease %v %s: %v on A, %v on B", id, f, la[f], lb[f])
			}
		}
		return true
	})
	if n != 6 {
		t.Fatalf("%d leases opened, want 6", n)
	}
	for _, path := range []string{"/v1/assets/1", "/v1/listings/" + fmt.Sprint(listing["id"])} {
		ra, rb := a.must(t, 200, "GET", path, a.admin, nil), b.must(t, 200, "GET", path, b.admin, nil)
		delete(ra, "block")
		delete(rb, "block")
		if ja, jb := mustMarshal(t, ra), mustMarshal(t, rb); ja != jb {
			t.Errorf("GET %s: A %s, B %s", path, ja, jb)
		}
	}
}

// replica is a `serve` running in this process.
type replica struct {
	base  string
	admin string // admin API key
	// client checks every exchange against the API's OpenAPI document.
	client *http.Client
}

// startReplica runs `serve --data dir` with args on a free port until ctx
// ends, and waits for it to answer /readyz.
func startReplica(t *testing.T, ctx context.Context, wg *sync.WaitGroup, dir string, args ...string) *replica {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	done := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		done <- run(ctx, append([]string{"serve", "--data", dir, "--listen", addr, "--chain-rpc", ""}, args...), io.Discard)
	}()
	r := &replica{base: "http://" + addr}
	doc, err := api.Document()
	if err != nil {
		t.Fatal(err)
	}
	tr, err := openapitest.NewTransport(doc, r.base)
	if err != nil {
		t.Fatal(err)
	}
	r.client = &http.Client{Transport: tr}
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case err := <-done:
			t.Fatalf("serve --data %s exited: %v", dir, err)
		default:
		}
		if status, _, err := r.call("GET", "/readyz", "", nil); err == nil && status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve --data %s not ready after a minute", dir)
		}
		time.Sleep(100 * time.Millisecond)
	}
	key, err := os.ReadFile(filepath.Join(dir, "admin.key"))
	if err != nil {
		t.Fatal(err)
	}
	r.admin = strings.TrimSpace(string(key))
	return r
}

func (r *replica) account(t *testing.T, role string) (key, addr string) {
	t.Helper()
	out := r.must(t, 201, "POST", "/v1/accounts", r.admin, map[string]any{"role": role, "name": role})
	return out["api_key"].(string), out["address"].(string)
}

func (r *replica) must(t *testing.T, want int, method, path, key string, body any) map[string]any {
	t.Helper()
	status, out, err := r.call(method, path, key, body)
	if err != nil {
		t.Fatal(err)
	}
	if status != want {
		t.Fatalf("%s %s%s: %d %v, want %d", method, r.base, path, status, out, want)
	}
	return out
}

// call sends a JSON request and decodes a JSON object answer.
func (r *replica) call(method, path, key string, body any) (int, map[string]any, error) {
	var rd io.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			return 0, nil, err
		}
		rd = bytes.NewReader(raw)
	}
	req, err := http.NewRequest(method, r.base+path, rd)
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := r.client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, nil, err
	}
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil && len(raw) > 0 {
		return resp.StatusCode, nil, errors.Join(fmt.Errorf("%s %s: not a JSON object: %.200s", method, path, raw), err)
	}
	return resp.StatusCode, out, nil
}

func mustMarshal(t *testing.T, v any) string {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}
