package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/audit"
)

func init() {
	queryParams["GET /v1/audit"] = []string{"asset", "from", "to"}
}

// auditRoutes is the audit on request: what `gpuledger audit` does from a
// shell, run by the server against its own chain for the dashboard's
// auditor page.
func (s *Server) auditRoutes() []route {
	return []route{
		{method: "GET", path: "/v1/audit", public: true, response: audit.Result{},
			summary: "the audit of one asset (or every asset) over from..to, recomputed now from the chain's logs alone: every figure with its evidence and every check with its verdict",
			handler: s.getAudit},
	}
}

// getAudit reads every log of the deployment from its deploy block and
// recomputes the figures and checks of package audit, exactly as an
// outside auditor would; nothing comes from the mirror. It does not
// compare with the service's published figures (the CLI's --against):
// the server would have to call itself at a URL taken from the request.
func (s *Server) getAudit(c echo.Context) error {
	q := c.Request().URL.Query()
	assetID, err := queryID(q, "asset")
	if err != nil {
		return err
	}
	period, err := parsePeriod(c)
	if err != nil {
		return err
	}
	var opts audit.Options
	if assetID != nil {
		if _, err := s.asset(c, *assetID); err != nil {
			return err
		}
		opts.Assets = []uint64{*assetID}
	}
	opts.Period = period
	res, err := audit.Run(c.Request().Context(), s.svc.Chain.Client(), s.svc.Manifest, opts)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, res)
}
