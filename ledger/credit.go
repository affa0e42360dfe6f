package ledger

import (
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/credit"
	"github.com/gpuledger/gpuledger/money"
)

// Compute finance (issue 14) in the mirror: the LendingPool, the
// CreditVault's loans, its per-asset revenue books and the lenders'
// positions, as their events leave them. The money itself is in the
// journal (docs/ledger.md, "Credit"); these records keep what the
// contracts compute with, so that the mirror computes the contracts' views
// (a loan's debt, its pending revenue, its collateral value) with their
// arithmetic (package credit), and Reconcile compares them with the chain.

// LendingPool is the pool's books as its events leave them, as of
// LastAccrual, the last block time it brought interest up to date (Books
// brings them to a later time), plus the cumulative flows.
type LendingPool struct {
	Cash            money.Amount `json:"cash"`
	BorrowAssets    money.Amount `json:"borrow_assets"`
	BorrowShares    string       `json:"borrow_shares"`
	BorrowIndex     string       `json:"borrow_index"` // 18 decimals
	InterestAccrued money.Amount `json:"interest_accrued"`
	Penalties       money.Amount `json:"penalties"`
	BadDebt         money.Amount `json:"bad_debt"`
	Deposited       money.Amount `json:"deposited"`
	Withdrawn       money.Amount `json:"withdrawn"`
	Lent            money.Amount `json:"lent"`
	Repaid          money.Amount `json:"repaid"`
	// TotalShares is the pool shares' supply (12 decimals), decimal.
	TotalShares string    `json:"total_shares"`
	LastAccrual time.Time `json:"last_accrual"`
	// The rate model in force, each rate a year in 18 decimals.
	BaseRate           string `json:"base_rate"`
	Slope1             string `json:"slope1"`
	Slope2             string `json:"slope2"`
	OptimalUtilisation string `json:"optimal_utilisation"`
}

func newLendingPool() LendingPool {
	return LendingPool{BorrowShares: "0", BorrowIndex: credit.Wad.String(), TotalShares: "0",
		BaseRate: "0", Slope1: "0", Slope2: "0", OptimalUtilisation: "0"}
}

// state is the pool in the form package credit computes with.
func (p LendingPool) state() credit.Pool {
	return credit.Pool{
		Cash: p.Cash.Units(), BorrowAssets: p.BorrowAssets.Units(), BorrowShares: bigOrZero(p.BorrowShares),
		BorrowIndex: bigOrZero(p.BorrowIndex), InterestAccrued: p.InterestAccrued.Units(),
		Penalties: p.Penalties.Units(), BadDebt: p.BadDebt.Units(), LastAccrual: p.LastAccrual.Unix(),
		Model: credit.RateModel{BaseRate: bigOrZero(p.BaseRate), Slope1: bigOrZero(p.Slope1),
			Slope2: bigOrZero(p.Slope2), OptimalUtilisation: bigOrZero(p.OptimalUtilisation)},
	}
}

// Books returns the pool's books at t (not before LastAccrual), interest
// included up to t, as the pool's books() computes them in a block of
// that time.
func (p LendingPool) Books(t time.Time) credit.Books { return p.state().At(t.Unix()) }

// SharePrice returns what one whole pool share is worth at t, in
// stablecoin units rounded down (the pool's convertToAssets(1e12)).
func (p LendingPool) SharePrice(t time.Time) money.Amount {
	return money.MustFromUnits(credit.PoolSharePrice(p.Books(t).TotalAssets(), bigOrZero(p.TotalShares)))
}

// PoolPosition is a lender's position in the pool: its pool shares (from
// the pool's ERC-20 transfers) and what it deposited and withdrew.
type PoolPosition struct {
	Lender    common.Address `json:"lender"`
	Shares    string         `json:"shares"` // 12 decimals, decimal
	Deposited money.Amount   `json:"deposited"`
	Withdrawn money.Amount   `json:"withdrawn"`
}

// Loan states, as the CreditVault names them (contracts.LoanStatus).
const (
	LoanStatusActive     = "active"
	LoanStatusAuction    = "auction"
	LoanStatusLiquidated = "liquidated"
	LoanStatusClosed     = "closed"
)

