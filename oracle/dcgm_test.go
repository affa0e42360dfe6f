package oracle

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
)

// The fixture: seven scrapes, 10 s apart, of dcgm-exporter on an 8×H100
// node (testdata/dcgm-exporter/README.md). GPUs 0-4 train all along, GPU 5
// trains until a double-bit ECC error (XID 48) at t=28 s after which DCGM's
// health check fails its memory, GPU 6 idles, and GPU 7 runs a 7-second job
// between two scrapes (t=12..19 s) that no utilisation or power reading sees.
var fixtureUUIDs = []string{
	"GPU-f76f4685-0f69-3166-ffbd-071ecb9197d5",
	"GPU-58c2110a-3c9c-db61-898d-76d9c3ddead5",
	"GPU-53e05176-9e16-a05a-02a6-90384f26518b",
	"GPU-ad8a64dd-cd80-2227-dc03-dbba1a751270",
	"GPU-cddccacd-9c4e-de5e-bf8b-09dc0a4c4976",
	"GPU-28a6814c-f494-ac6e-649e-f8b8ea32f836",
	"GPU-45aceb5c-cd38-3d2e-17eb-d19c136c0e6d",
	"GPU-fa1d2519-a489-2be9-0f97-1c65b1f5ffab",
}

// What the fixture's epoch (scrapes 0..5 in its six 10-second slots,
// scrape 6 closing it) must give, worked out from the files by hand:
const (
	// Σ over GPUs of energy counter(scrape 6) - counter(scrape 0), in mJ.
	fixtureEnergyMilliJ = 233_848_971
	// Utilisation of the healthy GPU-slots: GPU 0 580, GPU 1 580, GPU 2 590,
	// GPU 3 583, GPU 4 582, GPU 5 294 (slots 0-2; failing in 3-5), GPUs 6-7
	// 0: 3209 %·slots over 48 GPU-slots = 6685.4 bps.
	fixtureUtilisationBps = 6685
	// 45 of 48 GPU-slots healthy (GPU 5 fails its health check in slots 3-5).
	fixtureAvailabilityBps = 9375
	// GPU 7: its counter over the epoch, with the 7-second job.
	fixtureGPU7MilliJ = 8_515_375
)

// loadScrapes reads the fixture's scrapes.
func loadScrapes(t testing.TB) [][]byte {
	t.Helper()
	var out [][]byte
	for k := 0; ; k++ {
		b, err := os.ReadFile(filepath.Join("testdata", "dcgm-exporter", fmt.Sprintf("scrape-%02d.txt", k)))
		if errors.Is(err, os.ErrNotExist) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	if len(out) != 7 {
		t.Fatalf("%d fixture scrapes, want 7", len(out))
	}
	return out
}

// exporter is a dcgm-exporter stand-in on loopback: it serves the body
// chosen by pick (or set), as dcgm-exporter does (no Content-Type header:
// Go's sniffing answers text/plain).
type exporter struct {
	*httptest.Server
	mu     sync.Mutex // guards the fields below
	body   []byte
	status int
	hits   int
	pick   func() []byte // when set, chooses the body per request (nil: answer 503)
}

func newExporter(t testing.TB, body []byte) *exporter {
	e := &exporter{body: body, status: http.StatusOK}
	e.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.mu.Lock()
		defer e.mu.Unlock()
		e.hits++
		if r.URL.Path != "/metrics" {
			http.NotFound(w, r)
			return
		}
		body, status := e.body, e.status
		if e.pick != nil {
			if body = e.pick(); body == nil {
				status = http.StatusServiceUnavailable
			}
		}
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.WriteHeader(status)
		_, _ = w.Write(body)
	}))
	t.Cleanup(e.Close)
	return e
}

func (e *exporter) set(body []byte, status int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.body, e.status = body, status
}

func (e *exporter) metricsURL() string { return e.URL + "/metrics" }

