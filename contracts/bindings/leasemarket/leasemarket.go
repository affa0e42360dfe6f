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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"assets_\",\"type\":\"address\"},{\"internalType\":\"contractIRevenueSink\",\"name\":\"revenue_\",\"type\":\"address\"},{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"reportWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"termCost\",\"type\":\"uint256\"}],\"name\":\"DepositExceedsTerm\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"DepositTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"requested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"available\",\"type\":\"uint32\"}],\"name\":\"InsufficientCapacity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"InvalidBps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"InvalidGpus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"}],\"name\":\"InvalidTermBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LeaseNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"requested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"available\",\"type\":\"uint32\"}],\"name\":\"ListingCapacityExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAssetOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"NotOverdrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRenter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"termCost\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TermCostTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"hoursRequested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"}],\"name\":\"TermOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"UnknownLease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"UnknownListing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"WrongAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"previousOracle\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newOracle\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"reportWindow\",\"type\":\"uint64\"}],\"name\":\"AvailabilityOracleChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"LeaseClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"LeaseCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unpaid\",\"type\":\"uint256\"}],\"name\":\"LeaseEnded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LeaseRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"}],\"name\":\"LeaseRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"to\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"}],\"name\":\"LeaseSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LeaseStatusChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"}],\"name\":\"LeaseToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"ListingActiveChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"}],\"name\":\"ListingCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"ListingPriceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"targetBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"}],\"name\":\"SlaCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KEEPER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCHS_PER_SETTLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERM_HOURS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_PREPAID_HOURS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"accruedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"assets\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"availabilityOracle\",\"outputs\":[{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"close\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"}],\"name\":\"createListing\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hoursTerm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"expired\",\"type\":\"uint256[]\"}],\"name\":\"lease\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leaseCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"leaseInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"settledUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"listingId\",\"type\":\"uint64\"},{\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"retired\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"}],\"internalType\":\"structLeaseMarket.Lease\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"leasedGpus\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"listing\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"leasedGpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structLeaseMarket.Listing\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"listingCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reportWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"leaseIds\",\"type\":\"uint256[]\"}],\"name\":\"retire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revenue\",\"outputs\":[{\"internalType\":\"contractIRevenueSink\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"reportWindow_\",\"type\":\"uint64\"}],\"name\":\"setAvailabilityOracle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setListingActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"}],\"name\":\"setListingPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"leaseIds\",\"type\":\"uint256[]\"}],\"name\":\"settleMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stablecoin\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LeaseMarket",
	Bin: "0x60e03461021757601f6137de38819003918201601f19168301916001600160401b0383118484101761021b5780849260c0946040528339810103126102175780516001600160a01b0381168082036102175760208301516001600160a01b038116938482036102175760408101516001600160a01b03811695909390868503610217576060830151966001600160a01b038816918289036102175760808501516001600160a01b038116959093908685036102175760a001516001600160401b03811695909390868503610217571592831561020e575b508215610205575b5081156101fc575b506101ed5761017c977f73d19c6790dafa46d79db4b2165902f7443ae46badebd534520cfb27f8891cbf9660609660805260a05260c05260015490600160a81b600160e81b039060a81b1691610100600160a81b039060081b1690610100600160e81b0319161717600155604051915f835260208301526040820152a161016c8161022f565b50610176816102a5565b50610338565b5060405161339290816103cc82396080518181816108340152612dd3015260a05181818161030f01528181610ed60152818161186d01528181611ee9015261272b015260c051818181610ff40152818161143201528181611d7a01528181612384015281816124080152612dfc0152f35b63d92e233d60e01b5f5260045ffd5b9050155f6100e6565b1591505f6100de565b1592505f6100d6565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f5160206137be5f395f51905f52602052604090205460ff166102a0576001600160a01b03165f8181525f5160206137be5f395f51905f5260205260408120805460ff191660011790553391905f51602061375e5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f51602061377e5f395f51905f52602052604090205460ff166102a0576001600160a01b03165f8181525f51602061377e5f395f51905f5260205260408120805460ff191660011790553391907f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e1905f51602061375e5f395f51905f529080a4600190565b6001600160a01b0381165f9081525f51602061379e5f395f51905f52602052604090205460ff166102a0576001600160a01b03165f8181525f51602061379e5f395f51905f5260205260408120805460ff191660011790553391907ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab905f51602061375e5f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816203b2c21461206f5750806301ffc9a7146120195780630aebeb4e14611bc6578063248a9ca314611b9b5780632d2a8d9c14611b675780632f2ff15d14611b3757806330e0b1b7146117dc57806334e468ba146114d5578063364bc15a1461149a57806336568abe146114615780633e9491a21461141c5780633f4ba83a146113b457806341297281146113975780634420e7431461136a57806344a062351461134e5780635549756c146112c65780635ba3107b14610f905780635c975abb14610f6d578063654777da14610f0557806371a9730514610ec05780637b2cdcfa14610e5b5780638456cb5914610e0157806384a184de14610cb55780638df8280014610c8657806391d1485414610c4a578063a116633814610b87578063a217fddf14610b6b578063a62ab01314610b3b578063a9b07c2614610b1d578063b4c0498b14610aff578063d547741f14610ac6578063d57b480414610a9c578063d6f0d39f14610a61578063d849ce2d146109cf578063de643a7114610863578063e9cbd8221461081e5763eb90e721146101b4575f80fd5b3461081b5760a036600319011261081b576004356101d06120ae565b916044359163ffffffff831680930361081957606435906084356001600160401b038111610815576102069036906004016120e9565b9490956102116122e9565b6102196126f4565b6102228361288e565b91600283019283549360ff8560a01c16156108015763ffffffff8560401c1680841080156107ef575b6107ca575063ffffffff84169485156107ad5750600182019161026f8354876122b6565b996102856001861060018718026001188c6122b6565b61028f868d6122b6565b906001600160601b03821161078e57808b106107775750808a11610760575081549b8a5b8281106106bb57505050815463ffffffff8082169160201c1680918181115f146106ae5763ffffffff916102e69161248b565b16808811610692575081546040516330e7408160e01b81526004810182905291906020836024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa928315610687578c93610656575b50808c52600660205263ffffffff60408d20541680938163ffffffff8216115f146106495763ffffffff9161037b9161248b565b1690818a1161062f5750506103bf916103ba610398898094612ed3565b865467ffffffff00000000191660209190911b67ffffffff0000000016178655565b612ed3565b90548952600660205263ffffffff60408a20911663ffffffff198254161790556103ea6003546121fa565b9889600355610e106001600160401b03421694026001600160401b03811690810361061b5761041990856122c9565b8a8a5260056020526040808b2080546001820180546001600160c01b03199092163363ffffffff60a01b19161760a09a909a1b63ffffffff60a01b1699909917825567ffffffffffffffff60401b1988166fffffffffffffffffffffffffffffffff19909116179183901b67ffffffffffffffff60401b1691909117875590956003820180546001600160c01b031660c088901b6001600160c01b0319161781559382546001600160c01b031660c08b901b6001600160c01b031916178355600160801b60ff60801b198354161782558d8154916001600160401b0384549361ffff60981b9060181b16918261ffff60981b19861617865561ffff60a81b905460181b169211610602576bffffffffffffffffffffffff60981b199092169091171760b88e901b67ffffffffffffffff60b81b1617905560020180546bffffffffffffffffffffffff199081166001600160601b039384161790915582541690881617905554604080513381526020818101969096529081019190915260608101919091526001600160401b03909116608082015260a0810184905290956105eb9392909186907faa6d25debb9d61c366864c799025293028287504be3439700d7820e4301f40219060c090a4612dd1565b5f51602061333d5f395f51905f525d604051908152f35b8f8e6044916306dfcc6560e41b82526040600452602452fd5b634e487b7160e01b8a52601160045260248afd5b637172fddf60e01b8d52600452602489905260445260648bfd5b505063ffffffff8c61037b565b61067991935060203d602011610680575b6106718183612191565b8101906121de565b915f610347565b503d610667565b6040513d8e823e3d90fd5b6338fef1dd60e21b8b526004899052602488905260445260648afd5b505063ffffffff8a6102e6565b8d6106d06106ca838686612251565b3561231e565b906001820154906001600160401b038260b81c160361073d5760401c6001600160401b031642811161071b57509061071560019261070f838787612251565b356124a5565b016102b3565b8d60449161072a858888612251565b637c683ddf60e01b835235600452602452fd5b8f8e60449161074d868989612251565b63061a06c760e31b835235600452602452fd5b634021c6cb60e01b8b5260048a905260245260448afd5b63253bf97d60e11b8c5260048b905260245260448bfd5b6303d17b0560e51b8c5260048290526001600160601b0360245260448cfd5b63d17660b160e01b8952600486905263ffffffff16602452604488fd5b630646976760e21b89526004849052602452606085901c63ffffffff16604452606488fd5b5063ffffffff8660601c16841161024b565b63161bec9760e01b88526004869052602488fd5b8380fd5b505b80fd5b503461081b578060031936011261081b576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461081b576108723661212f565b919061087c6122e9565b6108846126f4565b61088d8161231e565b90600182015460ff8160801c1660058110156109bb576001811415806109b0575b61099557508415610986576001600160401b036108cf9160401c168361258c565b936108e2816108dd856127dd565b612289565b9480861161096f57506109579061095c9495600385016001600160601b0361090f81851682845416612296565b166001600160601b0319825416179055604051908282526020820152837f56719cb3354f779b1f66b5ed3c2098b80964a5256a6547e18f2d9ef2f348261560403393a3612dd1565b61235a565b805f51602061333d5f395f51905f525d80f35b634021c6cb60e01b85526004869052602452604484fd5b631f2a200560e01b8452600484fd5b846109ae6044928562c0674b60e11b84526004526120c1565bfd5b5060028114156108ae565b634e487b7160e01b85526021600452602485fd5b503461081b57602036600319011261081b576004356001600160401b03811161081957610a009036906004016120e9565b82915b818410610a0e578280f35b610a1c6106ca858484612251565b936001600160401b03600186015460401c16428111610a535750610a4a83949561070f838596600196612251565b01929190610a03565b926044955061072a92612251565b503461081b578060031936011261081b5760206040517f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e18152f35b503461081b578060031936011261081b5760206001600160401b0360015460a81c16604051908152f35b503461081b57610afb610ad836612088565b90610af6610af1825f525f602052600160405f20015490565b612634565b61280e565b5080f35b503461081b578060031936011261081b576020600354604051908152f35b503461081b578060031936011261081b576020600254604051908152f35b503461081b57602036600319011261081b5763ffffffff6040602092600435815260068452205416604051908152f35b503461081b578060031936011261081b57602090604051908152f35b503461081b57604036600319011261081b576004356001600160a01b038116808203610c4657610bb5612119565b610bbd6125c5565b7f73d19c6790dafa46d79db4b2165902f7443ae46badebd534520cfb27f8891cbf6060600154936040519060018060a01b038660081c16825260208201526001600160401b0384166040820152a1610100600160e81b031990911660089290921b610100600160a81b03169190911760a89190911b67ffffffffffffffff60a81b161760015580f35b8280fd5b503461081b576040610c5b36612088565b9290815280602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b503461081b57602036600319011261081b5761095c600435610ca66122e9565b610caf8161231e565b9061235a565b503461081b57602036600319011261081b57604051610cd381612145565b8181528160208201528160408201528160608201528160808201528160a08201528160c08201528160e08201526101000152600435610d119061288e565b60405190610d1e82612145565b8054918281526001820154916020820192835260020154916040820163ffffffff84168152606083018460201c63ffffffff16815260808401908560401c63ffffffff16825260a08501928660601c63ffffffff16845260c08601948760801c61ffff16865260e08701968860901c61ffff168852610100019760a01c60ff16151588526040519889525160208901525163ffffffff1660408801525163ffffffff1660608701525163ffffffff1660808601525163ffffffff1660a08501525161ffff1660c08401525161ffff1660e083015251151561010082015261012090f35b503461081b578060031936011261081b57610e1a6125c5565b610e226126f4565b600160ff19815416176001557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a180f35b503461081b57610e6a3661212f565b906001610e768261288e565b610e80815461270f565b610e89846127ad565b01907fca6208d406c3c4ef53bee1c4cb9ee3281e68a24ceba350b3a324c05d964f69aa604083548151908152856020820152a25580f35b503461081b578060031936011261081b576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461081b57604036600319011261081b57610f5d602091610f25612119565b610f3060043561231e565b916001600160401b03600184015460401c169050806001600160401b038316105f14610f6557509061258c565b604051908152f35b90509061258c565b503461081b578060031936011261081b57602060ff600154166040519015158152f35b503461081b57602036600319011261081b576004356001600160401b03811161081957610fc19036906004016120e9565b610fc96122e9565b610fd28161221f565b610fdb8261221f565b91610fe58161221f565b928590865b83811061117357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031693879190825b8481106110fd5750505090505b81811061104a5785805f51602061333d5f395f51905f525d80f35b6110548185612275565b51611062575b60010161102f565b61106d818387612251565b3586526005602052604086205486906001600160a01b031661108f8387612275565b5190853b15610c465760405163599efa6b60e01b81526001600160a01b039190911660048201526024810191909152818160448183895af180156110f2576110d9575b505061105a565b816110e391612191565b6110ee57855f6110d2565b8580fd5b6040513d84823e3d90fd5b6111078183612275565b516111128285612275565b51883b156110ee576040519163726300c760e01b8352600483015260248201528481604481838c5af1908115611168578591611153575b5050600101611022565b8161115d91612191565b61081557835f611149565b6040513d87823e3d90fd5b9591966111868785859897969498612251565b35815260056020526040812092600184019360ff855460801c1660058110156112b25780159081156112a7575b50611296576111cd906111c78a8685612251565b356128c1565b6111d98a899399612275565b52861561128557825b8a811080611264575b156111fe576111f9906121fa565b6111e2565b909793959461122b6001949b98611232929b949b8a851461123d575b506112258488612275565b51612289565b9185612275565b525b01939193610fea565b5460b81c6001600160401b031661125d6112568c6121fa565b9b8a612275565b525f61121a565b5061126f8188612275565b516001600160401b03875460b81c1614156111eb565b969294935096600191989550611234565b509660019198959692949350611234565b60049150145f6111b3565b634e487b7160e01b84526021600452602484fd5b503461081b57604036600319011261081b5760043560243580151590818103610815577ff295852ced4f050f8d9ce31d2d9f4dfb0ac5ef45599c5055ae04a6bd80c7f0b691611344602092600261131c8761288e565b611326815461270f565b01805460ff60a01b191691151560a01b60ff60a01b16919091179055565b604051908152a280f35b503461081b578060031936011261081b57602060405160a88152f35b503461081b578060031936011261081b5760015460405160089190911c6001600160a01b03168152602090f35b503461081b578060031936011261081b5760206040516122388152f35b503461081b578060031936011261081b576113cd6125c5565b60015460ff81161561140d5760ff19166001557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a180f35b638dfc202b60e01b8252600482fd5b503461081b578060031936011261081b576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461081b5761147036612088565b90336001600160a01b0383160361148b5790610afb9161280e565b63334bd91960e11b8352600483fd5b503461081b578060031936011261081b5760206040517ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab8152f35b503461081b57602036600319011261081b57806102006040516114f781612175565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e0820152015261156960043561231e565b90815490600183015463ffffffff8360a01c169360038101549060ff8360801c169260ff8160881c1660028301549588156117c8576001600160601b0360046115b1866127dd565b9501541695604051986115c38a612175565b6001600160a01b0381168a526001600160401b0385811660208c01526040808c018d905286901c1660608b015260c087811c60808c01521c60a08a015260058110156117b45760c089015260048210156117a05750916001600160601b03610220986001600160401b038298979694839660e08c015260ff8160901c1615156101008c015261ffff8160981c166101208c015261ffff8160a81c166101408c015260b81c166101608a015281871604166101808801526101a087015260601c166101c08501526101e084015260601c166102008201526102006040519160018060a01b0381511683526001600160401b03602082015116602084015263ffffffff60408201511660408401526001600160401b0360608201511660608401526001600160401b0360808201511660808401526001600160401b0360a08201511660a084015261171a60c082015160c08501906120cf565b61172c60e082015160e08501906120dc565b610100810151151561010084015261ffff6101208201511661012084015261ffff610140820151166101408401526101608101516101608401526101808101516101808401526101a08101516101a08401526101c08101516101c08401526101e08101516101e08401520151610200820152f35b634e487b7160e01b81526021600452602490fd5b634e487b7160e01b82526021600452602482fd5b634e487b7160e01b81526012600452602490fd5b503461081b5760e036600319011261081b576004356117f96120ae565b9060443560643563ffffffff8116809103611b335760843563ffffffff81168091036110ee5760a4359161ffff8316809303611b2f5760c4359361ffff8516809503611b2b576118476126f4565b6118508661270f565b6040516330e7408160e01b815260048101879052966020886024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa978815611b20578998611af9575b5063ffffffff169687158015611aea575b611acd57506118c4816127ad565b81158015611ac4575b8015611ab9575b611aa2576127108411611a8e576127108511611a7a576002546118f6906121fa565b9788600255886040519161190983612145565b88835287602084019185835260408501948c865260608101828152608082019189835260a08101958b875260c08201948d865260e0830196875261010083019860018a52815260046020526040902091518255516001820155600201965163ffffffff1663ffffffff1663ffffffff198854161787555163ffffffff166119ad90879067ffffffff0000000082549160201b169067ffffffff000000001916179055565b518554935191519251945174ffffffffffffffffffffffffff0000000000000000199094166bffffffff000000000000000060409290921b919091161760609190911b63ffffffff60601b161760809190911b61ffff60801b161760909290921b61ffff60901b169190911790151560a01b60ff60a01b16179055604051968752602087015260408601526060850152608084015260a083015282339260c07fb2543373fe46178c4514d8c12c3e96ae3de4128ebc06c396d77c84ca8d628e7b91a4604051908152602090f35b632b84a55760e11b88526004859052602488fd5b632b84a55760e11b88526004849052602488fd5b6044888484630400dcc760e41b8352600452602452fd5b5061223883116118d4565b508282116118cd565b63d17660b160e01b8952600488905263ffffffff16602452604488fd5b5063ffffffff811688116118b6565b63ffffffff919850611b199060203d602011610680576106718183612191565b97906118a5565b6040513d8b823e3d90fd5b8780fd5b8680fd5b8480fd5b503461081b57610afb611b4936612088565b90611b62610af1825f525f602052600160405f20015490565b61266c565b503461081b57602036600319011261081b5760206001600160601b036003611b9060043561231e565b015416604051908152f35b503461081b57602036600319011261081b576020610f5d6004355f525f602052600160405f20015490565b5034611e0d576020366003190112611e0d57600435611be36122e9565b611bec8161231e565b9060018201805460ff8160801c166005811015611e255760018114158061200e575b611ff257508354336001600160a01b0390911603611ec0575060025b6001600160401b0342166001600160401b03835460401c168110611e39575b5050611c5583836124a5565b611c5f838361235a565b5460ff8160801c166005811015611e2557600314611c8c575b83805f51602061333d5f395f51905f525d80f35b6001600160401b03611ca29160401c168361258c565b9160038101926001600160601b03611cc9855492611cc38460c01c8661258c565b906121d1565b911690808211611cdb575b5050611c78565b611ce590826121d1565b936001600160601b0385168092036001600160601b038111611e11576001600160601b03166001600160601b03198254161790556001600160601b03611d32600484019282845416612296565b166001600160601b031982541617905560018060a01b0390541680917f144f9107c072bd1a844a52929e755a1d1cbd763b0779f30150148913c1430dee6020604051868152a37f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691823b15611e0d5760405163599efa6b60e01b81526001600160a01b039290921660048301526024820152905f908290604490829084905af18015611e0257611def575b80808080611cd4565b611dfb91505f90612191565b5f5f611de6565b6040513d5f823e3d90fd5b5f80fd5b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b825467ffffffffffffffff60401b1916604082901b67ffffffffffffffff60401b161783556004821015611e2557825460ff60881b1916608883901b60ff60881b1617835560405191611e8d9083906120dc565b6020820152827fe9fbe617f44eb517fb375566039fc395118b1abd7a8e781cacd97c2dda7cae0260403393a35f80611c49565b60405163f41875e160e01b815260b89190911c6001600160401b031660048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611e02575f91611fc3575b506001600160a01b031633141580611f8b575b611f7457611f42838361235a565b60ff815460801c166005811015611e2557600203611f61576003611c2a565b5063399f83bb60e11b5f5260045260245ffd5b5063c2a1c59f60e01b5f526004523360245260445ffd5b50335f9081527f0363fc6b1c9d3a5e0ab0c2ddc08deb0f30108829db06e84f370d2858ffe78c46602052604090205460ff1615611f34565b611fe5915060203d602011611feb575b611fdd8183612191565b8101906121b2565b5f611f21565b503d611fd3565b62c0674b60e11b5f526004849052612009906120c1565b60445ffd5b506002811415611c0e565b34611e0d576020366003190112611e0d5760043563ffffffff60e01b8116809103611e0d57602090637965db0b60e01b811490811561205e575b506040519015158152f35b6301ffc9a760e01b14905082612053565b34611e0d575f366003190112611e0d5780600160209252f35b6040906003190112611e0d57600435906024356001600160a01b0381168103611e0d5790565b6024359063ffffffff82168203611e0d57565b6005811015611e2557602452565b906005821015611e255752565b906004821015611e255752565b9181601f84011215611e0d578235916001600160401b038311611e0d576020808501948460051b010111611e0d57565b602435906001600160401b0382168203611e0d57565b6040906003190112611e0d576004359060243590565b61012081019081106001600160401b0382111761216157604052565b634e487b7160e01b5f52604160045260245ffd5b61022081019081106001600160401b0382111761216157604052565b90601f801991011681019081106001600160401b0382111761216157604052565b90816020910312611e0d57516001600160a01b0381168103611e0d5790565b91908203918211611e1157565b90816020910312611e0d575163ffffffff81168103611e0d5790565b5f198114611e115760010190565b6001600160401b0381116121615760051b60200190565b9061222982612208565b6122366040519182612191565b8281528092612247601f1991612208565b0190602036910137565b91908110156122615760051b0190565b634e487b7160e01b5f52603260045260245ffd5b80518210156122615760209160051b010190565b91908201809211611e1157565b906001600160601b03809116911601906001600160601b038211611e1157565b81810292918115918404141715611e1157565b906001600160401b03809116911601906001600160401b038211611e1157565b5f51602061333d5f395f51905f525c61230f5760015f51602061333d5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b90815f52600560205260405f209160ff600184015460801c166005811015611e2557156123485750565b6327e68ea560e21b5f5260045260245ffd5b81612364916128c1565b90915f9280612401575b508161237957505050565b546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169116813b156108155760405163599efa6b60e01b81526001600160a01b03919091166004820152602481019290925282908290604490829084905af180156110f2576123ef575050565b6123fa828092612191565b61081b5750565b60018201547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169160b89190911c6001600160401b031690823b15611e0d5760445f9283604051958694859363726300c760e01b8552600485015260248401525af18015611e02571561236e576124839193505f90612191565b5f915f61236e565b9063ffffffff8091169116039063ffffffff8211611e1157565b60018201805460ff8160901c166125865763ffffffff6001600160401b037f5136b23211cd2ead287e3c1b3203d39dd5575113082bcab9cec7f8837c1060bc93602093600160901b9060ff60901b191617815561254387548060c01c5f526004865261252285600260405f20019260a01c16868354891c1661248b565b67ffffffff0000000082549160201b169067ffffffff000000001916179055565b82875460a01c1682825460b81c165f52600685528361256960405f20928284541661248b565b1684198254161790555460b81c16945460a01c16604051908152a3565b50505050565b6125c1906001600160401b036125ba610e10948260016001600160601b036002870154169501541690612eed565b16906122b6565b0490565b335f9081527f8522cc959b5f1324f2d3217a190156abffac5c53b78a18e2178efd09ba8b42b2602052604090205460ff16156125fd57565b63e2517d3f60e01b5f52336004527f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e160245260445ffd5b5f8181526020818152604080832033845290915290205460ff16156126565750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff166126ee575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b60ff6001541661270057565b63d93c066560e01b5f5260045ffd5b60405163f41875e160e01b8152600481018290526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611e02575f9161278e575b50336001600160a01b03909116036127785750565b6364dbbffd60e11b5f526004523360245260445ffd5b6127a7915060203d602011611feb57611fdd8183612191565b5f612763565b80159081156127cc575b506127be57565b62bfc92160e01b5f5260045ffd5b6001600160601b039150115f6127b7565b61280b906001600160601b036004612801600384015483808260601c169116612289565b9201541690612289565b90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16156126ee575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b90815f52600460205260405f209163ffffffff600284015416156128af5750565b6358a30b2d60e11b5f5260045260245ffd5b915f91600181015492600560ff8560801c1610159384611e2557600460ff8260801c1614612dc65790829160038794015460c01c90426001600160401b038260401c1611155f14612db4576129256001600160401b038260401c165b838688612f21565b600286999299019485546001600160601b0381166001600160401b038616908c8261294f91612eed565b6001600160401b031661296290826122b6565b610e109004916129729089612eed565b6001600160401b0316612984916122b6565b610e10900461299390826121d1565b9160601c6001600160601b03169784612d6c575b506129cd906129c860038b0154996001600160601b038b60601c16926121d1565b6121d1565b926001600160601b038816841015612d5a57839c8d945b859e6129ef916121d1565b978d60018c015460b81c6001600160401b031693876001600160601b038d1690612a18916121d1565b916040519384526001600160401b0316958660208501526040840152606083015286608083015260a08201528860c082015260e07f58b7b4afc285d4767157a4dca8c9d6d65df6480c3da26c12a518df1ed2a31f3991a38460801c60ff16908560401c6001600160401b0316145f14612d28575050600494612aa3826001600160601b0383166121d1565b809a5b8842604088901c6001600160401b0316111580612d0e575b612d05575b60030180546001600160c01b031660c09290921b6001600160c01b031916919091179055612b60926001600160601b0392612b289284919082908190612b0f906129c8878487166121d1565b1616821960038d0154161760038c015560601c16612289565b6003880180546bffffffffffffffffffffffff60601b19169290911660601b6bffffffffffffffffffffffff60601b16919091179055565b611e255760058310159081611e255760ff8160801c168403612c6c575b6001600160401b03429160401c161115612c5d575b611e25576004849214612c0d575b505083612bab575050565b600481016001600160601b03612bc681871682845416612296565b166001600160601b031982541617905560018060a01b03905416907f144f9107c072bd1a844a52929e755a1d1cbd763b0779f30150148913c1430dee6020604051868152a3565b60607fb1fa5de1d2fe7fb868c2052f0226f864a200a33fb7cced18373eb111e15e14fb9160ff600186015460881c1690612c4a60405180936120dc565b8860208301526040820152a2815f612ba0565b612c6784866124a5565b612b92565b60018501805460ff60801b1916608086901b60ff60801b161790555f91506004841480612cea575b612cd0575b857f5bd1c30e91b1365590539f3dd1a9f59c99b871084b1fa928314734e33ff53eca6020604051612cca81896120cf565ba2612b7d565b60018501805460ff60881b1916600160881b179055612c99565b5060ff600186015460881c166004811015611e255715612c94565b60039850612ac3565b505090506005871015611e25578a90886004891415612abe565b9590809a93505f93600360ff8760801c160315612aa6579650508415612d52578960025b96612aa6565b896001612d4c565b6001600160601b0388169c8d946129e4565b9790612dae612d7e866129cd94612289565b8a546bffffffffffffffffffffffff60601b1916606082901b6bffffffffffffffffffffffff60601b1617909a55565b906129a7565b6129256001600160401b03421661291d565b505f94508493505050565b7f00000000000000000000000000000000000000000000000000000000000000009060018060a01b037f000000000000000000000000000000000000000000000000000000000000000016604051926323b872dd60e01b5f5233600452816024528260445260205f60648180855af160015f5114811615612eb4575b846040525f60605215612e945750803b15611e0d576024835f81938195630cf5e68560e41b845260048401525af18015611e0257612e885750565b5f612e9291612191565b565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b6001811516612eca57813b15153d151616612e4d565b843d5f823e3d90fd5b9063ffffffff8091169116019063ffffffff8211611e1157565b906001600160401b03809116911603906001600160401b038211611e1157565b51906001600160401b0382168203611e0d57565b600154929392905f600883901c6001600160a01b0316158015613320575b61331557600184015461ffff8160a81c16159485159586613306575b6132f95760408051639cf9a32760e01b815298908960048160088a901c6001600160a01b03165afa8015611e02575f995f916132aa575b506001600160401b0316998a1580801561328f575b61327f576001600160401b03612fbd8c85612eed565b169061326b575f99908c9004925b60a88b1080613250575b156132415760016001600160401b03851601906001600160401b038211611e11578d6001600160401b038316026001600160401b038116908103611e115761301d908e6122c9565b906001600160401b038216421061323057908a9160406001600160401b0360448b83519687938492639e4e2ac160e01b845260b81c1660048301526001600160401b038c16602483015260018060a01b039060081c165afa918215611e02575f935f936131e0575b5083158d816131b7575b506131a4576001600160401b0386166001600160401b038216105f1461319c57925b80613188575b80613181575b6130e6575b50506001600160401b038091951614611e11576130df909a6121fa565b9992612fcb565b6130f0838961258c565b906130fb908961258c565b613104916121d1565b988860a81c61ffff16613117908b6122b6565b6127109004908161312791612289565b996040519261ffff1683528960981c61ffff16602084015260408301526060820152896001600160401b0387169160807febdd9a4e4fb12bf053bfb560464889c6b3b752ad6471fb64d8518729aca4d65291a35f806130c2565b508c6130bd565b5061ffff8960981c1661ffff8316106130b7565b5084926130b1565b509e505050505097505050509450505050565b6131d891506001600160401b039060a81c166001600160401b038316612289565b42108d61308f565b935091506040833d8211613228575b816131fc60409383612191565b81010312611e0d578251928315158403611e0d57602001519261ffff84168403611e0d5792915f613085565b3d91506131ef565b9d5050505097505050509450505050565b9b505097505050509450505050565b506001600160401b0382166001600160401b03821610612fd5565b634e487b7160e01b5f52601260045260245ffd5b509799505f985050505050505050565b506001600160401b038b166001600160401b03841610612fa7565b9950506040893d6040116132f1575b816132c660409383612191565b81010312611e0d576001600160401b036132eb60206132e48c612f0d565b9b01612f0d565b90612f92565b3d91506132b9565b5050505050509050905f90565b5061ffff8260981c1615612f5b565b505050509050905f90565b506001600160401b0386166001600160401b0386161115612f3f56fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220bb892b32e3f4e2a6471bde1e6f24fe3315ba9718ff26b1f455c2f4a663280baf64736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8522cc959b5f1324f2d3217a190156abffac5c53b78a18e2178efd09ba8b42b20363fc6b1c9d3a5e0ab0c2ddc08deb0f30108829db06e84f370d2858ffe78c46ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
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
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["TermCostTooLarge"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackTermCostTooLargeError(raw[4:])
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

// LeaseMarketTermCostTooLarge represents a TermCostTooLarge error raised by the LeaseMarket contract.
type LeaseMarketTermCostTooLarge struct {
	TermCost *big.Int
	Max      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermCostTooLarge(uint256 termCost, uint256 max)
func LeaseMarketTermCostTooLargeErrorID() common.Hash {
	return common.HexToHash("0x7a2f60a0f3b2ba115dbca71817c4c856b11862d8cce35dba5393d862147c0778")
}

// UnpackTermCostTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermCostTooLarge(uint256 termCost, uint256 max)
func (leaseMarket *LeaseMarket) UnpackTermCostTooLargeError(raw []byte) (*LeaseMarketTermCostTooLarge, error) {
	out := new(LeaseMarketTermCostTooLarge)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "TermCostTooLarge", raw); err != nil {
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
