package demo

import (
	"context"
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"
)

// The trading chapter (issue 15, docs/trading.md): an investor offers a
// tenth of its shares of a node at a price per share for a day; another
// investor buys part of the offer over HTTP (shares and stablecoin move in
// one transaction, the platform takes its fee); the seller cancels the
// rest; the trades answer the asset's last price and volume.

// TradeResult is what the trading chapter did, for tests to check.
type TradeResult struct {
	AssetID, OfferID      string
	Seller, Buyer         string
	Shares                string // bought
	PricePerShare         string
	Total, Fee, Proceeds  string
	LastPrice, Volume24h  string
	SellerShares, Offered string
}

func tradingChapter(ctx context.Context, c *client, admin string, seller, buyer principal, say func(string, ...any)) (*TradeResult, error) {
	say("\n-- share trading (docs/trading.md) --")
	var holdings struct {
		Assets []struct {
			AssetID string `json:"asset_id"`
			Shares  string `json:"shares"`
		} `json:"assets"`
	}
	if err := c.call(ctx, "GET", "/v1/holders/"+seller.Address, "", nil, &holdings); err != nil {
		return nil, err
	}
	res := &TradeResult{Seller: seller.Name, Buyer: buyer.Name}
	held := new(big.Int)
	for _, h := range holdings.Assets {
		if n, ok := new(big.Int).SetString(h.Shares, 10); ok && n.Cmp(held) > 0 {
			res.AssetID, held = h.AssetID, n
		}
	}
	if held.Sign() == 0 {
		return nil, fmt.Errorf("trading chapter: %s holds no shares", seller.Name)
	}
	offered := new(big.Int).Div(held, big.NewInt(10))
	res.SellerShares, res.Offered = held.String(), offered.String()
	const price = "0.301234"
	var offer struct {
		ID     string `json:"id"`
		FeeBps int    `json:"fee_bps"`
	}
	if err := c.call(ctx, "POST", "/v1/assets/"+res.AssetID+"/offers", seller.Key,
		map[string]any{"shares": offered.String(), "price_per_share": price, "ttl_hours": 24}, &offer); err != nil {
		return nil, err
	}
	res.OfferID = offer.ID
	say("%s offers %s of its %s shares of asset %s at %s tUSD each for 24 hours (offer %s, fee %d bps)",
		seller.Name, offered, held, res.AssetID, price, offer.ID, offer.FeeBps)

	bought := new(big.Int).Div(new(big.Int).Mul(offered, big.NewInt(6)), big.NewInt(10))
	cost := decimal.RequireFromString(price).Mul(decimal.NewFromBigInt(bought, 0))
	if err := c.call(ctx, "POST", "/v1/faucet", admin, map[string]any{"address": buyer.Address, "amount": cost.Ceil().String()}, nil); err != nil {
		return nil, err
	}
	var fill struct {
		Trade struct {
			Shares        string `json:"shares"`
			PricePerShare string `json:"price_per_share"`
			Total         string `json:"total"`
			Fee           string `json:"fee"`
			Proceeds      string `json:"proceeds"`
		} `json:"trade"`
		Offer struct {
			Remaining string `json:"remaining"`
		} `json:"offer"`
		TxHash string `json:"tx_hash"`
	}
	if err := c.call(ctx, "POST", "/v1/offers/"+offer.ID+"/fills", buyer.Key,
		map[string]any{"shares": bought.String(), "max_price_per_share": price}, &fill); err != nil {
		return nil, err
	}
	res.Shares, res.PricePerShare = fill.Trade.Shares, fill.Trade.PricePerShare
	res.Total, res.Fee, res.Proceeds = fill.Trade.Total, fill.Trade.Fee, fill.Trade.Proceeds
	say("%s buys %s shares for %s tUSD in one transaction (%s…): %s tUSD to %s, %s tUSD fee to the platform; %s shares left on offer",
		buyer.Name, fill.Trade.Shares, fill.Trade.Total, fill.TxHash[:10], fill.Trade.Proceeds, seller.Name, fill.Trade.Fee, fill.Offer.Remaining)
	if err := c.call(ctx, "DELETE", "/v1/offers/"+offer.ID, seller.Key, nil, nil); err != nil {
		return nil, err
	}
	say("%s cancels the rest of offer %s", seller.Name, offer.ID)
	var trades struct {
		LastPrice string `json:"last_price_per_share"`
		Volume24h string `json:"volume_24h"`
		Trades    uint64 `json:"trades_total"`
	}
	if err := c.call(ctx, "GET", "/v1/assets/"+res.AssetID+"/trades", "", nil, &trades); err != nil {
		return nil, err
	}
	res.LastPrice, res.Volume24h = trades.LastPrice, trades.Volume24h
	say("asset %s: last trade at %s tUSD per share, %s tUSD traded in 24 hours (%d trade)", res.AssetID, trades.LastPrice, trades.Volume24h, trades.Trades)
	return res, nil
}
