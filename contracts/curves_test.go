package contracts

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/money"
)

// testCurve: 2.00 at 0%, +1.00 up to the kink at 75% (6 of 8 GPUs), +4.00
// more up to 100%, within [1.00, 6.50].
func testCurve() Curve {
	return Curve{
		Base: money.MustParse("2"), Floor: money.MustParse("1"), Ceiling: money.MustParse("6.5"), KinkBps: 7500,
		SlopeBelowKink: money.MustParse("1"), SlopeAboveKink: money.MustParse("4"), DecayPerIdleHour: money.Zero,
	}
}

// curveFixture is a gas chain (blocks sealed on demand, so several
// transactions can share one) with an 8-GPU asset listed with testCurve.
type curveFixture struct {
	*gasChain
	market  *Market
	listing Listing
}

func newCurveFixture(t *testing.T, c Curve) *curveFixture {
	t.Helper()
	gc := openOsakaGasChain(t)
	market, _ := gc.leaseSetup(t)
	a := gc.tokenizeFor(t, 1_000_000, nil, nil, 1500, 500)
	spec := defaultListing()
	spec.Curve = &c
	l, _, err := market.CreateListing(gc.ctx, gc.admin, a.ID, spec)
	if err != nil {
		t.Fatalf("create curved listing: %v", err)
	}
	if l.Curve == nil || !l.Curve.Equal(c) {
		t.Fatalf("listing reads curve %+v, want %+v", l.Curve, c)
	}
	return &curveFixture{gasChain: gc, market: market, listing: l}
}

// renters returns n accounts holding 100,000 coins each.
func (f *curveFixture) renters(t *testing.T, n int) []*gasSender {
	t.Helper()
	rs := f.accounts(t, n)
	for _, r := range rs {
		if _, err := f.token.Mint(f.ctx, f.admin, r.Address(), money.MustParse("100000")); err != nil {
			t.Fatal(err)
		}
	}
	return rs
}

