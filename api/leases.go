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

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

type leaseReq struct {
	ListingID string `json:"listing_id"`
	GPUs      uint32 `json:"gpus"`
	Hours     uint32 `json:"hours"`
	Deposit   string `json:"deposit"`
	// MaxPricePerGPUHour bounds the price the lease may open at: a listing
	// repriced above it before the lease lands is refused, charging nothing.
	// Empty means no bound.
	MaxPricePerGPUHour string `json:"max_price_per_gpu_hour,omitempty"`
}

type amountReq struct {
	Amount string `json:"amount"`
}

// createLease leases GPUs for the caller, who pays the deposit into escrow.
func (s *Server) createLease(c echo.Context) error {
	var req leaseReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	listingID, err := strconv.ParseUint(req.ListingID, 10, 64)
	if err != nil || listingID == 0 {
		return validation(fmt.Sprintf("listing_id %q is not a positive decimal id", req.ListingID))
	}
	deposit, err := money.Parse(req.Deposit)
	if err != nil {
		return validation("deposit: " + err.Error())
	}
	var maxPrice money.Amount
	if req.MaxPricePerGPUHour != "" {
		if maxPrice, err = money.Parse(req.MaxPricePerGPUHour); err != nil {
			return validation("max_price_per_gpu_hour: " + err.Error())
		}
		if maxPrice.IsZero() {
			return validation("max_price_per_gpu_hour must be positive (omit it for no bound)")
		}
	}
	if _, err := s.listing(c, listingID); err != nil {
		return err
	}
	renter, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusCreated, to: s.svc.Market.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			expired, err := s.expiredLeases(c, listingID)
			if err != nil {
				return nil, err
			}
			_, r, err := s.svc.Market.OpenLease(ctx, renter, contracts.LeaseRequest{
				ListingID: listingID, GPUs: req.GPUs, Hours: req.Hours, Deposit: deposit,
				MaxPricePerGPUHour: maxPrice,
			}, expired...)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			l, err := s.svc.Market.LeaseIn(ctx, r)
			if err != nil {
				return nil, err
			}
			return s.leaseView(c, l, r.BlockNumber)
		},
	})
}

// expiredLeases lists leases whose term is over but still hold GPUs of the
// listing's asset, for the contract to free before the new lease.
func (s *Server) expiredLeases(c echo.Context, listingID uint64) ([]uint64, error) {
	ctx := c.Request().Context()
	l, err := s.svc.Market.Listing(ctx, listingID)
	if err != nil || l.LeasedGPUs == 0 {
		return nil, err
	}
	head, err := s.svc.Chain.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	n, err := s.svc.Market.LeaseCount(ctx)
	if err != nil {
		return nil, err
	}
	var out []uint64
	for id := n; id >= 1 && len(out) < 32; id-- {
		ls, err := s.svc.Market.Lease(ctx, id)
		if err != nil {
			return nil, err
		}
		if ls.AssetID == l.AssetID && !ls.Retired && ls.End.Unix() <= int64(head.Time) {
			out = append(out, id)
		}
	}
	return out, nil
}

func (s *Server) getLease(c echo.Context) error {
	l, err := s.ownLease(c, false)
	if err != nil {
		return err
	}
	block, err := s.svc.Chain.Client().BlockNumber(c.Request().Context())
	if err != nil {
		return err
	}
	view, err := s.leaseView(c, l, new(big.Int).SetUint64(block))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"lease": view, "block": block})
}

func (s *Server) topUpLease(c echo.Context) error {
	var req amountReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	amount, err := money.Parse(req.Amount)
	if err != nil {
		return validation("amount: " + err.Error())
	}
	if amount.IsZero() {
		return validation("amount must be positive")
	}
	l, err := s.ownLease(c, true)
	if err != nil {
		return err
	}
	return s.leaseWrite(c, l.ID, func(ctx context.Context, t contracts.Sender) (contracts.Lease, *types.Receipt, error) {
		return s.svc.Market.TopUp(ctx, t, l.ID, amount)
	})
}

func (s *Server) settleLease(c echo.Context) error {
	leaseID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if _, err := s.leaseByID(c, leaseID); err != nil {
		return err
	}
	return s.leaseWrite(c, leaseID, func(ctx context.Context, t contracts.Sender) (contracts.Lease, *types.Receipt, error) {
		return s.svc.Market.Settle(ctx, t, leaseID)
	})
}

// closeLease: the renter closes its own lease; the asset's operator may
// close it only when overdrawn (the contract decides, with a decoded error).
func (s *Server) closeLease(c echo.Context) error {
	l, err := s.ownLease(c, false)
	if err != nil {
		return err
	}
	return s.leaseWrite(c, l.ID, func(ctx context.Context, t contracts.Sender) (contracts.Lease, *types.Receipt, error) {
		return s.svc.Market.Close(ctx, t, l.ID)
	})
}

// leaseWrite runs a write on lease leaseID from the caller's account and
// answers with the lease as it stands at the receipt's block.
func (s *Server) leaseWrite(c echo.Context, leaseID uint64, do func(context.Context, contracts.Sender) (contracts.Lease, *types.Receipt, error)) error {
	t, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Market.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := do(ctx, t)
			return r, err
		},
		answer: func(ctx context.Context, r *types.Receipt) (any, error) {
			l, err := s.svc.Market.LeaseAt(ctx, leaseID, r.BlockNumber)
			if err != nil {
				return nil, err
			}
			return s.leaseView(c, l, r.BlockNumber)
		},
	})
}

// ownLease reads the path's lease and checks the caller may touch it: its
// renter, the operator of its asset (unless renterOnly), or an admin.
func (s *Server) ownLease(c echo.Context, renterOnly bool) (contracts.Lease, error) {
	leaseID, err := pathID(c, "id")
	if err != nil {
		return contracts.Lease{}, err
	}
	l, err := s.leaseByID(c, leaseID)
	if err != nil {
		return contracts.Lease{}, err
	}
	p, _ := principal(c)
	if p.Role == accounts.RoleAdmin || p.Address == l.Renter {
		return l, nil
	}
	if !renterOnly && p.Role == accounts.RoleOperator {
		a, err := s.asset(c, l.AssetID)
		if err != nil {
			return contracts.Lease{}, err
		}
		if a.Operator == p.Address {
			return l, nil
		}
	}
	return contracts.Lease{}, forbidden(fmt.Sprintf("lease %d belongs to another account", leaseID))
}

func (s *Server) leaseByID(c echo.Context, leaseID uint64) (contracts.Lease, error) {
	l, err := s.svc.Market.Lease(c.Request().Context(), leaseID)
	if isRevert(err, "UnknownLease") {
		return contracts.Lease{}, notFound(fmt.Sprintf("lease %d does not exist", leaseID))
	}
	return l, err
}

// leaseView adds accrued-but-unsettled rent at the given block's time.
func (s *Server) leaseView(c echo.Context, l contracts.Lease, block *big.Int) (leaseJSON, error) {
	ctx := c.Request().Context()
	h, err := s.svc.Chain.Client().HeaderByNumber(ctx, block)
	if err != nil {
		return leaseJSON{}, err
	}
	accrued := money.Zero
	if l.Status != contracts.LeaseEnded {
		total, err := s.svc.Market.AccruedAt(ctx, l.ID, time.Unix(int64(h.Time), 0))
		if err != nil {
			return leaseJSON{}, err
		}
		paid := l.Released.Add(l.Credited)
		if total.Cmp(paid) > 0 {
			accrued, _ = total.Sub(paid)
		}
	}
	return toLeaseJSON(l, accrued), nil
}
