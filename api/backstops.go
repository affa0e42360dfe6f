package api

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"
	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

func init() {
	queryParams["GET /v1/backstops"] = []string{"asset", "after", "limit"}
}

// backstopRoutes: the capacity backstop (docs/backstop.md). A holder (an
// investor) commits an amount to an asset for a term at a floor price per
// GPU-hour; each ended hour of the term its idle GPU-hours are bought at
// the floor into the asset's revenue; anyone with a money role settles
// the hours due (the service's job does it on a schedule); the provider
// releases what is left after the term. Reads come from the mirror.
func (s *Server) backstopRoutes() []route {
	const (
		admin    = accounts.RoleAdmin
		operator = accounts.RoleOperator
		renter   = accounts.RoleRenter
		holder   = accounts.RoleHolder
	)
	return []route{
		{method: "POST", path: "/v1/backstops", roles: []accounts.Role{holder}, status: http.StatusCreated,
			summary: "commit amount of the caller's stablecoin to buy the asset's idle GPU-hours at floor_price_per_gpu_hour for hours whole hours from the next hour (take: the GPU-hours bought are delivered to the caller)",
			body:    backstopReq{AssetID: "1", FloorPricePerGPUHour: "1.00", Amount: "500", Hours: 24}, response: backstopJSON{}, handler: s.createBackstop},
		{method: "GET", path: "/v1/backstops", public: true, response: backstopList{},
			summary: "backstop commitments by id, of one asset with asset= (after, limit)", handler: s.listBackstops},
		{method: "GET", path: "/v1/backstops/:id", public: true, response: backstopJSON{},
			summary: "one commitment: amount, paid, returned, left, hours settled, idle GPU-hours bought, the minimum it still guarantees, GPU-hours delivered", handler: s.getBackstop},
		{method: "POST", path: "/v1/backstops/:id/settle", roles: []accounts.Role{admin, operator, renter, holder}, status: http.StatusOK,
			summary:  "settle the ended hours of the term not yet settled (at most a week of hours per call): their idle GPU-hours are paid at the floor into the asset's revenue",
			response: backstopSettleAnswer{}, handler: s.settleBackstop},
		{method: "POST", path: "/v1/backstops/:id/release", roles: []accounts.Role{holder}, status: http.StatusOK,
			summary:  "return what is left of the caller's finished commitment to it (owed to it, withdrawable, if the token refuses the transfer)",
			response: backstopReleaseAnswer{}, handler: s.releaseBackstop},
		{method: "GET", path: "/v1/assets/:id/backstop", public: true, response: assetBackstopJSON{},
			summary: "the asset's active backstop, if any, and the minimum revenue it still guarantees holders", handler: s.assetBackstop},
	}
}

type backstopReq struct {
	AssetID              string `json:"asset_id" required:"true"`
	FloorPricePerGPUHour string `json:"floor_price_per_gpu_hour" required:"true"`
	Amount               string `json:"amount" required:"true"`
	Hours                uint32 `json:"hours" required:"true"`
	Take                 bool   `json:"take,omitempty"`
}

// guaranteeJSON is what a commitment still guarantees the asset's revenue:
// per_hour = gpu_count x floor for a wholly idle hour, over hours_left
// hours not yet settled, total = min(per_hour x hours_left, left).
type guaranteeJSON struct {
	PerHour   money.Amount `json:"per_hour"`
	HoursLeft uint64       `json:"hours_left"`
	Total     money.Amount `json:"total"`
}

// backstopJSON is a commitment. To the unit: amount = paid + returned +
// left. idle_gpu_hours are the idle GPU-seconds of the settled hours / 3600
// (6 decimals, rounded down); gpu_hours_delivered those paid for when take
// is set (the operator owes the provider that GPU time), else zero.
type backstopJSON struct {
	ID                   string        `json:"id"`
	AssetID              string        `json:"asset_id"`
	Provider             string        `json:"provider"`
	Status               string        `json:"status"`
	Take                 bool          `json:"take"`
	GPUCount             uint32        `json:"gpu_count"`
	FloorPricePerGPUHour money.Amount  `json:"floor_price_per_gpu_hour"`
	Hours                uint32        `json:"hours"`
	Start                time.Time     `json:"start"`
	End                  time.Time     `json:"end"`
	HoursSettled         uint32        `json:"hours_settled"`
	Amount               money.Amount  `json:"amount"`
	Paid                 money.Amount  `json:"paid"`
	Returned             money.Amount  `json:"returned"`
	Left                 money.Amount  `json:"left"`
	IdleGPUSeconds       uint64        `json:"idle_gpu_seconds"`
	IdleGPUHours         string        `json:"idle_gpu_hours"`
	GPUHoursDelivered    string        `json:"gpu_hours_delivered"`
	ReturnDeferred       bool          `json:"return_deferred"`
	Guarantee            guaranteeJSON `json:"guarantee"`
	Block                uint64        `json:"block"`
	TxHash               string        `json:"tx_hash,omitempty"`
}

