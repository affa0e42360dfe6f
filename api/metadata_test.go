package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/contracts"
)

// TestAssetMetadataAsAWalletReadsIt follows what a wallet or explorer does:
// read GPUAsset.uri(id) from the chain, replace {id} with the id as 64
// lower-case hex digits (ERC-1155), and fetch the URL. The service points
// the template at itself (as serve does with --public-url), and the answer
// is the asset's ERC-1155 metadata JSON with the record as stored on chain.
func TestAssetMetadataAsAWalletReadsIt(t *testing.T) {
	e := newAPIEnv(t)
	ctx := context.Background()
	template, err := MetadataURITemplate(e.base + "/")
	if err != nil {
		t.Fatal(err)
	}
	if template != e.base+"/v1/assets/{id}/metadata" {
		t.Fatalf("template %q", template)
	}
	if _, err := e.svc.EnsureAssetURITemplate(ctx, template); err != nil {
		t.Fatal(err)
	}
	opKey, opAddr := e.account("operator", "acme")
	e.must(201, "POST", "/v1/assets", opKey, h100)

	uri, err := e.svc.Assets.URITemplate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	url := strings.ReplaceAll(uri, "{id}", fmt.Sprintf("%064x", 1))
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("GET %s: %d %s %s", url, resp.StatusCode, resp.Header.Get("Content-Type"), raw)
	}
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "*" {
		t.Errorf("Access-Control-Allow-Origin %q: browser wallets could not read it", got)
	}

	var m struct {
		Name        string         `json:"name"`
		Description string         `json:"description"`
		Decimals    *int           `json:"decimals"`
		ExternalURL string         `json:"external_url"`
		Properties  map[string]any `json:"properties"`
		Attributes  []struct {
			TraitType   string `json:"trait_type"`
			Value       any    `json:"value"`
			DisplayType string `json:"display_type"`
		} `json:"attributes"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	if m.Name != "H100-SXM5-80GB × 8, US-TX-1 (asset 1)" || m.Decimals == nil || *m.Decimals != 0 ||
		!strings.Contains(m.Description, "8 × H100-SXM5-80GB") || !strings.Contains(m.Description, opAddr) ||
		m.ExternalURL != e.base+"/v1/assets/1" {
		t.Errorf("metadata %s", raw)
	}
	want := map[string]any{
		"asset_id": "1", "gpu_model": "H100-SXM5-80GB", "gpu_count": 8.0, "rated_power_w": 10200.0,
		"location": "US-TX-1", "commissioned_at": "2026-01-15T00:00:00Z", "book_value": "280000.00",
		"useful_life_months": 48.0, "shares": "1000000", "operator": opAddr,
		"contract": e.svc.Assets.Address().Hex(), "chain_id": "1337",
		"stablecoin": e.svc.Manifest.Address(contracts.StablecoinName).Hex(),
	}
	for k, v := range want {
		if m.Properties[k] != v {
			t.Errorf("properties.%s = %v (%T), want %v", k, m.Properties[k], m.Properties[k], v)
		}
	}
	if _, ok := m.Properties["metadata_hash"]; ok {
		t.Errorf("a zero metadata hash is shown: %v", m.Properties["metadata_hash"])
	}
	traits := map[string]any{}
	for _, a := range m.Attributes {
		traits[a.TraitType] = a.Value
	}
	commissioned := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC).Unix()
	for k, v := range map[string]any{"GPU model": "H100-SXM5-80GB", "GPU count": 8.0, "Location": "US-TX-1",
		"Commissioned": float64(commissioned), "Book value": "280000.00", "Useful life (months)": 48.0} {
		if traits[k] != v {
			t.Errorf("attribute %q = %v, want %v", k, traits[k], v)
		}
	}

	// The decimal id and upper-case hex answer the same document.
	for _, path := range []string{"/v1/assets/1/metadata", fmt.Sprintf("/v1/assets/%064X/metadata", 1)} {
		if r := e.do("GET", path, "", nil); r.status != 200 || string(r.body) != string(raw) {
			t.Errorf("GET %s: %d %s", path, r.status, r.body)
		}
	}
	e.problem(404, ProblemNotFound, "GET", fmt.Sprintf("/v1/assets/%064x/metadata", 9), "", nil)
	for _, bad := range []string{"0", strings.Repeat("0", 64), strings.Repeat("g", 64), strings.Repeat("f", 64),
		strings.Repeat("1", 63), strings.Repeat("1", 65), "-1", "0x1"} {
		e.problem(400, ProblemValidation, "GET", "/v1/assets/"+bad+"/metadata", "", nil)
	}
	e.problem(400, ProblemValidation, "GET", "/v1/assets/1/metadata?pretty=1", "", nil)
}

func TestMetadataURITemplate(t *testing.T) {
	for in, want := range map[string]string{
		"http://127.0.0.1:8080":          "http://127.0.0.1:8080/v1/assets/{id}/metadata",
		"https://gpu.example/":           "https://gpu.example/v1/assets/{id}/metadata",
		"https://gpu.example/ledger/api": "https://gpu.example/ledger/api/v1/assets/{id}/metadata",
	} {
		if got, err := MetadataURITemplate(in); err != nil || got != want {
			t.Errorf("MetadataURITemplate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "127.0.0.1:8080", "ftp://x.example", "http://", "https://x.example/?a=1",
		"https://x.example/#top", "https://x.example/" + strings.Repeat("p", 300)} {
		if got, err := MetadataURITemplate(bad); err == nil {
			t.Errorf("MetadataURITemplate(%q) = %q, want an error", bad, got)
		}
	}
}
