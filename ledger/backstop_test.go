package ledger

import (
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// backstopEnv is a chain with the availability oracle off (leases settle
// without reports), an operator's tokenized H100 asset, funded actors, the
// backstop's client and an indexer with cfg: what the backstop and series
// tests start from.
type backstopEnv struct {
	*testEnv
	ix       *Indexer
	op       actor
	provider actor
	renters  []actor
	asset    contracts.Asset
	bs       *contracts.Backstop
}

// newBackstopEnv makes the provider and renters actors, each with funds.
func newBackstopEnv(t *testing.T, cfg IndexerConfig, funds string, renters int) *backstopEnv {
	t.Helper()
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealInstant})
	b := &backstopEnv{testEnv: e, ix: openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), cfg)}
	ctx := e.ctx
	if _, err := e.market.SetAvailabilityOracle(ctx, e.admin, [20]byte{}, 0); err != nil {
		t.Fatal(err)
	}
	b.op, b.provider = e.account(t), e.account(t)
	for range renters {
		b.renters = append(b.renters, e.account(t))
	}
	if _, err := e.assets.GrantOperator(ctx, e.admin, b.op.Address()); err != nil {
		t.Fatal(err)
	}
	for _, a := range append([]actor{b.provider}, b.renters...) {
		if _, err := e.token.Mint(ctx, e.admin, a.Address(), money.MustParse(funds)); err != nil {
			t.Fatal(err)
		}
	}
	var err error
	if b.asset, _, err = e.assets.Tokenize(ctx, b.op, h100Spec(1500, 500)); err != nil {
		t.Fatal(err)
	}
	b.bs = contracts.NewBackstop(chain.DecodingCaller{Client: e.chain.Client(), Decoder: e.decoder}, e.m.Address(contracts.CapacityBackstopName), e.token)
	return b
}

