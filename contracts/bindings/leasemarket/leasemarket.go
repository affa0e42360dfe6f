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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"assets_\",\"type\":\"address\"},{\"internalType\":\"contractIRevenueSink\",\"name\":\"revenue_\",\"type\":\"address\"},{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"reportWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"termCost\",\"type\":\"uint256\"}],\"name\":\"DepositExceedsTerm\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"DepositTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"requested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"available\",\"type\":\"uint32\"}],\"name\":\"InsufficientCapacity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"InvalidBps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"InvalidGpus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"}],\"name\":\"InvalidTermBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LeaseNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"requested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"available\",\"type\":\"uint32\"}],\"name\":\"ListingCapacityExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAssetOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"NotOverdrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRenter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"termCost\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TermCostTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"hoursRequested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"}],\"name\":\"TermOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"UnknownLease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"UnknownListing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"WrongAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"previousOracle\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newOracle\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"reportWindow\",\"type\":\"uint64\"}],\"name\":\"AvailabilityOracleChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"LeaseClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"LeaseCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unpaid\",\"type\":\"uint256\"}],\"name\":\"LeaseEnded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LeaseRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"}],\"name\":\"LeaseRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"to\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"}],\"name\":\"LeaseSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LeaseStatusChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"}],\"name\":\"LeaseToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"ListingActiveChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"}],\"name\":\"ListingCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"ListingPriceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"targetBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"}],\"name\":\"SlaCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KEEPER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCHS_PER_SETTLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERM_COST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERM_HOURS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_PREPAID_HOURS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"accruedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"assets\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"availabilityOracle\",\"outputs\":[{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"close\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"}],\"name\":\"createListing\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hoursTerm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"expired\",\"type\":\"uint256[]\"}],\"name\":\"lease\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leaseCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"leaseInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"settledUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"listingId\",\"type\":\"uint64\"},{\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"retired\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"}],\"internalType\":\"structLeaseMarket.Lease\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"leasedGpus\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"listing\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"leasedGpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structLeaseMarket.Listing\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"listingCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reportWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"leaseIds\",\"type\":\"uint256[]\"}],\"name\":\"retire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revenue\",\"outputs\":[{\"internalType\":\"contractIRevenueSink\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"reportWindow_\",\"type\":\"uint64\"}],\"name\":\"setAvailabilityOracle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setListingActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"}],\"name\":\"setListingPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"leaseIds\",\"type\":\"uint256[]\"}],\"name\":\"settleMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stablecoin\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LeaseMarket",
	Bin: "0x60e03461021757601f61386e38819003918201601f19168301916001600160401b0383118484101761021b5780849260c0946040528339810103126102175780516001600160a01b0381168082036102175760208301516001600160a01b038116938482036102175760408101516001600160a01b03811695909390868503610217576060830151966001600160a01b038816918289036102175760808501516001600160a01b038116959093908685036102175760a001516001600160401b03811695909390868503610217571592831561020e575b508215610205575b5081156101fc575b506101ed5761017c977f73d19c6790dafa46d79db4b2165902f7443ae46badebd534520cfb27f8891cbf9660609660805260a05260c05260015490600160a81b600160e81b039060a81b1691610100600160a81b039060081b1690610100600160e81b0319161717600155604051915f835260208301526040820152a161016c8161022f565b50610176816102a5565b50610338565b5060405161342290816103cc82396080518181816108450152612e9c015260a05181818161031d01528181610f72015281816118fe01528181611f7a01526127f4015260c051818181611090015281816114c301528181611e0b0152818161244d015281816124d10152612ec50152f35b63d92e233d60e01b5f5260045ffd5b9050155f6100e6565b1591505f6100de565b1592505f6100d6565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f51602061384e5f395f51905f52602052604090205460ff166102a0576001600160a01b03165f8181525f51602061384e5f395f51905f5260205260408120805460ff191660011790553391905f5160206137ee5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f51602061380e5f395f51905f52602052604090205460ff166102a0576001600160a01b03165f8181525f51602061380e5f395f51905f5260205260408120805460ff191660011790553391907f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e1905f5160206137ee5f395f51905f529080a4600190565b6001600160a01b0381165f9081525f51602061382e5f395f51905f52602052604090205460ff166102a0576001600160a01b03165f8181525f51602061382e5f395f51905f5260205260408120805460ff191660011790553391907ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab905f5160206137ee5f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816203b2c2146121005750806301ffc9a7146120aa5780630aebeb4e14611c57578063248a9ca314611c2c5780632d2a8d9c14611bf85780632f2ff15d14611bc857806330e0b1b71461186d57806334e468ba14611566578063364bc15a1461152b57806336568abe146114f25780633e9491a2146114ad5780633f4ba83a1461144557806341297281146114285780634420e743146113fb57806344a06235146113df5780635549756c146113575780635ba3107b1461102c5780635c975abb14611009578063654777da14610fa157806371a9730514610f5c5780637b2cdcfa14610ef75780638456cb5914610e9d57806384a184de14610d515780638df8280014610d2257806391d1485414610ce6578063a116633814610bbd578063a217fddf14610ba1578063a62ab01314610b71578063a9b07c2614610b53578063b4c0498b14610b35578063c58f6a7c14610b10578063d547741f14610ad7578063d57b480414610aad578063d6f0d39f14610a72578063d849ce2d146109e0578063de643a7114610874578063e9cbd8221461082f5763eb90e721146101bf575f80fd5b3461082c5760a036600319011261082c576004356101db61213f565b916044359163ffffffff831680930361082a57606435906084356001600160401b0381116108265761021190369060040161217a565b94909561021c6123b2565b6102246127bd565b61022d83612957565b91600283019283549360ff8560a01c16156108125763ffffffff8560401c168084108015610800575b6107db575063ffffffff84169485156107be5750600182019161027a83548761237f565b996102906001861060018718026001188c61237f565b61029a868d61237f565b9069ffffffffffffffffffff821161079c57808b106107855750808a1161076e575081549b8a5b8281106106c957505050815463ffffffff8082169160201c1680918181115f146106bc5763ffffffff916102f491612554565b168088116106a0575081546040516330e7408160e01b81526004810182905291906020836024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa928315610695578c93610664575b50808c52600660205263ffffffff60408d20541680938163ffffffff8216115f146106575763ffffffff9161038991612554565b1690818a1161063d5750506103cd916103c86103a6898094612f9c565b865467ffffffff00000000191660209190911b67ffffffff0000000016178655565b612f9c565b90548952600660205263ffffffff60408a20911663ffffffff198254161790556103f860035461228b565b9889600355610e106001600160401b03421694026001600160401b038116908103610629576104279085612392565b8a8a5260056020526040808b2080546001820180546001600160c01b03199092163363ffffffff60a01b19161760a09a909a1b63ffffffff60a01b1699909917825567ffffffffffffffff60401b1988166fffffffffffffffffffffffffffffffff19909116179183901b67ffffffffffffffff60401b1691909117875590956003820180546001600160c01b031660c088901b6001600160c01b0319161781559382546001600160c01b031660c08b901b6001600160c01b031916178355600160801b60ff60801b198354161782558d8154916001600160401b0384549361ffff60981b9060181b16918261ffff60981b19861617865561ffff60a81b905460181b169211610610576bffffffffffffffffffffffff60981b199092169091171760b88e901b67ffffffffffffffff60b81b1617905560020180546bffffffffffffffffffffffff199081166001600160601b039384161790915582541690881617905554604080513381526020818101969096529081019190915260608101919091526001600160401b03909116608082015260a0810184905290956105f99392909186907faa6d25debb9d61c366864c799025293028287504be3439700d7820e4301f40219060c090a4612e9a565b5f5160206133cd5f395f51905f525d604051908152f35b8f8e6044916306dfcc6560e41b82526040600452602452fd5b634e487b7160e01b8a52601160045260248afd5b637172fddf60e01b8d52600452602489905260445260648bfd5b505063ffffffff8c610389565b61068791935060203d60201161068e575b61067f8183612222565b81019061226f565b915f610355565b503d610675565b6040513d8e823e3d90fd5b6338fef1dd60e21b8b526004899052602488905260445260648afd5b505063ffffffff8a6102f4565b8d6106de6106d88386866122e2565b356123e7565b906001820154906001600160401b038260b81c160361074b5760401c6001600160401b031642811161072957509061072360019261071d8387876122e2565b3561256e565b016102c1565b8d6044916107388588886122e2565b637c683ddf60e01b835235600452602452fd5b8f8e60449161075b8689896122e2565b63061a06c760e31b835235600452602452fd5b634021c6cb60e01b8b5260048a905260245260448afd5b63253bf97d60e11b8c5260048b905260245260448bfd5b6303d17b0560e51b8c52600482905269ffffffffffffffffffff60245260448cfd5b63d17660b160e01b8952600486905263ffffffff16602452604488fd5b630646976760e21b89526004849052602452606085901c63ffffffff16604452606488fd5b5063ffffffff8660601c168411610256565b63161bec9760e01b88526004869052602488fd5b8380fd5b505b80fd5b503461082c578060031936011261082c576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461082c57610883366121c0565b919061088d6123b2565b6108956127bd565b61089e816123e7565b90600182015460ff8160801c1660058110156109cc576001811415806109c1575b6109a657508415610997576001600160401b036108e09160401c1683612655565b936108f3816108ee856128a9565b61231a565b9480861161098057506109689061096d9495600385016001600160601b036109208185168284541661235f565b166001600160601b0319825416179055604051908282526020820152837f56719cb3354f779b1f66b5ed3c2098b80964a5256a6547e18f2d9ef2f348261560403393a3612e9a565b612423565b805f5160206133cd5f395f51905f525d80f35b634021c6cb60e01b85526004869052602452604484fd5b631f2a200560e01b8452600484fd5b846109bf6044928562c0674b60e11b8452600452612152565bfd5b5060028114156108bf565b634e487b7160e01b85526021600452602485fd5b503461082c57602036600319011261082c576004356001600160401b03811161082a57610a1190369060040161217a565b82915b818410610a1f578280f35b610a2d6106d88584846122e2565b936001600160401b03600186015460401c16428111610a645750610a5b83949561071d8385966001966122e2565b01929190610a14565b9260449550610738926122e2565b503461082c578060031936011261082c5760206040517f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e18152f35b503461082c578060031936011261082c5760206001600160401b0360015460a81c16604051908152f35b503461082c57610b0c610ae936612119565b90610b07610b02825f525f602052600160405f20015490565b6126fd565b6128d7565b5080f35b503461082c578060031936011261082c57602060405169ffffffffffffffffffff8152f35b503461082c578060031936011261082c576020600354604051908152f35b503461082c578060031936011261082c576020600254604051908152f35b503461082c57602036600319011261082c5763ffffffff6040602092600435815260068452205416604051908152f35b503461082c578060031936011261082c57602090604051908152f35b503461082c57604036600319011261082c576004356001600160a01b038116808203610ce257610beb6121aa565b610bf361268e565b81610c82575b7f73d19c6790dafa46d79db4b2165902f7443ae46badebd534520cfb27f8891cbf6060600154936040519060018060a01b038660081c16825260208201526001600160401b0384166040820152a1610100600160e81b031990911660089290921b610100600160a81b03169190911760a89190911b67ffffffffffffffff60a81b161760015580f35b60408051639cf9a32760e01b81529081600481865afa8015610cd757610ca9575b50610bf9565b610cca9060403d604011610cd0575b610cc28183612222565b81019061233b565b50610ca3565b503d610cb8565b6040513d87823e3d90fd5b8280fd5b503461082c576040610cf736612119565b9290815280602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b503461082c57602036600319011261082c5761096d600435610d426123b2565b610d4b816123e7565b90612423565b503461082c57602036600319011261082c57604051610d6f816121d6565b8181528160208201528160408201528160608201528160808201528160a08201528160c08201528160e08201526101000152600435610dad90612957565b60405190610dba826121d6565b8054918281526001820154916020820192835260020154916040820163ffffffff84168152606083018460201c63ffffffff16815260808401908560401c63ffffffff16825260a08501928660601c63ffffffff16845260c08601948760801c61ffff16865260e08701968860901c61ffff168852610100019760a01c60ff16151588526040519889525160208901525163ffffffff1660408801525163ffffffff1660608701525163ffffffff1660808601525163ffffffff1660a08501525161ffff1660c08401525161ffff1660e083015251151561010082015261012090f35b503461082c578060031936011261082c57610eb661268e565b610ebe6127bd565b600160ff19815416176001557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a180f35b503461082c57610f06366121c0565b906001610f1282612957565b610f1c81546127d8565b610f2584612876565b01907fca6208d406c3c4ef53bee1c4cb9ee3281e68a24ceba350b3a324c05d964f69aa604083548151908152856020820152a25580f35b503461082c578060031936011261082c576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461082c57604036600319011261082c57610ff9602091610fc16121aa565b610fcc6004356123e7565b916001600160401b03600184015460401c169050806001600160401b038316105f14611001575090612655565b604051908152f35b905090612655565b503461082c578060031936011261082c57602060ff600154166040519015158152f35b503461082c57602036600319011261082c576004356001600160401b03811161082a5761105d90369060040161217a565b6110656123b2565b61106e816122b0565b611077826122b0565b91611081816122b0565b928590865b83811061120457507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031693879190825b8481106111995750505090505b8181106110e65785805f5160206133cd5f395f51905f525d80f35b6110f08185612306565b516110fe575b6001016110cb565b6111098183876122e2565b3586526005602052604086205486906001600160a01b031661112b8387612306565b5190853b15610ce25760405163599efa6b60e01b81526001600160a01b039190911660048201526024810191909152818160448183895af1801561118e57611175575b50506110f6565b8161117f91612222565b61118a57855f61116e565b8580fd5b6040513d84823e3d90fd5b6111a38183612306565b516111ae8285612306565b51883b1561118a576040519163726300c760e01b8352600483015260248201528481604481838c5af1908115610cd75785916111ef575b50506001016110be565b816111f991612222565b61082657835f6111e5565b95919661121787858598979694986122e2565b35815260056020526040812092600184019360ff855460801c166005811015611343578015908115611338575b506113275761125e906112588a86856122e2565b3561298a565b61126a8a899399612306565b52861561131657825b8a8110806112f5575b1561128f5761128a9061228b565b611273565b90979395946112bc6001949b986112c3929b949b8a85146112ce575b506112b68488612306565b5161231a565b9185612306565b525b01939193611086565b5460b81c6001600160401b03166112ee6112e78c61228b565b9b8a612306565b525f6112ab565b506113008188612306565b516001600160401b03875460b81c16141561127c565b9692949350966001919895506112c5565b5096600191989596929493506112c5565b60049150145f611244565b634e487b7160e01b84526021600452602484fd5b503461082c57604036600319011261082c5760043560243580151590818103610826577ff295852ced4f050f8d9ce31d2d9f4dfb0ac5ef45599c5055ae04a6bd80c7f0b6916113d560209260026113ad87612957565b6113b781546127d8565b01805460ff60a01b191691151560a01b60ff60a01b16919091179055565b604051908152a280f35b503461082c578060031936011261082c57602060405160a88152f35b503461082c578060031936011261082c5760015460405160089190911c6001600160a01b03168152602090f35b503461082c578060031936011261082c5760206040516122388152f35b503461082c578060031936011261082c5761145e61268e565b60015460ff81161561149e5760ff19166001557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a180f35b638dfc202b60e01b8252600482fd5b503461082c578060031936011261082c576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461082c5761150136612119565b90336001600160a01b0383160361151c5790610b0c916128d7565b63334bd91960e11b8352600483fd5b503461082c578060031936011261082c5760206040517ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab8152f35b503461082c57602036600319011261082c578061020060405161158881612206565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e082015201526115fa6004356123e7565b90815490600183015463ffffffff8360a01c169360038101549060ff8360801c169260ff8160881c166002830154958815611859576001600160601b036004611642866128a9565b9501541695604051986116548a612206565b6001600160a01b0381168a526001600160401b0385811660208c01526040808c018d905286901c1660608b015260c087811c60808c01521c60a08a015260058110156118455760c089015260048210156118315750916001600160601b03610220986001600160401b038298979694839660e08c015260ff8160901c1615156101008c015261ffff8160981c166101208c015261ffff8160a81c166101408c015260b81c166101608a015281871604166101808801526101a087015260601c166101c08501526101e084015260601c166102008201526102006040519160018060a01b0381511683526001600160401b03602082015116602084015263ffffffff60408201511660408401526001600160401b0360608201511660608401526001600160401b0360808201511660808401526001600160401b0360a08201511660a08401526117ab60c082015160c0850190612160565b6117bd60e082015160e085019061216d565b610100810151151561010084015261ffff6101208201511661012084015261ffff610140820151166101408401526101608101516101608401526101808101516101808401526101a08101516101a08401526101c08101516101c08401526101e08101516101e08401520151610200820152f35b634e487b7160e01b81526021600452602490fd5b634e487b7160e01b82526021600452602482fd5b634e487b7160e01b81526012600452602490fd5b503461082c5760e036600319011261082c5760043561188a61213f565b9060443560643563ffffffff8116809103611bc45760843563ffffffff811680910361118a5760a4359161ffff8316809303611bc05760c4359361ffff8516809503611bbc576118d86127bd565b6118e1866127d8565b6040516330e7408160e01b815260048101879052966020886024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa978815611bb1578998611b8a575b5063ffffffff169687158015611b7b575b611b5e575061195581612876565b81158015611b55575b8015611b4a575b611b33576127108411611b1f576127108511611b0b576002546119879061228b565b9788600255886040519161199a836121d6565b88835287602084019185835260408501948c865260608101828152608082019189835260a08101958b875260c08201948d865260e0830196875261010083019860018a52815260046020526040902091518255516001820155600201965163ffffffff1663ffffffff1663ffffffff198854161787555163ffffffff16611a3e90879067ffffffff0000000082549160201b169067ffffffff000000001916179055565b518554935191519251945174ffffffffffffffffffffffffff0000000000000000199094166bffffffff000000000000000060409290921b919091161760609190911b63ffffffff60601b161760809190911b61ffff60801b161760909290921b61ffff60901b169190911790151560a01b60ff60a01b16179055604051968752602087015260408601526060850152608084015260a083015282339260c07fb2543373fe46178c4514d8c12c3e96ae3de4128ebc06c396d77c84ca8d628e7b91a4604051908152602090f35b632b84a55760e11b88526004859052602488fd5b632b84a55760e11b88526004849052602488fd5b6044888484630400dcc760e41b8352600452602452fd5b506122388311611965565b5082821161195e565b63d17660b160e01b8952600488905263ffffffff16602452604488fd5b5063ffffffff81168811611947565b63ffffffff919850611baa9060203d60201161068e5761067f8183612222565b9790611936565b6040513d8b823e3d90fd5b8780fd5b8680fd5b8480fd5b503461082c57610b0c611bda36612119565b90611bf3610b02825f525f602052600160405f20015490565b612735565b503461082c57602036600319011261082c5760206001600160601b036003611c216004356123e7565b015416604051908152f35b503461082c57602036600319011261082c576020610ff96004355f525f602052600160405f20015490565b5034611e9e576020366003190112611e9e57600435611c746123b2565b611c7d816123e7565b9060018201805460ff8160801c166005811015611eb65760018114158061209f575b61208357508354336001600160a01b0390911603611f51575060025b6001600160401b0342166001600160401b03835460401c168110611eca575b5050611ce6838361256e565b611cf08383612423565b5460ff8160801c166005811015611eb657600314611d1d575b83805f5160206133cd5f395f51905f525d80f35b6001600160401b03611d339160401c1683612655565b9160038101926001600160601b03611d5a855492611d548460c01c86612655565b90612262565b911690808211611d6c575b5050611d09565b611d769082612262565b936001600160601b0385168092036001600160601b038111611ea2576001600160601b03166001600160601b03198254161790556001600160601b03611dc360048401928284541661235f565b166001600160601b031982541617905560018060a01b0390541680917f144f9107c072bd1a844a52929e755a1d1cbd763b0779f30150148913c1430dee6020604051868152a37f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691823b15611e9e5760405163599efa6b60e01b81526001600160a01b039290921660048301526024820152905f908290604490829084905af18015611e9357611e80575b80808080611d65565b611e8c91505f90612222565b5f5f611e77565b6040513d5f823e3d90fd5b5f80fd5b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b825467ffffffffffffffff60401b1916604082901b67ffffffffffffffff60401b161783556004821015611eb657825460ff60881b1916608883901b60ff60881b1617835560405191611f1e90839061216d565b6020820152827fe9fbe617f44eb517fb375566039fc395118b1abd7a8e781cacd97c2dda7cae0260403393a35f80611cda565b60405163f41875e160e01b815260b89190911c6001600160401b031660048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611e93575f91612054575b506001600160a01b03163314158061201c575b61200557611fd38383612423565b60ff815460801c166005811015611eb657600203611ff2576003611cbb565b5063399f83bb60e11b5f5260045260245ffd5b5063c2a1c59f60e01b5f526004523360245260445ffd5b50335f9081527f0363fc6b1c9d3a5e0ab0c2ddc08deb0f30108829db06e84f370d2858ffe78c46602052604090205460ff1615611fc5565b612076915060203d60201161207c575b61206e8183612222565b810190612243565b5f611fb2565b503d612064565b62c0674b60e11b5f52600484905261209a90612152565b60445ffd5b506002811415611c9f565b34611e9e576020366003190112611e9e5760043563ffffffff60e01b8116809103611e9e57602090637965db0b60e01b81149081156120ef575b506040519015158152f35b6301ffc9a760e01b149050826120e4565b34611e9e575f366003190112611e9e5780600160209252f35b6040906003190112611e9e57600435906024356001600160a01b0381168103611e9e5790565b6024359063ffffffff82168203611e9e57565b6005811015611eb657602452565b906005821015611eb65752565b906004821015611eb65752565b9181601f84011215611e9e578235916001600160401b038311611e9e576020808501948460051b010111611e9e57565b602435906001600160401b0382168203611e9e57565b6040906003190112611e9e576004359060243590565b61012081019081106001600160401b038211176121f257604052565b634e487b7160e01b5f52604160045260245ffd5b61022081019081106001600160401b038211176121f257604052565b90601f801991011681019081106001600160401b038211176121f257604052565b90816020910312611e9e57516001600160a01b0381168103611e9e5790565b91908203918211611ea257565b90816020910312611e9e575163ffffffff81168103611e9e5790565b5f198114611ea25760010190565b6001600160401b0381116121f25760051b60200190565b906122ba82612299565b6122c76040519182612222565b82815280926122d8601f1991612299565b0190602036910137565b91908110156122f25760051b0190565b634e487b7160e01b5f52603260045260245ffd5b80518210156122f25760209160051b010190565b91908201809211611ea257565b51906001600160401b0382168203611e9e57565b9190826040910312611e9e5761235c602061235584612327565b9301612327565b90565b906001600160601b03809116911601906001600160601b038211611ea257565b81810292918115918404141715611ea257565b906001600160401b03809116911601906001600160401b038211611ea257565b5f5160206133cd5f395f51905f525c6123d85760015f5160206133cd5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b90815f52600560205260405f209160ff600184015460801c166005811015611eb657156124115750565b6327e68ea560e21b5f5260045260245ffd5b8161242d9161298a565b90915f92806124ca575b508161244257505050565b546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169116813b156108265760405163599efa6b60e01b81526001600160a01b03919091166004820152602481019290925282908290604490829084905af1801561118e576124b8575050565b6124c3828092612222565b61082c5750565b60018201547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169160b89190911c6001600160401b031690823b15611e9e5760445f9283604051958694859363726300c760e01b8552600485015260248401525af18015611e9357156124375761254c9193505f90612222565b5f915f612437565b9063ffffffff8091169116039063ffffffff8211611ea257565b60018201805460ff8160901c1661264f5763ffffffff6001600160401b037f5136b23211cd2ead287e3c1b3203d39dd5575113082bcab9cec7f8837c1060bc93602093600160901b9060ff60901b191617815561260c87548060c01c5f52600486526125eb85600260405f20019260a01c16868354891c16612554565b67ffffffff0000000082549160201b169067ffffffff000000001916179055565b82875460a01c1682825460b81c165f52600685528361263260405f209282845416612554565b1684198254161790555460b81c16945460a01c16604051908152a3565b50505050565b61268a906001600160401b03612683610e10948260016001600160601b036002870154169501541690612fb6565b169061237f565b0490565b335f9081527f8522cc959b5f1324f2d3217a190156abffac5c53b78a18e2178efd09ba8b42b2602052604090205460ff16156126c657565b63e2517d3f60e01b5f52336004527f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e160245260445ffd5b5f8181526020818152604080832033845290915290205460ff161561271f5750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff166127b7575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b60ff600154166127c957565b63d93c066560e01b5f5260045ffd5b60405163f41875e160e01b8152600481018290526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611e93575f91612857575b50336001600160a01b03909116036128415750565b6364dbbffd60e11b5f526004523360245260445ffd5b612870915060203d60201161207c5761206e8183612222565b5f61282c565b8015908115612895575b5061288757565b62bfc92160e01b5f5260045ffd5b69ffffffffffffffffffff9150115f612880565b61235c906001600160601b0360046128cd600384015483808260601c16911661231a565b920154169061231a565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16156127b7575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b90815f52600460205260405f209163ffffffff600284015416156129785750565b6358a30b2d60e11b5f5260045260245ffd5b915f91600181015492600560ff8560801c1610159384611eb657600460ff8260801c1614612e8f5790829160038794015460c01c90426001600160401b038260401c1611155f14612e7d576129ee6001600160401b038260401c165b838688612fd6565b600286999299019485546001600160601b0381166001600160401b038616908c82612a1891612fb6565b6001600160401b0316612a2b908261237f565b610e10900491612a3b9089612fb6565b6001600160401b0316612a4d9161237f565b610e109004612a5c9082612262565b9160601c6001600160601b03169784612e35575b50612a9690612a9160038b0154996001600160601b038b60601c1692612262565b612262565b926001600160601b038816841015612e2357839c8d945b859e612ab891612262565b978d60018c015460b81c6001600160401b031693876001600160601b038d1690612ae191612262565b916040519384526001600160401b0316958660208501526040840152606083015286608083015260a08201528860c082015260e07f58b7b4afc285d4767157a4dca8c9d6d65df6480c3da26c12a518df1ed2a31f3991a38460801c60ff16908560401c6001600160401b0316145f14612df1575050600494612b6c826001600160601b038316612262565b809a5b8842604088901c6001600160401b0316111580612dd7575b612dce575b60030180546001600160c01b031660c09290921b6001600160c01b031916919091179055612c29926001600160601b0392612bf19284919082908190612bd890612a9187848716612262565b1616821960038d0154161760038c015560601c1661231a565b6003880180546bffffffffffffffffffffffff60601b19169290911660601b6bffffffffffffffffffffffff60601b16919091179055565b611eb65760058310159081611eb65760ff8160801c168403612d35575b6001600160401b03429160401c161115612d26575b611eb6576004849214612cd6575b505083612c74575050565b600481016001600160601b03612c8f8187168284541661235f565b166001600160601b031982541617905560018060a01b03905416907f144f9107c072bd1a844a52929e755a1d1cbd763b0779f30150148913c1430dee6020604051868152a3565b60607fb1fa5de1d2fe7fb868c2052f0226f864a200a33fb7cced18373eb111e15e14fb9160ff600186015460881c1690612d13604051809361216d565b8860208301526040820152a2815f612c69565b612d30848661256e565b612c5b565b60018501805460ff60801b1916608086901b60ff60801b161790555f91506004841480612db3575b612d99575b857f5bd1c30e91b1365590539f3dd1a9f59c99b871084b1fa928314734e33ff53eca6020604051612d938189612160565ba2612c46565b60018501805460ff60881b1916600160881b179055612d62565b5060ff600186015460881c166004811015611eb65715612d5d565b60039850612b8c565b505090506005871015611eb6578a90886004891415612b87565b9590809a93505f93600360ff8760801c160315612b6f579650508415612e1b578960025b96612b6f565b896001612e15565b6001600160601b0388169c8d94612aad565b9790612e77612e4786612a969461231a565b8a546bffffffffffffffffffffffff60601b1916606082901b6bffffffffffffffffffffffff60601b1617909a55565b90612a70565b6129ee6001600160401b0342166129e6565b505f94508493505050565b7f00000000000000000000000000000000000000000000000000000000000000009060018060a01b037f000000000000000000000000000000000000000000000000000000000000000016604051926323b872dd60e01b5f5233600452816024528260445260205f60648180855af160015f5114811615612f7d575b846040525f60605215612f5d5750803b15611e9e576024835f81938195630cf5e68560e41b845260048401525af18015611e9357612f515750565b5f612f5b91612222565b565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b6001811516612f9357813b15153d151616612f16565b843d5f823e3d90fd5b9063ffffffff8091169116019063ffffffff8211611ea257565b906001600160401b03809116911603906001600160401b038211611ea257565b600154929392905f600883901c6001600160a01b03161580156133b0575b6133a557600184015461ffff8160a81c16159485159586613396575b6133895760408051639cf9a32760e01b815298908960048160088a901c6001600160a01b03165afa8015611e93575f995f9161335f575b506001600160401b0316998a15808015613344575b613334576001600160401b036130728c85612fb6565b1690613320575f99908c9004925b60a88b1080613305575b156132f65760016001600160401b03851601906001600160401b038211611ea2578d6001600160401b038316026001600160401b038116908103611ea2576130d2908e612392565b906001600160401b03821642106132e557908a9160406001600160401b0360448b83519687938492639e4e2ac160e01b845260b81c1660048301526001600160401b038c16602483015260018060a01b039060081c165afa918215611e93575f935f93613295575b5083158d8161326c575b50613259576001600160401b0386166001600160401b038216105f1461325157925b8061323d575b80613236575b61319b575b50506001600160401b038091951614611ea257613194909a61228b565b9992613080565b6131a58389612655565b906131b09089612655565b6131b991612262565b988860a81c61ffff166131cc908b61237f565b612710900490816131dc9161231a565b996040519261ffff1683528960981c61ffff16602084015260408301526060820152896001600160401b0387169160807febdd9a4e4fb12bf053bfb560464889c6b3b752ad6471fb64d8518729aca4d65291a35f80613177565b508c613172565b5061ffff8960981c1661ffff83161061316c565b508492613166565b509e505050505097505050509450505050565b61328d91506001600160401b039060a81c166001600160401b03831661231a565b42108d613144565b935091506040833d82116132dd575b816132b160409383612222565b81010312611e9e578251928315158403611e9e57602001519261ffff84168403611e9e5792915f61313a565b3d91506132a4565b9d5050505097505050509450505050565b9b505097505050509450505050565b506001600160401b0382166001600160401b0382161061308a565b634e487b7160e01b5f52601260045260245ffd5b509799505f985050505050505050565b506001600160401b038b166001600160401b0384161061305c565b6001600160401b039a50613382915060403d604011610cd057610cc28183612222565b9099613047565b5050505050509050905f90565b5061ffff8260981c1615613010565b505050509050905f90565b506001600160401b0386166001600160401b0386161115612ff456fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a264697066735822122029a667dc15c2f6e3ad16b36b593a5df65a83935990190c4c2d16b5c82a29f6aa64736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8522cc959b5f1324f2d3217a190156abffac5c53b78a18e2178efd09ba8b42b20363fc6b1c9d3a5e0ab0c2ddc08deb0f30108829db06e84f370d2858ffe78c46ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
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

// PackMAXTERMCOST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58f6a7c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TERM_COST() view returns(uint256)
func (leaseMarket *LeaseMarket) PackMAXTERMCOST() []byte {
	enc, err := leaseMarket.abi.Pack("MAX_TERM_COST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTERMCOST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58f6a7c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TERM_COST() view returns(uint256)
func (leaseMarket *LeaseMarket) TryPackMAXTERMCOST() ([]byte, error) {
	return leaseMarket.abi.Pack("MAX_TERM_COST")
}

// UnpackMAXTERMCOST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc58f6a7c.
//
// Solidity: function MAX_TERM_COST() view returns(uint256)
func (leaseMarket *LeaseMarket) UnpackMAXTERMCOST(data []byte) (*big.Int, error) {
	out, err := leaseMarket.abi.Unpack("MAX_TERM_COST", data)
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