// Loan is a CreditVault loan as its events leave it. Its debt is not
// stored: it is its borrow shares' part of the pool's outstanding debt
// (DebtAt), which interest moves every second.
type Loan struct {
	ID       uint64           `json:"id"`
	Borrower common.Address   `json:"borrower"`
	AssetID  uint64           `json:"asset_id"`
	Status   string           `json:"status"`
	Shares   contracts.Shares `json:"shares"` // pledged
	// BorrowShares are the loan's shares of the pool's debt, decimal.
	BorrowShares string `json:"borrow_shares"`
	// Principal is what is still owed of what was borrowed, as the vault
	// counts it (interest is paid first).
	Principal money.Amount `json:"principal"`
	FlaggedAt time.Time    `json:"flagged_at"` // zero: not flagged
	OpenedAt  time.Time    `json:"opened_at"`
	// RevenueCheckpoint is the asset's revenue index when the loan last
	// took its revenue; Fraction its sub-unit rest (units × 1e18). Both
	// decimal.
	RevenueCheckpoint string `json:"revenue_checkpoint"`
	Fraction          string `json:"fraction"`

	// Cumulative flows.
	Borrowed          money.Amount `json:"borrowed"`
	Repaid            money.Amount `json:"repaid"`              // by payers (Repaid)
	RevenueApplied    money.Amount `json:"revenue_applied"`     // revenue taken by the loan
	RevenueToDebt     money.Amount `json:"revenue_to_debt"`     // of it, repaid interest and principal
	RevenueToBorrower money.Amount `json:"revenue_to_borrower"` // of it, beyond the debt
	InterestPaid      money.Amount `json:"interest_paid"`       // by payers and revenue
	PrincipalPaid     money.Amount `json:"principal_paid"`      // by payers and revenue
	// A liquidation: the auction, its price and how it divided.
	Auction    *LoanAuction `json:"auction,omitempty"`
	SalePrice  money.Amount `json:"sale_price"`
	SaleRepaid money.Amount `json:"sale_repaid"`
	Penalty    money.Amount `json:"penalty"`
	Surplus    money.Amount `json:"surplus"`
	Shortfall  money.Amount `json:"shortfall"`
	BadDebt    money.Amount `json:"bad_debt"` // written down by the pool
}

// LoanAuction is a loan's Dutch auction as AuctionStarted fixed it.
type LoanAuction struct {
	StartPrice money.Amount `json:"start_price"`
	FloorPrice money.Amount `json:"floor_price"`
	StartedAt  time.Time    `json:"started_at"`
	EndsAt     time.Time    `json:"ends_at"`
}

// PriceAt is the auction's price at t: linear from the start price to the
// floor over its duration, the drop rounded down, then the floor.
func (a LoanAuction) PriceAt(t time.Time) money.Amount {
	dur := a.EndsAt.Unix() - a.StartedAt.Unix()
	el := t.Unix() - a.StartedAt.Unix()
	if el >= dur {
		return a.FloorPrice
	}
	drop := new(big.Int).Sub(a.StartPrice.Units(), a.FloorPrice.Units())
	drop.Mul(drop, big.NewInt(el)).Quo(drop, big.NewInt(dur))
	return money.MustFromUnits(drop.Sub(a.StartPrice.Units(), drop))
}

// DebtAt is the loan's debt when the pool's books are b: its borrow
// shares' part, rounded up (the vault's loan(id).debt, before pending
// revenue).
func (l Loan) DebtAt(b credit.Books) money.Amount {
	return money.MustFromUnits(credit.DebtOf(bigOrZero(l.BorrowShares), b.BorrowAssets, b.BorrowShares))
}

// PendingRevenue is the loan's swept revenue not yet applied, in whole
// units and the sub-unit rest (units × 1e18), when its asset's revenue
// index is index.
func (l Loan) PendingRevenue(index *big.Int) (money.Amount, *big.Int) {
	units, rest := credit.Pending(l.Shares.Int(), index, bigOrZero(l.RevenueCheckpoint), bigOrZero(l.Fraction))
	return money.MustFromUnits(units), rest
}

// VaultAsset is an asset's book in the CreditVault: its revenue index
// (units × 1e18 per pledged share), pledged shares and dust, what was
// swept, its two revenue snapshots, and the valuation terms the vault
// cached from GPUAsset.
type VaultAsset struct {
	AssetID      uint64           `json:"asset_id"`
	RevenueIndex string           `json:"revenue_index"`
	Pledged      contracts.Shares `json:"pledged"`
	Dust         string           `json:"dust"`
	Swept        money.Amount     `json:"swept"`
	Unallocated  money.Amount     `json:"unallocated"`
	Older        RevenueSnapshot  `json:"older"`
	Recent       RevenueSnapshot  `json:"recent"`
	// Terms are those of AssetTermsCached (nil before the vault read them).
	Terms *AssetTerms `json:"terms,omitempty"`
}

