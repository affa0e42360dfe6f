package audit

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/creditvault"
	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/lendingpool"
	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
	"github.com/gpuledger/gpuledger/credit"
	"github.com/gpuledger/gpuledger/yield"
)

// CreditReport is compute finance recomputed from chain logs alone, at the
// audited block's time: the lending pool's books and share price, and
// every loan's debt, collateral value and health (docs/credit.md, "What
// the audit recomputes"). Money is a decimal string, as everywhere.
type CreditReport struct {
	Block uint64      `json:"block"`
	Time  time.Time   `json:"time"`
	Pool  PoolReport  `json:"pool"`
	Loans []LoanAudit `json:"loans"`

	totalAssets, totalShares *big.Int // the pool's, for the service's share price
}

// PoolReport is the lending pool at the audited block. TotalAssets =
// Cash + BorrowAssets; BorrowAssets = Lent + InterestAccrued − Repaid −
// BadDebt; SharePrice is what one whole pool share (1e12 share units)
// converts to, rounded down, as the pool's convertToAssets computes it.
type PoolReport struct {
	Cash            string `json:"cash"`
	BorrowAssets    string `json:"borrow_assets"`
	TotalAssets     string `json:"total_assets"`
	Deposited       string `json:"deposited"`
	Withdrawn       string `json:"withdrawn"`
	Lent            string `json:"lent"`
	Repaid          string `json:"repaid"`
	InterestAccrued string `json:"interest_accrued"`
	Penalties       string `json:"penalties"`
	BadDebt         string `json:"bad_debt"`
	BorrowShares    string `json:"borrow_shares"`
	BorrowIndex     string `json:"borrow_index"` // 18 decimals, as a decimal number
	TotalShares     string `json:"total_shares"` // pool shares, 12 decimals, as a decimal number
	SharePrice      string `json:"share_price"`
	Utilisation     string `json:"utilisation"`   // 6 digits
	RatePerYear     string `json:"rate_per_year"` // 6 digits
	// Accruals is how many InterestAccrued events the audit recomputed
	// from the rate model (each must match to the unit: a failed check
	// names the first that does not).
	Accruals int `json:"accruals"`
}

// LoanAudit is one loan at the audited block, with the logs it was
// computed from.
type LoanAudit struct {
	ID               uint64         `json:"id"`
	Borrower         common.Address `json:"borrower"`
	AssetID          uint64         `json:"asset_id"`
	Status           string         `json:"status"`
	Shares           string         `json:"shares"`
	Principal        string         `json:"principal"`
	Debt             string         `json:"debt"`
	PendingRevenue   string         `json:"pending_revenue"`
	CollateralValue  string         `json:"collateral_value"`
	BorrowLimit      string         `json:"borrow_limit"`
	LiquidationLimit string         `json:"liquidation_limit"`
	// Health is the debt net of pending revenue over the liquidation
	// limit (6 digits, "" for a zero limit): above 1 the loan is unhealthy.
	Health            string              `json:"health"`
	Borrowed          string              `json:"borrowed"`
	RepaidByPayers    string              `json:"repaid_by_payers"`
	RevenueToDebt     string              `json:"revenue_to_debt"`
	RevenueToBorrower string              `json:"revenue_to_borrower"`
	SalePrice         string              `json:"sale_price"`
	Penalty           string              `json:"penalty"`
	Shortfall         string              `json:"shortfall"`
	Evidence          []yield.Evidence    `json:"evidence"`
	borrowShares      *big.Int            // the loan's shares of the pool's debt
	checkpoint        *big.Int            // revenue index when it last took revenue
	fraction          *big.Int            // sub-unit revenue, units × 1e18
	shares            *big.Int            // pledged
	principal         *big.Int            //
	sums              map[string]*big.Int // borrowed, repaid, ... by name
}

// creditState is everything the credit events leave, replayed in chain
// order.
type creditState struct {
	pool        credit.Pool
	deposited   *big.Int
	withdrawn   *big.Int
	lent        *big.Int
	repaid      *big.Int
	totalShares *big.Int
	accruals    int
	accrualBad  string // the first InterestAccrued the rate model does not give, "" if none
	revenueBad  string // the first RevenueApplied its loan's shares did not earn, "" if none

	risk   creditvault.CreditVaultRiskParams
	loans  map[uint64]*LoanAudit
	assets map[uint64]*vaultAssetState
	acc    map[uint64]*big.Int // GPUAsset accRevenuePerShare by asset
	terms  map[uint64]credit.Valuation

	claimedByVault, revenueToPool, surplus, owedWithdrawn, credited, revenueToBorrowers *big.Int
}

type vaultAssetState struct {
	index, pledged, dust *big.Int
	older, recent        credit.Snapshot
}

func (s *creditState) asset(id uint64) *vaultAssetState {
	a := s.assets[id]
	if a == nil {
		a = &vaultAssetState{index: new(big.Int), pledged: new(big.Int), dust: new(big.Int),
			older: credit.Snapshot{Acc: new(big.Int)}, recent: credit.Snapshot{Acc: new(big.Int)}}
		s.assets[id] = a
	}
	return a
}

