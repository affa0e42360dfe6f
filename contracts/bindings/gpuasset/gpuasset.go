// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package gpuasset

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

// GPUAssetAsset is an auto generated low-level Go binding around an user-defined struct.
type GPUAssetAsset struct {
	Operator         common.Address
	GpuCount         uint32
	RatedPowerW      uint32
	UsefulLifeMonths uint16
	CommissionedAt   uint64
	BookValue        *big.Int
	ShareSupply      *big.Int
	MetadataHash     [32]byte
	GpuModel         string
	Location         string
}

// GPUAssetTokenizeParams is an auto generated low-level Go binding around an user-defined struct.
type GPUAssetTokenizeParams struct {
	GpuModel         string
	GpuCount         uint32
	RatedPowerW      uint32
	Location         string
	CommissionedAt   uint64
	BookValue        *big.Int
	UsefulLifeMonths uint16
	ShareSupply      *big.Int
	MetadataHash     [32]byte
}

// GPUAssetMetaData contains all meta data concerning the GPUAsset contract.
var GPUAssetMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"uri_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"commissionedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"CommissionedInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC1155InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idsLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"valuesLength\",\"type\":\"uint256\"}],\"name\":\"ERC1155InvalidArrayLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC1155MissingApprovalForAll\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyGPUModel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyLocation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"}],\"name\":\"InvalidBookValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"}],\"name\":\"InvalidGPUCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"ratedPowerW\",\"type\":\"uint32\"}],\"name\":\"InvalidRatedPower\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shareSupply\",\"type\":\"uint256\"}],\"name\":\"InvalidShareSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"usefulLifeMonths\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxMonths\",\"type\":\"uint16\"}],\"name\":\"InvalidUsefulLife\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotAssetOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"UnknownAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ratedPowerW\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"commissionedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"usefulLifeMonths\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"shareSupply\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structGPUAsset.TokenizeParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"AssetTokenized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"previousHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"newHash\",\"type\":\"bytes32\"}],\"name\":\"MetadataUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOperator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOperator\",\"type\":\"address\"}],\"name\":\"OperatorChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"}],\"name\":\"TransferBatch\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"TransferSingle\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"value\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"URI\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_USEFUL_LIFE_MONTHS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"asset\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ratedPowerW\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"usefulLifeMonths\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"commissionedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shareSupply\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"}],\"internalType\":\"structGPUAsset.Asset\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"assetCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"balanceOfBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newOperator\",\"type\":\"address\"}],\"name\":\"changeOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"gpuCountOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"operatorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"ratedPowerOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeBatchTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ratedPowerW\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"commissionedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"usefulLifeMonths\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"shareSupply\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structGPUAsset.TokenizeParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"tokenize\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"newHash\",\"type\":\"bytes32\"}],\"name\":\"updateMetadata\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "GPUAsset",
	Bin: "0x608060405234610247576125f9803803806100198161024b565b928339810190604081830312610247578051906001600160a01b03821690818303610247576020810151906001600160401b038211610247570183601f82011215610247578051906001600160401b03821161023357610082601f8301601f191660200161024b565b948286526020838301011161024757815f9260208093018388015e8501015282516001600160401b03811161023357600254600181811c91168015610229575b602082101461021557601f81116101a7575b506020601f821160011461014457819293945f92610139575b50508160011b915f199060031b1c1916176002555b1561012a578061011461011a92610270565b506102e6565b5060405161221f908161037a8239f35b63d92e233d60e01b5f5260045ffd5b015190505f806100ed565b601f1982169060025f52805f20915f5b81811061018f57509583600195969710610177575b505050811b01600255610102565b01515f1960f88460031b161c191690555f8080610169565b9192602060018192868b015181550194019201610154565b818111156100d45760025f52601f820160051c7f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace6020841061020d575b81601f9101920160051c03905f5b8281106102005750506100d4565b5f828201556001016101f2565b5f91506101e4565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100c2565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761023357604052565b6001600160a01b0381165f9081525f5160206125b95f395f51905f52602052604090205460ff166102e1576001600160a01b03165f8181525f5160206125b95f395f51905f5260205260408120805460ff191660011790553391905f5160206125995f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206125d95f395f51905f52602052604090205460ff166102e1576001600160a01b03165f8181525f5160206125d95f395f51905f5260205260408120805460ff191660011790553391907f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a905f5160206125995f395f51905f529080a460019056fe60806040526004361015610011575f80fd5b5f3560e01c8062fdd58e14610203578063019f7f7b146101fe57806301ffc9a7146101f95780630e89341c146101f457806318160ddd146101ef578063248a9ca3146101ea5780632eb2c2d6146101e55780632f2ff15d146101e057806330e74081146101db57806336568abe146101d65780633f4ba83a146101d15780634e1273f4146101cc5780634f558e79146101c75780635c975abb146101c257806368ffeaa7146101bd5780637a3bc817146101b85780638456cb59146101b35780638ea06f81146101ae57806391d14854146101a9578063a217fddf146101a4578063a22cb4651461019f578063bd85b0391461019a578063d547741f14610195578063e63ab1e914610190578063e7af036e1461018b578063e985e9c514610186578063eafe7a7414610181578063f242432a1461017c578063f41875e114610177578063f5b541a6146101725763f99a23201461016d575f80fd5b610f9e565b610f64565b610f34565b610e6b565b610e4e565b610dfe565b610de3565b610da9565b610d6b565b610d41565b610c74565b610c5a565b610c0b565b610adc565b6109d5565b61094d565b61091d565b6108fb565b6108cf565b610810565b610762565b61071e565b6106ee565b6106a9565b61061d565b6104ad565b610490565b6103ad565b610300565b610294565b61024c565b600435906001600160a01b038216820361021e57565b5f80fd5b602435906001600160a01b038216820361021e57565b35906001600160a01b038216820361021e57565b3461021e57604036600319011261021e57602061028b61026a610208565b6024355f525f835260405f209060018060a01b03165f5260205260405f2090565b54604051908152f35b3461021e57604036600319011261021e576004356024359060046102b8338361178f565b01907ff5da470e1f129b5e619c71302e26d6f4a61d18ac5a613d0cde67e1e8d01fcd04604083548151908152856020820152a255005b6001600160e01b031981160361021e57565b3461021e57602036600319011261021e5760043561031d816102ee565b63ffffffff60e01b16637965db0b60e01b8114908115610346575b506040519015158152602090f35b636cdb3d1360e11b811491508115610378575b8115610367575b505f610338565b6301ffc9a760e01b1490505f610360565b6303a24d0760e21b81149150610359565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b3461021e57602036600319011261021e576040515f6002546103ce81611188565b808452906001811690811561046c575060011461040e575b61040a836103f681850382610515565b604051918291602083526020830190610389565b0390f35b60025f9081527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace939250905b808210610452575090915081016020016103f66103e6565b91926001816020925483858801015201910190929161043a565b60ff191660208086019190915291151560051b840190910191506103f690506103e6565b3461021e575f36600319011261021e576020600454604051908152f35b3461021e57602036600319011261021e5760206104d86004355f526005602052600160405f20015490565b604051908152f35b634e487b7160e01b5f52604160045260245ffd5b61014081019081106001600160401b0382111761051057604052565b6104e0565b90601f801991011681019081106001600160401b0382111761051057604052565b6040519061054661014083610515565b565b6001600160401b0381116105105760051b60200190565b9080601f8301121561021e57813561057681610548565b926105846040519485610515565b81845260208085019260051b82010192831161021e57602001905b8282106105ac5750505090565b813581526020918201910161059f565b6001600160401b03811161051057601f01601f191660200190565b81601f8201121561021e578035906105ee826105bc565b926105fc6040519485610515565b8284526020838301011161021e57815f926020809301838601378301015290565b3461021e5760a036600319011261021e57610636610208565b61063e610222565b906044356001600160401b03811161021e5761065e90369060040161055f565b6064356001600160401b03811161021e5761067d90369060040161055f565b90608435936001600160401b03851161021e576106a16106a79536906004016105d7565b9361125e565b005b3461021e57604036600319011261021e576106a76004356106c8610222565b906106e96106e2825f526005602052600160405f20015490565b3390611a92565b611838565b3461021e57602036600319011261021e57602063ffffffff6107116004356118c8565b5460a01c16604051908152f35b3461021e57604036600319011261021e5760043561073a610222565b336001600160a01b03821603610753576106a7916118fe565b63334bd91960e11b5f5260045ffd5b3461021e575f36600319011261021e5761077b33611986565b60065460ff8116156107ba5760ff19166006557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b638dfc202b60e01b5f5260045ffd5b90602080835192838152019201905f5b8181106107e65750505090565b82518452602093840193909201916001016107d9565b90602061080d9281815201906107c9565b90565b3461021e57604036600319011261021e576004356001600160401b03811161021e573660238201121561021e5780600401359061084c82610548565b9161085a6040519384610515565b8083526024602084019160051b8301019136831161021e57602401905b8282106108b757836024356001600160401b03811161021e5761040a916108a56108ab92369060040161055f565b906113b6565b604051918291826107fc565b602080916108c484610238565b815201910190610877565b3461021e57602036600319011261021e576004355f526003602052602060405f20541515604051908152f35b3461021e575f36600319011261021e57602060ff600654166040519015158152f35b3461021e57602036600319011261021e57602063ffffffff6109406004356118c8565b5460c01c16604051908152f35b3461021e57604036600319011261021e576106a760043561096c610222565b90610977338261178f565b9061098183611a0c565b81546001600160a01b03848116929116907faabfda665eafe6f237e9080ad4540ec37df5f464329e120b0e69b44b58d617ad5f80a480546001600160a01b0319166001600160a01b03909216919091179055565b3461021e575f36600319011261021e576109ee33611986565b6109f6611ae2565b600160ff1960065416176006557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a1005b602080825282516001600160a01b03169082015261080d9190602082015163ffffffff166040820152604082015163ffffffff166060820152606082015161ffff16608082015260808201516001600160401b031660a082015260a082015160c082015260c082015160e082015260e0820151610100820152610120610ac661010084015161014083850152610160840190610389565b92015190610140601f1982850301910152610389565b3461021e57602036600319011261021e5761040a610b416004356060610120604051610b07816104f4565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201525f60e08201528261010082015201526118c8565b610bf96006610b4e610536565b83546001600160a01b0381168252909390610b9c90610b919063ffffffff60a082901c16602088015263ffffffff60c082901c16604088015260e01c61ffff1690565b61ffff166060860152565b610bc3610bb360018301546001600160401b031690565b6001600160401b03166080860152565b600281015460a0850152600381015460c0850152600481015460e0850152610bed600582016111c0565b610100850152016111c0565b61012082015260405191829182610a2f565b3461021e57604036600319011261021e57602060ff610c4e600435610c2e610222565b905f526005845260405f209060018060a01b03165f5260205260405f2090565b54166040519015158152f35b3461021e575f36600319011261021e5760206040515f8152f35b3461021e57604036600319011261021e57610c8d610208565b602435801515810361021e573315610d2e576001600160a01b038216918215610d1c5781610cd9610cea92335f52600160205260405f209060018060a01b03165f5260205260405f2090565b9060ff801983541691151516179055565b604051901515815233907f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3190602090a3005b62ced3e160e81b5f525f60045260245ffd5b631f18c42760e11b5f525f60045260245ffd5b3461021e57602036600319011261021e576004355f526003602052602060405f2054604051908152f35b3461021e57604036600319011261021e576106a7600435610d8a610222565b90610da46106e2825f526005602052600160405f20015490565b6118fe565b3461021e575f36600319011261021e5760206040517f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a8152f35b3461021e575f36600319011261021e57602060405160f08152f35b3461021e57604036600319011261021e57602060ff610c4e610e1e610208565b610e26610222565b6001600160a01b039182165f9081526001865260408082209290931681526020919091522090565b3461021e575f36600319011261021e576020600754604051908152f35b3461021e5760a036600319011261021e57610e84610208565b610e8c610222565b60443590606435926084356001600160401b03811161021e57610eb39036906004016105d7565b92610ebe82336117d2565b6001600160a01b03831615610f21576001600160a01b03821615610f0f576106a794610f0760405192600184526020840152604083019160018352606084015260808301604052565b929091611d6c565b626a0d4560e21b5f525f60045260245ffd5b632bfa23e760e11b5f525f60045260245ffd5b3461021e57602036600319011261021e5760206001600160a01b03610f5a6004356118c8565b5416604051908152f35b3461021e575f36600319011261021e5760206040517f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b9298152f35b3461021e57602036600319011261021e576004356001600160401b03811161021e5780600401610120600319833603011261021e5761117861040a92610fe333611a0c565b610feb611ae2565b610ff483611afd565b610fff60075461147e565b9261100984600755565b6111346006611020865f52600860205260405f2090565b80546001600160a01b0319163317815561105f61103f6024870161149f565b825463ffffffff60a01b191660a09190911b63ffffffff60a01b16178255565b61108e61106e6044870161149f565b825463ffffffff60c01b191660c09190911b63ffffffff60c01b16178255565b6110b961109d60c487016114b5565b825461ffff60e01b191660e09190911b61ffff60e01b16178255565b6110e76110c8608487016114d0565b60018301906001600160401b03166001600160401b0319825416179055565b60a4850135600282015561112b606460e487013596876003850155610104810135600485015561112461111a88806114da565b906005870161156a565b01856114da565b9290910161156a565b837fc0879fe48d9fe29e1fc852342af4c87fa3d2823ca8659a212040f0e3fb93221f604051806111653395826116a4565b0390a361117061177b565b908333611ca1565b6040519081529081906020820190565b90600182811c921680156111b6575b60208310146111a257565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611197565b9060405191825f8254926111d384611188565b808452936001811690811561123c57506001146111f8575b5061054692500383610515565b90505f9291925260205f20905f915b818310611220575050906020610546928201015f6111eb565b6020919350806001915483858901015201910190918492611207565b90506020925061054694915060ff191682840152151560051b8201015f6111eb565b9391909361126c81336117d2565b6001600160a01b03851615610f21576001600160a01b03811615610f0f57611292611ae2565b61129e84838784612028565b843b6112ac575b5050505050565b6112ce602093604051958694859463bc197c8160e01b86523360048701611fa3565b03815f6001600160a01b0387165af15f918161135d575b5061132057506112f3611ed5565b805191908261131957632bfa23e760e11b5f526001600160a01b03821660045260245b5ffd5b6020915001fd5b6001600160e01b0319166343e6837f60e01b0161134257505f808080806112a5565b632bfa23e760e11b5f526001600160a01b031660045260245ffd5b61138091925060203d602011611387575b6113788183610515565b810190611e87565b905f6112e5565b503d61136e565b80518210156113a25760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b919091805183518082036114555750508051906113d282610548565b916113e06040519384610515565b8083526113ef601f1991610548565b013660208401375f5b815181101561144e578061143d60019260051b60208082870101519189010151905f918252602082815260408084206001600160a01b03909316845291905290205490565b611447828661138e565b52016113f8565b5090925050565b635b05999160e01b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b5f19811461148c5760010190565b61146a565b63ffffffff81160361021e57565b3561080d81611491565b61ffff81160361021e57565b3561080d816114a9565b6001600160401b0381160361021e57565b3561080d816114bf565b903590601e198136030182121561021e57018035906001600160401b03821161021e5760200191813603831361021e57565b919091601f831161151d575b505050565b81831161152957505050565b5f5260205f206020601f830160051c9210611562575b81601f9101920160051c03905f5b82811015611518575f8282015560010161154d565b5f915061153f565b9092916001600160401b0381116105105761158f816115898454611188565b8461150c565b5f601f82116001146115cd5781906115be9394955f926115c2575b50508160011b915f199060031b1c19161790565b9055565b013590505f806115aa565b601f198216946115e0845f5260205f2090565b915f5b87811061161a575083600195969710611601575b505050811b019055565b01355f19600384901b60f8161c191690555f80806115f7565b909260206001819286860135815501940191016115e3565b9035601e198236030181121561021e5701602081359101916001600160401b03821161021e57813603831361021e57565b908060209392818452848401375f828201840152601f01601f1916010190565b359061054682611491565b3590610546826114bf565b3590610546826114a9565b602081526101206101006117266116cf6116be8680611632565b856020880152610140870191611663565b6116eb6116de60208801611683565b63ffffffff166040870152565b6117076116fa60408801611683565b63ffffffff166060870152565b6117146060870187611632565b868303601f1901608088015290611663565b936117466117366080830161168e565b6001600160401b031660a0860152565b60a081013560c085015261176a61175f60c08301611699565b61ffff1660e0860152565b60e081013582850152013591015290565b6040519061178a602083610515565b5f8252565b919061179a836118c8565b805490936001600160a01b0391821692909116908183036117ba57505050565b634a3d197360e01b5f5260045260245260445260645ffd5b6001600160a01b039182169181169082821415908161180a575b506117f5575050565b63711bec9160e11b5f5260045260245260445ffd5b5f8481526001602090815260408083206001600160a01b0390941683529290522060ff91505416155f6117ec565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff166118c2575f8181526005602090815260408083206001600160a01b03861684529091529020805460ff1916600117905533916001600160a01b0316907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b5f8181526008602052604090208054909291906001600160a01b0316156118ec5750565b63659f13b960e11b5f5260045260245ffd5b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff16156118c2575f8181526005602090815260408083206001600160a01b03861684529091529020805460ff1916905533916001600160a01b0316907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b6001600160a01b0381165f9081527f99f2891db7a8db76249871a02b43b68c0bb8f22ef8a3bc1034ae9375ef6b7c3c602052604090205460ff16156119c85750565b63e2517d3f60e01b5f9081526001600160a01b03919091166004527f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a602452604490fd5b6001600160a01b0381165f9081527fe790de7705c8ebaa80068cd4fc0a095afd63ddb3e1cbffe9ca6f4baedbd7b739602052604090205460ff1615611a4e5750565b63e2517d3f60e01b5f9081526001600160a01b03919091166004527f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929602452604490fd5b90815f52600560205260ff611aba8260405f209060018060a01b03165f5260205260405f2090565b541615611ac5575050565b63e2517d3f60e01b5f5260018060a01b031660045260245260445ffd5b60ff60065416611aee57565b63d93c066560e01b5f5260045ffd5b611b0781806114da565b905015611c9257611b1b60608201826114da565b905015611c83576020810163ffffffff611b348261149f565b1615611c5f575060408101611b54611b4b8261149f565b63ffffffff1690565b15611c3b575060c0810161ffff611b6a826114b5565b16158015611c25575b611bfe575060e08101358015611bec575060a08101358015611bda5750608001611b9c816114d0565b6001600160401b0342911611611baf5750565b611bbb611316916114d0565b6307a665dd60e01b5f526001600160401b031660045242602452604490565b631a2774c960e01b5f5260045260245ffd5b638d20cf8b60e01b5f5260045260245ffd5b611c0a611316916114b5565b633274d9d360e01b5f5261ffff1660045260f0602452604490565b5060f061ffff611c34836114b5565b1611611b73565b611c476113169161149f565b63ee5f183d60e01b5f5263ffffffff16600452602490565b611c6b6113169161149f565b63f612cecb60e01b5f5263ffffffff16600452602490565b632656eee560e01b5f5260045ffd5b63313e6d4b60e01b5f5260045ffd5b92916001600160a01b03841615610f2157611cd960405192600184526020840152604083019160018352606084015260808301604052565b909190611ce4611ae2565b611cf08184865f612028565b5f91825b8451841015611d4057611d386001918560051b90611d266020808489010151938a0101515f52600360205260405f2090565b611d31838254611ff6565b9055611ff6565b930192611cf4565b61054695935060209194611d5f611d5a8493600454611ff6565b600455565b0151910151915f33611f04565b91939290611d78611ae2565b611d8482868386612028565b6001600160a01b03831615611e2c575b6001600160a01b0381161580611dce575b15611db1575050505050565b602080611dc49601519201519233611f04565b5f808080806112a5565b94935f939091845b8651861015611e14576001908660051b90611e05602080848a010151938b0101515f52600360205260405f2090565b82815403905501950194611dd6565b611e279193969792955060045403600455565b611da5565b93925f92835b8551851015611e6c57611e646001918660051b90611d26602080848a010151938b0101515f52600360205260405f2090565b940193611e32565b611e82919450611d5a9096929596600454611ff6565b611d94565b9081602091031261021e575161080d816102ee565b6001600160a01b039182168152911660208201526040810191909152606081019190915260a06080820181905261080d92910190610389565b3d15611eff573d90611ee6826105bc565b91611ef46040519384610515565b82523d5f602084013e565b606090565b9091949293853b611f18575b505050505050565b602093611f3a91604051968795869563f23a6e6160e01b875260048701611e9c565b03815f6001600160a01b0387165af15f9181611f82575b50611f5f57506112f3611ed5565b6001600160e01b031916630dc5919f60e01b0161134257505f8080808080611f10565b611f9c91925060203d602011611387576113788183610515565b905f611f51565b6001600160a01b0391821681529116602082015260a06040820181905261080d9491939192611fe89291611fda91908601906107c9565b9084820360608601526107c9565b916080818403910152610389565b9190820180921161148c57565b909161201a61080d936040845260408401906107c9565b9160208184039101526107c9565b93919283518151908181036121d45750506001600160a01b03858116948515159491841680151592905f5b8351811015612149578060051b90888887602080868a010151958b010151926120c8575b93600194612089575b50505001612053565b6120be916120a16120b6925f525f60205260405f2090565b9060018060a01b03165f5260205260405f2090565b918254611ff6565b90555f8881612080565b505090916120e18c6120a1835f525f60205260405f2090565b54828110612112578291888e612109600197968e9503916120a1855f525f60205260405f2090565b55909450612077565b6040516303dee4c560e01b81526001600160a01b038e16600482015260248101919091526044810183905260648101829052608490fd5b5096955096509192505060018151145f146121a15760209081015191810151604080519384529183015233917fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f6291819081015b0390a4565b60405133927f4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb92829161219c9183612003565b635b05999160e01b5f5260045260245260445ffdfea2646970667358221220d46f127532d60007d8be139f934cdcdcad8cc8ba38317dd9fd52d3bb9dd0104764736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc99f2891db7a8db76249871a02b43b68c0bb8f22ef8a3bc1034ae9375ef6b7c3c",
}

