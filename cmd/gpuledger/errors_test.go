package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/service"
)

// TestCommandsSayWhatToDo: errors a user can fix with a flag say which
// (before: geth's "datadir already used by another process", a stablecoin
// error naming no flag, a serve of the demo's data dir that hung every
// write for a minute, and an audit of another deployment's manifest
// that scanned nothing and said OK).
func TestCommandsSayWhatToDo(t *testing.T) {
	ctx := context.Background()
	busy := t.TempDir()
	rpcAddr := freeAddr(t)
	svc, err := service.Open(ctx, service.Config{DataDir: busy, Sealing: chain.SealInstant, ChainRPCAddr: rpcAddr})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	other := t.TempDir()
	otherSvc, err := service.Open(ctx, service.Config{DataDir: other, Sealing: chain.SealInstant, ChainRPCAddr: ""})
	if err != nil {
		t.Fatal(err)
	}
	otherSvc.Close()
	// A data dir whose chain time was moved two days ahead, as the demo does.
	ahead := t.TempDir()
	aheadSvc, err := service.Open(ctx, service.Config{DataDir: ahead, Sealing: chain.SealInstant, ChainRPCAddr: ""})
	if err != nil {
		t.Fatal(err)
	}
	if err := aheadSvc.Chain.(*chain.Embedded).AdjustTime(48 * time.Hour); err != nil {
		t.Fatal(err)
	}
	aheadSvc.Close()

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"data dir in use", []string{"serve", "--data", busy, "--listen", "127.0.0.1:0", "--chain-rpc", ""},
			"another gpuledger is serving " + busy + "; use --rpc to share its chain"},
		{"stablecoin without code", []string{"serve", "--data", t.TempDir(), "--listen", "127.0.0.1:0", "--chain-rpc", "",
			"--stablecoin", "0x00000000000000000000000000000000000000f1"},
			"--stablecoin 0x00000000000000000000000000000000000000f1: "},
		{"chain time ahead", []string{"serve", "--data", ahead, "--listen", "127.0.0.1:0", "--chain-rpc", ""},
			"ahead of the wall clock (chain time moved forward, e.g. by `gpuledger demo`)"},
		{"another deployment's manifest", []string{"audit", "--rpc", "http://" + rpcAddr, "--manifest", filepath.Join(other, contracts.ManifestFile)},
			"another deployment's manifest?"},
	} {
		err := run(ctx, tc.args, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v\nwant it to say %q", tc.name, err, tc.want)
		}
	}
}
