package api

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

func init() {
	queryParams["GET /v1/assets/:id/offers"] = []string{"after", "limit"}
	queryParams["GET /v1/assets/:id/trades"] = []string{"after", "limit"}
}

// tradeWindow is the trailing window of the trades answer's recent volume.
const tradeWindow = 24 * time.Hour

// offerRoutes: share trading (docs/trading.md). A holder offers its shares
// at a price per share until an expiry; any buyer fills all or part; the
// seller cancels. The book and the trades come from the mirror. An admin
// sets the market's fee and treasury and pays the fees owed (signed by the
// service's admin key, which holds the market's FEE_ADMIN_ROLE).
func (s *Server) offerRoutes() []route {
	const (
		admin    = accounts.RoleAdmin
		operator = accounts.RoleOperator
		holder   = accounts.RoleHolder
	)
	return []route{
		{method: "POST", path: "/v1/assets/:id/offers", roles: []accounts.Role{holder, operator}, status: http.StatusCreated,
			summary: "offer shares of the asset that the caller holds at price_per_share each, until expires_at (or for ttl_hours); the caller's key approves the market for its shares first, once",
			body:    offerReq{Shares: contracts.NewShares(big.NewInt(100)), PricePerShare: "1.25", TTLHours: 24}, response: offerJSON{}, handler: s.createOffer},
		{method: "GET", path: "/v1/assets/:id/offers", public: true, response: offerBook{},
			summary: "the asset's order book: open offers not yet expired, cheapest first (after, limit)", handler: s.listOffers},
		{method: "GET", path: "/v1/offers/:id", public: true, response: offerJSON{},
			summary: "one offer: price, shares offered and remaining, expiry, status (open, filled, cancelled, expired)", handler: s.getOffer},
		{method: "POST", path: "/v1/offers/:id/fills", roles: []accounts.Role{holder, operator}, status: http.StatusCreated,
			summary: "buy shares of the offer at its price, at most max_price_per_share each: shares and stablecoin move in one transaction",
			body:    fillReq{Shares: contracts.NewShares(big.NewInt(10)), MaxPricePerShare: "1.25"}, response: fillAnswer{}, handler: s.fillOffer},
		{method: "DELETE", path: "/v1/offers/:id", roles: []accounts.Role{holder, operator}, status: http.StatusOK,
			summary: "cancel what is left of the caller's offer", response: offerJSON{}, handler: s.cancelOffer},
		{method: "GET", path: "/v1/assets/:id/trades", public: true, response: tradesAnswer{},
			summary: "the asset's trades in chain order (after, limit), its last trade price, and its volume over 24 hours and in total", handler: s.listTrades},
		{method: "GET", path: "/v1/trade-proceeds/:address", public: true, response: proceedsAnswer{},
			summary: "trade proceeds the share market owes a seller whose payment the token refused (a blocklisted seller)", handler: s.getProceeds},
		{method: "POST", path: "/v1/trade-proceeds/withdraw", roles: []accounts.Role{holder, operator}, status: http.StatusOK,
			summary: "withdraw every trade proceed owed to the caller, to `to` (default: the caller)", body: proceedsReq{}, response: proceedsWithdrawal{}, handler: s.withdrawProceeds},
		{method: "GET", path: "/v1/trading", public: true, response: tradingAnswer{},
			summary: "the share market's fee on new offers and its bound, its treasury, and the trade fees owed to it", handler: s.getTrading},
		{method: "PUT", path: "/v1/trading/fee", roles: []accounts.Role{admin}, status: http.StatusOK,
			summary: fmt.Sprintf("set the share market's fee (bps, 0 to %d) on offers made from now on; open offers keep theirs", contracts.MaxTradeFeeBps),
			body:    exampleTradingFee(), response: tradingFeeAnswer{}, handler: s.setTradingFee},
		{method: "PUT", path: "/v1/trading/treasury", roles: []accounts.Role{admin}, status: http.StatusOK,
			summary: "set where the share market's fees are paid (fees owed go to the new treasury)",
			body:    treasuryReq{Treasury: "0x…"}, response: treasuryAnswer{}, handler: s.setTradingTreasury},
		{method: "POST", path: "/v1/trading/fees/withdraw", roles: []accounts.Role{admin}, status: http.StatusOK,
			summary: "pay every trade fee owed to the share market's treasury (409 when none are owed)", response: tradeFeesWithdrawal{}, handler: s.withdrawTradeFees},
	}
}

