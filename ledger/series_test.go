package ledger

import (
	"errors"
	"math/big"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/yield"
)

// TestHourlyRevenueSeries: two leases of one asset settled every 20 minutes for
// three hours and more (two releases per block), and a capacity backstop
// paying the same revenue account for idle hours; indexed in batches of
// three blocks, so that ranges start inside posting runs. Over each range
// the series is what the journal's lease releases give, hour by hour, and
// sums to the yield's gross revenue to the unit; backstop payments and
// the splits out of the account are not counted.
func TestHourlyRevenueSeries(t *testing.T) {
	b := newBackstopEnv(t, IndexerConfig{BatchBlocks: 3, ReorgDepth: 4}, "1000", 1)
	e, ix, ctx, op, renter, provider, a, bs := b.testEnv, b.ix, b.ctx, b.op, b.renters[0], b.provider, b.asset, b.bs
	// An asset commissioned two years ago that never earned: its default
	// range is the last MaxSeriesSpan, and empty.
	oldSpec := h100Spec(1500, 500)
	oldSpec.CommissionedAt = e.headTime(t).AddDate(-2, 0, 0).UTC()
	old, _, err := e.assets.Tokenize(ctx, op, oldSpec)
	if err != nil {
		t.Fatal(err)
	}
	lst, _, err := e.market.CreateListing(ctx, op, a.ID, contracts.ListingSpec{GPUs: 8, PricePerGPUHour: money.MustParse("2.333333"), MinHours: 1, MaxHours: 8})
	if err != nil {
		t.Fatal(err)
	}
	bsID, _, err := bs.Commit(ctx, provider, contracts.BackstopSpec{AssetID: a.ID, FloorPricePerGPUHour: money.MustParse("0.75"), Amount: money.MustParse("100"), Hours: 2})
	if err != nil {
		t.Fatal(err)
	}
	commitment, err := bs.Commitment(ctx, bsID)
	if err != nil {
		t.Fatal(err)
	}
	toHour := func(h uint64, off time.Duration) { b.toHour(t, h, off) }
	toHour(commitment.StartHour, 5*time.Minute)
	var leases []uint64
	for _, terms := range []struct{ gpus, hours uint32 }{{2, 4}, {1, 3}} {
		deposit := new(big.Int).Mul(lst.PricePerGPUHour.Units(), big.NewInt(int64(terms.gpus*terms.hours)))
		l, _, err := e.market.OpenLease(ctx, renter, contracts.LeaseRequest{ListingID: lst.ID, GPUs: terms.gpus, Hours: terms.hours, Deposit: money.MustFromUnits(deposit)})
		if err != nil {
			t.Fatal(err)
		}
		leases = append(leases, l.ID)
	}
	for range 13 {
		if err := e.chain.AdjustTime(20 * time.Minute); err != nil {
			t.Fatal(err)
		}
		if _, err := e.market.SettleMany(ctx, e.admin, leases...); err != nil {
			t.Fatal(err)
		}
	}
	toHour(commitment.StartHour+2, time.Minute)
	if _, _, err := bs.Settle(ctx, e.admin, bsID, 0); err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	st := ix.Store()
	snap := snapshotOf(t, st)

	// The reference: the journal's entries of the revenue account.
	revenue := AssetRevenue(a.ID)
	journal := collect(t, func(p PageRequest) (Page[EntryLine], error) { return st.Entries(EntryFilter{Account: revenue}, p) })
	var releases []Entry
	kinds := map[Kind]int{}
	for _, en := range journal {
		kinds[en.Kind]++
		if en.Kind == KindLeaseRelease {
			releases = append(releases, en.Entry)
		}
		// The series reads an entry's time and kind alone: as decoded whole.
		at, kind, err := entryTimeKind(encodeEntry(&en.Entry))
		if err != nil || !at.Equal(en.Time) || kind != en.Kind {
			t.Fatalf("entry %d: time and kind %s %s %v, decoded whole %s %s", en.Seq, at, kind, err, en.Time, en.Kind)
		}
	}
	if kinds[KindBackstopPayment] == 0 || kinds[KindRevenueSplit] == 0 || len(releases) < 20 {
		t.Fatalf("the workload exercises too little: %v", kinds)
	}
	first, last := releases[0].Time, releases[len(releases)-1].Time
	mid := releases[len(releases)/2]

	commissioned := h100Spec(0, 0).CommissionedAt
	for _, tc := range []struct {
		name     string
		asset    uint64
		from, to time.Time
		// wantFrom and wantTo are the range answered, when not from and to.
		wantFrom, wantTo time.Time
		minHours         int
		err              error
	}{
		{name: "default: the asset's life", asset: a.ID, wantFrom: commissioned, wantTo: snap.Time.Add(time.Second), minHours: 4},
		{name: "every release", asset: a.ID, from: first.Truncate(time.Hour), to: last.Add(time.Hour), minHours: 4},
		{name: "from a release's second, inside a run", asset: a.ID, from: mid.Time, to: last.Add(time.Second), minHours: 2},
		{name: "from the second after a release", asset: a.ID, from: mid.Time.Add(time.Second), to: last.Add(time.Second), minHours: 2},
		{name: "to a release's second, excluded", asset: a.ID, from: first, to: mid.Time, minHours: 2},
		{name: "one whole hour", asset: a.ID, from: mid.Time.Truncate(time.Hour), to: mid.Time.Truncate(time.Hour).Add(time.Hour), minHours: 1},
		{name: "not on the hour", asset: a.ID, from: first.Add(7 * time.Minute), to: last.Add(-11 * time.Minute), minHours: 3},
		{name: "before any entry", asset: a.ID, from: commissioned, to: commissioned.Add(time.Hour)},
		{name: "after the last block", asset: a.ID, from: last.Add(24 * time.Hour), to: last.Add(25 * time.Hour)},
		{name: "the longest range", asset: a.ID, from: last.Add(time.Hour).Add(-MaxSeriesSpan), to: last.Add(time.Hour), minHours: 4},
		{name: "default, commissioned long ago: its last MaxSeriesSpan", asset: old.ID,
			wantFrom: snap.Time.Add(time.Second).Add(-MaxSeriesSpan), wantTo: snap.Time.Add(time.Second)},
		{name: "an asset that never earned", asset: old.ID, from: first, to: last},
		{name: "unknown asset", asset: 99, err: ErrNotFound},
		{name: "unknown asset, with a range", asset: 99, from: first, to: last, err: ErrNotFound},
		{name: "inverted", asset: a.ID, from: last, to: first, err: ErrSeriesRange},
		{name: "empty", asset: a.ID, from: first, to: first, err: ErrSeriesRange},
		{name: "from only", asset: a.ID, from: first, err: ErrSeriesRange},
		{name: "to only", asset: a.ID, to: last, err: ErrSeriesRange},
		{name: "a second longer than the cap", asset: a.ID, from: first, to: first.Add(MaxSeriesSpan + time.Second), err: ErrSeriesRange},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := st.HourlyRevenue(tc.asset, tc.from, tc.to)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("error %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			wantFrom, wantTo := tc.from, tc.to
			if !tc.wantFrom.IsZero() {
				wantFrom, wantTo = tc.wantFrom, tc.wantTo
			}
			if !got.From.Equal(wantFrom) || !got.To.Equal(wantTo) || got.Block != snap.Block || got.AssetID != tc.asset {
				t.Fatalf("answered asset %d [%s, %s) at block %d, want asset %d [%s, %s) at block %d",
					got.AssetID, got.From, got.To, got.Block, tc.asset, wantFrom, wantTo, snap.Block)
			}
			want := releasesByHour(releases, revenue, wantFrom, wantTo)
			if tc.asset != a.ID {
				want = nil
			}
			if len(got.Hours) != len(want) || len(want) < tc.minHours {
				t.Fatalf("%d hours %+v, the journal gives %d %+v (want at least %d)", len(got.Hours), got.Hours, len(want), want, tc.minHours)
			}
			total := money.Zero
			for i, h := range got.Hours {
				if !h.Hour.Equal(want[i].Hour) || h.Revenue.Cmp(want[i].Revenue) != 0 || h.Entries != want[i].Entries {
					t.Errorf("hour %d: %s %s in %d entries, the journal gives %s %s in %d", i,
						h.Hour.Format(time.RFC3339), h.Revenue, h.Entries, want[i].Hour.Format(time.RFC3339), want[i].Revenue, want[i].Entries)
				}
				if h.Hour.Location() != time.UTC || !h.Hour.Truncate(time.Hour).Equal(h.Hour) {
					t.Errorf("hour %s is not a whole UTC hour", h.Hour)
				}
				total = total.Add(h.Revenue)
			}
			ev, _, err := st.YieldEvents(tc.asset, EpochClock{Length: time.Hour})
			if err != nil {
				t.Fatal(err)
			}
			r, err := yield.Compute(ev, yield.Period{From: wantFrom, To: wantTo})
			if err != nil {
				t.Fatal(err)
			}
			if gross := money.MustParse(r.GrossRevenue.Value); gross.Cmp(total) != 0 {
				t.Errorf("the series sums to %s, the yield's gross revenue is %s", total, gross)
			}
		})
	}
}

// releasesByHour is the reference series: the releases' postings to the
// revenue account with a block time in [from, to), by UTC hour.
func releasesByHour(releases []Entry, revenue Account, from, to time.Time) []RevenueHour {
	var out []RevenueHour
	for _, en := range releases {
		if en.Time.Before(from) || !en.Time.Before(to) {
			continue
		}
		hour := en.Time.UTC().Truncate(time.Hour)
		if len(out) == 0 || !out[len(out)-1].Hour.Equal(hour) {
			out = append(out, RevenueHour{Hour: hour, Revenue: money.Zero})
		}
		h := &out[len(out)-1]
		h.Entries++
		for _, p := range en.Postings {
			if p.Destination == revenue {
				h.Revenue = h.Revenue.Add(p.Amount)
			}
		}
	}
	return out
}

// snapshotOf is the mirror's last block and its time.
func snapshotOf(t *testing.T, st *Store) Snapshot {
	t.Helper()
	var snap Snapshot
	if err := st.view(func(tx *bolt.Tx) error {
		var err error
		snap, err = readSnapshot(tx)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return snap
}
