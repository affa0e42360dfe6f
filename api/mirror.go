package api

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
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

// listAssets lists assets, filtered by operator, gpu_model and location
// (both ignoring case) before paging.
func (s *Server) listAssets(c echo.Context) error {
	p, err := page(c)
	if err != nil {
		return err
	}
	q := c.QueryParams()
	f := ledger.AssetFilter{GPUModel: strings.TrimSpace(q.Get("gpu_model")), Location: strings.TrimSpace(q.Get("location"))}
	if f.Operator, err = queryAddress(q, "operator"); err != nil {
		return err
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

// listListings lists listings with their asset's GPU model and location
// and the GPUs a lease may take now, filtered before paging by asset,
// operator, gpu_model and location (the asset's, ignoring case),
// min_free_gpus, max_price and active.
func (s *Server) listListings(c echo.Context) error {
	p, err := page(c)
	if err != nil {
		return err
	}
	q := c.QueryParams()
	f := ledger.ListingFilter{GPUModel: strings.TrimSpace(q.Get("gpu_model")), Location: strings.TrimSpace(q.Get("location"))}
	if f.AssetID, err = queryID(q, "asset"); err != nil {
		return err
	}
	if f.Operator, err = queryAddress(q, "operator"); err != nil {
		return err
	}
	if v := q.Get("min_free_gpus"); v != "" {
		n, err := strconv.ParseUint(v, 10, 32)
		if err != nil {
			return validation(fmt.Sprintf("min_free_gpus %q is not a whole number", v))
		}
		f.MinFreeGPUs = uint32(n)
	}
	if v := q.Get("max_price"); v != "" {
		p, err := money.Parse(v)
		if err != nil {
			return validation("max_price: " + err.Error())
		}
		f.MaxPrice = &p
	}
	if v := q.Get("active"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return validation(fmt.Sprintf("active %q is not true or false", v))
		}
		f.Active = &b
	}
	pg, err := s.svc.Mirror.Store().Offers(f, p)
	if err != nil {
		return mirrorErr(err, "page")
	}
	out := make([]listingJSON, len(pg.Items))
	for i, o := range pg.Items {
		out[i] = toListingJSON(o)
	}
	return s.listAnswer(c, "listings", out, pg.Next)
}

// queryID reads an optional positive decimal id from the query.
func queryID(q url.Values, name string) (*uint64, error) {
	v := q.Get(name)
	if v == "" {
		return nil, nil
	}
	id, err := strconv.ParseUint(v, 10, 64)
	if err != nil || id == 0 {
		return nil, validation(fmt.Sprintf("%s %q is not a positive decimal id", name, v))
	}
	return &id, nil
}

// queryAddress reads an optional 0x-hex address from the query.
func queryAddress(q url.Values, name string) (*common.Address, error) {
	v := q.Get(name)
	if v == "" {
		return nil, nil
	}
	if !common.IsHexAddress(v) {
		return nil, validation(fmt.Sprintf("%s %q is not a 0x-hex address", name, v))
	}
	a := common.HexToAddress(v)
	return &a, nil
}

// listLeases answers the leases the caller may see (canSeeLease): a
// renter's own, an operator's on its assets, an admin's all; filter with
// status= and asset=. Every filter, the caller's included, applies before
// paging. Besides the page it answers totals over every lease the filters
// keep (not the page alone): leases, escrow, accrued and debt, at the
// chain's latest time.
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
	switch caller.Role {
	case accounts.RoleAdmin:
	case accounts.RoleOperator:
		f.Party = &caller.Address
	default:
		f.Renter = &caller.Address
	}
	at, err := s.chainTime(c.Request().Context(), nil)
	if err != nil {
		return err
	}
	st := s.svc.Mirror.Store()
	pg, err := st.Leases(f, p)
	if err != nil {
		return mirrorErr(err, "page")
	}
	out := []leaseJSON{}
	for _, l := range pg.Items {
		ok, err := s.canSeeLease(c, l)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		out = append(out, toLeaseJSON(l, at))
	}
	var totals leaseTotalsJSON
	if err := st.EachLease(f, func(l contracts.Lease) error { totals.add(l, at); return nil }); err != nil {
		return mirrorErr(err, "leases")
	}
	answer := map[string]any{"leases": out, "totals": totals, "block": s.svc.Mirror.Status().Cursor.Number}
	if pg.Next != "" {
		answer["next"] = pg.Next
	}
	return c.JSON(http.StatusOK, answer)
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
