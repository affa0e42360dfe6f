package oracle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
)

// Reporter is one reporter the agent runs: the GPUs it samples and its key.
type Reporter struct {
	Source Source
	Signer Signer
}

// AgentConfig configures an Agent. Zero fields take the default their
// comment states; the others are required.
type AgentConfig struct {
	AssetID   uint64
	Reporters []Reporter
	Submitter *Submitter
	Domain    contracts.TelemetryDomain
	// Schedule is the oracle's epoch layout (contracts.Telemetry.Schedule).
	Schedule contracts.EpochSchedule
	// Interval is the sampling interval (default 10s); it must divide the epoch length.
	Interval time.Duration
	// GPUs is the number of GPUs each reporter's source samples.
	GPUs int
	// Clock says when to sample (default RealClock).
	Clock Clock
	// ChainTime waits for the chain to pass an epoch's end before its report is sent.
	ChainTime ChainTime
	// Epochs stops the agent after reporting that many epochs (default 0:
	// run until the context ends).
	Epochs int
	// OnReport, if set, receives the outcome of every epoch's submission,
	// from the agent's submitting goroutine, one at a time.
	OnReport func(Report)
	// Observer, if set, is told what the agent does (samples, signatures,
	// submissions), for metrics and health; *Monitor implements it.
	Observer AgentObserver
	// Log defaults to slog.Default().
	Log *slog.Logger
}

// AgentObserver is told what an Agent does, as it happens. Its methods are
// called from the agent's sampling and submitting goroutines, possibly at
// the same time: they must be safe for concurrent use and return quickly.
type AgentObserver interface {
	// Started is called once, when Run begins.
	Started(AgentStart)
	// Sampled is called after each reading of a reporter's source, with
	// its error (nil when it gave a sample).
	Sampled(reporter common.Address, err error)
	// Signed is called when an epoch has been aggregated and signed, before
	// it is submitted; failed counts the reporters whose signing failed. The
	// report is shared with the submitter: read it, do not modify it.
	Signed(r Report, failed int)
	// Reported is called with the outcome of every epoch's submission, as
	// AgentConfig.OnReport is.
	Reported(Report)
}

// AgentStart describes a starting agent to its observer.
type AgentStart struct {
	AssetID uint64
	// FirstEpoch is the first epoch the agent reports: the first that
	// starts at or after At.
	FirstEpoch uint64
	Schedule   contracts.EpochSchedule
	Interval   time.Duration
	Reporters  []common.Address
	// At is the agent clock's time when it started.
	At time.Time
}

// ReporterObservation is what one reporter observed and signed in an epoch.
type ReporterObservation struct {
	Reporter    common.Address
	Observation contracts.Observation
	Stats       Stats
}

// Report is the outcome of one epoch.
type Report struct {
	AssetID      uint64
	Epoch        uint64
	Start, End   time.Time
	Observations []ReporterObservation
	// Result is the submission's outcome; valid when Err is nil.
	Result SubmitResult
	Err    error
}

// Agent samples the GPUs of one asset for its reporters, aggregates each
// epoch, signs, and submits one report per epoch. Sampling and submission
// run in two goroutines, so a slow transaction does not cost samples; at
// most one finished epoch waits for the submitter.
type Agent struct {
	cfg AgentConfig
}

