package ledger

import (
	"bytes"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
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
	seen := map[uint64]bool{}
	err = s.view(func(tx *bolt.Tx) error {
		var err error
		through, complete, err = changesSince(tx, since, func(u undoRecord) {
			if u.id == bLeases && len(u.key) == 8 && !seen[enc.ReadU64(u.key)] {
				seen[enc.ReadU64(u.key)] = true
				ids = append(ids, enc.ReadU64(u.key))
			}
		})
		return err
	})
	slices.Sort(ids)
	return ids, through, complete, err
}

// AssetChanged tells whether anything YieldEvents reads of an asset
// changed in the blocks after since, up to through, the mirror's cursor:
// its record and entity logs, the records, logs and SLA credits of its
// leases and its lease index, its epochs and reserve withdrawals, and the
// posting runs of its revenue and operator-fee accounts. So a reader that
// keeps an asset's events from block since may go on using them while
// this says nothing changed, instead of reading the asset's history again.
//
// Like LeasesChanged it reads undo records, so complete is false (and
// changed meaningless) when since is off the mirror's chain or a block
// after it keeps none. A lease record it cannot place (deleted since) counts
// as a change.
func (s *Store) AssetChanged(assetID uint64, since BlockRef) (changed bool, through BlockRef, complete bool, err error) {
	asset := idKey(assetID)
	err = s.view(func(tx *bolt.Tx) error {
		accounts := map[string]bool{}
		for _, a := range []Account{AssetRevenue(assetID), OperatorFees(assetID)} {
			accounts[string(a)] = true
			if n := bucket(tx, bAccounts).Get([]byte(a)); n != nil {
				accounts[string(n)] = true // its posting runs' key prefix
			}
		}
		ofAsset := map[uint64]bool{}
		leaseOfAsset := func(k []byte) bool {
			if len(k) < 8 {
				return true
			}
			id := enc.ReadU64(k)
			mine, ok := ofAsset[id]
			if !ok {
				var l contracts.Lease
				raw := bucket(tx, bLeases).Get(k[:8])
				mine = raw == nil || decodeRecord(raw, &l) != nil || l.AssetID == assetID
				ofAsset[id] = mine
			}
			return mine
		}
		var err error
		through, complete, err = changesSince(tx, since, func(u undoRecord) {
			if changed {
				return
			}
			switch u.id {
			case bAssets, bLeasesByAsset, bEpochs, bReserveWithdrawals:
				changed = bytes.HasPrefix(u.key, asset)
			case bEntityLogs:
				changed = len(u.key) > 0 && (u.key[0] == byte(entityAsset) && bytes.HasPrefix(u.key[1:], asset) ||
					u.key[0] == byte(entityLease) && leaseOfAsset(u.key[1:]))
			case bLeases, bSLACredits:
				changed = leaseOfAsset(u.key)
			case bPostings:
				changed = len(u.key) >= 4 && accounts[string(u.key[:4])]
			case bAccounts:
				changed = accounts[string(u.key)]
			}
		})
		return err
	})
	return changed, through, complete, err
}

// changesSince calls each with every undo record of the blocks after
// since up to the mirror's cursor (through), in tx; complete is false, and
// nothing is read, when the changes cannot be told: since is no longer on
// the mirror's chain (a reorg replaced it), or some block after it keeps
// no undo records (applied while catching up, or pruned).
func changesSince(tx *bolt.Tx, since BlockRef, each func(undoRecord)) (through BlockRef, complete bool, err error) {
	cur, ok := readCursor(tx)
	if !ok {
		return through, false, nil
	}
	through = cur
	if since.Number > cur.Number {
		return through, false, nil // rolled back below since
	}
	if since == cur {
		return through, true, nil
	}
	if noUndo := enc.ReadU64(bucket(tx, bMeta).Get(metaNoUndo)); noUndo > since.Number {
		return through, false, nil
	}
	blocks := bucket(tx, bBlocks)
	rec := blocks.Get(enc.U64(since.Number))
	if len(rec) < 32 || !bytes.Equal(rec[:32], since.Hash[:]) || blocks.Get(enc.U64(since.Number+1)) == nil {
		return through, false, nil // since forked away, or its successors pruned
	}
	c := bucket(tx, bUndo).Cursor()
	for k, v := c.Seek(enc.U64(since.Number + 1)); k != nil && enc.ReadU64(k) <= cur.Number; k, v = c.Next() {
		recs, err := decodeUndo(v)
		if err != nil {
			return through, false, fmt.Errorf("ledger: block %d: %w", enc.ReadU64(k), err)
		}
		for _, u := range recs {
			each(u)
		}
	}
	return through, true, nil
}
