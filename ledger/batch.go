package ledger

import (
	"cmp"
	"fmt"
	"log/slog"
	"math/big"
	"reflect"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/ledger/internal/enc"
)

// batch is one bbolt write transaction of the indexer: it applies whole
// blocks, in order, and everything it writes commits or rolls back
// together with the cursor.
//
// While a block is open with undo recording on (a block recent enough to
// be reorganised away), every key changed through put and del has its value
// from before the block appended to the block's undo records, once per key;
// endBlock stores them. Rolling the block back replays them (undo.go).
//
// The journal's hot state - the entry counter and the balances touched -
// is cached in the batch and written back at the end of each recorded
// block, or at the end of the batch when no block needs undo records.
//
// A batch lives inside one bolt.Tx and is used by one goroutine; byte
// slices read through it are valid only until the transaction ends.
type batch struct {
	tx *bolt.Tx
	bk [numBuckets]*bolt.Bucket

	// The block being applied.
	blk       blockCtx
	inBlock   bool
	recording bool                // undo records are kept for this block
	undo      []byte              // this block's undo records so far
	recorded  map[string]struct{} // bucket+key already in undo
	entries   int                 // entries booked in this block

	seq      uint64 // last entry number
	seqDirty bool
	accts    map[Account]*acctState // accounts touched in this batch
	dirty    []*acctState           // accounts with a changed balance or pending index entries
	nAcct    uint32                 // last account number
	acctNew  []*acctState           // accounts numbered since the last flush

	arena []byte // backing store of keys and values written in this transaction

	// Decoded entities of the hot buckets (cachedBucket), read or written in
	// this batch; written back as JSON by flush.
	ents     map[entKey]*entCache
	entDirty []*entCache

	stats Stats        // what this batch did; added to the indexer's after commit
	log   *slog.Logger // divergences handlers notice; nil: none logged
}

// blockCtx is the block a batch is applying.
type blockCtx struct {
	Number uint64
	Hash   common.Hash
	Time   time.Time
}

func newBatch(tx *bolt.Tx) (*batch, error) {
	b := &batch{tx: tx, accts: map[Account]*acctState{}, ents: map[entKey]*entCache{}}
	for id := range numBuckets {
		b.bk[id] = bucket(tx, id)
		if b.bk[id] == nil {
			return nil, fmt.Errorf("ledger: bucket %s missing", bucketNames[id])
		}
	}
	b.seq = enc.ReadU64(b.bk[bMeta].Get(metaSeq))
	b.nAcct = uint32(enc.ReadU64(b.bk[bMeta].Get(metaAccounts)))
	// Append-only buckets: full pages.
	for _, id := range []bucketID{bEntries, bApplied, bBlockTimes, bAccountNames} {
		b.bk[id].FillPercent = 1.0
	}
	return b, nil
}

// beginBlock opens block blk; record says whether to keep undo records.
func (b *batch) beginBlock(blk blockCtx, record bool) error {
	if record && !b.recording {
		// Cached state of earlier unrecorded blocks goes to disk first, so
		// that the undo records of this block capture this block only.
		if err := b.flush(); err != nil {
			return err
		}
	}
	b.blk, b.inBlock, b.recording = blk, true, record
	b.undo, b.entries = b.undo[:0], 0
	if record {
		clear(b.recorded)
		if b.recorded == nil {
			b.recorded = map[string]struct{}{}
		}
	}
	return nil
}

// endBlock closes the block: it writes back cached state (recorded
// blocks), indexes the block's time if it has entries, and stores the undo
// records and the block's hash for reorg detection.
func (b *batch) endBlock() error {
	if b.entries > 0 {
		k := append(enc.U64(uint64(b.blk.Time.Unix())), enc.U64(b.blk.Number)...)
		if err := b.put(bBlockTimes, k, []byte{}); err != nil {
			return err
		}
	}
	if b.recording {
		if err := b.flush(); err != nil {
			return err
		}
		if len(b.undo) > 0 {
			if err := b.bk[bUndo].Put(enc.U64(b.blk.Number), append([]byte(nil), b.undo...)); err != nil {
				return err
			}
		}
		if err := b.putBlockRecord(b.blk); err != nil {
			return err
		}
	} else {
		if err := b.bk[bMeta].Put(metaNoUndo, enc.U64(b.blk.Number)); err != nil {
			return err
		}
	}
	b.inBlock, b.recording = false, false
	b.stats.Blocks++
	return nil
}

// putBlockRecord stores a block's hash and time (bookkeeping: not undone,
// deleted by rollback and pruning).
func (b *batch) putBlockRecord(blk blockCtx) error {
	v := append(blk.Hash.Bytes(), enc.U64(uint64(blk.Time.Unix()))...)
	return b.bk[bBlocks].Put(enc.U64(blk.Number), v)
}