type backstopList struct {
	Backstops []backstopJSON `json:"backstops"`
	Block     uint64         `json:"block"`
	Next      string         `json:"next,omitempty"`
}

// idleHourJSON is one settled hour: hour is unix seconds / 3600.
type idleHourJSON struct {
	Hour           uint64       `json:"hour"`
	Start          time.Time    `json:"start"`
	IdleGPUSeconds uint64       `json:"idle_gpu_seconds"`
	Amount         money.Amount `json:"amount"`
	TakenGPUSecs   uint64       `json:"taken_gpu_seconds"`
}

type backstopSettleAnswer struct {
	Backstop backstopJSON   `json:"backstop"`
	Paid     money.Amount   `json:"paid"`
	Hours    []idleHourJSON `json:"hours"`
	Block    uint64         `json:"block"`
	TxHash   string         `json:"tx_hash"`
}

type backstopReleaseAnswer struct {
	Backstop backstopJSON `json:"backstop"`
	Returned money.Amount `json:"returned"`
	Deferred bool         `json:"deferred"`
	Block    uint64       `json:"block"`
	TxHash   string       `json:"tx_hash"`
}

type assetBackstopJSON struct {
	AssetID string        `json:"asset_id"`
	Active  *backstopJSON `json:"active"`
	// GuaranteedMinimum is the active commitment's guarantee total (zero without one).
	GuaranteedMinimum money.Amount `json:"guaranteed_minimum"`
	// BackstopRevenue is what every backstop of the asset has paid into its revenue.
	BackstopRevenue money.Amount `json:"backstop_revenue"`
	Block           uint64       `json:"block"`
}

// gpuHours writes GPU-seconds as GPU-hours, 6 decimals, rounded down.
func gpuHours(sec uint64) string {
	return decimal.NewFromUint64(sec).DivRound(decimal.NewFromInt(3600), 7).Truncate(6).StringFixed(6)
}

// guaranteeOf is the contract's guaranteedMinimum, from a commitment's figures.
func guaranteeOf(c contracts.Commitment) guaranteeJSON {
	perHour := money.MustFromUnits(new(big.Int).Mul(big.NewInt(int64(c.GPUCount)), c.FloorPricePerGPUHour.Units()))
	g := guaranteeJSON{PerHour: perHour, Total: money.Zero}
	if c.Status != contracts.CommitmentActive {
		return g
	}
	g.HoursLeft = uint64(c.Hours - min(c.HoursSettled, c.Hours))
	total := new(big.Int).Mul(perHour.Units(), new(big.Int).SetUint64(g.HoursLeft))
	if total.Cmp(c.Left.Units()) > 0 {
		total.Set(c.Left.Units())
	}
	g.Total = money.MustFromUnits(total)
	return g
}

func backstopOf(c contracts.Commitment, deferred bool, block uint64) backstopJSON {
	delivered := "0.000000"
	if c.Take {
		delivered = gpuHours(c.GPUSecondsBought)
	}
	return backstopJSON{ID: id(c.ID), AssetID: id(c.AssetID), Provider: c.Provider.Hex(), Status: c.Status.String(), Take: c.Take,
		GPUCount: c.GPUCount, FloorPricePerGPUHour: c.FloorPricePerGPUHour, Hours: c.Hours, Start: c.Start, End: c.End,
		HoursSettled: c.HoursSettled, Amount: c.Amount, Paid: c.Paid, Returned: c.Returned, Left: c.Left,
		IdleGPUSeconds: c.IdleGPUSeconds, IdleGPUHours: gpuHours(c.IdleGPUSeconds), GPUHoursDelivered: delivered,
		ReturnDeferred: deferred, Guarantee: guaranteeOf(c), Block: block}
}

