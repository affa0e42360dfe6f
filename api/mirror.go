package api

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

// Reads of lists come from the ledger mirror, and say the block they
// reflect; writes wait for the mirror to apply their block before they
// answer, so a read after a write sees it.

// page reads ?after= and ?limit= (default 100, at most 1000).
func page(c echo.Context) (ledger.PageRequest, error) {
	p := ledger.PageRequest{After: c.QueryParam("after"), Limit: 100}
	if v := c.QueryParam("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			return p, validation(fmt.Sprintf("limit %q must be a whole number from 1 to 1000", v))
		}
		p.Limit = n
	}
	return p, nil
}

// listAnswer is a page of a list with the mirror block it reflects.
func (s *Server) listAnswer(c echo.Context, name string, items any, next string) error {
	out := map[string]any{name: items, "block": s.svc.Mirror.Status().Cursor.Number}
	if next != "" {
		out["next"] = next
	}
	return c.JSON(http.StatusOK, out)
}

// mirrorErr maps the mirror's errors to problems.
func mirrorErr(err error, what string) error {
	switch {
	case errors.Is(err, ledger.ErrNotFound):
		return notFound(what + " does not exist")
	case errors.Is(err, ledger.ErrInvalidPage):
		return validation(err.Error())
	}
	return err
}

func (s *Server) listAssets(c echo.Context) error {
	p, err := page(c)
	if err != nil {
		return err
	}
	var f ledger.AssetFilter
	if v := c.QueryParam("operator"); v != "" {
		if !common.IsHexAddress(v) {
			return validation(fmt.Sprintf("operator %q is not a 0x-hex address", v))
		}
		op := common.HexToAddress(v)
		f.Operator = &op
	}
	pg, err := s.svc.Mirror.Store().Assets(f, p)
	if err != nil {
		return mirrorErr(err, "page")
	}
	out := make([]assetJSON, len(pg.Items))
	for i, a := range pg.Items {
		out[i] = toAssetJSON(a)
	}
	return s.listAnswer(c, "assets", out, pg.Next)
}

// listListings filters listings by asset, GPU model, free GPUs and price.
func (s *Server) listListings(c echo.Context) error {
	p, err := page(c)
	if err != nil {
		return err
	}
	q := c.QueryParams()
	var (
		f        ledger.ListingFilter
		minFree  uint64
		maxPrice *money.Amount
		model    = strings.TrimSpace(q.Get("gpu_model"))
	)
	if v := q.Get("asset"); v != "" {
		id, err := strconv.ParseUint(v, 10, 64)
		if err != nil || id == 0 {
			return validation(fmt.Sprintf("asset %q is not a positive decimal id", v))
		}
		f.AssetID = &id
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
	st := s.svc.Mirror.Store()
	pg, err := st.Listings(f, p)
	if err != nil {
		return mirrorErr(err, "page")
	}
	out := []listingJSON{}
	for _, l := range pg.Items {
		free := l.GPUs - min(l.LeasedGPUs, l.GPUs)
		if uint64(free) < minFree || (maxPrice != nil && l.PricePerGPUHour.Cmp(*maxPrice) > 0) {
			continue
		}
		if model != "" {
			a, err := st.Asset(l.AssetID)
			if err != nil {
				return err
			}
			if !strings.EqualFold(a.GPUModel, model) {
				continue
			}
		}
		out = append(out, toListingJSON(l))
	}
	return s.listAnswer(c, "listings", out, pg.Next)
}

// listLeases answers the caller's leases: a renter's own, an operator's on
// its assets, an admin's all; filter with status= and asset=.
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
	if v := c.QueryParam("asset"); v != "" {
		id, err := strconv.ParseUint(v, 10, 64)
		if err != nil || id == 0 {
			return validation(fmt.Sprintf("asset %q is not a positive decimal id", v))
		}
		f.AssetID = &id
	}
	if caller.Role == accounts.RoleRenter {
		f.Renter = &caller.Address
	}
	st := s.svc.Mirror.Store()
	pg, err := st.Leases(f, p)
	if err != nil {
		return mirrorErr(err, "page")
	}
	out := []leaseJSON{}
	for _, l := range pg.Items {
		if caller.Role == accounts.RoleOperator {
			a, err := st.Asset(l.AssetID)
			if err != nil {
				return err
			}
			if a.Operator != caller.Address {
				continue
			}
		}
		view, err := s.leaseView(c, l, nil)
		if err != nil {
			return err
		}
		out = append(out, view)
	}
	return s.listAnswer(c, "leases", out, pg.Next)
}

