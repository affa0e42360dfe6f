package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/money"
)

// Limits mirrored from RevenueDistributor (GPUAsset).
const (
	// BpsDenominator is 100% in basis points.
	BpsDenominator = 10_000
	// MaxPlatformFeeBps is the highest platform fee the admin may set (20%).
	MaxPlatformFeeBps = 2_000
	// MaxAssetFeesBps is the most an asset's operator fee and reserve may
	// sum to: 100% less the highest platform fee, so that fees can never
	// exceed 100% whatever platform fee is set later.
	MaxAssetFeesBps = BpsDenominator - MaxPlatformFeeBps
)

// AccScale mirrors RevenueDistributor.ACC_SCALE: accRevenuePerShare, carried
// dust and holders' sub-unit fractions are in token units × AccScale.
var AccScale = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Reserve withdrawal purposes the service uses; the contract accepts any
// non-empty label of at most 32 bytes.
const (
	PurposeRepairs     = "repairs"
	PurposeReplacement = "replacement"
)

// maxUint128 bounds a deposit: the contract keeps cumulative totals in 128 bits.
var maxUint128 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

// CheckAssetFees applies the contract's rule on an asset's rates: operator
// fee + reserve + the highest platform fee must not exceed 100%. The error
// wraps ErrFeesOver100Percent.
func CheckAssetFees(operatorFeeBps, reserveBps uint16) error {
	if sum := int(operatorFeeBps) + int(reserveBps); sum > MaxAssetFeesBps {
		return fmt.Errorf("%w: operator_fee_bps %d + reserve_bps %d = %d bps, and with the platform fee (up to %d bps) "+
			"fees could take %d bps of revenue; operator fee + reserve may be at most %d bps",
			ErrFeesOver100Percent, operatorFeeBps, reserveBps, sum, MaxPlatformFeeBps, sum+MaxPlatformFeeBps, MaxAssetFeesBps)
	}
	return nil
}

// RevenueDeposit is one deposit and its split, as its RevenueDeposited event
// reports it. Gross = PlatformFee + OperatorFee + Reserve + Holders.
type RevenueDeposit struct {
	AssetID     uint64         `json:"asset_id"`
	From        common.Address `json:"from"`
	Gross       money.Amount   `json:"gross"`
	PlatformFee money.Amount   `json:"platform_fee"`
	OperatorFee money.Amount   `json:"operator_fee"`
	Reserve     money.Amount   `json:"reserve"`
	Holders     money.Amount   `json:"holders"`
	// AccRevenuePerShare and CarriedDust are the asset's accumulator and
	// carried dust after the deposit, in units × AccScale.
	AccRevenuePerShare *big.Int `json:"-"`
	CarriedDust        *big.Int `json:"-"`
}

// RevenueTotals are an asset's cumulative revenue figures since tokenization.
type RevenueTotals struct {
	Gross                 money.Amount `json:"gross"`
	PlatformFees          money.Amount `json:"platform_fees"`
	OperatorFees          money.Amount `json:"operator_fees"`
	OperatorFeesWithdrawn money.Amount `json:"operator_fees_withdrawn"`
	ReserveAccrued        money.Amount `json:"reserve_accrued"`
	ReserveWithdrawn      money.Amount `json:"reserve_withdrawn"`
	Holders               money.Amount `json:"holders"`
	Claimed               money.Amount `json:"claimed"`
	// AccRevenuePerShare is the holders' revenue per share in units ×
	// AccScale, plus the contract's starting offset of 1.
	AccRevenuePerShare *big.Int `json:"-"`
	// CarriedDust is holders' revenue credited to no holder yet, in units ×
	// AccScale; the next deposit distributes it.
	CarriedDust *big.Int `json:"-"`
}

// Holding names one holder's position in one asset.
type Holding struct {
	AssetID uint64
	Holder  common.Address
}

// Claimable is what a holder could claim from an asset now.
type Claimable struct {
	Holding
	Amount money.Amount
	// Fraction is the holder's accrued sub-unit remainder in units × AccScale
	// (below one unit): not claimable yet; it stays with the holder until it
	// adds up to whole units, and returns to the asset's CarriedDust when the
	// holder's balance drops to zero. Per asset, at every block:
	// holders = claimed + Σ Amount + (CarriedDust + Σ Fraction) / AccScale.
	Fraction *big.Int
}

// ClaimResult is what one claim transaction paid, per asset and in total.
type ClaimResult struct {
	Total   money.Amount
	ByAsset map[uint64]money.Amount // assets that paid something
}

