package api

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"
	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// Compute finance over HTTP (issue 14; docs/credit.md, docs/api-access.md).
// Lenders fund the LendingPool and take their money back; borrowers pledge
// GPU shares to the CreditVault, borrow against them, repay, add or take
// back collateral; liquidators flag unhealthy loans, open their auctions
// and bid; anyone reads the pool's books and rates and every loan with its
// health.
//
// Reads come from the contracts' views, every figure of an answer at one
// block (the head for a GET, the receipt's block for a write), until the
// ledger mirror indexes the credit events. A list of loans reads each loan
// it shows, so it is paged by id and scans a bounded number of ids.
//
// Writes go through s.write, so an Idempotency-Key retry finishes what its
// first attempt sent, and every answer is built from the receipt: the
// event of the write and the views at the receipt's block. A write of one
// transaction lets the contract judge: the transaction is simulated before
// it is signed, and a refusal is a 422 with the decoded revert worded in
// the user's units (borrowing over the LTV, withdrawing lent-out cash,
// flagging a healthy loan, an auction before the grace ends), nothing
// sent. A write that first approves the vault or the pool (a deposit, a
// pledge, added collateral, a repayment, a bid) checks here, before any
// transaction, what the contract would refuse after the approval (the
// caller's balance or shares, the loan's status and debt, the auction's
// price), so that a refusal sends nothing at all.

// Loan ids are scanned at most this many per list request.
const (
	maxLoanPage = 100
	maxLoanScan = 1000
)

type creditAmountReq struct {
	// Amount is what to withdraw or repay; All takes everything (every
	// pool share the caller holds, or the loan's whole debt) instead.
	Amount string `json:"amount,omitempty"`
	All    bool   `json:"all,omitempty"`
}

type pledgeReq struct {
	AssetID string           `json:"asset_id" required:"true"`
	Shares  contracts.Shares `json:"shares" required:"true"`
}

type sharesReq struct {
	Shares contracts.Shares `json:"shares" required:"true"`
}

// requiredAmountReq is {"amount"} for a deposit or a borrow.
type requiredAmountReq struct {
	Amount string `json:"amount" required:"true"`
}

type bidReq struct {
	// MaxPrice bounds what the bid pays, checked on chain: the auction's
	// price falls, and the bidder pays the price of the block it lands in.
	MaxPrice string `json:"max_price" required:"true"`
}

// atBlock pins every read of a contract client to one block.
type atBlock struct {
	c     contracts.Caller
	block *big.Int
}

// CallContract implements contracts.Caller at the pinned block.
func (a atBlock) CallContract(ctx context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	return a.c.CallContract(ctx, msg, a.block)
}

// creditAt returns clients of the pool and the vault that read at block
// (nil: the latest). They are for reads only.
func (s *Server) creditAt(block *big.Int) (*contracts.Pool, *contracts.Vault) {
	r := atBlock{c: chain.DecodingCaller{Client: s.svc.Chain.Client(), Decoder: s.svc.Decoder}, block: block}
	return contracts.NewPool(r, s.svc.Pool.Address(), s.svc.Token),
		contracts.NewVault(r, s.svc.Vault.Address(), s.svc.Assets.Address(), s.svc.Token)
}

// head returns the latest block's header: the block a read answers at.
func (s *Server) head(ctx context.Context) (*types.Header, error) {
	return s.svc.Chain.Client().HeaderByNumber(ctx, nil)
}

// ---------------------------------------------------------------- pool

// poolJSON is the pool at one block. To the unit: total_assets = cash +
// borrowed; borrowed = lent + interest_accrued - repaid - bad_debt.
type poolJSON struct {
	Address         string       `json:"address"`
	Cash            money.Amount `json:"cash"`
	Borrowed        money.Amount `json:"borrowed"`
	TotalAssets     money.Amount `json:"total_assets"`
	InterestAccrued money.Amount `json:"interest_accrued"`
	Penalties       money.Amount `json:"penalties"`
	BadDebt         money.Amount `json:"bad_debt"`
	// TotalShares are the pool shares in issue; SharePrice what one is
	// worth in the stablecoin (rounded down to 12 decimals).
	TotalShares string `json:"total_shares"`
	SharePrice  string `json:"share_price"`
	// Utilisation is borrowed / total_assets; BorrowRate the rate per year
	// the curve gives at it; SupplyRate = BorrowRate x Utilisation, what
	// lenders earn per year on the pool's assets (no reserve factor).
	Utilisation decimal.Decimal     `json:"utilisation"`
	BorrowRate  decimal.Decimal     `json:"borrow_rate"`
	SupplyRate  decimal.Decimal     `json:"supply_rate"`
	BorrowIndex decimal.Decimal     `json:"borrow_index"`
	RateModel   contracts.RateModel `json:"rate_model"`
	Risk        riskJSON            `json:"risk"`
	AsOf        time.Time           `json:"as_of"`
	Block       uint64              `json:"block"`
}

// riskJSON are the vault's risk parameters, durations in seconds.
type riskJSON struct {
	LTVBps                  uint16 `json:"ltv_bps"`
	LiquidationThresholdBps uint16 `json:"liquidation_threshold_bps"`
	PenaltyBps              uint16 `json:"penalty_bps"`
	AuctionFloorBps         uint16 `json:"auction_floor_bps"`
	DiscountRateBps         uint16 `json:"discount_rate_bps"`
	GracePeriodSeconds      int64  `json:"grace_period_seconds"`
	AuctionDurationSeconds  int64  `json:"auction_duration_seconds"`
	LookbackSeconds         int64  `json:"lookback_seconds"`
}