// backstopAt reads a commitment at the receipt's block.
func (s *Server) backstopAt(ctx context.Context, r *types.Receipt, bid uint64, deferred bool) (backstopJSON, error) {
	reader := atBlock{c: chain.DecodingCaller{Client: s.svc.Chain.Client(), Decoder: s.svc.Decoder}, block: r.BlockNumber}
	c, err := contracts.NewBackstop(reader, s.svc.Backstop.Address(), s.svc.Token).Commitment(ctx, bid)
	if err != nil {
		return backstopJSON{}, err
	}
	out := backstopOf(c, deferred, r.BlockNumber.Uint64())
	out.TxHash = r.TxHash.Hex()
	return out, nil
}

// createBackstop commits the caller's stablecoin. Refused before anything
// is sent: an unknown asset, one with an active commitment (409), a caller
// short of the amount (409).
func (s *Server) createBackstop(c echo.Context) error {
	var req backstopReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	assetID, err := strconv.ParseUint(req.AssetID, 10, 64)
	if err != nil || assetID == 0 {
		return validation(fmt.Sprintf("asset_id %q is not a positive decimal id", clip(req.AssetID, MaxIDLen)))
	}
	floor, err := positiveAmount("floor_price_per_gpu_hour", req.FloorPricePerGPUHour)
	if err != nil {
		return err
	}
	amt, err := positiveAmount("amount", req.Amount)
	if err != nil {
		return err
	}
	spec := contracts.BackstopSpec{AssetID: assetID, FloorPricePerGPUHour: floor, Amount: amt, Hours: req.Hours, Take: req.Take}
	if err := spec.Validate(); err != nil {
		return validation(err.Error())
	}
	if _, err := s.asset(c, assetID); err != nil {
		return err
	}
	provider, err := s.caller(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	if err := preflight(c, func() error {
		if active, err := s.svc.Backstop.ActiveCommitmentOf(ctx, assetID); err != nil {
			return err
		} else if active != 0 {
			return backstopConflict(fmt.Sprintf("asset %d already has an active backstop (%d); a new one may be committed once it has finished", assetID, active))
		}
		bal, err := s.svc.Token.BalanceOf(ctx, provider.Address())
		if err != nil {
			return err
		}
		if bal.Cmp(amt) < 0 {
			return backstopConflict(fmt.Sprintf("you hold %s of the stablecoin, not %s", bal, amt))
		}
		return nil
	}); err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusCreated, to: s.svc.Backstop.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Backstop.Commit(ctx, provider, spec)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			bid, err := s.svc.Backstop.CommittedIn(r)
			if err != nil {
				return nil, err
			}
			return s.backstopAt(ctx, r, bid, false)
		},
	})
}

func (s *Server) listBackstops(c echo.Context) error {
	assetID, err := queryID(c.QueryParams(), "asset")
	if err != nil {
		return err
	}
	p, err := page(c)
	if err != nil {
		return err
	}
	var asset uint64
	if assetID != nil {
		asset = *assetID
	}
	pg, err := s.svc.Mirror.Store().Backstops(asset, p)
	if err != nil {
		return mirrorErr(err, "backstops")
	}
	block := s.svc.Mirror.Status().Cursor.Number
	out := backstopList{Backstops: make([]backstopJSON, len(pg.Items)), Block: block, Next: pg.Next}
	for i, b := range pg.Items {
		out.Backstops[i] = backstopOf(b.Commitment, b.Deferred, block)
	}
	return c.JSON(http.StatusOK, out)
}

// backstopByPath reads the commitment of the path from the mirror (404 when none).
func (s *Server) backstopByPath(c echo.Context) (ledger.Backstop, error) {
	return recordByPath(c, "backstop", s.svc.Mirror.Store().Backstop)
}

func (s *Server) getBackstop(c echo.Context) error {
	b, err := s.backstopByPath(c)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, backstopOf(b.Commitment, b.Deferred, s.svc.Mirror.Status().Cursor.Number))
}

