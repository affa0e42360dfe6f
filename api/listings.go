package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
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
	op, err := s.assetOperator(c, assetID, fmt.Sprintf("asset %d", assetID))
	if err != nil {
		return err
	}
	if a, err := s.asset(c, assetID); err != nil {
		return err
	} else if spec.GPUs > a.GPUCount {
		return validation(fmt.Sprintf("gpus %d is more than asset %d has (%d)", spec.GPUs, assetID, a.GPUCount))
	}
	return s.write(c, writeOp{
		status: http.StatusCreated, to: s.svc.Market.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Market.CreateListing(ctx, op, assetID, spec)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			l, err := s.svc.Market.ListingIn(ctx, r)
			if err != nil {
				return nil, err
			}
			return s.listingView(ctx, l, r.BlockNumber)
		},
	})
}

type patchListingReq struct {
	PricePerGPUHour *money.Amount `json:"price_per_gpu_hour,omitempty"`
	Active          *bool         `json:"active,omitempty"`
	// Curve prices new leases by utilisation from now on (docs/pricing.md);
	// ClearCurve returns them to the fixed price. Not both.
	Curve      *contracts.Curve `json:"curve,omitempty"`
	ClearCurve bool             `json:"clear_curve,omitempty"`
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
	if req.PricePerGPUHour == nil && req.Active == nil && req.Curve == nil && !req.ClearCurve {
		return validation("nothing to change: give price_per_gpu_hour, active, curve or clear_curve")
	}
	if req.Curve != nil && req.ClearCurve {
		return validation("give curve or clear_curve, not both")
	}
	if req.Curve != nil {
		if err := req.Curve.Validate(); err != nil {
			return validation(err.Error())
		}
	}
	if req.PricePerGPUHour != nil && req.PricePerGPUHour.IsZero() {
		return validation("price_per_gpu_hour must be positive")
	}
	l, err := s.listing(c, listingID)
	if err != nil {
		return err
	}
	op, err := s.assetOperator(c, l.AssetID, fmt.Sprintf("listing %d", listingID))
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK,
		// Up to three transactions to the market: a retry replays them all.
		send: func(ctx context.Context) (*types.Receipt, error) {
			var last *types.Receipt
			if req.PricePerGPUHour != nil {
				r, err := s.svc.Market.SetListingPrice(ctx, op, listingID, *req.PricePerGPUHour)
				if err != nil {
					return nil, err
				}
				last = r
			}
			if req.Active != nil {
				r, err := s.svc.Market.SetListingActive(ctx, op, listingID, *req.Active)
				if err != nil {
					return nil, err
				}
				last = r
			}
			if req.Curve != nil || req.ClearCurve {
				r, err := s.setCurve(ctx, op, listingID, req.Curve)
				if err != nil {
					return nil, err
				}
				last = r
			}
			return last, nil
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			l, err := s.svc.Market.ListingAt(ctx, listingID, r.BlockNumber)
			if err != nil {
				return nil, err
			}
			return s.listingView(ctx, l, r.BlockNumber)
		},
	})
}

func (s *Server) getListing(c echo.Context) error {
	listingID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	// From the mirror, as the list answers it (one bbolt read, no chain
	// call); from the chain while the mirror has not seen the listing yet.
	o, err := s.svc.Mirror.Store().Offer(listingID)
	if err == nil {
		return c.JSON(http.StatusOK, toListingJSON(o))
	}
	if !errors.Is(err, ledger.ErrNotFound) {
		return err
	}
	l, err := s.listing(c, listingID)
	if err != nil {
		return err
	}
	view, err := s.listingView(c.Request().Context(), l, nil)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, view)
}

// listingView completes a listing read from the chain with its asset and
// the GPUs the asset's unretired leases hold, read from the chain at the
// same block (nil: the latest), so that free_gpus is what a lease could
// take there.
func (s *Server) listingView(ctx context.Context, l contracts.Listing, block *big.Int) (listingJSON, error) {
	a, err := s.svc.Assets.Get(ctx, l.AssetID)
	if err != nil {
		return listingJSON{}, err
	}
	leased, err := s.svc.Market.LeasedGPUsAt(ctx, l.AssetID, block)
	if err != nil {
		return listingJSON{}, err
	}
	return toListingJSON(ledger.Offer{Listing: l, Asset: a, AssetLeasedGPUs: leased}), nil
}

func (s *Server) listing(c echo.Context, listingID uint64) (contracts.Listing, error) {
	l, err := s.svc.Market.Listing(c.Request().Context(), listingID)
	if isRevert(err, "UnknownListing") {
		return contracts.Listing{}, notFound(fmt.Sprintf("listing %d does not exist", listingID))
	}
	return l, err
}

// assetOperator returns the caller's transactor if the caller operates the
// asset (or is an admin); what names the thing touched, for the refusal.
func (s *Server) assetOperator(c echo.Context, assetID uint64, what string) (*chain.Transactor, error) {
	a, err := s.asset(c, assetID)
	if err != nil {
		return nil, err
	}
	if err := s.mustBe(c, a.Operator, what); err != nil {
		return nil, err
	}
	return s.caller(c)
}
