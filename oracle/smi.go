package oracle

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// SMIQuery is the GPU query the nvidia-smi source runs: per GPU its index,
// UUID, utilisation (%) and power draw (W, two decimals).
//
// nvidia-smi's --query-gpu offers no energy counter, so this source has
// none: the aggregator integrates power, which on H100-class GPUs samples
// only part of the runtime. Prefer the NVML source, which reads the counter.
const SMIQuery = "index,uuid,utilization.gpu,power.draw"

// SMI is the nvidia-smi fallback source: it runs
// `nvidia-smi --query-gpu=SMIQuery --format=csv,noheader,nounits` per sample.
// It is safe for concurrent use.
type SMI struct {
	path string
	gpus int
	now  func() time.Time
}

// OpenSMI finds nvidia-smi and runs it once. On a machine without it, or
// where it cannot talk to a driver or sees no GPU, it returns an error
// matching ErrNoGPU whose message is one line saying why.
func OpenSMI(ctx context.Context) (*SMI, error) {
	path, err := exec.LookPath("nvidia-smi")
	if err != nil {
		return nil, noGPU("nvidia-smi: not found in PATH (no NVIDIA driver installed)")
	}
	s := &SMI{path: path, now: time.Now}
	sample, err := s.Sample(ctx)
	if err != nil {
		return nil, noGPU(err.Error())
	}
	if len(sample.GPUs) == 0 {
		return nil, noGPU("nvidia-smi: no NVIDIA GPU found")
	}
	s.gpus = len(sample.GPUs)
	return s, nil
}

// GPUs returns the number of GPUs seen when the source was opened.
func (s *SMI) GPUs() int { return s.gpus }

// Sample runs nvidia-smi once and parses its output.
func (s *SMI) Sample(ctx context.Context) (Sample, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, s.path, "--query-gpu="+SMIQuery, "--format=csv,noheader,nounits")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	t := s.now()
	if err := cmd.Run(); err != nil {
		// nvidia-smi explains itself on stdout ("NVIDIA-SMI has failed
		// because it couldn't communicate with the NVIDIA driver...").
		msg := firstLine(stdout.String() + "\n" + stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return Sample{}, fmt.Errorf("nvidia-smi: %s", msg)
	}
	return ParseSMI(stdout.Bytes(), t)
}

// Close does nothing.
func (s *SMI) Close() error { return nil }

// ParseSMI parses the CSV nvidia-smi prints for SMIQuery (no header, no
// units), stamping the sample with t. A GPU whose utilisation reads "[N/A]",
// "[Unknown Error]", "[GPU is lost]" or similar is unhealthy; a bracketed
// power is absent. Power is parsed as a decimal into milliwatts exactly.
func ParseSMI(out []byte, t time.Time) (Sample, error) {
	r := csv.NewReader(bytes.NewReader(out))
	r.TrimLeadingSpace = true
	r.FieldsPerRecord = 4
	s := Sample{Time: t}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Sample{}, fmt.Errorf("nvidia-smi output: %w", err)
		}
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		g := GPUSample{ID: rec[1]}
		if g.ID == "" || strings.HasPrefix(g.ID, "[") {
			g.ID = "index-" + rec[0]
		}
		if u, err := strconv.ParseUint(rec[2], 10, 32); err == nil && u <= 100 {
			g.Healthy, g.UtilisationPct = true, uint32(u)
		}
		if p, err := parseMilli(rec[3]); err == nil {
			g.PowerMilliW, g.HasPower = p, true
		}
		s.GPUs = append(s.GPUs, g)
	}
	return s, nil
}

// parseMilli parses a non-negative decimal with at most three fractional
// digits ("123.45") into thousandths (123450), without floating point.
func parseMilli(v string) (uint64, error) {
	whole, frac, _ := strings.Cut(v, ".")
	if whole == "" || len(frac) > 3 || strings.Trim(whole+frac, "0123456789") != "" {
		return 0, fmt.Errorf("not a decimal: %q", v)
	}
	w, err := strconv.ParseUint(whole, 10, 64)
	if err != nil || w > (1<<64-1)/1000 {
		return 0, fmt.Errorf("not a decimal: %q", v)
	}
	f := uint64(0)
	if frac != "" {
		f, _ = strconv.ParseUint(frac+strings.Repeat("0", 3-len(frac)), 10, 64) // digits only: cannot fail
	}
	return w*1000 + f, nil
}

func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}
