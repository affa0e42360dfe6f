package ledger

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/sharemarket"
	"github.com/gpuledger/gpuledger/money"
)

// Handlers of share trading (the ShareMarket; docs/trading.md). The shares
// of a fill move by GPUAsset's TransferSingle in the same transaction
// (onSharesTransferSingle moves the holdings); OfferFilled books the money:
// the buyer's payment goes to the seller's wallet (or, when the push
// failed, to what the market owes the seller) and the fee to TradeFees.
// The market's own token transfers are not booked again (it is a covered
// contract), so at every block
//
//	market's token balance = TradeFees + sum of trade:proceeds:* balances.

var shareMarketABI = sharemarket.NewShareMarket()

// Entry kinds of share trading.
const (
	// KindTrade is a fill: buyer → seller (proceeds) and buyer → TradeFees (fee).
	KindTrade Kind = "trade"
	// KindTradeFeeWithdrawal pays TradeFees to the treasury's wallet.
	KindTradeFeeWithdrawal Kind = "trade_fee_withdrawal"
	// KindProceedsWithdrawal pays proceeds the market owed a seller.
	KindProceedsWithdrawal Kind = "proceeds_withdrawal"
)

// TradeProceeds is what the ShareMarket owes a seller whose proceeds it
// could not push (a blocklisted seller), until the seller withdraws them.
func TradeProceeds(seller common.Address) Account {
	return Account(prefixTradeOwed + string(Wallet(seller))[len(prefixWallet):])
}

func offerBookKey(assetID uint64, price money.Amount, offerID uint64) []byte {
	var p [16]byte
	price.Units().FillBytes(p[:]) // < 2^128: the contract stores it in 128 bits
	return append(append(idKey(assetID), p[:]...), idKey(offerID)...)
}

func (c *logCtx) loadOffer(raw *big.Int) (*ShareOffer, error) {
	offerID, err := id("offer id", raw)
	if err != nil {
		return nil, err
	}
	o := new(ShareOffer)
	ok, err := c.getJSON(bOffers, idKey(offerID), o)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, inconsistent("unknown offer %d", offerID)
	}
	return o, nil
}

// closeOffer takes an offer out of the book.
func (c *logCtx) closeOffer(o *ShareOffer, status OfferStatus) error {
	o.Status = status
	if err := c.del(bOfferBook, offerBookKey(o.AssetID, o.PricePerShare, o.ID)); err != nil {
		return err
	}
	return c.putJSON(bOffers, idKey(o.ID), o)
}