// RevenueSnapshot is a snapshot of accRevenuePerShare the vault took.
type RevenueSnapshot struct {
	Acc     string    `json:"acc"`
	TakenAt time.Time `json:"taken_at"` // zero: none
}

func (s RevenueSnapshot) state() credit.Snapshot {
	out := credit.Snapshot{Acc: bigOrZero(s.Acc)}
	if !s.TakenAt.IsZero() {
		out.TakenAt = s.TakenAt.Unix()
	}
	return out
}

// AssetTerms are an asset's valuation terms as the vault reads them.
type AssetTerms struct {
	BookValue      money.Amount     `json:"book_value"`
	Supply         contracts.Shares `json:"supply"`
	CommissionedAt time.Time        `json:"commissioned_at"`
	EndOfLife      time.Time        `json:"end_of_life"`
}

// CreditVault is the vault's own figures: its risk parameters and the
// number of loans opened.
type CreditVault struct {
	Risk      contracts.RiskParams `json:"risk"`
	LoanCount uint64               `json:"loan_count"`
}

// Keys of the bCredit bucket.
var (
	creditKeyPool  = []byte("pool")
	creditKeyVault = []byte("vault")
)

// ------------------------------------------------------------------ queries

// LendingPool returns the pool's mirrored books (ErrNotFound before its
// first event).
func (s *Store) LendingPool() (LendingPool, error) {
	var p LendingPool
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, bCredit, creditKeyPool, &p) })
	if err != nil {
		return p, fmt.Errorf("lending pool: %w", err)
	}
	return p, nil
}

// CreditVault returns the vault's risk parameters and loan count.
func (s *Store) CreditVault() (CreditVault, error) {
	var v CreditVault
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, bCredit, creditKeyVault, &v) })
	if err != nil {
		return v, fmt.Errorf("credit vault: %w", err)
	}
	return v, nil
}

// PoolPosition returns a lender's position in the pool.
func (s *Store) PoolPosition(lender common.Address) (PoolPosition, error) {
	var p PoolPosition
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, bPoolPositions, lender[:], &p) })
	if err != nil {
		return p, fmt.Errorf("pool position of %s: %w", lender, err)
	}
	return p, nil
}

// PoolPositions lists the lenders' positions by address.
func (s *Store) PoolPositions(p PageRequest) (Page[PoolPosition], error) {
	return listJSON[PoolPosition](s, bPoolPositions, nil, p)
}

// Loan returns a loan.
func (s *Store) Loan(id uint64) (Loan, error) {
	var l Loan
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, bLoans, idKey(id), &l) })
	if err != nil {
		return l, fmt.Errorf("loan %d: %w", id, err)
	}
	return l, nil
}

// LoanFilter narrows Loans; zero fields do not filter.
type LoanFilter struct {
	Borrower *common.Address
	AssetID  *uint64
	Status   string
}

// Loans lists loans by id, filtered by borrower, asset and status while
// the list is walked, before paging.
func (s *Store) Loans(f LoanFilter, p PageRequest) (Page[Loan], error) {
	out := Page[Loan]{Items: []Loan{}}
	idx, prefix, byKey := bLoans, []byte(nil), false
	switch {
	case f.Borrower != nil:
		idx, prefix, byKey = bLoansByBorrower, f.Borrower[:], true
	case f.AssetID != nil:
		idx, prefix, byKey = bLoansByAsset, idKey(*f.AssetID), true
	}
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out.Next, err = scan(tx, idx, prefix, p, func(k, v []byte) (bool, error) {
			var l Loan
			if byKey {
				if err := getJSON(tx, bLoans, k[len(k)-8:], &l); err != nil {
					return false, err
				}
			} else if err := json.Unmarshal(v, &l); err != nil {
				return false, err
			}
			if (f.Borrower != nil && l.Borrower != *f.Borrower) || (f.AssetID != nil && l.AssetID != *f.AssetID) ||
				(f.Status != "" && l.Status != f.Status) {
				return false, nil
			}
			out.Items = append(out.Items, l)
			return true, nil
		})
		return err
	})
	return out, err
}

// VaultAsset returns an asset's book in the vault.
func (s *Store) VaultAsset(assetID uint64) (VaultAsset, error) {
	var a VaultAsset
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, bVaultAssets, idKey(assetID), &a) })
	if err != nil {
		return a, fmt.Errorf("vault book of asset %d: %w", assetID, err)
	}
	return a, nil
}

