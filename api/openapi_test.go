package api

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/gpuledger/gpuledger/internal/openapitest"
)

// TestOpenAPIDocument checks the generated document is valid OpenAPI 3.1,
// names every operation, types every body, and is what the server serves.
func TestOpenAPIDocument(t *testing.T) {
	doc, err := Document()
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("invalid document: %v", err)
	}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			if op.OperationID == "" || strings.ContainsAny(op.OperationID, "-_.") {
				t.Errorf("%s %s: operationId %q", method, path, op.OperationID)
			}
			if op.RequestBody == nil && (method == "PUT" || method == "PATCH") {
				t.Errorf("%s %s: no request body", method, path)
			}
			var success *openapi3.ResponseRef
			for code, r := range op.Responses.Map() {
				if strings.HasPrefix(code, "2") {
					success = r
				}
			}
			if success == nil {
				t.Errorf("%s %s: no success response", method, path)
			} else if success.Value.Content == nil && path != "/v1/openapi.json" {
				t.Logf("%s %s: success without a body", method, path)
			}
			if op.Responses.Value("4XX") == nil {
				t.Errorf("%s %s: problems undocumented", method, path)
			}
		}
	}
	for key, names := range queryParams {
		for _, q := range names {
			if queryParamSchemas[q] == nil {
				t.Errorf("%s: query parameter %q has no schema in queryParamSchemas", key, q)
			}
		}
	}
	amount := doc.Components.Schemas["Asset"].Value.Properties["book_value"].Value
	if !amount.Type.Is("string") || amount.Pattern == "" {
		t.Errorf("money must be a string with a pattern: %+v", amount)
	}

	e := newAPIEnv(t)
	served := e.must(200, "GET", "/v1/openapi.json", "", nil)
	want, _ := json.Marshal(doc)
	var wantMap map[string]any
	json.Unmarshal(want, &wantMap)
	if mustJSON(served["components"]) != mustJSON(wantMap["components"]) || len(served["paths"].(map[string]any)) != doc.Paths.Len() {
		t.Error("GET /v1/openapi.json differs from Document()")
	}
}

// TestOpenAPIValidationCatchesMismatch shows the suite's validation fails
// a test when the server and the document disagree, both ways: an answer
// the document does not allow, and a request the document refuses that
// the server accepts.
func TestOpenAPIValidationCatchesMismatch(t *testing.T) {
	e := newAPIEnv(t)
	opKey, _ := e.account("operator", "acme")
	e.must(201, "POST", "/v1/assets", opKey, h100)

	send := func(doc *openapi3.T, method, path string) error {
		tr, err := openapitest.NewTransport(doc, e.base)
		if err != nil {
			t.Fatal(err)
		}
		req, _ := http.NewRequest(method, e.base+path, nil)
		resp, err := (&http.Client{Transport: tr}).Do(req)
		if err == nil {
			resp.Body.Close()
		}
		return err
	}
	fresh := func() *openapi3.T {
		doc, err := Document()
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	if err := send(fresh(), "GET", "/v1/assets/1"); err != nil {
		t.Fatalf("the true document: %v", err)
	}

	// The document says an asset's id is an integer; the server answers "1".
	doc := fresh()
	doc.Components.Schemas["Asset"].Value.Properties["id"] = openapi3.NewIntegerSchema().NewRef()
	var mismatch *openapitest.MismatchError
	if err := send(doc, "GET", "/v1/assets/1"); !errors.As(err, &mismatch) || !strings.Contains(mismatch.Reason, "does not match") {
		t.Fatalf("a retyped id passed: %v", err)
	}

	// The document caps limit at 5; the server takes 10.
	doc = fresh()
	for _, p := range doc.Paths.Value("/v1/assets").Get.Parameters {
		if p.Value.Name == "limit" {
			p.Value.Schema.Value.Max = new(5.0)
		}
	}
	if err := send(doc, "GET", "/v1/assets?limit=10"); !errors.As(err, &mismatch) || !strings.Contains(mismatch.Reason, "refuses the request") {
		t.Fatalf("a request the document refuses passed: %v", err)
	}
}

// TestAPIProblemTypes checks problem types are URIs with their short code
// beside them, and that a 405 has its own type.
func TestAPIProblemTypes(t *testing.T) {
	e := newAPIEnv(t)
	p := e.problem(404, ProblemNotFound, "GET", "/v1/assets/9", "", nil)
	if p.Type != "https://gpuledger.dev/problems/not_found" || p.Code != "not_found" {
		t.Errorf("problem: %+v", p)
	}
	r := e.do("DELETE", "/v1/assets", "", nil)
	if r.status != 405 || r.problem.Type != ProblemMethodNotAllowed || r.problem.Code != "method_not_allowed" {
		t.Errorf("405: %d %s", r.status, r.body)
	}
}
