package contracts

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/contracts/bindings/creditvault"
	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/lendingpool"
	"github.com/gpuledger/gpuledger/money"
)

// Compute finance (issue 14): the LendingPool, an ERC-4626 vault lenders
// deposit the stablecoin into, and the CreditVault, which holds pledged
// GPUAsset shares and lends against them. docs/credit.md states the
// formulas; these clients validate input, send, and decode what the
// receipts say.

// Limits mirrored from the credit contracts.
const (
	// MaxLiquidationThresholdBps is the highest liquidation threshold (95%).
	MaxLiquidationThresholdBps = 9_500
	// MaxPenaltyBps is the highest liquidation penalty (20% of the debt).
	MaxPenaltyBps = 2_000
	// MaxGracePeriod is the longest grace between a flag and an auction.
	MaxGracePeriod = 90 * 24 * time.Hour
	// MinAuctionDuration and MaxAuctionDuration bound the auction's fall to its floor.
	MinAuctionDuration = time.Hour
	MaxAuctionDuration = 90 * 24 * time.Hour
	// MinLookback and MaxLookback bound the trailing revenue window.
	MinLookback = time.Hour
	MaxLookback = 365 * 24 * time.Hour
	// PoolShareDecimals are the pool share's decimals: the stablecoin's
	// six plus the pool's decimals offset of six (inflation-attack guard).
	PoolShareDecimals = 12
)

// PriceScale is the scale of share prices and of the vault's revenue index:
// a price is stablecoin units × PriceScale per share.
var PriceScale = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// wadDigits are the decimals of the pool's rates and utilisation on the
// wire; rateDigits those it stores (LendingPool.RATE_UNIT = 1e9 wad).
const (
	wadDigits  = 18
	rateDigits = 9
)

var (
	maxRate   = decimal.NewFromInt(1)  // LendingPool.MAX_RATE: 100% a year
	maxSlope2 = decimal.NewFromInt(10) // MAX_SLOPE2: 1000% a year
	minOpt    = decimal.New(1, -2)     // MIN_OPTIMAL: 1%
	maxOpt    = decimal.New(99, -2)    // MAX_OPTIMAL: 99%
)

// RateModel is the pool's kinked interest curve, each rate per year as a
// fraction (0.02 is 2%): below the optimal utilisation the rate rises from
// BaseRate by Slope1 at the optimum, above it by Slope2 more at 100%.
type RateModel struct {
	BaseRate           decimal.Decimal `json:"base_rate"`
	Slope1             decimal.Decimal `json:"slope1"`
	Slope2             decimal.Decimal `json:"slope2"`
	OptimalUtilisation decimal.Decimal `json:"optimal_utilisation"`
}

// Validate applies the contract's bounds; every figure must be exact to 9
// decimals (the pool stores rates in units of 1e-9 a year, RATE_UNIT).
func (m RateModel) Validate() error {
	for _, f := range []struct {
		name     string
		v        decimal.Decimal
		min, max decimal.Decimal
	}{
		{"base_rate", m.BaseRate, decimal.Zero, maxRate},
		{"slope1", m.Slope1, decimal.Zero, maxRate},
		{"slope2", m.Slope2, decimal.Zero, maxSlope2},
		{"optimal_utilisation", m.OptimalUtilisation, minOpt, maxOpt},
	} {
		if f.v.LessThan(f.min) || f.v.GreaterThan(f.max) {
			return invalid("%s %s is outside [%s, %s]", f.name, f.v, f.min, f.max)
		}
		if !f.v.Shift(rateDigits).IsInteger() {
			return invalid("%s %s has more than %d decimals", f.name, f.v, rateDigits)
		}
	}
	return nil
}

func (m RateModel) packed() lendingpool.LendingPoolRateModel {
	w := func(d decimal.Decimal) uint64 { return d.Shift(wadDigits).BigInt().Uint64() }
	return lendingpool.LendingPoolRateModel{BaseRate: w(m.BaseRate), Slope1: w(m.Slope1), Slope2: w(m.Slope2), OptimalUtilisation: w(m.OptimalUtilisation)}
}

func fromWad(u *big.Int) decimal.Decimal { return decimal.NewFromBigInt(u, -wadDigits) }

// PoolBooks are the pool's figures at one block (interest to that block).
// To the unit: TotalAssets = Cash + BorrowAssets, and
// BorrowAssets = lent + InterestAccrued - repaid - BadDebt.
type PoolBooks struct {
	Cash            money.Amount `json:"cash"`
	BorrowAssets    money.Amount `json:"borrow_assets"`
	TotalAssets     money.Amount `json:"total_assets"`
	InterestAccrued money.Amount `json:"interest_accrued"`
	Penalties       money.Amount `json:"penalties"`
	BadDebt         money.Amount `json:"bad_debt"`
	// BorrowShares are the loans' shares of BorrowAssets.
	BorrowShares *big.Int `json:"-"`
	// BorrowIndex is the growth of one unit borrowed since deployment.
	BorrowIndex decimal.Decimal `json:"borrow_index"`
	// TotalShares is the pool shares' supply (PoolShareDecimals).
	TotalShares *big.Int  `json:"-"`
	AsOf        time.Time `json:"as_of"`
}

// PoolRate is the pool's utilisation and the borrow rate per year it gives.
type PoolRate struct {
	Utilisation decimal.Decimal `json:"utilisation"`
	RatePerYear decimal.Decimal `json:"rate_per_year"`
}

// PoolMove is one deposit or withdrawal: stablecoin and pool shares.
type PoolMove struct {
	Assets money.Amount
	Shares *big.Int
}

// Pool is a client of the LendingPool and of the stablecoin it lends. It
// is safe for concurrent use; approve + deposit pairs of one sender run
// one at a time (the allowance is one number per owner and spender).
type Pool struct {
	addr  common.Address
	abi   *lendingpool.LendingPool
	call  Caller
	token *Stablecoin

	allowLocks sync.Map // common.Address -> *sync.Mutex: held across approve + use
}

// NewPool returns a client of the LendingPool at addr lending token.
func NewPool(call Caller, addr common.Address, token *Stablecoin) *Pool {
	return &Pool{addr: addr, abi: lendingpool.NewLendingPool(), call: call, token: token}
}

// Address returns the pool's address.
func (p *Pool) Address() common.Address { return p.addr }

