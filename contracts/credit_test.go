package contracts

import (
	"errors"
	"fmt"
	"math/big"
	mathrand "math/rand"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts/bindings/lendingpool"
	"github.com/gpuledger/gpuledger/money"
)

// Tests of issue 14, "Compute finance" (the on-chain part): docs/credit.md
// states the formulas these hold the contracts to.

// creditFixture is an env with clients of the lending pool, the credit
// vault and the revenue side, and one operator.
type creditFixture struct {
	*env
	pool    *Pool
	vault   *Vault
	revenue *Revenue
	op      *chain.Transactor
	payer   *chain.Transactor // deposits revenue directly
}

func newCreditFixture(t testing.TB) *creditFixture {
	t.Helper()
	e := newEnv(t)
	reader := chain.DecodingCaller{Client: e.chain.Client(), Decoder: e.decoder}
	f := &creditFixture{env: e, op: e.operator(t)}
	f.pool = NewPool(reader, e.manifest.Address(LendingPoolName), e.token)
	f.vault = NewVault(reader, e.manifest.Address(CreditVaultName), e.manifest.Address(GPUAssetName), e.token)
	f.revenue = NewRevenue(reader, e.manifest.Address(GPUAssetName))
	f.payer = f.funded(t, "100000000")
	if _, err := e.token.Approve(e.ctx, f.payer, f.revenue.Address(), money.MustParse("100000000")); err != nil {
		t.Fatal(err)
	}
	return f
}

// funded returns a new account holding amount of the stablecoin.
func (f *creditFixture) funded(t testing.TB, amount string) *chain.Transactor {
	t.Helper()
	a := f.account(t)
	if _, err := f.token.Mint(f.ctx, f.admin, a.Address(), money.MustParse(amount)); err != nil {
		t.Fatalf("mint: %v", err)
	}
	return a
}

// tokenize tokenizes spec for the fixture's operator.
func (f *creditFixture) tokenize(t testing.TB, spec AssetSpec) Asset {
	t.Helper()
	a, _, err := f.assets.Tokenize(f.ctx, f.op, spec)
	if err != nil {
		t.Fatalf("tokenize: %v", err)
	}
	return a
}

// give moves n shares of the asset from the operator to `to`.
func (f *creditFixture) give(t testing.TB, assetID uint64, to common.Address, n int64) {
	t.Helper()
	if _, err := f.assets.Transfer(f.ctx, f.op, to, assetID, NewShares(big.NewInt(n))); err != nil {
		t.Fatalf("give shares: %v", err)
	}
}

// depositRevenue books amount as revenue of the asset, paid by the fixture's payer.
func (f *creditFixture) depositRevenue(t testing.TB, assetID uint64, amount string) RevenueDeposit {
	t.Helper()
	d, _, err := f.revenue.DepositRevenue(f.ctx, f.payer, assetID, money.MustParse(amount))
	if err != nil {
		t.Fatalf("deposit revenue: %v", err)
	}
	return d
}

func (f *creditFixture) advance(t testing.TB, d time.Duration) {
	t.Helper()
	if err := f.chain.AdjustTime(d); err != nil {
		t.Fatalf("adjust time: %v", err)
	}
}

func (f *creditFixture) loan(t testing.TB, id uint64) Loan {
	t.Helper()
	l, err := f.vault.Loan(f.ctx, id)
	if err != nil {
		t.Fatalf("loan %d: %v", id, err)
	}
	return l
}

