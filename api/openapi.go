package api

import (
	"encoding"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/common"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3gen"
	"github.com/labstack/echo/v4"
	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

// The OpenAPI 3.1 document is generated, never written by hand: paths,
// roles and parameters from the route table (routes.go, query.go), and
// every request and response schema from the Go types the handlers decode
// and answer (each route's body and response), by kin-openapi's
// openapi3gen. The api tests validate every request and response they
// make against it (internal/openapitest), so it cannot drift from what
// the server does; the Go client in api/client is generated from it.

var pathParam = regexp.MustCompile(`:([a-z_]+)`)

// openapiPath turns echo's /v1/assets/:id into OpenAPI's /v1/assets/{id}.
func openapiPath(p string) string { return pathParam.ReplaceAllString(p, "{$1}") }

// openapi answers the OpenAPI 3.1 document of the routes this server serves.
func (s *Server) openapi(c echo.Context) error {
	doc, err := buildDocument(s.routes())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, doc)
}

// Document builds the OpenAPI 3.1 document of the API from its route
// table; its servers list the default local address. It is what GET
// /v1/openapi.json answers, and what api/client is generated from.
func Document() (*openapi3.T, error) {
	return buildDocument((&Server{}).routes())
}

// DefaultServerURL is where `gpuledger serve` listens by default; the
// document lists it as its server.
const DefaultServerURL = "http://127.0.0.1:8080"

// schemaPatterns are the JSON strings that carry numbers: money, share
// counts and on-chain words that a JSON number cannot hold exactly.
const (
	amountPattern  = `^[0-9]+(\.[0-9]{1,6})?$`
	balancePattern = `^-?[0-9]+(\.[0-9]{1,6})?$`
	digitsPattern  = `^[0-9]+$`
	addressPattern = `^0x[0-9a-fA-F]{40}$`
	hashPattern    = `^0x[0-9a-fA-F]{64}$`
	decimalPattern = `^-?[0-9]+(\.[0-9]+)?$`
)

// scalarSchemas are the types that marshal themselves to JSON scalars,
// and how: a type with its own MarshalJSON that is not here makes the
// document fail to build (schemaCustomizer), so a new one cannot be
// documented wrongly as an object.
var scalarSchemas = map[reflect.Type]func() *openapi3.Schema{
	reflect.TypeFor[money.Amount](): func() *openapi3.Schema {
		return stringSchema(amountPattern, "a stablecoin amount as a decimal string, at most 6 fractional digits", "2.50")
	},
	reflect.TypeFor[ledger.Balance](): func() *openapi3.Schema {
		return stringSchema(balancePattern, "a signed stablecoin balance as a decimal string", "-2.50")
	},
	reflect.TypeFor[contracts.Shares](): func() *openapi3.Schema {
		return stringSchema(digitsPattern, "a whole number of shares as a decimal string", "1000")
	},
	reflect.TypeFor[common.Address](): func() *openapi3.Schema {
		return stringSchema(addressPattern, "a 0x-hex address", "")
	},
	reflect.TypeFor[common.Hash](): func() *openapi3.Schema {
		return stringSchema(hashPattern, "a 0x-hex 32-byte hash", "")
	},
	reflect.TypeFor[contracts.LoanStatus](): func() *openapi3.Schema {
		return stringSchema("", "the loan's status", "")
	},
	// shopspring/decimal marshals as a quoted decimal (rates, indexes).
	reflect.TypeFor[decimal.Decimal](): func() *openapi3.Schema {
		return stringSchema(decimalPattern, "a decimal number as a string", "")
	},
	reflect.TypeFor[time.Time](): func() *openapi3.Schema {
		return &openapi3.Schema{Type: &openapi3.Types{"string"}, Format: "date-time"}
	},
	// big.Int marshals as a bare JSON number, exact however large.
	reflect.TypeFor[big.Int](): func() *openapi3.Schema {
		return &openapi3.Schema{Type: &openapi3.Types{"integer"}}
	},
}

