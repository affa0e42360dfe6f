package api

import (
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/yield"
)

// yieldAnswer is a yield report with the mirror block it reflects, so that
// an auditor can recompute it from the chain at that very block.
type yieldAnswer struct {
	yield.Report
	Block uint64 `json:"block"`
}

// getYield answers every figure of an asset over [from, to) with its
// evidence, computed from the mirror. Without from/to the period runs from
// the asset's commissioning to the mirror's last block. With
// evidence=false every figure's evidence list is empty: a busy asset's
// figures cite one event per lease each (megabytes at 10,000 leases), and a
// table of many assets shows only the values.
func (s *Server) getYield(c echo.Context) error {
	withEvidence, err := queryBool(c.QueryParams(), "evidence")
	if err != nil {
		return err
	}
	r, err := s.yieldReport(c)
	if err != nil {
		return err
	}
	if withEvidence != nil && !*withEvidence {
		r.Report = r.Report.WithoutEvidence()
	}
	return c.JSON(http.StatusOK, r)
}

// getRevenue answers the money figures of getYield only: what accrued to
// the operator's fees and the reserve in the period, and next to each what
// was paid out of it.
func (s *Server) getRevenue(c echo.Context) error {
	r, err := s.yieldReport(c)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{
		"asset_id": id(r.AssetID), "from": r.From, "to": r.To,
		"gross_revenue": r.GrossRevenue, "sla_credits": r.SLACredits, "platform_fee": r.PlatformFee,
		"operator_fee": r.OperatorFee, "operator_fee_withdrawn": r.OperatorFeeWithdrawn,
		"reserve": r.Reserve, "reserve_withdrawn": r.ReserveWithdrawn, "holders_revenue": r.HoldersRevenue,
		"revenue_per_share": r.RevenuePerShare, "block": r.Block,
	})
}

func (s *Server) yieldReport(c echo.Context) (yieldAnswer, error) {
	assetID, period, err := assetPeriod(c)
	if err != nil {
		return yieldAnswer{}, err
	}
	key := yieldKey{asset: assetID, from: c.QueryParam("from"), to: c.QueryParam("to")}
	if cur, _, err := s.svc.Mirror.Store().Cursor(); err == nil {
		key.block = cur.Number
		if a, ok := s.yields.get(key); ok {
			return a, nil
		}
	}
	ev, block, err := s.yieldEvents(assetID)
	if err != nil {
		return yieldAnswer{}, err
	}
	if period.From.IsZero() {
		period.From = ev.Asset.CommissionedAt
		h, err := s.svc.Chain.Client().HeaderByNumber(c.Request().Context(), new(big.Int).SetUint64(block))
		if err != nil {
			return yieldAnswer{}, err
		}
		period.To = time.Unix(int64(h.Time)+1, 0).UTC()
	}
	r, err := yield.Compute(ev, period)
	if err != nil {
		return yieldAnswer{}, validation(err.Error())
	}
	a := yieldAnswer{Report: r, Block: block}
	key.block = block
	s.yields.put(key, a, nil)
	return a, nil
}

// yieldEvents reads an asset's events from the mirror as of one block (one
// read transaction) and the block's number.
//
// The events last read of each asset are kept with their block, and used
// again while the mirror says nothing of the asset changed since
// (ledger.Store.AssetChanged): on a chain sealing a block a second, most
// blocks do not touch a given asset, and reading a busy asset's history
// again is the cost of a report.
func (s *Server) yieldEvents(assetID uint64) (yield.Events, uint64, error) {
	st := s.svc.Mirror.Store()
	if kept, ok := s.yieldEv.get(assetID); ok {
		changed, through, complete, err := st.AssetChanged(assetID, kept.at)
		if err == nil && complete && !changed {
			s.yieldEv.put(assetID, keptEvents{kept.ev, through}, newerEvents)
			return kept.ev, through.Number, nil
		}
	}
	ev, at, err := st.YieldEvents(assetID, s.epochClock())
	if err != nil {
		return yield.Events{}, 0, mirrorErr(err, fmt.Sprintf("asset %d", assetID))
	}
	s.yieldEv.put(assetID, keptEvents{ev, at}, newerEvents)
	return ev, at.Number, nil
}

// assetPeriod reads an asset route's id and its period (parsePeriod).
func assetPeriod(c echo.Context) (uint64, yield.Period, error) {
	assetID, err := pathID(c, "id")
	if err != nil {
		return 0, yield.Period{}, err
	}
	period, err := parsePeriod(c)
	return assetID, period, err
}

func parsePeriod(c echo.Context) (yield.Period, error) {
	from, to := c.QueryParam("from"), c.QueryParam("to")
	if from == "" && to == "" {
		return yield.Period{}, nil
	}
	if from == "" || to == "" {
		return yield.Period{}, validation("give both from and to (RFC 3339), or neither")
	}
	f, err := time.Parse(time.RFC3339, from)
	if err != nil {
		return yield.Period{}, validation(fmt.Sprintf("from %q is not an RFC 3339 time", from))
	}
	t, err := time.Parse(time.RFC3339, to)
	if err != nil {
		return yield.Period{}, validation(fmt.Sprintf("to %q is not an RFC 3339 time", to))
	}
	if !f.Before(t) {
		return yield.Period{}, validation("from must be before to")
	}
	return yield.Period{From: f, To: t}, nil
}
