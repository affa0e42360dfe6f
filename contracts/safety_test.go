package contracts

import (
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts/bindings/blockliststablecoin"
	"github.com/gpuledger/gpuledger/contracts/bindings/feeontransferstablecoin"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/contracts/bindings/stubavailabilityoracle"
	"github.com/gpuledger/gpuledger/money"
)

// Tests of issue 12, "Money safety under crashes, contention and hostile
// parties": docs/safety.md says which rule each one holds.

// allowanceOnly hides a Sender's SignHash, so the market pays by approve +
// transferFrom, as an external wallet would.
type allowanceOnly struct{ Sender }

// bigAssetFixture is a market fixture whose asset has 16 GPUs, all listed.
func bigAssetFixture(t *testing.T) *marketFixture {
	t.Helper()
	f := &marketFixture{env: newEnv(t)}
	f.op = f.operator(t)
	spec := h100Spec()
	spec.GPUCount, spec.RatedPowerW = 16, 20400
	a, _, err := f.assets.Tokenize(f.ctx, f.op, spec)
	if err != nil {
		t.Fatal(err)
	}
	f.asset = a
	ls := defaultListing()
	ls.GPUs = 16
	f.listing = f.list(t, a.ID, ls)
	return f
}

// TestConcurrentLeasesFromOneRenter (item 2): ten leases opened at once by
// one renter all succeed, by authorization and by allowance, and every
// deposit is where it should be to the unit.
func TestConcurrentLeasesFromOneRenter(t *testing.T) {
	for _, tc := range []struct {
		name string
		wrap func(*chain.Transactor) Sender
	}{
		{"authorization", func(r *chain.Transactor) Sender { return r }},
		{"allowance", func(r *chain.Transactor) Sender { return allowanceOnly{r} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := bigAssetFixture(t)
			const n, hours = 10, 2
			renter := f.renter(t, "1000")
			deposit := money.MustFromUnits(termCost(1, hours, f.listing.PricePerGPUHour))
			s := tc.wrap(renter)
			var wg sync.WaitGroup
			errs := make([]error, n)
			ids := make([]uint64, n)
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					l, _, err := f.market.OpenLease(f.ctx, s, LeaseRequest{ListingID: f.listing.ID, GPUs: 1, Hours: hours, Deposit: deposit})
					errs[i], ids[i] = err, l.ID
				}()
			}
			wg.Wait()
			if err := errors.Join(errs...); err != nil {
				t.Fatalf("concurrent leases: %v", err)
			}
			// Ten deposits of gpus x price x hours each, in units.
			total := new(big.Int).Mul(termCost(1, hours, f.listing.PricePerGPUHour), big.NewInt(n))
			wantRenter := new(big.Int).Sub(money.MustParse("1000").Units(), total)
			if got := f.balance(t, renter.Address()).Units(); got.Cmp(wantRenter) != 0 {
				t.Errorf("renter holds %s units, want %s", got, wantRenter)
			}
			revenue := NewRevenue(f.assets.call, f.assets.Address())
			held, err := revenue.EscrowHeld(f.ctx)
			if err != nil {
				t.Fatal(err)
			}
			if held.Units().Cmp(total) != 0 || f.balance(t, f.assets.Address()).Units().Cmp(total) != 0 {
				t.Errorf("escrow booked %s, GPUAsset holds %s, deposits %s units", held, f.balance(t, f.assets.Address()), total)
			}
			seen := map[uint64]bool{}
			for _, id := range ids {
				l, err := f.market.Lease(f.ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				requireConserved(t, l)
				if seen[id] || l.Deposit.Cmp(deposit) != 0 || l.Renter != renter.Address() {
					t.Errorf("lease %d: deposit %s renter %s (dup %v)", id, l.Deposit, l.Renter, seen[id])
				}
				seen[id] = true
			}
			if !f.balance(t, f.market.Address()).IsZero() {
				t.Errorf("the market kept tokens")
			}
		})
	}
}

