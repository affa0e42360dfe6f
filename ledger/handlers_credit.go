package ledger

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/creditvault"
	"github.com/gpuledger/gpuledger/contracts/bindings/lendingpool"
	"github.com/gpuledger/gpuledger/credit"
	"github.com/gpuledger/gpuledger/money"
)

// Handlers of compute finance: the LendingPool (lenders' deposits and
// withdrawals, loans disbursed, interest, repayments booked, bad debt) and
// the CreditVault (loans, pledged shares, revenue sweeps and their
// application, liquidations, what it owes borrowers). docs/ledger.md,
// "Credit", lists what each books.
//
// Money reaches the pool in two steps within one transaction: the vault's
// event says who paid for which loan (Repaid: a payer; RevenueApplied: the
// loan's revenue; AuctionSettled: the winning bidder) and moves the amount
// to pool:repayments; the pool's RepaymentBooked that follows moves it to
// pool:cash and takes it off the loans receivable.

var (
	poolABI  = lendingpool.NewLendingPool()
	vaultABI = creditvault.NewCreditVault()
)

// ------------------------------------------------------------ state access

// loadLendingPool reads the pool's record; a pool without one yet (its
// constructor's RateModelChanged comes first on a consistent chain) starts
// from the contract's initial state.
func (c *logCtx) loadLendingPool() (*LendingPool, error) {
	p := new(LendingPool)
	ok, err := c.getJSON(bCredit, creditKeyPool, p)
	if err != nil {
		return nil, err
	}
	if !ok {
		*p = newLendingPool()
		p.LastAccrual = c.blk.Time
	}
	return p, nil
}

// touchPool marks that the pool brought interest up to this block: every
// event handled here follows the pool's _accrue in the same call. When
// debt was outstanding and time passed, that _accrue emitted an
// InterestAccrued the mirror must have applied first.
func (c *logCtx) touchPool(p *LendingPool) {
	if p.LastAccrual.Before(c.blk.Time) && p.BorrowAssets.Units().Sign() > 0 {
		c.warn("lending pool: debt outstanding and no interest accrued before this event",
			"last_accrual", p.LastAccrual, "borrow_assets", p.BorrowAssets)
	}
	p.LastAccrual = c.blk.Time
}

func (c *logCtx) putLendingPool(p *LendingPool) error { return c.putJSON(bCredit, creditKeyPool, p) }

func (c *logCtx) loadCreditVault() (*CreditVault, error) {
	v := new(CreditVault)
	if _, err := c.getJSON(bCredit, creditKeyVault, v); err != nil {
		return nil, err
	}
	return v, nil
}

// loadLoan reads the loan an event names: an id too large is malformed, a
// loan the mirror does not know makes the log inconsistent.
func (c *logCtx) loadLoan(raw *big.Int) (*Loan, error) {
	loanID, err := id("loan id", raw)
	if err != nil {
		return nil, err
	}
	l := new(Loan)
	ok, err := c.getJSON(bLoans, idKey(loanID), l)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, inconsistent("loan %d is not in the mirror", loanID)
	}
	return l, nil
}

func (c *logCtx) putLoan(l *Loan) error { return c.putJSON(bLoans, idKey(l.ID), l) }

// loadVaultAsset reads an asset's book in the vault (empty before its
// first pledge or snapshot).
func (c *logCtx) loadVaultAsset(assetID uint64) (*VaultAsset, error) {
	a := new(VaultAsset)
	ok, err := c.getJSON(bVaultAssets, idKey(assetID), a)
	if err != nil {
		return nil, err
	}
	if !ok {
		*a = VaultAsset{AssetID: assetID, RevenueIndex: "0", Dust: "0", Pledged: contracts.NewShares(new(big.Int)),
			Older: RevenueSnapshot{Acc: "0"}, Recent: RevenueSnapshot{Acc: "0"}}
	}
	return a, nil
}

func (c *logCtx) putVaultAsset(a *VaultAsset) error {
	return c.putJSON(bVaultAssets, idKey(a.AssetID), a)
}

func (c *logCtx) loadPosition(lender common.Address) (*PoolPosition, error) {
	p := new(PoolPosition)
	ok, err := c.getJSON(bPoolPositions, lender[:], p)
	if err != nil {
		return nil, err
	}
	if !ok {
		*p = PoolPosition{Lender: lender, Shares: "0"}
	}
	return p, nil
}

