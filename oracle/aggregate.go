package oracle

import (
	"fmt"
	"math/bits"
	"time"

	"github.com/gpuledger/gpuledger/contracts"
)

// MaxGPUPowerMilliW bounds the plausible draw of one GPU (3 kW, twice the
// largest accelerator shipping). An energy counter that advanced faster
// than this has been reset or is broken: its delta is not energy.
const MaxGPUPowerMilliW = 3_000_000

// Aggregator turns the samples one reporter took of its GPUs during one
// epoch into the observation it signs.
//
// The epoch [start, start+length) is divided into slots of one sampling
// interval; a slot's first sample counts, a slot without a sample counts
// as missing. With N slots and G expected GPUs:
//
//   - availability = healthy GPU-slots × 10000 / (N × G): a missing
//     sample, a missing GPU and an unhealthy GPU all count as unavailable;
//   - utilisation = Σ utilisation % over healthy GPU-slots × 100 / (N × G):
//     unavailable GPU-slots count as idle;
//   - energy = Σ over GPUs of the energy counter's deltas between
//     consecutive readings, from the first sample (at the epoch's start,
//     shared with the previous epoch) to the closing sample (at its end,
//     shared with the next one). Where a GPU has no counter, its power is
//     integrated (trapezoids) instead. A counter that went backwards is a
//     wrap when the wrapped delta is plausible, else a reset, whose span
//     falls back to power integration (or to the counter's value since the
//     reset, a lower bound). Spans with no reading are not extrapolated;
//   - average power = energy / epoch length.
//
// All arithmetic is on integers and floors (rounds down).
//
// An Aggregator is used by one goroutine; it is not safe for concurrent use.
type Aggregator struct {
	start, end time.Time
	interval   time.Duration
	length     time.Duration
	slots      int
	gpus       int

	seen    []bool
	last    time.Time
	started bool
	closed  bool

	healthy uint64 // healthy GPU-slots
	utilSum uint64 // Σ utilisation % over healthy GPU-slots
	energy  uint64 // mJ
	tracks  map[string]*gpuTrack
	stats   Stats
}

// gpuTrack is one GPU's energy bookkeeping.
type gpuTrack struct {
	counter    uint64 // last counter reading, mJ
	counterAt  time.Time
	hasCounter bool
	power      uint64 // last power reading, mW
	powerAt    time.Time
	hasPower   bool
	covered    time.Time // energy is accounted up to here
}

// Stats says how an observation was obtained, for logs and the agent's report.
type Stats struct {
	// Samples is the number of samples added (the closing one included).
	Samples int
	// MissingSlots is the number of sampling slots without a sample.
	MissingSlots int
	// GPUSlots is slots × GPUs; HealthyGPUSlots how many of them were healthy.
	GPUSlots, HealthyGPUSlots uint64
	// EnergyMilliJ is the total energy; FromPowerMilliJ the part of it
	// integrated from power readings rather than counters.
	EnergyMilliJ, FromPowerMilliJ uint64
	// CounterWraps and CounterResets count energy counters that went backwards.
	CounterWraps, CounterResets int
}

// NewAggregator returns an aggregator for the epoch starting at start, of
// the given length, sampled every interval, of gpus GPUs. The length must
// be a positive multiple of the interval, both whole milliseconds.
func NewAggregator(start time.Time, length, interval time.Duration, gpus int) (*Aggregator, error) {
	if interval < time.Millisecond || length < interval || length%interval != 0 || interval%time.Millisecond != 0 {
		return nil, fmt.Errorf("%w: length %s, interval %s", ErrBadWindow, length, interval)
	}
	if gpus < 1 {
		return nil, fmt.Errorf("aggregator: need at least one GPU, got %d", gpus)
	}
	n := int(length / interval)
	return &Aggregator{
		start: start, end: start.Add(length), interval: interval, length: length, slots: n, gpus: gpus,
		seen: make([]bool, n), tracks: make(map[string]*gpuTrack),
	}, nil
}

// Add adds one sample. Samples must come in time order, from the epoch's
// start up to the closing sample, the first one at or after its end (and
// less than one interval after it); that one only closes the energy
// accounting. A sample outside this window returns ErrOutOfWindow, an
// older one ErrOutOfOrder; neither changes anything.
func (a *Aggregator) Add(s Sample) error {
	t := s.Time
	switch {
	case t.Before(a.start) || a.closed || !t.Before(a.end.Add(a.interval)):
		return fmt.Errorf("%w: %s not in [%s, %s]", ErrOutOfWindow, t.Format(time.RFC3339Nano),
			a.start.Format(time.RFC3339), a.end.Format(time.RFC3339))
	case a.started && t.Before(a.last):
		return fmt.Errorf("%w: %s before %s", ErrOutOfOrder, t.Format(time.RFC3339Nano), a.last.Format(time.RFC3339Nano))
	}
	a.started, a.last = true, t
	a.stats.Samples++
	if t.Before(a.end) {
		if slot := int(t.Sub(a.start) / a.interval); !a.seen[slot] {
			a.seen[slot] = true
			for i, g := range s.GPUs {
				if i >= a.gpus {
					break // more GPUs than expected: the extra ones are not part of the asset
				}
				if g.Healthy {
					a.healthy++
					a.utilSum += uint64(min(g.UtilisationPct, 100))
				}
			}
		}
	} else {
		a.closed = true
	}
	for _, g := range s.GPUs {
		a.account(g, t)
	}
	return nil
}

