package oracle

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
)

// The dcgm-exporter metrics the dcgm source reads (names and units as in
// dcgm-exporter's default-counters.csv).
const (
	// DCGMUtil is the GPU's utilisation in % (gauge). Required.
	DCGMUtil = "DCGM_FI_DEV_GPU_UTIL"
	// DCGMEnergy is the GPU's total energy counter in mJ since the driver
	// loaded (counter). Required.
	DCGMEnergy = "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION"
	// DCGMPower is the GPU's power draw in W (gauge). Optional: it only
	// bridges a span over which the energy counter was reset.
	DCGMPower = "DCGM_FI_DEV_POWER_USAGE"
	// DCGMHealth is DCGM's health check per GPU and watched subsystem
	// (label health_watch): 0 pass, 10 warn, 20 fail. Optional: it is
	// commented out in the default counters file.
	DCGMHealth = "DCGM_EXP_GPU_HEALTH_STATUS"
)

// dcgmHealthFail is DCGM_HEALTH_RESULT_FAIL.
const dcgmHealthFail = 20

// maxScrapeBytes bounds a scrape's body; an 8-GPU node's default
// counters are about 70 KiB.
const maxScrapeBytes = 32 << 20

// DCGMConfig configures a DCGM source. Zero fields take the default their
// comment states.
type DCGMConfig struct {
	// URL is the metrics endpoint, e.g. http://127.0.0.1:9400/metrics
	// (required). Credentials in the URL (https://user:pass@host/…) are
	// sent as HTTP basic auth and never printed.
	URL string
	// UUIDs are the GPUs of the asset, in the order they are reported. Empty:
	// every GPU on the endpoint when the source opens, ordered by their
	// "gpu" index label.
	UUIDs []string
	// Client makes the requests (default: an http.Client with a 5 s timeout).
	Client *http.Client
	// Now stamps the samples (default time.Now).
	Now func() time.Time
	// Log receives the counter resets and staleness warnings (default slog.Default()).
	Log *slog.Logger
}

// DCGM is the source reading NVIDIA dcgm-exporter's Prometheus endpoint, or
// any endpoint serving its metrics in a Prometheus exposition format (text,
// OpenMetrics or protobuf, by the response's Content-Type): a Prometheus
// federation endpoint, or a node exporter's textfile. Each Sample scrapes
// the endpoint once. GPUs are told apart by their UUID label ("UUID", or
// "uuid" with dcgm-exporter's --use-old-namespace).
//
// Per GPU and sample:
//
//   - healthy: the GPU has a DCGM_FI_DEV_GPU_UTIL reading (a GPU gone from
//     the endpoint, or whose reading DCGM left blank, is not) and, when the
//     endpoint has DCGM_EXP_GPU_HEALTH_STATUS, none of its subsystems
//     fails (20). A warning (10) is healthy. DCGM_FI_DEV_XID_ERRORS is not
//     used: it holds the last XID since the driver loaded, so one
//     application error would mark the GPU down for good.
//   - utilisation: DCGM_FI_DEV_GPU_UTIL, in whole %.
//   - energy counter: DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION in mJ; the
//     aggregator sums its deltas, so a job shorter than the sampling
//     interval is counted in full. A counter that went backwards was reset
//     (driver reload, reboot): the source logs it and the aggregator bridges
//     that one span with the power readings at its two ends.
//   - power: DCGM_FI_DEV_POWER_USAGE in W, to the milliwatt.
//
// DCGM's blank values (dcgm-exporter before 4.0 printed them, e.g.
// 9223372036854775794) and values out of range are read as absent. Values
// are converted exactly: the counter is an integer below 2^53, power goes
// through its shortest decimal form; no float reaches an observation.
//
// It is safe for concurrent use.
type DCGM struct {
	url    string // for requests, credentials included
	shown  string // for messages, credentials removed
	client *http.Client
	now    func() time.Time
	log    *slog.Logger
	ids    []string // the GPUs reported, in order

	mu          sync.Mutex // guards last, lastAt and staleWarned
	last        map[string]uint64
	lastAt      time.Time
	staleWarned bool
}

