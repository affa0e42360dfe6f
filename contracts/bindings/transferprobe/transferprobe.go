// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package transferprobe

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// TransferProbeMetaData contains all meta data concerning the TransferProbe contract.
var TransferProbeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"probe\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TransferProbe",
	Bin: "0x60808060405234601557610352908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c63dd8e5ec914610025575f80fd5b34610193576060366003190112610193576004356001600160a01b03811690819003610193576024356001600160a01b0381169190829003610193576370a0823160e01b8352306004840152602083602481845afa92831561019f575f93610291575b506040516370a0823160e01b81526004810183905292602084602481855afa93841561019f575f9461025d575b5060405163a9059cbb60e01b815283600482015260443560248201526020816044815f875af190811561019f575f91610222575b50156101dd576040516370a0823160e01b8152306004820152602081602481865afa90811561019f575f916101aa575b50610126906020926102fb565b926024604051809481936370a0823160e01b835260048301525afa90811561019f575f91610168575b5060409261015c916102fb565b82519182526020820152f35b90506020813d602011610197575b81610183602093836102c5565b810103126101935751604061014f565b5f80fd5b3d9150610176565b6040513d5f823e3d90fd5b90506020813d6020116101d5575b816101c5602093836102c5565b8101031261019357516020610119565b3d91506101b8565b60405162461bcd60e51b815260206004820152601760248201527f7472616e736665722072657475726e65642066616c73650000000000000000006044820152606490fd5b90506020813d602011610255575b8161023d602093836102c5565b8101031261019357518015158103610193575f6100e9565b3d9150610230565b9093506020813d602011610289575b81610279602093836102c5565b810103126101935751925f6100b5565b3d915061026c565b9092506020813d6020116102bd575b816102ad602093836102c5565b810103126101935751915f610088565b3d91506102a0565b90601f8019910116810190811067ffffffffffffffff8211176102e757604052565b634e487b7160e01b5f52604160045260245ffd5b9190820391821161030857565b634e487b7160e01b5f52601160045260245ffdfea264697066735822122000b952fed807303793620a2e01209ca8491e18b3221ef2c4a40ada4a6d873db564736f6c63430008250033",
}

// TransferProbe is an auto generated Go binding around an Ethereum contract.
type TransferProbe struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TransferProbe) GetABI() abi.ABI {
	return c.abi
}

// NewTransferProbe creates a new instance of TransferProbe.
func NewTransferProbe() *TransferProbe {
	parsed, err := TransferProbeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TransferProbe{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TransferProbe) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackProbe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd8e5ec9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function probe(address token, address to, uint256 amount) returns(uint256 sent, uint256 received)
func (transferProbe *TransferProbe) PackProbe(token common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := transferProbe.abi.Pack("probe", token, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProbe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd8e5ec9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function probe(address token, address to, uint256 amount) returns(uint256 sent, uint256 received)
func (transferProbe *TransferProbe) TryPackProbe(token common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return transferProbe.abi.Pack("probe", token, to, amount)
}

// ProbeOutput serves as a container for the return parameters of contract
// method Probe.
type ProbeOutput struct {
	Sent     *big.Int
	Received *big.Int
}

// UnpackProbe is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd8e5ec9.
//
// Solidity: function probe(address token, address to, uint256 amount) returns(uint256 sent, uint256 received)
func (transferProbe *TransferProbe) UnpackProbe(data []byte) (ProbeOutput, error) {
	out, err := transferProbe.abi.Unpack("probe", data)
	outstruct := new(ProbeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Sent = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Received = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}