type holdingJSON struct {
	AssetID   string           `json:"asset_id"`
	Shares    contracts.Shares `json:"shares"`
	Claimable money.Amount     `json:"claimable"`
	Claimed   money.Amount     `json:"claimed"`
}

// getHolder answers an address's shares, claimable and claimed revenue per asset.
func (s *Server) getHolder(c echo.Context) error {
	raw := c.Param("address")
	if !common.IsHexAddress(raw) {
		return validation(fmt.Sprintf("address %q is not a 0x-hex address", raw))
	}
	holder := common.HexToAddress(raw)
	out := []holdingJSON{}
	var req ledger.PageRequest
	for {
		pg, err := s.svc.Mirror.Store().Holdings(holder, req)
		if err != nil {
			return mirrorErr(err, "page")
		}
		for _, h := range pg.Items {
			out = append(out, holdingJSON{AssetID: id(h.AssetID), Shares: h.Shares, Claimable: h.Claimable, Claimed: h.Claimed})
		}
		if pg.Next == "" {
			break
		}
		req.After = pg.Next
	}
	return c.JSON(http.StatusOK, map[string]any{"address": holder.Hex(), "assets": out, "block": s.svc.Mirror.Status().Cursor.Number})
}

// listEntries answers journal entries, all or one account's, in a time range.
func (s *Server) listEntries(c echo.Context) error {
	p, err := page(c)
	if err != nil {
		return err
	}
	var f ledger.EntryFilter
	if v := c.QueryParam("account"); v != "" {
		a, err := ledger.ParseAccount(v)
		if err != nil {
			return validation(err.Error())
		}
		f.Account = a
	}
	period, err := parsePeriod(c)
	if err != nil {
		return err
	}
	f.From, f.To = period.From, period.To
	pg, err := s.svc.Mirror.Store().Entries(f, p)
	if err != nil {
		return mirrorErr(err, "page")
	}
	return s.listAnswer(c, "entries", pg.Items, pg.Next)
}

// reconcile compares every mirrored balance with the chain.
func (s *Server) reconcile(c echo.Context) error {
	r, err := s.svc.Mirror.Reconcile(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, r)
}

// getTelemetry answers an asset's oracle epochs starting in from..to.
func (s *Server) getTelemetry(c echo.Context) error {
	assetID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	period, err := parsePeriod(c)
	if err != nil {
		return err
	}
	st := s.svc.Mirror.Store()
	if _, err := st.Asset(assetID); err != nil {
		return mirrorErr(err, fmt.Sprintf("asset %d", assetID))
	}
	clock := s.epochClock()
	out := []map[string]any{}
	var req ledger.PageRequest
	for {
		pg, err := st.Epochs(assetID, req)
		if err != nil {
			return mirrorErr(err, "page")
		}
		for _, e := range pg.Items {
			start := clock.Genesis.Add(time.Duration(e.Epoch) * clock.Length)
			if !period.From.IsZero() && (start.Before(period.From) || !start.Before(period.To)) {
				continue
			}
			out = append(out, map[string]any{
				"epoch": e.Epoch, "start": start, "end": start.Add(clock.Length),
				"utilisation_bps": e.UtilisationBps, "availability_bps": e.AvailabilityBps,
				"energy_wh": e.EnergyWh, "avg_power_w": e.AvgPowerW, "reporters": len(e.Observations),
				"tx_hash": e.Ref.TxHash.Hex(), "block": e.Ref.Block,
			})
		}
		if pg.Next == "" {
			break
		}
		req.After = pg.Next
	}
	return c.JSON(http.StatusOK, map[string]any{"asset_id": id(assetID), "epochs": out, "block": s.svc.Mirror.Status().Cursor.Number})
}

func (s *Server) epochClock() ledger.EpochClock {
	return ledger.EpochClock{Genesis: time.Unix(contracts.TelemetryEpochGenesis, 0).UTC(), Length: contracts.TelemetryEpochLength}
}