// Revenue is a client of the revenue side of the GPUAsset contract
// (RevenueDistributor): deposits, claims, fees, reserve. It validates input
// before anything is sent. It is safe for concurrent use.
type Revenue struct {
	addr common.Address
	abi  *gpuasset.GPUAsset
	call Caller
}

// NewRevenue returns a client of the revenue side of the GPUAsset at addr.
func NewRevenue(call Caller, addr common.Address) *Revenue {
	return &Revenue{addr: addr, abi: gpuasset.NewGPUAsset(), call: call}
}

// Address returns the contract's address (the GPUAsset's): approve it before DepositRevenue.
func (r *Revenue) Address() common.Address { return r.addr }

// DepositRevenue books amount as revenue of the asset, pulled from s, which
// must have approved the contract (Stablecoin.Approve) beforehand. Anyone may
// deposit; the split uses the rates in force.
func (r *Revenue) DepositRevenue(ctx context.Context, s Sender, assetID uint64, amount money.Amount) (RevenueDeposit, *types.Receipt, error) {
	what := fmt.Sprintf("deposit %s revenue to asset %d", amount, assetID)
	if amount.IsZero() {
		return RevenueDeposit{}, nil, fmt.Errorf("%s: %w", what, invalid("amount must be positive"))
	}
	if amount.Units().Cmp(maxUint128) > 0 {
		return RevenueDeposit{}, nil, fmt.Errorf("%s: %w", what, invalid("amount exceeds 2^128-1 units"))
	}
	rcpt, err := r.send(ctx, s, what, r.abi.PackDepositRevenue(u256(assetID), amount.Units()))
	if err != nil {
		return RevenueDeposit{}, rcpt, err
	}
	for _, l := range r.logs(rcpt) {
		if d, err := r.ParseRevenueDeposited(l); err == nil {
			return d, rcpt, nil
		}
	}
	return RevenueDeposit{}, rcpt, fmt.Errorf("%s: tx %s has no RevenueDeposited event", what, rcpt.TxHash)
}

// Claim pays s what it has accrued in the given assets, in one transfer. A
// non-holder gets zero (no revert); repeated ids count once.
func (r *Revenue) Claim(ctx context.Context, s Sender, assetIDs ...uint64) (ClaimResult, *types.Receipt, error) {
	what := fmt.Sprintf("claim revenue of assets %v", assetIDs)
	if len(assetIDs) == 0 {
		return ClaimResult{}, nil, fmt.Errorf("%s: %w", what, invalid("no asset ids"))
	}
	rcpt, err := r.send(ctx, s, what, r.abi.PackClaim(u256s(assetIDs)))
	if err != nil {
		return ClaimResult{}, rcpt, err
	}
	res, err := r.ClaimIn(rcpt)
	if err != nil {
		return ClaimResult{}, rcpt, fmt.Errorf("%s: %w", what, err)
	}
	return res, rcpt, nil
}

// WithdrawOperatorFees pays the asset's accrued operator fees to its
// operator s, and returns the amount (zero when nothing was owed).
func (r *Revenue) WithdrawOperatorFees(ctx context.Context, s Sender, assetID uint64) (money.Amount, *types.Receipt, error) {
	what := fmt.Sprintf("withdraw operator fees of asset %d", assetID)
	rcpt, err := r.send(ctx, s, what, r.abi.PackWithdrawOperatorFees(u256(assetID)))
	if err != nil {
		return money.Zero, rcpt, err
	}
	for _, l := range r.logs(rcpt) {
		if ev, err := r.abi.UnpackOperatorFeesWithdrawnEvent(l); err == nil {
			amt, err := money.FromUnits(ev.Amount)
			return amt, rcpt, err
		}
	}
	return money.Zero, rcpt, nil
}

// WithdrawReserve pays amount of the asset's maintenance reserve to `to` for
// a stated purpose (PurposeRepairs, PurposeReplacement, or another label of
// 1 to 32 bytes); s must be the asset's operator.
func (r *Revenue) WithdrawReserve(ctx context.Context, s Sender, assetID uint64, amount money.Amount, to common.Address, purpose, memo string) (*types.Receipt, error) {
	what := fmt.Sprintf("withdraw %s from the reserve of asset %d for %q", amount, assetID, purpose)
	switch {
	case amount.IsZero():
		return nil, fmt.Errorf("%s: %w", what, invalid("amount must be positive"))
	case to == (common.Address{}):
		return nil, fmt.Errorf("%s: %w", what, invalid("recipient is the zero address"))
	case purpose == "" || len(purpose) > 32:
		return nil, fmt.Errorf("%s: %w", what, invalid("purpose must be 1 to 32 bytes, got %d", len(purpose)))
	}
	var label [32]byte
	copy(label[:], purpose)
	return r.send(ctx, s, what, r.abi.PackWithdrawReserve(u256(assetID), amount.Units(), to, label, memo))
}