// OpenDCGM scrapes the endpoint once and selects the GPUs: cfg.UUIDs, or
// every GPU there. It returns an error matching ErrScrape when the endpoint
// cannot be read, ErrMissingMetric when it lacks DCGM_FI_DEV_GPU_UTIL or
// DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION, ErrUnknownGPU when a UUID of
// cfg.UUIDs is not there, ErrNoGPU when it lists no GPU, and
// ErrUnsupported for a GPU in MIG mode (whose utilisation DCGM does not
// report). Each message is one line.
func OpenDCGM(ctx context.Context, cfg DCGMConfig) (*DCGM, error) {
	u, err := url.Parse(cfg.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		shown := cfg.URL
		if err == nil {
			shown = u.Redacted()
		}
		return nil, fmt.Errorf("dcgm: %q is not an http(s) URL of a metrics endpoint (e.g. http://127.0.0.1:9400/metrics)", shown)
	}
	d := &DCGM{url: u.String(), shown: u.Redacted(), client: cfg.Client, now: cfg.Now, log: cfg.Log, last: map[string]uint64{}}
	if d.client == nil {
		d.client = &http.Client{Timeout: 5 * time.Second}
	}
	if d.now == nil {
		d.now = time.Now
	}
	if d.log == nil {
		d.log = slog.Default()
	}
	sc, err := d.scrape(ctx)
	if err != nil {
		return nil, err
	}
	if err := d.required(sc); err != nil {
		return nil, err
	}
	if len(cfg.UUIDs) == 0 {
		all := make([]*dcgmGPU, 0, len(sc.gpus))
		for _, g := range sc.gpus {
			all = append(all, g)
		}
		slices.SortFunc(all, func(a, b *dcgmGPU) int {
			return cmp.Or(cmp.Compare(a.index, b.index), cmp.Compare(a.uuid, b.uuid))
		})
		for _, g := range all {
			d.ids = append(d.ids, g.uuid)
		}
		if len(d.ids) == 0 {
			return nil, noGPU(fmt.Sprintf("dcgm: %s lists no GPU", d.shown))
		}
	} else {
		seen := map[string]bool{}
		for _, id := range cfg.UUIDs {
			if seen[id] {
				return nil, fmt.Errorf("dcgm: GPU %s is listed twice", id)
			}
			seen[id] = true
			if sc.gpus[id] == nil {
				return nil, lineErrorf(ErrUnknownGPU, "dcgm: GPU %s is not on %s, which lists %s", id, d.shown, sc.list())
			}
			d.ids = append(d.ids, id)
		}
	}
	for _, id := range d.ids {
		if g := sc.gpus[id]; g.mig != "" {
			return nil, lineErrorf(ErrUnsupported, "dcgm: GPU %s is in MIG mode (instance profile %s): DCGM reports no utilisation for it", id, g.mig)
		}
	}
	d.observe(d.now(), d.samples(sc))
	return d, nil
}

// GPUs returns the number of GPUs the source reports.
func (d *DCGM) GPUs() int { return len(d.ids) }

// Endpoint returns the endpoint's URL without its credentials.
func (d *DCGM) Endpoint() string { return d.shown }

// UUIDs returns the UUIDs of the GPUs the source reports, in order.
func (d *DCGM) UUIDs() []string { return slices.Clone(d.ids) }

// CheckGPUs returns an error matching ErrGPUCount, on one line, unless the
// source reports exactly gpus GPUs (the asset's count).
func (d *DCGM) CheckGPUs(assetID uint64, gpus int) error {
	if len(d.ids) == gpus {
		return nil
	}
	return lineErrorf(ErrGPUCount, "dcgm: %d GPUs selected on %s (%s) but asset %d has %d: pass its GPUs' UUIDs with --gpu-uuids",
		len(d.ids), d.shown, strings.Join(d.ids, ", "), assetID, gpus)
}

// Sample scrapes the endpoint once. It fails (ErrScrape) when the endpoint
// cannot be read and (ErrMissingMetric) when it no longer serves the
// required metrics; a GPU missing from the scrape is returned unhealthy.
func (d *DCGM) Sample(ctx context.Context) (Sample, error) {
	t := d.now()
	sc, err := d.scrape(ctx)
	if err != nil {
		return Sample{}, err
	}
	if err := d.required(sc); err != nil {
		return Sample{}, err
	}
	s := Sample{Time: t, GPUs: d.samples(sc)}
	d.observe(t, s.GPUs)
	return s, nil
}

// Close does nothing: every scrape is a request of its own.
func (d *DCGM) Close() error { return nil }

// samples converts the selected GPUs' readings, in order.
func (d *DCGM) samples(sc dcgmScrape) []GPUSample {
	out := make([]GPUSample, len(d.ids))
	for i, id := range d.ids {
		out[i] = GPUSample{ID: id}
		if g := sc.gpus[id]; g != nil {
			out[i] = g.sample()
		}
	}
	return out
}

