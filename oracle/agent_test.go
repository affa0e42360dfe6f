package oracle

import (
	"context"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/telemetryoracle"
)

// TestAgentRunsSimulatedEpochs runs the agent for four epochs of three
// simulated reporters of one machine (with outages, and slightly different
// calibrations) on the embedded chain, moving chain time with AdjustTime:
// every epoch is stored, in order, as the median of the three signed
// observations, and the event carries them.
func TestAgentRunsSimulatedEpochs(t *testing.T) {
	const seed = 11
	var signers []Signer
	var reporters []Reporter
	for i := range 3 {
		s := NewKeySigner(SimReporterKey(seed, i))
		signers = append(signers, s)
		reporters = append(reporters, Reporter{Signer: s})
	}
	oc := newOracleChain(t, signers, 2)
	clock := NewVirtualClock(oc.head(t))
	for i, gain := range []uint32{1_000_000, 1_002_000, 998_000} {
		reporters[i].Source = NewSimulator(SimConfig{Seed: seed, OutagePerMille: 150, GainPPM: gain, Now: clock.Now})
	}
	var mu sync.Mutex
	var reports []Report
	agent, err := NewAgent(AgentConfig{
		AssetID: oc.asset.ID, Reporters: reporters, Submitter: oc.submitter(t, oc.account(t), nil),
		Domain: oc.domain, Schedule: oc.sched, Interval: time.Minute, GPUs: 8, Clock: clock,
		ChainTime: Warp{Chain: oc.chain, Client: oc.chain.Client()}, Epochs: 4,
		OnReport: func(r Report) { mu.Lock(); reports = append(reports, r); mu.Unlock() },
	})
	if err != nil {
		t.Fatal(err)
	}
	startedAt := oc.head(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := agent.Run(ctx); err != nil {
		t.Fatalf("run: %v", err)
	}
	if len(reports) != 4 {
		t.Fatalf("%d reports, want 4", len(reports))
	}
	first := oc.sched.At(startedAt) + 1
	degraded := false
	for i, r := range reports {
		t.Log(r.Line())
		if r.Err != nil || r.Result.Status != Stored || r.Epoch != first+uint64(i) || len(r.Observations) != 3 {
			t.Fatalf("report %d: %+v", i, r)
		}
		var obs []contracts.Observation
		for _, o := range r.Observations {
			obs = append(obs, o.Observation)
			if o.Stats.MissingSlots != 0 || o.Stats.Samples != 61 || o.Stats.FromPowerMilliJ != 0 {
				t.Errorf("epoch %d reporter %s: stats %+v", r.Epoch, o.Reporter, o.Stats)
			}
			if err := o.Observation.Check(oc.asset.RatedPowerW, oc.sched.Length); err != nil {
				t.Errorf("epoch %d: %v", r.Epoch, err)
			}
		}
		want := median3(obs)
		rec, err := oc.tel.Epoch(oc.ctx, oc.asset.ID, r.Epoch)
		if err != nil {
			t.Fatal(err)
		}
		if !rec.Reported || rec.Median != want || rec != r.Result.Record {
			t.Errorf("epoch %d: stored %+v, want median %+v (reported %+v)", r.Epoch, rec, want, r.Result.Record)
		}
		ev, err := oc.tel.EpochReportIn(r.Result.Receipt)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ev.Observations, obs) || ev.Median != want || ev.Reporters[0] != signers[0].Address() {
			t.Errorf("epoch %d: event %+v", r.Epoch, ev)
		}
		degraded = degraded || want.AvailabilityBps < 10000
		if !strings.Contains(r.Line(), "stored in tx 0x") {
			t.Errorf("line %q", r.Line())
		}
	}
	if !degraded {
		t.Error("no epoch had an outage: the seed tests nothing about availability")
	}
}

