package contracts

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts/bindings/blockliststablecoin"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/money"
)

// Tests of the capacity backstop (issue 15 item 2, docs/backstop.md): over
// random lease patterns the backstop pays, per hour, exactly
// min(floor(idleGpuSeconds x floor / 3600), left), where idle GPU-seconds
// are recomputed here from the market's LeaseCreated and LeaseRetired logs
// alone; never more than its commitment; and what is left is returned
// exactly.

type backstopFixture struct {
	*env
	bs      *Backstop
	op      *chain.Transactor
	asset   Asset
	listing Listing
	price   money.Amount
}

func newBackstopFixture(t *testing.T, e *env, gpus uint32) *backstopFixture {
	t.Helper()
	reader := chain.DecodingCaller{Client: e.chain.Client(), Decoder: e.decoder}
	f := &backstopFixture{env: e, op: e.operator(t), price: money.MustParse("2.5")}
	f.bs = NewBackstop(reader, e.manifest.Address(CapacityBackstopName), e.token)
	a, _, err := e.assets.Tokenize(e.ctx, f.op, AssetSpec{GPUModel: "H100", GPUCount: gpus, RatedPowerW: 700 * gpus, Location: "US-TX-1",
		CommissionedAt: time.Unix(1_700_000_000, 0).UTC(), BookValue: money.MustParse("280000"), UsefulLifeMonths: 48,
		Shares: NewShares(big.NewInt(1_000_000)), OperatorFeeBps: 1500, ReserveBps: 500})
	if err != nil {
		t.Fatalf("tokenize: %v", err)
	}
	f.asset = a
	l, _, err := e.market.CreateListing(e.ctx, f.op, a.ID, ListingSpec{GPUs: gpus, PricePerGPUHour: f.price, MinHours: 1, MaxHours: 4, MinPrepaidHours: 4})
	if err != nil {
		t.Fatalf("list: %v", err)
	}
	f.listing = l
	return f
}

func (f *backstopFixture) funded(t *testing.T, amount string) *chain.Transactor {
	t.Helper()
	a := f.account(t)
	if _, err := f.token.Mint(f.ctx, f.admin, a.Address(), money.MustParse(amount)); err != nil {
		t.Fatalf("mint: %v", err)
	}
	return a
}

