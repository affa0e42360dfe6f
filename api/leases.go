package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

type leaseReq struct {
	ListingID string `json:"listing_id" required:"true"`
	GPUs      uint32 `json:"gpus" required:"true"`
	Hours     uint32 `json:"hours" required:"true"`
	Deposit   string `json:"deposit" required:"true"`
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
			expired, err := s.expiredLeases(c, listingID, req.GPUs)
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
// listing's asset, for the contract to free before the new lease (a hint:
// the contract checks each), when the asset has fewer than gpus free. They
// come from the mirror's index of the asset's unretired leases (at most its
// GPU count), so the cost of a POST does not grow with the leases that
// exist (it used to read each lease ever made from the chain, then to walk
// every open lease in the mirror), and a lease that fits sends none.
func (s *Server) expiredLeases(c echo.Context, listingID uint64, gpus uint32) ([]uint64, error) {
	st := s.svc.Mirror.Store()
	l, err := st.Listing(listingID)
	if errors.Is(err, ledger.ErrNotFound) {
		return nil, nil // the mirror has not seen it yet: no hints
	}
	if err != nil {
		return nil, err
	}
	a, err := st.Asset(l.AssetID)
	if err != nil {
		return nil, err
	}
	leased, err := st.AssetLeasedGPUs(l.AssetID)
	if err != nil || uint64(leased)+uint64(gpus) <= uint64(a.GPUCount) {
		return nil, err
	}
	head, err := s.svc.Chain.Client().HeaderByNumber(c.Request().Context(), nil)
	if err != nil {
		return nil, err
	}
	return st.ExpiredLeases(l.AssetID, time.Unix(int64(head.Time), 0), maxExpiredHints)
}

// maxExpiredHints bounds the expired leases one lease transaction frees.
const maxExpiredHints = 32

// getLease answers one lease from the mirror, flat as writes answer it,
// with the block it reflects: accrued and runway at that block's time, by
// the contract's rule (toLeaseJSON), with no chain call.
func (s *Server) getLease(c echo.Context) error {
	leaseID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	l, snap, err := s.svc.Mirror.Store().LeaseAt(leaseID)
	if errors.Is(err, ledger.ErrNotFound) {
		return notFound(fmt.Sprintf("lease %d does not exist (as of block %d)", leaseID, snap.Block))
	}
	if err != nil {
		return err
	}
	if err := s.mayTouchLease(c, l, false); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, leaseRead{leaseJSON: toLeaseJSON(l, snap.Time), Block: snap.Block})
}

// leaseRead is a lease read from the mirror: the lease's fields, flat as a
// write answers them, and the mirror block they reflect.
type leaseRead struct {
	leaseJSON
	Block uint64 `json:"block"`
}

// leaseList is a page of leases with totals over every lease the filters
// keep, and the mirror block both reflect.
type leaseList struct {
	Leases []leaseJSON     `json:"leases"`
	Totals leaseTotalsJSON `json:"totals"`
	Block  uint64          `json:"block"`
	Next   string          `json:"next,omitempty"`
}

// listLeases answers the leases the caller may see (canSeeLease): a
// renter's own, an operator's on its assets, an admin's all; filter with
// status= and asset=. Every filter, who may see a lease included, is one
// of the mirror's and applies before paging, so ?limit=1&status=ended
// answers one ended lease when there is one. Besides the page it answers
// totals over every lease the filters keep (not the page alone): leases,
// escrow, accrued and debt. Everything comes from one read of the mirror,
// at the time of the block it reflects: no chain call.
func (s *Server) listLeases(c echo.Context) error {
	p, err := page(c)
	if err != nil {
		return err
	}
	caller, _ := principal(c)
	f := ledger.LeaseFilter{Status: contracts.LeaseStatus(c.QueryParam("status"))}
	switch f.Status {
	case "", contracts.LeaseActive, contracts.LeaseOverdrawn, contracts.LeaseClosing, contracts.LeaseEnded:
	default:
		return validation(fmt.Sprintf("status %q is not one of active, overdrawn, closing, ended", f.Status))
	}
	if f.AssetID, err = queryID(c.QueryParams(), "asset"); err != nil {
		return err
	}
	// The same rule as canSeeLease, as a filter of the mirror's.
	switch caller.Role {
	case accounts.RoleAdmin:
	case accounts.RoleOperator:
		f.Party = &caller.Address
	default:
		f.Renter = &caller.Address
	}
	var (
		totals leaseTotalsJSON
		kept   []contracts.Lease // every lease the filters keep, added up at the snapshot's time
	)
	pg, snap, err := s.svc.Mirror.Store().LeasesAt(f, p, func(l contracts.Lease) { kept = append(kept, l) })
	if err != nil {
		return mirrorErr(err, "page")
	}
	for _, l := range kept {
		totals.add(l, snap.Time)
	}
	out := leaseList{Leases: make([]leaseJSON, len(pg.Items)), Totals: totals, Block: snap.Block, Next: pg.Next}
	for i, l := range pg.Items {
		out.Leases[i] = toLeaseJSON(l, snap.Time)
	}
	return c.JSON(http.StatusOK, out)
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
	l, err := s.leaseByID(c, leaseID)
	if err != nil {
		return err
	}
	if !recorded(c) {
		// A settle that would change nothing (nothing accrued since the
		// last, or an epoch awaiting its report) is answered without a
		// transaction.
		ctx := c.Request().Context()
		head, err := s.svc.Chain.Client().HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		clock, err := s.svc.Market.SLAClock(ctx)
		if err != nil {
			return err
		}
		ok, err := s.svc.Market.Settleable(ctx, clock, l, chain.NextBlockTime(head))
		if err != nil {
			return err
		}
		if !ok {
			v, err := s.leaseAnswer(c, l, head.Number)
			if err != nil {
				return err
			}
			out, err := noTx(v, "nothing to settle now (nothing accrued since the last settlement, or its epoch awaits its availability report): no transaction sent", head.Number)
			if err != nil {
				return err
			}
			return c.JSON(http.StatusOK, out)
		}
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
			return s.leaseAnswer(c, l, r.BlockNumber)
		},
	})
}

