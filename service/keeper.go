package service

import (
	"cmp"
	"container/heap"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
)

// KeeperChain is what the keeper reads from the chain besides the market.
type KeeperChain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Keeper defaults; see KeeperConfig.
const (
	// DefaultKeeperGasPerLease is the gas one lease is assumed to add to a
	// settleMany until the keeper has measured it from its own receipts.
	// It is set above what a lease costs, so the first batches fit.
	DefaultKeeperGasPerLease = 40_000
	// DefaultKeeperBatchesPerBlock is how many settle batches one block
	// is sized to hold: several smaller batches pack a block as well as
	// one big one and still fit a block that other transactions share.
	DefaultKeeperBatchesPerBlock = 4
	// DefaultKeeperInFlight is how many batches are sent before the first
	// receipt is waited for: two blocks' worth.
	DefaultKeeperInFlight = 2 * DefaultKeeperBatchesPerBlock
	// DefaultKeeperGasMarginPct is the gas margin of settle batches. A
	// settle's gas varies little between estimate and mining (a lease
	// whose term ends in between takes the finishing path); a batch that
	// runs out of gas is split like one that reverts.
	DefaultKeeperGasMarginPct = 5
	// batchOverhead is a batch's gas apart from its leases: the
	// transaction, and the revenue split of each asset it touches.
	batchOverhead = 150_000
)

// KeeperConfig tunes a Keeper. Zero fields take the defaults noted.
type KeeperConfig struct {
	// Interval is how much chain time may pass before a running lease is
	// settled again (default 1h, one oracle epoch).
	Interval time.Duration
	// Recheck is how long a lease whose settlement would change nothing
	// yet (its epoch awaits a report) waits before it is looked at again
	// (default 1 min).
	Recheck time.Duration
	// Batch, when not zero, fixes how many leases one settleMany carries;
	// zero sizes batches from the block gas limit (read from the chain),
	// BatchesPerBlock and the gas per lease measured from receipts.
	Batch int
	// BatchesPerBlock is how many batches one block is sized to hold
	// (default DefaultKeeperBatchesPerBlock).
	BatchesPerBlock int
	// InFlight is the most batches sent and not yet mined at a time
	// (default DefaultKeeperInFlight).
	InFlight int
	// GasPerLease is the starting guess of gas per lease in a batch
	// (default DefaultKeeperGasPerLease); receipts then correct it.
	GasPerLease uint64
	// GasMarginPct is the margin added to each batch's gas estimate
	// (default DefaultKeeperGasMarginPct; the sender's own margin is not
	// used for batches).
	GasMarginPct uint64
	// LogRange is the most blocks one log query spans (default 5000).
	LogRange uint64
	// OnPass, when not nil, is told after each pass of Run what it did, how
	// long it took and its error (nil when it succeeded): the metrics'
	// hook (api.Server.KeeperPass). It is called from Run's goroutine and
	// must not block.
	OnPass func(res TickResult, took time.Duration, err error)
}