// replayCredit reads the credit events of the log, in chain order.
func (l *Log) replayCredit(m *contracts.Manifest) (*creditState, error) {
	poolAddr, vaultAddr, assetAddr := m.Address(contracts.LendingPoolName), m.Address(contracts.CreditVaultName), m.Address(contracts.GPUAssetName)
	z := func() *big.Int { return new(big.Int) }
	s := &creditState{
		pool:      credit.Pool{Cash: z(), BorrowAssets: z(), BorrowShares: z(), BorrowIndex: new(big.Int).Set(credit.Wad), InterestAccrued: z(), Penalties: z(), BadDebt: z()},
		deposited: z(), withdrawn: z(), lent: z(), repaid: z(), totalShares: z(),
		loans: map[uint64]*LoanAudit{}, assets: map[uint64]*vaultAssetState{}, acc: map[uint64]*big.Int{},
		terms:          map[uint64]credit.Valuation{},
		claimedByVault: z(), revenueToPool: z(), surplus: z(), owedWithdrawn: z(), credited: z(), revenueToBorrowers: z(),
	}
	p, v, g := lendingpool.NewLendingPool(), creditvault.NewCreditVault(), gpuasset.NewGPUAsset()
	pe, ve, ge := p.GetABI().Events, v.GetABI().Events, g.GetABI().Events
	loan := func(id *big.Int, lg *types.Log) (*LoanAudit, error) {
		ln := s.loans[id.Uint64()]
		if ln == nil {
			return nil, fmt.Errorf("audit: loan %s at block %d log %d was never opened", id, lg.BlockNumber, lg.Index)
		}
		ln.Evidence = append(ln.Evidence, yield.Evidence{TxHash: lg.TxHash, Block: lg.BlockNumber, LogIndex: lg.Index})
		return ln, nil
	}
	for i := range l.Logs {
		lg := &l.Logs[i]
		if len(lg.Topics) == 0 {
			continue
		}
		at := l.Times[lg.BlockNumber].Unix()
		topic := lg.Topics[0]
		switch lg.Address {
		case assetAddr:
			switch topic {
			case ge["AssetTokenized"].ID:
				e, err := g.UnpackAssetTokenizedEvent(lg)
				if err != nil {
					return nil, decodeErr("AssetTokenized", lg, err)
				}
				c := int64(e.Params.CommissionedAt)
				s.terms[e.AssetId.Uint64()] = credit.Valuation{BookValue: e.Params.BookValue, Supply: e.Params.ShareSupply,
					CommissionedAt: c, EndOfLife: credit.EndOfLife(c, e.Params.UsefulLifeMonths)}
			case ge["RevenueDeposited"].ID:
				e, err := g.UnpackRevenueDepositedEvent(lg)
				if err != nil {
					return nil, decodeErr("RevenueDeposited", lg, err)
				}
				s.acc[e.AssetId.Uint64()] = e.AccRevenuePerShare
			case ge["RevenueClaimed"].ID:
				e, err := g.UnpackRevenueClaimedEvent(lg)
				if err != nil {
					return nil, decodeErr("RevenueClaimed", lg, err)
				}
				if e.Holder == vaultAddr {
					s.claimedByVault.Add(s.claimedByVault, e.Amount)
				}
			}
		case poolAddr:
			switch topic {
			case pe["RateModelChanged"].ID:
				e, err := p.UnpackRateModelChangedEvent(lg)
				if err != nil {
					return nil, decodeErr("RateModelChanged", lg, err)
				}
				s.pool.Model = credit.RateModel{BaseRate: e.BaseRate, Slope1: e.Slope1, Slope2: e.Slope2, OptimalUtilisation: e.OptimalUtilisation}
				s.pool.LastAccrual = at
			case pe["InterestAccrued"].ID:
				e, err := p.UnpackInterestAccruedEvent(lg)
				if err != nil {
					return nil, decodeErr("InterestAccrued", lg, err)
				}
				// Recompute it from the rate model and the books before it.
				want := s.pool.At(at)
				s.accruals++
				if s.accrualBad == "" && (want.Pending.Cmp(e.Interest) != 0 || want.BorrowIndex.Cmp(e.BorrowIndex) != 0 ||
					want.BorrowAssets.Cmp(e.BorrowAssets) != 0 || want.Rate.Cmp(e.RatePerYear) != 0) {
					s.accrualBad = fmt.Sprintf("block %d log %d: interest %s index %s rate %s recomputed, %s %s %s logged",
						lg.BlockNumber, lg.Index, want.Pending, want.BorrowIndex, want.Rate, e.Interest, e.BorrowIndex, e.RatePerYear)
				}
				s.pool.BorrowAssets = new(big.Int).Set(e.BorrowAssets)
				s.pool.BorrowIndex = new(big.Int).Set(e.BorrowIndex)
				s.pool.InterestAccrued.Add(s.pool.InterestAccrued, e.Interest)
				s.pool.LastAccrual = at
			case pe["Deposit"].ID:
				e, err := p.UnpackDepositEvent(lg)
				if err != nil {
					return nil, decodeErr("Deposit", lg, err)
				}
				s.pool.Cash.Add(s.pool.Cash, e.Assets)
				s.deposited.Add(s.deposited, e.Assets)
				s.totalShares.Add(s.totalShares, e.Shares)
				s.pool.LastAccrual = at
			case pe["Withdraw"].ID:
				e, err := p.UnpackWithdrawEvent(lg)
				if err != nil {
					return nil, decodeErr("Withdraw", lg, err)
				}
				s.pool.Cash.Sub(s.pool.Cash, e.Assets)
				s.withdrawn.Add(s.withdrawn, e.Assets)
				s.totalShares.Sub(s.totalShares, e.Shares)
				s.pool.LastAccrual = at
			case pe["Lent"].ID:
				e, err := p.UnpackLentEvent(lg)
				if err != nil {
					return nil, decodeErr("Lent", lg, err)
				}
				ln, err := loan(e.LoanId, lg)
				if err != nil {
					return nil, err
				}
				s.pool.Cash.Sub(s.pool.Cash, e.Assets)
				s.pool.BorrowAssets.Add(s.pool.BorrowAssets, e.Assets)
				s.pool.BorrowShares.Add(s.pool.BorrowShares, e.BorrowShares)
				s.lent.Add(s.lent, e.Assets)
				ln.borrowShares.Add(ln.borrowShares, e.BorrowShares)
				s.pool.LastAccrual = at
			case pe["RepaymentBooked"].ID:
				e, err := p.UnpackRepaymentBookedEvent(lg)
				if err != nil {
					return nil, decodeErr("RepaymentBooked", lg, err)
				}
				ln, err := loan(e.LoanId, lg)
				if err != nil {
					return nil, err
				}
				s.pool.Cash.Add(s.pool.Cash, e.Assets).Add(s.pool.Cash, e.Penalty)
				s.pool.BorrowAssets.Sub(s.pool.BorrowAssets, e.Assets)
				s.pool.BorrowShares.Sub(s.pool.BorrowShares, e.BorrowShares)
				s.pool.Penalties.Add(s.pool.Penalties, e.Penalty)
				s.repaid.Add(s.repaid, e.Assets)
				ln.borrowShares.Sub(ln.borrowShares, e.BorrowShares)
				s.pool.LastAccrual = at
			case pe["BadDebtWrittenDown"].ID:
				e, err := p.UnpackBadDebtWrittenDownEvent(lg)
				if err != nil {
					return nil, decodeErr("BadDebtWrittenDown", lg, err)
				}
				ln, err := loan(e.LoanId, lg)
				if err != nil {
					return nil, err
				}
				s.pool.BorrowAssets.Sub(s.pool.BorrowAssets, e.Assets)
				s.pool.BorrowShares.Sub(s.pool.BorrowShares, e.BorrowShares)
				s.pool.BadDebt.Add(s.pool.BadDebt, e.Assets)
				ln.borrowShares.Sub(ln.borrowShares, e.BorrowShares)
				s.pool.LastAccrual = at
			}
		case vaultAddr:
			if err := s.vaultEvent(v, ve, lg, at, loan); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}

// vaultEvent applies one CreditVault log.
func (s *creditState) vaultEvent(v *creditvault.CreditVault, ve map[string]abi.Event, lg *types.Log, at int64, loan func(*big.Int, *types.Log) (*LoanAudit, error)) error {
	topic := lg.Topics[0]
	switch topic {
	case ve["RiskParamsChanged"].ID:
		e, err := v.UnpackRiskParamsChangedEvent(lg)
		if err != nil {
			return decodeErr("RiskParamsChanged", lg, err)
		}
		s.risk = e.Params
	case ve["RevenueCheckpoint"].ID:
		e, err := v.UnpackRevenueCheckpointEvent(lg)
		if err != nil {
			return decodeErr("RevenueCheckpoint", lg, err)
		}
		a := s.asset(e.AssetId.Uint64())
		if a.recent.TakenAt != 0 {
			a.older = a.recent
		}
		a.recent = credit.Snapshot{Acc: e.AccRevenuePerShare, TakenAt: e.TakenAt.Int64()}
	case ve["RevenueSwept"].ID:
		e, err := v.UnpackRevenueSweptEvent(lg)
		if err != nil {
			return decodeErr("RevenueSwept", lg, err)
		}
		a := s.asset(e.AssetId.Uint64())
		a.index, a.dust = new(big.Int).Set(e.RevenueIndex), new(big.Int).Set(e.Dust)
	case ve["LoanOpened"].ID:
		e, err := v.UnpackLoanOpenedEvent(lg)
		if err != nil {
			return decodeErr("LoanOpened", lg, err)
		}
		a := s.asset(e.AssetId.Uint64())
		id := e.LoanId.Uint64()
		s.loans[id] = &LoanAudit{ID: id, Borrower: e.Borrower, AssetID: e.AssetId.Uint64(), Status: "active",
			borrowShares: new(big.Int), checkpoint: new(big.Int).Set(a.index), fraction: new(big.Int),
			shares: new(big.Int).Set(e.Shares), principal: new(big.Int), sums: map[string]*big.Int{},
			Evidence: []yield.Evidence{{TxHash: lg.TxHash, Block: lg.BlockNumber, LogIndex: lg.Index}}}
		a.pledged.Add(a.pledged, e.Shares)
	case ve["CollateralAdded"].ID, ve["CollateralRemoved"].ID:
		var id, total *big.Int
		if topic == ve["CollateralAdded"].ID {
			e, err := v.UnpackCollateralAddedEvent(lg)
			if err != nil {
				return decodeErr("CollateralAdded", lg, err)
			}
			id, total = e.LoanId, e.TotalShares
		} else {
			e, err := v.UnpackCollateralRemovedEvent(lg)
			if err != nil {
				return decodeErr("CollateralRemoved", lg, err)
			}
			id, total = e.LoanId, e.TotalShares
		}
		ln, err := loan(id, lg)
		if err != nil {
			return err
		}
		s.setShares(ln, total)
	case ve["LoanClosed"].ID:
		e, err := v.UnpackLoanClosedEvent(lg)
		if err != nil {
			return decodeErr("LoanClosed", lg, err)
		}
		ln, err := loan(e.LoanId, lg)
		if err != nil {
			return err
		}
		ln.Status = "closed"
	case ve["Borrowed"].ID:
		e, err := v.UnpackBorrowedEvent(lg)
		if err != nil {
			return decodeErr("Borrowed", lg, err)
		}
		ln, err := loan(e.LoanId, lg)
		if err != nil {
			return err
		}
		ln.principal.Add(ln.principal, e.Amount)
		ln.add("borrowed", e.Amount)
	case ve["Repaid"].ID:
		e, err := v.UnpackRepaidEvent(lg)
		if err != nil {
			return decodeErr("Repaid", lg, err)
		}
		ln, err := loan(e.LoanId, lg)
		if err != nil {
			return err
		}
		ln.add("repaid", e.ToInterest)
		ln.add("repaid", e.ToPrincipal)
		ln.reducePrincipal(e.ToPrincipal, e.Debt)
	case ve["RevenueApplied"].ID:
		e, err := v.UnpackRevenueAppliedEvent(lg)
		if err != nil {
			return decodeErr("RevenueApplied", lg, err)
		}
		ln, err := loan(e.LoanId, lg)
		if err != nil {
			return err
		}
		a := s.asset(ln.AssetID)
		units, rest := credit.Pending(ln.shares, a.index, ln.checkpoint, ln.fraction)
		if s.revenueBad == "" && units.Cmp(e.Revenue) != 0 {
			s.revenueBad = fmt.Sprintf("loan %d at block %d log %d: %s applied, its shares earned %s since it last took revenue",
				ln.ID, lg.BlockNumber, lg.Index, e.Revenue, units)
		}
		if sum := new(big.Int).Add(e.ToInterest, e.ToPrincipal); s.revenueBad == "" && sum.Add(sum, e.ToBorrower).Cmp(e.Revenue) != 0 {
			s.revenueBad = fmt.Sprintf("loan %d at block %d log %d: %s applied as %s + %s + %s",
				ln.ID, lg.BlockNumber, lg.Index, e.Revenue, e.ToInterest, e.ToPrincipal, e.ToBorrower)
		}
		ln.checkpoint, ln.fraction = new(big.Int).Set(a.index), rest
		toDebt := new(big.Int).Add(e.ToInterest, e.ToPrincipal)
		ln.add("revenue_to_debt", toDebt)
		ln.add("revenue_to_borrower", e.ToBorrower)
		s.revenueToPool.Add(s.revenueToPool, toDebt)
		s.revenueToBorrowers.Add(s.revenueToBorrowers, e.ToBorrower)
		if toDebt.Sign() > 0 {
			ln.reducePrincipal(e.ToPrincipal, e.Debt)
		}
	case ve["OwedCredited"].ID:
		e, err := v.UnpackOwedCreditedEvent(lg)
		if err != nil {
			return decodeErr("OwedCredited", lg, err)
		}
		s.credited.Add(s.credited, e.Amount)
	case ve["OwedWithdrawn"].ID:
		e, err := v.UnpackOwedWithdrawnEvent(lg)
		if err != nil {
			return decodeErr("OwedWithdrawn", lg, err)
		}
		s.owedWithdrawn.Add(s.owedWithdrawn, e.Amount)
	case ve["LoanFlagged"].ID, ve["LoanCured"].ID:
		var id *big.Int
		if topic == ve["LoanFlagged"].ID {
			e, err := v.UnpackLoanFlaggedEvent(lg)
			if err != nil {
				return decodeErr("LoanFlagged", lg, err)
			}
			id = e.LoanId
		} else {
			e, err := v.UnpackLoanCuredEvent(lg)
			if err != nil {
				return decodeErr("LoanCured", lg, err)
			}
			id = e.LoanId
		}
		if _, err := loan(id, lg); err != nil {
			return err
		}
	case ve["AuctionStarted"].ID:
		e, err := v.UnpackAuctionStartedEvent(lg)
		if err != nil {
			return decodeErr("AuctionStarted", lg, err)
		}
		ln, err := loan(e.LoanId, lg)
		if err != nil {
			return err
		}
		ln.Status = "auction"
	case ve["AuctionSettled"].ID:
		e, err := v.UnpackAuctionSettledEvent(lg)
		if err != nil {
			return decodeErr("AuctionSettled", lg, err)
		}
		ln, err := loan(e.LoanId, lg)
		if err != nil {
			return err
		}
		s.setShares(ln, new(big.Int))
		ln.Status, ln.principal = "liquidated", new(big.Int)
		ln.add("sale_price", e.Price)
		ln.add("penalty", e.Penalty)
		ln.add("shortfall", e.Shortfall)
		s.surplus.Add(s.surplus, e.Surplus)
	}
	return nil
}

func (ln *LoanAudit) add(name string, v *big.Int) {
	if ln.sums[name] == nil {
		ln.sums[name] = new(big.Int)
	}
	ln.sums[name].Add(ln.sums[name], v)
}

func (ln *LoanAudit) sum(name string) *big.Int {
	if v := ln.sums[name]; v != nil {
		return v
	}
	return new(big.Int)
}

// reducePrincipal: interest is paid first, so a payment's principal part
// reduces the principal; a loan whose debt is paid off has none left.
func (ln *LoanAudit) reducePrincipal(toPrincipal, debtAfter *big.Int) {
	if debtAfter.Sign() == 0 || ln.principal.Cmp(toPrincipal) <= 0 {
		ln.principal = new(big.Int)
		return
	}
	ln.principal = new(big.Int).Sub(ln.principal, toPrincipal)
}

// setShares moves a loan's pledged shares; a loan left with none gives
// its sub-unit revenue back to its asset's dust, as the vault does.
func (s *creditState) setShares(ln *LoanAudit, total *big.Int) {
	a := s.asset(ln.AssetID)
	a.pledged.Sub(a.pledged, ln.shares).Add(a.pledged, total)
	ln.shares = new(big.Int).Set(total)
	if total.Sign() == 0 {
		a.dust.Add(a.dust, ln.fraction)
		ln.fraction = new(big.Int)
	}
}

// sharePrice is the vault's sharePrice(asset) at t from the replayed state.
func (s *creditState) sharePrice(assetID uint64, t int64) (price, book, revenue *big.Int) {
	v := s.terms[assetID]
	if v.Supply == nil {
		return new(big.Int), new(big.Int), new(big.Int)
	}
	a := s.asset(assetID)
	snap := credit.ValuationSnapshot(a.older, a.recent, t, int64(s.risk.Lookback))
	v.SnapshotAcc, v.SnapshotAt = snap.Acc, snap.TakenAt
	v.Acc = s.acc[assetID]
	if v.Acc == nil {
		v.Acc = big.NewInt(1) // the distributor's ACC_OFFSET: no revenue yet
	}
	v.AsOf, v.DiscountBps = t, int64(s.risk.DiscountRateBps)
	return credit.ValuePerShare(v)
}

// auditCredit recomputes the credit figures at the log's last block and
// checks them against the LendingPool's and the CreditVault's views
// there. A deployment without credit contracts has nothing to audit.
func (l *Log) auditCredit(ctx context.Context, c Chain, m *contracts.Manifest, res *Result) error {
	poolAddr, vaultAddr := m.Address(contracts.LendingPoolName), m.Address(contracts.CreditVaultName)
	if poolAddr == (common.Address{}) || vaultAddr == (common.Address{}) {
		return nil
	}
	s, err := l.replayCredit(m)
	if err != nil {
		return err
	}
	at := new(big.Int).SetUint64(l.To)
	h, err := c.HeaderByNumber(ctx, at)
	if err != nil {
		return fmt.Errorf("audit: header %d: %w", l.To, err)
	}
	t := int64(h.Time)
	books := s.pool.At(t)
	rep := &CreditReport{Block: l.To, Time: time.Unix(t, 0).UTC(), totalAssets: books.TotalAssets(), totalShares: s.totalShares}
	util := credit.Utilisation(books.Cash, books.BorrowAssets)
	rate := s.pool.Model.Rate(util)
	if s.pool.Model.BaseRate == nil {
		rate = new(big.Int)
	}
	rep.Pool = PoolReport{
		Cash: amount(books.Cash), BorrowAssets: amount(books.BorrowAssets), TotalAssets: amount(books.TotalAssets()),
		Deposited: amount(s.deposited), Withdrawn: amount(s.withdrawn), Lent: amount(s.lent), Repaid: amount(s.repaid),
		InterestAccrued: amount(books.InterestAccrued), Penalties: amount(books.Penalties), BadDebt: amount(books.BadDebt),
		BorrowShares: books.BorrowShares.String(), BorrowIndex: wad(books.BorrowIndex, 18),
		TotalShares: wad(s.totalShares, contracts.PoolShareDecimals),
		SharePrice:  amount(credit.PoolSharePrice(books.TotalAssets(), s.totalShares)),
		Utilisation: wadRound(util), RatePerYear: wadRound(rate), Accruals: s.accruals,
	}

	call := func(to common.Address, data []byte) ([]byte, error) {
		return c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, at)
	}
	p, v := lendingpool.NewLendingPool(), creditvault.NewCreditVault()

	// The pool: books, supply, assets, share price, what it holds.
	out, err := call(poolAddr, p.PackBooks())
	if err != nil {
		return fmt.Errorf("audit: pool books: %w", err)
	}
	cb, err := p.UnpackBooks(out)
	if err != nil {
		return fmt.Errorf("audit: pool books: %w", err)
	}
	res.check("pool interest: every InterestAccrued recomputed from the rate model and the books before it", "", s.accrualBad)
	res.check("loan revenue: every RevenueApplied is its shares' part of the swept revenue, split interest + principal + borrower", "", s.revenueBad)
	res.check("pool cash = deposits - withdrawals - lent + repaid + penalties", amount(books.Cash), amount(cb.Cash))
	res.check("pool outstanding debt = lent + interest - repaid - bad debt written down", amount(books.BorrowAssets), amount(cb.BorrowAssets))
	res.check("pool borrow shares", books.BorrowShares.String(), cb.BorrowShares.String())
	res.check("pool borrow index", books.BorrowIndex.String(), cb.BorrowIndex.String())
	res.check("pool interest accrued", amount(books.InterestAccrued), amount(cb.InterestAccrued))
	res.check("pool penalties", amount(books.Penalties), amount(cb.Penalties))
	res.check("pool bad debt written down", amount(books.BadDebt), amount(cb.BadDebt))
	supply, err := callUnits(call, poolAddr, p.PackTotalSupply(), p.UnpackTotalSupply)
	if err != nil {
		return fmt.Errorf("audit: pool share supply: %w", err)
	}
	res.check("pool share supply = shares of deposits - shares of withdrawals", s.totalShares.String(), supply.String())
	ta, err := callUnits(call, poolAddr, p.PackTotalAssets(), p.UnpackTotalAssets)
	if err != nil {
		return fmt.Errorf("audit: pool total assets: %w", err)
	}
	lenders := new(big.Int).Sub(s.deposited, s.withdrawn)
	lenders.Add(lenders, books.InterestAccrued).Add(lenders, books.Penalties).Sub(lenders, books.BadDebt)
	res.check("pool assets = deposits - withdrawals + interest + penalties - bad debt", amount(lenders), amount(ta))
	price, err := callUnits(call, poolAddr, p.PackConvertToAssets(credit.PoolShareUnit), p.UnpackConvertToAssets)
	if err != nil {
		return fmt.Errorf("audit: pool share price: %w", err)
	}
	res.check("pool share price (assets of one share)", rep.Pool.SharePrice, amount(price))
	token := teststablecoin.NewTestStablecoin()
	tokenAddr := m.Address(contracts.StablecoinName)
	held, err := callUnits(call, tokenAddr, token.PackBalanceOf(poolAddr), token.UnpackBalanceOf)
	if err != nil {
		return fmt.Errorf("audit: balance of the pool: %w", err)
	}
	res.checkHolds("LendingPool holds its cash", books.Cash, held)

	// The vault: what it holds and owes.
	if held, err = callUnits(call, tokenAddr, token.PackBalanceOf(vaultAddr), token.UnpackBalanceOf); err != nil {
		return fmt.Errorf("audit: balance of the vault: %w", err)
	}
	vaultOwes := new(big.Int).Sub(s.claimedByVault, s.revenueToPool)
	vaultOwes.Add(vaultOwes, s.surplus).Sub(vaultOwes, s.owedWithdrawn)
	res.checkHolds("CreditVault holds revenue swept - revenue repaid + auction surplus - owed withdrawn", vaultOwes, held)
	owed, err := callUnits(call, vaultAddr, v.PackTotalOwed(), v.UnpackTotalOwed)
	if err != nil {
		return fmt.Errorf("audit: total owed: %w", err)
	}
	res.check("CreditVault owes borrowers credited - withdrawn", amount(new(big.Int).Sub(s.credited, s.owedWithdrawn)), amount(owed))
	res.check("CreditVault credited borrowers revenue beyond debt + auction surplus",
		amount(new(big.Int).Add(s.revenueToBorrowers, s.surplus)), amount(s.credited))

	// Each asset's share price, each loan's figures.
	assetIDs := make([]uint64, 0, len(s.assets))
	for id := range s.assets {
		assetIDs = append(assetIDs, id)
	}
	sort.Slice(assetIDs, func(i, j int) bool { return assetIDs[i] < assetIDs[j] })
	for _, id := range assetIDs {
		pr, bk, rv := s.sharePrice(id, t)
		out, err := call(vaultAddr, v.PackSharePrice(new(big.Int).SetUint64(id)))
		if err != nil {
			return fmt.Errorf("audit: share price of asset %d: %w", id, err)
		}
		sp, err := v.UnpackSharePrice(out)
		if err != nil {
			return fmt.Errorf("audit: share price of asset %d: %w", id, err)
		}
		res.check(fmt.Sprintf("asset %d collateral value per share (price, book, revenue; units x 1e18)", id),
			fmt.Sprint(pr, bk, rv), fmt.Sprint(sp.Price, sp.BookPrice, sp.RevenuePrice))
		out, err = call(vaultAddr, v.PackAssetBook(new(big.Int).SetUint64(id)))
		if err != nil {
			return fmt.Errorf("audit: vault book of asset %d: %w", id, err)
		}
		ab, err := v.UnpackAssetBook(out)
		if err != nil {
			return fmt.Errorf("audit: vault book of asset %d: %w", id, err)
		}
		a := s.asset(id)
		res.check(fmt.Sprintf("asset %d pledged shares, revenue index, dust", id),
			fmt.Sprint(a.pledged, a.index, a.dust), fmt.Sprint(ab.Pledged, ab.RevenueIndex, ab.Dust))
		assetAddr := m.Address(contracts.GPUAssetName)
		g := gpuasset.NewGPUAsset()
		inVault, err := callUnits(call, assetAddr, g.PackBalanceOf(vaultAddr, new(big.Int).SetUint64(id)), g.UnpackBalanceOf)
		if err != nil {
			return fmt.Errorf("audit: shares of asset %d in the vault: %w", id, err)
		}
		res.check(fmt.Sprintf("asset %d: every pledged share is in the vault", id), a.pledged.String(), inVault.String())
	}
	ids := make([]uint64, 0, len(s.loans))
	for id := range s.loans {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		ln := s.loans[id]
		a := s.asset(ln.AssetID)
		debt := credit.DebtOf(ln.borrowShares, books.BorrowAssets, books.BorrowShares)
		pending, _ := credit.Pending(ln.shares, a.index, ln.checkpoint, ln.fraction)
		value := new(big.Int)
		if ln.shares.Sign() > 0 {
			pr, _, _ := s.sharePrice(ln.AssetID, t)
			value = credit.ValueOf(ln.shares, pr)
		}
		borrowLimit := credit.OfBps(value, int64(s.risk.LtvBps))
		liqLimit := credit.OfBps(value, int64(s.risk.LiquidationThresholdBps))
		ln.Shares, ln.Principal, ln.Debt, ln.PendingRevenue = ln.shares.String(), amount(ln.principal), amount(debt), amount(pending)
		ln.CollateralValue, ln.BorrowLimit, ln.LiquidationLimit = amount(value), amount(borrowLimit), amount(liqLimit)
		ln.Health = credit.Health(debt, pending, liqLimit)
		ln.Borrowed, ln.RepaidByPayers = amount(ln.sum("borrowed")), amount(ln.sum("repaid"))
		ln.RevenueToDebt, ln.RevenueToBorrower = amount(ln.sum("revenue_to_debt")), amount(ln.sum("revenue_to_borrower"))
		ln.SalePrice, ln.Penalty, ln.Shortfall = amount(ln.sum("sale_price")), amount(ln.sum("penalty")), amount(ln.sum("shortfall"))
		rep.Loans = append(rep.Loans, *ln)

		out, err := call(vaultAddr, v.PackLoan(new(big.Int).SetUint64(id)))
		if err != nil {
			return fmt.Errorf("audit: loan %d: %w", id, err)
		}
		cl, err := v.UnpackLoan(out)
		if err != nil {
			return fmt.Errorf("audit: loan %d: %w", id, err)
		}
		name := "loan " + strconv.FormatUint(id, 10)
		res.check(name+" status", ln.Status, contracts.LoanStatus(cl.Status).String())
		res.check(name+" shares pledged", ln.Shares, cl.Shares.String())
		res.check(name+" borrow shares", ln.borrowShares.String(), cl.BorrowShares.String())
		res.check(name+" principal", ln.Principal, amount(cl.Principal))
		res.check(name+" debt", ln.Debt, amount(cl.Debt))
		res.check(name+" pending revenue", ln.PendingRevenue, amount(cl.PendingRevenue))
		res.check(name+" collateral value", ln.CollateralValue, amount(cl.CollateralValue))
		res.check(name+" borrow limit", ln.BorrowLimit, amount(cl.BorrowLimit))
		res.check(name+" liquidation limit", ln.LiquidationLimit, amount(cl.LiquidationLimit))
	}
	res.Credit = rep
	return nil
}

func callUnits(call func(common.Address, []byte) ([]byte, error), to common.Address, data []byte, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
	out, err := call(to, data)
	if err != nil {
		return nil, err
	}
	return unpack(out)
}

// wad formats a fixed-point integer of `digits` decimals exactly.
func wad(v *big.Int, digits int32) string {
	return decimal.NewFromBigInt(v, -digits).String()
}

// wadRound formats an 18-decimal fraction to 6 digits, half away from zero.
func wadRound(v *big.Int) string {
	return decimal.NewFromBigInt(v, -18).Round(6).StringFixed(6)
}

// compareCreditWithService compares the service's published credit
// figures (GET /v1/pool and /v1/loans/:id) with the audit's. The service
// reads them from the contracts' views at the chain's head, and each
// answer names its block: an answer at another block than the audit's is
// compared with the audit's figures recomputed from the logs up to that
// block. A service that publishes none (an older build: 404) is noted, not
// failed.
func compareCreditWithService(ctx context.Context, c Chain, m *contracts.Manifest, opts Options, log *Log, res *Result) error {
	base := opts.Against
	reports := map[uint64]*CreditReport{res.Block: res.Credit}
	at := func(block uint64) (*CreditReport, error) {
		if block == 0 {
			block = res.Block
		}
		if r, ok := reports[block]; ok {
			return r, nil
		}
		other, err := log.upTo(ctx, c, m, block, opts.Step)
		if err != nil {
			return nil, err
		}
		scratch := &Result{Block: block}
		if err := other.auditCredit(ctx, c, m, scratch); err != nil {
			return nil, err
		}
		reports[block] = scratch.Credit
		return scratch.Credit, nil
	}
	var pool struct {
		Cash            string `json:"cash"`
		Borrowed        string `json:"borrowed"`
		TotalAssets     string `json:"total_assets"`
		InterestAccrued string `json:"interest_accrued"`
		Penalties       string `json:"penalties"`
		BadDebt         string `json:"bad_debt"`
		TotalShares     string `json:"total_shares"`
		SharePrice      string `json:"share_price"`
		Block           uint64 `json:"block"`
	}
	found, err := getJSONIfFound(ctx, base+"/v1/pool", &pool)
	if err != nil {
		return err
	}
	if !found {
		res.Checks = append(res.Checks, Check{Name: "credit (service): the service publishes no credit figures (GET /v1/pool: 404)",
			Expected: "", Actual: "", OK: true})
		return nil
	}
	rep, err := at(pool.Block)
	if err != nil {
		return err
	}
	p := rep.Pool
	for _, f := range [][3]string{
		{"cash", p.Cash, pool.Cash}, {"outstanding debt", p.BorrowAssets, pool.Borrowed},
		{"total assets", p.TotalAssets, pool.TotalAssets}, {"interest accrued", p.InterestAccrued, pool.InterestAccrued},
		{"penalties", p.Penalties, pool.Penalties}, {"bad debt", p.BadDebt, pool.BadDebt},
		{"share supply", p.TotalShares, pool.TotalShares},
		{"share price (12 digits)", sharePrice12(rep.totalAssets, rep.totalShares), pool.SharePrice},
	} {
		res.check("pool "+f[0]+" (service)", f[1], f[2])
	}
	for _, ours := range res.Credit.Loans {
		var theirs struct {
			Status           string  `json:"status"`
			Shares           string  `json:"shares"`
			Principal        string  `json:"principal"`
			Debt             string  `json:"debt"`
			PendingRevenue   string  `json:"pending_revenue"`
			NetDebt          string  `json:"net_debt"`
			CollateralValue  string  `json:"collateral_value"`
			BorrowLimit      string  `json:"borrow_limit"`
			LiquidationLimit string  `json:"liquidation_limit"`
			HealthFactor     *string `json:"health_factor"`
			Block            uint64  `json:"block"`
		}
		if err := getJSON(ctx, fmt.Sprintf("%s/v1/loans/%d", base, ours.ID), &theirs, false); err != nil {
			return err
		}
		r, err := at(theirs.Block)
		if err != nil {
			return err
		}
		var l LoanAudit
		for _, x := range r.Loans {
			if x.ID == ours.ID {
				l = x
			}
		}
		debt, pending, limit := units6(l.Debt), units6(l.PendingRevenue), units6(l.LiquidationLimit)
		net := new(big.Int).Sub(debt, pending)
		if net.Sign() < 0 {
			net.SetInt64(0)
		}
		name := "loan " + strconv.FormatUint(ours.ID, 10)
		for _, f := range [][3]string{
			{"status", l.Status, theirs.Status}, {"shares pledged", l.Shares, theirs.Shares},
			{"principal", l.Principal, theirs.Principal}, {"debt", l.Debt, theirs.Debt},
			{"pending revenue", l.PendingRevenue, theirs.PendingRevenue}, {"net debt", amount(net), theirs.NetDebt},
			{"collateral value", l.CollateralValue, theirs.CollateralValue}, {"borrow limit", l.BorrowLimit, theirs.BorrowLimit},
			{"liquidation limit", l.LiquidationLimit, theirs.LiquidationLimit},
			{"health factor (liquidation limit / net debt, 4 digits)", healthFactor(limit, net), orEmpty(theirs.HealthFactor)},
		} {
			res.check(name+" "+f[0]+" (service)", f[1], f[2])
		}
	}
	return nil
}

// upTo returns the log as of block: l itself, a copy cut at an earlier
// block, or a copy extended to a later one (l is not modified).
func (l *Log) upTo(ctx context.Context, c Chain, m *contracts.Manifest, block, step uint64) (*Log, error) {
	out := &Log{Times: l.Times, To: block, epochGenesis: l.epochGenesis, epochLength: l.epochLength}
	for _, lg := range l.Logs {
		if lg.BlockNumber <= block {
			out.Logs = append(out.Logs, lg)
		}
	}
	if block <= l.To {
		return out, nil
	}
	out.To = l.To
	out.Times = make(map[uint64]time.Time, len(l.Times))
	for k, v := range l.Times {
		out.Times[k] = v
	}
	if err := out.Extend(ctx, c, m, block, step, nil); err != nil {
		return nil, err
	}
	return out, nil
}

// getJSONIfFound is getJSON that reports a 404 as not found.
func getJSONIfFound(ctx context.Context, url string, out any) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return false, fmt.Errorf("audit: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false, fmt.Errorf("audit: ask the service: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return false, nil
	}
	return true, getJSON(ctx, url, out, false)
}

// sharePrice12 is the service's pool share price: what one whole share
// converts to, (A + 1) × 1e12 / (S + 1e6) units, rounded down to 12
// decimals of the stablecoin.
func sharePrice12(totalAssets, totalShares *big.Int) string {
	n := new(big.Int).Add(totalAssets, big.NewInt(1))
	n.Mul(n, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
	n.Quo(n, new(big.Int).Add(totalShares, credit.PoolVirtualShares))
	return decimal.NewFromBigInt(n, -12).String()
}

// healthFactor is the service's health factor: liquidation limit / net
// debt, truncated to 4 digits; "" without net debt.
func healthFactor(limit, net *big.Int) string {
	if net.Sign() == 0 {
		return ""
	}
	return decimal.NewFromBigInt(limit, 0).DivRound(decimal.NewFromBigInt(net, 0), 12).Truncate(4).StringFixed(4)
}

// units6 reads a money string of the report back into units.
func units6(s string) *big.Int {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return new(big.Int)
	}
	return d.Shift(6).BigInt()
}

func orEmpty(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
