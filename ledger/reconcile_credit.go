package ledger

import (
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/credit"
)

// readCredit reads the credit records into the snapshot.
func readCredit(tx *bolt.Tx, snap *snapshot) error {
	if raw := bucket(tx, bCredit).Get(creditKeyPool); raw != nil {
		snap.pool = new(LendingPool)
		if err := json.Unmarshal(raw, snap.pool); err != nil {
			return fmt.Errorf("lending pool: %w", err)
		}
	}
	if raw := bucket(tx, bCredit).Get(creditKeyVault); raw != nil {
		snap.vault = new(CreditVault)
		if err := json.Unmarshal(raw, snap.vault); err != nil {
			return fmt.Errorf("credit vault: %w", err)
		}
	}
	each := func(id bucketID, fn func(k, v []byte) error) error { return bucket(tx, id).ForEach(fn) }
	if err := each(bPoolPositions, recordsInto(&snap.positions)); err != nil {
		return err
	}
	if err := each(bLoans, recordsInto(&snap.loans)); err != nil {
		return err
	}
	return each(bVaultAssets, recordsInto(&snap.vaultAssets))
}

// credit compares the mirror's credit figures with the LendingPool's and
// the CreditVault's views at the cursor block (their token balances are
// compared in tokens). The pool's views include interest up to the block's
// time: the mirror adds the interest since its last update with the pool's
// own arithmetic (credit.Pool.At), so that its books, its accounts and
// every loan's debt compare to the unit.
func (r *reconciler) credit(s *snapshot) error {
	if r.pool == (common.Address{}) || r.vault == (common.Address{}) {
		return nil
	}
	bal := func(a Account) *big.Int {
		if b := s.balances[a]; b != nil {
			return b
		}
		return new(big.Int)
	}
	pool := s.pool
	if pool == nil {
		p := newLendingPool()
		pool = &p
	}
	vault := s.vault
	if vault == nil {
		vault = new(CreditVault)
	}
	books := pool.Books(r.blockTime)
	if err := r.creditPool(s, pool, books, bal); err != nil {
		return err
	}

	// The vault's own figures.
	out, err := r.call(r.vault, vaultABI.PackRiskParams())
	if err != nil {
		return fmt.Errorf("risk params: %w", err)
	}
	rp, err := vaultABI.UnpackRiskParams(out)
	if err != nil {
		return fmt.Errorf("risk params: %w", err)
	}
	sec := func(d time.Duration) uint32 { return uint32(d / time.Second) }
	k := vault.Risk
	r.compare("contract CreditVault", "risk params",
		fmt.Sprint(k.LTVBps, k.LiquidationThresholdBps, k.PenaltyBps, k.AuctionFloorBps, k.DiscountRateBps,
			sec(k.GracePeriod), sec(k.AuctionDuration), sec(k.Lookback)),
		fmt.Sprint(rp.LtvBps, rp.LiquidationThresholdBps, rp.PenaltyBps, rp.AuctionFloorBps, rp.DiscountRateBps,
			rp.GracePeriod, rp.AuctionDuration, rp.Lookback))
	count, err := r.units(r.vault, vaultABI.PackLoanCount(), vaultABI.UnpackLoanCount)
	if err != nil {
		return fmt.Errorf("loan count: %w", err)
	}
	r.compare("contract CreditVault", "loan count", vault.LoanCount, count)

	// What it owes borrowers, and revenue that found no pledged share.
	owedSum := new(big.Int)
	for _, a := range s.accounts {
		if a.Kind() != "vault:owed" {
			continue
		}
		addr, _ := a.Address()
		owed, err := r.units(r.vault, vaultABI.PackOwed(addr), vaultABI.UnpackOwed)
		if err != nil {
			return fmt.Errorf("owed to %s: %w", addr, err)
		}
		owedSum.Add(owedSum, bal(a))
		r.compare(string(a), "balance against owed", formatUnits(bal(a)), formatUnits(owed))
	}
	total, err := r.units(r.vault, vaultABI.PackTotalOwed(), vaultABI.UnpackTotalOwed)
	if err != nil {
		return fmt.Errorf("total owed: %w", err)
	}
	r.compare("contract CreditVault", "total owed against the vault:owed accounts", formatUnits(owedSum), formatUnits(total))
	unalloc, err := r.units(r.vault, vaultABI.PackUnallocated(), vaultABI.UnpackUnallocated)
	if err != nil {
		return fmt.Errorf("unallocated: %w", err)
	}
	r.compare(string(VaultUnallocated), "balance against unallocated", formatUnits(bal(VaultUnallocated)), formatUnits(unalloc))

	// Loans, then each asset's book with the sum of its loans' revenue.
	assets := map[uint64]contracts.Asset{}
	for _, a := range s.assets {
		assets[a.ID] = a
	}
	accs := map[uint64]*big.Int{}
	for _, p := range s.pools {
		accs[p.AssetID] = p.acc()
	}
	vas := map[uint64]VaultAsset{}
	for _, va := range s.vaultAssets {
		vas[va.AssetID] = va
	}
	chainRevenue := map[uint64]*big.Int{} // per asset: Σ loans' pending × 1e18 + fraction, on chain
	loans := append([]Loan(nil), s.loans...)
	sort.Slice(loans, func(i, j int) bool { return loans[i].ID < loans[j].ID })
	for _, l := range loans {
		pending, err := r.creditLoan(l, books, vault.Risk, vas[l.AssetID], assets[l.AssetID], accs[l.AssetID])
		if err != nil {
			return err
		}
		if chainRevenue[l.AssetID] == nil {
			chainRevenue[l.AssetID] = new(big.Int)
		}
		chainRevenue[l.AssetID].Add(chainRevenue[l.AssetID], pending)
	}
	held := map[uint64]string{} // shares the vault holds in GPUAsset, per asset, in the mirror
	for _, h := range s.holdings {
		if h.Holder == r.vault {
			held[h.AssetID] = h.Shares.String()
		}
	}
	sort.Slice(s.vaultAssets, func(i, j int) bool { return s.vaultAssets[i].AssetID < s.vaultAssets[j].AssetID })
	for _, va := range s.vaultAssets {
		h, ok := held[va.AssetID]
		if !ok {
			h = "0"
		}
		r.compare(fmt.Sprintf("vault asset %d", va.AssetID), "pledged shares against the shares the vault holds", va.Pledged, h)
		if err := r.creditAsset(va, assets[va.AssetID], vault.Risk, accs[va.AssetID], chainRevenue[va.AssetID], bal); err != nil {
			return err
		}
	}
	return nil
}

