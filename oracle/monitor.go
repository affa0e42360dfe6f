package oracle

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Submission outcomes, the values of the outcome label of
// gpuledger_oracle_submissions_total and of /healthz's last_submission.
const (
	OutcomeStored        = "stored"         // this agent's transaction stored the report
	OutcomeAlreadyStored = "already_stored" // the epoch was on chain already (a retry, another submitter)
	OutcomeBelowQuorum   = "below_quorum"   // too few valid observations: nothing sent (ErrBelowQuorum)
	OutcomeRefused       = "refused"        // the contract refused the report (ErrRefused)
	OutcomeFailed        = "failed"         // anything else: the chain unreachable, retries exhausted
)

// Health statuses of /healthz.
const (
	HealthOK       = "ok"       // 200: epochs are signed and stored
	HealthStarting = "starting" // 200: no epoch signed yet, none overdue
	HealthFailing  = "failing"  // 503: see problems
)

// MonitorConfig configures a Monitor. Zero fields take the default their
// comment states.
type MonitorConfig struct {
	// AssetID, when set, is the const label asset of every gpuledger_oracle_ metric.
	AssetID uint64
	// FailingSamples is how many consecutive failed samples of a reporter's
	// source make the agent unhealthy (default 3).
	FailingSamples int
	// Now is the clock that judges overdue epochs (default time.Now).
	Now func() time.Time
}

// Monitor is what an operator watches of a running agent: Prometheus
// metrics, in a registry of its own (never the global one), with Go
// runtime, process and build information collectors, and a health summary.
// It implements AgentObserver; Handler serves GET /metrics and GET /healthz.
// It is safe for concurrent use.
//
// Health (Health, /healthz) is failing, answered 503, when any of:
//
//   - the last submission failed (outcome below_quorum, refused or failed),
//     until one succeeds;
//   - a reporter's last FailingSamples samples failed (the exporter or GPU
//     unreadable), until one succeeds;
//   - an epoch is overdue: the wall clock is more than one epoch length past
//     the end of the epoch that should have been signed next (the agent is
//     stuck, e.g. behind a chain that does not advance).
//
// Otherwise it is ok, or starting while no epoch has been signed yet; both
// answer 200.
type Monitor struct {
	cfg MonitorConfig
	reg *prometheus.Registry

	samples, scrapeErrors            prometheus.Counter
	epochsSigned, observationsSigned prometheus.Counter
	signErrors, counterResets        prometheus.Counter
	submissions                      *prometheus.CounterVec
	lastEpoch, lastSignedEpoch       prometheus.Gauge
	lastSubmissionTime, lastSuccess  prometheus.Gauge
	util, avail, energy, power       prometheus.Gauge

	mu         sync.Mutex // guards the fields below
	start      *AgentStart
	failing    map[common.Address]int    // consecutive failed samples
	lastErr    map[common.Address]string // the last sample error
	signed     *SignedEpoch
	submission *SubmissionOutcome
	stored     *uint64
	errs       ErrorCounts
}

// SignedEpoch is the last epoch the agent signed, in /healthz.
type SignedEpoch struct {
	Epoch        uint64    `json:"epoch"`
	EpochEnd     time.Time `json:"epoch_end"`
	SignedAt     time.Time `json:"signed_at"`
	Observations int       `json:"observations"`
}

// SubmissionOutcome is the last submission, in /healthz.
type SubmissionOutcome struct {
	Epoch   uint64    `json:"epoch"`
	At      time.Time `json:"at"`
	Outcome string    `json:"outcome"`
	TxHash  string    `json:"tx_hash,omitempty"`
	Block   uint64    `json:"block,omitempty"`
	Error   string    `json:"error,omitempty"`
}

// ErrorCounts counts the agent's errors since it started, by stage.
type ErrorCounts struct {
	Scrape     uint64 `json:"scrape"`
	Signing    uint64 `json:"signing"`
	Submission uint64 `json:"submission"`
}

// Health is the agent's health, the body of /healthz.
type Health struct {
	Status   string   `json:"status"`
	Problems []string `json:"problems"`
	AssetID  string   `json:"asset_id,omitempty"`
	// Reporters is how many reporters the agent runs.
	Reporters          int                `json:"reporters"`
	EpochLengthSeconds int64              `json:"epoch_length_seconds,omitempty"`
	StartedAt          *time.Time         `json:"started_at"`
	FirstEpoch         *uint64            `json:"first_epoch"`
	LastEpochSigned    *SignedEpoch       `json:"last_epoch_signed"`
	LastSubmission     *SubmissionOutcome `json:"last_submission"`
	// LastEpochStored is the newest epoch the agent found stored on chain
	// after submitting it.
	LastEpochStored *uint64     `json:"last_epoch_stored"`
	Errors          ErrorCounts `json:"errors"`
	// ErrorCount is the sum of Errors.
	ErrorCount uint64 `json:"error_count"`
}

