package api

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// healthz answers while the process runs.
func (s *Server) healthz(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

// maxMirrorLag is how far behind the chain the mirror may be while ready.
const maxMirrorLag = 5

// readyz answers 200 when the chain answers and the mirror follows it
// within maxMirrorLag blocks; 503 otherwise, saying which.
func (s *Server) readyz(c echo.Context) error {
	head, err := s.svc.Chain.Client().BlockNumber(c.Request().Context())
	if err != nil {
		return newProblem(http.StatusServiceUnavailable, ProblemChainUnavailable, "Chain unavailable", err.Error())
	}
	st := s.svc.Mirror.Status()
	lag := uint64(0)
	if head > st.Cursor.Number {
		lag = head - st.Cursor.Number
	}
	body := map[string]any{"block": head, "mirror_block": st.Cursor.Number, "mirror_lag": lag}
	if st.LastError != "" {
		body["mirror_error"] = st.LastError
	}
	if lag > maxMirrorLag || st.LastError != "" {
		body["status"] = "behind"
		return c.JSON(http.StatusServiceUnavailable, body)
	}
	body["status"] = "ready"
	return c.JSON(http.StatusOK, body)
}
