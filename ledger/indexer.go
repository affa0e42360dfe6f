package ledger

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger/internal/enc"
)

// Source is what the indexer reads from the chain: headers, logs, and
// (for Reconcile) contract calls at a block. A nil block number means the
// latest block. chain.Client satisfies it; so does *ethclient.Client.
// Implementations must be safe for concurrent use.
type Source interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Defaults of IndexerConfig.
const (
	DefaultBatchBlocks = 500
	DefaultReorgDepth  = 128
)

// IndexerConfig tunes an Indexer. Zero fields take the defaults noted.
type IndexerConfig struct {
	// Confirmations is how many blocks a block must have on top of it
	// before it is applied (default 0: the embedded chain does not reorg
	// on its own). A reorg shallower than this never reaches the mirror.
	Confirmations uint64
	// BatchBlocks is the most blocks one log query and one bbolt
	// transaction cover (default DefaultBatchBlocks).
	BatchBlocks uint64
	// ReorgDepth is how far below the head blocks keep undo records
	// (default DefaultReorgDepth). A reorg replacing older blocks stops the
	// indexer with ErrReorgTooDeep.
	ReorgDepth uint64
	// StopAt, when not zero, is the last block the indexer applies: the
	// mirror as of that block (audits, tests).
	StopAt uint64
	// Logger receives skipped logs, reorgs and errors (default
	// slog.Default() with component=ledger).
	Logger *slog.Logger
}

// Indexer follows the chain into a Store. Step applies one batch and Run
// loops over Step; both may be called from any goroutine but run one at a
// time (a second call waits for the first). Status, Lag and Reconcile are
// safe to call concurrently with them. One Store must have one Indexer.
type Indexer struct {
	store *Store
	src   Source
	m     *contracts.Manifest
	reg   *registry
	cfg   IndexerConfig
	log   *slog.Logger

	stepMu sync.Mutex // serialises Step (and so Run)
	next   *readAhead // the next batch's read, started by the last Step; guarded by stepMu

	mu     sync.Mutex // guards status
	status Status
}

// Status is where an indexer stands, as of its last Step.
type Status struct {
	// Cursor is the last block applied; Head the chain head seen by the
	// last Step.
	Cursor BlockRef `json:"cursor"`
	Head   uint64   `json:"head"`
	// Lag is Head - Cursor.Number in blocks (it includes the confirmations
	// waited for). It is only meaningful when Known.
	Lag   uint64 `json:"lag"`
	Known bool   `json:"known"`
	// CaughtUp reports that the last Step found nothing left to apply.
	CaughtUp bool `json:"caught_up"`
	// LastStep is when the last Step ended; LastError its error ("" if it
	// succeeded).
	LastStep  time.Time `json:"last_step"`
	LastError string    `json:"last_error,omitempty"`
	Stats     Stats     `json:"stats"`
}

