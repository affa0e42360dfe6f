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

	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/sharemarket"
	"github.com/gpuledger/gpuledger/money"
)

// Share trading (issue 15, item 3): the ShareMarket, where a holder offers
// GPUAsset shares at a price per share and any buyer fills all or part of
// an offer atomically. docs/trading.md states the rules (fee rounding,
// proceeds that cannot be pushed); this client validates input, sends, and
// decodes what the receipts say.

// Limits mirrored from the ShareMarket.
const (
	// MaxTradeFeeBps is ShareMarket.MAX_FEE_BPS: the highest fee on a trade (5%).
	MaxTradeFeeBps = 500
	// MaxOfferTTL is ShareMarket.MAX_OFFER_TTL: the longest an offer stays open.
	MaxOfferTTL = 365 * 24 * time.Hour
)

// OfferSpec is what a holder offers: Shares of AssetID at PricePerShare
// each, open until ExpiresAt.
type OfferSpec struct {
	AssetID       uint64
	Shares        Shares
	PricePerShare money.Amount
	ExpiresAt     time.Time
}

// Offer is an offer as the chain holds it. Remaining is zero once it is
// filled or cancelled; an expired offer keeps its Remaining but takes no fill.
type Offer struct {
	ID            uint64         `json:"id"`
	AssetID       uint64         `json:"asset_id"`
	Seller        common.Address `json:"seller"`
	PricePerShare money.Amount   `json:"price_per_share"`
	Shares        Shares         `json:"shares"`
	Remaining     Shares         `json:"remaining"`
	ExpiresAt     time.Time      `json:"expires_at"`
	FeeBps        uint16         `json:"fee_bps"`
}

// Trade is one fill: the buyer paid Total = Shares x PricePerShare, Fee of
// it went to the platform and Proceeds = Total - Fee to the seller (pushed,
// or owed to the seller when Credited).
type Trade struct {
	OfferID       uint64
	AssetID       uint64
	Buyer         common.Address
	Seller        common.Address
	Shares        Shares
	PricePerShare money.Amount
	Total         money.Amount
	Fee           money.Amount
	Proceeds      money.Amount
	Remaining     Shares
	Credited      bool
}

// LastTrade is an asset's last trade: its price per share, time and offer
// (OfferID zero: the asset never traded).
type LastTrade struct {
	PricePerShare money.Amount
	At            time.Time
	OfferID       uint64
}

// Trading is a client of the ShareMarket, of the GPUAsset whose shares it
// trades and of the stablecoin it settles in. It is safe for concurrent
// use; approve + fill pairs of one buyer run one at a time.
type Trading struct {
	addr   common.Address
	abi    *sharemarket.ShareMarket
	call   Caller
	token  *Stablecoin
	assets common.Address
	shares *gpuasset.GPUAsset

	allowLocks sync.Map // common.Address -> *sync.Mutex: held across approve + fill
}

// NewTrading returns a client of the ShareMarket at addr trading shares of
// the GPUAsset at assets, settling in token.
func NewTrading(call Caller, addr, assets common.Address, token *Stablecoin) *Trading {
	return &Trading{addr: addr, abi: sharemarket.NewShareMarket(), call: call, token: token, assets: assets, shares: gpuasset.NewGPUAsset()}
}

// Address returns the market's address.
func (t *Trading) Address() common.Address { return t.addr }

// Validate checks an offer as the contract will, but for the seller's
// balance and approval (read on chain): it is refused with ErrInvalidInput.
// The expiry is checked against now, the chain's time; a zero now leaves
// that check to the contract (InvalidExpiry).
func (o OfferSpec) Validate(now time.Time) error {
	if o.AssetID == 0 || o.AssetID >= 1<<40 {
		return invalid("asset id must be in [1, 2^40)")
	}
	if err := checkShares(o.Shares); err != nil {
		return err
	}
	if err := checkUnits(o.PricePerShare, "price_per_share"); err != nil {
		return err
	}
	if now.IsZero() {
		return nil
	}
	if !o.ExpiresAt.After(now) {
		return invalid("expires_at %s is not in the future", o.ExpiresAt.UTC().Format(time.RFC3339))
	}
	if o.ExpiresAt.After(now.Add(MaxOfferTTL)) {
		return invalid("expires_at %s is more than %s ahead", o.ExpiresAt.UTC().Format(time.RFC3339), MaxOfferTTL)
	}
	return nil
}