func (c *logCtx) putPosition(p *PoolPosition) error { return c.putJSON(bPoolPositions, p.Lender[:], p) }

// subUnits returns a − b, or an inconsistency when the mirror holds less
// than the chain takes.
func subUnits(what string, a, b *big.Int) (*big.Int, error) {
	d := new(big.Int).Sub(a, b)
	if d.Sign() < 0 {
		return nil, inconsistent("%s: the mirror holds %s, the event takes %s", what, a, b)
	}
	return d, nil
}

func subAmount(what string, a money.Amount, b money.Amount) (money.Amount, error) {
	d, err := subUnits(what, a.Units(), b.Units())
	if err != nil {
		return money.Amount{}, err
	}
	return money.MustFromUnits(d), nil
}

// amounts reads several uint256 of token units.
func amounts(what string, vs ...*big.Int) ([]money.Amount, error) {
	out := make([]money.Amount, len(vs))
	for i, v := range vs {
		a, err := amount(what, v)
		if err != nil {
			return nil, err
		}
		out[i] = a
	}
	return out, nil
}

// nonNegative reads a uint256 that is not an amount (shares, an index).
func nonNegative(what string, v *big.Int) (*big.Int, error) {
	if v == nil || v.Sign() < 0 || v.BitLen() > 256 {
		return nil, malformed("%s %v is not a uint256", what, v)
	}
	return v, nil
}

func bigTime(v *big.Int) time.Time {
	if v == nil || !v.IsInt64() || v.Sign() == 0 {
		return time.Time{}
	}
	return time.Unix(v.Int64(), 0).UTC()
}

// ------------------------------------------------------------ LendingPool

func onPoolRateModelChanged(c *logCtx) error {
	ev, err := poolABI.UnpackRateModelChangedEvent(c.log)
	if err != nil {
		return malformed("RateModelChanged: %v", err)
	}
	p, err := c.loadLendingPool()
	if err != nil {
		return err
	}
	c.touchPool(p)
	p.BaseRate, p.Slope1, p.Slope2, p.OptimalUtilisation = ev.BaseRate.String(), ev.Slope1.String(), ev.Slope2.String(),
		ev.OptimalUtilisation.String()
	return c.putLendingPool(p)
}

// onPoolInterestAccrued adds interest to the loans receivable. The mirror
// computes the same interest from its own state (credit.Pool.At); a
// difference means it lost track of the pool and is logged; the chain's
// figures are kept.
func onPoolInterestAccrued(c *logCtx) error {
	ev, err := poolABI.UnpackInterestAccruedEvent(c.log)
	if err != nil {
		return malformed("InterestAccrued: %v", err)
	}
	am, err := amounts("InterestAccrued amount", ev.Interest, ev.BorrowAssets)
	if err != nil {
		return err
	}
	interest, borrowAssets := am[0], am[1]
	if _, err := nonNegative("borrow index", ev.BorrowIndex); err != nil {
		return err
	}
	p, err := c.loadLendingPool()
	if err != nil {
		return err
	}
	want := p.Books(c.blk.Time)
	if want.Pending.Cmp(interest.Units()) != 0 || want.BorrowIndex.Cmp(ev.BorrowIndex) != 0 ||
		new(big.Int).Add(p.BorrowAssets.Units(), interest.Units()).Cmp(borrowAssets.Units()) != 0 {
		c.warn("lending pool interest diverges from the chain", "interest_mirror", want.Pending, "interest_chain", ev.Interest,
			"index_mirror", want.BorrowIndex, "index_chain", ev.BorrowIndex, "borrow_assets_chain", borrowAssets)
	}
	p.BorrowAssets = borrowAssets
	p.BorrowIndex = ev.BorrowIndex.String()
	p.InterestAccrued = p.InterestAccrued.Add(interest)
	p.LastAccrual = c.blk.Time
	if err := c.putLendingPool(p); err != nil {
		return err
	}
	return c.post(KindInterestAccrual, Posting{Source: PoolInterest, Destination: PoolLoans, Amount: interest})
}