// TestLeaseAuthorizationGas (item 2) measures, on mainnet's (Osaka)
// schedule, a lease paid by authorization (one transaction) against
// approve + lease (two), for docs/gas.md.
func TestLeaseAuthorizationGas(t *testing.T) {
	gc := openOsakaGasChain(t)
	market, renter := gc.leaseSetup(t)
	spec := defaultListing()
	a := gc.tokenizeFor(t, 1_000_000, nil, nil, 1500, 500)
	l, _, err := market.CreateListing(gc.ctx, gc.admin, a.ID, spec)
	if err != nil {
		t.Fatal(err)
	}
	deposit := money.MustFromUnits(termCost(1, 24, spec.PricePerGPUHour))
	req := LeaseRequest{ListingID: l.ID, GPUs: 1, Hours: 24, Deposit: deposit}
	// A first lease of each kind warms the asset's and the renter's slots.
	for range 2 {
		if _, _, err := market.OpenLease(gc.ctx, renter, req); err != nil {
			t.Fatal(err)
		}
	}
	_, r, err := market.OpenLease(gc.ctx, renter, req)
	if err != nil {
		t.Fatal(err)
	}
	withAuth := r.GasUsed
	ap, err := gc.token.Approve(gc.ctx, renter, market.Address(), deposit)
	if err != nil {
		t.Fatal(err)
	}
	addr := market.Address()
	ls, err := renter.SendAndWait(gc.ctx, &addr, market.abi.PackLease(u256(l.ID), 1, 24, deposit.Units(), maxUint256, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("osaka: lease with authorization %d gas (one tx); approve %d + lease %d = %d gas (two txs)",
		withAuth, ap.GasUsed, ls.GasUsed, ap.GasUsed+ls.GasUsed)
	if withAuth >= ap.GasUsed+ls.GasUsed {
		t.Errorf("lease with authorization %d gas, not below approve + lease %d", withAuth, ap.GasUsed+ls.GasUsed)
	}
}

// TestLeasePriceBound (item 3): the operator reprices 2.50 -> 12.50 between
// the renter's quote and its lease; the lease is refused, by the client and
// by the contract on both payment paths, and the renter is charged nothing.
func TestLeasePriceBound(t *testing.T) {
	f := newMarketFixture(t)
	spec := defaultListing()
	spec.PricePerGPUHour = money.MustParse("2.50")
	quote := f.list(t, f.asset.ID, spec)
	r := f.renter(t, "1000")
	deposit := money.MustFromUnits(termCost(1, 2, quote.PricePerGPUHour))
	if _, err := f.market.SetListingPrice(f.ctx, f.op, quote.ID, money.MustParse("12.50")); err != nil {
		t.Fatal(err)
	}
	before := e2eState(t, f, r.Address())
	req := LeaseRequest{ListingID: quote.ID, GPUs: 1, Hours: 2, Deposit: deposit, MaxPricePerGPUHour: quote.PricePerGPUHour}
	if _, _, err := f.market.OpenLease(f.ctx, r, req); !isInvalid("above the bound")(err) {
		t.Errorf("client: %v", err)
	}
	market := f.market.Address()
	want := map[string]any{"listingId": u256(quote.ID), "pricePerGpuHour": big.NewInt(12_500_000), "maxPricePerGpuHour": big.NewInt(2_500_000)}
	_, err := r.SendAndWait(f.ctx, &market, f.market.abi.PackLease(u256(quote.ID), 1, 2, deposit.Units(), big.NewInt(2_500_000), nil), nil)
	requireRevert(t, err, "PriceAboveBound", want)
	auth, err := f.token.AuthorizeReceive(f.ctx, r, r.Address(), market, deposit)
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.SendAndWait(f.ctx, &market, f.market.abi.PackLeaseWithAuthorization(u256(quote.ID), 1, 2, deposit.Units(), big.NewInt(2_500_000), nil, auth), nil)
	requireRevert(t, err, "PriceAboveBound", want)
	if after := e2eState(t, f, r.Address()); after != before {
		t.Errorf("refused leases changed state: %+v -> %+v", before, after)
	}
	// Without a bound, or with one at the new price, the lease goes through.
	req.MaxPricePerGPUHour = money.MustParse("12.50")
	req.Deposit = money.MustFromUnits(termCost(1, 2, req.MaxPricePerGPUHour))
	if _, _, err := f.market.OpenLease(f.ctx, r, req); err != nil {
		t.Fatal(err)
	}
}

// hostileEnv is an env whose contract set settles in a token deployed
// first from code (a test token with constructor(admin)); the admin holds
// one unit of it. probe false adopts it without the transfer probe.
func hostileEnv(t *testing.T, bin string, probe bool) (*env, common.Address, error) {
	t.Helper()
	e := bareEnv(t)
	for name, a := range map[string]abi.ABI{
		"BlocklistStablecoin":     blockliststablecoin.NewBlocklistStablecoin().GetABI(),
		"FeeOnTransferStablecoin": feeontransferstablecoin.NewFeeOnTransferStablecoin().GetABI(),
	} {
		e.decoder.Register(name, &a)
	}
	token, _, err := e.admin.Deploy(e.ctx, common.FromHex(bin), blockliststablecoin.NewBlocklistStablecoin().PackConstructor(e.admin.Address()))
	if err != nil {
		t.Fatalf("deploy token: %v", err)
	}
	reader := chain.DecodingCaller{Client: e.chain.Client(), Decoder: e.decoder}
	e.token = NewStablecoin(reader, token)
	if _, err := e.token.Mint(e.ctx, e.admin, e.admin.Address(), money.MustParse("0.000001")); err != nil {
		t.Fatal(err)
	}
	m, err := Deploy(e.ctx, e.chain.Client(), e.admin, DeployOptions{Stablecoin: token, skipTransferProbe: !probe})
	if err != nil {
		return e, token, err
	}
	e.manifest = m
	e.assets = NewAssets(reader, m.Address(GPUAssetName))
	e.market = NewMarket(reader, m.Address(LeaseMarketName), e.token)
	return e, token, nil
}

// TestBlocklistedRenterRefundDeferred (item 5): a renter the token
// blocklists is owed a refund at its lease's end; settle and a settleMany
// batch holding it and innocent leases all succeed, the innocent are paid,
// its refund is owed to it and withdrawable once it is unblocked, and the
// revenue account's balance is accounted for to the unit throughout.
func TestBlocklistedRenterRefundDeferred(t *testing.T) {
	e, token, err := hostileEnv(t, blockliststablecoin.BlocklistStablecoinMetaData.Bin, true)
	if err != nil {
		t.Fatal(err)
	}
	f := &marketFixture{env: e, op: e.operator(t)}
	f.asset = f.tokenize(t)
	f.listing = f.list(t, f.asset.ID, defaultListing()) // SLA 99.00%, credit 10%
	// An oracle that reports 50% availability for every epoch: every hour
	// of every lease earns a 10% credit, refunded when the lease ends.
	oracle, _, err := e.admin.Deploy(e.ctx, common.FromHex(stubavailabilityoracle.StubAvailabilityOracleMetaData.Bin),
		stubavailabilityoracle.NewStubAvailabilityOracle().PackConstructor(e.admin.Address()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.admin.SendAndWait(e.ctx, &oracle, stubavailabilityoracle.NewStubAvailabilityOracle().PackSetAvailability(u256(f.asset.ID), 5000), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := f.market.SetAvailabilityOracle(f.ctx, f.admin, oracle, 0); err != nil {
		t.Fatal(err)
	}
	const hours = 2
	price := f.listing.PricePerGPUHour
	deposit := money.MustFromUnits(termCost(1, hours, price))
	frozen, alice, bob := f.renter(t, "100"), f.renter(t, "100"), f.renter(t, "100")
	open := func(r *chain.Transactor) Lease {
		return f.open(t, r, LeaseRequest{ListingID: f.listing.ID, GPUs: 1, Hours: hours, Deposit: deposit})
	}
	lone, batched, la, lb := open(frozen), open(frozen), open(alice), open(bob)
	f.advance(t, hours*time.Hour+2*time.Hour) // every epoch of every term over

	// The rule: an epoch under target credits floor(due x 1000 / 10000),
	// due = accrued(segment end) - accrued(segment start), accrued(t) =
	// floor(rate x (t - start) / 3600), segments cut at epoch ends (genesis
	// 1, one hour). Every credit of an ended lease is refunded.
	wantRefund := func(l Lease) *big.Int {
		rate := new(big.Int).Mul(price.Units(), big.NewInt(int64(l.GPUs)))
		start, end := l.Start.Unix(), l.End.Unix()
		accrued := func(at int64) *big.Int {
			a := new(big.Int).Mul(rate, big.NewInt(at-start))
			return a.Div(a, big.NewInt(3600))
		}
		total := new(big.Int)
		for from := start; from < end; {
			to := min(1+((from-1)/3600+1)*3600, end)
			due := new(big.Int).Sub(accrued(to), accrued(from))
			total.Add(total, due.Mul(due, big.NewInt(1000)).Div(due, big.NewInt(10000)))
			from = to
		}
		return total
	}
	block := func(blocked bool) {
		t.Helper()
		data := blockliststablecoin.NewBlocklistStablecoin().PackSetBlocklisted(frozen.Address(), blocked)
		if _, err := e.admin.SendAndWait(e.ctx, &token, data, nil); err != nil {
			t.Fatal(err)
		}
	}
	revenue := NewRevenue(f.assets.call, f.assets.Address())
	custody := func() {
		t.Helper()
		escrow, _ := revenue.EscrowHeld(f.ctx)
		owed, _ := revenue.TotalRefundsOwed(f.ctx)
		platform, _ := revenue.PlatformFeesOwed(f.ctx)
		tot, err := revenue.Totals(f.ctx, f.asset.ID)
		if err != nil {
			t.Fatal(err)
		}
		// Operator fees and reserve owed, and holders' revenue not claimed
		// (claimable + carried dust): all still in GPUAsset.
		want := new(big.Int).Add(escrow.Units(), owed.Units())
		want.Add(want, platform.Units())
		want.Add(want, subUnits(tot.OperatorFees, tot.OperatorFeesWithdrawn))
		want.Add(want, subUnits(tot.ReserveAccrued, tot.ReserveWithdrawn))
		want.Add(want, subUnits(tot.Holders, tot.Claimed))
		if held := f.balance(t, f.assets.Address()).Units(); held.Cmp(want) != 0 {
			t.Errorf("GPUAsset holds %s units; escrow %s + refunds owed %s + fees, reserve and holders' = %s", held, escrow, owed, want)
		}
	}
	block(true)
	frozenBefore := f.balance(t, frozen.Address())

	l, _, err := f.market.Settle(f.ctx, f.admin, lone.ID)
	if err != nil {
		t.Fatalf("settle of a blocklisted renter's lease: %v", err)
	}
	requireConserved(t, l)
	if l.Status != LeaseEnded || l.Refunded.Units().Cmp(wantRefund(lone)) != 0 || wantRefund(lone).Sign() == 0 {
		t.Fatalf("lone lease: %s refunded %s, want %s", l.Status, l.Refunded, wantRefund(lone))
	}
	custody()
	aliceBefore, bobBefore := f.balance(t, alice.Address()), f.balance(t, bob.Address())
	if _, err := f.market.SettleMany(f.ctx, f.admin, batched.ID, la.ID, lb.ID); err != nil {
		t.Fatalf("settleMany with a blocklisted renter: %v", err)
	}
	for _, c := range []struct {
		l      Lease
		wallet *chain.Transactor
		before money.Amount
	}{{la, alice, aliceBefore}, {lb, bob, bobBefore}} {
		got, _ := f.market.Lease(f.ctx, c.l.ID)
		requireConserved(t, got)
		paid := subUnits(f.balance(t, c.wallet.Address()), c.before)
		if got.Status != LeaseEnded || paid.Cmp(wantRefund(c.l)) != 0 || got.Refunded.Units().Cmp(paid) != 0 {
			t.Errorf("innocent lease %d: %s, paid %s, refunded %s, want %s", c.l.ID, got.Status, paid, got.Refunded, wantRefund(c.l))
		}
	}
	custody()
	owedUnits := new(big.Int).Add(wantRefund(lone), wantRefund(batched))
	if owed, _ := revenue.RefundOwed(f.ctx, frozen.Address()); owed.Units().Cmp(owedUnits) != 0 {
		t.Errorf("owed to the blocklisted renter %s, want %s units", owed, owedUnits)
	}
	if got := f.balance(t, frozen.Address()); got.Cmp(frozenBefore) != 0 {
		t.Errorf("blocklisted renter's wallet moved: %s -> %s", frozenBefore, got)
	}
	// Blocked, it cannot take it yet; unblocked, it can, once.
	if _, _, err := revenue.WithdrawRefund(f.ctx, frozen); !isRevert(err, "AccountBlocklisted") {
		t.Errorf("withdraw while blocked: %v", err)
	}
	block(false)
	got, _, err := revenue.WithdrawRefund(f.ctx, frozen)
	if err != nil || got.Units().Cmp(owedUnits) != 0 {
		t.Fatalf("withdraw: %s, %v; want %s units", got, err, owedUnits)
	}
	if grew := subUnits(f.balance(t, frozen.Address()), frozenBefore); grew.Cmp(owedUnits) != 0 {
		t.Errorf("wallet grew by %s units, want %s", grew, owedUnits)
	}
	if _, _, err := revenue.WithdrawRefund(f.ctx, frozen); !isRevert(err, "NoRefundOwed") {
		t.Errorf("second withdraw: %v", err)
	}
	if owed, _ := revenue.TotalRefundsOwed(f.ctx); !owed.IsZero() {
		t.Errorf("refunds owed after withdrawal: %s", owed)
	}
	custody()
}

// TestFeeOnTransferTokenRefused (item 6): adoption refuses a token that
// takes a fee on transfer, sending nothing; a market wired to one anyway
// refuses every deposit (both payment paths) and revenue deposit, by
// balance difference.
func TestFeeOnTransferTokenRefused(t *testing.T) {
	bin := feeontransferstablecoin.FeeOnTransferStablecoinMetaData.Bin
	e, _, err := hostileEnv(t, bin, true)
	if !errors.Is(err, ErrFeeOnTransfer) || !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("adopting a fee-on-transfer token: %v", err)
	}
	if e.manifest != nil {
		t.Fatal("a manifest for a refused token")
	}

	e, _, err = hostileEnv(t, bin, false)
	if err != nil {
		t.Fatal(err)
	}
	f := &marketFixture{env: e, op: e.operator(t)}
	f.asset = f.tokenize(t)
	f.listing = f.list(t, f.asset.ID, defaultListing())
	r := f.renter(t, "1000")
	deposit := termCost(1, 2, f.listing.PricePerGPUHour)
	// The token burns ceil(1%) of a transfer: 10.00 sent arrives as 9.90.
	fee := new(big.Int).Add(deposit, big.NewInt(0))
	fee.Mul(fee, big.NewInt(100)).Add(fee, big.NewInt(9999)).Div(fee, big.NewInt(10000))
	want := map[string]any{"expected": deposit, "received": new(big.Int).Sub(deposit, fee)}
	before := e2eState(t, f, r.Address())
	req := LeaseRequest{ListingID: f.listing.ID, GPUs: 1, Hours: 2, Deposit: money.MustFromUnits(deposit)}
	for _, s := range []Sender{r, allowanceOnly{r}} {
		_, _, err := f.market.OpenLease(f.ctx, s, req)
		requireRevert(t, err, "DepositShortfall", want)
	}
	if after := e2eState(t, f, r.Address()); after != before {
		t.Errorf("refused leases changed state: %+v -> %+v", before, after)
	}
	// Revenue deposits are checked the same way.
	revenue := NewRevenue(f.assets.call, f.assets.Address())
	if _, err := f.token.Approve(f.ctx, r, revenue.Address(), money.MustParse("10")); err != nil {
		t.Fatal(err)
	}
	_, _, err = revenue.DepositRevenue(f.ctx, r, f.asset.ID, money.MustParse("10"))
	requireRevert(t, err, "DepositShortfall", map[string]any{"expected": big.NewInt(10_000_000), "received": big.NewInt(9_900_000)})
}

// TestPauseStopsOutOfFundsClose (item 8): while paused a renter cannot top
// up, so neither the operator nor a keeper may close its lease for lack of
// funds; the renter's own close, settlement and claims go on.
func TestPauseStopsOutOfFundsClose(t *testing.T) {
	f := newMarketFixture(t)
	price := f.listing.PricePerGPUHour
	r := f.renter(t, "1000")
	hour := money.MustFromUnits(termCost(1, 1, price))
	starved := f.open(t, r, LeaseRequest{ListingID: f.listing.ID, GPUs: 1, Hours: 6, Deposit: hour})
	other := f.open(t, r, LeaseRequest{ListingID: f.listing.ID, GPUs: 1, Hours: 6, Deposit: hour})
	f.advance(t, 3*time.Hour) // two hours past its money, grace ten minutes
	market := f.market.Address()
	if _, err := f.admin.SendAndWait(f.ctx, &market, f.market.abi.PackPause(), nil); err != nil {
		t.Fatal(err)
	}
	_, _, err := f.market.TopUp(f.ctx, r, starved.ID, hour)
	requireRevert(t, err, "EnforcedPause", nil)
	for _, s := range []Sender{f.op, f.admin} { // the operator, a keeper
		_, _, err := f.market.Close(f.ctx, s, starved.ID)
		requireRevert(t, err, "EnforcedPause", nil)
	}
	if _, _, err := f.market.Settle(f.ctx, f.admin, starved.ID); err != nil {
		t.Errorf("settle while paused: %v", err)
	}
	if l, _, err := f.market.Close(f.ctx, r, other.ID); err != nil || l.CloseReason != ReasonClosedByRenter {
		t.Errorf("renter close while paused: %v", err)
	}
	if _, err := f.admin.SendAndWait(f.ctx, &market, f.market.abi.PackUnpause(), nil); err != nil {
		t.Fatal(err)
	}
	l, _, err := f.market.Close(f.ctx, f.op, starved.ID)
	if err != nil || l.CloseReason != ReasonOutOfFunds {
		t.Fatalf("operator close after unpause: %v (%s)", err, l.CloseReason)
	}
	requireConserved(t, l)
}

// TestListingMinPrepaid (item 9): a lease must prepay the listing's
// minPrepaidHours (or its whole term if shorter); less is refused by the
// client and by the contract, and the listing's figures are validated.
func TestListingMinPrepaid(t *testing.T) {
	f := newMarketFixture(t)
	spec := defaultListing()
	spec.MinPrepaidHours, spec.GraceSeconds = 4, 900
	lst := f.list(t, f.asset.ID, spec)
	if lst.MinPrepaidHours != 4 || lst.GraceSeconds != 900 {
		t.Fatalf("listing reads back %d h prepaid, %d s grace", lst.MinPrepaidHours, lst.GraceSeconds)
	}
	r := f.renter(t, "1000")
	price := lst.PricePerGPUHour
	before := e2eState(t, f, r.Address())
	short := money.MustFromUnits(new(big.Int).Sub(termCost(2, 4, price), big.NewInt(1)))
	req := LeaseRequest{ListingID: lst.ID, GPUs: 2, Hours: 720, Deposit: short}
	if _, _, err := f.market.OpenLease(f.ctx, r, req); !isInvalid("below the minimum prepayment")(err) {
		t.Errorf("client: %v", err)
	}
	market := f.market.Address()
	if _, err := f.token.Approve(f.ctx, r, market, short); err != nil {
		t.Fatal(err)
	}
	_, err := r.SendAndWait(f.ctx, &market, f.market.abi.PackLease(u256(lst.ID), 2, 720, short.Units(), maxUint256, nil), nil)
	requireRevert(t, err, "DepositTooSmall", map[string]any{"deposit": short.Units(), "minimum": termCost(2, 4, price)})
	if _, err := f.token.Approve(f.ctx, r, market, money.Zero); err != nil {
		t.Fatal(err)
	}
	if after := e2eState(t, f, r.Address()); after != before {
		t.Errorf("refused lease changed state: %+v -> %+v", before, after)
	}
	// Four hours prepaid is enough; a 2-hour term prepays its whole term.
	req.Deposit = money.MustFromUnits(termCost(2, 4, price))
	f.open(t, r, req)
	f.open(t, r, LeaseRequest{ListingID: lst.ID, GPUs: 1, Hours: 2, Deposit: money.MustFromUnits(termCost(1, 2, price))})

	for _, bad := range []ListingSpec{
		func() ListingSpec { s := spec; s.MinPrepaidHours = s.MaxHours + 1; return s }(),
		func() ListingSpec { s := spec; s.GraceSeconds = MaxGraceSeconds + 1; return s }(),
	} {
		if err := bad.Validate(); !errors.Is(err, ErrInvalidInput) {
			t.Errorf("%+v: %v", bad, err)
		}
	}
	lm := leasemarket.NewLeaseMarket()
	_, err = f.op.SendAndWait(f.ctx, &market, lm.PackCreateListing(u256(f.asset.ID), 1, price.Units(), 1, 10, 0, 0, 11, 0), nil)
	requireRevert(t, err, "InvalidMinPrepaid", map[string]any{"minPrepaidHours": uint32(11), "maxHours": uint32(10)})
	_, err = f.op.SendAndWait(f.ctx, &market, lm.PackCreateListing(u256(f.asset.ID), 1, price.Units(), 1, 10, 0, 0, 1, MaxGraceSeconds+1), nil)
	requireRevert(t, err, "GraceTooLong", map[string]any{"graceSeconds": uint32(MaxGraceSeconds + 1)})
}

// TestOutOfFundsCloseAfterGrace (item 9): with the SLA oracle attached and
// no report ever made (so settlement cannot pass the lease's first epoch),
// a lease whose one prepaid hour ran out may be closed by the operator or
// keeper once its grace has passed, not before, freeing its GPUs.
func TestOutOfFundsCloseAfterGrace(t *testing.T) {
	f := newMarketFixture(t)
	if _, err := f.market.SetAvailabilityOracle(f.ctx, f.admin, f.manifest.Address(TelemetryOracleName), SLAReportWindow); err != nil {
		t.Fatal(err)
	}
	price := f.listing.PricePerGPUHour // grace: DefaultGraceSeconds
	r := f.renter(t, "1000")
	l := f.open(t, r, LeaseRequest{ListingID: f.listing.ID, GPUs: 8, Hours: 720, Deposit: money.MustFromUnits(termCost(8, 1, price))})
	f.advance(t, time.Hour+DefaultGraceSeconds*time.Second/2)
	_, _, err := f.market.Close(f.ctx, f.admin, l.ID)
	requireRevert(t, err, "NotOverdrawn", map[string]any{"leaseId": u256(l.ID)})
	if _, _, err := f.market.Close(f.ctx, f.op, l.ID); !isRevert(err, "NotOverdrawn") {
		t.Errorf("operator close within grace: %v", err)
	}
	f.advance(t, DefaultGraceSeconds*time.Second)
	got, _, err := f.market.Close(f.ctx, f.op, l.ID)
	if err != nil {
		t.Fatalf("operator close after grace: %v", err)
	}
	requireConserved(t, got)
	if got.CloseReason != ReasonOutOfFunds || !got.Retired {
		t.Errorf("after close: %s/%s retired %v", got.Status, got.CloseReason, got.Retired)
	}
	if n, _ := f.market.LeasedGPUs(f.ctx, f.asset.ID); n != 0 {
		t.Errorf("%d GPUs still held by a closed lease", n)
	}
	// The capacity is free for a paying renter at once.
	f.open(t, f.renter(t, "1000"), LeaseRequest{ListingID: f.listing.ID, GPUs: 8, Hours: 1, Deposit: money.MustFromUnits(termCost(8, 1, price))})
}

// subUnits is a - b in units (negative when b is larger).
func subUnits(a, b money.Amount) *big.Int { return new(big.Int).Sub(a.Units(), b.Units()) }