func stringSchema(pattern, description, example string) *openapi3.Schema {
	s := &openapi3.Schema{Type: &openapi3.Types{"string"}, Pattern: pattern, Description: description}
	if example != "" {
		s.Example = example
	}
	return s
}

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// customizer is openapi3gen's hook for every type it meets: scalar types
// get their string schema, ",string" integers a digits string, a pointer's
// null is written the OpenAPI 3.1 way (a type array), not as 3.0's
// nullable. For an answer (answer true) a struct's fields without
// omitempty are required: an answer always has them. A request leaves out
// what it likes, and a null field is decoded as a missing one (encoding/json
// leaves it zero): the handler says what it needs, so a request's schema
// requires no field and lets each be null.
func customizer(answer bool) openapi3gen.SchemaCustomizerFn {
	return func(_ string, t reflect.Type, tag reflect.StructTag, schema *openapi3.Schema) error {
		if err := customizeSchema(t, tag, schema); err != nil {
			return err
		}
		if answer {
			return nil
		}
		schema.Required = nil
		for _, p := range schema.Properties {
			if p.Value != nil && p.Value.Type != nil && !p.Value.Type.Includes("null") {
				*p.Value.Type = append(*p.Value.Type, "null")
			}
		}
		return nil
	}
}

func customizeSchema(t reflect.Type, tag reflect.StructTag, schema *openapi3.Schema) error {
	nullable := schema.Nullable
	switch mk, ok := scalarSchemas[t]; {
	case ok:
		*schema = *mk()
	case t.Kind() != reflect.Interface && (t.Implements(jsonMarshaler) || reflect.PointerTo(t).Implements(jsonMarshaler)):
		return fmt.Errorf("openapi: %s marshals itself to JSON: add its schema to scalarSchemas", t)
	case t.Kind() == reflect.Struct && (t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler)):
		*schema = openapi3.Schema{Type: &openapi3.Types{"string"}}
	case t.Kind() == reflect.Struct && len(schema.Properties) > 0:
		schema.Required = requiredJSONFields(t)
	}
	if _, opts, _ := strings.Cut(tag.Get("json"), ","); slices.Contains(strings.Split(opts, ","), "string") {
		*schema = *stringSchema(digitsPattern, "", "")
	}
	schema.Nullable = false
	if nullable && schema.Type != nil && !schema.Type.Includes("null") {
		*schema.Type = append(*schema.Type, "null")
	}
	return nil
}

// requiredJSONFields is the JSON names of t's fields that are always present:
// tagged without omitempty (embedded structs' fields included).
func requiredJSONFields(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		if tag == "-" || !f.IsExported() && !f.Anonymous {
			continue
		}
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				out = append(out, requiredJSONFields(ft)...)
			}
			continue
		}
		if name == "" || slices.Contains(strings.Split(opts, ","), "omitempty") ||
			slices.Contains(strings.Split(opts, ","), "omitzero") {
			continue
		}
		out = append(out, name)
	}
	return out
}

// schemaName names a Go type's component schema: its name with an upper
// first letter and without the JSON/Answer/Req suffixes of the api
// package's shapes (leaseJSON is Lease, leaseReq is LeaseRequest).
func schemaName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	n := t.Name()
	if n == "" {
		return ""
	}
	for _, suffix := range []string{"JSON", "Answer"} {
		if strings.HasSuffix(n, suffix) && len(n) > len(suffix) {
			n = strings.TrimSuffix(n, suffix)
		}
	}
	if strings.HasSuffix(n, "Req") {
		n = strings.TrimSuffix(n, "Req") + "Request"
	}
	r := []rune(n)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// docBuilder collects the component schemas of one document.
type docBuilder struct {
	// gen makes answers' schemas, reqGen requests'.
	gen, reqGen *openapi3gen.Generator
	schemas     openapi3.Schemas
	byName      map[string]reflect.Type
}

// schemaRef answers a $ref to v's type as a component schema of an
// answer, generating it on first use. Two types of the same name are an
// error: rename one.
func (b *docBuilder) schemaRef(v any) (*openapi3.SchemaRef, error) { return b.component(b.gen, v) }

