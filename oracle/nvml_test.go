package oracle

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestNVMLSource reads real utilisation, power and energy where an NVIDIA
// GPU and driver are present and checks they are plausible. Elsewhere (CI)
// it checks OpenNVML fails cleanly with ErrNoGPU and one line, then skips.
func TestNVMLSource(t *testing.T) {
	src, err := OpenNVML()
	if errors.Is(err, ErrNoGPU) {
		if strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "nvml: ") {
			t.Errorf("message %q is not one line starting with \"nvml: \"", err)
		}
		t.Skipf("no GPU here: %v", err)
	}
	if err != nil {
		t.Fatalf("open NVML: %v", err)
	}
	defer src.Close()
	ctx := context.Background()
	first, err := src.Sample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Second)
	second, err := src.Sample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.GPUs) != src.GPUs() || len(second.GPUs) != src.GPUs() {
		t.Fatalf("%d GPUs, samples of %d and %d", src.GPUs(), len(first.GPUs), len(second.GPUs))
	}
	elapsed := second.Time.Sub(first.Time)
	for i, g := range second.GPUs {
		p := first.GPUs[i]
		t.Logf("%s: healthy %v, utilisation %d%%, power %d mW, energy counter %d mJ (+%d mJ in %s)",
			g.ID, g.Healthy, g.UtilisationPct, g.PowerMilliW, g.EnergyMilliJ, g.EnergyMilliJ-p.EnergyMilliJ, elapsed)
		if !g.Healthy || g.UtilisationPct > 100 {
			t.Errorf("GPU %s: unhealthy or utilisation %d%%", g.ID, g.UtilisationPct)
		}
		if !g.HasPower || g.PowerMilliW < 1_000 || g.PowerMilliW > MaxGPUPowerMilliW {
			t.Errorf("GPU %s: power %d mW implausible", g.ID, g.PowerMilliW)
		}
		if g.HasEnergy {
			d := g.EnergyMilliJ - p.EnergyMilliJ
			if g.EnergyMilliJ < p.EnergyMilliJ || d == 0 || d > MaxGPUPowerMilliW*uint64(elapsed.Milliseconds())/1000 {
				t.Errorf("GPU %s: energy counter moved %d mJ in %s", g.ID, d, elapsed)
			}
		}
	}
}