type offerReq struct {
	Shares        contracts.Shares `json:"shares"`
	PricePerShare string           `json:"price_per_share"`
	// ExpiresAt (RFC 3339) or TTLHours (from the latest block's time): one of them.
	ExpiresAt string `json:"expires_at,omitempty"`
	TTLHours  int64  `json:"ttl_hours,omitempty"`
}

type fillReq struct {
	Shares           contracts.Shares `json:"shares"`
	MaxPricePerShare string           `json:"max_price_per_share"`
}

// offerJSON is an offer. Status "expired" is an open offer past its
// expiry: it takes no fill; its seller may cancel it.
type offerJSON struct {
	ID            string           `json:"id"`
	AssetID       string           `json:"asset_id"`
	Seller        string           `json:"seller"`
	PricePerShare money.Amount     `json:"price_per_share"`
	Shares        contracts.Shares `json:"shares"`
	Remaining     contracts.Shares `json:"remaining"`
	ExpiresAt     time.Time        `json:"expires_at"`
	FeeBps        uint16           `json:"fee_bps"`
	Status        string           `json:"status"`
}

type offerBook struct {
	AssetID string      `json:"asset_id"`
	Offers  []offerJSON `json:"offers"`
	Block   uint64      `json:"block"`
	Next    string      `json:"next,omitempty"`
}

// tradeJSON is one fill: the buyer paid total = shares x price_per_share,
// fee of it went to the platform, proceeds = total - fee to the seller
// (credited: owed by the market, the push having failed).
type tradeJSON struct {
	OfferID       string           `json:"offer_id"`
	AssetID       string           `json:"asset_id"`
	Buyer         string           `json:"buyer"`
	Seller        string           `json:"seller"`
	Shares        contracts.Shares `json:"shares"`
	PricePerShare money.Amount     `json:"price_per_share"`
	Total         money.Amount     `json:"total"`
	Fee           money.Amount     `json:"fee"`
	Proceeds      money.Amount     `json:"proceeds"`
	Credited      bool             `json:"credited"`
	Time          *time.Time       `json:"time,omitempty"`
	TxHash        string           `json:"tx_hash,omitempty"`
	TradeBlock    uint64           `json:"trade_block,omitempty"`
}

type fillAnswer struct {
	Offer offerJSON `json:"offer"`
	Trade tradeJSON `json:"trade"`
}

type tradesAnswer struct {
	AssetID           string           `json:"asset_id"`
	LastPricePerShare *money.Amount    `json:"last_price_per_share"`
	LastTradeAt       *time.Time       `json:"last_trade_at"`
	Trades24h         uint64           `json:"trades_24h"`
	Shares24h         contracts.Shares `json:"shares_24h"`
	Volume24h         money.Amount     `json:"volume_24h"`
	TradesTotal       uint64           `json:"trades_total"`
	SharesTotal       contracts.Shares `json:"shares_total"`
	VolumeTotal       money.Amount     `json:"volume_total"`
	FeesTotal         money.Amount     `json:"fees_total"`
	Trades            []tradeJSON      `json:"trades"`
	Block             uint64           `json:"block"`
	Next              string           `json:"next,omitempty"`
}

type proceedsAnswer struct {
	Address string       `json:"address"`
	Owed    money.Amount `json:"owed"`
	Block   uint64       `json:"block"`
}

type proceedsReq struct {
	To string `json:"to,omitempty"`
}

type proceedsWithdrawal struct {
	To        string       `json:"to"`
	Withdrawn money.Amount `json:"withdrawn"`
}

func offerOf(o contracts.Offer, status string, now time.Time) offerJSON {
	if status == string(ledger.OfferOpen) && !now.Before(o.ExpiresAt) {
		status = "expired"
	}
	return offerJSON{ID: id(o.ID), AssetID: id(o.AssetID), Seller: o.Seller.Hex(), PricePerShare: o.PricePerShare,
		Shares: o.Shares, Remaining: o.Remaining, ExpiresAt: o.ExpiresAt, FeeBps: o.FeeBps, Status: status}
}

