package api

import (
	"errors"
	"math/big"
	"net"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
)

// Problem is an RFC 9457 problem document, the body of every error answer.
// Type is a URI, stable per kind of error (ProblemTypeBase + its code);
// Code is the same kind as a short word ("validation"). Clients match on
// either, never on Detail.
type Problem struct {
	Type   string `json:"type"`
	Code   string `json:"code"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail,omitempty"`
	// Instance is the request's id (X-Request-Id): the access log line
	// of the request that got this answer has it as request_id.
	Instance string `json:"instance,omitempty"`
	// Revert carries the decoded on-chain revert for chain_reverted.
	Revert *RevertInfo `json:"revert,omitempty"`
}

// RevertInfo is a decoded contract revert as data.
type RevertInfo struct {
	Contract string         `json:"contract,omitempty"`
	Error    string         `json:"error"`
	Args     map[string]any `json:"args,omitempty"`
	Reason   string         `json:"reason,omitempty"`
	// Message says it in the user's units: "deposit 10.56 exceeds the
	// term's cost 7.12", "lease 3 is not open (status ended)".
	Message string `json:"message,omitempty"`
}

// ProblemTypeBase prefixes every problem type: a type is a URI, as RFC
// 9457 has it, naming the kind of error; its last segment is the code.
const ProblemTypeBase = "https://gpuledger.dev/problems/"

// Problem types.
const (
	ProblemValidation       = ProblemTypeBase + "validation"
	ProblemNotFound         = ProblemTypeBase + "not_found"
	ProblemForbidden        = ProblemTypeBase + "forbidden"
	ProblemUnauthorized     = ProblemTypeBase + "unauthorized"
	ProblemConflict         = ProblemTypeBase + "conflict"
	ProblemChainReverted    = ProblemTypeBase + "chain_reverted"
	ProblemChainUnavailable = ProblemTypeBase + "chain_unavailable"
	ProblemInternal         = ProblemTypeBase + "internal"
	// ProblemUnsupportedMediaType (415): a write's body is not application/json.
	ProblemUnsupportedMediaType = ProblemTypeBase + "unsupported_media_type"
	// ProblemMethodNotAllowed (405): the path exists, not with this method;
	// the Allow header lists the methods it takes.
	ProblemMethodNotAllowed = ProblemTypeBase + "method_not_allowed"
)

// problemError is an error that knows its problem document.
type problemError struct {
	p   Problem
	err error
}

func (e *problemError) Error() string { return e.p.Detail }
func (e *problemError) Unwrap() error { return e.err }

func newProblem(status int, typ, title, detail string) *problemError {
	return &problemError{p: Problem{Type: typ, Title: title, Status: status, Detail: detail}}
}

func notFound(detail string) error {
	return newProblem(http.StatusNotFound, ProblemNotFound, "Not found", detail)
}

func validation(detail string) error {
	return newProblem(http.StatusBadRequest, ProblemValidation, "Invalid request", detail)
}

// The errors of a request are typed in the packages that raise them and
// mapped to HTTP only here (problemOf). An unknown error is answered with a
// generic message so internals never leak, and logged once, with the
// request's id, in the request's access log line at ERROR (clipped to
// maxLogged bytes: an error may quote client input; logging.go).

// problemOf maps any error to its problem document; known is false for
// an error that maps to nothing but internal.
func problemOf(err error) (p Problem, known bool) {
	p, known = mapError(err)
	p.Detail = clip(p.Detail, maxDetail)
	p.Code = strings.TrimPrefix(p.Type, ProblemTypeBase)
	return p, known
}

func mapError(err error) (Problem, bool) {
	var pe *problemError
	if errors.As(err, &pe) {
		return pe.p, true
	}
	var he *echo.HTTPError
	if errors.As(err, &he) {
		typ := ProblemInternal
		switch he.Code {
		case http.StatusNotFound:
			typ = ProblemNotFound
		case http.StatusMethodNotAllowed:
			typ = ProblemMethodNotAllowed
		case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			typ = ProblemValidation
		case http.StatusUnsupportedMediaType:
			typ = ProblemUnsupportedMediaType
		}
		msg, _ := he.Message.(string)
		return Problem{Type: typ, Title: http.StatusText(he.Code), Status: he.Code, Detail: msg}, true
	}
	var re *chain.RevertError
	if errors.As(err, &re) {
		return Problem{
			Type: ProblemChainReverted, Title: "Rejected by the contract", Status: http.StatusUnprocessableEntity,
			Detail: err.Error(),
			Revert: &RevertInfo{Contract: re.Contract, Error: re.Name, Args: jsonArgs(re.Args), Reason: re.Reason, Message: re.Message},
		}, true
	}
	switch {
	case errors.Is(err, contracts.ErrInvalidInput), errors.Is(err, contracts.ErrInvalidAsset),
		errors.Is(err, money.ErrSyntax), errors.Is(err, money.ErrNegative),
		errors.Is(err, money.ErrPrecision), errors.Is(err, money.ErrOverflow):
		return Problem{Type: ProblemValidation, Title: "Invalid request", Status: http.StatusBadRequest, Detail: err.Error()}, true
	case errors.Is(err, service.ErrNotDevChain), errors.Is(err, service.ErrExternalStablecoin):
		return Problem{Type: ProblemConflict, Title: "Not available on this deployment", Status: http.StatusConflict, Detail: err.Error()}, true
	case errors.Is(err, chain.ErrReceiptTimeout), errors.Is(err, chain.ErrChainClosed), errors.Is(err, rpc.ErrClientQuit),
		errors.As(err, new(*net.OpError)):
		return Problem{Type: ProblemChainUnavailable, Title: "Chain unavailable", Status: http.StatusServiceUnavailable, Detail: err.Error()}, true
	}
	return Problem{Type: ProblemInternal, Title: "Internal error", Status: http.StatusInternalServerError,
		Detail: "the request failed; the service log has the cause"}, false
}

// handleError answers err as a problem whose instance is the request's
// id, and keeps err for the access log.
func (s *Server) handleError(err error, c echo.Context) {
	c.Set(causeKey, err)
	if c.Response().Committed {
		return
	}
	p, _ := problemOf(err)
	p.Instance = requestID(c)
	// c.JSON keeps a content type already set.
	c.Response().Header().Set(echo.HeaderContentType, "application/problem+json")
	if err := c.JSON(p.Status, p); err != nil {
		s.log.Warn("write problem", "err", err)
	}
}

// jsonArgs writes big integers as decimal strings: token units can exceed
// what a JSON number holds exactly in most clients.
func jsonArgs(args map[string]any) map[string]any {
	out := make(map[string]any, len(args))
	for k, v := range args {
		if b, ok := v.(*big.Int); ok {
			out[k] = b.String()
			continue
		}
		out[k] = v
	}
	return out
}
