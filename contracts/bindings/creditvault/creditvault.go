// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package creditvault

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

// CreditVaultAuction is an auto generated low-level Go binding around an user-defined struct.
type CreditVaultAuction struct {
	StartPrice *big.Int
	FloorPrice *big.Int
	StartedAt  *big.Int
	Duration   uint32
}

// CreditVaultLoanView is an auto generated low-level Go binding around an user-defined struct.
type CreditVaultLoanView struct {
	Borrower         common.Address
	AssetId          *big.Int
	Status           uint8
	Shares           *big.Int
	BorrowShares     *big.Int
	Principal        *big.Int
	Debt             *big.Int
	PendingRevenue   *big.Int
	CollateralValue  *big.Int
	BorrowLimit      *big.Int
	LiquidationLimit *big.Int
	FlaggedAt        *big.Int
	OpenedAt         *big.Int
}

// CreditVaultRiskParams is an auto generated low-level Go binding around an user-defined struct.
type CreditVaultRiskParams struct {
	LtvBps                  uint16
	LiquidationThresholdBps uint16
	PenaltyBps              uint16
	AuctionFloorBps         uint16
	DiscountRateBps         uint16
	GracePeriod             uint32
	AuctionDuration         uint32
	Lookback                uint32
}

// CreditVaultSnapshot is an auto generated low-level Go binding around an user-defined struct.
type CreditVaultSnapshot struct {
	Acc     *big.Int
	TakenAt *big.Int
}

// CreditVaultValuation is an auto generated low-level Go binding around an user-defined struct.
type CreditVaultValuation struct {
	BookValue       *big.Int
	Supply          *big.Int
	CommissionedAt  *big.Int
	EndOfLife       *big.Int
	SnapshotAcc     *big.Int
	SnapshotAt      *big.Int
	Acc             *big.Int
	AsOf            *big.Int
	DiscountRateBps *big.Int
}