func onPoolDeposit(c *logCtx) error {
	ev, err := poolABI.UnpackDepositEvent(c.log)
	if err != nil {
		return malformed("Deposit: %v", err)
	}
	assets, err := amount("Deposit assets", ev.Assets)
	if err != nil {
		return err
	}
	p, err := c.loadLendingPool()
	if err != nil {
		return err
	}
	pos, err := c.loadPosition(ev.Owner)
	if err != nil {
		return err
	}
	c.touchPool(p)
	p.Cash = p.Cash.Add(assets)
	p.Deposited = p.Deposited.Add(assets)
	pos.Deposited = pos.Deposited.Add(assets)
	if err := c.putLendingPool(p); err != nil {
		return err
	}
	if err := c.putPosition(pos); err != nil {
		return err
	}
	return c.post(KindPoolDeposit, Posting{Source: Wallet(ev.Sender), Destination: PoolCash, Amount: assets})
}

func onPoolWithdraw(c *logCtx) error {
	ev, err := poolABI.UnpackWithdrawEvent(c.log)
	if err != nil {
		return malformed("Withdraw: %v", err)
	}
	assets, err := amount("Withdraw assets", ev.Assets)
	if err != nil {
		return err
	}
	p, err := c.loadLendingPool()
	if err != nil {
		return err
	}
	cash, err := subAmount("pool cash", p.Cash, assets)
	if err != nil {
		return err
	}
	pos, err := c.loadPosition(ev.Owner)
	if err != nil {
		return err
	}
	c.touchPool(p)
	p.Cash = cash
	p.Withdrawn = p.Withdrawn.Add(assets)
	pos.Withdrawn = pos.Withdrawn.Add(assets)
	if err := c.putLendingPool(p); err != nil {
		return err
	}
	if err := c.putPosition(pos); err != nil {
		return err
	}
	return c.post(KindPoolWithdrawal, Posting{Source: PoolCash, Destination: Wallet(ev.Receiver), Amount: assets})
}

// onPoolTransfer moves pool shares (ERC-20 of the pool): a mint with each
// deposit, a burn with each withdrawal, transfers between lenders. No
// money moves.
func onPoolTransfer(c *logCtx) error {
	ev, err := poolABI.UnpackTransferEvent(c.log)
	if err != nil {
		return malformed("pool share Transfer: %v", err)
	}
	v, err := nonNegative("pool shares", ev.Value)
	if err != nil {
		return err
	}
	if ev.From == ev.To || v.Sign() == 0 {
		return nil
	}
	p, err := c.loadLendingPool()
	if err != nil {
		return err
	}
	var zero common.Address
	var from, to *PoolPosition
	total := bigOrZero(p.TotalShares)
	if ev.From == zero {
		total.Add(total, v)
	} else {
		if from, err = c.loadPosition(ev.From); err != nil {
			return err
		}
		left, err := subUnits("pool shares of "+ev.From.Hex(), bigOrZero(from.Shares), v)
		if err != nil {
			return err
		}
		from.Shares = left.String()
	}
	if ev.To == zero {
		if total, err = subUnits("pool share supply", total, v); err != nil {
			return err
		}
	} else {
		if to, err = c.loadPosition(ev.To); err != nil {
			return err
		}
		to.Shares = new(big.Int).Add(bigOrZero(to.Shares), v).String()
	}
	p.TotalShares = total.String()
	for _, pos := range []*PoolPosition{from, to} {
		if pos != nil {
			if err := c.putPosition(pos); err != nil {
				return err
			}
		}
	}
	return c.putLendingPool(p)
}

// onPoolLent pays a loan's cash to its borrower and books the pool's claim.
func onPoolLent(c *logCtx) error {
	ev, err := poolABI.UnpackLentEvent(c.log)
	if err != nil {
		return malformed("Lent: %v", err)
	}
	assets, err := amount("Lent assets", ev.Assets)
	if err != nil {
		return err
	}
	minted, err := nonNegative("borrow shares", ev.BorrowShares)
	if err != nil {
		return err
	}
	l, err := c.loadLoan(ev.LoanId)
	if err != nil {
		return err
	}
	p, err := c.loadLendingPool()
	if err != nil {
		return err
	}
	cash, err := subAmount("pool cash", p.Cash, assets)
	if err != nil {
		return err
	}
	c.touchPool(p)
	p.Cash = cash
	p.BorrowAssets = p.BorrowAssets.Add(assets)
	p.BorrowShares = new(big.Int).Add(bigOrZero(p.BorrowShares), minted).String()
	p.Lent = p.Lent.Add(assets)
	l.BorrowShares = new(big.Int).Add(bigOrZero(l.BorrowShares), minted).String()
	if err := c.putLendingPool(p); err != nil {
		return err
	}
	if err := c.putLoan(l); err != nil {
		return err
	}
	return c.post(KindLoanDisbursement,
		Posting{Source: PoolCash, Destination: Wallet(ev.To), Amount: assets},
		Posting{Source: LoanAccount(l.ID), Destination: PoolLoans, Amount: assets},
	)
}