func (f *curveFixture) quote(t *testing.T, gpus, hours uint32) Quote {
	t.Helper()
	q, err := f.market.QuoteAt(f.ctx, f.listing.ID, gpus, hours, nil)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// pricedIn returns the utilisation and price of the LeasePriced event in rcpt.
func (f *curveFixture) pricedIn(t *testing.T, rcpt *types.Receipt) CurveEvent {
	t.Helper()
	for _, l := range f.market.logs(rcpt) {
		if ev, ok, err := f.market.ParseCurveEvent(l); err != nil {
			t.Fatal(err)
		} else if ok && ev.LeaseID != 0 {
			return ev
		}
	}
	t.Fatalf("tx %s has no LeasePriced event", rcpt.TxHash)
	return CurveEvent{}
}

// TestCurveQuotes: the quote at 0%, below the kink (rounded down), at the
// kink and at 100% equals the documented formula, to the unit, and a lease
// opened at a quote pays exactly its total.
func TestCurveQuotes(t *testing.T) {
	c := testCurve()
	f := newCurveFixture(t, c)
	renter := f.renters(t, 1)[0]
	open := func(gpus uint32, want string, util uint16) {
		t.Helper()
		q := f.quote(t, gpus, 3)
		if q.PricePerGPUHour.Cmp(money.MustParse(want)) != 0 {
			t.Fatalf("quote at %d bps = %s, want %s", util, q.PricePerGPUHour, want)
		}
		total := new(big.Int).Mul(q.PricePerGPUHour.Units(), big.NewInt(int64(gpus)*3))
		if q.Total.Units().Cmp(total) != 0 {
			t.Fatalf("quote total %s, want gpus x price x hours %s", q.Total, money.MustFromUnits(total))
		}
		l, rcpt, err := f.market.OpenLease(f.ctx, renter, LeaseRequest{ListingID: f.listing.ID, GPUs: gpus, Hours: 3,
			Deposit: q.Total, MaxPricePerGPUHour: q.PricePerGPUHour})
		if err != nil {
			t.Fatalf("lease at the quote: %v", err)
		}
		if l.PricePerGPUHour.Cmp(q.PricePerGPUHour) != 0 || l.AccruedAt(l.End).Cmp(q.Total) != 0 || l.Deposit.Cmp(q.Total) != 0 {
			t.Fatalf("lease price %s, term %s; quote %s, total %s", l.PricePerGPUHour, l.AccruedAt(l.End), q.PricePerGPUHour, q.Total)
		}
		if ev := f.pricedIn(t, rcpt); ev.UtilisationBps != util || ev.Price.Cmp(q.PricePerGPUHour) != 0 {
			t.Fatalf("LeasePriced %+v, want %d bps at %s", ev, util, q.PricePerGPUHour)
		}
	}
	// 0%: the base.
	if got := c.PriceAt(0, 0); got.Cmp(money.MustParse("2")) != 0 {
		t.Fatalf("PriceAt(0) = %s", got)
	}
	open(1, "2", 0)
	// 1 of 8 = 1250 bps: 2 + floor(1,000,000 x 1250 / 7500) units = 2.166666.
	open(5, "2.166666", 1250)
	// 6 of 8 = 7500 bps, the kink: 2 + 1.
	open(1, "3", 7500)
	// 7 of 8 = 8750 bps: 3 + floor(4,000,000 x 1250 / 2500) units = 5.
	open(1, "5", 8750)
	// 100%: 2 + 1 + 4 = 7, clamped to the ceiling 6.5 (no lease fits).
	if q := f.quote(t, 1, 1); q.PricePerGPUHour.Cmp(money.MustParse("6.5")) != 0 || c.PriceAt(CurveBps, 0).Cmp(q.PricePerGPUHour) != 0 {
		t.Fatalf("quote at 100%% = %s, want 6.5", q.PricePerGPUHour)
	}
}

// TestCurveFormula checks Curve.PriceAt, the off-chain copy the audit and
// the mirror use, against the contract's quote at every utilisation an
// 8-GPU asset can have, after idle spells, for curves whose divisions round.
func TestCurveFormula(t *testing.T) {
	cases := []struct {
		name string
		util uint32
		idle uint64
		want string
	}{
		{"base", 0, 0, "2"},
		{"one idle hour", 0, 1, "1.9"},
		{"decay to the floor", 0, 50, "1"},
		{"below kink rounds down", 1, 0, "2.000133"},
		{"kink", 7500, 0, "3"},
		{"above kink rounds down", 7501, 0, "3.0016"},
		{"full", 10000, 0, "6.5"},
	}
	c := testCurve()
	c.DecayPerIdleHour = money.MustParse("0.1")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.PriceAt(tc.util, tc.idle); got.Cmp(money.MustParse(tc.want)) != 0 {
				t.Fatalf("PriceAt(%d, %d) = %s, want %s", tc.util, tc.idle, got, tc.want)
			}
		})
	}
}

// TestCurveDecay: an idle asset's price decays by whole idle hours from
// when the curve was set, never below the floor, and the contract agrees
// with IdleHours + PriceAt.
func TestCurveDecay(t *testing.T) {
	c := testCurve()
	c.DecayPerIdleHour = money.MustParse("0.25")
	f := newCurveFixture(t, c)
	for _, step := range []struct {
		after time.Duration
		want  string
	}{
		{59 * time.Minute, "2"}, {time.Hour, "1.75"}, {2 * time.Hour, "1.25"}, {10 * time.Hour, "1"},
	} {
		if err := f.adjust(step.after); err != nil {
			t.Fatal(err)
		}
		if q := f.quote(t, 1, 1); q.PricePerGPUHour.Cmp(money.MustParse(step.want)) != 0 {
			t.Fatalf("after %s more idle: quote %s, want %s", step.after, q.PricePerGPUHour, step.want)
		}
	}
	// A lease ends the idle spell: the next price starts from the base again.
	renter := f.renters(t, 1)[0]
	q := f.quote(t, 1, 1)
	if _, _, err := f.market.OpenLease(f.ctx, renter, LeaseRequest{ListingID: f.listing.ID, GPUs: 1, Hours: 1, Deposit: q.Total}); err != nil {
		t.Fatal(err)
	}
	if got := f.quote(t, 1, 1).PricePerGPUHour; got.Cmp(money.MustParse("2.166666")) != 0 {
		t.Fatalf("quote with 1 GPU leased: %s, want 2.166666", got)
	}
}

