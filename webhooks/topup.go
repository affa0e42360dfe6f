package webhooks

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/money"
)

// maxActionAttempts bounds the tries of an auto top-up that failed for a
// reason worth retrying (a 5xx, the chain unavailable). With the default
// backoff they end within hours, well inside the API's idempotency TTL
// (24 h), so a retry always finds the first try's journal.
const maxActionAttempts = 8

// Action states.
const (
	actionPending   = "pending"
	actionSucceeded = "succeeded"
	actionFailed    = "failed"
	actionCancelled = "cancelled"
)

// action is an auto top-up found due: stored with the pass that found it,
// run by RunActions, its outcome reported as lease.auto_topup.
type action struct {
	ID         uint64         `json:"id"`
	EndpointID uint64         `json:"endpoint_id"`
	Renter     common.Address `json:"renter"`
	LeaseID    uint64         `json:"lease_id"`
	Amount     money.Amount   `json:"amount"`
	// Event is the internal event of the fact (a reorg cancels the action
	// with it); Key the Idempotency-Key of the top-up (scope: the renter).
	Event       string     `json:"event"`
	Key         string     `json:"key"`
	Block       uint64     `json:"block"`
	Status      string     `json:"status"`
	Attempts    []Attempt  `json:"attempts"`
	NextAttempt *time.Time `json:"next_attempt,omitempty"`
	Note        string     `json:"note,omitempty"`
}

func addAction(tx *bolt.Tx, a *action, due time.Time) error {
	b := tx.Bucket(bActions)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	a.ID, a.Status, a.Attempts, a.NextAttempt = seq, actionPending, []Attempt{}, &due
	if err := putJSON(b, u64(seq), a); err != nil {
		return err
	}
	return tx.Bucket(bActionsDue).Put(cat(timeKey(due), u64(seq)), nil)
}

// putAction writes a back, moving its due entry from old to its new time.
func putAction(tx *bolt.Tx, a action, old *time.Time) error {
	if old != nil {
		if err := tx.Bucket(bActionsDue).Delete(cat(timeKey(*old), u64(a.ID))); err != nil {
			return err
		}
	}
	if a.Status == actionPending && a.NextAttempt != nil {
		if err := tx.Bucket(bActionsDue).Put(cat(timeKey(*a.NextAttempt), u64(a.ID)), nil); err != nil {
			return err
		}
	} else {
		a.NextAttempt = nil
	}
	return putJSON(tx.Bucket(bActions), u64(a.ID), a)
}

// cancelAction cancels a pending action never attempted; one attempted
// already (its top-up may be on chain) runs to its outcome.
func cancelAction(tx *bolt.Tx, id uint64, why string, _ time.Time) error {
	var a action
	if err := getJSON(tx.Bucket(bActions), u64(id), &a); err != nil {
		if isNotFound(err) {
			return nil
		}
		return err
	}
	if a.Status != actionPending || len(a.Attempts) > 0 {
		return nil
	}
	old := a.NextAttempt
	a.Status, a.Note = actionCancelled, why
	return putAction(tx, a, old)
}

// cancelActionsOf cancels the pending actions of an endpoint (deleted).
func cancelActionsOf(tx *bolt.Tx, endpointID uint64, now time.Time) error {
	var ids []uint64
	c := tx.Bucket(bActionsDue).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		ids = append(ids, binary.BigEndian.Uint64(k[8:]))
	}
	for _, id := range ids {
		var a action
		if err := getJSON(tx.Bucket(bActions), u64(id), &a); err != nil {
			return err
		}
		if a.EndpointID != endpointID {
			continue
		}
		old := a.NextAttempt
		a.Status, a.Note = actionCancelled, "the webhook was deleted"
		if err := putAction(tx, a, old); err != nil {
			return err
		}
	}
	return nil
}

