package ledger

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/yield"
)

// TestAssetChangedCoversYieldEvents checks the promise readers of
// AssetChanged rely on: across a random workload over every money path,
// indexed a step at a time, whenever AssetChanged says nothing of an asset
// changed since the last look, its YieldEvents are exactly what they were.
// Both answers must occur often, and reads where the changes cannot be told
// (a block without undo records) must say so.
func TestAssetChangedCoversYieldEvents(t *testing.T) {
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealInstant})
	w := newWorkload(t, e, 2027, 3)
	ix := openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), IndexerConfig{BatchBlocks: 5, ReorgDepth: 100_000})
	st := ix.Store()
	clock := EpochClock{Genesis: time.Unix(0, 0).UTC(), Length: time.Hour}
	type look struct {
		at BlockRef
		ev yield.Events
	}
	last := map[uint64]look{}
	unchanged, changed := 0, 0
	for step := range 120 {
		// Time passes between steps, so that settlements release rent.
		if err := e.chain.AdjustTime(7 * time.Minute); err != nil {
			t.Fatal(err)
		}
		w.step(t)
		if err := ix.CatchUp(t.Context()); err != nil {
			t.Fatal(err)
		}
		for _, a := range w.assets {
			ev, cur, err := st.YieldEvents(a.ID, clock)
			if err != nil {
				t.Fatal(err)
			}
			if prev, ok := last[a.ID]; ok {
				moved, through, complete, err := st.AssetChanged(a.ID, prev.at)
				if err != nil || !complete || through != cur {
					t.Fatalf("step %d asset %d: changed=%v through=%v complete=%v err=%v (cursor %v)", step, a.ID, moved, through, complete, err, cur)
				}
				if moved {
					changed++
				} else {
					unchanged++
					if !reflect.DeepEqual(prev.ev, ev) {
						t.Fatalf("step %d: asset %d's events changed between blocks %d and %d, and AssetChanged said they did not",
							step, a.ID, prev.at.Number, cur.Number)
					}
				}
			}
			last[a.ID] = look{cur, ev}
		}
	}
	t.Logf("%d looks unchanged, %d changed; workload %v", unchanged, changed, w.counts)
	if unchanged < 30 || changed < 30 {
		t.Errorf("%d unchanged and %d changed looks: the workload tests too little of either", unchanged, changed)
	}
	// A block applied without undo records: the changes cannot be told.
	plain := openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), IndexerConfig{BatchBlocks: 1000, ReorgDepth: 1})
	if err := plain.CatchUp(t.Context()); err != nil {
		t.Fatal(err)
	}
	if _, _, complete, err := plain.Store().AssetChanged(w.assets[0].ID, BlockRef{Number: 1}); err != nil || complete {
		t.Errorf("over blocks without undo records: complete=%v err=%v", complete, err)
	}
}
