package main

import (
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServePortInUse: `make run` passes LISTEN and CHAIN_RPC as serve's
// --listen and --chain-rpc; when either port is taken, serve stops before
// opening anything, with one line naming the flag, the address and the make
// variable to change.
func TestServePortInUse(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	taken := busy.Addr().String()
	for _, c := range []struct {
		flag, makeVar string
		args          []string
	}{
		{"--listen", "LISTEN", []string{"--listen", taken, "--chain-rpc", ""}},
		{"--chain-rpc", "CHAIN_RPC", []string{"--listen", "127.0.0.1:0", "--chain-rpc", taken}},
	} {
		data := filepath.Join(t.TempDir(), "data")
		err := run(context.Background(), append([]string{"serve", "--data", data}, c.args...), io.Discard)
		want := c.flag + " " + taken + ": the port is in use"
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "make run "+c.makeVar+"=") ||
			strings.Contains(err.Error(), "\n") {
			t.Errorf("serve with %s taken: %v; want one line with %q and make run %s=", c.flag, err, want, c.makeVar)
		}
		if _, err := os.Stat(data); !os.IsNotExist(err) {
			t.Errorf("serve with %s taken opened its data dir (%v): the port must be checked first", c.flag, err)
		}
	}
}
