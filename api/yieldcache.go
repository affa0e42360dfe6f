package api

import (
	"sync"

	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/yield"
)

// yieldCache keeps the reports last computed, by asset, period and the
// mirror block they reflect. A report is a pure function of the asset's
// events at a block and the period, so while the mirror has not moved, the
// dashboard's readers (the fleet page asks every asset's yield) share one
// computation instead of each walking the asset's whole history again.
// Answers are shared read-only: handlers only marshal them.
type yieldCache struct {
	mu sync.Mutex
	m  map[yieldKey]yieldAnswer
}

// yieldKey is what a report depends on: the period as the request gave it
// (empty: since commissioning, up to the block's time) and the block.
type yieldKey struct {
	asset    uint64
	from, to string
	block    uint64
}

// yieldCacheSize bounds the cache; past it the cache starts again (entries
// of older blocks are dead weight anyway once the mirror moves on).
const yieldCacheSize = 512

func (c *yieldCache) get(k yieldKey) (yieldAnswer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	a, ok := c.m[k]
	return a, ok
}

func (c *yieldCache) put(k yieldKey, a yieldAnswer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= yieldCacheSize {
		c.m = make(map[yieldKey]yieldAnswer, 16)
	}
	c.m[k] = a
}

// yieldEventsCache keeps each asset's yield events as last read from the
// mirror, with the block they reflect. Events are shared read-only:
// yield.Compute copies what it sorts.
type yieldEventsCache struct {
	mu sync.Mutex
	m  map[uint64]keptEvents
}

type keptEvents struct {
	ev yield.Events
	at ledger.BlockRef
}

func (c *yieldEventsCache) get(asset uint64) (keptEvents, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k, ok := c.m[asset]
	return k, ok
}

// put keeps ev as asset's events at block at, unless events of a later
// block are kept already (a slower reader must not set them back).
func (c *yieldEventsCache) put(asset uint64, ev yield.Events, at ledger.BlockRef) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= yieldCacheSize {
		c.m = make(map[uint64]keptEvents, 16)
	}
	if k, ok := c.m[asset]; ok && k.at.Number > at.Number {
		return
	}
	c.m[asset] = keptEvents{ev, at}
}
