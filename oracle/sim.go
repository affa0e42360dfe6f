package oracle

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// SimConfig configures a Simulator. The zero value of each field picks the
// default its comment states.
type SimConfig struct {
	// Seed decides everything the machine does; the same seed gives the
	// same utilisation, outages and power at the same instants.
	Seed uint64
	// GPUs is the number of GPUs (default 8).
	GPUs int
	// IdleMilliW and MaxMilliW bound one GPU's draw (defaults 70 W and 700 W,
	// an H100 SXM): power rises linearly with utilisation between them.
	IdleMilliW, MaxMilliW uint64
	// OutagePerMille is the chance, per GPU and 15-minute window, that the
	// GPU is unreadable (unhealthy) for 1 to 5 minutes in it (default 0:
	// no outages; at most 1000).
	OutagePerMille uint32
	// GainPPM is the calibration of the reporter observing the machine: its
	// power and energy readings are the true values × GainPPM / 1e6
	// (default 1e6, exact). Reporters of one machine share the Seed and
	// differ by gain, so their observations differ slightly.
	GainPPM uint32
	// NoEnergyCounter simulates GPUs without an energy counter, so that
	// energy must come from power readings.
	NoEnergyCounter bool
	// Now is the clock Sample reads (default time.Now); the agent's virtual
	// clock in fast runs.
	Now func() time.Time
}

// Simulator is a deterministic, seeded GPU machine: utilisation follows a
// day's curve with busy and idle 15-minute windows, power follows
// utilisation, some windows have outages, and each GPU's energy counter
// integrates its power second by second (the GPU draws idle power during
// an outage, unreadable). It implements Source.
//
// Every reading is a pure function of the seed and the second, except the
// energy counters, which start at the first sample and integrate from
// there. It is safe for concurrent use.
type Simulator struct {
	cfg SimConfig

	mu      sync.Mutex // guards at, started and energy
	at      int64      // the counters are integrated up to this unix second
	started bool
	energy  []uint64 // true mJ per GPU
}

// busyPerMille is the chance that a GPU is busy in a 15-minute window, by
// UTC hour: quieter at night, busiest in the afternoon.
var busyPerMille = [24]uint64{350, 300, 300, 300, 320, 400, 500, 650, 750, 820, 860, 880,
	880, 900, 900, 880, 850, 800, 720, 650, 560, 480, 420, 380}

