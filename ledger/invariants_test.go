package ledger

import (
	"bytes"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
)

// openTestIndexer opens a ledger file and binds it to the env's chain.
func openTestIndexer(t testing.TB, e *testEnv, path string, cfg IndexerConfig) *Indexer {
	t.Helper()
	st, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if cfg.Logger == nil {
		cfg.Logger = testLogger(t)
	}
	ix, err := NewIndexer(st, e.chain.Client(), e.m, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// exportOf returns a store's Export.
func exportOf(t testing.TB, st *Store) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := st.Export(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// freshExport reindexes the chain up to block stopAt (0: the head) into a
// new file and returns its export.
func freshExport(t testing.TB, src Source, m *contracts.Manifest, stopAt uint64) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fresh.db")
	if _, err := Reindex(t.Context(), path, src, m, IndexerConfig{StopAt: stopAt, Logger: testLogger(t)}); err != nil {
		t.Fatalf("reindex: %v", err)
	}
	st, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	return exportOf(t, st)
}

// requireSameExport fails with the first differing line.
func requireSameExport(t testing.TB, what string, got, want []byte) {
	t.Helper()
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < max(len(gl), len(wl)); i++ {
		var g, w []byte
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if !bytes.Equal(g, w) {
			t.Fatalf("%s: export differs from a fresh reindex at line %d (%d vs %d lines):\n mirror: %.300s\n fresh:  %.300s",
				what, i+1, len(gl), len(wl), g, w)
		}
	}
}

// checkInvariants: every entry is valid and balanced, all balances sum to
// zero, every posting index agrees with its entry, and Reconcile finds no
// difference.
func checkInvariants(t testing.TB, ix *Indexer) *Report {
	t.Helper()
	st := ix.Store()
	entries, postings := 0, 0
	for p := (PageRequest{Limit: MaxLimit}); ; {
		page, err := st.Entries(EntryFilter{}, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Items {
			entries++
			postings += len(e.Postings)
			if err := e.Validate(); err != nil {
				t.Errorf("entry %d: %v", e.Seq, err)
			}
			if uint64(entries) != e.Seq {
				t.Fatalf("entry numbers not dense: %d at position %d", e.Seq, entries)
			}
		}
		if page.Next == "" {
			break
		}
		p.After = page.Next
	}
	sum := new(big.Int)
	accounts := 0
	for p := (PageRequest{Limit: MaxLimit}); ; {
		page, err := st.Balances("", p)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range page.Items {
			accounts++
			sum.Add(sum, b.Balance.Units())
			if err := b.Account.Validate(); err != nil {
				t.Errorf("balance of a malformed account: %v", err)
			}
		}
		if page.Next == "" {
			break
		}
		p.After = page.Next
	}
	if sum.Sign() != 0 {
		t.Errorf("sum of all %d balances = %s, want 0", accounts, formatUnits(sum))
	}
	rep, err := ix.Reconcile(t.Context())
	if err != nil {
		t.Fatalf("reconcile: %v", err)
	}
	for _, d := range rep.Differences {
		t.Errorf("reconcile: %s", d)
	}
	t.Logf("%d entries, %d postings, %d accounts; reconcile compared %d figures at block %d",
		entries, postings, accounts, rep.Checked, rep.Block)
	return rep
}

// TestInvariantsAfterRandomWorkload runs a random workload over every
// money path (leases, settlements with SLA credits, top-ups, closes,
// revenue splits, claims, fee and reserve withdrawals, share transfers,
// mints, wallet transfers, oracle reports), indexes it in small batches
// and checks the journal's invariants, Reconcile, the queries, and that
// the mirror equals a fresh reindex.
func TestInvariantsAfterRandomWorkload(t *testing.T) {
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealInstant})
	w := newWorkload(t, e, 2026, 3)
	ix := openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), IndexerConfig{BatchBlocks: 37, ReorgDepth: 64})
	for i := range 220 {
		w.step(t)
		if i%50 == 0 { // index while the workload runs, as serve does
			if err := ix.CatchUp(t.Context()); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Let every lease run out and settle for good.
	if err := e.chain.AdjustTime(8 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := w.settleAll(t); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if err := w.report(t); err != nil && !tolerable(err) {
			t.Fatal(err)
		}
	}
	if err := ix.CatchUp(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Logf("workload: %v", w.counts)
	s := ix.Status()
	t.Logf("indexer: %+v", s.Stats)
	if s.Stats.Malformed+s.Stats.Inconsistent+s.Stats.UnknownContract != 0 {
		t.Errorf("skipped logs on a clean chain: %+v", s.Stats)
	}
	checkInvariants(t, ix)
	requireSameExport(t, "random workload", exportOf(t, ix.Store()), freshExport(t, e.chain.Client(), e.m, 0))
	checkQueries(t, ix.Store(), w)
	checkBalanceAtBlock(t, e, ix.Store(), w)
	credited, ended := checkLeasesByTheRule(t, e, ix.Store(), w)
	reported := 0
	for _, r := range w.reports {
		reported += len(r)
	}
	t.Logf("%d leases, %d ended, %d earned SLA credits; %d epochs reported", len(w.leases), ended, credited, reported)
	// A workload that is mostly refusals or no-ops tests nothing: each
	// kind of operation succeeded at least this often (the seed's run
	// does about twice as many), and SLA credits were earned.
	for kind, least := range map[string]int{"lease": 25, "settle": 15, "topup": 4, "close": 4, "advance": 15,
		"shares": 6, "claim": 8, "report": 6} {
		if w.counts[kind] < least {
			t.Errorf("%d successful %q operations (%d refused), want at least %d", w.counts[kind], kind, w.counts[kind+" (refused)"], least)
		}
	}
	if credited < 3 || ended < len(w.leases)*3/4 {
		t.Errorf("%d leases earned SLA credits, %d of %d ended: the workload exercises too little", credited, ended, len(w.leases))
	}
}

// checkQueries pages through the lease indexes and compares with a filter
// over all leases.
func checkQueries(t *testing.T, st *Store, w *workload) {
	t.Helper()
	all := collect(t, func(p PageRequest) (Page[contracts.Lease], error) { return st.Leases(LeaseFilter{}, p) })
	if len(all) != len(w.leases) {
		t.Fatalf("%d leases mirrored, %d opened", len(all), len(w.leases))
	}
	for _, r := range w.renters {
		addr := r.Address()
		got := collect(t, func(p PageRequest) (Page[contracts.Lease], error) {
			return st.Leases(LeaseFilter{Renter: &addr, Status: contracts.LeaseEnded}, PageRequest{After: p.After, Limit: 3})
		})
		want := 0
		for _, l := range all {
			if l.Renter == addr && l.Status == contracts.LeaseEnded {
				want++
			}
		}
		if len(got) != want {
			t.Errorf("ended leases of %s: %d, want %d", addr, len(got), want)
		}
	}
	for _, a := range w.assets {
		id := a.ID
		got := collect(t, func(p PageRequest) (Page[contracts.Lease], error) {
			return st.Leases(LeaseFilter{AssetID: &id}, PageRequest{After: p.After, Limit: 2})
		})
		for i := 1; i < len(got); i++ {
			if got[i].ID <= got[i-1].ID {
				t.Fatalf("leases of asset %d out of order", id)
			}
		}
		listings := collect(t, func(p PageRequest) (Page[contracts.Listing], error) {
			return st.Listings(ListingFilter{AssetID: &id}, p)
		})
		if len(listings) != 1 {
			t.Errorf("asset %d has %d listings, want 1", id, len(listings))
		}
	}
	for _, h := range w.holders {
		hs, err := st.Holdings(h.Address(), PageRequest{})
		if err != nil {
			t.Fatal(err)
		}
		if len(hs.Items) == 0 {
			t.Errorf("holder %s has no holdings", h.Address())
		}
		// A holder's statement: its wallet's entries with running balances.
		lines := collect(t, func(p PageRequest) (Page[EntryLine], error) {
			return st.Entries(EntryFilter{Account: Wallet(h.Address())}, PageRequest{After: p.After, Limit: 4})
		})
		running := new(big.Int)
		for _, l := range lines {
			running.Add(running, l.Delta.Units())
			if running.Cmp(l.Balance.Units()) != 0 {
				t.Fatalf("statement of %s: running %s, line says %s", h.Address(), formatUnits(running), l.Balance)
			}
		}
		bal, _ := st.Balance(Wallet(h.Address()), 0)
		if bal.Units().Cmp(running) != 0 {
			t.Errorf("statement of %s ends at %s, balance %s", h.Address(), formatUnits(running), bal)
		}
	}
	// Entries by time range, all and by account, against a filter over all.
	all2 := collect(t, func(p PageRequest) (Page[EntryLine], error) { return st.Entries(EntryFilter{}, p) })
	from, to := all2[len(all2)/4].Time, all2[3*len(all2)/4].Time
	var want, wantAcct int
	acct := Wallet(w.renters[0].Address())
	for _, e := range all2 {
		if !e.Time.Before(from) && e.Time.Before(to) {
			want++
			for _, p := range e.Postings {
				if p.Source == acct || p.Destination == acct {
					wantAcct++
					break
				}
			}
		}
	}
	got := collect(t, func(p PageRequest) (Page[EntryLine], error) {
		return st.Entries(EntryFilter{From: from, To: to}, PageRequest{After: p.After, Limit: 7})
	})
	gotAcct := collect(t, func(p PageRequest) (Page[EntryLine], error) {
		return st.Entries(EntryFilter{Account: acct, From: from, To: to}, PageRequest{After: p.After, Limit: 2})
	})
	if len(got) != want || len(gotAcct) != wantAcct || want == 0 {
		t.Errorf("entries in [%s, %s): %d, want %d; of %s: %d, want %d", from, to, len(got), want, acct, len(gotAcct), wantAcct)
	}
	if _, err := st.Leases(LeaseFilter{}, PageRequest{After: "not-a-cursor!"}); err == nil {
		t.Error("a bad cursor was accepted")
	}
}

func collect[T any](t testing.TB, page func(PageRequest) (Page[T], error)) []T {
	t.Helper()
	var out []T
	p := PageRequest{}
	for range 10_000 {
		pg, err := page(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, pg.Items...)
		if pg.Next == "" {
			return out
		}
		p.After = pg.Next
	}
	t.Fatal("pagination does not end")
	return nil
}

// checkBalanceAtBlock compares wallet balances at past blocks, computed
// from the journal, with the token's balanceOf at those blocks.
func checkBalanceAtBlock(t *testing.T, e *testEnv, st *Store, w *workload) {
	t.Helper()
	head := e.head(t).Number.Uint64()
	for i := range 12 {
		block := e.m.DeployBlock + uint64(w.rng.Int64N(int64(head-e.m.DeployBlock)+1))
		r := w.renters[i%len(w.renters)]
		got, err := st.Balance(Wallet(r.Address()), block)
		if err != nil {
			t.Fatal(err)
		}
		out, err := e.chain.Client().CallContract(e.ctx, callTo(e.token.Address(), tokenABI.PackBalanceOf(r.Address())), new(big.Int).SetUint64(block))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := tokenABI.UnpackBalanceOf(out)
		if got.Units().Cmp(want) != 0 {
			t.Errorf("balance of %s at block %d: ledger %s, chain %s", r.Address(), block, got, formatUnits(want))
		}
	}
}