// Keeper settles every open lease at least once per Interval of chain time,
// finalizes expired ones, retires the GPUs of leases whose term is over
// (at once, even while their last epoch awaits its report), and closes
// each lease whose money ran out longer ago than its listing's grace
// (judged by time from the lease's own figures, as the contract judges
// it, so it never waits for a settlement), so nobody has to call settle
// by hand and capacity is freed on time.
//
// It does no work per open lease per tick. It follows the market's lease
// events (one log query per tick for the new blocks) and keeps a schedule:
// for each open lease, the chain time it next needs looking at (its next
// settlement, its end, the moment it runs out of funds). A tick reads only
// the leases that are due, settles them in batches sorted by asset, sized
// from the block gas limit, several in flight at once (the sender hands
// out consecutive nonces), and closes or retires what needs it. A restart
// rebuilds the schedule from the events since the deployment.
//
// Adversaries it survives: a reorg that removes blocks it has scanned (it
// checks the hash of its cursor block every tick and rescans from the last
// block still on the canonical chain, forgetting the leases found in the
// orphaned blocks); a lease whose settlement reverts (a batch that would
// revert, or that reverted when mined, is split until the failing lease
// is alone; that lease is logged and retried after Recheck, every other lease
// is settled); another keeper settling the same leases (a repeated settle
// is a no-op in the contract, and ended leases are skipped, so neither
// fails a batch); a renter closing or topping up (events that reschedule
// the lease, which is always read afresh before anything is sent for it).
//
// A Keeper is driven by one goroutine (Run, or Tick in tests); it is not
// safe for concurrent use. Its batches run on their own goroutines within
// a Tick, through a sender that must be safe for concurrent use.
type Keeper struct {
	market *contracts.Market
	sender contracts.Sender
	chain  KeeperChain
	cfg    KeeperConfig
	log    *slog.Logger
	topics leaseTopics

	from    uint64       // first block to scan (the deployment's)
	cursor  uint64       // last block scanned for lease events
	scanned []checkpoint // recent cursors with their hashes, oldest first

	open        map[uint64]*scheduled // leases not yet seen ended
	due         schedule              // the same leases by next look
	gasPerLease uint64                // measured gas one lease adds to a batch
}

// leaseTopics are the lease events the keeper follows.
type leaseTopics struct {
	created, closed, ended common.Hash
}

// checkpoint is a block the keeper scanned up to, with its hash then.
type checkpoint struct {
	number uint64
	hash   common.Hash
}

// maxCheckpoints bounds the cursors remembered to find where a reorg forked.
const maxCheckpoints = 64

// NewKeeper returns a keeper acting as sender (which needs the market's
// keeper role to close leases out of funds, and must be safe for
// concurrent use: *chain.Transactor is), scanning from block fromBlock.
func NewKeeper(market *contracts.Market, sender contracts.Sender, chain KeeperChain, fromBlock uint64, cfg KeeperConfig, log *slog.Logger) *Keeper {
	if cfg.Interval <= 0 {
		cfg.Interval = time.Hour
	}
	if cfg.Recheck <= 0 {
		cfg.Recheck = min(time.Minute, cfg.Interval)
	}
	if cfg.BatchesPerBlock <= 0 {
		cfg.BatchesPerBlock = DefaultKeeperBatchesPerBlock
	}
	if cfg.InFlight <= 0 {
		cfg.InFlight = DefaultKeeperInFlight
	}
	if cfg.GasPerLease == 0 {
		cfg.GasPerLease = DefaultKeeperGasPerLease
	}
	if cfg.GasMarginPct == 0 {
		cfg.GasMarginPct = DefaultKeeperGasMarginPct
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
	events := leasemarket.NewLeaseMarket().GetABI().Events
	return &Keeper{
		market: market, sender: sender, chain: chain, cfg: cfg, log: log,
		topics: leaseTopics{created: events["LeaseCreated"].ID, closed: events["LeaseClosed"].ID, ended: events["LeaseEnded"].ID},
		from:   cursor, cursor: cursor, open: map[uint64]*scheduled{}, gasPerLease: cfg.GasPerLease,
	}
}

// TickResult says what one Tick did.
type TickResult struct {
	Open    int // leases open after the tick
	Due     int // leases looked at (read from the chain) this tick
	Settled int // leases included in settle batches that were mined
	Batches int // settle transactions mined
	Closed  int // leases closed for lack of funds
	Retired int // leases whose GPUs were freed while their settlement waits
	Failed  int // leases whose settlement reverted alone (retried after Recheck)
	Reorged int // leases forgotten because a reorg removed their creation
	Waiting int // leases due whose settle would change nothing yet (an epoch awaiting its report)
}

// Run ticks until ctx ends: at the next lease due on the schedule, and at
// least every poll of wall time (to see new leases and events). Errors of
// a tick are logged and retried at the next one.
func (k *Keeper) Run(ctx context.Context, poll time.Duration) {
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		start := time.Now()
		res, err := k.Tick(ctx)
		if k.cfg.OnPass != nil && ctx.Err() == nil {
			k.cfg.OnPass(res, time.Since(start), err)
		}
		if err != nil && ctx.Err() == nil {
			k.log.Warn("keeper tick failed", "err", err)
		} else if res.Settled+res.Closed+res.Retired > 0 {
			k.log.Info("keeper tick", "open", res.Open, "settled", res.Settled, "batches", res.Batches,
				"closed", res.Closed, "retired", res.Retired)
		}
		wait := poll
		if next, ok := k.NextDue(); ok {
			// Chain time follows the wall clock on a live chain; a second's
			// floor keeps a lease due now from spinning the loop.
			wait = min(poll, max(time.Until(next), time.Second))
		}
		timer.Reset(wait)
	}
}

