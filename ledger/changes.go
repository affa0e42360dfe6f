package ledger

import (
	"bytes"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/ledger/internal/enc"
)

// LeasesChanged returns the ids of the leases whose mirrored record
// changed (was created, or written by any event) in the blocks after
// since, up to through, the mirror's cursor, both read in one transaction,
// so that a follower can re-read only those instead of every lease.
//
// It reads the blocks' undo records, kept for the blocks inside the undo
// window (IndexerConfig.ReorgDepth), so its cost is bounded by what those
// blocks changed, never by how many leases exist. complete is false when
// the changes cannot be told: since is no longer on the mirror's chain (a
// reorg replaced it), or some block after it keeps no undo records
// (applied while catching up, or pruned); the caller then reads every
// lease it follows and starts again from through.
func (s *Store) LeasesChanged(since BlockRef) (ids []uint64, through BlockRef, complete bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		cur, ok := readCursor(tx)
		if !ok {
			return nil
		}
		through = cur
		if since.Number > cur.Number {
			return nil // rolled back below since: incomplete
		}
		if since == cur {
			complete = true
			return nil
		}
		if noUndo := enc.ReadU64(bucket(tx, bMeta).Get(metaNoUndo)); noUndo > since.Number {
			return nil
		}
		blocks := bucket(tx, bBlocks)
		rec := blocks.Get(enc.U64(since.Number))
		if len(rec) < 32 || !bytes.Equal(rec[:32], since.Hash[:]) || blocks.Get(enc.U64(since.Number+1)) == nil {
			return nil // since forked away, or its successors pruned
		}
		seen := map[uint64]bool{}
		c := bucket(tx, bUndo).Cursor()
		for k, v := c.Seek(enc.U64(since.Number + 1)); k != nil && enc.ReadU64(k) <= cur.Number; k, v = c.Next() {
			recs, err := decodeUndo(v)
			if err != nil {
				return fmt.Errorf("ledger: block %d: %w", enc.ReadU64(k), err)
			}
			for _, u := range recs {
				if u.id == bLeases && len(u.key) == 8 && !seen[enc.ReadU64(u.key)] {
					seen[enc.ReadU64(u.key)] = true
					ids = append(ids, enc.ReadU64(u.key))
				}
			}
		}
		complete = true
		return nil
	})
	slices.Sort(ids)
	return ids, through, complete, err
}