// NewMonitor returns a monitor with its metrics registered.
func NewMonitor(cfg MonitorConfig) *Monitor {
	if cfg.FailingSamples <= 0 {
		cfg.FailingSamples = 3
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	m := &Monitor{cfg: cfg, reg: prometheus.NewRegistry(),
		failing: map[common.Address]int{}, lastErr: map[common.Address]string{}}
	var labels prometheus.Labels
	if cfg.AssetID != 0 {
		labels = prometheus.Labels{"asset": strconv.FormatUint(cfg.AssetID, 10)}
	}
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Namespace: "gpuledger", Subsystem: "oracle", Name: name, Help: help, ConstLabels: labels})
	}
	gauge := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "gpuledger", Subsystem: "oracle", Name: name, Help: help, ConstLabels: labels})
	}
	m.samples = counter("samples_total", "Readings of the GPUs taken from a reporter's source.")
	m.scrapeErrors = counter("scrape_errors_total", "Readings of a reporter's source that failed (endpoint down, metric missing, GPU tool failing).")
	m.epochsSigned = counter("epochs_signed_total", "Epochs aggregated and signed by at least one reporter.")
	m.observationsSigned = counter("observations_signed_total", "Observations signed, one per reporter and epoch.")
	m.signErrors = counter("signing_errors_total", "Observations a reporter failed to sign.")
	m.counterResets = counter("energy_resets_total", "GPU energy counters found gone backwards (driver reload, reboot), per reporter and epoch.")
	m.submissions = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "gpuledger", Subsystem: "oracle", Name: "submissions_total",
		Help: "Epoch reports submitted to the TelemetryOracle, by outcome.", ConstLabels: labels}, []string{"outcome"})
	m.lastEpoch = gauge("last_epoch", "Newest epoch found stored on chain after the agent submitted it.")
	m.lastSignedEpoch = gauge("last_signed_epoch", "Newest epoch the agent signed.")
	m.lastSubmissionTime = gauge("last_submission_timestamp_seconds", "Unix time of the last submission, whatever its outcome.")
	m.lastSuccess = gauge("last_success_timestamp_seconds", "Unix time of the last submission that left its epoch stored.")
	m.util = gauge("epoch_utilisation_ratio", "Utilisation stored for the last stored epoch (median of the reporters), 0 to 1.")
	m.avail = gauge("epoch_availability_ratio", "Availability stored for the last stored epoch (median of the reporters), 0 to 1.")
	m.energy = gauge("epoch_energy_joules", "Energy stored for the last stored epoch (median of the reporters; whole Wh on chain).")
	m.power = gauge("epoch_average_power_watts", "Average power stored for the last stored epoch (median of the reporters).")
	m.reg.MustRegister(m.samples, m.scrapeErrors, m.epochsSigned, m.observationsSigned, m.signErrors, m.counterResets,
		m.submissions, m.lastEpoch, m.lastSignedEpoch, m.lastSubmissionTime, m.lastSuccess, m.util, m.avail, m.energy, m.power,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}), collectors.NewBuildInfoCollector())
	for _, o := range []string{OutcomeStored, OutcomeAlreadyStored, OutcomeBelowQuorum, OutcomeRefused, OutcomeFailed} {
		m.submissions.WithLabelValues(o) // every outcome from 0, so rates and alerts see it
	}
	return m
}

// Registry returns the monitor's registry (to gather, or to add collectors to).
func (m *Monitor) Registry() *prometheus.Registry { return m.reg }

// Started implements AgentObserver.
func (m *Monitor) Started(s AgentStart) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.start = &s
}

// Sampled implements AgentObserver.
func (m *Monitor) Sampled(reporter common.Address, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err == nil {
		m.samples.Inc()
		delete(m.failing, reporter)
		delete(m.lastErr, reporter)
		return
	}
	m.scrapeErrors.Inc()
	m.errs.Scrape++
	m.failing[reporter]++
	m.lastErr[reporter] = err.Error()
}

// Signed implements AgentObserver.
func (m *Monitor) Signed(r Report, failed int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.signErrors.Add(float64(failed))
	m.errs.Signing += uint64(failed)
	if len(r.Observations) == 0 {
		return
	}
	m.epochsSigned.Inc()
	m.observationsSigned.Add(float64(len(r.Observations)))
	resets := 0
	for _, o := range r.Observations {
		resets += o.Stats.CounterResets
	}
	m.counterResets.Add(float64(resets))
	m.lastSignedEpoch.Set(float64(r.Epoch))
	m.signed = &SignedEpoch{Epoch: r.Epoch, EpochEnd: r.End.UTC(), SignedAt: m.cfg.Now().UTC(), Observations: len(r.Observations)}
}

