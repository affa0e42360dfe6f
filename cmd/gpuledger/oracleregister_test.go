package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuledger/gpuledger/api"
	"github.com/gpuledger/gpuledger/internal/servicetest"
	"github.com/gpuledger/gpuledger/oracle"
	"github.com/gpuledger/gpuledger/service"
)

// curlLine is one request printed by --print-registration.
var curlLine = regexp.MustCompile(`^curl -fsS(?: -X (\w+))? "\$API(/[^"]*)"(?: .*-d '([^']*)')?`)

// TestOracleCommandPrintsRegistration: `gpuledger oracle
// --print-registration` opens no chain and reads no passphrase; what it
// prints, sent as is by an oracle-admin account to a running API,
// registers the agent's reporters and quorum.
func TestOracleCommandPrintsRegistration(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	svc := servicetest.Open(t, filepath.Join(dir, "serve"), service.Config{})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := api.New(svc, nil)
	go srv.Serve(l)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	base := "http://" + l.Addr().String()
	adminKey, err := os.ReadFile(filepath.Join(dir, "serve", "admin.key"))
	if err != nil {
		t.Fatal(err)
	}
	call := func(key, method, path, body string, want int) map[string]any {
		t.Helper()
		var rd io.Reader
		if body != "" {
			rd = strings.NewReader(body)
		}
		req, err := http.NewRequestWithContext(ctx, method, base+path, rd)
		if err != nil {
			t.Fatal(err)
		}
		if key != "" {
			req.Header.Set("Authorization", "Bearer "+key)
		}
		if body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != want {
			t.Fatalf("%s %s: %d %s, want %d", method, path, resp.StatusCode, raw, want)
		}
		var out map[string]any
		json.Unmarshal(raw, &out)
		return out
	}
	admin := strings.TrimSpace(string(adminKey))
	op := call(admin, "POST", "/v1/accounts", `{"role":"operator","name":"acme"}`, 201)["api_key"].(string)
	oracleAdmin := call(admin, "POST", "/v1/accounts", `{"role":"oracle-admin","name":"oracle desk"}`, 201)["api_key"].(string)
	call(op, "POST", "/v1/assets", `{"gpu_model":"H100-SXM5-80GB","gpu_count":8,"rated_power_w":10200,"location":"US-TX-1",
		"commissioned_at":"2026-01-15T00:00:00Z","book_value":"280000","useful_life_months":48,"shares":"1000000"}`, 201)

	// Simulated reporters: their dev keys; nothing is opened.
	data := filepath.Join(dir, "agent-data")
	var out bytes.Buffer
	if err := run(ctx, []string{"oracle", "--asset", "1", "--source", "sim", "--reporters", "3", "--seed", "7",
		"--print-registration", "--api", base, "--data", data}, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	t.Logf("printed:\n%s", out.String())
	if _, err := os.Stat(data); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("--print-registration touched the data dir: %v", err)
	}
	var want []any
	for i := range 3 {
		want = append(want, crypto.PubkeyToAddress(oracle.SimReporterKey(7, i).PublicKey).Hex())
	}
	sent := 0
	for _, line := range strings.Split(out.String(), "\n") {
		m := curlLine.FindStringSubmatch(line)
		if m == nil || m[1] == "" {
			continue // comments, the variable, the final read
		}
		code := 200
		if m[1] == "POST" {
			code = 201
		}
		call(oracleAdmin, m[1], m[2], m[3], code)
		sent++
	}
	if sent != 4 {
		t.Fatalf("%d requests printed, want 3 reporters and a quorum", sent)
	}
	got := call("", "GET", "/v1/assets/1/oracle", "", 200)
	if fmt.Sprint(got["reporters"]) != fmt.Sprint(want) || got["quorum"] != float64(2) {
		t.Fatalf("after the printed requests: %v, want reporters %v quorum 2", got, want)
	}

	// Keystore reporters: their addresses, read without the passphrase.
	keys := filepath.Join(dir, "keys")
	var addrs []string
	for range 2 {
		acct, err := keystore.StoreKey(keys, "s3cret", keystore.LightScryptN, keystore.LightScryptP)
		if err != nil {
			t.Fatal(err)
		}
		addrs = append(addrs, acct.Address.Hex())
	}
	t.Setenv(passphraseEnv, "")
	os.Unsetenv(passphraseEnv)
	out.Reset()
	if err := run(ctx, []string{"oracle", "--asset", "9", "--source", "nvml", "--keystore", keys, "--print-registration"}, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	for _, a := range addrs {
		if !strings.Contains(out.String(), `/v1/assets/9/reporters" `) || !strings.Contains(out.String(), `{"address":"`+a+`"}`) {
			t.Errorf("keystore reporter %s not printed:\n%s", a, out.String())
		}
	}
	if !strings.Contains(out.String(), `-d '{"quorum":2}'`) {
		t.Errorf("quorum not printed:\n%s", out.String())
	}
	// One reporter cannot meet the floor: no quorum request, and why.
	out.Reset()
	if err := run(ctx, []string{"oracle", "--asset", "9", "--source", "sim", "--reporters", "1", "--print-registration"}, &out); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "/quorum") || !strings.Contains(out.String(), "floor of 2") {
		t.Errorf("one reporter:\n%s", out.String())
	}
	if err := run(ctx, []string{"oracle", "--tokenize", "--print-registration"}, &out); !errors.Is(err, errUsage) {
		t.Errorf("--tokenize with --print-registration: %v", err)
	}
}