func toRiskJSON(r contracts.RiskParams) riskJSON {
	return riskJSON{
		LTVBps: r.LTVBps, LiquidationThresholdBps: r.LiquidationThresholdBps, PenaltyBps: r.PenaltyBps,
		AuctionFloorBps: r.AuctionFloorBps, DiscountRateBps: r.DiscountRateBps,
		GracePeriodSeconds: int64(r.GracePeriod / time.Second), AuctionDurationSeconds: int64(r.AuctionDuration / time.Second),
		LookbackSeconds: int64(r.Lookback / time.Second),
	}
}

// poolShares renders pool share units as a decimal (PoolShareDecimals).
func poolShares(n *big.Int) string {
	if n == nil {
		return "0"
	}
	return decimal.NewFromBigInt(n, -contracts.PoolShareDecimals).String()
}

// sharePrice is what one whole pool share (10^12 share units) is worth in
// the stablecoin, as ERC-4626's convertToAssets computes it with the
// pool's virtual shares and unit: (total assets + 1) / (total shares +
// 10^6) units per share unit, so 10^6 x (A + 1) / (S + 10^6) a share;
// rounded down to 12 decimals.
func sharePrice(b contracts.PoolBooks) string {
	const digits = 12
	num := new(big.Int).Add(b.TotalAssets.Units(), big.NewInt(1))
	num.Mul(num, new(big.Int).Exp(big.NewInt(10), big.NewInt(contracts.PoolShareDecimals-money.Decimals+digits), nil))
	den := new(big.Int).Add(b.TotalShares, big.NewInt(1_000_000))
	return decimal.NewFromBigInt(num.Quo(num, den), -digits).String()
}

// getPool answers the pool's books, rates and the risk parameters in force.
func (s *Server) getPool(c echo.Context) error {
	ctx := c.Request().Context()
	h, err := s.head(ctx)
	if err != nil {
		return err
	}
	pool, vault := s.creditAt(h.Number)
	b, err := pool.Books(ctx)
	if err != nil {
		return err
	}
	rate, err := pool.Rate(ctx)
	if err != nil {
		return err
	}
	model, err := pool.RateModel(ctx)
	if err != nil {
		return err
	}
	risk, err := vault.RiskParams(ctx)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, poolJSON{
		Address: pool.Address().Hex(), Cash: b.Cash, Borrowed: b.BorrowAssets, TotalAssets: b.TotalAssets,
		InterestAccrued: b.InterestAccrued, Penalties: b.Penalties, BadDebt: b.BadDebt,
		TotalShares: poolShares(b.TotalShares), SharePrice: sharePrice(b),
		Utilisation: rate.Utilisation, BorrowRate: rate.RatePerYear,
		SupplyRate:  rate.RatePerYear.Mul(rate.Utilisation).Truncate(18),
		BorrowIndex: b.BorrowIndex, RateModel: model, Risk: toRiskJSON(risk),
		AsOf: time.Unix(int64(h.Time), 0).UTC(), Block: h.Number.Uint64(),
	})
}

// positionJSON is a lender's position: its pool shares, what they are
// worth now (rounded down), and how much of it the pool's idle cash lets
// it withdraw now.
type positionJSON struct {
	Address     string       `json:"address"`
	Shares      string       `json:"shares"`
	Assets      money.Amount `json:"assets"`
	MaxWithdraw money.Amount `json:"max_withdraw"`
}

func positionAt(ctx context.Context, pool *contracts.Pool, addr common.Address) (positionJSON, error) {
	shares, err := pool.SharesOf(ctx, addr)
	if err != nil {
		return positionJSON{}, err
	}
	assets, err := pool.AssetsOf(ctx, addr)
	if err != nil {
		return positionJSON{}, err
	}
	max, err := pool.MaxWithdraw(ctx, addr)
	if err != nil {
		return positionJSON{}, err
	}
	return positionJSON{Address: addr.Hex(), Shares: poolShares(shares), Assets: assets, MaxWithdraw: max}, nil
}

// pathAddress reads a 0x-hex address from the path.
func pathAddress(c echo.Context, name string) (common.Address, error) {
	raw := c.Param(name)
	if !common.IsHexAddress(raw) {
		return common.Address{}, validation(fmt.Sprintf("%s %q is not a 0x-hex address", name, clip(raw, MaxAddressLen)))
	}
	return common.HexToAddress(raw), nil
}

// getLender answers a lender's position (public: the chain is).
func (s *Server) getLender(c echo.Context) error {
	addr, err := pathAddress(c, "address")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	h, err := s.head(ctx)
	if err != nil {
		return err
	}
	pool, _ := s.creditAt(h.Number)
	p, err := positionAt(ctx, pool, addr)
	if err != nil {
		return err
	}
	out, err := asObject(p)
	if err != nil {
		return err
	}
	out["block"] = h.Number.Uint64()
	return c.JSON(http.StatusOK, out)
}

// positiveAmount parses a required, positive amount field.
func positiveAmount(name, raw string) (money.Amount, error) {
	if raw == "" {
		return money.Zero, validation(name + " is required")
	}
	a, err := money.Parse(raw)
	if err != nil {
		return money.Zero, validation(name + ": " + err.Error())
	}
	if a.IsZero() {
		return money.Zero, validation(name + " must be positive")
	}
	return a, nil
}