// GPUAsset is an auto generated Go binding around an Ethereum contract.
type GPUAsset struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GPUAsset) GetABI() abi.ABI {
	return c.abi
}

// NewGPUAsset creates a new instance of GPUAsset.
func NewGPUAsset() *GPUAsset {
	parsed, err := GPUAssetMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GPUAsset{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GPUAsset) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, string uri_) returns()
func (gPUAsset *GPUAsset) PackConstructor(admin common.Address, uri_ string) []byte {
	enc, err := gPUAsset.abi.Pack("", admin, uri_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (gPUAsset *GPUAsset) PackDEFAULTADMINROLE() []byte {
	enc, err := gPUAsset.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (gPUAsset *GPUAsset) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return gPUAsset.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (gPUAsset *GPUAsset) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := gPUAsset.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXUSEFULLIFEMONTHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7af036e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_USEFUL_LIFE_MONTHS() view returns(uint16)
func (gPUAsset *GPUAsset) PackMAXUSEFULLIFEMONTHS() []byte {
	enc, err := gPUAsset.abi.Pack("MAX_USEFUL_LIFE_MONTHS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXUSEFULLIFEMONTHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7af036e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_USEFUL_LIFE_MONTHS() view returns(uint16)
func (gPUAsset *GPUAsset) TryPackMAXUSEFULLIFEMONTHS() ([]byte, error) {
	return gPUAsset.abi.Pack("MAX_USEFUL_LIFE_MONTHS")
}

// UnpackMAXUSEFULLIFEMONTHS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7af036e.
//
// Solidity: function MAX_USEFUL_LIFE_MONTHS() view returns(uint16)
func (gPUAsset *GPUAsset) UnpackMAXUSEFULLIFEMONTHS(data []byte) (uint16, error) {
	out, err := gPUAsset.abi.Unpack("MAX_USEFUL_LIFE_MONTHS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackOPERATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b541a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (gPUAsset *GPUAsset) PackOPERATORROLE() []byte {
	enc, err := gPUAsset.abi.Pack("OPERATOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPERATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b541a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (gPUAsset *GPUAsset) TryPackOPERATORROLE() ([]byte, error) {
	return gPUAsset.abi.Pack("OPERATOR_ROLE")
}

// UnpackOPERATORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5b541a6.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (gPUAsset *GPUAsset) UnpackOPERATORROLE(data []byte) ([32]byte, error) {
	out, err := gPUAsset.abi.Unpack("OPERATOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (gPUAsset *GPUAsset) PackPAUSERROLE() []byte {
	enc, err := gPUAsset.abi.Pack("PAUSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (gPUAsset *GPUAsset) TryPackPAUSERROLE() ([]byte, error) {
	return gPUAsset.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (gPUAsset *GPUAsset) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := gPUAsset.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ea06f81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset(uint256 assetId) view returns((address,uint32,uint32,uint16,uint64,uint256,uint256,bytes32,string,string))
func (gPUAsset *GPUAsset) PackAsset(assetId *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("asset", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ea06f81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asset(uint256 assetId) view returns((address,uint32,uint32,uint16,uint64,uint256,uint256,bytes32,string,string))
func (gPUAsset *GPUAsset) TryPackAsset(assetId *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("asset", assetId)
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ea06f81.
//
// Solidity: function asset(uint256 assetId) view returns((address,uint32,uint32,uint16,uint64,uint256,uint256,bytes32,string,string))
func (gPUAsset *GPUAsset) UnpackAsset(data []byte) (GPUAssetAsset, error) {
	out, err := gPUAsset.abi.Unpack("asset", data)
	if err != nil {
		return *new(GPUAssetAsset), err
	}
	out0 := *abi.ConvertType(out[0], new(GPUAssetAsset)).(*GPUAssetAsset)
	return out0, nil
}

// PackAssetCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeafe7a74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assetCount() view returns(uint256)
func (gPUAsset *GPUAsset) PackAssetCount() []byte {
	enc, err := gPUAsset.abi.Pack("assetCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssetCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeafe7a74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assetCount() view returns(uint256)
func (gPUAsset *GPUAsset) TryPackAssetCount() ([]byte, error) {
	return gPUAsset.abi.Pack("assetCount")
}

// UnpackAssetCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeafe7a74.
//
// Solidity: function assetCount() view returns(uint256)
func (gPUAsset *GPUAsset) UnpackAssetCount(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("assetCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (gPUAsset *GPUAsset) PackBalanceOf(account common.Address, id *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("balanceOf", account, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (gPUAsset *GPUAsset) TryPackBalanceOf(account common.Address, id *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("balanceOf", account, id)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00fdd58e.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (gPUAsset *GPUAsset) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (gPUAsset *GPUAsset) PackBalanceOfBatch(accounts []common.Address, ids []*big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("balanceOfBatch", accounts, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (gPUAsset *GPUAsset) TryPackBalanceOfBatch(accounts []common.Address, ids []*big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("balanceOfBatch", accounts, ids)
}

// UnpackBalanceOfBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1273f4.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (gPUAsset *GPUAsset) UnpackBalanceOfBatch(data []byte) ([]*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("balanceOfBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackChangeOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a3bc817.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeOperator(uint256 assetId, address newOperator) returns()
func (gPUAsset *GPUAsset) PackChangeOperator(assetId *big.Int, newOperator common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("changeOperator", assetId, newOperator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a3bc817.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeOperator(uint256 assetId, address newOperator) returns()
func (gPUAsset *GPUAsset) TryPackChangeOperator(assetId *big.Int, newOperator common.Address) ([]byte, error) {
	return gPUAsset.abi.Pack("changeOperator", assetId, newOperator)
}

// PackExists is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f558e79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exists(uint256 id) view returns(bool)
func (gPUAsset *GPUAsset) PackExists(id *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("exists", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExists is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f558e79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exists(uint256 id) view returns(bool)
func (gPUAsset *GPUAsset) TryPackExists(id *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("exists", id)
}

// UnpackExists is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f558e79.
//
// Solidity: function exists(uint256 id) view returns(bool)
func (gPUAsset *GPUAsset) UnpackExists(data []byte) (bool, error) {
	out, err := gPUAsset.abi.Unpack("exists", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (gPUAsset *GPUAsset) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := gPUAsset.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (gPUAsset *GPUAsset) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return gPUAsset.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (gPUAsset *GPUAsset) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := gPUAsset.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGpuCountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30e74081.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gpuCountOf(uint256 assetId) view returns(uint32)
func (gPUAsset *GPUAsset) PackGpuCountOf(assetId *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("gpuCountOf", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGpuCountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30e74081.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gpuCountOf(uint256 assetId) view returns(uint32)
func (gPUAsset *GPUAsset) TryPackGpuCountOf(assetId *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("gpuCountOf", assetId)
}

// UnpackGpuCountOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30e74081.
//
// Solidity: function gpuCountOf(uint256 assetId) view returns(uint32)
func (gPUAsset *GPUAsset) UnpackGpuCountOf(data []byte) (uint32, error) {
	out, err := gPUAsset.abi.Unpack("gpuCountOf", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (gPUAsset *GPUAsset) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (gPUAsset *GPUAsset) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return gPUAsset.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (gPUAsset *GPUAsset) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (gPUAsset *GPUAsset) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return gPUAsset.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (gPUAsset *GPUAsset) UnpackHasRole(data []byte) (bool, error) {
	out, err := gPUAsset.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (gPUAsset *GPUAsset) PackIsApprovedForAll(account common.Address, operator common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("isApprovedForAll", account, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (gPUAsset *GPUAsset) TryPackIsApprovedForAll(account common.Address, operator common.Address) ([]byte, error) {
	return gPUAsset.abi.Pack("isApprovedForAll", account, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (gPUAsset *GPUAsset) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := gPUAsset.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOperatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf41875e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorOf(uint256 assetId) view returns(address)
func (gPUAsset *GPUAsset) PackOperatorOf(assetId *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("operatorOf", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf41875e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorOf(uint256 assetId) view returns(address)
func (gPUAsset *GPUAsset) TryPackOperatorOf(assetId *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("operatorOf", assetId)
}

// UnpackOperatorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf41875e1.
//
// Solidity: function operatorOf(uint256 assetId) view returns(address)
func (gPUAsset *GPUAsset) UnpackOperatorOf(data []byte) (common.Address, error) {
	out, err := gPUAsset.abi.Unpack("operatorOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (gPUAsset *GPUAsset) PackPause() []byte {
	enc, err := gPUAsset.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (gPUAsset *GPUAsset) TryPackPause() ([]byte, error) {
	return gPUAsset.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (gPUAsset *GPUAsset) PackPaused() []byte {
	enc, err := gPUAsset.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (gPUAsset *GPUAsset) TryPackPaused() ([]byte, error) {
	return gPUAsset.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (gPUAsset *GPUAsset) UnpackPaused(data []byte) (bool, error) {
	out, err := gPUAsset.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRatedPowerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ffeaa7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ratedPowerOf(uint256 assetId) view returns(uint32)
func (gPUAsset *GPUAsset) PackRatedPowerOf(assetId *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("ratedPowerOf", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRatedPowerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ffeaa7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ratedPowerOf(uint256 assetId) view returns(uint32)
func (gPUAsset *GPUAsset) TryPackRatedPowerOf(assetId *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("ratedPowerOf", assetId)
}

// UnpackRatedPowerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68ffeaa7.
//
// Solidity: function ratedPowerOf(uint256 assetId) view returns(uint32)
func (gPUAsset *GPUAsset) UnpackRatedPowerOf(data []byte) (uint32, error) {
	out, err := gPUAsset.abi.Unpack("ratedPowerOf", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (gPUAsset *GPUAsset) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (gPUAsset *GPUAsset) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return gPUAsset.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (gPUAsset *GPUAsset) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (gPUAsset *GPUAsset) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return gPUAsset.abi.Pack("revokeRole", role, account)
}

// PackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (gPUAsset *GPUAsset) PackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) []byte {
	enc, err := gPUAsset.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (gPUAsset *GPUAsset) TryPackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) ([]byte, error) {
	return gPUAsset.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (gPUAsset *GPUAsset) PackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) []byte {
	enc, err := gPUAsset.abi.Pack("safeTransferFrom", from, to, id, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (gPUAsset *GPUAsset) TryPackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) ([]byte, error) {
	return gPUAsset.abi.Pack("safeTransferFrom", from, to, id, value, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (gPUAsset *GPUAsset) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := gPUAsset.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (gPUAsset *GPUAsset) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return gPUAsset.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (gPUAsset *GPUAsset) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := gPUAsset.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (gPUAsset *GPUAsset) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return gPUAsset.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (gPUAsset *GPUAsset) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := gPUAsset.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTokenize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf99a2320.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenize((string,uint32,uint32,string,uint64,uint256,uint16,uint256,bytes32) p) returns(uint256 assetId)
func (gPUAsset *GPUAsset) PackTokenize(p GPUAssetTokenizeParams) []byte {
	enc, err := gPUAsset.abi.Pack("tokenize", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf99a2320.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenize((string,uint32,uint32,string,uint64,uint256,uint16,uint256,bytes32) p) returns(uint256 assetId)
func (gPUAsset *GPUAsset) TryPackTokenize(p GPUAssetTokenizeParams) ([]byte, error) {
	return gPUAsset.abi.Pack("tokenize", p)
}

// UnpackTokenize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf99a2320.
//
// Solidity: function tokenize((string,uint32,uint32,string,uint64,uint256,uint16,uint256,bytes32) p) returns(uint256 assetId)
func (gPUAsset *GPUAsset) UnpackTokenize(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("tokenize", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (gPUAsset *GPUAsset) PackTotalSupply() []byte {
	enc, err := gPUAsset.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (gPUAsset *GPUAsset) TryPackTotalSupply() ([]byte, error) {
	return gPUAsset.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (gPUAsset *GPUAsset) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd85b039.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply(uint256 id) view returns(uint256)
func (gPUAsset *GPUAsset) PackTotalSupply0(id *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("totalSupply0", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd85b039.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply(uint256 id) view returns(uint256)
func (gPUAsset *GPUAsset) TryPackTotalSupply0(id *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("totalSupply0", id)
}

// UnpackTotalSupply0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd85b039.
//
// Solidity: function totalSupply(uint256 id) view returns(uint256)
func (gPUAsset *GPUAsset) UnpackTotalSupply0(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("totalSupply0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (gPUAsset *GPUAsset) PackUnpause() []byte {
	enc, err := gPUAsset.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (gPUAsset *GPUAsset) TryPackUnpause() ([]byte, error) {
	return gPUAsset.abi.Pack("unpause")
}

// PackUpdateMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x019f7f7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateMetadata(uint256 assetId, bytes32 newHash) returns()
func (gPUAsset *GPUAsset) PackUpdateMetadata(assetId *big.Int, newHash [32]byte) []byte {
	enc, err := gPUAsset.abi.Pack("updateMetadata", assetId, newHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x019f7f7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateMetadata(uint256 assetId, bytes32 newHash) returns()
func (gPUAsset *GPUAsset) TryPackUpdateMetadata(assetId *big.Int, newHash [32]byte) ([]byte, error) {
	return gPUAsset.abi.Pack("updateMetadata", assetId, newHash)
}

// PackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uri(uint256 ) view returns(string)
func (gPUAsset *GPUAsset) PackUri(arg0 *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("uri", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uri(uint256 ) view returns(string)
func (gPUAsset *GPUAsset) TryPackUri(arg0 *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("uri", arg0)
}

// UnpackUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e89341c.
//
// Solidity: function uri(uint256 ) view returns(string)
func (gPUAsset *GPUAsset) UnpackUri(data []byte) (string, error) {
	out, err := gPUAsset.abi.Unpack("uri", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// GPUAssetApprovalForAll represents a ApprovalForAll event raised by the GPUAsset contract.
type GPUAssetApprovalForAll struct {
	Account  common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const GPUAssetApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (GPUAssetApprovalForAll) ContractEventName() string {
	return GPUAssetApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed account, address indexed operator, bool approved)
func (gPUAsset *GPUAsset) UnpackApprovalForAllEvent(log *types.Log) (*GPUAssetApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetApprovalForAll)
	if len(log.Data) > 0 {
		if err := gPUAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUAsset.abi.Events[event].Inputs {
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

// GPUAssetAssetTokenized represents a AssetTokenized event raised by the GPUAsset contract.
type GPUAssetAssetTokenized struct {
	AssetId  *big.Int
	Operator common.Address
	Params   GPUAssetTokenizeParams
	Raw      *types.Log // Blockchain specific contextual infos
}

const GPUAssetAssetTokenizedEventName = "AssetTokenized"

// ContractEventName returns the user-defined event name.
func (GPUAssetAssetTokenized) ContractEventName() string {
	return GPUAssetAssetTokenizedEventName
}

// UnpackAssetTokenizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetTokenized(uint256 indexed assetId, address indexed operator, (string,uint32,uint32,string,uint64,uint256,uint16,uint256,bytes32) params)
func (gPUAsset *GPUAsset) UnpackAssetTokenizedEvent(log *types.Log) (*GPUAssetAssetTokenized, error) {
	event := "AssetTokenized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetAssetTokenized)
	if len(log.Data) > 0 {
		if err := gPUAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUAsset.abi.Events[event].Inputs {
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

// GPUAssetMetadataUpdated represents a MetadataUpdated event raised by the GPUAsset contract.
type GPUAssetMetadataUpdated struct {
	AssetId      *big.Int
	PreviousHash [32]byte
	NewHash      [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const GPUAssetMetadataUpdatedEventName = "MetadataUpdated"

// ContractEventName returns the user-defined event name.
func (GPUAssetMetadataUpdated) ContractEventName() string {
	return GPUAssetMetadataUpdatedEventName
}

// UnpackMetadataUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdated(uint256 indexed assetId, bytes32 previousHash, bytes32 newHash)
func (gPUAsset *GPUAsset) UnpackMetadataUpdatedEvent(log *types.Log) (*GPUAssetMetadataUpdated, error) {
	event := "MetadataUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetMetadataUpdated)
	if len(log.Data) > 0 {
		if err := gPUAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUAsset.abi.Events[event].Inputs {
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

// GPUAssetOperatorChanged represents a OperatorChanged event raised by the GPUAsset contract.
type GPUAssetOperatorChanged struct {
	AssetId          *big.Int
	PreviousOperator common.Address
	NewOperator      common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const GPUAssetOperatorChangedEventName = "OperatorChanged"

// ContractEventName returns the user-defined event name.
func (GPUAssetOperatorChanged) ContractEventName() string {
	return GPUAssetOperatorChangedEventName
}

// UnpackOperatorChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorChanged(uint256 indexed assetId, address indexed previousOperator, address indexed newOperator)
func (gPUAsset *GPUAsset) UnpackOperatorChangedEvent(log *types.Log) (*GPUAssetOperatorChanged, error) {
	event := "OperatorChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetOperatorChanged)
	if len(log.Data) > 0 {
		if err := gPUAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUAsset.abi.Events[event].Inputs {
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

// GPUAssetPaused represents a Paused event raised by the GPUAsset contract.
type GPUAssetPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GPUAssetPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (GPUAssetPaused) ContractEventName() string {
	return GPUAssetPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (gPUAsset *GPUAsset) UnpackPausedEvent(log *types.Log) (*GPUAssetPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetPaused)
	if len(log.Data) > 0 {
		if err := gPUAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUAsset.abi.Events[event].Inputs {
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

// GPUAssetRoleAdminChanged represents a RoleAdminChanged event raised by the GPUAsset contract.
type GPUAssetRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const GPUAssetRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (GPUAssetRoleAdminChanged) ContractEventName() string {
	return GPUAssetRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (gPUAsset *GPUAsset) UnpackRoleAdminChangedEvent(log *types.Log) (*GPUAssetRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := gPUAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUAsset.abi.Events[event].Inputs {
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

// GPUAssetRoleGranted represents a RoleGranted event raised by the GPUAsset contract.
type GPUAssetRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GPUAssetRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (GPUAssetRoleGranted) ContractEventName() string {
	return GPUAssetRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (gPUAsset *GPUAsset) UnpackRoleGrantedEvent(log *types.Log) (*GPUAssetRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetRoleGranted)
	if len(log.Data) > 0 {
		if err := gPUAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUAsset.abi.Events[event].Inputs {
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

// GPUAssetRoleRevoked represents a RoleRevoked event raised by the GPUAsset contract.
type GPUAssetRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GPUAssetRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (GPUAssetRoleRevoked) ContractEventName() string {
	return GPUAssetRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (gPUAsset *GPUAsset) UnpackRoleRevokedEvent(log *types.Log) (*GPUAssetRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetRoleRevoked)
	if len(log.Data) > 0 {
		if err := gPUAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUAsset.abi.Events[event].Inputs {
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

// GPUAssetTransferBatch represents a TransferBatch event raised by the GPUAsset contract.
type GPUAssetTransferBatch struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Ids      []*big.Int
	Values   []*big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const GPUAssetTransferBatchEventName = "TransferBatch"

// ContractEventName returns the user-defined event name.
func (GPUAssetTransferBatch) ContractEventName() string {
	return GPUAssetTransferBatchEventName
}

// UnpackTransferBatchEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values)
func (gPUAsset *GPUAsset) UnpackTransferBatchEvent(log *types.Log) (*GPUAssetTransferBatch, error) {
	event := "TransferBatch"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetTransferBatch)
	if len(log.Data) > 0 {
		if err := gPUAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUAsset.abi.Events[event].Inputs {
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

// GPUAssetTransferSingle represents a TransferSingle event raised by the GPUAsset contract.
type GPUAssetTransferSingle struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Id       *big.Int
	Value    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const GPUAssetTransferSingleEventName = "TransferSingle"

// ContractEventName returns the user-defined event name.
func (GPUAssetTransferSingle) ContractEventName() string {
	return GPUAssetTransferSingleEventName
}

// UnpackTransferSingleEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)
func (gPUAsset *GPUAsset) UnpackTransferSingleEvent(log *types.Log) (*GPUAssetTransferSingle, error) {
	event := "TransferSingle"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetTransferSingle)
	if len(log.Data) > 0 {
		if err := gPUAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUAsset.abi.Events[event].Inputs {
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

// GPUAssetURI represents a URI event raised by the GPUAsset contract.
type GPUAssetURI struct {
	Value string
	Id    *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const GPUAssetURIEventName = "URI"

// ContractEventName returns the user-defined event name.
func (GPUAssetURI) ContractEventName() string {
	return GPUAssetURIEventName
}

// UnpackURIEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event URI(string value, uint256 indexed id)
func (gPUAsset *GPUAsset) UnpackURIEvent(log *types.Log) (*GPUAssetURI, error) {
	event := "URI"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetURI)
	if len(log.Data) > 0 {
		if err := gPUAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUAsset.abi.Events[event].Inputs {
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

// GPUAssetUnpaused represents a Unpaused event raised by the GPUAsset contract.
type GPUAssetUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GPUAssetUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (GPUAssetUnpaused) ContractEventName() string {
	return GPUAssetUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (gPUAsset *GPUAsset) UnpackUnpausedEvent(log *types.Log) (*GPUAssetUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetUnpaused)
	if len(log.Data) > 0 {
		if err := gPUAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gPUAsset.abi.Events[event].Inputs {
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
func (gPUAsset *GPUAsset) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["CommissionedInFuture"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackCommissionedInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ERC1155InsufficientBalance"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackERC1155InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ERC1155InvalidApprover"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackERC1155InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ERC1155InvalidArrayLength"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackERC1155InvalidArrayLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ERC1155InvalidOperator"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackERC1155InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ERC1155InvalidReceiver"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackERC1155InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ERC1155InvalidSender"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackERC1155InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ERC1155MissingApprovalForAll"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackERC1155MissingApprovalForAllError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["EmptyGPUModel"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackEmptyGPUModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["EmptyLocation"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackEmptyLocationError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["InvalidBookValue"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackInvalidBookValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["InvalidGPUCount"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackInvalidGPUCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["InvalidRatedPower"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackInvalidRatedPowerError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["InvalidShareSupply"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackInvalidShareSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["InvalidUsefulLife"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackInvalidUsefulLifeError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["NotAssetOperator"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackNotAssetOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["UnknownAsset"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackUnknownAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GPUAssetAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the GPUAsset contract.
type GPUAssetAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func GPUAssetAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (gPUAsset *GPUAsset) UnpackAccessControlBadConfirmationError(raw []byte) (*GPUAssetAccessControlBadConfirmation, error) {
	out := new(GPUAssetAccessControlBadConfirmation)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the GPUAsset contract.
type GPUAssetAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func GPUAssetAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (gPUAsset *GPUAsset) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*GPUAssetAccessControlUnauthorizedAccount, error) {
	out := new(GPUAssetAccessControlUnauthorizedAccount)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetCommissionedInFuture represents a CommissionedInFuture error raised by the GPUAsset contract.
type GPUAssetCommissionedInFuture struct {
	CommissionedAt uint64
	NowTs          *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommissionedInFuture(uint64 commissionedAt, uint256 nowTs)
func GPUAssetCommissionedInFutureErrorID() common.Hash {
	return common.HexToHash("0x07a665dd784ad5fd4ed3d65581daab5961819bbf69d2ee1abab1cf6943356e27")
}

// UnpackCommissionedInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommissionedInFuture(uint64 commissionedAt, uint256 nowTs)
func (gPUAsset *GPUAsset) UnpackCommissionedInFutureError(raw []byte) (*GPUAssetCommissionedInFuture, error) {
	out := new(GPUAssetCommissionedInFuture)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "CommissionedInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetERC1155InsufficientBalance represents a ERC1155InsufficientBalance error raised by the GPUAsset contract.
type GPUAssetERC1155InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func GPUAssetERC1155InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0x03dee4c573c982787b5f3537d6323ffaca9d864448aa6bd828ada9e5d0837036")
}

// UnpackERC1155InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func (gPUAsset *GPUAsset) UnpackERC1155InsufficientBalanceError(raw []byte) (*GPUAssetERC1155InsufficientBalance, error) {
	out := new(GPUAssetERC1155InsufficientBalance)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "ERC1155InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetERC1155InvalidApprover represents a ERC1155InvalidApprover error raised by the GPUAsset contract.
type GPUAssetERC1155InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func GPUAssetERC1155InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0x3e31884e33c33ce0039d1905e3c252950ae3b95240f36d4fff81f5ff6752ef99")
}

// UnpackERC1155InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func (gPUAsset *GPUAsset) UnpackERC1155InvalidApproverError(raw []byte) (*GPUAssetERC1155InvalidApprover, error) {
	out := new(GPUAssetERC1155InvalidApprover)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "ERC1155InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetERC1155InvalidArrayLength represents a ERC1155InvalidArrayLength error raised by the GPUAsset contract.
type GPUAssetERC1155InvalidArrayLength struct {
	IdsLength    *big.Int
	ValuesLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func GPUAssetERC1155InvalidArrayLengthErrorID() common.Hash {
	return common.HexToHash("0x5b0599913619cfa5633692652638ed25cafcd079c9beae8c251b12c23dcc83f2")
}

// UnpackERC1155InvalidArrayLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func (gPUAsset *GPUAsset) UnpackERC1155InvalidArrayLengthError(raw []byte) (*GPUAssetERC1155InvalidArrayLength, error) {
	out := new(GPUAssetERC1155InvalidArrayLength)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "ERC1155InvalidArrayLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetERC1155InvalidOperator represents a ERC1155InvalidOperator error raised by the GPUAsset contract.
type GPUAssetERC1155InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func GPUAssetERC1155InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0xced3e10010b9d2aa24827119d0db4a8feec73aea48b4b3e470d8a9f3ff723569")
}

// UnpackERC1155InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func (gPUAsset *GPUAsset) UnpackERC1155InvalidOperatorError(raw []byte) (*GPUAssetERC1155InvalidOperator, error) {
	out := new(GPUAssetERC1155InvalidOperator)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "ERC1155InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetERC1155InvalidReceiver represents a ERC1155InvalidReceiver error raised by the GPUAsset contract.
type GPUAssetERC1155InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func GPUAssetERC1155InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x57f447ceed621d9e134e26de5772c88799abb7322ce2a87f95dce247d47105c6")
}

// UnpackERC1155InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func (gPUAsset *GPUAsset) UnpackERC1155InvalidReceiverError(raw []byte) (*GPUAssetERC1155InvalidReceiver, error) {
	out := new(GPUAssetERC1155InvalidReceiver)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "ERC1155InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetERC1155InvalidSender represents a ERC1155InvalidSender error raised by the GPUAsset contract.
type GPUAssetERC1155InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidSender(address sender)
func GPUAssetERC1155InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x01a83514e94b34009110b75cac6742ba33bd7c62f18a3616bafea52855d3b175")
}

// UnpackERC1155InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidSender(address sender)
func (gPUAsset *GPUAsset) UnpackERC1155InvalidSenderError(raw []byte) (*GPUAssetERC1155InvalidSender, error) {
	out := new(GPUAssetERC1155InvalidSender)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "ERC1155InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetERC1155MissingApprovalForAll represents a ERC1155MissingApprovalForAll error raised by the GPUAsset contract.
type GPUAssetERC1155MissingApprovalForAll struct {
	Operator common.Address
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func GPUAssetERC1155MissingApprovalForAllErrorID() common.Hash {
	return common.HexToHash("0xe237d922be9fac42efeaaaffb42cc6b57e0ff95d94a1b74daeff69adc7657754")
}

// UnpackERC1155MissingApprovalForAllError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func (gPUAsset *GPUAsset) UnpackERC1155MissingApprovalForAllError(raw []byte) (*GPUAssetERC1155MissingApprovalForAll, error) {
	out := new(GPUAssetERC1155MissingApprovalForAll)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "ERC1155MissingApprovalForAll", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetEmptyGPUModel represents a EmptyGPUModel error raised by the GPUAsset contract.
type GPUAssetEmptyGPUModel struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyGPUModel()
func GPUAssetEmptyGPUModelErrorID() common.Hash {
	return common.HexToHash("0x313e6d4b81b78edf28ffb0eda04996f25a7431a0ab375f4dae85e354fa3f1b42")
}

// UnpackEmptyGPUModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyGPUModel()
func (gPUAsset *GPUAsset) UnpackEmptyGPUModelError(raw []byte) (*GPUAssetEmptyGPUModel, error) {
	out := new(GPUAssetEmptyGPUModel)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "EmptyGPUModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetEmptyLocation represents a EmptyLocation error raised by the GPUAsset contract.
type GPUAssetEmptyLocation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyLocation()
func GPUAssetEmptyLocationErrorID() common.Hash {
	return common.HexToHash("0x2656eee57c3969d7709ba2f4a69ec1c6fa6f11dd9e5fe7540c6af287f239f5e3")
}

// UnpackEmptyLocationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyLocation()
func (gPUAsset *GPUAsset) UnpackEmptyLocationError(raw []byte) (*GPUAssetEmptyLocation, error) {
	out := new(GPUAssetEmptyLocation)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "EmptyLocation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetEnforcedPause represents a EnforcedPause error raised by the GPUAsset contract.
type GPUAssetEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func GPUAssetEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (gPUAsset *GPUAsset) UnpackEnforcedPauseError(raw []byte) (*GPUAssetEnforcedPause, error) {
	out := new(GPUAssetEnforcedPause)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetExpectedPause represents a ExpectedPause error raised by the GPUAsset contract.
type GPUAssetExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func GPUAssetExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (gPUAsset *GPUAsset) UnpackExpectedPauseError(raw []byte) (*GPUAssetExpectedPause, error) {
	out := new(GPUAssetExpectedPause)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetInvalidBookValue represents a InvalidBookValue error raised by the GPUAsset contract.
type GPUAssetInvalidBookValue struct {
	BookValue *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBookValue(uint256 bookValue)
func GPUAssetInvalidBookValueErrorID() common.Hash {
	return common.HexToHash("0x1a2774c9bd80ebbd62b1b5b1a7f3ae9c62ea022d31f3fa38ac92f910612c229b")
}

// UnpackInvalidBookValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBookValue(uint256 bookValue)
func (gPUAsset *GPUAsset) UnpackInvalidBookValueError(raw []byte) (*GPUAssetInvalidBookValue, error) {
	out := new(GPUAssetInvalidBookValue)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "InvalidBookValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetInvalidGPUCount represents a InvalidGPUCount error raised by the GPUAsset contract.
type GPUAssetInvalidGPUCount struct {
	GpuCount uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidGPUCount(uint32 gpuCount)
func GPUAssetInvalidGPUCountErrorID() common.Hash {
	return common.HexToHash("0xf612cecbf5fa464660a0f690a639999be569acec7b5f721c33724ddbd8e6f14b")
}

// UnpackInvalidGPUCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidGPUCount(uint32 gpuCount)
func (gPUAsset *GPUAsset) UnpackInvalidGPUCountError(raw []byte) (*GPUAssetInvalidGPUCount, error) {
	out := new(GPUAssetInvalidGPUCount)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "InvalidGPUCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetInvalidRatedPower represents a InvalidRatedPower error raised by the GPUAsset contract.
type GPUAssetInvalidRatedPower struct {
	RatedPowerW uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRatedPower(uint32 ratedPowerW)
func GPUAssetInvalidRatedPowerErrorID() common.Hash {
	return common.HexToHash("0xee5f183d542c6c9685e59194287c54e7c2a41fff01248e9d696c9f1fb3374990")
}

// UnpackInvalidRatedPowerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRatedPower(uint32 ratedPowerW)
func (gPUAsset *GPUAsset) UnpackInvalidRatedPowerError(raw []byte) (*GPUAssetInvalidRatedPower, error) {
	out := new(GPUAssetInvalidRatedPower)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "InvalidRatedPower", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetInvalidShareSupply represents a InvalidShareSupply error raised by the GPUAsset contract.
type GPUAssetInvalidShareSupply struct {
	ShareSupply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShareSupply(uint256 shareSupply)
func GPUAssetInvalidShareSupplyErrorID() common.Hash {
	return common.HexToHash("0x8d20cf8b5a0ecf4924cd96c7505f5f780145f14bf0cc3724cfb5c3741fd69f2b")
}

// UnpackInvalidShareSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShareSupply(uint256 shareSupply)
func (gPUAsset *GPUAsset) UnpackInvalidShareSupplyError(raw []byte) (*GPUAssetInvalidShareSupply, error) {
	out := new(GPUAssetInvalidShareSupply)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "InvalidShareSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetInvalidUsefulLife represents a InvalidUsefulLife error raised by the GPUAsset contract.
type GPUAssetInvalidUsefulLife struct {
	UsefulLifeMonths uint16
	MaxMonths        uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUsefulLife(uint16 usefulLifeMonths, uint16 maxMonths)
func GPUAssetInvalidUsefulLifeErrorID() common.Hash {
	return common.HexToHash("0x3274d9d3804fc1fb60bad300b14165e240006d9e9638c047bdadc9a7bbff486d")
}

// UnpackInvalidUsefulLifeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUsefulLife(uint16 usefulLifeMonths, uint16 maxMonths)
func (gPUAsset *GPUAsset) UnpackInvalidUsefulLifeError(raw []byte) (*GPUAssetInvalidUsefulLife, error) {
	out := new(GPUAssetInvalidUsefulLife)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "InvalidUsefulLife", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetNotAssetOperator represents a NotAssetOperator error raised by the GPUAsset contract.
type GPUAssetNotAssetOperator struct {
	AssetId  *big.Int
	Caller   common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAssetOperator(uint256 assetId, address caller, address operator)
func GPUAssetNotAssetOperatorErrorID() common.Hash {
	return common.HexToHash("0x4a3d19735f50be241eee4e568f44bc4834e37586dc1c454a365ac76ad933c0c3")
}

// UnpackNotAssetOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAssetOperator(uint256 assetId, address caller, address operator)
func (gPUAsset *GPUAsset) UnpackNotAssetOperatorError(raw []byte) (*GPUAssetNotAssetOperator, error) {
	out := new(GPUAssetNotAssetOperator)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "NotAssetOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetUnknownAsset represents a UnknownAsset error raised by the GPUAsset contract.
type GPUAssetUnknownAsset struct {
	AssetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownAsset(uint256 assetId)
func GPUAssetUnknownAssetErrorID() common.Hash {
	return common.HexToHash("0xcb3e2772d2362b85f30073738c859b7c3d6307867e03f1cca89c8c8e027288a2")
}

// UnpackUnknownAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownAsset(uint256 assetId)
func (gPUAsset *GPUAsset) UnpackUnknownAssetError(raw []byte) (*GPUAssetUnknownAsset, error) {
	out := new(GPUAssetUnknownAsset)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "UnknownAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetZeroAddress represents a ZeroAddress error raised by the GPUAsset contract.
type GPUAssetZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func GPUAssetZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (gPUAsset *GPUAsset) UnpackZeroAddressError(raw []byte) (*GPUAssetZeroAddress, error) {
	out := new(GPUAssetZeroAddress)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
