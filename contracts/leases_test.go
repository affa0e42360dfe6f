package contracts

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/internal/rules"
	"github.com/gpuledger/gpuledger/money"
)

// marketFixture is an env with one operator, one tokenized 8-GPU asset and
// one listing of all 8 GPUs.
type marketFixture struct {
	*env
	op      *chain.Transactor
	asset   Asset
	listing Listing
}

func defaultListing() ListingSpec {
	return ListingSpec{
		GPUs: 8, PricePerGPUHour: money.MustParse("2.333333"), MinHours: 1, MaxHours: 720,
		SLAAvailabilityBps: 9900, CreditBps: 1000,
	}
}

func newMarketFixture(t testing.TB) *marketFixture {
	t.Helper()
	e := newEnv(t)
	f := &marketFixture{env: e, op: e.operator(t)}
	f.asset = f.tokenize(t)
	f.listing = f.list(t, f.asset.ID, defaultListing())
	return f
}

func (f *marketFixture) tokenize(t testing.TB) Asset {
	t.Helper()
	a, _, err := f.assets.Tokenize(f.ctx, f.op, h100Spec())
	if err != nil {
		t.Fatalf("tokenize: %v", err)
	}
	return a
}

func (f *marketFixture) list(t testing.TB, assetID uint64, spec ListingSpec) Listing {
	t.Helper()
	l, _, err := f.market.CreateListing(f.ctx, f.op, assetID, spec)
	if err != nil {
		t.Fatalf("create listing: %v", err)
	}
	return l
}

// renter returns a funded account holding amount of the stablecoin.
func (f *marketFixture) renter(t testing.TB, amount string) *chain.Transactor {
	t.Helper()
	r := f.account(t)
	if _, err := f.token.Mint(f.ctx, f.admin, r.Address(), money.MustParse(amount)); err != nil {
		t.Fatalf("mint: %v", err)
	}
	return r
}

func (f *marketFixture) advance(t testing.TB, d time.Duration) {
	t.Helper()
	if err := f.chain.AdjustTime(d); err != nil {
		t.Fatalf("adjust time: %v", err)
	}
}

func (f *marketFixture) open(t testing.TB, r *chain.Transactor, req LeaseRequest) Lease {
	t.Helper()
	l, _, err := f.market.OpenLease(f.ctx, r, req)
	if err != nil {
		t.Fatalf("open lease: %v", err)
	}
	return l
}

// termCost is gpus × price × hours in units.
func termCost(gpus, hours uint32, price money.Amount) *big.Int {
	c := new(big.Int).Mul(price.Units(), big.NewInt(int64(gpus)*int64(hours)))
	return c
}