// onPoolRepaymentBooked takes a repayment (already in pool:repayments, by
// the vault event before it) into cash and off the loans receivable; a
// liquidation's penalty is lenders' income.
func onPoolRepaymentBooked(c *logCtx) error {
	ev, err := poolABI.UnpackRepaymentBookedEvent(c.log)
	if err != nil {
		return malformed("RepaymentBooked: %v", err)
	}
	am, err := amounts("RepaymentBooked amount", ev.Assets, ev.Penalty)
	if err != nil {
		return err
	}
	assets, penalty := am[0], am[1]
	l, p, err := c.debtLeaves(ev.LoanId, assets, ev.BorrowShares)
	if err != nil {
		return err
	}
	p.Cash = p.Cash.Add(assets).Add(penalty)
	p.Repaid = p.Repaid.Add(assets)
	p.Penalties = p.Penalties.Add(penalty)
	if err := c.putLendingPool(p); err != nil {
		return err
	}
	if err := c.putLoan(l); err != nil {
		return err
	}
	return c.post(KindRepaymentBooked,
		Posting{Source: PoolRepayments, Destination: PoolCash, Amount: assets.Add(penalty)},
		Posting{Source: PoolLoans, Destination: LoanAccount(l.ID), Amount: assets},
		Posting{Source: PoolPenalties, Destination: LoanAccount(l.ID), Amount: penalty},
	)
}

// debtLeaves loads loan loanID and the pool and takes assets of debt and
// burned borrow shares off both, as a booked repayment and a write-down
// both do; the caller books the rest and stores them.
func (c *logCtx) debtLeaves(loanID *big.Int, assets money.Amount, burnedRaw *big.Int) (*Loan, *LendingPool, error) {
	burned, err := nonNegative("borrow shares", burnedRaw)
	if err != nil {
		return nil, nil, err
	}
	l, err := c.loadLoan(loanID)
	if err != nil {
		return nil, nil, err
	}
	p, err := c.loadLendingPool()
	if err != nil {
		return nil, nil, err
	}
	debt, err := subAmount("pool debt", p.BorrowAssets, assets)
	if err != nil {
		return nil, nil, err
	}
	poolShares, err := subUnits("pool borrow shares", bigOrZero(p.BorrowShares), burned)
	if err != nil {
		return nil, nil, err
	}
	loanShares, err := subUnits("borrow shares of the loan", bigOrZero(l.BorrowShares), burned)
	if err != nil {
		return nil, nil, err
	}
	c.touchPool(p)
	p.BorrowAssets, p.BorrowShares = debt, poolShares.String()
	l.BorrowShares = loanShares.String()
	return l, p, nil
}

// onPoolBadDebt writes a loan's unpaid debt off the loans receivable.
func onPoolBadDebt(c *logCtx) error {
	ev, err := poolABI.UnpackBadDebtWrittenDownEvent(c.log)
	if err != nil {
		return malformed("BadDebtWrittenDown: %v", err)
	}
	am, err := amounts("BadDebtWrittenDown amount", ev.Assets, ev.TotalBadDebt)
	if err != nil {
		return err
	}
	assets, total := am[0], am[1]
	l, p, err := c.debtLeaves(ev.LoanId, assets, ev.BorrowShares)
	if err != nil {
		return err
	}
	p.BadDebt = p.BadDebt.Add(assets)
	if p.BadDebt.Cmp(total) != 0 {
		c.warn("lending pool bad debt diverges from the chain", "mirror", p.BadDebt, "chain", total)
	}
	l.BadDebt = l.BadDebt.Add(assets)
	if err := c.putLendingPool(p); err != nil {
		return err
	}
	if err := c.putLoan(l); err != nil {
		return err
	}
	return c.post(KindBadDebt, Posting{Source: PoolLoans, Destination: PoolBadDebt, Amount: assets})
}

// ------------------------------------------------------------ CreditVault

