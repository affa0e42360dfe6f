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
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/service"
	"github.com/gpuledger/gpuledger/webhooks"
)

// Server serves the API of one Service. Create it with New, run it with
// Serve, stop it with Shutdown. It is safe for concurrent use.
type Server struct {
	svc     *service.Service
	echo    *echo.Echo
	log     *slog.Logger
	metrics *metrics
	idem    *idempotency
	hooks   *webhooks.Dispatcher // nil when the service has no webhooks store
	hooksRun
	yields  yieldCache       // reports by asset, period and mirror block (yieldcache.go)
	yieldEv yieldEventsCache // each asset's events as last read, with their block (yieldcache.go)
}

// Options tunes a Server. Zero fields take the defaults noted.
type Options struct {
	// IdempotencyTTL is how long an Idempotency-Key's outcome is kept
	// (default DefaultIdempotencyTTL, 24 h).
	IdempotencyTTL time.Duration
	// CrashAt kills the process with SIGKILL when the first idempotent
	// write reaches this point: "sent" (its transaction handed to the
	// node) or "mined" (its receipt read, the answer not yet stored). For
	// crash-injection tests only; empty in production.
	CrashAt string
	// Version labels gpuledger_build_info (default: the module's version
	// as the Go toolchain recorded it).
	Version string
	// Webhooks tunes the webhook dispatcher that Serve runs (see
	// webhooks.Config for each default); its TopUp is this server.
	Webhooks webhooks.Config
	// Web is the dashboard, served at / and /ui/ (web.go); nil serves none.
	Web http.Handler
}

// New builds the server and its routes. log nil means slog.Default().
func New(svc *service.Service, log *slog.Logger, opts ...Options) *Server {
	if log == nil {
		log = slog.Default()
	}
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	if o.IdempotencyTTL <= 0 {
		o.IdempotencyTTL = DefaultIdempotencyTTL
	}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	s := &Server{svc: svc, echo: e, log: log, metrics: newMetrics(svc, o.Version, log)}
	e.HTTPErrorHandler = s.handleError
	// Before routing and the input checks (register adds them), so that
	// every request, refused or not, has an id and an access log line.
	e.Pre(keepRequestID, requestIDMiddleware, s.access)
	// A panic is answered 500 and logged in the request's access line,
	// with its stack (logging.go), not by echo's own logger.
	e.Use(middleware.RecoverWithConfig(middleware.RecoverConfig{DisableStackAll: true, LogErrorFunc: recovered}))
	e.Use(middleware.BodyLimit("1M"))
	e.Use(func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error { c.Set(serverKey, s); return next(c) }
	})
	e.Use(s.authenticate)
	e.Use(checkQuery) // after routing: an unknown query parameter is a 400 (query.go)
	s.idem = &idempotency{store: svc.Accounts, ttl: o.IdempotencyTTL, crash: o.CrashAt, log: log, locks: map[string]*keyLock{}}
	e.Use(s.idem.middleware)
	s.register(e)
	s.mountWeb(e, o.Web)
	s.newWebhooks(o.Webhooks)
	return s
}

// Handler returns the server's http.Handler (for tests with httptest).
func (s *Server) Handler() http.Handler { return s.echo }

// Serve accepts connections on l until Shutdown; it returns nil after a
// clean shutdown. First it hands the node again every transaction that an
// earlier process recorded for an unanswered idempotent request (so its
// nonce is not given to another); while it serves, it prunes expired
// idempotency records every hour.
func (s *Server) Serve(l net.Listener) error {
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	s.idem.resubmitPending(ctx, s.svc)
	go s.idem.pruneEvery(ctx, time.Hour)
	s.startWebhooks()
	srv := &http.Server{Handler: s.echo, ReadHeaderTimeout: 10 * time.Second}
	s.echo.Server = srv
	if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Shutdown stops accepting requests and waits for those in flight, up to
// ctx; then it stops the webhook dispatcher and waits for its round in
// flight.
func (s *Server) Shutdown(ctx context.Context) error {
	err := s.echo.Shutdown(ctx)
	s.stopWebhooks()
	return err
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