// insufficientFunds refuses a write the caller cannot pay for.
func insufficientFunds(detail string) error {
	return newProblem(http.StatusConflict, ProblemConflict, "Insufficient funds", detail)
}

// creditConflict refuses a write the loan's or the pool's state does not allow now.
func creditConflict(detail string) error {
	return newProblem(http.StatusConflict, ProblemConflict, "Not possible now", detail)
}

// poolDeposit lends amount of the caller's stablecoin to the pool for pool
// shares (approve, then deposit). A balance short of it is a 409, nothing sent.
func (s *Server) poolDeposit(c echo.Context) error {
	var req requiredAmountReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	amount, err := positiveAmount("amount", req.Amount)
	if err != nil {
		return err
	}
	lender, err := s.caller(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	if err := preflight(c, func() error {
		bal, err := s.svc.Token.BalanceOf(ctx, lender.Address())
		if err != nil {
			return err
		}
		if bal.Cmp(amount) < 0 {
			return insufficientFunds(fmt.Sprintf("%s holds %s of the stablecoin; cannot deposit %s", lender.Address().Hex(), bal, amount))
		}
		shares, err := s.svc.Pool.PreviewDeposit(ctx, amount)
		if err != nil {
			return err
		}
		if shares.Sign() == 0 {
			return creditConflict(fmt.Sprintf("a deposit of %s would mint no pool share at the pool's share price", amount))
		}
		return nil
	}); err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusCreated, to: s.svc.Pool.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Pool.Deposit(ctx, lender, amount)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			mv, err := s.svc.Pool.DepositIn(r)
			if err != nil {
				return nil, err
			}
			return s.poolMoveAnswer(ctx, r, lender.Address(), "deposited", mv)
		},
	})
}

// poolMoveAnswer answers a deposit or a withdrawal: what moved and the
// lender's position at the receipt's block.
func (s *Server) poolMoveAnswer(ctx context.Context, r *types.Receipt, lender common.Address, verb string, mv contracts.PoolMove) (any, error) {
	pool, _ := s.creditAt(r.BlockNumber)
	p, err := positionAt(ctx, pool, lender)
	if err != nil {
		return nil, err
	}
	return map[string]any{"lender": lender.Hex(), verb: mv.Assets, "shares": poolShares(mv.Shares), "position": p}, nil
}

// poolWithdraw pays the caller amount of its assets in the pool, or all of
// them ("all": redeems every pool share it holds). The pool pays only from
// idle cash: more is refused by the contract (422
// ERC4626ExceededMaxWithdraw / ERC4626ExceededMaxRedeem), nothing sent.
func (s *Server) poolWithdraw(c echo.Context) error {
	var req creditAmountReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	var amount money.Amount
	switch {
	case req.All && req.Amount != "":
		return validation("give amount or all, not both")
	case !req.All:
		var err error
		if amount, err = positiveAmount("amount", req.Amount); err != nil {
			return validation(err.Error() + " (or all: true to withdraw everything)")
		}
	}
	lender, err := s.caller(c)
	if err != nil {
		return err
	}
	// redeemable is what "all" redeems: every pool share the lender holds.
	// When the idle cash covers their worth but buys back a few share units
	// less (after bad debt, a share unit is worth under a unit: see
	// contracts.Pool.MaxRedeem), those few are left, worth nothing. When
	// the cash does not cover their worth, every share is asked for and the
	// contract refuses (ERC4626ExceededMaxRedeem): the rest is lent out.
	redeemable := func(ctx context.Context) (*big.Int, error) {
		shares, err := s.svc.Pool.SharesOf(ctx, lender.Address())
		if err != nil {
			return nil, err
		}
		if shares.Sign() == 0 {
			return nil, creditConflict(fmt.Sprintf("%s holds no pool shares: nothing to withdraw", lender.Address().Hex()))
		}
		worth, err := s.svc.Pool.AssetsOf(ctx, lender.Address())
		if err != nil {
			return nil, err
		}
		payable, err := s.svc.Pool.MaxWithdraw(ctx, lender.Address())
		if err != nil {
			return nil, err
		}
		if payable.Cmp(worth) < 0 {
			return shares, nil
		}
		max, err := s.svc.Pool.MaxRedeem(ctx, lender.Address())
		if err != nil {
			return nil, err
		}
		if max.Sign() > 0 && max.Cmp(shares) < 0 {
			return max, nil
		}
		return shares, nil
	}
	if req.All {
		if err := preflight(c, func() error {
			_, err := redeemable(c.Request().Context())
			return err
		}); err != nil {
			return err
		}
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Pool.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			if !req.All {
				_, r, err := s.svc.Pool.Withdraw(ctx, lender, amount)
				return r, err
			}
			shares, err := redeemable(ctx)
			if err != nil {
				return nil, err
			}
			_, r, err := s.svc.Pool.Redeem(ctx, lender, shares)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			mv, err := s.svc.Pool.WithdrawIn(r)
			if err != nil {
				return nil, err
			}
			return s.poolMoveAnswer(ctx, r, lender.Address(), "withdrawn", mv)
		},
	})
}

// ---------------------------------------------------------------- collateral

