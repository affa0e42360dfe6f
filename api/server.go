// Package api is gpuledger's HTTP interface: echo/v4 under /v1, JSON bodies,
// amounts as decimal strings, times in RFC 3339, and every error as an
// application/problem+json document with a stable type (problem.go).
//
// Handlers live one resource per file and reach the rest of the system only
// through the Service, so the same server runs over the embedded chain, a
// remote node, or a test chain.
package api

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/gpuledger/gpuledger/service"
)

// Server serves the API of one Service. Create it with New, run it with
// Serve, stop it with Shutdown.
type Server struct {
	svc  *service.Service
	echo *echo.Echo
	log  *slog.Logger
}

// New builds the server and its routes. log nil means slog.Default().
func New(svc *service.Service, log *slog.Logger) *Server {
	if log == nil {
		log = slog.Default()
	}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	s := &Server{svc: svc, echo: e, log: log}
	e.HTTPErrorHandler = s.handleError
	e.Use(middleware.Recover())
	e.Use(middleware.BodyLimit("1M"))
	e.Use(s.logRequests)

	e.GET("/healthz", s.healthz)
	e.GET("/readyz", s.readyz)
	v1 := e.Group("/v1")
	v1.GET("/chain", s.getChain)
	v1.GET("/assets/:id", s.getAsset)
	return s
}

// Handler returns the server's http.Handler (for tests with httptest).
func (s *Server) Handler() http.Handler { return s.echo }

// Serve accepts connections on l until Shutdown; it returns nil after a
// clean shutdown.
func (s *Server) Serve(l net.Listener) error {
	srv := &http.Server{Handler: s.echo, ReadHeaderTimeout: 10 * time.Second}
	s.echo.Server = srv
	if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Shutdown stops accepting requests and waits for those in flight, up to ctx.
func (s *Server) Shutdown(ctx context.Context) error {
	return s.echo.Shutdown(ctx)
}

func (s *Server) logRequests(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		err := next(c)
		status := c.Response().Status
		if err != nil {
			status = toProblem(err, slog.New(slog.DiscardHandler)).Status
		}
		s.log.Debug("http", "method", c.Request().Method, "path", c.Path(), "status", status, "took", time.Since(start))
		return err
	}
}
