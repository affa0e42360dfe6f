package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/contracts"
)

// Input limits: no client input reaches the chain, the stores or the log
// unbounded. Every string of a request (a JSON body's string values, query
// parameters, the URL path, the Idempotency-Key header) has a maximum length
// in bytes; past it the request is refused with 400 (validation) naming the
// field and the limit, before any chain call, and the value is never echoed
// whole. The limits of fields the chain stores are defined where their spec is
// validated (contracts.MaxGPUModelLen, contracts.MaxLocationLen,
// accounts.MaxNameLen); those below bound fields whose format already fixes a
// length, with room for leading zeros and spaces clients may send.
const (
	// MaxIDLen bounds a decimal id ("1"): a uint64 has at most 20 digits.
	MaxIDLen = 20
	// MaxAddressLen bounds a 0x-hex address: 2 + 40 characters.
	MaxAddressLen = 42
	// MaxAmountLen bounds a decimal amount or share count: uint256 units
	// have at most 78 digits; 6 fractional digits and the point fit too.
	MaxAmountLen = 80
	// MaxTimeLen bounds an RFC 3339 time ("2026-01-15T00:00:00.123456789+05:30" is 35).
	MaxTimeLen = 40
	// MaxHashLen bounds a 0x-hex 32-byte hash.
	MaxHashLen = 66
	// MaxSignatureLen bounds a 0x-hex 65-byte signature.
	MaxSignatureLen = 132
	// MaxRoleLen bounds a role name (operator, renter, ...).
	MaxRoleLen = 16
	// MaxStringLen bounds any other string of a body or query.
	MaxStringLen = 256
	// MaxFieldNameLen bounds a JSON object key.
	MaxFieldNameLen = 64
	// MaxNumberLen bounds a JSON number literal: counts are at most uint64 (20 digits).
	MaxNumberLen = 32
	// MaxIdempotencyKeyLen bounds the Idempotency-Key header.
	MaxIdempotencyKeyLen = 255
	// MaxPathLen bounds the URL path.
	MaxPathLen = 512
	// maxDetail bounds a problem's detail; a longer one is clipped.
	maxDetail = 512
	// maxLogged bounds an error as written to the log.
	maxLogged = 1024
)

// BodyFieldLimits is the longest value, in bytes, of each string field of a
// request body, by field name; a field not listed takes MaxStringLen. A list
// of strings (asset_ids) bounds each element.
var BodyFieldLimits = map[string]int{
	"gpu_model":              contracts.MaxGPUModelLen,
	"location":               contracts.MaxLocationLen,
	"name":                   accounts.MaxNameLen,
	"role":                   MaxRoleLen,
	"address":                MaxAddressLen,
	"to":                     MaxAddressLen,
	"listing_id":             MaxIDLen,
	"asset_id":               MaxIDLen,
	"asset_ids":              MaxIDLen,
	"amount":                 MaxAmountLen,
	"deposit":                MaxAmountLen,
	"book_value":             MaxAmountLen,
	"price_per_gpu_hour":     MaxAmountLen,
	"max_price_per_gpu_hour": MaxAmountLen,
	"shares":                 MaxAmountLen,
	"max_price":              MaxAmountLen,
	"commissioned_at":        MaxTimeLen,
	"metadata_hash":          MaxHashLen,
	"signature":              MaxSignatureLen,
}

// QueryLimits is the longest value, in bytes, of each query parameter; a
// parameter not listed takes MaxStringLen.
var QueryLimits = map[string]int{
	"gpu_model":     contracts.MaxGPUModelLen,
	"location":      contracts.MaxLocationLen,
	"active":        5,
	"asset":         MaxIDLen,
	"operator":      MaxAddressLen,
	"borrower":      MaxAddressLen,
	"min_free_gpus": MaxIDLen,
	"max_price":     MaxAmountLen,
	"limit":         MaxIDLen,
	"from":          MaxTimeLen,
	"to":            MaxTimeLen,
	"status":        MaxRoleLen,
	"account":       128,
	"after":         MaxStringLen,
}

