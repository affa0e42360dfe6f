package api

import (
	"net/http"
	"regexp"
	"strings"

	"github.com/labstack/echo/v4"
)

var pathParam = regexp.MustCompile(`:([a-z_]+)`)

// openapiPath turns echo's /v1/assets/:id into OpenAPI's /v1/assets/{id}.
func openapiPath(p string) string { return pathParam.ReplaceAllString(p, "{$1}") }

// openapi answers an OpenAPI 3.1 document generated from the route table,
// so it lists exactly what the server routes.
func (s *Server) openapi(c echo.Context) error {
	paths := map[string]map[string]any{}
	problem := map[string]any{"description": "problem", "content": map[string]any{
		"application/problem+json": map[string]any{"schema": map[string]any{"$ref": "#/components/schemas/Problem"}}}}
	for _, r := range s.routes() {
		p := openapiPath(r.path)
		if paths[p] == nil {
			paths[p] = map[string]any{}
		}
		op := map[string]any{
			"summary":   r.summary,
			"responses": map[string]any{"2XX": map[string]any{"description": "success"}, "4XX": problem, "5XX": problem},
		}
		var params []any
		for _, m := range pathParam.FindAllStringSubmatch(r.path, -1) {
			params = append(params, map[string]any{"name": m[1], "in": "path", "required": true, "schema": map[string]any{"type": "string"}})
		}
		for _, q := range queryParams[r.method+" "+r.path] {
			params = append(params, map[string]any{"name": q, "in": "query", "required": false, "schema": map[string]any{"type": "string"}})
		}
		if r.method == http.MethodPost {
			params = append(params, map[string]any{"name": "Idempotency-Key", "in": "header", "required": false,
				"schema": map[string]any{"type": "string", "maxLength": MaxIdempotencyKeyLen}})
		}
		if params != nil {
			op["parameters"] = params
		}
		if !r.public {
			roles := make([]string, len(r.roles))
			for i, role := range r.roles {
				roles[i] = string(role)
			}
			op["security"] = []any{map[string]any{"bearer": []string{}}}
			op["x-roles"] = roles
		}
		if r.body != nil {
			op["requestBody"] = map[string]any{"required": true, "content": map[string]any{
				"application/json": map[string]any{"example": r.body}}}
		}
		paths[p][strings.ToLower(r.method)] = op
	}
	return c.JSON(http.StatusOK, map[string]any{
		"openapi": "3.1.0",
		"info":    map[string]any{"title": "gpuledger", "version": "1"},
		"paths":   paths,
		// The longest value of each string (bytes), from input.go.
		"x-input-limits": map[string]any{"body": BodyFieldLimits, "query": QueryLimits, "other_strings": MaxStringLen,
			"field_names": MaxFieldNameLen, "numbers": MaxNumberLen, "path": MaxPathLen, "idempotency_key": MaxIdempotencyKeyLen},
		"components": map[string]any{
			"securitySchemes": map[string]any{"bearer": map[string]any{"type": "http", "scheme": "bearer"}},
			"schemas": map[string]any{"Problem": map[string]any{"type": "object", "properties": map[string]any{
				"type": map[string]any{"type": "string"}, "title": map[string]any{"type": "string"},
				"status": map[string]any{"type": "integer"}, "detail": map[string]any{"type": "string"}}}},
		},
	})
}