// TestCurveConcurrentLeases: leases from several renters in one block are
// each priced at the utilisation the leases before it in the block left,
// never at the stale state all of them were quoted on.
func TestCurveConcurrentLeases(t *testing.T) {
	c := testCurve()
	f := newCurveFixture(t, c)
	renters := f.renters(t, 4)
	gpus := []uint32{2, 1, 3, 1}
	txs := make([]*types.Transaction, len(renters))
	for i, r := range renters {
		// 24 hours, 10 coins: within the prepayment and the term at any price the order can give.
		req := LeaseRequest{ListingID: f.listing.ID, GPUs: gpus[i], Hours: 24,
			Deposit: money.MustParse("10"), MaxPricePerGPUHour: c.Ceiling}
		data, err := f.market.SignedLeaseCall(f.ctx, r, r.Address(), req)
		if err != nil {
			t.Fatal(err)
		}
		addr := f.market.Address()
		if txs[i], err = r.Send(f.ctx, &addr, data, nil); err != nil {
			t.Fatalf("send lease %d: %v", i, err)
		}
	}
	f.commit() // all four in one block
	type priced struct {
		index uint
		gpus  uint32
		ev    CurveEvent
	}
	var got []priced
	var block *big.Int
	for i, tx := range txs {
		rcpt, err := renters[i].Wait(f.ctx, tx)
		if err != nil {
			t.Fatalf("lease %d: %v", i, err)
		}
		if block != nil && block.Cmp(rcpt.BlockNumber) != 0 {
			t.Fatalf("leases landed in blocks %s and %s, want one", block, rcpt.BlockNumber)
		}
		block = rcpt.BlockNumber
		got = append(got, priced{rcpt.TransactionIndex, gpus[i], f.pricedIn(t, rcpt)})
	}
	// In block order, each saw the GPUs of those before it.
	for i := range got {
		for j := i + 1; j < len(got); j++ {
			if got[j].index < got[i].index {
				got[i], got[j] = got[j], got[i]
			}
		}
	}
	var leased uint32
	for _, p := range got {
		u := Utilisation(leased, 8)
		want := c.PriceAt(u, 0)
		if uint32(p.ev.UtilisationBps) != u || p.ev.Price.Cmp(want) != 0 {
			t.Fatalf("lease at index %d priced at %d bps, %s; want %d bps, %s", p.index, p.ev.UtilisationBps, p.ev.Price, u, want)
		}
		l, err := f.market.Lease(f.ctx, p.ev.LeaseID)
		if err != nil {
			t.Fatal(err)
		}
		if l.PricePerGPUHour.Cmp(want) != 0 {
			t.Fatalf("lease %d keeps %s, want %s", l.ID, l.PricePerGPUHour, want)
		}
		leased += p.gpus
	}
}

