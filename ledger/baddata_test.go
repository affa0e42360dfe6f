package ledger

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
)

// injectingSource adds logs to what the chain returns.
type injectingSource struct {
	Source
	extra []types.Log
}

func (s injectingSource) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := s.Source.FilterLogs(ctx, q)
	if err != nil {
		return nil, err
	}
	for _, l := range s.extra {
		if l.BlockNumber >= q.FromBlock.Uint64() && l.BlockNumber <= q.ToBlock.Uint64() {
			logs = append(logs, l)
		}
	}
	return logs, nil
}

// TestBadDataIsSkipped feeds the indexer a log from a contract it does not
// follow, two malformed logs of followed contracts, and a log it has
// already seen (same block hash and index). Each is logged and counted and
// the indexer goes on; the mirror ends up exactly as without them.
func TestBadDataIsSkipped(t *testing.T) {
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealInstant})
	w := newWorkload(t, e, 3, 1)
	for range 20 {
		w.step(t)
	}
	ctx := t.Context()
	// A real LeaseCreated log to copy and corrupt.
	var real *types.Log
	logs, err := e.chain.Client().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(e.m.DeployBlock),
		Addresses: []common.Address{e.m.Address(contracts.LeaseMarketName)},
		Topics:    [][]common.Hash{{marketABI.GetABI().Events["LeaseCreated"].ID}},
	})
	if err != nil || len(logs) == 0 {
		t.Fatalf("no LeaseCreated log to copy (%v)", err)
	}
	real = &logs[0]
	unknown := *real
	unknown.Address = common.HexToAddress("0x00000000000000000000000000000000deadbeef")
	unknown.Index = 900
	truncated := *real
	truncated.Data = real.Data[:len(real.Data)/2]
	truncated.Index = 901
	missingTopics := *real
	missingTopics.Address = e.m.Address(contracts.StablecoinName)
	missingTopics.Topics = []common.Hash{tokenABI.GetABI().Events["Transfer"].ID}
	missingTopics.Index = 902
	duplicate := *real

	src := injectingSource{Source: e.chain.Client(), extra: []types.Log{unknown, truncated, missingTopics, duplicate}}
	st, err := Open(filepath.Join(t.TempDir(), FileName), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ix, err := NewIndexer(st, src, e.m, IndexerConfig{BatchBlocks: 7, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatalf("indexer stopped on bad data: %v", err)
	}
	s := ix.Status().Stats
	if s.UnknownContract != 1 || s.Malformed != 2 || s.Duplicates != 1 || s.Inconsistent != 0 {
		t.Errorf("counters: unknown contract %d, malformed %d, duplicates %d, inconsistent %d; want 1, 2, 1, 0",
			s.UnknownContract, s.Malformed, s.Duplicates, s.Inconsistent)
	}
	requireSameExport(t, "with bad data", exportOf(t, st), freshExport(t, e.chain.Client(), e.m, 0))
	if rep, err := ix.Reconcile(ctx); err != nil || !rep.OK {
		t.Fatalf("reconcile: %v %v", err, rep)
	}
	// A mirror that lost a unit is caught: the renter's wallet and the sum.
	renter := Wallet(w.renters[0].Address())
	st.db.Update(func(tx *bolt.Tx) error {
		u, _ := parseUnits(string(bucket(tx, bBalances).Get([]byte(renter))))
		return bucket(tx, bBalances).Put([]byte(renter), []byte(formatUnits(u.Sub(u, big.NewInt(1)))))
	})
	rep, err := ix.Reconcile(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Differences) != 2 || rep.Differences[0].Subject != string(renter) {
		t.Fatalf("reconcile of a tampered mirror: %v", rep.Differences)
	}
	t.Logf("tampered: %s; %s", rep.Differences[0], rep.Differences[1])
}
