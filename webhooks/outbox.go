package webhooks

import (
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// DeliveryStatus is where a delivery stands.
type DeliveryStatus string

// Delivery states. Pending deliveries are in the outbox (due); the others
// are final.
const (
	DeliveryPending   DeliveryStatus = "pending"
	DeliveryDelivered DeliveryStatus = "delivered"
	// DeliveryFailed: every attempt failed (MaxAttempts).
	DeliveryFailed DeliveryStatus = "failed"
	// DeliveryCancelled: never attempted, and never will be: its event was
	// derived from blocks a reorg removed, or its endpoint was deleted.
	DeliveryCancelled DeliveryStatus = "cancelled"
)

// Delivery is one event to one endpoint, with every attempt.
type Delivery struct {
	ID         uint64         `json:"id"`
	EndpointID uint64         `json:"endpoint_id"`
	EventID    string         `json:"event_id"`
	EventType  EventType      `json:"event_type"`
	Created    time.Time      `json:"created"`
	Status     DeliveryStatus `json:"status"`
	Attempts   []Attempt      `json:"attempts"`
	// NextAttempt is when it is due (pending deliveries only).
	NextAttempt *time.Time `json:"next_attempt,omitempty"`
	// Block is its event's block: it is not attempted before that block
	// has Config.Confirmations blocks on top (0: no wait).
	Block uint64 `json:"block,omitempty"`
	// Note says why it was cancelled or failed.
	Note string `json:"note,omitempty"`
}

// Attempt is one POST of a delivery and its outcome.
type Attempt struct {
	At time.Time `json:"at"`
	// StatusCode is the receiver's HTTP status (0 when none came back).
	StatusCode int `json:"status_code,omitempty"`
	// Error is why it failed: a transport error, a timeout, or "HTTP 500".
	Error      string `json:"error,omitempty"`
	DurationMS int64  `json:"duration_ms"`
}

// addDelivery stores a pending delivery of ev to endpoint epID, due at due.
func addDelivery(tx *bolt.Tx, epID uint64, ev *eventRecord, due time.Time) (uint64, error) {
	b := tx.Bucket(bDeliveries)
	id, err := b.NextSequence()
	if err != nil {
		return 0, err
	}
	d := Delivery{ID: id, EndpointID: epID, EventID: ev.ID, EventType: ev.Type, Created: ev.Created,
		Status: DeliveryPending, Attempts: []Attempt{}, NextAttempt: &due, Block: ev.Block}
	if err := putJSON(b, u64(id), d); err != nil {
		return 0, err
	}
	if err := tx.Bucket(bByEndpoint).Put(cat(u64(epID), u64(id)), nil); err != nil {
		return 0, err
	}
	ev.Deliveries = append(ev.Deliveries, id)
	return id, tx.Bucket(bDue).Put(cat(timeKey(due), u64(id)), nil)
}

// getDelivery reads a delivery.
func getDelivery(tx *bolt.Tx, id uint64) (Delivery, error) {
	var d Delivery
	if err := getJSON(tx.Bucket(bDeliveries), u64(id), &d); err != nil {
		return d, fmt.Errorf("delivery %d: %w", id, err)
	}
	return d, nil
}

// putDelivery writes d back, moving its outbox entry from its old due
// time (old, nil when it had none) to its new one (none when final).
func putDelivery(tx *bolt.Tx, d Delivery, old *time.Time) error {
	if old != nil {
		if err := tx.Bucket(bDue).Delete(cat(timeKey(*old), u64(d.ID))); err != nil {
			return err
		}
	}
	if d.Status == DeliveryPending && d.NextAttempt != nil {
		if err := tx.Bucket(bDue).Put(cat(timeKey(*d.NextAttempt), u64(d.ID)), nil); err != nil {
			return err
		}
	} else {
		d.NextAttempt = nil
	}
	return putJSON(tx.Bucket(bDeliveries), u64(d.ID), d)
}

// cancelDelivery cancels a pending delivery (a final one is left alone).
func cancelDelivery(tx *bolt.Tx, id uint64, why string, now time.Time) error {
	d, err := getDelivery(tx, id)
	if err != nil {
		return err
	}
	if d.Status != DeliveryPending {
		return nil
	}
	old := d.NextAttempt
	d.Status, d.Note = DeliveryCancelled, why
	return putDelivery(tx, d, old)
}

// dueDeliveries returns up to n pending deliveries due at or before now,
// oldest first.
func (s *Store) dueDeliveries(now time.Time, n int) ([]Delivery, error) {
	var out []Delivery
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bDue).Cursor()
		limit := timeKey(now)
		for k, _ := c.First(); k != nil && len(out) < n && string(k[:8]) <= string(limit); k, _ = c.Next() {
			d, err := getDelivery(tx, binary.BigEndian.Uint64(k[8:]))
			if err != nil {
				return err
			}
			out = append(out, d)
		}
		return nil
	})
	return out, err
}

// Deliveries returns an endpoint's most recent deliveries, newest first,
// at most limit (1..1000).
func (s *Store) Deliveries(endpointID uint64, limit int) ([]Delivery, error) {
	out := []Delivery{}
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bByEndpoint).Cursor()
		k, _ := c.Seek(u64(endpointID + 1))
		if k == nil {
			k, _ = c.Last()
		} else {
			k, _ = c.Prev()
		}
		for ; k != nil && binary.BigEndian.Uint64(k) == endpointID && len(out) < limit; k, _ = c.Prev() {
			d, err := getDelivery(tx, binary.BigEndian.Uint64(k[8:]))
			if err != nil {
				return err
			}
			out = append(out, d)
		}
		return nil
	})
	return out, err
}

// Pending counts the deliveries in the outbox (tests, metrics).
func (s *Store) Pending() (int, error) {
	n := 0
	err := s.db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bDue).Stats().KeyN
		return nil
	})
	return n, err
}
