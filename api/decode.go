package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/labstack/echo/v4"
)

// maxBody is the largest request body accepted (also enforced by middleware).
const maxBody = 1 << 20

// decodeBody reads a JSON object into v strictly: strings, keys and numbers
// past their limits (input.go), unknown fields, wrong types, trailing data
// and malformed values are refused with a detail that names the problem
// and never quotes more than a few dozen bytes of the input.
func decodeBody(c echo.Context, v any) error {
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, maxBody+1))
	if err != nil {
		return validation("cannot read the request body: " + err.Error())
	}
	if len(body) > maxBody {
		return newProblem(413, ProblemValidation, "Request body too large", fmt.Sprintf("the body exceeds %d bytes", maxBody))
	}
	c.Set(bodyKey, body)
	if err := checkBodyLimits(body); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return validation(clip(describeJSONError(body, err), maxDetail))
	}
	if dec.More() {
		return validation("the body holds more than one JSON value")
	}
	return checkRequired(body, v)
}

// checkRequired refuses a body that lacks a field tagged required:"true"
// in v's struct (or a struct it embeds), naming the first one missing: "a
// zero" and "not given" are different mistakes, and deserve different
// answers.
func checkRequired(body []byte, v any) error {
	t := reflect.TypeOf(v)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	var present map[string]json.RawMessage
	if err := json.Unmarshal(body, &present); err != nil {
		return nil // not an object: decoding already said so
	}
	for _, name := range requiredFields(t) {
		if raw, ok := present[name]; !ok || string(raw) == "null" {
			return validation(name + " is required")
		}
	}
	return nil
}

// requiredFields lists the JSON names of t's fields tagged required, in
// declaration order, looking into embedded structs.
func requiredFields(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			out = append(out, requiredFields(f.Type)...)
			continue
		}
		if f.Tag.Get("required") != "true" {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" {
			name = f.Name
		}
		out = append(out, name)
	}
	return out
}

const bodyKey = "body"

// lineCol turns a byte offset of body into a 1-based line and column.
func lineCol(body []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(body)))
	before := body[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(offset) - (bytes.LastIndexByte(before, '\n') + 1)
	return line, max(col, 1)
}

func describeJSONError(body []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return "the body is empty; a JSON object is required"
	case errors.As(err, &syn):
		line, col := lineCol(body, syn.Offset)
		return fmt.Sprintf("malformed JSON at line %d, column %d (byte %d): %s", line, col, syn.Offset, syn.Error())
	case errors.As(err, &typ):
		if typ.Field != "" {
			return fmt.Sprintf("field %q must be %s, not a JSON %s", typ.Field, jsonKind(typ.Type.String()), typ.Value)
		}
		return fmt.Sprintf("the body must be a JSON object, not %s", typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return strings.TrimPrefix(err.Error(), "json: ")
	}
	return err.Error()
}

func jsonKind(goType string) string {
	switch {
	case strings.HasPrefix(goType, "uint"), strings.HasPrefix(goType, "int"):
		return "a whole number"
	case goType == "string":
		return "a string"
	case goType == "bool":
		return "true or false"
	}
	return "a " + goType
}