// requestRef is schemaRef for a request body.
func (b *docBuilder) requestRef(v any) (*openapi3.SchemaRef, error) { return b.component(b.reqGen, v) }

func (b *docBuilder) component(gen *openapi3gen.Generator, v any) (*openapi3.SchemaRef, error) {
	t := reflect.TypeOf(v)
	name := schemaName(t)
	if t.Kind() == reflect.Map || t.Kind() == reflect.Slice || name == "" {
		return inline(gen, v)
	}
	if prev, ok := b.byName[name]; ok {
		if prev != t {
			return nil, fmt.Errorf("openapi: %s and %s are both named %s", prev, t, name)
		}
		return openapi3.NewSchemaRef("#/components/schemas/"+name, b.schemas[name].Value), nil
	}
	ref, err := inline(gen, v)
	if err != nil {
		return nil, fmt.Errorf("openapi: schema of %s: %w", t, err)
	}
	b.byName[name] = t
	b.schemas[name] = ref
	return openapi3.NewSchemaRef("#/components/schemas/"+name, ref.Value), nil
}

// inline answers v's type's schema, every nested type written inline.
func inline(gen *openapi3gen.Generator, v any) (*openapi3.SchemaRef, error) {
	ref, err := gen.NewSchemaRefForValue(v, nil)
	if err != nil {
		return nil, err
	}
	return &openapi3.SchemaRef{Value: ref.Value}, nil
}

// queryParamSchemas types the query parameters that queryParams names, by
// name, with the one meaning each has wherever it is taken. A name not
// here is documented as a plain string (TestOpenAPIDocument lists them):
// a route group adds its own in its init, as it adds to queryParams.
var queryParamSchemas = map[string]*openapi3.Schema{
	"after":         {Type: &openapi3.Types{"string"}, Description: "the next cursor of the previous page"},
	"limit":         {Type: &openapi3.Types{"integer"}, Min: new(1.0), Description: "the most items in the page"},
	"from":          {Type: &openapi3.Types{"string"}, Format: "date-time", Description: "start of the period (RFC 3339; give both from and to, or neither)"},
	"to":            {Type: &openapi3.Types{"string"}, Format: "date-time", Description: "end of the period, excluded (RFC 3339)"},
	"asset":         {Type: &openapi3.Types{"string"}, Pattern: digitsPattern, Description: "an asset id"},
	"operator":      {Type: &openapi3.Types{"string"}, Description: "an operator's 0x-hex address"},
	"borrower":      {Type: &openapi3.Types{"string"}, Description: "a borrower's 0x-hex address"},
	"account":       {Type: &openapi3.Types{"string"}, Description: "a journal account"},
	"gpu_model":     {Type: &openapi3.Types{"string"}, Description: "GPU model, ignoring case"},
	"location":      {Type: &openapi3.Types{"string"}, Description: "location code, ignoring case"},
	"min_free_gpus": {Type: &openapi3.Types{"integer"}, Min: new(0.0), Description: "the fewest GPUs a lease may take now"},
	"max_price":     {Type: &openapi3.Types{"string"}, Pattern: amountPattern, Description: "the highest price per GPU-hour"},
	"active":        {Type: &openapi3.Types{"boolean"}, Description: "open (true) or closed (false) listings only"},
	"evidence":      {Type: &openapi3.Types{"boolean"}, Description: "false: every figure's evidence list left empty (the values alone)"},
	"status":        {Type: &openapi3.Types{"string"}, Description: "the status to keep"},
	"gpus":          {Type: &openapi3.Types{"integer"}, Min: new(1.0), Description: "GPUs to lease"},
	"hours":         {Type: &openapi3.Types{"integer"}, Min: new(1.0), Description: "hours to lease"},
}

