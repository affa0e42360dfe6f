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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"uri_\",\"type\":\"string\"},{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"leaseMarket_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"commissionedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"CommissionedInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"DepositShortfall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC1155InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idsLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"valuesLength\",\"type\":\"uint256\"}],\"name\":\"ERC1155InvalidArrayLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC1155InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC1155MissingApprovalForAll\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyGPUModel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyLocation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyPurpose\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"held\",\"type\":\"uint256\"}],\"name\":\"EscrowExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"maxPlatformFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"}],\"name\":\"FeesExceed100Percent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientReserve\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"}],\"name\":\"InvalidBookValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"}],\"name\":\"InvalidGPUCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"ratedPowerW\",\"type\":\"uint32\"}],\"name\":\"InvalidRatedPower\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shareSupply\",\"type\":\"uint256\"}],\"name\":\"InvalidShareSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"usefulLifeMonths\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxMonths\",\"type\":\"uint16\"}],\"name\":\"InvalidUsefulLife\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetIds\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"holders\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NoRefundOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"NoShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotAssetOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotLeaseMarket\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTreasuryOrAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxBps\",\"type\":\"uint16\"}],\"name\":\"PlatformFeeTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"UnknownAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"previousOperatorFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"previousReserveBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"}],\"name\":\"AssetFeesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ratedPowerW\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"commissionedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"usefulLifeMonths\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"shareSupply\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structGPUAsset.TokenizeParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"AssetTokenized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EscrowHeld\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EscrowRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"previousHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"newHash\",\"type\":\"bytes32\"}],\"name\":\"MetadataUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOperator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOperator\",\"type\":\"address\"}],\"name\":\"OperatorChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OperatorFeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"previousBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"newBps\",\"type\":\"uint16\"}],\"name\":\"PlatformFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PlatformFeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RefundDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RefundWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"purpose\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"memo\",\"type\":\"string\"}],\"name\":\"ReserveWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RevenueClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gross\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"platformFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"operatorFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserve\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"holders\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"accRevenuePerShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"carriedDust\",\"type\":\"uint256\"}],\"name\":\"RevenueDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"}],\"name\":\"TransferBatch\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"TransferSingle\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousTreasury\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newTreasury\",\"type\":\"address\"}],\"name\":\"TreasuryChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"value\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"URI\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"previousTemplate\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"newTemplate\",\"type\":\"string\"}],\"name\":\"URITemplateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ACC_OFFSET\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ACC_SCALE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FEE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PLATFORM_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SHARE_SUPPLY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_USEFUL_LIFE_MONTHS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"asset\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ratedPowerW\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"usefulLifeMonths\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"commissionedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shareSupply\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"}],\"internalType\":\"structGPUAsset.Asset\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"assetCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"balanceOfBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"carriedDust\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newOperator\",\"type\":\"address\"}],\"name\":\"changeOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"assetIds\",\"type\":\"uint256[]\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"assetIds\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"holders\",\"type\":\"address[]\"}],\"name\":\"claimableBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"fractions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositRevenue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrowHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"feeRatesOf\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"gpuCountOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"holdEscrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leaseMarket\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"operatorFeesOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"operatorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"platformFeeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"platformFeesOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"ratedPowerOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"refundEscrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"refundOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"releaseEscrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"reserveBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"revenueTotals\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"gross\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"platformFees\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"operatorFees\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"operatorFeesWithdrawn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserveAccrued\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserveWithdrawn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"holders\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accRevenuePerShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"carriedDust\",\"type\":\"uint256\"}],\"internalType\":\"structIRevenueDistributor.RevenueTotals\",\"name\":\"r\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeBatchTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"}],\"name\":\"setAssetFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"setPlatformFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newTreasury\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"newTemplate\",\"type\":\"string\"}],\"name\":\"setURITemplate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stablecoin\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ratedPowerW\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"commissionedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"usefulLifeMonths\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"shareSupply\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"operatorFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reserveBps\",\"type\":\"uint16\"}],\"internalType\":\"structGPUAsset.TokenizeParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"tokenize\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalRefundsOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"newHash\",\"type\":\"bytes32\"}],\"name\":\"updateMetadata\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"withdrawOperatorFees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawPlatformFees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawRefund\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"purpose\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"memo\",\"type\":\"string\"}],\"name\":\"withdrawReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "GPUAsset",
	Bin: "0x60c06040523461035a5761556f803803806100198161035e565b92833981019060a08183031261035a5761003281610383565b60208201519092906001600160401b03811161035a57820181601f8201121561035a578051906001600160401b03821161034657610079601f8301601f191660200161035e565b928284526020838301011161035a57815f9260208093018386015e8301015260408201516001600160a01b03811680820361035a576100c660806100bf60608701610383565b9501610383565b835190936001600160401b0382116103465760025490600182811c9216801561033c575b60208310146103285781601f8493116102b2575b50602090601f831160011461024c575f92610241575b50508160011b915f199060031b1c1916176002555b158015610230575b801561021f575b6102105760805260068054610100600160a81b031916600884901b610100600160a81b031617905560a0526001600160a01b03165f7f8c3aa5f43a388513435861bf27dfad7829cd248696fed367c62d441f629544968180a36001600160a01b0381161561021057806101ad6101bd92610397565b506101b78161040d565b506104a0565b50604051614fbb908161053482396080518181816107f7015281816109b501528181611192015281816114cb0152818161221f0152818161270d0152612e4c015260a0518181816119850152613d2d0152f35b63d92e233d60e01b5f5260045ffd5b506001600160a01b03821615610138565b506001600160a01b03831615610131565b015190505f80610114565b60025f9081528281209350601f198516905b81811061029a5750908460019594939210610282575b505050811b01600255610129565b01515f1960f88460031b161c191690555f8080610274565b9293602060018192878601518155019501930161025e565b828111156100fe5760025f52909150601f830160051c7f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace60208510610320575b849392601f0160051c82900391015f5b8281106103105750506100fe565b5f81830155859450600101610302565b5f91506102f2565b634e487b7160e01b5f52602260045260245ffd5b91607f16916100ea565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761034657604052565b51906001600160a01b038216820361035a57565b6001600160a01b0381165f9081525f51602061552f5f395f51905f52602052604090205460ff16610408576001600160a01b03165f8181525f51602061552f5f395f51905f5260205260408120805460ff191660011790553391905f5160206154ef5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f51602061554f5f395f51905f52602052604090205460ff16610408576001600160a01b03165f8181525f51602061554f5f395f51905f5260205260408120805460ff191660011790553391907f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a905f5160206154ef5f395f51905f529080a4600190565b6001600160a01b0381165f9081525f51602061550f5f395f51905f52602052604090205460ff16610408576001600160a01b03165f8181525f51602061550f5f395f51905f5260205260408120805460ff191660011790553391907f349eec46d2c564a125684d1934a6120a70cc341d3a26d362e358a775e07dec17905f5160206154ef5f395f51905f529080a460019056fe60806040526004361015610011575f80fd5b5f3560e01c8062fdd58e1461043e578063019f7f7b1461043957806301ffc9a71461043457806302f62b191461042f57806306fdde031461042a5780630cae7afc146104255780630e89341c14610420578063110f88741461041b578063142696871461041657806318160ddd146104115780631cfff1c21461040c57806322dcd13e14610407578063248a9ca314610402578063249d39e9146103fd57806326997596146103f85780632eb2c2d6146103f35780632f2ff15d146103ee57806330e74081146103e957806336568abe146103e45780633f4ba83a146103df5780634cba593a146103da5780634e1273f4146103d55780634f558e79146103d0578063599efa6b146103cb5780635c975abb146103c65780635cbc742c146103c157806361d027b3146103bc5780636887f924146103b757806368ffeaa7146103b25780636905565d146103ad5780636afc511b1461038a5780636ba4c138146103a85780636c335def146103a3578063726300c71461039e5780637a3bc817146103995780638249319e146103945780638456cb591461038f57806388fc9b3f1461038a5780638d01513c146103855780638ea06f811461038057806391d148541461037b57806395d89b4114610376578063980965c7146103715780639936ef501461036c5780639abc825f14610367578063a0c7f71c14610362578063a217fddf1461035d578063a22cb46514610358578063bd85b03914610353578063bded34311461034e578063c1d3304914610349578063cf5e685014610344578063d230606f1461033f578063d547741f1461033a578063e228fcb514610335578063e63ab1e914610330578063e7af036e1461032b578063e985e9c514610326578063e9a8e03614610321578063e9cbd8221461031c578063eafe7a7414610317578063ec2f37ed14610312578063ec3889b51461030d578063f0f4426014610308578063f242432a14610303578063f41875e1146102fe5763f5b541a6146102f9575f80fd5b612945565b612915565b612844565b6127a5565b612776565b612759565b61273c565b6126f8565b6124f6565b61249e565b612483565b612449565b6122d4565b612293565b6120bd565b611fec565b611fac565b611ecc565b611e7d565b611dac565b611d92565b611d5f565b611d24565b611cee565b611cc8565b611c82565b611c30565b611af7565b611a0e565b611403565b6119b4565b611970565b6118e5565b611542565b611527565b611455565b6113b7565b611387565b611349565b61131d565b611270565b61124e565b6110d6565b6110aa565b610fe9565b610f6b565b610f04565b610ebc565b610e8c565b610e44565b610db2565b610aea565b610ace565b610a9b565b610a7b565b610a4e565b610a31565b610a04565b61092f565b6108ff565b6107ba565b610761565b6105b2565b610510565b6104a4565b610458565b6001600160a01b0381160361045457565b5f80fd5b3461045457604036600319011261045457602061049b60043561047a81610443565b6024355f525f835260405f209060018060a01b03165f5260205260405f2090565b54604051908152f35b34610454576040366003190112610454576004356024359060046104c83383613401565b01907ff5da470e1f129b5e619c71302e26d6f4a61d18ac5a613d0cde67e1e8d01fcd04604083548151908152856020820152a255005b6001600160e01b031981160361045457565b346104545760203660031901126104545760043561052d816104fe565b63ffffffff60e01b16637965db0b60e01b8114908115610556575b506040519015158152602090f35b636cdb3d1360e11b811491508115610588575b8115610577575b505f610548565b6301ffc9a760e01b1490505f610570565b6303a24d0760e21b81149150610569565b61ffff81160361045457565b35906105b082610599565b565b34610454576060366003190112610454576106986024356004356105d582610599565b61067c6044356105e481610599565b6105ed33613ff5565b6105f683613c6d565b506106018185613450565b825f52600b60205260405f20927fe595d5af3957aa1e6a2ca2649ee489cee05b271c29e226209907bc75c5e3067d6080855461ffff60405191818160401c16835260501c16602082015261ffff8816604082015261ffff85166060820152a2825461ffff60501b191660509190911b61ffff60501b16178255565b9061ffff60401b82549160401b169061ffff60401b1916179055565b005b634e487b7160e01b5f52604160045260245ffd5b606081019081106001600160401b038211176106c957604052565b61069a565b90601f801991011681019081106001600160401b038211176106c957604052565b604051906105b0610180836106ce565b604051906105b06060836106ce565b6001600160401b0381116106c957601f01601f191660200190565b604051906107386020836106ce565b5f8252565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b34610454575f366003190112610454576107b66040516107826040826106ce565b601381527219dc1d5b195919d95c8811d41548105cdcd95d606a1b602082015260405191829160208352602083019061073d565b0390f35b34610454576040366003190112610454576024356107e2816004356107dd61349d565b613739565b6040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03811691602081602481865afa9081156108d75784905f926108dc575b50610849919230903390613a72565b6040516370a0823160e01b815230600482015291602090839060249082905afa80156108d757610880925f916108a8575b506129ad565b81810361088f576106986134d2565b6345cdd2c160e11b5f5260049190915260245260445b5ffd5b6108ca915060203d6020116108d0575b6108c281836106ce565b81019061297f565b5f61087a565b503d6108b8565b61298e565b61084992506108f99060203d6020116108d0576108c281836106ce565b9161083a565b34610454576020366003190112610454576107b661091b6129f2565b60405191829160208352602083019061073d565b34610454575f3660031901126104545761094761349d565b335f52600e60205260405f205480156109f1576107b690335f52600e6020525f604081205561098061097b82600f546129ad565b600f55565b60405181815233907f3d97f39b86d061200a7834082f5926e58ec10fd85a9d6930f497729d5e6cc35c90602090a26109d981337f0000000000000000000000000000000000000000000000000000000000000000613aff565b6109e16134d2565b6040519081529081906020820190565b630681414f60e21b5f523360045260245ffd5b34610454576020366003190112610454576004355f526009602052602060405f205460c01c604051908152f35b34610454575f366003190112610454576020600454604051908152f35b34610454576020366003190112610454576004355f52600a602052602060405f205460a01c604051908152f35b34610454575f36600319011261045457602060085460f01c604051908152f35b34610454576020366003190112610454576020610ac66004355f526005602052600160405f20015490565b604051908152f35b34610454575f3660031901126104545760206040516127108152f35b34610454576020366003190112610454576107b6600435610c73610c3e610b0f612b45565b92610c67610c5b610b28835f52600a60205260405f2090565b92610c4a610c3e610b53610b44845f52600c60205260405f2090565b935f52600960205260405f2090565b955495610b706001600160501b0388165b6001600160501b031690565b8a52610c2d8a610c25610b8f60508b901c6001600160501b0316610b64565b60208301908152935496610c25610bba60808a901c6001600160401b03165b6001600160401b031690565b915495610bdd610bd6606089901c6001600160501b0316610b64565b8094612ba0565b92604086019384526060860152610bf7610bae8b60c01c90565b94610c0f610c08610b648a60b01c90565b8097612ba0565b956080820196875260a0820152519051906129ad565b9051906129ad565b60c08b01526001600160601b031690565b6001600160601b031690565b60e08801526001600160801b031690565b6001600160801b031690565b61010085015260a01c90565b6101208201526040519182918291909161012080610140830194805184526020810151602085015260408101516040850152606081015160608501526080810151608085015260a081015160a085015260c081015160c085015260e081015160e08501526101008101516101008501520151910152565b6001600160401b0381116106c95760051b60200190565b9080601f83011215610454578135610d1881610cea565b92610d2660405194856106ce565b81845260208085019260051b82010192831161045457602001905b828210610d4e5750505090565b8135815260209182019101610d41565b929192610d6a8261070e565b91610d7860405193846106ce565b829481845281830111610454578281602093845f960137010152565b9080601f8301121561045457816020610daf93359101610d5e565b90565b346104545760a036600319011261045457600435610dcf81610443565b60243590610ddc82610443565b6044356001600160401b03811161045457610dfb903690600401610d01565b6064356001600160401b03811161045457610e1a903690600401610d01565b90608435936001600160401b03851161045457610e3e610698953690600401610d94565b93612bad565b3461045457604036600319011261045457610698602435600435610e6782610443565b610e87610e80825f526005602052600160405f20015490565b33906141e7565b613bdd565b3461045457602036600319011261045457602063ffffffff610eaf600435613c6d565b5460a01c16604051908152f35b3461045457604036600319011261045457600435602435610edc81610443565b336001600160a01b03821603610ef55761069891613ca3565b63334bd91960e11b5f5260045ffd5b34610454575f36600319011261045457610f1d3361407b565b60065460ff811615610f5c5760ff19166006557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b638dfc202b60e01b5f5260045ffd5b34610454575f3660031901126104545760206040517f349eec46d2c564a125684d1934a6120a70cc341d3a26d362e358a775e07dec178152f35b90602080835192838152019201905f5b818110610fc25750505090565b8251845260209384019390920191600101610fb5565b906020610daf928181520190610fa5565b34610454576040366003190112610454576004356001600160401b03811161045457366023820112156104545780600401359061102582610cea565b9161103360405193846106ce565b8083526024602084019160051b8301019136831161045457602401905b82821061109057836024356001600160401b038111610454576107b69161107e611084923690600401610d01565b90612ccd565b60405191829182610fd8565b60208091833561109f81610443565b815201910190611050565b34610454576020366003190112610454576004355f526003602052602060405f20541515604051908152f35b34610454576040366003190112610454576004356110f381610443565b6024356110fe61349d565b611106613d2b565b6001600160a01b0382169182158015611245575b61122a5761115861113c836111376008546001600160781b031690565b613d70565b6001600160781b03166001600160781b03196008541617600855565b604051828152839033907f8f16866e47a632e3051a98554d9dee21b45aa6079bfdb50858b886233984778290602090a36111ba6111b683837f00000000000000000000000000000000000000000000000000000000000000006146ef565b1590565b6111c7575b6106986134d2565b6001600160a01b03165f908152600e602052604090207f4c3c5fd562d15d6ebc1724dc6f4599da3e0bc9c66552270de3d85114516550c49161121f9161120e828254612ba0565b90556109e161097b82600f54612ba0565b0390a25f80806111bf565b630bc2c5df60e11b5f526001600160a01b031660045260245ffd5b5030831461111a565b34610454575f36600319011261045457602060ff600654166040519015158152f35b346104545760203660031901126104545760043561128d81610599565b61129633613ff5565b61ffff81166107d0811161130657506008546040805160f09290921c825261ffff831660208301527f19bd89f4fce4dc76d14d24b017fd5f1490567e91bb57e5c0f0a01706dc0f011991a1600880546001600160f01b031660f09290921b6001600160f01b031916919091179055005b62253ccb60e31b5f526004526107d060245260445ffd5b34610454575f3660031901126104545760065460405160089190911c6001600160a01b03168152602090f35b3461045457602036600319011261045457602061136f60043561136a61349d565b612d7c565b5f5f516020614f665f395f51905f525d604051908152f35b3461045457602036600319011261045457602063ffffffff6113aa600435613c6d565b5460c01c16604051908152f35b34610454576020366003190112610454576113ec6004355f52600b60205260405f20549061ffff808360401c169260501c1690565b6040805161ffff9384168152919092166020820152f35b34610454575f366003190112610454576020604051670de0b6b3a76400008152f35b9181601f84011215610454578235916001600160401b038311610454576020808501948460051b01011161045457565b34610454576020366003190112610454576004356001600160401b03811161045457611485903690600401611425565b9061148e61349d565b5f905f925b8084106114f4576107b683806114c4575b5f5f516020614f665f395f51905f525d6040519081529081906020820190565b6114ef81337f0000000000000000000000000000000000000000000000000000000000000000613aff565b6114a4565b909161150c611504858486612e77565b353390613e0c565b8101809111611522576001909301929190611493565b612999565b34610454575f36600319011261045457602060405160018152f35b3461045457604036600319011261045457602435600435611561613d2b565b81156118d65761158161157c825f52600b60205260405f2090565b6134e4565b91611596610bae84516001600160401b031690565b9283156118c2576115a5613518565b916115af9061465c565b60408301516001600160501b0382169061ffff1661ffff16612710908202046001600160501b03169560208401516115e89061ffff1690565b61ffff16612710908302046001600160501b031660409094015161ffff1661ffff16612710908302046001600160501b03169485858986036001600160501b0316036001600160501b0316036001600160501b031690611650885f52600a60205260405f2090565b6116599061356f565b93611663836135a7565b60408601516001600160601b03166001600160601b031661168391612ba0565b61168d8582613551565b9461169890866135cb565b6116a1916129ad565b6001600160601b0316948a8782516116bf906001600160501b031690565b906116c991612d5c565b6020909201516001600160501b0316906116e291612d5c565b6116ea6106ff565b6001600160501b0390921682526001600160501b031660208201526001600160601b03861660408201526117268a5f52600a60205260405f2090565b90611730916135de565b611742895f52600960205260405f2090565b61174b90613626565b93845161175e906001600160801b031690565b6001600160801b03169061177191612ba0565b9361177b8561468d565b9089896020830151611793906001600160401b031690565b6001600160401b0316906117a691612d5c565b6001600160501b03166117b8906146be565b604092909201516117d291906001600160401b0316612d5c565b6001600160501b03166117e4906146be565b906117ed6106ff565b6001600160801b0390931683526001600160401b031660208301526001600160401b031660408201526118288a5f52600960205260405f2090565b906118329161365e565b81516001600160781b03169061184791613d70565b6001600160781b031681526020810180516001600160501b038b16906001600160781b03169061187691612f10565b6001600160781b0316905261188a906136a4565b604051958695339961189c96886136ef565b037ff1d41616b960f4e41a7727d57d449ba13f6ce1d99fe4b9b4b35646de5ed9659b91a3005b63659f13b960e11b5f52600483905260245ffd5b631f2a200560e01b5f5260045ffd5b346104545760403660031901126104545761069860243560043561190882610443565b6119123382613401565b9061191c83614101565b81546001600160a01b03848116929116907faabfda665eafe6f237e9080ad4540ec37df5f464329e120b0e69b44b58d617ad5f80a480546001600160a01b0319166001600160a01b03909216919091179055565b34610454575f366003190112610454576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610454575f366003190112610454576119cd3361407b565b6119d56142b2565b600160ff1960065416176006557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a1005b34610454575f3660031901126104545760206040516107d08152f35b602080825282516001600160a01b031690820152610daf9190602082015163ffffffff166040820152604082015163ffffffff166060820152606082015161ffff166080820152608082015161ffff1660a082015260a082015161ffff1660c082015260c08201516001600160401b031660e082015260e0820151610100820152610100820151610120820152610120820151610140820152610160611ae1610140840151610180838501526101a084019061073d565b92015190610180601f198285030191015261073d565b3461045457602036600319011261045457600435611b13612e87565b50611b1d81613c6d565b90611b40905f52600b60205260405f20549061ffff808360401c169260501c1690565b8254909291906001600160a01b0381169360a082901c63ffffffff169260c083901c63ffffffff169260e01c61ffff16916001860154611b86906001600160401b031690565b91600287015493600388015495600489015497611ba16106ef565b6001600160a01b03909b168b5263ffffffff1660208b015263ffffffff1660408a015261ffff16606089015261ffff16608088015261ffff1660a08701526001600160401b031660c086015260e0850152610100840152610120830152611c0a60058201612aa7565b610140830152600601611c1c90612aa7565b6101608201526040516107b6819282611a2a565b3461045457604036600319011261045457602060ff611c76602435600435611c5782610443565b5f526005845260405f209060018060a01b03165f5260205260405f2090565b54166040519015158152f35b34610454575f366003190112610454576107b6604051611ca36040826106ce565b60048152634750554160e01b602082015260405191829160208352602083019061073d565b34610454575f3660031901126104545760206001600160781b0360085416604051908152f35b34610454576020366003190112610454576004355f52600960205260206001600160401b0360405f205460801c16604051908152f35b3461045457602036600319011261045457600435611d4181610443565b60018060a01b03165f52600e602052602060405f2054604051908152f35b34610454576040366003190112610454576020611d89602435600435611d8482610443565b614237565b50604051908152f35b34610454575f3660031901126104545760206040515f8152f35b3461045457604036600319011261045457600435611dc981610443565b6024358015158103610454573315611e6a576001600160a01b038216918215611e585781611e15611e2692335f52600160205260405f209060018060a01b03165f5260205260405f2090565b9060ff801983541691151516179055565b604051901515815233907f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3190602090a3005b62ced3e160e81b5f525f60045260245ffd5b631f18c42760e11b5f525f60045260245ffd5b34610454576020366003190112610454576004355f526003602052602060405f2054604051908152f35b9091611ebe610daf93604084526040840190610fa5565b916020818403910152610fa5565b34610454576040366003190112610454576004356001600160401b03811161045457611efc903690600401611425565b906024356001600160401b03811161045457611f1c903690600401611425565b9190828403611f9557611f2e84612c6e565b92611f3885612c6e565b945f5b818110611f5157604051806107b6898983611ea7565b80611f79611f626001938589612e77565b35611f6e838789612e77565b3590611d8482610443565b611f83838b612cb4565b52611f8e8289612cb4565b5201611f3b565b82846355c5b3e360e11b5f5260045260245260445ffd5b34610454575f3660031901126104545760206001600160801b03611fe36001600160781b0360085460781c16826007541690612ef0565b16604051908152f35b3461045457602036600319011261045457600435612008613d2b565b6001600160781b038111612079576008546001600160781b0361202f818416828416612f10565b16906001600160781b031916176008557fd4e12504e916ee35b0ba72a0228f69572501ddb1af2212d4229625c38430112f604051806120743394829190602083019252565b0390a2005b6306dfcc6560e41b5f52607860045260245260445ffd5b9181601f84011215610454578235916001600160401b038311610454576020838186019501011161045457565b346104545760a0366003190112610454576004356024356044356120e081610443565b6064356084356001600160401b03811161045457612102903690600401612090565b9161210b61349d565b61211486613dab565b84156118d6576001600160a01b038416928315801561228a575b61226e57811561225f5761214a875f52600960205260405f2090565b612158610bae825460c01c90565b808811612243576111bf9894926121bb7f89e6a109380613b59aef9a899d8e4ecb0a760c14680618fd6bf2db806d8dc7b6959361219b610bae8c61221a966129ad565b81546001600160c01b031660c09190911b6001600160c01b031916179055565b61220d6121d0875f52600c60205260405f2090565b6121ed6001600160501b038c166121e8835460b01c90565b612d5c565b81546001600160b01b031660b09190911b6001600160b01b031916179055565b6040519384938a85612f50565b0390a37f0000000000000000000000000000000000000000000000000000000000000000613aff565b6351b0618d60e11b5f526004899052602488905260445260645ffd5b630dfa03e560e41b5f5260045ffd5b630bc2c5df60e11b5f526001600160a01b03851660045260245ffd5b5030841461212e565b34610454576040366003190112610454576106986024356004356122b682610443565b6122cf610e80825f526005602052600160405f20015490565b613ca3565b34610454576020366003190112610454576004356001600160401b0381116104545761230761236c913690600401612090565b61231033614187565b7fb2c804de3d865c12f4c13962ba6a1fb727a23503b68ec458541898742da414c761235361233c6129f2565b61236260405192839260408452604084019061073d565b82810360208401528587612f30565b0390a13691610d5e565b80516001600160401b0381116106c9576123908161238b6002546129ba565b612fe9565b602091601f82116001146123ce576123be925f91836123c3575b50508160011b915f199060031b1c19161790565b600255005b015190505f806123aa565b60025f52601f198216927f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace915f5b85811061243157508360019510612419575b505050811b01600255005b01515f1960f88460031b161c191690555f808061240e565b919260206001819286850151815501940192016123fc565b34610454575f3660031901126104545760206040517f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a8152f35b34610454575f36600319011261045457602060405160f08152f35b3461045457604036600319011261045457602060ff611c766004356124c281610443565b602435906124cf82610443565b60018060a01b03165f526001845260405f209060018060a01b03165f5260205260405f2090565b34610454576020366003190112610454576004356001600160401b0381116104545780600401906101606003198236030112610454576109e16107b69261253c33614101565b6125446142b2565b61254d816142cd565b6126e861255b601054612f6c565b9361256585601055565b612577855f52601160205260405f2090565b80546001600160a01b03191633178155926125b761259760248401612f88565b855463ffffffff60a01b191660a09190911b63ffffffff60a01b16178555565b6125e66125c660448401612f88565b855463ffffffff60c01b191660c09190911b63ffffffff60c01b16178555565b6126116125f560c48401612f92565b855461ffff60e01b191660e09190911b61ffff60e01b16178555565b61263f61262060848401612fad565b60018601906001600160401b03166001600160401b0319825416179055565b60a48201356002850155612692600660e484013595866003820155610104850135600482015561267c6126728580612fb7565b90600584016130a6565b6126896064860185612fb7565b929091016130a6565b857fea500046e397fec8e1c4eb57487eee97e8e5f79a62debe4b6ffa407cfcfe9296604051806126c33395826131b4565b0390a36126e06101446126d96101248401612f92565b9201612f92565b908386614489565b6126f0610729565b9083336145a7565b34610454575f366003190112610454576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610454575f366003190112610454576020601054604051908152f35b34610454575f366003190112610454576020600f54604051908152f35b3461045457602036600319011261045457602061136f60043561279881610443565b6127a061349d565b6132c1565b34610454576020366003190112610454576004356127c281610443565b6127cb33614187565b6001600160a01b0381169081156128355760065491600883901c6001600160a01b03167f8c3aa5f43a388513435861bf27dfad7829cd248696fed367c62d441f629544965f80a3610100600160a81b031990911660089190911b610100600160a81b031617600655005b63d92e233d60e01b5f5260045ffd5b346104545760a03660031901126104545760043561286181610443565b60243561286d81610443565b60443590606435926084356001600160401b03811161045457612894903690600401610d94565b9261289f8233613b77565b6001600160a01b03831615612902576001600160a01b038216156128f057610698946128e860405192600184526020840152604083019160018352606084015260808301604052565b92909161473c565b626a0d4560e21b5f525f60045260245ffd5b632bfa23e760e11b5f525f60045260245ffd5b346104545760203660031901126104545760206001600160a01b0361293b600435613c6d565b5416604051908152f35b34610454575f3660031901126104545760206040517f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b9298152f35b90816020910312610454575190565b6040513d5f823e3d90fd5b634e487b7160e01b5f52601160045260245ffd5b9190820391821161152257565b90600182811c921680156129e8575b60208310146129d457565b634e487b7160e01b5f52602260045260245ffd5b91607f16916129c9565b604051905f8260025491612a05836129ba565b8083529260018116908115612a885750600114612a29575b6105b0925003836106ce565b5060025f90815290917f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace5b818310612a6c5750509060206105b092820101612a1d565b6020919350806001915483858901015201910190918492612a54565b602092506105b094915060ff191682840152151560051b820101612a1d565b9060405191825f825492612aba846129ba565b8084529360018116908115612b235750600114612adf575b506105b0925003836106ce565b90505f9291925260205f20905f915b818310612b075750509060206105b0928201015f612ad2565b6020919350806001915483858901015201910190918492612aee565b9050602092506105b094915060ff191682840152151560051b8201015f612ad2565b6040519061014082018281106001600160401b038211176106c9576040525f610120838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e0820152826101008201520152565b9190820180921161152257565b9294919091612bbc8433613b77565b6001600160a01b038316948515612902576001600160a01b03851680156128f057612be89796976142b2565b5f971415965b8351811015612c485780612c0460019286612cb4565b515f818152600960205260409020546001600160801b0316612c27818a84614ce5565b878b612c37575b50505001612bee565b612c4092614ce5565b5f8087612c2e565b50936105b09593919650612c5e84848484614b04565b612c688382614bf6565b33614a66565b90612c7882610cea565b612c8560405191826106ce565b8281528092612c96601f1991610cea565b0190602036910137565b634e487b7160e01b5f52603260045260245ffd5b8051821015612cc85760209160051b010190565b612ca0565b91909180518351808203612d47575050612ce78151612c6e565b905f5b8151811015612d405780612d2f60019260051b60208082870101519189010151905f918252602082815260408084206001600160a01b03909316845291905290205490565b612d398286612cb4565b5201612cea565b5090925050565b635b05999160e01b5f5260045260245260445ffd5b906001600160501b03809116911601906001600160501b03821161152257565b90612d8682613dab565b815f52600960205260405f20916001600160401b03835460801c16928315612e7057805467ffffffffffffffff60801b191690555f818152600c60205260409020612de86001600160501b03825460601c166001600160501b03861690612d5c565b815469ffffffffffffffffffff60601b191660609190911b69ffffffffffffffffffff60601b161790556040518381523391907f29e7db599208b12e90d447e11439e3bc945887c24c342ff60ba0ceeeae12ba9b9080602081010390a36105b082337f0000000000000000000000000000000000000000000000000000000000000000613aff565b505f925050565b9190811015612cc85760051b0190565b6040519061018082018281106001600160401b038211176106c9576040526060610160835f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f610120820152826101408201520152565b906001600160801b03809116911603906001600160801b03821161152257565b906001600160781b03809116911601906001600160781b03821161152257565b908060209392818452848401375f828201840152601f01601f1916010190565b610daf9492606092825260208201528160408201520191612f30565b5f1981146115225760010190565b63ffffffff81160361045457565b35610daf81612f7a565b35610daf81610599565b6001600160401b0381160361045457565b35610daf81612f9c565b903590601e198136030182121561045457018035906001600160401b0382116104545760200191813603831361045457565b90601f8211612ff6575050565b808211613001575050565b60025f5260205f206020601f830160051c9210613040575b81601f9101920160051c03905f5b82811061303357505050565b5f82820155600101613027565b5f9150613019565b919091601f8311613059575b505050565b81831161306557505050565b5f5260205f206020601f830160051c921061309e575b81601f9101920160051c03905f5b82811015613054575f82820155600101613089565b5f915061307b565b9092916001600160401b0381116106c9576130cb816130c584546129ba565b84613048565b5f601f82116001146131085781906130f99394955f926130fd5750508160011b915f199060031b1c19161790565b9055565b013590505f806123aa565b601f1982169461311b845f5260205f2090565b915f5b87811061315557508360019596971061313c575b505050811b019055565b01355f19600384901b60f8161c191690555f8080613132565b9092602060018192868601358155019401910161311e565b9035601e19823603018112156104545701602081359101916001600160401b03821161045457813603831361045457565b35906105b082612f7a565b35906105b082612f9c565b610daf90602081526101606132b861014061323d6131e66131d5888061316d565b866020890152610180880191612f30565b6132026131f560208a0161319e565b63ffffffff166040880152565b61321e61321160408a0161319e565b63ffffffff166060880152565b61322b606089018961316d565b878303601f1901608089015290612f30565b9561325d61324d608083016131a9565b6001600160401b031660a0870152565b60a081013560c086015261328161327660c083016105a5565b61ffff1660e0870152565b60e08101356101008601526101008101356101208601526132b26132a861012083016105a5565b61ffff1686840152565b016105a5565b61ffff16910152565b60065490919060081c6001600160a01b0316331415806133ab575b613398576001600160a01b038216918215801561338f575b61122a5760085460781c6001600160781b031692613326610c5b6133206007546001600160801b031690565b86612ef0565b938415613387579184916133536105b0946001600160801b03166001600160801b03196007541617600755565b60405183815233907fc0f01729b0d2f4ee8f47286e5cf926377eab5d6e58a981836e2f30705db2362c90806020810161221a565b505f93505050565b503083146132f4565b63fed6525d60e01b5f523360045260245ffd5b505f805260056020526133fc6111b66133f5337f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc5b9060018060a01b03165f5260205260405f2090565b5460ff1690565b6132dc565b91909161340d81613c6d565b805490936001600160a01b039182169290918216830361342c57505050565b634a3d197360e01b5f526004526001600160a01b039081166024521660445260645ffd5b61ffff16806107d00191826107d0116115225761ffff16916107d0838301018091116115225761271010613482575050565b637e7d3bab60e01b5f526107d060045260245260445260645ffd5b5f516020614f665f395f51905f525c6134c35760015f516020614f665f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b5f5f516020614f665f395f51905f525d565b906040516134f1816106ae565b604061ffff8294546001600160401b03811684528181841c16602085015260501c16910152565b60405190613525826106ae565b8160406008546001600160781b03811683526001600160781b038160781c16602084015260f01c910152565b811561355b570490565b634e487b7160e01b5f52601260045260245ffd5b9060405161357c816106ae565b60408193546001600160501b03811683526001600160501b038160501c16602084015260a01c910152565b90670de0b6b3a7640000820291808304670de0b6b3a7640000149015171561152257565b8181029291811591840414171561152257565b815160208301516040939093015160509390931b69ffffffffffffffffffff60501b166001600160501b03919091161760a09290921b6001600160a01b031916919091179055565b90604051613633816106ae565b60408193546001600160801b03811683526001600160401b038160801c16602084015260c01c910152565b815160208301516040939093015160809390931b67ffffffffffffffff60801b166001600160801b03919091161760c09290921b6001600160c01b031916919091179055565b805160208201516040929092015160789290921b6effffffffffffffffffffffffffffff60781b166001600160781b03919091161760f09190911b6001600160f01b03191617600855565b9591946001600160501b036001600160601b03958180949b9a968160c09a8160e08e019f168d521660208c01521660408a015216606088015216608086015260a085015216910152565b81156118d65761375461157c825f52600b60205260405f2090565b613768610bae82516001600160401b031690565b9081156118c257613777613518565b936137819061465c565b60408501516001600160501b038216959061ffff1661ffff16612710908702046001600160501b03169560208401516137bb9061ffff1690565b61ffff16612710908202046001600160501b031660409094015161ffff1661ffff166127109102046001600160501b03169384848885036001600160501b0316036001600160501b0316036001600160501b0316613821875f52600a60205260405f2090565b61382a9061356f565b92613834826135a7565b60408501516001600160601b03166001600160601b031661385491612ba0565b61385e8482613551565b9361386990856135cb565b613872916129ad565b6001600160601b03169389868251613890906001600160501b031690565b9061389a91612d5c565b6020909201516001600160501b0316906138b391612d5c565b6138bb6106ff565b6001600160501b0390921682526001600160501b031660208201526001600160601b03851660408201526138f7895f52600a60205260405f2090565b90613901916135de565b613913885f52600960205260405f2090565b61391c90613626565b92835161392f906001600160801b031690565b6001600160801b03169061394291612ba0565b9261394c8461468d565b9088886020830151613964906001600160401b031690565b6001600160401b03169061397791612d5c565b6001600160501b0316613989906146be565b604092909201516139a391906001600160401b0316612d5c565b6001600160501b03166139b5906146be565b906139be6106ff565b6001600160801b0390931683526001600160401b031660208301526001600160401b031660408201526139f9895f52600960205260405f2090565b90613a039161365e565b602081018051613a26906001600160501b038c16906001600160781b0316612f10565b6001600160781b03169052613a3a906136a4565b6040519586953399613a4c96886136ef565b037ff1d41616b960f4e41a7727d57d449ba13f6ce1d99fe4b9b4b35646de5ed9659b91a3565b6040516323b872dd60e01b5f9081526001600160a01b039384166004529290931660245260449390935260209060648180865af160015f5114811615613ae0575b6040919091525f60605215613ac55750565b635274afe760e01b5f526001600160a01b031660045260245ffd5b6001811516613af6573d15833b15151616613ab3565b503d5f823e3d90fd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615613b5f575b60405215613b3f5750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516613af657823b15153d15161690613b34565b6001600160a01b0391821691811690828214159081613baf575b50613b9a575050565b63711bec9160e11b5f5260045260245260445ffd5b5f8481526001602090815260408083206001600160a01b0390941683529290522060ff91505416155f613b91565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff16613c67575f8181526005602090815260408083206001600160a01b03861684529091529020805460ff1916600117905533916001600160a01b0316907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b5f8181526011602052604090208054909291906001600160a01b031615613c915750565b63659f13b960e11b5f5260045260245ffd5b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff1615613c67575f8181526005602090815260408083206001600160a01b03861684529091529020805460ff1916905533916001600160a01b0316907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303613d5d57565b635753b3ff60e01b5f523360045260245ffd5b6001600160781b031690818111613d96578103908111611522576001600160781b031690565b63fc54340960e01b5f5260045260245260445ffd5b6001600160a01b03613dbc82613c6d565b541690338203613dca575050565b634a3d197360e01b5f52600452336024526001600160a01b031660445260645ffd5b906001600160601b03809116911601906001600160601b03821161152257565b9190613e28613e23845f52600960205260405f2090565b613626565b92613e42613e23836133e0845f52600d60205260405f2090565b613e59610bae60408301516001600160401b031690565b90613e6b81516001600160801b031690565b6001600160801b03613e87610c5b89516001600160801b031690565b911603613faf5760200151613ea4906001600160401b0316610bae565b945b8515613fa65790613efe6001600160401b03613ecc613f1994516001600160801b031690565b92613ee7613ed86106ff565b6001600160801b039095168552565b5f6020850152166001600160401b03166040830152565b613f14846133e0855f52600d60205260405f2090565b61365e565b613f6b613f258561486f565b613f51613f3a845f52600c60205260405f2090565b91613f4c83546001600160601b031690565b613dec565b6001600160601b03166001600160601b0319825416179055565b6040518481526001600160a01b0392909216917fb9e8470097faa00e83252475f2ee4b69007b0bb2405268ebec248676998a21b390602090a3565b505f9450505050565b5f838152602081815260408083206001600160a01b0388168452909152902054613fee9250613fe8610c5b88516001600160801b031690565b91614824565b9094613ea6565b6001600160a01b0381165f9081527f178c3c06ba512c8aee97e0cedb8646fcd28c0518c9e2219f6e59de233395704b602052604090205460ff16156140375750565b63e2517d3f60e01b5f9081526001600160a01b03919091166004527f349eec46d2c564a125684d1934a6120a70cc341d3a26d362e358a775e07dec17602452604490fd5b6001600160a01b0381165f9081527f99f2891db7a8db76249871a02b43b68c0bb8f22ef8a3bc1034ae9375ef6b7c3c602052604090205460ff16156140bd5750565b63e2517d3f60e01b5f9081526001600160a01b03919091166004527f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a602452604490fd5b6001600160a01b0381165f9081527fe790de7705c8ebaa80068cd4fc0a095afd63ddb3e1cbffe9ca6f4baedbd7b739602052604090205460ff16156141435750565b63e2517d3f60e01b5f9081526001600160a01b03919091166004527f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929602452604490fd5b6001600160a01b0381165f9081527f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc602052604090205460ff16156141c95750565b63e2517d3f60e01b5f5260018060a01b03166004525f60245260445ffd5b90815f52600560205260ff61420f8260405f209060018060a01b03165f5260205260405f2090565b54161561421a575050565b63e2517d3f60e01b5f5260018060a01b031660045260245260445ffd5b906142ae91805f52600d60205261428a816142658460405f209060018060a01b03165f5260205260405f2090565b935f918252602082815260408084206001600160a01b03909316845291905290205490565b905f5260096020526142a96001600160801b0360405f20541692613626565b614824565b9091565b60ff600654166142be57565b63d93c066560e01b5f5260045ffd5b6142d78180612fb7565b90501561447a576142eb6060820182612fb7565b90501561446b576020810163ffffffff61430482612f88565b161561444757506040810161432461431b82612f88565b63ffffffff1690565b15614423575060c0810161ffff61433a82612f92565b1615801561440d575b6143e6575060e0810135801580156143d5575b6143c3575060a081013580156143b1575060800161437381612fad565b6001600160401b03429116116143865750565b6143926108a591612fad565b6307a665dd60e01b5f526001600160401b031660045242602452604490565b631a2774c960e01b5f5260045260245ffd5b638d20cf8b60e01b5f5260045260245ffd5b50670de0b6b3a76400008111614356565b6143f26108a591612f92565b633274d9d360e01b5f5261ffff1660045260f0602452604490565b5060f061ffff61441c83612f92565b1611614343565b61442f6108a591612f88565b63ee5f183d60e01b5f5263ffffffff16600452602490565b6144536108a591612f88565b63f612cecb60e01b5f5263ffffffff16600452602490565b632656eee560e01b5f5260045ffd5b63313e6d4b60e01b5f5260045ffd5b9290916145807fe595d5af3957aa1e6a2ca2649ee489cee05b271c29e226209907bc75c5e3067d936144bb8484613450565b855f52600960205260405f2060016001600160801b03198254161790556001600160401b03604051916144ed836106ae565b16815261ffff8316602082015261ffff84166040820152855f52600b60205261ffff6040805f209261453f6001600160401b0382511685906001600160401b03166001600160401b0319825416179055565b6020810151845469ffff0000000000000000191690841660401b61ffff60401b161784550151825461ffff60501b1916911660501b61ffff60501b16179055565b604080515f808252602082015261ffff9283169181019190915291166060820152608090a2565b929392916001600160a01b03831615612902576145e160405192600184526020840152604083019160018352606084015260808301604052565b9290936145ec6142b2565b5f5b855181101561462d578061462761460760019389612cb4565b515f8181526009602052604090205487906001600160801b031691614ce5565b016145ee565b50919093926020806105b0956146458482875f614b04565b61464f815f614bf6565b0151910151915f3361491d565b6001600160501b038111614676576001600160501b031690565b6306dfcc6560e41b5f52605060045260245260445ffd5b6001600160801b0381116146a7576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffd5b6001600160401b0381116146d8576001600160401b031690565b6306dfcc6560e41b5f52604060045260245260445ffd5b92916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180875af19260015f511484161561472b575b50604052565b3d15903b151516909216915f614725565b92939491946147496142b2565b6001600160a01b038481168015159491841680151593919290915f5b8a518110156147da578061477b6001928d612cb4565b515f818152600960205260409020546001600160801b03168a6147ca575b8989806147c0575b6147af575b50505001614765565b6147b892614ce5565b5f80896147a6565b50888814156147a1565b6147d5818d84614ce5565b614799565b50969550979693929150506147f183878487614b04565b6147fb8685614bf6565b614807575b5050505050565b60208061481a960151920151923361491d565b5f80808080614800565b92916001600160401b03916020916001600160801b03865116900302826040860151160193015116670de0b6b3a76400008304810180911161152257670de0b6b3a764000090920690565b6001600160601b038111614889576001600160601b031690565b6306dfcc6560e41b5f52606060045260245260445ffd5b908160209103126104545751610daf816104fe565b6001600160a01b039182168152911660208201526040810191909152606081019190915260a060808201819052610daf9291019061073d565b3d15614918573d906148ff8261070e565b9161490d60405193846106ce565b82523d5f602084013e565b606090565b9091949293853b614931575b505050505050565b60209361495391604051968795869563f23a6e6160e01b8752600487016148b5565b03815f6001600160a01b0387165af15f91816149e2575b506149a457506149786148ee565b805191908261499d57632bfa23e760e11b5f526001600160a01b03821660045260245ffd5b6020915001fd5b6001600160e01b031916630dc5919f60e01b016149c757505f8080808080614929565b632bfa23e760e11b5f526001600160a01b031660045260245ffd5b614a0591925060203d602011614a0c575b6149fd81836106ce565b8101906148a0565b905f61496a565b503d6149f3565b6001600160a01b0391821681529116602082015260a060408201819052610daf9491939192614a589291614a4a9190860190610fa5565b908482036060860152610fa5565b91608081840391015261073d565b9091949293853b614a7957505050505050565b602093614a9b91604051968795869563bc197c8160e01b875260048701614a13565b03815f6001600160a01b0387165af15f9181614ae3575b50614ac057506149786148ee565b6001600160e01b0319166343e6837f60e01b016149c757505f8080808080614929565b614afd91925060203d602011614a0c576149fd81836106ce565b905f614ab2565b939293614b1385848484614db9565b6001600160a01b031615614b88575b6001600160a01b031615614b3557509050565b5f805b8251821015614b76576001908260051b90614b67602080848a01015193870101515f52600360205260405f2090565b82815403905501910190614b38565b9150506105b091925060045403600455565b915f90815b8351831015614bd957614bd16001918460051b90614bbf602080848c01015193890101515f52600360205260405f2090565b614bca838254612ba0565b9055612ba0565b920191614b8d565b614bf191949250614bec90600454612ba0565b600455565b614b22565b9091906001600160a01b03811615614ce0575f5b8351811015614cda5780614c2060019286612cb4565b51614c37846133e0835f52600d60205260405f2090565b906001600160401b03614c4b835460c01c90565b169081158015614cbc575b614cb45782546001600160c01b0316909255614cae91614c8e90614c82905f52600a60205260405f2090565b91613f4c835460a01c90565b81546001600160a01b031660a09190911b6001600160a01b031916179055565b01614c0a565b505050614cae565b50614cd2866133e0835f525f60205260405f2090565b541515614c56565b50509050565b509050565b5f818152600d602090815260408083206001600160a01b03861684529091529020919291614d1290613626565b92826001600160801b0385511614614db3576133e082614da56001600160401b03614d7481614d6d896105b09b613f149a5f525f602052614d668a60405f209060018060a01b03165f5260205260405f2090565b5490614824565b92906146be565b6001600160801b03806040519b614d8a8d6106ae565b16168a52166020890152166001600160401b03166040870152565b5f52600d60205260405f2090565b50505050565b9391928351815190818103614f505750506001600160a01b03858116948515159491841680151592905f5b8351811015614ec5578060051b90888887602080868a010151958b01015192614e44575b93600194614e1a575b50505001614de4565b614e3a916133e0614e32925f525f60205260405f2090565b918254612ba0565b90555f8881614e11565b50509091614e5d8c6133e0835f525f60205260405f2090565b54828110614e8e578291888e614e85600197968e9503916133e0855f525f60205260405f2090565b55909450614e08565b6040516303dee4c560e01b81526001600160a01b038e16600482015260248101919091526044810183905260648101829052608490fd5b5096955096509192505060018151145f14614f1d5760209081015191810151604080519384529183015233917fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f6291819081015b0390a4565b60405133927f4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb928291614f189183611ea7565b635b05999160e01b5f5260045260245260445ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220f24bc1394886ffdda1d1ad2f3b00d92475850d3e83bb160ab910a7517dcb977764736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d178c3c06ba512c8aee97e0cedb8646fcd28c0518c9e2219f6e59de233395704b05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc99f2891db7a8db76249871a02b43b68c0bb8f22ef8a3bc1034ae9375ef6b7c3c",
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
// Solidity: constructor(address admin, string uri_, address stablecoin_, address treasury_, address leaseMarket_) returns()
func (gPUAsset *GPUAsset) PackConstructor(admin common.Address, uri_ string, stablecoin_ common.Address, treasury_ common.Address, leaseMarket_ common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("", admin, uri_, stablecoin_, treasury_, leaseMarket_)
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

// PackEscrowHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x980965c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowHeld() view returns(uint256)
func (gPUAsset *GPUAsset) PackEscrowHeld() []byte {
	enc, err := gPUAsset.abi.Pack("escrowHeld")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x980965c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowHeld() view returns(uint256)
func (gPUAsset *GPUAsset) TryPackEscrowHeld() ([]byte, error) {
	return gPUAsset.abi.Pack("escrowHeld")
}

// UnpackEscrowHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x980965c7.
//
// Solidity: function escrowHeld() view returns(uint256)
func (gPUAsset *GPUAsset) UnpackEscrowHeld(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("escrowHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackFeeRatesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6905565d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRatesOf(uint256 assetId) view returns(uint16 operatorFeeBps, uint16 reserveBps)
func (gPUAsset *GPUAsset) PackFeeRatesOf(assetId *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("feeRatesOf", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRatesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6905565d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRatesOf(uint256 assetId) view returns(uint16 operatorFeeBps, uint16 reserveBps)
func (gPUAsset *GPUAsset) TryPackFeeRatesOf(assetId *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("feeRatesOf", assetId)
}

// FeeRatesOfOutput serves as a container for the return parameters of contract
// method FeeRatesOf.
type FeeRatesOfOutput struct {
	OperatorFeeBps uint16
	ReserveBps     uint16
}

// UnpackFeeRatesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6905565d.
//
// Solidity: function feeRatesOf(uint256 assetId) view returns(uint16 operatorFeeBps, uint16 reserveBps)
func (gPUAsset *GPUAsset) UnpackFeeRatesOf(data []byte) (FeeRatesOfOutput, error) {
	out, err := gPUAsset.abi.Unpack("feeRatesOf", data)
	outstruct := new(FeeRatesOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.OperatorFeeBps = *abi.ConvertType(out[0], new(uint16)).(*uint16)
	outstruct.ReserveBps = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	return *outstruct, nil
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

// PackHoldEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf5e6850.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function holdEscrow(uint256 amount) returns()
func (gPUAsset *GPUAsset) PackHoldEscrow(amount *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("holdEscrow", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHoldEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf5e6850.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function holdEscrow(uint256 amount) returns()
func (gPUAsset *GPUAsset) TryPackHoldEscrow(amount *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("holdEscrow", amount)
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

// PackLeaseMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8249319e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaseMarket() view returns(address)
func (gPUAsset *GPUAsset) PackLeaseMarket() []byte {
	enc, err := gPUAsset.abi.Pack("leaseMarket")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaseMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8249319e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaseMarket() view returns(address)
func (gPUAsset *GPUAsset) TryPackLeaseMarket() ([]byte, error) {
	return gPUAsset.abi.Pack("leaseMarket")
}

// UnpackLeaseMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8249319e.
//
// Solidity: function leaseMarket() view returns(address)
func (gPUAsset *GPUAsset) UnpackLeaseMarket(data []byte) (common.Address, error) {
	out, err := gPUAsset.abi.Unpack("leaseMarket", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (gPUAsset *GPUAsset) PackName() []byte {
	enc, err := gPUAsset.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (gPUAsset *GPUAsset) TryPackName() ([]byte, error) {
	return gPUAsset.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (gPUAsset *GPUAsset) UnpackName(data []byte) (string, error) {
	out, err := gPUAsset.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
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

// PackRefundEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x599efa6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundEscrow(address to, uint256 amount) returns()
func (gPUAsset *GPUAsset) PackRefundEscrow(to common.Address, amount *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("refundEscrow", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x599efa6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundEscrow(address to, uint256 amount) returns()
func (gPUAsset *GPUAsset) TryPackRefundEscrow(to common.Address, amount *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("refundEscrow", to, amount)
}

// PackRefundOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9abc825f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundOwed(address account) view returns(uint256)
func (gPUAsset *GPUAsset) PackRefundOwed(account common.Address) []byte {
	enc, err := gPUAsset.abi.Pack("refundOwed", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9abc825f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundOwed(address account) view returns(uint256)
func (gPUAsset *GPUAsset) TryPackRefundOwed(account common.Address) ([]byte, error) {
	return gPUAsset.abi.Pack("refundOwed", account)
}

// UnpackRefundOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9abc825f.
//
// Solidity: function refundOwed(address account) view returns(uint256)
func (gPUAsset *GPUAsset) UnpackRefundOwed(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("refundOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReleaseEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x726300c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseEscrow(uint256 assetId, uint256 amount) returns()
func (gPUAsset *GPUAsset) PackReleaseEscrow(assetId *big.Int, amount *big.Int) []byte {
	enc, err := gPUAsset.abi.Pack("releaseEscrow", assetId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x726300c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseEscrow(uint256 assetId, uint256 amount) returns()
func (gPUAsset *GPUAsset) TryPackReleaseEscrow(assetId *big.Int, amount *big.Int) ([]byte, error) {
	return gPUAsset.abi.Pack("releaseEscrow", assetId, amount)
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

// PackSetURITemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe228fcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setURITemplate(string newTemplate) returns()
func (gPUAsset *GPUAsset) PackSetURITemplate(newTemplate string) []byte {
	enc, err := gPUAsset.abi.Pack("setURITemplate", newTemplate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetURITemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe228fcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setURITemplate(string newTemplate) returns()
func (gPUAsset *GPUAsset) TryPackSetURITemplate(newTemplate string) ([]byte, error) {
	return gPUAsset.abi.Pack("setURITemplate", newTemplate)
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

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (gPUAsset *GPUAsset) PackSymbol() []byte {
	enc, err := gPUAsset.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (gPUAsset *GPUAsset) TryPackSymbol() ([]byte, error) {
	return gPUAsset.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (gPUAsset *GPUAsset) UnpackSymbol(data []byte) (string, error) {
	out, err := gPUAsset.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
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

// PackTotalRefundsOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec2f37ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalRefundsOwed() view returns(uint256)
func (gPUAsset *GPUAsset) PackTotalRefundsOwed() []byte {
	enc, err := gPUAsset.abi.Pack("totalRefundsOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalRefundsOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec2f37ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalRefundsOwed() view returns(uint256)
func (gPUAsset *GPUAsset) TryPackTotalRefundsOwed() ([]byte, error) {
	return gPUAsset.abi.Pack("totalRefundsOwed")
}

// UnpackTotalRefundsOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec2f37ed.
//
// Solidity: function totalRefundsOwed() view returns(uint256)
func (gPUAsset *GPUAsset) UnpackTotalRefundsOwed(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("totalRefundsOwed", data)
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

// PackWithdrawRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x110f8874.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawRefund() returns(uint256 amount)
func (gPUAsset *GPUAsset) PackWithdrawRefund() []byte {
	enc, err := gPUAsset.abi.Pack("withdrawRefund")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x110f8874.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawRefund() returns(uint256 amount)
func (gPUAsset *GPUAsset) TryPackWithdrawRefund() ([]byte, error) {
	return gPUAsset.abi.Pack("withdrawRefund")
}

// UnpackWithdrawRefund is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x110f8874.
//
// Solidity: function withdrawRefund() returns(uint256 amount)
func (gPUAsset *GPUAsset) UnpackWithdrawRefund(data []byte) (*big.Int, error) {
	out, err := gPUAsset.abi.Unpack("withdrawRefund", data)
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

// GPUAssetEscrowHeld represents a EscrowHeld event raised by the GPUAsset contract.
type GPUAssetEscrowHeld struct {
	Market common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const GPUAssetEscrowHeldEventName = "EscrowHeld"

// ContractEventName returns the user-defined event name.
func (GPUAssetEscrowHeld) ContractEventName() string {
	return GPUAssetEscrowHeldEventName
}

// UnpackEscrowHeldEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowHeld(address indexed market, uint256 amount)
func (gPUAsset *GPUAsset) UnpackEscrowHeldEvent(log *types.Log) (*GPUAssetEscrowHeld, error) {
	event := "EscrowHeld"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetEscrowHeld)
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

// GPUAssetEscrowRefunded represents a EscrowRefunded event raised by the GPUAsset contract.
type GPUAssetEscrowRefunded struct {
	Market common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const GPUAssetEscrowRefundedEventName = "EscrowRefunded"

// ContractEventName returns the user-defined event name.
func (GPUAssetEscrowRefunded) ContractEventName() string {
	return GPUAssetEscrowRefundedEventName
}

// UnpackEscrowRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowRefunded(address indexed market, address indexed to, uint256 amount)
func (gPUAsset *GPUAsset) UnpackEscrowRefundedEvent(log *types.Log) (*GPUAssetEscrowRefunded, error) {
	event := "EscrowRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetEscrowRefunded)
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

// GPUAssetRefundDeferred represents a RefundDeferred event raised by the GPUAsset contract.
type GPUAssetRefundDeferred struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const GPUAssetRefundDeferredEventName = "RefundDeferred"

// ContractEventName returns the user-defined event name.
func (GPUAssetRefundDeferred) ContractEventName() string {
	return GPUAssetRefundDeferredEventName
}

// UnpackRefundDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundDeferred(address indexed to, uint256 amount)
func (gPUAsset *GPUAsset) UnpackRefundDeferredEvent(log *types.Log) (*GPUAssetRefundDeferred, error) {
	event := "RefundDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetRefundDeferred)
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

// GPUAssetRefundWithdrawn represents a RefundWithdrawn event raised by the GPUAsset contract.
type GPUAssetRefundWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const GPUAssetRefundWithdrawnEventName = "RefundWithdrawn"

// ContractEventName returns the user-defined event name.
func (GPUAssetRefundWithdrawn) ContractEventName() string {
	return GPUAssetRefundWithdrawnEventName
}

// UnpackRefundWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundWithdrawn(address indexed to, uint256 amount)
func (gPUAsset *GPUAsset) UnpackRefundWithdrawnEvent(log *types.Log) (*GPUAssetRefundWithdrawn, error) {
	event := "RefundWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetRefundWithdrawn)
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

// GPUAssetURITemplateChanged represents a URITemplateChanged event raised by the GPUAsset contract.
type GPUAssetURITemplateChanged struct {
	PreviousTemplate string
	NewTemplate      string
	Raw              *types.Log // Blockchain specific contextual infos
}

const GPUAssetURITemplateChangedEventName = "URITemplateChanged"

// ContractEventName returns the user-defined event name.
func (GPUAssetURITemplateChanged) ContractEventName() string {
	return GPUAssetURITemplateChangedEventName
}

// UnpackURITemplateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event URITemplateChanged(string previousTemplate, string newTemplate)
func (gPUAsset *GPUAsset) UnpackURITemplateChangedEvent(log *types.Log) (*GPUAssetURITemplateChanged, error) {
	event := "URITemplateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gPUAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GPUAssetURITemplateChanged)
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
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["DepositShortfall"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackDepositShortfallError(raw[4:])
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
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["EscrowExceeded"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackEscrowExceededError(raw[4:])
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
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["NoRefundOwed"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackNoRefundOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["NoShares"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackNoSharesError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["NotAssetOperator"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackNotAssetOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], gPUAsset.abi.Errors["NotLeaseMarket"].ID.Bytes()[:4]) {
		return gPUAsset.UnpackNotLeaseMarketError(raw[4:])
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

// GPUAssetDepositShortfall represents a DepositShortfall error raised by the GPUAsset contract.
type GPUAssetDepositShortfall struct {
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositShortfall(uint256 expected, uint256 received)
func GPUAssetDepositShortfallErrorID() common.Hash {
	return common.HexToHash("0x8b9ba582806f73243bc1cffa04856dd06780417d04e54adf8ea6ffe59d1ba55d")
}

// UnpackDepositShortfallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositShortfall(uint256 expected, uint256 received)
func (gPUAsset *GPUAsset) UnpackDepositShortfallError(raw []byte) (*GPUAssetDepositShortfall, error) {
	out := new(GPUAssetDepositShortfall)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "DepositShortfall", raw); err != nil {
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

// GPUAssetEscrowExceeded represents a EscrowExceeded error raised by the GPUAsset contract.
type GPUAssetEscrowExceeded struct {
	Requested *big.Int
	Held      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowExceeded(uint256 requested, uint256 held)
func GPUAssetEscrowExceededErrorID() common.Hash {
	return common.HexToHash("0xfc54340932c8a3a2fd7d2467c7569bf8ac4f8ea547f25925a1cd9c1ddbc9dc3e")
}

// UnpackEscrowExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowExceeded(uint256 requested, uint256 held)
func (gPUAsset *GPUAsset) UnpackEscrowExceededError(raw []byte) (*GPUAssetEscrowExceeded, error) {
	out := new(GPUAssetEscrowExceeded)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "EscrowExceeded", raw); err != nil {
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

// GPUAssetNoRefundOwed represents a NoRefundOwed error raised by the GPUAsset contract.
type GPUAssetNoRefundOwed struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRefundOwed(address account)
func GPUAssetNoRefundOwedErrorID() common.Hash {
	return common.HexToHash("0x1a05053c0990f18b0bd8afba8fb149331efc38a968ebeb0c3bf664b85185d106")
}

// UnpackNoRefundOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRefundOwed(address account)
func (gPUAsset *GPUAsset) UnpackNoRefundOwedError(raw []byte) (*GPUAssetNoRefundOwed, error) {
	out := new(GPUAssetNoRefundOwed)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "NoRefundOwed", raw); err != nil {
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

// GPUAssetNotLeaseMarket represents a NotLeaseMarket error raised by the GPUAsset contract.
type GPUAssetNotLeaseMarket struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLeaseMarket(address caller)
func GPUAssetNotLeaseMarketErrorID() common.Hash {
	return common.HexToHash("0x5753b3ff9c051acb87f288d82f33989a0411286e8d31bb0b16a91e12d49511e9")
}

// UnpackNotLeaseMarketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLeaseMarket(address caller)
func (gPUAsset *GPUAsset) UnpackNotLeaseMarketError(raw []byte) (*GPUAssetNotLeaseMarket, error) {
	out := new(GPUAssetNotLeaseMarket)
	if err := gPUAsset.abi.UnpackIntoInterface(out, "NotLeaseMarket", raw); err != nil {
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
