// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package availabilitystandin

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

// AvailabilityStandInMetaData contains all meta data concerning the AvailabilityStandIn contract.
var AvailabilityStandInMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epochLength_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochGenesis_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"}],\"name\":\"AvailabilitySet\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"availabilityOf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochGenesis\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"}],\"name\":\"set\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AvailabilityStandIn",
	Bin: "0x60c034607357601f61030838819003918201601f19168301916001600160401b038311848410176077578084926040948552833981010312607357604b6020604583608b565b9201608b565b9060805260a052604051610269908161009f823960805181610182015260a051816101c40152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b038216820360735756fe6080806040526004361015610012575f80fd5b5f3560e01c90816304079f81146101a65750806357d775f8146101625780637218bbcd146100b657639e4e2ac114610048575f80fd5b346100b25760403660031901126100b2576100616101e8565b6004355f525f60205267ffffffffffffffff60405f2091165f526020526040805f20602061008d6101ff565b91549161ffff60ff841615159384835260081c16918291015282519182526020820152f35b5f80fd5b346100b25760603660031901126100b2576004356100d26101e8565b906044359161ffff83168093036100b257602067ffffffffffffffff7fe79f366768004d8a56f866d14722b8f6d51acd025e7131aa89fc692adc74e5e3926101186101ff565b60018152838101878152865f525f855260405f208484165f52855260405f20915115159060ff62ffff008454925160081b1692169062ffffff1916171790556040519586521693a3005b346100b2575f3660031901126100b257602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100b2575f3660031901126100b25760209067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b6024359067ffffffffffffffff821682036100b257565b604051906040820182811067ffffffffffffffff82111761021f57604052565b634e487b7160e01b5f52604160045260245ffdfea26469706673582212208f38b43740006fd5daa4b137bb32ed0a376917c7402d051752c37453e069ff7a64736f6c63430008250033",
}

// AvailabilityStandIn is an auto generated Go binding around an Ethereum contract.
type AvailabilityStandIn struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AvailabilityStandIn) GetABI() abi.ABI {
	return c.abi
}

// NewAvailabilityStandIn creates a new instance of AvailabilityStandIn.
func NewAvailabilityStandIn() *AvailabilityStandIn {
	parsed, err := AvailabilityStandInMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AvailabilityStandIn{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AvailabilityStandIn) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 epochLength_, uint64 epochGenesis_) returns()
func (availabilityStandIn *AvailabilityStandIn) PackConstructor(epochLength_ uint64, epochGenesis_ uint64) []byte {
	enc, err := availabilityStandIn.abi.Pack("", epochLength_, epochGenesis_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAvailabilityOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e4e2ac1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function availabilityOf(uint256 assetId, uint64 epoch) view returns(bool, uint16)
func (availabilityStandIn *AvailabilityStandIn) PackAvailabilityOf(assetId *big.Int, epoch uint64) []byte {
	enc, err := availabilityStandIn.abi.Pack("availabilityOf", assetId, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAvailabilityOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e4e2ac1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function availabilityOf(uint256 assetId, uint64 epoch) view returns(bool, uint16)
func (availabilityStandIn *AvailabilityStandIn) TryPackAvailabilityOf(assetId *big.Int, epoch uint64) ([]byte, error) {
	return availabilityStandIn.abi.Pack("availabilityOf", assetId, epoch)
}

// AvailabilityOfOutput serves as a container for the return parameters of contract
// method AvailabilityOf.
type AvailabilityOfOutput struct {
	Arg0 bool
	Arg1 uint16
}

// UnpackAvailabilityOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e4e2ac1.
//
// Solidity: function availabilityOf(uint256 assetId, uint64 epoch) view returns(bool, uint16)
func (availabilityStandIn *AvailabilityStandIn) UnpackAvailabilityOf(data []byte) (AvailabilityOfOutput, error) {
	out, err := availabilityStandIn.abi.Unpack("availabilityOf", data)
	outstruct := new(AvailabilityOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackEpochGenesis is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04079f81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochGenesis() view returns(uint64)
func (availabilityStandIn *AvailabilityStandIn) PackEpochGenesis() []byte {
	enc, err := availabilityStandIn.abi.Pack("epochGenesis")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochGenesis is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04079f81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochGenesis() view returns(uint64)
func (availabilityStandIn *AvailabilityStandIn) TryPackEpochGenesis() ([]byte, error) {
	return availabilityStandIn.abi.Pack("epochGenesis")
}

// UnpackEpochGenesis is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04079f81.
//
// Solidity: function epochGenesis() view returns(uint64)
func (availabilityStandIn *AvailabilityStandIn) UnpackEpochGenesis(data []byte) (uint64, error) {
	out, err := availabilityStandIn.abi.Unpack("epochGenesis", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochLength() view returns(uint64)
func (availabilityStandIn *AvailabilityStandIn) PackEpochLength() []byte {
	enc, err := availabilityStandIn.abi.Pack("epochLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochLength() view returns(uint64)
func (availabilityStandIn *AvailabilityStandIn) TryPackEpochLength() ([]byte, error) {
	return availabilityStandIn.abi.Pack("epochLength")
}

// UnpackEpochLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (availabilityStandIn *AvailabilityStandIn) UnpackEpochLength(data []byte) (uint64, error) {
	out, err := availabilityStandIn.abi.Unpack("epochLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7218bbcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function set(uint256 assetId, uint64 epoch, uint16 availabilityBps) returns()
func (availabilityStandIn *AvailabilityStandIn) PackSet(assetId *big.Int, epoch uint64, availabilityBps uint16) []byte {
	enc, err := availabilityStandIn.abi.Pack("set", assetId, epoch, availabilityBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7218bbcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function set(uint256 assetId, uint64 epoch, uint16 availabilityBps) returns()
func (availabilityStandIn *AvailabilityStandIn) TryPackSet(assetId *big.Int, epoch uint64, availabilityBps uint16) ([]byte, error) {
	return availabilityStandIn.abi.Pack("set", assetId, epoch, availabilityBps)
}

// AvailabilityStandInAvailabilitySet represents a AvailabilitySet event raised by the AvailabilityStandIn contract.
type AvailabilityStandInAvailabilitySet struct {
	AssetId         *big.Int
	Epoch           uint64
	AvailabilityBps uint16
	Raw             *types.Log // Blockchain specific contextual infos
}

const AvailabilityStandInAvailabilitySetEventName = "AvailabilitySet"

// ContractEventName returns the user-defined event name.
func (AvailabilityStandInAvailabilitySet) ContractEventName() string {
	return AvailabilityStandInAvailabilitySetEventName
}

// UnpackAvailabilitySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AvailabilitySet(uint256 indexed assetId, uint64 indexed epoch, uint16 availabilityBps)
func (availabilityStandIn *AvailabilityStandIn) UnpackAvailabilitySetEvent(log *types.Log) (*AvailabilityStandInAvailabilitySet, error) {
	event := "AvailabilitySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != availabilityStandIn.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AvailabilityStandInAvailabilitySet)
	if len(log.Data) > 0 {
		if err := availabilityStandIn.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range availabilityStandIn.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