// RunActions runs the auto top-ups due now, one at a time, through the
// TopUpper (none set: they wait). Each ends succeeded (2xx), failed (a
// 4xx, or maxActionAttempts tries), or is retried with backoff; the
// outcome is queued as a lease.auto_topup event to its endpoint in the
// transaction that records it. It is serialised with itself.
func (d *Dispatcher) RunActions(ctx context.Context) (int, error) {
	d.actionMu.Lock()
	defer d.actionMu.Unlock()
	t := d.topUpper()
	if t == nil {
		return 0, nil
	}
	now := d.cfg.Now()
	var due []action
	err := d.store.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bActionsDue).Cursor()
		for k, _ := c.First(); k != nil && string(k[:8]) <= string(timeKey(now)); k, _ = c.Next() {
			var a action
			if err := getJSON(tx.Bucket(bActions), k[8:16], &a); err != nil {
				return err
			}
			due = append(due, a)
		}
		return nil
	})
	if err != nil || len(due) == 0 {
		return 0, err
	}
	confirmed, err := d.confirmedBlock(ctx)
	if err != nil {
		return 0, err
	}
	done := 0
	for _, a := range due {
		if a.Block > confirmed {
			continue
		}
		if err := d.runAction(ctx, t, a); err != nil {
			return done, err
		}
		done++
	}
	return done, nil
}

func (d *Dispatcher) runAction(ctx context.Context, t TopUpper, a action) error {
	at := d.cfg.Now()
	res, callErr := t.TopUp(ctx, a.Renter, a.LeaseID, a.Amount, a.Key)
	att := Attempt{At: at.UTC(), StatusCode: res.Status, DurationMS: d.cfg.Now().Sub(at).Milliseconds()}
	var outcome *AutoTopUpData
	retry := false
	switch {
	case callErr != nil:
		att.Error, retry = clip(callErr.Error(), 300), true
	case res.Status >= 500 || res.Status == 0:
		att.Error, retry = clip(fmt.Sprintf("HTTP %d: %s", res.Status, res.Detail), 300), true
	case res.Status >= 200 && res.Status < 300:
		outcome = &AutoTopUpData{Outcome: actionSucceeded, TxHash: res.TxHash, Block: res.Block}
	default:
		att.Error = clip(fmt.Sprintf("HTTP %d: %s", res.Status, res.Detail), 300)
		outcome = &AutoTopUpData{Outcome: actionFailed, Error: clip(res.Detail, 300)}
	}
	err := d.store.db.Update(func(tx *bolt.Tx) error {
		var cur action
		if err := getJSON(tx.Bucket(bActions), u64(a.ID), &cur); err != nil {
			return err
		}
		if cur.Status != actionPending {
			return nil
		}
		old := cur.NextAttempt
		cur.Attempts = append(cur.Attempts, att)
		if retry && len(cur.Attempts) >= maxActionAttempts {
			outcome = &AutoTopUpData{Outcome: actionFailed, Error: att.Error}
		}
		if outcome == nil {
			next := att.At.Add(d.backoff(len(cur.Attempts)))
			cur.NextAttempt = &next
			return putAction(tx, cur, old)
		}
		cur.Status, cur.Note = outcome.Outcome, outcome.Error
		if err := putAction(tx, cur, old); err != nil {
			return err
		}
		if tx.Bucket(bEndpoints).Get(u64(cur.EndpointID)) == nil {
			return nil
		}
		outcome.LeaseID, outcome.Amount, outcome.IdempotencyKey = id(cur.LeaseID), cur.Amount, cur.Key
		data, err := json.Marshal(outcome)
		if err != nil {
			return err
		}
		ev := &eventRecord{Event: Event{ID: eventID("auto_topup", cur.Event), Type: EventAutoTopUp, Created: d.cfg.Now().UTC(), Data: data}}
		if tx.Bucket(bEvents).Get([]byte(ev.ID)) != nil {
			return nil
		}
		if _, err := addDelivery(tx, cur.EndpointID, ev, d.cfg.Now()); err != nil {
			return err
		}
		return putJSON(tx.Bucket(bEvents), []byte(ev.ID), ev)
	})
	if err != nil {
		return err
	}
	lvl := "auto top-up retried"
	switch {
	case outcome != nil && outcome.Outcome == actionSucceeded:
		lvl = "auto top-up made"
	case outcome != nil:
		lvl = "auto top-up failed"
	}
	d.log.Info(lvl, "lease", a.LeaseID, "renter", a.Renter, "amount", a.Amount, "status", res.Status, "err", att.Error)
	if outcome != nil {
		d.Wake()
	}
	return nil
}