// NewSimulator returns a simulated machine.
func NewSimulator(cfg SimConfig) *Simulator {
	if cfg.GPUs <= 0 {
		cfg.GPUs = 8
	}
	if cfg.IdleMilliW == 0 {
		cfg.IdleMilliW = 70_000
	}
	if cfg.MaxMilliW == 0 {
		cfg.MaxMilliW = 700_000
	}
	cfg.MaxMilliW = max(cfg.MaxMilliW, cfg.IdleMilliW)
	cfg.OutagePerMille = min(cfg.OutagePerMille, 1000)
	if cfg.GainPPM == 0 {
		cfg.GainPPM = 1_000_000
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Simulator{cfg: cfg, energy: make([]uint64, cfg.GPUs)}
}

// GPUs returns the number of simulated GPUs.
func (s *Simulator) GPUs() int { return s.cfg.GPUs }

// Sample reads every GPU at the configured clock's time.
func (s *Simulator) Sample(ctx context.Context) (Sample, error) {
	if err := ctx.Err(); err != nil {
		return Sample{}, err
	}
	return s.SampleAt(s.cfg.Now()), nil
}

// Close does nothing.
func (s *Simulator) Close() error { return nil }

// SampleAt reads every GPU at t. Times must not go backwards for the
// energy counters to advance (an earlier t reads the counters as they are).
func (s *Simulator) SampleAt(t time.Time) Sample {
	sec := t.Unix()
	s.mu.Lock()
	if !s.started {
		s.started, s.at = true, sec
		for g := range s.energy {
			s.energy[g] = s.mix(uint64(g), 0, 0) % 1_000_000_000_000 // a counter already running
		}
	}
	for ; s.at < sec; s.at++ {
		for g := range s.energy {
			s.energy[g] += s.PowerAt(g, s.at) // mW for one second = mJ
		}
	}
	energy := append([]uint64(nil), s.energy...)
	s.mu.Unlock()

	out := Sample{Time: t, GPUs: make([]GPUSample, s.cfg.GPUs)}
	for g := range out.GPUs {
		r := GPUSample{ID: fmt.Sprintf("SIM-%016x-%d", s.cfg.Seed, g)}
		if !s.Down(g, sec) {
			r.Healthy = true
			r.UtilisationPct = s.UtilisationAt(g, sec)
			r.PowerMilliW, r.HasPower = mulDiv(s.PowerAt(g, sec), uint64(s.cfg.GainPPM), 1_000_000), true
			if !s.cfg.NoEnergyCounter {
				r.EnergyMilliJ, r.HasEnergy = mulDiv(energy[g], uint64(s.cfg.GainPPM), 1_000_000), true
			}
		}
		out.GPUs[g] = r
	}
	return out
}

// UtilisationAt is GPU g's utilisation (%) in the unix second sec; 0 during an outage.
func (s *Simulator) UtilisationAt(g int, sec int64) uint32 {
	if s.Down(g, sec) {
		return 0
	}
	w := uint64(sec) / 900
	hour := (uint64(sec) / 3600) % 24
	var base int64
	if s.mix(uint64(g), w, 1)%1000 < busyPerMille[hour] {
		base = 70 + int64(s.mix(uint64(g), w, 2)%31) // a job: 70..100%
	} else {
		base = int64(s.mix(uint64(g), w, 3) % 6) // idle: 0..5%
	}
	u := base + int64(s.mix(uint64(g), uint64(sec), 4)%7) - 3 // ±3% second to second
	return uint32(max(0, min(100, u)))
}

// PowerAt is GPU g's true draw (mW) in the unix second sec: idle plus the
// utilisation's share of the range, ±0.5% noise; idle during an outage.
func (s *Simulator) PowerAt(g int, sec int64) uint64 {
	idle, top := s.cfg.IdleMilliW, s.cfg.MaxMilliW
	if s.Down(g, sec) {
		return idle
	}
	p := idle + (top-idle)*uint64(s.UtilisationAt(g, sec))/100
	span := top/100 + 1 // noise in [-top/200, +top/200]
	noise := int64(s.mix(uint64(g), uint64(sec), 5)%span) - int64(span/2)
	return uint64(max(int64(idle), int64(p)+noise))
}

// Down reports whether GPU g is in an outage (unreadable) in the unix second sec.
func (s *Simulator) Down(g int, sec int64) bool {
	if s.cfg.OutagePerMille == 0 {
		return false
	}
	w := uint64(sec) / 900
	if s.mix(uint64(g), w, 6)%1000 >= uint64(s.cfg.OutagePerMille) {
		return false
	}
	from := int64(w*900 + s.mix(uint64(g), w, 7)%600)
	length := int64(60 + s.mix(uint64(g), w, 8)%241)
	return sec >= from && sec < from+length
}

// mix hashes the seed with three values (splitmix64 rounds).
func (s *Simulator) mix(a, b, c uint64) uint64 {
	x := s.cfg.Seed
	for _, v := range [3]uint64{a, b, c} {
		x ^= v + 0x9e3779b97f4a7c15 + x<<6 + x>>2
		x = splitmix(x)
	}
	return x
}

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// SimReporterKey derives reporter i's key of a simulation from seed. Anyone
// can derive these keys: use them on dev chains only.
func SimReporterKey(seed uint64, i int) *ecdsa.PrivateKey {
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], seed)
	binary.BigEndian.PutUint64(buf[8:], uint64(i))
	for n := 0; ; n++ {
		h := crypto.Keccak256([]byte("gpuledger simulated reporter"), buf[:], []byte{byte(n)})
		if key, err := crypto.ToECDSA(h); err == nil {
			return key
		}
	}
}