// ApproveShares lets the market move s's shares (setApprovalForAll) unless
// it already may: idempotent, so a retried offer sends it at most once.
func (t *Trading) ApproveShares(ctx context.Context, s Sender) error {
	out, err := t.call.CallContract(ctx, ethereum.CallMsg{To: &t.assets, Data: t.shares.PackIsApprovedForAll(s.Address(), t.addr)}, nil)
	if err != nil {
		return fmt.Errorf("read share approval of the share market: %w", err)
	}
	if ok, err := t.shares.UnpackIsApprovedForAll(out); err == nil && ok {
		return nil
	}
	_, err = send(ctx, s, t.assets, "approve the share market for shares", t.shares.PackSetApprovalForAll(t.addr, true))
	return err
}

// RevokeShares withdraws the market's approval over s's shares: its open
// offers can no longer be filled (fills revert with ERC1155MissingApprovalForAll).
func (t *Trading) RevokeShares(ctx context.Context, s Sender) (*types.Receipt, error) {
	return send(ctx, s, t.assets, "revoke the share market's approval", t.shares.PackSetApprovalForAll(t.addr, false))
}

// Offer approves the market for s's shares if needed (idempotent: a
// retry sends no second approval), then offers spec. The chain's clock
// decides the expiry's validity (callers check it against the head's time).
func (t *Trading) Offer(ctx context.Context, s Sender, spec OfferSpec) (Offer, *types.Receipt, error) {
	what := fmt.Sprintf("offer %s shares of asset %d at %s", spec.Shares, spec.AssetID, spec.PricePerShare)
	if err := spec.Validate(time.Time{}); err != nil {
		return Offer{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	if err := t.ApproveShares(ctx, s); err != nil {
		return Offer{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	data := t.abi.PackOffer(new(big.Int).SetUint64(spec.AssetID), spec.Shares.Int(), spec.PricePerShare.Units(), big.NewInt(spec.ExpiresAt.Unix()))
	rcpt, err := send(ctx, s, t.addr, what, data)
	if err != nil {
		return Offer{}, nil, err
	}
	o, err := t.OfferIn(rcpt)
	return o, rcpt, err
}

// Fill buys shares of offer offerID for s at most maxPricePerShare each: it
// reads the offer's price, approves exactly shares x price of the
// stablecoin, and fills (the contract checks the bound again). On a
// refused fill the allowance is reset.
func (t *Trading) Fill(ctx context.Context, s Sender, offerID uint64, shares Shares, maxPricePerShare money.Amount) (Trade, *types.Receipt, error) {
	what := fmt.Sprintf("fill %s shares of offer %d", shares, offerID)
	if err := checkShares(shares); err != nil {
		return Trade{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	if err := checkUnits(maxPricePerShare, "max_price_per_share"); err != nil {
		return Trade{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	o, err := t.OfferByID(ctx, offerID)
	if err != nil {
		return Trade{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	price := o.PricePerShare
	if price.Cmp(maxPricePerShare) > 0 {
		price = maxPricePerShare // the contract refuses with PriceAboveMax
	}
	total, err := money.FromUnits(new(big.Int).Mul(price.Units(), shares.Int()))
	if err != nil {
		return Trade{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	data := t.abi.PackFill(new(big.Int).SetUint64(offerID), shares.Int(), maxPricePerShare.Units())
	rcpt, err := withAllowance(ctx, &t.allowLocks, t.token, s, t.addr, total, func() (*types.Receipt, error) {
		return send(ctx, s, t.addr, what, data)
	})
	if err != nil {
		return Trade{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	tr, err := t.TradeIn(rcpt)
	return tr, rcpt, err
}

// Cancel withdraws what is left of s's offer offerID and returns the offer after.
func (t *Trading) Cancel(ctx context.Context, s Sender, offerID uint64) (Offer, *types.Receipt, error) {
	rcpt, err := send(ctx, s, t.addr, fmt.Sprintf("cancel offer %d", offerID), t.abi.PackCancel(new(big.Int).SetUint64(offerID)))
	if err != nil {
		return Offer{}, nil, err
	}
	o, err := t.OfferAt(ctx, offerID, rcpt.BlockNumber)
	return o, rcpt, err
}

// WithdrawProceeds pays s's proceeds that could not be pushed to it to `to`.
func (t *Trading) WithdrawProceeds(ctx context.Context, s Sender, to common.Address) (money.Amount, *types.Receipt, error) {
	rcpt, err := send(ctx, s, t.addr, "withdraw trade proceeds", t.abi.PackWithdrawProceeds(to))
	if err != nil {
		return money.Zero, nil, err
	}
	amt, err := t.ProceedsWithdrawnIn(rcpt)
	return amt, rcpt, err
}

// ProceedsWithdrawnIn returns what the withdrawProceeds transaction of rcpt paid.
func (t *Trading) ProceedsWithdrawnIn(rcpt *types.Receipt) (money.Amount, error) {
	for _, l := range logsOf(rcpt, t.addr) {
		if ev, err := t.abi.UnpackProceedsWithdrawnEvent(l); err == nil {
			return money.FromUnits(ev.Amount)
		}
	}
	return money.Zero, fmt.Errorf("tx %s has no ProceedsWithdrawn event", rcpt.TxHash)
}

// WithdrawFees pays the trade fees owed to the treasury (anyone may send it).
func (t *Trading) WithdrawFees(ctx context.Context, s Sender) (money.Amount, *types.Receipt, error) {
	return sendForPayment(ctx, s, t.addr, "withdraw trade fees", "FeesWithdrawn", t.abi.PackWithdrawFees(),
		t.abi.UnpackFeesWithdrawnEvent, func(ev *sharemarket.ShareMarketFeesWithdrawn) *big.Int { return ev.Amount })
}

// SetFee sets the fee rate of offers made from now on; s must hold FEE_ADMIN_ROLE.
func (t *Trading) SetFee(ctx context.Context, s Sender, bps uint16) (*types.Receipt, error) {
	if bps > MaxTradeFeeBps {
		return nil, fmt.Errorf("set trade fee: %w", invalid("fee_bps %d is above %d", bps, MaxTradeFeeBps))
	}
	return send(ctx, s, t.addr, fmt.Sprintf("set trade fee to %d bps", bps), t.abi.PackSetFee(bps))
}

// SetTreasury sets where trade fees are paid (fees owed go to the new
// one); s must hold FEE_ADMIN_ROLE.
func (t *Trading) SetTreasury(ctx context.Context, s Sender, treasury common.Address) (*types.Receipt, error) {
	if treasury == (common.Address{}) {
		return nil, fmt.Errorf("set trade fee treasury: %w", invalid("treasury is the zero address"))
	}
	return send(ctx, s, t.addr, "set trade fee treasury to "+treasury.Hex(), t.abi.PackSetTreasury(treasury))
}

// Treasury returns where trade fees are paid.
func (t *Trading) Treasury(ctx context.Context) (common.Address, error) {
	out, err := t.read(ctx, t.abi.PackTreasury())
	if err != nil {
		return common.Address{}, fmt.Errorf("trade fee treasury: %w", err)
	}
	return t.abi.UnpackTreasury(out)
}

// FeeChangedIn returns the fee rates before and after, from the FeeChanged
// event of rcpt.
func (t *Trading) FeeChangedIn(rcpt *types.Receipt) (before, after uint16, err error) {
	for _, l := range logsOf(rcpt, t.addr) {
		if ev, err := t.abi.UnpackFeeChangedEvent(l); err == nil {
			return ev.PreviousBps, ev.NewBps, nil
		}
	}
	return 0, 0, fmt.Errorf("tx %s has no FeeChanged event", rcpt.TxHash)
}

// TreasuryChangedIn returns the treasuries before and after, from the
// TreasuryChanged event of rcpt.
func (t *Trading) TreasuryChangedIn(rcpt *types.Receipt) (before, after common.Address, err error) {
	for _, l := range logsOf(rcpt, t.addr) {
		if ev, err := t.abi.UnpackTreasuryChangedEvent(l); err == nil {
			return ev.PreviousTreasury, ev.NewTreasury, nil
		}
	}
	return common.Address{}, common.Address{}, fmt.Errorf("tx %s has no TreasuryChanged event", rcpt.TxHash)
}

// FeesWithdrawnIn returns the fees paid and the treasury paid, from the
// FeesWithdrawn event of rcpt.
func (t *Trading) FeesWithdrawnIn(rcpt *types.Receipt) (money.Amount, common.Address, error) {
	for _, l := range logsOf(rcpt, t.addr) {
		if ev, err := t.abi.UnpackFeesWithdrawnEvent(l); err == nil {
			a, err := money.FromUnits(ev.Amount)
			return a, ev.Treasury, err
		}
	}
	return money.Zero, common.Address{}, fmt.Errorf("tx %s has no FeesWithdrawn event", rcpt.TxHash)
}

// OfferByID returns offer id at the latest block (UnknownOffer, decoded, for an id never issued).
func (t *Trading) OfferByID(ctx context.Context, id uint64) (Offer, error) {
	return t.OfferAt(ctx, id, nil)
}

// OfferAt returns offer id at block (nil: latest).
func (t *Trading) OfferAt(ctx context.Context, id uint64, block *big.Int) (Offer, error) {
	out, err := t.call.CallContract(ctx, ethereum.CallMsg{To: &t.addr, Data: t.abi.PackGetOffer(new(big.Int).SetUint64(id))}, block)
	if err != nil {
		return Offer{}, fmt.Errorf("read offer %d: %w", id, err)
	}
	v, err := t.abi.UnpackGetOffer(out)
	if err != nil {
		return Offer{}, fmt.Errorf("read offer %d: %w", id, err)
	}
	price, err := money.FromUnits(v.PricePerShare)
	if err != nil {
		return Offer{}, fmt.Errorf("read offer %d: %w", id, err)
	}
	return Offer{ID: id, AssetID: v.AssetId.Uint64(), Seller: v.Seller, PricePerShare: price, Shares: NewShares(v.Shares),
		Remaining: NewShares(v.Remaining), ExpiresAt: time.Unix(v.ExpiresAt.Int64(), 0).UTC(), FeeBps: v.FeeBps}, nil
}

// LastTrade returns the last trade of assetID (zero OfferID: none yet).
func (t *Trading) LastTrade(ctx context.Context, assetID uint64) (LastTrade, error) {
	out, err := t.read(ctx, t.abi.PackLastTrade(new(big.Int).SetUint64(assetID)))
	if err != nil {
		return LastTrade{}, fmt.Errorf("last trade of asset %d: %w", assetID, err)
	}
	v, err := t.abi.UnpackLastTrade(out)
	if err != nil {
		return LastTrade{}, fmt.Errorf("last trade of asset %d: %w", assetID, err)
	}
	price, err := money.FromUnits(v.PricePerShare)
	if err != nil {
		return LastTrade{}, err
	}
	lt := LastTrade{PricePerShare: price, OfferID: v.OfferId}
	if v.TradedAt != 0 {
		lt.At = time.Unix(int64(v.TradedAt), 0).UTC()
	}
	return lt, nil
}

// FeesOwed returns the fees the market holds for the treasury.
func (t *Trading) FeesOwed(ctx context.Context) (money.Amount, error) {
	return readAmount(ctx, t.read, "trade fees owed", t.abi.PackFeesOwed(), t.abi.UnpackFeesOwed)
}

// ProceedsOwed returns the proceeds the market owes seller (pushes that failed).
func (t *Trading) ProceedsOwed(ctx context.Context, seller common.Address) (money.Amount, error) {
	return readAmount(ctx, t.read, "proceeds owed to "+seller.Hex(), t.abi.PackProceedsOwed(seller), t.abi.UnpackProceedsOwed)
}

// TotalProceedsOwed returns the proceeds the market owes all sellers.
func (t *Trading) TotalProceedsOwed(ctx context.Context) (money.Amount, error) {
	return readAmount(ctx, t.read, "total proceeds owed", t.abi.PackTotalProceedsOwed(), t.abi.UnpackTotalProceedsOwed)
}

// FeeBps returns the fee rate new offers take.
func (t *Trading) FeeBps(ctx context.Context) (uint16, error) {
	out, err := t.read(ctx, t.abi.PackFeeBps())
	if err != nil {
		return 0, fmt.Errorf("trade fee: %w", err)
	}
	return t.abi.UnpackFeeBps(out)
}

// OfferIn returns the offer created by the transaction of rcpt, as the
// OfferCreated event states it: an answer built from the receipt alone.
func (t *Trading) OfferIn(rcpt *types.Receipt) (Offer, error) {
	for _, l := range logsOf(rcpt, t.addr) {
		if ev, err := t.abi.UnpackOfferCreatedEvent(l); err == nil {
			price, err := money.FromUnits(ev.PricePerShare)
			if err != nil {
				return Offer{}, err
			}
			return Offer{ID: ev.OfferId.Uint64(), AssetID: ev.AssetId.Uint64(), Seller: ev.Seller, PricePerShare: price,
				Shares: NewShares(ev.Shares), Remaining: NewShares(new(big.Int).Set(ev.Shares)),
				ExpiresAt: time.Unix(ev.ExpiresAt.Int64(), 0).UTC(), FeeBps: ev.FeeBps}, nil
		}
	}
	return Offer{}, fmt.Errorf("tx %s has no OfferCreated event", rcpt.TxHash)
}

// TradeIn returns the fill done by the transaction of rcpt (OfferFilled).
func (t *Trading) TradeIn(rcpt *types.Receipt) (Trade, error) {
	for _, l := range logsOf(rcpt, t.addr) {
		if ev, err := t.abi.UnpackOfferFilledEvent(l); err == nil {
			return TradeFromEvent(ev)
		}
	}
	return Trade{}, fmt.Errorf("tx %s has no OfferFilled event", rcpt.TxHash)
}

// TradeFromEvent converts an OfferFilled event (the mirror and the audit decode the same).
func TradeFromEvent(ev *sharemarket.ShareMarketOfferFilled) (Trade, error) {
	var conv amounts
	tr := Trade{OfferID: ev.OfferId.Uint64(), AssetID: ev.AssetId.Uint64(), Buyer: ev.Buyer, Seller: ev.Seller,
		Shares: NewShares(ev.Shares), PricePerShare: conv.of(ev.PricePerShare), Total: conv.of(ev.Total),
		Fee: conv.of(ev.Fee), Remaining: NewShares(ev.Remaining), Credited: ev.Credited}
	if conv.err != nil {
		return Trade{}, conv.err
	}
	proceeds, err := tr.Total.Sub(tr.Fee)
	if err != nil {
		return Trade{}, fmt.Errorf("offer %d: fee %s above total %s: %w", tr.OfferID, tr.Fee, tr.Total, err)
	}
	tr.Proceeds = proceeds
	return tr, nil
}

func (t *Trading) read(ctx context.Context, data []byte) ([]byte, error) {
	return t.call.CallContract(ctx, ethereum.CallMsg{To: &t.addr, Data: data}, nil)
}

// DefaultTradeFeeBps is the fee rate a fresh deployment's ShareMarket
// takes on trades (0.5%), until the admin sets another (SetFee).
const DefaultTradeFeeBps = 50
