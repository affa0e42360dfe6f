package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/gpuledger/gpuledger/chain"
)

// The backstop chapter (issue 15, docs/backstop.md): an investor commits
// 100 tUSD to buy a new node's idle GPU-hours at 0.80 per GPU-hour through
// a twelve-hour night. A renter leases two GPUs for the first two hours;
// the rest of the night the node idles, and the backstop pays for every
// idle GPU-hour into the node's revenue, split like rent. The investor
// takes back what is left in the morning. Over HTTP, except the clock.

// BackstopResult is what the backstop chapter did, for tests to check.
type BackstopResult struct {
	AssetID, BackstopID       string
	GPUCount                  int
	Floor, Amount             string
	Paid, Returned, Guarantee string
	Hours                     []BackstopHour
	// YieldBackstopRevenue is the node's yield answer's backstop_revenue.
	YieldBackstopRevenue string
}

// BackstopHour is one settled hour as POST /v1/backstops/:id/settle answered it.
type BackstopHour struct {
	Hour           uint64 `json:"hour"`
	IdleGPUSeconds uint64 `json:"idle_gpu_seconds"`
	Amount         string `json:"amount"`
}

func backstopChapter(ctx context.Context, c *client, emb *chain.Embedded, admin string, operator, investor, renter principal, say func(string, ...any)) (*BackstopResult, error) {
	say("\n-- a buyer of last resort for an idle night (docs/backstop.md) --")
	const hours = 12
	res := &BackstopResult{GPUCount: 8, Floor: "0.80", Amount: "100"}
	spec := map[string]any{"gpu_model": "H100-SXM5-80GB", "gpu_count": res.GPUCount, "rated_power_w": 10200, "location": "US-TX-3",
		"commissioned_at": "2026-01-15T00:00:00Z", "book_value": "280000", "useful_life_months": 48, "shares": "1000000",
		"operator_fee_bps": 1500, "reserve_bps": 500}
	var asset, listing struct{ ID string }
	if err := c.call(ctx, "POST", "/v1/assets", operator.Key, spec, &asset); err != nil {
		return nil, err
	}
	res.AssetID = asset.ID
	if err := c.call(ctx, "POST", "/v1/assets/"+asset.ID+"/listings", operator.Key, map[string]any{
		"gpus": 8, "price_per_gpu_hour": "2.50", "min_hours": 1, "max_hours": 48}, &listing); err != nil {
		return nil, err
	}
	if err := c.call(ctx, "POST", "/v1/faucet", admin, map[string]any{"address": investor.Address, "amount": res.Amount}, nil); err != nil {
		return nil, err
	}
	var b struct {
		ID        string `json:"id"`
		Start     string `json:"start"`
		Guarantee struct {
			Total string `json:"total"`
		} `json:"guarantee"`
	}
	if err := c.call(ctx, "POST", "/v1/backstops", investor.Key, map[string]any{"asset_id": asset.ID,
		"floor_price_per_gpu_hour": res.Floor, "amount": res.Amount, "hours": hours}, &b); err != nil {
		return nil, err
	}
	res.BackstopID, res.Guarantee = b.ID, b.Guarantee.Total
	say("%s commits %s tUSD to node %s: every idle GPU-hour of the %d hours from %s is bought at %s; holders are guaranteed at least %s tUSD",
		investor.Name, res.Amount, asset.ID, hours, b.Start, res.Floor, b.Guarantee.Total)

	start, err := time.Parse(time.RFC3339, b.Start)
	if err != nil {
		return nil, err
	}
	to := func(t time.Time) error {
		h, err := emb.Client().HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		if d := t.Sub(time.Unix(int64(h.Time), 0)); d > 0 {
			return emb.AdjustTime(d)
		}
		return nil
	}
	if err := to(start.Add(10 * time.Minute)); err != nil {
		return nil, err
	}
	var lease struct{ ID string }
	if err := c.call(ctx, "POST", "/v1/leases", renter.Key, map[string]any{"listing_id": listing.ID, "gpus": 2, "hours": 2, "deposit": "10"}, &lease); err != nil {
		return nil, err
	}
	// The lease ends two hours later; its settlement retires its GPUs (the
	// keeper's job in `serve`), from when on they are idle for the backstop.
	if err := to(start.Add(2*time.Hour + 15*time.Minute)); err != nil {
		return nil, err
	}
	if err := c.call(ctx, "POST", "/v1/leases/"+lease.ID+"/settle", renter.Key, nil, nil); err != nil {
		return nil, err
	}
	say("%s leases 2 GPUs for the first two hours of the night (lease %s); then the node idles", renter.Name, lease.ID)

	if err := to(start.Add(hours*time.Hour + time.Minute)); err != nil {
		return nil, err
	}
	var st struct {
		Paid  string         `json:"paid"`
		Hours []BackstopHour `json:"hours"`
	}
	if err := c.call(ctx, "POST", "/v1/backstops/"+b.ID+"/settle", renter.Key, nil, &st); err != nil {
		return nil, err
	}
	res.Paid, res.Hours = st.Paid, st.Hours
	for _, h := range st.Hours {
		say("  hour %s: %5d idle GPU-seconds (%s GPU-hours) -> %s tUSD into node %s's revenue",
			time.Unix(int64(h.Hour*3600), 0).UTC().Format("15:04"), h.IdleGPUSeconds, gpuHoursOf(h.IdleGPUSeconds), h.Amount, asset.ID)
	}
	var rel struct {
		Returned string `json:"returned"`
	}
	if err := c.call(ctx, "POST", "/v1/backstops/"+b.ID+"/release", investor.Key, nil, &rel); err != nil {
		return nil, err
	}
	res.Returned = rel.Returned
	var y struct {
		BackstopRevenue struct {
			Value string `json:"value"`
		} `json:"backstop_revenue"`
	}
	if err := c.call(ctx, "GET", "/v1/assets/"+asset.ID+"/yield", "", nil, &y); err != nil {
		return nil, err
	}
	res.YieldBackstopRevenue = y.BackstopRevenue.Value
	say("the backstop paid %s tUSD for the idle night (split like rent: fees, reserve, holders); %s tUSD went back to %s; node %s's yield shows backstop revenue %s apart from rent",
		res.Paid, res.Returned, investor.Name, asset.ID, res.YieldBackstopRevenue)
	return res, nil
}

// gpuHoursOf writes GPU-seconds as GPU-hours with two decimals, for the story.
func gpuHoursOf(sec uint64) string { return fmt.Sprintf("%d.%02d", sec/3600, sec%3600*100/3600) }