// toHour moves the chain's time to off past the start of hour h (unix
// seconds / 3600), if that is still ahead.
func (b *backstopEnv) toHour(t *testing.T, h uint64, off time.Duration) {
	t.Helper()
	now := uint64(b.headTime(t).Unix())
	if target := h*3600 + uint64(off/time.Second); target > now {
		if err := b.chain.AdjustTime(time.Duration(target-now) * time.Second); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBackstopMirrored: a commitment, a lease over part of its term, hours
// settled in two calls, a release: the mirror books commit, payments,
// their split as revenue and the return, its commitment record matches the
// contract, and reconcile is clean to the unit (the backstop's token
// balance included), as is a fresh index of the same chain.
func TestBackstopMirrored(t *testing.T) {
	b := newBackstopEnv(t, IndexerConfig{BatchBlocks: 7, ReorgDepth: 64}, "1000", 1)
	e, ix, ctx, op, renter, provider, a, bs := b.testEnv, b.ix, b.ctx, b.op, b.renters[0], b.provider, b.asset, b.bs
	l, _, err := e.market.CreateListing(ctx, op, a.ID, contracts.ListingSpec{GPUs: 8, PricePerGPUHour: money.MustParse("2"), MinHours: 1, MaxHours: 4})
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := bs.Commit(ctx, provider, contracts.BackstopSpec{AssetID: a.ID, FloorPricePerGPUHour: money.MustParse("0.75"), Amount: money.MustParse("100"), Hours: 3})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := bs.Commitment(ctx, id)
	toHour := func(h uint64, off time.Duration) { b.toHour(t, h, off) }
	toHour(c.StartHour, 20*time.Minute)
	lease, _, err := e.market.OpenLease(ctx, renter, contracts.LeaseRequest{ListingID: l.ID, GPUs: 5, Hours: 1, Deposit: money.MustParse("10")})
	if err != nil {
		t.Fatal(err)
	}
	// The lease counts until retired (the keeper's job once it expires).
	toHour(c.StartHour+1, 30*time.Minute)
	if _, err := e.market.Retire(ctx, e.admin, lease.ID); err != nil {
		t.Fatal(err)
	}
	retiredAt := uint64(e.headTime(t).Unix())
	toHour(c.StartHour+2, time.Minute)
	if _, _, err := bs.Settle(ctx, e.admin, id, 0); err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	if rep, err := ix.Reconcile(ctx); err != nil || !rep.OK {
		t.Fatalf("reconcile mid-term: %v %+v", err, rep)
	}
	toHour(c.StartHour+3, time.Minute)
	if _, _, err := bs.Settle(ctx, e.admin, id, 0); err != nil {
		t.Fatal(err)
	}
	if _, _, err := bs.Release(ctx, provider, id); err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	rep := checkInvariants(t, ix)
	if !rep.OK {
		t.Fatalf("reconcile: %+v", rep)
	}
	if s := ix.Status().Stats; s.Malformed+s.Inconsistent+s.UnknownContract != 0 {
		t.Errorf("skipped logs: %+v", s)
	}
	chainC, _ := bs.Commitment(ctx, id)
	got, err := ix.Store().Backstop(id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Paid.Cmp(chainC.Paid) != 0 || got.Returned.Cmp(chainC.Returned) != 0 || !got.Left.IsZero() ||
		got.IdleGPUSeconds != chainC.IdleGPUSeconds || got.GPUSecondsBought != chainC.GPUSecondsBought ||
		got.Status != contracts.CommitmentReleased || got.HoursSettled != 3 {
		t.Errorf("mirror %+v\nchain %+v", got.Commitment, chainC)
	}
	// 5 GPUs leased from the lease's start to its retirement.
	if want := uint64(8*3*3600) - 5*(retiredAt-uint64(lease.Start.Unix())); got.IdleGPUSeconds != want {
		t.Errorf("idle %d GPU-s, want %d", got.IdleGPUSeconds, want)
	}
	page, err := ix.Store().Backstops(a.ID, PageRequest{})
	if err != nil || len(page.Items) != 1 || page.Items[0].ID != id {
		t.Errorf("backstops of asset %d: %+v %v", a.ID, page, err)
	}
	seen := map[Kind]int{}
	for _, en := range collect(t, func(p PageRequest) (Page[EntryLine], error) { return ix.Store().Entries(EntryFilter{}, p) }) {
		seen[en.Kind]++
	}
	for _, k := range []Kind{KindBackstopCommit, KindBackstopPayment, KindBackstopReturn} {
		if seen[k] == 0 {
			t.Errorf("no %s entry", k)
		}
	}
	requireSameExport(t, "backstop", exportOf(t, ix.Store()), freshExport(t, e.chain.Client(), e.m, 0))
}

// TestBackstopRandomWorkloadReconciles: random leases (opened, closed
// early, expired and retired late), backstop settles at random moments,
// claims of the revenue, two commitments one after the other: the mirror
// reconciles to the unit at every check and at the end (every unit of
// each commitment is in paid revenue, returned or still held).
func TestBackstopRandomWorkloadReconciles(t *testing.T) {
	b := newBackstopEnv(t, IndexerConfig{BatchBlocks: 11, ReorgDepth: 64}, "5000", 2)
	e, ix, ctx, op, provider, renters, a, bs := b.testEnv, b.ix, b.ctx, b.op, b.provider, b.renters, b.asset, b.bs
	rng := rand.New(rand.NewPCG(15, 2))
	l, _, err := e.market.CreateListing(ctx, op, a.ID, contracts.ListingSpec{GPUs: 8, PricePerGPUHour: money.MustParse("1.5"), MinHours: 1, MaxHours: 3, MinPrepaidHours: 3})
	if err != nil {
		t.Fatal(err)
	}
	type open struct {
		l       contracts.Lease
		r       actor
		retired bool
	}
	var leases []*open
	var active uint64
	commits, settles := 0, 0
	for step := 0; step < 60; step++ {
		if err := e.chain.AdjustTime(time.Duration(5+rng.IntN(50)) * time.Minute); err != nil {
			t.Fatal(err)
		}
		now := e.headTime(t)
		used := uint32(0)
		for _, o := range leases {
			if !o.retired {
				used += o.l.GPUs
			}
		}
		switch rng.IntN(5) {
		case 0, 1:
			if used < 8 {
				r := renters[rng.IntN(2)]
				g, h := 1+uint32(rng.IntN(int(8-used))), 1+uint32(rng.IntN(3))
				le, _, err := e.market.OpenLease(ctx, r, contracts.LeaseRequest{ListingID: l.ID, GPUs: g, Hours: h,
					Deposit: money.MustFromUnits(new(big.Int).Mul(big.NewInt(1_500_000), big.NewInt(int64(g*h))))})
				if err != nil {
					t.Fatal(err)
				}
				leases = append(leases, &open{l: le, r: r})
			}
		case 2:
			for _, o := range leases {
				if !o.retired && o.l.End.After(now.Add(time.Minute)) {
					if _, _, err := e.market.Close(ctx, o.r, o.l.ID); err != nil {
						t.Fatal(err)
					}
					o.retired = true
					break
				}
			}
		case 3:
			var ids []uint64
			for _, o := range leases {
				if !o.retired && !o.l.End.After(now) {
					ids, o.retired = append(ids, o.l.ID), true
				}
			}
			if len(ids) > 0 {
				if _, err := e.market.Retire(ctx, e.admin, ids...); err != nil {
					t.Fatal(err)
				}
			}
		case 4:
			if _, _, err := e.revenue.Claim(ctx, op, a.ID); err != nil {
				t.Fatal(err)
			}
		}
		if active == 0 {
			id, _, err := bs.Commit(ctx, provider, contracts.BackstopSpec{AssetID: a.ID, FloorPricePerGPUHour: money.MustParse("0.412345"),
				Amount: money.MustParse("30"), Hours: uint32(2 + rng.IntN(4)), Take: rng.IntN(2) == 0})
			if err != nil {
				t.Fatal(err)
			}
			active, commits = id, commits+1
		} else if rng.IntN(2) == 0 {
			if st, _, err := bs.Settle(ctx, e.admin, active, uint32(1+rng.IntN(3))); err == nil {
				settles++
				if st.Finished {
					if _, _, err := bs.Release(ctx, provider, active); err != nil {
						t.Fatal(err)
					}
					active = 0
				}
			}
		}
		if step%15 == 14 {
			if err := ix.CatchUp(ctx); err != nil {
				t.Fatal(err)
			}
			if rep, err := ix.Reconcile(ctx); err != nil || !rep.OK {
				t.Fatalf("reconcile at step %d: %v %+v", step, err, rep)
			}
		}
	}
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	if rep := checkInvariants(t, ix); !rep.OK {
		t.Fatalf("reconcile: %+v", rep)
	}
	if s := ix.Status().Stats; s.Malformed+s.Inconsistent+s.UnknownContract != 0 {
		t.Errorf("skipped logs: %+v", s)
	}
	if commits < 2 || settles < 3 {
		t.Errorf("only %d commitments and %d settles", commits, settles)
	}
	requireSameExport(t, "backstop workload", exportOf(t, ix.Store()), freshExport(t, e.chain.Client(), e.m, 0))
	t.Logf("%d leases, %d commitments, %d settles", len(leases), commits, settles)
}