// NewAgent checks cfg and returns an agent.
func NewAgent(cfg AgentConfig) (*Agent, error) {
	if cfg.Interval == 0 {
		cfg.Interval = 10 * time.Second
	}
	if cfg.Clock == nil {
		cfg.Clock = RealClock{}
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	switch {
	case len(cfg.Reporters) == 0:
		return nil, errors.New("new agent: no reporters")
	case cfg.Submitter == nil || cfg.ChainTime == nil || cfg.Domain.ChainID == nil:
		return nil, errors.New("new agent: submitter, chain time and domain are required")
	case cfg.GPUs < 1:
		return nil, fmt.Errorf("new agent: need at least one GPU, got %d", cfg.GPUs)
	case cfg.Schedule.Length <= 0 || cfg.Interval <= 0 || cfg.Schedule.Length%cfg.Interval != 0:
		return nil, fmt.Errorf("new agent: %w: length %s, interval %s", ErrBadWindow, cfg.Schedule.Length, cfg.Interval)
	}
	for i, r := range cfg.Reporters {
		if r.Source == nil || r.Signer == nil {
			return nil, fmt.Errorf("new agent: reporter %d needs a source and a signer", i)
		}
	}
	return &Agent{cfg: cfg}, nil
}

// epochJob is a finished epoch waiting to be submitted.
type epochJob struct {
	report Report
	signed []contracts.SignedObservation
}

// Run reports epochs until ctx ends (it then returns ctx's error) or, with
// AgentConfig.Epochs, until that many epochs are reported (it returns
// nil). It starts with the first epoch that begins at or after now, since a
// partial epoch would read as unavailable. A failed submission is logged
// and passed to OnReport; the agent goes on with the next epoch.
func (a *Agent) Run(ctx context.Context) error {
	sched := a.cfg.Schedule
	now := a.cfg.Clock.Now()
	epoch := sched.At(now)
	if sched.Start(epoch).Before(now) {
		epoch++
	}
	a.cfg.Log.Info("telemetry agent starting", "asset", a.cfg.AssetID, "first_epoch", epoch,
		"starts", sched.Start(epoch).UTC().Format(time.RFC3339), "reporters", len(a.cfg.Reporters), "interval", a.cfg.Interval)
	if obs := a.cfg.Observer; obs != nil {
		addrs := make([]common.Address, len(a.cfg.Reporters))
		for i, r := range a.cfg.Reporters {
			addrs[i] = r.Signer.Address()
		}
		obs.Started(AgentStart{AssetID: a.cfg.AssetID, FirstEpoch: epoch, Schedule: sched,
			Interval: a.cfg.Interval, Reporters: addrs, At: now})
	}

	jobs := make(chan epochJob, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for j := range jobs {
			a.submit(ctx, j)
		}
	}()
	defer wg.Wait()
	defer close(jobs)

	carry := make([]*Sample, len(a.cfg.Reporters))
	for n := 0; a.cfg.Epochs == 0 || n < a.cfg.Epochs; n++ {
		job, next, err := a.collect(ctx, epoch, carry)
		if err != nil {
			return err
		}
		select {
		case jobs <- job:
		case <-ctx.Done():
			return ctx.Err()
		}
		carry = next
		epoch++
	}
	return nil
}

// collect samples one epoch for every reporter and signs the observations.
// carry holds each reporter's closing sample of the previous epoch, which
// is also the opening sample of this one; it returns this epoch's.
func (a *Agent) collect(ctx context.Context, epoch uint64, carry []*Sample) (epochJob, []*Sample, error) {
	sched, rs := a.cfg.Schedule, a.cfg.Reporters
	start, end := sched.Start(epoch), sched.End(epoch)
	aggs := make([]*Aggregator, len(rs))
	for i := range rs {
		agg, err := NewAggregator(start, sched.Length, a.cfg.Interval, a.cfg.GPUs)
		if err != nil {
			return epochJob{}, nil, err
		}
		aggs[i] = agg
	}
	closing := make([]*Sample, len(rs))
	slots := int(sched.Length / a.cfg.Interval)
	for k := 0; k <= slots; k++ {
		at := start.Add(time.Duration(k) * a.cfg.Interval)
		if k > 0 || hasNil(carry) {
			if err := a.cfg.Clock.SleepUntil(ctx, at); err != nil {
				return epochJob{}, nil, err
			}
		}
		for i, r := range rs {
			var s Sample
			if k == 0 && carry[i] != nil {
				s = *carry[i]
			} else {
				var err error
				s, err = r.Source.Sample(ctx)
				if err != nil && ctx.Err() != nil {
					return epochJob{}, nil, ctx.Err()
				}
				if a.cfg.Observer != nil {
					a.cfg.Observer.Sampled(r.Signer.Address(), err)
				}
				if err != nil {
					a.cfg.Log.Warn("sample failed", "reporter", r.Signer.Address(), "epoch", epoch, "err", err)
					continue
				}
			}
			if err := aggs[i].Add(s); err != nil {
				a.cfg.Log.Warn("sample not used", "reporter", r.Signer.Address(), "epoch", epoch, "err", err)
				continue
			}
			if k == slots {
				closing[i] = &s
			}
		}
	}
	job := epochJob{report: Report{AssetID: a.cfg.AssetID, Epoch: epoch, Start: start, End: end}}
	failed := 0
	for i, r := range rs {
		o, st := aggs[i].Observation()
		so, err := r.Signer.Sign(a.cfg.Domain, a.cfg.AssetID, epoch, o)
		if err != nil {
			a.cfg.Log.Error("signing failed", "reporter", r.Signer.Address(), "epoch", epoch, "err", err)
			failed++
			continue
		}
		job.signed = append(job.signed, so)
		job.report.Observations = append(job.report.Observations,
			ReporterObservation{Reporter: r.Signer.Address(), Observation: o, Stats: st})
	}
	if a.cfg.Observer != nil {
		a.cfg.Observer.Signed(job.report, failed)
	}
	return job, closing, nil
}

// submit waits for the chain to pass the epoch's end and submits it.
func (a *Agent) submit(ctx context.Context, j epochJob) {
	rep := j.report
	if err := a.cfg.ChainTime.WaitUntil(ctx, rep.End); err != nil {
		rep.Err = err
	} else {
		rep.Result, rep.Err = a.cfg.Submitter.Submit(ctx, rep.AssetID, rep.Epoch, j.signed)
	}
	if rep.Err != nil && ctx.Err() == nil {
		a.cfg.Log.Error("report failed", "asset", rep.AssetID, "epoch", rep.Epoch, "err", rep.Err)
	}
	if ctx.Err() != nil {
		return
	}
	if a.cfg.Observer != nil {
		a.cfg.Observer.Reported(rep)
	}
	if a.cfg.OnReport != nil {
		a.cfg.OnReport(rep)
	}
}

func hasNil(s []*Sample) bool {
	for _, x := range s {
		if x == nil {
			return true
		}
	}
	return false
}

// Line formats a report as one readable line.
func (r Report) Line() string {
	head := fmt.Sprintf("epoch %d (%s) asset %d", r.Epoch, r.Start.UTC().Format("2006-01-02T15:04Z"), r.AssetID)
	if r.Err != nil {
		return fmt.Sprintf("%s: FAILED (%d observations): %v", head, len(r.Observations), r.Err)
	}
	m := r.Result.Record.Median
	line := fmt.Sprintf("%s: utilisation %s availability %s energy %d Wh avg power %d W (median of %d)",
		head, bps(m.UtilisationBps), bps(m.AvailabilityBps), m.EnergyWh, m.AvgPowerW, r.Result.Record.Observations)
	switch r.Result.Status {
	case Stored:
		line += fmt.Sprintf("; stored in tx %s, gas %d", r.Result.Receipt.TxHash.Hex(), r.Result.Receipt.GasUsed)
	case AlreadyStored:
		line += "; already stored"
	}
	if n := len(r.Result.Dropped); n > 0 {
		line += fmt.Sprintf("; %d observation(s) dropped", n)
	}
	return line
}

// bps prints basis points as a percentage with two decimals, exactly.
func bps(v uint16) string { return fmt.Sprintf("%d.%02d%%", v/100, v%100) }