// observe logs energy counters that went backwards, and once counters
// that did not move over a second or more (the exporter collects less
// often than the agent samples), then keeps the readings.
func (d *DCGM) observe(t time.Time, gpus []GPUSample) {
	d.mu.Lock()
	defer d.mu.Unlock()
	moved, compared := false, 0
	for _, g := range gpus {
		if !g.HasEnergy {
			continue
		}
		prev, ok := d.last[g.ID]
		d.last[g.ID] = g.EnergyMilliJ
		if !ok {
			continue
		}
		compared++
		moved = moved || g.EnergyMilliJ != prev
		if g.EnergyMilliJ < prev {
			d.log.Warn("dcgm: energy counter went backwards: reset by a driver reload or reboot; this interval's energy comes from its power readings",
				"gpu", g.ID, "from_mj", prev, "to_mj", g.EnergyMilliJ, "endpoint", d.shown)
		}
	}
	if !d.staleWarned && compared > 0 && !moved && !d.lastAt.IsZero() && t.Sub(d.lastAt) >= time.Second {
		d.staleWarned = true
		d.log.Warn("dcgm: no energy counter moved between two scrapes: the exporter collects less often than the agent samples; run dcgm-exporter with -c (ms) at most the agent's --interval",
			"apart", t.Sub(d.lastAt), "endpoint", d.shown)
	}
	d.lastAt = t
}

// required checks that the scrape has the metrics the source needs.
func (d *DCGM) required(sc dcgmScrape) error {
	for _, name := range []string{DCGMUtil, DCGMEnergy} {
		if !sc.has[name] {
			return lineErrorf(ErrMissingMetric, "dcgm: %s serves no %s: add it to dcgm-exporter's counters file (-f)", d.shown, name)
		}
	}
	return nil
}

// scrape reads and parses the endpoint once.
func (d *DCGM) scrape(ctx context.Context) (dcgmScrape, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, d.url, nil)
	if err != nil {
		return dcgmScrape{}, lineErrorf(ErrScrape, "dcgm: scrape %s: %v", d.shown, err)
	}
	req.Header.Set("Accept", "text/plain;version=0.0.4;q=1,*/*;q=0.1")
	resp, err := d.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // its message repeats the URL, credentials included
		}
		return dcgmScrape{}, lineErrorf(ErrScrape, "dcgm: scrape %s: %v", d.shown, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return dcgmScrape{}, lineErrorf(ErrScrape, "dcgm: scrape %s: HTTP %s", d.shown, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxScrapeBytes+1))
	if err != nil {
		return dcgmScrape{}, lineErrorf(ErrScrape, "dcgm: scrape %s: read: %v", d.shown, err)
	}
	if len(body) > maxScrapeBytes {
		return dcgmScrape{}, lineErrorf(ErrScrape, "dcgm: scrape %s: response larger than %d MiB", d.shown, maxScrapeBytes>>20)
	}
	format := expfmt.ResponseFormat(resp.Header)
	if format == expfmt.FmtUnknown {
		format = expfmt.FmtText // dcgm-exporter sets no Content-Type: Go sniffs text/plain
	}
	sc, err := parseDCGM(bytes.NewReader(body), format)
	if err != nil {
		return dcgmScrape{}, lineErrorf(ErrScrape, "dcgm: scrape %s: not Prometheus text: %v", d.shown, err)
	}
	return sc, nil
}

// dcgmScrape is what one scrape says of the GPUs.
type dcgmScrape struct {
	gpus map[string]*dcgmGPU // by UUID
	has  map[string]bool     // metric name -> the endpoint serves series of it
}

// list names the scrape's GPUs for a message, by index.
func (sc dcgmScrape) list() string {
	all := make([]*dcgmGPU, 0, len(sc.gpus))
	for _, g := range sc.gpus {
		all = append(all, g)
	}
	if len(all) == 0 {
		return "no GPU"
	}
	slices.SortFunc(all, func(a, b *dcgmGPU) int { return cmp.Or(cmp.Compare(a.index, b.index), cmp.Compare(a.uuid, b.uuid)) })
	names := make([]string, len(all))
	for i, g := range all {
		names[i] = fmt.Sprintf("%s (gpu %d)", g.uuid, g.index)
	}
	return strconv.Itoa(len(all)) + " GPUs: " + strings.Join(names, ", ")
}

