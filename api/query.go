package api

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
)

// queryParams is the query parameters each read route takes, by method and
// echo path; nil means none. A request to a route listed here that carries
// any other parameter is refused with 400 naming it (checkQuery): a filter
// the route does not know is never ignored, so a client never mistakes an
// unfiltered list for a filtered one. A new read route belongs here, with
// its parameters; routes not listed are not checked. The OpenAPI document
// lists these as each route's query parameters.
var queryParams = map[string][]string{
	"GET /v1/chain":                       {},
	"GET /v1/assets":                      {"operator", "gpu_model", "location", "after", "limit"},
	"GET /v1/assets/:id":                  {},
	"GET /v1/assets/:id/revenue":          {"from", "to"},
	"GET /v1/assets/:id/telemetry":        {"from", "to", "after", "limit"},
	"GET /v1/assets/:id/yield":            {"from", "to", "evidence"},
	"GET /v1/assets/:id/oracle":           {"from", "to"},
	"GET /v1/assets/:id/metadata":         {},
	"GET /v1/operators/:address/earnings": {},
	"GET /v1/platform":                    {},
	"GET /v1/ledger/entries":              {"account", "from", "to", "after", "limit"},
	"GET /v1/reconcile":                   {},
	"GET /v1/listings":                    {"asset", "operator", "gpu_model", "location", "min_free_gpus", "max_price", "active", "after", "limit"},
	"GET /v1/listings/:id":                {},
	"GET /v1/leases":                      {"status", "asset", "after", "limit"},
	"GET /v1/leases/:id":                  {},
	"GET /v1/holders/:address":            {"after", "limit"},
	"GET /v1/refunds/:address":            {},
	"GET /v1/pool":                        {},
	"GET /v1/pool/lenders/:address":       {},
	"GET /v1/assets/:id/collateral":       {},
	"GET /v1/loans":                       {"borrower", "asset", "status", "after", "limit"},
	"GET /v1/loans/:id":                   {},
	"GET /v1/owed/:address":               {},
}

// checkQuery refuses a request whose route is in queryParams and whose
// query carries a parameter the route does not take (400, validation),
// naming the first such parameter in alphabetical order and the ones the
// route takes. It runs after routing (it needs the route's path) and
// before the handler.
func checkQuery(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		allowed, ok := queryParams[c.Request().Method+" "+c.Path()]
		if !ok {
			return next(c)
		}
		q := c.Request().URL.Query()
		names := make([]string, 0, len(q))
		for name := range q {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			if slices.Contains(allowed, name) {
				continue
			}
			takes := "no query parameters"
			if len(allowed) > 0 {
				takes = "only " + strings.Join(allowed, ", ")
			}
			return newProblem(http.StatusBadRequest, ProblemValidation, "Invalid request",
				fmt.Sprintf("unknown query parameter %q: %s %s takes %s", clip(name, MaxFieldNameLen), c.Request().Method, c.Path(), takes))
		}
		return next(c)
	}
}

// queryBool reads a true/false query parameter: nil when absent.
func queryBool(q url.Values, name string) (*bool, error) {
	v := q.Get(name)
	if v == "" {
		return nil, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return nil, validation(fmt.Sprintf("%s %q is not true or false", name, v))
	}
	return &b, nil
}
