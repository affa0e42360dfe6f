package oracle

import (
	"context"
	"errors"
	"os/exec"
	"testing"
	"time"
)

// capturedSMI is `nvidia-smi --query-gpu=index,uuid,utilization.gpu,power.draw
// --format=csv,noheader,nounits` on an 8×H100 node with one GPU in trouble
// and one lost.
const capturedSMI = `0, GPU-1b2c3d4e-0000-1111-2222-333344445555, 97, 688.41
1, GPU-1b2c3d4e-0000-1111-2222-333344445556, 0, 69.9
2, GPU-1b2c3d4e-0000-1111-2222-333344445557, 100, 700
3, GPU-1b2c3d4e-0000-1111-2222-333344445558, [N/A], [N/A]
4, GPU-1b2c3d4e-0000-1111-2222-333344445559, 45, [Not Supported]
5, [GPU is lost], [GPU is lost], [GPU is lost]
`

func TestParseSMI(t *testing.T) {
	now := time.Date(2026, 11, 24, 16, 0, 0, 0, time.UTC)
	s, err := ParseSMI([]byte(capturedSMI), now)
	if err != nil {
		t.Fatal(err)
	}
	want := []GPUSample{
		{ID: "GPU-1b2c3d4e-0000-1111-2222-333344445555", Healthy: true, UtilisationPct: 97, PowerMilliW: 688_410, HasPower: true},
		{ID: "GPU-1b2c3d4e-0000-1111-2222-333344445556", Healthy: true, UtilisationPct: 0, PowerMilliW: 69_900, HasPower: true},
		{ID: "GPU-1b2c3d4e-0000-1111-2222-333344445557", Healthy: true, UtilisationPct: 100, PowerMilliW: 700_000, HasPower: true},
		{ID: "GPU-1b2c3d4e-0000-1111-2222-333344445558"},
		{ID: "GPU-1b2c3d4e-0000-1111-2222-333344445559", Healthy: true, UtilisationPct: 45},
		{ID: "index-5"},
	}
	if !s.Time.Equal(now) || len(s.GPUs) != len(want) {
		t.Fatalf("sample %+v", s)
	}
	for i := range want {
		if s.GPUs[i] != want[i] {
			t.Errorf("GPU %d: %+v, want %+v", i, s.GPUs[i], want[i])
		}
	}
	for _, bad := range []string{"0, GPU-x, 50\n", "0, GPU-x, 50, 1, 2\n", "0, \"GPU-x, 50, 1\n"} {
		if _, err := ParseSMI([]byte(bad), now); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
	if s, err := ParseSMI(nil, now); err != nil || len(s.GPUs) != 0 {
		t.Errorf("empty output: %+v %v", s, err)
	}
}

func TestParseMilli(t *testing.T) {
	for in, want := range map[string]uint64{"0": 0, "70": 70_000, "688.41": 688_410, "1.5": 1_500, "0.001": 1, "12.345": 12_345} {
		if got, err := parseMilli(in); err != nil || got != want {
			t.Errorf("parseMilli(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1", "1.2345", "1e3", ".5", "1,5", "[N/A]", "99999999999999999999"} {
		if got, err := parseMilli(in); err == nil {
			t.Errorf("parseMilli(%q) = %d, want an error", in, got)
		}
	}
}

// TestSMISource runs nvidia-smi where it is installed and checks the
// readings are plausible; elsewhere OpenSMI must fail with ErrNoGPU.
func TestSMISource(t *testing.T) {
	ctx := context.Background()
	if _, err := exec.LookPath("nvidia-smi"); err != nil {
		if _, err := OpenSMI(ctx); !errors.Is(err, ErrNoGPU) {
			t.Errorf("OpenSMI without nvidia-smi: %v, want ErrNoGPU", err)
		}
		t.Skip("nvidia-smi is not installed on this machine")
	}
	src, err := OpenSMI(ctx)
	if errors.Is(err, ErrNoGPU) {
		t.Skipf("nvidia-smi present but no usable GPU: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := src.Sample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range s.GPUs {
		t.Logf("%s: healthy %v, utilisation %d%%, power %d mW", g.ID, g.Healthy, g.UtilisationPct, g.PowerMilliW)
		if g.Healthy && g.UtilisationPct > 100 || g.HasPower && g.PowerMilliW > MaxGPUPowerMilliW {
			t.Errorf("implausible reading %+v", g)
		}
	}
}
