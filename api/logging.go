package api

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// Every request gets an id (echo's RequestID middleware): the client's
// X-Request-Id when it is a plausible id (a proxy's), else a fresh one. It
// is answered in X-Request-Id, set as a problem's instance, and written in
// the request's access log line, so a client's report, a problem document
// and the log meet on one string.

// maxRequestIDLen bounds a client's X-Request-Id that is kept.
const maxRequestIDLen = 128

// keepRequestID drops a client's X-Request-Id that is empty, too long or
// holds anything but letters, digits and - _ . : (so it cannot forge log
// fields), before RequestID reads it.
func keepRequestID(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Request().Header
		if id := h.Get(echo.HeaderXRequestID); id != "" && !validRequestID(id) {
			h.Del(echo.HeaderXRequestID)
		}
		return next(c)
	}
}

func validRequestID(id string) bool {
	if len(id) > maxRequestIDLen {
		return false
	}
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.', r == ':':
		default:
			return false
		}
	}
	return true
}

// requestID returns the request's id ("" outside the middleware).
func requestID(c echo.Context) string {
	return c.Response().Header().Get(echo.HeaderXRequestID)
}

// causeKey holds the error a request failed with, set by handleError for
// the access log (the one place the cause of a 5xx is logged).
const causeKey = "cause"

// quietRoutes are polled by machines (health probes, Prometheus): their
// successful requests are logged at DEBUG, their failures as any other.
var quietRoutes = map[string]bool{"/healthz": true, "/readyz": true, "/metrics": true}

// stackKey holds the stack of a request whose handler panicked.
const stackKey = "panic-stack"

// recovered is the Recover middleware's LogErrorFunc: the panic becomes
// the request's error and its stack goes to the access line.
func recovered(c echo.Context, err error, stack []byte) error {
	c.Set(stackKey, string(stack))
	return fmt.Errorf("panic: %w", err)
}

// maxStackLogged bounds a panic's stack in the log.
const maxStackLogged = 8 << 10

// requestIDMiddleware is echo's RequestID with the default generator (32
// random alphanumerics).
var requestIDMiddleware = middleware.RequestIDWithConfig(middleware.RequestIDConfig{})

// access runs around everything else (as a Pre middleware, before routing
// and the input checks): it renders the error of a failed request, then
// logs one line per request and counts it in the metrics.
//
// The line is at INFO for answers below 500 (DEBUG for the probes and
// scrapes that succeed: quietRoutes) and at ERROR with the cause for 5xx. It holds request_id, method, route (echo's path template,
// "unmatched" when none), path, status, latency (a duration: nanoseconds in
// JSON), and the principal's address and role when the request had a key;
// a problem's type for 4xx and 5xx; replayed or recovered for an
// idempotent retry.
func (s *Server) access(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		if err := next(c); err != nil {
			c.Error(err)
		}
		took := time.Since(start)
		req, res := c.Request(), c.Response()
		status := res.Status
		route := c.Path()
		if route == "" {
			route = "unmatched"
		}
		s.metrics.observe(req.Method, route, status, took)
		cause, _ := c.Get(causeKey).(error)
		if t, ok := c.Get(tallyKey).(*txTally); ok {
			var ferr error
			if status >= http.StatusBadRequest {
				ferr = cause
				if ferr == nil {
					ferr = errors.New(http.StatusText(status))
				}
			}
			s.metrics.countTxs(route, t, ferr)
		}

		attrs := make([]slog.Attr, 0, 12)
		attrs = append(attrs,
			slog.String("request_id", requestID(c)),
			slog.String("method", clip(req.Method, 16)),
			slog.String("route", route),
			slog.String("path", clip(req.URL.Path, 256)),
			slog.Int("status", status),
			slog.Duration("latency", took),
		)
		if p, ok := principal(c); ok {
			attrs = append(attrs, slog.String("principal", p.Address.Hex()), slog.String("role", string(p.Role)))
		}
		switch {
		case res.Header().Get("Idempotency-Replayed") == "true":
			attrs = append(attrs, slog.Bool("replayed", true))
			s.metrics.replayed(route, "replayed")
		case res.Header().Get("Idempotency-Recovered") == "true":
			attrs = append(attrs, slog.Bool("recovered", true))
			s.metrics.replayed(route, "recovered")
		}
		level := slog.LevelInfo
		if quietRoutes[route] && status < http.StatusBadRequest {
			level = slog.LevelDebug
		}
		if cause != nil {
			p, known := problemOf(cause)
			attrs = append(attrs, slog.String("problem", p.Type))
			if status >= http.StatusInternalServerError || !known {
				level = slog.LevelError
				attrs = append(attrs, slog.String("err", clip(cause.Error(), maxLogged)))
				if stack, ok := c.Get(stackKey).(string); ok {
					attrs = append(attrs, slog.String("stack", clip(stack, maxStackLogged)))
				}
			}
		} else if status >= http.StatusInternalServerError {
			level = slog.LevelError
		}
		s.log.LogAttrs(req.Context(), level, "request", attrs...)
		return nil
	}
}