// flush writes the cached entry counter, account numbers, balances and
// index runs back, accounts in number order.
func (b *batch) flush() error {
	if len(b.acctNew) > 0 {
		for _, st := range b.acctNew {
			n := enc.AppendU32(nil, st.n)
			if err := b.put(bAccounts, []byte(st.name), n); err != nil {
				return err
			}
			if err := b.put(bAccountNames, n, []byte(st.name)); err != nil {
				return err
			}
		}
		b.acctNew = b.acctNew[:0]
		if err := b.put(bMeta, metaAccounts, enc.U64(uint64(b.nAcct))); err != nil {
			return err
		}
	}
	if b.seqDirty {
		if err := b.put(bMeta, metaSeq, enc.U64(b.seq)); err != nil {
			return err
		}
		b.seqDirty = false
	}
	slices.SortFunc(b.dirty, func(x, y *acctState) int { return cmp.Compare(x.n, y.n) })
	for _, st := range b.dirty {
		if st.runLen > 0 {
			v := b.carve(func(buf []byte) []byte {
				return append(enc.AppendUvarint(buf, uint64(st.runLen)), st.run...)
			})
			if err := b.put(bPostings, runKey(st.n, st.runBlock, st.runLog), v); err != nil {
				return err
			}
			st.run, st.runLen = st.run[:0], 0
		}
		if st.balDirty {
			if err := b.put(bBalances, []byte(st.name), []byte(formatUnits(st.bal))); err != nil {
				return err
			}
			st.balDirty = false
		}
		st.inDirty = false
	}
	b.dirty = b.dirty[:0]
	for _, e := range b.entDirty {
		if e.val == nil {
			if err := b.del(e.key.id, []byte(e.key.k)); err != nil {
				return err
			}
		} else {
			raw, err := encodeRecord(e.val)
			if err != nil {
				return fmt.Errorf("ledger: encode %s/%x: %w", bucketNames[e.key.id], e.key.k, err)
			}
			if err := b.put(e.key.id, []byte(e.key.k), raw); err != nil {
				return err
			}
		}
		e.dirty = false
	}
	b.entDirty = b.entDirty[:0]
	return nil
}

// put sets k to v in bucket id, recording the previous value when the
// block keeps undo records. v must not be modified afterwards (bbolt keeps
// it until commit).
func (b *batch) put(id bucketID, k, v []byte) error {
	if b.recording {
		b.record(id, k)
	}
	return b.bk[id].Put(k, v)
}

// del deletes k from bucket id, recording its value when the block keeps
// undo records.
func (b *batch) del(id bucketID, k []byte) error {
	if b.recording {
		b.record(id, k)
	}
	return b.bk[id].Delete(k)
}

// record appends k's current value (or its absence) to the block's undo
// records, the first time k is touched in the block.
func (b *batch) record(id bucketID, k []byte) {
	rk := string(append([]byte{byte(id)}, k...))
	if _, done := b.recorded[rk]; done {
		return
	}
	b.recorded[rk] = struct{}{}
	b.undo = appendUndo(b.undo, id, k, b.bk[id].Get(k))
}

// carve returns build(buf) in memory that stays untouched until the
// transaction ends, as bbolt requires of the keys and values it is given:
// small keys and values are appended to a chunk that is never reused.
// build must only append to buf.
func (b *batch) carve(build func(buf []byte) []byte) []byte {
	const chunk = 256 << 10
	if cap(b.arena)-len(b.arena) < 512 {
		b.arena = make([]byte, 0, chunk)
	}
	start := len(b.arena)
	out := build(b.arena[start:start:cap(b.arena)])
	if len(out) > 0 && &out[0] != &b.arena[:start+1][start] {
		return out // did not fit: build allocated its own
	}
	b.arena = b.arena[:start+len(out)]
	return b.arena[start : start+len(out) : start+len(out)]
}

// cachedBucket reports the entity buckets whose records handlers read and
// write several times per batch: they are kept decoded in the batch and
// written back once by flush.
func cachedBucket(id bucketID) bool {
	return id == bLeases || id == bListings || id == bPools || id == bHoldings || id == bAssets
}

type entKey struct {
	id bucketID
	k  string
}

// entCache is a decoded entity (a pointer to its struct), nil when deleted.
type entCache struct {
	key   entKey
	val   any
	dirty bool
}

// present is what get returns for a cached entity: any non-nil value;
// callers of get on cached buckets only test for existence.
var present = []byte{1}

// get returns k's value in bucket id (nil if absent), valid until the
// transaction ends or the key is written again. For a cached bucket it only
// tells whether the key exists.
func (b *batch) get(id bucketID, k []byte) []byte {
	if cachedBucket(id) {
		if e, ok := b.ents[entKey{id, string(k)}]; ok {
			if e.val == nil {
				return nil
			}
			return present
		}
	}
	return b.bk[id].Get(k)
}

