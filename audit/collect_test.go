package audit_test

import (
	"context"
	"maps"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/service"
)

// undated is a node whose logs carry no block timestamp (nodes before
// geth 1.16, some L2s): the audit must date them from block headers.
type undated struct {
	audit.Chain
	headers int // HeaderByNumber calls
}

func (u *undated) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := u.Chain.FilterLogs(ctx, q)
	for i := range logs {
		logs[i].BlockTimestamp = 0
	}
	return logs, err
}

func (u *undated) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	u.headers++
	return u.Chain.HeaderByNumber(ctx, n)
}

// batching is an undated node whose JSON-RPC connection the audit can
// use for batches.
type batching struct {
	*undated
	conn *rpc.Client
}

func (b batching) RPCClient() *rpc.Client { return b.conn }

// TestFetchDatesEveryLog checks that each way of dating logs - the log's
// own block timestamp, batched header requests, one header request per
// block - gives the same time for every block, and the same logs.
func TestFetchDatesEveryLog(t *testing.T) {
	ctx := context.Background()
	svc, emb := openService(t, service.Config{ChainRPCAddr: "127.0.0.1:0"})
	workload(t, ctx, svc, 8, emb.AdjustTime)
	remote, err := chain.Dial(ctx, emb.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	conn := remote.Client().(interface{ Client() *rpc.Client }).Client()

	want, err := audit.Fetch(ctx, remote.Client(), svc.Manifest, 0, 7, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Logs) == 0 || len(want.Times) == 0 {
		t.Fatalf("nothing fetched: %d logs", len(want.Logs))
	}
	for _, tc := range []struct {
		name        string
		chain       func(*undated) audit.Chain
		wantHeaders bool // one HeaderByNumber per block (no batch)
	}{
		{"batched headers", func(u *undated) audit.Chain { return batching{u, conn} }, false},
		{"header per block", func(u *undated) audit.Chain { return u }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := &undated{Chain: remote.Client()}
			var scans []audit.Scan
			got, err := audit.Fetch(ctx, tc.chain(u), svc.Manifest, want.To, 7, func(s audit.Scan) { scans = append(scans, s) })
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Logs) != len(want.Logs) || !maps.Equal(got.Times, want.Times) {
				t.Fatalf("%d logs, %d block times; want %d, %d (times equal: %v)",
					len(got.Logs), len(got.Times), len(want.Logs), len(want.Times), maps.Equal(got.Times, want.Times))
			}
			if (u.headers >= len(want.Times)) != tc.wantHeaders {
				t.Fatalf("%d header requests for %d blocks", u.headers, len(want.Times))
			}
			last := scans[len(scans)-1]
			if last.Blocks != last.Total || last.Logs != len(want.Logs) {
				t.Fatalf("last progress %+v, want all blocks and %d logs", last, len(want.Logs))
			}
		})
	}
}
