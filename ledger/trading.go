package ledger

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger/internal/enc"
	"github.com/gpuledger/gpuledger/money"
)

// Share trading in the mirror (docs/trading.md): offers with their
// status, the open offers of each asset ordered by price (the book),
// every trade, and per asset the last price and the volume. Written by
// handlers_trading.go in the batch of their log, undone with it on a reorg.

// OfferStatus is an offer's state in the mirror. An open offer past its
// expiry is still "open" here (the chain keeps it until cancelled) and is
// left out of the book by the reader's clock (ShareOffer.Expired).
type OfferStatus string

// Offer statuses.
const (
	OfferOpen      OfferStatus = "open"
	OfferFilled    OfferStatus = "filled"
	OfferCancelled OfferStatus = "cancelled"
)

// ShareOffer is an offer as the mirror keeps it.
type ShareOffer struct {
	contracts.Offer
	Status    OfferStatus `json:"status"`
	Created   Ref         `json:"created"`
	CreatedAt time.Time   `json:"created_at"`
}

// Expired reports whether an open offer can no longer be filled at now
// (the contract refuses a fill at or after the expiry).
func (o ShareOffer) Expired(now time.Time) bool {
	return o.Status == OfferOpen && !now.Before(o.ExpiresAt)
}

// ShareTrade is one fill, with the block time and log it came from.
type ShareTrade struct {
	contracts.Trade
	Time time.Time `json:"time"`
	Ref  Ref       `json:"ref"`
}

// TradeStats are an asset's trades in sum: the last price (nil before the
// first trade), how many, the shares and stablecoin that changed hands
// and the fees taken.
type TradeStats struct {
	AssetID           uint64           `json:"asset_id"`
	LastPricePerShare *money.Amount    `json:"last_price_per_share"`
	LastTradeAt       *time.Time       `json:"last_trade_at"`
	Trades            uint64           `json:"trades"`
	SharesTraded      contracts.Shares `json:"shares_traded"`
	Volume            money.Amount     `json:"volume"`
	Fees              money.Amount     `json:"fees"`
}

// WindowVolume is what traded in a window ending now (the API's 24h figure).
type WindowVolume struct {
	Trades uint64           `json:"trades"`
	Shares contracts.Shares `json:"shares"`
	Volume money.Amount     `json:"volume"`
}

func unixTime(s int64) time.Time { return time.Unix(s, 0).UTC() }

// ShareOffer returns offer id (ErrNotFound when the mirror has none).
func (s *Store) ShareOffer(id uint64) (ShareOffer, error) {
	var o ShareOffer
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, bOffers, idKey(id), &o) })
	if err != nil {
		return o, fmt.Errorf("offer %d: %w", id, err)
	}
	return o, nil
}

// OfferBook lists an asset's open offers that are not expired at now,
// cheapest first (ties by offer id: the older first). Expired offers are
// skipped: each costs one read until its seller cancels it, which the API
// invites.
func (s *Store) OfferBook(assetID uint64, now time.Time, p PageRequest) (Page[ShareOffer], error) {
	out := Page[ShareOffer]{Items: []ShareOffer{}}
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out.Next, err = scan(tx, bOfferBook, idKey(assetID), p, func(k, _ []byte) (bool, error) {
			var o ShareOffer
			if err := getJSON(tx, bOffers, k[len(k)-8:], &o); err != nil {
				return false, err
			}
			if o.Expired(now) {
				return false, nil
			}
			out.Items = append(out.Items, o)
			return true, nil
		})
		return err
	})
	if err != nil {
		return out, fmt.Errorf("offer book of asset %d: %w", assetID, err)
	}
	return out, nil
}

// Trades lists an asset's trades in chain order.
func (s *Store) Trades(assetID uint64, p PageRequest) (Page[ShareTrade], error) {
	out := Page[ShareTrade]{Items: []ShareTrade{}}
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out.Next, err = scan(tx, bTrades, idKey(assetID), p, func(_, v []byte) (bool, error) {
			var t ShareTrade
			if err := json.Unmarshal(v, &t); err != nil {
				return false, err
			}
			out.Items = append(out.Items, t)
			return true, nil
		})
		return err
	})
	if err != nil {
		return out, fmt.Errorf("trades of asset %d: %w", assetID, err)
	}
	return out, nil
}

// TradeStats returns an asset's trade figures, and the volume of the
// trades whose block time is in (now - window, now]: read backwards from
// the newest trade, so it costs the trades in the window, not the history.
func (s *Store) TradeStats(assetID uint64, now time.Time, window time.Duration) (TradeStats, WindowVolume, error) {
	st := TradeStats{AssetID: assetID, SharesTraded: contracts.NewShares(new(big.Int)), Volume: money.Zero, Fees: money.Zero}
	win := WindowVolume{Shares: contracts.NewShares(new(big.Int)), Volume: money.Zero}
	err := s.view(func(tx *bolt.Tx) error {
		if raw := bucket(tx, bTradeStats).Get(idKey(assetID)); raw != nil {
			if err := json.Unmarshal(raw, &st); err != nil {
				return err
			}
		}
		prefix := idKey(assetID)
		c := bucket(tx, bTrades).Cursor()
		k, v := c.Seek(enc.U64(assetID + 1))
		if k == nil {
			k, v = c.Last()
		} else {
			k, v = c.Prev()
		}
		shares := new(big.Int)
		for ; k != nil && bytes.HasPrefix(k, prefix); k, v = c.Prev() {
			var t ShareTrade
			if err := json.Unmarshal(v, &t); err != nil {
				return err
			}
			if !t.Time.After(now.Add(-window)) {
				break
			}
			if t.Time.After(now) {
				continue
			}
			win.Trades++
			shares.Add(shares, t.Shares.Int())
			win.Volume = win.Volume.Add(t.Total)
		}
		win.Shares = contracts.NewShares(shares)
		return nil
	})
	if err != nil {
		return st, win, fmt.Errorf("trade figures of asset %d: %w", assetID, err)
	}
	return st, win, nil
}
