package main

import (
	"strings"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/audit"
)

// TestScanProgress: a long audit prints a line every few seconds (blocks
// and logs done, rates) and a last one when done; a short one prints
// nothing.
func TestScanProgress(t *testing.T) {
	start := time.Unix(1_800_000_000, 0)
	for _, tc := range []struct {
		name  string
		at    []time.Duration // clock at each call
		scans []audit.Scan
		want  []string
	}{
		{"short audit is silent", []time.Duration{0, time.Second, 2 * time.Second},
			[]audit.Scan{{Blocks: 10, Total: 20, Logs: 5}, {Blocks: 20, Total: 20, Logs: 9}}, nil},
		{"long audit reports", []time.Duration{0, time.Second, 4 * time.Second, 5 * time.Second, 8 * time.Second},
			[]audit.Scan{{Blocks: 100, Total: 800, Logs: 10}, {Blocks: 400, Total: 800, Logs: 40},
				{Blocks: 500, Total: 800, Logs: 50}, {Blocks: 800, Total: 800, Logs: 80}},
			[]string{"audit: 400/800 blocks, 40 logs, 100 blocks/s, 10 logs/s", "audit: 800/800 blocks, 80 logs, 100 blocks/s, 10 logs/s"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			i := 0
			now := func() time.Time { d := tc.at[i]; i++; return start.Add(d) }
			p := scanProgress(&out, now, 3*time.Second)
			for _, s := range tc.scans {
				p(s)
			}
			got := strings.Split(strings.TrimSpace(out.String()), "\n")
			if out.Len() == 0 {
				got = nil
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