// creditPool compares the pool's books, accounts, shares and rate model.
func (r *reconciler) creditPool(s *snapshot, pool *LendingPool, books credit.Books, bal func(Account) *big.Int) error {
	out, err := r.call(r.pool, poolABI.PackBooks())
	if err != nil {
		return fmt.Errorf("pool books: %w", err)
	}
	c, err := poolABI.UnpackBooks(out)
	if err != nil {
		return fmt.Errorf("pool books: %w", err)
	}
	const subj = "contract LendingPool"
	r.compare(subj, "cash", formatUnits(books.Cash), formatUnits(c.Cash))
	r.compare(subj, "borrow assets", formatUnits(books.BorrowAssets), formatUnits(c.BorrowAssets))
	r.compare(subj, "borrow shares", books.BorrowShares, c.BorrowShares)
	r.compare(subj, "borrow index", books.BorrowIndex, c.BorrowIndex)
	r.compare(subj, "interest accrued", formatUnits(books.InterestAccrued), formatUnits(c.InterestAccrued))
	r.compare(subj, "penalties", formatUnits(books.Penalties), formatUnits(c.Penalties))
	r.compare(subj, "bad debt", formatUnits(books.BadDebt), formatUnits(c.BadDebt))
	// The journal's accounts: the interest since the pool's last update is
	// the one figure they do not hold yet.
	pending := books.Pending
	r.compare(string(PoolCash), "balance against books().cash", formatUnits(bal(PoolCash)), formatUnits(c.Cash))
	r.compare(string(PoolLoans), "balance + interest since the last update against books().borrowAssets",
		formatUnits(new(big.Int).Add(bal(PoolLoans), pending)), formatUnits(c.BorrowAssets))
	r.compare(string(PoolInterest), "minus balance + interest since the last update against books().interestAccrued",
		formatUnits(new(big.Int).Sub(pending, bal(PoolInterest))), formatUnits(c.InterestAccrued))
	r.compare(string(PoolPenalties), "minus balance against books().penalties",
		formatUnits(new(big.Int).Neg(bal(PoolPenalties))), formatUnits(c.Penalties))
	r.compare(string(PoolBadDebt), "balance against books().badDebt", formatUnits(bal(PoolBadDebt)), formatUnits(c.BadDebt))
	r.compare(string(PoolRepayments), "balance (repayments not yet booked by the pool)", formatUnits(bal(PoolRepayments)), formatUnits(nil))

	supply, err := r.units(r.pool, poolABI.PackTotalSupply(), poolABI.UnpackTotalSupply)
	if err != nil {
		return fmt.Errorf("pool share supply: %w", err)
	}
	r.compare(subj, "share supply", pool.TotalShares, supply)
	ta, err := r.units(r.pool, poolABI.PackTotalAssets(), poolABI.UnpackTotalAssets)
	if err != nil {
		return fmt.Errorf("pool total assets: %w", err)
	}
	r.compare(subj, "total assets", formatUnits(books.TotalAssets()), formatUnits(ta))
	price, err := r.units(r.pool, poolABI.PackConvertToAssets(credit.PoolShareUnit), poolABI.UnpackConvertToAssets)
	if err != nil {
		return fmt.Errorf("pool share price: %w", err)
	}
	r.compare(subj, "share price (assets of one share)",
		formatUnits(credit.PoolSharePrice(books.TotalAssets(), bigOrZero(pool.TotalShares))), formatUnits(price))
	out, err = r.call(r.pool, poolABI.PackRateModel())
	if err != nil {
		return fmt.Errorf("pool rate model: %w", err)
	}
	m, err := poolABI.UnpackRateModel(out)
	if err != nil {
		return fmt.Errorf("pool rate model: %w", err)
	}
	r.compare(subj, "rate model", strings.Join([]string{pool.BaseRate, pool.Slope1, pool.Slope2, pool.OptimalUtilisation}, " "),
		fmt.Sprint(m.BaseRate, m.Slope1, m.Slope2, m.OptimalUtilisation))
	for _, p := range s.positions {
		n, err := r.units(r.pool, poolABI.PackBalanceOf(p.Lender), poolABI.UnpackBalanceOf)
		if err != nil {
			return fmt.Errorf("pool shares of %s: %w", p.Lender, err)
		}
		r.compare("lender "+strings.ToLower(p.Lender.Hex()), "pool shares", p.Shares, n)
	}
	return nil
}

