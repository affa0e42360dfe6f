package contracts

import (
	"errors"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/gpuledger/gpuledger/contracts/bindings/capacitybackstop"
	"github.com/gpuledger/gpuledger/contracts/bindings/creditvault"
	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/contracts/bindings/lendingpool"
	"github.com/gpuledger/gpuledger/contracts/bindings/sharemarket"
	"github.com/gpuledger/gpuledger/contracts/bindings/telemetryoracle"
	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
)

// ErrInvalidInput is wrapped by every validation error of a client method:
// the input was refused before anything was sent.
var ErrInvalidInput = errors.New("invalid input")

// ErrFeesOver100Percent is returned (wrapped, with ErrInvalidInput or
// ErrInvalidAsset) when an asset's operator fee and reserve rates, with the
// highest platform fee the admin may set, would exceed 100% of revenue: the
// contract would refuse them with FeesExceed100Percent.
var ErrFeesOver100Percent = errors.New("fees exceed 100% of revenue")

// ABIs returns the ABI of every contract in the set by contract name, for
// decoding custom errors and events (chain.ErrorDecoder.Register takes them).
func ABIs() map[string]*abi.ABI {
	all := map[string]abi.ABI{
		StablecoinName:       teststablecoin.NewTestStablecoin().GetABI(),
		GPUAssetName:         gpuasset.NewGPUAsset().GetABI(),
		LeaseMarketName:      leasemarket.NewLeaseMarket().GetABI(),
		TelemetryOracleName:  telemetryoracle.NewTelemetryOracle().GetABI(),
		LendingPoolName:      lendingpool.NewLendingPool().GetABI(),
		CreditVaultName:      creditvault.NewCreditVault().GetABI(),
		ShareMarketName:      sharemarket.NewShareMarket().GetABI(),
		CapacityBackstopName: capacitybackstop.NewCapacityBackstop().GetABI(),
	}
	out := make(map[string]*abi.ABI, len(all))
	for name, a := range all {
		out[name] = &a
	}
	return out
}
