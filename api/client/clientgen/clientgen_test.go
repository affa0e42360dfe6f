// Package clientgen regenerates api/client from the API's OpenAPI
// document (make client) and checks the committed client is what it
// generates. It sits apart from the client's own tests so that a client
// they no longer compile against can still be regenerated.
package clientgen

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/oapi-codegen/oapi-codegen/v2/pkg/codegen"

	"github.com/gpuledger/gpuledger/api"
)

var update = flag.Bool("update", false, "rewrite api/client/openapi.json and client.gen.go (make client)")

// The committed files, from this package's directory.
const (
	specFile = "../openapi.json"
	codeFile = "../client.gen.go"
)

// generatorVersion labels the generated code; it is the oapi-codegen
// version go.mod pins.
const generatorVersion = "v2.8.2"

// generate answers the document as committed (indented JSON) and the
// client oapi-codegen generates from it.
func generate(t *testing.T) (spec, code []byte) {
	t.Helper()
	doc, err := api.Document()
	if err != nil {
		t.Fatal(err)
	}
	spec, err = json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	spec = append(spec, '\n')
	// Generate from the document as a client would load it.
	loaded, err := openapi3.NewLoader().LoadFromData(spec)
	if err != nil {
		t.Fatal(err)
	}
	version := generatorVersion
	src, err := codegen.Generate(loaded, codegen.Configuration{
		PackageName:          "client",
		Generate:             codegen.GenerateOptions{Client: true, Models: true},
		NoVCSVersionOverride: &version,
	})
	if err != nil {
		t.Fatalf("oapi-codegen: %v", err)
	}
	return spec, []byte(src)
}

// TestClientUpToDate regenerates the document and the client and fails
// when the committed ones differ: the API changed without `make client`.
func TestClientUpToDate(t *testing.T) {
	spec, code := generate(t)
	if *update {
		if err := os.WriteFile(specFile, spec, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(codeFile, code, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for name, want := range map[string][]byte{specFile: spec, codeFile: code} {
		have, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("%v: run `make client`", err)
		}
		if !bytes.Equal(have, want) {
			t.Errorf("api/client/%s differs from what the API generates: run `make client` and commit", name[3:])
		}
	}
}
