package oracle

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// Clock is the agent's time: when to sample. Implementations are safe for
// concurrent use.
type Clock interface {
	Now() time.Time
	// SleepUntil returns when the clock reaches t, or ctx's error when ctx
	// ends first.
	SleepUntil(ctx context.Context, t time.Time) error
}

// RealClock is the wall clock.
type RealClock struct{}

// Now returns time.Now().
func (RealClock) Now() time.Time { return time.Now() }

// SleepUntil sleeps until t.
func (RealClock) SleepUntil(ctx context.Context, t time.Time) error {
	d := time.Until(t)
	if d <= 0 {
		return ctx.Err()
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

// VirtualClock jumps: SleepUntil sets the time at once. With the simulator
// it runs epochs as fast as the chain accepts reports.
type VirtualClock struct {
	mu  sync.Mutex // guards now
	now time.Time
}

// NewVirtualClock returns a clock standing at start.
func NewVirtualClock(start time.Time) *VirtualClock { return &VirtualClock{now: start} }

// Now returns the clock's time.
func (c *VirtualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// SleepUntil moves the clock to t (never backwards).
func (c *VirtualClock) SleepUntil(ctx context.Context, t time.Time) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	if t.After(c.now) {
		c.now = t
	}
	c.mu.Unlock()
	return nil
}

// ChainTime makes sure the chain's head has reached a time before a report
// of an epoch ending then is sent: the contract refuses an epoch that has
// not ended at the block it runs in, and gas estimation runs on the head.
type ChainTime interface {
	// WaitUntil returns once the head block's time is at least t, or
	// ctx's error.
	WaitUntil(ctx context.Context, t time.Time) error
}

// HeadReader reads block headers; chain.Client implements it.
type HeadReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// HeadWaiter waits for the chain's blocks to pass a time, polling the head.
// A chain that seals only when transactions arrive (geth --dev, the
// embedded chain) may sit on an old head: after Grace past t by the wall
// clock, Nudge (if set) is called, at most once per Grace, to make a block
// (a dev chain: send yourself nothing).
type HeadWaiter struct {
	Client HeadReader
	// Poll is the polling interval (default 2s).
	Poll time.Duration
	// Grace is how long past t the wall clock must be before nudging (default 5s).
	Grace time.Duration
	Nudge func(ctx context.Context) error
	Log   *slog.Logger
}

// WaitUntil polls until the head's time is at least t.
func (w *HeadWaiter) WaitUntil(ctx context.Context, t time.Time) error {
	poll, grace := w.Poll, w.Grace
	if poll <= 0 {
		poll = 2 * time.Second
	}
	if grace <= 0 {
		grace = 5 * time.Second
	}
	var lastNudge time.Time
	for {
		h, err := w.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("read chain head: %w", err)
		}
		if int64(h.Time) >= t.Unix() {
			return nil
		}
		if now := time.Now(); w.Nudge != nil && now.After(t.Add(grace)) && now.Sub(lastNudge) >= grace {
			lastNudge = now
			if err := w.Nudge(ctx); err != nil && w.Log != nil {
				w.Log.Warn("nudging the chain for a block failed", "err", err)
			}
		}
		if err := (RealClock{}).SleepUntil(ctx, time.Now().Add(poll)); err != nil {
			return err
		}
	}
}

// TimeAdjuster moves a dev chain's time forward; *chain.Embedded implements it.
type TimeAdjuster interface {
	AdjustTime(d time.Duration) error
}

// Warp moves a dev chain's time forward to t instead of waiting: with a
// VirtualClock and the simulator, epochs go by in milliseconds. For the
// embedded chain in instant sealing, in tests and demos only: the chain's
// time then runs ahead of the wall clock for good.
type Warp struct {
	Chain  TimeAdjuster
	Client HeadReader
}

// WaitUntil moves the head's time to t when it is behind.
func (w Warp) WaitUntil(ctx context.Context, t time.Time) error {
	h, err := w.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read chain head: %w", err)
	}
	if d := t.Unix() - int64(h.Time); d > 0 {
		if err := w.Chain.AdjustTime(time.Duration(d) * time.Second); err != nil {
			return fmt.Errorf("warp chain time: %w", err)
		}
	}
	return nil
}
