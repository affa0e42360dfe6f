package ledger

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// countingSource counts the log reads of each block range and fails the
// reads named in failOn, once each.
type countingSource struct {
	*synthChain
	mu     sync.Mutex
	reads  map[[2]uint64]int
	failOn map[[2]uint64]bool
}

func (s *countingSource) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	r := [2]uint64{q.FromBlock.Uint64(), q.ToBlock.Uint64()}
	s.mu.Lock()
	s.reads[r]++
	fail := s.failOn[r]
	delete(s.failOn, r)
	s.mu.Unlock()
	if fail {
		return nil, errors.New("node hiccup")
	}
	return s.synthChain.FilterLogs(ctx, q)
}

// TestReadAhead checks the overlap of a batch's read with the apply of
// the batch before: deep batches are read once each (the read ahead is
// used, not repeated), a failed read ahead is read again rather than
// failing the catch-up, batches inside the undo window are not read
// ahead, and the file is the same as one built without any read ahead
// (batches of one block's reach, where no next batch lies below the
// window).
func TestReadAhead(t *testing.T) {
	chain := newSynthChain(t, 3_000, 10) // 300 blocks
	head := uint64(len(chain.hashes) - 1)
	const batch, depth = 40, 64
	for _, tc := range []struct {
		name   string
		failOn [][2]uint64
	}{
		{name: "clean"},
		{name: "failed read ahead", failOn: [][2]uint64{{41, 80}, {161, 200}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := &countingSource{synthChain: chain, reads: map[[2]uint64]int{}, failOn: map[[2]uint64]bool{}}
			for _, r := range tc.failOn {
				src.failOn[r] = true
			}
			st, err := Open(filepath.Join(t.TempDir(), FileName), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			ix, err := NewIndexer(st, src, chain.m, IndexerConfig{Logger: testLogger(t), BatchBlocks: batch, ReorgDepth: depth})
			if err != nil {
				t.Fatal(err)
			}
			if err := ix.CatchUp(t.Context()); err != nil {
				t.Fatal(err)
			}
			failed := map[[2]uint64]bool{}
			for _, r := range tc.failOn {
				failed[r] = true
			}
			for from := chain.m.DeployBlock; from <= head; from += batch {
				r := [2]uint64{from, min(head, from+batch-1)}
				want := 1
				if failed[r] {
					want = 2 // the read ahead failed; the step read it again
				}
				if src.reads[r] != want {
					t.Errorf("blocks %d-%d read %d times, want %d (reads %v)", r[0], r[1], src.reads[r], want, src.reads)
				}
			}
			if s := ix.Status().Stats; int(s.Logs) != chain.nLogs {
				t.Fatalf("%d logs applied of %d", s.Logs, chain.nLogs)
			}

			// The same chain without read ahead: every batch reaches into
			// the undo window.
			plain, err := Open(filepath.Join(t.TempDir(), FileName), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer plain.Close()
			pix, err := NewIndexer(plain, chain, chain.m, IndexerConfig{Logger: testLogger(t), BatchBlocks: batch, ReorgDepth: head})
			if err != nil {
				t.Fatal(err)
			}
			if err := pix.CatchUp(t.Context()); err != nil {
				t.Fatal(err)
			}
			if pix.next != nil {
				t.Fatal("a batch inside the undo window was read ahead")
			}
			requireSameExport(t, "with read ahead", exportOf(t, st), exportOf(t, plain))
		})
	}
}