// pricePerShare renders a price in units x 10^18 per share as the stablecoin per share.
func pricePerShare(p *big.Int) string {
	if p == nil {
		return "0"
	}
	return decimal.NewFromBigInt(p, -(18 + money.Decimals)).String()
}

// getCollateral answers what one share of an asset is worth as collateral
// now, and the two parts it is the lower of (docs/credit.md).
func (s *Server) getCollateral(c echo.Context) error {
	assetID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if _, err := s.asset(c, assetID); err != nil {
		return err
	}
	ctx := c.Request().Context()
	h, err := s.head(ctx)
	if err != nil {
		return err
	}
	_, vault := s.creditAt(h.Number)
	price, err := vault.SharePrice(ctx, assetID)
	if err != nil {
		return err
	}
	book, err := vault.AssetBook(ctx, assetID)
	if err != nil {
		return err
	}
	older, recent, err := vault.Snapshots(ctx, assetID)
	if err != nil {
		return err
	}
	risk, err := vault.RiskParams(ctx)
	if err != nil {
		return err
	}
	now := time.Unix(int64(h.Time), 0).UTC()
	// The valuation's window starts at the newest snapshot a lookback old.
	var since *time.Time
	for _, sn := range []contracts.RevenueSnapshot{recent, older} {
		if !sn.TakenAt.IsZero() && now.Sub(sn.TakenAt) >= risk.Lookback {
			t := sn.TakenAt.UTC()
			since = &t
			break
		}
	}
	return c.JSON(http.StatusOK, map[string]any{
		"asset_id": id(assetID), "value_per_share": pricePerShare(price.Price),
		"book_value_per_share": pricePerShare(price.Book), "revenue_value_per_share": pricePerShare(price.Revenue),
		"revenue_since": since, "pledged_shares": book.Pledged,
		"ltv_bps": risk.LTVBps, "liquidation_threshold_bps": risk.LiquidationThresholdBps,
		"discount_rate_bps": risk.DiscountRateBps, "lookback_seconds": int64(risk.Lookback / time.Second),
		"as_of": now, "block": h.Number.Uint64(),
	})
}

// ---------------------------------------------------------------- loans

// loanJSON is a loan with its health at one block.
//
// net_debt = debt - pending_revenue (revenue swept for the loan's shares
// and not yet applied: it repays the loan when the loan is next touched).
// The loan is healthy while net_debt <= liquidation_limit;
// health_factor = liquidation_limit / net_debt (null without debt), below
// 1 unhealthy; ltv = net_debt / collateral_value.
type loanJSON struct {
	ID                string               `json:"id"`
	Borrower          string               `json:"borrower"`
	AssetID           string               `json:"asset_id"`
	Status            contracts.LoanStatus `json:"status"`
	Shares            contracts.Shares     `json:"shares"`
	Principal         money.Amount         `json:"principal"`
	Debt              money.Amount         `json:"debt"`
	PendingRevenue    money.Amount         `json:"pending_revenue"`
	NetDebt           money.Amount         `json:"net_debt"`
	CollateralValue   money.Amount         `json:"collateral_value"`
	BorrowLimit       money.Amount         `json:"borrow_limit"`
	LiquidationLimit  money.Amount         `json:"liquidation_limit"`
	AvailableToBorrow money.Amount         `json:"available_to_borrow"`
	LTV               *string              `json:"ltv"`
	HealthFactor      *string              `json:"health_factor"`
	Healthy           bool                 `json:"healthy"`
	FlaggedAt         *time.Time           `json:"flagged_at"`
	GraceEndsAt       *time.Time           `json:"grace_ends_at"`
	OpenedAt          time.Time            `json:"opened_at"`
	Auction           *auctionJSON         `json:"auction"`
	AsOf              time.Time            `json:"as_of"`
}

// auctionJSON is a loan's Dutch auction: the price falls linearly from
// start_price to floor_price until ends_at, then stays at the floor.
// price is the price now, shown while the auction is open.
type auctionJSON struct {
	StartPrice money.Amount  `json:"start_price"`
	FloorPrice money.Amount  `json:"floor_price"`
	Price      *money.Amount `json:"price"`
	StartedAt  time.Time     `json:"started_at"`
	EndsAt     time.Time     `json:"ends_at"`
}

// ratio is a / b rounded down to 4 decimals; nil when b is zero.
func ratio(a, b money.Amount) *string {
	if b.IsZero() {
		return nil
	}
	r := a.Decimal().DivRound(b.Decimal(), 12).Truncate(4).StringFixed(4)
	return &r
}

