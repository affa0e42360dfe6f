package api

import "github.com/gpuledger/gpuledger/contracts"

// assetJSON is an asset as clients see it: ids as decimal strings.
type assetJSON struct {
	ID       string `json:"id"`
	Operator string `json:"operator"`
	contracts.AssetSpec
}
