package demo

import (
	"context"
	"fmt"

	"github.com/shopspring/decimal"
)

// The pricing chapter (issue 15, docs/pricing.md): an operator lists a new
// 8-GPU node on a price curve, and renters lease it one after another over
// HTTP. Each asks for a quote, leases at it with the quote as its bound,
// and pays exactly it: the price rises with the node's utilisation, past
// the kink steeply, and the price history shows each lease's price and
// the utilisation it was computed at.

// pricingChapter runs the chapter and returns the prices paid, in order.
func pricingChapter(ctx context.Context, c *client, admin string, operator principal, renters []principal, say func(string, ...any)) ([]decimal.Decimal, error) {
	say("\n-- prices that follow demand (docs/pricing.md) --")
	spec := map[string]any{"gpu_model": "H100-SXM5-80GB", "gpu_count": 8, "rated_power_w": 10200, "location": "US-TX-2",
		"commissioned_at": "2026-01-15T00:00:00Z", "book_value": "280000", "useful_life_months": 48, "shares": "1000000",
		"operator_fee_bps": 1500, "reserve_bps": 500}
	var asset struct{ ID string }
	if err := c.call(ctx, "POST", "/v1/assets", operator.Key, spec, &asset); err != nil {
		return nil, err
	}
	curve := map[string]any{"base": "2.00", "floor": "1.50", "ceiling": "6.00", "kink_bps": 7500,
		"slope_below_kink": "1.00", "slope_above_kink": "3.00", "decay_per_idle_hour": "0.05"}
	var listing struct{ ID string }
	if err := c.call(ctx, "POST", "/v1/assets/"+asset.ID+"/listings", operator.Key, map[string]any{
		"gpus": 8, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 168, "curve": curve}, &listing); err != nil {
		return nil, err
	}
	say("%s lists node %s on a curve: 2.00 idle, +1.00 up to 75%% of its GPUs, +3.00 more up to 100%%, within [1.50, 6.00]",
		operator.Name, asset.ID)
	var paid []decimal.Decimal
	for i, gpus := range []int{2, 2, 2, 1} {
		r := renters[i%len(renters)]
		if err := c.call(ctx, "POST", "/v1/faucet", admin, map[string]any{"address": r.Address, "amount": "500"}, nil); err != nil {
			return nil, err
		}
		var q struct {
			Price   string `json:"price_per_gpu_hour"`
			Total   string `json:"total"`
			UtilBps int    `json:"utilisation_bps"`
		}
		if err := c.call(ctx, "GET", fmt.Sprintf("/v1/listings/%s/quote?gpus=%d&hours=24", listing.ID, gpus), "", nil, &q); err != nil {
			return nil, err
		}
		var lease struct {
			ID    string `json:"id"`
			Price string `json:"price_per_gpu_hour"`
		}
		if err := c.call(ctx, "POST", "/v1/leases", r.Key, map[string]any{"listing_id": listing.ID, "gpus": gpus, "hours": 24,
			"deposit": q.Total, "max_price_per_gpu_hour": q.Price}, &lease); err != nil {
			return nil, err
		}
		price, err := decimal.NewFromString(lease.Price)
		if err != nil {
			return nil, err
		}
		say("  %-16s node %d%% leased: quoted %s per GPU-hour, leases %d GPUs for 24 h at %s (total %s), lease %s",
			r.Name, q.UtilBps/100, q.Price, gpus, lease.Price, q.Total, lease.ID)
		if len(paid) > 0 && !price.GreaterThan(paid[len(paid)-1]) {
			return nil, fmt.Errorf("pricing: lease %s paid %s, not above the last %s", lease.ID, price, paid[len(paid)-1])
		}
		paid = append(paid, price)
	}
	say("  each price rose with demand; GET /v1/listings/%s/prices lists them with their utilisation", listing.ID)
	return paid, nil
}