// NextDue returns the chain time of the next lease due on the schedule,
// false when no lease is open.
func (k *Keeper) NextDue() (time.Time, bool) {
	if len(k.due) == 0 {
		return time.Time{}, false
	}
	return k.due[0].at, true
}

// Tick follows the lease events since the last tick, then looks at the
// leases due: settles, closes and retires what needs it.
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
	// Judged at the time a transaction sent now would be mined at.
	now := chain.NextBlockTime(head)
	headTime := time.Unix(int64(head.Time), 0)
	var looks []*scheduled
	for len(k.due) > 0 && !k.due[0].at.After(now) {
		looks = append(looks, heap.Pop(&k.due).(*scheduled))
	}
	res.Due = len(looks)
	if len(looks) == 0 {
		res.Open = len(k.open)
		return res, nil
	}
	clock, err := k.market.SLAClock(ctx)
	if err != nil {
		k.reschedule(looks, now)
		return res, fmt.Errorf("keeper: %w", err)
	}

	var due, toClose, toRetire []contracts.Lease
	for _, s := range looks {
		l, err := k.market.Lease(ctx, s.id)
		if isRevert(err, "UnknownLease") {
			// Gone from the chain (a reorg the cursor check has not seen
			// yet, e.g. one deeper than the remembered cursors).
			k.log.Warn("keeper: lease no longer on chain; forgetting it", "lease", s.id)
			delete(k.open, s.id)
			res.Reorged++
			continue
		}
		if err != nil {
			k.reschedule(looks, now)
			return res, fmt.Errorf("keeper: %w", err)
		}
		switch {
		case l.Status == contracts.LeaseEnded:
			delete(k.open, s.id)
			continue
		case l.OutOfFundsAt(now):
			toClose = append(toClose, l)
			continue
		}
		if l.End.After(now) && now.Sub(l.SettledUntil) < k.cfg.Interval {
			k.push(s, k.nextLook(l, now)) // running, and settled recently enough
			continue
		}
		// A settle that would change nothing (a closing lease whose last
		// epoch awaits its report) is not sent: the lease is looked at
		// again after Recheck, and settled once, when its epoch is final.
		ok, err := k.market.Settleable(ctx, clock, l, now)
		if err != nil {
			// The oracle cannot answer for this asset: let the chain judge;
			// a batch that would revert is split and the lease skipped.
			k.log.Warn("keeper: cannot tell whether a lease is settleable", "lease", s.id, "err", err)
			ok = true
		}
		if ok {
			due = append(due, l)
			continue
		}
		res.Waiting++
		k.push(s, now.Add(k.cfg.Recheck))
		if !l.Retired && !l.End.After(headTime) {
			// Its term is over but its settlement waits for a report:
			// free its GPUs now rather than when the report comes.
			toRetire = append(toRetire, l)
		}
	}

	k.settleDue(ctx, due, head.GasLimit, now, &res)
	for _, l := range toClose {
		s := k.open[l.ID]
		if _, _, err := k.market.Close(ctx, k.sender, l.ID); err != nil {
			// A top-up may have landed since we looked: not an error worth stopping for.
			k.log.Warn("keeper: close lease out of funds", "lease", l.ID, "err", err)
			k.push(s, now.Add(k.cfg.Recheck))
			continue
		}
		res.Closed++
		k.push(s, now) // what is left: its final settlement, or nothing
	}
	if len(toRetire) > 0 {
		ids := leaseIDs(toRetire)
		ok, failed := k.split(ctx, ids, func(ctx context.Context, ids []uint64) (*types.Receipt, error) {
			return k.market.Retire(ctx, k.sender, ids...)
		})
		res.Retired += len(ok)
		if len(failed) > 0 {
			k.log.Warn("keeper: leases could not be retired", "leases", failed)
		}
	}
	res.Open = len(k.open)
	return res, nil
}

