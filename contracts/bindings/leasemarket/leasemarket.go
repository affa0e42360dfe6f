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

// LeaseMarketAuthorization is an auto generated low-level Go binding around an user-defined struct.
type LeaseMarketAuthorization struct {
	ValidAfter  *big.Int
	ValidBefore *big.Int
	Nonce       [32]byte
	V           uint8
	R           [32]byte
	S           [32]byte
}

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
	GraceSeconds       uint32
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
	MinPrepaidHours    uint32
	GraceSeconds       uint32
}

// LeaseMarketMetaData contains all meta data concerning the LeaseMarket contract.
var LeaseMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"assets_\",\"type\":\"address\"},{\"internalType\":\"contractIRevenueSink\",\"name\":\"revenue_\",\"type\":\"address\"},{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"reportWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"termCost\",\"type\":\"uint256\"}],\"name\":\"DepositExceedsTerm\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"DepositShortfall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"DepositTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"GraceTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"requested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"available\",\"type\":\"uint32\"}],\"name\":\"InsufficientCapacity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"InvalidBps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"InvalidGpus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"minPrepaidHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"}],\"name\":\"InvalidMinPrepaid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"}],\"name\":\"InvalidTermBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LeaseNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"requested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"available\",\"type\":\"uint32\"}],\"name\":\"ListingCapacityExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAssetOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"covered\",\"type\":\"uint256\"}],\"name\":\"NotOverdrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRenter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPricePerGpuHour\",\"type\":\"uint256\"}],\"name\":\"PriceAboveBound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"termCost\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TermCostTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"hoursRequested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"}],\"name\":\"TermOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"UnknownLease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"UnknownListing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"WrongAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"previousOracle\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newOracle\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"reportWindow\",\"type\":\"uint64\"}],\"name\":\"AvailabilityOracleChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"LeaseClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"LeaseCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unpaid\",\"type\":\"uint256\"}],\"name\":\"LeaseEnded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LeaseRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"}],\"name\":\"LeaseRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"to\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"}],\"name\":\"LeaseSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LeaseStatusChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"}],\"name\":\"LeaseToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"ListingActiveChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minPrepaidHours\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"}],\"name\":\"ListingCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"ListingPriceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"targetBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"}],\"name\":\"SlaCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KEEPER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCHS_PER_SETTLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_GRACE_SECONDS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERM_COST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERM_HOURS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"accruedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"assets\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"availabilityOracle\",\"outputs\":[{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"close\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"minPrepaidHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"}],\"name\":\"createListing\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hoursTerm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"expired\",\"type\":\"uint256[]\"}],\"name\":\"lease\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leaseCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"leaseInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"settledUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"listingId\",\"type\":\"uint64\"},{\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"retired\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"}],\"internalType\":\"structLeaseMarket.Lease\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hoursTerm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"expired\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structLeaseMarket.Authorization\",\"name\":\"auth\",\"type\":\"tuple\"}],\"name\":\"leaseWithAuthorization\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"leasedGpus\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"listing\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"leasedGpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"minPrepaidHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"}],\"internalType\":\"structLeaseMarket.Listing\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"listingCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reportWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"leaseIds\",\"type\":\"uint256[]\"}],\"name\":\"retire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revenue\",\"outputs\":[{\"internalType\":\"contractIRevenueSink\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"reportWindow_\",\"type\":\"uint64\"}],\"name\":\"setAvailabilityOracle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setListingActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"}],\"name\":\"setListingPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"leaseIds\",\"type\":\"uint256[]\"}],\"name\":\"settleMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stablecoin\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structLeaseMarket.Authorization\",\"name\":\"auth\",\"type\":\"tuple\"}],\"name\":\"topUpWithAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LeaseMarket",
	Bin: "0x60e03461023a57601f6141f338819003918201601f19168301916001600160401b0383118484101761023e5780849260c09460405283398101031261023a5780516001600160a01b03811680820361023a5760208301516001600160a01b0381169384820361023a5760408101516001600160a01b0381169590939086850361023a576060830151966001600160a01b0388169182890361023a5760808501516001600160a01b0381169590939086850361023a5760a001516001600160401b0381169590939086850361023a5715928315610231575b508215610228575b50811561021f575b506102105761017c977f73d19c6790dafa46d79db4b2165902f7443ae46badebd534520cfb27f8891cbf9660609660805260a05260c05260015490600160a81b600160e81b039060a81b1691610100600160a81b039060081b1690610100600160e81b0319161717600155604051915f835260208301526040820152a161016c81610252565b50610176816102c8565b5061035b565b50604051613d8490816103ef82396080518181816101eb0152818161069301528181611a5e0152818161371101526138a1015260a051818181610c460152818161104901528181612016015281816129090152613023015260c05181818161076c015281816111670152818161158801528181611b3b01528181611e9d01528181612663015281816126ef01526136e40152f35b63d92e233d60e01b5f5260045ffd5b9050155f6100e6565b1591505f6100de565b1592505f6100d6565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f5160206141d35f395f51905f52602052604090205460ff166102c3576001600160a01b03165f8181525f5160206141d35f395f51905f5260205260408120805460ff191660011790553391905f5160206141735f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206141935f395f51905f52602052604090205460ff166102c3576001600160a01b03165f8181525f5160206141935f395f51905f5260205260408120805460ff191660011790553391907f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e1905f5160206141735f395f51905f529080a4600190565b6001600160a01b0381165f9081525f5160206141b35f395f51905f52602052604090205460ff166102c3576001600160a01b03165f8181525f5160206141b35f395f51905f5260205260408120805460ff191660011790553391907ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab905f5160206141735f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a71461213c575080630aebeb4e14611cf15780631a17eb0b146119e6578063248a9ca3146119bb5780632d2a8d9c146119875780632f2ff15d1461195757806334e468ba1461162b578063364bc15a146115f057806336568abe146115b75780633e9491a2146115725780633f4ba83a1461150a57806341297281146114ed5780634420e743146114c057806344a06235146114a45780635549756c1461141c5780635ba3107b146111035780635c975abb146110e0578063654777da1461107857806371a97305146110335780637b2cdcfa14610fce578063805b6f2214610b945780638456cb5914610b3a57806384a184de146109a35780638df828001461097457806391d14854146109385780639a9387e21461063d578063a116633814610514578063a217fddf146104f8578063a62ab013146104c8578063a9b07c26146104aa578063ade6584f1461041f578063b4c0498b14610401578063c58f6a7c146103dc578063caee9285146103be578063d547741f14610385578063d57b48041461035b578063d6f0d39f14610320578063d849ce2d1461026b578063de643a711461021d5763e9cbd822146101d6575f80fd5b3461021a578060031936011261021a576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b503461021a5761025861022f36612249565b906102386123e8565b610240612459565b61025361024d83836135c0565b926136cd565b612639565b805f516020613d2f5f395f51905f525d80f35b503461021a57602036600319011261021a576004356001600160401b03811161031c5761029c9036906004016121b5565b82915b8184106102aa578280f35b6102be6102b8858484612341565b3561241d565b936001600160401b03600186015460401c164281116102fb57506102f28394956102ec838596600196612341565b3561254b565b0192919061029f565b926044955061030992612341565b637c683ddf60e01b835235600452602452fd5b5080fd5b503461021a578060031936011261021a5760206040517f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e18152f35b503461021a578060031936011261021a5760206001600160401b0360015460a81c16604051908152f35b503461021a576103ba610397366121e5565b906103b56103b0825f525f602052600160405f20015490565b612e66565b612f54565b5080f35b503461021a578060031936011261021a576020604051620151808152f35b503461021a578060031936011261021a57602060405169ffffffffffffffffffff8152f35b503461021a578060031936011261021a576020600354604051908152f35b503461021a5760c036600319011261021a5761043961218f565b6104416121a2565b6064359160a4356001600160401b0381116104a657836020959361048f9361047061024d9436906004016121b5565b93909261047b6123e8565b610483612459565b608435926004356127f5565b5f516020613d2f5f395f51905f525d604051908152f35b8480fd5b503461021a578060031936011261021a576020600254604051908152f35b503461021a57602036600319011261021a5763ffffffff6040602092600435815260068452205416604051908152f35b503461021a578060031936011261021a57602090604051908152f35b503461021a57604036600319011261021a576004356001600160a01b03811680820361063957610542612233565b61054a612df7565b816105d9575b7f73d19c6790dafa46d79db4b2165902f7443ae46badebd534520cfb27f8891cbf6060600154936040519060018060a01b038660081c16825260208201526001600160401b0384166040820152a1610100600160e81b031990911660089290921b610100600160a81b03169190911760a89190911b67ffffffffffffffff60a81b161760015580f35b60408051639cf9a32760e01b81529081600481865afa801561062e57610600575b50610550565b6106219060403d604011610627575b61061981836122ab565b8101906123c4565b506105fa565b503d61060f565b6040513d87823e3d90fd5b8280fd5b503461021a5761010036600319011261021a5760043560243560c03660431901126106395761066a6123e8565b610672612459565b61067c81836135c0565b6040516370a0823160e01b815230600482015290917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03811692602081602481875afa90811561092d5787916108fb575b5060a43560ff81168091036108f757843b156108f757604051906377aadf6360e11b82523360048301523060248301528460448301526044356064830152606435608483015260843560a483015260c482015260c43560e482015260e43561010482015287808261012481838a5af19182156108ea5785926108cd575b505061075d9130613876565b6040516370a0823160e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031660048201819052939091602083602481855afa9283156108c257889361088a575b506040519063a9059cbb60e01b8952856004528460245260208960448180855af19060018a511482161561086b575b5090604052156108595750906107fd8184938895613876565b813b15610639578291602483926040519485938492630cf5e68560e41b845260048401525af1801561084e57610839575b505061025891612639565b81610843916122ab565b61063957825f61082e565b6040513d84823e3d90fd5b635274afe760e01b8752600452602486fd5b6001821516610881573b15153d1516165f6107e4565b823d8b823e3d90fd5b9092506020813d6020116108ba575b816108a6602093836122ab565b810103126108b65751915f6107b5565b5f80fd5b3d9150610899565b6040513d8a823e3d90fd5b819250906108da916122ab565b6108e65782875f610751565b8680fd5b50604051903d90823e3d90fd5b8780fd5b90506020813d602011610925575b81610916602093836122ab565b810103126108b657515f6106d4565b3d9150610909565b6040513d89823e3d90fd5b503461021a576040610949366121e5565b9290815280602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b503461021a57602036600319011261021a576102586004356109946123e8565b61099d8161241d565b90612639565b503461021a57602036600319011261021a576040516109c18161228f565b8181528160208201528160408201528160608201528160808201528160a08201528160c08201528160e082015281610100820152816101208201526101400152600435610a0d90612fd4565b60405190610a1a8261228f565b8054918281526001820154916020820192835260020154916040820163ffffffff84168152606083018460201c63ffffffff168152608084018560401c63ffffffff16815260a08501908660601c63ffffffff16825260c08601928760801c61ffff16845260e08701948860901c61ffff1686526101008801968960a01c60ff16151588526101208901988a60a81c63ffffffff168a52610140019960c81c63ffffffff168a526040519a8b525160208b01525163ffffffff1660408a01525163ffffffff1660608901525163ffffffff1660808801525163ffffffff1660a08701525161ffff1660c08601525161ffff1660e08501525115156101008401525163ffffffff166101208301525163ffffffff1661014082015261016090f35b503461021a578060031936011261021a57610b53612df7565b610b5b612459565b600160ff19815416176001557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a180f35b503461021a5761012036600319011261021a57610baf61218f565b60643563ffffffff81168091036106395760843563ffffffff8116809103610fca5760a43561ffff81168091036104a65760c4359061ffff8216809203610fc65760e4359263ffffffff84168094036108e657610104359463ffffffff86168096036108f757610c1d612459565b610c28600435613007565b6040516330e7408160e01b81526004803590820152966020886024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa978815610fbb578998610f84575b5063ffffffff169687158015610f75575b610f585750610c9f60443561358d565b80158015610f4f575b8015610f44575b610f2f576127108311610f1b576127108411610f075784158015610efe575b610ee757620151808611610ecc57868686600254610ceb90612379565b809b816002558888604051610cff8161228f565b60043581526020810190604435825260408101988952606081019085825260808101928b845260a08201968d885260c0830195865260e0830196875261010083019860018a5261012084019a8b5261014084019b8c52815260046020526040902091518255516001820155600201985163ffffffff1663ffffffff1663ffffffff198a54161789555163ffffffff16610db590899067ffffffff0000000082549160201b169067ffffffff000000001916179055565b518754935191519251945174ffffffffffffffffffffffffff0000000000000000199094166bffffffff000000000000000060409290921b919091161760609190911b63ffffffff60601b161760809190911b61ffff60801b161760909290921b61ffff60901b169190911790151560a01b60ff60a01b16178355518254915167ffffffffffffffff60a81b1990921660a89190911b63ffffffff60a81b161760c89190911b63ffffffff60c81b161790556040805197885260443560208901528701526060860152608085015260a084015260c083015260e082015233906004359083907f5f4669bf218c4af02cc114105e4d74766dbc1240bd0628c608e5a87f934cf7fb9061010090a4604051908152602090f35b6347130d5560e01b8852600486905262015180602452604488fd5b6044888387630da76b4b60e41b8352600452602452fd5b50818511610cce565b632b84a55760e11b88526004849052602488fd5b632b84a55760e11b88526004839052602488fd5b630400dcc760e41b8852600452602452604486fd5b506122388211610caf565b50818111610ca8565b63d17660b160e01b8952600488905263ffffffff16602452604488fd5b5063ffffffff81168811610c8f565b63ffffffff919850610fad9060203d602011610fb4575b610fa581836122ab565b810190612394565b9790610c7e565b503d610f9b565b6040513d8b823e3d90fd5b8580fd5b8380fd5b503461021a57610fdd36612249565b906001610fe982612fd4565b610ff38154613007565b610ffc8461358d565b01907fca6208d406c3c4ef53bee1c4cb9ee3281e68a24ceba350b3a324c05d964f69aa604083548151908152856020820152a25580f35b503461021a578060031936011261021a576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461021a57604036600319011261021a576110d0602091611098612233565b6110a360043561241d565b916001600160401b03600184015460401c169050806001600160401b038316105f146110d8575090612766565b604051908152f35b905090612766565b503461021a578060031936011261021a57602060ff600154166040519015158152f35b503461021a57602036600319011261021a576004356001600160401b03811161031c576111349036906004016121b5565b61113c6123e8565b6111458161230f565b61114e8261230f565b916111588161230f565b928590865b8381106112cc57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031693879190825b8481106112615750505090505b8181106111bd5785805f516020613d2f5f395f51905f525d80f35b6111c78185612365565b516111d5575b6001016111a2565b6111e0818387612341565b3586526005602052604086205486906001600160a01b03166112028387612365565b5190853b156106395760405163599efa6b60e01b81526001600160a01b039190911660048201526024810191909152818160448183895af1801561084e5761124c575b50506111cd565b81611256916122ab565b610fc657855f611245565b61126b8183612365565b516112768285612365565b51883b15610fc6576040519163726300c760e01b8352600483015260248201528481604481838c5af190811561062e5785916112b7575b5050600101611195565b816112c1916122ab565b610fca57835f6112ad565b9591966112df8785859897969498612341565b3581526005602052604081209260ff600185015460801c1660058110156114085780159081156113fd575b506113ed576113248461131e8a8685612341565b356130a5565b6113308a899399612365565b5286156113dc57825b8a8110806113bb575b156113555761135090612379565b611339565b90979395946113826001949b98611389929b949b8a8514611394575b5061137c8488612365565b51612387565b9185612365565b525b0193919361115d565b600201546001600160401b03166113b46113ad8c612379565b9b8a612365565b525f611371565b506113c68188612365565b516001600160401b036002880154161415611342565b96929493509660019198955061138b565b966001919895969294935061138b565b60049150145f61130a565b634e487b7160e01b83526021600452602483fd5b503461021a57604036600319011261021a5760043560243580151590818103610fca577ff295852ced4f050f8d9ce31d2d9f4dfb0ac5ef45599c5055ae04a6bd80c7f0b69161149a602092600261147287612fd4565b61147c8154613007565b01805460ff60a01b191691151560a01b60ff60a01b16919091179055565b604051908152a280f35b503461021a578060031936011261021a57602060405160a88152f35b503461021a578060031936011261021a5760015460405160089190911c6001600160a01b03168152602090f35b503461021a578060031936011261021a5760206040516122388152f35b503461021a578060031936011261021a57611523612df7565b60015460ff8116156115635760ff19166001557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a180f35b638dfc202b60e01b8252600482fd5b503461021a578060031936011261021a576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461021a576115c6366121e5565b90336001600160a01b038316036115e157906103ba91612f54565b63334bd91960e11b8352600483fd5b503461021a578060031936011261021a5760206040517ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab8152f35b503461021a57602036600319011261021a578061022060405161164d8161225f565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015201526116c660043561241d565b90815490600183015463ffffffff8360a01c169360038101549460ff8360801c169260ff8160881c166002840154958315611943576001600160601b03600461170e87612f26565b9601541695604051986117208a61225f565b6001600160a01b0381168a526001600160401b0385811660208c01526040808c0188905286901c1660608b015260c08b811c60808c01521c60a08a0152600581101561192f5760c0890152600482101561191b5750610240979263ffffffff6001600160601b039593869360e08b015260ff8160901c1615156101008b015261ffff8160981c166101208b015261ffff8160a81c166101408b015260b81c166101608901526001600160401b038716610180890152818760401c1604166101a08701526101c086015260601c166101e084015261020083015260a01c6102208201526102206040519160018060a01b0381511683526001600160401b03602082015116602084015263ffffffff60408201511660408401526001600160401b0360608201511660608401526001600160401b0360808201511660808401526001600160401b0360a08201511660a084015261188360c082015160c0850190612219565b61189560e082015160e0850190612226565b610100810151151561010084015261ffff6101208201511661012084015261ffff6101408201511661014084015263ffffffff610160820151166101608401526101808101516101808401526101a08101516101a08401526101c08101516101c08401526101e08101516101e08401526102008101516102008401520151610220820152f35b634e487b7160e01b81526021600452602490fd5b634e487b7160e01b82526021600452602482fd5b634e487b7160e01b81526012600452602490fd5b503461021a576103ba611969366121e5565b906119826103b0825f525f602052600160405f20015490565b612e9e565b503461021a57602036600319011261021a5760206001600160601b0360036119b060043561241d565b015416604051908152f35b503461021a57602036600319011261021a5760206110d06004355f525f602052600160405f20015490565b503461021a5761018036600319011261021a57611a0161218f565b611a096121a2565b6064359160a4356001600160401b0381116104a657611a2c9036906004016121b5565b9160c03660c3190112610fc65784611a469461047b6123e8565b6040516370a0823160e01b81523060048201529091907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03811691602081602481865afa908115611ce6578691611cb4575b506101243560ff81168091036108e657833b156108e657604051906377aadf6360e11b825233600483015230602483015285604483015260c435606483015260e43560848301526101043560a483015260c48201526101443560e4820152610164356101048201528680826101248183895af19182156108ea578692611c9b575b5050611b2c9130613876565b6040516370a0823160e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031660048201819052929091602083602481855afa92831561092d578793611c67575b506040519063a9059cbb60e01b8852846004528560245260208860448180855af1906001895114821615611c48575b509060405215611c36575090611bcc8386949383613876565b803b1561063957602483926040519485938492630cf5e68560e41b845260048401525af18015611c2b57611c16575b506020915f516020613d2f5f395f51905f525d604051908152f35b611c218380926122ab565b61031c575f611bfb565b6040513d85823e3d90fd5b635274afe760e01b8652600452602485fd5b6001821516611c5e573b15153d1516165f611bb3565b823d8a823e3d90fd5b9092506020813d602011611c93575b81611c83602093836122ab565b810103126108b65751915f611b84565b3d9150611c76565b81925090611ca8916122ab565b610fc65783865f611b20565b90506020813d602011611cde575b81611ccf602093836122ab565b810103126108b657515f611a9f565b3d9150611cc2565b6040513d88823e3d90fd5b50346108b65760203660031901126108b657600435611d0e6123e8565b611d178161241d565b9060018201805460ff8160801c166005811015611f4457600181141580612131575b61211557508354336001600160a01b0390911603611fe4576002905b6001600160401b038042169160401c168110611f58575b5050611d78838361254b565b611d828383612639565b5460ff8160801c166005811015611f4457600314611daf575b83805f516020613d2f5f395f51905f525d80f35b6001600160401b03611dc59160401c1683612766565b9160038101926001600160601b03611dec855492611de68460c01c86612766565b906122eb565b911690808211611dfe575b5050611d9b565b611e0890826122eb565b936001600160601b0385168092036001600160601b038111611f30576001600160601b03166001600160601b03198254161790556001600160601b03611e556004840192828454166127a2565b166001600160601b031982541617905560018060a01b0390541680917f144f9107c072bd1a844a52929e755a1d1cbd763b0779f30150148913c1430dee6020604051868152a37f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691823b156108b65760405163599efa6b60e01b81526001600160a01b039290921660048301526024820152905f908290604490829084905af18015611f2557611f12575b80808080611df7565b611f1e91505f906122ab565b5f5f611f09565b6040513d5f823e3d90fd5b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b82546fffffffffffffffff00000000000000001916604082901b67ffffffffffffffff60401b161783556004821015611f4457825460ff60881b1916608883901b60ff60881b1617835560405191611fb1908390612226565b6020820152827fe9fbe617f44eb517fb375566039fc395118b1abd7a8e781cacd97c2dda7cae0260403393a35f80611d6c565b600284015460405163f41875e160e01b81526001600160401b0390911660048201526020816024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa908115611f25575f916120e6575b506001600160a01b0316331415806120ae575b61209757612065612459565b61206e84612474565b911561207e575050600390611d55565b8463c031630f60e01b5f5260045260245260445260645ffd5b8263c2a1c59f60e01b5f526004523360245260445ffd5b50335f9081527f0363fc6b1c9d3a5e0ab0c2ddc08deb0f30108829db06e84f370d2858ffe78c46602052604090205460ff1615612059565b612108915060203d60201161210e575b61210081836122ab565b8101906122cc565b5f612046565b503d6120f6565b62c0674b60e11b5f52600484905261212c9061220b565b60445ffd5b506002811415611d39565b346108b65760203660031901126108b6576004359063ffffffff60e01b82168092036108b657602091637965db0b60e01b811490811561217e575b5015158152f35b6301ffc9a760e01b14905083612177565b6024359063ffffffff821682036108b657565b6044359063ffffffff821682036108b657565b9181601f840112156108b6578235916001600160401b0383116108b6576020808501948460051b0101116108b657565b60409060031901126108b657600435906024356001600160a01b03811681036108b65790565b6005811015611f4457602452565b906005821015611f445752565b906004821015611f445752565b602435906001600160401b03821682036108b657565b60409060031901126108b6576004359060243590565b61024081019081106001600160401b0382111761227b57604052565b634e487b7160e01b5f52604160045260245ffd5b61016081019081106001600160401b0382111761227b57604052565b90601f801991011681019081106001600160401b0382111761227b57604052565b908160209103126108b657516001600160a01b03811681036108b65790565b91908203918211611f3057565b6001600160401b03811161227b5760051b60200190565b90612319826122f8565b61232660405191826122ab565b8281528092612337601f19916122f8565b0190602036910137565b91908110156123515760051b0190565b634e487b7160e01b5f52603260045260245ffd5b80518210156123515760209160051b010190565b5f198114611f305760010190565b91908201809211611f3057565b908160209103126108b6575163ffffffff811681036108b65790565b51906001600160401b03821682036108b657565b91908260409103126108b6576123e560206123de846123b0565b93016123b0565b90565b5f516020613d2f5f395f51905f525c61240e5760015f516020613d2f5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b90815f52600560205260405f209160ff600184015460801c166005811015611f4457156124475750565b6327e68ea560e21b5f5260045260245ffd5b60ff6001541661246557565b63d93c066560e01b5f5260045ffd5b61249160038201546001600160601b03808260601c169116612387565b60016124a66002840154928360a01c90612387565b9201549063ffffffff8260b81c16906001600160401b0383166124c98382612387565b4210612526576001600160401b0361250a6001600160601b0392610e109683806124f661251599426122eb565b169160401c168082101561251f575061383c565b169160401c166127c2565b0491818311929190565b905061383c565b505050505f915f9190565b9063ffffffff8091169116039063ffffffff8211611f3057565b60018201805460ff8160901c1661263357600160901b9060ff60901b19161790556125c182548060c01c5f5260046020526125a063ffffffff600260405f20019260a01c1663ffffffff835460201c16612531565b67ffffffff0000000082549160201b169067ffffffff000000001916179055565b7f5136b23211cd2ead287e3c1b3203d39dd5575113082bcab9cec7f8837c1060bc602063ffffffff6001600160401b0381865460a01c166002870190828254165f52600685528361261960405f209282845416612531565b1684198254161790555416945460a01c16604051908152a3565b50505050565b81612643916130a5565b90915f92806126e0575b508161265857505050565b546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169116813b15610fca5760405163599efa6b60e01b81526001600160a01b03919091166004820152602481019290925282908290604490829084905af1801561084e576126ce575050565b6126d98280926122ab565b61021a5750565b60028201546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016916001600160401b0390911690823b156108b65760445f9283604051958694859363726300c760e01b8552600485015260248401525af18015611f25571561264d5761275e9193505f906122ab565b5f915f61264d565b61279e906001600160401b03612797610e10948260016001600160601b03600287015460401c16950154169061383c565b16906127c2565b0490565b906001600160601b03809116911601906001600160601b038211611f3057565b81810292918115918404141715611f3057565b906001600160401b03809116911601906001600160401b038211611f3057565b939290969594919661280685612fd4565b97600289019485549960ff8b60a01c1615612de457600181015491808311612dca575063ffffffff808c60401c169316928084108015612db8575b612d94575063ffffffff8416958615612d77578361285f84896127c2565b809d60a81c63ffffffff16808310818418021861287c90826127c2565b91612886916127c2565b9069ffffffffffffffffffff8211612d5657808810612d405750808711612d2a57508154995f5b818110612c9457505050865463ffffffff8082169160201c1680918181115f14612c875763ffffffff916128e091612531565b16808811612c6d575081546040516330e7408160e01b81526004810182905291906020836024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa928315611f25575f93612c4c575b50805f52600660205263ffffffff60405f20541680938163ffffffff8216115f14612c3f5763ffffffff9161297591612531565b1690818a11612c255750506129b9916129b461299288809461385c565b8b5467ffffffff00000000191660209190911b67ffffffff0000000016178b55565b61385c565b90545f52600660205263ffffffff60405f20911663ffffffff198254161790556129e4600354612379565b9586600355869a610e106001600160401b03421694026001600160401b038116908103611f3057612a1590856127d5565b5f8981526005602052604090819020805460018201805463ffffffff60a01b1933166001600160c01b03199093169290921760a09a909a1b63ffffffff60a01b169990991782556fffffffffffffffffffffffffffffffff19166001600160401b038816179183901b67ffffffffffffffff60401b1691909117875590956003820180546001600160c01b031660c088901b6001600160c01b0319161781559382546001600160c01b031660c08d901b6001600160c01b0319161783558154600160801b60ff60801b19821681178455825461ffff60981b601891821b1664ffff0000ff60801b198416811783178655845461ffff60a81b921b9190911666ffffffff0000ff60801b1984168217811783178655935463ffffffff60b81b60109190911c166affffffffffffffff0000ff60801b1990931617909217171790556001600160401b038b11612c0d5760020180546001600160a01b0319166001600160401b03808d1691909117604093841b73ffffffffffffffffffffffff0000000000000000161790915582546bffffffffffffffffffffffff19166001600160601b0388161790925580513381526020810197909752860191909152606085019190915216608083015260a08201527faa6d25debb9d61c366864c799025293028287504be3439700d7820e4301f40219060c090a4565b8a6306dfcc6560e41b5f52604060045260245260445ffd5b8990637172fddf60e01b5f5260045260245260445260645ffd5b505063ffffffff5f612975565b612c6691935060203d602011610fb457610fa581836122ab565b915f612941565b878a6338fef1dd60e21b5f5260045260245260445260645ffd5b505063ffffffff5f6128e0565b612ca26102b8828486612341565b8c6001600160401b0360028301541603612d08576001600160401b03600182015460401c16428111612ce7575090612ce16001926102ec838688612341565b016128ad565b612cf2838587612341565b35637c683ddf60e01b5f5260045260245260445ffd5b50612d14918c93612341565b3563061a06c760e31b5f5260045260245260445ffd5b86634021c6cb60e01b5f5260045260245260445ffd5b8763253bf97d60e11b5f5260045260245260445ffd5b506303d17b0560e51b5f5260045269ffffffffffffffffffff60245260445ffd5b63ffffffff8c8863d17660b160e01b5f526004521660245260445ffd5b8b63ffffffff9185630646976760e21b5f5260045260245260601c1660445260645ffd5b5063ffffffff8c60601c168411612841565b8289632d751c0b60e21b5f5260045260245260445260645ffd5b8763161bec9760e01b5f5260045260245ffd5b335f9081527f8522cc959b5f1324f2d3217a190156abffac5c53b78a18e2178efd09ba8b42b2602052604090205460ff1615612e2f57565b63e2517d3f60e01b5f52336004527f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e160245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615612e885750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16612f20575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b6123e5906001600160601b036004612f4a600384015483808260601c169116612387565b9201541690612387565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615612f20575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b90815f52600460205260405f209163ffffffff60028401541615612ff55750565b6358a30b2d60e11b5f5260045260245ffd5b60405163f41875e160e01b8152600481018290526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611f25575f91613086575b50336001600160a01b03909116036130705750565b6364dbbffd60e11b5f526004523360245260445ffd5b61309f915060203d60201161210e5761210081836122ab565b5f61305b565b915f92600183015492600560ff8560801c1610159384611f4457600460ff8260801c16146135825760038201549042604082901c6001600160401b031611613573576001600160401b038160401c165b8260c01c9061310591858761392f565b9190966002850154988960401c6001600160601b0316996001600160401b0384169a6131318c8c61383c565b6001600160401b031661314490826127c2565b610e1090049b8760c01c906131589161383c565b6001600160401b031661316a916127c2565b610e109004613179908c6122eb565b9a858260a01c811515936131a5926131aa95613542575b50506001600160601b038960601c16926122eb565b6122eb565b906001600160601b03861682101561353057819a8b925b839c6131cc916122eb565b95898c60028b01546001600160401b031692866001600160601b038c16906131f3916122eb565b90604051928c60c01c84526001600160401b0316958660208501526040840152606083015286608083015260a08201528860c082015260e07f58b7b4afc285d4767157a4dca8c9d6d65df6480c3da26c12a518df1ed2a31f3991a38460801c60ff16908560401c6001600160401b0316145f146134fe575050600494613282826001600160601b0383166122eb565b809a5b8842604088901c6001600160401b03161115806134e4575b6134db575b60030180546001600160c01b031660c09290921b6001600160c01b03191691909117905561330192916001600160601b0391829081906132e8906131a5878487166122eb565b1616821960038b0154161760038a015560601c16612387565b6003860180546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b16919091179055611f445760058310159081611f445760ff8160801c168403613442575b6001600160401b03429160401c161115613433575b611f445760048492146133e3575b505083613381575050565b600481016001600160601b0361339c818716828454166127a2565b166001600160601b031982541617905560018060a01b03905416907f144f9107c072bd1a844a52929e755a1d1cbd763b0779f30150148913c1430dee6020604051868152a3565b60607fb1fa5de1d2fe7fb868c2052f0226f864a200a33fb7cced18373eb111e15e14fb9160ff600186015460881c16906134206040518093612226565b8860208301526040820152a2815f613376565b61343d848661254b565b613368565b60018501805460ff60801b1916608086901b60ff60801b161790555f915060048414806134c0575b6134a6575b857f5bd1c30e91b1365590539f3dd1a9f59c99b871084b1fa928314734e33ff53eca60206040516134a08189612219565ba2613353565b60018501805460ff60881b1916600160881b17905561346f565b5060ff600186015460881c166004811015611f44571561346a565b600398506132a2565b505090506005871015611f44578a9088600489141561329d565b9590809a93505f93600360ff8760801c160315613285579650508415613528578960025b96613285565b896001613522565b6001600160601b0386169a8b926131c1565b61354c9192612387565b6001600160a01b0390911660a082901b6001600160a01b0319161760028b01555f88613190565b6001600160401b0342166130f5565b505f94508493505050565b80159081156135ac575b5061359e57565b62bfc92160e01b5f5260045ffd5b69ffffffffffffffffffff9150115f613597565b91906135cb8361241d565b92600184015460ff8160801c166005811015611f44576001811415806136c2575b6136ab5750821561369c576001600160401b0361360d9160401c1685612766565b61361f8361361a87612f26565b612387565b908082116136865750600385016001600160601b03613643818616828454166127a2565b166001600160601b031982541617905560405192835260208301527f56719cb3354f779b1f66b5ed3c2098b80964a5256a6547e18f2d9ef2f348261560403393a3565b90634021c6cb60e01b5f5260045260245260445ffd5b631f2a200560e01b5f5260045ffd5b62c0674b60e11b5f52600483905261212c9061220b565b5060028114156135ec565b6040516370a0823160e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483018190529291907f000000000000000000000000000000000000000000000000000000000000000090811690602083602481855afa928315611f25575f93613808575b50604051906323b872dd60e01b5f5233600452856024528460445260205f60648180855af19060015f51148216156137e9575b50906040525f606052156137d75750816137989184613876565b813b156108b6575f91602483926040519485938492630cf5e68560e41b845260048401525af18015611f25576137cb5750565b5f6137d5916122ab565b565b635274afe760e01b5f5260045260245ffd5b60018215166137ff573b15153d1516165f61377e565b823d5f823e3d90fd5b9092506020813d602011613834575b81613824602093836122ab565b810103126108b65751915f61374b565b3d9150613817565b906001600160401b03809116911603906001600160401b038211611f3057565b9063ffffffff8091169116019063ffffffff8211611f3057565b6040516370a0823160e01b81526001600160a01b0391821660048201529190602090839060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa8015611f25575f906138fb575b6138da92506122eb565b908082036138e6575050565b6345cdd2c160e11b5f5260045260245260445ffd5b506020823d602011613927575b81613915602093836122ab565b810103126108b6576138da91516138d0565b3d9150613908565b600154929492905f600883901c6001600160a01b0316158015613d12575b613d0757600184015461ffff8160a81c16159485159586613cf8575b613ceb5760408051639cf9a32760e01b815299908a60048160088a901c6001600160a01b03165afa8015611f25575f9a5f91613cc1575b506001600160401b0316998a15808015613ca6575b613c96576001600160401b036139cb838561383c565b1690613c82578b909a9992919a04915f996001600160401b03600286015416925b60a88c1080613c67575b15613c575760016001600160401b03861601906001600160401b038211611f30578e6001600160401b038316026001600160401b038116908103611f3057613a3e908f6127d5565b906001600160401b0382164210613c45579060449160408d815194858092639e4e2ac160e01b82528b60048301526001600160401b038d16602483015260018060a01b039060081c165afa918215611f25575f935f93613bf5575b5083158e81613bcc575b50613bb8576001600160401b0386166001600160401b038216105f14613bb057925b80613b9c575b80613b95575b613afa575b50506001600160401b038091961614611f3057613af3909b612379565b9a936139ec565b613b04838a612766565b90613b0f908a612766565b613b18916122eb565b998960a81c61ffff16613b2b908c6127c2565b61271090049081613b3b91612387565b9a6040519261ffff1683528a60981c61ffff166020840152604083015260608201528a6001600160401b0388169160807febdd9a4e4fb12bf053bfb560464889c6b3b752ad6471fb64d8518729aca4d65291a35f80613ad6565b508d613ad1565b5061ffff8a60981c1661ffff831610613acb565b508492613ac5565b509f50505050509850505050509450505050565b613bed91506001600160401b039060a81c166001600160401b038316612387565b42108e613aa3565b935091506040833d8211613c3d575b81613c11604093836122ab565b810103126108b65782519283151584036108b657602001519261ffff841684036108b65792915f613a99565b3d9150613c04565b9e505050509850505050509450505050565b9c50509850505050509450505050565b506001600160401b0382166001600160401b038216106139f6565b634e487b7160e01b5f52601260045260245ffd5b5050505050505050509150905f90565b506001600160401b0382166001600160401b038416106139b5565b6001600160401b039b50613ce4915060403d6040116106275761061981836122ab565b909a6139a0565b5050505050509150905f90565b5061ffff8260981c1615613969565b505050509150905f90565b506001600160401b0387166001600160401b038716111561394d56fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a264697066735822122001f8ada09241158fac29b4eaef86114af0f8c9e0179d1dbe617eb9e6b7ed179964736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8522cc959b5f1324f2d3217a190156abffac5c53b78a18e2178efd09ba8b42b20363fc6b1c9d3a5e0ab0c2ddc08deb0f30108829db06e84f370d2858ffe78c46ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
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

// PackMAXGRACESECONDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaee9285.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_GRACE_SECONDS() view returns(uint32)
func (leaseMarket *LeaseMarket) PackMAXGRACESECONDS() []byte {
	enc, err := leaseMarket.abi.Pack("MAX_GRACE_SECONDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXGRACESECONDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaee9285.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_GRACE_SECONDS() view returns(uint32)
func (leaseMarket *LeaseMarket) TryPackMAXGRACESECONDS() ([]byte, error) {
	return leaseMarket.abi.Pack("MAX_GRACE_SECONDS")
}

// UnpackMAXGRACESECONDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcaee9285.
//
// Solidity: function MAX_GRACE_SECONDS() view returns(uint32)
func (leaseMarket *LeaseMarket) UnpackMAXGRACESECONDS(data []byte) (uint32, error) {
	out, err := leaseMarket.abi.Unpack("MAX_GRACE_SECONDS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
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
// the contract method with ID 0x805b6f22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createListing(uint256 assetId, uint32 gpus, uint256 pricePerGpuHour, uint32 minHours, uint32 maxHours, uint16 slaAvailabilityBps, uint16 creditBps, uint32 minPrepaidHours, uint32 graceSeconds) returns(uint256 listingId)
func (leaseMarket *LeaseMarket) PackCreateListing(assetId *big.Int, gpus uint32, pricePerGpuHour *big.Int, minHours uint32, maxHours uint32, slaAvailabilityBps uint16, creditBps uint16, minPrepaidHours uint32, graceSeconds uint32) []byte {
	enc, err := leaseMarket.abi.Pack("createListing", assetId, gpus, pricePerGpuHour, minHours, maxHours, slaAvailabilityBps, creditBps, minPrepaidHours, graceSeconds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x805b6f22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createListing(uint256 assetId, uint32 gpus, uint256 pricePerGpuHour, uint32 minHours, uint32 maxHours, uint16 slaAvailabilityBps, uint16 creditBps, uint32 minPrepaidHours, uint32 graceSeconds) returns(uint256 listingId)
func (leaseMarket *LeaseMarket) TryPackCreateListing(assetId *big.Int, gpus uint32, pricePerGpuHour *big.Int, minHours uint32, maxHours uint32, slaAvailabilityBps uint16, creditBps uint16, minPrepaidHours uint32, graceSeconds uint32) ([]byte, error) {
	return leaseMarket.abi.Pack("createListing", assetId, gpus, pricePerGpuHour, minHours, maxHours, slaAvailabilityBps, creditBps, minPrepaidHours, graceSeconds)
}

// UnpackCreateListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x805b6f22.
//
// Solidity: function createListing(uint256 assetId, uint32 gpus, uint256 pricePerGpuHour, uint32 minHours, uint32 maxHours, uint16 slaAvailabilityBps, uint16 creditBps, uint32 minPrepaidHours, uint32 graceSeconds) returns(uint256 listingId)
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
// the contract method with ID 0xade6584f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lease(uint256 listingId, uint32 gpus, uint32 hoursTerm, uint256 deposit, uint256 maxPricePerGpuHour, uint256[] expired) returns(uint256 leaseId)
func (leaseMarket *LeaseMarket) PackLease(listingId *big.Int, gpus uint32, hoursTerm uint32, deposit *big.Int, maxPricePerGpuHour *big.Int, expired []*big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("lease", listingId, gpus, hoursTerm, deposit, maxPricePerGpuHour, expired)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xade6584f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lease(uint256 listingId, uint32 gpus, uint32 hoursTerm, uint256 deposit, uint256 maxPricePerGpuHour, uint256[] expired) returns(uint256 leaseId)
func (leaseMarket *LeaseMarket) TryPackLease(listingId *big.Int, gpus uint32, hoursTerm uint32, deposit *big.Int, maxPricePerGpuHour *big.Int, expired []*big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("lease", listingId, gpus, hoursTerm, deposit, maxPricePerGpuHour, expired)
}

// UnpackLease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xade6584f.
//
// Solidity: function lease(uint256 listingId, uint32 gpus, uint32 hoursTerm, uint256 deposit, uint256 maxPricePerGpuHour, uint256[] expired) returns(uint256 leaseId)
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
// Solidity: function leaseInfo(uint256 leaseId) view returns((address,uint64,uint32,uint64,uint64,uint64,uint8,uint8,bool,uint16,uint16,uint32,uint256,uint256,uint256,uint256,uint256,uint256))
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
// Solidity: function leaseInfo(uint256 leaseId) view returns((address,uint64,uint32,uint64,uint64,uint64,uint8,uint8,bool,uint16,uint16,uint32,uint256,uint256,uint256,uint256,uint256,uint256))
func (leaseMarket *LeaseMarket) TryPackLeaseInfo(leaseId *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("leaseInfo", leaseId)
}

// UnpackLeaseInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34e468ba.
//
// Solidity: function leaseInfo(uint256 leaseId) view returns((address,uint64,uint32,uint64,uint64,uint64,uint8,uint8,bool,uint16,uint16,uint32,uint256,uint256,uint256,uint256,uint256,uint256))
func (leaseMarket *LeaseMarket) UnpackLeaseInfo(data []byte) (LeaseMarketLease, error) {
	out, err := leaseMarket.abi.Unpack("leaseInfo", data)
	if err != nil {
		return *new(LeaseMarketLease), err
	}
	out0 := *abi.ConvertType(out[0], new(LeaseMarketLease)).(*LeaseMarketLease)
	return out0, nil
}

// PackLeaseWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a17eb0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaseWithAuthorization(uint256 listingId, uint32 gpus, uint32 hoursTerm, uint256 deposit, uint256 maxPricePerGpuHour, uint256[] expired, (uint256,uint256,bytes32,uint8,bytes32,bytes32) auth) returns(uint256 leaseId)
func (leaseMarket *LeaseMarket) PackLeaseWithAuthorization(listingId *big.Int, gpus uint32, hoursTerm uint32, deposit *big.Int, maxPricePerGpuHour *big.Int, expired []*big.Int, auth LeaseMarketAuthorization) []byte {
	enc, err := leaseMarket.abi.Pack("leaseWithAuthorization", listingId, gpus, hoursTerm, deposit, maxPricePerGpuHour, expired, auth)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaseWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a17eb0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaseWithAuthorization(uint256 listingId, uint32 gpus, uint32 hoursTerm, uint256 deposit, uint256 maxPricePerGpuHour, uint256[] expired, (uint256,uint256,bytes32,uint8,bytes32,bytes32) auth) returns(uint256 leaseId)
func (leaseMarket *LeaseMarket) TryPackLeaseWithAuthorization(listingId *big.Int, gpus uint32, hoursTerm uint32, deposit *big.Int, maxPricePerGpuHour *big.Int, expired []*big.Int, auth LeaseMarketAuthorization) ([]byte, error) {
	return leaseMarket.abi.Pack("leaseWithAuthorization", listingId, gpus, hoursTerm, deposit, maxPricePerGpuHour, expired, auth)
}

// UnpackLeaseWithAuthorization is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a17eb0b.
//
// Solidity: function leaseWithAuthorization(uint256 listingId, uint32 gpus, uint32 hoursTerm, uint256 deposit, uint256 maxPricePerGpuHour, uint256[] expired, (uint256,uint256,bytes32,uint8,bytes32,bytes32) auth) returns(uint256 leaseId)
func (leaseMarket *LeaseMarket) UnpackLeaseWithAuthorization(data []byte) (*big.Int, error) {
	out, err := leaseMarket.abi.Unpack("leaseWithAuthorization", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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
// Solidity: function listing(uint256 listingId) view returns((uint256,uint256,uint32,uint32,uint32,uint32,uint16,uint16,bool,uint32,uint32))
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
// Solidity: function listing(uint256 listingId) view returns((uint256,uint256,uint32,uint32,uint32,uint32,uint16,uint16,bool,uint32,uint32))
func (leaseMarket *LeaseMarket) TryPackListing(listingId *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("listing", listingId)
}

// UnpackListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84a184de.
//
// Solidity: function listing(uint256 listingId) view returns((uint256,uint256,uint32,uint32,uint32,uint32,uint16,uint16,bool,uint32,uint32))
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

// PackTopUpWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a9387e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function topUpWithAuthorization(uint256 leaseId, uint256 amount, (uint256,uint256,bytes32,uint8,bytes32,bytes32) auth) returns()
func (leaseMarket *LeaseMarket) PackTopUpWithAuthorization(leaseId *big.Int, amount *big.Int, auth LeaseMarketAuthorization) []byte {
	enc, err := leaseMarket.abi.Pack("topUpWithAuthorization", leaseId, amount, auth)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTopUpWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a9387e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function topUpWithAuthorization(uint256 leaseId, uint256 amount, (uint256,uint256,bytes32,uint8,bytes32,bytes32) auth) returns()
func (leaseMarket *LeaseMarket) TryPackTopUpWithAuthorization(leaseId *big.Int, amount *big.Int, auth LeaseMarketAuthorization) ([]byte, error) {
	return leaseMarket.abi.Pack("topUpWithAuthorization", leaseId, amount, auth)
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
	MinPrepaidHours    uint32
	GraceSeconds       uint32
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
// Solidity: event ListingCreated(uint256 indexed listingId, uint256 indexed assetId, address indexed operator, uint32 gpus, uint256 pricePerGpuHour, uint32 minHours, uint32 maxHours, uint16 slaAvailabilityBps, uint16 creditBps, uint32 minPrepaidHours, uint32 graceSeconds)
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
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["DepositShortfall"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackDepositShortfallError(raw[4:])
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
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["GraceTooLong"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackGraceTooLongError(raw[4:])
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
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["InvalidMinPrepaid"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackInvalidMinPrepaidError(raw[4:])
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
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["PriceAboveBound"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackPriceAboveBoundError(raw[4:])
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

// LeaseMarketDepositShortfall represents a DepositShortfall error raised by the LeaseMarket contract.
type LeaseMarketDepositShortfall struct {
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositShortfall(uint256 expected, uint256 received)
func LeaseMarketDepositShortfallErrorID() common.Hash {
	return common.HexToHash("0x8b9ba582806f73243bc1cffa04856dd06780417d04e54adf8ea6ffe59d1ba55d")
}

// UnpackDepositShortfallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositShortfall(uint256 expected, uint256 received)
func (leaseMarket *LeaseMarket) UnpackDepositShortfallError(raw []byte) (*LeaseMarketDepositShortfall, error) {
	out := new(LeaseMarketDepositShortfall)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "DepositShortfall", raw); err != nil {
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

// LeaseMarketGraceTooLong represents a GraceTooLong error raised by the LeaseMarket contract.
type LeaseMarketGraceTooLong struct {
	GraceSeconds uint32
	Max          uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GraceTooLong(uint32 graceSeconds, uint32 max)
func LeaseMarketGraceTooLongErrorID() common.Hash {
	return common.HexToHash("0x47130d55c814c39d92530065721a23a0cff92ac5bbd6df000fd94bd8e873f01a")
}

// UnpackGraceTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GraceTooLong(uint32 graceSeconds, uint32 max)
func (leaseMarket *LeaseMarket) UnpackGraceTooLongError(raw []byte) (*LeaseMarketGraceTooLong, error) {
	out := new(LeaseMarketGraceTooLong)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "GraceTooLong", raw); err != nil {
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

// LeaseMarketInvalidMinPrepaid represents a InvalidMinPrepaid error raised by the LeaseMarket contract.
type LeaseMarketInvalidMinPrepaid struct {
	MinPrepaidHours uint32
	MaxHours        uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMinPrepaid(uint32 minPrepaidHours, uint32 maxHours)
func LeaseMarketInvalidMinPrepaidErrorID() common.Hash {
	return common.HexToHash("0xda76b4b098511e428e35e4ada697331e2135a2571b41c5005e457634ef7052f4")
}

// UnpackInvalidMinPrepaidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMinPrepaid(uint32 minPrepaidHours, uint32 maxHours)
func (leaseMarket *LeaseMarket) UnpackInvalidMinPrepaidError(raw []byte) (*LeaseMarketInvalidMinPrepaid, error) {
	out := new(LeaseMarketInvalidMinPrepaid)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "InvalidMinPrepaid", raw); err != nil {
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
	Due     *big.Int
	Covered *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOverdrawn(uint256 leaseId, uint256 due, uint256 covered)
func LeaseMarketNotOverdrawnErrorID() common.Hash {
	return common.HexToHash("0xc031630f4029036c7549e03d55d3789cf9dbe17855502c766590daf229658706")
}

// UnpackNotOverdrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOverdrawn(uint256 leaseId, uint256 due, uint256 covered)
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

// LeaseMarketPriceAboveBound represents a PriceAboveBound error raised by the LeaseMarket contract.
type LeaseMarketPriceAboveBound struct {
	ListingId          *big.Int
	PricePerGpuHour    *big.Int
	MaxPricePerGpuHour *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceAboveBound(uint256 listingId, uint256 pricePerGpuHour, uint256 maxPricePerGpuHour)
func LeaseMarketPriceAboveBoundErrorID() common.Hash {
	return common.HexToHash("0xb5d4702c254f7974cd670703c5fdec2f7a6a520f18ac7142b71b67f0f0194741")
}

// UnpackPriceAboveBoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceAboveBound(uint256 listingId, uint256 pricePerGpuHour, uint256 maxPricePerGpuHour)
func (leaseMarket *LeaseMarket) UnpackPriceAboveBoundError(raw []byte) (*LeaseMarketPriceAboveBound, error) {
	out := new(LeaseMarketPriceAboveBound)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "PriceAboveBound", raw); err != nil {
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