// LoanFigures are a loan's figures at one time, computed from the mirror
// with the contracts' arithmetic: what CreditVault.loan(id) reports.
type LoanFigures struct {
	Debt             money.Amount `json:"debt"`
	PendingRevenue   money.Amount `json:"pending_revenue"`
	CollateralValue  money.Amount `json:"collateral_value"`
	BorrowLimit      money.Amount `json:"borrow_limit"`
	LiquidationLimit money.Amount `json:"liquidation_limit"`
	// Health is the debt net of pending revenue over the liquidation
	// limit, 6 digits ("" when the limit is zero): above 1 the loan may be
	// flagged.
	Health string `json:"health"`
}

// LoanFigures computes a loan's figures at t from one committed state of
// the mirror: its debt from the pool's books at t, its pending revenue
// from its asset's revenue index, its collateral value from the asset's
// terms, the vault's snapshots, GPUAsset's accRevenuePerShare and the risk
// parameters (docs/credit.md). t must not be before the mirror's last
// pool update; the cursor block's time gives the chain's views there.
func (s *Store) LoanFigures(id uint64, t time.Time) (LoanFigures, error) {
	var out LoanFigures
	err := s.view(func(tx *bolt.Tx) error {
		var l Loan
		if err := getJSON(tx, bLoans, idKey(id), &l); err != nil {
			return err
		}
		var p LendingPool
		if err := getJSON(tx, bCredit, creditKeyPool, &p); err != nil {
			return err
		}
		var v CreditVault
		if err := getJSON(tx, bCredit, creditKeyVault, &v); err != nil {
			return err
		}
		var va VaultAsset
		if err := getJSON(tx, bVaultAssets, idKey(l.AssetID), &va); err != nil {
			return err
		}
		var a contracts.Asset
		if err := getJSON(tx, bAssets, idKey(l.AssetID), &a); err != nil {
			return err
		}
		var rp RevenuePool
		if err := getJSON(tx, bPools, idKey(l.AssetID), &rp); err != nil {
			return err
		}
		out = loanFigures(l, p.Books(t), v.Risk, va, a, rp.acc(), t)
		return nil
	})
	if err != nil {
		return out, fmt.Errorf("loan %d: %w", id, err)
	}
	return out, nil
}

// loanFigures computes what the vault's loan(id) reports at t.
func loanFigures(l Loan, b credit.Books, risk contracts.RiskParams, va VaultAsset, a contracts.Asset, acc *big.Int, t time.Time) LoanFigures {
	f := LoanFigures{Debt: l.DebtAt(b), CollateralValue: money.Zero}
	f.PendingRevenue, _ = l.PendingRevenue(bigOrZero(va.RevenueIndex))
	if l.Shares.Int() != nil && l.Shares.Int().Sign() > 0 {
		price, _, _ := SharePrice(va, a, risk, acc, t)
		f.CollateralValue = money.MustFromUnits(credit.ValueOf(l.Shares.Int(), price))
	}
	f.BorrowLimit = money.MustFromUnits(credit.OfBps(f.CollateralValue.Units(), int64(risk.LTVBps)))
	f.LiquidationLimit = money.MustFromUnits(credit.OfBps(f.CollateralValue.Units(), int64(risk.LiquidationThresholdBps)))
	f.Health = credit.Health(f.Debt.Units(), f.PendingRevenue.Units(), f.LiquidationLimit.Units())
	return f
}

// SharePrice is the vault's sharePrice(assetId) at t from the mirror: the
// value of one share (units × 1e18) and its book and revenue terms. acc
// is GPUAsset's accRevenuePerShare of the asset.
func SharePrice(va VaultAsset, a contracts.Asset, risk contracts.RiskParams, acc *big.Int, t time.Time) (price, book, revenue *big.Int) {
	v := credit.Valuation{Acc: acc, AsOf: t.Unix(), DiscountBps: int64(risk.DiscountRateBps), SnapshotAcc: new(big.Int)}
	if va.Terms != nil {
		v.BookValue, v.Supply = va.Terms.BookValue.Units(), va.Terms.Supply.Int()
		v.CommissionedAt, v.EndOfLife = va.Terms.CommissionedAt.Unix(), va.Terms.EndOfLife.Unix()
	} else {
		v.BookValue, v.Supply = a.BookValue.Units(), a.Shares.Int()
		v.CommissionedAt = a.CommissionedAt.Unix()
		v.EndOfLife = credit.EndOfLife(v.CommissionedAt, a.UsefulLifeMonths)
	}
	snap := credit.ValuationSnapshot(va.Older.state(), va.Recent.state(), t.Unix(), int64(risk.Lookback/time.Second))
	v.SnapshotAcc, v.SnapshotAt = snap.Acc, snap.TakenAt
	return credit.ValuePerShare(v)
}
