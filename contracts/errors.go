package contracts

import (
	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/gpuledger/gpuledger/contracts/bindings"
)

// ABIs returns the ABI of every contract in the set, for decoding custom
// errors and events (the chain package's ErrorDecoder takes them).
func ABIs() []*abi.ABI {
	all := []abi.ABI{
		bindings.NewGPUAsset().GetABI(),
	}
	out := make([]*abi.ABI, len(all))
	for i := range all {
		out[i] = &all[i]
	}
	return out
}