func tradeOf(t contracts.Trade) tradeJSON {
	return tradeJSON{OfferID: id(t.OfferID), AssetID: id(t.AssetID), Buyer: t.Buyer.Hex(), Seller: t.Seller.Hex(),
		Shares: t.Shares, PricePerShare: t.PricePerShare, Total: t.Total, Fee: t.Fee, Proceeds: t.Proceeds, Credited: t.Credited}
}

// tradeConflict refuses a write the offer's state does not allow now.
func tradeConflict(detail string) error {
	return newProblem(http.StatusConflict, ProblemConflict, "Not possible now", detail)
}

// createOffer offers the caller's shares. The expiry is checked against
// the latest block's time (the contract's clock); the caller must hold
// the shares now (the contract checks again, and each fill once more).
func (s *Server) createOffer(c echo.Context) error {
	assetID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	var req offerReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	if req.Shares.Int() == nil || req.Shares.Int().Sign() <= 0 {
		return validation("shares must be a positive whole number")
	}
	price, err := positiveAmount("price_per_share", req.PricePerShare)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	h, err := s.head(ctx)
	if err != nil {
		return err
	}
	now := time.Unix(int64(h.Time), 0).UTC()
	var expires time.Time
	switch {
	case req.ExpiresAt != "" && req.TTLHours != 0:
		return validation("give expires_at or ttl_hours, not both")
	case req.ExpiresAt != "":
		if expires, err = time.Parse(time.RFC3339, req.ExpiresAt); err != nil {
			return validation(fmt.Sprintf("expires_at %q is not an RFC 3339 time", req.ExpiresAt))
		}
	case req.TTLHours > 0 && req.TTLHours <= int64(contracts.MaxOfferTTL/time.Hour):
		expires = now.Add(time.Duration(req.TTLHours) * time.Hour)
	default:
		return validation(fmt.Sprintf("give expires_at, or ttl_hours from 1 to %d", contracts.MaxOfferTTL/time.Hour))
	}
	spec := contracts.OfferSpec{AssetID: assetID, Shares: req.Shares, PricePerShare: price, ExpiresAt: expires}
	if err := spec.Validate(now); err != nil {
		return err
	}
	if _, err := s.asset(c, assetID); err != nil {
		return err
	}
	seller, err := s.caller(c)
	if err != nil {
		return err
	}
	if err := preflight(c, func() error {
		held, err := s.svc.Assets.SharesOf(ctx, seller.Address(), assetID)
		if err != nil {
			return err
		}
		if held.Int().Cmp(req.Shares.Int()) < 0 {
			return validation(fmt.Sprintf("you hold %s shares of asset %d, not %s", held, assetID, req.Shares))
		}
		return nil
	}); err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusCreated, to: s.svc.Trading.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Trading.Offer(ctx, seller, spec)
			return r, err
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			o, err := s.svc.Trading.OfferIn(r)
			if err != nil {
				return nil, err
			}
			return offerOf(o, string(ledger.OfferOpen), time.Time{}), nil
		},
	})
}

// listOffers answers the asset's book from the mirror, at the latest
// block's time.
func (s *Server) listOffers(c echo.Context) error {
	assetID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	p, err := page(c)
	if err != nil {
		return err
	}
	h, err := s.head(c.Request().Context())
	if err != nil {
		return err
	}
	now := time.Unix(int64(h.Time), 0).UTC()
	pg, err := s.svc.Mirror.Store().OfferBook(assetID, now, p)
	if err != nil {
		return mirrorErr(err, "offers")
	}
	out := offerBook{AssetID: id(assetID), Offers: make([]offerJSON, len(pg.Items)), Block: s.svc.Mirror.Status().Cursor.Number, Next: pg.Next}
	for i, o := range pg.Items {
		out.Offers[i] = offerOf(o.Offer, string(o.Status), now)
	}
	return c.JSON(http.StatusOK, out)
}