// loanView reads loan id at block (nil: the latest) with its health.
func (s *Server) loanView(ctx context.Context, loanID uint64, block *big.Int) (loanJSON, error) {
	if block == nil {
		h, err := s.head(ctx)
		if err != nil {
			return loanJSON{}, err
		}
		block = h.Number
	}
	_, vault := s.creditAt(block)
	l, err := vault.Loan(ctx, loanID)
	if isRevert(err, "UnknownLoan") {
		return loanJSON{}, notFound(fmt.Sprintf("loan %d does not exist", loanID))
	}
	if err != nil {
		return loanJSON{}, err
	}
	risk, err := vault.RiskParams(ctx)
	if err != nil {
		return loanJSON{}, err
	}
	h, err := s.svc.Chain.Client().HeaderByNumber(ctx, block)
	if err != nil {
		return loanJSON{}, err
	}
	net, err := l.Debt.Sub(l.PendingRevenue)
	if err != nil {
		net = money.Zero // pending revenue beyond the debt: credited to the borrower when applied
	}
	avail, err := l.BorrowLimit.Sub(net)
	if err != nil {
		avail = money.Zero
	}
	v := loanJSON{
		ID: id(l.ID), Borrower: l.Borrower.Hex(), AssetID: id(l.AssetID), Status: l.Status, Shares: l.Shares,
		Principal: l.Principal, Debt: l.Debt, PendingRevenue: l.PendingRevenue, NetDebt: net,
		CollateralValue: l.CollateralValue, BorrowLimit: l.BorrowLimit, LiquidationLimit: l.LiquidationLimit,
		AvailableToBorrow: avail, LTV: ratio(net, l.CollateralValue), HealthFactor: ratio(l.LiquidationLimit, net),
		Healthy: l.Healthy(), OpenedAt: l.OpenedAt.UTC(), AsOf: time.Unix(int64(h.Time), 0).UTC(),
	}
	if l.Status != contracts.LoanActive {
		v.AvailableToBorrow = money.Zero
	}
	if !l.FlaggedAt.IsZero() {
		f, g := l.FlaggedAt.UTC(), l.FlaggedAt.Add(risk.GracePeriod).UTC()
		v.FlaggedAt, v.GraceEndsAt = &f, &g
	}
	if l.Status == contracts.LoanAuction || l.Status == contracts.LoanLiquidated {
		a, err := vault.Auction(ctx, loanID)
		if err != nil {
			return loanJSON{}, err
		}
		if !a.StartedAt.IsZero() {
			v.Auction = &auctionJSON{StartPrice: a.StartPrice, FloorPrice: a.Floor,
				StartedAt: a.StartedAt.UTC(), EndsAt: a.StartedAt.Add(a.Duration).UTC()}
			if l.Status == contracts.LoanAuction {
				p := a.Price
				v.Auction.Price = &p
			}
		}
	}
	return v, nil
}

// loanOf reads the path's loan at the latest block (404 when unknown).
func (s *Server) loanOf(c echo.Context) (contracts.Loan, error) {
	loanID, err := pathID(c, "id")
	if err != nil {
		return contracts.Loan{}, err
	}
	l, err := s.svc.Vault.Loan(c.Request().Context(), loanID)
	if isRevert(err, "UnknownLoan") {
		return contracts.Loan{}, notFound(fmt.Sprintf("loan %d does not exist", loanID))
	}
	return l, err
}

// borrowersLoan reads the path's loan and refuses anyone but its borrower
// (403; admins too: the vault lends to and takes collateral from the
// borrower's own account, and the API lets no one repay another's loan).
func (s *Server) borrowersLoan(c echo.Context, what string) (contracts.Loan, error) {
	l, err := s.loanOf(c)
	if err != nil {
		return contracts.Loan{}, err
	}
	p, _ := principal(c)
	if p.Address != l.Borrower {
		return contracts.Loan{}, forbidden(fmt.Sprintf("loan %d is %s's; only its borrower may %s, not %s",
			l.ID, l.Borrower.Hex(), what, p.Address.Hex()))
	}
	return l, nil
}

// getLoan answers one loan with its health (public: the chain is).
func (s *Server) getLoan(c echo.Context) error {
	loanID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	h, err := s.head(ctx)
	if err != nil {
		return err
	}
	v, err := s.loanView(ctx, loanID, h.Number)
	if err != nil {
		return err
	}
	out, err := asObject(v)
	if err != nil {
		return err
	}
	out["block"] = h.Number.Uint64()
	return c.JSON(http.StatusOK, out)
}

// listLoans answers loans with their health, by id, filtered by borrower,
// asset and status; after= is the last id of the previous page, limit= at
// most 100. A page scans at most 1000 ids: it may hold fewer loans than
// the limit and still have a next.
func (s *Server) listLoans(c echo.Context) error {
	q := c.QueryParams()
	borrower, err := queryAddress(q, "borrower")
	if err != nil {
		return err
	}
	var assetID uint64
	if v := q.Get("asset"); v != "" {
		if assetID, err = strconv.ParseUint(v, 10, 64); err != nil || assetID == 0 {
			return validation(fmt.Sprintf("asset %q is not a positive decimal id", v))
		}
	}
	status := q.Get("status")
	switch status {
	case "", "active", "auction", "liquidated", "closed":
	default:
		return validation(fmt.Sprintf("status %q is not one of active, auction, liquidated, closed", status))
	}
	var after uint64
	if v := q.Get("after"); v != "" {
		if after, err = strconv.ParseUint(v, 10, 64); err != nil {
			return validation(fmt.Sprintf("after %q is not a decimal loan id", clip(v, MaxIDLen)))
		}
	}
	limit := 50
	if v := q.Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > maxLoanPage {
			return validation(fmt.Sprintf("limit %q must be a whole number from 1 to %d", v, maxLoanPage))
		}
	}
	ctx := c.Request().Context()
	h, err := s.head(ctx)
	if err != nil {
		return err
	}
	_, vault := s.creditAt(h.Number)
	n, err := vault.LoanCount(ctx)
	if err != nil {
		return err
	}
	loans := []loanJSON{}
	last := after
	for loanID := after + 1; loanID <= n && len(loans) < limit && loanID-after <= maxLoanScan; loanID++ {
		last = loanID
		l, err := vault.Loan(ctx, loanID)
		if err != nil {
			return err
		}
		if (borrower != nil && l.Borrower != *borrower) || (assetID != 0 && l.AssetID != assetID) ||
			(status != "" && l.Status.String() != status) {
			continue
		}
		v, err := s.loanView(ctx, loanID, h.Number)
		if err != nil {
			return err
		}
		loans = append(loans, v)
	}
	out := map[string]any{"loans": loans, "block": h.Number.Uint64()}
	if last < n {
		out["next"] = id(last)
	}
	return c.JSON(http.StatusOK, out)
}

