package api

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

func init() {
	queryParams["GET /v1/listings/:id/quote"] = []string{"gpus", "hours"}
	queryParams["GET /v1/listings/:id/prices"] = []string{"from", "to", "after", "limit"}
}

// priceRoutes: what a lease would pay now, and what leases did pay
// (docs/pricing.md).
func (s *Server) priceRoutes() []route {
	return []route{
		{method: "GET", path: "/v1/listings/:id/quote", public: true, response: quoteAnswer{},
			summary: "what a lease of gpus GPUs for hours hours sent now would pay: the chain's own price (curve or fixed) at the latest block, with the utilisation it used",
			handler: s.getQuote},
		{method: "GET", path: "/v1/listings/:id/prices", public: true, response: priceList{},
			summary: "the listing's price history: each lease's opening price (and utilisation when curved), each fixed price and curve change (from, to; after, limit)",
			handler: s.listPrices},
	}
}

// quoteAnswer is a quote, exact to the unit at Block: a lease sent now
// pays PricePerGPUHour (and Total for the whole term) if it is the next to
// change the asset's leased GPUs; later, the price at its own block,
// within its max_price_per_gpu_hour.
type quoteAnswer struct {
	ListingID       string       `json:"listing_id"`
	GPUs            uint32       `json:"gpus"`
	Hours           uint32       `json:"hours"`
	PricePerGPUHour money.Amount `json:"price_per_gpu_hour"`
	Total           money.Amount `json:"total"`
	// Curved says the listing's curve set the price; UtilisationBps is the
	// asset's leased GPUs out of its GPU count at Block, which a curve
	// prices by.
	Curved         bool             `json:"curved"`
	Curve          *contracts.Curve `json:"curve,omitempty"`
	UtilisationBps uint32           `json:"utilisation_bps"`
	Block          uint64           `json:"block"`
}

type priceList struct {
	Prices []ledger.PricePoint `json:"prices"`
	Block  uint64              `json:"block"`
	Next   string              `json:"next,omitempty"`
}

// getQuote reads the listing, the asset's leased GPUs and the contract's
// quote at one block, so the three agree.
func (s *Server) getQuote(c echo.Context) error {
	listingID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	gpus, err := positiveParam(c, "gpus")
	if err != nil {
		return err
	}
	hours, err := positiveParam(c, "hours")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	head, err := s.svc.Chain.Client().BlockNumber(ctx)
	if err != nil {
		return err
	}
	block := new(big.Int).SetUint64(head)
	l, err := s.svc.Market.ListingAt(ctx, listingID, block)
	if isRevert(err, "UnknownListing") {
		return notFound(fmt.Sprintf("listing %d does not exist", listingID))
	} else if err != nil {
		return err
	}
	if hours > l.MaxHours || hours < l.MinHours {
		return validation(fmt.Sprintf("hours must be between %d and %d, got %d", l.MinHours, l.MaxHours, hours))
	}
	if gpus > l.GPUs {
		return validation(fmt.Sprintf("gpus must be at most %d (the listing's), got %d", l.GPUs, gpus))
	}
	a, err := s.asset(c, l.AssetID)
	if err != nil {
		return err
	}
	leased, err := s.svc.Market.LeasedGPUsAt(ctx, l.AssetID, block)
	if err != nil {
		return err
	}
	q, err := s.svc.Market.QuoteAt(ctx, listingID, gpus, hours, block)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, quoteAnswer{
		ListingID: id(listingID), GPUs: gpus, Hours: hours, PricePerGPUHour: q.PricePerGPUHour, Total: q.Total,
		Curved: l.Curve != nil, Curve: l.Curve, UtilisationBps: contracts.Utilisation(leased, a.GPUCount), Block: head,
	})
}

// listPrices pages a listing's price history from the mirror.
func (s *Server) listPrices(c echo.Context) error {
	listingID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	p, err := page(c)
	if err != nil {
		return err
	}
	period, err := parsePeriod(c)
	if err != nil {
		return err
	}
	st := s.svc.Mirror.Store()
	if _, err := st.Listing(listingID); err != nil {
		return mirrorErr(err, fmt.Sprintf("listing %d", listingID))
	}
	pg, err := st.ListingPrices(listingID, ledger.PriceFilter{From: period.From, To: period.To}, p)
	if err != nil {
		return mirrorErr(err, "page")
	}
	return s.listAnswer(c, "prices", pg.Items, pg.Next)
}

// setCurve sets the listing's curve, or clears it when c is nil (PATCH
// /v1/listings/:id).
func (s *Server) setCurve(ctx context.Context, op contracts.Sender, listingID uint64, c *contracts.Curve) (*types.Receipt, error) {
	if c == nil {
		return s.svc.Market.ClearCurve(ctx, op, listingID)
	}
	return s.svc.Market.SetCurve(ctx, op, listingID, *c)
}

// positiveParam reads a required query parameter as a whole number from 1
// to 2^32 - 1.
func positiveParam(c echo.Context, name string) (uint32, error) {
	raw := c.QueryParam(name)
	if raw == "" {
		return 0, validation(name + " is required")
	}
	v, err := strconv.ParseUint(raw, 10, 32)
	if err != nil || v == 0 {
		return 0, validation(fmt.Sprintf("%s %q must be a whole number from 1 to %d", name, raw, uint32(1<<32-1)))
	}
	return uint32(v), nil
}