// now is the head block's time.
func (f *backstopFixture) now(t *testing.T) uint64 {
	t.Helper()
	h, err := f.chain.Client().HeaderByNumber(f.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// advance moves chain time forward by d.
func (f *backstopFixture) advance(t *testing.T, d time.Duration) {
	t.Helper()
	if err := f.chain.AdjustTime(d); err != nil {
		t.Fatalf("adjust time: %v", err)
	}
}

// toHour moves chain time to `offset` past the start of hour h.
func (f *backstopFixture) toHour(t *testing.T, h uint64, offset time.Duration) {
	t.Helper()
	target := h*3600 + uint64(offset/time.Second)
	if now := f.now(t); target > now {
		f.advance(t, time.Duration(target-now)*time.Second)
	}
}

func (f *backstopFixture) lease(t *testing.T, renter *chain.Transactor, gpus, hours uint32) Lease {
	t.Helper()
	cost := money.MustFromUnits(new(big.Int).Mul(f.price.Units(), big.NewInt(int64(gpus)*int64(hours))))
	l, _, err := f.market.OpenLease(f.ctx, renter, LeaseRequest{ListingID: f.listing.ID, GPUs: gpus, Hours: hours, Deposit: cost})
	if err != nil {
		t.Fatalf("lease %d GPUs for %dh: %v", gpus, hours, err)
	}
	return l
}

// expectedHours recomputes, from the market's lease logs alone, the leased
// GPU-seconds of every hour in [from, to) of asset: each lease counts its
// GPUs from its LeaseCreated block's time to its LeaseRetired block's time
// (or on, if not retired).
func (f *backstopFixture) leasedByHour(t *testing.T, assetID, from, to uint64) map[uint64]uint64 {
	t.Helper()
	abi := leasemarket.NewLeaseMarket()
	addr := f.market.Address()
	logs, err := f.chain.Client().FilterLogs(f.ctx, ethereum.FilterQuery{Addresses: []common.Address{addr}})
	if err != nil {
		t.Fatal(err)
	}
	type span struct {
		gpus       uint64
		start, end uint64
	}
	spans := map[uint64]*span{}
	blockTime := func(n uint64) uint64 {
		h, err := f.chain.Client().HeaderByNumber(f.ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		return h.Time
	}
	for _, l := range logs {
		if ev, err := abi.UnpackLeaseCreatedEvent(&l); err == nil && ev.AssetId.Uint64() == assetID {
			spans[ev.LeaseId.Uint64()] = &span{gpus: uint64(ev.Gpus), start: blockTime(l.BlockNumber), end: ^uint64(0)}
		}
		if ev, err := abi.UnpackLeaseRetiredEvent(&l); err == nil && ev.AssetId.Uint64() == assetID {
			spans[ev.LeaseId.Uint64()].end = blockTime(l.BlockNumber)
		}
	}
	out := map[uint64]uint64{}
	for h := from; h < to; h++ {
		hs, he := h*3600, (h+1)*3600
		for _, s := range spans {
			lo, hi := max(s.start, hs), min(s.end, he)
			if hi > lo {
				out[h] += s.gpus * (hi - lo)
			}
		}
	}
	return out
}

// checkSettlements checks every settled hour against the recomputation and
// the commitment's totals: paid = sum of hours, never above the amount.
func (f *backstopFixture) checkSettlements(t *testing.T, c Commitment, hours []IdleHour) {
	t.Helper()
	leased := f.leasedByHour(t, c.AssetID, c.StartHour, c.StartHour+uint64(c.Hours))
	left := c.Amount.Units()
	paid := new(big.Int)
	capacity := uint64(c.GPUCount) * 3600
	for i, h := range hours {
		if h.Hour != c.StartHour+uint64(i) {
			t.Fatalf("hour %d settled out of order (want %d)", h.Hour, c.StartHour+uint64(i))
		}
		idle := capacity - min(capacity, leased[h.Hour])
		if h.IdleGPUSeconds != idle {
			t.Errorf("hour %d: idle %d GPU-s, recomputed %d", h.Hour, h.IdleGPUSeconds, idle)
		}
		want := new(big.Int).Mul(new(big.Int).SetUint64(idle), c.FloorPricePerGPUHour.Units())
		want.Div(want, big.NewInt(3600))
		if want.Cmp(left) > 0 {
			want.Set(left)
		}
		if h.Amount.Units().Cmp(want) != 0 {
			t.Errorf("hour %d: paid %s, want %s (idle %d GPU-s)", h.Hour, h.Amount, money.MustFromUnits(want), idle)
		}
		left.Sub(left, want)
		paid.Add(paid, h.Amount.Units())
	}
	if paid.Cmp(c.Paid.Units()) != 0 {
		t.Errorf("commitment paid %s, its hours %s", c.Paid, money.MustFromUnits(paid))
	}
	if c.Paid.Cmp(c.Amount) > 0 {
		t.Errorf("paid %s above the commitment %s", c.Paid, c.Amount)
	}
	if got := new(big.Int).Add(new(big.Int).Add(c.Paid.Units(), c.Returned.Units()), c.Left.Units()); got.Cmp(c.Amount.Units()) != 0 {
		t.Errorf("amount %s != paid %s + returned %s + left %s", c.Amount, c.Paid, c.Returned, c.Left)
	}
}

// checkCustody: the backstop's token balance is what it holds plus what it owes, to the unit.
func (f *backstopFixture) checkCustody(t *testing.T) {
	t.Helper()
	bal, err := f.token.BalanceOf(f.ctx, f.bs.Address())
	if err != nil {
		t.Fatal(err)
	}
	held, _ := f.bs.TotalHeld(f.ctx)
	owed, _ := f.bs.TotalReturnsOwed(f.ctx)
	if bal.Cmp(held.Add(owed)) != 0 {
		t.Errorf("backstop holds %s, books held %s + owed %s", bal, held, owed)
	}
}

// TestBackstopRandomLeasePattern: several renters open leases, close some
// early, let others expire and be retired late, over a six-hour term; the
// backstop is settled at random moments in random steps. Every hour pays
// exactly the documented amount, the total never exceeds the commitment,
// and release returns exactly the rest.
func TestBackstopRandomLeasePattern(t *testing.T) {
	for _, seed := range []uint64{1, 2} {
		t.Run("seed"+big.NewInt(int64(seed)).String(), func(t *testing.T) {
			f := newBackstopFixture(t, newEnv(t), 8)
			rng := rand.New(rand.NewPCG(seed, 15))
			renters := []*chain.Transactor{f.funded(t, "10000"), f.funded(t, "10000"), f.funded(t, "10000")}
			provider := f.funded(t, "1000")
			const term = 6
			spec := BackstopSpec{AssetID: f.asset.ID, FloorPricePerGPUHour: money.MustParse("1.000007"), Amount: money.MustParse("200"), Hours: term, Take: seed == 2}
			// A lease open before the commit counts from the known state on.
			first := f.lease(t, renters[0], 2, 2)
			id, _, err := f.bs.Commit(f.ctx, provider, spec)
			if err != nil {
				t.Fatal(err)
			}
			c, _ := f.bs.Commitment(f.ctx, id)
			if c.Status != CommitmentActive || c.StartHour != f.now(t)/3600+1 {
				t.Fatalf("commitment %+v", c)
			}
			// Hostile: a second commitment on the same asset.
			_, _, err = f.bs.Commit(f.ctx, f.funded(t, "100"), BackstopSpec{AssetID: f.asset.ID, FloorPricePerGPUHour: money.MustParse("1"), Amount: money.MustParse("1"), Hours: 1})
			requireRevert(t, err, "AssetHasCommitment", map[string]any{"commitmentId": int(id)})
			// Hostile: settle before the first hour of the term has ended.
			_, _, err = f.bs.Settle(f.ctx, f.admin, id, 0)
			requireRevert(t, err, "HourNotEnded", nil)
			// Hostile: release before the term.
			_, _, err = f.bs.Release(f.ctx, provider, id)
			requireRevert(t, err, "TermNotSettled", nil)

			type open struct {
				lease   Lease
				renter  *chain.Transactor
				retired bool
			}
			leases := []*open{{lease: first, renter: renters[0]}}
			var hours []IdleHour
			endTime := (c.StartHour + term) * 3600
			for f.now(t) < endTime+1800 {
				f.advance(t, time.Duration(3+rng.IntN(40))*time.Minute)
				now := f.now(t)
				used := uint32(0)
				for _, o := range leases {
					if !o.retired {
						used += o.lease.GPUs
					}
				}
				switch rng.IntN(4) {
				case 0, 1: // open
					if used < 8 {
						r := renters[rng.IntN(len(renters))]
						l := f.lease(t, r, 1+uint32(rng.IntN(int(8-used))), 1+uint32(rng.IntN(2)))
						leases = append(leases, &open{lease: l, renter: r})
					}
				case 2: // close one early
					for _, o := range leases {
						if !o.retired && uint64(o.lease.End.Unix()) > now+60 {
							if _, _, err := f.market.Close(f.ctx, o.renter, o.lease.ID); err != nil {
								t.Fatal(err)
							}
							o.retired = true
							break
						}
					}
				case 3: // retire the expired ones, late
					var ids []uint64
					for _, o := range leases {
						if !o.retired && uint64(o.lease.End.Unix()) <= now {
							ids = append(ids, o.lease.ID)
							o.retired = true
						}
					}
					if len(ids) > 0 {
						if _, err := f.market.Retire(f.ctx, f.admin, ids...); err != nil {
							t.Fatal(err)
						}
					}
				}
				if rng.IntN(3) == 0 {
					st, _, err := f.bs.Settle(f.ctx, f.admin, id, uint32(1+rng.IntN(2)))
					if err != nil {
						requireRevert(t, err, "HourNotEnded", nil)
						continue
					}
					hours = append(hours, st.Hours...)
				}
			}
			for {
				c, _ = f.bs.Commitment(f.ctx, id)
				if c.Status != CommitmentActive {
					break
				}
				st, _, err := f.bs.Settle(f.ctx, f.admin, id, 0)
				if err != nil {
					t.Fatal(err)
				}
				hours = append(hours, st.Hours...)
			}
			if len(hours) != term {
				t.Fatalf("%d hours settled, want %d", len(hours), term)
			}
			f.checkSettlements(t, c, hours)
			// Hostile: a double settle of a finished commitment.
			_, _, err = f.bs.Settle(f.ctx, f.admin, id, 0)
			requireRevert(t, err, "CommitmentNotActive", nil)
			// The take counter: every GPU-second bought (the amount never ran out here).
			if spec.Take && c.GPUSecondsBought != c.IdleGPUSeconds {
				t.Errorf("bought %d GPU-s, idle %d", c.GPUSecondsBought, c.IdleGPUSeconds)
			}
			// Hostile: release by someone else.
			_, _, err = f.bs.Release(f.ctx, renters[0], id)
			requireRevert(t, err, "NotProvider", nil)
			before, _ := f.token.BalanceOf(f.ctx, provider.Address())
			rel, _, err := f.bs.Release(f.ctx, provider, id)
			if err != nil {
				t.Fatal(err)
			}
			after, _ := f.token.BalanceOf(f.ctx, provider.Address())
			want, _ := c.Amount.Sub(c.Paid)
			if rel.Amount.Cmp(want) != 0 || rel.Deferred {
				t.Errorf("released %+v, want %s", rel, want)
			}
			if got, _ := after.Sub(before); got.Cmp(want) != 0 {
				t.Errorf("provider received %s, want %s", got, want)
			}
			c, _ = f.bs.Commitment(f.ctx, id)
			f.checkSettlements(t, c, hours)
			f.checkCustody(t)
			// Revenue: the asset's gross grew by the rent released plus what the backstop paid.
			t.Logf("seed %d: idle %d GPU-s, paid %s of %s, returned %s", seed, c.IdleGPUSeconds, c.Paid, c.Amount, c.Returned)
		})
	}
}

// TestBackstopSpentAndBlocklistedProvider: a commitment too small for the
// term is spent in its second hour, paying exactly what was left (the last
// hour partly); the asset may then take a new commitment; the provider,
// blocklisted by the token at release, is owed the rest (nothing here is
// left of the first, so a second commitment is released) and withdraws it
// once unblocked.
func TestBackstopSpentAndBlocklistedProvider(t *testing.T) {
	e, token, err := hostileEnv(t, blockliststablecoin.BlocklistStablecoinMetaData.Bin, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.market.SetAvailabilityOracle(e.ctx, e.admin, common.Address{}, 0); err != nil {
		t.Fatal(err)
	}
	f := newBackstopFixture(t, e, 4)
	provider := f.funded(t, "1000")
	// 4 GPUs idle x 1.5 = 6 an hour: 10 pays hour one whole and 4 of hour two.
	id, _, err := f.bs.Commit(f.ctx, provider, BackstopSpec{AssetID: f.asset.ID, FloorPricePerGPUHour: money.MustParse("1.5"), Amount: money.MustParse("10"), Hours: 5, Take: true})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := f.bs.Commitment(f.ctx, id)
	f.toHour(t, c.StartHour+3, time.Minute)
	st, _, err := f.bs.Settle(f.ctx, f.admin, id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !st.Finished || len(st.Hours) != 2 || st.Paid.Cmp(money.MustParse("10")) != 0 || !st.Left.IsZero() {
		t.Fatalf("settlement %+v", st)
	}
	if st.Hours[1].Amount.Cmp(money.MustParse("4")) != 0 || st.Hours[1].Taken != 4*3600*4/6 {
		t.Errorf("partly paid hour %+v", st.Hours[1])
	}
	c, _ = f.bs.Commitment(f.ctx, id)
	f.checkSettlements(t, c, st.Hours)
	if active, _ := f.bs.ActiveCommitmentOf(f.ctx, f.asset.ID); active != 0 {
		t.Errorf("spent commitment still active: %d", active)
	}

	// A second commitment on the same asset, not spent: 1 hour, 3 of 4 GPUs leased.
	id2, _, err := f.bs.Commit(f.ctx, provider, BackstopSpec{AssetID: f.asset.ID, FloorPricePerGPUHour: money.MustParse("1"), Amount: money.MustParse("50"), Hours: 1})
	if err != nil {
		t.Fatal(err)
	}
	c2, _ := f.bs.Commitment(f.ctx, id2)
	g, err := f.bs.Guarantee(f.ctx, id2)
	if err != nil || g.PerHour.Cmp(money.MustParse("4")) != 0 || g.HoursLeft != 1 || g.Total.Cmp(money.MustParse("4")) != 0 {
		t.Errorf("guarantee %+v %v", g, err)
	}
	f.toHour(t, c2.StartHour, 0)
	f.lease(t, f.funded(t, "100"), 3, 4)
	f.toHour(t, c2.StartHour+1, time.Second)
	st2, _, err := f.bs.Settle(f.ctx, f.admin, id2, 0)
	if err != nil {
		t.Fatal(err)
	}
	c2, _ = f.bs.Commitment(f.ctx, id2)
	f.checkSettlements(t, c2, st2.Hours)

	block := func(blocked bool) {
		t.Helper()
		data := blockliststablecoin.NewBlocklistStablecoin().PackSetBlocklisted(provider.Address(), blocked)
		if _, err := f.admin.SendAndWait(f.ctx, &token, data, nil); err != nil {
			t.Fatal(err)
		}
	}
	block(true)
	rel, _, err := f.bs.Release(f.ctx, provider, id2)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := c2.Amount.Sub(c2.Paid)
	if !rel.Deferred || rel.Amount.Cmp(want) != 0 {
		t.Fatalf("release %+v, want %s deferred", rel, want)
	}
	if owed, _ := f.bs.ReturnOwed(f.ctx, provider.Address()); owed.Cmp(want) != 0 {
		t.Errorf("owed %s, want %s", owed, want)
	}
	f.checkCustody(t)
	// Release of a released commitment is refused.
	_, _, err = f.bs.Release(f.ctx, provider, id2)
	requireRevert(t, err, "CommitmentNotActive", nil)
	block(false)
	got, _, err := f.bs.WithdrawReturn(f.ctx, provider)
	if err != nil || got.Cmp(want) != 0 {
		t.Fatalf("withdraw %s %v, want %s", got, err, want)
	}
	f.checkCustody(t)
	// The first, spent, returns nothing.
	rel, _, err = f.bs.Release(f.ctx, provider, id)
	if err != nil || !rel.Amount.IsZero() {
		t.Fatalf("release of a spent commitment: %+v %v", rel, err)
	}
}

// TestBackstopGas measures, on both gas schedules (docs/gas.md), a lease
// on an untracked asset next to one on a tracked asset, and a backstop
// settle of one hour and of 24.
func TestBackstopGas(t *testing.T) {
	for _, gc := range []*gasChain{openOsakaGasChain(t), openEmbeddedGasChain(t)} {
		market, renter := gc.leaseSetup(t)
		a, _, err := gc.assets.Tokenize(gc.ctx, gc.admin, AssetSpec{GPUModel: "H100", GPUCount: 8, RatedPowerW: 5600, Location: "US-TX-1",
			CommissionedAt: time.Unix(1_700_000_000, 0).UTC(), BookValue: money.MustParse("280000"), UsefulLifeMonths: 48,
			Shares: NewShares(big.NewInt(1_000_000))})
		if err != nil {
			t.Fatal(err)
		}
		price := money.MustParse("2")
		l, _, err := market.CreateListing(gc.ctx, gc.admin, a.ID, ListingSpec{GPUs: 8, PricePerGPUHour: price, MinHours: 1, MaxHours: 4, MinPrepaidHours: 1})
		if err != nil {
			t.Fatal(err)
		}
		open := func() uint64 {
			t.Helper()
			_, rcpt, err := market.OpenLease(gc.ctx, renter, LeaseRequest{ListingID: l.ID, GPUs: 1, Hours: 1, Deposit: price})
			if err != nil {
				t.Fatal(err)
			}
			return rcpt.GasUsed
		}
		open() // the asset's usage slot exists from here on
		untracked := open()
		bs := NewBackstop(gc.assets.call, gc.manifest.Address(CapacityBackstopName), gc.token)
		if _, err := gc.token.Mint(gc.ctx, gc.admin, gc.admin.Address(), money.MustParse("1000")); err != nil {
			t.Fatal(err)
		}
		id, rc, err := bs.Commit(gc.ctx, gc.admin, BackstopSpec{AssetID: a.ID, FloorPricePerGPUHour: money.MustParse("1"), Amount: money.MustParse("500"), Hours: 48})
		if err != nil {
			t.Fatal(err)
		}
		trackedNewHour := open()
		trackedSameHour := open()
		hour := func(n int) uint64 {
			t.Helper()
			gc.commit()
			if err := gc.adjust(time.Duration(n) * time.Hour); err != nil {
				t.Fatal(err)
			}
			_, r, err := bs.Settle(gc.ctx, gc.admin, id, 0)
			if err != nil {
				t.Fatal(err)
			}
			return r.GasUsed
		}
		one := hour(2) // the commit's hour and the first of the term
		day := hour(24)
		steady := hour(1)
		t.Logf("%s: commit %d; lease open: untracked %d, tracked first change in an hour %d (+%d), same hour %d (+%d); settle: 2 hours %d, 24 hours %d, 1 hour steady %d",
			gc.name, rc.GasUsed, untracked, trackedNewHour, trackedNewHour-untracked, trackedSameHour, trackedSameHour-untracked, one, day, steady)
		if gc.name == "osaka" && (trackedSameHour > untracked+6_000 || trackedNewHour > untracked+25_000) {
			t.Errorf("tracking costs too much on osaka: untracked %d, tracked %d / %d", untracked, trackedNewHour, trackedSameHour)
		}
	}
}

// TestBackstopExplain: the backstop's reverts read as sentences in the API.
func TestBackstopExplain(t *testing.T) {
	for _, tc := range []struct {
		name string
		args map[string]any
		want string
	}{
		{"HourNotEnded", map[string]any{"commitmentId": big.NewInt(3), "hour": big.NewInt(500_000), "endsAt": big.NewInt(500_001 * 3600)},
			"backstop 3: hour 500000 has not ended yet (it ends at 2027-01-15T09:00:00Z); nothing to settle before then"},
		{"AssetHasCommitment", map[string]any{"assetId": big.NewInt(1), "commitmentId": big.NewInt(2)},
			"asset 1 already has an active backstop (2): a new one may be committed once it has finished"},
		{"CommitmentNotActive", map[string]any{"commitmentId": big.NewInt(2), "status": uint8(3)}, "backstop 2 is released"},
		{"InvalidFloorPrice", map[string]any{"floorPricePerGpuHour": big.NewInt(0), "max": big.NewInt(5_000_000)},
			"floor price 0.00 per GPU-hour must be positive and at most 5.00"},
	} {
		if got := Explain(&chain.RevertError{Name: tc.name, Args: tc.args}); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
