package webhooks

import (
	"math/big"
	"reflect"
	"time"

	"github.com/gpuledger/gpuledger/ledger"
)

// changeFeed is the part of the mirror that tells which leases changed:
// *ledger.Store satisfies it (ledger.Store.LeasesChanged). It is
// optional: a Mirror without it is read in full at every pass.
type changeFeed interface {
	LeasesChanged(since ledger.BlockRef) (ids []uint64, through ledger.BlockRef, complete bool, err error)
}

// follow is what the dispatcher remembers between passes, in memory, so
// that a pass reads only the leases that may have news: those the mirror
// changed since the last pass, the running ones whose runway may have
// crossed an endpoint's threshold by now (due), and the ended ones old
// enough to stop watching. The rest cannot have news: a lease's facts
// change only with its record, except thresholds of runway, which fall
// with time at a rate the record fixes. An idle pass therefore reads no
// lease, however many are open.
//
// It is rebuilt by a full pass (every watched lease read) after a start,
// a reorg the store followed, a pass that failed, a change of the
// endpoints (a new one may hear of leases already below its threshold),
// or when the mirror cannot tell its changes. Guarded by passMu.
type follow struct {
	synced    bool
	through   ledger.BlockRef      // changes read up to this mirror block
	endpoints []Endpoint           // as the last pass read them
	due       map[uint64]time.Time // running lease -> chain time a threshold may cross
	ended     map[uint64]uint64    // ended lease still watched -> block it was seen ended
}

// reset makes the next pass a full one.
func (f *follow) reset() { *f = follow{} }

// plan decides what a pass reads: full, or the leases in ids (changed,
// due at now, or ended long enough ago to stop watching). It reads the
// mirror's change feed (none: full) and notes where the next pass starts.
func (f *follow) plan(m Mirror, eps []Endpoint, now time.Time, reorgDepth uint64) (ids []uint64, full bool, err error) {
	feed, ok := m.(changeFeed)
	if !ok {
		return nil, true, nil
	}
	changed, through, complete, err := feed.LeasesChanged(f.through)
	if err != nil {
		return nil, false, err
	}
	full = !f.synced || !complete || !reflect.DeepEqual(f.endpoints, eps)
	f.through, f.endpoints = through, eps
	if full {
		f.synced, f.due, f.ended = true, map[uint64]time.Time{}, map[uint64]uint64{}
		return nil, true, nil
	}
	seen := map[uint64]bool{}
	add := func(id uint64) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, id := range changed {
		add(id)
	}
	for id, at := range f.due {
		if !at.After(now) {
			add(id)
		}
	}
	for id, endedAt := range f.ended {
		if endedAt+reorgDepth <= through.Number {
			add(id)
		}
	}
	return ids, false, nil
}

// forget drops a lease from the schedule (about to be looked at again).
func (f *follow) forget(id uint64) {
	delete(f.due, id)
	delete(f.ended, id)
}

// schedule notes when a running lease must be read again although its
// record did not change: the earliest chain time at which its runway may
// fall below a threshold it is not below yet (none: only a change of its
// record can bring news).
func (f *follow) schedule(id uint64, at time.Time) {
	if f.due != nil && !at.IsZero() {
		f.due[id] = at
	}
}

// watchEnded notes an ended lease still watched, seen ended at block.
func (f *follow) watchEnded(id, block uint64) {
	if f.ended != nil {
		f.ended[id] = block
	}
}

// crossing returns the earliest chain time after now at which a lease
// with these funds, unchanged, may have its runway below seconds of rent
// (below), or the zero time when it already is or never will be: its
// rent stops accruing at end. It errs early, never late: the rent accrued
// is rounded down to a unit, so it is taken one unit ahead; a lease read
// again before it crossed is simply scheduled again.
func (f leaseFunds) crossing(now, end time.Time, seconds int64) time.Time {
	if f.hourly.Sign() <= 0 || f.below(seconds) {
		return time.Time{}
	}
	// Below at t when (left - 1 - hourly×(t-now)/3600)×3600 < hourly×seconds,
	// that is when t-now > d = ((left-1)×3600 - hourly×seconds) / hourly.
	d := new(big.Int).Sub(f.left, big.NewInt(1))
	d.Mul(d, big.NewInt(3600)).Sub(d, new(big.Int).Mul(f.hourly, big.NewInt(seconds)))
	secs := int64(1)
	if d.Sign() > 0 {
		d.Quo(d, f.hourly)
		if !d.IsInt64() || d.Int64() > int64(end.Sub(now)/time.Second) {
			return time.Time{}
		}
		secs = d.Int64() + 1
	}
	at := now.Add(time.Duration(secs) * time.Second)
	if at.After(end) {
		return time.Time{}
	}
	return at
}

// earliest returns the earlier of two times, the zero time meaning none.
func earliest(a, b time.Time) time.Time {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}