// checkInput refuses, before routing and before anything else runs, a
// request whose URL path, query parameters or Idempotency-Key exceed their
// limits (400), and a write that carries a body other than JSON (415). A
// write with no body (POST /v1/leases/1/settle) needs no Content-Type.
func checkInput(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		r := c.Request()
		if n := len(r.URL.Path); n > MaxPathLen {
			return lengthProblem("the URL path", n, MaxPathLen)
		}
		q := r.URL.Query()
		names := make([]string, 0, len(q))
		for name := range q {
			names = append(names, name)
		}
		sort.Strings(names) // the same request names the same parameter first
		for _, name := range names {
			if len(name) > MaxFieldNameLen {
				return lengthProblem("a query parameter name", len(name), MaxFieldNameLen)
			}
			limit := limitOf(QueryLimits, name)
			for _, v := range q[name] {
				if len(v) > limit {
					return lengthProblem("query parameter "+strconv.Quote(name), len(v), limit)
				}
			}
		}
		if n := len(r.Header.Get("Idempotency-Key")); n > MaxIdempotencyKeyLen {
			return lengthProblem("the Idempotency-Key header", n, MaxIdempotencyKeyLen)
		}
		if isWrite(r.Method) && r.ContentLength != 0 {
			if err := checkJSONMediaType(r.Header.Get(echo.HeaderContentType)); err != nil {
				return err
			}
		}
		return next(c)
	}
}

// isWrite reports whether a method may change state: its body must be
// JSON, and under an Idempotency-Key it is journaled (PATCH, PUT and
// DELETE too: idempotent by HTTP's rules, but a retry must still not sign
// a second transaction).
func isWrite(method string) bool {
	switch method {
	case http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete:
		return true
	}
	return false
}

// checkJSONMediaType accepts application/json, optionally with
// charset=utf-8, and nothing else.
func checkJSONMediaType(ct string) error {
	refuse := func(detail string) error {
		return newProblem(http.StatusUnsupportedMediaType, ProblemUnsupportedMediaType, "Unsupported media type", detail)
	}
	if ct == "" {
		return refuse("a request body must be sent with Content-Type: application/json")
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || mt != "application/json" {
		return refuse(fmt.Sprintf("Content-Type %s is not accepted; send the body as application/json", clip(ct, 64)))
	}
	for k, v := range params {
		if k != "charset" || !strings.EqualFold(v, "utf-8") {
			return refuse("application/json is accepted with no parameter other than charset=utf-8")
		}
	}
	return nil
}

// checkBodyLimits walks a JSON body and refuses the first string, key or
// number past its limit, naming its path (observations[0].signature). A
// body that is not valid JSON passes: the strict decode that follows
// describes its error.
func checkBodyLimits(body []byte) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil
	}
	return walkLimits("", "", v)
}

func walkLimits(path, field string, v any) error {
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			if len(k) > MaxFieldNameLen {
				return lengthProblem("a field name", len(k), MaxFieldNameLen)
			}
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p := k
			if path != "" {
				p = path + "." + k
			}
			if err := walkLimits(p, k, v[k]); err != nil {
				return err
			}
		}
	case []any:
		for i, e := range v {
			if err := walkLimits(fmt.Sprintf("%s[%d]", path, i), field, e); err != nil {
				return err
			}
		}
	case string:
		if limit := limitOf(BodyFieldLimits, field); len(v) > limit {
			return lengthProblem(nameOf(path), len(v), limit)
		}
	case json.Number:
		if len(v) > MaxNumberLen {
			return lengthProblem(nameOf(path)+" (a number)", len(v), MaxNumberLen)
		}
	}
	return nil
}

func nameOf(path string) string {
	if path == "" {
		return "the body"
	}
	return path
}

func limitOf(limits map[string]int, name string) int {
	if n, ok := limits[name]; ok {
		return n
	}
	return MaxStringLen
}

func lengthProblem(what string, n, limit int) error {
	return validation(fmt.Sprintf("%s is %d bytes long; at most %d are allowed", what, n, limit))
}

// clip shortens s to at most n bytes (on a rune boundary), saying how long
// it was, so that no answer or log line carries an oversized input whole.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s…(%d bytes)", s[:cut], len(s))
}
