package api

import (
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// metadataPath is the route of an asset's ERC-1155 metadata, where the
// GPUAsset's uri(id) points wallets and explorers.
const metadataPath = "/v1/assets/{id}/metadata"

// MetadataURITemplate returns the GPUAsset metadata URI template for an API
// reachable at publicURL ("https://api.example" or with a path prefix,
// "https://example.com/gpuledger"): publicURL + "/v1/assets/{id}/metadata",
// where ERC-1155 clients replace {id} with the id as 64 lower-case hex
// digits, which the route takes as well as the decimal id. publicURL must be
// an http(s) URL with a host and no query or fragment.
func MetadataURITemplate(publicURL string) (string, error) {
	u, err := url.Parse(publicURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("public URL %q: want http(s)://HOST[:PORT][/PREFIX], no query or fragment", publicURL)
	}
	t := strings.TrimRight(u.String(), "/") + metadataPath
	if err := contracts.CheckURITemplate(t); err != nil {
		return "", fmt.Errorf("public URL %q: %w", publicURL, err)
	}
	return t, nil
}

// assetMetadata is an asset's ERC-1155 metadata (EIP-1155 "Metadata URI
// JSON Schema": name, description, decimals, properties), with the
// attributes list and external_url that marketplaces and explorers show.
type assetMetadata struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	// Decimals is 0: shares are whole units.
	Decimals    int                 `json:"decimals"`
	ExternalURL string              `json:"external_url,omitempty"`
	Properties  metadataProperties  `json:"properties"`
	Attributes  []metadataAttribute `json:"attributes"`
}

// metadataProperties is the asset's record as stored on chain, in the API's
// units: ids and money as decimal strings, counts as integers, times RFC 3339.
type metadataProperties struct {
	AssetID          string           `json:"asset_id"`
	GPUModel         string           `json:"gpu_model"`
	GPUCount         uint32           `json:"gpu_count"`
	RatedPowerW      uint32           `json:"rated_power_w"`
	Location         string           `json:"location"`
	CommissionedAt   time.Time        `json:"commissioned_at"`
	BookValue        money.Amount     `json:"book_value"`
	UsefulLifeMonths uint16           `json:"useful_life_months"`
	Shares           contracts.Shares `json:"shares"`
	Operator         string           `json:"operator"`
	MetadataHash     string           `json:"metadata_hash,omitempty"`
	// Where the record lives: the GPUAsset contract, its chain, and the
	// stablecoin book_value and revenue are counted in.
	Contract   string `json:"contract"`
	ChainID    string `json:"chain_id"`
	Stablecoin string `json:"stablecoin"`
}

// metadataAttribute is one trait as OpenSea-style marketplaces list them.
type metadataAttribute struct {
	TraitType   string `json:"trait_type"`
	Value       any    `json:"value"`
	DisplayType string `json:"display_type,omitempty"`
}

// getAssetMetadata answers the ERC-1155 metadata JSON of one asset, read
// from the chain like GET /v1/assets/{id}. The id is the decimal id or the
// 64 hex digits a wallet puts in place of {id}. It is public, and readable
// from any web origin, since browser wallets fetch it from their own pages.
func (s *Server) getAssetMetadata(c echo.Context) error {
	assetID, err := metadataID(c.Param("id"))
	if err != nil {
		return err
	}
	a, err := s.asset(c, assetID)
	if err != nil {
		return err
	}
	m := assetMetadataOf(a, s.svc.Assets.Address().Hex(), s.svc.Manifest.ChainID,
		s.svc.Manifest.Address(contracts.StablecoinName).Hex())
	req := c.Request()
	m.ExternalURL = (&url.URL{Scheme: c.Scheme(), Host: req.Host, Path: "/v1/assets/" + id(assetID)}).String()
	h := c.Response().Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Cache-Control", "public, max-age=60")
	return c.JSON(http.StatusOK, m)
}

// assetMetadataOf builds the metadata of asset a of the GPUAsset at
// contract on chainID, counted in stablecoin.
func assetMetadataOf(a contracts.Asset, contract, chainID, stablecoin string) assetMetadata {
	commissioned := a.CommissionedAt.UTC()
	m := assetMetadata{
		Name: fmt.Sprintf("%s × %d, %s (asset %d)", a.GPUModel, a.GPUCount, a.Location, a.ID),
		Description: fmt.Sprintf("Shares of gpuledger asset %d: %d × %s GPUs (%d W rated) at site %s, "+
			"commissioned %s and operated by %s. Book value %s at commissioning, depreciated straight-line "+
			"over %d months. %s shares; holders receive the asset's rental revenue pro rata, claimable on chain.",
			a.ID, a.GPUCount, a.GPUModel, a.RatedPowerW, a.Location, commissioned.Format(time.DateOnly),
			a.Operator.Hex(), a.BookValue, a.UsefulLifeMonths, a.Shares),
		Properties: metadataProperties{
			AssetID: id(a.ID), GPUModel: a.GPUModel, GPUCount: a.GPUCount, RatedPowerW: a.RatedPowerW,
			Location: a.Location, CommissionedAt: commissioned, BookValue: a.BookValue,
			UsefulLifeMonths: a.UsefulLifeMonths, Shares: a.Shares, Operator: a.Operator.Hex(),
			Contract: contract, ChainID: chainID, Stablecoin: stablecoin,
		},
		Attributes: []metadataAttribute{
			{TraitType: "GPU model", Value: a.GPUModel},
			{TraitType: "GPU count", Value: a.GPUCount, DisplayType: "number"},
			{TraitType: "Location", Value: a.Location},
			{TraitType: "Commissioned", Value: commissioned.Unix(), DisplayType: "date"},
			{TraitType: "Book value", Value: a.BookValue.String()},
			{TraitType: "Useful life (months)", Value: a.UsefulLifeMonths, DisplayType: "number"},
			{TraitType: "Rated power (W)", Value: a.RatedPowerW, DisplayType: "number"},
		},
	}
	if a.MetadataHash != ([32]byte{}) {
		m.Properties.MetadataHash = a.MetadataHash.Hex()
	}
	return m
}

// metadataID reads the id of a metadata request: the API's decimal id
// ("1"), or the 64 hex digits that ERC-1155 clients substitute for {id}
// (lower case by the standard; upper case is taken too).
func metadataID(raw string) (uint64, error) {
	if len(raw) == 64 {
		n, ok := new(big.Int), strings.IndexFunc(raw, notHexDigit) < 0
		if ok {
			n.SetString(raw, 16)
		}
		if !ok || !n.IsUint64() || n.Sign() == 0 {
			return 0, validation(fmt.Sprintf("id %q is neither a positive decimal id nor a token id of 64 hex digits", clip(raw, MaxIDLen)))
		}
		return n.Uint64(), nil
	}
	v, err := strconv.ParseUint(raw, 10, 64)
	if err != nil || v == 0 {
		return 0, validation(fmt.Sprintf("id %q is neither a positive decimal id nor a token id of 64 hex digits", clip(raw, MaxIDLen)))
	}
	return v, nil
}

func notHexDigit(r rune) bool {
	return !('0' <= r && r <= '9' || 'a' <= r && r <= 'f' || 'A' <= r && r <= 'F')
}
