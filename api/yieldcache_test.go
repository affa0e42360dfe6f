package api

import (
	"testing"

	"github.com/gpuledger/gpuledger/ledger"
)

func TestYieldCacheKeysAndBound(t *testing.T) {
	var c yieldCache
	k := yieldKey{asset: 1, block: 10}
	if _, ok := c.get(k); ok {
		t.Fatal("an empty cache answered")
	}
	c.put(k, yieldAnswer{Block: 10}, nil)
	for _, other := range []yieldKey{
		{asset: 2, block: 10}, // another asset
		{asset: 1, block: 11}, // the mirror moved on
		{asset: 1, block: 10, from: "2026-12-01T00:00:00Z", to: "2026-12-02T00:00:00Z"}, // another period
	} {
		if _, ok := c.get(other); ok {
			t.Errorf("%+v answered from %+v's entry", other, k)
		}
	}
	if a, ok := c.get(k); !ok || a.Block != 10 {
		t.Fatalf("get(%+v) = %+v, %v", k, a, ok)
	}
	for i := range yieldCacheSize + 1 {
		c.put(yieldKey{asset: uint64(i + 100)}, yieldAnswer{}, nil)
	}
	if n := len(c.m); n > yieldCacheSize {
		t.Errorf("cache holds %d entries, bound %d", n, yieldCacheSize)
	}
}

// TestYieldEventsKeepTheLaterBlock: events read at an older block (a slower
// reader) do not replace those of a later one.
func TestYieldEventsKeepTheLaterBlock(t *testing.T) {
	var c yieldEventsCache
	at := func(n uint64) keptEvents { return keptEvents{at: ledger.BlockRef{Number: n}} }
	c.put(1, at(10), newerEvents)
	c.put(1, at(9), newerEvents)
	if k, _ := c.get(1); k.at.Number != 10 {
		t.Fatalf("kept block %d, want 10", k.at.Number)
	}
	c.put(1, at(12), newerEvents)
	if k, _ := c.get(1); k.at.Number != 12 {
		t.Fatalf("kept block %d, want 12", k.at.Number)
	}
}