// TestCurveBounds: the renter's max price holds against an operator who
// raises the curve in the same block (the front-runner), refused on chain
// with a decoded error; only the operator sets a curve; bad curves are
// refused by the client and, sent anyway, by the contract.
func TestCurveBounds(t *testing.T) {
	c := testCurve()
	f := newCurveFixture(t, c)
	renter := f.renters(t, 1)[0]
	q := f.quote(t, 1, 2)
	req := LeaseRequest{ListingID: f.listing.ID, GPUs: 1, Hours: 2, Deposit: q.Total, MaxPricePerGPUHour: q.PricePerGPUHour}
	data, err := f.market.SignedLeaseCall(f.ctx, renter, renter.Address(), req)
	if err != nil {
		t.Fatal(err)
	}
	raised := c
	raised.Base, raised.Ceiling = money.MustParse("4"), money.MustParse("9")
	addr := f.market.Address()
	front, err := f.admin.Send(f.ctx, &addr, f.market.abi.PackSetListingCurve(u256(f.listing.ID), raised.params()), nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := renter.Send(f.ctx, &addr, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.commit()
	if _, err := f.admin.Wait(f.ctx, front); err != nil {
		t.Fatal(err)
	}
	_, err = renter.Wait(f.ctx, tx)
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "PriceAboveBound" {
		t.Fatalf("lease after a front-run reprice: %v, want PriceAboveBound", err)
	}
	if msg := Explain(re); !strings.Contains(msg, "above the bound 2") {
		t.Fatalf("explained as %q", msg)
	}
	// The client refuses before sending when the quote is already above.
	if _, _, err := f.market.OpenLease(f.ctx, renter, req); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("lease above the bound: %v, want invalid input", err)
	}

	// Only the asset's operator sets or clears a curve.
	if _, err := f.market.SetCurve(f.ctx, renter, f.listing.ID, c); !isRevertNamed(err, "NotAssetOperator") {
		t.Fatalf("curve set by a renter: %v", err)
	}
	if _, err := f.market.ClearCurve(f.ctx, renter, f.listing.ID); !isRevertNamed(err, "NotAssetOperator") {
		t.Fatalf("curve cleared by a renter: %v", err)
	}

	bad := []struct {
		name string
		edit func(*Curve)
	}{
		{"zero floor", func(c *Curve) { c.Floor = money.Zero }},
		{"floor above base", func(c *Curve) { c.Floor = money.MustParse("3") }},
		{"base above ceiling", func(c *Curve) { c.Ceiling = money.MustParse("1.5") }},
		{"zero kink", func(c *Curve) { c.KinkBps = 0 }},
		{"kink above 100%", func(c *Curve) { c.KinkBps = 10001 }},
		{"ceiling too large", func(c *Curve) { c.Ceiling = money.MustFromUnits(new(big.Int).Lsh(big.NewInt(1), 80)) }},
		{"decay too large", func(c *Curve) { c.DecayPerIdleHour = money.MustFromUnits(new(big.Int).Lsh(big.NewInt(1), 56)) }},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			cv := c
			b.edit(&cv)
			if _, err := f.market.SetCurve(f.ctx, f.admin, f.listing.ID, cv); !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("client: %v, want invalid input", err)
			}
			_, err := f.admin.SendAndWait(f.ctx, &addr, f.market.abi.PackSetListingCurve(u256(f.listing.ID), cv.params()), nil)
			if !errors.As(err, &re) || re.Name != "InvalidCurve" {
				t.Fatalf("contract: %v, want InvalidCurve", err)
			}
			if Explain(re) == "" {
				t.Fatal("InvalidCurve not explained")
			}
		})
	}

	// Cleared, the listing is at its fixed price again.
	if _, err := f.market.ClearCurve(f.ctx, f.admin, f.listing.ID); err != nil {
		t.Fatal(err)
	}
	if q := f.quote(t, 1, 1); q.PricePerGPUHour.Cmp(f.listing.PricePerGPUHour) != 0 {
		t.Fatalf("quote after clear %s, want the fixed %s", q.PricePerGPUHour, f.listing.PricePerGPUHour)
	}
}

func isRevertNamed(err error, name string) bool {
	var re *chain.RevertError
	return errors.As(err, &re) && re.Name == name
}

// TestLeaseCurveGas measures, in the Osaka schedule, a lease of a curved
// listing next to one of a fixed price (docs/gas.md, "Price curves"): the
// same renter, one GPU, the second lease of each listing (warm renter and
// token slots), paid by EIP-3009 authorization.
func TestLeaseCurveGas(t *testing.T) {
	gc := openOsakaGasChain(t)
	market, renter := gc.leaseSetup(t)
	c := testCurve()
	measure := func(curve *Curve) uint64 {
		t.Helper()
		a := gc.tokenizeFor(t, 1_000_000, nil, nil, 1500, 500)
		spec := defaultListing()
		spec.Curve = curve
		l, _, err := market.CreateListing(gc.ctx, gc.admin, a.ID, spec)
		if err != nil {
			t.Fatal(err)
		}
		var gas uint64
		for range 2 {
			q, err := market.QuoteAt(gc.ctx, l.ID, 1, 24, nil)
			if err != nil {
				t.Fatal(err)
			}
			_, r, err := market.OpenLease(gc.ctx, renter, LeaseRequest{ListingID: l.ID, GPUs: 1, Hours: 24, Deposit: q.Total})
			if err != nil {
				t.Fatal(err)
			}
			gas = r.GasUsed
		}
		return gas
	}
	fixed, curved := measure(nil), measure(&c)
	t.Logf("osaka: lease at a fixed price %d gas, on a curve %d gas (+%d)", fixed, curved, curved-fixed)
	if curved > fixed+15_000 {
		t.Errorf("a curve adds %d gas to a lease, more than 15,000", curved-fixed)
	}
}
