package contracts

import (
	"errors"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
)

// ErrInvalidInput is wrapped by every validation error of a client method:
// the input was refused before anything was sent.
var ErrInvalidInput = errors.New("invalid input")

// ABIs returns the ABI of every contract in the set by contract name, for
// decoding custom errors and events (chain.ErrorDecoder.Register takes them).
func ABIs() map[string]*abi.ABI {
	all := map[string]abi.ABI{
		StablecoinName:  teststablecoin.NewTestStablecoin().GetABI(),
		GPUAssetName:    gpuasset.NewGPUAsset().GetABI(),
		LeaseMarketName: leasemarket.NewLeaseMarket().GetABI(),
	}
	out := make(map[string]*abi.ABI, len(all))
	for name, a := range all {
		out[name] = &a
	}
	return out
}