// NewIndexer binds a store to the deployment in m, read through src. On a
// new (empty) store it records what the store mirrors; on an existing one
// it checks it: ErrOtherDeployment for another chain or deployment,
// ErrNeedsReindex for a file built by another set of handlers.
func NewIndexer(st *Store, src Source, m *contracts.Manifest, cfg IndexerConfig) (*Indexer, error) {
	reg, err := newRegistry(m)
	if err != nil {
		return nil, err
	}
	if cfg.BatchBlocks == 0 {
		cfg.BatchBlocks = DefaultBatchBlocks
	}
	if cfg.ReorgDepth == 0 {
		cfg.ReorgDepth = DefaultReorgDepth
	}
	lg := cfg.Logger
	if lg == nil {
		lg = slog.Default()
	}
	ix := &Indexer{store: st, src: src, m: m, reg: reg, cfg: cfg, log: lg.With("component", "ledger")}
	dep := deployment{ChainID: m.ChainID, DeployBlock: m.DeployBlock, Contracts: map[string]common.Address{}}
	for name, d := range m.Contracts {
		dep.Contracts[name] = d.Address
	}
	err = st.db.Update(func(tx *bolt.Tx) error {
		meta := bucket(tx, bMeta)
		_, started := readCursor(tx)
		stored := meta.Get(metaDeployment)
		switch {
		case stored == nil && !started:
			if err := meta.Put(metaDeployment, dep.encode()); err != nil {
				return err
			}
			return meta.Put(metaHandlers, []byte(reg.fingerprint))
		case !sameDeployment(stored, dep):
			return fmt.Errorf("%w: file has %s, manifest has %s", ErrOtherDeployment, stored, dep.encode())
		case string(meta.Get(metaHandlers)) != reg.fingerprint:
			if !started {
				return meta.Put(metaHandlers, []byte(reg.fingerprint))
			}
			return ErrNeedsReindex
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ledger %s: %w", st.path, err)
	}
	if cur, ok, err := st.Cursor(); err == nil && ok {
		ix.status.Cursor = cur
	}
	return ix, nil
}

// Store returns the indexer's store.
func (ix *Indexer) Store() *Store { return ix.store }

// Status returns where the indexer stands.
func (ix *Indexer) Status() Status {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.status
}

// Lag returns chain head - cursor in blocks as of the last successful Step,
// for readiness checks; ok is false until a Step has succeeded.
func (ix *Indexer) Lag() (blocks uint64, ok bool) {
	s := ix.Status()
	return s.Lag, s.Known
}

// StepResult says what one Step did.
type StepResult struct {
	// From and To are the blocks applied (To < From when none were).
	From, To uint64
	// Head is the chain head seen; Cursor the last block applied after the step.
	Head   uint64
	Cursor BlockRef
	// Logs is the number of logs read; RolledBack the blocks rolled back
	// by a reorg found in this step (the step then applies nothing).
	Logs       int
	RolledBack uint64
	// CaughtUp reports that nothing was left to apply.
	CaughtUp bool
}

// Run steps until ctx ends: at once while there is work, then every poll.
// Errors are logged and recorded in Status and retried at the next poll;
// ErrReorgTooDeep keeps failing until the file is rebuilt (Reindex). Run
// returns nil when ctx ends.
func (ix *Indexer) Run(ctx context.Context, poll time.Duration) error {
	if poll <= 0 {
		poll = time.Second
	}
	for {
		res, err := ix.Step(ctx)
		if ctx.Err() != nil {
			return nil
		}
		wait := poll
		switch {
		case errors.Is(err, errRaced):
			wait = poll / 10
		case err != nil:
			ix.log.Error("ledger step failed", "err", err)
		case !res.CaughtUp:
			continue
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// CatchUp steps until the mirror has applied every block the chain had
// when it was called (less the confirmations), or StopAt. A batch that
// raced with a reorg is retried.
func (ix *Indexer) CatchUp(ctx context.Context) error {
	for {
		res, err := ix.Step(ctx)
		switch {
		case errors.Is(err, errRaced):
			continue
		case err != nil:
			return err
		case res.CaughtUp:
			return nil
		}
	}
}

// Step applies at most one batch: it first checks that the cursor block is
// still on the chain (rolling back the orphaned blocks if not, and
// returning), then reads the logs of up to BatchBlocks blocks and applies
// them, with the new cursor, in one bbolt transaction.
func (ix *Indexer) Step(ctx context.Context) (StepResult, error) {
	ix.stepMu.Lock()
	defer ix.stepMu.Unlock()
	res, stats, err := ix.step(ctx)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.status.Stats.add(stats) // what committed, even when a later part failed
	ix.status.LastStep = time.Now()
	if err != nil {
		ix.status.LastError = err.Error()
		return res, err
	}
	ix.status.LastError = ""
	ix.status.Cursor, ix.status.Head, ix.status.CaughtUp = res.Cursor, res.Head, res.CaughtUp
	ix.status.Lag, ix.status.Known = 0, true
	if res.Head > res.Cursor.Number {
		ix.status.Lag = res.Head - res.Cursor.Number
	}
	return res, nil
}

func (ix *Indexer) step(ctx context.Context) (StepResult, Stats, error) {
	var res StepResult
	head, err := ix.src.HeaderByNumber(ctx, nil)
	if err != nil {
		return res, Stats{}, fmt.Errorf("ledger: read head: %w", err)
	}
	res.Head = head.Number.Uint64()
	cur, started, err := ix.store.Cursor()
	if err != nil {
		return res, Stats{}, fmt.Errorf("ledger: read cursor: %w", err)
	}
	res.Cursor = cur
	if started {
		rolled, newCur, stats, err := ix.followReorg(ctx, cur, res.Head)
		if err != nil || rolled > 0 {
			res.RolledBack, res.Cursor = rolled, newCur
			return res, stats, err
		}
	}

	target := uint64(0)
	if res.Head >= ix.cfg.Confirmations {
		target = res.Head - ix.cfg.Confirmations
	}
	if ix.cfg.StopAt > 0 && target > ix.cfg.StopAt {
		target = ix.cfg.StopAt
	}
	from := ix.m.DeployBlock
	if started {
		from = cur.Number + 1
	}
	res.From = from
	if from > target || target < ix.m.DeployBlock {
		res.To, res.CaughtUp = from-1, true
		return res, Stats{}, nil
	}
	to := min(target, from+ix.cfg.BatchBlocks-1)
	res.To = to
	var floor uint64 // blocks above floor are inside the undo window
	if res.Head > ix.cfg.ReorgDepth {
		floor = res.Head - ix.cfg.ReorgDepth
	}

	rd := ix.takeReadAhead(from, to, floor, cur)
	if rd == nil {
		if rd, err = ix.read(ctx, from, to, floor, cur, started); err != nil {
			return res, Stats{}, err
		}
	}
	res.Logs = len(rd.logs)
	if next := min(target, to+ix.cfg.BatchBlocks); to < target && next <= floor {
		ix.startReadAhead(ctx, to+1, next, floor, BlockRef{Number: to, Hash: rd.toHash})
	}
	stats, err := ix.apply(rd, cur, started, floor)
	if err != nil {
		return res, stats, err
	}
	res.Cursor = BlockRef{Number: to, Hash: rd.toHash}
	res.CaughtUp = to == target
	return res, stats, nil
}

// readAhead is the read of the batch after the one being applied, made
// while it applies, so that fetching logs (a node's eth_getLogs, the
// slower half of a reindex from a remote node) overlaps with writing them.
// Only batches wholly below the undo window are read ahead: they carry no
// headers to check, and the indexer takes blocks that deep as final (its
// ReorgDepth), so reading them early reads what reading them late would.
type readAhead struct {
	from, to uint64
	after    BlockRef // the cursor the batch goes on: the last block of the batch before it
	done     chan struct{}
	rd       *batchRead
	err      error
}

// startReadAhead starts reading blocks [from, to] for the next Step.
func (ix *Indexer) startReadAhead(ctx context.Context, from, to, floor uint64, after BlockRef) {
	ra := &readAhead{from: from, to: to, after: after, done: make(chan struct{})}
	ix.next = ra
	go func() {
		defer close(ra.done)
		ra.rd, ra.err = ix.read(ctx, from, to, floor, after, true)
	}()
}

// takeReadAhead returns the batch read ahead for [from, to] on cursor cur,
// waiting for it, or nil when there is none or it does not fit: the last
// apply failed (the cursor is elsewhere), the head moved so that the batch
// is no longer wholly below the undo window, or its read failed (the
// caller reads again, and meets the error itself if it persists).
func (ix *Indexer) takeReadAhead(from, to, floor uint64, cur BlockRef) *batchRead {
	ra := ix.next
	ix.next = nil
	if ra == nil {
		return nil
	}
	<-ra.done
	if ra.err != nil || ra.from != from || ra.to != to || ra.after != cur || to > floor {
		return nil
	}
	return ra.rd
}

// batchRead is one batch's input, read from the chain before the write
// transaction starts.
type batchRead struct {
	from, to uint64
	toHash   common.Hash
	toTime   time.Time
	logs     []types.Log
	blocks   []blockCtx      // in order: blocks with logs and blocks inside the undo window
	recorded map[uint64]bool // blocks inside the undo window
	byBlock  map[uint64][]*types.Log
}

// read fetches the logs of [from, to] and the headers of the blocks inside
// the undo window, checking that they form one chain on top of the cursor
// and did not change while being read (errRaced otherwise).
func (ix *Indexer) read(ctx context.Context, from, to, floor uint64, cur BlockRef, started bool) (*batchRead, error) {
	rd := &batchRead{from: from, to: to, recorded: map[uint64]bool{}, byBlock: map[uint64][]*types.Log{}}
	headers := map[uint64]*types.Header{}
	for n := max(from, floor+1); n <= to; n++ {
		h, err := ix.header(ctx, n)
		if err != nil {
			return nil, err
		}
		if prev, ok := headers[n-1]; ok && h.ParentHash != prev.Hash() {
			return nil, fmt.Errorf("ledger: block %d does not follow block %d: %w", n, n-1, errRaced)
		}
		if n == from && started && h.ParentHash != cur.Hash {
			return nil, fmt.Errorf("ledger: block %d does not follow the cursor %d: %w", n, cur.Number, errRaced)
		}
		headers[n] = h
		rd.recorded[n] = true
	}
	toHeader, ok := headers[to]
	if !ok {
		h, err := ix.header(ctx, to)
		if err != nil {
			return nil, err
		}
		toHeader = h
	}
	rd.toHash = toHeader.Hash()
	rd.toTime = time.Unix(int64(toHeader.Time), 0).UTC()

	logs, err := ix.src.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: ix.reg.addresses,
		Topics:    [][]common.Hash{ix.reg.topics},
	})
	if err != nil {
		return nil, fmt.Errorf("ledger: logs of blocks %d-%d: %w", from, to, err)
	}
	// The batch is consistent if the last block is still the same one.
	if h, err := ix.header(ctx, to); err != nil {
		return nil, err
	} else if h.Hash() != rd.toHash {
		return nil, fmt.Errorf("ledger: block %d changed while reading: %w", to, errRaced)
	}
	rd.logs = logs
	hashes := map[uint64]common.Hash{}
	times := map[uint64]uint64{}
	for i := range logs {
		l := &logs[i]
		if l.Removed || l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("ledger: log %d of block %d outside %d-%d or removed: %w", l.Index, l.BlockNumber, from, to, errRaced)
		}
		if h, ok := headers[l.BlockNumber]; ok && h.Hash() != l.BlockHash {
			return nil, fmt.Errorf("ledger: log of block %d names another block: %w", l.BlockNumber, errRaced)
		}
		if h, ok := hashes[l.BlockNumber]; ok && h != l.BlockHash {
			return nil, fmt.Errorf("ledger: logs of block %d name two blocks: %w", l.BlockNumber, errRaced)
		}
		hashes[l.BlockNumber] = l.BlockHash
		if l.BlockTimestamp != 0 {
			times[l.BlockNumber] = l.BlockTimestamp
		}
		rd.byBlock[l.BlockNumber] = append(rd.byBlock[l.BlockNumber], l)
	}
	for n, h := range headers {
		hashes[n] = h.Hash()
		times[n] = h.Time
	}
	numbers := make([]uint64, 0, len(hashes))
	for n := range hashes {
		numbers = append(numbers, n)
	}
	sort.Slice(numbers, func(i, j int) bool { return numbers[i] < numbers[j] })
	for _, n := range numbers {
		t, ok := times[n]
		if !ok { // a node that does not fill blockTimestamp in logs
			h, err := ix.header(ctx, n)
			if err != nil {
				return nil, err
			}
			if h.Hash() != hashes[n] {
				return nil, fmt.Errorf("ledger: block %d changed while reading: %w", n, errRaced)
			}
			t = h.Time
		}
		rd.blocks = append(rd.blocks, blockCtx{Number: n, Hash: hashes[n], Time: time.Unix(int64(t), 0).UTC()})
		sort.SliceStable(rd.byBlock[n], func(i, j int) bool { return rd.byBlock[n][i].Index < rd.byBlock[n][j].Index })
	}
	return rd, nil
}

// header reads a block header by number.
func (ix *Indexer) header(ctx context.Context, n uint64) (*types.Header, error) {
	h, err := ix.src.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return nil, fmt.Errorf("ledger: block %d not found: %w", n, errRaced)
	}
	if err != nil {
		return nil, fmt.Errorf("ledger: read block %d: %w", n, err)
	}
	return h, nil
}

// apply writes one batch in one bbolt transaction: the blocks' logs through
// their handlers, undo and block records for the blocks inside the undo
// window, the cursor, and the pruning of records that left the window.
func (ix *Indexer) apply(rd *batchRead, cur BlockRef, started bool, floor uint64) (Stats, error) {
	var stats Stats
	err := ix.store.db.Update(func(tx *bolt.Tx) error {
		if now, ok := readCursor(tx); ok != started || now != cur {
			return fmt.Errorf("ledger: cursor moved under the indexer (two indexers on one file?): %w", errRaced)
		}
		b, err := newBatch(tx)
		if err != nil {
			return err
		}
		b.log = ix.log
		// The highest applied key so far: a log above it cannot have been
		// applied, which spares its lookup (logs come in key order, so in
		// a catch-up or a reindex that is every log).
		top, _ := b.bk[bApplied].Cursor().Last()
		top = bytes.Clone(top)
		for _, blk := range rd.blocks {
			if err := b.beginBlock(blk, rd.recorded[blk.Number]); err != nil {
				return err
			}
			for _, l := range rd.byBlock[blk.Number] {
				ak := appliedKey(l.BlockNumber, l.Index)
				fresh := bytes.Compare(ak, top) > 0
				if fresh {
					top = ak
				}
				if err := ix.applyLog(b, l, ak, fresh); err != nil {
					return fmt.Errorf("ledger: block %d log %d: %w", l.BlockNumber, l.Index, err)
				}
			}
			if err := b.endBlock(); err != nil {
				return err
			}
		}
		if err := b.flush(); err != nil {
			return err
		}
		toRef := BlockRef{Number: rd.to, Hash: rd.toHash}
		if !rd.recorded[rd.to] {
			if err := b.putBlockRecord(blockCtx{Number: rd.to, Hash: rd.toHash, Time: rd.toTime}); err != nil {
				return err
			}
		}
		if err := b.bk[bMeta].Put(metaCursor, encodeCursor(toRef)); err != nil {
			return err
		}
		if err := b.prune(floor, rd.to); err != nil {
			return err
		}
		stats = b.stats
		return nil
	})
	if err != nil {
		return Stats{}, err
	}
	return stats, nil
}

// prune deletes block and undo records at or below floor, keeping the
// cursor's own record (keep).
func (b *batch) prune(floor, keep uint64) error {
	for _, id := range []bucketID{bBlocks, bUndo} {
		c := b.bk[id].Cursor()
		for k, _ := c.First(); k != nil && enc.ReadU64(k) <= floor; k, _ = c.Next() {
			if enc.ReadU64(k) == keep {
				continue
			}
			if err := c.Delete(); err != nil {
				return err
			}
		}
	}
	return nil
}

// applyLog runs a log's handler, once per (block hash, log index). Logs of
// unknown contracts and logs the handler finds malformed or inconsistent
// are logged and skipped; any other handler error fails the batch. ak is
// the log's applied key; fresh says it is above every key applied, so
// that the log cannot be a duplicate.
func (ix *Indexer) applyLog(b *batch, l *types.Log, ak []byte, fresh bool) error {
	var prior []byte
	if !fresh {
		prior = b.get(bApplied, ak)
	}
	if prior != nil {
		if len(prior) < 32 || common.BytesToHash(prior[:32]) != l.BlockHash {
			// The mirror holds a log of another block at this height: its
			// rollback went wrong. Stop rather than mix two branches.
			return fmt.Errorf("ledger: log %d of block %d was applied from another block %x", l.Index, l.BlockNumber, prior)
		}
		b.stats.Duplicates++
		return nil
	}
	ref := Ref{Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index}
	h, known := ix.reg.lookup(l)
	if !known {
		b.stats.UnknownContract++
		ix.log.Warn("skipped a log from a contract the ledger does not follow", "address", l.Address, "ref", ref.String())
		return nil
	}
	if h == nil {
		b.stats.Ignored++
		return nil
	}
	c := &logCtx{batch: b, reg: ix.reg, log: l, ref: ref}
	if err := h.apply(c); err != nil {
		var skip *skipError
		if !errors.As(err, &skip) {
			return err
		}
		if c.seq != 0 {
			return fmt.Errorf("ledger: %s.%s skipped a log after booking it: %w", h.contract, h.event, err)
		}
		if skip.malformed {
			b.stats.Malformed++
		} else {
			b.stats.Inconsistent++
		}
		ix.log.Warn("skipped a log", "contract", h.contract, "event", h.event, "ref", ref.String(),
			"malformed", skip.malformed, "err", err)
		return nil
	}
	v := l.BlockHash.Bytes()
	if c.seq != 0 {
		v = append(v, enc.U64(c.seq)...)
	}
	if err := b.put(bApplied, ak, v); err != nil {
		return err
	}
	b.stats.Logs++
	return nil
}

// warn logs a divergence a handler noticed but could go past.
func (c *logCtx) warn(msg string, args ...any) {
	if c.batch.log != nil {
		c.batch.log.Warn(msg, append(args, "ref", c.ref.String())...)
	}
}
