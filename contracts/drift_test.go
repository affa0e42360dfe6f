package contracts

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// TestBindingsUpToDate recompiles the Solidity sources with the pinned solc
// and regenerates every binding with abigen (the library at go.mod's version,
// the same code `make bindings` runs), and fails when anything committed
// under out/ or bindings/ differs: a contract edited without `make bindings`.
func TestBindingsUpToDate(t *testing.T) {
	if _, err := os.Stat("node_modules/solc"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("contracts/node_modules missing on CI: .ci/run must run npm ci (%v)", err)
		}
		t.Skip("contracts/node_modules missing: run `make contracts` to enable the drift check")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed: the drift check needs Node.js")
	}
	fresh := t.TempDir()
	cmd := exec.Command(node, "compile.js", "--out", fresh)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("compile: %v\n%s", err, out)
	}

	committed, err := filepath.Glob("out/*")
	if err != nil {
		t.Fatal(err)
	}
	freshFiles, _ := filepath.Glob(filepath.Join(fresh, "*"))
	if len(committed) != len(freshFiles) {
		t.Fatalf("out/ has %d files, a fresh compile %d: run `make bindings` and commit", len(committed), len(freshFiles))
	}
	for _, f := range committed {
		sameFile(t, f, filepath.Join(fresh, filepath.Base(f)))
	}

	abis, _ := filepath.Glob(filepath.Join(fresh, "*.abi"))
	generated, _ := filepath.Glob("bindings/*/*.go")
	if len(abis) != len(generated) {
		t.Fatalf("%d contracts but %d binding files: run `make bindings` and commit", len(abis), len(generated))
	}
	for _, abiFile := range abis {
		name := strings.TrimSuffix(filepath.Base(abiFile), ".abi")
		abiJSON, err := os.ReadFile(abiFile)
		if err != nil {
			t.Fatal(err)
		}
		bin, err := os.ReadFile(strings.TrimSuffix(abiFile, ".abi") + ".bin")
		if err != nil {
			t.Fatal(err)
		}
		pkg := strings.ToLower(name)
		code, err := abigen.BindV2([]string{name}, []string{string(abiJSON)}, []string{string(bin)},
			pkg, map[string]string{}, map[string]string{})
		if err != nil {
			t.Fatalf("abigen %s: %v", name, err)
		}
		path := filepath.Join("bindings", pkg, pkg+".go")
		have, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%s: %v (run `make bindings`)", path, err)
		}
		if !bytes.Equal(have, []byte(code)) {
			t.Errorf("%s differs from what abigen generates from the sources: run `make bindings` and commit", path)
		}
	}
}

func sameFile(t *testing.T, committed, fresh string) {
	t.Helper()
	a, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(fresh)
	if err != nil {
		t.Fatalf("%s is committed but a fresh compile does not produce it: run `make bindings`", committed)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("%s differs from a fresh compile of src/: run `make bindings` and commit", committed)
	}
}