// account adds the energy GPU g drew since its previous reading.
func (a *Aggregator) account(g GPUSample, t time.Time) {
	tr := a.tracks[g.ID]
	if tr == nil {
		tr = &gpuTrack{covered: t}
		a.tracks[g.ID] = tr
	}
	switch {
	case g.HasEnergy && tr.hasCounter:
		d, fromCounter := a.counterDelta(tr, g, t)
		if fromCounter && tr.counterAt.Before(tr.covered) && t.After(tr.covered) {
			// Part of the span was already integrated from power (a reading
			// without the counter in between): keep the rest, pro rata.
			d = mulDiv(d, uint64(t.Sub(tr.covered).Milliseconds()), uint64(t.Sub(tr.counterAt).Milliseconds()))
		} else if fromCounter && !t.After(tr.covered) {
			d = 0
		}
		a.energy += d
		tr.covered = t
	case g.HasPower && tr.hasPower:
		e := trapezoid(tr.power, g.PowerMilliW, maxTime(tr.powerAt, tr.covered), t)
		a.energy += e
		a.stats.FromPowerMilliJ += e
		tr.covered = t
	}
	if g.HasEnergy {
		tr.counter, tr.counterAt, tr.hasCounter = g.EnergyMilliJ, t, true
	}
	if g.HasPower {
		tr.power, tr.powerAt, tr.hasPower = g.PowerMilliW, t, true
	}
}

// counterDelta returns the energy between tr's last counter reading and
// g's, and whether it comes from the counter (else from power readings
// since tr.covered, or a lower bound after a reset).
func (a *Aggregator) counterDelta(tr *gpuTrack, g GPUSample, t time.Time) (uint64, bool) {
	elapsed := t.Sub(tr.counterAt)
	// Plausible at most: MaxGPUPowerMilliW for the span, plus 1 J of slack
	// for readings stamped a little apart from when the counter was read.
	limit := MaxGPUPowerMilliW*uint64(max(elapsed.Milliseconds(), 0))/1000 + 1000
	cur, prev := g.EnergyMilliJ, tr.counter
	delta := cur - prev // modulo 2^64: a wrapped counter's true delta
	if cur >= prev && delta <= limit {
		return delta, true
	}
	if cur < prev && delta <= limit {
		a.stats.CounterWraps++
		return delta, true
	}
	// A reset (driver reload) or an implausible jump: the counter tells
	// nothing about this span. Integrate power if both ends have it.
	a.stats.CounterResets++
	if g.HasPower && tr.hasPower {
		e := trapezoid(tr.power, g.PowerMilliW, maxTime(tr.powerAt, tr.covered), t)
		a.stats.FromPowerMilliJ += e
		return e, false
	}
	if cur < prev && !tr.counterAt.Before(tr.covered) {
		return min(cur, limit), false // energy since the reset: a lower bound of the span's
	}
	return 0, false
}

// Observation returns the observation of the samples added so far, and how
// it was obtained. It may be called before the epoch is complete (missing
// slots then count as unavailable).
func (a *Aggregator) Observation() (contracts.Observation, Stats) {
	st := a.stats
	st.GPUSlots = uint64(a.slots) * uint64(a.gpus)
	st.HealthyGPUSlots = a.healthy
	st.EnergyMilliJ = a.energy
	for _, seen := range a.seen {
		if !seen {
			st.MissingSlots++
		}
	}
	seconds := uint64(a.length / time.Second)
	if seconds == 0 {
		seconds = 1
	}
	avgW := a.energy / (seconds * 1000)
	o := contracts.Observation{
		// utilSum <= 100 × healthy <= 100 × GPUSlots and healthy <= GPUSlots:
		// both results are at most 10000.
		UtilisationBps:  uint16(a.utilSum * 100 / st.GPUSlots),
		AvailabilityBps: uint16(a.healthy * contracts.MaxBps / st.GPUSlots),
		EnergyWh:        a.energy / 3_600_000,
		AvgPowerW:       uint32(min(avgW, 1<<32-1)),
	}
	return o, st
}

// trapezoid integrates power (mW) linearly between p1 at from and p2 at
// to, in millijoules.
func trapezoid(p1, p2 uint64, from, to time.Time) uint64 {
	ms := to.Sub(from).Milliseconds()
	if ms <= 0 {
		return 0
	}
	return mulDiv(p1+p2, uint64(ms), 2000)
}

// mulDiv returns floor(x × y / d) without overflow of the product; d > 0.
func mulDiv(x, y, d uint64) uint64 {
	if d == 0 {
		return 0
	}
	hi, lo := bits.Mul64(x, y)
	if hi >= d {
		return 1<<64 - 1 // the quotient overflows: saturate
	}
	q, _ := bits.Div64(hi, lo, d)
	return q
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
