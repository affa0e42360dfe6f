package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
)

// KeeperChain is what the keeper reads from the chain besides the market.
type KeeperChain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// KeeperConfig tunes a Keeper. Zero fields take the defaults noted.
type KeeperConfig struct {
	// Interval is how often the keeper looks at leases and how much chain
	// time may pass before a running lease is settled again (default 1h,
	// one oracle epoch).
	Interval time.Duration
	// Batch is the most leases one settleMany transaction carries (default 50).
	Batch int
	// LogRange is the most blocks one log query spans (default 5000).
	LogRange uint64
	// OnPass, when not nil, is told after each pass of Run what it did, how
	// long it took and its error (nil when it succeeded): the metrics'
	// hook (api.Server.KeeperPass). It is called from Run's goroutine and
	// must not block.
	OnPass func(res TickResult, took time.Duration, err error)
}

// Keeper settles every open lease at least once per Interval of chain time,
// finalizes expired ones, and closes each lease whose money ran out longer
// ago than its listing's grace (judged by time from the lease's own
// figures, as the contract judges it, so it never waits for a settlement),
// so nobody has to call settle by hand and capacity is freed on time. It finds leases from LeaseCreated logs since the deployment, so
// a restart rebuilds its view from the chain; a repeated settle is a no-op
// in the contract, so nothing is ever settled twice.
//
// Adversaries it survives: a reorg that removes blocks it has scanned (it
// checks the hash of its cursor block every tick and rescans from the last
// block still on the canonical chain, forgetting the leases found in the
// orphaned blocks), and a lease whose settlement reverts (a settle batch
// that would revert is split until the failing lease is alone; that lease
// is logged and skipped, every other lease is settled).
//
// A Keeper is driven by one goroutine (Run, or Tick in tests); it is not
// safe for concurrent use.
type Keeper struct {
	market *contracts.Market
	sender contracts.Sender
	chain  KeeperChain
	cfg    KeeperConfig
	log    *slog.Logger

	from    uint64            // first block to scan (the deployment's)
	cursor  uint64            // last block scanned for LeaseCreated
	scanned []checkpoint      // recent cursors with their hashes, oldest first
	open    map[uint64]uint64 // leases not yet seen ended -> block they were created in
}

// checkpoint is a block the keeper scanned up to, with its hash then.
type checkpoint struct {
	number uint64
	hash   common.Hash
}

// maxCheckpoints bounds the cursors remembered to find where a reorg forked.
const maxCheckpoints = 64

// NewKeeper returns a keeper acting as sender (which needs the market's
// keeper role to close leases out of funds), scanning from block fromBlock.
func NewKeeper(market *contracts.Market, sender contracts.Sender, chain KeeperChain, fromBlock uint64, cfg KeeperConfig, log *slog.Logger) *Keeper {
	if cfg.Interval <= 0 {
		cfg.Interval = time.Hour
	}
	if cfg.Batch <= 0 {
		cfg.Batch = 50
	}
	if cfg.LogRange == 0 {
		cfg.LogRange = 5000
	}
	if log == nil {
		log = slog.Default()
	}
	var cursor uint64
	if fromBlock > 0 {
		cursor = fromBlock - 1
	}
	return &Keeper{
		market: market, sender: sender, chain: chain, cfg: cfg, log: log,
		from: cursor, cursor: cursor, open: map[uint64]uint64{},
	}
}

// TickResult says what one Tick did.
type TickResult struct {
	Open    int // leases open after the tick
	Settled int // leases included in settle batches
	Closed  int // leases closed for lack of funds
	Failed  int // leases whose settlement reverted alone (skipped this tick)
	Reorged int // leases forgotten because a reorg removed their creation
	Waiting int // leases due whose settle would change nothing yet (an epoch awaiting its report)
}

// Run ticks every poll interval of wall time until ctx ends. Errors of a
// tick are logged and retried at the next one.
func (k *Keeper) Run(ctx context.Context, poll time.Duration) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		start := time.Now()
		res, err := k.Tick(ctx)
		if k.cfg.OnPass != nil && ctx.Err() == nil {
			k.cfg.OnPass(res, time.Since(start), err)
		}
		if err != nil && ctx.Err() == nil {
			k.log.Warn("keeper tick failed", "err", err)
		} else if res.Settled+res.Closed > 0 {
			k.log.Info("keeper tick", "open", res.Open, "settled", res.Settled, "closed", res.Closed)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Tick discovers new leases, then settles and closes what is due.
func (k *Keeper) Tick(ctx context.Context) (TickResult, error) {
	head, err := k.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return TickResult{}, fmt.Errorf("keeper: read head: %w", err)
	}
	res := TickResult{}
	if res.Reorged, err = k.followReorg(ctx); err != nil {
		return res, err
	}
	if err := k.discover(ctx, head); err != nil {
		return res, err
	}
	// Judged at the time a settle sent now would be mined at.
	now := chain.NextBlockTime(head)
	clock, err := k.market.SLAClock(ctx)
	if err != nil {
		return res, fmt.Errorf("keeper: %w", err)
	}

	ids := make([]uint64, 0, len(k.open))
	for id := range k.open {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })

	var due, toClose []uint64
	for _, id := range ids {
		l, err := k.market.Lease(ctx, id)
		if isRevert(err, "UnknownLease") {
			// Gone from the chain (a reorg the cursor check has not seen
			// yet, e.g. one deeper than the remembered cursors).
			k.log.Warn("keeper: lease no longer on chain; forgetting it", "lease", id)
			delete(k.open, id)
			res.Reorged++
			continue
		}
		if err != nil {
			return res, fmt.Errorf("keeper: %w", err)
		}
		switch {
		case l.Status == contracts.LeaseEnded:
			delete(k.open, id)
			continue
		case l.OutOfFundsAt(now):
			toClose = append(toClose, id)
			continue
		}
		if l.End.After(now) && now.Sub(l.SettledUntil) < k.cfg.Interval {
			continue // running, and settled recently enough
		}
		// A settle that would change nothing (a closing lease whose last
		// epoch awaits its report) is not sent: the lease is looked at
		// again next tick, and settled once, when its epoch is final.
		ok, err := k.market.Settleable(ctx, clock, l, now)
		if err != nil {
			// The oracle cannot answer for this asset: let the chain judge;
			// a batch that would revert is split and the lease skipped.
			k.log.Warn("keeper: cannot tell whether a lease is settleable", "lease", id, "err", err)
			ok = true
		}
		if ok {
			due = append(due, id)
		} else {
			res.Waiting++
		}
	}

	for start := 0; start < len(due); start += k.cfg.Batch {
		settled, failed, err := k.settle(ctx, due[start:min(start+k.cfg.Batch, len(due))])
		res.Settled += settled
		res.Failed += failed
		if err != nil {
			return res, err
		}
	}
	for _, id := range toClose {
		if _, _, err := k.market.Close(ctx, k.sender, id); err != nil {
			// A top-up may have landed since we looked: not an error worth stopping for.
			k.log.Warn("keeper: close lease out of funds", "lease", id, "err", err)
			continue
		}
		res.Closed++
	}
	res.Open = len(k.open)
	return res, nil
}