// getJSON decodes k's value into v (a pointer to a struct); ok is false
// when k is absent. Values of cached buckets come from the batch's cache;
// v receives a shallow copy, so handlers must replace, not mutate, the big
// numbers inside (money.Amount and contracts.Shares are used that way).
func (b *batch) getJSON(id bucketID, k []byte, v any) (ok bool, err error) {
	if cachedBucket(id) {
		ek := entKey{id, string(k)}
		e, hit := b.ents[ek]
		if !hit {
			raw := b.bk[id].Get(k)
			e = &entCache{key: ek}
			if raw != nil {
				val := reflect.New(reflect.TypeOf(v).Elem())
				if err := decodeRecord(raw, val.Interface()); err != nil {
					return false, fmt.Errorf("ledger: decode %s/%x: %w", bucketNames[id], k, err)
				}
				e.val = val.Interface()
			}
			b.ents[ek] = e
		}
		if e.val == nil {
			return false, nil
		}
		reflect.ValueOf(v).Elem().Set(reflect.ValueOf(e.val).Elem())
		return true, nil
	}
	raw := b.bk[id].Get(k)
	if raw == nil {
		return false, nil
	}
	if err := decodeRecord(raw, v); err != nil {
		return false, fmt.Errorf("ledger: decode %s/%x: %w", bucketNames[id], k, err)
	}
	return true, nil
}

// putJSON stores v (a struct or a pointer to one) under k: encoded now
// (encodeRecord: JSON but for leases), or, for a cached bucket, a copy kept
// decoded until flush.
func (b *batch) putJSON(id bucketID, k []byte, v any) error {
	if cachedBucket(id) {
		rv := reflect.ValueOf(v)
		if rv.Kind() == reflect.Pointer {
			rv = rv.Elem()
		}
		cp := reflect.New(rv.Type())
		cp.Elem().Set(rv)
		b.setCached(entKey{id, string(k)}, cp.Interface())
		return nil
	}
	raw, err := encodeRecord(v)
	if err != nil {
		return fmt.Errorf("ledger: encode %s/%x: %w", bucketNames[id], k, err)
	}
	return b.put(id, k, raw)
}

// delJSON deletes k from an entity bucket.
func (b *batch) delJSON(id bucketID, k []byte) error {
	if cachedBucket(id) {
		b.setCached(entKey{id, string(k)}, nil)
		return nil
	}
	return b.del(id, k)
}

func (b *batch) setCached(ek entKey, val any) {
	e, ok := b.ents[ek]
	if !ok {
		e = &entCache{key: ek}
		b.ents[ek] = e
	}
	e.val = val
	if !e.dirty {
		e.dirty = true
		b.entDirty = append(b.entDirty, e)
	}
}

// acctState is what a batch caches of one account: its number in index
// keys, its balance, and its index entries not written yet (in chain
// order).
type acctState struct {
	name     Account
	n        uint32
	bal      *big.Int
	balDirty bool
	inDirty  bool
	// The account's index entries not written yet: a run (codec.go).
	run      []byte
	runLen   int
	runBlock uint64
	runLog   uint
}

// state returns the account's cached state, reading or numbering it on
// first use.
func (b *batch) state(a Account) (*acctState, error) {
	if st, ok := b.accts[a]; ok {
		return st, nil
	}
	st := &acctState{name: a, bal: new(big.Int)}
	if raw := b.bk[bBalances].Get([]byte(a)); raw != nil {
		u, err := parseUnits(string(raw))
		if err != nil {
			return nil, fmt.Errorf("ledger: balance of %s: %w", a, err)
		}
		st.bal = u
	}
	if raw := b.bk[bAccounts].Get([]byte(a)); len(raw) == 4 {
		st.n = enc.ReadU32(raw)
	} else {
		b.nAcct++
		st.n = b.nAcct
		b.acctNew = append(b.acctNew, st)
	}
	b.accts[a] = st
	return st, nil
}

// balance returns an account's balance as the batch stands (a copy),
// without numbering an account that has none yet.
func (b *batch) balance(a Account) (*big.Int, error) {
	if st, ok := b.accts[a]; ok {
		return new(big.Int).Set(st.bal), nil
	}
	raw := b.bk[bBalances].Get([]byte(a))
	if raw == nil {
		return new(big.Int), nil
	}
	u, err := parseUnits(string(raw))
	if err != nil {
		return nil, fmt.Errorf("ledger: balance of %s: %w", a, err)
	}
	return u, nil
}

// markDirty queues the account for the next flush.
func (b *batch) markDirty(st *acctState) {
	if !st.inDirty {
		st.inDirty = true
		b.dirty = append(b.dirty, st)
	}
}
