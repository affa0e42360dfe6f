package webhooks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	bolt "go.etcd.io/bbolt"
)

// maxCheckpoints bounds the passes remembered to find where a reorg forked.
const maxCheckpoints = 256

func readCheckpoints(tx *bolt.Tx) ([]checkpoint, error) {
	var cps []checkpoint
	if v := tx.Bucket(bMeta).Get(metaCheckpoints); v != nil {
		if err := json.Unmarshal(v, &cps); err != nil {
			return nil, fmt.Errorf("webhooks store: checkpoints: %w", err)
		}
	}
	return cps, nil
}

func writeCheckpoints(tx *bolt.Tx, cps []checkpoint) error {
	return putJSON(tx.Bucket(bMeta), metaCheckpoints, cps)
}

// addCheckpoint records a pass's label, keeping those within ReorgDepth
// blocks of it (and at most maxCheckpoints).
func (d *Dispatcher) addCheckpoint(tx *bolt.Tx, cp checkpoint) error {
	cps, err := readCheckpoints(tx)
	if err != nil {
		return err
	}
	if n := len(cps); n > 0 && cps[n-1].Number == cp.Number && cps[n-1].Hash == cp.Hash {
		cps[n-1] = cp
	} else {
		cps = append(cps, cp)
	}
	keep := 0
	for keep < len(cps)-1 && (cps[keep].Number+d.cfg.ReorgDepth < cp.Number || len(cps)-keep > maxCheckpoints) {
		keep++
	}
	return writeCheckpoints(tx, cps[keep:])
}

// followReorg checks the newest checkpoints against the chain and, when
// some were dropped by a reorg, rolls the store back to the newest one
// still on the chain (the fork): see the package comment. It returns how
// many events it cancelled or retracted.
func (d *Dispatcher) followReorg(ctx context.Context) (int, error) {
	var cps []checkpoint
	if err := d.store.db.View(func(tx *bolt.Tx) error {
		var err error
		cps, err = readCheckpoints(tx)
		return err
	}); err != nil || len(cps) == 0 {
		return 0, err
	}
	fork := -1
	for i := len(cps) - 1; i >= 0; i-- {
		h, err := d.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(cps[i].Number))
		if errors.Is(err, ethereum.NotFound) {
			continue // the chain got shorter
		}
		if err != nil {
			return 0, fmt.Errorf("webhooks: read block %d: %w", cps[i].Number, err)
		}
		if h.Hash() == cps[i].Hash {
			fork = i
			break
		}
	}
	if fork == len(cps)-1 {
		return 0, nil
	}
	var to checkpoint
	if fork < 0 {
		// Deeper than every checkpoint (the ledger stops too, with
		// ErrReorgTooDeep): everything from the oldest on is suspect, and
		// the next pass starts the checkpoints again.
		d.log.Error("reorg deeper than the webhooks' checkpoints; rolling back past the oldest", "oldest", cps[0].Number)
		to = checkpoint{Number: cps[0].Number - 1, LeaseCursor: cps[0].LeaseCursor}
	} else {
		to = cps[fork]
	}
	n := 0
	now := d.cfg.Now().UTC()
	err := d.store.db.Update(func(tx *bolt.Tx) error {
		var err error
		n, err = rollback(tx, to, now)
		if err != nil {
			return err
		}
		return writeCheckpoints(tx, cps[:fork+1])
	})
	if err != nil {
		return 0, err
	}
	// The watch set went back to the fork's: read every lease again.
	d.follow.reset()
	d.log.Warn("webhooks followed a reorg", "fork_block", to.Number, "events", n)
	d.Wake()
	return n, nil
}

