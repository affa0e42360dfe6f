package oracle

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus/testutil/promlint"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/gpuledger/gpuledger/contracts"
)

// serveMonitor serves m on a loopback port until the test ends and
// returns its base URL.
func serveMonitor(t *testing.T, m *Monitor) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// getHealth reads /healthz.
func getHealth(t *testing.T, base string) (int, Health) {
	t.Helper()
	resp, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var h Health
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	return resp.StatusCode, h
}

// scrapeMetrics reads /metrics, lints it as `promtool check metrics` does,
// and returns its families.
func scrapeMetrics(t *testing.T, base string) map[string]*dto.MetricFamily {
	t.Helper()
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /metrics: %d %v", resp.StatusCode, err)
	}
	problems, err := promlint.New(bytes.NewReader(body)).Lint()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("promlint: %s: %s", p.Metric, p.Text)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"go_goroutines", "process_cpu_seconds_total", "go_build_info"} {
		if fams[name] == nil {
			t.Errorf("no %s: the Go, process and build info collectors are missing", name)
		}
	}
	return fams
}

// value is the value of the series of family name whose labels include
// want (label=value pairs).
func value(t *testing.T, fams map[string]*dto.MetricFamily, name string, want ...string) float64 {
	t.Helper()
	f := fams[name]
	if f == nil {
		t.Fatalf("no metric %s", name)
	}
next:
	for _, m := range f.GetMetric() {
		have := map[string]string{}
		for _, l := range m.GetLabel() {
			have[l.GetName()] = l.GetValue()
		}
		for i := 0; i+1 < len(want); i += 2 {
			if have[want[i]] != want[i+1] {
				continue next
			}
		}
		switch {
		case m.GetCounter() != nil:
			return m.GetCounter().GetValue()
		case m.GetGauge() != nil:
			return m.GetGauge().GetValue()
		}
	}
	t.Fatalf("no series %s%v", name, want)
	return 0
}

