package api

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/yield"
)

// getYield answers every figure of an asset over [from, to) with its
// evidence. Without from/to the period runs from the deployment to now.
func (s *Server) getYield(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	period, err := parsePeriod(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	ev, err := s.yieldEvents(c, id)
	if errors.Is(err, audit.ErrUnknownAsset) {
		return notFound(fmt.Sprintf("asset %d does not exist", id))
	}
	if err != nil {
		return err
	}
	if period.From.IsZero() {
		period.From = ev.Asset.CommissionedAt
		h, err := s.svc.Chain.Client().HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		period.To = time.Unix(int64(h.Time)+1, 0).UTC()
	}
	r, err := yield.Compute(ev, period)
	if err != nil {
		return validation(err.Error())
	}
	return c.JSON(http.StatusOK, r)
}

// yieldEvents reads an asset's events from the chain's logs.
func (s *Server) yieldEvents(c echo.Context, id uint64) (yield.Events, error) {
	log, err := audit.Fetch(c.Request().Context(), s.svc.Chain.Client(), s.svc.Manifest, 0, 0, nil)
	if err != nil {
		return yield.Events{}, err
	}
	return log.Events(s.svc.Manifest, id)
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
