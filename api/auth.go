package api

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
)

const principalKey = "principal"

// authenticate resolves the bearer key, if any, into the request's
// principal. Routes that need one say so with requireRole.
func (s *Server) authenticate(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Request().Header.Get(echo.HeaderAuthorization)
		if h == "" {
			return next(c)
		}
		key, ok := strings.CutPrefix(h, "Bearer ")
		if !ok {
			return newProblem(http.StatusUnauthorized, ProblemUnauthorized, "Unauthorized", "Authorization must be \"Bearer <api key>\"")
		}
		p, err := s.svc.Accounts.Authenticate(strings.TrimSpace(key))
		if errors.Is(err, accounts.ErrUnauthorized) {
			return newProblem(http.StatusUnauthorized, ProblemUnauthorized, "Unauthorized", "unknown API key")
		}
		if err != nil {
			return err
		}
		c.Set(principalKey, p)
		return next(c)
	}
}

// requireRole refuses callers without a key (401) or of another role (403).
// Admins may do anything.
func requireRole(roles ...accounts.Role) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			p, ok := principal(c)
			if !ok {
				return newProblem(http.StatusUnauthorized, ProblemUnauthorized, "Unauthorized", "this route needs an API key: Authorization: Bearer <key>")
			}
			if p.Role != accounts.RoleAdmin && !slices.Contains(roles, p.Role) {
				return forbidden(fmt.Sprintf("role %s may not call %s %s", p.Role, c.Request().Method, c.Path()))
			}
			return next(c)
		}
	}
}

func principal(c echo.Context) (accounts.Principal, bool) {
	p, ok := c.Get(principalKey).(accounts.Principal)
	return p, ok
}

func forbidden(detail string) error {
	return newProblem(http.StatusForbidden, ProblemForbidden, "Forbidden", detail)
}
