// Package openapitest checks a live server against its OpenAPI document:
// a Transport validates every request a test sends and every answer it
// gets with kin-openapi's openapi3filter, so a test that talks to the API
// through it fails as soon as the server and the document disagree.
package openapitest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
)

// Transport is an http.RoundTripper that sends requests through Next
// (http.DefaultTransport when nil) and checks each exchange against Doc:
//
//   - the answer's status must be one the operation documents, and its
//     body must match that status's schema;
//   - a request the document refuses (a missing required field, a
//     parameter of the wrong type, no API key where one is required) must
//     be refused by the server, with a 4xx problem: the server may refuse
//     more than the document says, never accept what it forbids;
//   - a path or method the document does not have must be answered 404 or
//     405.
//
// A mismatch is returned as the round trip's error (a *MismatchError), so
// the client call that made it fails. It is safe for concurrent use.
type Transport struct {
	doc    *openapi3.T
	router routers.Router
	Next   http.RoundTripper
}

// NewTransport validates doc and answers a Transport checking the server
// at base (scheme://host:port) against it; doc's servers are replaced by
// base.
func NewTransport(doc *openapi3.T, base string) (*Transport, error) {
	ctx := context.Background()
	doc.Servers = openapi3.Servers{{URL: base}}
	if err := doc.Validate(ctx); err != nil {
		return nil, fmt.Errorf("openapitest: the document is invalid: %w", err)
	}
	r, err := gorillamux.NewRouter(doc)
	if err != nil {
		return nil, fmt.Errorf("openapitest: route the document: %w", err)
	}
	return &Transport{doc: doc, router: r}, nil
}

// MismatchError is an exchange in which the server and the document
// disagree.
type MismatchError struct {
	Method, Path string
	Status       int
	Reason       string
	Body         string
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("openapi mismatch: %s %s answered %d: %s\nbody: %s", e.Method, e.Path, e.Status, e.Reason, e.Body)
}

// maxQuoted bounds how much of an answer's body a MismatchError quotes.
const maxQuoted = 2000

// RoundTrip sends req and checks the exchange (see Transport).
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	var reqBody []byte
	if req.Body != nil {
		var err error
		if reqBody, err = io.ReadAll(req.Body); err != nil {
			return nil, err
		}
		req.Body.Close()
		req.Body = io.NopCloser(bytes.NewReader(reqBody))
	}
	next := t.Next
	if next == nil {
		next = http.DefaultTransport
	}
	resp, err := next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	if err := t.check(req, reqBody, resp, body); err != nil {
		return nil, err
	}
	return resp, nil
}

func (t *Transport) check(req *http.Request, reqBody []byte, resp *http.Response, body []byte) error {
	mismatch := func(format string, args ...any) error {
		quoted := string(body)
		if len(quoted) > maxQuoted {
			quoted = quoted[:maxQuoted] + "…"
		}
		return &MismatchError{Method: req.Method, Path: req.URL.RequestURI(), Status: resp.StatusCode,
			Reason: fmt.Sprintf(format, args...), Body: quoted}
	}
	isProblem := strings.HasPrefix(resp.Header.Get("Content-Type"), "application/problem+json")
	// The router matches on the request as sent; give it a copy whose body
	// it may read.
	vreq := req.Clone(req.Context())
	vreq.Body = io.NopCloser(bytes.NewReader(reqBody))
	route, params, err := t.router.FindRoute(vreq)
	if err != nil {
		if resp.StatusCode != http.StatusNotFound && resp.StatusCode != http.StatusMethodNotAllowed {
			return mismatch("the document has no such operation (%v), yet the server did not answer 404 or 405", err)
		}
		if !isProblem {
			return mismatch("a 404/405 must be a problem document")
		}
		return nil
	}
	ctx := context.Background()
	in := &openapi3filter.RequestValidationInput{Request: vreq, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc, MultiError: true}}
	if reqErr := openapi3filter.ValidateRequest(ctx, in); reqErr != nil {
		if resp.StatusCode < 400 || resp.StatusCode >= 500 || !isProblem {
			return mismatch("the document refuses the request (%v), yet the server accepted it", reqErr)
		}
	}
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: resp.StatusCode, Header: resp.Header,
		Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true}}
	out.SetBodyBytes(body)
	if err := openapi3filter.ValidateResponse(ctx, out); err != nil {
		var me openapi3.MultiError
		if errors.As(err, &me) && len(me) == 1 {
			err = me[0]
		}
		return mismatch("the answer does not match the document: %v", err)
	}
	return nil
}