// WithdrawPlatformFees pays all accrued platform fees to `to`; s must be the
// treasury or an admin. It returns the amount (zero when nothing was owed).
func (r *Revenue) WithdrawPlatformFees(ctx context.Context, s Sender, to common.Address) (money.Amount, *types.Receipt, error) {
	what := fmt.Sprintf("withdraw platform fees to %s", to)
	if to == (common.Address{}) {
		return money.Zero, nil, fmt.Errorf("%s: %w", what, invalid("recipient is the zero address"))
	}
	rcpt, err := r.send(ctx, s, what, r.abi.PackWithdrawPlatformFees(to))
	if err != nil {
		return money.Zero, rcpt, err
	}
	for _, l := range r.logs(rcpt) {
		if ev, err := r.abi.UnpackPlatformFeesWithdrawnEvent(l); err == nil {
			amt, err := money.FromUnits(ev.Amount)
			return amt, rcpt, err
		}
	}
	return money.Zero, rcpt, nil
}

// SetPlatformFee sets the platform fee for deposits from now on; s must hold
// FEE_ADMIN_ROLE. bps above MaxPlatformFeeBps is refused before sending.
func (r *Revenue) SetPlatformFee(ctx context.Context, s Sender, bps uint16) (*types.Receipt, error) {
	what := fmt.Sprintf("set platform fee to %d bps", bps)
	if bps > MaxPlatformFeeBps {
		return nil, fmt.Errorf("%s: %w", what, invalid("platform fee must be at most %d bps", MaxPlatformFeeBps))
	}
	return r.send(ctx, s, what, r.abi.PackSetPlatformFee(bps))
}

// SetAssetFees sets an asset's operator fee and reserve rates for deposits
// from now on; s must hold FEE_ADMIN_ROLE. Rates that could sum over 100%
// are refused before sending (ErrFeesOver100Percent).
func (r *Revenue) SetAssetFees(ctx context.Context, s Sender, assetID uint64, operatorFeeBps, reserveBps uint16) (*types.Receipt, error) {
	what := fmt.Sprintf("set fees of asset %d", assetID)
	if err := CheckAssetFees(operatorFeeBps, reserveBps); err != nil {
		return nil, fmt.Errorf("%s: %w: %w", what, ErrInvalidInput, err)
	}
	return r.send(ctx, s, what, r.abi.PackSetAssetFees(u256(assetID), operatorFeeBps, reserveBps))
}

// SetTreasury sets where platform fees are paid; s must hold DEFAULT_ADMIN_ROLE.
func (r *Revenue) SetTreasury(ctx context.Context, s Sender, treasury common.Address) (*types.Receipt, error) {
	what := fmt.Sprintf("set treasury to %s", treasury)
	if treasury == (common.Address{}) {
		return nil, fmt.Errorf("%s: %w", what, invalid("treasury is the zero address"))
	}
	return r.send(ctx, s, what, r.abi.PackSetTreasury(treasury))
}

// Claimable returns what holder could claim from the asset at the latest
// block (zero for unknown assets and non-holders).
func (r *Revenue) Claimable(ctx context.Context, assetID uint64, holder common.Address) (money.Amount, error) {
	out, err := r.read(ctx, r.abi.PackClaimable(u256(assetID), holder))
	if err != nil {
		return money.Zero, fmt.Errorf("claimable of %s in asset %d: %w", holder, assetID, err)
	}
	units, err := r.abi.UnpackClaimable(out)
	if err != nil {
		return money.Zero, fmt.Errorf("claimable of %s in asset %d: %w", holder, assetID, err)
	}
	return money.FromUnits(units)
}

