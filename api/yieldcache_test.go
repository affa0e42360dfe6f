package api

import "testing"

func TestYieldCacheKeysAndBound(t *testing.T) {
	var c yieldCache
	k := yieldKey{asset: 1, block: 10}
	if _, ok := c.get(k); ok {
		t.Fatal("an empty cache answered")
	}
	c.put(k, yieldAnswer{Block: 10})
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
		c.put(yieldKey{asset: uint64(i + 100)}, yieldAnswer{})
	}
	if n := len(c.m); n > yieldCacheSize {
		t.Errorf("cache holds %d entries, bound %d", n, yieldCacheSize)
	}
}
