package api

import (
	"sync"

	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/yield"
)

// The server keeps two caches for yield reports (yield.go):
//
//   - yields: the reports last computed, by asset, period and the mirror
//     block they reflect. A report is a pure function of the asset's events
//     at a block and the period, so while the mirror has not moved, the
//     dashboard's readers (the fleet page asks every asset's yield) share one
//     computation.
//   - yieldEv: each asset's events as last read from the mirror, with the
//     block they reflect, used again while the mirror says nothing of the
//     asset changed since.
//
// Values are shared read-only: handlers only marshal answers, and
// yield.Compute copies what it sorts.
type (
	yieldCache       = boundedCache[yieldKey, yieldAnswer]
	yieldEventsCache = boundedCache[uint64, keptEvents]
)

// yieldKey is what a report depends on: the period as the request gave it
// (empty: since commissioning, up to the block's time) and the block.
type yieldKey struct {
	asset    uint64
	from, to string
	block    uint64
}

// keptEvents are an asset's yield events and the block they reflect.
type keptEvents struct {
	ev yield.Events
	at ledger.BlockRef
}

// newerEvents keeps the events of the later block: a slower reader must
// not set them back.
func newerEvents(held, v keptEvents) bool { return v.at.Number >= held.at.Number }

// yieldCacheSize bounds each cache; past it the cache starts again (entries
// of older blocks are dead weight anyway once the mirror moves on).
const yieldCacheSize = 512

// boundedCache is a map safe for concurrent use that starts again when it
// holds yieldCacheSize entries.
type boundedCache[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (c *boundedCache[K, V]) get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

// put keeps v under k, unless replace (if given) says the value held
// there should stay.
func (c *boundedCache[K, V]) put(k K, v V, replace func(held, v V) bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= yieldCacheSize {
		c.m = make(map[K]V, 16)
	}
	if held, ok := c.m[k]; ok && replace != nil && !replace(held, v) {
		return
	}
	c.m[k] = v
}
