package api

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

func init() {
	queryParams["GET /v1/whoami"] = []string{}
	queryParams["GET /v1/assets/:id/holders"] = []string{"after", "limit"}
}

// webRoutes are the reads the dashboard needs that no route answered
// before: who a signed-in key is, and an asset's holders.
func (s *Server) webRoutes() []route {
	return []route{
		{method: "GET", path: "/v1/whoami", summary: "the caller's principal: address, role, name",
			roles:    []accounts.Role{accounts.RoleOperator, accounts.RoleRenter, accounts.RoleHolder, accounts.RoleOracle, accounts.RoleOracleAdmin},
			response: accounts.Principal{}, handler: s.whoami},
		{method: "GET", path: "/v1/assets/:id/holders", public: true, summary: "an asset's holders with their shares, claimable and claimed revenue (after, limit)",
			response: assetHoldersAnswer{}, handler: s.listAssetHolders},
	}
}

func (s *Server) whoami(c echo.Context) error {
	p, _ := principal(c) // requireRole let only a known key through
	return c.JSON(http.StatusOK, p)
}

// assetHolderJSON is one holder of an asset.
type assetHolderJSON struct {
	Holder    string           `json:"holder"`
	Shares    contracts.Shares `json:"shares"`
	Claimable money.Amount     `json:"claimable"`
	Claimed   money.Amount     `json:"claimed"`
}

type assetHoldersAnswer struct {
	AssetID string            `json:"asset_id"`
	Holders []assetHolderJSON `json:"holders"`
	Block   uint64            `json:"block"`
	Next    string            `json:"next,omitempty"`
}

// listAssetHolders answers one page of an asset's holders from the
// mirror's index (never a scan of every holding).
func (s *Server) listAssetHolders(c echo.Context) error {
	assetID, err := pathID(c, "id")
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
	pg, err := st.Holders(assetID, p)
	if err != nil {
		return mirrorErr(err, "page")
	}
	out := assetHoldersAnswer{AssetID: id(assetID), Holders: make([]assetHolderJSON, 0, len(pg.Items)),
		Block: s.svc.Mirror.Status().Cursor.Number, Next: pg.Next}
	for _, h := range pg.Items {
		out.Holders = append(out.Holders, assetHolderJSON{Holder: h.Holder.Hex(), Shares: h.Shares, Claimable: h.Claimable, Claimed: h.Claimed})
	}
	return c.JSON(http.StatusOK, out)
}

// mountWeb serves h, the dashboard (package web), at / and its assets
// under /ui/. They stay outside the route table: they are not JSON
// resources, so they are neither in the OpenAPI document nor behind a
// role; the pages call the /v1 routes themselves, with the key the user
// signs in with. h nil mounts nothing.
func (s *Server) mountWeb(e *echo.Echo, h http.Handler) {
	if h == nil {
		return
	}
	serve := echo.WrapHandler(h)
	for _, path := range []string{"/", "/ui/*"} {
		e.GET(path, serve)
		e.HEAD(path, serve)
	}
}
