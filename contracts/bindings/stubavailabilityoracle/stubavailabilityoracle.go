// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package stubavailabilityoracle

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

// StubAvailabilityOracleMetaData contains all meta data concerning the StubAvailabilityOracle contract.
var StubAvailabilityOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"OracleBroken\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"}],\"name\":\"AvailabilitySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"broken\",\"type\":\"bool\"}],\"name\":\"BrokenSet\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"availabilityOf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"reported\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochClock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"genesis\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochGenesis\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"setAvailability\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"broken\",\"type\":\"bool\"}],\"name\":\"setBroken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "StubAvailabilityOracle",
	Bin: "0x60a034607357601f61037438819003918201601f19168301916001600160401b03831184841017607757808492602094604052833981010312607357516001600160a01b03811681036073576080526040516102e8908161008c8239608051818181608c015281816101b9015261020d0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816304079f81146102995750806357d775f81461027d5780636ed156f2146101e85780638da5cb5b146101a45780639cf9a327146101825780639e4e2ac1146101165763b37068c414610069575f80fd5b3461011257604036600319011261011257600435602435801515809103610112577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036100ff5760207f84cc1c2abc87426f19be7d6696140ce93c53b209cce32969a157379c823dfde291835f526001825260405f2060ff1981541660ff8316179055604051908152a2005b63245aecd360e01b5f523360045260245ffd5b5f80fd5b346101125760403660031901126101125760043560243567ffffffffffffffff81160361011257805f52600160205260ff60405f205416610170575f525f602052604061ffff815f20541681519080151582526020820152f35b63f405bc7160e01b5f5260045260245ffd5b34610112575f366003190112610112576040805160018152610e106020820152f35b34610112575f366003190112610112576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101125760403660031901126101125760043560243561ffff8116809103610112577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036100ff5760207fe142a156fe98af3eaac6e06d22665430bb3d272f164faab27e2d8ed6e9c9a50c91835f525f825260405f208161ffff19825416179055604051908152a2005b34610112575f366003190112610112576020604051610e108152f35b34610112575f3660031901126101125780600160209252f3fea264697066735822122006296d3acdd6ea10a057969c059bd5e17d8e14d20371d22ea8736e999b0e0c0b64736f6c63430008250033",
}

// StubAvailabilityOracle is an auto generated Go binding around an Ethereum contract.
type StubAvailabilityOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StubAvailabilityOracle) GetABI() abi.ABI {
	return c.abi
}

