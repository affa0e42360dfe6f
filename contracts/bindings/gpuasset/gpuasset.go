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
	OperatorFeeBps   uint16
	ReserveBps       uint16
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
	OperatorFeeBps   uint16
	ReserveBps       uint16
}

// IRevenueDistributorRevenueTotals is an auto generated low-level Go binding around an user-defined struct.
type IRevenueDistributorRevenueTotals struct {
	Gross                 *big.Int
	PlatformFees          *big.Int
	OperatorFees          *big.Int
	OperatorFeesWithdrawn *big.Int
	ReserveAccrued        *big.Int
	ReserveWithdrawn      *big.Int
	Holders               *big.Int
	Claimed               *big.Int
	AccRevenuePerShare    *big.Int
	CarriedDust           *big.Int
}

// GPUAssetMetaData contains all meta data concerning the GPUAsset contract.
var GPUAssetMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"uri_\",\"type\":\"string\"},{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"commissionedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"CommissionedInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC1155InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idsLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"valuesLength\",\"type\":\"uint256\"}],\"name\":\"ERC1155InvalidArrayLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC1155MissingApprovalForAll\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyGPUModel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyLocation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyPurpose\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"maxPlatformFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"}],\"name\":\"FeesExceed100Percent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientReserve\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"}],\"name\":\"InvalidBookValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"}],\"name\":\"InvalidGPUCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"ratedPowerW\",\"type\":\"uint32\"}],\"name\":\"InvalidRatedPower\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shareSupply\",\"type\":\"uint256\"}],\"name\":\"InvalidShareSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"usefulLifeMonths\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxMonths\",\"type\":\"uint16\"}],\"name\":\"InvalidUsefulLife\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetIds\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"holders\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"NoShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotAssetOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTreasuryOrAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxBps\",\"type\":\"uint16\"}],\"name\":\"PlatformFeeTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"UnknownAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"previousOperatorFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"previousReserveBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"}],\"name\":\"AssetFeesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ratedPowerW\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"commissionedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"usefulLifeMonths\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"shareSupply\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structGPUAsset.TokenizeParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"AssetTokenized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"previousHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"newHash\",\"type\":\"bytes32\"}],\"name\":\"MetadataUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOperator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOperator\",\"type\":\"address\"}],\"name\":\"OperatorChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OperatorFeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"previousBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"newBps\",\"type\":\"uint16\"}],\"name\":\"PlatformFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PlatformFeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"purpose\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"memo\",\"type\":\"string\"}],\"name\":\"ReserveWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RevenueClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gross\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"platformFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"operatorFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserve\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"holders\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"accRevenuePerShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"carriedDust\",\"type\":\"uint256\"}],\"name\":\"RevenueDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"}],\"name\":\"TransferBatch\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"TransferSingle\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousTreasury\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newTreasury\",\"type\":\"address\"}],\"name\":\"TreasuryChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"value\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"URI\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ACC_OFFSET\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ACC_SCALE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FEE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PLATFORM_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SHARE_SUPPLY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_USEFUL_LIFE_MONTHS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"asset\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ratedPowerW\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"usefulLifeMonths\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"commissionedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shareSupply\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"}],\"internalType\":\"structGPUAsset.Asset\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"assetCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"balanceOfBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"carriedDust\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newOperator\",\"type\":\"address\"}],\"name\":\"changeOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"assetIds\",\"type\":\"uint256[]\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"assetIds\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"holders\",\"type\":\"address[]\"}],\"name\":\"claimableBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"fractions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositRevenue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"gpuCountOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"operatorFeesOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"operatorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"platformFeeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"platformFeesOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"ratedPowerOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"reserveBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"revenueTotals\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"gross\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"platformFees\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"operatorFees\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"operatorFeesWithdrawn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserveAccrued\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserveWithdrawn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"holders\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accRevenuePerShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"carriedDust\",\"type\":\"uint256\"}],\"internalType\":\"structIRevenueDistributor.RevenueTotals\",\"name\":\"r\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeBatchTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"}],\"name\":\"setAssetFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"setPlatformFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newTreasury\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stablecoin\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ratedPowerW\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"commissionedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"usefulLifeMonths\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"shareSupply\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"}],\"internalType\":\"structGPUAsset.TokenizeParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"tokenize\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"newHash\",\"type\":\"bytes32\"}],\"name\":\"updateMetadata\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"withdrawOperatorFees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawPlatformFees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"purpose\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"memo\",\"type\":\"string\"}],\"name\":\"withdrawReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "GPUAsset",
	Bin: "0x60a060405234610316576145e7803803806100198161031a565b9283398101608082820312610316576100318261033f565b60208301519092906001600160401b03811161031657810182601f82011215610316578051906001600160401b03821161030257610078601f8301601f191660200161031a565b938285526020838301011161031657815f9260208093018387015e840101526040810151906001600160a01b038216908183036103165760606100bb910161033f565b835190936001600160401b0382116103025760025490600182811c921680156102f8575b60208310146102e45781601f84931161026e575b50602090601f8311600114610208575f926101fd575b50508160011b915f199060031b1c1916176002555b1580156101ec575b6101dd5760805260068054610100600160a81b031916600883901b610100600160a81b03161790556001600160a01b03165f7f8c3aa5f43a388513435861bf27dfad7829cd248696fed367c62d441f629544968180a36001600160a01b038116156101dd57806101986101a892610353565b506101a2816103c9565b5061045c565b5060405161407790816104f082396080518181816108bf0152818161139001528181611e02015281816124ed015261261b0152f35b63d92e233d60e01b5f5260045ffd5b506001600160a01b03821615610126565b015190505f80610109565b60025f9081528281209350601f198516905b818110610256575090846001959493921061023e575b505050811b0160025561011e565b01515f1960f88460031b161c191690555f8080610230565b9293602060018192878601518155019501930161021a565b828111156100f35760025f52909150601f830160051c7f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace602085106102dc575b849392601f0160051c82900391015f5b8281106102cc5750506100f3565b5f818301558594506001016102be565b5f91506102ae565b634e487b7160e01b5f52602260045260245ffd5b91607f16916100df565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761030257604052565b51906001600160a01b038216820361031657565b6001600160a01b0381165f9081525f5160206145a75f395f51905f52602052604090205460ff166103c4576001600160a01b03165f8181525f5160206145a75f395f51905f5260205260408120805460ff191660011790553391905f5160206145675f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206145c75f395f51905f52602052604090205460ff166103c4576001600160a01b03165f8181525f5160206145c75f395f51905f5260205260408120805460ff191660011790553391907f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a905f5160206145675f395f51905f529080a4600190565b6001600160a01b0381165f9081525f5160206145875f395f51905f52602052604090205460ff166103c4576001600160a01b03165f8181525f5160206145875f395f51905f5260205260408120805460ff191660011790553391907f349eec46d2c564a125684d1934a6120a70cc341d3a26d362e358a775e07dec17905f5160206145675f395f51905f529080a460019056fe60806040526004361015610011575f80fd5b5f3560e01c8062fdd58e1461037e578063019f7f7b1461037957806301ffc9a71461037457806302f62b191461036f5780630cae7afc1461036a5780630e89341c14610365578063142696871461036057806318160ddd1461035b5780631cfff1c21461035657806322dcd13e14610351578063248a9ca31461034c578063249d39e91461034757806326997596146103425780632eb2c2d61461033d5780632f2ff15d1461033857806330e740811461033357806336568abe1461032e5780633f4ba83a146103295780634cba593a146103245780634e1273f41461031f5780634f558e791461031a5780635c975abb146103155780635cbc742c1461031057806361d027b31461030b5780636887f9241461030657806368ffeaa7146103015780636afc511b146102e85780636ba4c138146102fc5780636c335def146102f75780637a3bc817146102f25780638456cb59146102ed57806388fc9b3f146102e85780638d01513c146102e35780638ea06f81146102de57806391d14854146102d95780639936ef50146102d4578063a0c7f71c146102cf578063a217fddf146102ca578063a22cb465146102c5578063bd85b039146102c0578063bded3431146102bb578063c1d33049146102b6578063d230606f146102b1578063d547741f146102ac578063e63ab1e9146102a7578063e7af036e146102a2578063e985e9c51461029d578063e9a8e03614610298578063e9cbd82214610293578063eafe7a741461028e578063ec3889b514610289578063f0f4426014610284578063f242432a1461027f578063f41875e11461027a5763f5b541a614610275575f80fd5b612064565b612034565b611f63565b611e7d565b611e4e565b611e31565b611ded565b611b86565b611b2e565b611b13565b611ad9565b611a98565b611a28565b6119fc565b61191c565b6118cf565b6117fe565b6117e4565b6117b1565b611775565b611723565b6115d5565b6114ec565b6112c8565b611492565b611407565b6113ec565b61131a565b611298565b61125a565b61122e565b611184565b611162565b611136565b611075565b610ff4565b610f8d565b610f45565b610f15565b610ecd565b610e3b565b610b23565b610b07565b610ad4565b610ab0565b610a7a565b610a5d565b610a18565b610935565b6105d4565b6104f2565b610450565b6103e4565b610398565b6001600160a01b0381160361039457565b5f80fd5b346103945760403660031901126103945760206103db6004356103ba81610383565b6024355f525f835260405f209060018060a01b03165f5260205260405f2090565b54604051908152f35b34610394576040366003190112610394576004356024359060046104083383612b2a565b01907ff5da470e1f129b5e619c71302e26d6f4a61d18ac5a613d0cde67e1e8d01fcd04604083548151908152856020820152a255005b6001600160e01b031981160361039457565b346103945760203660031901126103945760043561046d8161043e565b63ffffffff60e01b16637965db0b60e01b8114908115610496575b506040519015158152602090f35b636cdb3d1360e11b8114915081156104c8575b81156104b7575b505f610488565b6301ffc9a760e01b1490505f6104b0565b6303a24d0760e21b811491506104a9565b61ffff81160361039457565b35906104f0826104d9565b565b34610394576060366003190112610394576004357fe595d5af3957aa1e6a2ca2649ee489cee05b271c29e226209907bc75c5e3067d6080602435610535816104d9565b61ffff604435610544816104d9565b61054d3361326f565b61055686612b79565b5050506105638184612ba0565b8161056d87612de9565b93845460f01c946105ba8260018301926105978787865416959061ffff1661ffff19825416179055565b80546001600160f01b031660f09290921b6001600160f01b031916919091179055565b6040519586526020860152166040840152166060820152a2005b34610394576040366003190112610394576004356024356105f3612bed565b80156109025761060282612b79565b93915091610619825f52600360205260405f205490565b9081156108ed5761062990612c34565b6006546001600160801b03821695919060a81c61ffff1661ffff16612710908702046001600160801b03169461271061ffff9091168702046001600160801b03169161271061ffff9091168702046001600160801b03169283838784036001600160801b0316036001600160801b0316036001600160801b0316906106b6865f52600860205260405f2090565b916106c9875f52600960205260405f2090565b6106d2826120d0565b600182019081546106e9906001600160801b031690565b6001600160801b03166106fb91612107565b610705858261209e565b865461071b9082906001600160801b0316612107565b95610725916120f4565b61072e91612114565b6001600160801b03169461074185612c34565b61074a91612121565b6107548582612121565b815461076a9087906001600160801b031661213c565b6107749083612121565b815461078490849060801c61213c565b82546001600160801b031660809190911b6001600160801b03191617825580548a9060801c906107b39161213c565b81546001600160801b031660809190911b6001600160801b03191617905560028101805487906001600160801b0316906107ec9161213c565b6107f591612121565b600301805461080e9088906001600160801b031661213c565b61081791612121565b60075461082e9089906001600160801b031661213c565b61084e906001600160801b03166001600160801b03196007541617600755565b604080516001600160801b03958616815298851660208a0152948416948801949094529382166060870152918116608086015260a08501929092521660c083015233917ff1d41616b960f4e41a7727d57d449ba13f6ce1d99fe4b9b4b35646de5ed9659b9060e090a36108e39030337f0000000000000000000000000000000000000000000000000000000000000000612c65565b6108eb612c22565b005b63ea741ea760e01b5f52600483905260245b5ffd5b631f2a200560e01b5f5260045ffd5b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b34610394576020366003190112610394576040515f6002546109568161215c565b80845290600181169081156109f45750600114610996575b6109928361097e81850382610d17565b604051918291602083526020830190610911565b0390f35b60025f9081527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace939250905b8082106109da5750909150810160200161097e61096e565b9192600181602092548385880101520191019092916109c2565b60ff191660208086019190915291151560051b8401909101915061097e905061096e565b34610394576020366003190112610394576004355f52600960205260206001600160801b03610a54600360405f200154828160801c9116612232565b16604051908152f35b34610394575f366003190112610394576020600454604051908152f35b34610394576020366003190112610394576004355f52600960205260206001600160801b03600160405f20015416604051908152f35b34610394575f36600319011261039457602061ffff60065460a81c16604051908152f35b34610394576020366003190112610394576020610aff6004355f526005602052600160405f20015490565b604051908152f35b34610394575f3660031901126103945760206040516127108152f35b3461039457602036600319011261039457610992600435610c50610b9c610b9c610c3e610b9c610b51612252565b95610c1a610b9c610b7c610b6d845f52600960205260405f2090565b935f52600860205260405f2090565b92610c0f610b9c60038354938d610ba8610b9c876001600160801b031690565b6001600160801b031690565b90528d6020610bbd60018401549d8e60801c90565b9101528d6060610bec610b9c6002850154610be1610b9c826001600160801b031690565b604086015260801c90565b91015201548c6080610c066001600160801b038416610b9c565b91015260801c90565b60a08b015260801c90565b60c088015254610c2d610b9c8260801c90565b60e08801526001600160801b031690565b6101008501526001600160801b031690565b6101208201526040519182918291909161012080610140830194805184526020810151602085015260408101516040850152606081015160608501526080810151608085015260a081015160a085015260c081015160c085015260e081015160e08501526101008101516101008501520151910152565b634e487b7160e01b5f52604160045260245ffd5b61018081019081106001600160401b03821117610cf757604052565b610cc7565b604081019081106001600160401b03821117610cf757604052565b90601f801991011681019081106001600160401b03821117610cf757604052565b604051906104f061018083610d17565b604051906104f0606083610d17565b604051906104f0604083610d17565b6001600160401b038111610cf75760051b60200190565b9080601f83011215610394578135610d9481610d66565b92610da26040519485610d17565b81845260208085019260051b82010192831161039457602001905b828210610dca5750505090565b8135815260209182019101610dbd565b6001600160401b038111610cf757601f01601f191660200190565b81601f8201121561039457803590610e0c82610dda565b92610e1a6040519485610d17565b8284526020838301011161039457815f926020809301838601378301015290565b346103945760a036600319011261039457600435610e5881610383565b60243590610e6582610383565b6044356001600160401b03811161039457610e84903690600401610d7d565b6064356001600160401b03811161039457610ea3903690600401610d7d565b90608435936001600160401b03851161039457610ec76108eb953690600401610df5565b936122ad565b34610394576040366003190112610394576108eb602435600435610ef082610383565b610f10610f09825f526005602052600160405f20015490565b3390613401565b612d59565b3461039457602036600319011261039457602063ffffffff610f38600435612de9565b5460a01c16604051908152f35b3461039457604036600319011261039457600435602435610f6581610383565b336001600160a01b03821603610f7e576108eb91612e1f565b63334bd91960e11b5f5260045ffd5b34610394575f36600319011261039457610fa6336132f5565b60065460ff811615610fe55760ff19166006557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b638dfc202b60e01b5f5260045ffd5b34610394575f3660031901126103945760206040517f349eec46d2c564a125684d1934a6120a70cc341d3a26d362e358a775e07dec178152f35b90602080835192838152019201905f5b81811061104b5750505090565b825184526020938401939092019160010161103e565b90602061107292818152019061102e565b90565b34610394576040366003190112610394576004356001600160401b0381116103945736602382011215610394578060040135906110b182610d66565b916110bf6040519384610d17565b8083526024602084019160051b8301019136831161039457602401905b82821061111c57836024356001600160401b038111610394576109929161110a611110923690600401610d7d565b906123cd565b60405191829182611061565b60208091833561112b81610383565b8152019101906110dc565b34610394576020366003190112610394576004355f526003602052602060405f20541515604051908152f35b34610394575f36600319011261039457602060ff600654166040519015158152f35b34610394576020366003190112610394576004356111a1816104d9565b6111aa3361326f565b61ffff81166107d0811161121757506006546040805161ffff60a884901c81168252841660208201529192917f19bd89f4fce4dc76d14d24b017fd5f1490567e91bb57e5c0f0a01706dc0f01199190a161ffff60a81b1990911660a89190911b61ffff60a81b1617600655005b62253ccb60e31b5f526004526107d060245260445ffd5b34610394575f3660031901126103945760065460405160089190911c6001600160a01b03168152602090f35b3461039457602036600319011261039457602061128060043561127b612bed565b61245c565b5f5f5160206140225f395f51905f525d604051908152f35b3461039457602036600319011261039457602063ffffffff6112bb600435612de9565b5460c01c16604051908152f35b34610394575f366003190112610394576020604051670de0b6b3a76400008152f35b9181601f84011215610394578235916001600160401b038311610394576020808501948460051b01011161039457565b34610394576020366003190112610394576004356001600160401b0381116103945761134a9036906004016112ea565b90611353612bed565b5f905f925b8084106113b9576109928380611389575b5f5f5160206140225f395f51905f525d6040519081529081906020820190565b6113b481337f0000000000000000000000000000000000000000000000000000000000000000612eeb565b611369565b90916113d16113c9858486612519565b353390613042565b81018091116113e7576001909301929190611358565b6120bc565b34610394575f36600319011261039457602060405160018152f35b34610394576040366003190112610394576108eb60243560043561142a82610383565b6114343382612b2a565b9061143e8361337b565b81546001600160a01b03848116929116907faabfda665eafe6f237e9080ad4540ec37df5f464329e120b0e69b44b58d617ad5f80a480546001600160a01b0319166001600160a01b03909216919091179055565b34610394575f366003190112610394576114ab336132f5565b6114b36134cc565b600160ff1960065416176006557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a1005b34610394575f3660031901126103945760206040516107d08152f35b602080825282516001600160a01b0316908201526110729190602082015163ffffffff166040820152604082015163ffffffff166060820152606082015161ffff166080820152608082015161ffff1660a082015260a082015161ffff1660c082015260c08201516001600160401b031660e082015260e08201516101008201526101008201516101208201526101208201516101408201526101606115bf610140840151610180838501526101a0840190610911565b92015190610180601f1982850301910152610911565b3461039457602036600319011261039457610992611648600435606061016060405161160081610cdb565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f610120820152826101408201520152612de9565b6117116006611655610d38565b83546001600160a01b038116825263ffffffff60a082901c8116602084015260c082901c16604083015261ffff60e082901c16606083015260f01c6080820152926116d96116c960018301546116ba6116af8261ffff1690565b61ffff1660a0890152565b60101c6001600160401b031690565b6001600160401b031660c0860152565b600281015460e08501526003810154610100850152600481015461012085015261170560058201612194565b61014085015201612194565b61016082015260405191829182611508565b3461039457604036600319011261039457602060ff61176960243560043561174a82610383565b5f526005845260405f209060018060a01b03165f5260205260405f2090565b54166040519015158152f35b34610394576020366003190112610394576004355f52600960205260206001600160801b03610a54600260405f200154828160801c9116612232565b346103945760403660031901126103945760206117db6024356004356117d682610383565b613451565b50604051908152f35b34610394575f3660031901126103945760206040515f8152f35b346103945760403660031901126103945760043561181b81610383565b60243580151581036103945733156118bc576001600160a01b0382169182156118aa578161186761187892335f52600160205260405f209060018060a01b03165f5260205260405f2090565b9060ff801983541691151516179055565b604051901515815233907f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3190602090a3005b62ced3e160e81b5f525f60045260245ffd5b631f18c42760e11b5f525f60045260245ffd5b34610394576020366003190112610394576020610aff6004355f52600360205260405f205490565b909161190e6110729360408452604084019061102e565b91602081840391015261102e565b34610394576040366003190112610394576004356001600160401b0381116103945761194c9036906004016112ea565b906024356001600160401b0381116103945761196c9036906004016112ea565b91908284036119e55761197e8461236e565b926119888561236e565b945f5b8181106119a157604051806109928989836118f7565b806119c96119b26001938589612519565b356119be838789612519565b35906117d682610383565b6119d3838b6123b4565b526119de82896123b4565b520161198b565b82846355c5b3e360e11b5f5260045260245260445ffd5b34610394575f3660031901126103945760206001600160801b03610a54600754828160801c9116612232565b346103945760a036600319011261039457604435602435600435611a4b83610383565b606435608435936001600160401b0385116103945736602386011215610394578460040135936001600160401b0385116103945736602486880101116103945760246108eb960193612529565b34610394576040366003190112610394576108eb602435600435611abb82610383565b611ad4610f09825f526005602052600160405f20015490565b612e1f565b34610394575f3660031901126103945760206040517f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a8152f35b34610394575f36600319011261039457602060405160f08152f35b3461039457604036600319011261039457602060ff611769600435611b5281610383565b60243590611b5f82610383565b60018060a01b03165f526001845260405f209060018060a01b03165f5260205260405f2090565b34610394576020366003190112610394576004356001600160401b0381116103945780600401610160600319833603011261039457611ddd61099292611bcb3361337b565b611bd36134cc565b611bdc836134e7565b611dcd611bea600b546126d3565b93611bf485600b55565b611dc6611dc0611c0c875f52600c60205260405f2090565b80546001600160a01b0319163317815592611c4c611c2c602488016126ef565b855463ffffffff60a01b191660a09190911b63ffffffff60a01b16178555565b611c7b611c5b604488016126ef565b855463ffffffff60c01b191660c09190911b63ffffffff60c01b16178555565b611ca6611c8a60c488016126f9565b855461ffff60e01b191660e09190911b61ffff60e01b16178555565b610124860190611cd8611cb8836126f9565b86546001600160f01b031660f09190911b6001600160f01b031916178655565b611d876006610144890196611d3a611cef896126f9565b611d096001840191829061ffff1661ffff19825416179055565b611d1560848d01612714565b69ffffffffffffffff000082549160101b169069ffffffffffffffff00001916179055565b60a48a01356002820155611d7e606460e48c01359b8c60038501556101048101356004850155611d77611d6d888061271e565b90600587016127ae565b018561271e565b929091016127ae565b887fea500046e397fec8e1c4eb57487eee97e8e5f79a62debe4b6ffa407cfcfe929660405180611db83395826128bd565b0390a36126f9565b916126f9565b90856136a3565b611dd56129ca565b90833361374e565b6040519081529081906020820190565b34610394575f366003190112610394576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610394575f366003190112610394576020600b54604051908152f35b34610394576020366003190112610394576020611280600435611e7081610383565b611e78612bed565b6129de565b3461039457602036600319011261039457600435611e9a81610383565b335f9081527f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc602052604090205460ff1615611f49576001600160a01b038116908115611f3a5760065491600883901c6001600160a01b03167f8c3aa5f43a388513435861bf27dfad7829cd248696fed367c62d441f629544965f80a3610100600160a81b031990911660089190911b610100600160a81b031617600655005b63d92e233d60e01b5f5260045ffd5b63e2517d3f60e01b5f908152336004526024819052604490fd5b346103945760a036600319011261039457600435611f8081610383565b602435611f8c81610383565b60443590606435926084356001600160401b03811161039457611fb3903690600401610df5565b92611fbe8233612cf3565b6001600160a01b03831615612021576001600160a01b0382161561200f576108eb9461200760405192600184526020840152604083019160018352606084015260808301604052565b929091613803565b626a0d4560e21b5f525f60045260245ffd5b632bfa23e760e11b5f525f60045260245ffd5b346103945760203660031901126103945760206001600160a01b0361205a600435612de9565b5416604051908152f35b34610394575f3660031901126103945760206040517f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b9298152f35b81156120a8570490565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b90670de0b6b3a7640000820291808304670de0b6b3a764000014901517156113e757565b818102929181159184041417156113e757565b919082018092116113e757565b919082039182116113e757565b906001600160801b03166001600160801b0319825416179055565b906001600160801b03809116911601906001600160801b0382116113e757565b90600182811c9216801561218a575b602083101461217657565b634e487b7160e01b5f52602260045260245ffd5b91607f169161216b565b9060405191825f8254926121a78461215c565b808452936001811690811561221057506001146121cc575b506104f092500383610d17565b90505f9291925260205f20905f915b8183106121f45750509060206104f0928201015f6121bf565b60209193508060019154838589010152019101909184926121db565b9050602092506104f094915060ff191682840152151560051b8201015f6121bf565b906001600160801b03809116911603906001600160801b0382116113e757565b6040519061014082018281106001600160401b03821117610cf7576040525f610120838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e0820152826101008201520152565b92949190916122bc8433612cf3565b6001600160a01b038316948515612021576001600160a01b038516801561200f576122e89796976134cc565b5f971415965b83518110156123485780612304600192866123b4565b515f818152600860205260409020546001600160801b0316612327818a84613d6d565b878b612337575b505050016122ee565b61234092613d6d565b5f808761232e565b50936104f0959391965061235e84848484613b9a565b6123688382613c8c565b33613afc565b9061237882610d66565b6123856040519182610d17565b8281528092612396601f1991610d66565b0190602036910137565b634e487b7160e01b5f52603260045260245ffd5b80518210156123c85760209160051b010190565b6123a0565b919091805183518082036124475750506123e7815161236e565b905f5b8151811015612440578061242f60019260051b60208082870101519189010151905f918252602082815260408084206001600160a01b03909316845291905290205490565b61243982866123b4565b52016123ea565b5090925050565b635b05999160e01b5f5260045260245260445ffd5b9061246682612ea7565b815f526009602052600260405f20019182546001600160801b036124908183169260801c83612232565b169384156125115780546001600160801b031660809290921b6001600160801b031916919091179055604051908382527f29e7db599208b12e90d447e11439e3bc945887c24c342ff60ba0ceeeae12ba9b60203393a36104f082337f0000000000000000000000000000000000000000000000000000000000000000612eeb565b505f93505050565b91908110156123c85760051b0190565b95949192939093612538612bed565b61254187612ea7565b8415610902576001600160a01b038416928315801561268e575b612672578115612663576003612579895f52600960205260405f2090565b01805461259d610b9c6125966001600160801b0384169360801c90565b8093612232565b808911612647575061263f989994926126097f89e6a109380613b59aef9a899d8e4ecb0a760c14680618fd6bf2db806d8dc7b695936125e9612616946001600160801b038d169061213c565b81546001600160801b031660809190911b6001600160801b031916179055565b6040519384938a856126b7565b0390a37f0000000000000000000000000000000000000000000000000000000000000000612eeb565b6104f0612c22565b6351b0618d60e11b5f5260048b9052602489905260445260645ffd5b630dfa03e560e41b5f5260045ffd5b630bc2c5df60e11b5f526001600160a01b03851660045260245ffd5b5030841461255b565b908060209392818452848401375f828201840152601f01601f1916010190565b6110729492606092825260208201528160408201520191612697565b5f1981146113e75760010190565b63ffffffff81160361039457565b35611072816126e1565b35611072816104d9565b6001600160401b0381160361039457565b3561107281612703565b903590601e198136030182121561039457018035906001600160401b0382116103945760200191813603831361039457565b919091601f8311612761575b505050565b81831161276d57505050565b5f5260205f206020601f830160051c92106127a6575b81601f9101920160051c03905f5b8281101561275c575f82820155600101612791565b5f9150612783565b9092916001600160401b038111610cf7576127d3816127cd845461215c565b84612750565b5f601f82116001146128115781906128029394955f92612806575b50508160011b915f199060031b1c19161790565b9055565b013590505f806127ee565b601f19821694612824845f5260205f2090565b915f5b87811061285e575083600195969710612845575b505050811b019055565b01355f19600384901b60f8161c191690555f808061283b565b90926020600181928686013581550194019101612827565b9035601e19823603018112156103945701602081359101916001600160401b03821161039457813603831361039457565b35906104f0826126e1565b35906104f082612703565b61107290602081526101606129c16101406129466128ef6128de8880612876565b866020890152610180880191612697565b61290b6128fe60208a016128a7565b63ffffffff166040880152565b61292761291a60408a016128a7565b63ffffffff166060880152565b6129346060890189612876565b878303601f1901608089015290612697565b95612966612956608083016128b2565b6001600160401b031660a0870152565b60a081013560c086015261298a61297f60c083016104e5565b61ffff1660e0870152565b60e08101356101008601526101008101356101208601526129bb6129b161012083016104e5565b61ffff1686840152565b016104e5565b61ffff16910152565b604051906129d9602083610d17565b5f8252565b60065490919060081c6001600160a01b031633141580612ad0575b612abd576001600160a01b0382169182158015612ab4575b612a995760075492612a39610b9c612a336001600160801b0387169660801c90565b86612232565b93841561251157918491612a656104f0946001600160801b036007549181199060801b16911617600755565b60405183815233907fc0f01729b0d2f4ee8f47286e5cf926377eab5d6e58a981836e2f30705db2362c908060208101612616565b630bc2c5df60e11b5f526001600160a01b031660045260245ffd5b50308314612a11565b63fed6525d60e01b5f523360045260245ffd5b505f80526005602052612b25612b21612b1a337f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc5b9060018060a01b03165f5260205260405f2090565b5460ff1690565b1590565b6129f9565b919091612b3681612de9565b805490936001600160a01b0391821692909182168303612b5557505050565b634a3d197360e01b5f526004526001600160a01b039081166024521660445260645ffd5b612b8290612de9565b9061ffff60018354930154169060018060a01b0383169260f01c9190565b61ffff16806107d00191826107d0116113e75761ffff16916107d0838301018091116113e75761271010612bd2575050565b637e7d3bab60e01b5f526107d060045260245260445260645ffd5b5f5160206140225f395f51905f525c612c135760015f5160206140225f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b5f5f5160206140225f395f51905f525d565b6001600160801b038111612c4e576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffd5b6040516323b872dd60e01b5f9081526001600160a01b039384166004529290931660245260449390935260209060648180865af160015f5114811615612cd4575b6040919091525f606052155b612cb95750565b635274afe760e01b5f526001600160a01b031660045260245ffd5b6001811516612cea573d15833b15151616612ca6565b503d5f823e3d90fd5b6001600160a01b0391821691811690828214159081612d2b575b50612d16575050565b63711bec9160e11b5f5260045260245260445ffd5b5f8481526001602090815260408083206001600160a01b0390941683529290522060ff91505416155f612d0d565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff16612de3575f8181526005602090815260408083206001600160a01b03861684529091529020805460ff1916600117905533916001600160a01b0316907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b5f818152600c602052604090208054909291906001600160a01b031615612e0d5750565b63659f13b960e11b5f5260045260245ffd5b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff1615612de3575f8181526005602090815260408083206001600160a01b03861684529091529020805460ff1916905533916001600160a01b0316907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b612eb081612b79565b5090919050336001600160a01b03831603612ec9575050565b634a3d197360e01b5f52600452336024526001600160a01b031660445260645ffd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af160015f5114811615612f2b575b60409190915215612cb2565b6001811516612cea573d15833b15151616612f1f565b90604051612f4e81610cfc565b91546001600160801b038116835260801c6020830152565b90604051606081018181106001600160401b03821117610cf75760405260408193546001600160801b03811683526001600160401b038160801c16602084015260c01c910152565b90604090612fc66001600160801b0382511684612121565b6020810151835492909101516001600160801b0390921660809190911b67ffffffffffffffff60801b161760c09190911b6001600160c01b031916179055565b6001600160801b0360206104f0936130218382511685612121565b015182546001600160801b0316911660801b6001600160801b031916179055565b919061305e613059845f52600860205260405f2090565b612f41565b9261307d61307883612b05845f52600a60205260405f2090565b612f66565b936130a161309560408701516001600160401b031690565b6001600160401b031690565b946130b381516001600160801b031690565b6001600160801b036130cf610b9c85516001600160801b031690565b91160361322657602001516130ec906001600160401b0316613095565b945b851561321d57906131656131e29261314a6001600160401b0361311885516001600160801b031690565b92613133613124610d48565b6001600160801b039095168552565b5f6020850152166001600160401b03166040830152565b61316086612b05875f52600a60205260405f2090565b612fae565b6131cb6131a161319c88613197610b9c602061318888516001600160801b031690565b9701516001600160801b031690565b612107565b612c34565b6131bb6131ac610d57565b6001600160801b039094168452565b6001600160801b03166020830152565b6131dd835f52600860205260405f2090565b613006565b6040518481526001600160a01b0392909216917fb9e8470097faa00e83252475f2ee4b69007b0bb2405268ebec248676998a21b390602090a3565b505f9450505050565b5f838152602081815260408083206001600160a01b038816845290915290205491955061326791613261610b9c88516001600160801b031690565b916138eb565b9490946130ee565b6001600160a01b0381165f9081527f178c3c06ba512c8aee97e0cedb8646fcd28c0518c9e2219f6e59de233395704b602052604090205460ff16156132b15750565b63e2517d3f60e01b5f9081526001600160a01b03919091166004527f349eec46d2c564a125684d1934a6120a70cc341d3a26d362e358a775e07dec17602452604490fd5b6001600160a01b0381165f9081527f99f2891db7a8db76249871a02b43b68c0bb8f22ef8a3bc1034ae9375ef6b7c3c602052604090205460ff16156133375750565b63e2517d3f60e01b5f9081526001600160a01b03919091166004527f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a602452604490fd5b6001600160a01b0381165f9081527fe790de7705c8ebaa80068cd4fc0a095afd63ddb3e1cbffe9ca6f4baedbd7b739602052604090205460ff16156133bd5750565b63e2517d3f60e01b5f9081526001600160a01b03919091166004527f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929602452604490fd5b90815f52600560205260ff6134298260405f209060018060a01b03165f5260205260405f2090565b541615613434575050565b63e2517d3f60e01b5f5260018060a01b031660045260245260445ffd5b906134c891805f52600a6020526134a48161347f8460405f209060018060a01b03165f5260205260405f2090565b935f918252602082815260408084206001600160a01b03909316845291905290205490565b905f5260086020526134c36001600160801b0360405f20541692612f66565b6138eb565b9091565b60ff600654166134d857565b63d93c066560e01b5f5260045ffd5b6134f1818061271e565b90501561369457613505606082018261271e565b905015613685576020810163ffffffff61351e826126ef565b161561366157506040810161353e613535826126ef565b63ffffffff1690565b1561363d575060c0810161ffff613554826126f9565b16158015613627575b613600575060e0810135801580156135ef575b6135dd575060a081013580156135cb575060800161358d81612714565b6001600160401b03429116116135a05750565b6135ac6108ff91612714565b6307a665dd60e01b5f526001600160401b031660045242602452604490565b631a2774c960e01b5f5260045260245ffd5b638d20cf8b60e01b5f5260045260245ffd5b50670de0b6b3a76400008111613570565b61360c6108ff916126f9565b633274d9d360e01b5f5261ffff1660045260f0602452604490565b5060f061ffff613636836126f9565b161161355d565b6136496108ff916126ef565b63ee5f183d60e01b5f5263ffffffff16600452602490565b61366d6108ff916126ef565b63f612cecb60e01b5f5263ffffffff16600452602490565b632656eee560e01b5f5260045ffd5b63313e6d4b60e01b5f5260045ffd5b917fe595d5af3957aa1e6a2ca2649ee489cee05b271c29e226209907bc75c5e3067d9161ffff6080926136d68184612ba0565b6137316040516136e581610cfc565b600181526001600160801b03602082015f8152895f5260086020526137118260405f2094511684612121565b5182546001600160801b0316911660801b6001600160801b031916179055565b81604051935f85525f6020860152166040840152166060820152a2565b929392916001600160a01b038316156120215761378860405192600184526020840152604083019160018352606084015260808301604052565b9290936137936134cc565b5f5b85518110156137d457806137ce6137ae600193896123b4565b515f8181526008602052604090205487906001600160801b031691613d6d565b01613795565b50919093926020806104f0956137ec8482875f613b9a565b6137f6815f613c8c565b0151910151915f336139b3565b92939491946138106134cc565b6001600160a01b038481168015159491841680151593919290915f5b8a518110156138a157806138426001928d6123b4565b515f818152600860205260409020546001600160801b03168a613891575b898980613887575b613876575b5050500161382c565b61387f92613d6d565b5f808961386d565b5088881415613868565b61389c818d84613d6d565b613860565b50969550979693929150506138b883878487613b9a565b6138c28685613c8c565b6138ce575b5050505050565b6020806138e196015192015192336139b3565b5f808080806138c7565b92916001600160401b03916020916001600160801b03865116900302826040860151160193015116670de0b6b3a7640000830481018091116113e757670de0b6b3a764000090920690565b9081602091031261039457516110728161043e565b6001600160a01b039182168152911660208201526040810191909152606081019190915260a06080820181905261107292910190610911565b3d156139ae573d9061399582610dda565b916139a36040519384610d17565b82523d5f602084013e565b606090565b9091949293853b6139c7575b505050505050565b6020936139e991604051968795869563f23a6e6160e01b87526004870161394b565b03815f6001600160a01b0387165af15f9181613a78575b50613a3a5750613a0e613984565b8051919082613a3357632bfa23e760e11b5f526001600160a01b03821660045260245ffd5b6020915001fd5b6001600160e01b031916630dc5919f60e01b01613a5d57505f80808080806139bf565b632bfa23e760e11b5f526001600160a01b031660045260245ffd5b613a9b91925060203d602011613aa2575b613a938183610d17565b810190613936565b905f613a00565b503d613a89565b6001600160a01b0391821681529116602082015260a0604082018190526110729491939192613aee9291613ae0919086019061102e565b90848203606086015261102e565b916080818403910152610911565b9091949293853b613b0f57505050505050565b602093613b3191604051968795869563bc197c8160e01b875260048701613aa9565b03815f6001600160a01b0387165af15f9181613b79575b50613b565750613a0e613984565b6001600160e01b0319166343e6837f60e01b01613a5d57505f80808080806139bf565b613b9391925060203d602011613aa257613a938183610d17565b905f613b48565b939293613ba985848484613e75565b6001600160a01b031615613c1e575b6001600160a01b031615613bcb57509050565b5f805b8251821015613c0c576001908260051b90613bfd602080848a01015193870101515f52600360205260405f2090565b82815403905501910190613bce565b9150506104f091925060045403600455565b915f90815b8351831015613c6f57613c676001918460051b90613c55602080848c01015193890101515f52600360205260405f2090565b613c60838254612107565b9055612107565b920191613c23565b613c8791949250613c8290600454612107565b600455565b613bb8565b9091906001600160a01b03811615613d68575f5b8351811015613d625780613cb6600192866123b4565b51613ccd84612b05835f52600a60205260405f2090565b6001600160401b03613ce0825460c01c90565b169081158015613d44575b613d3c5780546001600160c01b03169055613d3691613d30908590613d18905f52600960205260405f2090565b0191613d2b83546001600160801b031690565b61213c565b90612121565b01613ca0565b505050613d36565b50613d5a86612b05855f525f60205260405f2090565b541515613ceb565b50509050565b509050565b929190835f52600a602052613d986130788260405f209060018060a01b03165f5260205260405f2090565b826001600160801b0382511614613e6e575f858152602081815260408083206001600160a01b03861684529091529020613dd591849154906138eb565b6001600160401b0382969211613e56576131609291613e486001600160401b03612b0593613e37826104f09a9b613e266001600160801b03613e15610d48565b9c168c906001600160801b03169052565b166001600160401b031660208a0152565b166001600160401b03166040870152565b5f52600a60205260405f2090565b856306dfcc6560e41b5f52604060045260245260445ffd5b5050509050565b939192835181519081810361400c5750506001600160a01b03858116948515159491841680151592905f5b8351811015613f81578060051b90888887602080868a010151958b01015192613f00575b93600194613ed6575b50505001613ea0565b613ef691612b05613eee925f525f60205260405f2090565b918254612107565b90555f8881613ecd565b50509091613f198c612b05835f525f60205260405f2090565b54828110613f4a578291888e613f41600197968e950391612b05855f525f60205260405f2090565b55909450613ec4565b6040516303dee4c560e01b81526001600160a01b038e16600482015260248101919091526044810183905260648101829052608490fd5b5096955096509192505060018151145f14613fd95760209081015191810151604080519384529183015233917fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f6291819081015b0390a4565b60405133927f4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb928291613fd491836118f7565b635b05999160e01b5f5260045260245260445ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220b4519cad2fcc1ec2e862445a57777a0a3cfded2ab0cdd5fe7f71d4cefdec7ad564736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d178c3c06ba512c8aee97e0cedb8646fcd28c0518c9e2219f6e59de233395704b05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc99f2891db7a8db76249871a02b43b68c0bb8f22ef8a3bc1034ae9375ef6b7c3c",
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
// Solidity: constructor(address admin, string uri_, address stablecoin_, address treasury_) returns()
func (gPUAsset *GPUAsset) PackConstructor(admin common.Address, uri_ string, stablecoin_ common.Address, treasury_ common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("", admin, uri_, stablecoin_, treasury_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackACCOFFSET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c335def.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ACC_OFFSET() view returns(uint256)
func (gPUAsset *GPUAsset) PackACCOFFSET() []byte {
	enc, err := gPUAsset.abi.Pack("ACC_OFFSET")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackACCOFFSET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c335def.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ACC_OFFSET() view returns(uint256)
func (gPUAsset *GPUAsset) TryPackACCOFFSET() ([]byte, error) {
	return gPUAsset.abi.Pack("ACC_OFFSET")
}

// UnpackACCOFFSET is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c335def.
//
// Solidity: function ACC_OFFSET() view returns(uint256)
func (gPUAsset *GPUAsset) UnpackACCOFFSET(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("ACC_OFFSET", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackACCSCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6afc511b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ACC_SCALE() view returns(uint256)
func (gPUAsset *GPUAsset) PackACCSCALE() []byte {
	enc, err := gPUAsset.abi.Pack("ACC_SCALE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackACCSCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6afc511b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ACC_SCALE() view returns(uint256)
func (gPUAsset *GPUAsset) TryPackACCSCALE() ([]byte, error) {
	return gPUAsset.abi.Pack("ACC_SCALE")
}

// UnpackACCSCALE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6afc511b.
//
// Solidity: function ACC_SCALE() view returns(uint256)
func (gPUAsset *GPUAsset) UnpackACCSCALE(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("ACC_SCALE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint16)
func (gPUAsset *GPUAsset) PackBPS() []byte {
	enc, err := gPUAsset.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint16)
func (gPUAsset *GPUAsset) TryPackBPS() ([]byte, error) {
	return gPUAsset.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (gPUAsset *GPUAsset) UnpackBPS(data []byte) (uint16, error) {
	out, err := gPUAsset.abi.Unpack("BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
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

// PackFEEADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cba593a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEE_ADMIN_ROLE() view returns(bytes32)
func (gPUAsset *GPUAsset) PackFEEADMINROLE() []byte {
	enc, err := gPUAsset.abi.Pack("FEE_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEEADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cba593a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEE_ADMIN_ROLE() view returns(bytes32)
func (gPUAsset *GPUAsset) TryPackFEEADMINROLE() ([]byte, error) {
	return gPUAsset.abi.Pack("FEE_ADMIN_ROLE")
}

// UnpackFEEADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cba593a.
//
// Solidity: function FEE_ADMIN_ROLE() view returns(bytes32)
func (gPUAsset *GPUAsset) UnpackFEEADMINROLE(data []byte) ([32]byte, error) {
	out, err := gPUAsset.abi.Unpack("FEE_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXPLATFORMFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d01513c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PLATFORM_FEE_BPS() view returns(uint16)
func (gPUAsset *GPUAsset) PackMAXPLATFORMFEEBPS() []byte {
	enc, err := gPUAsset.abi.Pack("MAX_PLATFORM_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPLATFORMFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d01513c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PLATFORM_FEE_BPS() view returns(uint16)
func (gPUAsset *GPUAsset) TryPackMAXPLATFORMFEEBPS() ([]byte, error) {
	return gPUAsset.abi.Pack("MAX_PLATFORM_FEE_BPS")
}

// UnpackMAXPLATFORMFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d01513c.
//
// Solidity: function MAX_PLATFORM_FEE_BPS() view returns(uint16)
func (gPUAsset *GPUAsset) UnpackMAXPLATFORMFEEBPS(data []byte) (uint16, error) {
	out, err := gPUAsset.abi.Unpack("MAX_PLATFORM_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXSHARESUPPLY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88fc9b3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SHARE_SUPPLY() view returns(uint256)
func (gPUAsset *GPUAsset) PackMAXSHARESUPPLY() []byte {
	enc, err := gPUAsset.abi.Pack("MAX_SHARE_SUPPLY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSHARESUPPLY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88fc9b3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SHARE_SUPPLY() view returns(uint256)
func (gPUAsset *GPUAsset) TryPackMAXSHARESUPPLY() ([]byte, error) {
	return gPUAsset.abi.Pack("MAX_SHARE_SUPPLY")
}

// UnpackMAXSHARESUPPLY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88fc9b3f.
//
// Solidity: function MAX_SHARE_SUPPLY() view returns(uint256)
func (gPUAsset *GPUAsset) UnpackMAXSHARESUPPLY(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("MAX_SHARE_SUPPLY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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
// Solidity: function asset(uint256 assetId) view returns((address,uint32,uint32,uint16,uint16,uint16,uint64,uint256,uint256,bytes32,string,string))
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
// Solidity: function asset(uint256 assetId) view returns((address,uint32,uint32,uint16,uint16,uint16,uint64,uint256,uint256,bytes32,string,string))
func (gPUAsset *GPUAsset) TryPackAsset(assetId *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("asset", assetId)
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ea06f81.
//
// Solidity: function asset(uint256 assetId) view returns((address,uint32,uint32,uint16,uint16,uint16,uint64,uint256,uint256,bytes32,string,string))
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

// PackCarriedDust is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cfff1c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function carriedDust(uint256 assetId) view returns(uint256)
func (gPUAsset *GPUAsset) PackCarriedDust(assetId *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("carriedDust", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCarriedDust is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cfff1c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function carriedDust(uint256 assetId) view returns(uint256)
func (gPUAsset *GPUAsset) TryPackCarriedDust(assetId *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("carriedDust", assetId)
}

// UnpackCarriedDust is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cfff1c2.
//
// Solidity: function carriedDust(uint256 assetId) view returns(uint256)
func (gPUAsset *GPUAsset) UnpackCarriedDust(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("carriedDust", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ba4c138.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256[] assetIds) returns(uint256 total)
func (gPUAsset *GPUAsset) PackClaim(assetIds []*big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("claim", assetIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ba4c138.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256[] assetIds) returns(uint256 total)
func (gPUAsset *GPUAsset) TryPackClaim(assetIds []*big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("claim", assetIds)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ba4c138.
//
// Solidity: function claim(uint256[] assetIds) returns(uint256 total)
func (gPUAsset *GPUAsset) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("claim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0c7f71c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable(uint256 assetId, address holder) view returns(uint256)
func (gPUAsset *GPUAsset) PackClaimable(assetId *big.Int, holder common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("claimable", assetId, holder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0c7f71c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable(uint256 assetId, address holder) view returns(uint256)
func (gPUAsset *GPUAsset) TryPackClaimable(assetId *big.Int, holder common.Address) ([]byte, error) {
	return gPUAsset.abi.Pack("claimable", assetId, holder)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0c7f71c.
//
// Solidity: function claimable(uint256 assetId, address holder) view returns(uint256)
func (gPUAsset *GPUAsset) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimableBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbded3431.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableBatch(uint256[] assetIds, address[] holders) view returns(uint256[] amounts, uint256[] fractions)
func (gPUAsset *GPUAsset) PackClaimableBatch(assetIds []*big.Int, holders []common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("claimableBatch", assetIds, holders)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbded3431.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableBatch(uint256[] assetIds, address[] holders) view returns(uint256[] amounts, uint256[] fractions)
func (gPUAsset *GPUAsset) TryPackClaimableBatch(assetIds []*big.Int, holders []common.Address) ([]byte, error) {
	return gPUAsset.abi.Pack("claimableBatch", assetIds, holders)
}

// ClaimableBatchOutput serves as a container for the return parameters of contract
// method ClaimableBatch.
type ClaimableBatchOutput struct {
	Amounts   []*big.Int
	Fractions []*big.Int
}

// UnpackClaimableBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbded3431.
//
// Solidity: function claimableBatch(uint256[] assetIds, address[] holders) view returns(uint256[] amounts, uint256[] fractions)
func (gPUAsset *GPUAsset) UnpackClaimableBatch(data []byte) (ClaimableBatchOutput, error) {
	out, err := gPUAsset.abi.Unpack("claimableBatch", data)
	outstruct := new(ClaimableBatchOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amounts = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.Fractions = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackDepositRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cae7afc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositRevenue(uint256 assetId, uint256 amount) returns()
func (gPUAsset *GPUAsset) PackDepositRevenue(assetId *big.Int, amount *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("depositRevenue", assetId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cae7afc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositRevenue(uint256 assetId, uint256 amount) returns()
func (gPUAsset *GPUAsset) TryPackDepositRevenue(assetId *big.Int, amount *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("depositRevenue", assetId, amount)
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

// PackOperatorFeesOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9936ef50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorFeesOwed(uint256 assetId) view returns(uint256)
func (gPUAsset *GPUAsset) PackOperatorFeesOwed(assetId *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("operatorFeesOwed", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorFeesOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9936ef50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorFeesOwed(uint256 assetId) view returns(uint256)
func (gPUAsset *GPUAsset) TryPackOperatorFeesOwed(assetId *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("operatorFeesOwed", assetId)
}

// UnpackOperatorFeesOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9936ef50.
//
// Solidity: function operatorFeesOwed(uint256 assetId) view returns(uint256)
func (gPUAsset *GPUAsset) UnpackOperatorFeesOwed(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("operatorFeesOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackPlatformFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22dcd13e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function platformFeeBps() view returns(uint16)
func (gPUAsset *GPUAsset) PackPlatformFeeBps() []byte {
	enc, err := gPUAsset.abi.Pack("platformFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlatformFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22dcd13e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function platformFeeBps() view returns(uint16)
func (gPUAsset *GPUAsset) TryPackPlatformFeeBps() ([]byte, error) {
	return gPUAsset.abi.Pack("platformFeeBps")
}

// UnpackPlatformFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22dcd13e.
//
// Solidity: function platformFeeBps() view returns(uint16)
func (gPUAsset *GPUAsset) UnpackPlatformFeeBps(data []byte) (uint16, error) {
	out, err := gPUAsset.abi.Unpack("platformFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackPlatformFeesOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1d33049.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function platformFeesOwed() view returns(uint256)
func (gPUAsset *GPUAsset) PackPlatformFeesOwed() []byte {
	enc, err := gPUAsset.abi.Pack("platformFeesOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlatformFeesOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1d33049.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function platformFeesOwed() view returns(uint256)
func (gPUAsset *GPUAsset) TryPackPlatformFeesOwed() ([]byte, error) {
	return gPUAsset.abi.Pack("platformFeesOwed")
}

// UnpackPlatformFeesOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1d33049.
//
// Solidity: function platformFeesOwed() view returns(uint256)
func (gPUAsset *GPUAsset) UnpackPlatformFeesOwed(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("platformFeesOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackReserveBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14269687.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveBalance(uint256 assetId) view returns(uint256)
func (gPUAsset *GPUAsset) PackReserveBalance(assetId *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("reserveBalance", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14269687.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveBalance(uint256 assetId) view returns(uint256)
func (gPUAsset *GPUAsset) TryPackReserveBalance(assetId *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("reserveBalance", assetId)
}

// UnpackReserveBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14269687.
//
// Solidity: function reserveBalance(uint256 assetId) view returns(uint256)
func (gPUAsset *GPUAsset) UnpackReserveBalance(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("reserveBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevenueTotals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26997596.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revenueTotals(uint256 assetId) view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) r)
func (gPUAsset *GPUAsset) PackRevenueTotals(assetId *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("revenueTotals", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevenueTotals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26997596.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revenueTotals(uint256 assetId) view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) r)
func (gPUAsset *GPUAsset) TryPackRevenueTotals(assetId *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("revenueTotals", assetId)
}

// UnpackRevenueTotals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26997596.
//
// Solidity: function revenueTotals(uint256 assetId) view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) r)
func (gPUAsset *GPUAsset) UnpackRevenueTotals(data []byte) (IRevenueDistributorRevenueTotals, error) {
	out, err := gPUAsset.abi.Unpack("revenueTotals", data)
	if err != nil {
		return *new(IRevenueDistributorRevenueTotals), err
	}
	out0 := *abi.ConvertType(out[0], new(IRevenueDistributorRevenueTotals)).(*IRevenueDistributorRevenueTotals)
	return out0, nil
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

// PackSetAssetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02f62b19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAssetFees(uint256 assetId, uint16 operatorFeeBps, uint16 reserveBps) returns()
func (gPUAsset *GPUAsset) PackSetAssetFees(assetId *big.Int, operatorFeeBps uint16, reserveBps uint16) []byte {
	enc, err := gPUAsset.abi.Pack("setAssetFees", assetId, operatorFeeBps, reserveBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAssetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02f62b19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAssetFees(uint256 assetId, uint16 operatorFeeBps, uint16 reserveBps) returns()
func (gPUAsset *GPUAsset) TryPackSetAssetFees(assetId *big.Int, operatorFeeBps uint16, reserveBps uint16) ([]byte, error) {
	return gPUAsset.abi.Pack("setAssetFees", assetId, operatorFeeBps, reserveBps)
}

// PackSetPlatformFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cbc742c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPlatformFee(uint16 bps) returns()
func (gPUAsset *GPUAsset) PackSetPlatformFee(bps uint16) []byte {
	enc, err := gPUAsset.abi.Pack("setPlatformFee", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPlatformFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cbc742c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPlatformFee(uint16 bps) returns()
func (gPUAsset *GPUAsset) TryPackSetPlatformFee(bps uint16) ([]byte, error) {
	return gPUAsset.abi.Pack("setPlatformFee", bps)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address newTreasury) returns()
func (gPUAsset *GPUAsset) PackSetTreasury(newTreasury common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("setTreasury", newTreasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address newTreasury) returns()
func (gPUAsset *GPUAsset) TryPackSetTreasury(newTreasury common.Address) ([]byte, error) {
	return gPUAsset.abi.Pack("setTreasury", newTreasury)
}

// PackStablecoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9cbd822.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stablecoin() view returns(address)
func (gPUAsset *GPUAsset) PackStablecoin() []byte {
	enc, err := gPUAsset.abi.Pack("stablecoin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStablecoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9cbd822.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stablecoin() view returns(address)
func (gPUAsset *GPUAsset) TryPackStablecoin() ([]byte, error) {
	return gPUAsset.abi.Pack("stablecoin")
}

// UnpackStablecoin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe9cbd822.
//
// Solidity: function stablecoin() view returns(address)
func (gPUAsset *GPUAsset) UnpackStablecoin(data []byte) (common.Address, error) {
	out, err := gPUAsset.abi.Unpack("stablecoin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
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
// the contract method with ID 0xe9a8e036.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenize((string,uint32,uint32,string,uint64,uint256,uint16,uint256,bytes32,uint16,uint16) p) returns(uint256 assetId)
func (gPUAsset *GPUAsset) PackTokenize(p GPUAssetTokenizeParams) []byte {
	enc, err := gPUAsset.abi.Pack("tokenize", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9a8e036.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenize((string,uint32,uint32,string,uint64,uint256,uint16,uint256,bytes32,uint16,uint16) p) returns(uint256 assetId)
func (gPUAsset *GPUAsset) TryPackTokenize(p GPUAssetTokenizeParams) ([]byte, error) {
	return gPUAsset.abi.Pack("tokenize", p)
}

// UnpackTokenize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe9a8e036.
//
// Solidity: function tokenize((string,uint32,uint32,string,uint64,uint256,uint16,uint256,bytes32,uint16,uint16) p) returns(uint256 assetId)
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

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (gPUAsset *GPUAsset) PackTreasury() []byte {
	enc, err := gPUAsset.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (gPUAsset *GPUAsset) TryPackTreasury() ([]byte, error) {
	return gPUAsset.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (gPUAsset *GPUAsset) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := gPUAsset.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// PackWithdrawOperatorFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6887f924.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawOperatorFees(uint256 assetId) returns(uint256 amount)
func (gPUAsset *GPUAsset) PackWithdrawOperatorFees(assetId *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("withdrawOperatorFees", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawOperatorFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6887f924.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawOperatorFees(uint256 assetId) returns(uint256 amount)
func (gPUAsset *GPUAsset) TryPackWithdrawOperatorFees(assetId *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("withdrawOperatorFees", assetId)
}

// UnpackWithdrawOperatorFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6887f924.
//
// Solidity: function withdrawOperatorFees(uint256 assetId) returns(uint256 amount)
func (gPUAsset *GPUAsset) UnpackWithdrawOperatorFees(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("withdrawOperatorFees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawPlatformFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec3889b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawPlatformFees(address to) returns(uint256 amount)
func (gPUAsset *GPUAsset) PackWithdrawPlatformFees(to common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("withdrawPlatformFees", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawPlatformFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec3889b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawPlatformFees(address to) returns(uint256 amount)
func (gPUAsset *GPUAsset) TryPackWithdrawPlatformFees(to common.Address) ([]byte, error) {
	return gPUAsset.abi.Pack("withdrawPlatformFees", to)
}

// UnpackWithdrawPlatformFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec3889b5.
//
// Solidity: function withdrawPlatformFees(address to) returns(uint256 amount)
func (gPUAsset *GPUAsset) UnpackWithdrawPlatformFees(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("withdrawPlatformFees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd230606f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawReserve(uint256 assetId, uint256 amount, address to, bytes32 purpose, string memo) returns()
func (gPUAsset *GPUAsset) PackWithdrawReserve(assetId *big.Int, amount *big.Int, to common.Address, purpose [32]byte, memo string) []byte {
	enc, err := gPUAsset.abi.Pack("withdrawReserve", assetId, amount, to, purpose, memo)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd230606f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawReserve(uint256 assetId, uint256 amount, address to, bytes32 purpose, string memo) returns()
func (gPUAsset *GPUAsset) TryPackWithdrawReserve(assetId *big.Int, amount *big.Int, to common.Address, purpose [32]byte, memo string) ([]byte, error) {
	return gPUAsset.abi.Pack("withdrawReserve", assetId, amount, to, purpose, memo)
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

// GPUAssetAssetFeesChanged represents a AssetFeesChanged event raised by the GPUAsset contract.
type GPUAssetAssetFeesChanged struct {
	AssetId                *big.Int
	PreviousOperatorFeeBps uint16
	PreviousReserveBps     uint16
	OperatorFeeBps         uint16
	ReserveBps             uint16
	Raw                    *types.Log // Blockchain specific contextual infos
}

const GPUAssetAssetFeesChangedEventName = "AssetFeesChanged"

// ContractEventName returns the user-defined event name.
func (GPUAssetAssetFeesChanged) ContractEventName() string {
	return GPUAssetAssetFeesChangedEventName
}

// UnpackAssetFeesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetFeesChanged(uint256 indexed assetId, uint16 previousOperatorFeeBps, uint16 previousReserveBps, uint16 operatorFeeBps, uint16 reserveBps)
func (gPUAsset *GPUAsset) UnpackAssetFeesChangedEvent(log *types.Log) (*GPUAssetAssetFeesChanged, error) {
	event := "AssetFeesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetAssetFeesChanged)
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
// Solidity: event AssetTokenized(uint256 indexed assetId, address indexed operator, (string,uint32,uint32,string,uint64,uint256,uint16,uint256,bytes32,uint16,uint16) params)
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

// GPUAssetOperatorFeesWithdrawn represents a OperatorFeesWithdrawn event raised by the GPUAsset contract.
type GPUAssetOperatorFeesWithdrawn struct {
	AssetId  *big.Int
	Operator common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const GPUAssetOperatorFeesWithdrawnEventName = "OperatorFeesWithdrawn"

// ContractEventName returns the user-defined event name.
func (GPUAssetOperatorFeesWithdrawn) ContractEventName() string {
	return GPUAssetOperatorFeesWithdrawnEventName
}

// UnpackOperatorFeesWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorFeesWithdrawn(uint256 indexed assetId, address indexed operator, uint256 amount)
func (gPUAsset *GPUAsset) UnpackOperatorFeesWithdrawnEvent(log *types.Log) (*GPUAssetOperatorFeesWithdrawn, error) {
	event := "OperatorFeesWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetOperatorFeesWithdrawn)
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

// GPUAssetPlatformFeeChanged represents a PlatformFeeChanged event raised by the GPUAsset contract.
type GPUAssetPlatformFeeChanged struct {
	PreviousBps uint16
	NewBps      uint16
	Raw         *types.Log // Blockchain specific contextual infos
}

const GPUAssetPlatformFeeChangedEventName = "PlatformFeeChanged"

// ContractEventName returns the user-defined event name.
func (GPUAssetPlatformFeeChanged) ContractEventName() string {
	return GPUAssetPlatformFeeChangedEventName
}

// UnpackPlatformFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PlatformFeeChanged(uint16 previousBps, uint16 newBps)
func (gPUAsset *GPUAsset) UnpackPlatformFeeChangedEvent(log *types.Log) (*GPUAssetPlatformFeeChanged, error) {
	event := "PlatformFeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetPlatformFeeChanged)
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

// GPUAssetPlatformFeesWithdrawn represents a PlatformFeesWithdrawn event raised by the GPUAsset contract.
type GPUAssetPlatformFeesWithdrawn struct {
	By     common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const GPUAssetPlatformFeesWithdrawnEventName = "PlatformFeesWithdrawn"

// ContractEventName returns the user-defined event name.
func (GPUAssetPlatformFeesWithdrawn) ContractEventName() string {
	return GPUAssetPlatformFeesWithdrawnEventName
}

// UnpackPlatformFeesWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PlatformFeesWithdrawn(address indexed by, address indexed to, uint256 amount)
func (gPUAsset *GPUAsset) UnpackPlatformFeesWithdrawnEvent(log *types.Log) (*GPUAssetPlatformFeesWithdrawn, error) {
	event := "PlatformFeesWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetPlatformFeesWithdrawn)
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

// GPUAssetReserveWithdrawn represents a ReserveWithdrawn event raised by the GPUAsset contract.
type GPUAssetReserveWithdrawn struct {
	AssetId *big.Int
	To      common.Address
	Amount  *big.Int
	Purpose [32]byte
	Memo    string
	Raw     *types.Log // Blockchain specific contextual infos
}

const GPUAssetReserveWithdrawnEventName = "ReserveWithdrawn"

// ContractEventName returns the user-defined event name.
func (GPUAssetReserveWithdrawn) ContractEventName() string {
	return GPUAssetReserveWithdrawnEventName
}

// UnpackReserveWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveWithdrawn(uint256 indexed assetId, address indexed to, uint256 amount, bytes32 purpose, string memo)
func (gPUAsset *GPUAsset) UnpackReserveWithdrawnEvent(log *types.Log) (*GPUAssetReserveWithdrawn, error) {
	event := "ReserveWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetReserveWithdrawn)
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

// GPUAssetRevenueClaimed represents a RevenueClaimed event raised by the GPUAsset contract.
type GPUAssetRevenueClaimed struct {
	AssetId *big.Int
	Holder  common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const GPUAssetRevenueClaimedEventName = "RevenueClaimed"

// ContractEventName returns the user-defined event name.
func (GPUAssetRevenueClaimed) ContractEventName() string {
	return GPUAssetRevenueClaimedEventName
}

// UnpackRevenueClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueClaimed(uint256 indexed assetId, address indexed holder, uint256 amount)
func (gPUAsset *GPUAsset) UnpackRevenueClaimedEvent(log *types.Log) (*GPUAssetRevenueClaimed, error) {
	event := "RevenueClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetRevenueClaimed)
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

// GPUAssetRevenueDeposited represents a RevenueDeposited event raised by the GPUAsset contract.
type GPUAssetRevenueDeposited struct {
	AssetId            *big.Int
	From               common.Address
	Gross              *big.Int
	PlatformFee        *big.Int
	OperatorFee        *big.Int
	Reserve            *big.Int
	Holders            *big.Int
	AccRevenuePerShare *big.Int
	CarriedDust        *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const GPUAssetRevenueDepositedEventName = "RevenueDeposited"

// ContractEventName returns the user-defined event name.
func (GPUAssetRevenueDeposited) ContractEventName() string {
	return GPUAssetRevenueDepositedEventName
}

// UnpackRevenueDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueDeposited(uint256 indexed assetId, address indexed from, uint256 gross, uint256 platformFee, uint256 operatorFee, uint256 reserve, uint256 holders, uint256 accRevenuePerShare, uint256 carriedDust)
func (gPUAsset *GPUAsset) UnpackRevenueDepositedEvent(log *types.Log) (*GPUAssetRevenueDeposited, error) {
	event := "RevenueDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetRevenueDeposited)
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

// GPUAssetTreasuryChanged represents a TreasuryChanged event raised by the GPUAsset contract.
type GPUAssetTreasuryChanged struct {
	PreviousTreasury common.Address
	NewTreasury      common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const GPUAssetTreasuryChangedEventName = "TreasuryChanged"

// ContractEventName returns the user-defined event name.
func (GPUAssetTreasuryChanged) ContractEventName() string {
	return GPUAssetTreasuryChangedEventName
}

// UnpackTreasuryChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasuryChanged(address indexed previousTreasury, address indexed newTreasury)
func (gPUAsset *GPUAsset) UnpackTreasuryChangedEvent(log *types.Log) (*GPUAssetTreasuryChanged, error) {
	event := "TreasuryChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetTreasuryChanged)
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
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["EmptyPurpose"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackEmptyPurposeError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["FeesExceed100Percent"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackFeesExceed100PercentError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["InsufficientReserve"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackInsufficientReserveError(raw[4:])
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
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["InvalidRecipient"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackInvalidRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["InvalidShareSupply"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackInvalidShareSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["InvalidUsefulLife"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackInvalidUsefulLifeError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["NoShares"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackNoSharesError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["NotAssetOperator"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackNotAssetOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["NotTreasuryOrAdmin"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackNotTreasuryOrAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["PlatformFeeTooHigh"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackPlatformFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["UnknownAsset"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackUnknownAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackZeroAmountError(raw[4:])
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

// GPUAssetEmptyPurpose represents a EmptyPurpose error raised by the GPUAsset contract.
type GPUAssetEmptyPurpose struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyPurpose()
func GPUAssetEmptyPurposeErrorID() common.Hash {
	return common.HexToHash("0xdfa03e5095fa9ae6d59b70f4c0fdef6374d55547ca1dd3e24cb611ed6d3f9dc2")
}

// UnpackEmptyPurposeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyPurpose()
func (gPUAsset *GPUAsset) UnpackEmptyPurposeError(raw []byte) (*GPUAssetEmptyPurpose, error) {
	out := new(GPUAssetEmptyPurpose)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "EmptyPurpose", raw); err != nil {
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

// GPUAssetFeesExceed100Percent represents a FeesExceed100Percent error raised by the GPUAsset contract.
type GPUAssetFeesExceed100Percent struct {
	MaxPlatformFeeBps uint16
	OperatorFeeBps    uint16
	ReserveBps        uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeesExceed100Percent(uint16 maxPlatformFeeBps, uint16 operatorFeeBps, uint16 reserveBps)
func GPUAssetFeesExceed100PercentErrorID() common.Hash {
	return common.HexToHash("0x7e7d3bab6a4fa3144d4fc360e0237e31ed87ff5e6a7c9d8ea7a5db360da47ec4")
}

// UnpackFeesExceed100PercentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeesExceed100Percent(uint16 maxPlatformFeeBps, uint16 operatorFeeBps, uint16 reserveBps)
func (gPUAsset *GPUAsset) UnpackFeesExceed100PercentError(raw []byte) (*GPUAssetFeesExceed100Percent, error) {
	out := new(GPUAssetFeesExceed100Percent)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "FeesExceed100Percent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetInsufficientReserve represents a InsufficientReserve error raised by the GPUAsset contract.
type GPUAssetInsufficientReserve struct {
	AssetId   *big.Int
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientReserve(uint256 assetId, uint256 requested, uint256 available)
func GPUAssetInsufficientReserveErrorID() common.Hash {
	return common.HexToHash("0xa360c31a98a45428aa431ddd87f4aed1b55a40adb92d0d83ac8c411999d2e215")
}

// UnpackInsufficientReserveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientReserve(uint256 assetId, uint256 requested, uint256 available)
func (gPUAsset *GPUAsset) UnpackInsufficientReserveError(raw []byte) (*GPUAssetInsufficientReserve, error) {
	out := new(GPUAssetInsufficientReserve)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "InsufficientReserve", raw); err != nil {
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

// GPUAssetInvalidRecipient represents a InvalidRecipient error raised by the GPUAsset contract.
type GPUAssetInvalidRecipient struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRecipient(address to)
func GPUAssetInvalidRecipientErrorID() common.Hash {
	return common.HexToHash("0x17858bbe33f2abed3758965a9f02dee0a7e83a84b7b813e2a23810c33c0858ea")
}

// UnpackInvalidRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRecipient(address to)
func (gPUAsset *GPUAsset) UnpackInvalidRecipientError(raw []byte) (*GPUAssetInvalidRecipient, error) {
	out := new(GPUAssetInvalidRecipient)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "InvalidRecipient", raw); err != nil {
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

// GPUAssetLengthMismatch represents a LengthMismatch error raised by the GPUAsset contract.
type GPUAssetLengthMismatch struct {
	AssetIds *big.Int
	Holders  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 assetIds, uint256 holders)
func GPUAssetLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 assetIds, uint256 holders)
func (gPUAsset *GPUAsset) UnpackLengthMismatchError(raw []byte) (*GPUAssetLengthMismatch, error) {
	out := new(GPUAssetLengthMismatch)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetNoShares represents a NoShares error raised by the GPUAsset contract.
type GPUAssetNoShares struct {
	AssetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoShares(uint256 assetId)
func GPUAssetNoSharesErrorID() common.Hash {
	return common.HexToHash("0xea741ea7299637fa319b2b96eb0d9a1d688c5bc3079c495ede5939256d7a25e4")
}

// UnpackNoSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoShares(uint256 assetId)
func (gPUAsset *GPUAsset) UnpackNoSharesError(raw []byte) (*GPUAssetNoShares, error) {
	out := new(GPUAssetNoShares)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "NoShares", raw); err != nil {
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

// GPUAssetNotTreasuryOrAdmin represents a NotTreasuryOrAdmin error raised by the GPUAsset contract.
type GPUAssetNotTreasuryOrAdmin struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTreasuryOrAdmin(address caller)
func GPUAssetNotTreasuryOrAdminErrorID() common.Hash {
	return common.HexToHash("0xfed6525d8d2844f8e91e91a22109ed2b9068462db18a1ea0d7f8a14693ab90ba")
}

// UnpackNotTreasuryOrAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTreasuryOrAdmin(address caller)
func (gPUAsset *GPUAsset) UnpackNotTreasuryOrAdminError(raw []byte) (*GPUAssetNotTreasuryOrAdmin, error) {
	out := new(GPUAssetNotTreasuryOrAdmin)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "NotTreasuryOrAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetPlatformFeeTooHigh represents a PlatformFeeTooHigh error raised by the GPUAsset contract.
type GPUAssetPlatformFeeTooHigh struct {
	Bps    uint16
	MaxBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PlatformFeeTooHigh(uint16 bps, uint16 maxBps)
func GPUAssetPlatformFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x0129e658a7b238a7b11de11695c04e63787d01cb3cb0e27b2446da42a6381ad0")
}

// UnpackPlatformFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PlatformFeeTooHigh(uint16 bps, uint16 maxBps)
func (gPUAsset *GPUAsset) UnpackPlatformFeeTooHighError(raw []byte) (*GPUAssetPlatformFeeTooHigh, error) {
	out := new(GPUAssetPlatformFeeTooHigh)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "PlatformFeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the GPUAsset contract.
type GPUAssetReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func GPUAssetReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (gPUAsset *GPUAsset) UnpackReentrancyGuardReentrantCallError(raw []byte) (*GPUAssetReentrancyGuardReentrantCall, error) {
	out := new(GPUAssetReentrancyGuardReentrantCall)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the GPUAsset contract.
type GPUAssetSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func GPUAssetSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (gPUAsset *GPUAsset) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*GPUAssetSafeCastOverflowedUintDowncast, error) {
	out := new(GPUAssetSafeCastOverflowedUintDowncast)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GPUAssetSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the GPUAsset contract.
type GPUAssetSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func GPUAssetSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (gPUAsset *GPUAsset) UnpackSafeERC20FailedOperationError(raw []byte) (*GPUAssetSafeERC20FailedOperation, error) {
	out := new(GPUAssetSafeERC20FailedOperation)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
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

// GPUAssetZeroAmount represents a ZeroAmount error raised by the GPUAsset contract.
type GPUAssetZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func GPUAssetZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (gPUAsset *GPUAsset) UnpackZeroAmountError(raw []byte) (*GPUAssetZeroAmount, error) {
	out := new(GPUAssetZeroAmount)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
