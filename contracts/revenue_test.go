package contracts

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/internal/rules"
	"github.com/gpuledger/gpuledger/money"
)

// revenueFixture is an env with one operator, one asset it tokenized with
// the given rates, and the admin funded and approved to deposit revenue.
type revenueFixture struct {
	*env
	op      *chain.Transactor
	revenue *Revenue
	asset   Asset
}

func newRevenueFixture(t testing.TB, supply int64, operatorFeeBps, reserveBps, platformFeeBps uint16) *revenueFixture {
	t.Helper()
	e := newEnv(t)
	f := &revenueFixture{env: e, op: e.operator(t),
		revenue: NewRevenue(chain.DecodingCaller{Client: e.chain.Client(), Decoder: e.decoder}, e.assets.Address())}
	if platformFeeBps > 0 {
		if _, err := f.revenue.SetPlatformFee(e.ctx, e.admin, platformFeeBps); err != nil {
			t.Fatalf("set platform fee: %v", err)
		}
	}
	spec := h100Spec()
	spec.Shares = NewShares(big.NewInt(supply))
	spec.OperatorFeeBps, spec.ReserveBps = operatorFeeBps, reserveBps
	a, _, err := e.assets.Tokenize(e.ctx, f.op, spec)
	if err != nil {
		t.Fatalf("tokenize: %v", err)
	}
	f.asset = a
	plenty := money.MustParse("1000000000000") // 1e12 coins
	if _, err := e.token.Mint(e.ctx, e.admin, e.admin.Address(), plenty); err != nil {
		t.Fatalf("mint: %v", err)
	}
	if _, err := e.token.Approve(e.ctx, e.admin, f.revenue.Address(), plenty); err != nil {
		t.Fatalf("approve: %v", err)
	}
	return f
}

func (f *revenueFixture) deposit(t testing.TB, amount string) RevenueDeposit {
	t.Helper()
	d, _, err := f.revenue.DepositRevenue(f.ctx, f.admin, f.asset.ID, money.MustParse(amount))
	if err != nil {
		t.Fatalf("deposit %s: %v", amount, err)
	}
	return d
}

func (f *revenueFixture) transfer(t testing.TB, from *chain.Transactor, to common.Address, shares int64) {
	t.Helper()
	if _, err := f.assets.Transfer(f.ctx, from, to, f.asset.ID, NewShares(big.NewInt(shares))); err != nil {
		t.Fatalf("transfer %d shares: %v", shares, err)
	}
}

