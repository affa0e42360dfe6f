package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
		return validation(clip(describeJSONError(err), maxDetail))
	}
	if dec.More() {
		return validation("the body holds more than one JSON value")
	}
	return nil
}

const bodyKey = "body"

func describeJSONError(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return "the body is empty; a JSON object is required"
	case errors.As(err, &syn):
		return fmt.Sprintf("malformed JSON at byte %d: %s", syn.Offset, syn.Error())
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