func onOfferCreated(c *logCtx) error {
	ev, err := shareMarketABI.UnpackOfferCreatedEvent(c.log)
	if err != nil {
		return malformed("OfferCreated: %v", err)
	}
	offerID, err := id("offer id", ev.OfferId)
	if err != nil {
		return err
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	price, err := amount("OfferCreated price", ev.PricePerShare)
	if err != nil {
		return err
	}
	if price.Units().BitLen() > 128 || !ev.ExpiresAt.IsInt64() {
		return malformed("OfferCreated %d: price or expiry out of range", offerID)
	}
	if c.get(bOffers, idKey(offerID)) != nil {
		return inconsistent("offer %d created twice", offerID)
	}
	o := &ShareOffer{Offer: contracts.Offer{ID: offerID, AssetID: assetID, Seller: ev.Seller, PricePerShare: price,
		Shares: contracts.NewShares(ev.Shares), Remaining: contracts.NewShares(new(big.Int).Set(ev.Shares)),
		ExpiresAt: unixTime(ev.ExpiresAt.Int64()), FeeBps: ev.FeeBps},
		Status: OfferOpen, Created: c.ref, CreatedAt: c.blk.Time}
	if err := c.putJSON(bOffers, idKey(offerID), o); err != nil {
		return err
	}
	return c.put(bOfferBook, offerBookKey(assetID, price, offerID), []byte{})
}

func onOfferFilled(c *logCtx) error {
	ev, err := shareMarketABI.UnpackOfferFilledEvent(c.log)
	if err != nil {
		return malformed("OfferFilled: %v", err)
	}
	tr, err := contracts.TradeFromEvent(ev)
	if err != nil {
		return malformed("OfferFilled: %v", err)
	}
	o, err := c.loadOffer(ev.OfferId)
	if err != nil {
		return err
	}
	left := new(big.Int).Sub(o.Remaining.Int(), ev.Shares)
	if o.Status != OfferOpen || left.Cmp(ev.Remaining) != 0 || o.PricePerShare.Cmp(tr.PricePerShare) != 0 {
		return inconsistent("offer %d: fill of %s leaves %s, mirror has %s left (%s)", o.ID, ev.Shares, ev.Remaining, o.Remaining, o.Status)
	}
	o.Remaining = contracts.NewShares(left)
	if left.Sign() == 0 {
		err = c.closeOffer(o, OfferFilled)
	} else {
		err = c.putJSON(bOffers, idKey(o.ID), o)
	}
	if err != nil {
		return err
	}
	t := ShareTrade{Trade: tr, Time: c.blk.Time, Ref: c.ref}
	if err := c.putJSON(bTrades, append(idKey(tr.AssetID), refSuffix(c.ref)...), t); err != nil {
		return err
	}
	if err := c.addTradeStats(t); err != nil {
		return err
	}
	to := Wallet(tr.Seller)
	if tr.Credited {
		to = TradeProceeds(tr.Seller)
	}
	ps := []Posting{{Source: Wallet(tr.Buyer), Destination: to, Amount: tr.Proceeds}}
	if !tr.Fee.IsZero() {
		ps = append(ps, Posting{Source: Wallet(tr.Buyer), Destination: TradeFees, Amount: tr.Fee})
	}
	return c.post(KindTrade, ps...)
}

func (c *logCtx) addTradeStats(t ShareTrade) error {
	st := TradeStats{AssetID: t.AssetID, SharesTraded: contracts.NewShares(new(big.Int)), Volume: money.Zero, Fees: money.Zero}
	if _, err := c.getJSON(bTradeStats, idKey(t.AssetID), &st); err != nil {
		return err
	}
	price, at := t.PricePerShare, t.Time
	st.LastPricePerShare, st.LastTradeAt = &price, &at
	st.Trades++
	st.SharesTraded = contracts.NewShares(new(big.Int).Add(st.SharesTraded.Int(), t.Shares.Int()))
	st.Volume = st.Volume.Add(t.Total)
	st.Fees = st.Fees.Add(t.Fee)
	return c.putJSON(bTradeStats, idKey(t.AssetID), st)
}

func onOfferCancelled(c *logCtx) error {
	ev, err := shareMarketABI.UnpackOfferCancelledEvent(c.log)
	if err != nil {
		return malformed("OfferCancelled: %v", err)
	}
	o, err := c.loadOffer(ev.OfferId)
	if err != nil {
		return err
	}
	if o.Status != OfferOpen || o.Remaining.Int().Cmp(ev.Remaining) != 0 {
		return inconsistent("offer %d cancelled with %s left, mirror has %s (%s)", o.ID, ev.Remaining, o.Remaining, o.Status)
	}
	o.Remaining = contracts.NewShares(new(big.Int))
	return c.closeOffer(o, OfferCancelled)
}

func onProceedsWithdrawn(c *logCtx) error {
	ev, err := shareMarketABI.UnpackProceedsWithdrawnEvent(c.log)
	if err != nil {
		return malformed("ProceedsWithdrawn: %v", err)
	}
	amt, err := amount("ProceedsWithdrawn amount", ev.Amount)
	if err != nil {
		return err
	}
	return c.post(KindProceedsWithdrawal, Posting{Source: TradeProceeds(ev.Seller), Destination: Wallet(ev.To), Amount: amt})
}

func onTradeFeesWithdrawn(c *logCtx) error {
	ev, err := shareMarketABI.UnpackFeesWithdrawnEvent(c.log)
	if err != nil {
		return malformed("FeesWithdrawn: %v", err)
	}
	amt, err := amount("FeesWithdrawn amount", ev.Amount)
	if err != nil {
		return err
	}
	return c.post(KindTradeFeeWithdrawal, Posting{Source: TradeFees, Destination: Wallet(ev.Treasury), Amount: amt})
}