// offerByPath reads the offer of the path from the mirror (404 when none).
func (s *Server) offerByPath(c echo.Context) (ledger.ShareOffer, error) {
	return recordByPath(c, "offer", s.svc.Mirror.Store().ShareOffer)
}

func (s *Server) getOffer(c echo.Context) error {
	o, err := s.offerByPath(c)
	if err != nil {
		return err
	}
	h, err := s.head(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, offerOf(o.Offer, string(o.Status), time.Unix(int64(h.Time), 0).UTC()))
}

// fillOffer buys shares of an offer for the caller. Refused before
// anything is sent (409): a closed or expired offer, more shares than
// remain, a price above the bound, the caller's own offer, a seller who no
// longer holds the shares, a buyer short of the stablecoin.
func (s *Server) fillOffer(c echo.Context) error {
	o, err := s.offerByPath(c)
	if err != nil {
		return err
	}
	var req fillReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	if err := checkShareCount(req.Shares); err != nil {
		return err
	}
	maxPrice, err := positiveAmount("max_price_per_share", req.MaxPricePerShare)
	if err != nil {
		return err
	}
	buyer, err := s.caller(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	if err := preflight(c, func() error { return s.checkFill(ctx, o.ID, buyer, req.Shares.Int(), maxPrice) }); err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusCreated, to: s.svc.Trading.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Trading.Fill(ctx, buyer, o.ID, req.Shares, maxPrice)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			t, err := s.svc.Trading.TradeIn(r)
			if err != nil {
				return nil, err
			}
			cur, err := s.svc.Trading.OfferAt(ctx, o.ID, r.BlockNumber)
			if err != nil {
				return nil, err
			}
			status := string(ledger.OfferOpen)
			if cur.Remaining.Int().Sign() == 0 {
				status = string(ledger.OfferFilled)
			}
			return fillAnswer{Offer: offerOf(cur, status, time.Time{}), Trade: tradeOf(t)}, nil
		},
	})
}

// checkFill is a fill's preflight, on the chain's latest state.
func (s *Server) checkFill(ctx context.Context, offerID uint64, buyer *chain.Transactor, n *big.Int, maxPrice money.Amount) error {
	cur, err := s.svc.Trading.OfferByID(ctx, offerID)
	if err != nil {
		return err
	}
	h, err := s.head(ctx)
	if err != nil {
		return err
	}
	switch {
	case cur.Remaining.Int().Sign() == 0:
		return tradeConflict(fmt.Sprintf("offer %d is closed: filled or cancelled", offerID))
	case !time.Unix(int64(h.Time), 0).Before(cur.ExpiresAt):
		return tradeConflict(fmt.Sprintf("offer %d expired at %s", offerID, cur.ExpiresAt.Format(time.RFC3339)))
	case cur.Seller == buyer.Address():
		return tradeConflict(fmt.Sprintf("offer %d is your own", offerID))
	case cur.Remaining.Int().Cmp(n) < 0:
		return tradeConflict(fmt.Sprintf("offer %d has %s shares left, %s asked", offerID, cur.Remaining, n))
	case cur.PricePerShare.Cmp(maxPrice) > 0:
		return tradeConflict(fmt.Sprintf("offer %d costs %s per share, above your max_price_per_share %s", offerID, cur.PricePerShare, maxPrice))
	}
	held, err := s.svc.Assets.SharesOf(ctx, cur.Seller, cur.AssetID)
	if err != nil {
		return err
	}
	if held.Int().Cmp(n) < 0 {
		return tradeConflict(fmt.Sprintf("the seller of offer %d holds %s shares of asset %d now, fewer than %s: it moved them since offering", offerID, held, cur.AssetID, n))
	}
	total, err := money.FromUnits(new(big.Int).Mul(cur.PricePerShare.Units(), n))
	if err != nil {
		return err
	}
	bal, err := s.svc.Token.BalanceOf(ctx, buyer.Address())
	if err != nil {
		return err
	}
	if bal.Cmp(total) < 0 {
		return insufficientFunds(fmt.Sprintf("%s holds %s of the stablecoin; %s shares of offer %d cost %s", buyer.Address().Hex(), bal, n, offerID, total))
	}
	return nil
}