func onVaultRiskParamsChanged(c *logCtx) error {
	ev, err := vaultABI.UnpackRiskParamsChangedEvent(c.log)
	if err != nil {
		return malformed("RiskParamsChanged: %v", err)
	}
	v, err := c.loadCreditVault()
	if err != nil {
		return err
	}
	r := ev.Params
	sec := func(s uint32) time.Duration { return time.Duration(s) * time.Second }
	v.Risk = contracts.RiskParams{LTVBps: r.LtvBps, LiquidationThresholdBps: r.LiquidationThresholdBps,
		PenaltyBps: r.PenaltyBps, AuctionFloorBps: r.AuctionFloorBps, DiscountRateBps: r.DiscountRateBps,
		GracePeriod: sec(r.GracePeriod), AuctionDuration: sec(r.AuctionDuration), Lookback: sec(r.Lookback)}
	return c.putJSON(bCredit, creditKeyVault, v)
}

func onVaultAssetTermsCached(c *logCtx) error {
	ev, err := vaultABI.UnpackAssetTermsCachedEvent(c.log)
	if err != nil {
		return malformed("AssetTermsCached: %v", err)
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	book, err := amount("book value", ev.BookValue)
	if err != nil {
		return err
	}
	supply, err := nonNegative("supply", ev.Supply)
	if err != nil {
		return err
	}
	a, err := c.loadVaultAsset(assetID)
	if err != nil {
		return err
	}
	a.Terms = &AssetTerms{BookValue: book, Supply: contracts.NewShares(new(big.Int).Set(supply)),
		CommissionedAt: bigTime(ev.CommissionedAt), EndOfLife: bigTime(ev.EndOfLife)}
	return c.putVaultAsset(a)
}

// onVaultRevenueCheckpoint rotates the asset's snapshots as the vault
// does: the newest becomes the older, the new one the newest.
func onVaultRevenueCheckpoint(c *logCtx) error {
	ev, err := vaultABI.UnpackRevenueCheckpointEvent(c.log)
	if err != nil {
		return malformed("RevenueCheckpoint: %v", err)
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	if _, err := nonNegative("accRevenuePerShare", ev.AccRevenuePerShare); err != nil {
		return err
	}
	a, err := c.loadVaultAsset(assetID)
	if err != nil {
		return err
	}
	if !a.Recent.TakenAt.IsZero() {
		a.Older = a.Recent
	}
	a.Recent = RevenueSnapshot{Acc: ev.AccRevenuePerShare.String(), TakenAt: bigTime(ev.TakenAt)}
	return c.putVaultAsset(a)
}

// onVaultRevenueSwept moves the asset's revenue index as the vault does:
// index += (amount × 1e18 + dust) / pledged, the rest the new dust. The
// money was booked by the RevenueClaimed before it (holders:asset ->
// vault:revenue:asset).
func onVaultRevenueSwept(c *logCtx) error {
	ev, err := vaultABI.UnpackRevenueSweptEvent(c.log)
	if err != nil {
		return malformed("RevenueSwept: %v", err)
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	amt, err := amount("RevenueSwept amount", ev.Amount)
	if err != nil {
		return err
	}
	if _, err := nonNegative("revenue index", ev.RevenueIndex); err != nil {
		return err
	}
	if _, err := nonNegative("dust", ev.Dust); err != nil {
		return err
	}
	a, err := c.loadVaultAsset(assetID)
	if err != nil {
		return err
	}
	if pledged := a.Pledged.Int(); pledged != nil && pledged.Sign() > 0 {
		total := new(big.Int).Mul(amt.Units(), credit.Scale)
		total.Add(total, bigOrZero(a.Dust))
		step, dust := new(big.Int).QuoRem(total, pledged, new(big.Int))
		index := step.Add(step, bigOrZero(a.RevenueIndex))
		if index.Cmp(ev.RevenueIndex) != 0 || dust.Cmp(ev.Dust) != 0 {
			c.warn("vault revenue index diverges from the chain", "asset", assetID, "index_mirror", index,
				"index_chain", ev.RevenueIndex, "dust_mirror", dust, "dust_chain", ev.Dust)
		}
	}
	a.RevenueIndex = ev.RevenueIndex.String()
	a.Dust = ev.Dust.String()
	a.Swept = a.Swept.Add(amt)
	return c.putVaultAsset(a)
}

func onVaultRevenueUnallocated(c *logCtx) error {
	ev, err := vaultABI.UnpackRevenueUnallocatedEvent(c.log)
	if err != nil {
		return malformed("RevenueUnallocated: %v", err)
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	amt, err := amount("RevenueUnallocated amount", ev.Amount)
	if err != nil {
		return err
	}
	a, err := c.loadVaultAsset(assetID)
	if err != nil {
		return err
	}
	a.Unallocated = a.Unallocated.Add(amt)
	if err := c.putVaultAsset(a); err != nil {
		return err
	}
	return c.post(KindRevenueUnallocated, Posting{Source: VaultRevenue(assetID), Destination: VaultUnallocated, Amount: amt})
}

// onVaultLoanOpened records a new loan on pledged shares; it takes its
// revenue from the asset's index as it stands (the pledge swept first).
func onVaultLoanOpened(c *logCtx) error {
	ev, err := vaultABI.UnpackLoanOpenedEvent(c.log)
	if err != nil {
		return malformed("LoanOpened: %v", err)
	}
	loanID, err := id("loan id", ev.LoanId)
	if err != nil {
		return err
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	shares, err := nonNegative("shares", ev.Shares)
	if err != nil {
		return err
	}
	if c.get(bLoans, idKey(loanID)) != nil {
		return inconsistent("loan %d opened twice", loanID)
	}
	a, err := c.loadVaultAsset(assetID)
	if err != nil {
		return err
	}
	v, err := c.loadCreditVault()
	if err != nil {
		return err
	}
	l := &Loan{ID: loanID, Borrower: ev.Borrower, AssetID: assetID, Status: LoanStatusActive,
		Shares: contracts.NewShares(new(big.Int).Set(shares)), BorrowShares: "0", OpenedAt: c.blk.Time,
		RevenueCheckpoint: a.RevenueIndex, Fraction: "0"}
	a.Pledged = contracts.NewShares(new(big.Int).Add(a.Pledged.Int(), shares))
	v.LoanCount = max(v.LoanCount, loanID)
	if err := c.putLoan(l); err != nil {
		return err
	}
	if err := c.put(bLoansByBorrower, addrIDKey(ev.Borrower, loanID), []byte{}); err != nil {
		return err
	}
	if err := c.put(bLoansByAsset, idIDKey(assetID, loanID), []byte{}); err != nil {
		return err
	}
	if err := c.putVaultAsset(a); err != nil {
		return err
	}
	return c.putJSON(bCredit, creditKeyVault, v)
}

// setLoanShares moves a loan's pledged shares to total, and its asset's
// pledged shares by the same; a loan left with none gives its sub-unit
// revenue back to the asset's dust, as the vault does.
func (c *logCtx) setLoanShares(l *Loan, total *big.Int) error {
	a, err := c.loadVaultAsset(l.AssetID)
	if err != nil {
		return err
	}
	pledged := new(big.Int).Sub(a.Pledged.Int(), l.Shares.Int())
	pledged.Add(pledged, total)
	if pledged.Sign() < 0 {
		return inconsistent("asset %d: pledged shares would go below zero", l.AssetID)
	}
	a.Pledged = contracts.NewShares(pledged)
	l.Shares = contracts.NewShares(new(big.Int).Set(total))
	if total.Sign() == 0 {
		a.Dust = new(big.Int).Add(bigOrZero(a.Dust), bigOrZero(l.Fraction)).String()
		l.Fraction = "0"
	}
	return c.putVaultAsset(a)
}

func onVaultCollateralAdded(c *logCtx) error {
	ev, err := vaultABI.UnpackCollateralAddedEvent(c.log)
	if err != nil {
		return malformed("CollateralAdded: %v", err)
	}
	return c.loanSharesNow(ev.LoanId, ev.TotalShares)
}

func onVaultCollateralRemoved(c *logCtx) error {
	ev, err := vaultABI.UnpackCollateralRemovedEvent(c.log)
	if err != nil {
		return malformed("CollateralRemoved: %v", err)
	}
	return c.loanSharesNow(ev.LoanId, ev.TotalShares)
}

// loanSharesNow records that loan loanID holds totalShares pledged shares,
// as both collateral events state it.
func (c *logCtx) loanSharesNow(loanID, totalShares *big.Int) error {
	total, err := nonNegative("total shares", totalShares)
	if err != nil {
		return err
	}
	l, err := c.loadLoan(loanID)
	if err != nil {
		return err
	}
	if err := c.setLoanShares(l, total); err != nil {
		return err
	}
	return c.putLoan(l)
}

func onVaultLoanClosed(c *logCtx) error {
	ev, err := vaultABI.UnpackLoanClosedEvent(c.log)
	if err != nil {
		return malformed("LoanClosed: %v", err)
	}
	l, err := c.loadLoan(ev.LoanId)
	if err != nil {
		return err
	}
	l.Status, l.FlaggedAt = LoanStatusClosed, time.Time{}
	return c.putLoan(l)
}

// onVaultBorrowed adds to the loan's principal; the cash and the claim are
// booked by the pool's Lent that follows.
func onVaultBorrowed(c *logCtx) error {
	ev, err := vaultABI.UnpackBorrowedEvent(c.log)
	if err != nil {
		return malformed("Borrowed: %v", err)
	}
	amt, err := amount("Borrowed amount", ev.Amount)
	if err != nil {
		return err
	}
	l, err := c.loadLoan(ev.LoanId)
	if err != nil {
		return err
	}
	l.Principal = l.Principal.Add(amt)
	l.Borrowed = l.Borrowed.Add(amt)
	return c.putLoan(l)
}

// reducePrincipal applies a payment's principal part as the vault does:
// a loan whose debt is paid off has no principal left, else principal −
// toPrincipal, never below zero.
func reducePrincipal(l *Loan, toPrincipal, debtAfter money.Amount) {
	switch {
	case debtAfter.IsZero():
		l.Principal = money.Zero
	case l.Principal.Cmp(toPrincipal) <= 0:
		l.Principal = money.Zero
	default:
		l.Principal, _ = l.Principal.Sub(toPrincipal)
	}
}

// onVaultRepaid moves a payer's repayment towards the pool (its
// RepaymentBooked follows).
func onVaultRepaid(c *logCtx) error {
	ev, err := vaultABI.UnpackRepaidEvent(c.log)
	if err != nil {
		return malformed("Repaid: %v", err)
	}
	am, err := amounts("Repaid amount", ev.ToInterest, ev.ToPrincipal, ev.Debt)
	if err != nil {
		return err
	}
	toInterest, toPrincipal, debt := am[0], am[1], am[2]
	l, err := c.loadLoan(ev.LoanId)
	if err != nil {
		return err
	}
	paid := toInterest.Add(toPrincipal)
	l.Repaid = l.Repaid.Add(paid)
	l.InterestPaid = l.InterestPaid.Add(toInterest)
	l.PrincipalPaid = l.PrincipalPaid.Add(toPrincipal)
	reducePrincipal(l, toPrincipal, debt)
	if err := c.putLoan(l); err != nil {
		return err
	}
	return c.post(KindLoanRepayment, Posting{Source: Wallet(ev.Payer), Destination: PoolRepayments, Amount: paid})
}

// onVaultRevenueApplied settles the loan's part of its asset's swept
// revenue (shares × (index − checkpoint) + fraction, whole units applied,
// the rest kept) and books where it went: interest and principal towards
// the pool (its RepaymentBooked follows), the excess owed to the borrower.
func onVaultRevenueApplied(c *logCtx) error {
	ev, err := vaultABI.UnpackRevenueAppliedEvent(c.log)
	if err != nil {
		return malformed("RevenueApplied: %v", err)
	}
	am, err := amounts("RevenueApplied amount", ev.Revenue, ev.ToInterest, ev.ToPrincipal, ev.ToBorrower, ev.Debt)
	if err != nil {
		return err
	}
	revenue, toInterest, toPrincipal, toBorrower, debt := am[0], am[1], am[2], am[3], am[4]
	if amountsSum(toInterest, toPrincipal, toBorrower).Cmp(revenue.Units()) != 0 {
		return malformed("RevenueApplied: %s + %s + %s does not add up to %s", toInterest, toPrincipal, toBorrower, revenue)
	}
	l, err := c.loadLoan(ev.LoanId)
	if err != nil {
		return err
	}
	a, err := c.loadVaultAsset(l.AssetID)
	if err != nil {
		return err
	}
	units, rest := l.PendingRevenue(bigOrZero(a.RevenueIndex))
	if units.Cmp(revenue) != 0 {
		c.warn("loan revenue diverges from the chain", "loan", l.ID, "mirror", units, "chain", revenue)
	}
	l.RevenueCheckpoint, l.Fraction = a.RevenueIndex, rest.String()
	toDebt := toInterest.Add(toPrincipal)
	l.RevenueApplied = l.RevenueApplied.Add(revenue)
	l.RevenueToDebt = l.RevenueToDebt.Add(toDebt)
	l.RevenueToBorrower = l.RevenueToBorrower.Add(toBorrower)
	l.InterestPaid = l.InterestPaid.Add(toInterest)
	l.PrincipalPaid = l.PrincipalPaid.Add(toPrincipal)
	if !toDebt.IsZero() {
		reducePrincipal(l, toPrincipal, debt)
	}
	if err := c.putLoan(l); err != nil {
		return err
	}
	return c.post(KindRevenueRepayment,
		Posting{Source: VaultRevenue(l.AssetID), Destination: PoolRepayments, Amount: toDebt},
		Posting{Source: VaultRevenue(l.AssetID), Destination: VaultOwed(l.Borrower), Amount: toBorrower},
	)
}

func onVaultOwedWithdrawn(c *logCtx) error {
	ev, err := vaultABI.UnpackOwedWithdrawnEvent(c.log)
	if err != nil {
		return malformed("OwedWithdrawn: %v", err)
	}
	amt, err := amount("OwedWithdrawn amount", ev.Amount)
	if err != nil {
		return err
	}
	return c.post(KindOwedWithdrawal, Posting{Source: VaultOwed(ev.Borrower), Destination: Wallet(ev.Borrower), Amount: amt})
}

func onVaultLoanFlagged(c *logCtx) error {
	ev, err := vaultABI.UnpackLoanFlaggedEvent(c.log)
	if err != nil {
		return malformed("LoanFlagged: %v", err)
	}
	l, err := c.loadLoan(ev.LoanId)
	if err != nil {
		return err
	}
	l.FlaggedAt = c.blk.Time
	return c.putLoan(l)
}

func onVaultLoanCured(c *logCtx) error {
	ev, err := vaultABI.UnpackLoanCuredEvent(c.log)
	if err != nil {
		return malformed("LoanCured: %v", err)
	}
	l, err := c.loadLoan(ev.LoanId)
	if err != nil {
		return err
	}
	l.FlaggedAt = time.Time{}
	return c.putLoan(l)
}

func onVaultAuctionStarted(c *logCtx) error {
	ev, err := vaultABI.UnpackAuctionStartedEvent(c.log)
	if err != nil {
		return malformed("AuctionStarted: %v", err)
	}
	am, err := amounts("AuctionStarted price", ev.StartPrice, ev.FloorPrice)
	if err != nil {
		return err
	}
	l, err := c.loadLoan(ev.LoanId)
	if err != nil {
		return err
	}
	l.Status = LoanStatusAuction
	l.Auction = &LoanAuction{StartPrice: am[0], FloorPrice: am[1], StartedAt: c.blk.Time, EndsAt: bigTime(ev.EndsAt)}
	return c.putLoan(l)
}

// onVaultAuctionSettled books the winning bid: what repays the debt and
// the penalty goes towards the pool (its RepaymentBooked, and for a
// shortfall its BadDebtWrittenDown, follow), the surplus is owed to the
// borrower. The loan's shares leave the vault (the TransferSingle to the
// bidder follows).
func onVaultAuctionSettled(c *logCtx) error {
	ev, err := vaultABI.UnpackAuctionSettledEvent(c.log)
	if err != nil {
		return malformed("AuctionSettled: %v", err)
	}
	am, err := amounts("AuctionSettled amount", ev.Price, ev.Repaid, ev.Penalty, ev.Surplus, ev.Shortfall)
	if err != nil {
		return err
	}
	price, repaid, penalty, surplus, shortfall := am[0], am[1], am[2], am[3], am[4]
	if amountsSum(repaid, penalty, surplus).Cmp(price.Units()) != 0 {
		return malformed("AuctionSettled: %s + %s + %s does not add up to the price %s", repaid, penalty, surplus, price)
	}
	l, err := c.loadLoan(ev.LoanId)
	if err != nil {
		return err
	}
	if err := c.setLoanShares(l, new(big.Int)); err != nil {
		return err
	}
	l.Status, l.FlaggedAt, l.Principal = LoanStatusLiquidated, time.Time{}, money.Zero
	l.SalePrice, l.SaleRepaid, l.Penalty, l.Surplus, l.Shortfall = price, repaid, penalty, surplus, shortfall
	if err := c.putLoan(l); err != nil {
		return err
	}
	return c.post(KindAuctionProceeds,
		Posting{Source: Wallet(ev.Bidder), Destination: PoolRepayments, Amount: repaid.Add(penalty)},
		Posting{Source: Wallet(ev.Bidder), Destination: VaultOwed(l.Borrower), Amount: surplus},
	)
}
