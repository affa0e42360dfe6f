package ledger

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/ledger/internal/enc"
	"github.com/gpuledger/gpuledger/money"
)

// Stored layout of entries and postings. Binary rather than JSON because
// the journal is the hot path of indexing (see BenchmarkJournal); amounts
// are still exact decimal strings.

const entryFormat = 1

// encodeEntry: format(1) seq block blockhash(32) txhash(32) logindex
// time(unix s) kind npostings {source destination amount}. units are the
// postings' amounts in token units (nil: computed), dst a buffer to append to.
func encodeEntry(e *Entry) []byte { return appendEntry(nil, e, nil) }

func appendEntry(b []byte, e *Entry, units []*big.Int) []byte {
	b = append(b, entryFormat)
	b = enc.AppendUvarint(b, e.Seq)
	b = enc.AppendUvarint(b, e.Ref.Block)
	b = append(b, e.Ref.BlockHash[:]...)
	b = append(b, e.Ref.TxHash[:]...)
	b = enc.AppendUvarint(b, uint64(e.Ref.LogIndex))
	b = enc.AppendUvarint(b, uint64(e.Time.Unix()))
	b = enc.AppendString(b, string(e.Kind))
	b = enc.AppendUvarint(b, uint64(len(e.Postings)))
	var num [96]byte
	for i, p := range e.Postings {
		b = enc.AppendString(b, string(p.Source))
		b = enc.AppendString(b, string(p.Destination))
		var u *big.Int
		if units != nil {
			u = units[i]
		} else {
			u = p.Amount.Units()
		}
		b = enc.AppendBytes(b, appendUnits(num[:0], u))
	}
	return b
}

func decodeEntry(v []byte) (Entry, error) {
	r := enc.NewReader(v)
	if f := r.Byte(); f != entryFormat {
		return Entry{}, fmt.Errorf("entry: unknown format %d: %w", f, enc.ErrCorrupt)
	}
	var e Entry
	e.Seq = r.Uvarint()
	e.Ref.Block = r.Uvarint()
	e.Ref.BlockHash = common.BytesToHash(r.Fixed(32))
	e.Ref.TxHash = common.BytesToHash(r.Fixed(32))
	e.Ref.LogIndex = uint(r.Uvarint())
	e.Time = time.Unix(int64(r.Uvarint()), 0).UTC()
	e.Kind = Kind(r.String())
	n := r.Uvarint()
	if r.Err() != nil || n > uint64(r.Len()) {
		return Entry{}, fmt.Errorf("entry: %w", enc.ErrCorrupt)
	}
	e.Postings = make(Postings, n)
	for i := range e.Postings {
		e.Postings[i].Source = Account(r.String())
		e.Postings[i].Destination = Account(r.String())
		amt, err := money.Parse(r.String())
		if err != nil && r.Err() == nil {
			return Entry{}, fmt.Errorf("entry %d posting %d: %w", e.Seq, i, err)
		}
		e.Postings[i].Amount = amt
	}
	if r.Err() != nil {
		return Entry{}, fmt.Errorf("entry: %w", r.Err())
	}
	return e, nil
}

// The per-account index is kept in runs: one record per account per
// write-back (per batch while catching up, per block inside the undo
// window) holding every entry of that stretch that touched the account, in
// chain order. One put per account per batch instead of one per entry is
// what keeps the journal close to bbolt's raw put rate.
//
// Key: account number(4) block(8) log index(4) of the run's first entry,
// so an account's runs are in chain order. Value: count, then per entry
// block, log index, entry number (varints), the entry's net change to the
// account and the balance after it (decimal strings).

// runKey is a run's key.
func runKey(acct uint32, block uint64, logIndex uint) []byte {
	k := make([]byte, 0, 16)
	k = binary.BigEndian.AppendUint32(k, acct)
	k = binary.BigEndian.AppendUint64(k, block)
	return binary.BigEndian.AppendUint32(k, uint32(logIndex))
}

// runPrefix is the prefix of every run key of an account.
func runPrefix(acct uint32) []byte { return enc.AppendU32(nil, acct) }

// appendRunItem appends one entry's line to a run being built.
func appendRunItem(b []byte, block uint64, logIndex uint, seq uint64, delta, after *big.Int) []byte {
	var num [96]byte
	b = enc.AppendUvarint(b, block)
	b = enc.AppendUvarint(b, uint64(logIndex))
	b = enc.AppendUvarint(b, seq)
	b = enc.AppendBytes(b, appendUnits(num[:0], delta))
	return enc.AppendBytes(b, appendUnits(num[:0], after))
}

// runItem is one line of a run.
type runItem struct {
	block    uint64
	logIndex uint
	seq      uint64
	delta    []byte // decimal string
	after    []byte
}

// decodeRun reads a run's lines (aliasing v).
func decodeRun(v []byte) ([]runItem, error) {
	r := enc.NewReader(v)
	n := r.Uvarint()
	if r.Err() != nil || n > uint64(r.Len()) {
		return nil, fmt.Errorf("posting run: %w", enc.ErrCorrupt)
	}
	items := make([]runItem, n)
	for i := range items {
		items[i] = runItem{block: r.Uvarint(), logIndex: uint(r.Uvarint()), seq: r.Uvarint(), delta: r.Bytes(), after: r.Bytes()}
	}
	if r.Err() != nil {
		return nil, fmt.Errorf("posting run: %w", r.Err())
	}
	return items, nil
}

// AccountPosting is what one entry did to one account, as the account's
// statement shows it.
type AccountPosting struct {
	Seq     uint64  `json:"seq"`
	Block   uint64  `json:"block"`
	Account Account `json:"account"`
	// Delta is the entry's net change to the account: negative when the
	// account paid.
	Delta Balance `json:"delta"`
	// After is the account's balance after the entry.
	After Balance `json:"balance_after"`
}

func (it runItem) posting(a Account) (AccountPosting, error) {
	delta, derr := parseUnits(string(it.delta))
	after, aerr := parseUnits(string(it.after))
	if derr != nil || aerr != nil {
		return AccountPosting{}, fmt.Errorf("posting of %s: %w", a, enc.ErrCorrupt)
	}
	return AccountPosting{Seq: it.seq, Block: it.block, Account: a, Delta: Balance{units: delta}, After: Balance{units: after}}, nil
}
