package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/gpuledger/gpuledger/oracle"
)

// dcgmOutput is a writer safe for the command and the test reading it.
type dcgmOutput struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (o *dcgmOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.Write(p)
}

func (o *dcgmOutput) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

// dcgmExporter serves the first recorded dcgm-exporter scrape on loopback.
func dcgmExporter(t *testing.T) string {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("..", "..", "oracle", "testdata", "dcgm-exporter", "scrape-00.txt"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(body) }))
	t.Cleanup(srv.Close)
	return srv.URL + "/metrics"
}

// dcgmKeystore makes one reporter key and its passphrase file.
func dcgmKeystore(t *testing.T, dir string) (key, pass string) {
	t.Helper()
	acct, err := keystore.StoreKey(filepath.Join(dir, "keys"), "s3cret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	pass = filepath.Join(dir, "pass")
	if err := os.WriteFile(pass, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return acct.URL.Path, pass
}

// TestOracleCommandDCGMRefuses: misused dcgm flags are usage errors; an
// exporter that is down, a taken --listen port, and a GPU selection that
// does not match the asset each stop the command with one line.
func TestOracleCommandDCGMRefuses(t *testing.T) {
	ctx := context.Background()
	for _, args := range [][]string{
		{"oracle", "--asset", "1", "--source", "sim", "--dcgm-url", "http://127.0.0.1:9400/metrics"},
		{"oracle", "--asset", "1", "--source", "nvml", "--gpu-uuids", "GPU-a"},
		{"oracle", "--asset", "1", "--source", "dcgm", "--gpu-uuids", "GPU-a,GPU-a"},
	} {
		if err := run(ctx, args, io.Discard); !errors.Is(err, errUsage) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	taken := ln.Addr().String()
	defer ln.Close()
	err = run(ctx, []string{"oracle", "--asset", "1", "--source", "dcgm", "--listen", taken}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "--listen: listen tcp "+taken) || strings.Contains(err.Error(), "\n") {
		t.Errorf("taken port: %v", err)
	}

	down, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	downURL := "http://" + down.Addr().String() + "/metrics"
	down.Close()
	err = run(ctx, []string{"oracle", "--asset", "1", "--source", "dcgm", "--dcgm-url", downURL}, io.Discard)
	if !errors.Is(err, oracle.ErrScrape) || !strings.HasPrefix(err.Error(), "dcgm: scrape "+downURL+": ") || strings.Contains(err.Error(), "\n") {
		t.Errorf("exporter down: %v", err)
	}

	// Two of the node's eight GPUs for an 8-GPU asset: refused before any report.
	dir := t.TempDir()
	key, pass := dcgmKeystore(t, dir)
	args := []string{"oracle", "--source", "dcgm", "--dcgm-url", dcgmExporter(t), "--tokenize", "--register",
		"--gpu-uuids", "GPU-f76f4685-0f69-3166-ffbd-071ecb9197d5,GPU-58c2110a-3c9c-db61-898d-76d9c3ddead5",
		"--keystore", key, "--passphrase-file", pass, "--data", filepath.Join(dir, "data")}
	err = run(ctx, args, io.Discard)
	if !errors.Is(err, oracle.ErrGPUCount) || !strings.Contains(err.Error(), "but asset 1 has 8") {
		t.Errorf("GPU count: %v", err)
	}
}

// TestOracleCommandDCGMListen runs `gpuledger oracle --source dcgm
// --listen 127.0.0.1:0` against a dcgm-exporter fixture on loopback: it
// starts, serves /healthz (starting: no epoch ended yet) and /metrics, and
// stops cleanly when interrupted.
func TestOracleCommandDCGMListen(t *testing.T) {
	dir := t.TempDir()
	key, pass := dcgmKeystore(t, dir)
	args := []string{"oracle", "--source", "dcgm", "--dcgm-url", dcgmExporter(t), "--tokenize", "--register",
		"--keystore", key, "--passphrase-file", pass, "--data", filepath.Join(dir, "data"), "--listen", "127.0.0.1:0", "--interval", "5m"}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &dcgmOutput{}
	done := make(chan error, 1)
	go func() { done <- run(ctx, args, out) }()

	addr := regexp.MustCompile(`monitoring on (http://127\.0\.0\.1:\d+): /metrics, /healthz`)
	deadline := time.Now().Add(60 * time.Second)
	var base string
	for base == "" || !strings.Contains(out.String(), "oracle agent: asset 1 (8 GPUs") {
		select {
		case err := <-done:
			t.Fatalf("the agent ended: %v\n%s", err, out.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("the agent did not start:\n%s", out.String())
		}
		if m := addr.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
		}
	}
	t.Log(out.String())

	var h oracle.Health
	var resp *http.Response
	for i := 0; ; i++ { // the agent registers with its observer as it starts running
		r, err := http.Get(base + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		h = oracle.Health{}
		err = json.NewDecoder(r.Body).Decode(&h)
		r.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		resp = r
		if h.AssetID != "" || i == 100 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if resp.StatusCode != http.StatusOK || h.Status != oracle.HealthStarting || h.AssetID != "1" || h.Reporters != 1 || h.EpochLengthSeconds != 3600 {
		t.Errorf("healthz: %d %+v", resp.StatusCode, h)
	}
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`gpuledger_oracle_submissions_total{asset="1",outcome="stored"} 0`, "gpuledger_oracle_scrape_errors_total", "go_goroutines", "process_resident_memory_bytes"} {
		if !bytes.Contains(body, []byte(want)) {
			t.Errorf("/metrics lacks %s", want)
		}
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("stopping: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the agent did not stop")
	}
	if !strings.Contains(out.String(), "oracle agent stopped") {
		t.Errorf("output:\n%s", out.String())
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("the monitoring server still answers after the agent stopped")
	}
}
