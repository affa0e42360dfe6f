package ledger

import (
	"fmt"
	"math/big"

	"github.com/gpuledger/gpuledger/ledger/internal/enc"
)

// book appends one entry to the journal for the log at ref, in the open
// block: zero-amount postings are dropped, and with none left nothing is
// booked (seq 0). It numbers the entry, stores it, updates the balances of
// the accounts and their posting indexes, and returns the entry's number.
//
// The postings are validated first; an invalid posting is a bug in a
// handler, returned as an error that fails the whole batch rather than
// leaving a journal that does not balance.
func (b *batch) book(kind Kind, ref Ref, ps ...Posting) (uint64, error) {
	kept := ps[:0:0]
	for _, p := range ps {
		if !p.Amount.IsZero() {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return 0, nil
	}
	if !b.inBlock {
		return 0, fmt.Errorf("ledger: book %s outside a block", kind)
	}
	e := Entry{Seq: b.seq + 1, Ref: ref, Time: b.blk.Time, Kind: kind, Postings: kept}
	if err := e.Postings.Validate(); err != nil {
		return 0, fmt.Errorf("ledger: %s entry for log %s: %w", kind, ref, err)
	}
	b.seq++
	b.seqDirty = true
	var unitsBuf [8]*big.Int
	units := unitsBuf[:0]
	for _, p := range kept {
		units = append(units, p.Amount.Units())
	}
	key := b.carve(func(buf []byte) []byte { return enc.AppendU64(buf, e.Seq) })
	val := b.carve(func(buf []byte) []byte { return appendEntry(buf, &e, units) })
	if err := b.put(bEntries, key, val); err != nil {
		return 0, err
	}
	// One posting index entry per account the entry touches, with the
	// account's net change and its balance after the entry.
	var deltas [8]struct {
		a Account
		d *big.Int
	}
	touched := deltas[:0]
	add := func(a Account, u *big.Int, neg bool) {
		for i := range touched {
			if touched[i].a == a {
				if neg {
					touched[i].d.Sub(touched[i].d, u)
				} else {
					touched[i].d.Add(touched[i].d, u)
				}
				return
			}
		}
		d := new(big.Int).Set(u)
		if neg {
			d.Neg(d)
		}
		touched = append(touched, struct {
			a Account
			d *big.Int
		}{a, d})
	}
	for i, p := range kept {
		add(p.Source, units[i], true)
		add(p.Destination, units[i], false)
	}
	for _, t := range touched {
		st, err := b.state(t.a)
		if err != nil {
			return 0, err
		}
		st.bal.Add(st.bal, t.d)
		st.balDirty = true
		if st.runLen == 0 {
			st.runBlock, st.runLog = ref.Block, ref.LogIndex
		}
		st.run = appendRunItem(st.run, ref.Block, ref.LogIndex, e.Seq, t.d, st.bal)
		st.runLen++
		b.markDirty(st)
	}
	b.entries++
	b.stats.Entries++
	b.stats.Postings += uint64(len(kept))
	return e.Seq, nil
}
