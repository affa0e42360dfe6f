// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package baselinesplitter

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

// BaselineSplitterMetaData contains all meta data concerning the BaselineSplitter contract.
var BaselineSplitterMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"payees\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"shares_\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ERC20PaymentReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"PayeeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentReceived\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentReleased\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"payee\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"releasable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"releasable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"released\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"released\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"shares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"totalReleased\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalReleased\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "BaselineSplitter",
	Bin: "0x6080604052346103d157610e1280380380610019816103f5565b9283398101906040818303126103d15780516001600160401b0381116103d15781019082601f830112156103d157815161005a6100558261041a565b6103f5565b9260208085848152019260051b820101908582116103d157602001915b8183106103d5575050506020810151906001600160401b0382116103d157019180601f840112156103d15782516100b06100558261041a565b9360208086848152019260051b8201019283116103d157602001905b8282106103c15750505080518251036103615780511561031c575f5b815181101561030d576001600160a01b036101038284610431565b5116906101108185610431565b5182156102b357801561026e57825f52600260205260405f205461021557600454680100000000000000008110156102015760018101806004558110156101ed577f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b0180546001600160a01b031916841790555f838152600260205260408120829055548082019081106101d9576001937f40c340f65e17194d14ddddb073d3c9f888e3cb52b5aae0c6c7706b4fbc905fac926040925f5582519182526020820152a1016100e8565b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b60405162461bcd60e51b815260206004820152602b60248201527f5061796d656e7453706c69747465723a206163636f756e7420616c726561647960448201526a206861732073686172657360a81b6064820152608490fd5b60405162461bcd60e51b815260206004820152601d60248201527f5061796d656e7453706c69747465723a207368617265732061726520300000006044820152606490fd5b60405162461bcd60e51b815260206004820152602c60248201527f5061796d656e7453706c69747465723a206163636f756e74206973207468652060448201526b7a65726f206164647265737360a01b6064820152608490fd5b6040516109cc90816104468239f35b60405162461bcd60e51b815260206004820152601a60248201527f5061796d656e7453706c69747465723a206e6f207061796565730000000000006044820152606490fd5b60405162461bcd60e51b815260206004820152603260248201527f5061796d656e7453706c69747465723a2070617965657320616e6420736861726044820152710cae640d8cadccee8d040dad2e6dac2e8c6d60731b6064820152608490fd5b81518152602091820191016100cc565b5f80fd5b82516001600160a01b03811681036103d157815260209283019201610077565b6040519190601f01601f191682016001600160401b0381118382101761020157604052565b6001600160401b0381116102015760051b60200190565b80518210156101ed5760209160051b01019056fe6080604052600436101561004b575b3615610018575f80fd5b604080513381523460208201527f6ef95f06320e7a25a04a175ca677b7052bdd97131872c2192525a629f51be7709190a1005b5f3560e01c806319165587146104b85780633a98ef391461049c578063406072a91461044c57806348b75044146102565780638b83209b146101e85780639852595c146101b0578063a3f8eace1461018d578063c45ac05014610159578063ce7c2ac214610121578063d79779b2146100e95763e33b7de30361000e57346100e5575f3660031901126100e5576020600154604051908152f35b5f80fd5b346100e55760203660031901126100e5576001600160a01b0361010a610629565b165f526005602052602060405f2054604051908152f35b346100e55760203660031901126100e5576001600160a01b03610142610629565b165f526002602052602060405f2054604051908152f35b346100e55760403660031901126100e5576020610185610177610629565b61017f61063f565b90610799565b604051908152f35b346100e55760203660031901126100e55760206101856101ab610629565b610731565b346100e55760203660031901126100e5576001600160a01b036101d1610629565b165f526003602052602060405f2054604051908152f35b346100e55760203660031901126100e5576004356004548110156102425760045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b01546040516001600160a01b039091168152602090f35b634e487b7160e01b5f52603260045260245ffd5b346100e55760403660031901126100e55761026f610629565b61027761063f565b6001600160a01b0381165f9081526002602052604090205461029a901515610655565b6102a48183610799565b916102b08315156106b0565b60018060a01b031691825f52600560205260405f206102d0828254610710565b90555f8381526006602090815260408083206001600160a01b038616808552908352818420805486019055905163a9059cbb60e01b92810192835260248101919091526044808201859052815261037e9290918190610330606485610763565b6040519361033f604086610763565b602085527f5361666545524332303a206c6f772d6c6576656c2063616c6c206661696c65646020860152519082895af161037761084f565b90866108e2565b8051908115918215610429575b5050156103d157604080516001600160a01b0393909316835260208301919091527f3be5b7a71e84ed12875d241991c70855ac5817d847039e17a9d895c1ceb0f18a91a2005b60405162461bcd60e51b815260206004820152602a60248201527f5361666545524332303a204552433230206f7065726174696f6e20646964206e6044820152691bdd081cdd58d8d9595960b21b6064820152608490fd5b81925090602091810103126100e5576020015180151581036100e557848061038b565b346100e55760403660031901126100e557610465610629565b61046d61063f565b6001600160a01b039182165f908152600660209081526040808320949093168252928352819020549051908152f35b346100e5575f3660031901126100e55760205f54604051908152f35b346100e55760203660031901126100e5576004356001600160a01b038116908190036100e557805f5260026020526104f560405f20541515610655565b6104fe81610731565b6105098115156106b0565b61051581600154610710565b600155815f52600360205260405f208181540190558047106105e4575f80808084865af161054161084f565b5015610579577fdf20fd1e76bc69d672e4814fafb2c449bba3a5369d8359adf9e05e6fde87b0569160409182519182526020820152a1005b60405162461bcd60e51b815260206004820152603a60248201527f416464726573733a20756e61626c6520746f2073656e642076616c75652c207260448201527f6563697069656e74206d617920686176652072657665727465640000000000006064820152608490fd5b60405162461bcd60e51b815260206004820152601d60248201527f416464726573733a20696e73756666696369656e742062616c616e63650000006044820152606490fd5b600435906001600160a01b03821682036100e557565b602435906001600160a01b03821682036100e557565b1561065c57565b60405162461bcd60e51b815260206004820152602660248201527f5061796d656e7453706c69747465723a206163636f756e7420686173206e6f2060448201526573686172657360d01b6064820152608490fd5b156106b757565b60405162461bcd60e51b815260206004820152602b60248201527f5061796d656e7453706c69747465723a206163636f756e74206973206e6f742060448201526a191d59481c185e5b595b9d60aa1b6064820152608490fd5b9190820180921161071d57565b634e487b7160e01b5f52601160045260245ffd5b610760906107424760015490610710565b6001600160a01b0382165f908152600360205260409020549161088e565b90565b90601f8019910116810190811067ffffffffffffffff82111761078557604052565b634e487b7160e01b5f52604160045260245ffd5b6040516370a0823160e01b815230600482015291906001600160a01b0316602083602481845afa928315610844575f9361080e575b506107e961076093825f52600560205260405f205490610710565b905f52600660205260405f2060018060a01b0383165f5260205260405f20549161088e565b92506020833d60201161083c575b8161082960209383610763565b810103126100e5579151916107e96107ce565b3d915061081c565b6040513d5f823e3d90fd5b3d15610889573d9067ffffffffffffffff8211610785576040519161087e601f8201601f191660200184610763565b82523d5f602084013e565b606090565b6001600160a01b03165f90815260026020526040902054818102918015908304909114171561071d575f549081156108ce570490810390811161071d5790565b634e487b7160e01b5f52601260045260245ffd5b9192901561094457508151156108f6575090565b3b156108ff5790565b60405162461bcd60e51b815260206004820152601d60248201527f416464726573733a2063616c6c20746f206e6f6e2d636f6e74726163740000006044820152606490fd5b8251909150156109575750805190602001fd5b604460209160405192839162461bcd60e51b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfea2646970667358221220e267d97aa175bcfd12763403040a2d05d2949cb5c0901dbf254793c97b60755c64736f6c63430008250033",
}