// cancelOffer withdraws what is left of the caller's offer.
func (s *Server) cancelOffer(c echo.Context) error {
	o, err := s.offerByPath(c)
	if err != nil {
		return err
	}
	// Only the seller: the contract takes a cancel from the seller's own
	// key, so not even an admin cancels for another.
	if p, _ := principal(c); p.Address != o.Seller {
		return forbidden(fmt.Sprintf("offer %d is %s's; only its seller may cancel it", o.ID, o.Seller.Hex()))
	}
	seller, err := s.caller(c)
	if err != nil {
		return err
	}
	if err := preflight(c, func() error {
		if o.Status != ledger.OfferOpen {
			return tradeConflict(fmt.Sprintf("offer %d is %s", o.ID, o.Status))
		}
		return nil
	}); err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Trading.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Trading.Cancel(ctx, seller, o.ID)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			cur, err := s.svc.Trading.OfferAt(ctx, o.ID, r.BlockNumber)
			if err != nil {
				return nil, err
			}
			return offerOf(cur, string(ledger.OfferCancelled), time.Time{}), nil
		},
	})
}

// listTrades answers the asset's trades and figures from the mirror.
func (s *Server) listTrades(c echo.Context) error {
	assetID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	p, err := page(c)
	if err != nil {
		return err
	}
	h, err := s.head(c.Request().Context())
	if err != nil {
		return err
	}
	st := s.svc.Mirror.Store()
	pg, err := st.Trades(assetID, p)
	if err != nil {
		return mirrorErr(err, "trades")
	}
	stats, day, err := st.TradeStats(assetID, time.Unix(int64(h.Time), 0).UTC(), tradeWindow)
	if err != nil {
		return mirrorErr(err, "trades")
	}
	out := tradesAnswer{AssetID: id(assetID), LastPricePerShare: stats.LastPricePerShare, LastTradeAt: stats.LastTradeAt,
		Trades24h: day.Trades, Shares24h: day.Shares, Volume24h: day.Volume,
		TradesTotal: stats.Trades, SharesTotal: stats.SharesTraded, VolumeTotal: stats.Volume, FeesTotal: stats.Fees,
		Trades: make([]tradeJSON, len(pg.Items)), Block: s.svc.Mirror.Status().Cursor.Number, Next: pg.Next}
	for i, t := range pg.Items {
		tj := tradeOf(t.Trade)
		at := t.Time
		tj.Time, tj.TxHash, tj.TradeBlock = &at, t.Ref.TxHash.Hex(), t.Ref.Block
		out.Trades[i] = tj
	}
	return c.JSON(http.StatusOK, out)
}

// checkShareCount refuses a share count that is not a positive whole
// number below 2^64 (the market's bound).
func checkShareCount(n contracts.Shares) error {
	if n.Int() == nil || n.Int().Sign() <= 0 || n.Int().BitLen() > 64 {
		return validation("shares must be a positive whole number below 2^64")
	}
	return nil
}

// getProceeds answers, from the mirror, what the market owes a seller.
func (s *Server) getProceeds(c echo.Context) error {
	addr, err := pathAddress(c, "address")
	if err != nil {
		return err
	}
	owed, err := s.svc.Mirror.Store().Balance(ledger.TradeProceeds(addr), 0)
	if err != nil {
		return mirrorErr(err, "trade proceeds")
	}
	amt, err := owed.Amount()
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, proceedsAnswer{Address: addr.Hex(), Owed: amt, Block: s.svc.Mirror.Status().Cursor.Number})
}

// withdrawProceeds pays the caller's owed proceeds to `to`: the address
// the token blocks is the caller's own, so the money may go elsewhere.
// Nothing owed is a 422 NoProceedsOwed from the contract, nothing mined.
func (s *Server) withdrawProceeds(c echo.Context) error {
	var req proceedsReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	seller, err := s.caller(c)
	if err != nil {
		return err
	}
	to := seller.Address()
	if req.To != "" {
		if !common.IsHexAddress(req.To) {
			return validation(fmt.Sprintf("to %q is not a 0x-hex address", req.To))
		}
		to = common.HexToAddress(req.To)
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Trading.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Trading.WithdrawProceeds(ctx, seller, to)
			return r, err
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			amt, err := s.svc.Trading.ProceedsWithdrawnIn(r)
			return proceedsWithdrawal{To: to.Hex(), Withdrawn: amt}, err
		},
	})
}