// TestMonitorHealth drives a monitor through an agent's life and reads
// /healthz and /metrics over loopback HTTP: starting, failing sources,
// a refused submission, recovery, and an overdue epoch.
func TestMonitorHealth(t *testing.T) {
	sched := contracts.EpochSchedule{Length: time.Hour, Genesis: time.Unix(0, 0)}
	const first = 498_762
	now := sched.Start(first).Add(-5 * time.Minute)
	m := NewMonitor(MonitorConfig{AssetID: 7, Now: func() time.Time { return now }})
	base := serveMonitor(t, m)
	a, b := common.HexToAddress("0xa1"), common.HexToAddress("0xb2")

	code, h := getHealth(t, base)
	if code != http.StatusOK || h.Status != HealthStarting || h.LastEpochSigned != nil || h.LastSubmission != nil {
		t.Errorf("before start: %d %+v", code, h)
	}
	m.Started(AgentStart{AssetID: 7, FirstEpoch: first, Schedule: sched, Interval: 10 * time.Second, Reporters: []common.Address{a, b}, At: now})

	// Reporter a's exporter goes down for three samples: failing, until a sample works.
	down := lineErrorf(ErrScrape, "dcgm: scrape http://127.0.0.1:9400/metrics: connection refused")
	for range 3 {
		m.Sampled(a, down)
		m.Sampled(b, nil)
	}
	code, h = getHealth(t, base)
	if code != http.StatusServiceUnavailable || h.Status != HealthFailing || len(h.Problems) != 1 ||
		!strings.Contains(h.Problems[0], "reporter "+a.Hex()+": its last 3 samples failed: dcgm: scrape") || h.Errors.Scrape != 3 || h.ErrorCount != 3 {
		t.Errorf("source down: %d %+v", code, h)
	}
	m.Sampled(a, nil)
	if code, h = getHealth(t, base); code != http.StatusOK || h.Status != HealthStarting || h.AssetID != "7" || h.Reporters != 2 || *h.FirstEpoch != first {
		t.Errorf("source back: %d %+v", code, h)
	}

	// The epoch is signed, and its submission refused.
	now = sched.End(first)
	obs := []ReporterObservation{{Reporter: a, Stats: Stats{CounterResets: 1}}, {Reporter: b}}
	m.Signed(Report{AssetID: 7, Epoch: first, Start: sched.Start(first), End: sched.End(first), Observations: obs}, 0)
	m.Reported(Report{AssetID: 7, Epoch: first, Observations: obs, Err: fmt.Errorf("%w: EpochTooOld(…)", ErrRefused)})
	code, h = getHealth(t, base)
	if code != http.StatusServiceUnavailable || h.LastEpochSigned == nil || h.LastEpochSigned.Epoch != first || h.LastEpochSigned.Observations != 2 ||
		h.LastSubmission == nil || h.LastSubmission.Outcome != OutcomeRefused || !strings.Contains(h.Problems[0], "submission refused") {
		t.Errorf("refused: %d %+v", code, h)
	}

	// The next epoch is stored: healthy.
	now = sched.End(first + 1)
	m.Signed(Report{AssetID: 7, Epoch: first + 1, End: sched.End(first + 1), Observations: obs}, 0)
	tx := common.HexToHash("0x5dd7")
	median := contracts.Observation{UtilisationBps: 6084, AvailabilityBps: 10000, EnergyWh: 3627, AvgPowerW: 3627}
	m.Reported(Report{AssetID: 7, Epoch: first + 1, Observations: obs, Result: SubmitResult{Status: Stored,
		Receipt: &types.Receipt{TxHash: tx, BlockNumber: big.NewInt(412)},
		Record:  contracts.EpochRecord{AssetID: 7, Epoch: first + 1, Reported: true, Median: median, Observations: 2}}})
	code, h = getHealth(t, base)
	want := SubmissionOutcome{Epoch: first + 1, At: now.UTC(), Outcome: OutcomeStored, TxHash: tx.Hex(), Block: 412}
	if code != http.StatusOK || h.Status != HealthOK || len(h.Problems) != 0 || *h.LastSubmission != want || *h.LastEpochStored != first+1 ||
		h.Errors != (ErrorCounts{Scrape: 3, Submission: 1}) || h.ErrorCount != 4 {
		t.Errorf("stored: %d %+v (last submission %+v)", code, h, h.LastSubmission)
	}

	fams := scrapeMetrics(t, base)
	for name, want := range map[string]float64{
		"gpuledger_oracle_samples_total":                  4,
		"gpuledger_oracle_scrape_errors_total":            3,
		"gpuledger_oracle_epochs_signed_total":            2,
		"gpuledger_oracle_observations_signed_total":      4,
		"gpuledger_oracle_energy_resets_total":            2,
		"gpuledger_oracle_last_epoch":                     first + 1,
		"gpuledger_oracle_last_signed_epoch":              first + 1,
		"gpuledger_oracle_epoch_utilisation_ratio":        0.6084,
		"gpuledger_oracle_epoch_availability_ratio":       1,
		"gpuledger_oracle_epoch_energy_joules":            3627 * 3600,
		"gpuledger_oracle_epoch_average_power_watts":      3627,
		"gpuledger_oracle_last_success_timestamp_seconds": float64(now.Unix()),
	} {
		if got := value(t, fams, name, "asset", "7"); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	for outcome, want := range map[string]float64{OutcomeStored: 1, OutcomeRefused: 1, OutcomeAlreadyStored: 0, OutcomeBelowQuorum: 0, OutcomeFailed: 0} {
		if got := value(t, fams, "gpuledger_oracle_submissions_total", "asset", "7", "outcome", outcome); got != want {
			t.Errorf("submissions %s = %v, want %v", outcome, got, want)
		}
	}

	// Nothing signed for two epochs: overdue.
	now = sched.End(first + 2).Add(sched.Length + time.Second)
	code, h = getHealth(t, base)
	if code != http.StatusServiceUnavailable || len(h.Problems) != 1 || !strings.Contains(h.Problems[0], fmt.Sprintf("epoch %d is overdue", first+2)) {
		t.Errorf("overdue: %d %+v", code, h)
	}
	resp, err := http.Post(base+"/healthz", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /healthz: %d", resp.StatusCode)
	}
}

// TestAgentDCGMMonitored runs the agent end to end on the embedded chain:
// two reporters read the recorded dcgm-exporter output over loopback HTTP
// (one scrape fails), sign, and store the epoch as the median of their
// observations; /healthz and /metrics, served over loopback, say so.
func TestAgentDCGMMonitored(t *testing.T) {
	scrapes := loadScrapes(t)
	signers := []Signer{NewKeySigner(SimReporterKey(21, 0)), NewKeySigner(SimReporterKey(21, 1))}
	oc := newOracleChain(t, signers, 2)
	clock := NewVirtualClock(oc.head(t))
	first := oc.sched.At(clock.Now())
	if oc.sched.Start(first).Before(clock.Now()) {
		first++
	}
	const interval = 10 * time.Minute // 6 slots of the 1-hour epoch: the fixture's 7 scrapes
	ex := newExporter(t, nil)
	ex.pick = func() []byte {
		if ex.hits == 5 { // the open, slot 0 (both reporters), slot 1: the second reporter's scrape fails
			return nil
		}
		k := int(clock.Now().Sub(oc.sched.Start(first)) / interval)
		return scrapes[max(0, min(k, len(scrapes)-1))]
	}
	// (The fixture serves scrape 0 both when the source opens and at the
	// epoch's start, 47 minutes apart: the source warns of a stale exporter.)
	src, err := OpenDCGM(oc.ctx, DCGMConfig{URL: ex.metricsURL(), Now: clock.Now, Log: logTo(&syncBuffer{})})
	if err != nil {
		t.Fatal(err)
	}
	if err := src.CheckGPUs(oc.asset.ID, int(oc.asset.GPUCount)); err != nil {
		t.Fatal(err)
	}
	mon := NewMonitor(MonitorConfig{AssetID: oc.asset.ID, Now: clock.Now})
	base := serveMonitor(t, mon)
	var reports []Report
	agent, err := NewAgent(AgentConfig{
		AssetID: oc.asset.ID, Reporters: []Reporter{{Source: src, Signer: signers[0]}, {Source: src, Signer: signers[1]}},
		Submitter: oc.submitter(t, oc.account(t), nil), Domain: oc.domain, Schedule: oc.sched, Interval: interval, GPUs: 8,
		Clock: clock, ChainTime: Warp{Chain: oc.chain, Client: oc.chain.Client()}, Epochs: 1,
		OnReport: func(r Report) { reports = append(reports, r) }, Observer: mon,
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := agent.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if len(reports) != 1 || reports[0].Err != nil || reports[0].Result.Status != Stored {
		t.Fatalf("reports %+v", reports)
	}
	r := reports[0]
	t.Log(r.Line())
	// Reporter 0 saw every slot; reporter 1 missed slot 1, whose 8 GPU-slots
	// (587 %·slots) count as unavailable. Energy: the counters' deltas over
	// the epoch whatever was missed. The median of two is their floored mean.
	want := []contracts.Observation{
		{UtilisationBps: fixtureUtilisationBps, AvailabilityBps: fixtureAvailabilityBps, EnergyWh: 64, AvgPowerW: 64},
		{UtilisationBps: 5462, AvailabilityBps: 7708, EnergyWh: 64, AvgPowerW: 64},
	}
	for i, o := range r.Observations {
		if o.Observation != want[i] || o.Stats.EnergyMilliJ != fixtureEnergyMilliJ {
			t.Errorf("reporter %d: %+v (stats %+v), want %+v", i, o.Observation, o.Stats, want[i])
		}
	}
	median := contracts.Observation{UtilisationBps: 6073, AvailabilityBps: 8541, EnergyWh: 64, AvgPowerW: 64}
	rec, err := oc.tel.Epoch(oc.ctx, oc.asset.ID, first)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Median != median || rec.Observations != 2 || r.Epoch != first {
		t.Errorf("stored %+v, want median %+v of epoch %d", rec, median, first)
	}

	code, h := getHealth(t, base)
	if code != http.StatusOK || h.Status != HealthOK || h.LastSubmission == nil || h.LastSubmission.TxHash != r.Result.Receipt.TxHash.Hex() ||
		h.LastSubmission.Outcome != OutcomeStored || h.LastEpochSigned.Epoch != first || *h.LastEpochStored != first || h.Errors.Scrape != 1 {
		t.Errorf("healthz: %d %+v", code, h)
	}
	fams := scrapeMetrics(t, base)
	asset := fmt.Sprint(oc.asset.ID)
	for name, want := range map[string]float64{
		"gpuledger_oracle_samples_total":             13,
		"gpuledger_oracle_scrape_errors_total":       1,
		"gpuledger_oracle_epochs_signed_total":       1,
		"gpuledger_oracle_observations_signed_total": 2,
		"gpuledger_oracle_last_epoch":                float64(first),
		"gpuledger_oracle_epoch_availability_ratio":  0.8541,
	} {
		if got := value(t, fams, name, "asset", asset); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	if got := value(t, fams, "gpuledger_oracle_submissions_total", "asset", asset, "outcome", OutcomeStored); got != 1 {
		t.Errorf("stored submissions %v", got)
	}
}