// leaseAnswer is lease l as of block, as the caller may see it: the whole
// lease or its summary (canSeeLease).
func (s *Server) leaseAnswer(c echo.Context, l contracts.Lease, block *big.Int) (any, error) {
	whole, err := s.canSeeLease(c, l)
	if err != nil {
		return nil, err
	}
	if !whole {
		return toLeaseSummary(l), nil
	}
	return s.leaseView(c, l, block)
}

// Who sees a lease (docs/api-access.md). This is the one rule every route
// that shows a lease applies:
//
//   - its renter, the operator of its asset and an admin see the whole
//     lease: GET /v1/leases/:id, GET /v1/leases (which lists exactly the
//     leases the caller may see), and the answers of settle, top-up and close;
//   - anyone else may settle it (POST /v1/leases/:id/settle: settling only
//     releases what has accrued to the asset's revenue, which is public in
//     /revenue and /yield) and is answered with its summary (leaseSummary:
//     ids, status, settled_until, released, credited), never the renter's
//     deposit, escrow, refunds or runway; reading it is a 403;
//   - topping up is the renter's own (and an admin's); closing is its
//     renter's, its asset's operator's (the contract allows it only when the
//     lease is overdrawn) and an admin's: everyone else gets a 403.

// canSeeLease reports whether the caller may see the whole of lease l: it
// is its renter, the operator of its asset, or an admin.
func (s *Server) canSeeLease(c echo.Context, l contracts.Lease) (bool, error) {
	p, ok := principal(c)
	if !ok {
		return false, nil
	}
	if p.Role == accounts.RoleAdmin || p.Address == l.Renter {
		return true, nil
	}
	if p.Role != accounts.RoleOperator {
		return false, nil
	}
	a, err := s.svc.Mirror.Store().Asset(l.AssetID)
	if errors.Is(err, ledger.ErrNotFound) {
		// The mirror has not seen the asset yet: ask the chain.
		a, err = s.asset(c, l.AssetID)
	}
	if err != nil {
		return false, err
	}
	return a.Operator == p.Address, nil
}

// leaseSummary is what a caller who may settle a lease but not read it
// (canSeeLease) is answered: what the settlement did for the asset's
// revenue, none of the renter's money.
type leaseSummary struct {
	ID           string                `json:"id"`
	ListingID    string                `json:"listing_id"`
	AssetID      string                `json:"asset_id"`
	Status       contracts.LeaseStatus `json:"status"`
	SettledUntil time.Time             `json:"settled_until"`
	Released     money.Amount          `json:"released"`
	Credited     money.Amount          `json:"credited"`
	// View is "summary": the whole lease is its renter's, its asset's
	// operator's and an admin's to see.
	View string `json:"view"`
}

func toLeaseSummary(l contracts.Lease) leaseSummary {
	return leaseSummary{
		ID: id(l.ID), ListingID: id(l.ListingID), AssetID: id(l.AssetID), Status: l.Status,
		SettledUntil: l.SettledUntil, Released: l.Released, Credited: l.Credited, View: "summary",
	}
}

// ownLease reads the path's lease from the chain (for a write) and checks
// the caller may touch it (mayTouchLease).
func (s *Server) ownLease(c echo.Context, renterOnly bool) (contracts.Lease, error) {
	leaseID, err := pathID(c, "id")
	if err != nil {
		return contracts.Lease{}, err
	}
	l, err := s.leaseByID(c, leaseID)
	if err != nil {
		return contracts.Lease{}, err
	}
	return l, s.mayTouchLease(c, l, renterOnly)
}

// mayTouchLease refuses a caller who may not see lease l whole
// (canSeeLease), and for renterOnly writes (top-up) anyone but its renter
// or an admin.
func (s *Server) mayTouchLease(c echo.Context, l contracts.Lease, renterOnly bool) error {
	p, _ := principal(c)
	if renterOnly && p.Role != accounts.RoleAdmin && p.Address != l.Renter {
		return forbidden(fmt.Sprintf("only lease %d's renter may do this", l.ID))
	}
	ok, err := s.canSeeLease(c, l)
	if err != nil {
		return err
	}
	if !ok {
		return forbidden(fmt.Sprintf("lease %d belongs to another account", l.ID))
	}
	return nil
}

func (s *Server) leaseByID(c echo.Context, leaseID uint64) (contracts.Lease, error) {
	l, err := s.svc.Market.Lease(c.Request().Context(), leaseID)
	if isRevert(err, "UnknownLease") {
		return contracts.Lease{}, notFound(fmt.Sprintf("lease %d does not exist", leaseID))
	}
	return l, err
}

// leaseView answers a lease as it stands at the given block's time (nil:
// the latest): accrued and unpaid rent, debt and runway by the contract's
// accrual rule (toLeaseJSON).
func (s *Server) leaseView(c echo.Context, l contracts.Lease, block *big.Int) (leaseJSON, error) {
	at, err := s.chainTime(c.Request().Context(), block)
	if err != nil {
		return leaseJSON{}, err
	}
	return toLeaseJSON(l, at), nil
}

// chainTime returns a block's time (nil: the latest block's).
func (s *Server) chainTime(ctx context.Context, block *big.Int) (time.Time, error) {
	h, err := s.svc.Chain.Client().HeaderByNumber(ctx, block)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}
