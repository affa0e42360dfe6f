package chain

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
)

const (
	// sealPoll is how often the sealer looks at the pool without being
	// woken. The pool's new-transaction events wake it at once; the poll
	// only catches what an event could not announce (transactions left
	// over when a block was full, a wake-up lost to a full channel).
	sealPoll = 200 * time.Millisecond
	// maxStallBackoff bounds how long the sealer waits before retrying
	// when a block came out empty although transactions were pending
	// (their fee is below the base fee or the miner's tip, say): without a
	// back-off it would seal an empty block every second forever.
	maxStallBackoff = 30 * time.Second
)

// transactionSent is called by the in-process client after a transaction
// entered the pool.
func (e *Embedded) transactionSent() {
	switch e.cfg.Sealing {
	case SealInstant:
		// settle: the pool promotes the transaction in the background; the
		// caller expects it mined when SendTransaction returns.
		if _, _, err := e.sealPending(true); err != nil {
			e.log.Error("seal after send", "err", err)
		}
	case SealRealtime:
		e.signal()
	}
}

// signal wakes the sealer without blocking; one pending wake-up is enough.
func (e *Embedded) signal() {
	select {
	case e.wake <- struct{}{}:
	default:
	}
}

// forwardTxEvents turns the pool's new-transaction events into wake-ups.
// It must never block: the pool sends these events from its reorg loop,
// which the sealer itself waits on (TxPool.Sync) while holding sealMu.
func (e *Embedded) forwardTxEvents(ch <-chan core.NewTxsEvent) {
	for {
		select {
		case <-ch:
			e.signal()
		case <-e.txSub.Err(): // closed by Unsubscribe in Close
			return
		}
	}
}

// sealLoop seals pending transactions for SealRealtime and SealInstant
// until Close; it is the only goroutine that seals on its own initiative.
func (e *Embedded) sealLoop() {
	defer close(e.sealDone)
	poll := time.NewTicker(sealPoll)
	defer poll.Stop()
	gate := time.NewTimer(time.Hour) // fires when the clock reaches the next second
	gate.Stop()
	defer gate.Stop()

	var (
		stall      time.Duration // current back-off after an empty block
		stallUntil time.Time
	)
	for {
		woken := false
		select {
		case <-e.stop:
			return
		case <-e.wake:
			woken = true
		case <-poll.C:
		case <-gate.C:
		}
		// A new transaction may be includable even if the old ones are not.
		if woken {
			stall, stallUntil = 0, time.Time{}
		}
		if time.Now().Before(stallUntil) {
			continue
		}
		wait, block, err := e.sealPending(false)
		switch {
		case err != nil:
			if errors.Is(err, ErrChainClosed) {
				return
			}
			e.log.Error("seal block", "err", err)
		case wait > 0:
			gate.Reset(wait)
		case block != nil && len(block.Transactions()) == 0:
			stall = min(max(2*stall, time.Second), maxStallBackoff)
			stallUntil = time.Now().Add(stall)
			e.log.Warn("pending transactions were not included; backing off", "retry_in", stall)
		case block != nil:
			stall, stallUntil = 0, time.Time{}
		}
	}
}

// sealPending seals a block if transactions are pending and, in
// SealRealtime, the wall clock has passed the head block's second. It
// returns how long to wait when the clock has not, or the block sealed
// (nil when nothing was pending). With settle it waits for the pool to
// process transactions just added before looking; without, a transaction
// still being promoted is left to the pool's event, which wakes the sealer.
func (e *Embedded) sealPending(settle bool) (wait time.Duration, block *types.Block, err error) {
	e.sealMu.Lock()
	defer e.sealMu.Unlock()
	if e.closed {
		return 0, nil, ErrChainClosed
	}
	pool := e.eth.TxPool()
	// Stats first: it is cheap, and the poll calls this five times a second.
	if pending, _ := pool.Stats(); pending == 0 && !settle {
		return 0, nil, nil
	}
	if e.cfg.Sealing == SealRealtime {
		now := time.Now()
		head := e.eth.BlockChain().CurrentBlock()
		if now.Unix() <= int64(head.Time) {
			// A block now would be stamped head+1s, ahead of the clock.
			return time.Unix(int64(head.Time)+1, 0).Sub(now), nil, nil
		}
	}
	// The pool promotes new transactions and drops included ones in the
	// background: settle it so that the count is current (a stale count
	// would seal an empty block, or miss a transaction just sent).
	if err := pool.Sync(); err != nil {
		return 0, nil, fmt.Errorf("sync tx pool: %w", err)
	}
	if pending, _ := pool.Stats(); pending == 0 {
		return 0, nil, nil
	}
	block, err = e.commitLocked()
	return 0, block, err
}

// commitLocked seals one block and makes it durable. sealMu must be held.
func (e *Embedded) commitLocked() (*types.Block, error) {
	bc := e.eth.BlockChain()
	before := bc.CurrentBlock().Hash()
	// The beacon logs its errors to go-ethereum's root logger and returns the
	// head either way: an unchanged head is how a failure shows.
	hash := e.beacon.Commit()
	if hash == before {
		return nil, errors.New("seal block: the simulated beacon produced no block")
	}
	block := bc.GetBlockByHash(hash)
	if block == nil {
		return nil, fmt.Errorf("seal block: new head %s not found", hash)
	}
	e.syncDB()
	// The pool moves to the new head in the background. Wait for it: a
	// caller who saw this block's receipt (an account just funded, say)
	// must not have its next transaction checked against the old state.
	if err := e.eth.TxPool().Sync(); err != nil {
		return block, fmt.Errorf("sync tx pool to block %d: %w", block.NumberU64(), err)
	}
	e.log.Debug("sealed block", "number", block.NumberU64(), "hash", hash,
		"txs", len(block.Transactions()), "time", block.Time())
	return block, nil
}

// syncDB flushes the database's write-ahead log to disk. go-ethereum writes
// without fsync, which survives kill -9 but not a power cut, and may still
// hold the last writes in its buffer when the process dies; a block the
// service has seen must be on disk. Free for an in-memory chain.
func (e *Embedded) syncDB() {
	if err := e.eth.ChainDb().SyncKeyValue(); err != nil {
		e.log.Error("sync chain database", "err", err)
	}
}