// median3 is the median of three observations, field by field.
func median3(obs []contracts.Observation) contracts.Observation {
	mid := func(a, b, c uint64) uint64 {
		v := []uint64{a, b, c}
		slices.Sort(v)
		return v[1]
	}
	return contracts.Observation{
		UtilisationBps:  uint16(mid(uint64(obs[0].UtilisationBps), uint64(obs[1].UtilisationBps), uint64(obs[2].UtilisationBps))),
		AvailabilityBps: uint16(mid(uint64(obs[0].AvailabilityBps), uint64(obs[1].AvailabilityBps), uint64(obs[2].AvailabilityBps))),
		EnergyWh:        mid(obs[0].EnergyWh, obs[1].EnergyWh, obs[2].EnergyWh),
		AvgPowerW:       uint32(mid(uint64(obs[0].AvgPowerW), uint64(obs[1].AvgPowerW), uint64(obs[2].AvgPowerW))),
	}
}

// TestAgentStopsOnCancel: cancelling the context (SIGINT in the command)
// stops a running agent promptly with the context's error.
func TestAgentStopsOnCancel(t *testing.T) {
	s := NewKeySigner(SimReporterKey(1, 0))
	oc := newOracleChain(t, []Signer{s}, 1)
	agent, err := NewAgent(AgentConfig{
		AssetID: oc.asset.ID, Reporters: []Reporter{{Source: NewSimulator(SimConfig{Seed: 1}), Signer: s}},
		Submitter: oc.submitter(t, oc.account(t), nil), Domain: oc.domain, Schedule: oc.sched, GPUs: 8,
		ChainTime: &HeadWaiter{Client: oc.chain.Client()},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- agent.Run(ctx) }()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if err != context.Canceled {
			t.Errorf("run returned %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the agent did not stop")
	}
}

func TestNewAgentRefuses(t *testing.T) {
	s := NewKeySigner(SimReporterKey(1, 0))
	base := AgentConfig{Reporters: []Reporter{{Source: NewSimulator(SimConfig{}), Signer: s}}, Submitter: &Submitter{},
		Domain: contracts.TelemetryDomain{ChainID: big.NewInt(1337)}, GPUs: 8, ChainTime: Warp{},
		Schedule: contracts.EpochSchedule{Length: time.Hour}}
	if _, err := NewAgent(base); err != nil {
		t.Fatalf("a valid configuration refused: %v", err)
	}
	for name, mod := range map[string]func(*AgentConfig){
		"no reporters":              func(c *AgentConfig) { c.Reporters = nil },
		"no GPUs":                   func(c *AgentConfig) { c.GPUs = 0 },
		"interval not dividing":     func(c *AgentConfig) { c.Interval = 7 * time.Second },
		"no chain time":             func(c *AgentConfig) { c.ChainTime = nil },
		"no domain":                 func(c *AgentConfig) { c.Domain = contracts.TelemetryDomain{} },
		"reporter without a source": func(c *AgentConfig) { c.Reporters = []Reporter{{Signer: s}} },
	} {
		c := base
		mod(&c)
		if _, err := NewAgent(c); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestAgentRealTime runs the agent on the wall clock (RealClock) and a
// HeadWaiter against an oracle with 1-second epochs, sampling every 250 ms:
// two consecutive epochs are stored, in order, and each stored median is
// the observation the agent signed, with figures consistent with its own
// sampling statistics. How many samples land in their slot depends on how
// promptly the machine wakes the agent, so that is logged, not asserted:
// TestAgentLateWakeups proves the slot accounting, late wake-ups included,
// on an injected clock.
func TestAgentRealTime(t *testing.T) {
	s := NewKeySigner(SimReporterKey(2, 0))
	oc := newOracleChain(t, nil, 0)
	bin := common.FromHex(telemetryoracle.TelemetryOracleMetaData.Bin)
	genesis := uint64(time.Now().Unix())
	args := telemetryoracle.NewTelemetryOracle().PackConstructor(oc.admin.Address(), oc.gpuAsset, 1, genesis, 3600)
	addr, _, err := oc.admin.Deploy(oc.ctx, bin, args)
	if err != nil {
		t.Fatal(err)
	}
	tel := contracts.NewTelemetry(chain.DecodingCaller{Client: oc.chain.Client(), Decoder: oc.decoder}, addr)
	if _, err := tel.AddReporter(oc.ctx, oc.admin, oc.asset.ID, s.Address()); err != nil {
		t.Fatal(err)
	}
	if _, err := tel.SetMinQuorum(oc.ctx, oc.admin, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := tel.SetQuorum(oc.ctx, oc.admin, oc.asset.ID, 1); err != nil {
		t.Fatal(err)
	}
	sched, err := tel.Schedule(oc.ctx)
	if err != nil {
		t.Fatal(err)
	}
	domain := tel.Domain(oc.chain.ChainID())
	sub, err := NewSubmitter(SubmitterConfig{Oracle: tel, Sender: oc.admin, Domain: domain, RatedPowerW: oc.asset.RatedPowerW, EpochLength: sched.Length})
	if err != nil {
		t.Fatal(err)
	}
	// The instant chain seals only when sent a transaction: if its head is
	// behind an epoch's end when the report is due (a slow machine), the
	// waiter nudges it for a block stamped with the wall clock.
	self := oc.admin.Address()
	nudge := func(ctx context.Context) error {
		_, err := oc.admin.SendAndWait(ctx, &self, nil, big.NewInt(0))
		return err
	}
	var reports []Report
	agent, err := NewAgent(AgentConfig{
		AssetID: oc.asset.ID, Reporters: []Reporter{{Source: NewSimulator(SimConfig{Seed: 2}), Signer: s}},
		Submitter: sub, Domain: domain, Schedule: sched, Interval: 250 * time.Millisecond, GPUs: 8, Epochs: 2,
		ChainTime: &HeadWaiter{Client: oc.chain.Client(), Poll: 50 * time.Millisecond, Grace: 200 * time.Millisecond, Nudge: nudge},
		OnReport:  func(r Report) { reports = append(reports, r) },
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := agent.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if len(reports) != 2 || reports[1].Epoch != reports[0].Epoch+1 {
		t.Fatalf("reports %+v", reports)
	}
	const slots, gpus = 4, 8 // 1 s of 250 ms slots, 8 GPUs
	for _, r := range reports {
		t.Log(r.Line())
		if r.Err != nil || r.Result.Status != Stored || len(r.Observations) != 1 {
			t.Fatalf("epoch %d: %+v", r.Epoch, r)
		}
		o, st := r.Observations[0].Observation, r.Observations[0].Stats
		t.Logf("epoch %d: %d samples, %d of %d slots missed", r.Epoch, st.Samples, st.MissingSlots, slots)
		// The simulator (no outages) has every GPU healthy in every slot
		// sampled: availability is the share of slots sampled, whatever
		// the machine's load.
		healthy := uint64(slots-st.MissingSlots) * gpus
		if st.GPUSlots != slots*gpus || st.HealthyGPUSlots != healthy ||
			uint64(o.AvailabilityBps) != healthy*10000/(slots*gpus) || st.MissingSlots > slots {
			t.Errorf("epoch %d: availability %d from stats %+v", r.Epoch, o.AvailabilityBps, st)
		}
		if err := o.Check(oc.asset.RatedPowerW, sched.Length); err != nil {
			t.Errorf("epoch %d: %v", r.Epoch, err)
		}
		rec, err := tel.Epoch(oc.ctx, oc.asset.ID, r.Epoch)
		if err != nil {
			t.Fatal(err)
		}
		if !rec.Reported || rec.Median != o {
			t.Errorf("epoch %d: stored %+v, signed %+v", r.Epoch, rec, o)
		}
	}
}

// lateClock is a VirtualClock whose SleepUntil wakes up late by the next
// scripted lag (then on time): a loaded machine, deterministically.
type lateClock struct {
	*VirtualClock
	mu   sync.Mutex
	lags []time.Duration
}

func (c *lateClock) SleepUntil(ctx context.Context, t time.Time) error {
	c.mu.Lock()
	var lag time.Duration
	if len(c.lags) > 0 {
		lag, c.lags = c.lags[0], c.lags[1:]
	}
	c.mu.Unlock()
	return c.VirtualClock.SleepUntil(ctx, t.Add(lag))
}

// TestAgentLateWakeups: the agent's slot accounting on an injected clock
// that wakes it late. With hour epochs and 1-minute samples, a wake-up up
// to one interval late keeps its slot (nothing missed, 61 samples); one
// 150 s late lands two slots on, so exactly those two slots are missed and
// availability is 58/60 of the GPU-slots; the next epoch, on time, misses
// nothing.
func TestAgentLateWakeups(t *testing.T) {
	s := NewKeySigner(SimReporterKey(5, 0))
	oc := newOracleChain(t, []Signer{s}, 1)
	clock := NewVirtualClock(oc.head(t))
	var lags []time.Duration
	for k := range 61 { // the first epoch: its opening sample and 60 more
		switch {
		case k == 20:
			lags = append(lags, 150*time.Second)
		case k%3 == 0:
			lags = append(lags, 59*time.Second+999*time.Millisecond)
		default:
			lags = append(lags, time.Duration(k)*time.Second)
		}
	}
	late := &lateClock{VirtualClock: clock, lags: lags}
	var reports []Report
	agent, err := NewAgent(AgentConfig{
		AssetID: oc.asset.ID, Reporters: []Reporter{{Source: NewSimulator(SimConfig{Seed: 5, Now: clock.Now}), Signer: s}},
		Submitter: oc.submitter(t, oc.account(t), nil), Domain: oc.domain, Schedule: oc.sched, Interval: time.Minute, GPUs: 8,
		Clock: late, ChainTime: Warp{Chain: oc.chain, Client: oc.chain.Client()}, Epochs: 2,
		OnReport: func(r Report) { reports = append(reports, r) },
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := agent.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if len(reports) != 2 {
		t.Fatalf("%d reports", len(reports))
	}
	for i, want := range []struct {
		missing  int
		availBps uint16
	}{{2, 58 * 10000 / 60}, {0, 10000}} {
		r := reports[i]
		if r.Err != nil || r.Result.Status != Stored {
			t.Fatalf("epoch %d: %+v", r.Epoch, r)
		}
		st, o := r.Observations[0].Stats, r.Observations[0].Observation
		if st.Samples != 61 || st.MissingSlots != want.missing || o.AvailabilityBps != want.availBps {
			t.Errorf("epoch %d: %d samples, %d slots missed, availability %d; want 61, %d, %d",
				r.Epoch, st.Samples, st.MissingSlots, o.AvailabilityBps, want.missing, want.availBps)
		}
	}
}

// TestHeadWaiterNudgesDevChain: a chain that seals only on demand sits on
// an old head; past the grace the waiter nudges it for a block.
func TestHeadWaiterNudgesDevChain(t *testing.T) {
	c, err := chain.OpenEmbedded(context.Background(), chain.EmbeddedConfig{Sealing: chain.SealManual})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	target := time.Now().Add(200 * time.Millisecond)
	nudges := 0
	w := &HeadWaiter{Client: c.Client(), Poll: 20 * time.Millisecond, Grace: 50 * time.Millisecond,
		Nudge: func(context.Context) error {
			nudges++
			_, err := c.Commit() // a block stamped with the wall clock
			return err
		}}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := w.WaitUntil(ctx, target); err != nil {
		t.Fatal(err)
	}
	h, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if nudges == 0 || int64(h.Time) < target.Unix() {
		t.Errorf("%d nudges, head at %d, target %s", nudges, h.Time, target)
	}
}
