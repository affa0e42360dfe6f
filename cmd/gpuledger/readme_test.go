package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmePath is the README, from this package's directory.
const readmePath = "../../README.md"

// TestReadmeWalkthrough runs the shell block of README.md's "API in one
// screen" exactly as printed, with bash (set -euo pipefail, so the first
// command that fails, an HTTP error included, stops it), against a fresh
// `gpuledger serve` (this package's code, run by the test binary: see
// TestMain) on free ports, stopped afterwards. API and DATA, which the block
// reads with `make run`'s defaults, name that server and its data dir. Then
// what the block printed must be the three answers it asks for: the faucet
// paid the renter, the lease is open with its deposit in escrow, and the
// asset's metadata describes the node tokenized.
func TestReadmeWalkthrough(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a service process")
	}
	for _, tool := range []string{"bash", "curl", "sed"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed on CI: the README's walkthrough needs it", tool)
			}
			t.Skipf("%s is not installed: the README's walkthrough needs it", tool)
		}
	}
	block := readmeBlock(t, "## API in one screen")

	h := &crashHarness{t: t, data: filepath.Join(t.TempDir(), "data")}
	h.start("")
	defer h.stop()

	cmd := exec.Command("bash", "-x", "-euo", "pipefail", "-c", block)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "API="+h.api, "DATA="+h.data)
	var stdout, trace bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &trace
	if err := cmd.Run(); err != nil {
		t.Fatalf("README walkthrough: %v\n--- trace (bash -x)\n%s--- output\n%s--- serve\n%s", err, trace.String(), stdout.String(), h.stderr)
	}

	var answers []map[string]any
	dec := json.NewDecoder(&stdout)
	for {
		var v map[string]any
		if err := dec.Decode(&v); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("the walkthrough printed something that is not JSON: %v\n%s", err, stdout.String())
		}
		answers = append(answers, v)
	}
	if len(answers) != 3 {
		t.Fatalf("the walkthrough printed %d answers, want the faucet's, the lease and the metadata: %v", len(answers), answers)
	}
	faucet, metadata := answers[0], answers[2]
	lease := answers[1]
	wantField(t, faucet, "amount", "100.00")
	if lease == nil {
		t.Fatalf("second answer is not a lease: %v", answers[1])
	}
	for field, want := range map[string]string{"id": "1", "gpus": "6", "deposit": "30.00", "escrow": "30.00",
		"price_per_gpu_hour": "2.50", "status": "active", "renter": faucet["address"].(string)} {
		wantField(t, lease, field, want)
	}
	wantField(t, metadata, "name", "H100-SXM5-80GB × 8, US-TX-1 (asset 1)")
}

// readmeBlock returns the first indented code block after heading in the
// README, without its four-space indent. Blank lines inside it belong to
// it; the first line after it that is not indented ends it.
func readmeBlock(t *testing.T, heading string) string {
	t.Helper()
	f, err := os.Open(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	inSection := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case l == heading:
			inSection = true
		case !inSection:
		case strings.HasPrefix(l, "    "):
			lines = append(lines, strings.TrimPrefix(l, "    "))
		case strings.TrimSpace(l) == "" && len(lines) > 0:
			lines = append(lines, "")
		case len(lines) > 0 || strings.HasPrefix(l, "## "):
			return finishBlock(t, heading, lines)
		}
	}
	return finishBlock(t, heading, lines)
}

func finishBlock(t *testing.T, heading string, lines []string) string {
	t.Helper()
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		t.Fatalf("README.md has no code block under %q", heading)
	}
	return strings.Join(lines, "\n") + "\n"
}

// TestReadmeGoVersion: the Go version the README asks for is go.mod's.
func TestReadmeGoVersion(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(mod)
	if m == nil {
		t.Fatal("go.mod has no go line")
	}
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	stated := regexp.MustCompile(`Go \(([0-9.]+)\+`).FindAllSubmatch(readme, -1)
	if len(stated) == 0 {
		t.Fatal(`README.md states no Go version ("Go (X+")`)
	}
	for _, s := range stated {
		if string(s[1]) != string(m[1]) {
			t.Errorf("README.md asks for Go %s+, go.mod's go line says %s", s[1], m[1])
		}
	}
}
