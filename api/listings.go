package api

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

func exampleListing() contracts.ListingSpec {
	return contracts.ListingSpec{GPUs: 8, PricePerGPUHour: money.MustParse("2.50"), MinHours: 1, MaxHours: 720,
		SLAAvailabilityBps: 9900, CreditBps: 1000}
}

// createListing lists GPUs of an asset the caller operates.
func (s *Server) createListing(c echo.Context) error {
	assetID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	var spec contracts.ListingSpec
	if err := decodeBody(c, &spec); err != nil {
		return err
	}
	if err := spec.Validate(); err != nil {
		return validation(err.Error())
	}
	a, err := s.asset(c, assetID)
	if err != nil {
		return err
	}
	if err := s.mustBe(c, a.Operator, fmt.Sprintf("asset %d", assetID)); err != nil {
		return err
	}
	op, err := s.caller(c)
	if err != nil {
		return err
	}
	ctx, cancel := writeContext(c)
	defer cancel()
	l, r, err := s.svc.Market.CreateListing(ctx, op, assetID, spec)
	if err != nil {
		return err
	}
	return writeAnswer(c, http.StatusCreated, toListingJSON(l), r)
}

type patchListingReq struct {
	PricePerGPUHour *money.Amount `json:"price_per_gpu_hour,omitempty"`
	Active          *bool         `json:"active,omitempty"`
}

// patchListing changes a listing's price (new leases only) or opens/closes it.
func (s *Server) patchListing(c echo.Context) error {
	listingID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	var req patchListingReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	if req.PricePerGPUHour == nil && req.Active == nil {
		return validation("nothing to change: give price_per_gpu_hour and/or active")
	}
	if req.PricePerGPUHour != nil && req.PricePerGPUHour.IsZero() {
		return validation("price_per_gpu_hour must be positive")
	}
	l, err := s.listing(c, listingID)
	if err != nil {
		return err
	}
	a, err := s.asset(c, l.AssetID)
	if err != nil {
		return err
	}
	if err := s.mustBe(c, a.Operator, fmt.Sprintf("listing %d", listingID)); err != nil {
		return err
	}
	op, err := s.caller(c)
	if err != nil {
		return err
	}
	ctx, cancel := writeContext(c)
	defer cancel()
	var last *types.Receipt
	if req.PricePerGPUHour != nil {
		r, err := s.svc.Market.SetListingPrice(ctx, op, listingID, *req.PricePerGPUHour)
		if err != nil {
			return err
		}
		last = r
	}
	if req.Active != nil {
		r, err := s.svc.Market.SetListingActive(ctx, op, listingID, *req.Active)
		if err != nil {
			return err
		}
		last = r
	}
	l, err = s.svc.Market.Listing(ctx, listingID)
	if err != nil {
		return err
	}
	return writeAnswer(c, http.StatusOK, toListingJSON(l), last)
}

func (s *Server) getListing(c echo.Context) error {
	listingID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	l, err := s.listing(c, listingID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, toListingJSON(l))
}

// listListings filters listings by asset, GPU model, free GPUs and price.
func (s *Server) listListings(c echo.Context) error {
	q := c.QueryParams()
	var (
		assetID  uint64
		minFree  uint64
		maxPrice *money.Amount
		model    = strings.TrimSpace(q.Get("gpu_model"))
		err      error
	)
	if v := q.Get("asset"); v != "" {
		if assetID, err = strconv.ParseUint(v, 10, 64); err != nil || assetID == 0 {
			return validation(fmt.Sprintf("asset %q is not a positive decimal id", v))
		}
	}
	if v := q.Get("min_free_gpus"); v != "" {
		if minFree, err = strconv.ParseUint(v, 10, 32); err != nil {
			return validation(fmt.Sprintf("min_free_gpus %q is not a whole number", v))
		}
	}
	if v := q.Get("max_price"); v != "" {
		p, err := money.Parse(v)
		if err != nil {
			return validation("max_price: " + err.Error())
		}
		maxPrice = &p
	}
	ctx := c.Request().Context()
	n, err := s.svc.Market.ListingCount(ctx)
	if err != nil {
		return err
	}
	models := map[uint64]string{}
	out := []listingJSON{}
	for lid := uint64(1); lid <= n; lid++ {
		l, err := s.svc.Market.Listing(ctx, lid)
		if err != nil {
			return err
		}
		free := l.GPUs - min(l.LeasedGPUs, l.GPUs)
		if (assetID != 0 && l.AssetID != assetID) || uint64(free) < minFree ||
			(maxPrice != nil && l.PricePerGPUHour.Cmp(*maxPrice) > 0) {
			continue
		}
		if model != "" {
			m, ok := models[l.AssetID]
			if !ok {
				a, err := s.svc.Assets.Get(ctx, l.AssetID)
				if err != nil {
					return err
				}
				m, models[l.AssetID] = a.GPUModel, a.GPUModel
			}
			if !strings.EqualFold(m, model) {
				continue
			}
		}
		out = append(out, toListingJSON(l))
	}
	return c.JSON(http.StatusOK, map[string]any{"listings": out})
}

func (s *Server) listing(c echo.Context, listingID uint64) (contracts.Listing, error) {
	l, err := s.svc.Market.Listing(c.Request().Context(), listingID)
	if isRevert(err, "UnknownListing") {
		return contracts.Listing{}, notFound(fmt.Sprintf("listing %d does not exist", listingID))
	}
	return l, err
}
