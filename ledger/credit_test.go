package ledger

import (
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// creditWorkload drives the lending pool and the credit vault on top of
// real assets, leases and revenue: lenders deposit, withdraw and trade
// pool shares; borrowers pledge shares, borrow, repay and add collateral;
// the pledged shares' revenue (rent released by leases, and direct
// deposits) is swept into the loans; loans are repaid and closed, repaid
// by revenue alone, and liquidated with a surplus and with a shortfall.
type creditWorkload struct {
	e         *testEnv
	rng       *rand.Rand
	pool      *contracts.Pool
	vault     *contracts.Vault
	op        actor
	renter    actor
	payer     actor // pays revenue straight into the distributor
	keeper    actor // sweeps, settles, flags, auctions
	lenders   []actor
	borrowers []actor // borrowers[i] holds loan i+1
	assets    []contracts.Asset
	listing   uint64
	lease     uint64 // the running lease on assets[0] (0: none yet)
	loans     []uint64
	counts    map[string]int
}

func newCreditWorkload(t *testing.T, e *testEnv) *creditWorkload {
	t.Helper()
	ctx := e.ctx
	reader := chain.DecodingCaller{Client: e.chain.Client(), Decoder: e.decoder}
	w := &creditWorkload{e: e, rng: rand.New(rand.NewPCG(14, 5)), counts: map[string]int{},
		pool:  contracts.NewPool(reader, e.m.Address(contracts.LendingPoolName), e.token),
		vault: contracts.NewVault(reader, e.m.Address(contracts.CreditVaultName), e.m.Address(contracts.GPUAssetName), e.token)}
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	funded := func(amount string) actor {
		a := e.account(t)
		if amount != "" {
			must(e.token.Mint(ctx, e.admin, a.Address(), money.MustParse(amount)))
		}
		return a
	}
	// No oracle: settlements release rent at once.
	must(e.market.SetAvailabilityOracle(ctx, e.admin, common.Address{}, 0))
	w.op, w.renter, w.payer, w.keeper = funded(""), funded("1000000"), funded("10000000"), funded("")
	must(e.assets.GrantOperator(ctx, e.admin, w.op.Address()))
	must(e.token.Approve(ctx, w.payer, e.revenue.Address(), money.MustParse("10000000")))
	for range 2 {
		a, _, err := e.assets.Tokenize(ctx, w.op, h100Spec(1500, 500))
		if err != nil {
			t.Fatal(err)
		}
		w.assets = append(w.assets, a)
	}
	l, _, err := e.market.CreateListing(ctx, w.op, w.assets[0].ID, contracts.ListingSpec{GPUs: 8,
		PricePerGPUHour: money.MustParse("2.123457"), MinHours: 1, MaxHours: 720})
	if err != nil {
		t.Fatal(err)
	}
	w.listing = l.ID
	// Short windows so that the workload spans a few months of chain time.
	risk, err := w.vault.RiskParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	risk.Lookback, risk.GracePeriod, risk.AuctionDuration = 24*time.Hour, time.Hour, 2*time.Hour
	must(w.vault.SetRiskParams(ctx, e.admin, risk))
	for _, amt := range []string{"200000", "100000"} {
		lender := funded("500000")
		must2(t)(w.pool.Deposit(ctx, lender, money.MustParse(amt)))
		w.lenders = append(w.lenders, lender)
	}
	// Borrowers 1 and 2 on the first asset, 3 and 4 on the second; the
	// first keeps 50,000 shares to add as collateral later.
	for i, give := range []int64{150_000, 100_000, 100_000, 100_000} {
		b := funded("1000")
		a := w.assets[i/2]
		must(e.assets.Transfer(ctx, w.op, b.Address(), a.ID, contracts.NewShares(big.NewInt(give))))
		id, _, err := w.vault.Pledge(ctx, b, a.ID, contracts.NewShares(big.NewInt(100_000)))
		if err != nil {
			t.Fatal(err)
		}
		w.borrowers, w.loans = append(w.borrowers, b), append(w.loans, id)
	}
	// A loan on no revenue is worth nothing: a day of rent and deposits
	// first, then the snapshot taken at the pledges is a lookback old.
	w.openLease(t)
	w.advance(t, 24*time.Hour+time.Second)
	must2(t)(e.market.Settle(ctx, w.renter, w.lease))
	for _, a := range w.assets {
		must2(t)(e.revenue.DepositRevenue(ctx, w.payer, a.ID, money.MustParse("5000")))
	}
	for i, id := range w.loans {
		if _, _, err := w.vault.Borrow(ctx, w.borrowers[i], id, money.MustParse("8000")); err != nil {
			t.Fatalf("borrow on loan %d: %v", id, err)
		}
	}
	return w
}

// must2 fails on the error of a three-result call.
func must2(t *testing.T) func(any, any, error) {
	return func(_, _ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
}

func (w *creditWorkload) advance(t *testing.T, d time.Duration) {
	t.Helper()
	if err := w.e.chain.AdjustTime(d); err != nil {
		t.Fatal(err)
	}
}

// openLease leases all 8 GPUs of the first asset for 30 days, prepaid.
func (w *creditWorkload) openLease(t *testing.T) {
	t.Helper()
	var expired []uint64
	if w.lease != 0 {
		expired = append(expired, w.lease)
	}
	deposit := new(big.Int).Mul(money.MustParse("2.123457").Units(), big.NewInt(8*720))
	l, _, err := w.e.market.OpenLease(w.e.ctx, w.renter, contracts.LeaseRequest{ListingID: w.listing, GPUs: 8, Hours: 720,
		Deposit: money.MustFromUnits(deposit)}, expired...)
	if err != nil {
		t.Fatalf("lease: %v", err)
	}
	w.lease = l.ID
}

// step performs one random operation; refusals the contracts decode are
// counted, anything else fails the test.
func (w *creditWorkload) step(t *testing.T) {
	t.Helper()
	e, ctx, rng := w.e, w.e.ctx, w.rng
	i := rng.IntN(len(w.loans))
	loan, borrower := w.loans[i], w.borrowers[i]
	asset := w.assets[rng.IntN(len(w.assets))].ID
	var name string
	var err error
	switch op := rng.IntN(100); {
	case op < 15:
		name, err = "advance", e.chain.AdjustTime(time.Duration(3600+rng.IntN(3*86_400))*time.Second)
	case op < 25:
		name = "revenue"
		_, _, err = e.revenue.DepositRevenue(ctx, w.payer, asset, money.MustFromUnits(big.NewInt(int64(1+rng.IntN(800_000_000)))))
	case op < 33:
		name = "lease settle"
		var l contracts.Lease
		if l, _, err = e.market.Settle(ctx, w.renter, w.lease); err == nil && l.Status == contracts.LeaseEnded {
			w.openLease(t)
		}
	case op < 43:
		name = "sweep"
		_, _, err = w.vault.Sweep(ctx, w.keeper, asset)
	case op < 50:
		name = "settle loan"
		_, err = w.vault.Settle(ctx, w.keeper, loan)
	case op < 60:
		name = "repay"
		payer := borrower
		if rng.IntN(3) == 0 {
			payer = w.payer // anyone may repay
		}
		_, _, err = w.vault.Repay(ctx, payer, loan, money.MustFromUnits(big.NewInt(int64(1+rng.IntN(500_000_000)))))
	case op < 67:
		name = "borrow"
		_, _, err = w.vault.Borrow(ctx, borrower, loan, money.MustFromUnits(big.NewInt(int64(1+rng.IntN(1_000_000_000)))))
	case op < 70:
		name = "add collateral"
		_, err = w.vault.AddCollateral(ctx, w.borrowers[0], w.loans[0], contracts.NewShares(big.NewInt(int64(1+rng.IntN(10_000)))))
	case op < 76:
		name = "withdraw owed"
		_, _, err = w.vault.WithdrawOwed(ctx, borrower)
	case op < 82:
		name = "lender deposit"
		_, _, err = w.pool.Deposit(ctx, w.lenders[rng.IntN(2)], money.MustFromUnits(big.NewInt(int64(1+rng.IntN(5_000_000_000)))))
	case op < 88:
		name = "lender withdraw"
		_, _, err = w.pool.Withdraw(ctx, w.lenders[rng.IntN(2)], money.MustFromUnits(big.NewInt(int64(1+rng.IntN(5_000_000_000)))))
	case op < 92:
		name = "pool share transfer"
		from, to := w.lenders[0], w.lenders[1]
		if rng.IntN(2) == 0 {
			from, to = to, from
		}
		addr := w.pool.Address()
		_, err = from.SendAndWait(ctx, &addr, poolABI.PackTransfer(to.Address(), big.NewInt(int64(1+rng.IntN(1_000_000_000_000)))), nil)
	case op < 95:
		name = "checkpoint"
		_, err = w.vault.Checkpoint(ctx, w.keeper, asset)
	case op < 97:
		name = "unpledge"
		_, err = w.vault.Unpledge(ctx, borrower, loan, contracts.NewShares(big.NewInt(int64(1+rng.IntN(5_000)))))
	default:
		// A new borrower pledges shares it was given.
		name = "pledge"
		b := e.account(t)
		if _, err := e.token.Mint(ctx, e.admin, b.Address(), money.MustParse("100")); err != nil {
			t.Fatal(err)
		}
		n := contracts.NewShares(big.NewInt(int64(10_000 + rng.IntN(20_000))))
		if _, err := e.assets.Transfer(ctx, w.op, b.Address(), asset, n); err != nil {
			t.Fatal(err)
		}
		var id uint64
		if id, _, err = w.vault.Pledge(ctx, b, asset, n); err == nil {
			w.borrowers, w.loans = append(w.borrowers, b), append(w.loans, id)
		}
	}
	if err != nil {
		if !tolerable(err) {
			t.Fatalf("%s: %v", name, err)
		}
		name += " (refused)"
	}
	w.counts[name]++
}

// finish closes loan 1 (repaid, unpledged), lets revenue repay loan 2 by
// itself (the excess owed to its borrower), and liquidates loans 3 (a sale
// above its debt: penalty and surplus) and 4 (below: bad debt).
func (w *creditWorkload) finish(t *testing.T) {
	t.Helper()
	e, ctx := w.e, w.e.ctx
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	// The risk admin changes the rate model: interest up to now at the old one.
	m, err := w.pool.RateModel(ctx)
	if err != nil {
		t.Fatal(err)
	}
	m.Slope1 = m.Slope1.Mul(money.MustParse("1.5").Decimal())
	must(w.pool.SetRateModel(ctx, e.admin, m))
	w.advance(t, 5*24*time.Hour)

	// Loan 1: repaid in full and unpledged.
	must2(t)(w.vault.RepayAll(ctx, w.borrowers[0], w.loans[0]))
	l1, err := w.vault.Loan(ctx, w.loans[0])
	if err != nil {
		t.Fatal(err)
	}
	must(w.vault.Unpledge(ctx, w.borrowers[0], w.loans[0], l1.Shares))

	// Loan 2: the first asset's revenue pays it off; the rest is owed.
	must2(t)(e.revenue.DepositRevenue(ctx, w.payer, w.assets[0].ID, money.MustParse("400000")))
	must2(t)(w.vault.Sweep(ctx, w.keeper, w.assets[0].ID))
	must(w.vault.Settle(ctx, w.keeper, w.loans[1]))
	if l2, err := w.vault.Loan(ctx, w.loans[1]); err != nil || !l2.Debt.IsZero() {
		t.Fatalf("loan 2 after its revenue: %+v, %v", l2, err)
	}
	must2(t)(w.vault.WithdrawOwed(ctx, w.borrowers[1]))
	must(w.vault.Unpledge(ctx, w.borrowers[1], w.loans[1], contracts.NewShares(big.NewInt(40_000))))

	// Loans 3 and 4: a day of modest revenue on their asset keeps its
	// value at its book value, then a lower threshold makes them unhealthy.
	must(w.vault.Checkpoint(ctx, w.keeper, w.assets[1].ID))
	must2(t)(e.revenue.DepositRevenue(ctx, w.payer, w.assets[1].ID, money.MustParse("2000")))
	w.advance(t, 24*time.Hour+time.Second)
	risk, err := w.vault.RiskParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{2, 3} {
		if l, err := w.vault.Loan(ctx, w.loans[i]); err != nil || l.Debt.IsZero() {
			if _, _, err := w.vault.Borrow(ctx, w.borrowers[i], w.loans[i], money.MustParse("3000")); err != nil {
				t.Fatalf("borrow on loan %d before its liquidation: %v", w.loans[i], err)
			}
		}
	}
	risk.LTVBps, risk.LiquidationThresholdBps = 100, 200
	must(w.vault.SetRiskParams(ctx, e.admin, risk))
	for _, i := range []int{2, 3} {
		must(w.vault.Flag(ctx, w.keeper, w.loans[i]))
	}
	w.advance(t, risk.GracePeriod)
	must2(t)(w.vault.StartAuction(ctx, w.keeper, w.loans[2]))
	bidder := e.account(t)
	must(e.token.Mint(ctx, e.admin, bidder.Address(), money.MustParse("1000000")))
	auc, err := w.vault.Auction(ctx, w.loans[2])
	if err != nil {
		t.Fatal(err)
	}
	s3, _, err := w.vault.Bid(ctx, bidder, w.loans[2], auc.Price)
	if err != nil {
		t.Fatal(err)
	}
	if s3.Surplus.IsZero() || s3.Penalty.IsZero() || !s3.Shortfall.IsZero() {
		t.Fatalf("sale of loan 3: %+v, want a penalty and a surplus", s3)
	}
	must2(t)(w.vault.WithdrawOwed(ctx, w.borrowers[2]))
	risk.AuctionFloorBps = 0
	must(w.vault.SetRiskParams(ctx, e.admin, risk))
	must2(t)(w.vault.StartAuction(ctx, w.keeper, w.loans[3]))
	w.advance(t, risk.AuctionDuration*19/20)
	if auc, err = w.vault.Auction(ctx, w.loans[3]); err != nil {
		t.Fatal(err)
	}
	s4, _, err := w.vault.Bid(ctx, bidder, w.loans[3], auc.Price)
	if err != nil {
		t.Fatal(err)
	}
	if s4.Shortfall.IsZero() {
		t.Fatalf("sale of loan 4: %+v, want a shortfall", s4)
	}
	// A lender takes out what it can; loan 2 borrows again and its debt
	// accrues interest that only the next update of the pool will book.
	if max, err := w.pool.MaxWithdraw(ctx, w.lenders[1].Address()); err == nil && !max.IsZero() {
		must2(t)(w.pool.Withdraw(ctx, w.lenders[1], max))
	}
	risk.LTVBps, risk.LiquidationThresholdBps, risk.AuctionFloorBps = 5000, 7000, 5000
	must(w.vault.SetRiskParams(ctx, e.admin, risk))
	must2(t)(w.vault.Borrow(ctx, w.borrowers[1], w.loans[1], money.MustParse("1000")))
	w.advance(t, 7*time.Hour)
	must(e.token.Mint(ctx, e.admin, w.keeper.Address(), money.MustParse("1"))) // a block at the new time
}

// TestCreditMirrored runs the credit workload, indexing while it runs,
// and checks that the journal balances, Reconcile finds no difference
// (pool, vault, loans, to the unit), the file equals a fresh reindex, every
// credit entry kind was booked, each loan's account tells its result, and
// `gpuledger audit` agrees with the chain and with the mirror to the
// unit. Then a mirror that lost a unit of the pool's cash, and one whose
// loan lost a unit of principal, are caught by Reconcile.
func TestCreditMirrored(t *testing.T) {
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealInstant})
	ix := openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), IndexerConfig{BatchBlocks: 29, ReorgDepth: 64})
	w := newCreditWorkload(t, e)
	for i := range 120 {
		w.step(t)
		if i%25 == 0 {
			if err := ix.CatchUp(t.Context()); err != nil {
				t.Fatal(err)
			}
			if rep, err := ix.Reconcile(t.Context()); err != nil || !rep.OK {
				t.Fatalf("reconcile during the workload: %v %+v", err, rep)
			}
		}
	}
	w.finish(t)
	if err := ix.CatchUp(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Logf("workload: %v", w.counts)
	for kind, least := range map[string]int{"repay": 3, "borrow": 2, "sweep": 5, "revenue": 5, "lease settle": 3} {
		if w.counts[kind] < least {
			t.Errorf("%d successful %q, want at least %d", w.counts[kind], kind, least)
		}
	}
	if s := ix.Status().Stats; s.Malformed+s.Inconsistent+s.UnknownContract != 0 {
		t.Errorf("skipped logs on a clean chain: %+v", s)
	}
	rep := checkInvariants(t, ix)
	requireSameExport(t, "credit workload", exportOf(t, ix.Store()), freshExport(t, e.chain.Client(), e.m, 0))
	st := ix.Store()

	// Every credit kind was booked.
	seen := map[Kind]int{}
	for _, en := range collect(t, func(p PageRequest) (Page[EntryLine], error) { return st.Entries(EntryFilter{}, p) }) {
		seen[en.Kind]++
	}
	for _, k := range []Kind{KindPoolDeposit, KindPoolWithdrawal, KindLoanDisbursement, KindInterestAccrual, KindLoanRepayment,
		KindRevenueRepayment, KindAuctionProceeds, KindRepaymentBooked, KindBadDebt, KindOwedWithdrawal} {
		if seen[k] == 0 {
			t.Errorf("no %s entry", k)
		}
	}
	bal := func(a Account) *big.Int {
		b, err := st.Balance(a, 0)
		if err != nil {
			t.Fatal(err)
		}
		return b.Units()
	}
	if b := bal(PoolRepayments); b.Sign() != 0 {
		t.Errorf("pool:repayments holds %s between transactions", formatUnits(b))
	}

	// Each loan's account: what came back for it less what was lent, and
	// its statement's running balance ends there.
	loans := collect(t, func(p PageRequest) (Page[Loan], error) { return st.Loans(LoanFilter{}, p) })
	if len(loans) != len(w.loans) {
		t.Fatalf("%d loans mirrored, %d opened", len(loans), len(w.loans))
	}
	for _, l := range loans {
		want := amountsSum(l.InterestPaid, l.PrincipalPaid, l.SaleRepaid, l.Penalty)
		want.Sub(want, l.Borrowed.Units())
		if got := bal(LoanAccount(l.ID)); got.Cmp(want) != 0 {
			t.Errorf("loan %d account %s, want back %s", l.ID, formatUnits(got), formatUnits(want))
		}
		lines := collect(t, func(p PageRequest) (Page[EntryLine], error) {
			return st.Entries(EntryFilter{Account: LoanAccount(l.ID)}, PageRequest{After: p.After, Limit: 5})
		})
		if l.Borrowed.IsZero() && len(lines) == 0 {
			continue // never borrowed: no entry
		}
		if len(lines) == 0 || lines[len(lines)-1].Balance.Units().Cmp(want) != 0 {
			t.Errorf("statement of loan %d: %d lines", l.ID, len(lines))
		}
	}
	for i, want := range []string{LoanStatusClosed, LoanStatusActive, LoanStatusLiquidated, LoanStatusLiquidated} {
		if loans[i].Status != want {
			t.Errorf("loan %d is %s, want %s", loans[i].ID, loans[i].Status, want)
		}
	}
	if pool, err := st.LendingPool(); err != nil || pool.BorrowAssets.IsZero() || pool.BadDebt.IsZero() || pool.Penalties.IsZero() {
		t.Errorf("pool at the end: %+v, %v; want debt outstanding, bad debt and penalties", pool, err)
	}
	b2 := w.borrowers[1].Address()
	if pg, err := st.Loans(LoanFilter{Borrower: &b2}, PageRequest{}); err != nil || len(pg.Items) != 1 || pg.Items[0].ID != w.loans[1] {
		t.Fatalf("loans of borrower 2: %+v, %v", pg, err)
	}

	// The audit recomputes the same figures from chain logs alone.
	res, err := audit.Run(t.Context(), e.chain.Client(), e.m, audit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Failed() {
		t.Errorf("audit: %s: expected %s, got %s", c.Name, c.Expected, c.Actual)
	}
	if res.Credit == nil || len(res.Credit.Loans) != len(loans) || res.Block != rep.Block {
		t.Fatalf("audit credit report: %+v at block %d (mirror at %d)", res.Credit, res.Block, rep.Block)
	}
	at := res.Credit.Time
	pool, err := st.LendingPool()
	if err != nil {
		t.Fatal(err)
	}
	if got := pool.SharePrice(at).String(); got != res.Credit.Pool.SharePrice {
		t.Errorf("pool share price: mirror %s, audit %s", got, res.Credit.Pool.SharePrice)
	}
	if b := pool.Books(at); formatUnits(b.TotalAssets()) != res.Credit.Pool.TotalAssets ||
		formatUnits(b.BadDebt) != res.Credit.Pool.BadDebt || res.Credit.Pool.Accruals == 0 {
		t.Errorf("pool: mirror %+v, audit %+v", b, res.Credit.Pool)
	}
	for _, a := range res.Credit.Loans {
		f, err := st.LoanFigures(a.ID, at)
		if err != nil {
			t.Fatal(err)
		}
		l, _ := st.Loan(a.ID)
		mirror := []string{l.Status, l.Principal.String(), f.Debt.String(), f.PendingRevenue.String(), f.CollateralValue.String(),
			f.BorrowLimit.String(), f.LiquidationLimit.String(), f.Health}
		audited := []string{a.Status, a.Principal, a.Debt, a.PendingRevenue, a.CollateralValue, a.BorrowLimit, a.LiquidationLimit, a.Health}
		if strings.Join(mirror, " ") != strings.Join(audited, " ") {
			t.Errorf("loan %d: mirror %v, audit %v", a.ID, mirror, audited)
		}
		if len(a.Evidence) == 0 {
			t.Errorf("loan %d: no evidence", a.ID)
		}
	}
	t.Logf("audit: %d checks; pool %+v", len(res.Checks), res.Credit.Pool)

	// A mirror that lost a unit of the pool's cash is caught.
	tamper := func(fn func(tx *bolt.Tx) error) *Report {
		t.Helper()
		if err := st.db.Update(fn); err != nil {
			t.Fatal(err)
		}
		r, err := ix.Reconcile(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	var saved []byte
	r := tamper(func(tx *bolt.Tx) error {
		b := bucket(tx, bBalances)
		saved = append([]byte(nil), b.Get([]byte(PoolCash))...)
		u, err := parseUnits(string(saved))
		if err != nil {
			return err
		}
		return b.Put([]byte(PoolCash), []byte(formatUnits(u.Sub(u, big.NewInt(1)))))
	})
	subjects := map[string]bool{}
	for _, d := range r.Differences {
		subjects[d.Subject] = true
	}
	if !subjects[string(PoolCash)] || !subjects["ledger"] || len(r.Differences) != 2 {
		t.Fatalf("reconcile of a mirror short of a unit of pool cash: %v", r.Differences)
	}
	t.Logf("tampered cash: %v", r.Differences)
	// ... and one whose loan lost a unit of principal.
	r = tamper(func(tx *bolt.Tx) error {
		if err := bucket(tx, bBalances).Put([]byte(PoolCash), saved); err != nil {
			return err
		}
		var l Loan
		if err := getJSON(tx, bLoans, idKey(w.loans[1]), &l); err != nil {
			return err
		}
		l.Principal = money.MustFromUnits(new(big.Int).Add(l.Principal.Units(), big.NewInt(1)))
		raw, err := encodeJSON(l)
		if err != nil {
			return err
		}
		return bucket(tx, bLoans).Put(idKey(l.ID), raw)
	})
	if len(r.Differences) != 1 || r.Differences[0].Subject != "loan 2" || r.Differences[0].Field != "principal" {
		t.Fatalf("reconcile of a mirror with a wrong principal: %v", r.Differences)
	}
	t.Logf("tampered loan: %v", r.Differences)
}