// rollback undoes, in tx, what passes above checkpoint to derived: events
// from orphaned blocks are cancelled where never attempted and retracted
// where attempted, their facts forgotten (or restored to what they
// replaced), the lease cursor and watch set taken back to the fork's.
func rollback(tx *bolt.Tx, to checkpoint, now time.Time) (int, error) {
	type orphan struct {
		block uint64
		id    string
	}
	var orphans []orphan
	c := tx.Bucket(bEventsBlock).Cursor()
	for k, _ := c.Seek(u64(to.Number + 1)); k != nil; k, _ = c.Next() {
		orphans = append(orphans, orphan{decodeU64(k), string(k[8:])})
	}
	// Newest first, so that a fact fired twice above the fork is restored
	// step by step.
	sort.SliceStable(orphans, func(i, j int) bool { return orphans[i].block > orphans[j].block })
	for _, o := range orphans {
		if err := tx.Bucket(bEventsBlock).Delete(cat(u64(o.block), []byte(o.id))); err != nil {
			return 0, err
		}
		var ev eventRecord
		if err := getJSON(tx.Bucket(bEvents), []byte(o.id), &ev); err != nil {
			if isNotFound(err) {
				continue // pruned
			}
			return 0, err
		}
		why := fmt.Sprintf("reorg: derived from block %d (%s), which the chain dropped", ev.Block, ev.BlockHash.Hex())
		for _, dID := range ev.Deliveries {
			dl, err := getDelivery(tx, dID)
			if err != nil {
				return 0, err
			}
			attempted := len(dl.Attempts) > 0
			if err := cancelDelivery(tx, dID, why, now); err != nil {
				return 0, err
			}
			if !attempted || tx.Bucket(bEndpoints).Get(u64(dl.EndpointID)) == nil {
				continue
			}
			data, err := json.Marshal(RetractedData{EventID: ev.ID, EventType: ev.Type, Block: ev.Block, BlockHash: ev.BlockHash, Reason: "reorg"})
			if err != nil {
				return 0, err
			}
			r := &eventRecord{Event: Event{ID: eventID("retracted", ev.ID, id(dl.EndpointID)), Type: EventRetracted,
				Created: now, Data: data}}
			if tx.Bucket(bEvents).Get([]byte(r.ID)) != nil {
				continue
			}
			if _, err := addDelivery(tx, dl.EndpointID, r, now); err != nil {
				return 0, err
			}
			if err := putJSON(tx.Bucket(bEvents), []byte(r.ID), r); err != nil {
				return 0, err
			}
		}
		for _, aID := range ev.Actions {
			if err := cancelAction(tx, aID, why, now); err != nil {
				return 0, err
			}
		}
		if ev.Fired != "" {
			var f firedRecord
			err := getJSON(tx.Bucket(bFired), []byte(ev.Fired), &f)
			switch {
			case isNotFound(err):
			case err != nil:
				return 0, err
			case f.Event != ev.ID:
				// Replaced by a later event, rolled back before this one
				// or kept: leave it.
			case f.Prev != nil && f.Prev.Block <= to.Number:
				if err := putJSON(tx.Bucket(bFired), []byte(ev.Fired), f.Prev); err != nil {
					return 0, err
				}
			default:
				if err := tx.Bucket(bFired).Delete([]byte(ev.Fired)); err != nil {
					return 0, err
				}
			}
		}
	}
	// The watch set and lease cursor as of the fork; every lease's credits
	// are read again (their records may have changed).
	watch := tx.Bucket(bWatch)
	kept := map[string]watchRecord{}
	var drop [][]byte
	err := watch.ForEach(func(k, v []byte) error { // bbolt: no writes inside ForEach
		var w watchRecord
		if err := json.Unmarshal(v, &w); err != nil {
			return err
		}
		if w.FirstSeen > to.Number {
			drop = append(drop, append([]byte{}, k...))
			return nil
		}
		if w.EndedAt > to.Number {
			w.EndedAt = 0
		}
		w.Credited = ""
		kept[string(k)] = w
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, k := range drop {
		if err := watch.Delete(k); err != nil {
			return 0, err
		}
	}
	for k, w := range kept {
		if err := putJSON(watch, []byte(k), w); err != nil {
			return 0, err
		}
	}
	return len(orphans), tx.Bucket(bMeta).Put(metaLeaseCursor, u64(to.LeaseCursor))
}