// CreditVaultMetaData contains all meta data concerning the CreditVault contract.
var CreditVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractGPUAsset\",\"name\":\"assets_\",\"type\":\"address\"},{\"internalType\":\"contractLendingPool\",\"name\":\"pool_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"flaggedAt\",\"type\":\"uint256\"}],\"name\":\"AlreadyFlagged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"BidBelowPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowLimit\",\"type\":\"uint256\"}],\"name\":\"BorrowLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"graceEndsAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"GraceNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pledged\",\"type\":\"uint256\"}],\"name\":\"InsufficientCollateral\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquidationLimit\",\"type\":\"uint256\"}],\"name\":\"LoanHealthy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquidationLimit\",\"type\":\"uint256\"}],\"name\":\"LoanUnhealthy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"Mismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"}],\"name\":\"NotBorrower\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"}],\"name\":\"NotFlagged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"}],\"name\":\"NothingToRepay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RiskParamOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"UnexpectedShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"}],\"name\":\"UnknownLoan\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"enumCreditVault.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumCreditVault.Status\",\"name\":\"required\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commissionedAt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"endOfLife\",\"type\":\"uint256\"}],\"name\":\"AssetTermsCached\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"surplus\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shortfall\",\"type\":\"uint256\"}],\"name\":\"AuctionSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"floorPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"}],\"name\":\"AuctionStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralValue\",\"type\":\"uint256\"}],\"name\":\"Borrowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalShares\",\"type\":\"uint256\"}],\"name\":\"CollateralAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalShares\",\"type\":\"uint256\"}],\"name\":\"CollateralRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"}],\"name\":\"LoanClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationLimit\",\"type\":\"uint256\"}],\"name\":\"LoanCured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationLimit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"graceEndsAt\",\"type\":\"uint256\"}],\"name\":\"LoanFlagged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"LoanOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OwedCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OwedWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toInterest\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toPrincipal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"}],\"name\":\"Repaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revenue\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toInterest\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toPrincipal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toBorrower\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"}],\"name\":\"RevenueApplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"accRevenuePerShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"takenAt\",\"type\":\"uint256\"}],\"name\":\"RevenueCheckpoint\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revenueIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dust\",\"type\":\"uint256\"}],\"name\":\"RevenueSwept\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RevenueUnallocated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"ltvBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationThresholdBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"penaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"auctionFloorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"discountRateBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"gracePeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"auctionDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lookback\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structCreditVault.RiskParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"RiskParamsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RISK_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SCALE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"YEAR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"addCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"assetBook\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"revenueIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pledged\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"dust\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"assets\",\"outputs\":[{\"internalType\":\"contractGPUAsset\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"}],\"name\":\"auction\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"startPrice\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"floorPrice\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"startedAt\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"duration\",\"type\":\"uint32\"}],\"internalType\":\"structCreditVault.Auction\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"}],\"name\":\"bid\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"borrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"checkpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commissionedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"months\",\"type\":\"uint256\"}],\"name\":\"endOfLife\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"}],\"name\":\"flag\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"}],\"name\":\"loan\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"enumCreditVault.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowShares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"principal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingRevenue\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralValue\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquidationLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"flaggedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"openedAt\",\"type\":\"uint256\"}],\"internalType\":\"structCreditVault.LoanView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"loanCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"}],\"name\":\"pendingRevenue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fraction\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"pledge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"contractLendingPool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"repay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"riskParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"ltvBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationThresholdBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"penaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"auctionFloorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"discountRateBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"gracePeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"auctionDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lookback\",\"type\":\"uint32\"}],\"internalType\":\"structCreditVault.RiskParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"ltvBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationThresholdBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"penaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"auctionFloorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"discountRateBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"gracePeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"auctionDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lookback\",\"type\":\"uint32\"}],\"internalType\":\"structCreditVault.RiskParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setRiskParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"sharePrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bookPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revenuePrice\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"snapshots\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"acc\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"takenAt\",\"type\":\"uint40\"}],\"internalType\":\"structCreditVault.Snapshot\",\"name\":\"older\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"acc\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"takenAt\",\"type\":\"uint40\"}],\"internalType\":\"structCreditVault.Snapshot\",\"name\":\"recent\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stablecoin\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"}],\"name\":\"startAuction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"sweep\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unallocated\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"}],\"name\":\"unflag\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"unpledge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"bookValue\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commissionedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endOfLife\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"snapshotAcc\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"snapshotAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"acc\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"asOf\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"discountRateBps\",\"type\":\"uint256\"}],\"internalType\":\"structCreditVault.Valuation\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"valuePerShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bookPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revenuePrice\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "CreditVault",
	Bin: "0x60e080604052346107dd57606081615e48803803809161001f8285610891565b8339810103126107dd57610032816108b4565b6020820151916001600160a01b038316908184036107dd57604001516001600160a01b038116938482036107dd576001600160a01b038416158015610889575b8015610881575b610872576020600493604051948580926374e5ec1160e11b82525afa9283156107e9575f9361082e575b506040516338d52e0f60e01b8152602081600481895afa9081156107e9575f916107f4575b506001600160a01b03848116911681900361076657506100fb945060805260a05260c0526100f5816108c8565b5061093e565b5060405161010081016001600160401b038111828210176107525760405261138881526020810190611b588252604081016101f48152606082016113888152608083016105dc815260a08401916203f480835260c08501936203f480855260e086019562278d0087527f6c69717569646174696f6e5468726573686f6c644270730000000000000000006020604051610195604082610891565b60178152015261ffff81511661ffff8951165f19810190811161073e57604051906101c1604083610891565b600682526020820190656c747642707360d01b8252600184108015610735575b6106e6575050505061ffff8251166040516101fd604082610891565b600a8152602081016970656e616c747942707360b01b81526107d083116106965750505061025961ffff845116604051610238604082610891565b600f81526e61756374696f6e466c6f6f7242707360881b60208201526109d1565b61029161ffff855116604051610270604082610891565b600f81526e646973636f756e745261746542707360881b60208201526109d1565b63ffffffff8551166040516102a7604082610891565b600b8152602081016a19dc9858d954195c9a5bd960aa1b81526276a70083116106455750505063ffffffff8651166040516102e3604082610891565b600f8152602081016e30bab1ba34b7b7223ab930ba34b7b760891b8152610e1083108015610639575b6105e65750505063ffffffff875116604051610329604082610891565b6008815260208101676c6f6f6b6261636b60c01b8152610e10831080156105d9575b610585575050505161ffff169660045487825160101b63ffff000016918a855160201b65ffff000000001693875160301b67ffff0000000000001690895160401b69ffff000000000000000016918b5160501b6dffffffff0000000000000000000016948d63ffffffff60701b905160701b169663ffffffff60901b905160901b169763ffffffff60901b199563ffffffff60701b19946dffffffff00000000000000000000199369ffff0000000000000000199267ffff000000000000199165ffffffffffff1916171617161716171617161717176004556040519788525161ffff1660208801525161ffff1660408701525161ffff1660608601525161ffff1660808501525163ffffffff1660a08401525163ffffffff1660c08301525163ffffffff1660e082015233906101007fbf9a9700d0d3650d1d57bf319af1aceb8ce8654d5bb0502d28baf4d05ff3842b91a26040516153b59081610a3382396080518181816104d00152818161060b01528181610f3801528181611251015281816114490152818161192c01528181613fb40152818161421801526146f1015260a05181818161088501528181610e3c015281816110f0015281816112fb01528181611669015281816119b301528181611a9901528181611af701528181611b5301528181611fe10152818161238301528181612b10015281816137b101526138ca015260c0518181816107170152818161097301528181611a5601528181611ac401528181611dcc015281816138f901526146720152f35b9060a491604051938492633a0fa8e160e11b8452608060048501525180928160848601528585015e5f8383018501526024830152610e1060448301526301e133806064830152601f01601f19168101030190fd5b506301e13380831161034b565b9060a491604051938492633a0fa8e160e11b8452608060048501525180928160848601528585015e5f8383018501526024830152610e1060448301526276a7006064830152601f01601f19168101030190fd5b506276a700831161030c565b9060a491604051938492633a0fa8e160e11b8452608060048501525180928160848601528585015e5f84838501015260248301525f60448301526276a7006064830152601f80199101168101030190fd5b9060a491604051938492633a0fa8e160e11b8452608060048501525180928160848601528585015e5f84838501015260248301525f60448301526107d06064830152601f80199101168101030190fd5b60a4939450604051948593633a0fa8e160e11b8552608060048601525180938160848701528686015e5f8484018601526024840152600160448401526064830152601f01601f19168101030190fd5b508084116101e1565b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b6040516338d52e0f60e01b8152906020826004818a5afa9182156107e9575f926107a9575b5063eeb3c9ad60e01b5f5260045260018060a01b031660245260445ffd5b9091506020813d6020116107e1575b816107c560209383610891565b810103126107dd576107d6906108b4565b908261078b565b5f80fd5b3d91506107b8565b6040513d5f823e3d90fd5b90506020813d602011610826575b8161080f60209383610891565b810103126107dd57610820906108b4565b5f6100c8565b3d9150610802565b9092506020813d60201161086a575b8161084a60209383610891565b810103126107dd57516001600160a01b03811681036107dd57915f6100a3565b3d915061083d565b63d92e233d60e01b5f5260045ffd5b508415610079565b508215610072565b601f909101601f19168101906001600160401b0382119082101761075257604052565b51906001600160a01b03821682036107dd57565b6001600160a01b0381165f9081525f516020615e285f395f51905f52602052604090205460ff16610939576001600160a01b03165f8181525f516020615e285f395f51905f5260205260408120805460ff191660011790553391905f516020615de85f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f516020615e085f395f51905f52602052604090205460ff16610939576001600160a01b03165f8181525f516020615e085f395f51905f5260205260408120805460ff191660011790553391907f870ee5500b98ca09b5fcd7de4a95293916740021c92172d268dad85baec3c85f905f516020615de85f395f51905f529080a4600190565b61271082116109de575050565b60a4906020604051938492633a0fa8e160e11b8452608060048501528051928391826084870152018585015e5f84838501015260248301525f60448301526127106064830152601f80199101168101030190fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a71461312b57508063065de74c14612efe5780630a0fe02714612e465780630ecbcdab14612ace5780631200617f146129f0578063147af78e146123b257806316f0115b1461236e57806323c52a61146122a1578063248a9ca314612277578063249d39e91461225b5780632f2ff15d1461221e57806336568abe146121d8578063365a530614611e1b57806339a72c5c14611d505780633b2d374114611d2f57806349d5932c14611cbf5780634f16b42514611c85578063598647f81461159d578063711853ab1461128057806371a973051461123b578063839145401461121c5780638c93b449146111e15780638df828001461108c57806391d1485414611043578063a217fddf14611027578063a8f35adf14610de1578063aa60e73314610da1578063bb760a7514610caa578063bc197c8114610c07578063ce63094d14610be9578063d547741f14610ba2578063d6565a2d14610b01578063d8aed1451461084a578063df18e04714610811578063df1c455c146107f3578063e7fa9f7d146107d5578063e928055a14610746578063e9cbd82214610701578063eced5526146106de578063ed64bab214610686578063f23a6e61146105c4578063fde327be1461025c5763fefb36ce146101f7575f80fd5b3461025957806003193601126102595760e060405161021581613203565b8281528260208201528260408201528260608201528260808201528260a08201528260c082015201526102556102496133cc565b6040519182918261335b565b0390f35b80fd5b50346102595761026b36613198565b906102746136e8565b81156105b5576102838161506c565b5061028d81614635565b506102ad61029a826141fa565b63ffffffff60045460901c16908361518c565b808352600760205260408320916001545f1981146105a157600101928360015565ffffffffffff8311610588576102e382614c97565b6001600160801b03825416604051916102fb8361321f565b87835287602084015264ffffffffff421660408401526040519161031e83613203565b3383526020830165ffffffffffff88168152604084016001815260608501908b82526001600160401b03608087019516855260a08601928c845260c0870194855260e087019788528b8d52600560205260408d209660018060a01b0390511687549165ffffffffffff60a01b905160a01b169165ffffffffffff60d01b161717865551600581101561057457855491516001600160d01b0390921660d09190911b60ff60d01b161760d891821b6001600160d81b031990811691909117865593519151925167ffffffffffffffff60401b604094851b166001600160401b03938416176001600160801b0319608092831b16176001870155955180516020820151919094015160689190911b600160681b600160d81b03166001600160681b039094169390931792901b9092161760029092019190915582548794936104a09390926104789261047392879291901c1661343e565b614c97565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16179055565b82604051828152857f470152498bfa361d914ac55abd1d091d24d873406587275b3e22dcc85cff352960203393a47f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b15610570576105229383604051809681958294637921219560e11b8452303360048601613527565b03925af180156105655761054c575b506020915f5160206153605f395f51905f525d604051908152f35b610557838092613271565b610561575f610531565b5080fd5b6040513d85823e3d90fd5b8280fd5b634e487b7160e01b8c52602160045260248cfd5b6306dfcc6560e41b855260306004526024839052604485fd5b634e487b7160e01b85526011600452602485fd5b631f2a200560e01b8352600483fd5b50346102595760a0366003190112610259576105de6131c4565b906105e76131ae565b506084356001600160401b03811161056157610607903690600401613315565b50337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614801590610673575b6106525760405163f23a6e6160e01b8152602090f35b6355517d2560e11b8152336004526001600160a01b03909116602452604490fd5b506001600160a01b03821630141561063c565b5034610259576020366003190112610259576106cb6004356106a66136e8565b6106af8161506c565b506106b9816141fa565b63ffffffff60045460901c169161518c565b805f5160206153605f395f51905f525d80f35b50346102595780600319360112610259576020604051670de0b6b3a76400008152f35b50346102595780600319360112610259576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346102595761012036600319011261025957506102556107b860405161076c8161323a565b6004358152602435602082015260443560408201526064356060820152608435608082015260a43560a082015260c43560c082015260e43560e0820152610104356101008201526135a3565b604080519384526020840192909252908201529081906060820190565b50346102595780600319360112610259576020600254604051908152f35b50346102595780600319360112610259576020600354604051908152f35b5034610259576020366003190112610259576020906040906001600160a01b036108396131c4565b168152600b83522054604051908152f35b50346102595761085936613198565b91906108636136e8565b819083156105b5576108748161371d565b6040805163f8ba4cff60e01b8152957f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031693909290918760048189885af1968715610af65786908798610ac2575b50806108ee6108de8a6108e8948688613a37565b93818592946134d6565b9a6134d6565b986001600160681b03600285015416936109098b8387613c84565b9687610aa257508215610a8e5788999a9897985b8b978915159687610a1a575b50508798610948969798835460d81c6109f3575b5050505050846138c1565b610968575b602084865f5160206153605f395f51905f525d604051908152f35b9084916109978585337f0000000000000000000000000000000000000000000000000000000000000000614acc565b833b1561057057608490836040519586948593630a3da68b60e21b8552600485015288602485015260448401528160648401525af18015610565576109de575b808061094d565b6109e9838092613271565b610561575f6109d7565b610a03610a0992610a10966134d6565b926134d6565b9188614cc8565b5f80808a8961093d565b889950977fb7245d7a1156fb83f5e8da87a8cf6e6504842dce2a4d6a2946ad7e1067c50d858b610a6a610a5886610a629f6109489d9e888c92614d63565b9d8e86848a614dba565b9290956134d6565b604080519586526020860192909252908401523392606090a38a989796955f610929565b634c3a0c9360e11b8a52600486905260248afd5b999a90999798509686811015610abb575b98899761091d565b5085610ab3565b6108e89850610ae9915060403d604011610aef575b610ae18183613271565b8101906134c0565b976108ca565b503d610ad7565b6040513d88823e3d90fd5b503461025957602036600319011261025957608090610ba0610b57610b51604060043594610b2d61355f565b50610b3661355f565b50858152600a60205281812095815260096020522093613577565b92613577565b610b7e604051809464ffffffffff602080926001600160801b038151168552015116910152565b80516001600160801b031660408401526020015164ffffffffff166060830152565bf35b503461025957604036600319011261025957610be5600435610bc26131ae565b90610be0610bdb825f525f602052600160405f20015490565b613d90565b613e50565b5080f35b50346102595780600319360112610259576020600154604051908152f35b50346102595760a036600319011261025957610c216131c4565b90610c2a6131ae565b506044356001600160401b03811161056157610c4a903690600401613292565b506064356001600160401b03811161056157610c6a903690600401613292565b50608435916001600160401b03831161056157610c8d6044933690600401613315565b506355517d2560e11b8252336004526001600160a01b0316602452fd5b50346102595760203660031901126102595760043590610cc86136e8565b610cd18261371d565b91825460d81c80610d8b5750610ce78382613781565b9492848198929593501115610d705780546001600160d81b03164260d81b6001600160d81b03191617905593946106cb949082907fe8f54cba57bd741c34efaed3464654bba204e4aa0eecf6e4ee38e2083178856990610d5263ffffffff60045460501c164261343e565b604080519586526020860192909252908401523392606090a36138c1565b60648688848663e6b7bef760e01b8452600452602452604452fd5b6044929163da57752560e01b8352600452602452fd5b503461025957602036600319011261025957602090610dbe6136e8565b610dc9600435614635565b905f5160206153605f395f51905f525d604051908152f35b503461025957610df036613198565b610dfb9291926136e8565b80156110185782610e0c83946139fd565b9065ffffffffffff825460a01c1691610e2483614635565b506040805163f8ba4cff60e01b8152929083600481897f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1908115610af657610f3693604093889384928591610ff5575b50837fb9d5a5f4ec489515b8d5b5b9a744b60dad1159407c4d9be679dd89ac29355152878a610f148d610478610473610eba898c8c8b613a37565b9e909d60018c0196610ed6866001600160401b038a541661343e565b976001600160401b03610ee88a614c97565b166001600160401b03198254161790558152600760205220926001600160401b03845460801c1661343e565b8151908d82526020820152a28486835460d81c610fd4575b50505050506138c1565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691823b15610fcf57610f8d92849283604051809681958294637921219560e11b8452303360048601613527565b03925af18015610fc457610faf575b505f5160206153605f395f51905f525d80f35b81610fb991613271565b61025957805f610f9c565b6040513d84823e3d90fd5b505050fd5b610a03610fe492610feb966134d6565b9184614cc8565b5f80808486610f2c565b905061100f919250853d8711610aef57610ae18183613271565b9190915f610e7f565b631f2a200560e01b8252600482fd5b5034610259578060031936011261025957602090604051908152f35b503461025957604036600319011261025957604061105f6131ae565b91600435815280602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b5034610259576020366003190112610259576004356110a96136e8565b8082526005602052604082209060ff825460d01c166005811015806111cd576001821415806111c0575b61116c5750506040805163f8ba4cff60e01b8152929083600481877f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af18015611161576106cb93611138928691879361113e575b5084613a37565b916138c1565b90925061115a915060403d604011610aef57610ae18183613271565b915f611131565b6040513d86823e3d90fd5b8285916111ac57821561119957639b0b4afd60e01b8252600452606491611192906131da565b6001604452fd5b63130952d560e01b825260045260249150fd5b634e487b7160e01b82526021600452602482fd5b50508360028214156110d3565b634e487b7160e01b85526021600452602485fd5b5034610259576020366003190112610259576102556107b861121760043561120881613f36565b611211826141fa565b91614b35565b6135a3565b503461025957806003193601126102595760206040516301e133808152f35b50346102595780600319360112610259576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346102595761128f36613198565b61129a9291926136e8565b8015611018576112a9836139fd565b8054908160d81c80611586575060018101916001600160401b0383541680851161156a575060a01c65ffffffffffff16916112e383614635565b506040805163f8ba4cff60e01b8152929083600481897f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1928315610af65786908794611546575b506113428482848b613a37565b94909361138161135c896001600160401b038454166134d6565b93600286019361137b89610a038a6001600160681b03895416956134d6565b91613c84565b806114fd575b509161144795949391899a936001600160401b03808416166001600160401b0319825416179055878a52600760205260408a20916114066113de6001600160401b038c166001600160401b03865460801c16613507565b845467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178455565b6040518a8152816020820152857fdf372a02d8e5139b85d7448d53241f194a27db9f321178c970db6e998ebb600160403393a31561149e575b5050506138c1565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691823b15610fcf57610f8d92849283604051809681958294637921219560e11b8452333060048601613527565b6114b06001600160681b039284614a09565b5416156114bf575b808061143f565b80546001600160d01b0316600160d21b179055807f50d3f9b87161fe68d44f1df9c50ec05198e280f710299688dccdd0dea547266c8880a25f6114b8565b61271061151a61150d868b613cde565b61ffff600454169061344b565b04908181116115295750611387565b60016264d56360e11b03198b5260048c9052602452604452606489fd5b905061156291935060403d604011610aef57610ae18183613271565b92905f611335565b633db9e7d760e11b865260048790526024859052604452606485fd5b63da57752560e01b85526004869052602452604484fd5b5034611a42576115ac36613198565b906115b56136e8565b805f52600560205260405f209081549160ff8360d01c166005811015611c715760028103611c4f5750815f52600660205261163460405f2063ffffffff600160405192611601846131e8565b80546001600160801b038116855260801c6020850152015464ffffffffff8116604084015260281c166060820152613d1a565b93848110611c34575061165165ffffffffffff8460a01c16614635565b506040805163f8ba4cff60e01b81529290836004815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1928315611bab57610a03935f915f91611c13575b506116c16116b782848787613a37565b96818892956134d6565b946040519260c08401928484106001600160401b03851117611bff578761178a8b61177e8e9b856001600160681b0360028e5f60a08f6118fc9f604052828152826020820152826040820152826060820152826080820152015201541680948c6040611774611747611734888888613c84565b9485811015611bf857805b8186526134d6565b61271061175d61ffff60045460201c168761344b565b0480821015611bf25750805b8160208601526134d6565b9101528c51614d63565b908160808a01526134d6565b908160a088015281611bc7575b505050600186016001600160401b038154169660018060a01b038154169165ffffffffffff8b60a01c165f52600760205261181760405f206118116117e98c6001600160401b03845460801c16613507565b825467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178255565b83614a09565b600360d01b60ff60d01b198354161782556001600160401b0319815416905561187160028201548060d81c9081604080516118518161321f565b5f808252602082015201525060d81b6001600160d81b0319166002830155565b80546001600160d81b0316905560408501518681611bb6575b90508a91507f16c97bed49f57e4b327df965d52a84633dfea587a2c7064cfb72f5b94f2fde3586516020880151906118f360408a015160608b0151906040519485943399869192608093969594919660a084019784526020840152604083015260608201520152565b0390a3846138c1565b61190c815160208301519061343e565b611a80575b604081015180611a4e575b5060a08101518061198c575b50507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169050803b156105705765ffffffffffff836105229560405196879586948593637921219560e11b855260a01c16333060048601613527565b6040516362b27bb960e11b81526004810193909352602483015291925090602082604481897f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1918215610af6578692611a15575b5060600151808203611a005780869392611928565b63eeb3c9ad60e01b8652600452602452604484fd5b9091506020813d602011611a46575b81611a3160209383613271565b81010312611a4257519060606119eb565b5f80fd5b3d9150611a24565b611a7a9030337f0000000000000000000000000000000000000000000000000000000000000000614acc565b5f61191c565b90919250611ae8611a97825160208401519061343e565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316337f0000000000000000000000000000000000000000000000000000000000000000614acc565b805160808201516020830151907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163b15611a4257604051630a3da68b60e21b8152600481018690526024810193909352604483015260648201525f81608481837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af18015611bab57611b92575b5090859291611911565b611ba191939296505f90613271565b5f9490915f611b88565b6040513d5f823e3d90fd5b611bbf92614a6c565b5f808661188a565b61137b611bd9611be5948951906134d6565b916080890151906134d6565b60608501525f8080611797565b90611769565b859061173f565b634e487b7160e01b5f52604160045260245ffd5b9050611c2e915060403d604011610aef57610ae18183613271565b5f6116a7565b92505063051106c560e21b5f5260045260245260445260645ffd5b639b0b4afd60e01b5f526004839052611c67906131da565b600260445260645ffd5b634e487b7160e01b5f52602160045260245ffd5b34611a42575f366003190112611a425760206040517f870ee5500b98ca09b5fcd7de4a95293916740021c92172d268dad85baec3c85f8152f35b34611a42576020366003190112611a42576004355f52600760205260405f2060405190611ceb8261321f565b546001600160801b0381168083526001600160401b03608083901c16602080850182905260c09390931c604094850181905284519283529282015291820152606090f35b34611a42576020611d48611d4236613198565b90614389565b604051908152f35b34611a42575f366003190112611a4257611d686136e8565b335f52600b60205260405f20548015611e0857602090335f52600b82525f6040812055611d97816002546134d6565b6002556040518181527f5228fff5c463d990879eb91aee73291f310545bddd8c57996722566cbb4b02e8833392a2611df081337f0000000000000000000000000000000000000000000000000000000000000000614308565b5f5f5160206153605f395f51905f525d604051908152f35b633a8d87ed60e11b5f523360045260245ffd5b34611a42576020366003190112611a42576040516004356101a082016001600160401b03811183821017611bff576040525f82525f60208301525f60408301525f60608301525f60808301525f60a08301525f60c08301525f60e08301525f6101008301525f6101208301525f6101408301525f6101608301525f610180830152805f52600560205260405f2090611f2b600260405193611ebb85613203565b80546001600160a01b038116865260a081901c65ffffffffffff166020870152611eef60d082901c60ff166040880161347c565b60d81c606086015260018101546001600160401b03811660808701526001600160401b038160401c1660a087015260801c60c086015201613488565b60e083015260408201516005811015611c7157156121c6575080516001600160a01b0316825260208082015165ffffffffffff169083015260408101516005811015611c7157611f7e906040840161347c565b6080818101516001600160401b0316606084015260e082018051516001600160681b039081169285019290925280516020908101516001600160701b031660a0860152905151604051632f5ef96960e21b815292166004830152909190826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215611bab575f92612191575b5060e060409164ffffffffff9360c086015261203481613971565b50828601526001600160401b0360808201511680612148575b506127106120886101008701518261206d6004549261ffff84169061344b565b0461012089015261ffff6101008901519160101c169061344b565b046101408601526060810151841661016086015201510151166101808201526040805182516001600160a01b0316815260208084015190820152908201516005811015611c71576101a092610180916040840152606081015160608401526080810151608084015260a081015160a084015260c081015160c084015260e081015160e08401526101008101516101008401526101208101516101208401526101408101516101408401526101608101516101608401520151610180820152f35b6121859061217d61121765ffffffffffff60208601511661216881613f36565b61121165ffffffffffff6020890151166141fa565b505090614e9d565b6101008601528561204d565b91506020823d6020116121be575b816121ac60209383613271565b81010312611a425790519060e0612019565b3d915061219f565b63130952d560e01b5f5260045260245ffd5b34611a42576040366003190112611a42576121f16131ae565b336001600160a01b0382160361220f5761220d90600435613e50565b005b63334bd91960e11b5f5260045ffd5b34611a42576040366003190112611a425761220d60043561223d6131ae565b90612256610bdb825f525f602052600160405f20015490565b613dc8565b34611a42575f366003190112611a425760206040516127108152f35b34611a42576020366003190112611a42576020611d486004355f525f602052600160405f20015490565b34611a42576020366003190112611a42576004356122bd6136e8565b6122c68161371d565b90815460d81c1561235c576122db8282613781565b94928481979295935011612341576040839261232f977f73cdac438648afd57ebdc698f62c3184ac51a49cabb73b0ea065e49d0d2cf2fe9360018060d81b03815416905582519182526020820152a26138c1565b5f5f5160206153605f395f51905f525d005b5084916359e5a90560e01b5f5260045260245260445260645ffd5b639b63081560e01b5f5260045260245ffd5b34611a42575f366003190112611a42576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34611a4257610100366003190112611a4257335f9081527fc0adec6057f3ac839a8022f2116de10eaa1fc5dd05480685b8267ab7f1f1d38c602052604090205460ff16156129b95760405161240681613203565b60043561ffff81168103611a425781526024359061ffff8216808303611a42576020820192835260443561ffff81168103611a4257604083019081526064359061ffff82168203611a4257606084019182526084359461ffff86168603611a42576080850195865260a4359063ffffffff82168203611a425760a0860191825260c4359163ffffffff83168303611a425760c0870192835260e4359363ffffffff85168503611a425760e0880194855260409687516124c58982613271565b60178152602081017f6c69717569646174696f6e5468726573686f6c6442707300000000000000000081526002831080156129ae575b61295e5750505061ffff88511661ffff8451165f19810190811161294a578851906125268a83613271565b600682526020820190656c747642707360d01b8252600184108015612941575b6128f3575050505061ffff81511687516125608982613271565b600a8152602081016970656e616c747942707360b01b81526107d083116128a4575050506125ba61ffff87511688516125998a82613271565b600f81526e61756374696f6e466c6f6f7242707360881b60208201526152fe565b6125f061ffff8a511688516125cf8a82613271565b600f81526e646973636f756e745261746542707360881b60208201526152fe565b63ffffffff82511687516126048982613271565b600b8152602081016a19dc9858d954195c9a5bd960aa1b81526276a70083116128545750505063ffffffff845116875161263e8982613271565b600f8152602081016e30bab1ba34b7b7223ab930ba34b7b760891b8152610e1083108015612848575b6127f65750505063ffffffff8551169887516126838982613271565b6008815260208101676c6f6f6b6261636b60c01b8152610e108c1080156127e9575b61279557505088995061ffff7fbf9a9700d0d3650d1d57bf319af1aceb8ce8654d5bb0502d28baf4d05ff3842b9951169361ffff60401b67ffff00000000000065ffff0000000063ffff0000600454945160101b16955160201b16995160301b1692518a1b169363ffffffff60501b905160501b169563ffffffff60701b905160701b169663ffffffff60901b905160901b169763ffffffff60901b199563ffffffff60701b199463ffffffff60501b199361ffff60401b199267ffff000000000000199165ffffffffffff191617161716171617161716171717600455518061279033948261335b565b0390a2005b8b9160a4918b51938492633a0fa8e160e11b8452608060048501525180928160848601528585015e5f8383018501526024830152610e1060448301526301e133806064830152601f01601f19168101030190fd5b506301e133808c116126a5565b9060a4918a51938492633a0fa8e160e11b8452608060048501525180928160848601528585015e5f8383018501526024830152610e1060448301526276a7006064830152601f01601f19168101030190fd5b506276a7008311612667565b9060a4918a51938492633a0fa8e160e11b8452608060048501525180928160848601528585015e5f84838501015260248301525f60448301526276a7006064830152601f80199101168101030190fd5b9060a4918a51938492633a0fa8e160e11b8452608060048501525180928160848601528585015e5f84838501015260248301525f60448301526107d06064830152601f80199101168101030190fd5b60a49394508a51948593633a0fa8e160e11b8552608060048601525180938160848701528686015e5f8484018601526024840152600160448401526064830152601f01601f19168101030190fd5b50808411612546565b634e487b7160e01b5f52601160045260245ffd5b9060a4918a51938492633a0fa8e160e11b8452608060048501525180928160848601528585015e5f83830185015260248301526002604483015261251c6064830152601f01601f19168101030190fd5b5061251c83116124fb565b63e2517d3f60e01b5f52336004527f870ee5500b98ca09b5fcd7de4a95293916740021c92172d268dad85baec3c85f60245260445ffd5b34611a42576020366003190112611a4257612a096134e3565b5060a05f6004355f52600660205260405f2060405191612a28836131e8565b60018254926001600160801b0384168552602085019360801c8452015464ffffffffff8116604085019080825263ffffffff606087019360281c168352612aa5575b64ffffffffff906001600160801b0363ffffffff94958160405198511688525116602087015251166040850152511660608301526080820152f35b63ffffffff925064ffffffffff906001600160801b03612ac487613d1a565b9450509050612a6a565b34611a4257612adc36613198565b90612ae56136e8565b8115612e3757612af4816139fd565b90815460d81c80612e2157506040805163f8ba4cff60e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169490929091836004815f895af1928315611bab575f905f94612dfd575b5080612b6f6108de86612b69948987613a37565b966134d6565b94620f4240860180871161294a57612b87908661344b565b6001820180831161294a57612b9b916152d0565b95612bf8612bd660028a0192612bcf8a612bc98b612bc3836001600160681b038a541661343e565b9861343e565b9261343e565b9085613c84565b986001600160401b03600165ffffffffffff835460a01c169201541690613cde565b91612710612c0c61ffff600454168561344b565b04808a11612de357506001600160681b038111612dcc576001600160681b0316908054612c45886001600160701b038360681c1661343e565b926001600160701b038411612db457967f9360d1abfbcfd776d1a7eaad43fa1b0e7c88154050f711fe2a761dfb24e4c187612d0a612d1396612cec60649a978f96978860209f9e889d9a60d81c938460408051612ca18161321f565b8481526001600160701b038416602082015201526001600160d81b0390911660689190911b600160681b600160d81b03161760d89390931b6001600160d81b03191692909217905550565b604080518c8152602081019690965285015233939081906060820190565b0390a3836138c1565b5f604051978894859363b1139a4560e01b8552600485015233602485015260448401525af1928315611bab575f93612d80575b50808303612d69576020825f5f5160206153605f395f51905f525d604051908152f35b905063eeb3c9ad60e01b5f5260045260245260445ffd5b9092506020813d602011612dac575b81612d9c60209383613271565b81010312611a4257519183612d46565b3d9150612d8f565b836306dfcc6560e41b5f52607060045260245260445ffd5b6306dfcc6560e41b5f52606860045260245260445ffd5b8987637f9b2a9d60e11b5f5260045260245260445260645ffd5b612b699450612e1b915060403d604011610aef57610ae18183613271565b93612b55565b9063da57752560e01b5f5260045260245260445ffd5b631f2a200560e01b5f5260045ffd5b34611a42576020366003190112611a42576004355f5260056020526040612ef2815f20612ee86002845192612e7a84613203565b80546001600160a01b038116855260a081901c65ffffffffffff166020860152612ead60d082901c60ff1688870161347c565b60d81c606085015260018101546001600160401b03811660808601526001600160401b0381881c1660a086015260801c60c085015201613488565b60e0820152613971565b82519182526020820152f35b34611a42576020366003190112611a4257600435612f1a6136e8565b612f238161371d565b90815460d81c91821561311857612f386133cc565b9260a08401612f4e63ffffffff8251168361343e565b42106130ec575050612f608183613781565b959392808496929611156130d2575061232f9684937f890e81c7a4ea4289f484a13528be4d3b3e0637dbb8049794a8a9b952d415af4c9360a093600160d11b60ff60d01b19825416178155612fca612710612fc361ffff6040880151168661344b565b048461343e565b918281116130ca575b506130a963ffffffff6001600160401b036001612710612ffb61ffff60608b0151168861344b565b04948b60c061300989613890565b9a019964ffffffffff84878d5116926001600160801b036040519161302d836131e8565b1681526001600160801b038b811660208084019182524286166040808601918252606086019889525f998a52600690925297209251905160801b6001600160801b03191691161781550192511668ffffffff00000000008354925160281b169168ffffffffffffffffff1916171790550154169551164261343e565b916040519485526020850152604084015260608301526080820152a26138c1565b91508b612fd3565b838563e6b7bef760e01b5f5260045260245260445260645ffd5b516130fe925063ffffffff169061343e565b90635367223960e01b5f526004526024524260445260645ffd5b50639b63081560e01b5f5260045260245ffd5b34611a42576020366003190112611a42576004359063ffffffff60e01b8216809203611a4257602091630271189760e51b811490811561316d575b5015158152f35b637965db0b60e01b811491508115613187575b5083613166565b6301ffc9a760e01b14905083613180565b6040906003190112611a42576004359060243590565b602435906001600160a01b0382168203611a4257565b600435906001600160a01b0382168203611a4257565b6005811015611c7157602452565b608081019081106001600160401b03821117611bff57604052565b61010081019081106001600160401b03821117611bff57604052565b606081019081106001600160401b03821117611bff57604052565b61012081019081106001600160401b03821117611bff57604052565b604081019081106001600160401b03821117611bff57604052565b90601f801991011681019081106001600160401b03821117611bff57604052565b9080601f83011215611a42578135916001600160401b038311611bff578260051b9060208201936132c66040519586613271565b8452602080850192820101928311611a4257602001905b8282106132ea5750505090565b81358152602091820191016132dd565b6001600160401b038111611bff57601f01601f191660200190565b81601f82011215611a425780359061332c826132fa565b9261333a6040519485613271565b82845260208383010111611a4257815f926020809301838601378301015290565b91909160e063ffffffff8161010084019561ffff815116855261ffff602082015116602086015261ffff604082015116604086015261ffff606082015116606086015261ffff60808201511660808601528260a08201511660a08601528260c08201511660c0860152015116910152565b604051906133d982613203565b8160e063ffffffff60045461ffff8116845261ffff8160101c16602085015261ffff8160201c16604085015261ffff8160301c16606085015261ffff8160401c166080850152818160501c1660a0850152818160701c1660c085015260901c16910152565b9190820180921161294a57565b8181029291811591840414171561294a57565b8115613468570490565b634e487b7160e01b5f52601260045260245ffd5b6005821015611c715752565b906040516134958161321f565b60408193546001600160681b03811683526001600160701b038160681c16602084015260d81c910152565b9190826040910312611a42576020825192015190565b9190820391821161294a57565b604051906134f0826131e8565b5f6060838281528260208201528260408201520152565b906001600160401b03809116911603906001600160401b03821161294a57565b6001600160a01b039182168152911660208201526040810191909152606081019190915260a0608082018190525f9082015260c00190565b6040519061356c82613256565b5f6020838281520152565b9060405161358481613256565b91546001600160801b038116835260801c64ffffffffff166020830152565b5f60e0820191825192606082018051908186108015906136dc575b6136ce576136076135fc6135e661360d9460408801998a518082115f146136c65750906134d6565b976135f289885161344b565b93519051906134d6565b60208601519061344b565b90614f33565b9360a08301805180151590816136bb575b50806136aa575b61363e575b505050508082101561363a578192565b8092565b839450613672610100916136688461366360c061367a9899015160808b0151906134d6565b61344b565b95519051906134d6565b94015161344b565b6492d9d770000191826492d9d770001161294a576136a19261369b9161344b565b90614fe6565b5f80808061362a565b5060c0840151608085015110613625565b90508351115f61361e565b9050906134d6565b5050505050505f905f905f90565b506020840151156135be565b5f5160206153605f395f51905f525c61370e5760015f5160206153605f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b90815f52600560205260405f209160ff835460d01c166005811015611c715760018103613748575050565b801561376e5761376491639b0b4afd60e01b5f526004526131da565b600160445260645ffd5b5063130952d560e01b5f5260045260245ffd5b91909161379965ffffffffffff845460a01c16614635565b506040805163f8ba4cff60e01b81529190826004815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1908115611bab5784905f935f9361385c575b5061380083856138419461381f94613a37565b94909361137b86610a03876001600160681b0360028d015416956134d6565b946001600160401b03600165ffffffffffff835460a01c169201541690613cde565b9161271061385861ffff60045460101c168561344b565b0493565b61381f9194506138419293506138836138009160403d604011610aef57610ae18183613271565b90959094935091506137ed565b6001600160801b0381116138aa576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffd5b90801561396c577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661391d82827f0000000000000000000000000000000000000000000000000000000000000000614308565b803b15611a42575f92836084926040519687958694630a3da68b60e21b86526004860152602485015260448401528160648401525af18015611bab576139605750565b5f61396a91613271565b565b505050565b6001600160401b036080820151169065ffffffffffff6020820151165f5260076020526001600160801b0360405f2054166001600160801b0360c08301511690036001600160801b03811161294a5760a06139e16139eb946001600160801b036001600160401b0394169061344b565b920151169061343e565b90670de0b6b3a7640000808304920690565b90613a078261371d565b9160018060a01b0383541690338203613a1e575050565b6374d0bf2d60e11b5f526004523360245260445260645ffd5b909293915f9365ffffffffffff815460a01c165f5260076020526001600160801b0360405f205416906001810180548060801c808514613c7557670de0b6b3a7640000613aab613af694936001600160401b03613aa0613a9882968b6134d6565b82841661344b565b9160401c169061343e565b613acd8282049785906001600160801b0382549181199060801b169116179055565b061667ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b6001600160681b0360028201541690613b10888584613c84565b8315613c225780841015613c1c5783905b81995f965f9584613bc6575b50505091613b7882613ba494613b678897957f886fc5d49ca7df44ab607091b78b57bb530b7251e8d404ec19010a5837336e1e9a996134d6565b93848b81613ba9575b5050506134d6565b91604051958695869192608093969594919660a084019784526020840152604083015260608201520152565b0390a2565b9154613bbe92906001600160a01b0316614a6c565b5f848b613b70565b613ba4959b507f886fc5d49ca7df44ab607091b78b57bb530b7251e8d404ec19010a5837336e1e985083613bfd9498975085614d63565b97613b78613c0d8a878585614dba565b93909781949697939550613b2d565b80613b21565b93505050507f886fc5d49ca7df44ab607091b78b57bb530b7251e8d404ec19010a5837336e1e92945060a0919350604051905f82525f60208301525f60408301525f60608301526080820152a25f905f90565b505f9850889750505050505050565b9190918015613cd75781811015613cd2576001830180841161294a57613ca99161344b565b90620f4240810180911161294a57613cc0916152d0565b9080821015613ccd575090565b905090565b505090565b5050505f90565b9061217d611217613d1793613cf28161506c565b613cfb826141fa565b91613d1263ffffffff60045460901c16848361518c565b614b35565b90565b613d2f64ffffffffff604083015116426134d6565b606082019063ffffffff825116811015613d7e57829163ffffffff613d6f613d78936136636001600160801b03602081613d179a511698015116876134d6565b9151169061345e565b906134d6565b5050602001516001600160801b031690565b5f8181526020818152604080832033845290915290205460ff1615613db25750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16613e4a575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615613e4a575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b519063ffffffff82168203611a4257565b519061ffff82168203611a4257565b81601f82011215611a4257805190613f07826132fa565b92613f156040519485613271565b82845260208383010111611a4257815f9260208093018386015e8301015290565b613f3e6134e3565b50805f52600860205260405f2060405190613f58826131e8565b546001600160601b038116825264ffffffffff6001600160401b038260601c1691826020850152818160a01c16604085015260c81c166060830152613ccd5750604051638ea06f8160e01b815260048101919091525f816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611bab575f916140ac575b5060e0810151906001600160601b0382116140945761400f610100820151614c97565b9061403061ffff606060c0840151930151166001600160401b038316614389565b9164ffffffffff831161407c5764ffffffffff92916001600160401b0384926001600160601b0360405197614064896131e8565b16875216602086015216604084015216606082015290565b826306dfcc6560e41b5f52602860045260245260445ffd5b506306dfcc6560e41b5f52606060045260245260445ffd5b90503d805f833e6140bd8183613271565b810190602081830312611a42578051906001600160401b038211611a42570161018081830312611a42576040519161018083018381106001600160401b03821117611bff5760405281516001600160a01b0381168103611a4257835261412560208301613ed0565b602084015261413660408301613ed0565b604084015261414760608301613ee1565b606084015261415860808301613ee1565b608084015261416960a08301613ee1565b60a084015260c08201516001600160401b0381168103611a425760c084015260e082015160e08401526101008201516101008401526101208201516101208401526101408201516001600160401b038111611a4257816141ca918401613ef0565b6101408401526101608201516001600160401b038111611a42576141ee9201613ef0565b6101608201525f613fec565b60405163134cbacb60e11b81526004810191909152610140816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015611bab575f90614259575b6101009150015190565b50610140813d8211614300575b816142746101409383613271565b81010312611a425760405161014081018181106001600160401b03821117611bff576101009261012091604052805183526020810151602084015260408101516040840152606081015160608401526080810151608084015260a081015160a084015260c081015160c084015260e081015160e08401528381015184840152015161012082015261424f565b3d9150614266565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615614368575b604052156143485750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b90600181151661438057823b15153d1516169061433d565b503d5f823e3d90fd5b90620151808204620afa6c810180911161294a5762023ab181049062023ab182029082159183810462023ab11483171561294a576143c6916134d6565b9161016d6143f56143e96143de6105b48704876134d6565b618eac87049061343e565b62023ab08604906134d6565b0491610190820291820461019014171561294a57614413908261343e565b918161016d0261016d8104830361294a5782606461443b613d78936144439660021c9061343e565b9104906134d6565b918260050260058104840361294a576002810180911161294a576099900492836099029060998204850361294a576002820180921161294a5760056144899204906134d6565b926001840180941161294a57600a811015614623576003810180911161294a57905b6002821115614611575b5f19820191821161294a576144cf6144d991600c9361343e565b928284049061343e565b910690600182019081831161294a578091600281119182156145fc575b506101908304936101908502938515948681046101901486171561294a5761451d916134d6565b92156145ec576001190190811161294a57905b8160990291609983040361294a576002820180921161294a5761016d810281810461016d148215171561294a576145859260646005614576614580948660021c9061343e565b92049304906134d6565b61343e565b9062023ab1830292830462023ab114171561294a576145a39161343e565b620afa6b1981019190821161294a576145bb9161343e565b5f19810190811161294a576201518081029080820462015180149015171561294a5762015180613d1792069061343e565b600a0180911161294a5790614530565b9092505f19810190811161294a57915f6144f6565b916001810180911161294a57916144b5565b600819810190811161294a57906144ab565b90604080516146448282613271565b6001815260208101601f1983013682378151156149f55784815282516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316929091602083602481875afa9283156149eb575f936149b7575b508451630d74982760e31b815260206004820152915160248301819052829160448301915f5b81811061499e57506020939283900391508290505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1801561499457614963575b5060206024928451938480926370a0823160e01b82523060048301525afa8015614959575f90614925575b61475b92506134d6565b92805f526007602052815f208251906147738261321f565b54926001600160801b03841682526001600160401b038460801c169360208301948086528284019160c01c8252156148d9578615806148bc575b6148b257670de0b6b3a76400008702878104670de0b6b3a7640000148815171561294a57816001600160801b03614829614824896001600160401b036148186147fe82988361487c9b51169061343e565b613d788361480f818751168461345e565b9551168561344b565b1685528389511661343e565b613890565b1685525f8681526007602052849020945196519051821660c081901b6001600160c01b0319166001600160801b039098169290911660801b67ffffffffffffffff60801b16821796909617909355919391565b80519386855260208501528301527f3d71a88e4a17731e464d0d2f5d9ec54cb3225ca605daeb023a473e037c7df9cb60603393a3565b505f955050505050565b506001600160401b038151166001600160401b03865116116147ad565b50919250508392936148ea57505090565b60207f9c24afd127e483e2cb7ff74f9fe1baac18e1500b51011a63f44dcd86ddd3fcb09161491a8560035461343e565b60035551848152a290565b506020823d602011614951575b8161493f60209383613271565b81010312611a425761475b9151614751565b3d9150614932565b83513d5f823e3d90fd5b6020813d60201161498c575b8161497c60209383613271565b81010312611a4257506020614726565b3d915061496f565b84513d5f823e3d90fd5b82518452859450602093840193909201916001016146da565b9092506020813d6020116149e3575b816149d360209383613271565b81010312611a425751915f6146b4565b3d91506149c6565b85513d5f823e3d90fd5b634e487b7160e01b5f52603260045260245ffd5b6001016001600160401b03815460401c1690811561396c5780546fffffffffffffffff000000000000000019169055815460c01c016001600160401b03811161294a5781546001600160c01b031660c09190911b6001600160c01b031916179055565b60207f828bbd7287035ce45291f953c8e3325b9063770da786f94b00c67636a8e64c3a9193929360018060a01b031692835f52600b825260405f20614ab282825461343e565b9055614ac08160025461343e565b600255604051908152a3565b6040516323b872dd60e01b5f9081526001600160a01b039384166004529290931660245260449390935260209060648180865af19060015f5114821615614b1d575b6040525f606052156143485750565b90600181151661438057823b15153d15161690614b0e565b90929160405193614b458561323a565b5f855263ffffffff85602081015f815260408201945f865260608301955f875260808401965f885264ffffffffff606060a08701985f8a5260c08801945f865260e08901975f89526101008a01995f8b529f6001600160601b0384511690526001600160401b0360208401511690528360408301511690520151169052524290526004549061ffff8260401c16905260901c1692805f526009602052614bed60405f20613577565b9064ffffffffff602083015116858115918215614c83575b5050614c68575b50602081019364ffffffffff855116908115159182614c53575b5050614c33575b50505050565b6001600160801b0364ffffffffff9151169351169052525f808080614c2d565b614c5f919250426134d6565b10155f80614c26565b90505f52600a602052614c7d60405f20613577565b5f614c0c565b614c8f919250426134d6565b10855f614c05565b6001600160401b038111614cb1576001600160401b031690565b6306dfcc6560e41b5f52604060045260245260445ffd5b92614ce191926001600160681b03600285015416613c84565b90612710614d1c614d0c65ffffffffffff845460a01c166001600160401b0360018601541690613cde565b61ffff60045460101c169061344b565b0491828111614c2d577f73cdac438648afd57ebdc698f62c3184ac51a49cabb73b0ea065e49d0d2cf2fe9260409260018060d81b03815416905582519182526020820152a2565b919390821015614db457620f4240810180911161294a57614d839161344b565b906001810180911161294a57614d989161345e565b9080821015614da5575090565b5f1981019150811161294a5790565b50505090565b92600261396a929593940180546001600160701b038160681c1695868082115f14614e9557614de8916134d6565b80881015614e8c5750614dfd875b80986134d6565b9586614e1c614e0b85613488565b956001600160681b038751166134d6565b6001600160681b0381169290614e4b57505064ffffffffff60405f955b015116938460408051612ca18161321f565b80821015614e74576001600160701b03614e6d64ffffffffff936040936134d6565b1695614e39565b505064ffffffffff60406001600160701b035f614e6d565b614dfd90614df6565b50505f614de8565b9091905f905f198482099084810292838084109303928084039314614f205782670de0b6b3a76400001115614f0e57507faccb18165bd6fe31ae1cf318dc5b51eee0e1ba569b88cd74c1773b91fac106699394670de0b6b3a7640000910990828211900360ee1b910360121c170290565b634e487b71905260116020526024601cfd5b505050670de0b6b3a76400009192500490565b5f19670de0b6b3a7640000820991670de0b6b3a7640000820291828085109403938085039414614fda5783821115614fc257670de0b6b3a7640000829109815f0382168092046002816003021880820260020302808202600203028082026002030280820260020302808202600203028091026002030293600183805f03040190848311900302920304170290565b50634e487b715f52156003026011186020526024601cfd5b5090613d17925061345e565b5f196492d9d770008209916492d9d77000820291828085109403938085039414614fda5783821115614fc2576492d9d77000829109815f0382168092046002816003021880820260020302808202600203028082026002030280820260020302808202600203028091026002030293600183805f03040190848311900302920304170290565b906150756134e3565b50815f52600860205260405f206040519061508f826131e8565b546001600160601b038116825264ffffffffff6001600160401b038260601c1691826020850152818160a01c16604085015260c81c16606083015261518857506150d882613f36565b91805f5260086020527ff44816174e915b597d38841b89336b60deebd9b22df983b2106b59dc2c3ae1c2608060405f2064ffffffffff6001600160601b0387511691818154916001600160401b0360208b015160408c01519260608d0151958560c81b8760c81b1690898760c81b199166ffffffffffffff60c81b1617168460601b8460601b16178660a01b8660a01b1617179055604051968752166020860152166040840152166060820152a2565b9150565b91825f5260096020526151a160405f20613577565b91602083019164ffffffffff8351169081151591826152bc575b5050614c2d577f915de96250f0fbc5439016675cec97b82a5d63dba2b1e84d6d2d8013121b2bd7928264ffffffffff6040945116615274575b50506151ff81613890565b6001600160801b0383519161521383613256565b1681524264ffffffffff811660208084019182525f888152600982528690209351845492516001600160a81b03199093166001600160801b03919091161760809290921b64ffffffffff60801b1691909117909255835192835290820152a2565b5f868152600a6020528481209251835492516001600160a81b03199093166001600160801b03919091161760809290921b64ffffffffff60801b1691909117909155806151f4565b6152c8919250426134d6565b105f806151bb565b90816152dc5750505f90565b5f19820191821161294a576152f09161345e565b6001810180911161294a5790565b612710821161530b575050565b60a4906020604051938492633a0fa8e160e11b8452608060048501528051928391826084870152018585015e5f84838501015260248301525f60448301526127106064830152601f80199101168101030190fdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220d69405580c5df3c3316339bc5c4898bee5c351937347480da11fcedc50bbd65964736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0dc0adec6057f3ac839a8022f2116de10eaa1fc5dd05480685b8267ab7f1f1d38cad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// CreditVault is an auto generated Go binding around an Ethereum contract.
type CreditVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CreditVault) GetABI() abi.ABI {
	return c.abi
}

// NewCreditVault creates a new instance of CreditVault.
func NewCreditVault() *CreditVault {
	parsed, err := CreditVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CreditVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CreditVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address assets_, address pool_) returns()
func (creditVault *CreditVault) PackConstructor(admin common.Address, assets_ common.Address, pool_ common.Address) []byte {
	enc, err := creditVault.abi.Pack("", admin, assets_, pool_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (creditVault *CreditVault) PackBPS() []byte {
	enc, err := creditVault.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (creditVault *CreditVault) TryPackBPS() ([]byte, error) {
	return creditVault.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (creditVault *CreditVault) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (creditVault *CreditVault) PackDEFAULTADMINROLE() []byte {
	enc, err := creditVault.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (creditVault *CreditVault) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return creditVault.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (creditVault *CreditVault) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := creditVault.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRISKADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f16b425.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RISK_ADMIN_ROLE() view returns(bytes32)
func (creditVault *CreditVault) PackRISKADMINROLE() []byte {
	enc, err := creditVault.abi.Pack("RISK_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRISKADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f16b425.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RISK_ADMIN_ROLE() view returns(bytes32)
func (creditVault *CreditVault) TryPackRISKADMINROLE() ([]byte, error) {
	return creditVault.abi.Pack("RISK_ADMIN_ROLE")
}

// UnpackRISKADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f16b425.
//
// Solidity: function RISK_ADMIN_ROLE() view returns(bytes32)
func (creditVault *CreditVault) UnpackRISKADMINROLE(data []byte) ([32]byte, error) {
	out, err := creditVault.abi.Unpack("RISK_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeced5526.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SCALE() view returns(uint256)
func (creditVault *CreditVault) PackSCALE() []byte {
	enc, err := creditVault.abi.Pack("SCALE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeced5526.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SCALE() view returns(uint256)
func (creditVault *CreditVault) TryPackSCALE() ([]byte, error) {
	return creditVault.abi.Pack("SCALE")
}

// UnpackSCALE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeced5526.
//
// Solidity: function SCALE() view returns(uint256)
func (creditVault *CreditVault) UnpackSCALE(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("SCALE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackYEAR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83914540.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function YEAR() view returns(uint256)
func (creditVault *CreditVault) PackYEAR() []byte {
	enc, err := creditVault.abi.Pack("YEAR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackYEAR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83914540.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function YEAR() view returns(uint256)
func (creditVault *CreditVault) TryPackYEAR() ([]byte, error) {
	return creditVault.abi.Pack("YEAR")
}

// UnpackYEAR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83914540.
//
// Solidity: function YEAR() view returns(uint256)
func (creditVault *CreditVault) UnpackYEAR(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("YEAR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f35adf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addCollateral(uint256 loanId, uint256 shares) returns()
func (creditVault *CreditVault) PackAddCollateral(loanId *big.Int, shares *big.Int) []byte {
	enc, err := creditVault.abi.Pack("addCollateral", loanId, shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f35adf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addCollateral(uint256 loanId, uint256 shares) returns()
func (creditVault *CreditVault) TryPackAddCollateral(loanId *big.Int, shares *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("addCollateral", loanId, shares)
}

// PackAssetBook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49d5932c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assetBook(uint256 assetId) view returns(uint256 revenueIndex, uint256 pledged, uint256 dust)
func (creditVault *CreditVault) PackAssetBook(assetId *big.Int) []byte {
	enc, err := creditVault.abi.Pack("assetBook", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssetBook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49d5932c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assetBook(uint256 assetId) view returns(uint256 revenueIndex, uint256 pledged, uint256 dust)
func (creditVault *CreditVault) TryPackAssetBook(assetId *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("assetBook", assetId)
}

// AssetBookOutput serves as a container for the return parameters of contract
// method AssetBook.
type AssetBookOutput struct {
	RevenueIndex *big.Int
	Pledged      *big.Int
	Dust         *big.Int
}

// UnpackAssetBook is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x49d5932c.
//
// Solidity: function assetBook(uint256 assetId) view returns(uint256 revenueIndex, uint256 pledged, uint256 dust)
func (creditVault *CreditVault) UnpackAssetBook(data []byte) (AssetBookOutput, error) {
	out, err := creditVault.abi.Unpack("assetBook", data)
	outstruct := new(AssetBookOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RevenueIndex = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Pledged = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Dust = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71a97305.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assets() view returns(address)
func (creditVault *CreditVault) PackAssets() []byte {
	enc, err := creditVault.abi.Pack("assets")
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
func (creditVault *CreditVault) TryPackAssets() ([]byte, error) {
	return creditVault.abi.Pack("assets")
}

// UnpackAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71a97305.
//
// Solidity: function assets() view returns(address)
func (creditVault *CreditVault) UnpackAssets(data []byte) (common.Address, error) {
	out, err := creditVault.abi.Unpack("assets", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAuction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1200617f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function auction(uint256 loanId) view returns((uint128,uint128,uint40,uint32) a, uint256 price)
func (creditVault *CreditVault) PackAuction(loanId *big.Int) []byte {
	enc, err := creditVault.abi.Pack("auction", loanId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1200617f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function auction(uint256 loanId) view returns((uint128,uint128,uint40,uint32) a, uint256 price)
func (creditVault *CreditVault) TryPackAuction(loanId *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("auction", loanId)
}

// AuctionOutput serves as a container for the return parameters of contract
// method Auction.
type AuctionOutput struct {
	A     CreditVaultAuction
	Price *big.Int
}

// UnpackAuction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1200617f.
//
// Solidity: function auction(uint256 loanId) view returns((uint128,uint128,uint40,uint32) a, uint256 price)
func (creditVault *CreditVault) UnpackAuction(data []byte) (AuctionOutput, error) {
	out, err := creditVault.abi.Unpack("auction", data)
	outstruct := new(AuctionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.A = *abi.ConvertType(out[0], new(CreditVaultAuction)).(*CreditVaultAuction)
	outstruct.Price = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x598647f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bid(uint256 loanId, uint256 maxPrice) returns(uint256 price)
func (creditVault *CreditVault) PackBid(loanId *big.Int, maxPrice *big.Int) []byte {
	enc, err := creditVault.abi.Pack("bid", loanId, maxPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x598647f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bid(uint256 loanId, uint256 maxPrice) returns(uint256 price)
func (creditVault *CreditVault) TryPackBid(loanId *big.Int, maxPrice *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("bid", loanId, maxPrice)
}

// UnpackBid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x598647f8.
//
// Solidity: function bid(uint256 loanId, uint256 maxPrice) returns(uint256 price)
func (creditVault *CreditVault) UnpackBid(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("bid", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ecbcdab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrow(uint256 loanId, uint256 amount) returns(uint256 debt)
func (creditVault *CreditVault) PackBorrow(loanId *big.Int, amount *big.Int) []byte {
	enc, err := creditVault.abi.Pack("borrow", loanId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ecbcdab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrow(uint256 loanId, uint256 amount) returns(uint256 debt)
func (creditVault *CreditVault) TryPackBorrow(loanId *big.Int, amount *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("borrow", loanId, amount)
}

// UnpackBorrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ecbcdab.
//
// Solidity: function borrow(uint256 loanId, uint256 amount) returns(uint256 debt)
func (creditVault *CreditVault) UnpackBorrow(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("borrow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed64bab2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoint(uint256 assetId) returns()
func (creditVault *CreditVault) PackCheckpoint(assetId *big.Int) []byte {
	enc, err := creditVault.abi.Pack("checkpoint", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed64bab2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoint(uint256 assetId) returns()
func (creditVault *CreditVault) TryPackCheckpoint(assetId *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("checkpoint", assetId)
}

// PackEndOfLife is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b2d3741.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endOfLife(uint256 commissionedAt, uint256 months) pure returns(uint256)
func (creditVault *CreditVault) PackEndOfLife(commissionedAt *big.Int, months *big.Int) []byte {
	enc, err := creditVault.abi.Pack("endOfLife", commissionedAt, months)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndOfLife is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b2d3741.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endOfLife(uint256 commissionedAt, uint256 months) pure returns(uint256)
func (creditVault *CreditVault) TryPackEndOfLife(commissionedAt *big.Int, months *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("endOfLife", commissionedAt, months)
}

// UnpackEndOfLife is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b2d3741.
//
// Solidity: function endOfLife(uint256 commissionedAt, uint256 months) pure returns(uint256)
func (creditVault *CreditVault) UnpackEndOfLife(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("endOfLife", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFlag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb760a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flag(uint256 loanId) returns()
func (creditVault *CreditVault) PackFlag(loanId *big.Int) []byte {
	enc, err := creditVault.abi.Pack("flag", loanId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb760a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flag(uint256 loanId) returns()
func (creditVault *CreditVault) TryPackFlag(loanId *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("flag", loanId)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (creditVault *CreditVault) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := creditVault.abi.Pack("getRoleAdmin", role)
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
func (creditVault *CreditVault) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return creditVault.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (creditVault *CreditVault) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := creditVault.abi.Unpack("getRoleAdmin", data)
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
func (creditVault *CreditVault) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := creditVault.abi.Pack("grantRole", role, account)
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
func (creditVault *CreditVault) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return creditVault.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (creditVault *CreditVault) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := creditVault.abi.Pack("hasRole", role, account)
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
func (creditVault *CreditVault) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return creditVault.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (creditVault *CreditVault) UnpackHasRole(data []byte) (bool, error) {
	out, err := creditVault.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365a5306.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loan(uint256 loanId) view returns((address,uint256,uint8,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) v)
func (creditVault *CreditVault) PackLoan(loanId *big.Int) []byte {
	enc, err := creditVault.abi.Pack("loan", loanId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365a5306.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loan(uint256 loanId) view returns((address,uint256,uint8,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) v)
func (creditVault *CreditVault) TryPackLoan(loanId *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("loan", loanId)
}

// UnpackLoan is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x365a5306.
//
// Solidity: function loan(uint256 loanId) view returns((address,uint256,uint8,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) v)
func (creditVault *CreditVault) UnpackLoan(data []byte) (CreditVaultLoanView, error) {
	out, err := creditVault.abi.Unpack("loan", data)
	if err != nil {
		return *new(CreditVaultLoanView), err
	}
	out0 := *abi.ConvertType(out[0], new(CreditVaultLoanView)).(*CreditVaultLoanView)
	return out0, nil
}

// PackLoanCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce63094d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loanCount() view returns(uint256)
func (creditVault *CreditVault) PackLoanCount() []byte {
	enc, err := creditVault.abi.Pack("loanCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoanCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce63094d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loanCount() view returns(uint256)
func (creditVault *CreditVault) TryPackLoanCount() ([]byte, error) {
	return creditVault.abi.Pack("loanCount")
}

// UnpackLoanCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce63094d.
//
// Solidity: function loanCount() view returns(uint256)
func (creditVault *CreditVault) UnpackLoanCount(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("loanCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address operator, address , uint256[] , uint256[] , bytes ) view returns(bytes4)
func (creditVault *CreditVault) PackOnERC1155BatchReceived(operator common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := creditVault.abi.Pack("onERC1155BatchReceived", operator, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address operator, address , uint256[] , uint256[] , bytes ) view returns(bytes4)
func (creditVault *CreditVault) TryPackOnERC1155BatchReceived(operator common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return creditVault.abi.Pack("onERC1155BatchReceived", operator, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address operator, address , uint256[] , uint256[] , bytes ) view returns(bytes4)
func (creditVault *CreditVault) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := creditVault.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address operator, address , uint256 , uint256 , bytes ) view returns(bytes4)
func (creditVault *CreditVault) PackOnERC1155Received(operator common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := creditVault.abi.Pack("onERC1155Received", operator, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address operator, address , uint256 , uint256 , bytes ) view returns(bytes4)
func (creditVault *CreditVault) TryPackOnERC1155Received(operator common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return creditVault.abi.Pack("onERC1155Received", operator, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address operator, address , uint256 , uint256 , bytes ) view returns(bytes4)
func (creditVault *CreditVault) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := creditVault.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address account) view returns(uint256)
func (creditVault *CreditVault) PackOwed(account common.Address) []byte {
	enc, err := creditVault.abi.Pack("owed", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address account) view returns(uint256)
func (creditVault *CreditVault) TryPackOwed(account common.Address) ([]byte, error) {
	return creditVault.abi.Pack("owed", account)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address account) view returns(uint256)
func (creditVault *CreditVault) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a0fe027.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingRevenue(uint256 loanId) view returns(uint256 units, uint256 fraction)
func (creditVault *CreditVault) PackPendingRevenue(loanId *big.Int) []byte {
	enc, err := creditVault.abi.Pack("pendingRevenue", loanId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a0fe027.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingRevenue(uint256 loanId) view returns(uint256 units, uint256 fraction)
func (creditVault *CreditVault) TryPackPendingRevenue(loanId *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("pendingRevenue", loanId)
}

// PendingRevenueOutput serves as a container for the return parameters of contract
// method PendingRevenue.
type PendingRevenueOutput struct {
	Units    *big.Int
	Fraction *big.Int
}

// UnpackPendingRevenue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a0fe027.
//
// Solidity: function pendingRevenue(uint256 loanId) view returns(uint256 units, uint256 fraction)
func (creditVault *CreditVault) UnpackPendingRevenue(data []byte) (PendingRevenueOutput, error) {
	out, err := creditVault.abi.Unpack("pendingRevenue", data)
	outstruct := new(PendingRevenueOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Units = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Fraction = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPledge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfde327be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pledge(uint256 assetId, uint256 shares) returns(uint256 loanId)
func (creditVault *CreditVault) PackPledge(assetId *big.Int, shares *big.Int) []byte {
	enc, err := creditVault.abi.Pack("pledge", assetId, shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPledge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfde327be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pledge(uint256 assetId, uint256 shares) returns(uint256 loanId)
func (creditVault *CreditVault) TryPackPledge(assetId *big.Int, shares *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("pledge", assetId, shares)
}

// UnpackPledge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfde327be.
//
// Solidity: function pledge(uint256 assetId, uint256 shares) returns(uint256 loanId)
func (creditVault *CreditVault) UnpackPledge(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("pledge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pool() view returns(address)
func (creditVault *CreditVault) PackPool() []byte {
	enc, err := creditVault.abi.Pack("pool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pool() view returns(address)
func (creditVault *CreditVault) TryPackPool() ([]byte, error) {
	return creditVault.abi.Pack("pool")
}

// UnpackPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (creditVault *CreditVault) UnpackPool(data []byte) (common.Address, error) {
	out, err := creditVault.abi.Unpack("pool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (creditVault *CreditVault) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := creditVault.abi.Pack("renounceRole", role, callerConfirmation)
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
func (creditVault *CreditVault) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return creditVault.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8aed145.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay(uint256 loanId, uint256 amount) returns(uint256 paid)
func (creditVault *CreditVault) PackRepay(loanId *big.Int, amount *big.Int) []byte {
	enc, err := creditVault.abi.Pack("repay", loanId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8aed145.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repay(uint256 loanId, uint256 amount) returns(uint256 paid)
func (creditVault *CreditVault) TryPackRepay(loanId *big.Int, amount *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("repay", loanId, amount)
}

// UnpackRepay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8aed145.
//
// Solidity: function repay(uint256 loanId, uint256 amount) returns(uint256 paid)
func (creditVault *CreditVault) UnpackRepay(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("repay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (creditVault *CreditVault) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := creditVault.abi.Pack("revokeRole", role, account)
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
func (creditVault *CreditVault) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return creditVault.abi.Pack("revokeRole", role, account)
}

// PackRiskParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfefb36ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function riskParams() view returns((uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32))
func (creditVault *CreditVault) PackRiskParams() []byte {
	enc, err := creditVault.abi.Pack("riskParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRiskParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfefb36ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function riskParams() view returns((uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32))
func (creditVault *CreditVault) TryPackRiskParams() ([]byte, error) {
	return creditVault.abi.Pack("riskParams")
}

// UnpackRiskParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfefb36ce.
//
// Solidity: function riskParams() view returns((uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32))
func (creditVault *CreditVault) UnpackRiskParams(data []byte) (CreditVaultRiskParams, error) {
	out, err := creditVault.abi.Unpack("riskParams", data)
	if err != nil {
		return *new(CreditVaultRiskParams), err
	}
	out0 := *abi.ConvertType(out[0], new(CreditVaultRiskParams)).(*CreditVaultRiskParams)
	return out0, nil
}

// PackSetRiskParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x147af78e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRiskParams((uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32) p) returns()
func (creditVault *CreditVault) PackSetRiskParams(p CreditVaultRiskParams) []byte {
	enc, err := creditVault.abi.Pack("setRiskParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRiskParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x147af78e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRiskParams((uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32) p) returns()
func (creditVault *CreditVault) TryPackSetRiskParams(p CreditVaultRiskParams) ([]byte, error) {
	return creditVault.abi.Pack("setRiskParams", p)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 loanId) returns()
func (creditVault *CreditVault) PackSettle(loanId *big.Int) []byte {
	enc, err := creditVault.abi.Pack("settle", loanId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 loanId) returns()
func (creditVault *CreditVault) TryPackSettle(loanId *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("settle", loanId)
}

// PackSharePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c93b449.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sharePrice(uint256 assetId) view returns(uint256 price, uint256 bookPrice, uint256 revenuePrice)
func (creditVault *CreditVault) PackSharePrice(assetId *big.Int) []byte {
	enc, err := creditVault.abi.Pack("sharePrice", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSharePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c93b449.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sharePrice(uint256 assetId) view returns(uint256 price, uint256 bookPrice, uint256 revenuePrice)
func (creditVault *CreditVault) TryPackSharePrice(assetId *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("sharePrice", assetId)
}

// SharePriceOutput serves as a container for the return parameters of contract
// method SharePrice.
type SharePriceOutput struct {
	Price        *big.Int
	BookPrice    *big.Int
	RevenuePrice *big.Int
}

// UnpackSharePrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c93b449.
//
// Solidity: function sharePrice(uint256 assetId) view returns(uint256 price, uint256 bookPrice, uint256 revenuePrice)
func (creditVault *CreditVault) UnpackSharePrice(data []byte) (SharePriceOutput, error) {
	out, err := creditVault.abi.Unpack("sharePrice", data)
	outstruct := new(SharePriceOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Price = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.BookPrice = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.RevenuePrice = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSnapshots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6565a2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function snapshots(uint256 assetId) view returns((uint128,uint40) older, (uint128,uint40) recent)
func (creditVault *CreditVault) PackSnapshots(assetId *big.Int) []byte {
	enc, err := creditVault.abi.Pack("snapshots", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSnapshots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6565a2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function snapshots(uint256 assetId) view returns((uint128,uint40) older, (uint128,uint40) recent)
func (creditVault *CreditVault) TryPackSnapshots(assetId *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("snapshots", assetId)
}

// SnapshotsOutput serves as a container for the return parameters of contract
// method Snapshots.
type SnapshotsOutput struct {
	Older  CreditVaultSnapshot
	Recent CreditVaultSnapshot
}

// UnpackSnapshots is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6565a2d.
//
// Solidity: function snapshots(uint256 assetId) view returns((uint128,uint40) older, (uint128,uint40) recent)
func (creditVault *CreditVault) UnpackSnapshots(data []byte) (SnapshotsOutput, error) {
	out, err := creditVault.abi.Unpack("snapshots", data)
	outstruct := new(SnapshotsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Older = *abi.ConvertType(out[0], new(CreditVaultSnapshot)).(*CreditVaultSnapshot)
	outstruct.Recent = *abi.ConvertType(out[1], new(CreditVaultSnapshot)).(*CreditVaultSnapshot)
	return *outstruct, nil
}

// PackStablecoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9cbd822.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stablecoin() view returns(address)
func (creditVault *CreditVault) PackStablecoin() []byte {
	enc, err := creditVault.abi.Pack("stablecoin")
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
func (creditVault *CreditVault) TryPackStablecoin() ([]byte, error) {
	return creditVault.abi.Pack("stablecoin")
}

// UnpackStablecoin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe9cbd822.
//
// Solidity: function stablecoin() view returns(address)
func (creditVault *CreditVault) UnpackStablecoin(data []byte) (common.Address, error) {
	out, err := creditVault.abi.Unpack("stablecoin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStartAuction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x065de74c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startAuction(uint256 loanId) returns()
func (creditVault *CreditVault) PackStartAuction(loanId *big.Int) []byte {
	enc, err := creditVault.abi.Pack("startAuction", loanId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartAuction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x065de74c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startAuction(uint256 loanId) returns()
func (creditVault *CreditVault) TryPackStartAuction(loanId *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("startAuction", loanId)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (creditVault *CreditVault) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := creditVault.abi.Pack("supportsInterface", interfaceId)
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
func (creditVault *CreditVault) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return creditVault.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (creditVault *CreditVault) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := creditVault.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa60e733.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep(uint256 assetId) returns(uint256 received)
func (creditVault *CreditVault) PackSweep(assetId *big.Int) []byte {
	enc, err := creditVault.abi.Pack("sweep", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa60e733.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweep(uint256 assetId) returns(uint256 received)
func (creditVault *CreditVault) TryPackSweep(assetId *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("sweep", assetId)
}

// UnpackSweep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa60e733.
//
// Solidity: function sweep(uint256 assetId) returns(uint256 received)
func (creditVault *CreditVault) UnpackSweep(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("sweep", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalOwed() view returns(uint256)
func (creditVault *CreditVault) PackTotalOwed() []byte {
	enc, err := creditVault.abi.Pack("totalOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalOwed() view returns(uint256)
func (creditVault *CreditVault) TryPackTotalOwed() ([]byte, error) {
	return creditVault.abi.Pack("totalOwed")
}

// UnpackTotalOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7fa9f7d.
//
// Solidity: function totalOwed() view returns(uint256)
func (creditVault *CreditVault) UnpackTotalOwed(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("totalOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnallocated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf1c455c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unallocated() view returns(uint256)
func (creditVault *CreditVault) PackUnallocated() []byte {
	enc, err := creditVault.abi.Pack("unallocated")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnallocated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf1c455c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unallocated() view returns(uint256)
func (creditVault *CreditVault) TryPackUnallocated() ([]byte, error) {
	return creditVault.abi.Pack("unallocated")
}

// UnpackUnallocated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf1c455c.
//
// Solidity: function unallocated() view returns(uint256)
func (creditVault *CreditVault) UnpackUnallocated(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("unallocated", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnflag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23c52a61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unflag(uint256 loanId) returns()
func (creditVault *CreditVault) PackUnflag(loanId *big.Int) []byte {
	enc, err := creditVault.abi.Pack("unflag", loanId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnflag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23c52a61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unflag(uint256 loanId) returns()
func (creditVault *CreditVault) TryPackUnflag(loanId *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("unflag", loanId)
}

// PackUnpledge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x711853ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpledge(uint256 loanId, uint256 shares) returns()
func (creditVault *CreditVault) PackUnpledge(loanId *big.Int, shares *big.Int) []byte {
	enc, err := creditVault.abi.Pack("unpledge", loanId, shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpledge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x711853ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpledge(uint256 loanId, uint256 shares) returns()
func (creditVault *CreditVault) TryPackUnpledge(loanId *big.Int, shares *big.Int) ([]byte, error) {
	return creditVault.abi.Pack("unpledge", loanId, shares)
}

// PackValuePerShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe928055a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valuePerShare((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) v) pure returns(uint256 price, uint256 bookPrice, uint256 revenuePrice)
func (creditVault *CreditVault) PackValuePerShare(v CreditVaultValuation) []byte {
	enc, err := creditVault.abi.Pack("valuePerShare", v)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValuePerShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe928055a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valuePerShare((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) v) pure returns(uint256 price, uint256 bookPrice, uint256 revenuePrice)
func (creditVault *CreditVault) TryPackValuePerShare(v CreditVaultValuation) ([]byte, error) {
	return creditVault.abi.Pack("valuePerShare", v)
}

// ValuePerShareOutput serves as a container for the return parameters of contract
// method ValuePerShare.
type ValuePerShareOutput struct {
	Price        *big.Int
	BookPrice    *big.Int
	RevenuePrice *big.Int
}

// UnpackValuePerShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe928055a.
//
// Solidity: function valuePerShare((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) v) pure returns(uint256 price, uint256 bookPrice, uint256 revenuePrice)
func (creditVault *CreditVault) UnpackValuePerShare(data []byte) (ValuePerShareOutput, error) {
	out, err := creditVault.abi.Unpack("valuePerShare", data)
	outstruct := new(ValuePerShareOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Price = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.BookPrice = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.RevenuePrice = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackWithdrawOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39a72c5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawOwed() returns(uint256 amount)
func (creditVault *CreditVault) PackWithdrawOwed() []byte {
	enc, err := creditVault.abi.Pack("withdrawOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39a72c5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawOwed() returns(uint256 amount)
func (creditVault *CreditVault) TryPackWithdrawOwed() ([]byte, error) {
	return creditVault.abi.Pack("withdrawOwed")
}

// UnpackWithdrawOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39a72c5c.
//
// Solidity: function withdrawOwed() returns(uint256 amount)
func (creditVault *CreditVault) UnpackWithdrawOwed(data []byte) (*big.Int, error) {
	out, err := creditVault.abi.Unpack("withdrawOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// CreditVaultAssetTermsCached represents a AssetTermsCached event raised by the CreditVault contract.
type CreditVaultAssetTermsCached struct {
	AssetId        *big.Int
	BookValue      *big.Int
	Supply         *big.Int
	CommissionedAt *big.Int
	EndOfLife      *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const CreditVaultAssetTermsCachedEventName = "AssetTermsCached"

// ContractEventName returns the user-defined event name.
func (CreditVaultAssetTermsCached) ContractEventName() string {
	return CreditVaultAssetTermsCachedEventName
}

// UnpackAssetTermsCachedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetTermsCached(uint256 indexed assetId, uint256 bookValue, uint256 supply, uint256 commissionedAt, uint256 endOfLife)
func (creditVault *CreditVault) UnpackAssetTermsCachedEvent(log *types.Log) (*CreditVaultAssetTermsCached, error) {
	event := "AssetTermsCached"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultAssetTermsCached)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultAuctionSettled represents a AuctionSettled event raised by the CreditVault contract.
type CreditVaultAuctionSettled struct {
	LoanId    *big.Int
	Bidder    common.Address
	Price     *big.Int
	Repaid    *big.Int
	Penalty   *big.Int
	Surplus   *big.Int
	Shortfall *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const CreditVaultAuctionSettledEventName = "AuctionSettled"

// ContractEventName returns the user-defined event name.
func (CreditVaultAuctionSettled) ContractEventName() string {
	return CreditVaultAuctionSettledEventName
}

// UnpackAuctionSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuctionSettled(uint256 indexed loanId, address indexed bidder, uint256 price, uint256 repaid, uint256 penalty, uint256 surplus, uint256 shortfall)
func (creditVault *CreditVault) UnpackAuctionSettledEvent(log *types.Log) (*CreditVaultAuctionSettled, error) {
	event := "AuctionSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultAuctionSettled)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultAuctionStarted represents a AuctionStarted event raised by the CreditVault contract.
type CreditVaultAuctionStarted struct {
	LoanId     *big.Int
	Shares     *big.Int
	StartPrice *big.Int
	FloorPrice *big.Int
	EndsAt     *big.Int
	Debt       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CreditVaultAuctionStartedEventName = "AuctionStarted"

// ContractEventName returns the user-defined event name.
func (CreditVaultAuctionStarted) ContractEventName() string {
	return CreditVaultAuctionStartedEventName
}

// UnpackAuctionStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuctionStarted(uint256 indexed loanId, uint256 shares, uint256 startPrice, uint256 floorPrice, uint256 endsAt, uint256 debt)
func (creditVault *CreditVault) UnpackAuctionStartedEvent(log *types.Log) (*CreditVaultAuctionStarted, error) {
	event := "AuctionStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultAuctionStarted)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultBorrowed represents a Borrowed event raised by the CreditVault contract.
type CreditVaultBorrowed struct {
	LoanId          *big.Int
	To              common.Address
	Amount          *big.Int
	Debt            *big.Int
	CollateralValue *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const CreditVaultBorrowedEventName = "Borrowed"

// ContractEventName returns the user-defined event name.
func (CreditVaultBorrowed) ContractEventName() string {
	return CreditVaultBorrowedEventName
}

// UnpackBorrowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Borrowed(uint256 indexed loanId, address indexed to, uint256 amount, uint256 debt, uint256 collateralValue)
func (creditVault *CreditVault) UnpackBorrowedEvent(log *types.Log) (*CreditVaultBorrowed, error) {
	event := "Borrowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultBorrowed)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultCollateralAdded represents a CollateralAdded event raised by the CreditVault contract.
type CreditVaultCollateralAdded struct {
	LoanId      *big.Int
	Shares      *big.Int
	TotalShares *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const CreditVaultCollateralAddedEventName = "CollateralAdded"

// ContractEventName returns the user-defined event name.
func (CreditVaultCollateralAdded) ContractEventName() string {
	return CreditVaultCollateralAddedEventName
}

// UnpackCollateralAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralAdded(uint256 indexed loanId, uint256 shares, uint256 totalShares)
func (creditVault *CreditVault) UnpackCollateralAddedEvent(log *types.Log) (*CreditVaultCollateralAdded, error) {
	event := "CollateralAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultCollateralAdded)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultCollateralRemoved represents a CollateralRemoved event raised by the CreditVault contract.
type CreditVaultCollateralRemoved struct {
	LoanId      *big.Int
	To          common.Address
	Shares      *big.Int
	TotalShares *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const CreditVaultCollateralRemovedEventName = "CollateralRemoved"

// ContractEventName returns the user-defined event name.
func (CreditVaultCollateralRemoved) ContractEventName() string {
	return CreditVaultCollateralRemovedEventName
}

// UnpackCollateralRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralRemoved(uint256 indexed loanId, address indexed to, uint256 shares, uint256 totalShares)
func (creditVault *CreditVault) UnpackCollateralRemovedEvent(log *types.Log) (*CreditVaultCollateralRemoved, error) {
	event := "CollateralRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultCollateralRemoved)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultLoanClosed represents a LoanClosed event raised by the CreditVault contract.
type CreditVaultLoanClosed struct {
	LoanId *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const CreditVaultLoanClosedEventName = "LoanClosed"

// ContractEventName returns the user-defined event name.
func (CreditVaultLoanClosed) ContractEventName() string {
	return CreditVaultLoanClosedEventName
}

// UnpackLoanClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LoanClosed(uint256 indexed loanId)
func (creditVault *CreditVault) UnpackLoanClosedEvent(log *types.Log) (*CreditVaultLoanClosed, error) {
	event := "LoanClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultLoanClosed)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultLoanCured represents a LoanCured event raised by the CreditVault contract.
type CreditVaultLoanCured struct {
	LoanId           *big.Int
	Debt             *big.Int
	LiquidationLimit *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const CreditVaultLoanCuredEventName = "LoanCured"

// ContractEventName returns the user-defined event name.
func (CreditVaultLoanCured) ContractEventName() string {
	return CreditVaultLoanCuredEventName
}

// UnpackLoanCuredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LoanCured(uint256 indexed loanId, uint256 debt, uint256 liquidationLimit)
func (creditVault *CreditVault) UnpackLoanCuredEvent(log *types.Log) (*CreditVaultLoanCured, error) {
	event := "LoanCured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultLoanCured)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultLoanFlagged represents a LoanFlagged event raised by the CreditVault contract.
type CreditVaultLoanFlagged struct {
	LoanId           *big.Int
	By               common.Address
	Debt             *big.Int
	LiquidationLimit *big.Int
	GraceEndsAt      *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const CreditVaultLoanFlaggedEventName = "LoanFlagged"

// ContractEventName returns the user-defined event name.
func (CreditVaultLoanFlagged) ContractEventName() string {
	return CreditVaultLoanFlaggedEventName
}

// UnpackLoanFlaggedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LoanFlagged(uint256 indexed loanId, address indexed by, uint256 debt, uint256 liquidationLimit, uint256 graceEndsAt)
func (creditVault *CreditVault) UnpackLoanFlaggedEvent(log *types.Log) (*CreditVaultLoanFlagged, error) {
	event := "LoanFlagged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultLoanFlagged)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultLoanOpened represents a LoanOpened event raised by the CreditVault contract.
type CreditVaultLoanOpened struct {
	LoanId   *big.Int
	Borrower common.Address
	AssetId  *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const CreditVaultLoanOpenedEventName = "LoanOpened"

// ContractEventName returns the user-defined event name.
func (CreditVaultLoanOpened) ContractEventName() string {
	return CreditVaultLoanOpenedEventName
}

// UnpackLoanOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LoanOpened(uint256 indexed loanId, address indexed borrower, uint256 indexed assetId, uint256 shares)
func (creditVault *CreditVault) UnpackLoanOpenedEvent(log *types.Log) (*CreditVaultLoanOpened, error) {
	event := "LoanOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultLoanOpened)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultOwedCredited represents a OwedCredited event raised by the CreditVault contract.
type CreditVaultOwedCredited struct {
	Borrower common.Address
	LoanId   *big.Int
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const CreditVaultOwedCreditedEventName = "OwedCredited"

// ContractEventName returns the user-defined event name.
func (CreditVaultOwedCredited) ContractEventName() string {
	return CreditVaultOwedCreditedEventName
}

// UnpackOwedCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwedCredited(address indexed borrower, uint256 indexed loanId, uint256 amount)
func (creditVault *CreditVault) UnpackOwedCreditedEvent(log *types.Log) (*CreditVaultOwedCredited, error) {
	event := "OwedCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultOwedCredited)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultOwedWithdrawn represents a OwedWithdrawn event raised by the CreditVault contract.
type CreditVaultOwedWithdrawn struct {
	Borrower common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const CreditVaultOwedWithdrawnEventName = "OwedWithdrawn"

// ContractEventName returns the user-defined event name.
func (CreditVaultOwedWithdrawn) ContractEventName() string {
	return CreditVaultOwedWithdrawnEventName
}

// UnpackOwedWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwedWithdrawn(address indexed borrower, uint256 amount)
func (creditVault *CreditVault) UnpackOwedWithdrawnEvent(log *types.Log) (*CreditVaultOwedWithdrawn, error) {
	event := "OwedWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultOwedWithdrawn)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultRepaid represents a Repaid event raised by the CreditVault contract.
type CreditVaultRepaid struct {
	LoanId      *big.Int
	Payer       common.Address
	ToInterest  *big.Int
	ToPrincipal *big.Int
	Debt        *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const CreditVaultRepaidEventName = "Repaid"

// ContractEventName returns the user-defined event name.
func (CreditVaultRepaid) ContractEventName() string {
	return CreditVaultRepaidEventName
}

// UnpackRepaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Repaid(uint256 indexed loanId, address indexed payer, uint256 toInterest, uint256 toPrincipal, uint256 debt)
func (creditVault *CreditVault) UnpackRepaidEvent(log *types.Log) (*CreditVaultRepaid, error) {
	event := "Repaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultRepaid)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultRevenueApplied represents a RevenueApplied event raised by the CreditVault contract.
type CreditVaultRevenueApplied struct {
	LoanId      *big.Int
	Revenue     *big.Int
	ToInterest  *big.Int
	ToPrincipal *big.Int
	ToBorrower  *big.Int
	Debt        *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const CreditVaultRevenueAppliedEventName = "RevenueApplied"

// ContractEventName returns the user-defined event name.
func (CreditVaultRevenueApplied) ContractEventName() string {
	return CreditVaultRevenueAppliedEventName
}

// UnpackRevenueAppliedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueApplied(uint256 indexed loanId, uint256 revenue, uint256 toInterest, uint256 toPrincipal, uint256 toBorrower, uint256 debt)
func (creditVault *CreditVault) UnpackRevenueAppliedEvent(log *types.Log) (*CreditVaultRevenueApplied, error) {
	event := "RevenueApplied"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultRevenueApplied)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultRevenueCheckpoint represents a RevenueCheckpoint event raised by the CreditVault contract.
type CreditVaultRevenueCheckpoint struct {
	AssetId            *big.Int
	AccRevenuePerShare *big.Int
	TakenAt            *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const CreditVaultRevenueCheckpointEventName = "RevenueCheckpoint"

// ContractEventName returns the user-defined event name.
func (CreditVaultRevenueCheckpoint) ContractEventName() string {
	return CreditVaultRevenueCheckpointEventName
}

// UnpackRevenueCheckpointEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueCheckpoint(uint256 indexed assetId, uint256 accRevenuePerShare, uint256 takenAt)
func (creditVault *CreditVault) UnpackRevenueCheckpointEvent(log *types.Log) (*CreditVaultRevenueCheckpoint, error) {
	event := "RevenueCheckpoint"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultRevenueCheckpoint)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultRevenueSwept represents a RevenueSwept event raised by the CreditVault contract.
type CreditVaultRevenueSwept struct {
	AssetId      *big.Int
	By           common.Address
	Amount       *big.Int
	RevenueIndex *big.Int
	Dust         *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const CreditVaultRevenueSweptEventName = "RevenueSwept"

// ContractEventName returns the user-defined event name.
func (CreditVaultRevenueSwept) ContractEventName() string {
	return CreditVaultRevenueSweptEventName
}

// UnpackRevenueSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueSwept(uint256 indexed assetId, address indexed by, uint256 amount, uint256 revenueIndex, uint256 dust)
func (creditVault *CreditVault) UnpackRevenueSweptEvent(log *types.Log) (*CreditVaultRevenueSwept, error) {
	event := "RevenueSwept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultRevenueSwept)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultRevenueUnallocated represents a RevenueUnallocated event raised by the CreditVault contract.
type CreditVaultRevenueUnallocated struct {
	AssetId *big.Int
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreditVaultRevenueUnallocatedEventName = "RevenueUnallocated"

// ContractEventName returns the user-defined event name.
func (CreditVaultRevenueUnallocated) ContractEventName() string {
	return CreditVaultRevenueUnallocatedEventName
}

// UnpackRevenueUnallocatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueUnallocated(uint256 indexed assetId, uint256 amount)
func (creditVault *CreditVault) UnpackRevenueUnallocatedEvent(log *types.Log) (*CreditVaultRevenueUnallocated, error) {
	event := "RevenueUnallocated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultRevenueUnallocated)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultRiskParamsChanged represents a RiskParamsChanged event raised by the CreditVault contract.
type CreditVaultRiskParamsChanged struct {
	By     common.Address
	Params CreditVaultRiskParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const CreditVaultRiskParamsChangedEventName = "RiskParamsChanged"

// ContractEventName returns the user-defined event name.
func (CreditVaultRiskParamsChanged) ContractEventName() string {
	return CreditVaultRiskParamsChangedEventName
}

// UnpackRiskParamsChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RiskParamsChanged(address indexed by, (uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32) params)
func (creditVault *CreditVault) UnpackRiskParamsChangedEvent(log *types.Log) (*CreditVaultRiskParamsChanged, error) {
	event := "RiskParamsChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultRiskParamsChanged)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultRoleAdminChanged represents a RoleAdminChanged event raised by the CreditVault contract.
type CreditVaultRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const CreditVaultRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (CreditVaultRoleAdminChanged) ContractEventName() string {
	return CreditVaultRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (creditVault *CreditVault) UnpackRoleAdminChangedEvent(log *types.Log) (*CreditVaultRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultRoleGranted represents a RoleGranted event raised by the CreditVault contract.
type CreditVaultRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreditVaultRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (CreditVaultRoleGranted) ContractEventName() string {
	return CreditVaultRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (creditVault *CreditVault) UnpackRoleGrantedEvent(log *types.Log) (*CreditVaultRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultRoleGranted)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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

// CreditVaultRoleRevoked represents a RoleRevoked event raised by the CreditVault contract.
type CreditVaultRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreditVaultRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (CreditVaultRoleRevoked) ContractEventName() string {
	return CreditVaultRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (creditVault *CreditVault) UnpackRoleRevokedEvent(log *types.Log) (*CreditVaultRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditVaultRoleRevoked)
	if len(log.Data) > 0 {
		if err := creditVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditVault.abi.Events[event].Inputs {
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
func (creditVault *CreditVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], creditVault.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return creditVault.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return creditVault.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["AlreadyFlagged"].ID.Bytes()[:4]) {
		return creditVault.UnpackAlreadyFlaggedError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["BidBelowPrice"].ID.Bytes()[:4]) {
		return creditVault.UnpackBidBelowPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["BorrowLimitExceeded"].ID.Bytes()[:4]) {
		return creditVault.UnpackBorrowLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["GraceNotOver"].ID.Bytes()[:4]) {
		return creditVault.UnpackGraceNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["InsufficientCollateral"].ID.Bytes()[:4]) {
		return creditVault.UnpackInsufficientCollateralError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["LoanHealthy"].ID.Bytes()[:4]) {
		return creditVault.UnpackLoanHealthyError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["LoanUnhealthy"].ID.Bytes()[:4]) {
		return creditVault.UnpackLoanUnhealthyError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["Mismatch"].ID.Bytes()[:4]) {
		return creditVault.UnpackMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["NotBorrower"].ID.Bytes()[:4]) {
		return creditVault.UnpackNotBorrowerError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["NotFlagged"].ID.Bytes()[:4]) {
		return creditVault.UnpackNotFlaggedError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["NothingOwed"].ID.Bytes()[:4]) {
		return creditVault.UnpackNothingOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["NothingToRepay"].ID.Bytes()[:4]) {
		return creditVault.UnpackNothingToRepayError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return creditVault.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["RiskParamOutOfBounds"].ID.Bytes()[:4]) {
		return creditVault.UnpackRiskParamOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return creditVault.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return creditVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["UnexpectedShares"].ID.Bytes()[:4]) {
		return creditVault.UnpackUnexpectedSharesError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["UnknownLoan"].ID.Bytes()[:4]) {
		return creditVault.UnpackUnknownLoanError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return creditVault.UnpackWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return creditVault.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditVault.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return creditVault.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CreditVaultAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the CreditVault contract.
type CreditVaultAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func CreditVaultAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (creditVault *CreditVault) UnpackAccessControlBadConfirmationError(raw []byte) (*CreditVaultAccessControlBadConfirmation, error) {
	out := new(CreditVaultAccessControlBadConfirmation)
	if err := creditVault.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the CreditVault contract.
type CreditVaultAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func CreditVaultAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (creditVault *CreditVault) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*CreditVaultAccessControlUnauthorizedAccount, error) {
	out := new(CreditVaultAccessControlUnauthorizedAccount)
	if err := creditVault.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultAlreadyFlagged represents a AlreadyFlagged error raised by the CreditVault contract.
type CreditVaultAlreadyFlagged struct {
	LoanId    *big.Int
	FlaggedAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFlagged(uint256 loanId, uint256 flaggedAt)
func CreditVaultAlreadyFlaggedErrorID() common.Hash {
	return common.HexToHash("0xda5775256bdb2cc699179c80cd9bab88021926bc6dfc60a3649315f2fc32cafc")
}

// UnpackAlreadyFlaggedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFlagged(uint256 loanId, uint256 flaggedAt)
func (creditVault *CreditVault) UnpackAlreadyFlaggedError(raw []byte) (*CreditVaultAlreadyFlagged, error) {
	out := new(CreditVaultAlreadyFlagged)
	if err := creditVault.abi.UnpackIntoInterface(out, "AlreadyFlagged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultBidBelowPrice represents a BidBelowPrice error raised by the CreditVault contract.
type CreditVaultBidBelowPrice struct {
	LoanId   *big.Int
	MaxPrice *big.Int
	Price    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidBelowPrice(uint256 loanId, uint256 maxPrice, uint256 price)
func CreditVaultBidBelowPriceErrorID() common.Hash {
	return common.HexToHash("0x14441b141ae5cc05103de8cd17cdfbc9b8dc62c284a17aec565fdb8399d04229")
}

// UnpackBidBelowPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidBelowPrice(uint256 loanId, uint256 maxPrice, uint256 price)
func (creditVault *CreditVault) UnpackBidBelowPriceError(raw []byte) (*CreditVaultBidBelowPrice, error) {
	out := new(CreditVaultBidBelowPrice)
	if err := creditVault.abi.UnpackIntoInterface(out, "BidBelowPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultBorrowLimitExceeded represents a BorrowLimitExceeded error raised by the CreditVault contract.
type CreditVaultBorrowLimitExceeded struct {
	LoanId      *big.Int
	Debt        *big.Int
	BorrowLimit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BorrowLimitExceeded(uint256 loanId, uint256 debt, uint256 borrowLimit)
func CreditVaultBorrowLimitExceededErrorID() common.Hash {
	return common.HexToHash("0xff36553a6f15f8d9e68ede5f6465ca064afe9ca6d8253c683c7ef2888170a02c")
}

// UnpackBorrowLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BorrowLimitExceeded(uint256 loanId, uint256 debt, uint256 borrowLimit)
func (creditVault *CreditVault) UnpackBorrowLimitExceededError(raw []byte) (*CreditVaultBorrowLimitExceeded, error) {
	out := new(CreditVaultBorrowLimitExceeded)
	if err := creditVault.abi.UnpackIntoInterface(out, "BorrowLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultGraceNotOver represents a GraceNotOver error raised by the CreditVault contract.
type CreditVaultGraceNotOver struct {
	LoanId      *big.Int
	GraceEndsAt *big.Int
	NowTs       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GraceNotOver(uint256 loanId, uint256 graceEndsAt, uint256 nowTs)
func CreditVaultGraceNotOverErrorID() common.Hash {
	return common.HexToHash("0x53672239beb92789c38cc615942f037be876bf7131f9df1151d420e7c7e1b78e")
}

// UnpackGraceNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GraceNotOver(uint256 loanId, uint256 graceEndsAt, uint256 nowTs)
func (creditVault *CreditVault) UnpackGraceNotOverError(raw []byte) (*CreditVaultGraceNotOver, error) {
	out := new(CreditVaultGraceNotOver)
	if err := creditVault.abi.UnpackIntoInterface(out, "GraceNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultInsufficientCollateral represents a InsufficientCollateral error raised by the CreditVault contract.
type CreditVaultInsufficientCollateral struct {
	LoanId    *big.Int
	Requested *big.Int
	Pledged   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCollateral(uint256 loanId, uint256 requested, uint256 pledged)
func CreditVaultInsufficientCollateralErrorID() common.Hash {
	return common.HexToHash("0x7b73cfae2f20ecc32012424e55654cfbfb1523c8fc3e612d572ebf288d21da9b")
}

// UnpackInsufficientCollateralError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCollateral(uint256 loanId, uint256 requested, uint256 pledged)
func (creditVault *CreditVault) UnpackInsufficientCollateralError(raw []byte) (*CreditVaultInsufficientCollateral, error) {
	out := new(CreditVaultInsufficientCollateral)
	if err := creditVault.abi.UnpackIntoInterface(out, "InsufficientCollateral", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultLoanHealthy represents a LoanHealthy error raised by the CreditVault contract.
type CreditVaultLoanHealthy struct {
	LoanId           *big.Int
	Debt             *big.Int
	LiquidationLimit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LoanHealthy(uint256 loanId, uint256 debt, uint256 liquidationLimit)
func CreditVaultLoanHealthyErrorID() common.Hash {
	return common.HexToHash("0xe6b7bef7dd95242f392d9b2c60d0fe676474a71aba8598b98988c1e5c298f7e4")
}

// UnpackLoanHealthyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LoanHealthy(uint256 loanId, uint256 debt, uint256 liquidationLimit)
func (creditVault *CreditVault) UnpackLoanHealthyError(raw []byte) (*CreditVaultLoanHealthy, error) {
	out := new(CreditVaultLoanHealthy)
	if err := creditVault.abi.UnpackIntoInterface(out, "LoanHealthy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultLoanUnhealthy represents a LoanUnhealthy error raised by the CreditVault contract.
type CreditVaultLoanUnhealthy struct {
	LoanId           *big.Int
	Debt             *big.Int
	LiquidationLimit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LoanUnhealthy(uint256 loanId, uint256 debt, uint256 liquidationLimit)
func CreditVaultLoanUnhealthyErrorID() common.Hash {
	return common.HexToHash("0x59e5a905554c99e7a00f42e3e1c416f7302176032bc2a404782643907dbd5606")
}

// UnpackLoanUnhealthyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LoanUnhealthy(uint256 loanId, uint256 debt, uint256 liquidationLimit)
func (creditVault *CreditVault) UnpackLoanUnhealthyError(raw []byte) (*CreditVaultLoanUnhealthy, error) {
	out := new(CreditVaultLoanUnhealthy)
	if err := creditVault.abi.UnpackIntoInterface(out, "LoanUnhealthy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultMismatch represents a Mismatch error raised by the CreditVault contract.
type CreditVaultMismatch struct {
	Expected *big.Int
	Got      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Mismatch(uint256 expected, uint256 got)
func CreditVaultMismatchErrorID() common.Hash {
	return common.HexToHash("0xeeb3c9ad02adeb95a221e93da1078d0d2f6910bd0caff0f42d7799287a5dce15")
}

// UnpackMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Mismatch(uint256 expected, uint256 got)
func (creditVault *CreditVault) UnpackMismatchError(raw []byte) (*CreditVaultMismatch, error) {
	out := new(CreditVaultMismatch)
	if err := creditVault.abi.UnpackIntoInterface(out, "Mismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultNotBorrower represents a NotBorrower error raised by the CreditVault contract.
type CreditVaultNotBorrower struct {
	LoanId   *big.Int
	Caller   common.Address
	Borrower common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBorrower(uint256 loanId, address caller, address borrower)
func CreditVaultNotBorrowerErrorID() common.Hash {
	return common.HexToHash("0xe9a17e5a9207612faa405f838eb041e24156643c73be56fe2bbca392ff4fb7cc")
}

// UnpackNotBorrowerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBorrower(uint256 loanId, address caller, address borrower)
func (creditVault *CreditVault) UnpackNotBorrowerError(raw []byte) (*CreditVaultNotBorrower, error) {
	out := new(CreditVaultNotBorrower)
	if err := creditVault.abi.UnpackIntoInterface(out, "NotBorrower", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultNotFlagged represents a NotFlagged error raised by the CreditVault contract.
type CreditVaultNotFlagged struct {
	LoanId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFlagged(uint256 loanId)
func CreditVaultNotFlaggedErrorID() common.Hash {
	return common.HexToHash("0x9b6308150bc7f89d497ba058f424e75dd8e96070c63aa596c22c739f3aba2274")
}

// UnpackNotFlaggedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFlagged(uint256 loanId)
func (creditVault *CreditVault) UnpackNotFlaggedError(raw []byte) (*CreditVaultNotFlagged, error) {
	out := new(CreditVaultNotFlagged)
	if err := creditVault.abi.UnpackIntoInterface(out, "NotFlagged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultNothingOwed represents a NothingOwed error raised by the CreditVault contract.
type CreditVaultNothingOwed struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingOwed(address account)
func CreditVaultNothingOwedErrorID() common.Hash {
	return common.HexToHash("0x751b0fdaa408a0c7537afaf0af96a92598192bff093a0ad0f684a7c83bc223c9")
}

// UnpackNothingOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingOwed(address account)
func (creditVault *CreditVault) UnpackNothingOwedError(raw []byte) (*CreditVaultNothingOwed, error) {
	out := new(CreditVaultNothingOwed)
	if err := creditVault.abi.UnpackIntoInterface(out, "NothingOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultNothingToRepay represents a NothingToRepay error raised by the CreditVault contract.
type CreditVaultNothingToRepay struct {
	LoanId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRepay(uint256 loanId)
func CreditVaultNothingToRepayErrorID() common.Hash {
	return common.HexToHash("0x987419261735390e3fc3c8c97a96e644e6ba707f29b64648a8a32562f4f46f79")
}

// UnpackNothingToRepayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRepay(uint256 loanId)
func (creditVault *CreditVault) UnpackNothingToRepayError(raw []byte) (*CreditVaultNothingToRepay, error) {
	out := new(CreditVaultNothingToRepay)
	if err := creditVault.abi.UnpackIntoInterface(out, "NothingToRepay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the CreditVault contract.
type CreditVaultReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func CreditVaultReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (creditVault *CreditVault) UnpackReentrancyGuardReentrantCallError(raw []byte) (*CreditVaultReentrancyGuardReentrantCall, error) {
	out := new(CreditVaultReentrancyGuardReentrantCall)
	if err := creditVault.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultRiskParamOutOfBounds represents a RiskParamOutOfBounds error raised by the CreditVault contract.
type CreditVaultRiskParamOutOfBounds struct {
	Name  string
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RiskParamOutOfBounds(string name, uint256 value, uint256 min, uint256 max)
func CreditVaultRiskParamOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x741f51c20229bc5365beac17ff052bcd9715a4e19f7c325f812c9822eb7497b4")
}

// UnpackRiskParamOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RiskParamOutOfBounds(string name, uint256 value, uint256 min, uint256 max)
func (creditVault *CreditVault) UnpackRiskParamOutOfBoundsError(raw []byte) (*CreditVaultRiskParamOutOfBounds, error) {
	out := new(CreditVaultRiskParamOutOfBounds)
	if err := creditVault.abi.UnpackIntoInterface(out, "RiskParamOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the CreditVault contract.
type CreditVaultSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func CreditVaultSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (creditVault *CreditVault) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*CreditVaultSafeCastOverflowedUintDowncast, error) {
	out := new(CreditVaultSafeCastOverflowedUintDowncast)
	if err := creditVault.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the CreditVault contract.
type CreditVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func CreditVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (creditVault *CreditVault) UnpackSafeERC20FailedOperationError(raw []byte) (*CreditVaultSafeERC20FailedOperation, error) {
	out := new(CreditVaultSafeERC20FailedOperation)
	if err := creditVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultUnexpectedShares represents a UnexpectedShares error raised by the CreditVault contract.
type CreditVaultUnexpectedShares struct {
	Token    common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedShares(address token, address operator)
func CreditVaultUnexpectedSharesErrorID() common.Hash {
	return common.HexToHash("0xaaa2fa4a745fa5570893ce9b2a10dccd4c8e9152b97adb9da20e1de5fddf77f1")
}

// UnpackUnexpectedSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedShares(address token, address operator)
func (creditVault *CreditVault) UnpackUnexpectedSharesError(raw []byte) (*CreditVaultUnexpectedShares, error) {
	out := new(CreditVaultUnexpectedShares)
	if err := creditVault.abi.UnpackIntoInterface(out, "UnexpectedShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultUnknownLoan represents a UnknownLoan error raised by the CreditVault contract.
type CreditVaultUnknownLoan struct {
	LoanId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLoan(uint256 loanId)
func CreditVaultUnknownLoanErrorID() common.Hash {
	return common.HexToHash("0x130952d5ef89153be4922280f2f48ddfdfab1d77ac34b1e183270ea742005634")
}

// UnpackUnknownLoanError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLoan(uint256 loanId)
func (creditVault *CreditVault) UnpackUnknownLoanError(raw []byte) (*CreditVaultUnknownLoan, error) {
	out := new(CreditVaultUnknownLoan)
	if err := creditVault.abi.UnpackIntoInterface(out, "UnknownLoan", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultWrongStatus represents a WrongStatus error raised by the CreditVault contract.
type CreditVaultWrongStatus struct {
	LoanId   *big.Int
	Status   uint8
	Required uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(uint256 loanId, uint8 status, uint8 required)
func CreditVaultWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x9b0b4afd5488c1081a7a837f87f3f5f15a7b46a4fd78cf519a40caf944cbf123")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(uint256 loanId, uint8 status, uint8 required)
func (creditVault *CreditVault) UnpackWrongStatusError(raw []byte) (*CreditVaultWrongStatus, error) {
	out := new(CreditVaultWrongStatus)
	if err := creditVault.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultZeroAddress represents a ZeroAddress error raised by the CreditVault contract.
type CreditVaultZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func CreditVaultZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (creditVault *CreditVault) UnpackZeroAddressError(raw []byte) (*CreditVaultZeroAddress, error) {
	out := new(CreditVaultZeroAddress)
	if err := creditVault.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditVaultZeroAmount represents a ZeroAmount error raised by the CreditVault contract.
type CreditVaultZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func CreditVaultZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (creditVault *CreditVault) UnpackZeroAmountError(raw []byte) (*CreditVaultZeroAmount, error) {
	out := new(CreditVaultZeroAmount)
	if err := creditVault.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
