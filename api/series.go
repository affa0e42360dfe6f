package api

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

func init() {
	queryParams["GET /v1/assets/:id/revenue/hourly"] = []string{"from", "to"}
}

// seriesRoutes: time series drawn from the mirror's indexes in one read,
// for charts that would otherwise page through the journal.
func (s *Server) seriesRoutes() []route {
	return []route{
		{method: "GET", path: "/v1/assets/:id/revenue/hourly", public: true, response: hourlyRevenueAnswer{},
			summary: "rent released to the asset's revenue per UTC hour over from..to (default: the period of /yield, at most its last 366 days; at most 366 days asked), hours without any left out; they sum to the yield's gross revenue",
			handler: s.getHourlyRevenue},
	}
}

// hourlyRevenueAnswer is an asset's released rent per hour over [from,
// to), as of the mirror's block.
type hourlyRevenueAnswer struct {
	AssetID string            `json:"asset_id"`
	From    time.Time         `json:"from"`
	To      time.Time         `json:"to"`
	Block   uint64            `json:"block"`
	Points  []revenueHourJSON `json:"points"`
}

// revenueHourJSON is one hour of the series: its start, the rent released
// in it (within from..to) and the releases that make it.
type revenueHourJSON struct {
	Hour    time.Time    `json:"hour"`
	Revenue money.Amount `json:"revenue"`
	Entries int          `json:"entries"`
}

// getHourlyRevenue answers ledger.Store.HourlyRevenue: from and to as
// /yield takes them (both or neither), the default range the asset's
// yield period.
func (s *Server) getHourlyRevenue(c echo.Context) error {
	assetID, period, err := assetPeriod(c)
	if err != nil {
		return err
	}
	series, err := s.svc.Mirror.Store().HourlyRevenue(assetID, period.From, period.To)
	if errors.Is(err, ledger.ErrSeriesRange) {
		return validation(err.Error())
	} else if err != nil {
		return mirrorErr(err, fmt.Sprintf("asset %d", assetID))
	}
	out := hourlyRevenueAnswer{AssetID: id(assetID), From: series.From, To: series.To, Block: series.Block,
		Points: make([]revenueHourJSON, len(series.Hours))}
	for i, h := range series.Hours {
		out.Points[i] = revenueHourJSON{Hour: h.Hour, Revenue: h.Revenue, Entries: h.Entries}
	}
	return c.JSON(http.StatusOK, out)
}