// tradingAnswer is the share market's fee terms, read from the chain.
type tradingAnswer struct {
	FeeBps    uint16       `json:"fee_bps"`
	MaxFeeBps uint16       `json:"max_fee_bps"`
	Treasury  string       `json:"treasury"`
	FeesOwed  money.Amount `json:"fees_owed"`
	Block     uint64       `json:"block"`
}

type tradingFeeAnswer struct {
	FeeBps      uint16 `json:"fee_bps"`
	PreviousBps uint16 `json:"previous_bps"`
}

type tradeFeesWithdrawal struct {
	Withdrawn money.Amount `json:"withdrawn"`
	Treasury  string       `json:"treasury"`
}

// exampleTradingFee is the OpenAPI example of PUT /v1/trading/fee.
func exampleTradingFee() platformFeeReq {
	bps := int64(contracts.DefaultTradeFeeBps)
	return platformFeeReq{Bps: &bps}
}

func (s *Server) getTrading(c echo.Context) error {
	ctx := c.Request().Context()
	block, err := s.svc.Chain.Client().BlockNumber(ctx)
	if err != nil {
		return err
	}
	at := new(big.Int).SetUint64(block)
	tr := contracts.NewTrading(atBlock{c: chain.DecodingCaller{Client: s.svc.Chain.Client(), Decoder: s.svc.Decoder}, block: at},
		s.svc.Trading.Address(), s.svc.Assets.Address(), s.svc.Token)
	bps, err := tr.FeeBps(ctx)
	if err != nil {
		return err
	}
	treasury, err := tr.Treasury(ctx)
	if err != nil {
		return err
	}
	owed, err := tr.FeesOwed(ctx)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, tradingAnswer{FeeBps: bps, MaxFeeBps: contracts.MaxTradeFeeBps, Treasury: treasury.Hex(), FeesOwed: owed, Block: block})
}

// setTradingFee sets the fee rate of offers made from now on, within the
// contract's bound (checked here first).
func (s *Server) setTradingFee(c echo.Context) error {
	var req platformFeeReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	bps, err := feeBps(req, contracts.MaxTradeFeeBps, "share market's fee")
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Trading.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Trading.SetFee(ctx, s.svc.Admin, bps)
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			before, after, err := s.svc.Trading.FeeChangedIn(r)
			if err != nil {
				return nil, err
			}
			return tradingFeeAnswer{FeeBps: after, PreviousBps: before}, nil
		},
	})
}

// setTradingTreasury sets where trade fees are paid.
func (s *Server) setTradingTreasury(c echo.Context) error {
	var req treasuryReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	treasury, err := treasuryAddress(req)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Trading.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Trading.SetTreasury(ctx, s.svc.Admin, treasury)
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			before, after, err := s.svc.Trading.TreasuryChangedIn(r)
			if err != nil {
				return nil, err
			}
			return treasuryAnswer{Treasury: after.Hex(), Previous: before.Hex()}, nil
		},
	})
}

// withdrawTradeFees pays the trade fees owed to the treasury in force.
// Nothing owed is a 409 and sends nothing.
func (s *Server) withdrawTradeFees(c echo.Context) error {
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Trading.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			owed, err := s.svc.Trading.FeesOwed(ctx)
			if err != nil {
				return nil, err
			}
			if owed.IsZero() {
				return nil, nothingOwed("no trade fees are owed: every fee earned so far was paid to the treasury")
			}
			_, r, err := s.svc.Trading.WithdrawFees(ctx, s.svc.Admin)
			return r, err
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			amt, to, err := s.svc.Trading.FeesWithdrawnIn(r)
			if err != nil {
				return nil, err
			}
			return tradeFeesWithdrawal{Withdrawn: amt, Treasury: to.Hex()}, nil
		},
	})
}
