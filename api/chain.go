package api

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// getChain shows where the service runs: chain id, head, contract
// addresses, and the admin account that grants roles and gas.
func (s *Server) getChain(c echo.Context) error {
	head, err := s.svc.Chain.Client().BlockNumber(c.Request().Context())
	if err != nil {
		return newProblem(http.StatusServiceUnavailable, ProblemChainUnavailable, "Chain unavailable", err.Error())
	}
	m := s.svc.Manifest
	addrs := make(map[string]string, len(m.Contracts))
	for name, d := range m.Contracts {
		addrs[name] = d.Address.Hex()
	}
	return c.JSON(http.StatusOK, map[string]any{
		"chain_id":     m.ChainID,
		"block":        head,
		"deploy_block": m.DeployBlock,
		"version":      m.Version,
		"contracts":    addrs,
		"admin":        s.svc.Admin.Address().Hex(),
	})
}
