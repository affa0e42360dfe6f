package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// TestVersionPrintsBuild: `gpuledger version` prints the version and commit
// set at link time, which the Makefile's build sets (-X main.version,
// -X main.commit: the variables this test sets, so a rename breaks it);
// without them it falls back to what the toolchain recorded, never "".
func TestVersionPrintsBuild(t *testing.T) {
	mk, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	for _, flag := range []string{"-X main.version=", "-X main.commit="} {
		if !bytes.Contains(mk, []byte(flag)) {
			t.Errorf("the Makefile's build does not set %s", flag)
		}
	}

	defer func(v, c string) { version, commit = v, c }(version, commit)
	version, commit = "v1.4.0-3-gabcdef1", "abcdef1234567890abcdef1234567890abcdef12"
	var out bytes.Buffer
	if err := run(context.Background(), []string{"version"}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"gpuledger v1.4.0-3-gabcdef1\n", "commit abcdef1234567890abcdef1234567890abcdef12", "contracts gpuledger-contracts/"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("version printed %q, want %q in it", out.String(), want)
		}
	}

	version, commit = "", ""
	b := buildInfo()
	if b.Version == "" || (b.Commit == "" && b.Version != "dev") {
		t.Errorf("without link-time values: %+v", b)
	}
}