// creditLoan compares a loan with the vault's loan(id), pendingRevenue(id)
// and auction(id), and returns its pending revenue on chain, units × 1e18
// plus its fraction.
func (r *reconciler) creditLoan(l Loan, books credit.Books, risk contracts.RiskParams, va VaultAsset, a contracts.Asset, acc *big.Int) (*big.Int, error) {
	if acc == nil {
		acc = new(big.Int)
	}
	id := new(big.Int).SetUint64(l.ID)
	out, err := r.call(r.vault, vaultABI.PackLoan(id))
	if err != nil {
		return nil, fmt.Errorf("loan %d: %w", l.ID, err)
	}
	c, err := vaultABI.UnpackLoan(out)
	if err != nil {
		return nil, fmt.Errorf("loan %d: %w", l.ID, err)
	}
	subj := fmt.Sprintf("loan %d", l.ID)
	status := "?"
	if s := contracts.LoanStatus(c.Status); s != contracts.LoanNone {
		status = s.String()
	}
	unix := func(t time.Time) int64 {
		if t.IsZero() {
			return 0
		}
		return t.Unix()
	}
	f := loanFigures(l, books, risk, va, a, acc, r.blockTime)
	r.compare(subj, "borrower", l.Borrower, c.Borrower)
	r.compare(subj, "asset", l.AssetID, c.AssetId)
	r.compare(subj, "status", l.Status, status)
	r.compare(subj, "shares", l.Shares, c.Shares)
	r.compare(subj, "borrow shares", l.BorrowShares, c.BorrowShares)
	r.compare(subj, "principal", l.Principal, formatUnits(c.Principal))
	r.compare(subj, "debt", f.Debt, formatUnits(c.Debt))
	r.compare(subj, "pending revenue", f.PendingRevenue, formatUnits(c.PendingRevenue))
	r.compare(subj, "collateral value", f.CollateralValue, formatUnits(c.CollateralValue))
	r.compare(subj, "borrow limit", f.BorrowLimit, formatUnits(c.BorrowLimit))
	r.compare(subj, "liquidation limit", f.LiquidationLimit, formatUnits(c.LiquidationLimit))
	r.compare(subj, "flagged at", unix(l.FlaggedAt), c.FlaggedAt)
	r.compare(subj, "opened at", unix(l.OpenedAt), c.OpenedAt)

	out, err = r.call(r.vault, vaultABI.PackPendingRevenue(id))
	if err != nil {
		return nil, fmt.Errorf("pending revenue of loan %d: %w", l.ID, err)
	}
	pr, err := vaultABI.UnpackPendingRevenue(out)
	if err != nil {
		return nil, fmt.Errorf("pending revenue of loan %d: %w", l.ID, err)
	}
	units, rest := l.PendingRevenue(bigOrZero(va.RevenueIndex))
	r.compare(subj, "pending revenue (units, fraction)", fmt.Sprint(units.Units(), rest), fmt.Sprint(pr.Units, pr.Fraction))

	out, err = r.call(r.vault, vaultABI.PackAuction(id))
	if err != nil {
		return nil, fmt.Errorf("auction of loan %d: %w", l.ID, err)
	}
	au, err := vaultABI.UnpackAuction(out)
	if err != nil {
		return nil, fmt.Errorf("auction of loan %d: %w", l.ID, err)
	}
	mirror := "none"
	if l.Auction != nil {
		mirror = fmt.Sprint(l.Auction.StartPrice.Units(), l.Auction.FloorPrice.Units(), l.Auction.StartedAt.Unix(),
			l.Auction.EndsAt.Unix()-l.Auction.StartedAt.Unix(), l.Auction.PriceAt(r.blockTime).Units())
	}
	chain := "none"
	if au.A.StartedAt.Sign() != 0 {
		chain = fmt.Sprint(au.A.StartPrice, au.A.FloorPrice, au.A.StartedAt, au.A.Duration, au.Price)
	}
	r.compare(subj, "auction (start, floor, started, duration, price now)", mirror, chain)

	pending := new(big.Int).Mul(pr.Units, credit.Scale)
	return pending.Add(pending, pr.Fraction), nil
}

