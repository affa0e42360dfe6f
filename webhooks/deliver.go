package webhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// deliverBatch is the most deliveries one round sends (concurrently).
const deliverBatch = 8

// DeliverResult says what one DeliverDue round did.
type DeliverResult struct {
	Attempted int // POSTs made
	Delivered int // answered 2xx
	Failed    int // gave up on (MaxAttempts)
	Waiting   int // due, but their block lacks confirmations
}

// DeliverDue sends the deliveries due now (at most a batch, concurrently)
// and records each attempt. It is serialised with itself. A delivery is
// posted at least once per attempt recorded: one cut off by a crash after
// its POST is posted again.
func (d *Dispatcher) DeliverDue(ctx context.Context) (DeliverResult, error) {
	d.deliverMu.Lock()
	defer d.deliverMu.Unlock()
	var res DeliverResult
	now := d.cfg.Now()
	due, err := d.store.dueDeliveries(now, deliverBatch)
	if err != nil || len(due) == 0 {
		return res, err
	}
	confirmed, err := d.confirmedBlock(ctx)
	if err != nil {
		return res, err
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex // guards res and errs
		errs []error
	)
	for _, dl := range due {
		if dl.Block > confirmed {
			// Not deep enough yet: look again in a poll.
			res.Waiting++
			old := dl.NextAttempt
			next := now.Add(d.cfg.Poll)
			dl.NextAttempt = &next
			if err := d.store.db.Update(func(tx *bolt.Tx) error { return putDelivery(tx, dl, old) }); err != nil {
				return res, err
			}
			continue
		}
		wg.Add(1)
		go func(dl Delivery) {
			defer wg.Done()
			ok, gaveUp, err := d.attempt(ctx, dl)
			mu.Lock()
			defer mu.Unlock()
			res.Attempted++
			if ok {
				res.Delivered++
			}
			if gaveUp {
				res.Failed++
			}
			if err != nil {
				errs = append(errs, err)
			}
		}(dl)
	}
	wg.Wait()
	return res, errors.Join(errs...)
}

// confirmedBlock is the newest block with Confirmations blocks on top.
func (d *Dispatcher) confirmedBlock(ctx context.Context) (uint64, error) {
	if d.cfg.Confirmations == 0 {
		return ^uint64(0), nil
	}
	h, err := d.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("webhooks: read head: %w", err)
	}
	n := h.Number.Uint64()
	if n < d.cfg.Confirmations {
		return 0, nil
	}
	return n - d.cfg.Confirmations, nil
}

// attempt posts one delivery and records the outcome: delivered on a 2xx,
// else rescheduled with backoff, or failed after MaxAttempts. An endpoint
// deleted meanwhile cancels it instead.
func (d *Dispatcher) attempt(ctx context.Context, dl Delivery) (ok, gaveUp bool, err error) {
	var ep Endpoint
	var ev eventRecord
	err = d.store.db.View(func(tx *bolt.Tx) error {
		if err := getJSON(tx.Bucket(bEndpoints), u64(dl.EndpointID), &ep); err != nil {
			return err
		}
		return getJSON(tx.Bucket(bEvents), []byte(dl.EventID), &ev)
	})
	if isNotFound(err) {
		now := d.cfg.Now()
		return false, false, d.store.db.Update(func(tx *bolt.Tx) error {
			return cancelDelivery(tx, dl.ID, "its webhook or event is gone", now)
		})
	}
	if err != nil {
		return false, false, err
	}
	at := d.cfg.Now()
	status, sendErr := d.post(ctx, ep, ev.Event, dl.ID, at)
	a := Attempt{At: at.UTC(), StatusCode: status, DurationMS: d.cfg.Now().Sub(at).Milliseconds()}
	switch {
	case sendErr != nil:
		a.Error = clip(sendErr.Error(), 300)
	case status < 200 || status > 299:
		a.Error = "HTTP " + strconv.Itoa(status)
	default:
		ok = true
	}
	err = d.store.db.Update(func(tx *bolt.Tx) error {
		cur, err := getDelivery(tx, dl.ID)
		if err != nil {
			return err
		}
		if cur.Status != DeliveryPending {
			return nil // cancelled while in flight (endpoint deleted)
		}
		old := cur.NextAttempt
		cur.Attempts = append(cur.Attempts, a)
		switch {
		case ok:
			cur.Status = DeliveryDelivered
		case len(cur.Attempts) >= d.cfg.MaxAttempts:
			cur.Status, cur.Note, gaveUp = DeliveryFailed, fmt.Sprintf("gave up after %d attempts", len(cur.Attempts)), true
		default:
			next := a.At.Add(d.backoff(len(cur.Attempts)))
			cur.NextAttempt = &next
		}
		return putDelivery(tx, cur, old)
	})
	if ok {
		d.log.Debug("webhook delivered", "delivery", dl.ID, "endpoint", ep.ID, "event", ev.ID, "type", ev.Type)
	} else {
		d.log.Info("webhook delivery failed", "delivery", dl.ID, "endpoint", ep.ID, "event", ev.ID, "attempt", len(dl.Attempts)+1,
			"status", status, "err", a.Error, "gave_up", gaveUp)
	}
	return ok, gaveUp, err
}

// backoff is the wait after the n-th failed attempt: Base×2^(n-1), at
// most Max, times a jitter in [0.5, 1.5) so that receivers coming back
// from an outage are not hit by every retry at once.
func (d *Dispatcher) backoff(n int) time.Duration {
	wait := d.cfg.Backoff.Base
	for i := 1; i < n && wait < d.cfg.Backoff.Max; i++ {
		wait *= 2
	}
	wait = min(wait, d.cfg.Backoff.Max)
	return time.Duration(float64(wait) * (0.5 + rand.Float64()))
}

// post sends an event to an endpoint, signed, and returns the status.
// Redirects are not followed (a 3xx is a failure): the signature was made
// for the registered URL only.
func (d *Dispatcher) post(ctx context.Context, ep Endpoint, ev Event, deliveryID uint64, at time.Time) (int, error) {
	body, err := json.Marshal(ev)
	if err != nil {
		return 0, err
	}
	// A POST once started runs to its answer (within Timeout) even when the
	// dispatcher is being stopped: cut off, a receiver that accepted the
	// event would be recorded as not reached and sent it again after a
	// restart. Stopping waits for the attempts in flight.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), d.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep.URL, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "gpuledger-webhooks/1")
	req.Header.Set(SignatureHeader, Sign(ep.Secret, at, body))
	req.Header.Set(EventIDHeader, ev.ID)
	req.Header.Set(EventTypeHeader, string(ev.Type))
	req.Header.Set(DeliveryIDHeader, strconv.FormatUint(deliveryID, 10))
	resp, err := d.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // let the connection be reused
	return resp.StatusCode, nil
}