// settleDue settles leases in batches sorted by asset (a batch's revenue
// split is per asset), sized from the block gas limit, up to InFlight
// batches at once. Each lease settled is scheduled an Interval on; one that
// failed is retried after Recheck.
func (k *Keeper) settleDue(ctx context.Context, due []contracts.Lease, gasLimit uint64, now time.Time, res *TickResult) {
	if len(due) == 0 {
		return
	}
	slices.SortFunc(due, func(a, b contracts.Lease) int {
		return cmp.Or(cmp.Compare(a.AssetID, b.AssetID), cmp.Compare(a.ID, b.ID))
	})
	// As many batches as the size asks for, of even sizes: a small last
	// batch would be mined first (its estimate is quickest) and leave the
	// block it lands in part empty.
	size := k.batchSize(gasLimit)
	count := (len(due) + size - 1) / size
	size = (len(due) + count - 1) / count
	var batches [][]uint64
	for ids := leaseIDs(due); len(ids) > 0; {
		n := min(size, len(ids))
		batches = append(batches, ids[:n])
		ids = ids[n:]
	}
	type outcome struct {
		ok, failed []uint64
		gas        []gasSample
	}
	var (
		mu   sync.Mutex
		outs []outcome
		wg   sync.WaitGroup
		sem  = make(chan struct{}, k.cfg.InFlight)
	)
	bctx := chain.ContextWithGasMargin(ctx, k.cfg.GasMarginPct)
	for _, b := range batches {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			var o outcome
			o.ok, o.failed = k.split(bctx, b, func(ctx context.Context, ids []uint64) (*types.Receipt, error) {
				r, err := k.market.SettleMany(ctx, k.sender, ids...)
				if err == nil {
					o.gas = append(o.gas, gasSample{leases: len(ids), used: r.GasUsed})
				}
				return r, err
			})
			mu.Lock()
			outs = append(outs, o)
			mu.Unlock()
		}()
	}
	wg.Wait()
	for _, o := range outs {
		for _, id := range o.ok {
			if s := k.open[id]; s != nil {
				k.push(s, now.Add(k.cfg.Interval))
			}
		}
		for _, id := range o.failed {
			if s := k.open[id]; s != nil {
				k.push(s, now.Add(k.cfg.Recheck))
			}
		}
		res.Settled += len(o.ok)
		res.Failed += len(o.failed)
		res.Batches += len(o.gas)
		for _, g := range o.gas {
			k.measure(g)
		}
	}
}

// gasSample is one mined batch: its leases and the gas it used.
type gasSample struct {
	leases int
	used   uint64
}

// minSample is the smallest batch whose gas tells the gas per lease: in
// smaller ones the per-transaction and per-asset costs dominate.
const minSample = 20

// measure folds a mined batch into the gas per lease: a rise is taken at
// once (the next batches must fit), a fall a quarter at a time.
func (k *Keeper) measure(g gasSample) {
	if g.leases < minSample || g.used <= batchOverhead {
		return
	}
	per := (g.used - batchOverhead/2) / uint64(g.leases)
	if per > k.gasPerLease {
		k.gasPerLease = per
	} else {
		k.gasPerLease = (3*k.gasPerLease + per) / 4
	}
}

// batchSize is how many leases one settleMany carries: a BatchesPerBlock
// share of the block gas limit, less the batch's gas margin and the
// sender's headroom, over the gas per lease.
func (k *Keeper) batchSize(gasLimit uint64) int {
	if k.cfg.Batch > 0 {
		return k.cfg.Batch
	}
	share := gasLimit / uint64(k.cfg.BatchesPerBlock)
	if share <= chain.DefaultGasHeadroom+batchOverhead {
		return 1
	}
	budget := (share-chain.DefaultGasHeadroom)*100/(100+k.cfg.GasMarginPct) - batchOverhead
	return max(1, int(budget/max(k.gasPerLease, 1)))
}