// Deposit lends amount of s's stablecoin to the pool (approve, then
// deposit), crediting s with pool shares.
func (p *Pool) Deposit(ctx context.Context, s Sender, amount money.Amount) (PoolMove, *types.Receipt, error) {
	what := fmt.Sprintf("deposit %s into the lending pool", amount)
	if err := checkUnits(amount, "amount"); err != nil {
		return PoolMove{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	rcpt, err := withAllowance(ctx, &p.allowLocks, p.token, s, p.addr, amount, func() (*types.Receipt, error) {
		return s.SendAndWait(ctx, &p.addr, p.abi.PackDeposit(amount.Units(), s.Address()), nil)
	})
	if err != nil {
		return PoolMove{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	mv, err := p.DepositIn(rcpt)
	return mv, rcpt, err
}

// Withdraw pays amount of s's assets in the pool back to s, burning the
// shares it takes (rounded up). The contract refuses more than the idle
// cash (ERC4626ExceededMaxWithdraw): money lent out is not withdrawable.
func (p *Pool) Withdraw(ctx context.Context, s Sender, amount money.Amount) (PoolMove, *types.Receipt, error) {
	what := fmt.Sprintf("withdraw %s from the lending pool", amount)
	if err := checkUnits(amount, "amount"); err != nil {
		return PoolMove{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	rcpt, err := send(ctx, s, p.addr, what, p.abi.PackWithdraw(amount.Units(), s.Address(), s.Address()))
	if err != nil {
		return PoolMove{}, nil, err
	}
	mv, err := p.WithdrawIn(rcpt)
	return mv, rcpt, err
}

// Redeem burns shares of s's pool shares and pays s their assets (rounded down).
func (p *Pool) Redeem(ctx context.Context, s Sender, shares *big.Int) (PoolMove, *types.Receipt, error) {
	what := fmt.Sprintf("redeem %s pool shares", shares)
	if shares == nil || shares.Sign() <= 0 {
		return PoolMove{}, nil, fmt.Errorf("%s: %w", what, invalid("shares must be positive"))
	}
	rcpt, err := send(ctx, s, p.addr, what, p.abi.PackRedeem(shares, s.Address(), s.Address()))
	if err != nil {
		return PoolMove{}, nil, err
	}
	mv, err := p.WithdrawIn(rcpt)
	return mv, rcpt, err
}

// SetRateModel sets the interest curve from now on; s must hold the pool's RISK_ADMIN_ROLE.
func (p *Pool) SetRateModel(ctx context.Context, s Sender, m RateModel) (*types.Receipt, error) {
	what := "set the pool's rate model"
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return send(ctx, s, p.addr, what, p.abi.PackSetRateModel(m.packed()))
}

// Books returns the pool's figures at the latest block.
func (p *Pool) Books(ctx context.Context) (PoolBooks, error) {
	out, err := p.read(ctx, p.abi.PackBooks())
	if err != nil {
		return PoolBooks{}, fmt.Errorf("pool books: %w", err)
	}
	b, err := p.abi.UnpackBooks(out)
	if err != nil {
		return PoolBooks{}, fmt.Errorf("pool books: %w", err)
	}
	out, err = p.read(ctx, p.abi.PackTotalSupply())
	if err != nil {
		return PoolBooks{}, fmt.Errorf("pool share supply: %w", err)
	}
	supply, err := p.abi.UnpackTotalSupply(out)
	if err != nil {
		return PoolBooks{}, fmt.Errorf("pool share supply: %w", err)
	}
	var conv amounts
	r := PoolBooks{
		Cash: conv.of(b.Cash), BorrowAssets: conv.of(b.BorrowAssets),
		TotalAssets:     conv.of(new(big.Int).Add(b.Cash, b.BorrowAssets)),
		InterestAccrued: conv.of(b.InterestAccrued), Penalties: conv.of(b.Penalties), BadDebt: conv.of(b.BadDebt),
		BorrowShares: b.BorrowShares, BorrowIndex: fromWad(b.BorrowIndex), TotalShares: supply,
		AsOf: unixTime(b.AsOf.Uint64()),
	}
	if conv.err != nil {
		return PoolBooks{}, fmt.Errorf("pool books: %w", conv.err)
	}
	return r, nil
}

// TotalAssets returns idle cash plus outstanding debt with interest to the latest block.
func (p *Pool) TotalAssets(ctx context.Context) (money.Amount, error) {
	return readAmount(ctx, p.read, "pool total assets", p.abi.PackTotalAssets(), p.abi.UnpackTotalAssets)
}

// MaxWithdraw returns what owner can withdraw now: its assets, at most the idle cash.
func (p *Pool) MaxWithdraw(ctx context.Context, owner common.Address) (money.Amount, error) {
	return readAmount(ctx, p.read, "max withdraw of "+owner.Hex(), p.abi.PackMaxWithdraw(owner), p.abi.UnpackMaxWithdraw)
}

// SharesOf returns owner's pool shares.
func (p *Pool) SharesOf(ctx context.Context, owner common.Address) (*big.Int, error) {
	out, err := p.read(ctx, p.abi.PackBalanceOf(owner))
	if err != nil {
		return nil, fmt.Errorf("pool shares of %s: %w", owner, err)
	}
	return p.abi.UnpackBalanceOf(out)
}

// AssetsOf returns what owner's pool shares are worth now (rounded down).
func (p *Pool) AssetsOf(ctx context.Context, owner common.Address) (money.Amount, error) {
	shares, err := p.SharesOf(ctx, owner)
	if err != nil {
		return money.Zero, err
	}
	return readAmount(ctx, p.read, "pool assets of "+owner.Hex(), p.abi.PackConvertToAssets(shares), p.abi.UnpackConvertToAssets)
}

// PreviewDeposit returns the pool shares a deposit of amount would give now.
func (p *Pool) PreviewDeposit(ctx context.Context, amount money.Amount) (*big.Int, error) {
	out, err := p.read(ctx, p.abi.PackPreviewDeposit(amount.Units()))
	if err != nil {
		return nil, fmt.Errorf("preview deposit of %s: %w", amount, err)
	}
	return p.abi.UnpackPreviewDeposit(out)
}

// DebtOf returns the debt of borrowShares with interest to the latest block.
func (p *Pool) DebtOf(ctx context.Context, borrowShares *big.Int) (money.Amount, error) {
	return readAmount(ctx, p.read, "debt of borrow shares", p.abi.PackDebtOf(borrowShares), p.abi.UnpackDebtOf)
}

// Rate returns the utilisation and the borrow rate per year now.
func (p *Pool) Rate(ctx context.Context) (PoolRate, error) {
	out, err := p.read(ctx, p.abi.PackCurrentRate())
	if err != nil {
		return PoolRate{}, fmt.Errorf("pool rate: %w", err)
	}
	r, err := p.abi.UnpackCurrentRate(out)
	if err != nil {
		return PoolRate{}, fmt.Errorf("pool rate: %w", err)
	}
	return PoolRate{Utilisation: fromWad(r.Utilisation), RatePerYear: fromWad(r.RatePerYear)}, nil
}

// RateModel returns the interest curve in force.
func (p *Pool) RateModel(ctx context.Context) (RateModel, error) {
	out, err := p.read(ctx, p.abi.PackRateModel())
	if err != nil {
		return RateModel{}, fmt.Errorf("pool rate model: %w", err)
	}
	m, err := p.abi.UnpackRateModel(out)
	if err != nil {
		return RateModel{}, fmt.Errorf("pool rate model: %w", err)
	}
	u := func(v uint64) decimal.Decimal { return fromWad(new(big.Int).SetUint64(v)) }
	return RateModel{BaseRate: u(m.BaseRate), Slope1: u(m.Slope1), Slope2: u(m.Slope2), OptimalUtilisation: u(m.OptimalUtilisation)}, nil
}

// Surplus returns tokens held by the pool that no deposit or repayment
// booked (donations): they never count in the share price.
func (p *Pool) Surplus(ctx context.Context) (money.Amount, error) {
	return readAmount(ctx, p.read, "pool surplus", p.abi.PackSurplus(), p.abi.UnpackSurplus)
}

// DepositIn returns the deposit of the transaction of rcpt.
func (p *Pool) DepositIn(rcpt *types.Receipt) (PoolMove, error) {
	for _, l := range logsOf(rcpt, p.addr) {
		if ev, err := p.abi.UnpackDepositEvent(l); err == nil {
			amt, err := money.FromUnits(ev.Assets)
			return PoolMove{Assets: amt, Shares: ev.Shares}, err
		}
	}
	return PoolMove{}, fmt.Errorf("tx %s has no Deposit event", rcpt.TxHash)
}

// WithdrawIn returns the withdrawal of the transaction of rcpt.
func (p *Pool) WithdrawIn(rcpt *types.Receipt) (PoolMove, error) {
	for _, l := range logsOf(rcpt, p.addr) {
		if ev, err := p.abi.UnpackWithdrawEvent(l); err == nil {
			amt, err := money.FromUnits(ev.Assets)
			return PoolMove{Assets: amt, Shares: ev.Shares}, err
		}
	}
	return PoolMove{}, fmt.Errorf("tx %s has no Withdraw event", rcpt.TxHash)
}

func (p *Pool) read(ctx context.Context, data []byte) ([]byte, error) {
	return p.call.CallContract(ctx, ethereum.CallMsg{To: &p.addr, Data: data}, nil)
}

// LoanStatus is a loan's state in the CreditVault.
type LoanStatus uint8

// Loan states, as the contract numbers them.
const (
	LoanNone LoanStatus = iota
	LoanActive
	LoanAuction
	LoanLiquidated
	LoanClosed
)

func (s LoanStatus) String() string {
	switch s {
	case LoanActive:
		return "active"
	case LoanAuction:
		return "auction"
	case LoanLiquidated:
		return "liquidated"
	case LoanClosed:
		return "closed"
	}
	return "none"
}

// MarshalJSON writes the status by name.
func (s LoanStatus) MarshalJSON() ([]byte, error) { return []byte(`"` + s.String() + `"`), nil }

// Loan is a loan as the vault reports it at one block.
type Loan struct {
	ID       uint64         `json:"id"`
	Borrower common.Address `json:"borrower"`
	AssetID  uint64         `json:"asset_id"`
	Status   LoanStatus     `json:"status"`
	Shares   Shares         `json:"shares"`
	// BorrowShares are the loan's shares of the pool's outstanding debt.
	BorrowShares *big.Int `json:"-"`
	// Principal is what is still owed of what was borrowed; Debt - Principal is interest.
	Principal money.Amount `json:"principal"`
	// Debt is owed now, interest included, before PendingRevenue.
	Debt money.Amount `json:"debt"`
	// PendingRevenue is revenue swept for the loan's shares, applied when the loan is next touched.
	PendingRevenue   money.Amount `json:"pending_revenue"`
	CollateralValue  money.Amount `json:"collateral_value"`
	BorrowLimit      money.Amount `json:"borrow_limit"`
	LiquidationLimit money.Amount `json:"liquidation_limit"`
	// FlaggedAt is when its grace period began (zero when not flagged).
	FlaggedAt time.Time `json:"flagged_at"`
	OpenedAt  time.Time `json:"opened_at"`
}

// Healthy reports whether the debt, net of pending revenue, is within the liquidation limit.
func (l Loan) Healthy() bool {
	net := new(big.Int).Sub(l.Debt.Units(), l.PendingRevenue.Units())
	return net.Cmp(l.LiquidationLimit.Units()) <= 0
}

// RiskParams are the vault's risk parameters.
type RiskParams struct {
	LTVBps                  uint16        `json:"ltv_bps"`
	LiquidationThresholdBps uint16        `json:"liquidation_threshold_bps"`
	PenaltyBps              uint16        `json:"penalty_bps"`
	AuctionFloorBps         uint16        `json:"auction_floor_bps"`
	DiscountRateBps         uint16        `json:"discount_rate_bps"`
	GracePeriod             time.Duration `json:"grace_period"`
	AuctionDuration         time.Duration `json:"auction_duration"`
	Lookback                time.Duration `json:"lookback"`
}

// Validate applies the contract's bounds (whole seconds).
func (r RiskParams) Validate() error {
	switch {
	case r.LiquidationThresholdBps < 2 || r.LiquidationThresholdBps > MaxLiquidationThresholdBps:
		return invalid("liquidation_threshold_bps must be in [2, %d], got %d", MaxLiquidationThresholdBps, r.LiquidationThresholdBps)
	case r.LTVBps == 0 || r.LTVBps >= r.LiquidationThresholdBps:
		return invalid("ltv_bps must be in [1, liquidation_threshold_bps), got %d", r.LTVBps)
	case r.PenaltyBps > MaxPenaltyBps:
		return invalid("penalty_bps must be at most %d, got %d", MaxPenaltyBps, r.PenaltyBps)
	case r.AuctionFloorBps > BpsDenominator || r.DiscountRateBps > BpsDenominator:
		return invalid("auction_floor_bps and discount_rate_bps must be at most %d", BpsDenominator)
	case r.GracePeriod < 0 || r.GracePeriod > MaxGracePeriod:
		return invalid("grace_period must be in [0, %s], got %s", MaxGracePeriod, r.GracePeriod)
	case r.AuctionDuration < MinAuctionDuration || r.AuctionDuration > MaxAuctionDuration:
		return invalid("auction_duration must be in [%s, %s], got %s", MinAuctionDuration, MaxAuctionDuration, r.AuctionDuration)
	case r.Lookback < MinLookback || r.Lookback > MaxLookback:
		return invalid("lookback must be in [%s, %s], got %s", MinLookback, MaxLookback, r.Lookback)
	}
	for _, d := range []time.Duration{r.GracePeriod, r.AuctionDuration, r.Lookback} {
		if d%time.Second != 0 {
			return invalid("durations must be whole seconds, got %s", d)
		}
	}
	return nil
}

func (r RiskParams) packed() creditvault.CreditVaultRiskParams {
	sec := func(d time.Duration) uint32 { return uint32(d / time.Second) }
	return creditvault.CreditVaultRiskParams{
		LtvBps: r.LTVBps, LiquidationThresholdBps: r.LiquidationThresholdBps, PenaltyBps: r.PenaltyBps,
		AuctionFloorBps: r.AuctionFloorBps, DiscountRateBps: r.DiscountRateBps,
		GracePeriod: sec(r.GracePeriod), AuctionDuration: sec(r.AuctionDuration), Lookback: sec(r.Lookback),
	}
}

// SharePrice is the value of one share of an asset now, in stablecoin
// units × PriceScale: the lower of its depreciated book value (Book) and
// its discounted trailing revenue (Revenue).
type SharePrice struct {
	Price, Book, Revenue *big.Int
}

// ValueOf returns the value of n shares at price p, rounded down, as the vault computes it.
func (p SharePrice) ValueOf(n Shares) money.Amount {
	v := new(big.Int).Mul(n.Int(), p.Price)
	return money.MustFromUnits(v.Quo(v, PriceScale))
}

// Valuation are the inputs of CreditVault.valuePerShare (see docs/credit.md).
type Valuation = creditvault.CreditVaultValuation

// Borrowing is a borrow as its Borrowed event reports it.
type Borrowing struct {
	LoanID          uint64
	To              common.Address
	Amount          money.Amount
	Debt            money.Amount
	CollateralValue money.Amount
}

// Repayment is a repayment by a payer (Repaid event).
type Repayment struct {
	LoanID      uint64
	Payer       common.Address
	ToInterest  money.Amount
	ToPrincipal money.Amount
	Debt        money.Amount // left after it
}

// RevenueApplication is swept revenue applied to a loan (RevenueApplied event):
// Revenue = ToInterest + ToPrincipal + ToBorrower.
type RevenueApplication struct {
	LoanID      uint64
	Revenue     money.Amount
	ToInterest  money.Amount
	ToPrincipal money.Amount
	ToBorrower  money.Amount
	Debt        money.Amount // left after it
}

// RevenueSweep is the vault's revenue of an asset claimed from GPUAsset (RevenueSwept event).
type RevenueSweep struct {
	AssetID uint64
	Amount  money.Amount
	// RevenueIndex (units × PriceScale per pledged share) and Dust (units × PriceScale) after it.
	RevenueIndex, Dust *big.Int
}

// AuctionStart is an auction's opening (AuctionStarted event).
type AuctionStart struct {
	LoanID            uint64
	Shares            Shares
	StartPrice, Floor money.Amount
	EndsAt            time.Time
	Debt              money.Amount
}

// AuctionSettlement is how a winning bid divided (AuctionSettled event):
// Price = Repaid + Penalty + Surplus; Shortfall was written down as bad debt.
type AuctionSettlement struct {
	LoanID    uint64
	Bidder    common.Address
	Price     money.Amount
	Repaid    money.Amount
	Penalty   money.Amount
	Surplus   money.Amount
	Shortfall money.Amount
}

// Auction is a loan's auction and its price at the latest block.
type Auction struct {
	StartPrice, Floor, Price money.Amount
	StartedAt                time.Time
	Duration                 time.Duration
}

// Vault is a client of the CreditVault, of the GPUAsset whose shares it
// holds and of the stablecoin. It is safe for concurrent use; approve +
// use pairs of one sender (repay, bid) run one at a time.
type Vault struct {
	addr   common.Address
	abi    *creditvault.CreditVault
	call   Caller
	token  *Stablecoin
	assets common.Address
	shares *gpuasset.GPUAsset

	allowLocks sync.Map // common.Address -> *sync.Mutex: held across approve + use
}

// NewVault returns a client of the CreditVault at addr, holding shares of
// the GPUAsset at assets and settling in token.
func NewVault(call Caller, addr, assets common.Address, token *Stablecoin) *Vault {
	return &Vault{addr: addr, abi: creditvault.NewCreditVault(), call: call, token: token, assets: assets, shares: gpuasset.NewGPUAsset()}
}

// Address returns the vault's address.
func (v *Vault) Address() common.Address { return v.addr }

// Pledge pledges shares of assetID held by s and opens a loan on them. It
// first lets the vault move s's shares (setApprovalForAll) if s has not.
func (v *Vault) Pledge(ctx context.Context, s Sender, assetID uint64, shares Shares) (uint64, *types.Receipt, error) {
	what := fmt.Sprintf("pledge %s shares of asset %d", shares, assetID)
	if err := checkShares(shares); err != nil {
		return 0, nil, fmt.Errorf("%s: %w", what, err)
	}
	if err := v.approveShares(ctx, s); err != nil {
		return 0, nil, fmt.Errorf("%s: %w", what, err)
	}
	rcpt, err := send(ctx, s, v.addr, what, v.abi.PackPledge(u256(assetID), shares.Int()))
	if err != nil {
		return 0, nil, err
	}
	id, err := v.LoanOpenedIn(rcpt)
	return id, rcpt, err
}

// AddCollateral adds shares of the loan's asset held by s (the borrower) to its collateral.
func (v *Vault) AddCollateral(ctx context.Context, s Sender, loanID uint64, shares Shares) (*types.Receipt, error) {
	what := fmt.Sprintf("add %s shares to loan %d", shares, loanID)
	if err := checkShares(shares); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if err := v.approveShares(ctx, s); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return send(ctx, s, v.addr, what, v.abi.PackAddCollateral(u256(loanID), shares.Int()))
}

// Borrow borrows amount against the loan, paid to s (the borrower). The
// contract refuses a debt above LTV × collateral value
// (BorrowLimitExceeded), a flagged loan (AlreadyFlagged) and more than the
// pool's idle cash (InsufficientCash); the Transactor sends nothing then.
func (v *Vault) Borrow(ctx context.Context, s Sender, loanID uint64, amount money.Amount) (Borrowing, *types.Receipt, error) {
	what := fmt.Sprintf("borrow %s on loan %d", amount, loanID)
	if err := checkUnits(amount, "amount"); err != nil {
		return Borrowing{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	rcpt, err := send(ctx, s, v.addr, what, v.abi.PackBorrow(u256(loanID), amount.Units()))
	if err != nil {
		return Borrowing{}, nil, err
	}
	b, err := v.BorrowedIn(rcpt)
	return b, rcpt, err
}

// Repay repays up to amount of the loan from s (approve, then repay); the
// vault takes no more than the debt. Swept revenue is applied first.
func (v *Vault) Repay(ctx context.Context, s Sender, loanID uint64, amount money.Amount) (Repayment, *types.Receipt, error) {
	what := fmt.Sprintf("repay %s of loan %d", amount, loanID)
	if err := checkUnits(amount, "amount"); err != nil {
		return Repayment{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	rcpt, err := withAllowance(ctx, &v.allowLocks, v.token, s, v.addr, amount, func() (*types.Receipt, error) {
		return send(ctx, s, v.addr, what, v.abi.PackRepay(u256(loanID), amount.Units()))
	})
	if err != nil {
		return Repayment{}, nil, err
	}
	r, _ := v.RepaidIn(rcpt) // none when revenue alone cleared the debt
	return r, rcpt, nil
}

// RepayAll repays the whole debt of the loan from s: it approves the debt
// now plus headroom (interest until the transaction lands, at most 0.1% +
// one unit) and the vault pulls only what is owed.
func (v *Vault) RepayAll(ctx context.Context, s Sender, loanID uint64) (Repayment, *types.Receipt, error) {
	l, err := v.Loan(ctx, loanID)
	if err != nil {
		return Repayment{}, nil, err
	}
	head := new(big.Int).Quo(l.Debt.Units(), big.NewInt(1000))
	head.Add(head, big.NewInt(1)).Add(head, l.Debt.Units())
	return v.Repay(ctx, s, loanID, money.MustFromUnits(head))
}

// Unpledge returns shares of the loan's collateral to s (the borrower).
func (v *Vault) Unpledge(ctx context.Context, s Sender, loanID uint64, shares Shares) (*types.Receipt, error) {
	what := fmt.Sprintf("unpledge %s shares of loan %d", shares, loanID)
	if err := checkShares(shares); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return send(ctx, s, v.addr, what, v.abi.PackUnpledge(u256(loanID), shares.Int()))
}

// Sweep claims the vault's revenue of an asset into its revenue index
// (anyone may). The sweep is zero when nothing was due.
func (v *Vault) Sweep(ctx context.Context, s Sender, assetID uint64) (RevenueSweep, *types.Receipt, error) {
	rcpt, err := send(ctx, s, v.addr, fmt.Sprintf("sweep revenue of asset %d", assetID), v.abi.PackSweep(u256(assetID)))
	if err != nil {
		return RevenueSweep{}, nil, err
	}
	sw, err := v.RevenueSweptIn(rcpt)
	if err != nil { // nothing arrived: no event
		return RevenueSweep{AssetID: assetID, Amount: money.Zero}, rcpt, nil
	}
	return sw, rcpt, nil
}

// Settle applies the loan's swept revenue to its debt (anyone may).
func (v *Vault) Settle(ctx context.Context, s Sender, loanID uint64) (*types.Receipt, error) {
	return send(ctx, s, v.addr, fmt.Sprintf("settle loan %d", loanID), v.abi.PackSettle(u256(loanID)))
}

// Checkpoint snapshots the asset's revenue per share when the newest
// snapshot is a lookback old (anyone may; keepers should once per lookback).
func (v *Vault) Checkpoint(ctx context.Context, s Sender, assetID uint64) (*types.Receipt, error) {
	return send(ctx, s, v.addr, fmt.Sprintf("checkpoint asset %d", assetID), v.abi.PackCheckpoint(u256(assetID)))
}

// Flag starts the grace period of an unhealthy loan (anyone may).
func (v *Vault) Flag(ctx context.Context, s Sender, loanID uint64) (*types.Receipt, error) {
	return send(ctx, s, v.addr, fmt.Sprintf("flag loan %d", loanID), v.abi.PackFlag(u256(loanID)))
}

// Unflag clears the flag of a loan healthy again (anyone may).
func (v *Vault) Unflag(ctx context.Context, s Sender, loanID uint64) (*types.Receipt, error) {
	return send(ctx, s, v.addr, fmt.Sprintf("unflag loan %d", loanID), v.abi.PackUnflag(u256(loanID)))
}

// StartAuction auctions a flagged loan's shares once its grace is over (anyone may).
func (v *Vault) StartAuction(ctx context.Context, s Sender, loanID uint64) (AuctionStart, *types.Receipt, error) {
	rcpt, err := send(ctx, s, v.addr, fmt.Sprintf("start the auction of loan %d", loanID), v.abi.PackStartAuction(u256(loanID)))
	if err != nil {
		return AuctionStart{}, nil, err
	}
	a, err := v.AuctionStartedIn(rcpt)
	return a, rcpt, err
}

// Bid buys an auctioned loan's shares for s at the current price, at most
// maxPrice (checked on chain): it approves maxPrice, and the vault pulls
// only the price.
func (v *Vault) Bid(ctx context.Context, s Sender, loanID uint64, maxPrice money.Amount) (AuctionSettlement, *types.Receipt, error) {
	what := fmt.Sprintf("bid up to %s for loan %d", maxPrice, loanID)
	if err := checkUnits(maxPrice, "max price"); err != nil {
		return AuctionSettlement{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	// The price only falls: one above the bound now is refused before sending.
	if a, err := v.Auction(ctx, loanID); err == nil && !a.StartedAt.IsZero() && a.Price.Cmp(maxPrice) > 0 {
		return AuctionSettlement{}, nil, fmt.Errorf("%s: %w", what, invalid("the auction's price is %s, above the bound %s", a.Price, maxPrice))
	}
	rcpt, err := withAllowance(ctx, &v.allowLocks, v.token, s, v.addr, maxPrice, func() (*types.Receipt, error) {
		return send(ctx, s, v.addr, what, v.abi.PackBid(u256(loanID), maxPrice.Units()))
	})
	if err != nil {
		return AuctionSettlement{}, nil, err
	}
	if _, err := v.token.Approve(ctx, s, v.addr, money.Zero); err != nil { // what the price left unused
		return AuctionSettlement{}, rcpt, err
	}
	a, err := v.AuctionSettledIn(rcpt)
	return a, rcpt, err
}

// WithdrawOwed pays s what the vault owes it (revenue beyond its debt, auction surplus).
func (v *Vault) WithdrawOwed(ctx context.Context, s Sender) (money.Amount, *types.Receipt, error) {
	return sendForPayment(ctx, s, v.addr, "withdraw what the vault owes", "OwedWithdrawn", v.abi.PackWithdrawOwed(),
		v.abi.UnpackOwedWithdrawnEvent, func(ev *creditvault.CreditVaultOwedWithdrawn) *big.Int { return ev.Amount })
}

// SetRiskParams sets the vault's risk parameters; s must hold its RISK_ADMIN_ROLE.
func (v *Vault) SetRiskParams(ctx context.Context, s Sender, r RiskParams) (*types.Receipt, error) {
	what := "set the vault's risk parameters"
	if err := r.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return send(ctx, s, v.addr, what, v.abi.PackSetRiskParams(r.packed()))
}

// RiskParams returns the risk parameters in force.
func (v *Vault) RiskParams(ctx context.Context) (RiskParams, error) {
	out, err := v.read(ctx, v.abi.PackRiskParams())
	if err != nil {
		return RiskParams{}, fmt.Errorf("risk params: %w", err)
	}
	r, err := v.abi.UnpackRiskParams(out)
	if err != nil {
		return RiskParams{}, fmt.Errorf("risk params: %w", err)
	}
	sec := func(s uint32) time.Duration { return time.Duration(s) * time.Second }
	return RiskParams{
		LTVBps: r.LtvBps, LiquidationThresholdBps: r.LiquidationThresholdBps, PenaltyBps: r.PenaltyBps,
		AuctionFloorBps: r.AuctionFloorBps, DiscountRateBps: r.DiscountRateBps,
		GracePeriod: sec(r.GracePeriod), AuctionDuration: sec(r.AuctionDuration), Lookback: sec(r.Lookback),
	}, nil
}

// Loan returns a loan with its figures at the latest block; an id never
// issued returns the decoded UnknownLoan revert.
func (v *Vault) Loan(ctx context.Context, id uint64) (Loan, error) {
	out, err := v.read(ctx, v.abi.PackLoan(u256(id)))
	if err != nil {
		return Loan{}, fmt.Errorf("loan %d: %w", id, err)
	}
	r, err := v.abi.UnpackLoan(out)
	if err != nil {
		return Loan{}, fmt.Errorf("loan %d: %w", id, err)
	}
	var conv amounts
	l := Loan{
		ID: id, Borrower: r.Borrower, AssetID: r.AssetId.Uint64(), Status: LoanStatus(r.Status),
		Shares: NewShares(r.Shares), BorrowShares: r.BorrowShares,
		Principal: conv.of(r.Principal), Debt: conv.of(r.Debt), PendingRevenue: conv.of(r.PendingRevenue),
		CollateralValue: conv.of(r.CollateralValue), BorrowLimit: conv.of(r.BorrowLimit), LiquidationLimit: conv.of(r.LiquidationLimit),
		OpenedAt: unixTime(r.OpenedAt.Uint64()),
	}
	if r.FlaggedAt.Sign() > 0 {
		l.FlaggedAt = unixTime(r.FlaggedAt.Uint64())
	}
	if conv.err != nil {
		return Loan{}, fmt.Errorf("loan %d: %w", id, conv.err)
	}
	return l, nil
}

// LoanCount returns the number of loans opened so far (also the last id).
func (v *Vault) LoanCount(ctx context.Context) (uint64, error) {
	out, err := v.read(ctx, v.abi.PackLoanCount())
	if err != nil {
		return 0, fmt.Errorf("loan count: %w", err)
	}
	n, err := v.abi.UnpackLoanCount(out)
	if err != nil {
		return 0, fmt.Errorf("loan count: %w", err)
	}
	return n.Uint64(), nil
}

// PendingRevenue returns a loan's swept, unapplied revenue: whole units
// and the sub-unit fraction (units × PriceScale).
func (v *Vault) PendingRevenue(ctx context.Context, loanID uint64) (money.Amount, *big.Int, error) {
	out, err := v.read(ctx, v.abi.PackPendingRevenue(u256(loanID)))
	if err != nil {
		return money.Zero, nil, fmt.Errorf("pending revenue of loan %d: %w", loanID, err)
	}
	r, err := v.abi.UnpackPendingRevenue(out)
	if err != nil {
		return money.Zero, nil, fmt.Errorf("pending revenue of loan %d: %w", loanID, err)
	}
	amt, err := money.FromUnits(r.Units)
	return amt, r.Fraction, err
}

// AssetBook is an asset's revenue book in the vault.
type AssetBook struct {
	RevenueIndex *big.Int // units × PriceScale per pledged share, cumulative
	Pledged      Shares
	Dust         *big.Int // units × PriceScale credited to no loan yet
}

// AssetBook returns the asset's revenue book in the vault.
func (v *Vault) AssetBook(ctx context.Context, assetID uint64) (AssetBook, error) {
	out, err := v.read(ctx, v.abi.PackAssetBook(u256(assetID)))
	if err != nil {
		return AssetBook{}, fmt.Errorf("asset book of %d: %w", assetID, err)
	}
	r, err := v.abi.UnpackAssetBook(out)
	if err != nil {
		return AssetBook{}, fmt.Errorf("asset book of %d: %w", assetID, err)
	}
	return AssetBook{RevenueIndex: r.RevenueIndex, Pledged: NewShares(r.Pledged), Dust: r.Dust}, nil
}

// SharePrice returns the value of one share of the asset now.
func (v *Vault) SharePrice(ctx context.Context, assetID uint64) (SharePrice, error) {
	out, err := v.read(ctx, v.abi.PackSharePrice(u256(assetID)))
	if err != nil {
		return SharePrice{}, fmt.Errorf("share price of asset %d: %w", assetID, err)
	}
	r, err := v.abi.UnpackSharePrice(out)
	if err != nil {
		return SharePrice{}, fmt.Errorf("share price of asset %d: %w", assetID, err)
	}
	return SharePrice{Price: r.Price, Book: r.BookPrice, Revenue: r.RevenuePrice}, nil
}

// RevenueSnapshot is a snapshot of an asset's accRevenuePerShare taken by
// the vault (zero TakenAt: none).
type RevenueSnapshot struct {
	Acc     *big.Int
	TakenAt time.Time
}

// Snapshots returns the asset's two revenue snapshots, older first. The
// valuation uses the newest one at least a lookback old.
func (v *Vault) Snapshots(ctx context.Context, assetID uint64) (older, recent RevenueSnapshot, err error) {
	out, err := v.read(ctx, v.abi.PackSnapshots(u256(assetID)))
	if err != nil {
		return older, recent, fmt.Errorf("snapshots of asset %d: %w", assetID, err)
	}
	r, err := v.abi.UnpackSnapshots(out)
	if err != nil {
		return older, recent, fmt.Errorf("snapshots of asset %d: %w", assetID, err)
	}
	snap := func(acc *big.Int, at *big.Int) RevenueSnapshot {
		s := RevenueSnapshot{Acc: acc}
		if at.Sign() > 0 {
			s.TakenAt = unixTime(at.Uint64())
		}
		return s
	}
	return snap(r.Older.Acc, r.Older.TakenAt), snap(r.Recent.Acc, r.Recent.TakenAt), nil
}

// ValuePerShare evaluates the contract's valuation formula on given inputs
// (a pure call; docs/credit.md's worked example).
func (v *Vault) ValuePerShare(ctx context.Context, in Valuation) (SharePrice, error) {
	out, err := v.read(ctx, v.abi.PackValuePerShare(in))
	if err != nil {
		return SharePrice{}, fmt.Errorf("value per share: %w", err)
	}
	r, err := v.abi.UnpackValuePerShare(out)
	if err != nil {
		return SharePrice{}, fmt.Errorf("value per share: %w", err)
	}
	return SharePrice{Price: r.Price, Book: r.BookPrice, Revenue: r.RevenuePrice}, nil
}

// EndOfLife returns commissionedAt plus months calendar months (UTC), as the vault computes it.
func (v *Vault) EndOfLife(ctx context.Context, commissionedAt time.Time, months uint16) (time.Time, error) {
	out, err := v.read(ctx, v.abi.PackEndOfLife(big.NewInt(commissionedAt.Unix()), big.NewInt(int64(months))))
	if err != nil {
		return time.Time{}, fmt.Errorf("end of life: %w", err)
	}
	n, err := v.abi.UnpackEndOfLife(out)
	if err != nil {
		return time.Time{}, fmt.Errorf("end of life: %w", err)
	}
	return unixTime(n.Uint64()), nil
}

// Auction returns a loan's auction and its price at the latest block
// (zero values when none was started).
func (v *Vault) Auction(ctx context.Context, loanID uint64) (Auction, error) {
	out, err := v.read(ctx, v.abi.PackAuction(u256(loanID)))
	if err != nil {
		return Auction{}, fmt.Errorf("auction of loan %d: %w", loanID, err)
	}
	r, err := v.abi.UnpackAuction(out)
	if err != nil {
		return Auction{}, fmt.Errorf("auction of loan %d: %w", loanID, err)
	}
	var conv amounts
	a := Auction{StartPrice: conv.of(r.A.StartPrice), Floor: conv.of(r.A.FloorPrice), Price: conv.of(r.Price),
		Duration: time.Duration(r.A.Duration) * time.Second}
	if r.A.StartedAt.Sign() > 0 {
		a.StartedAt = unixTime(r.A.StartedAt.Uint64())
	}
	return a, conv.err
}

// Owed returns what the vault owes account.
func (v *Vault) Owed(ctx context.Context, account common.Address) (money.Amount, error) {
	return readAmount(ctx, v.read, "owed to "+account.Hex(), v.abi.PackOwed(account), v.abi.UnpackOwed)
}

// TotalOwed returns what the vault owes all borrowers.
func (v *Vault) TotalOwed(ctx context.Context) (money.Amount, error) {
	return readAmount(ctx, v.read, "total owed", v.abi.PackTotalOwed(), v.abi.UnpackTotalOwed)
}

// LoanOpenedIn returns the id of the loan a pledge transaction opened.
func (v *Vault) LoanOpenedIn(rcpt *types.Receipt) (uint64, error) {
	for _, l := range logsOf(rcpt, v.addr) {
		if ev, err := v.abi.UnpackLoanOpenedEvent(l); err == nil {
			return ev.LoanId.Uint64(), nil
		}
	}
	return 0, fmt.Errorf("tx %s has no LoanOpened event", rcpt.TxHash)
}

// BorrowedIn returns the borrow of the transaction of rcpt.
func (v *Vault) BorrowedIn(rcpt *types.Receipt) (Borrowing, error) {
	for _, l := range logsOf(rcpt, v.addr) {
		if ev, err := v.abi.UnpackBorrowedEvent(l); err == nil {
			var conv amounts
			b := Borrowing{LoanID: ev.LoanId.Uint64(), To: ev.To, Amount: conv.of(ev.Amount), Debt: conv.of(ev.Debt), CollateralValue: conv.of(ev.CollateralValue)}
			return b, conv.err
		}
	}
	return Borrowing{}, fmt.Errorf("tx %s has no Borrowed event", rcpt.TxHash)
}

// RepaidIn returns the payer's repayment in the transaction of rcpt.
func (v *Vault) RepaidIn(rcpt *types.Receipt) (Repayment, error) {
	for _, l := range logsOf(rcpt, v.addr) {
		if ev, err := v.abi.UnpackRepaidEvent(l); err == nil {
			var conv amounts
			r := Repayment{LoanID: ev.LoanId.Uint64(), Payer: ev.Payer, ToInterest: conv.of(ev.ToInterest), ToPrincipal: conv.of(ev.ToPrincipal), Debt: conv.of(ev.Debt)}
			return r, conv.err
		}
	}
	return Repayment{}, fmt.Errorf("tx %s has no Repaid event", rcpt.TxHash)
}

// RevenueAppliedIn returns every application of revenue to a loan in the transaction of rcpt.
func (v *Vault) RevenueAppliedIn(rcpt *types.Receipt) ([]RevenueApplication, error) {
	var out []RevenueApplication
	for _, l := range logsOf(rcpt, v.addr) {
		ev, err := v.abi.UnpackRevenueAppliedEvent(l)
		if err != nil {
			continue
		}
		var conv amounts
		out = append(out, RevenueApplication{LoanID: ev.LoanId.Uint64(), Revenue: conv.of(ev.Revenue), ToInterest: conv.of(ev.ToInterest),
			ToPrincipal: conv.of(ev.ToPrincipal), ToBorrower: conv.of(ev.ToBorrower), Debt: conv.of(ev.Debt)})
		if conv.err != nil {
			return nil, conv.err
		}
	}
	return out, nil
}

// RevenueSweptIn returns the sweep of the transaction of rcpt.
func (v *Vault) RevenueSweptIn(rcpt *types.Receipt) (RevenueSweep, error) {
	for _, l := range logsOf(rcpt, v.addr) {
		if ev, err := v.abi.UnpackRevenueSweptEvent(l); err == nil {
			amt, err := money.FromUnits(ev.Amount)
			return RevenueSweep{AssetID: ev.AssetId.Uint64(), Amount: amt, RevenueIndex: ev.RevenueIndex, Dust: ev.Dust}, err
		}
	}
	return RevenueSweep{}, fmt.Errorf("tx %s has no RevenueSwept event", rcpt.TxHash)
}

// AuctionStartedIn returns the auction a startAuction transaction opened.
func (v *Vault) AuctionStartedIn(rcpt *types.Receipt) (AuctionStart, error) {
	for _, l := range logsOf(rcpt, v.addr) {
		if ev, err := v.abi.UnpackAuctionStartedEvent(l); err == nil {
			var conv amounts
			a := AuctionStart{LoanID: ev.LoanId.Uint64(), Shares: NewShares(ev.Shares), StartPrice: conv.of(ev.StartPrice),
				Floor: conv.of(ev.FloorPrice), EndsAt: unixTime(ev.EndsAt.Uint64()), Debt: conv.of(ev.Debt)}
			return a, conv.err
		}
	}
	return AuctionStart{}, fmt.Errorf("tx %s has no AuctionStarted event", rcpt.TxHash)
}

// AuctionSettledIn returns how the winning bid of the transaction of rcpt divided.
func (v *Vault) AuctionSettledIn(rcpt *types.Receipt) (AuctionSettlement, error) {
	for _, l := range logsOf(rcpt, v.addr) {
		if ev, err := v.abi.UnpackAuctionSettledEvent(l); err == nil {
			var conv amounts
			a := AuctionSettlement{LoanID: ev.LoanId.Uint64(), Bidder: ev.Bidder, Price: conv.of(ev.Price), Repaid: conv.of(ev.Repaid),
				Penalty: conv.of(ev.Penalty), Surplus: conv.of(ev.Surplus), Shortfall: conv.of(ev.Shortfall)}
			return a, conv.err
		}
	}
	return AuctionSettlement{}, fmt.Errorf("tx %s has no AuctionSettled event", rcpt.TxHash)
}

// approveShares lets the vault move s's GPUAsset shares, once.
func (v *Vault) approveShares(ctx context.Context, s Sender) error {
	out, err := v.call.CallContract(ctx, ethereum.CallMsg{To: &v.assets, Data: v.shares.PackIsApprovedForAll(s.Address(), v.addr)}, nil)
	if err != nil {
		return fmt.Errorf("read share approval: %w", err)
	}
	if ok, err := v.shares.UnpackIsApprovedForAll(out); err == nil && ok {
		return nil
	}
	_, err = send(ctx, s, v.assets, "approve the credit vault for shares", v.shares.PackSetApprovalForAll(v.addr, true))
	return err
}

func (v *Vault) read(ctx context.Context, data []byte) ([]byte, error) {
	return v.call.CallContract(ctx, ethereum.CallMsg{To: &v.addr, Data: data}, nil)
}

func send(ctx context.Context, s Sender, to common.Address, what string, data []byte) (*types.Receipt, error) {
	rcpt, err := s.SendAndWait(ctx, &to, data, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return rcpt, nil
}

// sendForPayment sends a withdrawal to the contract at `to` and answers
// what it paid, from the first of the contract's logs in the receipt that
// unpack reads (its event's amount): the contract's own word on the payment,
// not a balance difference a concurrent transfer could blur.
func sendForPayment[E any](ctx context.Context, s Sender, to common.Address, what, event string, data []byte,
	unpack func(*types.Log) (*E, error), amount func(*E) *big.Int) (money.Amount, *types.Receipt, error) {
	rcpt, err := send(ctx, s, to, what, data)
	if err != nil {
		return money.Zero, nil, err
	}
	for _, l := range logsOf(rcpt, to) {
		if ev, err := unpack(l); err == nil {
			amt, err := money.FromUnits(amount(ev))
			return amt, rcpt, err
		}
	}
	return money.Zero, rcpt, fmt.Errorf("%s: tx %s has no %s event", what, rcpt.TxHash, event)
}

func logsOf(rcpt *types.Receipt, addr common.Address) []*types.Log {
	var out []*types.Log
	for _, l := range rcpt.Logs {
		if l.Address == addr {
			out = append(out, l)
		}
	}
	return out
}

func readAmount(ctx context.Context, read func(context.Context, []byte) ([]byte, error), what string, data []byte, unpack func([]byte) (*big.Int, error)) (money.Amount, error) {
	out, err := read(ctx, data)
	if err != nil {
		return money.Zero, fmt.Errorf("%s: %w", what, err)
	}
	units, err := unpack(out)
	if err != nil {
		return money.Zero, fmt.Errorf("%s: %w", what, err)
	}
	return money.FromUnits(units)
}

// checkUnits refuses a zero amount and one past the contracts' 128-bit books.
func checkUnits(a money.Amount, name string) error {
	if a.IsZero() {
		return invalid("%s must be positive", name)
	}
	if a.Units().Cmp(maxUint128) > 0 {
		return invalid("%s exceeds 2^128-1 units", name)
	}
	return nil
}

func checkShares(s Shares) error {
	if s.Int() == nil || s.Int().Sign() <= 0 {
		return invalid("shares must be a positive whole number")
	}
	if s.Int().BitLen() > 64 {
		return invalid("shares exceed 2^64-1")
	}
	return nil
}

// amounts converts token units to money.Amount, keeping the first error.
type amounts struct{ err error }

func (c *amounts) of(u *big.Int) money.Amount {
	a, err := money.FromUnits(u)
	if err != nil && c.err == nil {
		c.err = err
	}
	return a
}
