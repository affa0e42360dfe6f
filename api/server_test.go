package api

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
)

// testServer runs the real service on an in-memory-like temp data dir and
// the real echo server on a loopback port.
func testServer(t *testing.T) (*service.Service, string) {
	t.Helper()
	ctx := context.Background()
	svc, err := service.Open(ctx, service.Config{DataDir: t.TempDir(), Sealing: chain.SealInstant})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := New(svc, nil)
	go srv.Serve(l)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	return svc, "http://" + l.Addr().String()
}

func get(t *testing.T, url string, out any) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if out != nil {
		if err := json.Unmarshal(body, out); err != nil {
			t.Fatalf("GET %s: %v in %s", url, err, body)
		}
	}
	return resp.StatusCode, resp.Header.Get("Content-Type")
}

func TestAssetsAndProblems(t *testing.T) {
	svc, base := testServer(t)
	ctx := context.Background()

	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := svc.Admin.SendAndWait(ctx, &addr, nil, big.NewInt(params.Ether)); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Assets.GrantOperator(ctx, svc.Admin, addr); err != nil {
		t.Fatal(err)
	}
	op := chain.NewTransactor(svc.Chain.Client(), svc.Chain.ChainID(), key, chain.WithErrorDecoder(svc.Decoder))
	_, _, err := svc.Assets.Tokenize(ctx, op, contracts.AssetSpec{
		GPUModel: "H100-SXM5-80GB", GPUCount: 8, RatedPowerW: 10200, Location: "US-TX-1",
		CommissionedAt: time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), BookValue: money.MustParse("280000.50"),
		UsefulLifeMonths: 48, Shares: contracts.NewShares(big.NewInt(1_000_000)),
	})
	if err != nil {
		t.Fatal(err)
	}

	var asset map[string]any
	if code, _ := get(t, base+"/v1/assets/1", &asset); code != http.StatusOK {
		t.Fatalf("GET asset: %d", code)
	}
	if asset["id"] != "1" || asset["book_value"] != "280000.50" || asset["shares"] != "1000000" ||
		asset["gpu_count"] != float64(8) || asset["operator"] != addr.Hex() {
		t.Errorf("asset JSON: %v", asset)
	}

	tests := []struct {
		path   string
		status int
		typ    string
	}{
		{"/v1/assets/2", http.StatusNotFound, ProblemNotFound},
		{"/v1/assets/abc", http.StatusBadRequest, ProblemValidation},
		{"/v1/assets/0", http.StatusBadRequest, ProblemValidation},
		{"/v1/nothing", http.StatusNotFound, ProblemNotFound},
	}
	for _, tt := range tests {
		var p Problem
		code, ct := get(t, base+tt.path, &p)
		if code != tt.status || p.Type != tt.typ || p.Status != tt.status || ct != "application/problem+json" {
			t.Errorf("GET %s: %d %s %+v", tt.path, code, ct, p)
		}
	}

	var ready map[string]any
	if code, _ := get(t, base+"/readyz", &ready); code != http.StatusOK || ready["status"] != "ready" {
		t.Errorf("readyz: %d %v", code, ready)
	}
}