// logTo returns a logger writing text lines to buf.
func logTo(buf *syncBuffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// syncBuffer is a bytes.Buffer safe for concurrent writers.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// runFixtureEpoch opens a DCGM source on the exporter, then feeds one 60 s
// epoch of 10 s slots with the scrapes in order, and returns the samples
// and the observation.
func runFixtureEpoch(t *testing.T, ex *exporter, scrapes [][]byte, log *slog.Logger) ([]Sample, *Aggregator) {
	t.Helper()
	t0 := time.Date(2026, 11, 24, 18, 0, 0, 0, time.UTC)
	now := t0
	ex.set(scrapes[0], http.StatusOK)
	src, err := OpenDCGM(context.Background(), DCGMConfig{URL: ex.metricsURL(), Now: func() time.Time { return now }, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	agg, err := NewAggregator(t0, time.Minute, 10*time.Second, 8)
	if err != nil {
		t.Fatal(err)
	}
	var samples []Sample
	for k, body := range scrapes {
		ex.set(body, http.StatusOK)
		now = t0.Add(time.Duration(k) * 10 * time.Second)
		s, err := src.Sample(context.Background())
		if err != nil {
			t.Fatalf("scrape %d: %v", k, err)
		}
		if err := agg.Add(s); err != nil {
			t.Fatalf("scrape %d: %v", k, err)
		}
		samples = append(samples, s)
	}
	return samples, agg
}

// TestDCGMSourceFixtureEpoch runs the source against the recorded
// dcgm-exporter output served over loopback HTTP: the epoch's utilisation,
// availability, energy (exactly the counters' deltas) and average power
// come out to the unit.
func TestDCGMSourceFixtureEpoch(t *testing.T) {
	scrapes := loadScrapes(t)
	ex := newExporter(t, scrapes[0])
	var logs syncBuffer
	samples, agg := runFixtureEpoch(t, ex, scrapes, logTo(&logs))

	first := samples[0]
	if len(first.GPUs) != 8 {
		t.Fatalf("%d GPUs, want 8", len(first.GPUs))
	}
	for i, g := range first.GPUs {
		if g.ID != fixtureUUIDs[i] {
			t.Errorf("GPU %d is %s, want %s (ordered by the gpu label)", i, g.ID, fixtureUUIDs[i])
		}
	}
	// Readings to the unit: GPU 0 in scrape 0 reads 675.973000 W and 297893123957 mJ.
	want0 := GPUSample{ID: fixtureUUIDs[0], Healthy: true, UtilisationPct: 99, PowerMilliW: 675_973, HasPower: true,
		EnergyMilliJ: 297_893_123_957, HasEnergy: true}
	if first.GPUs[0] != want0 {
		t.Errorf("GPU 0: %+v, want %+v", first.GPUs[0], want0)
	}
	// GPU 5 after its XID 48: readable, but its memory health check fails.
	if g := samples[3].GPUs[5]; g.Healthy || !g.HasEnergy || !g.HasPower {
		t.Errorf("GPU 5 in scrape 3: %+v, want unhealthy with power and energy", g)
	}

	o, st := agg.Observation()
	t.Logf("observation %+v, stats %+v", o, st)
	if st.EnergyMilliJ != fixtureEnergyMilliJ || st.FromPowerMilliJ != 0 || st.CounterResets != 0 {
		t.Errorf("energy %d mJ (%d from power, %d resets), want %d from the counters alone",
			st.EnergyMilliJ, st.FromPowerMilliJ, st.CounterResets, fixtureEnergyMilliJ)
	}
	if st.GPUSlots != 48 || st.HealthyGPUSlots != 45 || st.MissingSlots != 0 || st.Samples != 7 {
		t.Errorf("stats %+v", st)
	}
	want := struct {
		util, avail uint16
		wh          uint64
		w           uint32
	}{fixtureUtilisationBps, fixtureAvailabilityBps, fixtureEnergyMilliJ / 3_600_000, fixtureEnergyMilliJ / 60_000}
	if o.UtilisationBps != want.util || o.AvailabilityBps != want.avail || o.EnergyWh != want.wh || o.AvgPowerW != want.w {
		t.Errorf("observation %+v, want utilisation %d bps, availability %d bps, %d Wh, %d W", o, want.util, want.avail, want.wh, want.w)
	}
	if want.wh != 64 || want.w != 3897 {
		t.Fatalf("fixture arithmetic changed: %d Wh, %d W", want.wh, want.w)
	}
	if logs.String() != "" {
		t.Errorf("unexpected log lines:\n%s", logs.String())
	}

	// The short job on GPU 7: its counter has it; integrating its sampled
	// power, as a source without a counter must, misses most of it.
	fromPower, err := NewAggregator(samples[0].Time, time.Minute, 10*time.Second, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range samples {
		g := s.GPUs[7]
		g.HasEnergy = false
		if err := fromPower.Add(Sample{Time: s.Time, GPUs: []GPUSample{g}}); err != nil {
			t.Fatal(err)
		}
	}
	_, pst := fromPower.Observation()
	counter := samples[6].GPUs[7].EnergyMilliJ - samples[0].GPUs[7].EnergyMilliJ
	if counter != fixtureGPU7MilliJ || pst.EnergyMilliJ*3/2 > counter {
		t.Errorf("GPU 7: counter %d mJ (want %d), power integration %d mJ: the job should be missing from the latter", counter, fixtureGPU7MilliJ, pst.EnergyMilliJ)
	}
	t.Logf("GPU 7's 7-second job: counter %d mJ, sampled power %d mJ", counter, pst.EnergyMilliJ)
}

// TestDCGMSourceSelectsUUIDs: --gpu-uuids picks and orders the GPUs; a
// UUID not on the endpoint and a count other than the asset's are refused,
// each with one line.
func TestDCGMSourceSelectsUUIDs(t *testing.T) {
	scrapes := loadScrapes(t)
	ex := newExporter(t, scrapes[0])
	ctx := context.Background()
	pick := []string{fixtureUUIDs[7], fixtureUUIDs[2]}
	src, err := OpenDCGM(ctx, DCGMConfig{URL: ex.metricsURL(), UUIDs: pick})
	if err != nil {
		t.Fatal(err)
	}
	s, err := src.Sample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.GPUs) != 2 || s.GPUs[0].ID != pick[0] || s.GPUs[1].ID != pick[1] || src.GPUs() != 2 {
		t.Errorf("selected %+v", s.GPUs)
	}
	err = src.CheckGPUs(7, 8)
	checkLine(t, err, ErrGPUCount, "dcgm: 2 GPUs selected on http://127.0.0.1:", "but asset 7 has 8")
	if err := src.CheckGPUs(7, 2); err != nil {
		t.Errorf("matching count: %v", err)
	}

	unknown := "GPU-00000000-0000-0000-0000-000000000000"
	_, err = OpenDCGM(ctx, DCGMConfig{URL: ex.metricsURL(), UUIDs: []string{fixtureUUIDs[0], unknown}})
	checkLine(t, err, ErrUnknownGPU, "dcgm: GPU "+unknown+" is not on http://127.0.0.1:", "8 GPUs: "+fixtureUUIDs[0]+" (gpu 0)")
	if _, err := OpenDCGM(ctx, DCGMConfig{URL: ex.metricsURL(), UUIDs: []string{pick[0], pick[0]}}); err == nil {
		t.Error("a UUID listed twice was accepted")
	}

	// A GPU gone from a later scrape (fallen off the bus: DCGM leaves its
	// fields blank and the exporter drops them) reads as unhealthy, not as
	// a failed sample.
	ex.set(dropGPU(scrapes[1], pick[0]), http.StatusOK)
	s, err = src.Sample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if g := s.GPUs[0]; g != (GPUSample{ID: pick[0]}) || !s.GPUs[1].Healthy {
		t.Errorf("after GPU 7 vanished: %+v", s.GPUs)
	}
}

// TestDCGMSourceErrors: an endpoint down, an error status, a body that is
// not Prometheus text, a required metric missing, a MIG instance and a bad
// URL are refused, each with one clear line; credentials never show.
func TestDCGMSourceErrors(t *testing.T) {
	scrapes := loadScrapes(t)
	ctx := context.Background()
	ex := newExporter(t, scrapes[0])
	src, err := OpenDCGM(ctx, DCGMConfig{URL: ex.metricsURL()})
	if err != nil {
		t.Fatal(err)
	}

	ex.set([]byte("dcgm-exporter: internal error\n"), http.StatusInternalServerError)
	_, err = src.Sample(ctx)
	checkLine(t, err, ErrScrape, "dcgm: scrape http://127.0.0.1:", "HTTP 500 Internal Server Error")

	ex.set([]byte("DCGM_FI_DEV_GPU_UTIL{gpu=\"0\" 12\n"), http.StatusOK)
	_, err = src.Sample(ctx)
	checkLine(t, err, ErrScrape, "dcgm: scrape http://127.0.0.1:", "not Prometheus text")

	noEnergy := dropMetric(scrapes[0], DCGMEnergy)
	ex.set(noEnergy, http.StatusOK)
	_, err = src.Sample(ctx)
	checkLine(t, err, ErrMissingMetric, "dcgm: http://127.0.0.1:", "serves no DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION")
	_, err = OpenDCGM(ctx, DCGMConfig{URL: ex.metricsURL()})
	checkLine(t, err, ErrMissingMetric, "dcgm: http://127.0.0.1:", "add it to dcgm-exporter's counters file")
	ex.set(dropMetric(scrapes[0], DCGMUtil), http.StatusOK)
	_, err = OpenDCGM(ctx, DCGMConfig{URL: ex.metricsURL()})
	checkLine(t, err, ErrMissingMetric, "dcgm: http://127.0.0.1:", "serves no DCGM_FI_DEV_GPU_UTIL")

	ex.set(bytes.ReplaceAll(scrapes[0], []byte(`modelName="NVIDIA H100 80GB HBM3",`), []byte(`modelName="NVIDIA H100 80GB HBM3",GPU_I_PROFILE="1g.10gb",GPU_I_ID="3",`)), http.StatusOK)
	_, err = OpenDCGM(ctx, DCGMConfig{URL: ex.metricsURL()})
	checkLine(t, err, ErrUnsupported, "dcgm: GPU GPU-", "MIG mode (instance profile 1g.10gb)")

	ex.set(scrapes[0], http.StatusOK)
	withCreds := strings.Replace(ex.metricsURL(), "http://", "http://scraper:s3cret@", 1)
	if _, err := OpenDCGM(ctx, DCGMConfig{URL: withCreds}); err != nil {
		t.Errorf("with credentials: %v", err)
	}
	ex.Close() // the exporter is down
	_, err = src.Sample(ctx)
	checkLine(t, err, ErrScrape, "dcgm: scrape http://127.0.0.1:", "connection refused")
	_, err = OpenDCGM(ctx, DCGMConfig{URL: withCreds})
	checkLine(t, err, ErrScrape, "dcgm: scrape http://scraper:xxxxx@127.0.0.1:", "connection refused")
	if strings.Contains(err.Error(), "s3cret") {
		t.Errorf("credentials in %q", err)
	}

	for _, bad := range []string{"", "127.0.0.1:9400/metrics", "ftp://host/metrics", "http:///metrics"} {
		if _, err := OpenDCGM(ctx, DCGMConfig{URL: bad}); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("URL %q: %v", bad, err)
		}
	}
}

// TestDCGMSourceCounterReset: a GPU's energy counter that goes back (a
// driver reload) is logged as one warning line naming the GPU, and the
// span it covers takes its energy from the two power readings around it;
// the rest of the epoch still comes from the counters, exactly.
func TestDCGMSourceCounterReset(t *testing.T) {
	scrapes := loadScrapes(t)
	clean := make([]Sample, len(scrapes))
	for k, b := range scrapes {
		sc, err := parseDCGM(bytes.NewReader(b), expfmt.FmtText)
		if err != nil {
			t.Fatal(err)
		}
		clean[k] = Sample{GPUs: []GPUSample{sc.gpus[fixtureUUIDs[3]].sample()}}
	}
	// GPU 3's driver reloads between scrapes 3 and 4: its counter restarts
	// near zero and counts on from there.
	const restart = 1_234_567
	reset := make([][]byte, len(scrapes))
	for k, b := range scrapes {
		reset[k] = b
		if k >= 4 {
			v := clean[k].GPUs[0].EnergyMilliJ - clean[4].GPUs[0].EnergyMilliJ + restart
			reset[k] = setEnergy(t, b, fixtureUUIDs[3], v)
		}
	}
	ex := newExporter(t, reset[0])
	var logs syncBuffer
	_, agg := runFixtureEpoch(t, ex, reset, logTo(&logs))
	_, st := agg.Observation()

	lost := clean[4].GPUs[0].EnergyMilliJ - clean[3].GPUs[0].EnergyMilliJ
	bridge := (clean[3].GPUs[0].PowerMilliW + clean[4].GPUs[0].PowerMilliW) * 10_000 / 2000 // trapezoid over 10 s
	want := uint64(fixtureEnergyMilliJ) - lost + bridge
	if st.EnergyMilliJ != want || st.CounterResets != 1 || st.FromPowerMilliJ != bridge {
		t.Errorf("energy %d mJ (%d resets, %d from power), want %d (%d bridged from power)", st.EnergyMilliJ, st.CounterResets, st.FromPowerMilliJ, want, bridge)
	}
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "level=WARN") ||
		!strings.Contains(lines[0], "dcgm: energy counter went backwards: reset by a driver reload or reboot") ||
		!strings.Contains(lines[0], "gpu="+fixtureUUIDs[3]) || !strings.Contains(lines[0], fmt.Sprintf("to_mj=%d", restart)) {
		t.Errorf("log:\n%s", logs.String())
	}
}

// TestDCGMSourceStaleWarning: an exporter that collects less often than the
// agent samples serves the same counters twice; the source says so, once.
func TestDCGMSourceStaleWarning(t *testing.T) {
	scrapes := loadScrapes(t)
	ex := newExporter(t, scrapes[0])
	var logs syncBuffer
	now := time.Date(2026, 11, 24, 18, 0, 0, 0, time.UTC)
	src, err := OpenDCGM(context.Background(), DCGMConfig{URL: ex.metricsURL(), Log: logTo(&logs), Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		now = now.Add(10 * time.Second)
		if _, err := src.Sample(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if n := strings.Count(logs.String(), "no energy counter moved between two scrapes"); n != 1 || !strings.Contains(logs.String(), "-c (ms)") {
		t.Errorf("%d warnings:\n%s", n, logs.String())
	}
}

// TestParseDCGMBlanksAndFormats: DCGM's blank values (printed by
// dcgm-exporter before 4.0) are absent readings; the 1.x label "uuid"
// works; values convert exactly.
func TestParseDCGMBlanksAndFormats(t *testing.T) {
	text := `# HELP DCGM_FI_DEV_GPU_UTIL GPU utilization (in %).
# TYPE DCGM_FI_DEV_GPU_UTIL gauge
DCGM_FI_DEV_GPU_UTIL{gpu="0",uuid="GPU-a"} 9223372036854775794
DCGM_FI_DEV_GPU_UTIL{gpu="1",uuid="GPU-b"} 37
DCGM_FI_DEV_GPU_UTIL{gpu="1",uuid="GPU-b",pod="second-series"} 99
# TYPE DCGM_FI_DEV_POWER_USAGE gauge
DCGM_FI_DEV_POWER_USAGE{gpu="0",uuid="GPU-a"} 140737488355328.000000
DCGM_FI_DEV_POWER_USAGE{gpu="1",uuid="GPU-b"} 0.1
# TYPE DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION counter
DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",uuid="GPU-a"} 9223372036854775792
DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="1",uuid="GPU-b"} 9007199254740991
DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="2"} 5
`
	sc, err := parseDCGM(strings.NewReader(text), expfmt.FmtText)
	if err != nil {
		t.Fatal(err)
	}
	if len(sc.gpus) != 2 {
		t.Fatalf("GPUs %+v (a series without a UUID is not a GPU)", sc.gpus)
	}
	if a := sc.gpus["GPU-a"].sample(); a != (GPUSample{ID: "GPU-a"}) {
		t.Errorf("blanks: %+v", a)
	}
	b := sc.gpus["GPU-b"].sample()
	if b != (GPUSample{ID: "GPU-b", Healthy: true, UtilisationPct: 37, PowerMilliW: 100, HasPower: true, EnergyMilliJ: 1<<53 - 1, HasEnergy: true}) {
		t.Errorf("GPU-b: %+v", b)
	}
	for v, want := range map[float64]uint64{0: 0, 671.254: 671_254, 0.1: 100, 699.9999: 699_999, 3000: 3_000_000} {
		if got, ok := toMilli(v); !ok || got != want {
			t.Errorf("toMilli(%v) = %d, %v; want %d", v, got, ok, want)
		}
	}
	for _, v := range []float64{-1, 1 << 53, 1.5} {
		if _, ok := toCount(v); ok {
			t.Errorf("toCount(%v) accepted", v)
		}
	}
}

// checkLine checks that err matches kind and is one line starting with
// prefix and containing part.
func checkLine(t *testing.T, err, kind error, prefix, part string) {
	t.Helper()
	switch {
	case err == nil:
		t.Errorf("no error, want %v", kind)
	case !errors.Is(err, kind):
		t.Errorf("%q does not match %v", err, kind)
	case strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), prefix) || !strings.Contains(err.Error(), part):
		t.Errorf("message %q, want one line starting %q containing %q", err, prefix, part)
	default:
		t.Logf("%v", err)
	}
}

// dropMetric removes a metric family (HELP, TYPE and series) from a scrape.
func dropMetric(scrape []byte, name string) []byte {
	var out []string
	for _, l := range strings.SplitAfter(string(scrape), "\n") {
		if strings.HasPrefix(l, name+"{") || strings.HasPrefix(l, "# HELP "+name+" ") || strings.HasPrefix(l, "# TYPE "+name+" ") {
			continue
		}
		out = append(out, l)
	}
	return []byte(strings.Join(out, ""))
}

// dropGPU removes every series of a GPU from a scrape.
func dropGPU(scrape []byte, uuid string) []byte {
	var out []string
	for _, l := range strings.SplitAfter(string(scrape), "\n") {
		if !strings.Contains(l, `UUID="`+uuid+`"`) {
			out = append(out, l)
		}
	}
	return []byte(strings.Join(out, ""))
}

// setEnergy sets a GPU's energy counter in a scrape.
func setEnergy(t *testing.T, scrape []byte, uuid string, v uint64) []byte {
	t.Helper()
	re := regexp.MustCompile(`(?m)^(` + DCGMEnergy + `\{[^}]*UUID="` + regexp.QuoteMeta(uuid) + `"[^}]*\}) \d+$`)
	if !re.Match(scrape) {
		t.Fatalf("no energy series of %s", uuid)
	}
	return re.ReplaceAll(scrape, []byte("${1} "+strconv.FormatUint(v, 10)))
}