// Reported implements AgentObserver.
func (m *Monitor) Reported(r Report) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.cfg.Now()
	out := SubmissionOutcome{Epoch: r.Epoch, At: now.UTC(), Outcome: outcomeOf(r)}
	m.submissions.WithLabelValues(out.Outcome).Inc()
	m.lastSubmissionTime.Set(float64(now.UnixNano()) / 1e9)
	if r.Err != nil {
		out.Error = r.Err.Error()
		m.errs.Submission++
	} else {
		if rc := r.Result.Receipt; rc != nil {
			out.TxHash = rc.TxHash.Hex()
			if rc.BlockNumber != nil {
				out.Block = rc.BlockNumber.Uint64()
			}
		}
		m.lastSuccess.Set(float64(now.UnixNano()) / 1e9)
		if m.stored == nil || r.Epoch > *m.stored {
			e := r.Epoch
			m.stored = &e
			m.lastEpoch.Set(float64(e))
			med := r.Result.Record.Median
			m.util.Set(float64(med.UtilisationBps) / 10000)
			m.avail.Set(float64(med.AvailabilityBps) / 10000)
			m.energy.Set(float64(med.EnergyWh) * 3600)
			m.power.Set(float64(med.AvgPowerW))
		}
	}
	m.submission = &out
}

// outcomeOf classifies a submission's outcome.
func outcomeOf(r Report) string {
	switch {
	case r.Err == nil && r.Result.Status == AlreadyStored:
		return OutcomeAlreadyStored
	case r.Err == nil:
		return OutcomeStored
	case errors.Is(r.Err, ErrBelowQuorum):
		return OutcomeBelowQuorum
	case errors.Is(r.Err, ErrRefused):
		return OutcomeRefused
	}
	return OutcomeFailed
}

// Health returns the agent's health now.
func (m *Monitor) Health() Health {
	m.mu.Lock()
	defer m.mu.Unlock()
	h := Health{Problems: []string{}, LastEpochSigned: m.signed, LastSubmission: m.submission, LastEpochStored: m.stored, Errors: m.errs}
	h.ErrorCount = m.errs.Scrape + m.errs.Signing + m.errs.Submission
	if s := m.submission; s != nil && s.Error != "" {
		h.Problems = append(h.Problems, fmt.Sprintf("epoch %d: submission %s: %s", s.Epoch, s.Outcome, s.Error))
	}
	if st := m.start; st != nil {
		h.AssetID = strconv.FormatUint(st.AssetID, 10)
		h.Reporters = len(st.Reporters)
		h.EpochLengthSeconds = int64(st.Schedule.Length / time.Second)
		at, first := st.At.UTC(), st.FirstEpoch
		h.StartedAt, h.FirstEpoch = &at, &first
		for _, r := range st.Reporters { // in the reporters' order, for a stable answer
			if n := m.failing[r]; n >= m.cfg.FailingSamples {
				h.Problems = append(h.Problems, fmt.Sprintf("reporter %s: its last %d samples failed: %s", r.Hex(), n, m.lastErr[r]))
			}
		}
		next := st.FirstEpoch
		if m.signed != nil {
			next = m.signed.Epoch + 1
		}
		if due := st.Schedule.End(next).Add(st.Schedule.Length); m.cfg.Now().After(due) {
			h.Problems = append(h.Problems, fmt.Sprintf("epoch %d is overdue: not signed %s after it ended", next,
				m.cfg.Now().Sub(st.Schedule.End(next)).Truncate(time.Second)))
		}
	}
	switch {
	case len(h.Problems) > 0:
		h.Status = HealthFailing
	case m.signed == nil:
		h.Status = HealthStarting
	default:
		h.Status = HealthOK
	}
	return h
}

// Handler serves GET /metrics (Prometheus exposition, content negotiated)
// and GET /healthz (Health as JSON, 200 when ok or starting, 503 when
// failing).
func (m *Monitor) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.InstrumentMetricHandler(m.reg, promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		h := m.Health()
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		if h.Status == HealthFailing {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(h) // the client went away: nothing to do
	})
	return mux
}

// Serve serves Handler on ln until ctx ends, then shuts the server down
// (waiting up to 5 s for requests in flight) and returns nil; it returns
// the server's error if it stops for another reason. It closes ln.
func (m *Monitor) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: m.Handler(), ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx) // past the grace period, connections are closed anyway
		<-errc
		return nil
	}
}