// NewStubAvailabilityOracle creates a new instance of StubAvailabilityOracle.
func NewStubAvailabilityOracle() *StubAvailabilityOracle {
	parsed, err := StubAvailabilityOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StubAvailabilityOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StubAvailabilityOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (stubAvailabilityOracle *StubAvailabilityOracle) PackConstructor(owner_ common.Address) []byte {
	enc, err := stubAvailabilityOracle.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAvailabilityOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e4e2ac1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function availabilityOf(uint256 assetId, uint64 ) view returns(bool reported, uint16 availabilityBps)
func (stubAvailabilityOracle *StubAvailabilityOracle) PackAvailabilityOf(assetId *big.Int, arg1 uint64) []byte {
	enc, err := stubAvailabilityOracle.abi.Pack("availabilityOf", assetId, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAvailabilityOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e4e2ac1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function availabilityOf(uint256 assetId, uint64 ) view returns(bool reported, uint16 availabilityBps)
func (stubAvailabilityOracle *StubAvailabilityOracle) TryPackAvailabilityOf(assetId *big.Int, arg1 uint64) ([]byte, error) {
	return stubAvailabilityOracle.abi.Pack("availabilityOf", assetId, arg1)
}

// AvailabilityOfOutput serves as a container for the return parameters of contract
// method AvailabilityOf.
type AvailabilityOfOutput struct {
	Reported        bool
	AvailabilityBps uint16
}

// UnpackAvailabilityOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e4e2ac1.
//
// Solidity: function availabilityOf(uint256 assetId, uint64 ) view returns(bool reported, uint16 availabilityBps)
func (stubAvailabilityOracle *StubAvailabilityOracle) UnpackAvailabilityOf(data []byte) (AvailabilityOfOutput, error) {
	out, err := stubAvailabilityOracle.abi.Unpack("availabilityOf", data)
	outstruct := new(AvailabilityOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Reported = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.AvailabilityBps = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackEpochClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cf9a327.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochClock() pure returns(uint64 genesis, uint64 length)
func (stubAvailabilityOracle *StubAvailabilityOracle) PackEpochClock() []byte {
	enc, err := stubAvailabilityOracle.abi.Pack("epochClock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cf9a327.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochClock() pure returns(uint64 genesis, uint64 length)
func (stubAvailabilityOracle *StubAvailabilityOracle) TryPackEpochClock() ([]byte, error) {
	return stubAvailabilityOracle.abi.Pack("epochClock")
}

// EpochClockOutput serves as a container for the return parameters of contract
// method EpochClock.
type EpochClockOutput struct {
	Genesis uint64
	Length  uint64
}

// UnpackEpochClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cf9a327.
//
// Solidity: function epochClock() pure returns(uint64 genesis, uint64 length)
func (stubAvailabilityOracle *StubAvailabilityOracle) UnpackEpochClock(data []byte) (EpochClockOutput, error) {
	out, err := stubAvailabilityOracle.abi.Unpack("epochClock", data)
	outstruct := new(EpochClockOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Genesis = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Length = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackEpochGenesis is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04079f81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochGenesis() pure returns(uint64)
func (stubAvailabilityOracle *StubAvailabilityOracle) PackEpochGenesis() []byte {
	enc, err := stubAvailabilityOracle.abi.Pack("epochGenesis")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochGenesis is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04079f81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochGenesis() pure returns(uint64)
func (stubAvailabilityOracle *StubAvailabilityOracle) TryPackEpochGenesis() ([]byte, error) {
	return stubAvailabilityOracle.abi.Pack("epochGenesis")
}

// UnpackEpochGenesis is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04079f81.
//
// Solidity: function epochGenesis() pure returns(uint64)
func (stubAvailabilityOracle *StubAvailabilityOracle) UnpackEpochGenesis(data []byte) (uint64, error) {
	out, err := stubAvailabilityOracle.abi.Unpack("epochGenesis", data)
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
// Solidity: function epochLength() pure returns(uint64)
func (stubAvailabilityOracle *StubAvailabilityOracle) PackEpochLength() []byte {
	enc, err := stubAvailabilityOracle.abi.Pack("epochLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochLength() pure returns(uint64)
func (stubAvailabilityOracle *StubAvailabilityOracle) TryPackEpochLength() ([]byte, error) {
	return stubAvailabilityOracle.abi.Pack("epochLength")
}

// UnpackEpochLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d775f8.
//
// Solidity: function epochLength() pure returns(uint64)
func (stubAvailabilityOracle *StubAvailabilityOracle) UnpackEpochLength(data []byte) (uint64, error) {
	out, err := stubAvailabilityOracle.abi.Unpack("epochLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (stubAvailabilityOracle *StubAvailabilityOracle) PackOwner() []byte {
	enc, err := stubAvailabilityOracle.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (stubAvailabilityOracle *StubAvailabilityOracle) TryPackOwner() ([]byte, error) {
	return stubAvailabilityOracle.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (stubAvailabilityOracle *StubAvailabilityOracle) UnpackOwner(data []byte) (common.Address, error) {
	out, err := stubAvailabilityOracle.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetAvailability is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ed156f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAvailability(uint256 assetId, uint16 bps) returns()
func (stubAvailabilityOracle *StubAvailabilityOracle) PackSetAvailability(assetId *big.Int, bps uint16) []byte {
	enc, err := stubAvailabilityOracle.abi.Pack("setAvailability", assetId, bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAvailability is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ed156f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAvailability(uint256 assetId, uint16 bps) returns()
func (stubAvailabilityOracle *StubAvailabilityOracle) TryPackSetAvailability(assetId *big.Int, bps uint16) ([]byte, error) {
	return stubAvailabilityOracle.abi.Pack("setAvailability", assetId, bps)
}

// PackSetBroken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb37068c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBroken(uint256 assetId, bool broken) returns()
func (stubAvailabilityOracle *StubAvailabilityOracle) PackSetBroken(assetId *big.Int, broken bool) []byte {
	enc, err := stubAvailabilityOracle.abi.Pack("setBroken", assetId, broken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBroken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb37068c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBroken(uint256 assetId, bool broken) returns()
func (stubAvailabilityOracle *StubAvailabilityOracle) TryPackSetBroken(assetId *big.Int, broken bool) ([]byte, error) {
	return stubAvailabilityOracle.abi.Pack("setBroken", assetId, broken)
}

// StubAvailabilityOracleAvailabilitySet represents a AvailabilitySet event raised by the StubAvailabilityOracle contract.
type StubAvailabilityOracleAvailabilitySet struct {
	AssetId         *big.Int
	AvailabilityBps uint16
	Raw             *types.Log // Blockchain specific contextual infos
}

const StubAvailabilityOracleAvailabilitySetEventName = "AvailabilitySet"

// ContractEventName returns the user-defined event name.
func (StubAvailabilityOracleAvailabilitySet) ContractEventName() string {
	return StubAvailabilityOracleAvailabilitySetEventName
}

// UnpackAvailabilitySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AvailabilitySet(uint256 indexed assetId, uint16 availabilityBps)
func (stubAvailabilityOracle *StubAvailabilityOracle) UnpackAvailabilitySetEvent(log *types.Log) (*StubAvailabilityOracleAvailabilitySet, error) {
	event := "AvailabilitySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stubAvailabilityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StubAvailabilityOracleAvailabilitySet)
	if len(log.Data) > 0 {
		if err := stubAvailabilityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stubAvailabilityOracle.abi.Events[event].Inputs {
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

// StubAvailabilityOracleBrokenSet represents a BrokenSet event raised by the StubAvailabilityOracle contract.
type StubAvailabilityOracleBrokenSet struct {
	AssetId *big.Int
	Broken  bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const StubAvailabilityOracleBrokenSetEventName = "BrokenSet"

// ContractEventName returns the user-defined event name.
func (StubAvailabilityOracleBrokenSet) ContractEventName() string {
	return StubAvailabilityOracleBrokenSetEventName
}

// UnpackBrokenSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BrokenSet(uint256 indexed assetId, bool broken)
func (stubAvailabilityOracle *StubAvailabilityOracle) UnpackBrokenSetEvent(log *types.Log) (*StubAvailabilityOracleBrokenSet, error) {
	event := "BrokenSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stubAvailabilityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StubAvailabilityOracleBrokenSet)
	if len(log.Data) > 0 {
		if err := stubAvailabilityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stubAvailabilityOracle.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (stubAvailabilityOracle *StubAvailabilityOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stubAvailabilityOracle.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return stubAvailabilityOracle.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], stubAvailabilityOracle.abi.Errors["OracleBroken"].ID.Bytes()[:4]) {
		return stubAvailabilityOracle.UnpackOracleBrokenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StubAvailabilityOracleNotOwner represents a NotOwner error raised by the StubAvailabilityOracle contract.
type StubAvailabilityOracleNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func StubAvailabilityOracleNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (stubAvailabilityOracle *StubAvailabilityOracle) UnpackNotOwnerError(raw []byte) (*StubAvailabilityOracleNotOwner, error) {
	out := new(StubAvailabilityOracleNotOwner)
	if err := stubAvailabilityOracle.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StubAvailabilityOracleOracleBroken represents a OracleBroken error raised by the StubAvailabilityOracle contract.
type StubAvailabilityOracleOracleBroken struct {
	AssetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OracleBroken(uint256 assetId)
func StubAvailabilityOracleOracleBrokenErrorID() common.Hash {
	return common.HexToHash("0xf405bc7109410a7f208494b0a06c6242e91b5de7a0a41347dae57e3f48852b1d")
}

// UnpackOracleBrokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OracleBroken(uint256 assetId)
func (stubAvailabilityOracle *StubAvailabilityOracle) UnpackOracleBrokenError(raw []byte) (*StubAvailabilityOracleOracleBroken, error) {
	out := new(StubAvailabilityOracleOracleBroken)
	if err := stubAvailabilityOracle.abi.UnpackIntoInterface(out, "OracleBroken", raw); err != nil {
		return nil, err
	}
	return out, nil
}
