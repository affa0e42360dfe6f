package oracle

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestSimulatorDeterministic(t *testing.T) {
	start := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	run := func(seed uint64) []Sample {
		sim := NewSimulator(SimConfig{Seed: seed, OutagePerMille: 100})
		var out []Sample
		for k := 0; k < 24*6; k++ { // a day, every 10 minutes
			out = append(out, sim.SampleAt(start.Add(time.Duration(k)*10*time.Minute)))
		}
		return out
	}
	a, b, c := run(42), run(42), run(43)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different samples")
	}
	if reflect.DeepEqual(a, c) {
		t.Fatal("different seeds gave the same samples")
	}
	var busy, idle, down int
	for _, s := range a {
		for _, g := range s.GPUs {
			switch {
			case !g.Healthy:
				down++
				if g.HasPower || g.HasEnergy {
					t.Fatalf("an unhealthy GPU gave readings: %+v", g)
				}
			case g.UtilisationPct >= 60:
				busy++
			case g.UtilisationPct <= 10:
				idle++
			}
			if g.Healthy && (g.PowerMilliW < 70_000-3_600 || g.PowerMilliW > 700_000+3_600) {
				t.Fatalf("power %d mW outside the GPU's range", g.PowerMilliW)
			}
		}
	}
	if busy == 0 || idle == 0 || down == 0 {
		t.Errorf("a day of 8 GPUs: %d busy, %d idle, %d down readings; want some of each", busy, idle, down)
	}
}

// TestSimulatorCounterIntegratesPower: the counter advances by the power
// of every second, power follows utilisation, and a reporter's gain scales
// its readings only.
func TestSimulatorCounterIntegratesPower(t *testing.T) {
	start := time.Date(2026, 11, 24, 14, 0, 0, 0, time.UTC)
	exact := NewSimulator(SimConfig{Seed: 9, GPUs: 2})
	high := NewSimulator(SimConfig{Seed: 9, GPUs: 2, GainPPM: 1_010_000})
	s0, h0 := exact.SampleAt(start), high.SampleAt(start)
	s1, h1 := exact.SampleAt(start.Add(5*time.Minute)), high.SampleAt(start.Add(5*time.Minute))
	for g := 0; g < 2; g++ {
		var want uint64
		for sec := start.Unix(); sec < start.Unix()+300; sec++ {
			want += exact.PowerAt(g, sec)
			u := exact.UtilisationAt(g, sec)
			lo := 70_000 + 630_000*uint64(u)/100
			if p := exact.PowerAt(g, sec); p+3_600 < lo || p > lo+3_600 {
				t.Fatalf("power %d mW does not follow utilisation %d%%", p, u)
			}
		}
		if got := s1.GPUs[g].EnergyMilliJ - s0.GPUs[g].EnergyMilliJ; got != want {
			t.Errorf("GPU %d: counter advanced %d mJ, power integrates to %d", g, got, want)
		}
		if got, lim := h1.GPUs[g].EnergyMilliJ-h0.GPUs[g].EnergyMilliJ, want*101/100; got < lim-1 || got > lim+1 {
			t.Errorf("GPU %d: a +1%% reporter read %d mJ, want about %d", g, got, lim)
		}
	}
	if s, _ := NewSimulator(SimConfig{NoEnergyCounter: true, Now: func() time.Time { return start }}).Sample(context.Background()); s.GPUs[0].HasEnergy || !s.Time.Equal(start) {
		t.Errorf("no-counter simulator: %+v", s)
	}
}

func TestSimReporterKey(t *testing.T) {
	a, b, c := SimReporterKey(1, 0), SimReporterKey(1, 0), SimReporterKey(1, 1)
	if crypto.PubkeyToAddress(a.PublicKey) != crypto.PubkeyToAddress(b.PublicKey) ||
		crypto.PubkeyToAddress(a.PublicKey) == crypto.PubkeyToAddress(c.PublicKey) ||
		crypto.PubkeyToAddress(a.PublicKey) == crypto.PubkeyToAddress(SimReporterKey(2, 0).PublicKey) {
		t.Error("simulated reporter keys are not a deterministic function of (seed, index)")
	}
}
