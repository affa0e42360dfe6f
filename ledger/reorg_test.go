package ledger

import (
	"maps"
	"path/filepath"
	"testing"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/money"
)

// saved is the workload's view of the chain at a fork point.
type saved struct {
	leases    []trackedLease
	lastEpoch map[uint64]uint64
}

func (w *workload) save() saved {
	return saved{leases: append([]trackedLease(nil), w.leases...), lastEpoch: maps.Clone(w.lastEpoch)}
}

func (w *workload) restore(s saved) {
	w.leases = append([]trackedLease(nil), s.leases...)
	w.lastEpoch = maps.Clone(s.lastEpoch)
}

// branch grows the chain to at least head+blocks with money events: a
// faucet mint first (so every branch books something), then random steps.
func (w *workload) branch(t *testing.T, blocks uint64) uint64 {
	t.Helper()
	start := w.e.head(t).Number.Uint64()
	if blocks == 0 {
		return 0
	}
	r := w.renters[w.rng.IntN(len(w.renters))]
	if _, err := w.e.token.Mint(w.e.ctx, w.e.admin, r.Address(), money.MustFromUnits(bigInt(1+w.rng.Int64N(9_000_000)))); err != nil {
		t.Fatal(err)
	}
	for w.e.head(t).Number.Uint64() < start+blocks {
		w.step(t)
	}
	return w.e.head(t).Number.Uint64() - start
}

// TestReorgFollowsForks builds, ten times, a branch of 1..10 blocks of
// money events (leases, settlements, claims, transfers, ...), lets the
// indexer apply it, then forks the chain at the branch's parent, drops its
// transactions and builds a different branch (one block shorter, as long,
// or one block longer; the first replacement is empty). After the indexer
// follows, its mirror must export exactly what a fresh reindex of the new
// chain exports, and Reconcile must find nothing.
func TestReorgFollowsForks(t *testing.T) {
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealManual})
	w := newWorkload(t, e, 77, 2)
	for range 25 {
		w.step(t)
	}
	ix := openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), IndexerConfig{BatchBlocks: 4, ReorgDepth: 24})
	if err := ix.CatchUp(t.Context()); err != nil {
		t.Fatal(err)
	}
	src := e.chain.Client()
	for depth := uint64(1); depth <= 10; depth++ {
		base := e.head(t)
		before := w.save()
		lenA := w.branch(t, depth)
		if err := ix.CatchUp(t.Context()); err != nil {
			t.Fatal(err)
		}
		requireSameExport(t, "branch A", exportOf(t, ix.Store()), freshExport(t, src, e.m, 0))
		entriesA := ix.Status().Stats.Entries

		if err := e.chain.Fork(base.Hash()); err != nil {
			t.Fatal(err)
		}
		if err := e.chain.Rollback(); err != nil {
			t.Fatal(err)
		}
		e.resync()
		w.restore(before)
		lenB := w.branch(t, depth-1+(depth-1)%3)

		reorgs := ix.Status().Stats.Reorgs
		if err := ix.CatchUp(t.Context()); err != nil {
			t.Fatalf("depth %d: %v", depth, err)
		}
		st := ix.Status()
		if st.Stats.Reorgs != reorgs+1 {
			t.Fatalf("depth %d: %d reorgs followed, want %d", depth, st.Stats.Reorgs, reorgs+1)
		}
		if st.Cursor.Hash != e.head(t).Hash() {
			t.Fatalf("depth %d: cursor %d %s, head %d %s", depth, st.Cursor.Number, st.Cursor.Hash, e.head(t).Number, e.head(t).Hash())
		}
		requireSameExport(t, "after the reorg", exportOf(t, ix.Store()), freshExport(t, src, e.m, 0))
		rep, err := ix.Reconcile(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range rep.Differences {
			t.Errorf("depth %d: reconcile: %s", depth, d)
		}
		t.Logf("depth %d: branch A %d blocks (%d entries so far), replaced by %d blocks; rolled back %d blocks in all",
			depth, lenA, entriesA, lenB, st.Stats.RolledBack)
	}
	t.Logf("workload: %v", w.counts)
}

// TestReorgDeeperThanWindow: a fork below the undo window stops the
// indexer with ErrReorgTooDeep rather than leaving a wrong mirror.
func TestReorgDeeperThanWindow(t *testing.T) {
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealManual})
	w := newWorkload(t, e, 5, 1)
	ix := openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), IndexerConfig{ReorgDepth: 3})
	base := e.head(t)
	before := w.save()
	w.branch(t, 8)
	if err := ix.CatchUp(t.Context()); err != nil {
		t.Fatal(err)
	}
	if err := e.chain.Fork(base.Hash()); err != nil {
		t.Fatal(err)
	}
	if err := e.chain.Rollback(); err != nil {
		t.Fatal(err)
	}
	e.resync()
	w.restore(before)
	w.branch(t, 9)
	err := ix.CatchUp(t.Context())
	if !isErr(err, ErrReorgTooDeep) {
		t.Fatalf("CatchUp after a deep reorg: %v, want ErrReorgTooDeep", err)
	}
	if s := ix.Status(); s.LastError == "" {
		t.Error("status does not show the error")
	}
}
