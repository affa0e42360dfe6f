// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package leasemarket

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

// LeaseMarketLease is an auto generated low-level Go binding around an user-defined struct.
type LeaseMarketLease struct {
	Renter             common.Address
	Start              uint64
	Gpus               uint32
	End                uint64
	SettledUntil       uint64
	ListingId          uint64
	Status             uint8
	Reason             uint8
	Retired            bool
	SlaAvailabilityBps uint16
	CreditBps          uint16
	AssetId            *big.Int
	PricePerGpuHour    *big.Int
	Deposited          *big.Int
	Released           *big.Int
	Refunded           *big.Int
	Credited           *big.Int
}

// LeaseMarketListing is an auto generated low-level Go binding around an user-defined struct.
type LeaseMarketListing struct {
	AssetId            *big.Int
	PricePerGpuHour    *big.Int
	Gpus               uint32
	LeasedGpus         uint32
	MinHours           uint32
	MaxHours           uint32
	SlaAvailabilityBps uint16
	CreditBps          uint16
	Active             bool
}

// LeaseMarketMetaData contains all meta data concerning the LeaseMarket contract.
var LeaseMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"assets_\",\"type\":\"address\"},{\"internalType\":\"contractIRevenueSink\",\"name\":\"revenue_\",\"type\":\"address\"},{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"reportWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"termCost\",\"type\":\"uint256\"}],\"name\":\"DepositExceedsTerm\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"DepositTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"requested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"available\",\"type\":\"uint32\"}],\"name\":\"InsufficientCapacity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"InvalidBps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"InvalidGpus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"}],\"name\":\"InvalidTermBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LeaseNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"requested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"available\",\"type\":\"uint32\"}],\"name\":\"ListingCapacityExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAssetOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"NotOverdrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRenter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"hoursRequested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"}],\"name\":\"TermOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"UnknownLease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"UnknownListing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"WrongAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"previousOracle\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newOracle\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"reportWindow\",\"type\":\"uint64\"}],\"name\":\"AvailabilityOracleChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"LeaseClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"LeaseCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unpaid\",\"type\":\"uint256\"}],\"name\":\"LeaseEnded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LeaseRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"}],\"name\":\"LeaseRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"to\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"}],\"name\":\"LeaseSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LeaseStatusChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"}],\"name\":\"LeaseToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"ListingActiveChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"}],\"name\":\"ListingCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"ListingPriceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"targetBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"}],\"name\":\"SlaCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KEEPER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCHS_PER_SETTLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERM_HOURS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_PREPAID_HOURS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"accruedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"assets\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"availabilityOracle\",\"outputs\":[{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"close\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"}],\"name\":\"createListing\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hoursTerm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"expired\",\"type\":\"uint256[]\"}],\"name\":\"lease\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leaseCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"leaseInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"settledUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"listingId\",\"type\":\"uint64\"},{\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"retired\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"}],\"internalType\":\"structLeaseMarket.Lease\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"leasedGpus\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"listing\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"leasedGpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structLeaseMarket.Listing\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"listingCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reportWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"leaseIds\",\"type\":\"uint256[]\"}],\"name\":\"retire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revenue\",\"outputs\":[{\"internalType\":\"contractIRevenueSink\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"reportWindow_\",\"type\":\"uint64\"}],\"name\":\"setAvailabilityOracle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setListingActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"}],\"name\":\"setListingPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"leaseIds\",\"type\":\"uint256[]\"}],\"name\":\"settleMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stablecoin\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LeaseMarket",
	Bin: "0x60e03461033b57601f61355b38819003918201601f19168301916001600160401b0383118484101761033f5780849260c09460405283398101031261033b578051906001600160a01b0382169081830361033b5760208101516001600160a01b0381169390919084830361033b5760408201516001600160a01b038116929083810361033b5760608201516001600160a01b0381169690929087840361033b5760808201516001600160a01b0381169283820361033b5760a00151966001600160401b0388169283890361033b5715908115610332575b8115610329575b508015610321575b6103125761017b967f73d19c6790dafa46d79db4b2165902f7443ae46badebd534520cfb27f8891cbf956060958a60805260a05260c05260015490600160a81b600160e81b039060a81b1691610100600160a81b039060081b1690610100600160e81b0319161717600155604051915f835260208301526040820152a161016b81610353565b50610175816103c9565b5061045c565b5060405163095ea7b360e01b5f52826004525f1960245260205f60448180865af19060015f5114821615610303575b6040521561022a575b604051612feb90816104f082396080518181816105ac015281816107e8015281816109060152818161104201528181611bfd0152612169015260a0518181816102fc01528181610e930152818161175b01528181611cd8015261251c015260c051818181610fa901528181611368015261219e0152f35b60405163095ea7b360e01b5f52826004525f60245260205f60448180865af19060015f51148216156102e2575b604052156102cf576040519163095ea7b360e01b5f526004525f1960245260205f60448180855af19060015f51148216156102b0575b50906040521561029e5780806101b3565b635274afe760e01b5f5260045260245ffd5b60018215166102c6573b15153d1516165f61028d565b823d5f823e3d90fd5b82635274afe760e01b5f5260045260245ffd5b9060018115166102fa57823b15153d15161690610257565b503d5f823e3d90fd5b90823b15153d151616906101aa565b63d92e233d60e01b5f5260045ffd5b5088156100e5565b9050155f6100dd565b8b1591506100d6565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f51602061353b5f395f51905f52602052604090205460ff166103c4576001600160a01b03165f8181525f51602061353b5f395f51905f5260205260408120805460ff191660011790553391905f5160206134db5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206134fb5f395f51905f52602052604090205460ff166103c4576001600160a01b03165f8181525f5160206134fb5f395f51905f5260205260408120805460ff191660011790553391907f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e1905f5160206134db5f395f51905f529080a4600190565b6001600160a01b0381165f9081525f51602061351b5f395f51905f52602052604090205460ff166103c4576001600160a01b03165f8181525f51602061351b5f395f51905f5260205260408120805460ff191660011790553391907ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab905f5160206134db5f395f51905f529080a460019056fe60a0806040526004361015610012575f80fd5b5f3560e01c90816203b2c214611e515750806301ffc9a714611dfb5780630aebeb4e14611a85578063248a9ca314611a5b5780632d2a8d9c14611a355780632f2ff15d14611a0657806330e0b1b7146116cb57806334e468ba14611407578063364bc15a146113cd57806336568abe146113975780633e9491a2146113535780633f4ba83a146112ed57806341297281146112d15780634420e743146112a557806344a062351461128a5780635549756c146112045780635ba3107b14610f455780635c975abb14610f23578063654777da14610ec257806371a9730514610e7e5780637b2cdcfa14610e105780638456cb5914610db857806384a184de14610c645780638df8280014610c3657806391d1485414610bfb578063a116633814610b3e578063a217fddf14610b24578063a62ab01314610af4578063a9b07c2614610ad7578063b4c0498b14610aba578063d547741f14610a84578063d57b480414610a5b578063d6f0d39f14610a21578063d849ce2d146109aa578063de643a7114610817578063e9cbd822146107d35763eb90e721146101b2575f80fd5b346107cf5760a03660031901126107cf576004356101ce611e90565b6044359163ffffffff83168093036107cf57606435906084356001600160401b0381116107cf57610203903690600401611ecb565b949061020d6120cb565b6102156124e5565b61021e8361261e565b91600283019182549360ff8560a01c16156107bc5763ffffffff8560401c1680841080156107aa575b610786575063ffffffff88169485156107695750600181019161026b835487612098565b61028a8561028460018210600183180260011884612098565b92612098565b90808a10610753575080891161073d57508154995f5b81811061069e57505050835463ffffffff8082169160201c1680918181115f146106915763ffffffff916102d391612210565b16808711610677575081546040516330e7408160e01b81526004810182905291906020836024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa92831561066c575f9361063b575b50805f52600660205263ffffffff60405f20541680938163ffffffff8216115f1461062e5763ffffffff9161036891612210565b16908189116106145750506103ac916103a76103858c8094612b7c565b885467ffffffff00000000191660209190911b67ffffffff0000000016178855565b612b7c565b90545f52600660205263ffffffff60405f20911663ffffffff198254161790556103d7600354611fdc565b9687600355610e106001600160401b03421693026001600160401b0381169081036106005761040690846120ab565b5f89815260056020526040908190204260a01b67ffffffffffffffff60a01b16331760e09490941b6001600160e01b0319169390931783556001830180546001600160801b0319166001600160401b038416179186901b67ffffffffffffffff60401b169190911781559094815468ffffffffffffffffff60801b1916608089901b67ffffffffffffffff60801b1617600160c01b17808355815461ffff60d81b198216605891821b61ffff60d81b169081178555925463ffffffff60d81b19909216909217911b61ffff60e81b161790556001600160401b0389116105e85788946001600160401b038897958a957faa6d25debb9d61c366864c799025293028287504be3439700d7820e4301f402195856001600160801b0360209f6105726105d09f6003928980600260c09e019216168a1982541617815561054a8754612ae2565b600160401b600160c01b0382549160401b1690600160401b600160c01b031916179055612ae2565b920191166001600160801b031982541617905554604051943386528e860152604085015260608401521660808201528660a0820152a430337f0000000000000000000000000000000000000000000000000000000000000000612b13565b5f5f516020612f965f395f51905f525d604051908152f35b886306dfcc6560e41b5f52604060045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b8890637172fddf60e01b5f5260045260245260445260645ffd5b505063ffffffff5f610368565b61065e91935060203d602011610665575b6106568183611f73565b810190611fc0565b915f610334565b503d61064c565b6040513d5f823e3d90fd5b86886338fef1dd60e21b5f5260045260245260445260645ffd5b505063ffffffff5f6102d3565b6106b26106ac828486612033565b35612100565b8c6001600160401b036002830154160361071b576001600160401b036001820154164281116106fa5750906106f46001926106ee838688612033565b3561222a565b016102a0565b610705838587612033565b35637c683ddf60e01b5f5260045260245260445ffd5b50610727918c93612033565b3563061a06c760e31b5f5260045260245260445ffd5b88634021c6cb60e01b5f5260045260245260445ffd5b8963253bf97d60e11b5f5260045260245260445ffd5b63ffffffff908663d17660b160e01b5f526004521660245260445ffd5b8563ffffffff9185630646976760e21b5f5260045260245260601c1660445260645ffd5b5063ffffffff8660601c168411610247565b8563161bec9760e01b5f5260045260245ffd5b5f80fd5b346107cf575f3660031901126107cf576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346107cf5761082536611f11565b61082d6120cb565b6108356124e5565b61083e82612100565b90600182015460ff8160c01c1660058110156109965760018114158061098b575b61096f57508115610960576001600160401b0361087d91168361233e565b60038301906001600160801b038254169080610899858461206b565b116109415750916001600160801b0361092a92816108c461092f98966108be86612ae2565b90612078565b1682198254161781555416604051908282526020820152837f56719cb3354f779b1f66b5ed3c2098b80964a5256a6547e18f2d9ef2f348261560403393a330337f0000000000000000000000000000000000000000000000000000000000000000612b13565b61213c565b5f5f516020612f965f395f51905f525d005b61094b848361206b565b634021c6cb60e01b5f5260045260245260445ffd5b631f2a200560e01b5f5260045ffd5b62c0674b60e11b5f52600485905261098690611ea3565b60445ffd5b50600281141561085f565b634e487b7160e01b5f52602160045260245ffd5b346107cf5760203660031901126107cf576004356001600160401b0381116107cf576109da903690600401611ecb565b5f5b8181106109e557005b6109f36106ac828486612033565b6001600160401b036001820154164281116106fa575090610a1b6001926106ee838688612033565b016109dc565b346107cf575f3660031901126107cf5760206040517f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e18152f35b346107cf575f3660031901126107cf5760206001600160401b0360015460a81c16604051908152f35b346107cf57610ab8610a9536611e6a565b90610ab3610aae825f525f602052600160405f20015490565b612425565b61259e565b005b346107cf575f3660031901126107cf576020600354604051908152f35b346107cf575f3660031901126107cf576020600254604051908152f35b346107cf5760203660031901126107cf576004355f526006602052602063ffffffff60405f205416604051908152f35b346107cf575f3660031901126107cf5760206040515f8152f35b346107cf5760403660031901126107cf576004356001600160a01b0381168082036107cf57610b6b611efb565b610b736123b6565b7f73d19c6790dafa46d79db4b2165902f7443ae46badebd534520cfb27f8891cbf6060600154936040519060018060a01b038660081c16825260208201526001600160401b0384166040820152a1610100600160e81b031990911660089290921b610100600160a81b03169190911760a89190911b67ffffffffffffffff60a81b1617600155005b346107cf57610c0936611e6a565b905f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346107cf5760203660031901126107cf5761092f600435610c556120cb565b610c5e81612100565b9061213c565b346107cf5760203660031901126107cf57604051610c8181611f27565b5f8152602081015f9052604081015f9052606081015f9052608081015f905260a081015f905260c081015f905260e081015f9052610100015f9052600435610cc89061261e565b60405190610cd582611f27565b8054918281526001820154916020820192835260020154916040820163ffffffff84168152606083018460201c63ffffffff16815260808401908560401c63ffffffff16825260a08501928660601c63ffffffff16845260c08601948760801c61ffff16865260e08701968860901c61ffff168852610100019760a01c60ff16151588526040519889525160208901525163ffffffff1660408801525163ffffffff1660608701525163ffffffff1660808601525163ffffffff1660a08501525161ffff1660c08401525161ffff1660e083015251151561010082015261012090f35b346107cf575f3660031901126107cf57610dd06123b6565b610dd86124e5565b600160ff19815416176001557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a1005b346107cf57610e1e36611f11565b90610e288161261e565b610e328154612500565b8215610e7057600101907fca6208d406c3c4ef53bee1c4cb9ee3281e68a24ceba350b3a324c05d964f69aa604083548151908152856020820152a255005b62bfc92160e01b5f5260045ffd5b346107cf575f3660031901126107cf576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346107cf5760403660031901126107cf576020610f13610ee0611efb565b610eeb600435612100565b906001600160401b03600183015416806001600160401b038316105f14610f1b57509061233e565b604051908152f35b90509061233e565b346107cf575f3660031901126107cf57602060ff600154166040519015158152f35b346107cf5760203660031901126107cf576004356001600160401b0381116107cf57610f75903690600401611ecb565b610f7d6120cb565b610f8681612001565b90610f9081612001565b91610f9a82612001565b925f905f5b8481106110d057507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316925f5b83811061106b578787875f5b818110610ff9575f5f516020612f965f395f51905f525d005b8061100660019285612057565b51611012575b01610fe0565b61101d818487612033565b355f526005602052611066828060a01b0360405f20541661103e8387612057565b51907f0000000000000000000000000000000000000000000000000000000000000000612a61565b61100c565b6110758183612057565b51906110818185612057565b51863b156107cf576040519263032b9ebf60e21b8452600484015260248301525f82604481838a5af191821561066c576001926110c0575b5001610fd4565b5f6110ca91611f73565b896110b9565b9492919590936110e1868284612033565b355f52600560205260405f209160ff600184015460c01c1660058110156109965780159081156111f9575b506111eb5761112683611120898585612033565b35612651565b61113289889398612057565b5285156111db575f5b898110806111ba575b156111575761115290611fdc565b61113b565b9097919895611181611188916001959996898514611193575b5061117b8488612057565b5161206b565b9185612057565b525b01929192610f9f565b600201546001600160401b03166111b36111ac8b611fdc565b9a8a612057565b528c611170565b506111c58187612057565b516001600160401b036002870154161415611144565b969097945060019195925061118a565b96939560019195925061118a565b60049150148961110c565b346107cf5760403660031901126107cf57600435602435801515908181036107cf577ff295852ced4f050f8d9ce31d2d9f4dfb0ac5ef45599c5055ae04a6bd80c7f0b69161128160209260026112598761261e565b6112638154612500565b01805460ff60a01b191691151560a01b60ff60a01b16919091179055565b604051908152a2005b346107cf575f3660031901126107cf57602060405160a88152f35b346107cf575f3660031901126107cf5760015460405160089190911c6001600160a01b03168152602090f35b346107cf575f3660031901126107cf5760206040516122388152f35b346107cf575f3660031901126107cf576113056123b6565b60015460ff8116156113445760ff19166001557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b638dfc202b60e01b5f5260045ffd5b346107cf575f3660031901126107cf576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346107cf576113a536611e6a565b336001600160a01b038216036113be57610ab89161259e565b63334bd91960e11b5f5260045ffd5b346107cf575f3660031901126107cf5760206040517ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab8152f35b346107cf5760203660031901126107cf575f61020060405161142881611f57565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e0820152015261149a600435612100565b805460018201549160ff8360c01c169060ff8460c81c169360028201546004600384015493015493604051956114cf87611f57565b60018060a01b03811687526001600160401b038160a01c16602088015260e01c60408701526001600160401b03831660608701526001600160401b038360401c1660808701526001600160401b038360801c1660a087015260058110156109965760c086015260048610156109965761ffff6001600160801b03926102209760e088015260ff8160d01c161515610100880152818160d81c1661012088015260e81c166101408601526001600160401b03811661016086015260401c166101808401526001600160801b0381166101a084015260801c6101c08301526001600160801b0381166101e083015260801c6102008201526102006040519160018060a01b0381511683526001600160401b03602082015116602084015263ffffffff60408201511660408401526001600160401b0360608201511660608401526001600160401b0360808201511660808401526001600160401b0360a08201511660a084015261164560c082015160c0850190611eb1565b61165760e082015160e0850190611ebe565b610100810151151561010084015261ffff6101208201511661012084015261ffff610140820151166101408401526101608101516101608401526101808101516101808401526101a08101516101a08401526101c08101516101c08401526101e08101516101e08401520151610200820152f35b346107cf5760e03660031901126107cf576004356116e7611e90565b6044359160643563ffffffff81168091036107cf5760843563ffffffff81168091036107cf5760a4359061ffff82168092036107cf5760c4359261ffff84168094036107cf576117356124e5565b61173e85612500565b6040516330e7408160e01b815260048101869052956020876024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa96871561066c575f976119df575b5063ffffffff1695861580156119d0575b6119b357508615610e7057801580156119aa575b801561199f575b61198a576127108311611977576127108411611964576002546117e190611fdc565b96876002556040516117f281611f27565b86815288602082019183835260408101928a845260608201915f83526080810187815260a082019389855260c08301928b845260e08101948d8652610100820197600189525f52600460205260405f2091518255516001820155600201965163ffffffff1663ffffffff1663ffffffff198854161787555163ffffffff1661189790879067ffffffff0000000082549160201b169067ffffffff000000001916179055565b518554935191519251945174ffffffffffffffffffffffffff0000000000000000199094166bffffffff000000000000000060409290921b919091161760609190911b63ffffffff60601b161760809190911b61ffff60801b161760909290921b61ffff60901b169190911790151560a01b60ff60a01b16179055604051968752602087015260408601526060850152608084015260a083015282339260c07fb2543373fe46178c4514d8c12c3e96ae3de4128ebc06c396d77c84ca8d628e7b91a4604051908152602090f35b83632b84a55760e11b5f5260045260245ffd5b82632b84a55760e11b5f5260045260245ffd5b630400dcc760e41b5f5260045260245260445ffd5b5061223882116117bf565b508181116117b8565b63ffffffff908763d17660b160e01b5f526004521660245260445ffd5b5063ffffffff811687116117a4565b63ffffffff9197506119ff9060203d602011610665576106568183611f73565b9690611793565b346107cf57610ab8611a1736611e6a565b90611a30610aae825f525f602052600160405f20015490565b61245d565b346107cf5760203660031901126107cf576020610f13611a56600435612100565b612387565b346107cf5760203660031901126107cf576020610f136004355f525f602052600160405f20015490565b346107cf5760203660031901126107cf57600435611aa16120cb565b611aaa81612100565b6001810160ff815460c01c16600581101561099657600181141580611df0575b611dd957508154336001600160a01b0390911603611ca65760025b6001600160401b0342166001600160401b038354168110611c2a575b5050611b0d828461222a565b611b17828461213c565b5460ff8160c01c16600581101561099657600314611b41575f5f516020612f965f395f51905f525d005b80611b676001600160401b03611b5c81611b6d95168661233e565b9260401c168461233e565b90611fb3565b91611b7782612387565b838111611b85575b5061092f565b611c2193611b9291611fb3565b91611b9c83612ae2565b6001600160801b03611bb5600484019282845416612078565b166001600160801b031982541617905560018060a01b0390541680917f144f9107c072bd1a844a52929e755a1d1cbd763b0779f30150148913c1430dee6020604051868152a37f0000000000000000000000000000000000000000000000000000000000000000612a61565b80808080611b7f565b825467ffffffffffffffff19166001600160401b038216178355600482101561099657825460ff60c81b191660c883901b60ff60c81b1617835560405191611c73908390611ebe565b6020820152837fe9fbe617f44eb517fb375566039fc395118b1abd7a8e781cacd97c2dda7cae0260403393a38380611b01565b600282015460405163f41875e160e01b81526001600160401b0390911660048201526020816024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561066c575f91611daa575b506001600160a01b031633141580611d72575b611d5b57611d29828461213c565b60ff815460c01c16600581101561099657600203611d48576003611ae5565b8263399f83bb60e11b5f5260045260245ffd5b8263c2a1c59f60e01b5f526004523360245260445ffd5b50335f9081527f0363fc6b1c9d3a5e0ab0c2ddc08deb0f30108829db06e84f370d2858ffe78c46602052604090205460ff1615611d1b565b611dcc915060203d602011611dd2575b611dc48183611f73565b810190611f94565b84611d08565b503d611dba565b62c0674b60e11b5f52600484905261098690611ea3565b506002811415611aca565b346107cf5760203660031901126107cf5760043563ffffffff60e01b81168091036107cf57602090637965db0b60e01b8114908115611e40575b506040519015158152f35b6301ffc9a760e01b14905082611e35565b346107cf575f3660031901126107cf5780600160209252f35b60409060031901126107cf57600435906024356001600160a01b03811681036107cf5790565b6024359063ffffffff821682036107cf57565b600581101561099657602452565b9060058210156109965752565b9060048210156109965752565b9181601f840112156107cf578235916001600160401b0383116107cf576020808501948460051b0101116107cf57565b602435906001600160401b03821682036107cf57565b60409060031901126107cf576004359060243590565b61012081019081106001600160401b03821117611f4357604052565b634e487b7160e01b5f52604160045260245ffd5b61022081019081106001600160401b03821117611f4357604052565b90601f801991011681019081106001600160401b03821117611f4357604052565b908160209103126107cf57516001600160a01b03811681036107cf5790565b9190820391821161060057565b908160209103126107cf575163ffffffff811681036107cf5790565b5f1981146106005760010190565b6001600160401b038111611f435760051b60200190565b9061200b82611fea565b6120186040519182611f73565b8281528092612029601f1991611fea565b0190602036910137565b91908110156120435760051b0190565b634e487b7160e01b5f52603260045260245ffd5b80518210156120435760209160051b010190565b9190820180921161060057565b906001600160801b03809116911601906001600160801b03821161060057565b8181029291811591840414171561060057565b906001600160401b03809116911601906001600160401b03821161060057565b5f516020612f965f395f51905f525c6120f15760015f516020612f965f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b90815f52600560205260405f209160ff600184015460c01c166005811015610996571561212a5750565b6327e68ea560e21b5f5260045260245ffd5b8161214691612651565b908061218f575b5080612157575050565b905461218d91906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000612a61565b565b60028301546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016916001600160401b0390911690823b156107cf5760445f9283604051958694859363032b9ebf60e21b8552600485015260248401525af1801561066c571561214d575f61220a91611f73565b5f61214d565b9063ffffffff8091169116039063ffffffff821161060057565b6001820180549060ff8260d01c16612318576122a691600160d01b9060ff60d01b1916178091556001600160401b03845460e01c9160801c165f526004602052612285600260405f20019163ffffffff835460201c16612210565b67ffffffff0000000082549160201b169067ffffffff000000001916179055565b7f5136b23211cd2ead287e3c1b3203d39dd5575113082bcab9cec7f8837c1060bc60206001600160401b03845460e01c6002860190828254165f526006845263ffffffff6122fb60405f209282845416612210565b1663ffffffff198254161790555416935460e01c604051908152a3565b50505050565b906001600160401b03809116911603906001600160401b03821161060057565b612383906001600160401b0361237c610e1094826123716001600160801b036002875497015460401c168660e01c612098565b9460a01c169061231e565b1690612098565b0490565b6123b3906001600160801b0360046123a96003840154838160801c9116611fb3565b9201541690611fb3565b90565b335f9081527f8522cc959b5f1324f2d3217a190156abffac5c53b78a18e2178efd09ba8b42b2602052604090205460ff16156123ee57565b63e2517d3f60e01b5f52336004527f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e160245260445ffd5b5f8181526020818152604080832033845290915290205460ff16156124475750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff166124df575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b60ff600154166124f157565b63d93c066560e01b5f5260045ffd5b60405163f41875e160e01b8152600481018290526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561066c575f9161257f575b50336001600160a01b03909116036125695750565b6364dbbffd60e11b5f526004523360245260445ffd5b612598915060203d602011611dd257611dc48183611f73565b5f612554565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16156124df575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b90815f52600460205260405f209163ffffffff6002840154161561263f5750565b6358a30b2d60e11b5f5260045260245ffd5b915f926001830192835460ff8160c01c16600581101561099657600414612a56576001600160401b03808260401c1691164281105f14612a4357612698905b828486612bb5565b906126b06126a6828661233e565b611b67858761233e565b87546fffffffffffffffff00000000000000001916604083901b67ffffffffffffffff60401b16178855916126e481612ae2565b9361271a6126fa6004880196875460801c612078565b86546001600160801b031660809190911b6001600160801b031916178655565b612732612727848861233e565b865460801c90611fb3565b99612745600388015460801c809c611fb3565b928861275089612387565b9384861015612a3c57855b86809f61276782612ae2565b61277091612078565b60038d0180546001600160801b031660809290921b6001600160801b03191691909117905561279e91611fb3565b9660028b01546001600160401b0316936127b88888611fb3565b916040519384526001600160401b0316998a60208501526040840152606083015286608083015260a08201528660c082015260e07f58b7b4afc285d4767157a4dca8c9d6d65df6480c3da26c12a518df1ed2a31f3991a38954948560c01c60ff16906001600160401b038716145f14612a0c57505060ff60049460c81c16848110156129f9579061284e9291156129e357611fb3565b965b8054426001600160401b0382161115806129cf575b6129c6575b60c01c60ff1660058110156109965760058410156109965783600491889503612975575b426001600160401b038454161115612966575b14612918575b505050846128b457505050565b6001600160801b036128d16128c887612ae2565b82845416612078565b166001600160801b031982541617905560018060a01b03905416907f144f9107c072bd1a844a52929e755a1d1cbd763b0779f30150148913c1430dee6020604051868152a3565b7fb1fa5de1d2fe7fb868c2052f0226f864a200a33fb7cced18373eb111e15e14fb9160ff6060925460c81c16906129526040518093611ebe565b8960208301526040820152a2825f806128a7565b612970878661222a565b6128a1565b825460ff60c01b191660c082901b60ff60c01b1617835560405185907f5bd1c30e91b1365590539f3dd1a9f59c99b871084b1fa928314734e33ff53eca906020906129c08186611eb1565ba261288e565b6003935061286a565b506005841015610996576004841415612865565b895460ff60c81b1916600160c81b178a55611fb3565b602185634e487b7160e01b5f525260245ffd5b94509891505060058310156109965760038303156128505791508015612a355760025b91612850565b6001612a2f565b849561275b565b506126986001600160401b034216612690565b505f94508493505050565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615612ac1575b60405215612aa15750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516612ad957823b15153d15161690612a96565b503d5f823e3d90fd5b6001600160801b038111612afc576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffd5b6040516323b872dd60e01b5f9081526001600160a01b039384166004529290931660245260449390935260209060648180865af19060015f5114821615612b64575b6040525f60605215612aa15750565b906001811516612ad957823b15153d15161690612b55565b9063ffffffff8091169116019063ffffffff821161060057565b908160209103126107cf57516001600160401b03811681036107cf5790565b600154600881901c6001600160a01b03169390925f9185158015612f79575b612f6e57604051630afaeebf60e31b8152976020896004818a5afa98891561066c575f99612f4d575b506040516304079f8160e01b8152976020896004818b5afa98891561066c575f99612f1c575b506001600160401b038a1615808015612f01575b612ef2576001600160401b03612c4d8b8661231e565b1690612ede576001600160401b038b169004915f996001600160401b03600287015416935b60a88c1080612ec3575b15612eb4576001600160401b0316608052600160805101946001600160401b038611610600576001600160401b038d166001600160401b03871602906001600160401b03821691820361060057612cd5604492846120ab565b9060408d815194858092639e4e2ac160e01b82528b600483015260805160248301525afa91821561066c575f935f93612e64575b5083158d81612e3b575b50612e29576001600160401b0387166001600160401b038216105f14612e2157925b80612e09575b80612df5575b612d69575b5050946001600160401b036080511461060057612d63909b611fdc565b9a612c72565b988861ffff612daa612710612da26001849f612d9390611b67612d8c8c8a61233e565b918961233e565b9501549e8f60e81c1685612098565b04809461206b565b9b816040519516855260d81c16602084015260408301526060820152897febdd9a4e4fb12bf053bfb560464889c6b3b752ad6471fb64d8518729aca4d6526080805193a35f80612d46565b5061ffff60018a015460e81c161515612d41565b5061ffff60018a015460d81c1661ffff831610612d3b565b508592612d35565b509d5050505097505050505093505050565b612e5c91506001600160401b039060a81c166001600160401b03831661206b565b42108d612d13565b935091506040833d8211612eac575b81612e8060409383611f73565b810103126107cf5782519283151584036107cf57602001519261ffff841684036107cf5792915f612d09565b3d9150612e73565b50509750505096505093505050565b506001600160401b0384166001600160401b03871610612c7c565b634e487b7160e01b5f52601260045260245ffd5b5098505f975095505050505050565b506001600160401b038a166001600160401b03851610612c37565b612f3f91995060203d602011612f46575b612f378183611f73565b810190612b96565b975f612c23565b503d612f2d565b612f6791995060203d602011612f4657612f378183611f73565b975f612bfd565b505050505050905f90565b506001600160401b0381166001600160401b0388161115612bd456fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220950df9e33e7b9fac4c78f1660bffa6be56ce039f30ce5a8d8bd44714f2750e1364736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8522cc959b5f1324f2d3217a190156abffac5c53b78a18e2178efd09ba8b42b20363fc6b1c9d3a5e0ab0c2ddc08deb0f30108829db06e84f370d2858ffe78c46ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// LeaseMarket is an auto generated Go binding around an Ethereum contract.
type LeaseMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LeaseMarket) GetABI() abi.ABI {
	return c.abi
}

// NewLeaseMarket creates a new instance of LeaseMarket.
func NewLeaseMarket() *LeaseMarket {
	parsed, err := LeaseMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LeaseMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LeaseMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address stablecoin_, address assets_, address revenue_, address oracle_, uint64 reportWindow_) returns()
func (leaseMarket *LeaseMarket) PackConstructor(admin common.Address, stablecoin_ common.Address, assets_ common.Address, revenue_ common.Address, oracle_ common.Address, reportWindow_ uint64) []byte {
	enc, err := leaseMarket.abi.Pack("", admin, stablecoin_, assets_, revenue_, oracle_, reportWindow_)
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
func (leaseMarket *LeaseMarket) PackDEFAULTADMINROLE() []byte {
	enc, err := leaseMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (leaseMarket *LeaseMarket) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return leaseMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (leaseMarket *LeaseMarket) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := leaseMarket.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackKEEPERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x364bc15a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KEEPER_ROLE() view returns(bytes32)
func (leaseMarket *LeaseMarket) PackKEEPERROLE() []byte {
	enc, err := leaseMarket.abi.Pack("KEEPER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKEEPERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x364bc15a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KEEPER_ROLE() view returns(bytes32)
func (leaseMarket *LeaseMarket) TryPackKEEPERROLE() ([]byte, error) {
	return leaseMarket.abi.Pack("KEEPER_ROLE")
}

// UnpackKEEPERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x364bc15a.
//
// Solidity: function KEEPER_ROLE() view returns(bytes32)
func (leaseMarket *LeaseMarket) UnpackKEEPERROLE(data []byte) ([32]byte, error) {
	out, err := leaseMarket.abi.Unpack("KEEPER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMARKETADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6f0d39f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MARKET_ADMIN_ROLE() view returns(bytes32)
func (leaseMarket *LeaseMarket) PackMARKETADMINROLE() []byte {
	enc, err := leaseMarket.abi.Pack("MARKET_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMARKETADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6f0d39f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MARKET_ADMIN_ROLE() view returns(bytes32)
func (leaseMarket *LeaseMarket) TryPackMARKETADMINROLE() ([]byte, error) {
	return leaseMarket.abi.Pack("MARKET_ADMIN_ROLE")
}

// UnpackMARKETADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6f0d39f.
//
// Solidity: function MARKET_ADMIN_ROLE() view returns(bytes32)
func (leaseMarket *LeaseMarket) UnpackMARKETADMINROLE(data []byte) ([32]byte, error) {
	out, err := leaseMarket.abi.Unpack("MARKET_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXEPOCHSPERSETTLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44a06235.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_EPOCHS_PER_SETTLE() view returns(uint256)
func (leaseMarket *LeaseMarket) PackMAXEPOCHSPERSETTLE() []byte {
	enc, err := leaseMarket.abi.Pack("MAX_EPOCHS_PER_SETTLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXEPOCHSPERSETTLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44a06235.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_EPOCHS_PER_SETTLE() view returns(uint256)
func (leaseMarket *LeaseMarket) TryPackMAXEPOCHSPERSETTLE() ([]byte, error) {
	return leaseMarket.abi.Pack("MAX_EPOCHS_PER_SETTLE")
}

// UnpackMAXEPOCHSPERSETTLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44a06235.
//
// Solidity: function MAX_EPOCHS_PER_SETTLE() view returns(uint256)
func (leaseMarket *LeaseMarket) UnpackMAXEPOCHSPERSETTLE(data []byte) (*big.Int, error) {
	out, err := leaseMarket.abi.Unpack("MAX_EPOCHS_PER_SETTLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTERMHOURS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41297281.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TERM_HOURS() view returns(uint32)
func (leaseMarket *LeaseMarket) PackMAXTERMHOURS() []byte {
	enc, err := leaseMarket.abi.Pack("MAX_TERM_HOURS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTERMHOURS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41297281.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TERM_HOURS() view returns(uint32)
func (leaseMarket *LeaseMarket) TryPackMAXTERMHOURS() ([]byte, error) {
	return leaseMarket.abi.Pack("MAX_TERM_HOURS")
}

// UnpackMAXTERMHOURS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41297281.
//
// Solidity: function MAX_TERM_HOURS() view returns(uint32)
func (leaseMarket *LeaseMarket) UnpackMAXTERMHOURS(data []byte) (uint32, error) {
	out, err := leaseMarket.abi.Unpack("MAX_TERM_HOURS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMINPREPAIDHOURS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0003b2c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_PREPAID_HOURS() view returns(uint32)
func (leaseMarket *LeaseMarket) PackMINPREPAIDHOURS() []byte {
	enc, err := leaseMarket.abi.Pack("MIN_PREPAID_HOURS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINPREPAIDHOURS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0003b2c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_PREPAID_HOURS() view returns(uint32)
func (leaseMarket *LeaseMarket) TryPackMINPREPAIDHOURS() ([]byte, error) {
	return leaseMarket.abi.Pack("MIN_PREPAID_HOURS")
}

// UnpackMINPREPAIDHOURS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0003b2c2.
//
// Solidity: function MIN_PREPAID_HOURS() view returns(uint32)
func (leaseMarket *LeaseMarket) UnpackMINPREPAIDHOURS(data []byte) (uint32, error) {
	out, err := leaseMarket.abi.Unpack("MIN_PREPAID_HOURS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAccruedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x654777da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accruedAt(uint256 leaseId, uint64 timestamp) view returns(uint256)
func (leaseMarket *LeaseMarket) PackAccruedAt(leaseId *big.Int, timestamp uint64) []byte {
	enc, err := leaseMarket.abi.Pack("accruedAt", leaseId, timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccruedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x654777da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accruedAt(uint256 leaseId, uint64 timestamp) view returns(uint256)
func (leaseMarket *LeaseMarket) TryPackAccruedAt(leaseId *big.Int, timestamp uint64) ([]byte, error) {
	return leaseMarket.abi.Pack("accruedAt", leaseId, timestamp)
}

// UnpackAccruedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x654777da.
//
// Solidity: function accruedAt(uint256 leaseId, uint64 timestamp) view returns(uint256)
func (leaseMarket *LeaseMarket) UnpackAccruedAt(data []byte) (*big.Int, error) {
	out, err := leaseMarket.abi.Unpack("accruedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71a97305.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assets() view returns(address)
func (leaseMarket *LeaseMarket) PackAssets() []byte {
	enc, err := leaseMarket.abi.Pack("assets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71a97305.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assets() view returns(address)
func (leaseMarket *LeaseMarket) TryPackAssets() ([]byte, error) {
	return leaseMarket.abi.Pack("assets")
}

// UnpackAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71a97305.
//
// Solidity: function assets() view returns(address)
func (leaseMarket *LeaseMarket) UnpackAssets(data []byte) (common.Address, error) {
	out, err := leaseMarket.abi.Unpack("assets", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAvailabilityOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4420e743.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function availabilityOracle() view returns(address)
func (leaseMarket *LeaseMarket) PackAvailabilityOracle() []byte {
	enc, err := leaseMarket.abi.Pack("availabilityOracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAvailabilityOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4420e743.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function availabilityOracle() view returns(address)
func (leaseMarket *LeaseMarket) TryPackAvailabilityOracle() ([]byte, error) {
	return leaseMarket.abi.Pack("availabilityOracle")
}

// UnpackAvailabilityOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4420e743.
//
// Solidity: function availabilityOracle() view returns(address)
func (leaseMarket *LeaseMarket) UnpackAvailabilityOracle(data []byte) (common.Address, error) {
	out, err := leaseMarket.abi.Unpack("availabilityOracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aebeb4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function close(uint256 leaseId) returns()
func (leaseMarket *LeaseMarket) PackClose(leaseId *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("close", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aebeb4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function close(uint256 leaseId) returns()
func (leaseMarket *LeaseMarket) TryPackClose(leaseId *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("close", leaseId)
}

// PackCreateListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30e0b1b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createListing(uint256 assetId, uint32 gpus, uint256 pricePerGpuHour, uint32 minHours, uint32 maxHours, uint16 slaAvailabilityBps, uint16 creditBps) returns(uint256 listingId)
func (leaseMarket *LeaseMarket) PackCreateListing(assetId *big.Int, gpus uint32, pricePerGpuHour *big.Int, minHours uint32, maxHours uint32, slaAvailabilityBps uint16, creditBps uint16) []byte {
	enc, err := leaseMarket.abi.Pack("createListing", assetId, gpus, pricePerGpuHour, minHours, maxHours, slaAvailabilityBps, creditBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30e0b1b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createListing(uint256 assetId, uint32 gpus, uint256 pricePerGpuHour, uint32 minHours, uint32 maxHours, uint16 slaAvailabilityBps, uint16 creditBps) returns(uint256 listingId)
func (leaseMarket *LeaseMarket) TryPackCreateListing(assetId *big.Int, gpus uint32, pricePerGpuHour *big.Int, minHours uint32, maxHours uint32, slaAvailabilityBps uint16, creditBps uint16) ([]byte, error) {
	return leaseMarket.abi.Pack("createListing", assetId, gpus, pricePerGpuHour, minHours, maxHours, slaAvailabilityBps, creditBps)
}

// UnpackCreateListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30e0b1b7.
//
// Solidity: function createListing(uint256 assetId, uint32 gpus, uint256 pricePerGpuHour, uint32 minHours, uint32 maxHours, uint16 slaAvailabilityBps, uint16 creditBps) returns(uint256 listingId)
func (leaseMarket *LeaseMarket) UnpackCreateListing(data []byte) (*big.Int, error) {
	out, err := leaseMarket.abi.Unpack("createListing", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2a8d9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowOf(uint256 leaseId) view returns(uint256)
func (leaseMarket *LeaseMarket) PackEscrowOf(leaseId *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("escrowOf", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2a8d9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowOf(uint256 leaseId) view returns(uint256)
func (leaseMarket *LeaseMarket) TryPackEscrowOf(leaseId *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("escrowOf", leaseId)
}

// UnpackEscrowOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d2a8d9c.
//
// Solidity: function escrowOf(uint256 leaseId) view returns(uint256)
func (leaseMarket *LeaseMarket) UnpackEscrowOf(data []byte) (*big.Int, error) {
	out, err := leaseMarket.abi.Unpack("escrowOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (leaseMarket *LeaseMarket) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := leaseMarket.abi.Pack("getRoleAdmin", role)
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
func (leaseMarket *LeaseMarket) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return leaseMarket.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (leaseMarket *LeaseMarket) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := leaseMarket.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (leaseMarket *LeaseMarket) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := leaseMarket.abi.Pack("grantRole", role, account)
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
func (leaseMarket *LeaseMarket) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return leaseMarket.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (leaseMarket *LeaseMarket) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := leaseMarket.abi.Pack("hasRole", role, account)
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
func (leaseMarket *LeaseMarket) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return leaseMarket.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (leaseMarket *LeaseMarket) UnpackHasRole(data []byte) (bool, error) {
	out, err := leaseMarket.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb90e721.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lease(uint256 listingId, uint32 gpus, uint32 hoursTerm, uint256 deposit, uint256[] expired) returns(uint256 leaseId)
func (leaseMarket *LeaseMarket) PackLease(listingId *big.Int, gpus uint32, hoursTerm uint32, deposit *big.Int, expired []*big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("lease", listingId, gpus, hoursTerm, deposit, expired)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb90e721.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lease(uint256 listingId, uint32 gpus, uint32 hoursTerm, uint256 deposit, uint256[] expired) returns(uint256 leaseId)
func (leaseMarket *LeaseMarket) TryPackLease(listingId *big.Int, gpus uint32, hoursTerm uint32, deposit *big.Int, expired []*big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("lease", listingId, gpus, hoursTerm, deposit, expired)
}

// UnpackLease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb90e721.
//
// Solidity: function lease(uint256 listingId, uint32 gpus, uint32 hoursTerm, uint256 deposit, uint256[] expired) returns(uint256 leaseId)
func (leaseMarket *LeaseMarket) UnpackLease(data []byte) (*big.Int, error) {
	out, err := leaseMarket.abi.Unpack("lease", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLeaseCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4c0498b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaseCount() view returns(uint256)
func (leaseMarket *LeaseMarket) PackLeaseCount() []byte {
	enc, err := leaseMarket.abi.Pack("leaseCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaseCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4c0498b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaseCount() view returns(uint256)
func (leaseMarket *LeaseMarket) TryPackLeaseCount() ([]byte, error) {
	return leaseMarket.abi.Pack("leaseCount")
}

// UnpackLeaseCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4c0498b.
//
// Solidity: function leaseCount() view returns(uint256)
func (leaseMarket *LeaseMarket) UnpackLeaseCount(data []byte) (*big.Int, error) {
	out, err := leaseMarket.abi.Unpack("leaseCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLeaseInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34e468ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaseInfo(uint256 leaseId) view returns((address,uint64,uint32,uint64,uint64,uint64,uint8,uint8,bool,uint16,uint16,uint256,uint256,uint256,uint256,uint256,uint256))
func (leaseMarket *LeaseMarket) PackLeaseInfo(leaseId *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("leaseInfo", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaseInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34e468ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaseInfo(uint256 leaseId) view returns((address,uint64,uint32,uint64,uint64,uint64,uint8,uint8,bool,uint16,uint16,uint256,uint256,uint256,uint256,uint256,uint256))
func (leaseMarket *LeaseMarket) TryPackLeaseInfo(leaseId *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("leaseInfo", leaseId)
}

// UnpackLeaseInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34e468ba.
//
// Solidity: function leaseInfo(uint256 leaseId) view returns((address,uint64,uint32,uint64,uint64,uint64,uint8,uint8,bool,uint16,uint16,uint256,uint256,uint256,uint256,uint256,uint256))
func (leaseMarket *LeaseMarket) UnpackLeaseInfo(data []byte) (LeaseMarketLease, error) {
	out, err := leaseMarket.abi.Unpack("leaseInfo", data)
	if err != nil {
		return *new(LeaseMarketLease), err
	}
	out0 := *abi.ConvertType(out[0], new(LeaseMarketLease)).(*LeaseMarketLease)
	return out0, nil
}

// PackLeasedGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa62ab013.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leasedGpus(uint256 assetId) view returns(uint32)
func (leaseMarket *LeaseMarket) PackLeasedGpus(assetId *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("leasedGpus", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeasedGpus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa62ab013.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leasedGpus(uint256 assetId) view returns(uint32)
func (leaseMarket *LeaseMarket) TryPackLeasedGpus(assetId *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("leasedGpus", assetId)
}

// UnpackLeasedGpus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa62ab013.
//
// Solidity: function leasedGpus(uint256 assetId) view returns(uint32)
func (leaseMarket *LeaseMarket) UnpackLeasedGpus(data []byte) (uint32, error) {
	out, err := leaseMarket.abi.Unpack("leasedGpus", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84a184de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listing(uint256 listingId) view returns((uint256,uint256,uint32,uint32,uint32,uint32,uint16,uint16,bool))
func (leaseMarket *LeaseMarket) PackListing(listingId *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("listing", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84a184de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listing(uint256 listingId) view returns((uint256,uint256,uint32,uint32,uint32,uint32,uint16,uint16,bool))
func (leaseMarket *LeaseMarket) TryPackListing(listingId *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("listing", listingId)
}

// UnpackListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84a184de.
//
// Solidity: function listing(uint256 listingId) view returns((uint256,uint256,uint32,uint32,uint32,uint32,uint16,uint16,bool))
func (leaseMarket *LeaseMarket) UnpackListing(data []byte) (LeaseMarketListing, error) {
	out, err := leaseMarket.abi.Unpack("listing", data)
	if err != nil {
		return *new(LeaseMarketListing), err
	}
	out0 := *abi.ConvertType(out[0], new(LeaseMarketListing)).(*LeaseMarketListing)
	return out0, nil
}

// PackListingCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9b07c26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listingCount() view returns(uint256)
func (leaseMarket *LeaseMarket) PackListingCount() []byte {
	enc, err := leaseMarket.abi.Pack("listingCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListingCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9b07c26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listingCount() view returns(uint256)
func (leaseMarket *LeaseMarket) TryPackListingCount() ([]byte, error) {
	return leaseMarket.abi.Pack("listingCount")
}

// UnpackListingCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9b07c26.
//
// Solidity: function listingCount() view returns(uint256)
func (leaseMarket *LeaseMarket) UnpackListingCount(data []byte) (*big.Int, error) {
	out, err := leaseMarket.abi.Unpack("listingCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (leaseMarket *LeaseMarket) PackPause() []byte {
	enc, err := leaseMarket.abi.Pack("pause")
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
func (leaseMarket *LeaseMarket) TryPackPause() ([]byte, error) {
	return leaseMarket.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (leaseMarket *LeaseMarket) PackPaused() []byte {
	enc, err := leaseMarket.abi.Pack("paused")
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
func (leaseMarket *LeaseMarket) TryPackPaused() ([]byte, error) {
	return leaseMarket.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (leaseMarket *LeaseMarket) UnpackPaused(data []byte) (bool, error) {
	out, err := leaseMarket.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (leaseMarket *LeaseMarket) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := leaseMarket.abi.Pack("renounceRole", role, callerConfirmation)
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
func (leaseMarket *LeaseMarket) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return leaseMarket.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackReportWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd57b4804.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportWindow() view returns(uint64)
func (leaseMarket *LeaseMarket) PackReportWindow() []byte {
	enc, err := leaseMarket.abi.Pack("reportWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd57b4804.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportWindow() view returns(uint64)
func (leaseMarket *LeaseMarket) TryPackReportWindow() ([]byte, error) {
	return leaseMarket.abi.Pack("reportWindow")
}

// UnpackReportWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd57b4804.
//
// Solidity: function reportWindow() view returns(uint64)
func (leaseMarket *LeaseMarket) UnpackReportWindow(data []byte) (uint64, error) {
	out, err := leaseMarket.abi.Unpack("reportWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRetire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd849ce2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retire(uint256[] leaseIds) returns()
func (leaseMarket *LeaseMarket) PackRetire(leaseIds []*big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("retire", leaseIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd849ce2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retire(uint256[] leaseIds) returns()
func (leaseMarket *LeaseMarket) TryPackRetire(leaseIds []*big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("retire", leaseIds)
}

// PackRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e9491a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revenue() view returns(address)
func (leaseMarket *LeaseMarket) PackRevenue() []byte {
	enc, err := leaseMarket.abi.Pack("revenue")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e9491a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revenue() view returns(address)
func (leaseMarket *LeaseMarket) TryPackRevenue() ([]byte, error) {
	return leaseMarket.abi.Pack("revenue")
}

// UnpackRevenue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e9491a2.
//
// Solidity: function revenue() view returns(address)
func (leaseMarket *LeaseMarket) UnpackRevenue(data []byte) (common.Address, error) {
	out, err := leaseMarket.abi.Unpack("revenue", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (leaseMarket *LeaseMarket) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := leaseMarket.abi.Pack("revokeRole", role, account)
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
func (leaseMarket *LeaseMarket) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return leaseMarket.abi.Pack("revokeRole", role, account)
}

// PackSetAvailabilityOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1166338.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAvailabilityOracle(address oracle, uint64 reportWindow_) returns()
func (leaseMarket *LeaseMarket) PackSetAvailabilityOracle(oracle common.Address, reportWindow uint64) []byte {
	enc, err := leaseMarket.abi.Pack("setAvailabilityOracle", oracle, reportWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAvailabilityOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1166338.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAvailabilityOracle(address oracle, uint64 reportWindow_) returns()
func (leaseMarket *LeaseMarket) TryPackSetAvailabilityOracle(oracle common.Address, reportWindow uint64) ([]byte, error) {
	return leaseMarket.abi.Pack("setAvailabilityOracle", oracle, reportWindow)
}

// PackSetListingActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5549756c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setListingActive(uint256 listingId, bool active) returns()
func (leaseMarket *LeaseMarket) PackSetListingActive(listingId *big.Int, active bool) []byte {
	enc, err := leaseMarket.abi.Pack("setListingActive", listingId, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetListingActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5549756c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setListingActive(uint256 listingId, bool active) returns()
func (leaseMarket *LeaseMarket) TryPackSetListingActive(listingId *big.Int, active bool) ([]byte, error) {
	return leaseMarket.abi.Pack("setListingActive", listingId, active)
}

// PackSetListingPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b2cdcfa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setListingPrice(uint256 listingId, uint256 pricePerGpuHour) returns()
func (leaseMarket *LeaseMarket) PackSetListingPrice(listingId *big.Int, pricePerGpuHour *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("setListingPrice", listingId, pricePerGpuHour)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetListingPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b2cdcfa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setListingPrice(uint256 listingId, uint256 pricePerGpuHour) returns()
func (leaseMarket *LeaseMarket) TryPackSetListingPrice(listingId *big.Int, pricePerGpuHour *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("setListingPrice", listingId, pricePerGpuHour)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 leaseId) returns()
func (leaseMarket *LeaseMarket) PackSettle(leaseId *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("settle", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 leaseId) returns()
func (leaseMarket *LeaseMarket) TryPackSettle(leaseId *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("settle", leaseId)
}

// PackSettleMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ba3107b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleMany(uint256[] leaseIds) returns()
func (leaseMarket *LeaseMarket) PackSettleMany(leaseIds []*big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("settleMany", leaseIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ba3107b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleMany(uint256[] leaseIds) returns()
func (leaseMarket *LeaseMarket) TryPackSettleMany(leaseIds []*big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("settleMany", leaseIds)
}

// PackStablecoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9cbd822.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stablecoin() view returns(address)
func (leaseMarket *LeaseMarket) PackStablecoin() []byte {
	enc, err := leaseMarket.abi.Pack("stablecoin")
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
func (leaseMarket *LeaseMarket) TryPackStablecoin() ([]byte, error) {
	return leaseMarket.abi.Pack("stablecoin")
}

// UnpackStablecoin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe9cbd822.
//
// Solidity: function stablecoin() view returns(address)
func (leaseMarket *LeaseMarket) UnpackStablecoin(data []byte) (common.Address, error) {
	out, err := leaseMarket.abi.Unpack("stablecoin", data)
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
func (leaseMarket *LeaseMarket) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := leaseMarket.abi.Pack("supportsInterface", interfaceId)
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
func (leaseMarket *LeaseMarket) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return leaseMarket.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (leaseMarket *LeaseMarket) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := leaseMarket.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde643a71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function topUp(uint256 leaseId, uint256 amount) returns()
func (leaseMarket *LeaseMarket) PackTopUp(leaseId *big.Int, amount *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("topUp", leaseId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde643a71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function topUp(uint256 leaseId, uint256 amount) returns()
func (leaseMarket *LeaseMarket) TryPackTopUp(leaseId *big.Int, amount *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("topUp", leaseId, amount)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (leaseMarket *LeaseMarket) PackUnpause() []byte {
	enc, err := leaseMarket.abi.Pack("unpause")
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
func (leaseMarket *LeaseMarket) TryPackUnpause() ([]byte, error) {
	return leaseMarket.abi.Pack("unpause")
}

// LeaseMarketAvailabilityOracleChanged represents a AvailabilityOracleChanged event raised by the LeaseMarket contract.
type LeaseMarketAvailabilityOracleChanged struct {
	PreviousOracle common.Address
	NewOracle      common.Address
	ReportWindow   uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const LeaseMarketAvailabilityOracleChangedEventName = "AvailabilityOracleChanged"

// ContractEventName returns the user-defined event name.
func (LeaseMarketAvailabilityOracleChanged) ContractEventName() string {
	return LeaseMarketAvailabilityOracleChangedEventName
}

// UnpackAvailabilityOracleChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AvailabilityOracleChanged(address previousOracle, address newOracle, uint64 reportWindow)
func (leaseMarket *LeaseMarket) UnpackAvailabilityOracleChangedEvent(log *types.Log) (*LeaseMarketAvailabilityOracleChanged, error) {
	event := "AvailabilityOracleChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketAvailabilityOracleChanged)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketLeaseClosed represents a LeaseClosed event raised by the LeaseMarket contract.
type LeaseMarketLeaseClosed struct {
	LeaseId *big.Int
	Reason  uint8
	By      common.Address
	End     uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseMarketLeaseClosedEventName = "LeaseClosed"

// ContractEventName returns the user-defined event name.
func (LeaseMarketLeaseClosed) ContractEventName() string {
	return LeaseMarketLeaseClosedEventName
}

// UnpackLeaseClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseClosed(uint256 indexed leaseId, uint8 reason, address indexed by, uint64 end)
func (leaseMarket *LeaseMarket) UnpackLeaseClosedEvent(log *types.Log) (*LeaseMarketLeaseClosed, error) {
	event := "LeaseClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketLeaseClosed)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketLeaseCreated represents a LeaseCreated event raised by the LeaseMarket contract.
type LeaseMarketLeaseCreated struct {
	LeaseId         *big.Int
	ListingId       *big.Int
	AssetId         *big.Int
	Renter          common.Address
	Gpus            uint32
	PricePerGpuHour *big.Int
	Start           uint64
	End             uint64
	Deposit         *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const LeaseMarketLeaseCreatedEventName = "LeaseCreated"

// ContractEventName returns the user-defined event name.
func (LeaseMarketLeaseCreated) ContractEventName() string {
	return LeaseMarketLeaseCreatedEventName
}

// UnpackLeaseCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseCreated(uint256 indexed leaseId, uint256 indexed listingId, uint256 indexed assetId, address renter, uint32 gpus, uint256 pricePerGpuHour, uint64 start, uint64 end, uint256 deposit)
func (leaseMarket *LeaseMarket) UnpackLeaseCreatedEvent(log *types.Log) (*LeaseMarketLeaseCreated, error) {
	event := "LeaseCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketLeaseCreated)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketLeaseEnded represents a LeaseEnded event raised by the LeaseMarket contract.
type LeaseMarketLeaseEnded struct {
	LeaseId *big.Int
	Reason  uint8
	Refund  *big.Int
	Unpaid  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseMarketLeaseEndedEventName = "LeaseEnded"

// ContractEventName returns the user-defined event name.
func (LeaseMarketLeaseEnded) ContractEventName() string {
	return LeaseMarketLeaseEndedEventName
}

// UnpackLeaseEndedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseEnded(uint256 indexed leaseId, uint8 reason, uint256 refund, uint256 unpaid)
func (leaseMarket *LeaseMarket) UnpackLeaseEndedEvent(log *types.Log) (*LeaseMarketLeaseEnded, error) {
	event := "LeaseEnded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketLeaseEnded)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketLeaseRefunded represents a LeaseRefunded event raised by the LeaseMarket contract.
type LeaseMarketLeaseRefunded struct {
	LeaseId *big.Int
	Renter  common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseMarketLeaseRefundedEventName = "LeaseRefunded"

// ContractEventName returns the user-defined event name.
func (LeaseMarketLeaseRefunded) ContractEventName() string {
	return LeaseMarketLeaseRefundedEventName
}

// UnpackLeaseRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseRefunded(uint256 indexed leaseId, address indexed renter, uint256 amount)
func (leaseMarket *LeaseMarket) UnpackLeaseRefundedEvent(log *types.Log) (*LeaseMarketLeaseRefunded, error) {
	event := "LeaseRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketLeaseRefunded)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketLeaseRetired represents a LeaseRetired event raised by the LeaseMarket contract.
type LeaseMarketLeaseRetired struct {
	LeaseId *big.Int
	AssetId *big.Int
	Gpus    uint32
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseMarketLeaseRetiredEventName = "LeaseRetired"

// ContractEventName returns the user-defined event name.
func (LeaseMarketLeaseRetired) ContractEventName() string {
	return LeaseMarketLeaseRetiredEventName
}

// UnpackLeaseRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseRetired(uint256 indexed leaseId, uint256 indexed assetId, uint32 gpus)
func (leaseMarket *LeaseMarket) UnpackLeaseRetiredEvent(log *types.Log) (*LeaseMarketLeaseRetired, error) {
	event := "LeaseRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketLeaseRetired)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketLeaseSettled represents a LeaseSettled event raised by the LeaseMarket contract.
type LeaseMarketLeaseSettled struct {
	LeaseId  *big.Int
	AssetId  *big.Int
	From     uint64
	To       uint64
	Due      *big.Int
	Credit   *big.Int
	Released *big.Int
	Escrow   *big.Int
	Debt     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LeaseMarketLeaseSettledEventName = "LeaseSettled"

// ContractEventName returns the user-defined event name.
func (LeaseMarketLeaseSettled) ContractEventName() string {
	return LeaseMarketLeaseSettledEventName
}

// UnpackLeaseSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseSettled(uint256 indexed leaseId, uint256 indexed assetId, uint64 from, uint64 to, uint256 due, uint256 credit, uint256 released, uint256 escrow, uint256 debt)
func (leaseMarket *LeaseMarket) UnpackLeaseSettledEvent(log *types.Log) (*LeaseMarketLeaseSettled, error) {
	event := "LeaseSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketLeaseSettled)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketLeaseStatusChanged represents a LeaseStatusChanged event raised by the LeaseMarket contract.
type LeaseMarketLeaseStatusChanged struct {
	LeaseId *big.Int
	Status  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseMarketLeaseStatusChangedEventName = "LeaseStatusChanged"

// ContractEventName returns the user-defined event name.
func (LeaseMarketLeaseStatusChanged) ContractEventName() string {
	return LeaseMarketLeaseStatusChangedEventName
}

// UnpackLeaseStatusChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseStatusChanged(uint256 indexed leaseId, uint8 status)
func (leaseMarket *LeaseMarket) UnpackLeaseStatusChangedEvent(log *types.Log) (*LeaseMarketLeaseStatusChanged, error) {
	event := "LeaseStatusChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketLeaseStatusChanged)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketLeaseToppedUp represents a LeaseToppedUp event raised by the LeaseMarket contract.
type LeaseMarketLeaseToppedUp struct {
	LeaseId   *big.Int
	From      common.Address
	Amount    *big.Int
	Deposited *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const LeaseMarketLeaseToppedUpEventName = "LeaseToppedUp"

// ContractEventName returns the user-defined event name.
func (LeaseMarketLeaseToppedUp) ContractEventName() string {
	return LeaseMarketLeaseToppedUpEventName
}

// UnpackLeaseToppedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaseToppedUp(uint256 indexed leaseId, address indexed from, uint256 amount, uint256 deposited)
func (leaseMarket *LeaseMarket) UnpackLeaseToppedUpEvent(log *types.Log) (*LeaseMarketLeaseToppedUp, error) {
	event := "LeaseToppedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketLeaseToppedUp)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketListingActiveChanged represents a ListingActiveChanged event raised by the LeaseMarket contract.
type LeaseMarketListingActiveChanged struct {
	ListingId *big.Int
	Active    bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const LeaseMarketListingActiveChangedEventName = "ListingActiveChanged"

// ContractEventName returns the user-defined event name.
func (LeaseMarketListingActiveChanged) ContractEventName() string {
	return LeaseMarketListingActiveChangedEventName
}

// UnpackListingActiveChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingActiveChanged(uint256 indexed listingId, bool active)
func (leaseMarket *LeaseMarket) UnpackListingActiveChangedEvent(log *types.Log) (*LeaseMarketListingActiveChanged, error) {
	event := "ListingActiveChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketListingActiveChanged)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketListingCreated represents a ListingCreated event raised by the LeaseMarket contract.
type LeaseMarketListingCreated struct {
	ListingId          *big.Int
	AssetId            *big.Int
	Operator           common.Address
	Gpus               uint32
	PricePerGpuHour    *big.Int
	MinHours           uint32
	MaxHours           uint32
	SlaAvailabilityBps uint16
	CreditBps          uint16
	Raw                *types.Log // Blockchain specific contextual infos
}

const LeaseMarketListingCreatedEventName = "ListingCreated"

// ContractEventName returns the user-defined event name.
func (LeaseMarketListingCreated) ContractEventName() string {
	return LeaseMarketListingCreatedEventName
}

// UnpackListingCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingCreated(uint256 indexed listingId, uint256 indexed assetId, address indexed operator, uint32 gpus, uint256 pricePerGpuHour, uint32 minHours, uint32 maxHours, uint16 slaAvailabilityBps, uint16 creditBps)
func (leaseMarket *LeaseMarket) UnpackListingCreatedEvent(log *types.Log) (*LeaseMarketListingCreated, error) {
	event := "ListingCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketListingCreated)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketListingPriceChanged represents a ListingPriceChanged event raised by the LeaseMarket contract.
type LeaseMarketListingPriceChanged struct {
	ListingId     *big.Int
	PreviousPrice *big.Int
	NewPrice      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const LeaseMarketListingPriceChangedEventName = "ListingPriceChanged"

// ContractEventName returns the user-defined event name.
func (LeaseMarketListingPriceChanged) ContractEventName() string {
	return LeaseMarketListingPriceChangedEventName
}

// UnpackListingPriceChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingPriceChanged(uint256 indexed listingId, uint256 previousPrice, uint256 newPrice)
func (leaseMarket *LeaseMarket) UnpackListingPriceChangedEvent(log *types.Log) (*LeaseMarketListingPriceChanged, error) {
	event := "ListingPriceChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketListingPriceChanged)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketPaused represents a Paused event raised by the LeaseMarket contract.
type LeaseMarketPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseMarketPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (LeaseMarketPaused) ContractEventName() string {
	return LeaseMarketPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (leaseMarket *LeaseMarket) UnpackPausedEvent(log *types.Log) (*LeaseMarketPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketPaused)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketRoleAdminChanged represents a RoleAdminChanged event raised by the LeaseMarket contract.
type LeaseMarketRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const LeaseMarketRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (LeaseMarketRoleAdminChanged) ContractEventName() string {
	return LeaseMarketRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (leaseMarket *LeaseMarket) UnpackRoleAdminChangedEvent(log *types.Log) (*LeaseMarketRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketRoleGranted represents a RoleGranted event raised by the LeaseMarket contract.
type LeaseMarketRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseMarketRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (LeaseMarketRoleGranted) ContractEventName() string {
	return LeaseMarketRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (leaseMarket *LeaseMarket) UnpackRoleGrantedEvent(log *types.Log) (*LeaseMarketRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketRoleGranted)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketRoleRevoked represents a RoleRevoked event raised by the LeaseMarket contract.
type LeaseMarketRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseMarketRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (LeaseMarketRoleRevoked) ContractEventName() string {
	return LeaseMarketRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (leaseMarket *LeaseMarket) UnpackRoleRevokedEvent(log *types.Log) (*LeaseMarketRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketRoleRevoked)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketSlaCredited represents a SlaCredited event raised by the LeaseMarket contract.
type LeaseMarketSlaCredited struct {
	LeaseId         *big.Int
	Epoch           uint64
	AvailabilityBps uint16
	TargetBps       uint16
	Due             *big.Int
	Credit          *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const LeaseMarketSlaCreditedEventName = "SlaCredited"

// ContractEventName returns the user-defined event name.
func (LeaseMarketSlaCredited) ContractEventName() string {
	return LeaseMarketSlaCreditedEventName
}

// UnpackSlaCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlaCredited(uint256 indexed leaseId, uint64 indexed epoch, uint16 availabilityBps, uint16 targetBps, uint256 due, uint256 credit)
func (leaseMarket *LeaseMarket) UnpackSlaCreditedEvent(log *types.Log) (*LeaseMarketSlaCredited, error) {
	event := "SlaCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketSlaCredited)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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

// LeaseMarketUnpaused represents a Unpaused event raised by the LeaseMarket contract.
type LeaseMarketUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseMarketUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (LeaseMarketUnpaused) ContractEventName() string {
	return LeaseMarketUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (leaseMarket *LeaseMarket) UnpackUnpausedEvent(log *types.Log) (*LeaseMarketUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketUnpaused)
	if len(log.Data) > 0 {
		if err := leaseMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseMarket.abi.Events[event].Inputs {
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
func (leaseMarket *LeaseMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["DepositExceedsTerm"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackDepositExceedsTermError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["DepositTooSmall"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackDepositTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["InsufficientCapacity"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackInsufficientCapacityError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["InvalidBps"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackInvalidBpsError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["InvalidGpus"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackInvalidGpusError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["InvalidPrice"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackInvalidPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["InvalidTermBounds"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackInvalidTermBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["LeaseNotOpen"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackLeaseNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["ListingCapacityExceeded"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackListingCapacityExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["ListingInactive"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackListingInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["NotAssetOperator"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackNotAssetOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["NotExpired"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["NotOverdrawn"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackNotOverdrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["NotRenter"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackNotRenterError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["TermOutOfRange"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackTermOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["UnknownLease"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackUnknownLeaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["UnknownListing"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackUnknownListingError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["WrongAsset"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackWrongAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LeaseMarketAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the LeaseMarket contract.
type LeaseMarketAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func LeaseMarketAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (leaseMarket *LeaseMarket) UnpackAccessControlBadConfirmationError(raw []byte) (*LeaseMarketAccessControlBadConfirmation, error) {
	out := new(LeaseMarketAccessControlBadConfirmation)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the LeaseMarket contract.
type LeaseMarketAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func LeaseMarketAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (leaseMarket *LeaseMarket) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*LeaseMarketAccessControlUnauthorizedAccount, error) {
	out := new(LeaseMarketAccessControlUnauthorizedAccount)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketDepositExceedsTerm represents a DepositExceedsTerm error raised by the LeaseMarket contract.
type LeaseMarketDepositExceedsTerm struct {
	Deposit  *big.Int
	TermCost *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositExceedsTerm(uint256 deposit, uint256 termCost)
func LeaseMarketDepositExceedsTermErrorID() common.Hash {
	return common.HexToHash("0x4021c6cba6ebd2baa10391bc42e3e5fe3a37d23ac1dd19ffde2decd918ee35a9")
}

// UnpackDepositExceedsTermError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositExceedsTerm(uint256 deposit, uint256 termCost)
func (leaseMarket *LeaseMarket) UnpackDepositExceedsTermError(raw []byte) (*LeaseMarketDepositExceedsTerm, error) {
	out := new(LeaseMarketDepositExceedsTerm)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "DepositExceedsTerm", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketDepositTooSmall represents a DepositTooSmall error raised by the LeaseMarket contract.
type LeaseMarketDepositTooSmall struct {
	Deposit *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositTooSmall(uint256 deposit, uint256 minimum)
func LeaseMarketDepositTooSmallErrorID() common.Hash {
	return common.HexToHash("0x4a77f2fa62296c5cc216025004b03ed11b511d575baed7939c8b78bbe939738d")
}

// UnpackDepositTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositTooSmall(uint256 deposit, uint256 minimum)
func (leaseMarket *LeaseMarket) UnpackDepositTooSmallError(raw []byte) (*LeaseMarketDepositTooSmall, error) {
	out := new(LeaseMarketDepositTooSmall)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "DepositTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketEnforcedPause represents a EnforcedPause error raised by the LeaseMarket contract.
type LeaseMarketEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func LeaseMarketEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (leaseMarket *LeaseMarket) UnpackEnforcedPauseError(raw []byte) (*LeaseMarketEnforcedPause, error) {
	out := new(LeaseMarketEnforcedPause)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketExpectedPause represents a ExpectedPause error raised by the LeaseMarket contract.
type LeaseMarketExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func LeaseMarketExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (leaseMarket *LeaseMarket) UnpackExpectedPauseError(raw []byte) (*LeaseMarketExpectedPause, error) {
	out := new(LeaseMarketExpectedPause)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketInsufficientCapacity represents a InsufficientCapacity error raised by the LeaseMarket contract.
type LeaseMarketInsufficientCapacity struct {
	AssetId   *big.Int
	Requested uint32
	Available uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCapacity(uint256 assetId, uint32 requested, uint32 available)
func LeaseMarketInsufficientCapacityErrorID() common.Hash {
	return common.HexToHash("0x7172fddf3c66515b75ec1e34f202454659aa0160f451b302786130a329c276d3")
}

// UnpackInsufficientCapacityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCapacity(uint256 assetId, uint32 requested, uint32 available)
func (leaseMarket *LeaseMarket) UnpackInsufficientCapacityError(raw []byte) (*LeaseMarketInsufficientCapacity, error) {
	out := new(LeaseMarketInsufficientCapacity)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "InsufficientCapacity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketInvalidBps represents a InvalidBps error raised by the LeaseMarket contract.
type LeaseMarketInvalidBps struct {
	Bps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBps(uint16 bps)
func LeaseMarketInvalidBpsErrorID() common.Hash {
	return common.HexToHash("0x57094aaedbd5531c45ee9a483bec1904e80f476401b8126781a1ab01153bcb2a")
}

// UnpackInvalidBpsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBps(uint16 bps)
func (leaseMarket *LeaseMarket) UnpackInvalidBpsError(raw []byte) (*LeaseMarketInvalidBps, error) {
	out := new(LeaseMarketInvalidBps)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "InvalidBps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketInvalidGpus represents a InvalidGpus error raised by the LeaseMarket contract.
type LeaseMarketInvalidGpus struct {
	Gpus uint32
	Max  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidGpus(uint32 gpus, uint32 max)
func LeaseMarketInvalidGpusErrorID() common.Hash {
	return common.HexToHash("0xd17660b1a0c0e3a489073861557814d2e1417178b08a86300d6c53d4544e3c11")
}

// UnpackInvalidGpusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidGpus(uint32 gpus, uint32 max)
func (leaseMarket *LeaseMarket) UnpackInvalidGpusError(raw []byte) (*LeaseMarketInvalidGpus, error) {
	out := new(LeaseMarketInvalidGpus)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "InvalidGpus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketInvalidPrice represents a InvalidPrice error raised by the LeaseMarket contract.
type LeaseMarketInvalidPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPrice()
func LeaseMarketInvalidPriceErrorID() common.Hash {
	return common.HexToHash("0x00bfc9219afe7e8e3b9f14a4708e4cd3d8acb04e325ce992b2a60a58a519683a")
}

// UnpackInvalidPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPrice()
func (leaseMarket *LeaseMarket) UnpackInvalidPriceError(raw []byte) (*LeaseMarketInvalidPrice, error) {
	out := new(LeaseMarketInvalidPrice)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "InvalidPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketInvalidTermBounds represents a InvalidTermBounds error raised by the LeaseMarket contract.
type LeaseMarketInvalidTermBounds struct {
	MinHours uint32
	MaxHours uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTermBounds(uint32 minHours, uint32 maxHours)
func LeaseMarketInvalidTermBoundsErrorID() common.Hash {
	return common.HexToHash("0x400dcc70dca611d3c73b66076a972836382e8bda38df16c30aa219ac7e659c45")
}

// UnpackInvalidTermBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTermBounds(uint32 minHours, uint32 maxHours)
func (leaseMarket *LeaseMarket) UnpackInvalidTermBoundsError(raw []byte) (*LeaseMarketInvalidTermBounds, error) {
	out := new(LeaseMarketInvalidTermBounds)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "InvalidTermBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketLeaseNotOpen represents a LeaseNotOpen error raised by the LeaseMarket contract.
type LeaseMarketLeaseNotOpen struct {
	LeaseId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseNotOpen(uint256 leaseId, uint8 status)
func LeaseMarketLeaseNotOpenErrorID() common.Hash {
	return common.HexToHash("0x0180ce9626979e0e857854de23d4b1abcfcf4e50f35b8e287ac9b97f8b073910")
}

// UnpackLeaseNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseNotOpen(uint256 leaseId, uint8 status)
func (leaseMarket *LeaseMarket) UnpackLeaseNotOpenError(raw []byte) (*LeaseMarketLeaseNotOpen, error) {
	out := new(LeaseMarketLeaseNotOpen)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "LeaseNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketListingCapacityExceeded represents a ListingCapacityExceeded error raised by the LeaseMarket contract.
type LeaseMarketListingCapacityExceeded struct {
	ListingId *big.Int
	Requested uint32
	Available uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingCapacityExceeded(uint256 listingId, uint32 requested, uint32 available)
func LeaseMarketListingCapacityExceededErrorID() common.Hash {
	return common.HexToHash("0xe3fbc774155c95deb940c2ad365f95e62ef96c040a34113850802efaae5587bf")
}

// UnpackListingCapacityExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingCapacityExceeded(uint256 listingId, uint32 requested, uint32 available)
func (leaseMarket *LeaseMarket) UnpackListingCapacityExceededError(raw []byte) (*LeaseMarketListingCapacityExceeded, error) {
	out := new(LeaseMarketListingCapacityExceeded)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "ListingCapacityExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketListingInactive represents a ListingInactive error raised by the LeaseMarket contract.
type LeaseMarketListingInactive struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingInactive(uint256 listingId)
func LeaseMarketListingInactiveErrorID() common.Hash {
	return common.HexToHash("0x161bec9702a4910408c759d4078d91106b875d71aeb4405e407bc181938aa321")
}

// UnpackListingInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingInactive(uint256 listingId)
func (leaseMarket *LeaseMarket) UnpackListingInactiveError(raw []byte) (*LeaseMarketListingInactive, error) {
	out := new(LeaseMarketListingInactive)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "ListingInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketNotAssetOperator represents a NotAssetOperator error raised by the LeaseMarket contract.
type LeaseMarketNotAssetOperator struct {
	AssetId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAssetOperator(uint256 assetId, address caller)
func LeaseMarketNotAssetOperatorErrorID() common.Hash {
	return common.HexToHash("0xc9b77ffab7228f33115cb758744a0e33c6f7b0746b67d7d70d9d98cf5ae2b6c1")
}

// UnpackNotAssetOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAssetOperator(uint256 assetId, address caller)
func (leaseMarket *LeaseMarket) UnpackNotAssetOperatorError(raw []byte) (*LeaseMarketNotAssetOperator, error) {
	out := new(LeaseMarketNotAssetOperator)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "NotAssetOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketNotExpired represents a NotExpired error raised by the LeaseMarket contract.
type LeaseMarketNotExpired struct {
	LeaseId *big.Int
	End     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExpired(uint256 leaseId, uint64 end)
func LeaseMarketNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x7c683ddfb770f40e2333f1dd0166e9880f9aafc22cdccb19b9d5eafc5b7274c2")
}

// UnpackNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExpired(uint256 leaseId, uint64 end)
func (leaseMarket *LeaseMarket) UnpackNotExpiredError(raw []byte) (*LeaseMarketNotExpired, error) {
	out := new(LeaseMarketNotExpired)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "NotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketNotOverdrawn represents a NotOverdrawn error raised by the LeaseMarket contract.
type LeaseMarketNotOverdrawn struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOverdrawn(uint256 leaseId)
func LeaseMarketNotOverdrawnErrorID() common.Hash {
	return common.HexToHash("0x733f0776a6d6a22b8bf1db7e689e487df41e86251d8a64466084a2bb59c52d1f")
}

// UnpackNotOverdrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOverdrawn(uint256 leaseId)
func (leaseMarket *LeaseMarket) UnpackNotOverdrawnError(raw []byte) (*LeaseMarketNotOverdrawn, error) {
	out := new(LeaseMarketNotOverdrawn)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "NotOverdrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketNotRenter represents a NotRenter error raised by the LeaseMarket contract.
type LeaseMarketNotRenter struct {
	LeaseId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRenter(uint256 leaseId, address caller)
func LeaseMarketNotRenterErrorID() common.Hash {
	return common.HexToHash("0xc2a1c59fad1eb41b4727ae56b1403334bc4cb99493a11de256fece4e086ff733")
}

// UnpackNotRenterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRenter(uint256 leaseId, address caller)
func (leaseMarket *LeaseMarket) UnpackNotRenterError(raw []byte) (*LeaseMarketNotRenter, error) {
	out := new(LeaseMarketNotRenter)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "NotRenter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the LeaseMarket contract.
type LeaseMarketReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func LeaseMarketReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (leaseMarket *LeaseMarket) UnpackReentrancyGuardReentrantCallError(raw []byte) (*LeaseMarketReentrancyGuardReentrantCall, error) {
	out := new(LeaseMarketReentrancyGuardReentrantCall)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the LeaseMarket contract.
type LeaseMarketSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func LeaseMarketSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (leaseMarket *LeaseMarket) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*LeaseMarketSafeCastOverflowedUintDowncast, error) {
	out := new(LeaseMarketSafeCastOverflowedUintDowncast)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the LeaseMarket contract.
type LeaseMarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func LeaseMarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (leaseMarket *LeaseMarket) UnpackSafeERC20FailedOperationError(raw []byte) (*LeaseMarketSafeERC20FailedOperation, error) {
	out := new(LeaseMarketSafeERC20FailedOperation)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketTermOutOfRange represents a TermOutOfRange error raised by the LeaseMarket contract.
type LeaseMarketTermOutOfRange struct {
	HoursRequested uint32
	MinHours       uint32
	MaxHours       uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermOutOfRange(uint32 hoursRequested, uint32 minHours, uint32 maxHours)
func LeaseMarketTermOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x191a5d9c9c070cc410aa5a4d839b0aaf1c9ed726adee7d5bd9cc803bf75881a2")
}

// UnpackTermOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermOutOfRange(uint32 hoursRequested, uint32 minHours, uint32 maxHours)
func (leaseMarket *LeaseMarket) UnpackTermOutOfRangeError(raw []byte) (*LeaseMarketTermOutOfRange, error) {
	out := new(LeaseMarketTermOutOfRange)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "TermOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketUnknownLease represents a UnknownLease error raised by the LeaseMarket contract.
type LeaseMarketUnknownLease struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLease(uint256 leaseId)
func LeaseMarketUnknownLeaseErrorID() common.Hash {
	return common.HexToHash("0x9f9a3a942fe7f2176b7cf5579364c82a94185ccd7fd6478b76984ea5ebe175ff")
}

// UnpackUnknownLeaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLease(uint256 leaseId)
func (leaseMarket *LeaseMarket) UnpackUnknownLeaseError(raw []byte) (*LeaseMarketUnknownLease, error) {
	out := new(LeaseMarketUnknownLease)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "UnknownLease", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketUnknownListing represents a UnknownListing error raised by the LeaseMarket contract.
type LeaseMarketUnknownListing struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownListing(uint256 listingId)
func LeaseMarketUnknownListingErrorID() common.Hash {
	return common.HexToHash("0xb146165ab82178840e88d92fab3f6c79f4e559147a7f0009a73b3403a809ef6e")
}

// UnpackUnknownListingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownListing(uint256 listingId)
func (leaseMarket *LeaseMarket) UnpackUnknownListingError(raw []byte) (*LeaseMarketUnknownListing, error) {
	out := new(LeaseMarketUnknownListing)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "UnknownListing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketWrongAsset represents a WrongAsset error raised by the LeaseMarket contract.
type LeaseMarketWrongAsset struct {
	LeaseId *big.Int
	AssetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongAsset(uint256 leaseId, uint256 assetId)
func LeaseMarketWrongAssetErrorID() common.Hash {
	return common.HexToHash("0x30d0363802d1f6398330575b8bcf40e7870001426a9410c3886d7d4121164b63")
}

// UnpackWrongAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongAsset(uint256 leaseId, uint256 assetId)
func (leaseMarket *LeaseMarket) UnpackWrongAssetError(raw []byte) (*LeaseMarketWrongAsset, error) {
	out := new(LeaseMarketWrongAsset)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "WrongAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketZeroAddress represents a ZeroAddress error raised by the LeaseMarket contract.
type LeaseMarketZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func LeaseMarketZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (leaseMarket *LeaseMarket) UnpackZeroAddressError(raw []byte) (*LeaseMarketZeroAddress, error) {
	out := new(LeaseMarketZeroAddress)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseMarketZeroAmount represents a ZeroAmount error raised by the LeaseMarket contract.
type LeaseMarketZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func LeaseMarketZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (leaseMarket *LeaseMarket) UnpackZeroAmountError(raw []byte) (*LeaseMarketZeroAmount, error) {
	out := new(LeaseMarketZeroAmount)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
