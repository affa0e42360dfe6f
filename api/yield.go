package api

import (
	"fmt"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/yield"
)

// getYield answers every figure of an asset over [from, to) with its
// evidence, computed from the mirror. Without from/to the period runs from
// the asset's commissioning to the mirror's last block.
func (s *Server) getYield(c echo.Context) error {
	r, err := s.yieldReport(c)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, r)
}

// getRevenue answers the money figures of getYield only.
func (s *Server) getRevenue(c echo.Context) error {
	r, err := s.yieldReport(c)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{
		"asset_id": id(r.AssetID), "from": r.From, "to": r.To,
		"gross_revenue": r.GrossRevenue, "sla_credits": r.SLACredits, "platform_fee": r.PlatformFee,
		"operator_fee": r.OperatorFee, "reserve": r.Reserve, "holders_revenue": r.HoldersRevenue,
		"revenue_per_share": r.RevenuePerShare,
	})
}

func (s *Server) yieldReport(c echo.Context) (yield.Report, error) {
	assetID, err := pathID(c, "id")
	if err != nil {
		return yield.Report{}, err
	}
	period, err := parsePeriod(c)
	if err != nil {
		return yield.Report{}, err
	}
	ev, err := s.svc.Mirror.Store().YieldEvents(assetID, s.epochClock())
	if err != nil {
		return yield.Report{}, mirrorErr(err, fmt.Sprintf("asset %d", assetID))
	}
	if period.From.IsZero() {
		period.From = ev.Asset.CommissionedAt
		h, err := s.svc.Chain.Client().HeaderByNumber(c.Request().Context(), nil)
		if err != nil {
			return yield.Report{}, err
		}
		period.To = time.Unix(int64(h.Time)+1, 0).UTC()
	}
	r, err := yield.Compute(ev, period)
	if err != nil {
		return yield.Report{}, validation(err.Error())
	}
	return r, nil
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