// blockTime is the time of the block a receipt is in.
func (e *env) blockTime(t testing.TB, rcpt *types.Receipt) int64 {
	t.Helper()
	h, err := e.chain.Client().HeaderByNumber(e.ctx, rcpt.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	return int64(h.Time)
}

func requireConserved(t testing.TB, l Lease) {
	t.Helper()
	sum := l.Released.Add(l.Refunded).Add(l.Escrow)
	if sum.Cmp(l.Deposit) != 0 {
		t.Fatalf("lease %d: deposit %s != released %s + refunded %s + escrow %s", l.ID, l.Deposit, l.Released, l.Refunded, l.Escrow)
	}
}

// TestSettlePatternsReleaseSameTotal: one lease settled only at its end and
// one settled at 37 random instants release exactly the whole term's cost.
func TestSettlePatternsReleaseSameTotal(t *testing.T) {
	f := newMarketFixture(t)
	const gpus, hours = 3, 5
	price := f.listing.PricePerGPUHour
	cost := termCost(gpus, hours, price)
	deposit := money.MustFromUnits(cost)
	once := f.open(t, f.renter(t, "100"), LeaseRequest{ListingID: f.listing.ID, GPUs: gpus, Hours: hours, Deposit: deposit})
	often := f.open(t, f.renter(t, "100"), LeaseRequest{ListingID: f.listing.ID, GPUs: gpus, Hours: hours, Deposit: deposit})

	rng := rand.New(rand.NewPCG(37, 37))
	keeper := f.account(t)
	// The rule, from the reference: after a settlement at block time T the
	// lease has released exactly floor(gpus × price × (T − start) / 3600),
	// never a unit more (its deposit covers the whole term).
	ref := rules.Lease{GPUs: gpus, Price: price.Units(), Start: often.Start.Unix(), End: often.End.Unix()}
	var last Lease
	inexact := 0
	for i := 0; i < 37; i++ {
		f.advance(t, time.Duration(1+rng.IntN(400))*time.Second)
		l, rcpt, err := f.market.Settle(f.ctx, keeper, often.ID)
		if err != nil {
			t.Fatalf("settle %d: %v", i, err)
		}
		requireConserved(t, l)
		at := f.blockTime(t, rcpt)
		want := ref.AccruedAt(at)
		if l.Released.Units().Cmp(want) != 0 {
			t.Fatalf("settle %d at start+%ds: released %s units, the rule gives %s", i, at-ref.Start, l.Released.Units(), want)
		}
		if exact := new(big.Int).Mul(price.Units(), big.NewInt(gpus*(at-ref.Start))); new(big.Int).Rem(exact, big.NewInt(3600)).Sign() != 0 {
			inexact++ // an instant where rounding up and down differ
		}
		if l.Released.Cmp(last.Released) < 0 {
			t.Fatalf("released went down: %s -> %s", last.Released, l.Released)
		}
		last = l
	}
	if inexact < 30 {
		t.Fatalf("only %d of 37 settlements at instants where the floor matters", inexact)
	}
	// The contract's view and the client's own rule at random instants,
	// before the start, inside the term and past its end.
	for range 25 {
		at := ref.Start - 100 + rng.Int64N(int64(hours)*3600+400)
		want := ref.AccruedAt(max(at, ref.Start))
		onChain, err := f.market.AccruedAt(f.ctx, often.ID, time.Unix(max(at, ref.Start), 0))
		if err != nil {
			t.Fatal(err)
		}
		if onChain.Units().Cmp(want) != 0 || often.AccruedAt(time.Unix(at, 0)).Units().Cmp(want) != 0 {
			t.Errorf("accrued at start%+ds: contract %s, client %s, the rule %s units", at-ref.Start,
				onChain.Units(), often.AccruedAt(time.Unix(at, 0)).Units(), want)
		}
	}
	f.advance(t, hours*time.Hour)
	for _, id := range []uint64{once.ID, often.ID} {
		l, _, err := f.market.Settle(f.ctx, keeper, id)
		if err != nil {
			t.Fatal(err)
		}
		requireConserved(t, l)
		if l.Released.Units().Cmp(cost) != 0 || !l.Escrow.IsZero() || l.Status != LeaseEnded || l.CloseReason != ReasonExpired {
			t.Errorf("lease %d: released %s (want %s), escrow %s, %s/%s", id, l.Released, money.MustFromUnits(cost), l.Escrow, l.Status, l.CloseReason)
		}
	}
	// A settle of an ended lease changes nothing.
	before, _ := f.market.Lease(f.ctx, once.ID)
	after, _, err := f.market.Settle(f.ctx, keeper, once.ID)
	if err != nil || fmt.Sprintf("%+v", after) != fmt.Sprintf("%+v", before) {
		t.Errorf("settle after end: %v, %+v -> %+v", err, before, after)
	}
}

func TestCloseByRenterRefundsUnaccrued(t *testing.T) {
	f := newMarketFixture(t)
	r := f.renter(t, "1000")
	price := f.listing.PricePerGPUHour
	l := f.open(t, r, LeaseRequest{ListingID: f.listing.ID, GPUs: 2, Hours: 10, Deposit: money.MustFromUnits(termCost(2, 10, price))})
	f.advance(t, 90*time.Minute-1*time.Second) // the close's block adds a second

	// Only the renter may close an active lease.
	stranger := f.account(t)
	if _, _, err := f.market.Close(f.ctx, stranger, l.ID); !isRevert(err, "NotRenter") {
		t.Errorf("stranger close: %v", err)
	}
	if _, _, err := f.market.Close(f.ctx, f.op, l.ID); !isRevert(err, "NotOverdrawn") {
		t.Errorf("operator close of a funded lease: %v", err)
	}

	closed, _, err := f.market.Close(f.ctx, r, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	requireConserved(t, closed)
	elapsed := closed.End.Sub(closed.Start)
	want := new(big.Int).Mul(big.NewInt(2), price.Units())
	want.Mul(want, big.NewInt(int64(elapsed/time.Second)))
	want.Div(want, big.NewInt(3600))
	if closed.Released.Units().Cmp(want) != 0 || closed.Status != LeaseEnded || closed.CloseReason != ReasonClosedByRenter || !closed.Retired {
		t.Fatalf("closed after %s: released %s want %s; %s %s retired=%v", elapsed, closed.Released, money.MustFromUnits(want), closed.Status, closed.CloseReason, closed.Retired)
	}
	bal, _ := f.token.BalanceOf(f.ctx, r.Address())
	if got := money.MustParse("1000").Decimal().Sub(closed.Released.Decimal()); !bal.Decimal().Equal(got) {
		t.Errorf("renter balance %s, want %s", bal, got)
	}
	if n, _ := f.market.LeasedGPUs(f.ctx, f.asset.ID); n != 0 {
		t.Errorf("%d GPUs still leased after close", n)
	}
}

func TestOverdrawnTopUpAndOperatorClose(t *testing.T) {
	f := newMarketFixture(t)
	price := f.listing.PricePerGPUHour
	hour := money.MustFromUnits(termCost(4, 1, price))
	r := f.renter(t, "1000")
	l := f.open(t, r, LeaseRequest{ListingID: f.listing.ID, GPUs: 4, Hours: 6, Deposit: hour})
	f.advance(t, 2*time.Hour)
	s, _, err := f.market.Settle(f.ctx, f.op, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if s.Status != LeaseOverdrawn || s.Released.Cmp(hour) != 0 || !s.Escrow.IsZero() {
		t.Fatalf("after 2h on 1h of deposit: %s released %s escrow %s", s.Status, s.Released, s.Escrow)
	}
	// A top-up pays the debt first and the lease runs again.
	s, _, err = f.market.TopUp(f.ctx, r, l.ID, money.MustFromUnits(termCost(4, 3, price)))
	if err != nil {
		t.Fatal(err)
	}
	requireConserved(t, s)
	if s.Status != LeaseActive {
		t.Fatalf("after top-up: %s", s.Status)
	}
	f.advance(t, 3*time.Hour)
	s, _, err = f.market.Settle(f.ctx, f.op, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if s.Status != LeaseOverdrawn {
		t.Fatalf("after 5h on 4h of deposit: %s", s.Status)
	}
	// Out of funds: now the operator may close it, and the reason says why.
	s, _, err = f.market.Close(f.ctx, f.op, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	requireConserved(t, s)
	if s.Status != LeaseEnded || s.CloseReason != ReasonOutOfFunds || !s.Escrow.IsZero() || !s.Refunded.IsZero() {
		t.Fatalf("operator close: %+v", s)
	}
	if want := money.MustFromUnits(termCost(4, 4, price)); s.Released.Cmp(want) != 0 {
		t.Errorf("released %s, want everything deposited %s", s.Released, want)
	}
}

// TestCapacityNeverOversold sends concurrent lease transactions straight to
// the contract (no client-side check) that together would oversell the
// asset: the contract refuses the excess with a decoded error.
func TestCapacityNeverOversold(t *testing.T) {
	f := newMarketFixture(t)
	second := f.list(t, f.asset.ID, defaultListing()) // two listings of the same 8 GPUs
	price := f.listing.PricePerGPUHour
	deposit := money.MustFromUnits(termCost(3, 1, price))
	const attempts = 8
	renters := make([]*chain.Transactor, attempts)
	for i := range renters {
		renters[i] = f.renter(t, "100")
		if _, err := f.token.Approve(f.ctx, renters[i], f.market.Address(), deposit); err != nil {
			t.Fatal(err)
		}
	}
	abi := leasemarket.NewLeaseMarket()
	var wg sync.WaitGroup
	errs := make([]error, attempts)
	for i := range renters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			listing := f.listing.ID
			if i%2 == 1 {
				listing = second.ID
			}
			addr := f.market.Address()
			_, errs[i] = renters[i].SendAndWait(f.ctx, &addr, abi.PackLease(u256(listing), 3, 1, deposit.Units(), maxUint256, nil), nil)
		}()
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case isRevert(err, "InsufficientCapacity"), isRevert(err, "ListingCapacityExceeded"):
		default:
			t.Errorf("unexpected error: %v", err)
		}
	}
	leased, _ := f.market.LeasedGPUs(f.ctx, f.asset.ID)
	if uint32(ok*3) != leased || leased > 8 || ok < 2 {
		t.Fatalf("%d leases of 3 GPUs on 8 GPUs succeeded, %d GPUs leased", ok, leased)
	}
	// Once those expire, the hint frees their GPUs for the next lease.
	f.advance(t, time.Hour)
	r := f.renter(t, "100")
	var expired []uint64
	for id := uint64(1); id <= uint64(ok); id++ {
		expired = append(expired, id)
	}
	if _, _, err := f.market.OpenLease(f.ctx, r, LeaseRequest{ListingID: f.listing.ID, GPUs: 8, Hours: 1, Deposit: money.MustFromUnits(termCost(8, 1, price))}, expired...); err != nil {
		t.Fatalf("lease after expiry: %v", err)
	}
}

func TestLeaseBadInputChangesNothing(t *testing.T) {
	f := newMarketFixture(t)
	r := f.renter(t, "1000")
	price := f.listing.PricePerGPUHour
	ok := LeaseRequest{ListingID: f.listing.ID, GPUs: 2, Hours: 2, Deposit: money.MustFromUnits(termCost(2, 2, price))}
	mut := func(m func(*LeaseRequest)) LeaseRequest { q := ok; m(&q); return q }
	tests := []struct {
		name string
		req  LeaseRequest
		want func(error) bool
	}{
		{"zero GPUs", mut(func(q *LeaseRequest) { q.GPUs = 0 }), isInvalid("gpus")},
		{"term under min", mut(func(q *LeaseRequest) { q.Hours = 0 }), isInvalid("hours")},
		{"term over max", mut(func(q *LeaseRequest) { q.Hours = 721 }), isInvalid("hours must be between 1 and 720")},
		{"unknown listing", mut(func(q *LeaseRequest) { q.ListingID = 99 }), func(err error) bool { return isRevert(err, "UnknownListing") }},
		{"more GPUs than listed", mut(func(q *LeaseRequest) { q.GPUs = 9 }), isInvalid("GPUs free")},
		{"deposit below an hour", mut(func(q *LeaseRequest) { q.Deposit = money.MustParse("1") }), isInvalid("minimum prepayment")},
		{"deposit over the term", mut(func(q *LeaseRequest) { q.Deposit = money.MustParse("500") }), isInvalid("exceeds")},
	}
	before := e2eState(t, f, r.Address())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := f.market.OpenLease(f.ctx, r, tt.req)
			if !tt.want(err) {
				t.Fatalf("got %v", err)
			}
		})
	}
	// Price with 7 decimals never becomes an amount.
	if _, err := money.Parse("2.5000001"); !errors.Is(err, money.ErrPrecision) {
		t.Errorf("7-decimal price: %v", err)
	}
	// Insufficient allowance: the contract refuses the pull, decoded.
	addr := f.market.Address()
	_, err := r.SendAndWait(f.ctx, &addr, leasemarket.NewLeaseMarket().PackLease(u256(ok.ListingID), ok.GPUs, ok.Hours, ok.Deposit.Units(), maxUint256, nil), nil)
	if !isRevert(err, "ERC20InsufficientAllowance") {
		t.Errorf("lease without allowance: %v", err)
	}
	if after := e2eState(t, f, r.Address()); after != before {
		t.Errorf("refused input changed state: %+v -> %+v", before, after)
	}

	// Only the operator edits its listing.
	if _, err := f.market.SetListingPrice(f.ctx, r, f.listing.ID, money.MustParse("1")); !isRevert(err, "NotAssetOperator") {
		t.Errorf("renter edits listing: %v", err)
	}
	if _, err := f.market.SetListingPrice(f.ctx, f.op, f.listing.ID, money.MustParse("3.10")); err != nil {
		t.Errorf("operator edits listing: %v", err)
	}
	// The new price applies to new leases only.
	l := f.open(t, r, ok)
	if l.PricePerGPUHour.String() != "3.10" {
		t.Errorf("new lease price %s", l.PricePerGPUHour)
	}
}

type marketState struct {
	leases  string
	balance string
	leased  uint32
}

func e2eState(t testing.TB, f *marketFixture, renter common.Address) marketState {
	t.Helper()
	out, err := f.chain.Client().CallContract(f.ctx, callMsg(f.market.Address(), leasemarket.NewLeaseMarket().PackLeaseCount()), nil)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := leasemarket.NewLeaseMarket().UnpackLeaseCount(out)
	bal, _ := f.token.BalanceOf(f.ctx, renter)
	leased, _ := f.market.LeasedGPUs(f.ctx, f.asset.ID)
	return marketState{leases: n.String(), balance: bal.String(), leased: leased}
}

func isRevert(err error, name string) bool {
	var re *chain.RevertError
	return errors.As(err, &re) && re.Name == name
}

func isInvalid(substr string) func(error) bool {
	return func(err error) bool {
		return errors.Is(err, ErrInvalidInput) && strings.Contains(err.Error(), substr)
	}
}
