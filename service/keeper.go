package service

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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
	// OverdrawnGrace is how long a lease may stay overdrawn before the
	// keeper closes it for lack of funds (default 1h).
	OverdrawnGrace time.Duration
	// Batch is the most leases one settleMany transaction carries (default 50).
	Batch int
	// LogRange is the most blocks one log query spans (default 5000).
	LogRange uint64
}

// Keeper settles every open lease at least once per Interval of chain time,
// finalizes expired ones, and closes leases overdrawn for longer than
// OverdrawnGrace, so nobody has to call settle by hand and capacity is freed
// on time. It finds leases from LeaseCreated logs since the deployment, so
// a restart rebuilds its view from the chain; a repeated settle is a no-op
// in the contract, so nothing is ever settled twice.
//
// A Keeper is driven by one goroutine (Run, or Tick in tests); it is not
// safe for concurrent use.
type Keeper struct {
	market *contracts.Market
	sender contracts.Sender
	chain  KeeperChain
	cfg    KeeperConfig
	log    *slog.Logger

	cursor         uint64               // last block scanned for LeaseCreated
	open           map[uint64]struct{}  // leases not yet seen ended
	overdrawnSince map[uint64]time.Time // chain time a lease was first seen overdrawn
}

// NewKeeper returns a keeper acting as sender (which needs the market's
// keeper role to close overdrawn leases), scanning from block fromBlock.
func NewKeeper(market *contracts.Market, sender contracts.Sender, chain KeeperChain, fromBlock uint64, cfg KeeperConfig, log *slog.Logger) *Keeper {
	if cfg.Interval <= 0 {
		cfg.Interval = time.Hour
	}
	if cfg.OverdrawnGrace <= 0 {
		cfg.OverdrawnGrace = time.Hour
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
		cursor: cursor, open: map[uint64]struct{}{}, overdrawnSince: map[uint64]time.Time{},
	}
}

// TickResult says what one Tick did.
type TickResult struct {
	Open    int // leases open after the tick
	Settled int // leases included in settle batches
	Closed  int // overdrawn leases closed
}

// Run ticks every poll interval of wall time until ctx ends. Errors of a
// tick are logged and retried at the next one.
func (k *Keeper) Run(ctx context.Context, poll time.Duration) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		if res, err := k.Tick(ctx); err != nil && ctx.Err() == nil {
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
	if err := k.discover(ctx, head.Number.Uint64()); err != nil {
		return TickResult{}, err
	}
	now := time.Unix(int64(head.Time), 0)

	ids := make([]uint64, 0, len(k.open))
	for id := range k.open {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })

	var due, toClose []uint64
	for _, id := range ids {
		l, err := k.market.Lease(ctx, id)
		if err != nil {
			return TickResult{}, fmt.Errorf("keeper: %w", err)
		}
		switch {
		case l.Status == contracts.LeaseEnded:
			delete(k.open, id)
			delete(k.overdrawnSince, id)
			continue
		case l.Status == contracts.LeaseOverdrawn:
			since, seen := k.overdrawnSince[id]
			if !seen {
				k.overdrawnSince[id] = now
			} else if now.Sub(since) >= k.cfg.OverdrawnGrace {
				toClose = append(toClose, id)
				continue
			}
		default:
			delete(k.overdrawnSince, id)
		}
		if !l.End.After(now) || now.Sub(l.SettledUntil) >= k.cfg.Interval {
			due = append(due, id)
		}
	}

	res := TickResult{}
	for start := 0; start < len(due); start += k.cfg.Batch {
		batch := due[start:min(start+k.cfg.Batch, len(due))]
		if _, err := k.market.SettleMany(ctx, k.sender, batch...); err != nil {
			return res, fmt.Errorf("keeper: %w", err)
		}
		res.Settled += len(batch)
	}
	for _, id := range toClose {
		if _, _, err := k.market.Close(ctx, k.sender, id); err != nil {
			// A top-up may have landed since we looked: not an error worth stopping for.
			k.log.Warn("keeper: close overdrawn lease", "lease", id, "err", err)
			continue
		}
		delete(k.overdrawnSince, id)
		res.Closed++
	}
	res.Open = len(k.open)
	return res, nil
}

// discover adds the leases created in (cursor, head] to the open set.
func (k *Keeper) discover(ctx context.Context, head uint64) error {
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
			k.open[id] = struct{}{}
		}
		k.cursor = to
	}
	return nil
}