// dcgmGPU is one GPU's readings in one scrape. The first series of a
// metric for a UUID counts (Kubernetes pod labels can repeat a GPU's
// readings across series).
type dcgmGPU struct {
	uuid                         string
	index                        int    // the "gpu" label; -1 when absent
	mig                          string // GPU_I_PROFILE, when a MIG instance
	util, power, energy          float64
	hasUtil, hasPower, hasEnergy bool
	failing                      string // a subsystem whose health check fails
}

// parseDCGM decodes one scrape in format.
func parseDCGM(r io.Reader, format expfmt.Format) (dcgmScrape, error) {
	sc := dcgmScrape{gpus: map[string]*dcgmGPU{}, has: map[string]bool{}}
	dec := expfmt.NewDecoder(r, format)
	for {
		var mf dto.MetricFamily
		if err := dec.Decode(&mf); errors.Is(err, io.EOF) {
			return sc, nil
		} else if err != nil {
			return dcgmScrape{}, err
		}
		name := mf.GetName()
		switch name {
		case DCGMUtil, DCGMEnergy, DCGMPower, DCGMHealth:
		default:
			continue
		}
		for _, m := range mf.GetMetric() {
			v, ok := metricValue(mf.GetType(), m)
			labels := map[string]string{}
			for _, lp := range m.GetLabel() {
				labels[lp.GetName()] = lp.GetValue()
			}
			id := cmp.Or(labels["UUID"], labels["uuid"])
			if !ok || id == "" {
				continue
			}
			sc.has[name] = true
			g := sc.gpus[id]
			if g == nil {
				g = &dcgmGPU{uuid: id, index: -1}
				if i, err := strconv.Atoi(labels["gpu"]); err == nil && i >= 0 {
					g.index = i
				}
				sc.gpus[id] = g
			}
			if p := labels["GPU_I_PROFILE"]; p != "" {
				g.mig = p
			}
			switch name {
			case DCGMUtil:
				if !g.hasUtil {
					g.util, g.hasUtil = v, true
				}
			case DCGMEnergy:
				if !g.hasEnergy {
					g.energy, g.hasEnergy = v, true
				}
			case DCGMPower:
				if !g.hasPower {
					g.power, g.hasPower = v, true
				}
			case DCGMHealth:
				if v >= dcgmHealthFail && g.failing == "" {
					g.failing = cmp.Or(labels["health_watch"], "?")
				}
			}
		}
	}
}

// metricValue is the value of a gauge, counter or untyped series.
func metricValue(t dto.MetricType, m *dto.Metric) (float64, bool) {
	switch t {
	case dto.MetricType_GAUGE:
		return m.GetGauge().GetValue(), m.GetGauge() != nil
	case dto.MetricType_COUNTER:
		return m.GetCounter().GetValue(), m.GetCounter() != nil
	case dto.MetricType_UNTYPED:
		return m.GetUntyped().GetValue(), m.GetUntyped() != nil
	}
	return 0, false
}

// sample converts the readings; blank or out-of-range values are absent.
func (g *dcgmGPU) sample() GPUSample {
	s := GPUSample{ID: g.uuid}
	if u, ok := toMilli(g.util); g.hasUtil && ok && u <= 100_000 && g.failing == "" {
		s.Healthy, s.UtilisationPct = true, uint32(u/1000)
	}
	if p, ok := toMilli(g.power); g.hasPower && ok && p <= MaxGPUPowerMilliW {
		s.PowerMilliW, s.HasPower = p, true
	}
	if e, ok := toCount(g.energy); g.hasEnergy && ok {
		s.EnergyMilliJ, s.HasEnergy = e, true
	}
	return s
}

// toMilli converts a non-negative finite value to thousandths, rounding
// down, through its shortest decimal form (671.254 is 671254 exactly).
func toMilli(v float64) (uint64, bool) {
	if math.IsNaN(v) || v < 0 || v >= 1e12 {
		return 0, false
	}
	whole, frac, _ := strings.Cut(strconv.FormatFloat(v, 'f', -1, 64), ".")
	if len(frac) > 3 {
		frac = frac[:3]
	}
	m, err := parseMilli(whole + "." + frac + strings.Repeat("0", 3-len(frac)))
	return m, err == nil
}

// toCount converts a counter's value to an integer when it is one and is
// exact (below 2^53); DCGM's int64 blanks (from 0x7ffffffffffffff0) are
// above that.
func toCount(v float64) (uint64, bool) {
	if math.IsNaN(v) || v < 0 || v >= 1<<53 || v != math.Trunc(v) {
		return 0, false
	}
	return uint64(v), true
}