// split sends ids through send. A batch the chain refuses (the estimation
// reverts, or the mined transaction failed, out of gas included) is split
// in halves, down to single leases, so that one lease that cannot be acted
// on never holds up the others; each such lease is logged and returned in
// failed. Any other error (the node unreachable) fails the whole batch.
func (k *Keeper) split(ctx context.Context, ids []uint64, send func(context.Context, []uint64) (*types.Receipt, error)) (ok, failed []uint64) {
	_, err := send(ctx, ids)
	switch {
	case err == nil:
		return ids, nil
	case !errors.Is(err, chain.ErrReverted):
		k.log.Warn("keeper: batch not sent; retrying later", "leases", len(ids), "err", err)
		return nil, ids
	case len(ids) == 1:
		k.log.Warn("keeper: lease cannot be acted on; skipping it this tick", "lease", ids[0], "err", err)
		return nil, ids
	}
	half := len(ids) / 2
	ok1, f1 := k.split(ctx, ids[:half], send)
	ok2, f2 := k.split(ctx, ids[half:], send)
	// New slices: ok1 and f1 may share ids's array with the other half.
	return slices.Concat(ok1, ok2), slices.Concat(f1, f2)
}

// nextLook is when a running lease that was just looked at needs looking
// at again: its next settlement, its end, or the moment it may be closed
// for lack of funds, whichever comes first, and never before now.
func (k *Keeper) nextLook(l contracts.Lease, now time.Time) time.Time {
	at := l.SettledUntil.Add(k.cfg.Interval)
	if l.End.Before(at) {
		at = l.End
	}
	if out, ok := outOfFundsTime(l); ok && out.Before(at) {
		at = out
	}
	if at.Before(now) {
		at = now
	}
	return at
}

// outOfFundsTime is the first second at which OutOfFundsAt turns true for
// l as it stands (no further top-up), false if it never does within its
// term: accrued(t - grace) = floor(price x gpus x seconds / 3600) exceeds
// what it paid plus its credits.
func outOfFundsTime(l contracts.Lease) (time.Time, bool) {
	rate := new(big.Int).Mul(l.PricePerGPUHour.Units(), big.NewInt(int64(l.GPUs)))
	if rate.Sign() <= 0 {
		return time.Time{}, false
	}
	covered := new(big.Int).Add(l.Escrow.Units(), l.Released.Units())
	covered.Add(covered, l.Credited.Units())
	// The least whole seconds s with rate*s/3600 >= covered+1.
	secs := new(big.Int).Mul(covered.Add(covered, big.NewInt(1)), big.NewInt(3600))
	secs.Add(secs, new(big.Int).Sub(rate, big.NewInt(1)))
	secs.Quo(secs, rate)
	if !secs.IsInt64() || secs.Int64() > int64(l.End.Sub(l.Start)/time.Second) {
		return time.Time{}, false
	}
	return l.Start.Add(time.Duration(secs.Int64())*time.Second + time.Duration(l.GraceSeconds)*time.Second), true
}

// reschedule puts the leases of looks still open and not yet back on the
// schedule back on it, due at once (a tick that stopped half way).
func (k *Keeper) reschedule(looks []*scheduled, now time.Time) {
	for _, s := range looks {
		if s.index < 0 && k.open[s.id] == s {
			k.push(s, now)
		}
	}
}

// push (re)schedules s at at.
func (k *Keeper) push(s *scheduled, at time.Time) {
	if s == nil {
		return
	}
	s.at = at
	if s.index >= 0 {
		heap.Fix(&k.due, s.index)
		return
	}
	heap.Push(&k.due, s)
}