// loanAnswer answers a write on a loan: the loan at the receipt's block,
// with extra fields saying what the write did.
func (s *Server) loanAnswer(ctx context.Context, loanID uint64, r *types.Receipt, extra map[string]any) (any, error) {
	v, err := s.loanView(ctx, loanID, r.BlockNumber)
	if err != nil {
		return nil, err
	}
	out, err := asObject(v)
	if err != nil {
		return nil, err
	}
	for k, x := range extra {
		out[k] = x
	}
	return out, nil
}

// revenueJSON is swept revenue applied to a loan: revenue = to_interest +
// to_principal + to_borrower (credited to the borrower, GET /v1/owed/:address).
type revenueJSON struct {
	Revenue     money.Amount `json:"revenue"`
	ToInterest  money.Amount `json:"to_interest"`
	ToPrincipal money.Amount `json:"to_principal"`
	ToBorrower  money.Amount `json:"to_borrower"`
}

// revenueApplied is the loan's revenue application in the transaction, or nil.
func (s *Server) revenueApplied(r *types.Receipt, loanID uint64) (*revenueJSON, error) {
	apps, err := s.svc.Vault.RevenueAppliedIn(r)
	if err != nil {
		return nil, err
	}
	for _, a := range apps {
		if a.LoanID == loanID {
			return &revenueJSON{Revenue: a.Revenue, ToInterest: a.ToInterest, ToPrincipal: a.ToPrincipal, ToBorrower: a.ToBorrower}, nil
		}
	}
	return nil, nil
}

// pledge opens a loan on shares of an asset the caller holds: the vault
// takes them into custody (approving it for the caller's shares first, once).
func (s *Server) pledge(c echo.Context) error {
	var req pledgeReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	assetID, err := strconv.ParseUint(req.AssetID, 10, 64)
	if err != nil || assetID == 0 {
		return validation(fmt.Sprintf("asset_id %q is not a positive decimal id", clip(req.AssetID, MaxIDLen)))
	}
	if req.Shares.Int() == nil || req.Shares.Int().Sign() <= 0 {
		return validation("shares must be a positive whole number")
	}
	if _, err := s.asset(c, assetID); err != nil {
		return err
	}
	borrower, err := s.caller(c)
	if err != nil {
		return err
	}
	if err := preflight(c, func() error { return s.holdsShares(c, borrower.Address(), assetID, req.Shares) }); err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusCreated, to: s.svc.Vault.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Vault.Pledge(ctx, borrower, assetID, req.Shares)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			loanID, err := s.svc.Vault.LoanOpenedIn(r)
			if err != nil {
				return nil, err
			}
			return s.loanAnswer(ctx, loanID, r, nil)
		},
	})
}

// holdsShares refuses (400) shares the caller does not hold, as a share
// transfer does: pledged shares are the vault's, not the caller's.
func (s *Server) holdsShares(c echo.Context, who common.Address, assetID uint64, shares contracts.Shares) error {
	held, err := s.svc.Assets.SharesOf(c.Request().Context(), who, assetID)
	if err != nil {
		return err
	}
	if held.Int().Cmp(shares.Int()) < 0 {
		return validation(fmt.Sprintf("you hold %s shares of asset %d, not %s", held, assetID, shares))
	}
	return nil
}

// borrow lends amount from the pool against the loan, paid to its
// borrower. The contract refuses a debt above LTV x collateral value, a
// flagged loan, or more than the pool's idle cash (422, nothing sent).
func (s *Server) borrow(c echo.Context) error {
	l, err := s.borrowersLoan(c, "borrow on it")
	if err != nil {
		return err
	}
	var req requiredAmountReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	amount, err := positiveAmount("amount", req.Amount)
	if err != nil {
		return err
	}
	borrower, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Vault.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Vault.Borrow(ctx, borrower, l.ID, amount)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			b, err := s.svc.Vault.BorrowedIn(r)
			if err != nil {
				return nil, err
			}
			return s.loanAnswer(ctx, l.ID, r, map[string]any{"borrowed": b.Amount})
		},
	})
}