// creditAsset compares an asset's book in the vault, its snapshots and
// share price, and its revenue account against what its loans have
// pending on chain plus the asset's dust.
func (r *reconciler) creditAsset(va VaultAsset, a contracts.Asset, risk contracts.RiskParams, acc, loansRevenue *big.Int, bal func(Account) *big.Int) error {
	if acc == nil {
		acc = new(big.Int)
	}
	if loansRevenue == nil {
		loansRevenue = new(big.Int)
	}
	id := new(big.Int).SetUint64(va.AssetID)
	subj := fmt.Sprintf("vault asset %d", va.AssetID)
	out, err := r.call(r.vault, vaultABI.PackAssetBook(id))
	if err != nil {
		return fmt.Errorf("vault book of asset %d: %w", va.AssetID, err)
	}
	b, err := vaultABI.UnpackAssetBook(out)
	if err != nil {
		return fmt.Errorf("vault book of asset %d: %w", va.AssetID, err)
	}
	r.compare(subj, "revenue index", va.RevenueIndex, b.RevenueIndex)
	r.compare(subj, "pledged shares", va.Pledged, b.Pledged)
	r.compare(subj, "dust", va.Dust, b.Dust)
	out, err = r.call(r.vault, vaultABI.PackSnapshots(id))
	if err != nil {
		return fmt.Errorf("snapshots of asset %d: %w", va.AssetID, err)
	}
	sn, err := vaultABI.UnpackSnapshots(out)
	if err != nil {
		return fmt.Errorf("snapshots of asset %d: %w", va.AssetID, err)
	}
	o, n := va.Older.state(), va.Recent.state()
	r.compare(subj, "snapshots (older acc, at; recent acc, at)", fmt.Sprint(o.Acc, o.TakenAt, n.Acc, n.TakenAt),
		fmt.Sprint(sn.Older.Acc, sn.Older.TakenAt, sn.Recent.Acc, sn.Recent.TakenAt))
	out, err = r.call(r.vault, vaultABI.PackSharePrice(id))
	if err != nil {
		return fmt.Errorf("share price of asset %d: %w", va.AssetID, err)
	}
	sp, err := vaultABI.UnpackSharePrice(out)
	if err != nil {
		return fmt.Errorf("share price of asset %d: %w", va.AssetID, err)
	}
	price, book, revenue := SharePrice(va, a, risk, acc, r.blockTime)
	r.compare(subj, "share price (price, book, revenue)", fmt.Sprint(price, book, revenue),
		fmt.Sprint(sp.Price, sp.BookPrice, sp.RevenuePrice))
	held := new(big.Int).Mul(bal(VaultRevenue(va.AssetID)), credit.Scale)
	onChain := new(big.Int).Add(loansRevenue, b.Dust)
	r.compare(string(VaultRevenue(va.AssetID)), "balance × 1e18 against its loans' pending revenue and fractions + dust",
		held, onChain)
	return nil
}