func (f *revenueFixture) claimable(t testing.TB, holder common.Address) money.Amount {
	t.Helper()
	c, err := f.revenue.Claimable(f.ctx, f.asset.ID, holder)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (f *revenueFixture) totals(t testing.TB) RevenueTotals {
	t.Helper()
	tot, err := f.revenue.Totals(f.ctx, f.asset.ID)
	if err != nil {
		t.Fatal(err)
	}
	return tot
}

func requireAmount(t testing.TB, what string, got money.Amount, want string) {
	t.Helper()
	if got.Cmp(money.MustParse(want)) != 0 {
		t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

// requireRevenueConserved checks, to the unit, that the asset's gross
// revenue is exactly its split, that the contract holds exactly what it
// owes (one asset in these tests), and that the holders' part is exactly
// claimed + claimable + carried over the given holders (all of them).
func requireRevenueConserved(t testing.TB, f *revenueFixture, holders []common.Address) {
	t.Helper()
	tot := f.totals(t)
	split := tot.PlatformFees.Add(tot.OperatorFees).Add(tot.ReserveAccrued).Add(tot.Holders)
	if split.Cmp(tot.Gross) != 0 {
		t.Fatalf("gross %s != platform %s + operator %s + reserve %s + holders %s",
			tot.Gross, tot.PlatformFees, tot.OperatorFees, tot.ReserveAccrued, tot.Holders)
	}
	hs := make([]Holding, len(holders))
	for i, h := range holders {
		hs[i] = Holding{AssetID: f.asset.ID, Holder: h}
	}
	cs, err := f.revenue.ClaimableBatch(f.ctx, hs...)
	if err != nil {
		t.Fatal(err)
	}
	claimable, fractions := money.Zero, new(big.Int).Set(tot.CarriedDust)
	for _, c := range cs {
		claimable = claimable.Add(c.Amount)
		fractions.Add(fractions, c.Fraction)
	}
	carried, rest := new(big.Int).QuoRem(fractions, AccScale, new(big.Int))
	if rest.Sign() != 0 {
		t.Fatalf("carried dust %s + holders' fractions = %s units × 1e18: not a whole number of units", tot.CarriedDust, fractions)
	}
	sum := tot.Claimed.Add(claimable).Add(money.MustFromUnits(carried))
	if sum.Cmp(tot.Holders) != 0 {
		t.Fatalf("holders' part %s != claimed %s + claimable %s + carried %s", tot.Holders, tot.Claimed, claimable, money.MustFromUnits(carried))
	}
	owed, err := tot.Holders.Sub(tot.Claimed)
	if err != nil {
		t.Fatal(err)
	}
	for _, pair := range [][2]money.Amount{{tot.OperatorFees, tot.OperatorFeesWithdrawn}, {tot.ReserveAccrued, tot.ReserveWithdrawn}} {
		left, err := pair[0].Sub(pair[1])
		if err != nil {
			t.Fatal(err)
		}
		owed = owed.Add(left)
	}
	platform, err := f.revenue.PlatformFeesOwed(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	owed = owed.Add(platform)
	held, err := f.token.BalanceOf(f.ctx, f.revenue.Address())
	if err != nil {
		t.Fatal(err)
	}
	if held.Cmp(owed) != 0 {
		t.Fatalf("contract holds %s of the stablecoin, owes %s", held, owed)
	}
}

// TestRevenueSplitFeesAndReserve: one deposit split by the rates, each part
// withdrawable only by whom it belongs to, the reserve only for a stated
// purpose and within its balance.
func TestRevenueSplitFeesAndReserve(t *testing.T) {
	f := newRevenueFixture(t, 1_000_000, 1500, 500, 300)
	d := f.deposit(t, "1000.000007")
	// 3% / 15% / 5% floored to the unit; holders get the rest.
	requireAmount(t, "platform fee", d.PlatformFee, "30.00000")
	requireAmount(t, "operator fee", d.OperatorFee, "150.000001")
	requireAmount(t, "reserve", d.Reserve, "50.00000")
	requireAmount(t, "holders", d.Holders, "770.000006")
	if d.AssetID != f.asset.ID || d.From != f.admin.Address() {
		t.Fatalf("deposit event %+v", d)
	}
	requireAmount(t, "operator's claimable (holds every share)", f.claimable(t, f.op.Address()), "770.000006")
	requireRevenueConserved(t, f, []common.Address{f.op.Address()})

	// Operator fees: only the operator, to itself, once.
	stranger := f.account(t)
	_, _, err := f.revenue.WithdrawOperatorFees(f.ctx, stranger, f.asset.ID)
	requireRevert(t, err, "NotAssetOperator", map[string]any{"caller": stranger.Address(), "operator": f.op.Address()})
	got, _, err := f.revenue.WithdrawOperatorFees(f.ctx, f.op, f.asset.ID)
	if err != nil {
		t.Fatal(err)
	}
	requireAmount(t, "operator fees withdrawn", got, "150.000001")
	if again, _, err := f.revenue.WithdrawOperatorFees(f.ctx, f.op, f.asset.ID); err != nil || !again.IsZero() {
		t.Fatalf("second withdrawal: %s, %v", again, err)
	}

	// Reserve: operator only, a purpose, no more than the balance.
	shop := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	_, err = f.revenue.WithdrawReserve(f.ctx, stranger, f.asset.ID, money.MustParse("1"), shop, PurposeRepairs, "fan")
	requireRevert(t, err, "NotAssetOperator", nil)
	_, err = f.revenue.WithdrawReserve(f.ctx, f.op, f.asset.ID, money.MustParse("50.000001"), shop, PurposeRepairs, "fan")
	requireRevert(t, err, "InsufficientReserve", map[string]any{"requested": 50_000_001, "available": 50_000_000})
	_, err = f.revenue.WithdrawReserve(f.ctx, f.op, f.asset.ID, money.MustParse("1"), f.revenue.Address(), PurposeRepairs, "to itself")
	requireRevert(t, err, "InvalidRecipient", map[string]any{"to": f.revenue.Address()})
	if _, err := f.revenue.WithdrawReserve(f.ctx, f.op, f.asset.ID, money.MustParse("1"), shop, "", "no purpose"); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("empty purpose: %v", err)
	}
	rcpt, err := f.revenue.WithdrawReserve(f.ctx, f.op, f.asset.ID, money.MustParse("42.5"), shop, PurposeReplacement, "GPU 3 RMA")
	if err != nil {
		t.Fatal(err)
	}
	var ev *gpuasset.GPUAssetReserveWithdrawn
	for _, l := range f.revenue.logs(rcpt) {
		if e, err := f.revenue.abi.UnpackReserveWithdrawnEvent(l); err == nil {
			ev = e
		}
	}
	if ev == nil {
		t.Fatal("no ReserveWithdrawn event")
	}
	var purpose [32]byte
	copy(purpose[:], PurposeReplacement)
	if ev.AssetId.Uint64() != f.asset.ID || ev.To != shop || ev.Amount.Int64() != 42_500_000 || ev.Purpose != purpose || ev.Memo != "GPU 3 RMA" {
		t.Fatalf("ReserveWithdrawn %+v", ev)
	}
	if bal, _ := f.token.BalanceOf(f.ctx, shop); bal.Cmp(money.MustParse("42.5")) != 0 {
		t.Fatalf("repair shop got %s", bal)
	}
	if r, _ := f.revenue.ReserveBalance(f.ctx, f.asset.ID); r.Cmp(money.MustParse("7.5")) != 0 {
		t.Fatalf("reserve left %s", r)
	}

	// Platform fees: treasury (the admin here) or an admin; anyone else is refused.
	_, _, err = f.revenue.WithdrawPlatformFees(f.ctx, stranger, stranger.Address())
	requireRevert(t, err, "NotTreasuryOrAdmin", nil)
	treasury := f.account(t)
	if _, err := f.revenue.SetTreasury(f.ctx, f.admin, treasury.Address()); err != nil {
		t.Fatal(err)
	}
	paid, _, err := f.revenue.WithdrawPlatformFees(f.ctx, treasury, treasury.Address())
	if err != nil {
		t.Fatal(err)
	}
	requireAmount(t, "platform fees", paid, "30")
	requireRevenueConserved(t, f, []common.Address{f.op.Address()})

	tot := f.totals(t)
	requireAmount(t, "gross", tot.Gross, "1000.000007")
	requireAmount(t, "operator fees withdrawn", tot.OperatorFeesWithdrawn, "150.000001")
	requireAmount(t, "reserve withdrawn", tot.ReserveWithdrawn, "42.5")
}

// TestRevenueFollowsShareOnSale: a holder who sells all its shares keeps what
// accrued before the sale and gets nothing after; the buyer gets nothing
// from before.
func TestRevenueFollowsShareOnSale(t *testing.T) {
	f := newRevenueFixture(t, 1_000_000, 1000, 500, 0)
	seller, buyer := f.account(t), f.account(t)
	f.transfer(t, f.op, seller.Address(), 400_000)

	f.deposit(t, "1000") // holders 850: seller 40%
	requireAmount(t, "seller before sale", f.claimable(t, seller.Address()), "340")
	f.transfer(t, seller, buyer.Address(), 400_000)
	requireAmount(t, "seller right after sale", f.claimable(t, seller.Address()), "340")
	requireAmount(t, "buyer right after sale", f.claimable(t, buyer.Address()), "0")

	f.deposit(t, "2000") // holders 1700: buyer 40%
	requireAmount(t, "seller after a later deposit", f.claimable(t, seller.Address()), "340")
	requireAmount(t, "buyer after a later deposit", f.claimable(t, buyer.Address()), "680")

	res, _, err := f.revenue.Claim(f.ctx, seller, f.asset.ID)
	if err != nil {
		t.Fatal(err)
	}
	requireAmount(t, "seller's claim", res.Total, "340")
	requireAmount(t, "seller's claim of the asset", res.ByAsset[f.asset.ID], "340")
	if again, _, err := f.revenue.Claim(f.ctx, seller, f.asset.ID); err != nil || !again.Total.IsZero() {
		t.Fatalf("seller claims again: %s, %v", again.Total, err)
	}
	f.deposit(t, "10")
	requireAmount(t, "seller after selling and claiming", f.claimable(t, seller.Address()), "0")
	if res, _, err = f.revenue.Claim(f.ctx, buyer, f.asset.ID, f.asset.ID); err != nil {
		t.Fatal(err)
	}
	requireAmount(t, "buyer's claim (id twice)", res.Total, "683.4")
	if bal, _ := f.token.BalanceOf(f.ctx, seller.Address()); bal.Cmp(money.MustParse("340")) != 0 {
		t.Fatalf("seller's stablecoin %s", bal)
	}
	requireRevenueConserved(t, f, []common.Address{f.op.Address(), seller.Address(), buyer.Address()})
}

// TestRevenueBadInputChangesNothing: fees over 100%, a claim by a
// non-holder, a transfer of more shares than held, and deposits the
// contract refuses: each gets a clear error (or zero), and nothing changes.
func TestRevenueBadInputChangesNothing(t *testing.T) {
	f := newRevenueFixture(t, 1_000_000, 1000, 500, 200)
	holder, outsider := f.account(t), f.account(t)
	f.transfer(t, f.op, holder.Address(), 250_000)
	f.deposit(t, "123.456789")
	everyone := []common.Address{f.op.Address(), holder.Address(), outsider.Address()}
	type state struct {
		totals                  RevenueTotals
		opNonce, holderNonce    uint64
		claimables              [3]money.Amount
		holderShares, opShares  string
		assetCount, platformFee uint64
	}
	snapshot := func() state {
		var s state
		s.totals = f.totals(t)
		s.opNonce, s.holderNonce = f.nonce(t, f.op.Address()), f.nonce(t, holder.Address())
		for i, a := range everyone {
			s.claimables[i] = f.claimable(t, a)
		}
		hs, _ := f.assets.SharesOf(f.ctx, holder.Address(), f.asset.ID)
		os, _ := f.assets.SharesOf(f.ctx, f.op.Address(), f.asset.ID)
		s.holderShares, s.opShares = hs.String(), os.String()
		s.assetCount, _ = f.assets.Count(f.ctx)
		bps, _ := f.revenue.PlatformFeeBps(f.ctx)
		s.platformFee = uint64(bps)
		return s
	}
	same := func(what string, before state) {
		t.Helper()
		after := snapshot()
		if after.totals.Gross.Cmp(before.totals.Gross) != 0 || after.totals.Claimed.Cmp(before.totals.Claimed) != 0 ||
			after.totals.AccRevenuePerShare.Cmp(before.totals.AccRevenuePerShare) != 0 ||
			after.totals.CarriedDust.Cmp(before.totals.CarriedDust) != 0 ||
			after.opNonce != before.opNonce || after.holderNonce != before.holderNonce ||
			after.holderShares != before.holderShares || after.opShares != before.opShares ||
			after.assetCount != before.assetCount || after.platformFee != before.platformFee {
			t.Fatalf("%s changed state: %+v -> %+v", what, before, after)
		}
		for i := range everyone {
			if after.claimables[i].Cmp(before.claimables[i]) != 0 {
				t.Fatalf("%s changed the claimable of %s: %s -> %s", what, everyone[i], before.claimables[i], after.claimables[i])
			}
		}
	}

	// Fees summing over 100% (with the 20% platform cap): refused off chain,
	// and by the contract when the client's check is bypassed.
	before := snapshot()
	spec := h100Spec()
	spec.OperatorFeeBps, spec.ReserveBps = 7000, 1500
	if _, _, err := f.assets.Tokenize(f.ctx, f.op, spec); !errors.Is(err, ErrFeesOver100Percent) || !errors.Is(err, ErrInvalidAsset) {
		t.Fatalf("tokenize with 85%% + 20%% fees: %v", err)
	}
	if _, err := f.revenue.SetAssetFees(f.ctx, f.admin, f.asset.ID, 6000, 4001); !errors.Is(err, ErrFeesOver100Percent) {
		t.Fatalf("set asset fees over 100%%: %v", err)
	}
	if _, err := f.revenue.SetPlatformFee(f.ctx, f.admin, MaxPlatformFeeBps+1); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("platform fee over the cap: %v", err)
	}
	addr := f.revenue.Address()
	_, err := f.admin.SendAndWait(f.ctx, &addr, f.revenue.abi.PackSetAssetFees(u256(f.asset.ID), 6000, 4001), nil)
	requireRevert(t, err, "FeesExceed100Percent", map[string]any{"maxPlatformFeeBps": uint16(2000), "operatorFeeBps": uint16(6000), "reserveBps": uint16(4001)})
	_, err = f.admin.SendAndWait(f.ctx, &addr, f.revenue.abi.PackSetPlatformFee(MaxPlatformFeeBps+1), nil)
	requireRevert(t, err, "PlatformFeeTooHigh", nil)
	_, err = f.op.SendAndWait(f.ctx, &addr, f.revenue.abi.PackSetPlatformFee(100), nil)
	requireRevert(t, err, "AccessControlUnauthorizedAccount", nil)
	same("fees over 100%", before)
	if a, _ := f.assets.Get(f.ctx, f.asset.ID); a.OperatorFeeBps != 1000 || a.ReserveBps != 500 {
		t.Fatalf("rates changed to %d/%d", a.OperatorFeeBps, a.ReserveBps)
	}

	// A claim by a non-holder pays zero and does not revert.
	before = snapshot()
	res, rcpt, err := f.revenue.Claim(f.ctx, outsider, f.asset.ID, 999)
	if err != nil || !res.Total.IsZero() || len(res.ByAsset) != 0 || len(rcpt.Logs) != 0 {
		t.Fatalf("non-holder claim: %+v, %d logs, %v", res, len(rcpt.Logs), err)
	}
	same("a non-holder's claim", before)

	// More shares than held: the decoded ERC-1155 error, nothing sent.
	before = snapshot()
	_, err = f.assets.Transfer(f.ctx, holder, outsider.Address(), f.asset.ID, NewShares(big.NewInt(250_001)))
	requireRevert(t, err, "ERC1155InsufficientBalance", map[string]any{"balance": 250_000, "needed": 250_001})
	same("a transfer of more shares than held", before)

	// Deposits the contract refuses.
	_, _, err = f.revenue.DepositRevenue(f.ctx, f.admin, 99, money.MustParse("1"))
	requireRevert(t, err, "UnknownAsset", map[string]any{"assetId": 99})
	if _, _, err := f.revenue.DepositRevenue(f.ctx, f.admin, f.asset.ID, money.Zero); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("zero deposit: %v", err)
	}
	_, err = f.admin.SendAndWait(f.ctx, &addr, f.revenue.abi.PackDepositRevenue(u256(f.asset.ID), new(big.Int)), nil)
	requireRevert(t, err, "ZeroAmount", nil)
	_, _, err = f.revenue.DepositRevenue(f.ctx, outsider, f.asset.ID, money.MustParse("1")) // no allowance
	requireRevert(t, err, "ERC20InsufficientAllowance", nil)
	_, err = f.revenue.call.CallContract(f.ctx, callMsg(addr, f.revenue.abi.PackClaimableBatch([]*big.Int{u256(1)}, nil)), nil)
	requireRevert(t, err, "LengthMismatch", nil)
	same("refused deposits", before)
	requireRevenueConserved(t, f, everyone)
}

// TestRevenueRandomWorkload: 50 holders, 1,000 deposits interleaved with
// 500 random share transfers and 300 claims, and a change of rates half way.
// The expectation is the reference accumulator (internal/rules.Pool: the
// per-share accumulator with its dust carried, written from the
// RevenueDistributor's notes): every split, every claim, and at every
// checkpoint every holder's claimable and sub-unit fraction and the carried
// dust are its figures to the unit. Against the exact pro-rata
// entitlement (decimals), a holder is short by less than one unit plus
// one per time it sold out (its fraction went back to the pool) and over
// by less than one unit plus the units all sell-outs gave back.
// Holders' part = claimed + claimable + carried to the unit at every
// checkpoint.
func TestRevenueRandomWorkload(t *testing.T) {
	if testing.Short() {
		t.Skip("long random workload")
	}
	start := time.Now()
	const (
		supply    = 999_983 // prime: no deposit divides evenly
		nHolders  = 50
		nDeposits = 1000
		nTransfer = 500
		nClaims   = 300
	)
	platformBps, opBps, resBps := uint16(250), uint16(1234), uint16(567)
	f := newRevenueFixture(t, supply, opBps, resBps, platformBps)
	rng := rand.New(rand.NewPCG(4, 2026))

	holders := make([]*chain.Transactor, nHolders)
	everyone := []common.Address{f.op.Address()}
	for i := range holders {
		holders[i] = f.account(t)
		everyone = append(everyone, holders[i].Address())
	}
	// The model: the reference pool, and per holder the numerator of its
	// exact entitlement (sum of holders' part × balance; divide by supply)
	// and how often it sold out.
	pool := rules.NewPool(big.NewInt(supply), f.op.Address())
	bal := map[common.Address]int64{f.op.Address(): supply}
	num := map[common.Address]decimal.Decimal{}
	soldOut := map[common.Address]int{}
	holdersPart, claimedTotal := new(big.Int), new(big.Int)
	transfer := func(from *chain.Transactor, to common.Address, n int64) {
		t.Helper()
		f.transfer(t, from, to, n)
		pool.Transfer(from.Address(), to, big.NewInt(n))
		bal[from.Address()] -= n
		bal[to] += n
		if bal[from.Address()] == 0 {
			soldOut[from.Address()]++
		}
	}

	// Hand out every share at random before any revenue.
	left := int64(supply)
	for i, h := range holders {
		n := left
		if i < nHolders-1 {
			n = 1 + rng.Int64N(2*supply/nHolders)
			n = min(n, left-int64(nHolders-1-i))
		}
		transfer(f.op, h.Address(), n)
		left -= n
	}
	setup := time.Since(start)

	ops := make([]byte, 0, nDeposits+nTransfer+nClaims)
	for _, x := range []struct {
		op byte
		n  int
	}{{'d', nDeposits}, {'t', nTransfer}, {'c', nClaims}} {
		for range x.n {
			ops = append(ops, x.op)
		}
	}
	rng.Shuffle(len(ops), func(i, j int) { ops[i], ops[j] = ops[j], ops[i] })

	// checkpoint compares every holder's claimable and fraction, and the
	// carried dust, with the reference.
	checkpoint := func(i int) {
		t.Helper()
		hs := make([]Holding, len(everyone))
		for j, a := range everyone {
			hs[j] = Holding{AssetID: f.asset.ID, Holder: a}
		}
		cs, err := f.revenue.ClaimableBatch(f.ctx, hs...)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			units, fraction := pool.Claimable(c.Holder)
			if c.Amount.Units().Cmp(units) != 0 || c.Fraction.Cmp(fraction) != 0 {
				t.Fatalf("op %d: %s claimable %s units + %s/1e18; the reference gives %s + %s/1e18",
					i, c.Holder, c.Amount.Units(), c.Fraction, units, fraction)
			}
		}
		if dust := f.totals(t).CarriedDust; dust.Cmp(pool.Dust()) != 0 {
			t.Fatalf("op %d: carried dust %s, the reference %s", i, dust, pool.Dust())
		}
	}
	exits, paidClaims := 0, 0
	for i, op := range ops {
		switch op {
		case 'd':
			var units int64
			switch r := rng.IntN(10); {
			case r < 1:
				units = 1 + rng.Int64N(99) // a few units: all rounding
			case r < 6:
				units = 1 + rng.Int64N(10_000)
			default:
				units = 1_000_000 + rng.Int64N(1_000_000_000)
			}
			d, _, err := f.revenue.DepositRevenue(f.ctx, f.admin, f.asset.ID, money.MustFromUnits(big.NewInt(units)))
			if err != nil {
				t.Fatalf("op %d: deposit: %v", i, err)
			}
			// The split, by the rule: fees floored, holders get the rest.
			want := rules.SplitRevenue(big.NewInt(units), platformBps, opBps, resBps)
			if d.PlatformFee.Units().Cmp(want.Platform) != 0 || d.OperatorFee.Units().Cmp(want.Operator) != 0 ||
				d.Reserve.Units().Cmp(want.Reserve) != 0 || d.Holders.Units().Cmp(want.Holders) != 0 {
				t.Fatalf("op %d: deposit %d split %+v, want %s/%s/%s/%s", i, units, d, want.Platform, want.Operator, want.Reserve, want.Holders)
			}
			pool.Deposit(want.Holders)
			holdersPart.Add(holdersPart, want.Holders)
			hp := decimal.NewFromBigInt(want.Holders, 0)
			for a, b := range bal {
				if b > 0 {
					num[a] = num[a].Add(hp.Mul(decimal.NewFromInt(b)))
				}
			}
		case 't':
			var sellers []*chain.Transactor // whoever holds shares, the operator included
			for _, h := range append([]*chain.Transactor{f.op}, holders...) {
				if bal[h.Address()] > 0 {
					sellers = append(sellers, h)
				}
			}
			from := sellers[rng.IntN(len(sellers))]
			to := holders[rng.IntN(nHolders)].Address()
			if to == from.Address() {
				to = f.op.Address() // the operator buys back
			}
			n := bal[from.Address()]
			if rng.IntN(5) > 0 {
				n = 1 + rng.Int64N(n)
			}
			if n == bal[from.Address()] {
				exits++
			}
			transfer(from, to, n)
		case 'c':
			h := holders[rng.IntN(nHolders)]
			res, _, err := f.revenue.Claim(f.ctx, h, f.asset.ID)
			if err != nil {
				t.Fatalf("op %d: claim: %v", i, err)
			}
			want := pool.Claim(h.Address())
			if res.Total.Units().Cmp(want) != 0 {
				t.Fatalf("op %d: %s claimed %s units, the reference pays %s", i, h.Address(), res.Total.Units(), want)
			}
			claimedTotal.Add(claimedTotal, want)
			if want.Sign() > 0 {
				paidClaims++
			}
		}
		if i == len(ops)/2 {
			// New rates half way: they apply to deposits from now on.
			platformBps, opBps, resBps = 100, 1000, 800
			if _, err := f.revenue.SetPlatformFee(f.ctx, f.admin, platformBps); err != nil {
				t.Fatal(err)
			}
			if _, err := f.revenue.SetAssetFees(f.ctx, f.admin, f.asset.ID, opBps, resBps); err != nil {
				t.Fatal(err)
			}
		}
		if i%300 == 299 || i == len(ops)-1 {
			requireRevenueConserved(t, f, everyone)
			checkpoint(i)
		}
	}

	// Every operation had to succeed; these say the mix tested something:
	// most claims paid, holders sold out (returning their fractions).
	if paidClaims < nClaims/2 || exits < nTransfer/20 {
		t.Errorf("%d of %d claims paid anything, %d sell-outs: the workload exercises too little", paidClaims, nClaims, exits)
	}
	tot := f.totals(t)
	if tot.Holders.Units().Cmp(holdersPart) != 0 || tot.Claimed.Units().Cmp(claimedTotal) != 0 {
		t.Fatalf("contract: holders %s claimed %s; model: %s, %s units", tot.Holders, tot.Claimed, holdersPart, claimedTotal)
	}
	maxErr := decimal.Zero
	for _, a := range everyone {
		units, _ := pool.Claimable(a)
		got := decimal.NewFromBigInt(new(big.Int).Add(pool.Claimed(a), units), 0)
		exact := num[a].DivRound(decimal.NewFromInt(supply), 30)
		short, over := exact.Sub(got), got.Sub(exact)
		if short.GreaterThanOrEqual(decimal.NewFromInt(int64(1+soldOut[a]))) || over.GreaterThanOrEqual(decimal.NewFromInt(int64(1+exits))) {
			t.Errorf("%s: claimed + claimable = %s units, exact entitlement %s: off by %s (sold out %d times, %d sell-outs in all)",
				a, got, exact, got.Sub(exact), soldOut[a], exits)
		}
		maxErr = decimal.Max(maxErr, short.Abs())
	}
	t.Logf("%d deposits, %d transfers (%d sold out), %d claims (%d paid); holders' part %s units, claimed %s; "+
		"largest |claimed + claimable - exact| = %s units; setup %s, total %s",
		nDeposits, nTransfer, exits, nClaims, paidClaims, holdersPart, claimedTotal, maxErr.StringFixed(6),
		setup.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
}

// TestLeaseRevenueReachesHolders: rent a lease settles is deposited as the
// asset's revenue by the market and split; a holder claims its share.
func TestLeaseRevenueReachesHolders(t *testing.T) {
	f := newRevenueFixture(t, 1_000_000, 1000, 500, 500)
	investor := f.account(t)
	f.transfer(t, f.op, investor.Address(), 250_000)
	lst, _, err := f.market.CreateListing(f.ctx, f.op, f.asset.ID, ListingSpec{
		GPUs: 8, PricePerGPUHour: money.MustParse("2.50"), MinHours: 1, MaxHours: 24,
		SLAAvailabilityBps: 9900, CreditBps: 1000,
	})
	if err != nil {
		t.Fatal(err)
	}
	renter := f.account(t)
	if _, err := f.token.Mint(f.ctx, f.admin, renter.Address(), money.MustParse("100")); err != nil {
		t.Fatal(err)
	}
	l, _, err := f.market.OpenLease(f.ctx, renter, LeaseRequest{ListingID: lst.ID, GPUs: 4, Hours: 2, Deposit: money.MustParse("20")})
	if err != nil {
		t.Fatal(err)
	}
	// Well past the term and any availability report window.
	if err := f.chain.AdjustTime(24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	_, rcpt, err := f.market.Settle(f.ctx, f.op, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	var dep *RevenueDeposit
	for _, lg := range rcpt.Logs {
		if d, err := f.revenue.ParseRevenueDeposited(lg); err == nil {
			dep = &d
		}
	}
	if dep == nil || dep.From != f.market.Address() || dep.Gross.Cmp(money.MustParse("20")) != 0 {
		t.Fatalf("settlement's deposit: %+v", dep)
	}
	// 20 gross: 5% platform, 10% operator, 5% reserve, 80% holders; the investor holds 25%.
	requireAmount(t, "holders' part", dep.Holders, "16")
	res, _, err := f.revenue.Claim(f.ctx, investor, f.asset.ID)
	if err != nil {
		t.Fatal(err)
	}
	requireAmount(t, "investor's claim", res.Total, "4")
	requireRevenueConserved(t, f, []common.Address{f.op.Address(), investor.Address()})
}

// TestFeeBalancesOutliveRecycledRevenue: the operator's fees and the
// reserve are kept as balances (64 bits each), not as cumulative figures,
// so revenue that goes round (deposit, withdraw, deposit again) can never
// push them past their width and block an asset's settlements for good.
func TestFeeBalancesOutliveRecycledRevenue(t *testing.T) {
	f := newRevenueFixture(t, 1_000_000, 8000, 0, 0)
	// Each deposit's 80% operator fee is just under 2^64 units; two of them
	// are not.
	d := new(big.Int).Lsh(big.NewInt(1), 64)
	d.Mul(d, big.NewInt(10_000)).Div(d, big.NewInt(8000)).Sub(d, big.NewInt(1000))
	gross := money.MustFromUnits(d)
	if _, err := f.token.Mint(f.ctx, f.admin, f.admin.Address(), gross.Add(gross)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.token.Approve(f.ctx, f.admin, f.revenue.Address(), gross.Add(gross)); err != nil {
		t.Fatal(err)
	}
	first := f.deposit(t, gross.String())
	if _, _, err := f.revenue.WithdrawOperatorFees(f.ctx, f.op, f.asset.ID); err != nil {
		t.Fatal(err)
	}
	second := f.deposit(t, gross.String()) // the cumulative operator fee passes 2^64
	tot := f.totals(t)
	if want := first.OperatorFee.Add(second.OperatorFee); tot.OperatorFees.Cmp(want) != 0 {
		t.Errorf("cumulative operator fees %s, want %s", tot.OperatorFees, want)
	}
	if tot.OperatorFeesWithdrawn.Cmp(first.OperatorFee) != 0 {
		t.Errorf("withdrawn %s, want %s", tot.OperatorFeesWithdrawn, first.OperatorFee)
	}
	owed, err := f.revenue.OperatorFeesOwed(f.ctx, f.asset.ID)
	if err != nil || owed.Cmp(second.OperatorFee) != 0 {
		t.Errorf("owed %s (%v), want %s", owed, err, second.OperatorFee)
	}
	requireRevenueConserved(t, f, []common.Address{f.op.Address()})
}