// settle settles a batch in one settleMany. A batch the chain refuses
// (the estimation reverts: nothing is sent) is split in halves, down to
// single leases, so that one lease that cannot be settled never holds up
// the others; each such lease is logged and counted as failed. Any other
// error (the node unreachable) stops the tick.
func (k *Keeper) settle(ctx context.Context, batch []uint64) (settled, failed int, err error) {
	if _, err := k.market.SettleMany(ctx, k.sender, batch...); err == nil {
		return len(batch), 0, nil
	} else if !errors.Is(err, chain.ErrReverted) {
		return 0, 0, fmt.Errorf("keeper: %w", err)
	} else if len(batch) == 1 {
		k.log.Warn("keeper: lease cannot be settled; skipping it this tick", "lease", batch[0], "err", err)
		return 0, 1, nil
	}
	half := len(batch) / 2
	s1, f1, err := k.settle(ctx, batch[:half])
	if err != nil {
		return s1, f1, err
	}
	s2, f2, err := k.settle(ctx, batch[half:])
	return s1 + s2, f1 + f2, err
}

// followReorg checks that the block the keeper last scanned is still on
// the canonical chain. If a reorg replaced it, it rewinds the cursor to the
// newest remembered block that is (or to the deployment, if none is) and
// forgets the leases created after it; discover then finds the leases of
// the new branch. It returns how many leases it forgot.
func (k *Keeper) followReorg(ctx context.Context) (int, error) {
	for len(k.scanned) > 0 {
		cp := k.scanned[len(k.scanned)-1]
		h, err := k.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(cp.number))
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return 0, fmt.Errorf("keeper: read block %d: %w", cp.number, err)
		}
		if err == nil && h.Hash() == cp.hash {
			break
		}
		k.scanned = k.scanned[:len(k.scanned)-1]
	}
	rewind := k.from
	if len(k.scanned) > 0 {
		rewind = k.scanned[len(k.scanned)-1].number
	}
	if rewind >= k.cursor {
		return 0, nil
	}
	forgotten := 0
	for id, block := range k.open {
		if block > rewind {
			delete(k.open, id)
			forgotten++
		}
	}
	k.log.Warn("keeper: reorg; rescanning", "from", rewind+1, "was", k.cursor, "forgotten", forgotten)
	k.cursor = rewind
	return forgotten, nil
}

// discover adds the leases created in (cursor, head] to the open set and
// remembers head's hash to notice a reorg later.
func (k *Keeper) discover(ctx context.Context, headHeader *types.Header) error {
	head := headHeader.Number.Uint64()
	addr := k.market.Address()
	topic := k.market.LeaseCreatedTopic()
	for from := k.cursor + 1; from <= head; from += k.cfg.LogRange {
		to := min(from+k.cfg.LogRange-1, head)
		logs, err := k.chain.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{addr}, Topics: [][]common.Hash{{topic}},
		})
		if err != nil {
			return fmt.Errorf("keeper: lease logs %d-%d: %w", from, to, err)
		}
		for i := range logs {
			id, err := k.market.ParseLeaseCreated(&logs[i])
			if err != nil {
				k.log.Warn("keeper: skip malformed log", "tx", logs[i].TxHash, "err", err)
				continue
			}
			k.open[id] = logs[i].BlockNumber
		}
		k.cursor = to
	}
	if k.cursor == head && (len(k.scanned) == 0 || k.scanned[len(k.scanned)-1].number != head) {
		k.scanned = append(k.scanned, checkpoint{number: head, hash: headHeader.Hash()})
		if len(k.scanned) > maxCheckpoints {
			k.scanned = k.scanned[1:]
		}
	}
	return nil
}

// isRevert reports whether err is the decoded revert name.
func isRevert(err error, name string) bool {
	var re *chain.RevertError
	return errors.As(err, &re) && re.Name == name
}
