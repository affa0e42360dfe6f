package api

import (
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

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
	if f.Active, err = queryBool(q, "active"); err != nil {
		return err
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

type holdingJSON struct {
	AssetID   string           `json:"asset_id"`
	Shares    contracts.Shares `json:"shares"`
	Claimable money.Amount     `json:"claimable"`
	Claimed   money.Amount     `json:"claimed"`
}

// getHolder answers an address's shares, claimable and claimed revenue
// per asset, a page at a time (after, limit) like every list.
func (s *Server) getHolder(c echo.Context) error {
	raw := c.Param("address")
	if !common.IsHexAddress(raw) {
		return validation(fmt.Sprintf("address %q is not a 0x-hex address", raw))
	}
	holder := common.HexToAddress(raw)
	p, err := page(c)
	if err != nil {
		return err
	}
	pg, err := s.svc.Mirror.Store().Holdings(holder, p)
	if err != nil {
		return mirrorErr(err, "page")
	}
	out := holderAnswer{Address: holder.Hex(), Assets: make([]holdingJSON, len(pg.Items)),
		Block: s.svc.Mirror.Status().Cursor.Number, Next: pg.Next}
	for i, h := range pg.Items {
		out.Assets[i] = holdingJSON{AssetID: id(h.AssetID), Shares: h.Shares, Claimable: h.Claimable, Claimed: h.Claimed}
	}
	return c.JSON(http.StatusOK, out)
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

// getTelemetry answers an asset's oracle epochs starting in from..to, a
// page at a time (after, limit): the period bounds the scan of the
// asset's epochs (keyed by epoch number) before paging, so a page is full
// while the period has epochs left.
func (s *Server) getTelemetry(c echo.Context) error {
	assetID, period, err := assetPeriod(c)
	if err != nil {
		return err
	}
	p, err := page(c)
	if err != nil {
		return err
	}
	st := s.svc.Mirror.Store()
	if _, err := st.Asset(assetID); err != nil {
		return mirrorErr(err, fmt.Sprintf("asset %d", assetID))
	}
	clock := s.epochClock()
	var first, last uint64 = 0, math.MaxUint64 // epochs starting in [from, to)
	if !period.From.IsZero() {
		first, last = firstEpochFrom(clock, period.From), firstEpochFrom(clock, period.To)
		if last == 0 {
			return c.JSON(http.StatusOK, telemetryAnswer{AssetID: id(assetID), Epochs: []epochJSON{}, Block: s.svc.Mirror.Status().Cursor.Number})
		}
		last--
	}
	pg, err := st.EpochRange(assetID, first, last, p)
	if err != nil {
		return mirrorErr(err, "page")
	}
	out := telemetryAnswer{AssetID: id(assetID), Epochs: make([]epochJSON, len(pg.Items)),
		Block: s.svc.Mirror.Status().Cursor.Number, Next: pg.Next}
	for i, e := range pg.Items {
		start := clock.Genesis.Add(time.Duration(e.Epoch) * clock.Length)
		out.Epochs[i] = epochJSON{
			Epoch: e.Epoch, Start: start, End: start.Add(clock.Length),
			UtilisationBps: e.UtilisationBps, AvailabilityBps: e.AvailabilityBps,
			EnergyWh: e.EnergyWh, AvgPowerW: e.AvgPowerW, Reporters: len(e.Observations),
			TxHash: e.Ref.TxHash.Hex(), Block: e.Ref.Block,
		}
	}
	return c.JSON(http.StatusOK, out)
}

// firstEpochFrom is the number of the first epoch of clock starting at or
// after t.
func firstEpochFrom(clock ledger.EpochClock, t time.Time) uint64 {
	since := t.Sub(clock.Genesis)
	if since <= 0 {
		return 0
	}
	n := uint64(since / clock.Length)
	if since%clock.Length != 0 {
		n++
	}
	return n
}

func (s *Server) epochClock() ledger.EpochClock {
	return ledger.EpochClock{Genesis: time.Unix(contracts.TelemetryEpochGenesis, 0).UTC(), Length: contracts.TelemetryEpochLength}
}

// recordByPath reads the mirror's record of kind `what` whose id is the
// path's :id with read, answering 404 when the mirror has none.
func recordByPath[T any](c echo.Context, what string, read func(uint64) (T, error)) (T, error) {
	var zero T
	id, err := pathID(c, "id")
	if err != nil {
		return zero, err
	}
	r, err := read(id)
	if errors.Is(err, ledger.ErrNotFound) {
		return zero, notFound(fmt.Sprintf("%s %d does not exist", what, id))
	}
	return r, err
}