// ProblemTypeBase prefixes every problem type (problem.go).
func problemResponse(b *docBuilder, description string) (*openapi3.ResponseRef, error) {
	ref, err := b.schemaRef(Problem{})
	if err != nil {
		return nil, err
	}
	r := openapi3.NewResponse().WithDescription(description)
	r.Content = openapi3.Content{"application/problem+json": openapi3.NewMediaType().WithSchemaRef(ref)}
	return &openapi3.ResponseRef{Value: r}, nil
}

// writeReceipt is what every write's answer adds to its resource
// (types.go withTx, noTx): the transaction and its block, or, when
// nothing needed sending, a note saying so and the block it was judged at.
type writeReceipt struct {
	TxHash string `json:"tx_hash,omitempty"`
	Block  uint64 `json:"block,omitempty"`
	Note   string `json:"note,omitempty"`
}

// operationID is the route's handler's name (getLease): stable while the
// handler keeps its name, unique because each handler serves one route.
func operationID(h echo.HandlerFunc) string {
	name := runtime.FuncForPC(reflect.ValueOf(h).Pointer()).Name()
	name = strings.TrimSuffix(name, "-fm")
	return name[strings.LastIndex(name, ".")+1:]
}

// successStatuses is what a route answers on success: its own status,
// else 201 or 200 for a POST (a create answers 201), else 200.
func successStatuses(r route) []int {
	switch {
	case r.status != 0:
		return []int{r.status}
	case r.method == http.MethodPost:
		return []int{http.StatusOK, http.StatusCreated}
	}
	return []int{http.StatusOK}
}