func (f *creditFixture) balance(t testing.TB, addr common.Address) money.Amount {
	t.Helper()
	b, err := f.token.BalanceOf(f.ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (f *creditFixture) shares(t testing.TB, holder common.Address, assetID uint64) *big.Int {
	t.Helper()
	s, err := f.assets.SharesOf(f.ctx, holder, assetID)
	if err != nil {
		t.Fatal(err)
	}
	return s.Int()
}

// TestCreditLifecycle: a lender funds the pool, an investor pledges shares,
// borrows against their trailing revenue, the shares' revenue repays the
// loan by itself, the rest is repaid, the shares come back.
func TestCreditLifecycle(t *testing.T) {
	f := newCreditFixture(t)
	lender := f.funded(t, "100000")
	if _, _, err := f.pool.Deposit(f.ctx, lender, money.MustParse("100000")); err != nil {
		t.Fatal(err)
	}
	a := f.tokenize(t, h100Spec())
	borrower := f.funded(t, "1000")
	f.give(t, a.ID, borrower.Address(), 100_000)

	id, rcpt, err := f.vault.Pledge(f.ctx, borrower, a.ID, NewShares(big.NewInt(100_000)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("pledge: %d gas", rcpt.GasUsed)
	// No trailing revenue yet: nothing can be borrowed.
	_, _, err = f.vault.Borrow(f.ctx, borrower, id, money.MustParse("1"))
	requireRevert(t, err, "BorrowLimitExceeded", map[string]any{"borrowLimit": 0})

	f.depositRevenue(t, a.ID, "8640")
	f.advance(t, 30*24*time.Hour+time.Second)
	l := f.loan(t, id)
	t.Logf("after 30 days: value %s, limit %s", l.CollateralValue, l.BorrowLimit)
	if l.CollateralValue.IsZero() {
		t.Fatal("no collateral value after a lookback of revenue")
	}
	b, rcpt, err := f.vault.Borrow(f.ctx, borrower, id, money.MustParse("5000"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("borrow: %+v, %d gas", b, rcpt.GasUsed)

	// Revenue of the pledged shares repays the loan.
	f.depositRevenue(t, a.ID, "8640")
	sw, _, err := f.vault.Sweep(f.ctx, f.admin, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("sweep: %s", sw.Amount)
	before := f.loan(t, id)
	if _, err := f.vault.Settle(f.ctx, f.admin, id); err != nil {
		t.Fatal(err)
	}
	after := f.loan(t, id)
	t.Logf("debt %s -> %s (pending %s)", before.Debt, after.Debt, before.PendingRevenue)

	if _, err := f.token.Mint(f.ctx, f.admin, borrower.Address(), money.MustParse("1000")); err != nil {
		t.Fatal(err)
	}
	r, rcpt, err := f.vault.RepayAll(f.ctx, borrower, id)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("repay all: %+v, %d gas", r, rcpt.GasUsed)
	if _, err := f.vault.Unpledge(f.ctx, borrower, id, NewShares(big.NewInt(100_000))); err != nil {
		t.Fatal(err)
	}
	l = f.loan(t, id)
	if l.Status != LoanClosed || f.shares(t, borrower.Address(), a.ID).Int64() != 100_000 {
		t.Fatalf("loan %s, borrower holds %s shares", l.Status, f.shares(t, borrower.Address(), a.ID))
	}
	books, err := f.pool.Books(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("pool: %+v", books)
}

// The worked example of docs/credit.md, "Collateral value": an 8-GPU node
// with a book value of 280,000.000000, 48 months of useful life from
// 2026-01-01 and 1,000,000 shares, valued on 2027-01-01 with 6,480.000000
// of holders' revenue per 1,000,000 shares over the 30 days before, and a
// 15% discount rate.
var workedExample = struct {
	commissioned, endOfLife, at, snapshot time.Time
	in                                    Valuation
	book, revenue, price                  string // units × 1e18 per share
	shares                                int64
	value, borrowLimit, liquidationLimit  string
}{
	commissioned:     time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
	endOfLife:        time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC),
	at:               time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
	snapshot:         time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC),
	book:             "210047912388774811772758",
	revenue:          "193221466905187835420393",
	price:            "193221466905187835420393",
	shares:           100_000,
	value:            "19322.14669",
	borrowLimit:      "9661.073345",
	liquidationLimit: "13525.502683",
}

func init() {
	w := &workedExample
	w.in = Valuation{
		BookValue: money.MustParse("280000").Units(), Supply: big.NewInt(1_000_000),
		CommissionedAt: big.NewInt(w.commissioned.Unix()), EndOfLife: big.NewInt(w.endOfLife.Unix()),
		SnapshotAcc: new(big.Int).Add(big.NewInt(1), big.NewInt(0)), SnapshotAt: big.NewInt(w.snapshot.Unix()),
		AsOf: big.NewInt(w.at.Unix()), DiscountRateBps: big.NewInt(1500),
	}
	// accRevenuePerShare starts at 1 (ACC_OFFSET); 6,480 units per share since the snapshot.
	w.in.Acc = new(big.Int).Add(w.in.SnapshotAcc, new(big.Int).Mul(big.NewInt(6480), PriceScale))
}

// TestCreditValuationWorkedExample checks docs/credit.md's worked example
// to the unit against the contract's own formula, and the calendar.
func TestCreditValuationWorkedExample(t *testing.T) {
	f := newCreditFixture(t)
	w := workedExample
	end, err := f.vault.EndOfLife(f.ctx, w.commissioned, 48)
	if err != nil {
		t.Fatal(err)
	}
	if !end.Equal(w.endOfLife) {
		t.Fatalf("end of life %s, want %s", end, w.endOfLife)
	}
	p, err := f.vault.ValuePerShare(f.ctx, w.in)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what string
		got  *big.Int
		want string
	}{{"book", p.Book, w.book}, {"revenue", p.Revenue, w.revenue}, {"price", p.Price, w.price}} {
		if c.got.String() != c.want {
			t.Errorf("%s per share = %s, docs say %s", c.what, c.got, c.want)
		}
	}
	if p.Price.Cmp(goSharePrice(w.in)) != 0 {
		t.Errorf("contract %s, Go recomputation %s", p.Price, goSharePrice(w.in))
	}
	value := p.ValueOf(NewShares(big.NewInt(w.shares)))
	limit := money.MustFromUnits(new(big.Int).Quo(new(big.Int).Mul(value.Units(), big.NewInt(5000)), big.NewInt(10000)))
	liq := money.MustFromUnits(new(big.Int).Quo(new(big.Int).Mul(value.Units(), big.NewInt(7000)), big.NewInt(10000)))
	requireAmount(t, "value of 100,000 shares", value, w.value)
	requireAmount(t, "borrow limit at 50%", limit, w.borrowLimit)
	requireAmount(t, "liquidation limit at 70%", liq, w.liquidationLimit)

	// No snapshot a lookback old: no revenue value, so no value at all.
	in := w.in
	in.SnapshotAt = big.NewInt(0)
	if p, err := f.vault.ValuePerShare(f.ctx, in); err != nil || p.Price.Sign() != 0 || p.Revenue.Sign() != 0 {
		t.Errorf("without a snapshot: %+v, %v; want a zero price", p, err)
	}
	// Past the end of life: worth nothing.
	in = w.in
	in.AsOf = big.NewInt(w.endOfLife.Unix())
	if p, err := f.vault.ValuePerShare(f.ctx, in); err != nil || p.Price.Sign() != 0 || p.Book.Sign() != 0 {
		t.Errorf("at the end of life: %+v, %v; want zero", p, err)
	}
}

// goSharePrice recomputes CreditVault.valuePerShare with big integers.
func goSharePrice(v Valuation) *big.Int {
	if v.AsOf.Cmp(v.EndOfLife) >= 0 {
		return new(big.Int)
	}
	start := v.AsOf
	if v.CommissionedAt.Cmp(start) > 0 {
		start = v.CommissionedAt
	}
	left := new(big.Int).Sub(v.EndOfLife, start)
	life := new(big.Int).Sub(v.EndOfLife, v.CommissionedAt)
	book := new(big.Int).Mul(v.BookValue, left)
	book.Mul(book, PriceScale).Quo(book, new(big.Int).Mul(life, v.Supply))
	rev := new(big.Int)
	if v.SnapshotAt.Sign() > 0 && v.AsOf.Cmp(v.SnapshotAt) > 0 && v.Acc.Cmp(v.SnapshotAcc) > 0 {
		k := big.NewInt(2 * 365 * 86400 * 10000)
		num := new(big.Int).Sub(v.Acc, v.SnapshotAcc)
		num.Mul(num, left).Mul(num, k)
		den := new(big.Int).Mul(v.DiscountRateBps, left)
		den.Add(den, k).Mul(den, new(big.Int).Sub(v.AsOf, v.SnapshotAt))
		rev.Quo(num, den)
	}
	if book.Cmp(rev) < 0 {
		return book
	}
	return rev
}

// TestCreditCalendar: the end of useful life is commissioning plus calendar
// months exactly as Go's AddDate (and so yield.BookValue) computes it.
func TestCreditCalendar(t *testing.T) {
	f := newCreditFixture(t)
	rng := rand.New(rand.NewPCG(14, 1))
	cases := []struct {
		at     time.Time
		months uint16
	}{
		{time.Date(2026, 1, 31, 12, 0, 0, 0, time.UTC), 1},    // 3 March
		{time.Date(2027, 12, 31, 23, 59, 59, 0, time.UTC), 2}, // 2 March 2028 (leap)
		{time.Date(2028, 2, 29, 0, 0, 0, 0, time.UTC), 12},    // 1 March 2029
		{time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), 240},
		{time.Date(2099, 12, 31, 0, 0, 0, 0, time.UTC), 240}, // across 2100, not a leap year
	}
	for range 200 {
		cases = append(cases, struct {
			at     time.Time
			months uint16
		}{time.Unix(rng.Int64N(5_000_000_000), 0).UTC(), uint16(1 + rng.IntN(240))})
	}
	for _, c := range cases {
		got, err := f.vault.EndOfLife(f.ctx, c.at, c.months)
		if err != nil {
			t.Fatal(err)
		}
		if want := c.at.AddDate(0, int(c.months), 0); !got.Equal(want) {
			t.Errorf("%s + %d months: contract %s, Go %s", c.at, c.months, got, want)
		}
	}
}

// TestCreditLiveValuation: the vault values an asset's shares from chain
// data alone (GPUAsset's record and accRevenuePerShare, the vault's own
// snapshots, the block's time), exactly as docs/credit.md's formula says;
// the value falls as the node idles.
func TestCreditLiveValuation(t *testing.T) {
	f := newCreditFixture(t)
	a := f.tokenize(t, h100Spec())
	if _, err := f.vault.Checkpoint(f.ctx, f.admin, a.ID); err != nil {
		t.Fatal(err)
	}
	check := func(when string) *big.Int {
		t.Helper()
		head, err := f.chain.Client().HeaderByNumber(f.ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := f.vault.SharePrice(f.ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		older, recent, err := f.vault.Snapshots(f.ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		tot, err := f.revenue.Totals(f.ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		risk, err := f.vault.RiskParams(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		now := time.Unix(int64(head.Time), 0)
		in := Valuation{
			BookValue: a.BookValue.Units(), Supply: a.Shares.Int(),
			CommissionedAt: big.NewInt(a.CommissionedAt.Unix()),
			EndOfLife:      big.NewInt(a.CommissionedAt.AddDate(0, int(a.UsefulLifeMonths), 0).Unix()),
			Acc:            tot.AccRevenuePerShare, AsOf: big.NewInt(now.Unix()),
			DiscountRateBps: big.NewInt(int64(risk.DiscountRateBps)), SnapshotAcc: new(big.Int), SnapshotAt: new(big.Int),
		}
		for _, s := range []RevenueSnapshot{recent, older} { // the newest a lookback old
			if !s.TakenAt.IsZero() && now.Sub(s.TakenAt) >= risk.Lookback {
				in.SnapshotAcc, in.SnapshotAt = s.Acc, big.NewInt(s.TakenAt.Unix())
				break
			}
		}
		if want := goSharePrice(in); got.Price.Cmp(want) != 0 {
			t.Fatalf("%s: contract prices a share at %s, the formula at %s (%+v)", when, got.Price, want, got)
		}
		t.Logf("%s: price %s (book %s, revenue %s)", when, got.Price, got.Book, got.Revenue)
		return got.Price
	}
	if p := check("no history"); p.Sign() != 0 {
		t.Fatalf("a share with no revenue history is worth %s, want 0", p)
	}
	// A busy month, then the lookback has passed.
	for range 30 {
		f.depositRevenue(t, a.ID, "288") // 8 GPUs x 2.50 x 24 h x 60%
		f.advance(t, 24*time.Hour)
	}
	busy := check("busy month")
	if _, err := f.vault.Checkpoint(f.ctx, f.admin, a.ID); err != nil {
		t.Fatal(err)
	}
	if p := check("after a checkpoint"); p.Cmp(busy) > 0 {
		t.Fatalf("a checkpoint raised the price from %s to %s", busy, p)
	}
	// The node idles for a month: its revenue value falls.
	f.advance(t, 31*24*time.Hour)
	if _, err := f.vault.Checkpoint(f.ctx, f.admin, a.ID); err != nil {
		t.Fatal(err)
	}
	idle := check("idle month")
	if idle.Cmp(busy) >= 0 {
		t.Fatalf("idling did not lower the price: %s then %s", busy, idle)
	}
}

// creditState renders everything a refused call must leave untouched.
func (f *creditFixture) creditState(t testing.TB, loans []uint64, assetIDs []uint64, accounts ...common.Address) string {
	t.Helper()
	var b strings.Builder
	books, err := f.pool.Books(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "pool %+v\n", books)
	n, err := f.vault.LoanCount(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	owed, err := f.vault.TotalOwed(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "loans %d owed %s\n", n, owed)
	for _, id := range loans {
		fmt.Fprintf(&b, "loan %+v\n", f.loan(t, id))
	}
	addrs := append([]common.Address{f.pool.Address(), f.vault.Address()}, accounts...)
	for _, a := range assetIDs {
		book, err := f.vault.AssetBook(f.ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "asset %d book %+v\n", a, book)
		for _, addr := range addrs {
			fmt.Fprintf(&b, "  %s holds %s shares\n", addr, f.shares(t, addr, a))
		}
	}
	for _, addr := range addrs {
		ps, err := f.pool.SharesOf(f.ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s: %s coins, %s pool shares\n", addr, f.balance(t, addr), ps)
	}
	return b.String()
}

// refused runs op, which must fail with the decoded revert name (and args),
// and checks that the state is what it was.
func (f *creditFixture) refused(t *testing.T, what string, state func() string, op func() error, name string, args map[string]any) {
	t.Helper()
	before := state()
	err := op()
	if err == nil {
		t.Fatalf("%s: accepted, want %s", what, name)
	}
	requireRevert(t, err, name, args)
	if after := state(); after != before {
		t.Fatalf("%s: refused, but the state changed:\nbefore\n%s\nafter\n%s", what, before, after)
	}
	t.Logf("%s: refused with %v", what, err)
}

// TestCreditRefusals (issue 14, acceptance): each is refused with a
// decoded error and changes nothing.
func TestCreditRefusals(t *testing.T) {
	f := newCreditFixture(t)
	lender := f.funded(t, "10000")
	if _, _, err := f.pool.Deposit(f.ctx, lender, money.MustParse("10000")); err != nil {
		t.Fatal(err)
	}
	a := f.tokenize(t, h100Spec())
	b := f.funded(t, "100")
	other := f.account(t)
	f.give(t, a.ID, b.Address(), 100_000)
	loan1, _, err := f.vault.Pledge(f.ctx, b, a.ID, NewShares(big.NewInt(60_000)))
	if err != nil {
		t.Fatal(err)
	}
	f.depositRevenue(t, a.ID, "8640")
	f.advance(t, 30*24*time.Hour+time.Second)
	state := func() string {
		return f.creditState(t, []uint64{loan1}, []uint64{a.ID}, lender.Address(), b.Address(), other.Address())
	}
	l := f.loan(t, loan1)

	over := money.MustFromUnits(new(big.Int).Add(l.BorrowLimit.Units(), big.NewInt(1)))
	f.refused(t, "borrow over the LTV", state, func() error {
		_, _, err := f.vault.Borrow(f.ctx, b, loan1, over)
		return err
	}, "BorrowLimitExceeded", map[string]any{"loanId": int(loan1), "debt": over.Units()}) // the limit falls by the second (depreciation)

	if _, _, err := f.vault.Borrow(f.ctx, b, loan1, money.MustParse("5000")); err != nil {
		t.Fatal(err)
	}
	cash := money.MustParse("5000")
	f.refused(t, "withdraw lent-out cash", state, func() error {
		_, _, err := f.pool.Withdraw(f.ctx, lender, money.MustParse("10000"))
		return err
	}, "ERC4626ExceededMaxWithdraw", map[string]any{"owner": lender.Address(), "max": cash.Units()})
	shares, err := f.pool.SharesOf(f.ctx, lender.Address())
	if err != nil {
		t.Fatal(err)
	}
	f.refused(t, "redeem every share while half is lent", state, func() error {
		_, _, err := f.pool.Redeem(f.ctx, lender, shares)
		return err
	}, "ERC4626ExceededMaxRedeem", map[string]any{"owner": lender.Address()})
	if max, err := f.pool.MaxWithdraw(f.ctx, lender.Address()); err != nil || max.Cmp(cash) != 0 {
		t.Fatalf("max withdraw %s (%v), want the idle cash %s", max, err, cash)
	}

	f.refused(t, "pledge more shares than held", state, func() error {
		_, _, err := f.vault.Pledge(f.ctx, b, a.ID, NewShares(big.NewInt(40_001)))
		return err
	}, "ERC1155InsufficientBalance", map[string]any{"sender": b.Address(), "balance": 40_000, "needed": 40_001})
	loan2, _, err := f.vault.Pledge(f.ctx, b, a.ID, NewShares(big.NewInt(40_000)))
	if err != nil {
		t.Fatal(err)
	}
	state = func() string {
		return f.creditState(t, []uint64{loan1, loan2}, []uint64{a.ID}, lender.Address(), b.Address(), other.Address())
	}
	f.refused(t, "pledge pledged shares again", state, func() error {
		_, _, err := f.vault.Pledge(f.ctx, b, a.ID, NewShares(big.NewInt(40_000)))
		return err
	}, "ERC1155InsufficientBalance", map[string]any{"sender": b.Address(), "balance": 0})
	f.refused(t, "add loan 2's shares to loan 1", state, func() error {
		_, err := f.vault.AddCollateral(f.ctx, b, loan1, NewShares(big.NewInt(1)))
		return err
	}, "ERC1155InsufficientBalance", map[string]any{"sender": b.Address(), "balance": 0})
	f.refused(t, "transfer a pledged share", state, func() error {
		_, err := f.assets.Transfer(f.ctx, b, other.Address(), a.ID, NewShares(big.NewInt(1)))
		return err
	}, "ERC1155InsufficientBalance", map[string]any{"sender": b.Address(), "balance": 0})
	f.refused(t, "move shares out of the vault", state, func() error {
		data := f.assets.abi.PackSafeTransferFrom(f.vault.Address(), b.Address(), u256(a.ID), big.NewInt(1), nil)
		_, err := send(f.ctx, b, f.assets.Address(), "steal", data)
		return err
	}, "ERC1155MissingApprovalForAll", map[string]any{"operator": b.Address(), "owner": f.vault.Address()})
	f.refused(t, "send shares to the vault outside a pledge", state, func() error {
		_, err := f.assets.Transfer(f.ctx, f.op, f.vault.Address(), a.ID, NewShares(big.NewInt(1)))
		return err
	}, "UnexpectedShares", map[string]any{"operator": f.op.Address()})

	f.refused(t, "liquidate a healthy loan", state, func() error {
		_, err := f.vault.Flag(f.ctx, other, loan1)
		return err
	}, "LoanHealthy", map[string]any{"loanId": int(loan1)})
	f.refused(t, "auction a loan never flagged", state, func() error {
		_, _, err := f.vault.StartAuction(f.ctx, other, loan1)
		return err
	}, "NotFlagged", map[string]any{"loanId": int(loan1)})

	// The risk admin tightens the limits: loan 1 (5,000 on ~12,760) is now unhealthy.
	risk, err := f.vault.RiskParams(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	risk.LTVBps, risk.LiquidationThresholdBps = 2000, 3000
	if _, err := f.vault.SetRiskParams(f.ctx, f.admin, risk); err != nil {
		t.Fatal(err)
	}
	rcpt, err := f.vault.Flag(f.ctx, other, loan1)
	if err != nil {
		t.Fatal(err)
	}
	flagged := f.loan(t, loan1).FlaggedAt
	graceEnds := flagged.Add(risk.GracePeriod)
	t.Logf("flagged at block %d, grace until %s", rcpt.BlockNumber, graceEnds)
	f.refused(t, "auction before the grace ends", state, func() error {
		_, _, err := f.vault.StartAuction(f.ctx, other, loan1)
		return err
	}, "GraceNotOver", map[string]any{"loanId": int(loan1), "graceEndsAt": int(graceEnds.Unix())})
	f.refused(t, "flag a flagged loan", state, func() error {
		_, err := f.vault.Flag(f.ctx, other, loan1)
		return err
	}, "AlreadyFlagged", map[string]any{"loanId": int(loan1)})

	f.advance(t, risk.GracePeriod)
	if _, _, err := f.vault.StartAuction(f.ctx, other, loan1); err != nil {
		t.Fatal(err)
	}
	bidder := f.funded(t, "100000")
	auc, err := f.vault.Auction(f.ctx, loan1)
	if err != nil {
		t.Fatal(err)
	}
	low := money.MustFromUnits(new(big.Int).Quo(auc.Price.Units(), big.NewInt(2)))
	// The client refuses before sending; the contract refuses too.
	if _, _, err := f.vault.Bid(f.ctx, bidder, loan1, low); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("client bid under the price: %v, want ErrInvalidInput", err)
	}
	if _, err := f.token.Approve(f.ctx, bidder, f.vault.Address(), auc.Price); err != nil {
		t.Fatal(err)
	}
	f.refused(t, "bid under the auction price", func() string { return state() + f.creditState(t, nil, nil, bidder.Address()) }, func() error {
		_, err := send(f.ctx, bidder, f.vault.Address(), "bid", f.vault.abi.PackBid(u256(loan1), low.Units()))
		return err
	}, "BidBelowPrice", map[string]any{"loanId": int(loan1), "maxPrice": low.Units()})
	st, _, err := f.vault.Bid(f.ctx, bidder, loan1, auc.Price)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("sold: %+v", st)
}

// TestCreditInflationAttack (issue 14, acceptance): the ERC-4626
// first-depositor attack. The attacker deposits one unit and donates a
// fortune to the empty pool to inflate the share price, so that the
// victim's deposit would round to (nearly) no shares. The pool books cash,
// not its token balance, and has a decimals offset: the donation moves
// nothing, the victim gets its full shares, the attacker gets back its one
// unit, and a deposit giving no shares is refused.
func TestCreditInflationAttack(t *testing.T) {
	f := newCreditFixture(t)
	attacker := f.funded(t, "10000.000001")
	victim := f.funded(t, "10000")
	if _, _, err := f.pool.Deposit(f.ctx, attacker, money.MustParse("0.000001")); err != nil {
		t.Fatal(err)
	}
	quote := func() string {
		s, err := f.pool.PreviewDeposit(f.ctx, money.MustParse("10000"))
		if err != nil {
			t.Fatal(err)
		}
		ta, err := f.pool.TotalAssets(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("10000 buys %s shares; total assets %s", s, ta)
	}
	before := quote()
	// The donation: a plain transfer to the pool.
	tokenAddr := f.token.Address()
	if _, err := attacker.SendAndWait(f.ctx, &tokenAddr, f.token.abi.PackTransfer(f.pool.Address(), money.MustParse("10000").Units()), nil); err != nil {
		t.Fatal(err)
	}
	if after := quote(); after != before {
		t.Fatalf("a donation moved the share price: %s, then %s", before, after)
	}
	if s, err := f.pool.Surplus(f.ctx); err != nil || s.Cmp(money.MustParse("10000")) != 0 {
		t.Fatalf("surplus %s (%v), want the donation", s, err)
	}
	// Zero shares are refused, whatever the price.
	poolAddr := f.pool.Address()
	_, err := victim.SendAndWait(f.ctx, &poolAddr, f.pool.abi.PackDeposit(new(big.Int), victim.Address()), nil)
	requireRevert(t, err, "ZeroShares", map[string]any{"assets": 0})

	mv, _, err := f.pool.Deposit(f.ctx, victim, money.MustParse("10000"))
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Mul(money.MustParse("10000").Units(), big.NewInt(1_000_000)) // 6 decimals more
	if mv.Shares.Cmp(want) != 0 {
		t.Fatalf("victim got %s shares for 10000, want %s", mv.Shares, want)
	}
	got, _, err := f.pool.Redeem(f.ctx, attacker, big.NewInt(1_000_000))
	if err != nil {
		t.Fatal(err)
	}
	requireAmount(t, "attacker's redemption", got.Assets, "0.000001")
	if w, err := f.pool.MaxWithdraw(f.ctx, victim.Address()); err != nil || w.Cmp(money.MustParse("10000")) != 0 {
		t.Fatalf("victim can withdraw %s (%v), want 10000", w, err)
	}
}

// head returns the latest block's time.
func (f *creditFixture) head(t testing.TB) uint64 {
	t.Helper()
	h, err := f.chain.Client().HeaderByNumber(f.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// creditFlows are the sums of the credit contracts' events since
// deployment, what an auditor reads.
type creditFlows struct {
	deposits, withdrawals, lent, repaid, penalties, badDebt *big.Int            // pool
	swept                                                   map[uint64]*big.Int // per asset
	applied                                                 map[uint64]*big.Int // revenue applied, per loan
	revenueToPool, revenueToBorrowers                       *big.Int
	credited, owedWithdrawn, surplus                        *big.Int
	claimedByVault                                          *big.Int // GPUAsset RevenueClaimed, holder = vault
}

func (f *creditFixture) flows(t testing.TB) creditFlows {
	t.Helper()
	z := func() *big.Int { return new(big.Int) }
	c := creditFlows{deposits: z(), withdrawals: z(), lent: z(), repaid: z(), penalties: z(), badDebt: z(),
		swept: map[uint64]*big.Int{}, applied: map[uint64]*big.Int{}, revenueToPool: z(), revenueToBorrowers: z(),
		credited: z(), owedWithdrawn: z(), surplus: z(), claimedByVault: z()}
	logs, err := f.chain.Client().FilterLogs(f.ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{f.pool.Address(), f.vault.Address(), f.assets.Address()}})
	if err != nil {
		t.Fatal(err)
	}
	add := func(m map[uint64]*big.Int, k uint64, v *big.Int) {
		if m[k] == nil {
			m[k] = new(big.Int)
		}
		m[k].Add(m[k], v)
	}
	p, v, g := f.pool.abi, f.vault.abi, f.assets.abi
	for i := range logs {
		l := &logs[i]
		switch l.Address {
		case f.pool.Address():
			if ev, err := p.UnpackDepositEvent(l); err == nil {
				c.deposits.Add(c.deposits, ev.Assets)
			} else if ev, err := p.UnpackWithdrawEvent(l); err == nil {
				c.withdrawals.Add(c.withdrawals, ev.Assets)
			} else if ev, err := p.UnpackLentEvent(l); err == nil {
				c.lent.Add(c.lent, ev.Assets)
			} else if ev, err := p.UnpackRepaymentBookedEvent(l); err == nil {
				c.repaid.Add(c.repaid, ev.Assets)
				c.penalties.Add(c.penalties, ev.Penalty)
			} else if ev, err := p.UnpackBadDebtWrittenDownEvent(l); err == nil {
				c.badDebt.Add(c.badDebt, ev.Assets)
			}
		case f.vault.Address():
			if ev, err := v.UnpackRevenueSweptEvent(l); err == nil {
				add(c.swept, ev.AssetId.Uint64(), ev.Amount)
			} else if ev, err := v.UnpackRevenueAppliedEvent(l); err == nil {
				if s := new(big.Int).Add(ev.ToInterest, ev.ToPrincipal); s.Add(s, ev.ToBorrower).Cmp(ev.Revenue) != 0 {
					t.Fatalf("loan %s: revenue %s applied as %s + %s + %s", ev.LoanId, ev.Revenue, ev.ToInterest, ev.ToPrincipal, ev.ToBorrower)
				}
				add(c.applied, ev.LoanId.Uint64(), ev.Revenue)
				c.revenueToPool.Add(c.revenueToPool, ev.ToInterest).Add(c.revenueToPool, ev.ToPrincipal)
				c.revenueToBorrowers.Add(c.revenueToBorrowers, ev.ToBorrower)
			} else if ev, err := v.UnpackOwedCreditedEvent(l); err == nil {
				c.credited.Add(c.credited, ev.Amount)
			} else if ev, err := v.UnpackOwedWithdrawnEvent(l); err == nil {
				c.owedWithdrawn.Add(c.owedWithdrawn, ev.Amount)
			} else if ev, err := v.UnpackAuctionSettledEvent(l); err == nil {
				c.surplus.Add(c.surplus, ev.Surplus)
			} else if _, err := v.UnpackRevenueUnallocatedEvent(l); err == nil {
				t.Fatalf("revenue swept with no share pledged: %+v", l)
			}
		case f.assets.Address():
			if ev, err := g.UnpackRevenueClaimedEvent(l); err == nil && ev.Holder == f.vault.Address() {
				c.claimedByVault.Add(c.claimedByVault, ev.Amount)
			}
		}
	}
	return c
}

// requireCreditConserved checks, to the unit, every identity of
// docs/credit.md "Conservation" over the loans ids and the assets.
func (f *creditFixture) requireCreditConserved(t testing.TB, ids []uint64, assetIDs []uint64) {
	t.Helper()
	c := f.flows(t)
	books, err := f.pool.Books(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	eq := func(what string, got, want *big.Int) {
		t.Helper()
		if got.Cmp(want) != 0 {
			t.Fatalf("%s: %s, want %s (off by %s)", what, got, want, new(big.Int).Sub(got, want))
		}
	}
	// The pool: cash and debt from their flows; assets = cash + debt.
	cash := new(big.Int).Sub(c.deposits, c.withdrawals)
	cash.Sub(cash, c.lent).Add(cash, c.repaid).Add(cash, c.penalties)
	eq("pool cash = deposits - withdrawals - lent + repaid + penalties", books.Cash.Units(), cash)
	debt := new(big.Int).Add(c.lent, books.InterestAccrued.Units())
	debt.Sub(debt, c.repaid).Sub(debt, c.badDebt)
	eq("outstanding debt = lent + interest - repaid - bad debt", books.BorrowAssets.Units(), debt)
	eq("bad debt booked", books.BadDebt.Units(), c.badDebt)
	eq("penalties booked", books.Penalties.Units(), c.penalties)
	ta, err := f.pool.TotalAssets(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	eq("pool assets = idle cash + outstanding debt", ta.Units(), new(big.Int).Add(books.Cash.Units(), books.BorrowAssets.Units()))
	lenders := new(big.Int).Sub(c.deposits, c.withdrawals)
	lenders.Add(lenders, books.InterestAccrued.Units()).Add(lenders, c.penalties).Sub(lenders, c.badDebt)
	eq("pool assets = deposits - withdrawals + interest + penalties - bad debt written down", ta.Units(), lenders)
	eq("the pool holds its cash", f.balance(t, f.pool.Address()).Units(), books.Cash.Units())

	// Loans: their debts share out the pool's outstanding debt (each rounded up).
	sumDebt, open := new(big.Int), 0
	pledged := map[uint64]*big.Int{}
	perAsset := map[uint64]*big.Int{} // SCALE × (applied + pending) + fractions, per asset
	for _, id := range ids {
		l := f.loan(t, id)
		sumDebt.Add(sumDebt, l.Debt.Units())
		if l.BorrowShares.Sign() > 0 {
			open++
		}
		if l.Status == LoanActive || l.Status == LoanAuction {
			if pledged[l.AssetID] == nil {
				pledged[l.AssetID] = new(big.Int)
			}
			pledged[l.AssetID].Add(pledged[l.AssetID], l.Shares.Int())
		} else if l.Shares.Int().Sign() != 0 || l.BorrowShares.Sign() != 0 {
			t.Fatalf("loan %d is %s with %s shares and %s borrow shares", id, l.Status, l.Shares, l.BorrowShares)
		}
		units, frac, err := f.vault.PendingRevenue(f.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		x := new(big.Int).Add(units.Units(), applied(c, id))
		x.Mul(x, PriceScale).Add(x, frac)
		if perAsset[l.AssetID] == nil {
			perAsset[l.AssetID] = new(big.Int)
		}
		perAsset[l.AssetID].Add(perAsset[l.AssetID], x)
	}
	a := books.BorrowAssets.Units()
	lo, hi := new(big.Int).Sub(a, big.NewInt(2)), new(big.Int).Add(a, big.NewInt(int64(open)))
	if sumDebt.Cmp(lo) < 0 || sumDebt.Cmp(hi) > 0 {
		t.Fatalf("loans owe %s in all, the pool books %s (%d loans with debt)", sumDebt, a, open)
	}
	if books.BorrowShares.Sign() == 0 && a.Sign() != 0 {
		t.Fatalf("no borrow shares but %s outstanding", a)
	}

	// Shares: every pledged share is in the vault, booked to its loan.
	// Revenue: swept = applied + pending + carried, to the unit (x SCALE).
	sweptAll := new(big.Int)
	for _, asset := range assetIDs {
		book, err := f.vault.AssetBook(f.ctx, asset)
		if err != nil {
			t.Fatal(err)
		}
		want := pledged[asset]
		if want == nil {
			want = new(big.Int)
		}
		eq(fmt.Sprintf("asset %d: shares pledged by loans", asset), book.Pledged.Int(), want)
		eq(fmt.Sprintf("asset %d: shares the vault holds", asset), f.shares(t, f.vault.Address(), asset), want)
		swept := c.swept[asset]
		if swept == nil {
			swept = new(big.Int)
		}
		sweptAll.Add(sweptAll, swept)
		got := new(big.Int).Add(book.Dust, orZero(perAsset[asset]))
		eq(fmt.Sprintf("asset %d: swept x 1e18 = (applied + pending) x 1e18 + fractions + dust", asset), got, new(big.Int).Mul(swept, PriceScale))
	}
	eq("swept = claimed from GPUAsset by the vault", sweptAll, c.claimedByVault)
	eq("credited to borrowers = revenue beyond debt + auction surplus", c.credited, new(big.Int).Add(c.revenueToBorrowers, c.surplus))
	owed, err := f.vault.TotalOwed(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	eq("owed = credited - withdrawn", owed.Units(), new(big.Int).Sub(c.credited, c.owedWithdrawn))
	held := new(big.Int).Sub(sweptAll, c.revenueToPool)
	held.Add(held, c.surplus).Sub(held, c.owedWithdrawn)
	eq("the vault holds swept - revenue repaid + surplus - withdrawn", f.balance(t, f.vault.Address()).Units(), held)
}

func applied(c creditFlows, id uint64) *big.Int { return orZero(c.applied[id]) }

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// TestCreditLiquidation: two loans turn unhealthy. Each is flagged, waits
// its grace, and is sold by Dutch auction: the first for more than its
// debt (the penalty goes to the pool, the surplus to the borrower), the
// second for less (the shortfall is written down from the lenders' assets,
// in the open).
func TestCreditLiquidation(t *testing.T) {
	f := newCreditFixture(t)
	lender := f.funded(t, "100000")
	if _, _, err := f.pool.Deposit(f.ctx, lender, money.MustParse("100000")); err != nil {
		t.Fatal(err)
	}
	var assetIDs, ids []uint64
	var borrowers []*chain.Transactor
	for i := range 2 {
		a := f.tokenize(t, h100Spec())
		b := f.funded(t, "10")
		f.give(t, a.ID, b.Address(), 100_000)
		id, _, err := f.vault.Pledge(f.ctx, b, a.ID, NewShares(big.NewInt(100_000)))
		if err != nil {
			t.Fatal(err)
		}
		f.depositRevenue(t, a.ID, "8640")
		assetIDs, ids, borrowers = append(assetIDs, a.ID), append(ids, id), append(borrowers, b)
		if i == 1 {
			f.advance(t, 30*24*time.Hour+time.Second)
		}
	}
	for i, amount := range []string{"9000", "10000"} {
		if _, _, err := f.vault.Borrow(f.ctx, borrowers[i], ids[i], money.MustParse(amount)); err != nil {
			t.Fatal(err)
		}
	}
	// The risk admin lowers the liquidation threshold: both are unhealthy now.
	risk, err := f.vault.RiskParams(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	risk.LTVBps, risk.LiquidationThresholdBps = 2000, 3000
	if _, err := f.vault.SetRiskParams(f.ctx, f.admin, risk); err != nil {
		t.Fatal(err)
	}
	keeper := f.account(t)
	for _, id := range ids {
		if _, err := f.vault.Flag(f.ctx, keeper, id); err != nil {
			t.Fatal(err)
		}
	}
	f.advance(t, risk.GracePeriod)
	start, _, err := f.vault.StartAuction(f.ctx, keeper, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("auction 1: %+v", start)
	risk.AuctionFloorBps = 0 // the second auction may fall to nothing
	if _, err := f.vault.SetRiskParams(f.ctx, f.admin, risk); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.vault.StartAuction(f.ctx, keeper, ids[1]); err != nil {
		t.Fatal(err)
	}
	f.requireCreditConserved(t, ids, assetIDs)

	// Loan 1 sells at once, near its collateral value: debt, penalty, surplus.
	bidder := f.funded(t, "100000")
	booksBefore, _ := f.pool.Books(f.ctx)
	auc, err := f.vault.Auction(f.ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	s1, rcpt, err := f.vault.Bid(f.ctx, bidder, ids[0], auc.Price)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("sale 1 (%d gas): %+v", rcpt.GasUsed, s1)
	if sum := s1.Repaid.Add(s1.Penalty).Add(s1.Surplus); sum.Cmp(s1.Price) != 0 || !s1.Shortfall.IsZero() || s1.Surplus.IsZero() {
		t.Fatalf("sale 1 divided badly: %+v", s1)
	}
	penalty := new(big.Int).Quo(new(big.Int).Mul(s1.Repaid.Units(), big.NewInt(int64(risk.PenaltyBps))), big.NewInt(10_000))
	if s1.Penalty.Units().Cmp(penalty) != 0 {
		t.Fatalf("penalty %s, want %d bps of the debt %s", s1.Penalty, risk.PenaltyBps, s1.Repaid)
	}
	if got := f.shares(t, bidder.Address(), assetIDs[0]); got.Int64() != 100_000 {
		t.Fatalf("bidder holds %s shares", got)
	}
	if owed, _ := f.vault.Owed(f.ctx, borrowers[0].Address()); owed.Cmp(s1.Surplus) != 0 {
		t.Fatalf("borrower 1 is owed %s, want the surplus %s", owed, s1.Surplus)
	}
	if got, _, err := f.vault.WithdrawOwed(f.ctx, borrowers[0]); err != nil || got.Cmp(s1.Surplus) != 0 {
		t.Fatalf("withdraw owed: %s, %v", got, err)
	}
	booksAfter, _ := f.pool.Books(f.ctx)
	if d, _ := booksAfter.Penalties.Sub(booksBefore.Penalties); d.Cmp(s1.Penalty) != 0 {
		t.Fatalf("pool penalties grew by %s, want %s", d, s1.Penalty)
	}
	f.requireCreditConserved(t, ids, assetIDs)

	// Loan 2's price falls for 90% of the auction: it sells below its debt.
	f.advance(t, risk.AuctionDuration*9/10)
	auc, err = f.vault.Auction(f.ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	s2, _, err := f.vault.Bid(f.ctx, bidder, ids[1], auc.Price)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("sale 2: %+v", s2)
	if s2.Shortfall.IsZero() || !s2.Penalty.IsZero() || !s2.Surplus.IsZero() || s2.Repaid.Cmp(s2.Price) != 0 {
		t.Fatalf("sale 2 divided badly: %+v", s2)
	}
	booksEnd, _ := f.pool.Books(f.ctx)
	if d, _ := booksEnd.BadDebt.Sub(booksAfter.BadDebt); d.Cmp(s2.Shortfall) != 0 {
		t.Fatalf("bad debt grew by %s, want the shortfall %s", d, s2.Shortfall)
	}
	if !booksEnd.BorrowAssets.IsZero() || booksEnd.BorrowShares.Sign() != 0 {
		t.Fatalf("debt left after both sales: %+v", booksEnd)
	}
	for i, id := range ids {
		if l := f.loan(t, id); l.Status != LoanLiquidated {
			t.Fatalf("loan %d is %s", id, l.Status)
		}
		if got := f.shares(t, f.vault.Address(), assetIDs[i]); got.Sign() != 0 {
			t.Fatalf("vault still holds %s shares of asset %d", got, assetIDs[i])
		}
	}
	f.requireCreditConserved(t, ids, assetIDs)
}

// TestCreditConservation (issue 14, acceptance): a random workload of more
// than a hundred loans on four assets (pledges, borrows, repayments,
// collateral added and removed, revenue from real leases and direct
// deposits, sweeps, time jumps of hours to weeks, revenue that stops,
// risk parameters that move, flags, cures, auctions and bids, lenders
// coming and going), with every identity of docs/credit.md checked to the
// unit along the way, and at the end, when every loan is closed or sold:
// no debt left, every share back with its owner or its buyer.
func TestCreditConservation(t *testing.T) {
	f := newCreditFixture(t)
	rng := rand.New(rand.NewPCG(14, 2026))
	risk := RiskParams{LTVBps: 5000, LiquidationThresholdBps: 7000, PenaltyBps: 500, AuctionFloorBps: 3000,
		DiscountRateBps: 1500, GracePeriod: 24 * time.Hour, AuctionDuration: 48 * time.Hour, Lookback: 7 * 24 * time.Hour}
	if _, err := f.vault.SetRiskParams(f.ctx, f.admin, risk); err != nil {
		t.Fatal(err)
	}
	keeper := f.account(t)
	lenders := make([]*chain.Transactor, 3)
	for i := range lenders {
		lenders[i] = f.funded(t, "400000")
		if _, _, err := f.pool.Deposit(f.ctx, lenders[i], money.MustParse("40000")); err != nil {
			t.Fatal(err)
		}
	}
	const nBorrowers, sharesEach = 8, 100_000
	borrowers := make([]*chain.Transactor, nBorrowers)
	for i := range borrowers {
		borrowers[i] = f.funded(t, "20000")
	}
	bidders := []*chain.Transactor{f.funded(t, "10000000"), f.funded(t, "10000000")}
	renter := f.funded(t, "10000000")
	// held[address][asset]: the shares each party must hold.
	held := map[common.Address]map[uint64]int64{}
	hold := func(a common.Address, asset uint64, d int64) {
		if held[a] == nil {
			held[a] = map[uint64]int64{}
		}
		held[a][asset] += d
	}
	var assetIDs []uint64
	var listings []Listing
	for i := range 4 {
		spec := h100Spec()
		spec.OperatorFeeBps, spec.ReserveBps = uint16(500*i), 500
		spec.UsefulLifeMonths = uint16(24 + 12*i)
		a := f.tokenize(t, spec)
		assetIDs = append(assetIDs, a.ID)
		hold(f.op.Address(), a.ID, 1_000_000)
		for _, b := range borrowers {
			f.give(t, a.ID, b.Address(), sharesEach)
			hold(f.op.Address(), a.ID, -sharesEach)
			hold(b.Address(), a.ID, sharesEach)
		}
		if i < 2 {
			ls := defaultListing()
			l, _, err := f.market.CreateListing(f.ctx, f.op, a.ID, ls)
			if err != nil {
				t.Fatal(err)
			}
			listings = append(listings, l)
		}
		if _, err := f.vault.Checkpoint(f.ctx, keeper, a.ID); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range assetIDs {
		f.depositRevenue(t, a, "5000")
	}
	f.advance(t, risk.Lookback+time.Second)

	var ids []uint64
	var leases []uint64
	loanOf := map[uint64]*chain.Transactor{}
	allowed := func(err error, names ...string) bool {
		if err == nil {
			return true
		}
		var re *chain.RevertError
		if errors.As(err, &re) {
			for _, n := range names {
				if re.Name == n {
					return false
				}
			}
		}
		t.Fatalf("unexpected error: %v", err)
		return false
	}
	pick := func() (uint64, Loan, bool) {
		if len(ids) == 0 {
			return 0, Loan{}, false
		}
		id := ids[rng.IntN(len(ids))]
		return id, f.loan(t, id), true
	}
	ensureCoins := func(a *chain.Transactor, amount *big.Int) {
		bal := f.balance(t, a.Address()).Units()
		if bal.Cmp(amount) < 0 {
			if _, err := f.token.Mint(f.ctx, f.admin, a.Address(), money.MustFromUnits(new(big.Int).Sub(amount, bal))); err != nil {
				t.Fatal(err)
			}
		}
	}
	counts := map[string]int{}
	const steps = 900
	for step := 0; step < steps || len(ids) < 110; step++ {
		op := rng.IntN(100)
		switch {
		case op < 16: // a new loan
			b := rng.IntN(nBorrowers)
			asset := assetIDs[rng.IntN(len(assetIDs))]
			n := held[borrowers[b].Address()][asset]
			if n == 0 {
				continue
			}
			n = 1 + rng.Int64N(min(n, 30_000))
			id, _, err := f.vault.Pledge(f.ctx, borrowers[b], asset, NewShares(big.NewInt(n)))
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
			loanOf[id] = borrowers[b]
			hold(borrowers[b].Address(), asset, -n)
			counts["pledge"]++
		case op < 34: // borrow part of the headroom
			id, l, ok := pick()
			if !ok || l.Status != LoanActive || !l.FlaggedAt.IsZero() {
				continue
			}
			head := new(big.Int).Sub(l.BorrowLimit.Units(), l.Debt.Units())
			if head.Cmp(big.NewInt(100)) < 0 {
				continue
			}
			amt := new(big.Int).Quo(new(big.Int).Mul(head, big.NewInt(int64(10+rng.IntN(85)))), big.NewInt(100))
			_, _, err := f.vault.Borrow(f.ctx, loanOf[id], id, money.MustFromUnits(amt))
			if allowed(err, "InsufficientCash", "BorrowLimitExceeded") {
				counts["borrow"]++
			}
		case op < 46: // repay part or all
			id, l, ok := pick()
			if !ok || l.Status != LoanActive || l.Debt.IsZero() {
				continue
			}
			b := loanOf[id]
			var err error
			if rng.IntN(3) == 0 {
				ensureCoins(b, new(big.Int).Add(l.Debt.Units(), big.NewInt(1_000_000)))
				_, _, err = f.vault.RepayAll(f.ctx, b, id)
			} else {
				amt := new(big.Int).Add(big.NewInt(1), new(big.Int).Rand(rngSource(rng), l.Debt.Units()))
				ensureCoins(b, amt)
				_, _, err = f.vault.Repay(f.ctx, b, id, money.MustFromUnits(amt))
			}
			if allowed(err, "NothingToRepay") {
				counts["repay"]++
			}
		case op < 50: // add collateral
			id, l, ok := pick()
			if !ok || l.Status != LoanActive {
				continue
			}
			b := loanOf[id]
			n := held[b.Address()][l.AssetID]
			if n == 0 {
				continue
			}
			n = 1 + rng.Int64N(min(n, 10_000))
			if _, err := f.vault.AddCollateral(f.ctx, b, id, NewShares(big.NewInt(n))); err != nil {
				t.Fatal(err)
			}
			hold(b.Address(), l.AssetID, -n)
			counts["add collateral"]++
		case op < 56: // unpledge part or all
			id, l, ok := pick()
			if !ok || l.Status != LoanActive || l.Shares.Int().Sign() == 0 {
				continue
			}
			n := l.Shares.Int().Int64()
			if rng.IntN(2) == 0 {
				n = 1 + rng.Int64N(n)
			}
			b := loanOf[id]
			_, err := f.vault.Unpledge(f.ctx, b, id, NewShares(big.NewInt(n)))
			if allowed(err, "BorrowLimitExceeded", "AlreadyFlagged") {
				hold(b.Address(), l.AssetID, n)
				counts["unpledge"]++
			}
		case op < 66: // revenue: a direct deposit, or a lease and its settlements
			asset := assetIDs[rng.IntN(len(assetIDs))]
			if rng.IntN(2) == 0 || asset > assetIDs[1] {
				f.depositRevenue(t, asset, fmt.Sprintf("%d.%06d", rng.IntN(3000), rng.IntN(1_000_000)))
				counts["deposit revenue"]++
				continue
			}
			ls := listings[asset-assetIDs[0]]
			leased, err := f.market.LeasedGPUs(f.ctx, asset)
			if err != nil {
				t.Fatal(err)
			}
			if leased < 8 {
				hours := uint32(1 + rng.IntN(72))
				l, _, err := f.market.OpenLease(f.ctx, renter, LeaseRequest{ListingID: ls.ID, GPUs: 1, Hours: hours,
					Deposit: money.MustFromUnits(termCost(1, hours, ls.PricePerGPUHour))})
				if err != nil {
					t.Fatal(err)
				}
				leases = append(leases, l.ID)
				counts["lease"]++
			}
		case op < 72: // settle leases (revenue released to the split), retire the ended
			var ended []uint64
			for _, id := range leases {
				l, _, err := f.market.Settle(f.ctx, keeper, id)
				if err != nil {
					t.Fatal(err)
				}
				if l.Status == LeaseEnded {
					ended = append(ended, id)
				}
			}
			if len(ended) > 0 {
				if _, err := f.market.Retire(f.ctx, keeper, ended...); err != nil {
					t.Fatal(err)
				}
				leases = slicesWithout(leases, ended)
			}
			counts["settle leases"]++
		case op < 76: // sweep an asset, settle a loan
			if _, _, err := f.vault.Sweep(f.ctx, keeper, assetIDs[rng.IntN(len(assetIDs))]); err != nil {
				t.Fatal(err)
			}
			if id, l, ok := pick(); ok && (l.Status == LoanActive || l.Status == LoanAuction) {
				if _, err := f.vault.Settle(f.ctx, keeper, id); err != nil {
					t.Fatal(err)
				}
			}
			counts["sweep"]++
		case op < 82: // time passes; keepers checkpoint
			d := time.Duration(1+rng.IntN(48)) * time.Hour
			if rng.IntN(8) == 0 {
				d = time.Duration(5+rng.IntN(10)) * 24 * time.Hour // long enough for revenue to dry up
			}
			f.advance(t, d)
			for _, a := range assetIDs {
				if _, err := f.vault.Checkpoint(f.ctx, keeper, a); err != nil {
					t.Fatal(err)
				}
			}
			counts["time"]++
		case op < 84: // the risk admin moves the parameters (price paths)
			r := risk
			switch rng.IntN(3) {
			case 0:
				r.DiscountRateBps = uint16([]int{1500, 5000, 9000}[rng.IntN(3)])
			case 1:
				r.LTVBps, r.LiquidationThresholdBps = 3000, 4500
			default:
				r.LTVBps, r.LiquidationThresholdBps = 5000, 7000
			}
			if _, err := f.vault.SetRiskParams(f.ctx, f.admin, r); err != nil {
				t.Fatal(err)
			}
			counts["risk"]++
		case op < 90: // the liquidation keeper's round: flag, unflag, auction
			for _, id := range ids {
				l := f.loan(t, id)
				if l.Status != LoanActive {
					continue
				}
				switch {
				case l.FlaggedAt.IsZero() && !l.Healthy():
					_, err := f.vault.Flag(f.ctx, keeper, id)
					if allowed(err, "LoanHealthy") {
						counts["flag"]++
					}
				case !l.FlaggedAt.IsZero() && l.Healthy():
					_, err := f.vault.Unflag(f.ctx, keeper, id)
					if allowed(err, "LoanUnhealthy") {
						counts["unflag"]++
					}
				case !l.FlaggedAt.IsZero() && !time.Unix(int64(f.head(t)), 0).Before(l.FlaggedAt.Add(risk.GracePeriod)):
					_, _, err := f.vault.StartAuction(f.ctx, keeper, id)
					if allowed(err, "LoanHealthy") {
						counts["auction"]++
					}
				}
			}
		case op < 95: // bidders buy an auction or two
			n := 0
			for _, id := range ids {
				if n < 2 && f.loan(t, id).Status == LoanAuction && rng.IntN(2) == 0 {
					bid(t, f, id, bidders[rng.IntN(2)], hold)
					counts["bid"]++
					n++
				}
			}
		case op < 98: // lenders come and go
			lender := lenders[rng.IntN(len(lenders))]
			if rng.IntN(2) == 0 {
				if _, _, err := f.pool.Deposit(f.ctx, lender, money.MustParse(fmt.Sprintf("%d", 1+rng.IntN(20000)))); err != nil {
					t.Fatal(err)
				}
			} else if max, err := f.pool.MaxWithdraw(f.ctx, lender.Address()); err == nil && max.Units().Sign() > 0 {
				amt := new(big.Int).Add(big.NewInt(1), new(big.Int).Rand(rngSource(rng), max.Units()))
				if _, _, err := f.pool.Withdraw(f.ctx, lender, money.MustFromUnits(amt)); err != nil {
					t.Fatal(err)
				}
			}
			counts["lenders"]++
		default: // a borrower takes what it is owed
			b := borrowers[rng.IntN(nBorrowers)]
			if o, _ := f.vault.Owed(f.ctx, b.Address()); !o.IsZero() {
				if _, _, err := f.vault.WithdrawOwed(f.ctx, b); err != nil {
					t.Fatal(err)
				}
				counts["withdraw owed"]++
			}
		}
		if step%60 == 0 {
			f.requireCreditConserved(t, ids, assetIDs)
			requireHeld(t, f, held, assetIDs)
		}
	}
	f.requireCreditConserved(t, ids, assetIDs)
	requireHeld(t, f, held, assetIDs)
	booksMid, _ := f.pool.Books(f.ctx)
	t.Logf("%d loans, ops %v", len(ids), counts)
	t.Logf("pool before winding down: %+v", booksMid)

	// Wind down: every auction is bought, every other loan repaid and unpledged.
	for _, a := range assetIDs {
		if _, _, err := f.vault.Sweep(f.ctx, keeper, a); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range ids {
		l := f.loan(t, id)
		switch l.Status {
		case LoanAuction:
			bid(t, f, id, bidders[0], hold)
		case LoanActive:
			b := loanOf[id]
			if !l.Debt.IsZero() {
				ensureCoins(b, new(big.Int).Add(l.Debt.Units(), big.NewInt(1_000_000)))
				if _, _, err := f.vault.RepayAll(f.ctx, b, id); err != nil {
					t.Fatal(err)
				}
			}
			if !f.loan(t, id).FlaggedAt.IsZero() { // cured by revenue, flag still up
				if _, err := f.vault.Unflag(f.ctx, keeper, id); err != nil {
					t.Fatal(err)
				}
			}
			if l.Shares.Int().Sign() > 0 {
				if _, err := f.vault.Unpledge(f.ctx, b, id, l.Shares); err != nil {
					t.Fatal(err)
				}
				hold(b.Address(), l.AssetID, l.Shares.Int().Int64())
			}
		}
	}
	f.requireCreditConserved(t, ids, assetIDs)
	requireHeld(t, f, held, assetIDs)
	end, _ := f.pool.Books(f.ctx)
	if !end.BorrowAssets.IsZero() || end.BorrowShares.Sign() != 0 {
		t.Fatalf("debt left after every loan closed: %+v", end)
	}
	liquidated, closed := 0, 0
	for _, id := range ids {
		switch f.loan(t, id).Status {
		case LoanLiquidated:
			liquidated++
		case LoanClosed:
			closed++
		default:
			t.Fatalf("loan %d is still %s", id, f.loan(t, id).Status)
		}
	}
	t.Logf("end: %d closed, %d liquidated; pool %+v", closed, liquidated, end)
	if liquidated == 0 || end.BadDebt.IsZero() || end.Penalties.IsZero() {
		t.Errorf("the workload should exercise sales with surplus and with shortfall: %d liquidated, %+v", liquidated, end)
	}
}

// bid buys loan id's auction for bidder at the current price.
func bid(t *testing.T, f *creditFixture, id uint64, bidder *chain.Transactor, hold func(common.Address, uint64, int64)) {
	t.Helper()
	l := f.loan(t, id)
	a, err := f.vault.Auction(f.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	maxPrice := a.Price
	if maxPrice.IsZero() {
		maxPrice = money.MustParse("0.000001")
	}
	if _, _, err := f.vault.Bid(f.ctx, bidder, id, maxPrice); err != nil {
		t.Fatal(err)
	}
	hold(bidder.Address(), l.AssetID, l.Shares.Int().Int64())
}

// requireHeld checks that every party holds the shares the model says:
// what it was given, less what it pledged, plus what came back or was bought.
func requireHeld(t *testing.T, f *creditFixture, held map[common.Address]map[uint64]int64, assetIDs []uint64) {
	t.Helper()
	for addr, m := range held {
		for _, a := range assetIDs {
			if got := f.shares(t, addr, a); got.Int64() != m[a] {
				t.Fatalf("%s holds %s shares of asset %d, want %d", addr, got, a, m[a])
			}
		}
	}
}

func slicesWithout(s, drop []uint64) []uint64 {
	out := s[:0]
	for _, v := range s {
		keep := true
		for _, d := range drop {
			if v == d {
				keep = false
			}
		}
		if keep {
			out = append(out, v)
		}
	}
	return out
}

// rngSource adapts a math/rand/v2 generator for big.Int.Rand.
func rngSource(r *rand.Rand) *mathrand.Rand { return mathrand.New(mathrand.NewSource(r.Int64())) }

// Gas goals of issue 14, in the mainnet (Osaka) schedule.
const (
	borrowGasBudget = 150_000
	repayGasBudget  = 90_000
)

// TestCreditGas measures the credit operations for docs/gas.md, on both
// schedules, and holds borrow and repay within their budgets (Osaka). The
// sweep of an asset costs the same with 1 loan on it as with 60: it never
// visits a loan.
func TestCreditGas(t *testing.T) {
	for _, sched := range gasSchedules {
		t.Run(sched.name, func(t *testing.T) {
			gc := sched.open(t)
			reader := chain.DecodingCaller{Client: gc.client, Decoder: gc.decoder}
			pool := NewPool(reader, gc.manifest.Address(LendingPoolName), gc.token)
			vault := NewVault(reader, gc.manifest.Address(CreditVaultName), gc.manifest.Address(GPUAssetName), gc.token)
			if _, err := gc.assets.GrantOperator(gc.ctx, gc.admin, gc.admin.Address()); err != nil {
				t.Fatal(err)
			}
			const many = 60
			people := gc.accounts(t, many+4)
			lender, bidder, fresh, borrowers := people[0], people[1], people[2], people[3:]
			mint := func(to common.Address, amount string) {
				t.Helper()
				if _, err := gc.token.Mint(gc.ctx, gc.admin, to, money.MustParse(amount)); err != nil {
					t.Fatal(err)
				}
			}
			for _, p := range []*gasSender{lender, bidder, borrowers[0], borrowers[1], borrowers[2]} {
				mint(p.Address(), "1000000")
			}
			gas := map[string]uint64{}
			measure := func(name string, rcpt *types.Receipt, err error) {
				t.Helper()
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				gas[name] = rcpt.GasUsed
			}
			_, rcpt, err := pool.Deposit(gc.ctx, lender, money.MustParse("500000"))
			measure("deposit (first)", rcpt, err)
			_, rcpt, err = pool.Deposit(gc.ctx, lender, money.MustParse("500000"))
			measure("deposit", rcpt, err)

			// Asset one has a single loan; asset two has `many`.
			one := gc.tokenizeFor(t, 1_000_000, borrowers[:1], []int64{100_000}, 1000, 500)
			shares := make([]int64, len(borrowers))
			for i := range shares {
				shares[i] = 10_000
			}
			two := gc.tokenizeFor(t, 1_000_000, borrowers, shares, 1000, 500)
			gc.fundRevenue(t, money.MustParse("1000000"))
			loanOne, rcpt, err := vault.Pledge(gc.ctx, borrowers[0], one.ID, NewShares(big.NewInt(100_000)))
			measure("pledge (the asset's first: opens its books)", rcpt, err)
			loans := make([]uint64, len(borrowers))
			for i, b := range borrowers {
				if loans[i], _, err = vault.Pledge(gc.ctx, b, two.ID, NewShares(big.NewInt(10_000))); err != nil {
					t.Fatal(err)
				}
			}
			for _, a := range []uint64{one.ID, two.ID} {
				if _, _, err := gc.revenue.DepositRevenue(gc.ctx, gc.admin, a, money.MustParse("8640")); err != nil {
					t.Fatal(err)
				}
			}
			if err := gc.adjust(30*24*time.Hour + time.Second); err != nil {
				t.Fatal(err)
			}
			// The first sweep ever also creates the vault's token balance.
			_, rcpt, err = vault.Sweep(gc.ctx, gc.admin, one.ID)
			measure("sweep (the vault's first: its token balance is new)", rcpt, err)
			_, rcpt, err = vault.Sweep(gc.ctx, gc.admin, two.ID)
			measure("sweep (the asset's first claim: GPUAsset's claimed slot is new)", rcpt, err)
			// Loan 1's revenue: nothing owed yet, so it is credited to the borrower.
			rcpt, err = vault.Settle(gc.ctx, gc.admin, loans[1])
			measure("settle (first credit to a borrower)", rcpt, err)
			rcpt, err = vault.Settle(gc.ctx, gc.admin, loans[2])
			measure("settle (credited to the borrower)", rcpt, err)

			_, rcpt, err = vault.Borrow(gc.ctx, borrowers[1], loans[1], money.MustParse("500"))
			measure("borrow (the pool's first: its debt slots are new)", rcpt, err)
			_, rcpt, err = vault.Borrow(gc.ctx, borrowers[1], loans[1], money.MustParse("100"))
			measure("borrow", rcpt, err)
			_, rcpt, err = vault.Borrow(gc.ctx, borrowers[2], loans[2], money.MustParse("100"))
			measure("borrow (the loan's first)", rcpt, err)
			repay := func(loan uint64, b *gasSender, amount money.Amount) (*types.Receipt, error) {
				if _, err := gc.token.Approve(gc.ctx, b, vault.Address(), amount); err != nil {
					t.Fatal(err)
				}
				return send(gc.ctx, b, vault.Address(), "repay", vault.abi.PackRepay(u256(loan), amount.Units()))
			}
			profile := *gasProfile && sched.name == "osaka"
			if _, err := gc.token.Approve(gc.ctx, borrowers[1], vault.Address(), money.MustParse("50")); err != nil {
				t.Fatal(err)
			}
			if profile {
				profiler.start()
			}
			rcpt, err = send(gc.ctx, borrowers[1], vault.Address(), "repay", vault.abi.PackRepay(u256(loans[1]), money.MustParse("50").Units()))
			measure("repay (part)", rcpt, err)
			if profile {
				profiler.stop()
				names := map[common.Address]string{}
				for _, n := range []string{StablecoinName, GPUAssetName, LendingPoolName, CreditVaultName} {
					names[gc.manifest.Address(n)] = n
				}
				profiler.print(os.Stdout, names)
			}

			// Revenue again: the sweep costs the same with 1 loan or `many`.
			for _, a := range []uint64{one.ID, two.ID} {
				if _, _, err := gc.revenue.DepositRevenue(gc.ctx, gc.admin, a, money.MustParse("8640")); err != nil {
					t.Fatal(err)
				}
			}
			_, rcpt, err = vault.Sweep(gc.ctx, gc.admin, one.ID)
			measure("sweep, 1 loan on the asset", rcpt, err)
			_, rcpt, err = vault.Sweep(gc.ctx, gc.admin, two.ID)
			measure(fmt.Sprintf("sweep, %d loans on the asset", many), rcpt, err)
			// Loan 1 has debt and swept revenue: borrowing or repaying applies it first.
			_, rcpt, err = vault.Borrow(gc.ctx, borrowers[1], loans[1], money.MustParse("100"))
			measure("borrow (swept revenue repays first)", rcpt, err)
			l, err := vault.Loan(gc.ctx, loans[1])
			if err != nil {
				t.Fatal(err)
			}
			rcpt, err = repay(loans[1], borrowers[1], l.Debt) // no interest: the same second
			measure("repay (all)", rcpt, err)
			if _, _, err := gc.revenue.DepositRevenue(gc.ctx, gc.admin, two.ID, money.MustParse("8640")); err != nil {
				t.Fatal(err)
			}
			if _, _, err := vault.Sweep(gc.ctx, gc.admin, two.ID); err != nil {
				t.Fatal(err)
			}
			rcpt, err = repay(loans[2], borrowers[2], money.MustParse("10"))
			measure("repay (swept revenue repays first)", rcpt, err)
			// A borrower holding none of the stablecoin yet: its balance slot is new.
			if _, err := gc.assets.Transfer(gc.ctx, gc.admin, fresh.Address(), two.ID, NewShares(big.NewInt(10_000))); err != nil {
				t.Fatal(err)
			}
			freshLoan, _, err := vault.Pledge(gc.ctx, fresh, two.ID, NewShares(big.NewInt(10_000)))
			if err != nil {
				t.Fatal(err)
			}
			_, rcpt, err = vault.Borrow(gc.ctx, fresh, freshLoan, money.MustParse("100"))
			measure("borrow (to an empty balance)", rcpt, err)

			// A liquidation: loan one borrows near its limit, the limits tighten.
			l, err = vault.Loan(gc.ctx, loanOne)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := vault.Settle(gc.ctx, gc.admin, loanOne); err != nil {
				t.Fatal(err)
			}
			if _, _, err := vault.Borrow(gc.ctx, borrowers[0], loanOne, money.MustFromUnits(new(big.Int).Quo(new(big.Int).Mul(l.BorrowLimit.Units(), big.NewInt(9)), big.NewInt(10)))); err != nil {
				t.Fatal(err)
			}
			risk, err := vault.RiskParams(gc.ctx)
			if err != nil {
				t.Fatal(err)
			}
			risk.LTVBps, risk.LiquidationThresholdBps = 2000, 3000
			if _, err := vault.SetRiskParams(gc.ctx, gc.admin, risk); err != nil {
				t.Fatal(err)
			}
			rcpt, err = vault.Flag(gc.ctx, bidder, loanOne)
			measure("flag", rcpt, err)
			if err := gc.adjust(risk.GracePeriod); err != nil {
				t.Fatal(err)
			}
			_, rcpt, err = vault.StartAuction(gc.ctx, bidder, loanOne)
			measure("start auction", rcpt, err)
			a, err := vault.Auction(gc.ctx, loanOne)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := gc.token.Approve(gc.ctx, bidder, vault.Address(), a.Price); err != nil {
				t.Fatal(err)
			}
			rcpt, err = send(gc.ctx, bidder, vault.Address(), "bid", vault.abi.PackBid(u256(loanOne), a.Price.Units()))
			measure("bid (buys 100,000 shares)", rcpt, err)
			_, rcpt, err = pool.Withdraw(gc.ctx, lender, money.MustParse("1000"))
			measure("withdraw", rcpt, err)

			names := make([]string, 0, len(gas))
			for n := range gas {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				t.Logf("%s: %s %d gas", sched.name, n, gas[n])
			}
			if gas["sweep, 1 loan on the asset"] != gas[fmt.Sprintf("sweep, %d loans on the asset", many)] {
				t.Errorf("a sweep's gas depends on the number of loans: %v", gas)
			}
			if sched.name != "osaka" {
				return
			}
			for _, n := range []string{"borrow", "borrow (the loan's first)", "borrow (to an empty balance)"} {
				if gas[n] > borrowGasBudget {
					t.Errorf("%s costs %d gas, budget %d", n, gas[n], borrowGasBudget)
				}
			}
			for _, n := range []string{"repay (part)", "repay (all)"} {
				if gas[n] > repayGasBudget {
					t.Errorf("%s costs %d gas, budget %d", n, gas[n], repayGasBudget)
				}
			}
		})
	}
}

// goInterest recomputes LendingPool's accrual: the kinked rate at u =
// A / (A + cash), then A x (x + x^2/2 + x^3/6) with x = rate x dt / year,
// every step rounded down as the contract does.
func goInterest(m RateModel, cash, a *big.Int, dt int64) (interest, rate *big.Int) {
	wad := big.NewInt(1e18)
	w := func(d decimal.Decimal) *big.Int { return d.Shift(18).BigInt() }
	u := new(big.Int)
	if total := new(big.Int).Add(cash, a); total.Sign() > 0 {
		u.Mul(a, wad).Quo(u, total)
	}
	opt := w(m.OptimalUtilisation)
	rate = w(m.BaseRate)
	if u.Cmp(opt) <= 0 {
		rate.Add(rate, new(big.Int).Quo(new(big.Int).Mul(w(m.Slope1), u), opt))
	} else {
		above := new(big.Int).Mul(w(m.Slope2), new(big.Int).Sub(u, opt))
		rate.Add(rate, w(m.Slope1)).Add(rate, above.Quo(above, new(big.Int).Sub(wad, opt)))
	}
	x := new(big.Int).Quo(new(big.Int).Mul(rate, big.NewInt(dt)), big.NewInt(365*24*3600))
	x2 := new(big.Int).Quo(new(big.Int).Mul(x, x), new(big.Int).Mul(big.NewInt(2), wad))
	x3 := new(big.Int).Quo(new(big.Int).Mul(x2, x), new(big.Int).Mul(big.NewInt(3), wad))
	growth := new(big.Int).Add(x, x2)
	growth.Add(growth, x3)
	return new(big.Int).Quo(new(big.Int).Mul(a, growth), wad), rate
}

// TestCreditInterest: interest accrues per second on the outstanding debt
// at the kinked rate of the pool's utilisation, to the unit, below and
// above the kink; lenders' assets grow by exactly that; the rate model is
// the risk admin's, within bounds.
func TestCreditInterest(t *testing.T) {
	f := newCreditFixture(t)
	m := RateModel{BaseRate: decimal.RequireFromString("0.02"), Slope1: decimal.RequireFromString("0.08"),
		Slope2: decimal.RequireFromString("1.5"), OptimalUtilisation: decimal.RequireFromString("0.6")}
	if _, err := f.pool.SetRateModel(f.ctx, f.admin, m); err != nil {
		t.Fatal(err)
	}
	if got, err := f.pool.RateModel(f.ctx); err != nil || !got.BaseRate.Equal(m.BaseRate) || !got.Slope2.Equal(m.Slope2) || !got.OptimalUtilisation.Equal(m.OptimalUtilisation) {
		t.Fatalf("rate model read back %+v (%v), set %+v", got, err, m)
	}
	bad := m
	bad.Slope2 = decimal.RequireFromString("10.5")
	if _, err := f.pool.SetRateModel(f.ctx, f.admin, bad); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("slope2 of 1050%%: %v, want ErrInvalidInput", err)
	}
	poolAddr := f.pool.Address()
	_, err := f.admin.SendAndWait(f.ctx, &poolAddr, f.pool.abi.PackSetRateModel(lendingpoolRateModel(bad)), nil)
	requireRevert(t, err, "RateParamOutOfBounds", map[string]any{"name": "slope2"})
	stranger := f.account(t)
	_, err = stranger.SendAndWait(f.ctx, &poolAddr, f.pool.abi.PackSetRateModel(lendingpoolRateModel(m)), nil)
	requireRevert(t, err, "AccessControlUnauthorizedAccount", map[string]any{"account": stranger.Address()})

	lender := f.funded(t, "20000")
	if _, _, err := f.pool.Deposit(f.ctx, lender, money.MustParse("20000")); err != nil {
		t.Fatal(err)
	}
	a := f.tokenize(t, h100Spec())
	b := f.funded(t, "10")
	f.give(t, a.ID, b.Address(), 1_000_000)
	id, _, err := f.vault.Pledge(f.ctx, b, a.ID, NewShares(big.NewInt(1_000_000)))
	if err != nil {
		t.Fatal(err)
	}
	f.depositRevenue(t, a.ID, "100000")
	f.advance(t, 30*24*time.Hour+time.Second)
	accrue := func(want string) {
		t.Helper()
		before, err := f.pool.Books(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		f.advance(t, 10*24*time.Hour)
		rcpt, err := send(f.ctx, f.admin, poolAddr, "accrue", f.pool.abi.PackAccrue())
		if err != nil {
			t.Fatal(err)
		}
		head, err := f.chain.Client().HeaderByNumber(f.ctx, rcpt.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		var ev *lendingpool.LendingPoolInterestAccrued
		for _, l := range logsOf(rcpt, poolAddr) {
			if e, err := f.pool.abi.UnpackInterestAccruedEvent(l); err == nil {
				ev = e
			}
		}
		if ev == nil {
			t.Fatal("no InterestAccrued")
		}
		dt := int64(head.Time) - before.AsOf.Unix()
		interest, rate := goInterest(m, before.Cash.Units(), before.BorrowAssets.Units(), dt)
		if ev.Interest.Cmp(interest) != 0 || ev.RatePerYear.Cmp(rate) != 0 {
			t.Fatalf("%s: interest %s at %s a year, Go says %s at %s", want, ev.Interest, ev.RatePerYear, interest, rate)
		}
		after, err := f.pool.Books(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d := new(big.Int).Sub(after.TotalAssets.Units(), before.TotalAssets.Units()); d.Cmp(interest) != 0 {
			t.Fatalf("%s: lenders' assets grew by %s, interest %s", want, d, interest)
		}
		t.Logf("%s: %s over %d s at %s a year (index %s)", want, money.MustFromUnits(interest), dt, fromWad(rate), after.BorrowIndex)
	}
	if _, _, err := f.vault.Borrow(f.ctx, b, id, money.MustParse("8000")); err != nil { // 40%: below the kink
		t.Fatal(err)
	}
	accrue("below the kink")
	if _, _, err := f.vault.Borrow(f.ctx, b, id, money.MustParse("8000")); err != nil { // 80%: above it
		t.Fatal(err)
	}
	accrue("above the kink")
}

func lendingpoolRateModel(m RateModel) lendingpool.LendingPoolRateModel {
	w := func(d decimal.Decimal) uint64 { return d.Shift(18).BigInt().Uint64() }
	return lendingpool.LendingPoolRateModel{BaseRate: w(m.BaseRate), Slope1: w(m.Slope1), Slope2: w(m.Slope2), OptimalUtilisation: w(m.OptimalUtilisation)}
}