// repay repays amount of the loan, or all of it, from its borrower's
// stablecoin (approve, then repay); swept revenue is applied first. The
// vault takes at most the debt: the approval is capped at the debt now
// plus the interest of the next minutes (0.1% + one unit).
func (s *Server) repay(c echo.Context) error {
	l, err := s.borrowersLoan(c, "repay it")
	if err != nil {
		return err
	}
	var req creditAmountReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	var amount money.Amount
	switch {
	case req.All && req.Amount != "":
		return validation("give amount or all, not both")
	case !req.All:
		if amount, err = positiveAmount("amount", req.Amount); err != nil {
			return validation(err.Error() + " (or all: true to repay the whole debt)")
		}
	}
	borrower, err := s.caller(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	if err := preflight(c, func() error {
		if l.Status != contracts.LoanActive {
			return creditConflict(fmt.Sprintf("loan %d is %s: only an active loan can be repaid", l.ID, l.Status))
		}
		net, err := l.Debt.Sub(l.PendingRevenue)
		if err != nil || net.IsZero() {
			if l.PendingRevenue.IsZero() {
				return creditConflict(fmt.Sprintf("loan %d owes nothing", l.ID))
			}
			return creditConflict(fmt.Sprintf("loan %d's swept revenue (%s) already covers its debt (%s): settle it (POST /v1/loans/%d/settle)",
				l.ID, l.PendingRevenue, l.Debt, l.ID))
		}
		due := net
		if !req.All && amount.Cmp(net) < 0 {
			due = amount
		}
		bal, err := s.svc.Token.BalanceOf(ctx, borrower.Address())
		if err != nil {
			return err
		}
		if bal.Cmp(due) < 0 {
			return insufficientFunds(fmt.Sprintf("%s holds %s of the stablecoin; repaying loan %d needs %s",
				borrower.Address().Hex(), bal, l.ID, due))
		}
		return nil
	}); err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Vault.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			if req.All {
				_, r, err := s.svc.Vault.RepayAll(ctx, borrower, l.ID)
				return r, err
			}
			cur, err := s.svc.Vault.Loan(ctx, l.ID)
			if err != nil {
				return nil, err
			}
			headroom := new(big.Int).Quo(cur.Debt.Units(), big.NewInt(1000))
			headroom.Add(headroom, big.NewInt(1)).Add(headroom, cur.Debt.Units())
			pay := amount
			if pay.Units().Cmp(headroom) > 0 {
				pay = money.MustFromUnits(headroom)
			}
			_, r, err := s.svc.Vault.Repay(ctx, borrower, l.ID, pay)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			extra := map[string]any{"repaid": nil}
			if rp, err := s.svc.Vault.RepaidIn(r); err == nil {
				extra["repaid"] = map[string]any{"amount": rp.ToInterest.Add(rp.ToPrincipal), "to_interest": rp.ToInterest, "to_principal": rp.ToPrincipal}
			}
			app, err := s.revenueApplied(r, l.ID)
			if err != nil {
				return nil, err
			}
			extra["revenue_applied"] = app
			return s.loanAnswer(ctx, l.ID, r, extra)
		},
	})
}

// addCollateral pledges more shares of the loan's asset to it; a flagged
// loan healthy afterwards is cured.
func (s *Server) addCollateral(c echo.Context) error {
	l, err := s.borrowersLoan(c, "add collateral to it")
	if err != nil {
		return err
	}
	var req sharesReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	if req.Shares.Int() == nil || req.Shares.Int().Sign() <= 0 {
		return validation("shares must be a positive whole number")
	}
	borrower, err := s.caller(c)
	if err != nil {
		return err
	}
	if err := preflight(c, func() error {
		if l.Status != contracts.LoanActive {
			return creditConflict(fmt.Sprintf("loan %d is %s: only an active loan takes collateral", l.ID, l.Status))
		}
		return s.holdsShares(c, borrower.Address(), l.AssetID, req.Shares)
	}); err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Vault.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Vault.AddCollateral(ctx, borrower, l.ID, req.Shares)
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			return s.loanAnswer(ctx, l.ID, r, map[string]any{"added_shares": req.Shares})
		},
	})
}

// unpledge gives shares of the loan's collateral back to its borrower; the
// shares left must still cover the debt at the LTV (the contract judges:
// 422 BorrowLimitExceeded, nothing sent). A loan left with no shares and
// no debt is closed.
func (s *Server) unpledge(c echo.Context) error {
	l, err := s.borrowersLoan(c, "take collateral back")
	if err != nil {
		return err
	}
	var req sharesReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	if req.Shares.Int() == nil || req.Shares.Int().Sign() <= 0 {
		return validation("shares must be a positive whole number")
	}
	borrower, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Vault.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Vault.Unpledge(ctx, borrower, l.ID, req.Shares)
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			return s.loanAnswer(ctx, l.ID, r, map[string]any{"returned_shares": req.Shares})
		},
	})
}

// settleLoan claims the revenue the vault's shares of the loan's asset
// have earned (a sweep) and applies the loan's part to its debt: interest,
// then principal, the rest credited to the borrower. Anyone with a key may:
// it only applies money already earned. When nothing is waiting it answers
// the loan with a note and sends nothing.
func (s *Server) settleLoan(c echo.Context) error {
	l, err := s.loanOf(c)
	if err != nil {
		return err
	}
	if l.Status != contracts.LoanActive && l.Status != contracts.LoanAuction {
		return creditConflict(fmt.Sprintf("loan %d is %s: there is nothing to settle", l.ID, l.Status))
	}
	caller, err := s.caller(c)
	if err != nil {
		return err
	}
	vault := s.svc.Vault.Address()
	toSweep := func(ctx context.Context) (bool, error) {
		cl, err := s.svc.Revenue.Claimable(ctx, l.AssetID, vault)
		return !cl.IsZero(), err
	}
	if !recorded(c) {
		ctx := c.Request().Context()
		sweep, err := toSweep(ctx)
		if err != nil {
			return err
		}
		units, fraction, err := s.svc.Vault.PendingRevenue(ctx, l.ID)
		if err != nil {
			return err
		}
		if !sweep && units.IsZero() && fraction.Sign() == 0 {
			h, err := s.head(ctx)
			if err != nil {
				return err
			}
			v, err := s.loanView(ctx, l.ID, h.Number)
			if err != nil {
				return err
			}
			out, err := noTx(v, "nothing to settle: no revenue earned by the loan's shares since it was last settled; no transaction sent", h.Number)
			if err != nil {
				return err
			}
			return c.JSON(http.StatusOK, out)
		}
	}
	return s.write(c, writeOp{
		// Two transactions to the vault (sweep, settle): a retry runs send
		// again and the journal hands back what the first attempt signed.
		status: http.StatusOK,
		send: func(ctx context.Context) (*types.Receipt, error) {
			sweep, err := toSweep(ctx)
			if err != nil {
				return nil, err
			}
			if sweep {
				if _, _, err := s.svc.Vault.Sweep(ctx, caller, l.AssetID); err != nil {
					return nil, err
				}
			}
			return s.svc.Vault.Settle(ctx, caller, l.ID)
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			app, err := s.revenueApplied(r, l.ID)
			if err != nil {
				return nil, err
			}
			return s.loanAnswer(ctx, l.ID, r, map[string]any{"revenue_applied": app})
		},
	})
}

