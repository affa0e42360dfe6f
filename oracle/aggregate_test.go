package oracle

import (
	"errors"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/contracts"
)

var t0 = time.Date(2026, 11, 24, 16, 0, 0, 0, time.UTC)

func at(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }

func counterGPU(id string, util uint32, mJ uint64) GPUSample {
	return GPUSample{ID: id, Healthy: true, UtilisationPct: util, EnergyMilliJ: mJ, HasEnergy: true}
}

func powerGPU(id string, healthy bool, util uint32, mW uint64) GPUSample {
	return GPUSample{ID: id, Healthy: healthy, UtilisationPct: util, PowerMilliW: mW, HasPower: true}
}

func mustAgg(t *testing.T, length, interval time.Duration, gpus int) *Aggregator {
	t.Helper()
	a, err := NewAggregator(t0, length, interval, gpus)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func add(t *testing.T, a *Aggregator, samples ...Sample) {
	t.Helper()
	for _, s := range samples {
		if err := a.Add(s); err != nil {
			t.Fatalf("add sample at %s: %v", s.Time, err)
		}
	}
}

// TestAggregatorHandComputed: a 60 s epoch sampled every 20 s (3 slots and
// the closing sample) of two GPUs. GPU a has an energy counter, GPU b only
// power; b is unhealthy at 20 s; the sample at 40 s is missing.
//
//	a: counter 1,000,000 → 9,000,000 (20 s) → 25,000,000 (60 s): 24,000,000 mJ
//	b: power 100 W, 300 W, 200 W at 0, 20, 60 s:
//	   (100+300)/2 W × 20 s + (300+200)/2 W × 40 s = 4,000,000 + 10,000,000 mJ
//	energy 38,000,000 mJ = 10.55 Wh → 10 Wh; 38,000 J / 60 s = 633.3 W → 633 W
//	GPU-slots 3 × 2 = 6, healthy 3 (a@0, b@0, a@20): availability 5000 bps
//	utilisation (50 + 30 + 90) × 100 / 6 = 2833.3 → 2833 bps
func TestAggregatorHandComputed(t *testing.T) {
	a := mustAgg(t, time.Minute, 20*time.Second, 2)
	add(t, a,
		Sample{Time: at(0), GPUs: []GPUSample{counterGPU("a", 50, 1_000_000), powerGPU("b", true, 30, 100_000)}},
		Sample{Time: at(20), GPUs: []GPUSample{counterGPU("a", 90, 9_000_000), powerGPU("b", false, 0, 300_000)}},
		// no sample at 40 s
		Sample{Time: at(60), GPUs: []GPUSample{counterGPU("a", 70, 25_000_000), powerGPU("b", true, 10, 200_000)}},
	)
	o, st := a.Observation()
	want := contracts.Observation{UtilisationBps: 2833, AvailabilityBps: 5000, EnergyWh: 10, AvgPowerW: 633}
	if o != want {
		t.Errorf("observation %+v, want %+v", o, want)
	}
	if st.EnergyMilliJ != 38_000_000 || st.FromPowerMilliJ != 14_000_000 || st.MissingSlots != 1 ||
		st.GPUSlots != 6 || st.HealthyGPUSlots != 3 || st.Samples != 3 {
		t.Errorf("stats %+v", st)
	}
	if err := o.Check(1000, time.Minute); err != nil {
		t.Errorf("the contract would refuse it: %v", err)
	}
	// After the closing sample nothing more is accepted.
	if err := a.Add(Sample{Time: at(61)}); !errors.Is(err, ErrOutOfWindow) {
		t.Errorf("sample after closing: %v", err)
	}
}

func TestAggregatorCounterWrapAndReset(t *testing.T) {
	const max64 = 1<<64 - 1
	for _, c := range []struct {
		name          string
		samples       []GPUSample // at 0, 10 and 20 s
		energy        uint64
		fromPower     uint64
		wraps, resets int
	}{
		{"wrap", []GPUSample{counterGPU("g", 0, max64-999), counterGPU("g", 0, 500), counterGPU("g", 0, 2_500)},
			1_500 + 2_000, 0, 1, 0},
		{"reset with power: the reset span is integrated",
			[]GPUSample{withPower(counterGPU("g", 0, 50_000_000), 100_000), withPower(counterGPU("g", 0, 2_000), 100_000),
				withPower(counterGPU("g", 0, 1_002_000), 100_000)},
			1_000_000 + 1_000_000, 1_000_000, 0, 1},
		{"reset without power: energy since the reset",
			[]GPUSample{counterGPU("g", 0, 50_000_000), counterGPU("g", 0, 2_000), counterGPU("g", 0, 1_002_000)},
			2_000 + 1_000_000, 0, 0, 1},
		{"implausible jump without power: nothing",
			[]GPUSample{counterGPU("g", 0, 0), counterGPU("g", 0, 1_000_000_000_000), counterGPU("g", 0, 1_000_000_500_000)},
			500_000, 0, 0, 1},
		{"counter missing in one reading: the gap is split, never counted twice",
			[]GPUSample{withPower(counterGPU("g", 0, 0), 100_000), powerGPU("g", true, 0, 100_000),
				withPower(counterGPU("g", 0, 3_000_000), 100_000)},
			// power for 0-10 s (1,000,000), then the counter's 3,000,000 over
			// 0-20 s pro rata for 10-20 s (1,500,000)
			1_000_000 + 1_500_000, 1_000_000, 0, 0},
	} {
		a := mustAgg(t, 20*time.Second, 10*time.Second, 1)
		for i, g := range c.samples {
			add(t, a, Sample{Time: at(10 * i), GPUs: []GPUSample{g}})
		}
		_, st := a.Observation()
		if st.EnergyMilliJ != c.energy || st.FromPowerMilliJ != c.fromPower || st.CounterWraps != c.wraps || st.CounterResets != c.resets {
			t.Errorf("%s: energy %d (want %d), from power %d (want %d), wraps %d resets %d",
				c.name, st.EnergyMilliJ, c.energy, st.FromPowerMilliJ, c.fromPower, st.CounterWraps, st.CounterResets)
		}
	}
}

func withPower(g GPUSample, mW uint64) GPUSample {
	g.PowerMilliW, g.HasPower = mW, true
	return g
}

// TestAggregatorMissingGPUAndExtraSamples: a GPU absent from a sample is
// unavailable, a second sample in a slot does not count twice, and GPUs
// beyond the expected count are ignored for availability.
func TestAggregatorMissingGPUAndExtraSamples(t *testing.T) {
	a := mustAgg(t, 20*time.Second, 10*time.Second, 2)
	add(t, a,
		Sample{Time: at(0), GPUs: []GPUSample{counterGPU("a", 100, 0)}},                                                    // b missing
		Sample{Time: at(5), GPUs: []GPUSample{counterGPU("a", 100, 0), counterGPU("b", 100, 0)}},                           // same slot
		Sample{Time: at(10), GPUs: []GPUSample{counterGPU("a", 100, 0), counterGPU("b", 100, 0), counterGPU("c", 100, 0)}}, // c extra
		Sample{Time: at(20), GPUs: []GPUSample{counterGPU("a", 100, 0), counterGPU("b", 100, 0)}},
	)
	o, st := a.Observation()
	if o.AvailabilityBps != 7500 || o.UtilisationBps != 7500 || st.MissingSlots != 0 {
		t.Errorf("observation %+v stats %+v, want 75%% availability and utilisation", o, st)
	}
}

func TestAggregatorRefuses(t *testing.T) {
	for _, c := range []struct{ length, interval time.Duration }{{time.Minute, 7 * time.Second}, {0, time.Second},
		{time.Second, time.Minute}, {time.Minute, 0}} {
		if _, err := NewAggregator(t0, c.length, c.interval, 1); !errors.Is(err, ErrBadWindow) {
			t.Errorf("length %s interval %s: %v", c.length, c.interval, err)
		}
	}
	if _, err := NewAggregator(t0, time.Minute, time.Second, 0); err == nil {
		t.Error("zero GPUs accepted")
	}
	a := mustAgg(t, time.Minute, 10*time.Second, 1)
	if err := a.Add(Sample{Time: at(-1)}); !errors.Is(err, ErrOutOfWindow) {
		t.Errorf("before start: %v", err)
	}
	if err := a.Add(Sample{Time: at(70)}); !errors.Is(err, ErrOutOfWindow) {
		t.Errorf("an interval past the end: %v", err)
	}
	add(t, a, Sample{Time: at(20)})
	if err := a.Add(Sample{Time: at(10)}); !errors.Is(err, ErrOutOfOrder) {
		t.Errorf("out of order: %v", err)
	}
	// Nothing sampled at all: zero availability, no division by zero.
	o, st := mustAgg(t, time.Minute, 10*time.Second, 4).Observation()
	if o != (contracts.Observation{}) || st.MissingSlots != 6 {
		t.Errorf("empty epoch: %+v %+v", o, st)
	}
}

// TestAggregatorOverSimulator: aggregating the simulator's samples gives
// the energy the simulator's counters integrated, to the millijoule, and
// the availability of its outages.
func TestAggregatorOverSimulator(t *testing.T) {
	sim := NewSimulator(SimConfig{Seed: 7, GPUs: 4, OutagePerMille: 300})
	start := time.Date(2026, 11, 24, 13, 0, 0, 0, time.UTC)
	a, err := NewAggregator(start, time.Hour, 10*time.Second, 4)
	if err != nil {
		t.Fatal(err)
	}
	var want, healthy, utilSum uint64
	first, last := make([]int64, 4), make([]int64, 4) // each GPU's first and last counter reading
	for k := 0; k <= 360; k++ {
		s := sim.SampleAt(start.Add(time.Duration(k) * 10 * time.Second))
		add(t, a, s)
		for g, r := range s.GPUs {
			if r.HasEnergy {
				if first[g] == 0 {
					first[g] = s.Time.Unix()
				}
				last[g] = s.Time.Unix()
			}
			if k < 360 && r.Healthy {
				healthy++
				utilSum += uint64(r.UtilisationPct)
			}
		}
	}
	// The counters' deltas cover each GPU from its first to its last reading.
	for g := 0; g < 4; g++ {
		for sec := first[g]; sec < last[g]; sec++ {
			want += sim.PowerAt(g, sec)
		}
	}
	o, st := a.Observation()
	if st.EnergyMilliJ != want || st.FromPowerMilliJ != 0 {
		t.Errorf("energy %d mJ (%d from power), simulator drew %d mJ", st.EnergyMilliJ, st.FromPowerMilliJ, want)
	}
	if o.EnergyWh != want/3_600_000 || uint64(o.AvgPowerW) != want/3_600_000 {
		t.Errorf("observation %+v for %d mJ", o, want)
	}
	if uint64(o.AvailabilityBps) != healthy*10000/1440 || uint64(o.UtilisationBps) != utilSum*100/1440 {
		t.Errorf("observation %+v, healthy %d/1440 util sum %d", o, healthy, utilSum)
	}
	if healthy == 1440 {
		t.Error("the seed chosen has no outage in this hour; the test checks nothing about availability")
	}
	if err := o.Check(4*700, time.Hour); err != nil {
		t.Errorf("the contract would refuse the simulator's observation: %v", err)
	}
}