// settleBackstop settles the hours due. Refused before anything is sent
// (409): a commitment not active, or no hour of its term ended since the
// last settle.
func (s *Server) settleBackstop(c echo.Context) error {
	b, err := s.backstopByPath(c)
	if err != nil {
		return err
	}
	caller, err := s.caller(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	if err := preflight(c, func() error {
		cur, err := s.svc.Backstop.Commitment(ctx, b.ID)
		if err != nil {
			return err
		}
		if cur.Status != contracts.CommitmentActive {
			return backstopConflict(fmt.Sprintf("backstop %d is %s: nothing left to settle", b.ID, cur.Status))
		}
		h, err := s.head(ctx)
		if err != nil {
			return err
		}
		next := cur.StartHour + uint64(cur.HoursSettled)
		if h.Time/3600 <= next {
			return backstopConflict(fmt.Sprintf("hour %d of backstop %d ends at %s: no hour to settle before then",
				next, b.ID, time.Unix(int64((next+1)*3600), 0).UTC().Format(time.RFC3339)))
		}
		return nil
	}); err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Backstop.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Backstop.Settle(ctx, caller, b.ID, 0)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			st, err := s.svc.Backstop.SettledIn(r)
			if err != nil {
				return nil, err
			}
			cur, err := s.backstopAt(ctx, r, b.ID, false)
			if err != nil {
				return nil, err
			}
			out := backstopSettleAnswer{Backstop: cur, Paid: st.Paid, Hours: make([]idleHourJSON, len(st.Hours)),
				Block: r.BlockNumber.Uint64(), TxHash: r.TxHash.Hex()}
			for i, h := range st.Hours {
				out.Hours[i] = idleHourJSON{Hour: h.Hour, Start: time.Unix(int64(h.Hour*3600), 0).UTC(),
					IdleGPUSeconds: h.IdleGPUSeconds, Amount: h.Amount, TakenGPUSecs: h.Taken}
			}
			return out, nil
		},
	})
}

// releaseBackstop returns what is left to the provider. Refused before
// anything is sent: another caller (403), hours of the term unsettled or
// a release already made (409).
func (s *Server) releaseBackstop(c echo.Context) error {
	b, err := s.backstopByPath(c)
	if err != nil {
		return err
	}
	caller, err := s.caller(c)
	if err != nil {
		return err
	}
	if caller.Address() != b.Provider {
		return newProblem(http.StatusForbidden, ProblemForbidden, "Forbidden", fmt.Sprintf("backstop %d is %s's to release", b.ID, b.Provider.Hex()))
	}
	ctx := c.Request().Context()
	if err := preflight(c, func() error {
		cur, err := s.svc.Backstop.Commitment(ctx, b.ID)
		if err != nil {
			return err
		}
		if cur.Status != contracts.CommitmentFinished {
			return backstopConflict(fmt.Sprintf("backstop %d is %s (%d of %d hours settled): it can be released once every hour is settled, and once",
				b.ID, cur.Status, cur.HoursSettled, cur.Hours))
		}
		return nil
	}); err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Backstop.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Backstop.Release(ctx, caller, b.ID)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			rel, err := s.svc.Backstop.ReleasedIn(r)
			if err != nil {
				return nil, err
			}
			cur, err := s.backstopAt(ctx, r, b.ID, rel.Deferred)
			if err != nil {
				return nil, err
			}
			return backstopReleaseAnswer{Backstop: cur, Returned: rel.Amount, Deferred: rel.Deferred,
				Block: r.BlockNumber.Uint64(), TxHash: r.TxHash.Hex()}, nil
		},
	})
}

// assetBackstop answers holders: the asset's active commitment and what it
// still guarantees, and what backstops have paid the asset so far (from
// the mirror: one read per commitment the asset ever had).
func (s *Server) assetBackstop(c echo.Context) error {
	assetID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if _, err := s.asset(c, assetID); err != nil {
		return err
	}
	block := s.svc.Mirror.Status().Cursor.Number
	out := assetBackstopJSON{AssetID: id(assetID), GuaranteedMinimum: money.Zero, BackstopRevenue: money.Zero, Block: block}
	p := ledger.PageRequest{}
	for {
		pg, err := s.svc.Mirror.Store().Backstops(assetID, p)
		if err != nil {
			return mirrorErr(err, "backstops")
		}
		for _, b := range pg.Items {
			out.BackstopRevenue = out.BackstopRevenue.Add(b.Paid)
			if b.Status == contracts.CommitmentActive {
				j := backstopOf(b.Commitment, b.Deferred, block)
				out.Active, out.GuaranteedMinimum = &j, j.Guarantee.Total
			}
		}
		if pg.Next == "" {
			break
		}
		p.After = pg.Next
	}
	return c.JSON(http.StatusOK, out)
}

func backstopConflict(detail string) error {
	return newProblem(http.StatusConflict, ProblemConflict, "Not possible now", detail)
}