func buildDocument(routes []route) (*openapi3.T, error) {
	b := &docBuilder{
		gen:     openapi3gen.NewGenerator(openapi3gen.SchemaCustomizer(customizer(true))),
		reqGen:  openapi3gen.NewGenerator(openapi3gen.SchemaCustomizer(customizer(false))),
		schemas: openapi3.Schemas{},
		byName:  map[string]reflect.Type{},
	}
	badRequest, err := problemResponse(b, "the request is invalid (validation), or refused by a rule of the API")
	if err != nil {
		return nil, err
	}
	problem, err := problemResponse(b, "a problem (RFC 9457): see its type")
	if err != nil {
		return nil, err
	}
	unauthorized, err := problemResponse(b, "no API key, or one that is not known (unauthorized)")
	if err != nil {
		return nil, err
	}
	forbidden, err := problemResponse(b, "the key's role may not use this route, or the resource is another's (forbidden)")
	if err != nil {
		return nil, err
	}
	notFoundResp, err := problemResponse(b, "the resource the path names does not exist (not_found)")
	if err != nil {
		return nil, err
	}
	doc := &openapi3.T{
		OpenAPI: "3.1.0",
		Info: &openapi3.Info{Title: "gpuledger", Version: "1",
			Description: "Tokenized GPU assets, leases, revenue and credit, on chain. Money is a decimal string, ids are decimal strings, errors are application/problem+json with a type URI and a short code."},
		Servers: openapi3.Servers{{URL: DefaultServerURL, Description: "gpuledger serve (default address)"}},
		Paths:   openapi3.NewPaths(),
		Components: &openapi3.Components{
			Schemas: b.schemas,
			SecuritySchemes: openapi3.SecuritySchemes{"bearer": {Value: openapi3.NewSecurityScheme().WithType("http").
				WithScheme("bearer").WithDescription("an API key, bound to a role and an address (POST /v1/accounts)")}},
		},
		Extensions: map[string]any{
			// The longest value of each string (bytes), from input.go.
			"x-input-limits": map[string]any{"body": BodyFieldLimits, "query": QueryLimits, "other_strings": MaxStringLen,
				"field_names": MaxFieldNameLen, "numbers": MaxNumberLen, "path": MaxPathLen, "idempotency_key": MaxIdempotencyKeyLen},
		},
	}
	seen := map[string]string{}
	for _, r := range routes {
		op := openapi3.NewOperation()
		op.Summary = r.summary
		op.OperationID = operationID(r.handler)
		if prev, dup := seen[op.OperationID]; dup {
			return nil, fmt.Errorf("openapi: %s and %s %s share the handler %s", prev, r.method, r.path, op.OperationID)
		}
		seen[op.OperationID] = r.method + " " + r.path
		for _, m := range pathParam.FindAllStringSubmatch(r.path, -1) {
			op.AddParameter(openapi3.NewPathParameter(m[1]).WithSchema(openapi3.NewStringSchema()))
		}
		for _, q := range queryParams[r.method+" "+r.path] {
			s := openapi3.NewStringSchema()
			if shared, ok := queryParamSchemas[q]; ok {
				// A copy per document: a document is the caller's to change
				// (a test breaks one on purpose), and must not change the next.
				c := *shared
				s = &c
			}
			p := openapi3.NewQueryParameter(q).WithSchema(s)
			p.Description = s.Description
			op.AddParameter(p)
		}
		if r.method == http.MethodPost {
			op.AddParameter(openapi3.NewHeaderParameter("Idempotency-Key").WithSchema(
				openapi3.NewStringSchema().WithMaxLength(MaxIdempotencyKeyLen)))
		}
		if !r.public {
			roles := make([]string, len(r.roles))
			for i, role := range r.roles {
				roles[i] = string(role)
			}
			op.Security = &openapi3.SecurityRequirements{{"bearer": []string{}}}
			op.Extensions = map[string]any{"x-roles": roles}
		}
		if r.body != nil {
			ref, err := b.requestRef(r.body)
			if err != nil {
				return nil, fmt.Errorf("%s %s body: %w", r.method, r.path, err)
			}
			mt := openapi3.NewMediaType().WithSchemaRef(ref)
			if mt.Example, err = asJSONValue(r.body); err != nil {
				return nil, fmt.Errorf("%s %s example: %w", r.method, r.path, err)
			}
			op.RequestBody = &openapi3.RequestBodyRef{Value: openapi3.NewRequestBody().WithRequired(true).
				WithContent(openapi3.Content{"application/json": mt})}
		}
		op.Responses = openapi3.NewResponses()
		op.Responses.Delete("default")
		success, err := successResponse(b, r)
		if err != nil {
			return nil, fmt.Errorf("%s %s response: %w", r.method, r.path, err)
		}
		for _, st := range successStatuses(r) {
			op.Responses.Set(strconv.Itoa(st), success)
		}
		op.Responses.Set("400", badRequest)
		if !r.public {
			op.Responses.Set("401", unauthorized)
			op.Responses.Set("403", forbidden)
		}
		if strings.Contains(r.path, ":") {
			op.Responses.Set("404", notFoundResp)
		}
		op.Responses.Set("4XX", problem)
		op.Responses.Set("5XX", problem)
		doc.AddOperation(openapiPath(r.path), r.method, op)
	}
	return doc, nil
}

// successResponse is a route's success answer: its response type's
// schema; for a write, with the transaction fields every write adds.
func successResponse(b *docBuilder, r route) (*openapi3.ResponseRef, error) {
	resp := openapi3.NewResponse().WithDescription("success")
	switch v := r.response.(type) {
	case nil:
	case textResponse:
		resp.Content = openapi3.Content{string(v): openapi3.NewMediaType().WithSchema(openapi3.NewStringSchema())}
	default:
		ref, err := b.schemaRef(v)
		if err != nil {
			return nil, err
		}
		if r.method != http.MethodGet {
			receipt, err := b.schemaRef(writeReceipt{})
			if err != nil {
				return nil, err
			}
			ref = &openapi3.SchemaRef{Value: &openapi3.Schema{AllOf: openapi3.SchemaRefs{ref, receipt}}}
		}
		resp.Content = openapi3.NewContentWithJSONSchemaRef(ref)
	}
	return &openapi3.ResponseRef{Value: resp}, nil
}

// textResponse is the response of a route that answers text, not JSON:
// its media type (GET /metrics).
type textResponse string

// asJSONValue is v as encoding/json decodes its JSON (maps, slices,
// strings, float64s): the form the document's validator checks examples in.
func asJSONValue(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out any
	return out, json.Unmarshal(b, &out)
}
