package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/gpuledger/gpuledger/oracle"
)

// TestOracleCommandSimWarp runs `gpuledger oracle` over simulated GPUs on
// a fresh embedded chain, epochs warped: it prints one line per stored report.
func TestOracleCommandSimWarp(t *testing.T) {
	var out bytes.Buffer
	args := []string{"oracle", "--source", "sim", "--tokenize", "--register", "--reporters", "3", "--warp",
		"--epochs", "2", "--interval", "1m", "--data", filepath.Join(t.TempDir(), "data")}
	if err := run(context.Background(), args, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	t.Log(out.String())
	if n := strings.Count(out.String(), "(median of 3); stored in tx 0x"); n != 2 {
		t.Errorf("%d stored reports printed, want 2:\n%s", n, out.String())
	}
}

// TestOracleCommandKeystore: a reporter key from a keystore file and a
// passphrase file; a wrong passphrase is refused before anything is sent.
func TestOracleCommandKeystore(t *testing.T) {
	dir := t.TempDir()
	acct, err := keystore.StoreKey(filepath.Join(dir, "keys"), "s3cret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	pass := filepath.Join(dir, "pass")
	if err := os.WriteFile(pass, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"oracle", "--source", "sim", "--tokenize", "--register", "--warp", "--epochs", "1", "--interval", "5m",
		"--keystore", acct.URL.Path, "--passphrase-file", pass, "--data", filepath.Join(dir, "data")}
	var out bytes.Buffer
	if err := run(context.Background(), args, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "(median of 1); stored in tx 0x") {
		t.Errorf("output:\n%s", out.String())
	}
	if err := os.WriteFile(pass, []byte("wrong"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), args, &bytes.Buffer{}); !errors.Is(err, oracle.ErrKeystore) {
		t.Errorf("wrong passphrase: %v", err)
	}
}

func TestOracleCommandRefuses(t *testing.T) {
	ctx := context.Background()
	for _, args := range [][]string{
		{"oracle"},
		{"oracle", "--asset", "1", "--tokenize"},
		{"oracle", "--asset", "1", "--source", "cuda"},
		{"oracle", "--asset", "1", "--source", "nvml", "--warp"},
		{"oracle", "--asset", "1", "--reporters", "17", "--source", "sim"},
	} {
		if err := run(ctx, args, &bytes.Buffer{}); !errors.Is(err, errUsage) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
	// Without a GPU, a GPU source exits at once with one clear line.
	for _, src := range []string{"nvml", "nvidia-smi"} {
		err := run(ctx, []string{"oracle", "--asset", "1", "--source", src}, &bytes.Buffer{})
		if err == nil {
			t.Errorf("%s: no error", src)
			continue
		}
		if !errors.Is(err, oracle.ErrNoGPU) {
			t.Logf("%s: %v (a GPU machine?)", src, err)
			continue
		}
		if msg := err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, src+":") {
			t.Errorf("%s: message %q", src, msg)
		}
	}
}

// TestKeysCommand makes a reporter key with `gpuledger keys new`, reads its
// address back with `keys show`, and opens it as the oracle does; bad
// usage is refused with a usage error and writes nothing.
func TestKeysCommand(t *testing.T) {
	dir := t.TempDir()
	keys := filepath.Join(dir, "keys")
	pass := filepath.Join(dir, "pass")
	if err := os.WriteFile(pass, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"keys", "new", "--keystore", keys, "--passphrase-file", pass}, &out); err != nil {
		t.Fatal(err)
	}
	var addr, file string
	if _, err := fmt.Sscanf(out.String(), "address %s\nkey file %s\n", &addr, &file); err != nil {
		t.Fatalf("output %q: %v", out.String(), err)
	}
	if st, err := os.Stat(file); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file %s: %v %v", file, st, err)
	}
	out.Reset()
	if err := run(context.Background(), []string{"keys", "show", file}, &out); err != nil || strings.TrimSpace(out.String()) != addr {
		t.Fatalf("keys show: %q, %v; want %s", out.String(), err, addr)
	}
	signer, err := oracle.OpenKeystore(file, "s3cret")
	if err != nil || signer.Address().Hex() != addr {
		t.Fatalf("open as the oracle does: %v, %v", signer, err)
	}
	t.Setenv(passphraseEnv, "")
	for _, args := range [][]string{
		{"keys"},
		{"keys", "rotate"},
		{"keys", "new", "--passphrase-file", pass},                 // no --keystore
		{"keys", "new", "--keystore", filepath.Join(dir, "other")}, // empty passphrase
		{"keys", "show"},
	} {
		if err := run(context.Background(), args, io.Discard); !errors.Is(err, errUsage) {
			t.Errorf("%v: got %v, want a usage error", args, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "other")); !os.IsNotExist(err) {
		t.Errorf("a refused keys new created its directory: %v", err)
	}
	if err := run(context.Background(), []string{"keys", "show", pass}, io.Discard); err == nil || errors.Is(err, errUsage) {
		t.Errorf("keys show of a non-key file: %v", err)
	}
}