// BaselineSplitter is an auto generated Go binding around an Ethereum contract.
type BaselineSplitter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BaselineSplitter) GetABI() abi.ABI {
	return c.abi
}

// NewBaselineSplitter creates a new instance of BaselineSplitter.
func NewBaselineSplitter() *BaselineSplitter {
	parsed, err := BaselineSplitterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BaselineSplitter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BaselineSplitter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address[] payees, uint256[] shares_) returns()
func (baselineSplitter *BaselineSplitter) PackConstructor(payees []common.Address, shares_ []*big.Int) []byte {
	enc, err := baselineSplitter.abi.Pack("", payees, shares_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackPayee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b83209b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payee(uint256 index) view returns(address)
func (baselineSplitter *BaselineSplitter) PackPayee(index *big.Int) []byte {
	enc, err := baselineSplitter.abi.Pack("payee", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b83209b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payee(uint256 index) view returns(address)
func (baselineSplitter *BaselineSplitter) TryPackPayee(index *big.Int) ([]byte, error) {
	return baselineSplitter.abi.Pack("payee", index)
}

// UnpackPayee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b83209b.
//
// Solidity: function payee(uint256 index) view returns(address)
func (baselineSplitter *BaselineSplitter) UnpackPayee(data []byte) (common.Address, error) {
	out, err := baselineSplitter.abi.Unpack("payee", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReleasable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3f8eace.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releasable(address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) PackReleasable(account common.Address) []byte {
	enc, err := baselineSplitter.abi.Pack("releasable", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleasable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3f8eace.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releasable(address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) TryPackReleasable(account common.Address) ([]byte, error) {
	return baselineSplitter.abi.Pack("releasable", account)
}

// UnpackReleasable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3f8eace.
//
// Solidity: function releasable(address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) UnpackReleasable(data []byte) (*big.Int, error) {
	out, err := baselineSplitter.abi.Unpack("releasable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReleasable0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45ac050.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releasable(address token, address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) PackReleasable0(token common.Address, account common.Address) []byte {
	enc, err := baselineSplitter.abi.Pack("releasable0", token, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleasable0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45ac050.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releasable(address token, address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) TryPackReleasable0(token common.Address, account common.Address) ([]byte, error) {
	return baselineSplitter.abi.Pack("releasable0", token, account)
}

// UnpackReleasable0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc45ac050.
//
// Solidity: function releasable(address token, address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) UnpackReleasable0(data []byte) (*big.Int, error) {
	out, err := baselineSplitter.abi.Unpack("releasable0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19165587.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(address account) returns()
func (baselineSplitter *BaselineSplitter) PackRelease(account common.Address) []byte {
	enc, err := baselineSplitter.abi.Pack("release", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19165587.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(address account) returns()
func (baselineSplitter *BaselineSplitter) TryPackRelease(account common.Address) ([]byte, error) {
	return baselineSplitter.abi.Pack("release", account)
}

// PackRelease0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48b75044.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(address token, address account) returns()
func (baselineSplitter *BaselineSplitter) PackRelease0(token common.Address, account common.Address) []byte {
	enc, err := baselineSplitter.abi.Pack("release0", token, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48b75044.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(address token, address account) returns()
func (baselineSplitter *BaselineSplitter) TryPackRelease0(token common.Address, account common.Address) ([]byte, error) {
	return baselineSplitter.abi.Pack("release0", token, account)
}

// PackReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x406072a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function released(address token, address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) PackReleased(token common.Address, account common.Address) []byte {
	enc, err := baselineSplitter.abi.Pack("released", token, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x406072a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function released(address token, address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) TryPackReleased(token common.Address, account common.Address) ([]byte, error) {
	return baselineSplitter.abi.Pack("released", token, account)
}

// UnpackReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x406072a9.
//
// Solidity: function released(address token, address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) UnpackReleased(data []byte) (*big.Int, error) {
	out, err := baselineSplitter.abi.Unpack("released", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReleased0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9852595c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function released(address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) PackReleased0(account common.Address) []byte {
	enc, err := baselineSplitter.abi.Pack("released0", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleased0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9852595c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function released(address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) TryPackReleased0(account common.Address) ([]byte, error) {
	return baselineSplitter.abi.Pack("released0", account)
}

// UnpackReleased0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9852595c.
//
// Solidity: function released(address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) UnpackReleased0(data []byte) (*big.Int, error) {
	out, err := baselineSplitter.abi.Unpack("released0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce7c2ac2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function shares(address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) PackShares(account common.Address) []byte {
	enc, err := baselineSplitter.abi.Pack("shares", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce7c2ac2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function shares(address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) TryPackShares(account common.Address) ([]byte, error) {
	return baselineSplitter.abi.Pack("shares", account)
}

// UnpackShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce7c2ac2.
//
// Solidity: function shares(address account) view returns(uint256)
func (baselineSplitter *BaselineSplitter) UnpackShares(data []byte) (*big.Int, error) {
	out, err := baselineSplitter.abi.Unpack("shares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd79779b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalReleased(address token) view returns(uint256)
func (baselineSplitter *BaselineSplitter) PackTotalReleased(token common.Address) []byte {
	enc, err := baselineSplitter.abi.Pack("totalReleased", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd79779b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalReleased(address token) view returns(uint256)
func (baselineSplitter *BaselineSplitter) TryPackTotalReleased(token common.Address) ([]byte, error) {
	return baselineSplitter.abi.Pack("totalReleased", token)
}

// UnpackTotalReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd79779b2.
//
// Solidity: function totalReleased(address token) view returns(uint256)
func (baselineSplitter *BaselineSplitter) UnpackTotalReleased(data []byte) (*big.Int, error) {
	out, err := baselineSplitter.abi.Unpack("totalReleased", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalReleased0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe33b7de3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalReleased() view returns(uint256)
func (baselineSplitter *BaselineSplitter) PackTotalReleased0() []byte {
	enc, err := baselineSplitter.abi.Pack("totalReleased0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalReleased0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe33b7de3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalReleased() view returns(uint256)
func (baselineSplitter *BaselineSplitter) TryPackTotalReleased0() ([]byte, error) {
	return baselineSplitter.abi.Pack("totalReleased0")
}

// UnpackTotalReleased0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe33b7de3.
//
// Solidity: function totalReleased() view returns(uint256)
func (baselineSplitter *BaselineSplitter) UnpackTotalReleased0(data []byte) (*big.Int, error) {
	out, err := baselineSplitter.abi.Unpack("totalReleased0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a98ef39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalShares() view returns(uint256)
func (baselineSplitter *BaselineSplitter) PackTotalShares() []byte {
	enc, err := baselineSplitter.abi.Pack("totalShares")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a98ef39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalShares() view returns(uint256)
func (baselineSplitter *BaselineSplitter) TryPackTotalShares() ([]byte, error) {
	return baselineSplitter.abi.Pack("totalShares")
}

// UnpackTotalShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a98ef39.
//
// Solidity: function totalShares() view returns(uint256)
func (baselineSplitter *BaselineSplitter) UnpackTotalShares(data []byte) (*big.Int, error) {
	out, err := baselineSplitter.abi.Unpack("totalShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// BaselineSplitterERC20PaymentReleased represents a ERC20PaymentReleased event raised by the BaselineSplitter contract.
type BaselineSplitterERC20PaymentReleased struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const BaselineSplitterERC20PaymentReleasedEventName = "ERC20PaymentReleased"

// ContractEventName returns the user-defined event name.
func (BaselineSplitterERC20PaymentReleased) ContractEventName() string {
	return BaselineSplitterERC20PaymentReleasedEventName
}

// UnpackERC20PaymentReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ERC20PaymentReleased(address indexed token, address to, uint256 amount)
func (baselineSplitter *BaselineSplitter) UnpackERC20PaymentReleasedEvent(log *types.Log) (*BaselineSplitterERC20PaymentReleased, error) {
	event := "ERC20PaymentReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baselineSplitter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BaselineSplitterERC20PaymentReleased)
	if len(log.Data) > 0 {
		if err := baselineSplitter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baselineSplitter.abi.Events[event].Inputs {
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

// BaselineSplitterPayeeAdded represents a PayeeAdded event raised by the BaselineSplitter contract.
type BaselineSplitterPayeeAdded struct {
	Account common.Address
	Shares  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BaselineSplitterPayeeAddedEventName = "PayeeAdded"

// ContractEventName returns the user-defined event name.
func (BaselineSplitterPayeeAdded) ContractEventName() string {
	return BaselineSplitterPayeeAddedEventName
}

// UnpackPayeeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayeeAdded(address account, uint256 shares)
func (baselineSplitter *BaselineSplitter) UnpackPayeeAddedEvent(log *types.Log) (*BaselineSplitterPayeeAdded, error) {
	event := "PayeeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baselineSplitter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BaselineSplitterPayeeAdded)
	if len(log.Data) > 0 {
		if err := baselineSplitter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baselineSplitter.abi.Events[event].Inputs {
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

// BaselineSplitterPaymentReceived represents a PaymentReceived event raised by the BaselineSplitter contract.
type BaselineSplitterPaymentReceived struct {
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const BaselineSplitterPaymentReceivedEventName = "PaymentReceived"

// ContractEventName returns the user-defined event name.
func (BaselineSplitterPaymentReceived) ContractEventName() string {
	return BaselineSplitterPaymentReceivedEventName
}

// UnpackPaymentReceivedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentReceived(address from, uint256 amount)
func (baselineSplitter *BaselineSplitter) UnpackPaymentReceivedEvent(log *types.Log) (*BaselineSplitterPaymentReceived, error) {
	event := "PaymentReceived"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baselineSplitter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BaselineSplitterPaymentReceived)
	if len(log.Data) > 0 {
		if err := baselineSplitter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baselineSplitter.abi.Events[event].Inputs {
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

// BaselineSplitterPaymentReleased represents a PaymentReleased event raised by the BaselineSplitter contract.
type BaselineSplitterPaymentReleased struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const BaselineSplitterPaymentReleasedEventName = "PaymentReleased"

// ContractEventName returns the user-defined event name.
func (BaselineSplitterPaymentReleased) ContractEventName() string {
	return BaselineSplitterPaymentReleasedEventName
}

// UnpackPaymentReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentReleased(address to, uint256 amount)
func (baselineSplitter *BaselineSplitter) UnpackPaymentReleasedEvent(log *types.Log) (*BaselineSplitterPaymentReleased, error) {
	event := "PaymentReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != baselineSplitter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BaselineSplitterPaymentReleased)
	if len(log.Data) > 0 {
		if err := baselineSplitter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range baselineSplitter.abi.Events[event].Inputs {
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