// ClaimableBatch reads what each holding could claim, in one call at the
// latest block; the result is in the order of hs. Keep a batch to a few
// thousand holdings: a node bounds the gas of a call.
func (r *Revenue) ClaimableBatch(ctx context.Context, hs ...Holding) ([]Claimable, error) {
	if len(hs) == 0 {
		return nil, nil
	}
	ids := make([]*big.Int, len(hs))
	holders := make([]common.Address, len(hs))
	for i, h := range hs {
		ids[i], holders[i] = u256(h.AssetID), h.Holder
	}
	out, err := r.read(ctx, r.abi.PackClaimableBatch(ids, holders))
	if err != nil {
		return nil, fmt.Errorf("claimable of %d holdings: %w", len(hs), err)
	}
	res, err := r.abi.UnpackClaimableBatch(out)
	if err != nil {
		return nil, fmt.Errorf("claimable of %d holdings: %w", len(hs), err)
	}
	if len(res.Amounts) != len(hs) || len(res.Fractions) != len(hs) {
		return nil, fmt.Errorf("claimable of %d holdings: contract returned %d amounts", len(hs), len(res.Amounts))
	}
	cs := make([]Claimable, len(hs))
	for i, h := range hs {
		amt, err := money.FromUnits(res.Amounts[i])
		if err != nil {
			return nil, fmt.Errorf("claimable of %s in asset %d: %w", h.Holder, h.AssetID, err)
		}
		cs[i] = Claimable{Holding: h, Amount: amt, Fraction: res.Fractions[i]}
	}
	return cs, nil
}

// Totals returns the asset's cumulative revenue figures at the latest block
// (all zero for an id never issued).
func (r *Revenue) Totals(ctx context.Context, assetID uint64) (RevenueTotals, error) {
	what := fmt.Sprintf("revenue totals of asset %d", assetID)
	out, err := r.read(ctx, r.abi.PackRevenueTotals(u256(assetID)))
	if err != nil {
		return RevenueTotals{}, fmt.Errorf("%s: %w", what, err)
	}
	t, err := r.abi.UnpackRevenueTotals(out)
	if err != nil {
		return RevenueTotals{}, fmt.Errorf("%s: %w", what, err)
	}
	var conv error
	amt := func(u *big.Int) money.Amount {
		a, err := money.FromUnits(u)
		if err != nil && conv == nil {
			conv = err
		}
		return a
	}
	res := RevenueTotals{
		Gross: amt(t.Gross), PlatformFees: amt(t.PlatformFees),
		OperatorFees: amt(t.OperatorFees), OperatorFeesWithdrawn: amt(t.OperatorFeesWithdrawn),
		ReserveAccrued: amt(t.ReserveAccrued), ReserveWithdrawn: amt(t.ReserveWithdrawn),
		Holders: amt(t.Holders), Claimed: amt(t.Claimed),
		AccRevenuePerShare: t.AccRevenuePerShare, CarriedDust: t.CarriedDust,
	}
	if conv != nil {
		return RevenueTotals{}, fmt.Errorf("%s: %w", what, conv)
	}
	return res, nil
}

// CarriedDust returns the asset's holders' revenue credited to no holder
// yet, in units × AccScale.
func (r *Revenue) CarriedDust(ctx context.Context, assetID uint64) (*big.Int, error) {
	out, err := r.read(ctx, r.abi.PackCarriedDust(u256(assetID)))
	if err != nil {
		return nil, fmt.Errorf("carried dust of asset %d: %w", assetID, err)
	}
	return r.abi.UnpackCarriedDust(out)
}

// OperatorFeesOwed returns the asset's operator fees not yet withdrawn.
func (r *Revenue) OperatorFeesOwed(ctx context.Context, assetID uint64) (money.Amount, error) {
	return r.amount(ctx, fmt.Sprintf("operator fees owed of asset %d", assetID),
		r.abi.PackOperatorFeesOwed(u256(assetID)), r.abi.UnpackOperatorFeesOwed)
}

// ReserveBalance returns the asset's maintenance reserve balance.
func (r *Revenue) ReserveBalance(ctx context.Context, assetID uint64) (money.Amount, error) {
	return r.amount(ctx, fmt.Sprintf("reserve of asset %d", assetID),
		r.abi.PackReserveBalance(u256(assetID)), r.abi.UnpackReserveBalance)
}

// PlatformFeesOwed returns the platform fees accrued and not yet withdrawn.
func (r *Revenue) PlatformFeesOwed(ctx context.Context) (money.Amount, error) {
	return r.amount(ctx, "platform fees owed", r.abi.PackPlatformFeesOwed(), r.abi.UnpackPlatformFeesOwed)
}

// EscrowHeld returns the lease market's escrow that the revenue account
// holds: the sum of every lease's escrow.
func (r *Revenue) EscrowHeld(ctx context.Context) (money.Amount, error) {
	return r.amount(ctx, "escrow held", r.abi.PackEscrowHeld(), r.abi.UnpackEscrowHeld)
}

