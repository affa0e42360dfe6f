package api

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// healthz answers while the process runs.
func (s *Server) healthz(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

// readyz answers 200 when the chain answers and the contracts are deployed.
func (s *Server) readyz(c echo.Context) error {
	head, err := s.svc.Chain.Client().BlockNumber(c.Request().Context())
	if err != nil {
		return newProblem(http.StatusServiceUnavailable, ProblemChainUnavailable, "Chain unavailable", err.Error())
	}
	return c.JSON(http.StatusOK, map[string]any{"status": "ready", "block": head})
}
