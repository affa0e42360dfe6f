package ledger

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/ledger/internal/enc"
)

// followReorg checks that the cursor block is still the chain's block at
// its height. If it is not (or the chain got shorter), it finds the newest
// recorded block that still is - the common ancestor - and rolls back every
// block above it in one transaction, leaving the cursor on the ancestor;
// the next Step applies the new branch. It returns how many blocks it
// rolled back (0: no reorg).
func (ix *Indexer) followReorg(ctx context.Context, cur BlockRef, head uint64) (uint64, BlockRef, Stats, error) {
	if cur.Number <= head {
		h, err := ix.src.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Number))
		switch {
		case err == nil && h.Hash() == cur.Hash:
			return 0, cur, Stats{}, nil
		case err != nil && !errors.Is(err, ethereum.NotFound):
			return 0, cur, Stats{}, fmt.Errorf("ledger: read cursor block %d: %w", cur.Number, err)
		}
	}

	// The recorded blocks, newest first.
	type rec struct {
		n    uint64
		hash common.Hash
	}
	var recs []rec
	var noUndo uint64
	err := ix.store.db.View(func(tx *bolt.Tx) error {
		c := bucket(tx, bBlocks).Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			if len(v) >= 32 {
				recs = append(recs, rec{enc.ReadU64(k), common.BytesToHash(v[:32])})
			}
		}
		noUndo = enc.ReadU64(bucket(tx, bMeta).Get(metaNoUndo))
		return nil
	})
	if err != nil {
		return 0, cur, Stats{}, err
	}
	var ancestor *BlockRef
	for _, r := range recs {
		if r.n > cur.Number || r.n > head {
			continue
		}
		h, err := ix.src.HeaderByNumber(ctx, new(big.Int).SetUint64(r.n))
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return 0, cur, Stats{}, fmt.Errorf("ledger: read block %d: %w", r.n, err)
		}
		if h.Hash() == r.hash {
			ancestor = &BlockRef{Number: r.n, Hash: r.hash}
			break
		}
	}
	if ancestor == nil || ancestor.Number < noUndo {
		lowest := "none"
		if len(recs) > 0 {
			lowest = fmt.Sprint(recs[len(recs)-1].n)
		}
		return 0, cur, Stats{}, fmt.Errorf("ledger: cursor block %d %s is no longer on the chain and no recorded block "+
			"since %s (undo kept from block %d) is: %w", cur.Number, cur.Hash, lowest, noUndo+1, ErrReorgTooDeep)
	}
	rolled, err := ix.rollback(cur, *ancestor)
	if err != nil {
		return 0, cur, Stats{}, err
	}
	ix.log.Warn("chain reorganised: rolled back orphaned blocks", "from", cur.Number, "to", ancestor.Number,
		"orphaned_head", cur.Hash, "ancestor", ancestor.Hash, "blocks", rolled)
	return rolled, *ancestor, Stats{Reorgs: 1, RolledBack: rolled}, nil
}

// rollback undoes, newest first, every block above the ancestor that has
// undo records, deletes their block records and moves the cursor to the
// ancestor, in one transaction. It returns the number of blocks between
// the ancestor and the old cursor.
func (ix *Indexer) rollback(cur, ancestor BlockRef) (uint64, error) {
	err := ix.store.db.Update(func(tx *bolt.Tx) error {
		if now, ok := readCursor(tx); !ok || now != cur {
			return fmt.Errorf("ledger: cursor moved under the indexer: %w", errRaced)
		}
		b, err := newBatch(tx)
		if err != nil {
			return err
		}
		var blocks []uint64
		for _, id := range []bucketID{bBlocks, bUndo} {
			c := b.bk[id].Cursor()
			for k, _ := c.Seek(enc.U64(ancestor.Number + 1)); k != nil; k, _ = c.Next() {
				blocks = append(blocks, enc.ReadU64(k))
			}
		}
		seen := map[uint64]bool{}
		var order []uint64
		for _, n := range blocks {
			if !seen[n] {
				seen[n] = true
				order = append(order, n)
			}
		}
		// Newest first.
		slices.SortFunc(order, func(x, y uint64) int { return cmp.Compare(y, x) })
		for _, n := range order {
			if err := b.rollbackBlock(n); err != nil {
				return err
			}
		}
		return b.bk[bMeta].Put(metaCursor, encodeCursor(ancestor))
	})
	if err != nil {
		return 0, err
	}
	return cur.Number - ancestor.Number, nil
}
