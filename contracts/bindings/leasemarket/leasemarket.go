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

// CurveParams is an auto generated low-level Go binding around an user-defined struct.
type CurveParams struct {
	Base             *big.Int
	Floor            *big.Int
	Ceiling          *big.Int
	KinkBps          uint16
	SlopeBelowKink   *big.Int
	SlopeAboveKink   *big.Int
	DecayPerIdleHour *big.Int
}

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

// LeaseMarketUsage is an auto generated low-level Go binding around an user-defined struct.
type LeaseMarketUsage struct {
	Gpus       uint32
	UpdatedAt  uint64
	GpuSeconds *big.Int
	Tracked    bool
}

// LeaseMarketMetaData contains all meta data concerning the LeaseMarket contract.
var LeaseMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"assets_\",\"type\":\"address\"},{\"internalType\":\"contractIRevenueSink\",\"name\":\"revenue_\",\"type\":\"address\"},{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"reportWindow_\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"backstop_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"termCost\",\"type\":\"uint256\"}],\"name\":\"DepositExceedsTerm\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"DepositShortfall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"DepositTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"GraceTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"requested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"available\",\"type\":\"uint32\"}],\"name\":\"InsufficientCapacity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"InvalidBps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"floor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"base\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ceiling\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"kinkBps\",\"type\":\"uint16\"}],\"name\":\"InvalidCurve\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"InvalidGpus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"minPrepaidHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"}],\"name\":\"InvalidMinPrepaid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"}],\"name\":\"InvalidTermBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LeaseNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"requested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"available\",\"type\":\"uint32\"}],\"name\":\"ListingCapacityExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAssetOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"covered\",\"type\":\"uint256\"}],\"name\":\"NotOverdrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRenter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPricePerGpuHour\",\"type\":\"uint256\"}],\"name\":\"PriceAboveBound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"termCost\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TermCostTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"hoursRequested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"}],\"name\":\"TermOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"UnknownLease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"UnknownListing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"WrongAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"previousOracle\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newOracle\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"reportWindow\",\"type\":\"uint64\"}],\"name\":\"AvailabilityOracleChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"LeaseClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"LeaseCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unpaid\",\"type\":\"uint256\"}],\"name\":\"LeaseEnded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"utilisationBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"}],\"name\":\"LeasePriced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LeaseRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"}],\"name\":\"LeaseRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"to\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"}],\"name\":\"LeaseSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LeaseStatusChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"}],\"name\":\"LeaseToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"ListingActiveChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minPrepaidHours\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"}],\"name\":\"ListingCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingCurveCleared\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"base\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"floor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ceiling\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"kinkBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"slopeBelowKink\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slopeAboveKink\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"decayPerIdleHour\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structCurveParams\",\"name\":\"curve\",\"type\":\"tuple\"}],\"name\":\"ListingCurveSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"ListingPriceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"targetBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"}],\"name\":\"SlaCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"since\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"gpuSeconds\",\"type\":\"uint128\"}],\"name\":\"UsageTracked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BACKSTOP_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KEEPER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCHS_PER_SETTLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_GRACE_SECONDS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERM_COST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERM_HOURS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"accruedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"assets\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"availabilityOracle\",\"outputs\":[{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"clearListingCurve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"close\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"minPrepaidHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"base\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"floor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ceiling\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"kinkBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"slopeBelowKink\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slopeAboveKink\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"decayPerIdleHour\",\"type\":\"uint256\"}],\"internalType\":\"structCurveParams\",\"name\":\"curve\",\"type\":\"tuple\"}],\"name\":\"createCurvedListing\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"minPrepaidHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"}],\"name\":\"createListing\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fromHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"hourlyUsage\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"updatedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"gpuSeconds\",\"type\":\"uint128\"},{\"internalType\":\"bool\",\"name\":\"tracked\",\"type\":\"bool\"}],\"internalType\":\"structLeaseMarket.Usage[]\",\"name\":\"records\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hoursTerm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"expired\",\"type\":\"uint256[]\"}],\"name\":\"lease\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leaseCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"leaseInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"settledUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"listingId\",\"type\":\"uint64\"},{\"internalType\":\"enumLeaseMarket.LeaseStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumLeaseMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"retired\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"}],\"internalType\":\"structLeaseMarket.Lease\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hoursTerm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"expired\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structLeaseMarket.Authorization\",\"name\":\"auth\",\"type\":\"tuple\"}],\"name\":\"leaseWithAuthorization\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"leasedGpus\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"listing\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"leasedGpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxHours\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slaAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"creditBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"minPrepaidHours\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"}],\"internalType\":\"structLeaseMarket.Listing\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"listingCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"listingCurve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"curved\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"base\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"floor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ceiling\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"kinkBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"slopeBelowKink\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slopeAboveKink\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"decayPerIdleHour\",\"type\":\"uint256\"}],\"internalType\":\"structCurveParams\",\"name\":\"curve\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"setAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hoursTerm\",\"type\":\"uint32\"}],\"name\":\"quote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reportWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"leaseIds\",\"type\":\"uint256[]\"}],\"name\":\"retire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revenue\",\"outputs\":[{\"internalType\":\"contractIRevenueSink\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIAvailabilityOracle\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"reportWindow_\",\"type\":\"uint64\"}],\"name\":\"setAvailabilityOracle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setListingActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"base\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"floor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ceiling\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"kinkBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"slopeBelowKink\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slopeAboveKink\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"decayPerIdleHour\",\"type\":\"uint256\"}],\"internalType\":\"structCurveParams\",\"name\":\"curve\",\"type\":\"tuple\"}],\"name\":\"setListingCurve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGpuHour\",\"type\":\"uint256\"}],\"name\":\"setListingPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"leaseIds\",\"type\":\"uint256[]\"}],\"name\":\"settleMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stablecoin\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structLeaseMarket.Authorization\",\"name\":\"auth\",\"type\":\"tuple\"}],\"name\":\"topUpWithAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"track\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"updatedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"gpuSeconds\",\"type\":\"uint128\"},{\"internalType\":\"bool\",\"name\":\"tracked\",\"type\":\"bool\"}],\"internalType\":\"structLeaseMarket.Usage\",\"name\":\"u\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"usageOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"updatedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"gpuSeconds\",\"type\":\"uint128\"},{\"internalType\":\"bool\",\"name\":\"tracked\",\"type\":\"bool\"}],\"internalType\":\"structLeaseMarket.Usage\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "LeaseMarket",
	Bin: "0x60e03461026f57601f61574638819003918201601f19168301916001600160401b038311848410176102735780849260e09460405283398101031261026f5761004781610287565b60208201516001600160a01b03811692919083810361026f5760408301516001600160a01b0381169490919085830361026f576060850151946001600160a01b03861680870361026f5760808201516001600160a01b0381169390919084830361026f5760a08401516001600160401b0381169490929085840361026f5760c06100d19101610287565b9a6001600160a01b038a1615928315610266575b50821561025d575b508115610254575b506102455761018b977f73d19c6790dafa46d79db4b2165902f7443ae46badebd534520cfb27f8891cbf9660609660805260a05260c05260015490600160a81b600160e81b039060a81b1691610100600160a81b039060081b1690610100600160e81b0319161717600155604051915f835260208301526040820152a161017b8161029b565b5061018581610311565b506103a4565b506001600160a01b038116610235575b6040516151db90816104cb823960805181818161042f015281816112d601528181612363015281816149840152614cdd015260a0518181816118b10152818161291b01528181612e39015281816133c20152818161395401526140c7015260c0518181816113af015281816119c801528181611e8d01528181612440015281816127a2015281816136bd0152818161374901526149570152f35b61023e90610437565b505f61019b565b63d92e233d60e01b5f5260045ffd5b9050155f6100f5565b1591505f6100ed565b1592505f6100e5565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b038216820361026f57565b6001600160a01b0381165f9081525f5160206157265f395f51905f52602052604090205460ff1661030c576001600160a01b03165f8181525f5160206157265f395f51905f5260205260408120805460ff191660011790553391905f5160206156a65f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206156c65f395f51905f52602052604090205460ff1661030c576001600160a01b03165f8181525f5160206156c65f395f51905f5260205260408120805460ff191660011790553391907f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e1905f5160206156a65f395f51905f529080a4600190565b6001600160a01b0381165f9081525f5160206156e65f395f51905f52602052604090205460ff1661030c576001600160a01b03165f8181525f5160206156e65f395f51905f5260205260408120805460ff191660011790553391907ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab905f5160206156a65f395f51905f529080a4600190565b6001600160a01b0381165f9081525f5160206157065f395f51905f52602052604090205460ff1661030c576001600160a01b03165f8181525f5160206157065f395f51905f5260205260408120805460ff191660011790553391907f48a722d3e4f1171dad0986bff1e04fd600ad9b0f6b9863f2bdddb24a13550f78905f5160206156a65f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714612a9b57508063079c706914612a415780630aebeb4e146125f65780631a17eb0b146122eb578063248a9ca3146122c05780632d2a8d9c1461228c5780632f2ff15d1461225c57806334e468ba14611f30578063364bc15a14611ef557806336568abe14611ebc5780633e9491a214611e775780633f4ba83a14611e0f5780634129728114611df25780634420e74314611dc557806344a0623514611da957806351049c1114611d455780635549756c14611cbd5780635682449814611c825780635ba3107b146119635780635c975abb14611940578063654777da146118e057806371a973051461189b5780637b2cdcfa14611836578063805b6f22146117cf5780638456cb591461177557806384a184de146115de5780638df82800146115af57806391d14854146115735780639a9387e2146112805780639b580b7814610ecd578063a116633814610da4578063a217fddf14610d88578063a62ab01314610d58578063a6847e7014610c2c578063a9b07c2614610c0e578063ade6584f14610b87578063af40e19f14610821578063b4c0498b14610803578063c58f6a7c146107e1578063caee9285146107c3578063d547741f1461078a578063d57b480414610760578063d6f0d39f14610725578063d849ce2d14610670578063d93f15ab146105f0578063dadb5e2d146104ac578063de643a711461045e578063e9cbd822146104195763f73f9e1514610239575f80fd5b3461041657602036600319011261041657600435906102566132ec565b507f48a722d3e4f1171dad0986bff1e04fd600ad9b0f6b9863f2bdddb24a13550f78815260208181526040808320335f908152925290205460ff16156103df5781608092825260066020527f304388cd96595d2f6e67b121e9cabfab08f06ec5eb3a4c73421de2e0066fe2f7606060408420936001600160801b0360ff60405180976102e182612cd1565b5460406001600160401b0363ffffffff83168085528661034b610342848760201c16938561033b61033460208c019b888d528a81019b6060818a911c168d52606082019e8f9160e01c1615159052614aaf565b9687613310565b1690613330565b82875116613353565b1684521695868452600185528981526006602052209063ffffffff8a51169263ffffffff841663ffffffff1984541617835551906bffffffffffffffff00000000835491519560ff60e01b9051151560e01b169260201b169063ffffffff62ffffff60e81b01161785881b85891b16171790556040519384526020840152166040820152a26103dd6040518092612c2d565bf35b63e2517d3f60e01b8152336004527f48a722d3e4f1171dad0986bff1e04fd600ad9b0f6b9863f2bdddb24a13550f78602452604490fd5b80fd5b50346104165780600319360112610416576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346104165761049961047036612bf5565b90610479613444565b6104816134b5565b61049461048e8383614804565b92614940565b613693565b805f5160206151865f395f51905f525d80f35b5034610416576060366003190112610416576004356044356024356104d082612d68565b926104de6040519485612d08565b828452601f196104ed84612d68565b01855b8181106105d9575050845b838110610553578486604051918291602083016020845282518091526020604085019301915b81811061052f575050500390f35b9193509160206080826105456001948851612c2d565b019401910191849392610521565b60019082875260076020526040872061056c8286612df7565b88526020526040872060ff6040519161058483612cd1565b5463ffffffff811683526001600160401b038160201c1660208401526001600160801b038160601c16604084015260e01c16151560608201526105c78288612dd5565b526105d28187612dd5565b50016104fb565b6020906105e46132ec565b828289010152016104f0565b503461041657602036600319011261041657604060809161060f6132ec565b50600435815260066020522060ff6040519161062a83612cd1565b5463ffffffff811683526001600160401b038160201c1660208401526001600160801b038160601c16604084015260e01c16151560608201526103dd6040518092612c2d565b5034610416576020366003190112610416576004356001600160401b038111610721576106a1903690600401612b61565b82915b8184106106af578280f35b6106c36106bd858484612db1565b35613479565b936001600160401b03600186015460401c1642811161070057506106f78394956106f1838596600196612db1565b356135a7565b019291906106a4565b926044955061070e92612db1565b637c683ddf60e01b835235600452602452fd5b5080fd5b503461041657806003193601126104165760206040517f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e18152f35b503461041657806003193601126104165760206001600160401b0360015460a81c16604051908152f35b5034610416576107bf61079c36612b91565b906107ba6107b5825f525f602052600160405f20015490565b613e97565b613f85565b5080f35b50346104165780600319360112610416576020604051620151808152f35b503461041657806003193601126104165760206040516001600160501b038152f35b50346104165780600319360112610416576020600354604051908152f35b5034610416576101003660031901126104165760043560e03660231901126107215761085561084f82613373565b546133a6565b60443580151580610b7b575b80610b6d575b80610b5a575b80610b41575b80610b21575b80610b0e575b80610afb575b80610ae8575b15610aa3578260e060405161089f81612cec565b8281528260208201528260408201528260608201528260808201528260a08201528260c082015201526024359060643560843561ffff8116808203610a9f5760a4359160c4359360e43595848988888d604051908d6108fd83612cec565b6001600160501b03168252602082016001600160501b038816815260408301906001600160501b038a16825260608401928c845260808501986001600160501b0316895260a08501956001600160501b0316865260c085019666ffffffffffffff16875260e08501974264ffffffffff168952815260086020526040902093516001600160501b03166001600160501b03166001600160501b0319855416178455516001600160501b03166109b29084614911565b51825491516001600160a01b0390921660a09190911b69ffffffffffffffffffff60a01b161760f09190911b6001600160f01b03191617815593516001909401805469ffffffffffffffffffff19166001600160501b0395861617815590519093610a1e911684614911565b519082549064ffffffffff60d81b905160d81b169166ffffffffffffff60a01b9060a01b1690600160a01b60019003161717905560405197885260208801526040870152506060850152608084015260a083015260c082015260e07f8bba21cab6437fc9223352153de76f0bbd573aaf4eea5667bcec6cd691a6e25a91a280f35b8680fd5b905060843561ffff811690818103610ae4576084935050604051916347980dcf60e01b83526004830152602435602483015260643560448301526064820152fd5b8380fd5b5066ffffffffffffff60e435111561088b565b506001600160501b0360c4351115610885565b506001600160501b0360a435111561087f565b5060843561ffff8116808203610b3d5761271091501115610879565b8480fd5b5060843561ffff811690818103610b3d57501515610873565b506001600160501b03606435111561086d565b506064356024351115610867565b50602435811115610861565b50346104165760c036600319011261041657610ba1612aee565b610ba9612b01565b6064359160a4356001600160401b038111610b3d578360209593610bf793610bd861048e943690600401612b61565b939092610be3613444565b610beb6134b5565b6084359260043561383c565b5f5160206151865f395f51905f525d604051908152f35b50346104165780600319360112610416576020600254604051908152f35b503461041657602036600319011261041657610c6a604061012092600435610c5261322c565b50610c5c81613373565b508152600860205220613262565b604081016001600160501b03815116151591610c8461322c565b506001600160501b03815116916001600160501b038060208401511691511661ffff806060850151166001600160501b03608086015116926001600160501b0360a0870151169464ffffffffff60e066ffffffffffffff60c08a015116986040519a610cef8c612cb6565b8b5260208b0193845260408b0194855260608b0195865260808b0197885260a08b0198895260c08b01998a5201511697604051998a525160208a0152516040890152516060880152511660808601525160a08501525160c08401525160e0830152610100820152f35b50346104165760203660031901126104165763ffffffff6040602092600435815260068452205416604051908152f35b5034610416578060031936011261041657602090604051908152f35b5034610416576040366003190112610416576004356001600160a01b038116808203610ec957610dd2612bdf565b610dda613e28565b81610e69575b7f73d19c6790dafa46d79db4b2165902f7443ae46badebd534520cfb27f8891cbf6060600154936040519060018060a01b038660081c16825260208201526001600160401b0384166040820152a1610100600160e81b031990911660089290921b610100600160a81b03169190911760a89190911b67ffffffffffffffff60a81b161760015580f35b60408051639cf9a32760e01b81529081600481865afa8015610ebe57610e90575b50610de0565b610eb19060403d604011610eb7575b610ea98183612d08565b810190613208565b50610e8a565b503d610e9f565b6040513d87823e3d90fd5b8280fd5b50346104165761020036600319011261041657610ee8612aee565b610ef0612b14565b610ef8612b27565b610f00612c0b565b610f08612c1c565b90610f11612b3a565b92610f1a612b4d565b9460e03661012319011261127c57610f389660443590600435612e04565b610144358015158061126f575b8061125f575b8061124b575b80611231575b80611214575b80611200575b806111ec575b806111d8575b15611194578260e0604051610f8381612cec565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201520152610124359061016435610184359461ffff861680870361072157868697506101a435926101c435946101e43596858a89896040518d610fea82612cec565b6001600160501b03168152602081016001600160501b0387168152604082016001600160501b038916815260608301918c835260808401976001600160501b0316885260a08401946001600160501b0316855260c084019566ffffffffffffff16865260e08401964264ffffffffff1688528b52600860205260408b2093516001600160501b03166001600160501b03166001600160501b0319855416178455516001600160501b031661109e9084614911565b51825491516001600160a01b0390921660a09190911b69ffffffffffffffffffff60a01b161760f09190911b6001600160f01b03191617815593516001909401805469ffffffffffffffffffff19166001600160501b039586161781559051909361110a911684614911565b519082549064ffffffffff60d81b905160d81b169166ffffffffffffff60a01b9060a01b1690600160a01b6001900316171790556040519889526020890152604088015250506060850152608084015260a083015260c082015260e07f8bba21cab6437fc9223352153de76f0bbd573aaf4eea5667bcec6cd691a6e25a91a2604051908152602090f35b90506101843561ffff811690818103610ae4576084935050604051916347980dcf60e01b835260048301526101243560248301526101643560448301526064820152fd5b5066ffffffffffffff6101e4351115610f6f565b506001600160501b036101c4351115610f69565b506001600160501b036101a4351115610f63565b506101843561ffff8116808203610b3d5761271091501115610f5d565b506101843561ffff811690818103610b3d57501515610f57565b506001600160501b03610164351115610f51565b5061016435610124351115610f4b565b5061012435811115610f45565b8780fd5b5034610416576101003660031901126104165760043560243560c0366043190112610ec9576112ad613444565b6112b56134b5565b6112bf8183614804565b6040516370a0823160e01b815230600482015290917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03811692602081602481875afa908115611568578791611536575b5060a43560ff811680910361127c57843b1561127c57604051906377aadf6360e11b82523360048301523060248301528460448301526044356064830152606435608483015260843560a483015260c482015260c43560e482015260e43561010482015287808261012481838a5af1918215611529578592611510575b50506113a09130614cb2565b6040516370a0823160e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031660048201819052939091602083602481855afa9283156115055788936114cd575b506040519063a9059cbb60e01b8952856004528460245260208960448180855af19060018a51148216156114ae575b50906040521561149c5750906114408184938895614cb2565b813b15610ec9578291602483926040519485938492630cf5e68560e41b845260048401525af180156114915761147c575b505061049991613693565b8161148691612d08565b610ec957825f611471565b6040513d84823e3d90fd5b635274afe760e01b8752600452602486fd5b60018215166114c4573b15153d1516165f611427565b823d8b823e3d90fd5b9092506020813d6020116114fd575b816114e960209383612d08565b810103126114f95751915f6113f8565b5f80fd5b3d91506114dc565b6040513d8a823e3d90fd5b8192509061151d91612d08565b610a9f5782875f611394565b50604051903d90823e3d90fd5b90506020813d602011611560575b8161155160209383612d08565b810103126114f957515f611317565b3d9150611544565b6040513d89823e3d90fd5b503461041657604061158436612b91565b9290815280602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b5034610416576020366003190112610416576104996004356115cf613444565b6115d881613479565b90613693565b5034610416576020366003190112610416576040516115fc81612c9a565b8181528160208201528160408201528160608201528160808201528160a08201528160c08201528160e08201528161010082015281610120820152610140015260043561164890613373565b6040519061165582612c9a565b8054918281526001820154916020820192835260020154916040820163ffffffff84168152606083018460201c63ffffffff168152608084018560401c63ffffffff16815260a08501908660601c63ffffffff16825260c08601928760801c61ffff16845260e08701948860901c61ffff1686526101008801968960a01c60ff16151588526101208901988a60a81c63ffffffff168a52610140019960c81c63ffffffff168a526040519a8b525160208b01525163ffffffff1660408a01525163ffffffff1660608901525163ffffffff1660808801525163ffffffff1660a08701525161ffff1660c08601525161ffff1660e08501525115156101008401525163ffffffff166101208301525163ffffffff1661014082015261016090f35b503461041657806003193601126104165761178e613e28565b6117966134b5565b600160ff19815416176001557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a180f35b50346104165761012036600319011261041657602061182e6117ef612aee565b6117f7612b14565b6117ff612b27565b611807612c0b565b61180f612c1c565b91611818612b3a565b93611821612b4d565b9560443590600435612e04565b604051908152f35b50346104165761184536612bf5565b90600161185182613373565b61185b81546133a6565b611864846147d4565b01907fca6208d406c3c4ef53bee1c4cb9ee3281e68a24ceba350b3a324c05d964f69aa604083548151908152856020820152a25580f35b50346104165780600319360112610416576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346104165760403660031901126104165761182e602091611900612bdf565b61190b600435613479565b916001600160401b03600184015460401c169050806001600160401b038316105f146119385750906137c0565b9050906137c0565b5034610416578060031936011261041657602060ff600154166040519015158152f35b5034610416576020366003190112610416576004356001600160401b03811161072157611994903690600401612b61565b61199c613444565b6119a581612d7f565b6119ae82612d7f565b916119b881612d7f565b92858091815b848110611b2e57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031694825b848110611ac35750505090505b818110611a1b5785805f5160206151865f395f51905f525d80f35b611a258185612dd5565b51611a33575b600101611a00565b611a3e818387612db1565b3586526005602052604086205486906001600160a01b0316611a608387612dd5565b5190853b15610ec95760405163599efa6b60e01b81526001600160a01b039190911660048201526024810191909152818160448183895af1801561149157611aaa575b5050611a2b565b81611ab491612d08565b611abf57855f611aa3565b8580fd5b611acd8183612dd5565b51611ad88285612dd5565b51883b15611abf576040519163726300c760e01b8352600483015260248201528481604481838c5af1908115610ebe578591611b19575b50506001016119f3565b81611b2391612d08565b610ae457835f611b0f565b909150611b3f818589979597612db1565b35885260056020526040882060ff600182015460801c166005811015611c6e578015908115611c63575b50611c5a57611b8381611b7d84888c612db1565b356142ec565b611b90848a949394612dd5565b528115611c5057600201546001600160401b031686158015611c1d575b611c03575b505f19860190868211611bef5790611be1611bda60019493611bd48488612dd5565b51612df7565b9185612dd5565b525b019087919492946119be565b634e487b7160e01b8a52601160045260248afd5b611c16611c0f88612de9565b9786612dd5565b525f611bb2565b505f198701878111611c3c57611c34829187612dd5565b511415611bad565b634e487b7160e01b8b52601160045260248bfd5b5050600190611be3565b50600190611be3565b60049150145f611b69565b634e487b7160e01b8a52602160045260248afd5b503461041657806003193601126104165760206040517f48a722d3e4f1171dad0986bff1e04fd600ad9b0f6b9863f2bdddb24a13550f788152f35b50346104165760403660031901126104165760043560243580151590818103610ae4577ff295852ced4f050f8d9ce31d2d9f4dfb0ac5ef45599c5055ae04a6bd80c7f0b691611d3b6020926002611d1387613373565b611d1d81546133a6565b01805460ff60a01b191691151560a01b60ff60a01b16919091179055565b604051908152a280f35b5034610416576060366003190112610416576040600435611d9d611d67612aee565b9163ffffffff611d9581611d8c611d7c612b01565b94611d8681613373565b90614023565b50951685612d55565b911690612d55565b82519182526020820152f35b5034610416578060031936011261041657602060405160a88152f35b503461041657806003193601126104165760015460405160089190911c6001600160a01b03168152602090f35b503461041657806003193601126104165760206040516122388152f35b5034610416578060031936011261041657611e28613e28565b60015460ff811615611e685760ff19166001557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a180f35b638dfc202b60e01b8252600482fd5b50346104165780600319360112610416576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461041657611ecb36612b91565b90336001600160a01b03831603611ee657906107bf91613f85565b63334bd91960e11b8352600483fd5b503461041657806003193601126104165760206040517ffc8737ab85eb45125971625a9ebdb75cc78e01d5c1fa80c4c6e5203f47bc4fab8152f35b50346104165760203660031901126104165780610220604051611f5281612c6a565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e0820152826102008201520152611fcb600435613479565b90815490600183015463ffffffff8360a01c169360038101549460ff8360801c169260ff8160881c166002840154958315612248576001600160601b03600461201387613f57565b9601541695604051986120258a612c6a565b6001600160a01b0381168a526001600160401b0385811660208c01526040808c0188905286901c1660608b015260c08b811c60808c01521c60a08a015260058110156122345760c089015260048210156122205750610240979263ffffffff6001600160601b039593869360e08b015260ff8160901c1615156101008b015261ffff8160981c166101208b015261ffff8160a81c166101408b015260b81c166101608901526001600160401b038716610180890152818760401c1604166101a08701526101c086015260601c166101e084015261020083015260a01c6102208201526102206040519160018060a01b0381511683526001600160401b03602082015116602084015263ffffffff60408201511660408401526001600160401b0360608201511660608401526001600160401b0360808201511660808401526001600160401b0360a08201511660a084015261218860c082015160c0850190612bc5565b61219a60e082015160e0850190612bd2565b610100810151151561010084015261ffff6101208201511661012084015261ffff6101408201511661014084015263ffffffff610160820151166101608401526101808101516101808401526101a08101516101a08401526101c08101516101c08401526101e08101516101e08401526102008101516102008401520151610220820152f35b634e487b7160e01b81526021600452602490fd5b634e487b7160e01b82526021600452602482fd5b634e487b7160e01b81526012600452602490fd5b5034610416576107bf61226e36612b91565b906122876107b5825f525f602052600160405f20015490565b613ecf565b50346104165760203660031901126104165760206001600160601b0360036122b5600435613479565b015416604051908152f35b503461041657602036600319011261041657602061182e6004355f525f602052600160405f20015490565b50346104165761018036600319011261041657612306612aee565b61230e612b01565b6064359160a4356001600160401b038111610b3d57612331903690600401612b61565b9160c03660c3190112611abf578461234b94610be3613444565b6040516370a0823160e01b81523060048201529091907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03811691602081602481865afa9081156125eb5786916125b9575b506101243560ff8116809103610a9f57833b15610a9f57604051906377aadf6360e11b825233600483015230602483015285604483015260c435606483015260e43560848301526101043560a483015260c48201526101443560e4820152610164356101048201528680826101248183895af19182156115295786926125a0575b50506124319130614cb2565b6040516370a0823160e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031660048201819052929091602083602481855afa92831561156857879361256c575b506040519063a9059cbb60e01b8852846004528560245260208860448180855af190600189511482161561254d575b50906040521561253b5750906124d18386949383614cb2565b803b15610ec957602483926040519485938492630cf5e68560e41b845260048401525af180156125305761251b575b506020915f5160206151865f395f51905f525d604051908152f35b612526838092612d08565b610721575f612500565b6040513d85823e3d90fd5b635274afe760e01b8652600452602485fd5b6001821516612563573b15153d1516165f6124b8565b823d8a823e3d90fd5b9092506020813d602011612598575b8161258860209383612d08565b810103126114f95751915f612489565b3d915061257b565b819250906125ad91612d08565b611abf5783865f612425565b90506020813d6020116125e3575b816125d460209383612d08565b810103126114f957515f6123a4565b3d91506125c7565b6040513d88823e3d90fd5b50346114f95760203660031901126114f957600435612613613444565b61261c81613479565b9060018201805460ff8160801c16600581101561284957600181141580612a36575b612a1a57508354336001600160a01b03909116036128e9576002905b6001600160401b038042169160401c16811061285d575b505061267d83836135a7565b6126878383613693565b5460ff8160801c166005811015612849576003146126b4575b83805f5160206151865f395f51905f525d80f35b6001600160401b036126ca9160401c16836137c0565b9160038101926001600160601b036126f18554926126eb8460c01c866137c0565b90612d48565b911690808211612703575b50506126a0565b61270d9082612d48565b936001600160601b0385168092036001600160601b038111612835576001600160601b03166001600160601b03198254161790556001600160601b0361275a6004840192828454166137fc565b166001600160601b031982541617905560018060a01b0390541680917f144f9107c072bd1a844a52929e755a1d1cbd763b0779f30150148913c1430dee6020604051868152a37f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691823b156114f95760405163599efa6b60e01b81526001600160a01b039290921660048301526024820152905f908290604490829084905af1801561282a57612817575b808080806126fc565b61282391505f90612d08565b5f5f61280e565b6040513d5f823e3d90fd5b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b82546fffffffffffffffff00000000000000001916604082901b67ffffffffffffffff60401b16178355600482101561284957825460ff60881b1916608883901b60ff60881b16178355604051916128b6908390612bd2565b6020820152827fe9fbe617f44eb517fb375566039fc395118b1abd7a8e781cacd97c2dda7cae0260403393a35f80612671565b600284015460405163f41875e160e01b81526001600160401b0390911660048201526020816024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561282a575f916129eb575b506001600160a01b0316331415806129b3575b61299c5761296a6134b5565b612973846134d0565b911561298357505060039061265a565b8463c031630f60e01b5f5260045260245260445260645ffd5b8263c2a1c59f60e01b5f526004523360245260445ffd5b50335f9081527f0363fc6b1c9d3a5e0ab0c2ddc08deb0f30108829db06e84f370d2858ffe78c46602052604090205460ff161561295e565b612a0d915060203d602011612a13575b612a058183612d08565b810190612d29565b5f61294b565b503d6129fb565b62c0674b60e11b5f526004849052612a3190612bb7565b60445ffd5b50600281141561263e565b346114f95760203660031901126114f957600435612a6161084f82613373565b805f5260086020525f60016040822082815501557f900fb52828254595fede16198aa3f677d17cebe95577122d0326b877451126f85f80a2005b346114f95760203660031901126114f9576004359063ffffffff60e01b82168092036114f957602091637965db0b60e01b8114908115612add575b5015158152f35b6301ffc9a760e01b14905083612ad6565b6024359063ffffffff821682036114f957565b6044359063ffffffff821682036114f957565b6064359063ffffffff821682036114f957565b6084359063ffffffff821682036114f957565b60e4359063ffffffff821682036114f957565b610104359063ffffffff821682036114f957565b9181601f840112156114f9578235916001600160401b0383116114f9576020808501948460051b0101116114f957565b60409060031901126114f957600435906024356001600160a01b03811681036114f95790565b600581101561284957602452565b9060058210156128495752565b9060048210156128495752565b602435906001600160401b03821682036114f957565b60409060031901126114f9576004359060243590565b60a4359061ffff821682036114f957565b60c4359061ffff821682036114f957565b6060809163ffffffff81511684526001600160401b0360208201511660208501526001600160801b03604082015116604085015201511515910152565b61024081019081106001600160401b03821117612c8657604052565b634e487b7160e01b5f52604160045260245ffd5b61016081019081106001600160401b03821117612c8657604052565b60e081019081106001600160401b03821117612c8657604052565b608081019081106001600160401b03821117612c8657604052565b61010081019081106001600160401b03821117612c8657604052565b90601f801991011681019081106001600160401b03821117612c8657604052565b908160209103126114f957516001600160a01b03811681036114f95790565b9190820391821161283557565b8181029291811591840414171561283557565b6001600160401b038111612c865760051b60200190565b90612d8982612d68565b612d966040519182612d08565b8281528092612da7601f1991612d68565b0190602036910137565b9190811015612dc15760051b0190565b634e487b7160e01b5f52603260045260245ffd5b8051821015612dc15760209160051b010190565b5f1981146128355760010190565b9190820180921161283557565b95919793909692612e136134b5565b612e1c876133a6565b6040516330e7408160e01b815260048101889052976020896024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa98891561282a575f996131a1575b5063ffffffff169788158015613192575b613175575063ffffffff90612e968a6147d4565b169485158015613166575b8015613155575b6131385761ffff169161271083116131255761ffff169261271084116131125763ffffffff169384158015613103575b6130e65763ffffffff16946201518086116130cc57600254612ef990612de9565b98896002558887878c60405196612f0f88612c9a565b8c8852898960208a0199888b5260408101978852606081015f815260808201918b835260a081019563ffffffff169c8d875260c0820194855260e08201958652610100820197600189526101208301998a5261014083019a8b525f52600460205260405f2091518255516001820155600201985163ffffffff1663ffffffff1663ffffffff198a54161789555163ffffffff16612fc990899067ffffffff0000000082549160201b169067ffffffff000000001916179055565b518754935191519251945174ffffffffffffffffffffffffff0000000000000000199094166bffffffff000000000000000060409290921b919091161760609190911b63ffffffff60601b161760809190911b61ffff60801b161760909290921b61ffff60901b169190911790151560a01b60ff60a01b16178355519082549063ffffffff60c81b905160c81b169163ffffffff60a81b9060a81b16906001600160401b0360a81b191617179055604051988952602089015260408801526060870152608086015260a085015260c084015260e08301528233926101007f5f4669bf218c4af02cc114105e4d74766dbc1240bd0628c608e5a87f934cf7fb91a490565b856347130d5560e01b5f526004526201518060245260445ffd5b63ffffffff8286630da76b4b60e41b5f526004521660245260445ffd5b5063ffffffff82168511612ed8565b83632b84a55760e11b5f5260045260245ffd5b82632b84a55760e11b5f5260045260245ffd5b63ffffffff8287630400dcc760e41b5f526004521660245260445ffd5b5061223863ffffffff831611612ea8565b5063ffffffff82168611612ea1565b63ffffffff908963d17660b160e01b5f526004521660245260445ffd5b5063ffffffff81168911612e82565b63ffffffff9199506131ca9060203d6020116131d1575b6131c28183612d08565b8101906131d8565b9890612e71565b503d6131b8565b908160209103126114f9575163ffffffff811681036114f95790565b51906001600160401b03821682036114f957565b91908260409103126114f9576132296020613222846131f4565b93016131f4565b90565b6040519061323982612cb6565b5f60c0838281528260208201528260408201528260608201528260808201528260a08201520152565b9060405161326f81612cec565b60e06001829480546001600160501b03811685526001600160501b038160501c1660208601526001600160501b038160a01c16604086015260f01c606085015201546001600160501b03811660808401526001600160501b038160501c1660a084015266ffffffffffffff8160a01c1660c084015260d81c910152565b604051906132f982612cd1565b5f6060838281528260208201528260408201520152565b906001600160401b03809116911603906001600160401b03821161283557565b906001600160801b03809116911602906001600160801b03821691820361283557565b906001600160801b03809116911601906001600160801b03821161283557565b90815f52600460205260405f209163ffffffff600284015416156133945750565b6358a30b2d60e11b5f5260045260245ffd5b60405163f41875e160e01b8152600481018290526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561282a575f91613425575b50336001600160a01b039091160361340f5750565b6364dbbffd60e11b5f526004523360245260445ffd5b61343e915060203d602011612a1357612a058183612d08565b5f6133fa565b5f5160206151865f395f51905f525c61346a5760015f5160206151865f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b90815f52600560205260405f209160ff600184015460801c16600581101561284957156134a35750565b6327e68ea560e21b5f5260045260245ffd5b60ff600154166134c157565b63d93c066560e01b5f5260045ffd5b6134ed60038201546001600160601b03808260601c169116612df7565b60016135026002840154928360a01c90612df7565b9201549063ffffffff8260b81c16906001600160401b0383166135258382612df7565b4210613582576001600160401b036135666001600160601b0392610e109683806135526135719942612d48565b169160401c168082101561357b5750613310565b169160401c16612d55565b0491818311929190565b9050613310565b505050505f915f9190565b9063ffffffff8091169116039063ffffffff821161283557565b60018201805460ff8160901c1661368d57600160901b9060ff60901b191617905561361d82548060c01c5f5260046020526135fc63ffffffff600260405f20019260a01c1663ffffffff835460201c1661358d565b67ffffffff0000000082549160201b169067ffffffff000000001916179055565b7f5136b23211cd2ead287e3c1b3203d39dd5575113082bcab9cec7f8837c1060bc602063ffffffff6001600160401b036002860161367c82825416805f52600686526136768560405f205416868b5460a01c169061358d565b90614ad2565b5416945460a01c16604051908152a3565b50505050565b8161369d916142ec565b90915f928061373a575b50816136b257505050565b546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169116813b15610ae45760405163599efa6b60e01b81526001600160a01b03919091166004820152602481019290925282908290604490829084905af1801561149157613728575050565b613733828092612d08565b6104165750565b60028201546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016916001600160401b0390911690823b156114f95760445f9283604051958694859363726300c760e01b8552600485015260248401525af1801561282a57156136a7576137b89193505f90612d08565b5f915f6136a7565b6137f8906001600160401b036137f1610e10948260016001600160601b03600287015460401c169501541690613310565b1690612d55565b0490565b906001600160601b03809116911601906001600160601b03821161283557565b906001600160401b03809116911601906001600160401b03821161283557565b9496959093919661384c86613373565b93600285019586549960ff8b60a01c1615613e155761386b878a614023565b979096808811613dfb575063ffffffff808d60401c169216918083108015613de9575b613dc5575063ffffffff8316948515613da857826138ac8988612d55565b809e60a81c63ffffffff1680831081841802186138c99082612d55565b916138d391612d55565b906001600160501b038211613d8a57808710613d745750808611613d5e57508154965f5b818110613cc85750505088549063ffffffff8083169260201c1680928181115f14613cbb5763ffffffff9161392b9161358d565b16808711613ca1575080546040516330e7408160e01b81526004810182905292906020846024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa93841561282a575f94613c80575b50805f52600660205263ffffffff60405f20541680948163ffffffff8216115f14613c735763ffffffff916139c09161358d565b1690818911613c59575050846139e993926139e28d6135fc8461367696614c98565b5492614c98565b6139f4600354612de9565b9788600355889b610e106001600160401b0342169302916001600160401b03831692830361283557613a278c938561381c565b5f8c815260056020526040908190206001810180546fffffffffffffffffffffffffffffffff19166001600160401b038916179284901b67ffffffffffffffff60401b169290921782556003810180546001600160c01b03166001600160c01b031960c08a811b82169290921783553360a09b909b1b63ffffffff60a01b169a909a1797901b909816959095178555909593918154600160801b60ff60801b19821681178455825461ffff60981b601891821b1664ffff0000ff60801b198416811783178655845461ffff60a81b921b9190911666ffffffff0000ff60801b1984168217811783178655935463ffffffff60b81b60109190911c166affffffffffffffff0000ff60801b1990931617909217171790556001600160401b038811613c415760020180546001600160a01b0319166001600160401b03808a1691909117604093841b73ffffffffffffffffffffffff0000000000000000161790915582546bffffffffffffffffffffffff19166001600160601b03871617909255805133815260208101969096528501879052606085019190915216608083015260a0820152859085907faa6d25debb9d61c366864c799025293028287504be3439700d7820e4301f40219060c090a460018201613c045750505050565b7f2e0dd0e502fc9bc28baa02b349182e56e7aaeff2a9dcb32538634c151f01c0cf9160409161ffff8351921682526020820152a35f80808061368d565b876306dfcc6560e41b5f52604060045260245260445ffd5b8890637172fddf60e01b5f5260045260245260445260645ffd5b505063ffffffff5f6139c0565b613c9a91945060203d6020116131d1576131c28183612d08565b925f61398c565b868c6338fef1dd60e21b5f5260045260245260445260645ffd5b505063ffffffff5f61392b565b613cd66106bd828486612db1565b896001600160401b0360028301541603613d3c576001600160401b03600182015460401c16428111613d1b575090613d156001926106f1838688612db1565b016138f7565b613d26838587612db1565b35637c683ddf60e01b5f5260045260245260445ffd5b50613d48918993612db1565b3563061a06c760e31b5f5260045260245260445ffd5b85634021c6cb60e01b5f5260045260245260445ffd5b8663253bf97d60e11b5f5260045260245260445ffd5b506303d17b0560e51b5f526004526001600160501b0360245260445ffd5b63ffffffff8d8763d17660b160e01b5f526004521660245260445ffd5b8c63ffffffff9184630646976760e21b5f5260045260245260601c1660445260645ffd5b5063ffffffff8d60601c16831161388e565b878b632d751c0b60e21b5f5260045260245260445260645ffd5b8863161bec9760e01b5f5260045260245ffd5b335f9081527f8522cc959b5f1324f2d3217a190156abffac5c53b78a18e2178efd09ba8b42b2602052604090205460ff1615613e6057565b63e2517d3f60e01b5f52336004527f3fb0aaa9e8051cfc6c234a5d843bed33910f70c647055f27247c10144c7552e160245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615613eb95750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16613f51575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b613229906001600160601b036004613f7b600384015483808260601c169116612df7565b9201541690612df7565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615613f51575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b811561400f570490565b634e487b7160e01b5f52601260045260245ffd5b5f52600860205260405f206001600160501b03815460a01c16156142e15761404a90613262565b905490815f52600660205260405f206040519061406682612cd1565b549263ffffffff841680835260ff60208401956001600160401b038160201c1687526001600160801b038160601c16604086015260e01c1615156060840152604051916330e7408160e01b8352600483015260208260248160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa91821561282a576141099263ffffffff915f916142c2575b501690614d6b565b9263ffffffff5f92511615614270575b506001600160501b03825116908015158061425a575b614202575b50606082015161ffff16908184116141ae5761416961416f92614164866001600160501b03608088015116612d55565b614005565b90612df7565b905b6001600160501b036020820151168083106141a5575b50604001516001600160501b03168082116141a0575091565b905091565b91506040614187565b6001600160501b036080840151166141dd6001600160501b0360a0860151166141d78588612d48565b90612d55565b926127100390612710821161283557614169614169926141fc95614005565b90614171565b6142199066ffffffffffffff60c085015116612d55565b60208301916142326001600160501b0384511682612d48565b821061424b575050516001600160501b03165b5f614134565b6142559250612d48565b614245565b5066ffffffffffffff60c084015116151561412f565b6001600160401b0391508190511664ffffffffff60e0840151168082115f146142bb57505b168042115f146142b4576142ac610e109142612d48565b045b5f614119565b505f6142ae565b9050614295565b6142db915060203d6020116131d1576131c28183612d08565b5f614101565b5060010154905f1990565b915f92600183015492600560ff8560801c161015938461284957600460ff8260801c16146147c95760038201549042604082901c6001600160401b0316116147ba576001600160401b038160401c165b8260c01c9061434c918587614d9a565b9190966002850154988960401c6001600160601b0316996001600160401b0384169a6143788c8c613310565b6001600160401b031661438b9082612d55565b610e1090049b8760c01c9061439f91613310565b6001600160401b03166143b191612d55565b610e1090046143c0908c612d48565b9a858260a01c811515936143ec926143f195614789575b50506001600160601b038960601c1692612d48565b612d48565b906001600160601b03861682101561477757819a8b925b839c61441391612d48565b95898c60028b01546001600160401b031692866001600160601b038c169061443a91612d48565b90604051928c60c01c84526001600160401b0316958660208501526040840152606083015286608083015260a08201528860c082015260e07f58b7b4afc285d4767157a4dca8c9d6d65df6480c3da26c12a518df1ed2a31f3991a38460801c60ff16908560401c6001600160401b0316145f146147455750506004946144c9826001600160601b038316612d48565b809a5b8842604088901c6001600160401b031611158061472b575b614722575b60030180546001600160c01b031660c09290921b6001600160c01b03191691909117905561454892916001600160601b03918290819061452f906143ec87848716612d48565b1616821960038b0154161760038a015560601c16612df7565b6003860180546bffffffffffffffffffffffff60601b191660609290921b6bffffffffffffffffffffffff60601b1691909117905561284957600583101590816128495760ff8160801c168403614689575b6001600160401b03429160401c16111561467a575b61284957600484921461462a575b5050836145c8575050565b600481016001600160601b036145e3818716828454166137fc565b166001600160601b031982541617905560018060a01b03905416907f144f9107c072bd1a844a52929e755a1d1cbd763b0779f30150148913c1430dee6020604051868152a3565b60607fb1fa5de1d2fe7fb868c2052f0226f864a200a33fb7cced18373eb111e15e14fb9160ff600186015460881c16906146676040518093612bd2565b8860208301526040820152a2815f6145bd565b61468484866135a7565b6145af565b60018501805460ff60801b1916608086901b60ff60801b161790555f91506004841480614707575b6146ed575b857f5bd1c30e91b1365590539f3dd1a9f59c99b871084b1fa928314734e33ff53eca60206040516146e78189612bc5565ba261459a565b60018501805460ff60881b1916600160881b1790556146b6565b5060ff600186015460881c16600481101561284957156146b1565b600398506144e9565b505090506005871015612849578a908860048914156144e4565b9590809a93505f93600360ff8760801c1603156144cc57965050841561476f578960025b966144cc565b896001614769565b6001600160601b0386169a8b92614408565b6147939192612df7565b6001600160a01b0390911660a082901b6001600160a01b0319161760028b01555f886143d7565b6001600160401b03421661433c565b505f94508493505050565b80159081156147f3575b506147e557565b62bfc92160e01b5f5260045ffd5b6001600160501b039150115f6147de565b919061480f83613479565b92600184015460ff8160801c16600581101561284957600181141580614906575b6148ef575082156148e0576001600160401b036148519160401c16856137c0565b6148638361485e87613f57565b612df7565b908082116148ca5750600385016001600160601b03614887818616828454166137fc565b166001600160601b031982541617905560405192835260208301527f56719cb3354f779b1f66b5ed3c2098b80964a5256a6547e18f2d9ef2f348261560403393a3565b90634021c6cb60e01b5f5260045260245260445ffd5b631f2a200560e01b5f5260045ffd5b62c0674b60e11b5f526004839052612a3190612bb7565b506002811415614830565b805469ffffffffffffffffffff60501b191660509290921b69ffffffffffffffffffff60501b16919091179055565b6040516370a0823160e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483018190529291907f000000000000000000000000000000000000000000000000000000000000000090811690602083602481855afa92831561282a575f93614a7b575b50604051906323b872dd60e01b5f5233600452856024528460445260205f60648180855af19060015f5114821615614a5c575b50906040525f60605215614a4a575081614a0b9184614cb2565b813b156114f9575f91602483926040519485938492630cf5e68560e41b845260048401525af1801561282a57614a3e5750565b5f614a4891612d08565b565b635274afe760e01b5f5260045260245ffd5b6001821516614a72573b15153d1516165f6149f1565b823d5f823e3d90fd5b9092506020813d602011614aa7575b81614a9760209383612d08565b810103126114f95751915f6149be565b3d9150614a8a565b6001600160401b036020814216920151168082115f14614acd575090565b905090565b805f52600660205260405f209160405192614aec84612cd1565b549063ffffffff8216928385528260201c6001600160401b0316602086019281845260408701958560601c6001600160801b03168752606088019560e01c60ff1615158652614b3a88614aaf565b92614b459084613310565b6001600160401b0316614b5791613330565b86516001600160801b031690614b6c91613353565b6001600160801b0316865263ffffffff1686526001600160401b031690818352805f52600660205260405f20865163ffffffff1663ffffffff1663ffffffff198254161781558351908054916001600160801b0360601b885160601b16875115159360ff60e01b8560e01b169260201b6bffffffffffffffff00000000169062ffffff60e81b63ffffffff01161717179055614c0b575b505050505050565b5f5260076020526001600160401b03610e1060405f209204165f5260205263ffffffff8060405f209551161663ffffffff1985541617845551916bffffffffffffffff000000008454916001600160801b0360601b905160601b169260ff60e01b9051151560e01b169360201b169063ffffffff62ffffff60e81b011617171790555f8080808080614c03565b9063ffffffff8091169116019063ffffffff821161283557565b6040516370a0823160e01b81526001600160a01b0391821660048201529190602090839060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa801561282a575f90614d37575b614d169250612d48565b90808203614d22575050565b6345cdd2c160e11b5f5260045260245260445ffd5b506020823d602011614d63575b81614d5160209383612d08565b810103126114f957614d169151614d0c565b3d9150614d44565b9080821015614d925761271082029180830461271014901517156128355761322991614005565b505061271090565b600154929492905f600883901c6001600160a01b0316158015615169575b61515e57600184015461ffff8160a81c1615948515958661514f575b6151425760408051639cf9a32760e01b815299908a60048160088a901c6001600160a01b03165afa801561282a575f9a5f91615118575b506001600160401b0316998a158080156150fd575b6150ed57614e2e8284613310565b9061400f576001600160401b038c919b9a93929b1604915f996001600160401b03600286015416925b60a88c10806150d2575b156150c25760016001600160401b03861601906001600160401b038211612835578e6001600160401b038316026001600160401b03811690810361283557614ea9908f61381c565b906001600160401b03821642106150b0579060449160408d815194858092639e4e2ac160e01b82528b60048301526001600160401b038d16602483015260018060a01b039060081c165afa91821561282a575f935f93615060575b5083158e81615037575b50615023576001600160401b0386166001600160401b038216105f1461501b57925b80615007575b80615000575b614f65575b50506001600160401b03809196161461283557614f5e909b612de9565b9a93614e57565b614f6f838a6137c0565b90614f7a908a6137c0565b614f8391612d48565b998960a81c61ffff16614f96908c612d55565b61271090049081614fa691612df7565b9a6040519261ffff1683528a60981c61ffff166020840152604083015260608201528a6001600160401b0388169160807febdd9a4e4fb12bf053bfb560464889c6b3b752ad6471fb64d8518729aca4d65291a35f80614f41565b508d614f3c565b5061ffff8a60981c1661ffff831610614f36565b508492614f30565b509f50505050509850505050509450505050565b61505891506001600160401b039060a81c166001600160401b038316612df7565b42108e614f0e565b935091506040833d82116150a8575b8161507c60409383612d08565b810103126114f95782519283151584036114f957602001519261ffff841684036114f95792915f614f04565b3d915061506f565b9e505050509850505050509450505050565b9c50509850505050509450505050565b506001600160401b0382166001600160401b03821610614e61565b5050505050505050509150905f90565b506001600160401b0382166001600160401b03841610614e20565b6001600160401b039b5061513b915060403d604011610eb757610ea98183612d08565b909a614e0b565b5050505050509150905f90565b5061ffff8260981c1615614dd4565b505050509150905f90565b506001600160401b0387166001600160401b0387161115614db856fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220926d793c1b9f20fbb4522285c84e26217658c6d72bddbf588ec83d8e2ffd6c6f64736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8522cc959b5f1324f2d3217a190156abffac5c53b78a18e2178efd09ba8b42b20363fc6b1c9d3a5e0ab0c2ddc08deb0f30108829db06e84f370d2858ffe78c467e2068a725454062abd962456454e757b7556e8ba27b7aa75814062eb9f5cacead3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
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
// Solidity: constructor(address admin, address stablecoin_, address assets_, address revenue_, address oracle_, uint64 reportWindow_, address backstop_) returns()
func (leaseMarket *LeaseMarket) PackConstructor(admin common.Address, stablecoin_ common.Address, assets_ common.Address, revenue_ common.Address, oracle_ common.Address, reportWindow_ uint64, backstop_ common.Address) []byte {
	enc, err := leaseMarket.abi.Pack("", admin, stablecoin_, assets_, revenue_, oracle_, reportWindow_, backstop_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBACKSTOPROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56824498.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BACKSTOP_ROLE() view returns(bytes32)
func (leaseMarket *LeaseMarket) PackBACKSTOPROLE() []byte {
	enc, err := leaseMarket.abi.Pack("BACKSTOP_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBACKSTOPROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56824498.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BACKSTOP_ROLE() view returns(bytes32)
func (leaseMarket *LeaseMarket) TryPackBACKSTOPROLE() ([]byte, error) {
	return leaseMarket.abi.Pack("BACKSTOP_ROLE")
}

// UnpackBACKSTOPROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56824498.
//
// Solidity: function BACKSTOP_ROLE() view returns(bytes32)
func (leaseMarket *LeaseMarket) UnpackBACKSTOPROLE(data []byte) ([32]byte, error) {
	out, err := leaseMarket.abi.Unpack("BACKSTOP_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
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

// PackClearListingCurve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x079c7069.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clearListingCurve(uint256 listingId) returns()
func (leaseMarket *LeaseMarket) PackClearListingCurve(listingId *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("clearListingCurve", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClearListingCurve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x079c7069.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clearListingCurve(uint256 listingId) returns()
func (leaseMarket *LeaseMarket) TryPackClearListingCurve(listingId *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("clearListingCurve", listingId)
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

// PackCreateCurvedListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b580b78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCurvedListing(uint256 assetId, uint32 gpus, uint256 pricePerGpuHour, uint32 minHours, uint32 maxHours, uint16 slaAvailabilityBps, uint16 creditBps, uint32 minPrepaidHours, uint32 graceSeconds, (uint256,uint256,uint256,uint16,uint256,uint256,uint256) curve) returns(uint256 listingId)
func (leaseMarket *LeaseMarket) PackCreateCurvedListing(assetId *big.Int, gpus uint32, pricePerGpuHour *big.Int, minHours uint32, maxHours uint32, slaAvailabilityBps uint16, creditBps uint16, minPrepaidHours uint32, graceSeconds uint32, curve CurveParams) []byte {
	enc, err := leaseMarket.abi.Pack("createCurvedListing", assetId, gpus, pricePerGpuHour, minHours, maxHours, slaAvailabilityBps, creditBps, minPrepaidHours, graceSeconds, curve)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCurvedListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b580b78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCurvedListing(uint256 assetId, uint32 gpus, uint256 pricePerGpuHour, uint32 minHours, uint32 maxHours, uint16 slaAvailabilityBps, uint16 creditBps, uint32 minPrepaidHours, uint32 graceSeconds, (uint256,uint256,uint256,uint16,uint256,uint256,uint256) curve) returns(uint256 listingId)
func (leaseMarket *LeaseMarket) TryPackCreateCurvedListing(assetId *big.Int, gpus uint32, pricePerGpuHour *big.Int, minHours uint32, maxHours uint32, slaAvailabilityBps uint16, creditBps uint16, minPrepaidHours uint32, graceSeconds uint32, curve CurveParams) ([]byte, error) {
	return leaseMarket.abi.Pack("createCurvedListing", assetId, gpus, pricePerGpuHour, minHours, maxHours, slaAvailabilityBps, creditBps, minPrepaidHours, graceSeconds, curve)
}

// UnpackCreateCurvedListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b580b78.
//
// Solidity: function createCurvedListing(uint256 assetId, uint32 gpus, uint256 pricePerGpuHour, uint32 minHours, uint32 maxHours, uint16 slaAvailabilityBps, uint16 creditBps, uint32 minPrepaidHours, uint32 graceSeconds, (uint256,uint256,uint256,uint16,uint256,uint256,uint256) curve) returns(uint256 listingId)
func (leaseMarket *LeaseMarket) UnpackCreateCurvedListing(data []byte) (*big.Int, error) {
	out, err := leaseMarket.abi.Unpack("createCurvedListing", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackHourlyUsage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdadb5e2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hourlyUsage(uint256 assetId, uint256 fromHour, uint256 count) view returns((uint32,uint64,uint128,bool)[] records)
func (leaseMarket *LeaseMarket) PackHourlyUsage(assetId *big.Int, fromHour *big.Int, count *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("hourlyUsage", assetId, fromHour, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHourlyUsage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdadb5e2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hourlyUsage(uint256 assetId, uint256 fromHour, uint256 count) view returns((uint32,uint64,uint128,bool)[] records)
func (leaseMarket *LeaseMarket) TryPackHourlyUsage(assetId *big.Int, fromHour *big.Int, count *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("hourlyUsage", assetId, fromHour, count)
}

// UnpackHourlyUsage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdadb5e2d.
//
// Solidity: function hourlyUsage(uint256 assetId, uint256 fromHour, uint256 count) view returns((uint32,uint64,uint128,bool)[] records)
func (leaseMarket *LeaseMarket) UnpackHourlyUsage(data []byte) ([]LeaseMarketUsage, error) {
	out, err := leaseMarket.abi.Unpack("hourlyUsage", data)
	if err != nil {
		return *new([]LeaseMarketUsage), err
	}
	out0 := *abi.ConvertType(out[0], new([]LeaseMarketUsage)).(*[]LeaseMarketUsage)
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

// PackListingCurve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6847e70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listingCurve(uint256 listingId) view returns(bool curved, (uint256,uint256,uint256,uint16,uint256,uint256,uint256) curve, uint64 setAt)
func (leaseMarket *LeaseMarket) PackListingCurve(listingId *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("listingCurve", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListingCurve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6847e70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listingCurve(uint256 listingId) view returns(bool curved, (uint256,uint256,uint256,uint16,uint256,uint256,uint256) curve, uint64 setAt)
func (leaseMarket *LeaseMarket) TryPackListingCurve(listingId *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("listingCurve", listingId)
}

// ListingCurveOutput serves as a container for the return parameters of contract
// method ListingCurve.
type ListingCurveOutput struct {
	Curved bool
	Curve  CurveParams
	SetAt  uint64
}

// UnpackListingCurve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6847e70.
//
// Solidity: function listingCurve(uint256 listingId) view returns(bool curved, (uint256,uint256,uint256,uint16,uint256,uint256,uint256) curve, uint64 setAt)
func (leaseMarket *LeaseMarket) UnpackListingCurve(data []byte) (ListingCurveOutput, error) {
	out, err := leaseMarket.abi.Unpack("listingCurve", data)
	outstruct := new(ListingCurveOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Curved = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Curve = *abi.ConvertType(out[1], new(CurveParams)).(*CurveParams)
	outstruct.SetAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
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

// PackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51049c11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quote(uint256 listingId, uint32 gpus, uint32 hoursTerm) view returns(uint256 pricePerGpuHour, uint256 total)
func (leaseMarket *LeaseMarket) PackQuote(listingId *big.Int, gpus uint32, hoursTerm uint32) []byte {
	enc, err := leaseMarket.abi.Pack("quote", listingId, gpus, hoursTerm)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51049c11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quote(uint256 listingId, uint32 gpus, uint32 hoursTerm) view returns(uint256 pricePerGpuHour, uint256 total)
func (leaseMarket *LeaseMarket) TryPackQuote(listingId *big.Int, gpus uint32, hoursTerm uint32) ([]byte, error) {
	return leaseMarket.abi.Pack("quote", listingId, gpus, hoursTerm)
}

// QuoteOutput serves as a container for the return parameters of contract
// method Quote.
type QuoteOutput struct {
	PricePerGpuHour *big.Int
	Total           *big.Int
}

// UnpackQuote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51049c11.
//
// Solidity: function quote(uint256 listingId, uint32 gpus, uint32 hoursTerm) view returns(uint256 pricePerGpuHour, uint256 total)
func (leaseMarket *LeaseMarket) UnpackQuote(data []byte) (QuoteOutput, error) {
	out, err := leaseMarket.abi.Unpack("quote", data)
	outstruct := new(QuoteOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.PricePerGpuHour = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Total = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
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

// PackSetListingCurve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf40e19f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setListingCurve(uint256 listingId, (uint256,uint256,uint256,uint16,uint256,uint256,uint256) curve) returns()
func (leaseMarket *LeaseMarket) PackSetListingCurve(listingId *big.Int, curve CurveParams) []byte {
	enc, err := leaseMarket.abi.Pack("setListingCurve", listingId, curve)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetListingCurve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf40e19f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setListingCurve(uint256 listingId, (uint256,uint256,uint256,uint16,uint256,uint256,uint256) curve) returns()
func (leaseMarket *LeaseMarket) TryPackSetListingCurve(listingId *big.Int, curve CurveParams) ([]byte, error) {
	return leaseMarket.abi.Pack("setListingCurve", listingId, curve)
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

// PackTrack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf73f9e15.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function track(uint256 assetId) returns((uint32,uint64,uint128,bool) u)
func (leaseMarket *LeaseMarket) PackTrack(assetId *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("track", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf73f9e15.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function track(uint256 assetId) returns((uint32,uint64,uint128,bool) u)
func (leaseMarket *LeaseMarket) TryPackTrack(assetId *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("track", assetId)
}

// UnpackTrack is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf73f9e15.
//
// Solidity: function track(uint256 assetId) returns((uint32,uint64,uint128,bool) u)
func (leaseMarket *LeaseMarket) UnpackTrack(data []byte) (LeaseMarketUsage, error) {
	out, err := leaseMarket.abi.Unpack("track", data)
	if err != nil {
		return *new(LeaseMarketUsage), err
	}
	out0 := *abi.ConvertType(out[0], new(LeaseMarketUsage)).(*LeaseMarketUsage)
	return out0, nil
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

// PackUsageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd93f15ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usageOf(uint256 assetId) view returns((uint32,uint64,uint128,bool))
func (leaseMarket *LeaseMarket) PackUsageOf(assetId *big.Int) []byte {
	enc, err := leaseMarket.abi.Pack("usageOf", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd93f15ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usageOf(uint256 assetId) view returns((uint32,uint64,uint128,bool))
func (leaseMarket *LeaseMarket) TryPackUsageOf(assetId *big.Int) ([]byte, error) {
	return leaseMarket.abi.Pack("usageOf", assetId)
}

// UnpackUsageOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd93f15ab.
//
// Solidity: function usageOf(uint256 assetId) view returns((uint32,uint64,uint128,bool))
func (leaseMarket *LeaseMarket) UnpackUsageOf(data []byte) (LeaseMarketUsage, error) {
	out, err := leaseMarket.abi.Unpack("usageOf", data)
	if err != nil {
		return *new(LeaseMarketUsage), err
	}
	out0 := *abi.ConvertType(out[0], new(LeaseMarketUsage)).(*LeaseMarketUsage)
	return out0, nil
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

// LeaseMarketLeasePriced represents a LeasePriced event raised by the LeaseMarket contract.
type LeaseMarketLeasePriced struct {
	LeaseId         *big.Int
	ListingId       *big.Int
	UtilisationBps  uint16
	PricePerGpuHour *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const LeaseMarketLeasePricedEventName = "LeasePriced"

// ContractEventName returns the user-defined event name.
func (LeaseMarketLeasePriced) ContractEventName() string {
	return LeaseMarketLeasePricedEventName
}

// UnpackLeasePricedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeasePriced(uint256 indexed leaseId, uint256 indexed listingId, uint16 utilisationBps, uint256 pricePerGpuHour)
func (leaseMarket *LeaseMarket) UnpackLeasePricedEvent(log *types.Log) (*LeaseMarketLeasePriced, error) {
	event := "LeasePriced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketLeasePriced)
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

// LeaseMarketListingCurveCleared represents a ListingCurveCleared event raised by the LeaseMarket contract.
type LeaseMarketListingCurveCleared struct {
	ListingId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const LeaseMarketListingCurveClearedEventName = "ListingCurveCleared"

// ContractEventName returns the user-defined event name.
func (LeaseMarketListingCurveCleared) ContractEventName() string {
	return LeaseMarketListingCurveClearedEventName
}

// UnpackListingCurveClearedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingCurveCleared(uint256 indexed listingId)
func (leaseMarket *LeaseMarket) UnpackListingCurveClearedEvent(log *types.Log) (*LeaseMarketListingCurveCleared, error) {
	event := "ListingCurveCleared"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketListingCurveCleared)
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

// LeaseMarketListingCurveSet represents a ListingCurveSet event raised by the LeaseMarket contract.
type LeaseMarketListingCurveSet struct {
	ListingId *big.Int
	Curve     CurveParams
	Raw       *types.Log // Blockchain specific contextual infos
}

const LeaseMarketListingCurveSetEventName = "ListingCurveSet"

// ContractEventName returns the user-defined event name.
func (LeaseMarketListingCurveSet) ContractEventName() string {
	return LeaseMarketListingCurveSetEventName
}

// UnpackListingCurveSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingCurveSet(uint256 indexed listingId, (uint256,uint256,uint256,uint16,uint256,uint256,uint256) curve)
func (leaseMarket *LeaseMarket) UnpackListingCurveSetEvent(log *types.Log) (*LeaseMarketListingCurveSet, error) {
	event := "ListingCurveSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketListingCurveSet)
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

// LeaseMarketUsageTracked represents a UsageTracked event raised by the LeaseMarket contract.
type LeaseMarketUsageTracked struct {
	AssetId    *big.Int
	Since      uint64
	Gpus       uint32
	GpuSeconds *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const LeaseMarketUsageTrackedEventName = "UsageTracked"

// ContractEventName returns the user-defined event name.
func (LeaseMarketUsageTracked) ContractEventName() string {
	return LeaseMarketUsageTrackedEventName
}

// UnpackUsageTrackedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UsageTracked(uint256 indexed assetId, uint64 since, uint32 gpus, uint128 gpuSeconds)
func (leaseMarket *LeaseMarket) UnpackUsageTrackedEvent(log *types.Log) (*LeaseMarketUsageTracked, error) {
	event := "UsageTracked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseMarketUsageTracked)
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
	if bytes.Equal(raw[:4], leaseMarket.abi.Errors["InvalidCurve"].ID.Bytes()[:4]) {
		return leaseMarket.UnpackInvalidCurveError(raw[4:])
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

// LeaseMarketInvalidCurve represents a InvalidCurve error raised by the LeaseMarket contract.
type LeaseMarketInvalidCurve struct {
	Floor   *big.Int
	Base    *big.Int
	Ceiling *big.Int
	KinkBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCurve(uint256 floor, uint256 base, uint256 ceiling, uint16 kinkBps)
func LeaseMarketInvalidCurveErrorID() common.Hash {
	return common.HexToHash("0x47980dcfbca17c259f0cd01aa66051d80f7ffd6567ca9a2d2813699e806f4229")
}

// UnpackInvalidCurveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCurve(uint256 floor, uint256 base, uint256 ceiling, uint16 kinkBps)
func (leaseMarket *LeaseMarket) UnpackInvalidCurveError(raw []byte) (*LeaseMarketInvalidCurve, error) {
	out := new(LeaseMarketInvalidCurve)
	if err := leaseMarket.abi.UnpackIntoInterface(out, "InvalidCurve", raw); err != nil {
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