// RefundOwed returns the refunds owed to account whose push failed (a
// blocklisted renter), not yet withdrawn.
func (r *Revenue) RefundOwed(ctx context.Context, account common.Address) (money.Amount, error) {
	return r.amount(ctx, "refund owed to "+account.Hex(), r.abi.PackRefundOwed(account), r.abi.UnpackRefundOwed)
}

// TotalRefundsOwed returns the refunds owed to all renters, not yet withdrawn.
func (r *Revenue) TotalRefundsOwed(ctx context.Context) (money.Amount, error) {
	return r.amount(ctx, "refunds owed", r.abi.PackTotalRefundsOwed(), r.abi.UnpackTotalRefundsOwed)
}

// WithdrawRefund pays s every refund owed to it; the contract refuses
// (NoRefundOwed) when nothing is owed, and the token may refuse a recipient
// it still blocks.
func (r *Revenue) WithdrawRefund(ctx context.Context, s Sender) (money.Amount, *types.Receipt, error) {
	rcpt, err := r.send(ctx, s, "withdraw refund", r.abi.PackWithdrawRefund())
	if err != nil {
		return money.Zero, nil, err
	}
	amt, err := r.RefundWithdrawnIn(rcpt)
	return amt, rcpt, err
}

// PlatformFeeBps returns the platform fee in force.
func (r *Revenue) PlatformFeeBps(ctx context.Context) (uint16, error) {
	out, err := r.read(ctx, r.abi.PackPlatformFeeBps())
	if err != nil {
		return 0, fmt.Errorf("platform fee: %w", err)
	}
	return r.abi.UnpackPlatformFeeBps(out)
}

// Treasury returns where platform fees are paid (setTreasury).
func (r *Revenue) Treasury(ctx context.Context) (common.Address, error) {
	out, err := r.read(ctx, r.abi.PackTreasury())
	if err != nil {
		return common.Address{}, fmt.Errorf("treasury: %w", err)
	}
	return r.abi.UnpackTreasury(out)
}

// ParseRevenueDeposited decodes a RevenueDeposited log of this contract
// (lease settlements emit one per release).
func (r *Revenue) ParseRevenueDeposited(l *types.Log) (RevenueDeposit, error) {
	if l.Address != r.addr {
		return RevenueDeposit{}, fmt.Errorf("parse RevenueDeposited: log of %s, not of %s", l.Address, r.addr)
	}
	ev, err := r.abi.UnpackRevenueDepositedEvent(l)
	if err != nil {
		return RevenueDeposit{}, fmt.Errorf("parse RevenueDeposited: %w", err)
	}
	d := RevenueDeposit{
		AssetID: ev.AssetId.Uint64(), From: ev.From,
		AccRevenuePerShare: ev.AccRevenuePerShare, CarriedDust: ev.CarriedDust,
	}
	for _, f := range []struct {
		dst *money.Amount
		u   *big.Int
	}{{&d.Gross, ev.Gross}, {&d.PlatformFee, ev.PlatformFee}, {&d.OperatorFee, ev.OperatorFee}, {&d.Reserve, ev.Reserve}, {&d.Holders, ev.Holders}} {
		if *f.dst, err = money.FromUnits(f.u); err != nil {
			return RevenueDeposit{}, fmt.Errorf("parse RevenueDeposited: %w", err)
		}
	}
	return d, nil
}

func (r *Revenue) amount(ctx context.Context, what string, data []byte, unpack func([]byte) (*big.Int, error)) (money.Amount, error) {
	out, err := r.read(ctx, data)
	if err != nil {
		return money.Zero, fmt.Errorf("%s: %w", what, err)
	}
	units, err := unpack(out)
	if err != nil {
		return money.Zero, fmt.Errorf("%s: %w", what, err)
	}
	return money.FromUnits(units)
}

func (r *Revenue) send(ctx context.Context, s Sender, what string, data []byte) (*types.Receipt, error) {
	rcpt, err := s.SendAndWait(ctx, &r.addr, data, nil)
	if err != nil {
		return rcpt, fmt.Errorf("%s: %w", what, err)
	}
	return rcpt, nil
}

func (r *Revenue) read(ctx context.Context, data []byte) ([]byte, error) {
	return r.call.CallContract(ctx, ethereum.CallMsg{To: &r.addr, Data: data}, nil)
}

func (r *Revenue) logs(rcpt *types.Receipt) []*types.Log {
	var out []*types.Log
	for _, l := range rcpt.Logs {
		if l.Address == r.addr {
			out = append(out, l)
		}
	}
	return out
}

func u256s(vs []uint64) []*big.Int {
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		out[i] = u256(v)
	}
	return out
}
