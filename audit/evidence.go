package audit

import (
	"fmt"
	"strings"

	"github.com/gpuledger/gpuledger/yield"
)

// maxShownEvidence bounds the events a check quotes on each side.
const maxShownEvidence = 5

// checkEvidence checks that a figure cites the same events on both sides
// (ours: recomputed from logs; theirs: the service's), as a set of (tx
// hash, block, log index); the order does not matter, a repeat does. A
// passing check shows the events cited; a failing one shows, on each
// side, the events the other side does not cite.
func (r *Result) checkEvidence(name string, ours, theirs []yield.Evidence) {
	missing, extra := evidenceMinus(ours, theirs), evidenceMinus(theirs, ours)
	if len(missing) == 0 && len(extra) == 0 && len(ours) == len(theirs) {
		s := describeEvidence(ours)
		r.Checks = append(r.Checks, Check{Name: name, Expected: s, Actual: s, OK: true})
		return
	}
	known := map[yield.Evidence]bool{}
	for _, e := range ours {
		known[e] = true
	}
	var unknown, repeated []yield.Evidence
	for _, e := range extra {
		if known[e] {
			repeated = append(repeated, e)
		} else {
			unknown = append(unknown, e)
		}
	}
	expected, actual := fmt.Sprintf("%d events", len(ours)), fmt.Sprintf("%d events", len(theirs))
	if len(missing) > 0 {
		expected += "; the service does not cite " + listEvidence(missing)
	}
	if len(unknown) > 0 {
		actual += "; the chain's logs do not give " + listEvidence(unknown)
	}
	if len(repeated) > 0 {
		actual += "; an event is cited twice: " + listEvidence(repeated)
	}
	r.Checks = append(r.Checks, Check{Name: name, Expected: expected, Actual: actual, OK: false})
}

// evidenceMinus returns the events of a that b lacks, counting repeats.
func evidenceMinus(a, b []yield.Evidence) []yield.Evidence {
	left := map[yield.Evidence]int{}
	for _, e := range b {
		left[e]++
	}
	var out []yield.Evidence
	for _, e := range a {
		if left[e] > 0 {
			left[e]--
			continue
		}
		out = append(out, e)
	}
	return out
}

// describeEvidence says what a figure cites: every event when there are
// few, else how many and the first and last.
func describeEvidence(ev []yield.Evidence) string {
	switch n := len(ev); {
	case n == 0:
		return "no events"
	case n <= maxShownEvidence:
		return fmt.Sprintf("%d events: %s", n, listEvidence(ev))
	default:
		return fmt.Sprintf("%d events: %s … %s", n, formatEvidence(ev[0]), formatEvidence(ev[n-1]))
	}
}

// listEvidence quotes up to maxShownEvidence events, then how many more.
func listEvidence(ev []yield.Evidence) string {
	parts := make([]string, 0, min(len(ev), maxShownEvidence)+1)
	for i, e := range ev {
		if i == maxShownEvidence {
			parts = append(parts, fmt.Sprintf("and %d more", len(ev)-i))
			break
		}
		parts = append(parts, formatEvidence(e))
	}
	return strings.Join(parts, ", ")
}

func formatEvidence(e yield.Evidence) string {
	return fmt.Sprintf("tx %s (block %d, log %d)", e.TxHash.Hex(), e.Block, e.LogIndex)
}
