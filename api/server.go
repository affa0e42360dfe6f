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
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/service"
)

// Server serves the API of one Service. Create it with New, run it with
// Serve, stop it with Shutdown. It is safe for concurrent use.
type Server struct {
	svc     *service.Service
	echo    *echo.Echo
	log     *slog.Logger
	metrics *metrics
}

// New builds the server and its routes. log nil means slog.Default().
func New(svc *service.Service, log *slog.Logger) *Server {
	if log == nil {
		log = slog.Default()
	}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	s := &Server{svc: svc, echo: e, log: log, metrics: newMetrics()}
	e.HTTPErrorHandler = s.handleError
	e.Use(middleware.Recover())
	e.Use(middleware.BodyLimit("1M"))
	e.Use(func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error { c.Set(serverKey, s); return next(c) }
	})
	e.Use(s.observe)
	e.Use(s.authenticate)
	idem := &idempotency{store: svc.Accounts, locks: map[string]*sync.Mutex{}}
	e.Use(idem.middleware)
	s.register(e)
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

// writeTimeout bounds a write: sending, mining and reading back.
const writeTimeout = 2 * time.Minute

// writeContext detaches a write from the client's connection: once a
// transaction is sent, a client hanging up must not abandon waiting for it.
func writeContext(c echo.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(c.Request().Context()), writeTimeout)
}

// mirrorWait bounds how long a write waits for the mirror to apply its block.
const mirrorWait = 10 * time.Second

// writeAnswer answers a write with the resource, its tx hash and block,
// once the mirror has applied that block (so a read that follows sees it).
func writeAnswer(c echo.Context, status int, v any, r *types.Receipt) error {
	out, err := withTx(v, r)
	if err != nil {
		return err
	}
	if s, ok := c.Get(serverKey).(*Server); ok {
		s.metrics.minedTx(c.Path())
		ctx, cancel := context.WithTimeout(context.WithoutCancel(c.Request().Context()), mirrorWait)
		defer cancel()
		if err := s.svc.WaitMirror(ctx, r.BlockNumber.Uint64()); err != nil {
			s.log.Warn("mirror behind a write", "block", r.BlockNumber, "err", err)
		}
	}
	return c.JSON(status, out)
}

const serverKey = "server"

// caller returns the transactor of the request's principal.
func (s *Server) caller(c echo.Context) (*chain.Transactor, error) {
	p, ok := principal(c)
	if !ok {
		return nil, newProblem(http.StatusUnauthorized, ProblemUnauthorized, "Unauthorized", "this route needs an API key")
	}
	return s.svc.Transactor(p.Address)
}

// mustBe refuses the request unless the caller is owner (or an admin).
func (s *Server) mustBe(c echo.Context, owner common.Address, what string) error {
	p, _ := principal(c)
	if p.Role == accounts.RoleAdmin || p.Address == owner {
		return nil
	}
	return forbidden(fmt.Sprintf("%s belongs to %s, not to %s", what, owner.Hex(), p.Address.Hex()))
}