// flagLoan starts the grace period of an unhealthy loan (liquidators: any
// key of a money role). The contract sweeps the loan's revenue and values
// it first; a healthy loan is refused (422 LoanHealthy), nothing sent.
func (s *Server) flagLoan(c echo.Context) error {
	l, err := s.loanOf(c)
	if err != nil {
		return err
	}
	caller, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Vault.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Vault.Flag(ctx, caller, l.ID)
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			return s.loanAnswer(ctx, l.ID, r, nil)
		},
	})
}

// startAuction puts a flagged loan's shares on sale once its grace is
// over and it is still unhealthy (422 NotFlagged / GraceNotOver /
// LoanHealthy otherwise, nothing sent).
func (s *Server) startAuction(c echo.Context) error {
	l, err := s.loanOf(c)
	if err != nil {
		return err
	}
	caller, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Vault.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Vault.StartAuction(ctx, caller, l.ID)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			if _, err := s.svc.Vault.AuctionStartedIn(r); err != nil {
				return nil, err
			}
			return s.loanAnswer(ctx, l.ID, r, nil)
		},
	})
}

// bid buys an auctioned loan's shares at the auction's current price, at
// most max_price (checked on chain). A price above the bound now, a loan
// not at auction or a balance short of the price is a 409, nothing sent.
func (s *Server) bid(c echo.Context) error {
	l, err := s.loanOf(c)
	if err != nil {
		return err
	}
	var req bidReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	maxPrice, err := positiveAmount("max_price", req.MaxPrice)
	if err != nil {
		return err
	}
	bidder, err := s.caller(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	if err := preflight(c, func() error {
		if l.Status != contracts.LoanAuction {
			return creditConflict(fmt.Sprintf("loan %d is %s, not at auction", l.ID, l.Status))
		}
		a, err := s.svc.Vault.Auction(ctx, l.ID)
		if err != nil {
			return err
		}
		if a.Price.Cmp(maxPrice) > 0 {
			return creditConflict(fmt.Sprintf("loan %d's auction price is %s, above your max_price %s (it falls to %s by %s)",
				l.ID, a.Price, maxPrice, a.Floor, a.StartedAt.Add(a.Duration).UTC().Format(time.RFC3339)))
		}
		bal, err := s.svc.Token.BalanceOf(ctx, bidder.Address())
		if err != nil {
			return err
		}
		if bal.Cmp(a.Price) < 0 {
			return insufficientFunds(fmt.Sprintf("%s holds %s of the stablecoin; loan %d's auction price is %s",
				bidder.Address().Hex(), bal, l.ID, a.Price))
		}
		return nil
	}); err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Vault.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Vault.Bid(ctx, bidder, l.ID, maxPrice)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			a, err := s.svc.Vault.AuctionSettledIn(r)
			if err != nil {
				return nil, err
			}
			return s.loanAnswer(ctx, l.ID, r, map[string]any{"settlement": map[string]any{
				"bidder": a.Bidder.Hex(), "price": a.Price, "repaid": a.Repaid, "penalty": a.Penalty,
				"surplus": a.Surplus, "shortfall": a.Shortfall,
			}})
		},
	})
}

// ---------------------------------------------------------------- owed

// getOwed answers what the credit vault owes an address: revenue of its
// pledged shares beyond its loans' debt, and auction surplus.
func (s *Server) getOwed(c echo.Context) error {
	addr, err := pathAddress(c, "address")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	h, err := s.head(ctx)
	if err != nil {
		return err
	}
	_, vault := s.creditAt(h.Number)
	owed, err := vault.Owed(ctx, addr)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"address": addr.Hex(), "owed": owed, "block": h.Number.Uint64()})
}

// withdrawOwed pays the caller everything the vault owes it. Nothing owed
// is a 422 NothingOwed from the contract, nothing sent.
func (s *Server) withdrawOwed(c echo.Context) error {
	who, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Vault.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Vault.WithdrawOwed(ctx, who)
			return r, err
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			amt, err := s.svc.Vault.OwedWithdrawnIn(r)
			if err != nil {
				return nil, err
			}
			return map[string]any{"address": who.Address().Hex(), "withdrawn": amt}, nil
		},
	})
}