// forget takes a lease off the schedule.
func (k *Keeper) forget(id uint64) {
	s, ok := k.open[id]
	if !ok {
		return
	}
	delete(k.open, id)
	if s.index >= 0 {
		heap.Remove(&k.due, s.index)
	}
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
	for id, s := range k.open {
		if s.created > rewind {
			k.forget(id)
			forgotten++
		} else {
			// Its later events may have gone too: look at it afresh.
			k.push(s, time.Time{})
		}
	}
	k.log.Warn("keeper: reorg; rescanning", "from", rewind+1, "was", k.cursor, "forgotten", forgotten)
	k.cursor = rewind
	return forgotten, nil
}

// discover follows the lease events of (cursor, head]: a created lease is
// scheduled at once, a closed one is looked at again at once (its end
// moved), an ended one is forgotten. It remembers head's hash to notice a
// reorg later.
func (k *Keeper) discover(ctx context.Context, headHeader *types.Header) error {
	head := headHeader.Number.Uint64()
	addr := k.market.Address()
	for from := k.cursor + 1; from <= head; from += k.cfg.LogRange {
		to := min(from+k.cfg.LogRange-1, head)
		logs, err := k.chain.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{addr},
			Topics:    [][]common.Hash{{k.topics.created, k.topics.closed, k.topics.ended}},
		})
		if err != nil {
			return fmt.Errorf("keeper: lease logs %d-%d: %w", from, to, err)
		}
		for i := range logs {
			k.follow(&logs[i])
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

// follow applies one lease event to the schedule.
func (k *Keeper) follow(lg *types.Log) {
	if lg.Removed || len(lg.Topics) < 2 {
		return
	}
	switch lg.Topics[0] {
	case k.topics.created:
		id, err := k.market.ParseLeaseCreated(lg)
		if err != nil {
			k.log.Warn("keeper: skip malformed log", "tx", lg.TxHash, "err", err)
			return
		}
		if s, ok := k.open[id]; ok {
			s.created = lg.BlockNumber
			k.push(s, time.Time{})
			return
		}
		s := &scheduled{id: id, created: lg.BlockNumber, index: -1}
		k.open[id] = s
		k.push(s, time.Time{})
	case k.topics.closed:
		id := new(big.Int).SetBytes(lg.Topics[1][:])
		if s, ok := k.open[id.Uint64()]; ok && id.IsUint64() {
			k.push(s, time.Time{})
		}
	case k.topics.ended:
		if id := new(big.Int).SetBytes(lg.Topics[1][:]); id.IsUint64() {
			k.forget(id.Uint64())
		}
	}
}

// leaseIDs returns the ids of leases, in order.
func leaseIDs(ls []contracts.Lease) []uint64 {
	ids := make([]uint64, len(ls))
	for i, l := range ls {
		ids[i] = l.ID
	}
	return ids
}

// isRevert reports whether err is the decoded revert name.
func isRevert(err error, name string) bool {
	var re *chain.RevertError
	return errors.As(err, &re) && re.Name == name
}

// scheduled is an open lease on the keeper's schedule.
type scheduled struct {
	id      uint64
	created uint64    // block of its LeaseCreated, to forget it on a reorg
	at      time.Time // chain time it next needs looking at
	index   int       // in the schedule heap; -1 when not in it
}

// schedule is a min-heap of leases by the time they next need looking at,
// so a tick with nothing due costs the same whatever the number of leases.
type schedule []*scheduled

func (s schedule) Len() int { return len(s) }
func (s schedule) Less(i, j int) bool {
	return s[i].at.Before(s[j].at) || (s[i].at.Equal(s[j].at) && s[i].id < s[j].id)
}
func (s schedule) Swap(i, j int) {
	s[i], s[j] = s[j], s[i]
	s[i].index, s[j].index = i, j
}
func (s *schedule) Push(x any) {
	e := x.(*scheduled)
	e.index = len(*s)
	*s = append(*s, e)
}
func (s *schedule) Pop() any {
	old := *s
	e := old[len(old)-1]
	old[len(old)-1] = nil
	e.index = -1
	*s = old[:len(old)-1]
	return e
}
