// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package lendingpool

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

// LendingPoolBooks is an auto generated low-level Go binding around an user-defined struct.
type LendingPoolBooks struct {
	Cash            *big.Int
	BorrowAssets    *big.Int
	BorrowShares    *big.Int
	BorrowIndex     *big.Int
	InterestAccrued *big.Int
	Penalties       *big.Int
	BadDebt         *big.Int
	AsOf            *big.Int
}

// LendingPoolRateModel is an auto generated low-level Go binding around an user-defined struct.
type LendingPoolRateModel struct {
	BaseRate           uint64
	Slope1             uint64
	Slope2             uint64
	OptimalUtilisation uint64
}

// LendingPoolMetaData contains all meta data concerning the LendingPool contract.
var LendingPoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"creditVault\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"DepositShortfall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxMint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxRedeem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cash\",\"type\":\"uint256\"}],\"name\":\"InsufficientCash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToSkim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"booked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"held\",\"type\":\"uint256\"}],\"name\":\"PaymentMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RateParamOutOfBounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowShares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalBorrowShares\",\"type\":\"uint256\"}],\"name\":\"RepaymentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"ZeroShares\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"borrowShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalBadDebt\",\"type\":\"uint256\"}],\"name\":\"BadDebtWrittenDown\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"interest\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"borrowAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"borrowIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ratePerYear\",\"type\":\"uint256\"}],\"name\":\"InterestAccrued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"borrowShares\",\"type\":\"uint256\"}],\"name\":\"Lent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"baseRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slope1\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slope2\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"optimalUtilisation\",\"type\":\"uint256\"}],\"name\":\"RateModelChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"borrowShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"RepaymentBooked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Skimmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CREDIT_VAULT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OPTIMAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RATE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SLOPE2\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_OPTIMAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RATE_UNIT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RISK_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"YEAR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accrue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"borrowAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowShares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"books\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"cash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowShares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"interestAccrued\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"penalties\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"badDebt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"asOf\",\"type\":\"uint256\"}],\"internalType\":\"structLendingPool.Books\",\"name\":\"r\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"utilisation\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ratePerYear\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"borrowShares\",\"type\":\"uint256\"}],\"name\":\"debtOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"lend\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"borrowShares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rateModel\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"baseRate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slope1\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slope2\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"optimalUtilisation\",\"type\":\"uint64\"}],\"internalType\":\"structLendingPool.RateModel\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowShares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"repay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"baseRate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slope1\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slope2\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"optimalUtilisation\",\"type\":\"uint64\"}],\"internalType\":\"structLendingPool.RateModel\",\"name\":\"model\",\"type\":\"tuple\"}],\"name\":\"setRateModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"skim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"surplus\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loanId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowShares\",\"type\":\"uint256\"}],\"name\":\"writeOff\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LendingPool",
	Bin: "0x60c060405234610783576139906060813803918261001c81610787565b9384928339810103126107835780516001600160a01b03811680820361078357610054604061004d602086016107ac565b94016107ac565b9161005f6040610787565b601c81527f6770756c6564676572206c656e64696e6720706f6f6c2073686172650000000060208201526100936040610787565b600681526519db1413d3d360d21b6020820152815190916001600160401b03821161053f5760035490600182811c92168015610779575b60208310146106745781601f849311610703575b50602090601f831160011461069d575f92610692575b50508160011b915f199060031b1c1916176003555b8051906001600160401b03821161053f5760045490600182811c92168015610688575b60208310146106745781601f8493116105fe575b50602090601f8311600114610598575f9261058d575b50508160011b915f199060031b1c1916176004555b63313ce56760e01b5f5260205f600481845afa5f5190601f3d1116610100821016801561058457025b60a052608052158015610573575b8015610562575b610553576101c3826101bd6101c9946107c0565b50610836565b506108c9565b506006805464ffffffffff60d01b19164260d01b64ffffffffff60d01b16179055600754604051608081016001600160401b0381118282101761053f5760405266470de4df8200008152602081019167016345785d8a000083526040820191670de0b6b3a764000083526060810191670b1a2bc2ec500000835261027266470de4df8200006102586040610787565b6008815267626173655261746560c01b602082015261095c565b84516102a3906001600160401b031661028b6040610787565b6006815265736c6f70653160d01b602082015261095c565b83516001600160401b03166102b86040610787565b60068152602081016539b637b8329960d11b8152678ac7230489e8000083118015610530575b6104da57505083516001600160401b031690506102fb6040610787565b60128152602081017137b83a34b6b0b62aba34b634b9b0ba34b7b760711b8152662386f26fc10000831080156104c9575b80156104ba575b61045d5750509151945193519251633b9aca006001600160401b0395861681810460881b64ffffffffff60881b1695871682810460b01b64ffffffffff60b01b1670ffffffffff00000000000000000000000095861694891684810460d81b6001600160d81b03191695909517670de0b6b3a76400001764ffffffffff60601b1916179690961797909616908104606090811b90931696909617600755604080519687526020870195909552938501929092525082015233907fd406773f7edf2602da48f51f156347782e9b00c050502056139d11b47728718e90608090a2604051612f3090816109e0823960805181818161072b01528181610a6901528181611410015281816116df01528181611d5401528181612aae0152612db8015260a051816114990152f35b9060a49160405193849263301bf79160e01b8452608060048501525180928160848601528585015e5f8383018501526024830152662386f26fc100006044830152670dbd2fc137a300006064830152601f01601f19168101030190fd5b50633b9aca0083061515610333565b50670dbd2fc137a30000831161032c565b9060a49160405193849263301bf79160e01b8452608060048501525180928160848601528585015e5f84838501015260248301525f6044830152678ac7230489e800006064830152601f80199101168101030190fd5b50633b9aca00830615156102de565b634e487b7160e01b5f52604160045260245ffd5b63d92e233d60e01b5f5260045ffd5b506001600160a01b038116156101a9565b506001600160a01b038216156101a2565b50506012610194565b015190505f80610156565b60045f9081528281209350601f198516905b8181106105e657509084600195949392106105ce575b505050811b0160045561016b565b01515f1960f88460031b161c191690555f80806105c0565b929360206001819287860151815501950193016105aa565b828111156101405760045f52909150601f830160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6020851061066c575b849392601f0160051c82900391015f5b82811061065c575050610140565b5f8183015585945060010161064e565b5f915061063e565b634e487b7160e01b5f52602260045260245ffd5b91607f169161012c565b015190505f806100f4565b60035f9081528281209350601f198516905b8181106106eb57509084600195949392106106d3575b505050811b01600355610109565b01515f1960f88460031b161c191690555f80806106c5565b929360206001819287860151815501950193016106af565b828111156100de5760035f52909150601f830160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208510610771575b849392601f0160051c82900391015f5b8281106107615750506100de565b5f81830155859450600101610753565b5f9150610743565b91607f16916100ca565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761053f57604052565b51906001600160a01b038216820361078357565b6001600160a01b0381165f9081525f5160206139705f395f51905f52602052604090205460ff16610831576001600160a01b03165f8181525f5160206139705f395f51905f5260205260408120805460ff191660011790553391905f5160206139105f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206139505f395f51905f52602052604090205460ff16610831576001600160a01b03165f8181525f5160206139505f395f51905f5260205260408120805460ff191660011790553391907f870ee5500b98ca09b5fcd7de4a95293916740021c92172d268dad85baec3c85f905f5160206139105f395f51905f529080a4600190565b6001600160a01b0381165f9081525f5160206139305f395f51905f52602052604090205460ff16610831576001600160a01b03165f8181525f5160206139305f395f51905f5260205260408120805460ff191660011790553391907f952e7005da5c45d6eddd9a86acf1a4eb02e112ed8e23016ce882509aad19718e905f5160206139105f395f51905f529080a4600190565b670de0b6b3a7640000821180156109d0575b610976575050565b60a490602060405193849263301bf79160e01b8452608060048501528051928391826084870152018585015e5f84838501015260248301525f6044830152670de0b6b3a76400006064830152601f80199101168101030190fd5b50633b9aca008206151561096e56fe60806040526004361015610011575f80fd5b5f3560e01c806301e1d11414611aa257806301ffc9a714611a4c57806306fdde031461199157806307a2d13a146113f6578063095ea7b3146118e95780630a28a477146118cb57806313888565146118b1578063164b5f881461189357806318160ddd1461187657806323b872dd1461183e578063248a9ca31461181357806328f69a2c1461152f5780632a1bc24d1461150e5780632f2ff15d146114d0578063313ce5671461148357806336568abe1461143f57806338d52e0f146113fb578063402d267d1461041b5780634cdad506146113f65780634f16b425146113bc5780635c8fe4381461122d57806360608e5114610e935780636a1460241461061f5780636e553f6514610e5857806370a0823114610e215780638391454014610e035780638718699e14610de157806391d1485414610d9857806394bf804d14610d5d57806395d89b4114610c51578063a108845914610b26578063a217fddf14610b0c578063a9059cbb14610adb578063b1139a4514610889578063b3d7f6b91461086b578063b460af9414610808578063ba087652146107a5578063bc25cf771461067f578063bd7be5a414610624578063c24dbebd1461061f578063c564f77214610420578063c63d75b61461041b578063c6e6f59214610333578063ce96cb77146103f8578063d547741f146103b3578063d905777e14610388578063dd62ed3e14610338578063ef8b30f714610333578063f8ba4cff146102f4578063f9f8bdb7146102b5578063fcc841bd1461027b5763ff012ec014610255575f80fd5b34610277575f366003190112610277576020604051678ac7230489e800008152f35b5f80fd5b34610277575f3660031901126102775760206040517f952e7005da5c45d6eddd9a86acf1a4eb02e112ed8e23016ce882509aad19718e8152f35b34610277575f3660031901126102775760406102d76102d2611c3b565b6127e6565b6102e86102e2611c7b565b8261284c565b82519182526020820152f35b34610277575f36600319011261027757604060206001600160801b036001600160681b03610320612264565b9301511691511682519182526020820152f35b611bab565b3461027757604036600319011261027757610351611afe565b610359611b14565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b346102775760203660031901126102775760206103ab6103a6611afe565b611eb1565b604051908152f35b34610277576040366003190112610277576103f66004356103d2611b14565b906103f16103ec825f526005602052600160405f20015490565b61222a565b6126ac565b005b346102775760203660031901126102775760206103ab610416611afe565b611e79565b611b2a565b346102775760403660031901126102775760243561043c6121bb565b80156106105761044a612264565b90916001600160801b03825116928382116105e657602080945081016104f76001600160801b038661048b6001600160681b0385511683895116908861256f565b966001600160681b036104a3818a1682885116611de2565b1685526104d9836104b9818a1682855116611e02565b168083526001600160801b03166001600160801b03196008541617600855565b0151166001600160801b036008549181199060801b16911617600855565b6105216001600160681b038351166001600160681b03166001600160681b03196006541617600655565b519060065490604064ffffffffff60d01b91015160d01b16916001600160681b0360681b9060681b16906001600160901b0360681b191617176006557f9348a87a2cf74e362b580dabfc3a4c8ed91a43cc479bd88e939854623ca003596105db600954610597856001600160801b038316611ce2565b906001600160801b036105a9836125f5565b16906001600160801b031916176009556040519182916004359587846040919493926060820195825260208201520152565b0390a2604051908152f35b608482856040519163faa9e4a760e01b83525f600484015260248301525f60448301526064820152fd5b631f2a200560e01b5f5260045ffd5b611b4f565b346102775760203660031901126102775760206103ab61066a610645611c3b565b6001600160681b038461065f610659611c7b565b84611ee4565b505092015116611ce2565b6001600160801b03600854169060043561256f565b3461027757602036600319011261027757610698611afe565b6106a0612730565b335f9081527f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc602052604090205460ff161561078e576001600160a01b03811690811561077f576106ef611d39565b9081156107705781610758916020946040518381527f0cfb7d414a57e3fd35da9f4b61341e65026c225646228ba0262d9264f541c32e873392a37f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612765565b5f5f516020612edb5f395f51905f525d604051908152f35b6316ed654560e31b5f5260045ffd5b63d92e233d60e01b5f5260045ffd5b63e2517d3f60e01b5f52336004525f60245260445ffd5b34610277576107b336611b71565b90916107bd612730565b6107c682611eb1565b8082116107e75750806020936107de61075893611fd3565b93849133612cca565b91632e52afbb60e21b5f5260018060a01b031660045260245260445260645ffd5b346102775761081636611b71565b9091610820612730565b61082982611e79565b80821161084a57506020928161084161075893611ffc565b93849233612cca565b91633fa733bb60e21b5f5260018060a01b031660045260245260445260645ffd5b346102775760203660031901126102775760206103ab600435611fa3565b34610277576060366003190112610277576108a2611b14565b604435906108ae612730565b6108b66121bb565b8115610610576001600160a01b03811691821561077f576108d5612264565b93906001600160681b03815116808411610ac55750602081016001600160681b038151166001600160801b03875116620f42408101809111610ab15761091b9086611e48565b9060018101809111610ab157610930916129cf565b956001600160681b03851683516001600160681b03169061095091611de2565b6001600160681b031683528482516001600160681b03169061097191611ce2565b61097a906125c4565b6001600160681b031682528681516001600160801b03169061099b91611ce2565b6109a4906125f5565b6001600160801b031680825260209091015160801b6001600160801b0319161760085581516001600160681b03166109f2906001600160681b03166001600160681b03196006541617600655565b51906006549064ffffffffff60d01b906040015160d01b16916001600160681b0360681b9060681b16906001600160901b0360681b191617176006556040518281528460208201526004359060407f693b62412895773d45295df75e325ba6a8dfde86a5eafdee13b90f3986f4677891a3610a96917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612765565b5f5f516020612edb5f395f51905f525d604051908152602090f35b634e487b7160e01b5f52601160045260245ffd5b8363c23240ad60e01b5f5260045260245260445ffd5b3461027757604036600319011261027757610b01610af7611afe565b60243590336120fe565b602060405160018152f35b34610277575f3660031901126102775760206040515f8152f35b34610277575f366003190112610277575f6060604051610b4581611bc9565b8281528260208201528260408201520152610b5e611c7b565b64ffffffffff602082015116633b9aca00810290808204633b9aca001490151715610ab1576001600160401b031664ffffffffff60408301511691633b9aca00830292808404633b9aca001490151715610ab15764ffffffffff60608201511690633b9aca00820291808304633b9aca001490151715610ab157608064ffffffffff91015116633b9aca00810290808204633b9aca001490151715610ab1576001600160401b03809281608096816060604051610c1a81611bc9565b8981528260208201941684528260408201961686520195168552604051968752511660208601525116604084015251166060820152f35b34610277575f366003190112610277576040515f6004548060011c90600181168015610d53575b602083108114610d3f57828552908115610d1b5750600114610cbd575b610cb983610ca581850382611c1a565b604051918291602083526020830190611abc565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b808210610d0157509091508101602001610ca5610c95565b919260018160209254838588010152019101909291610ce9565b60ff191660208086019190915291151560051b84019091019150610ca59050610c95565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610c78565b34610277576040366003190112610277576020600435610758610d7e611b14565b91610d87612730565b610d9081611fa3565b809333612a6b565b3461027757604036600319011261027757610db1611b14565b6004355f52600560205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610277575f366003190112610277576020604051670dbd2fc137a300008152f35b34610277575f3660031901126102775760206040516301e133808152f35b34610277576020366003190112610277576001600160a01b03610e42611afe565b165f525f602052602060405f2054604051908152f35b34610277576040366003190112610277576020600435610758610e79611b14565b610e81612730565b610e8a8361202c565b92839133612a6b565b3461027757608036600319011261027757335f9081527fcd706a7ec794102526683df1517deb28106201326896f1a5a59f8f9146080a9f602052604090205460ff16156111f657610ee2612264565b5050604051610ef081611bc9565b600435906001600160401b03821691828103610277578152602435916001600160401b03831683036102775760208201928352604435916001600160401b03831683036102775760408101928352606435916001600160401b038316830361027757610f859060608301938452604051610f6b604082611c1a565b6008815267626173655261746560c01b60208201526129fd565b610fb96001600160401b03855116604051610fa1604082611c1a565b6006815265736c6f70653160d01b60208201526129fd565b6001600160401b0383511660405190610fd3604083611c1a565b600682526539b637b8329960d11b6020830152678ac7230489e80000811180156111e7575b6111a35750506001600160401b0382511660405190611018604083611c1a565b601282527137b83a34b6b0b62aba34b634b9b0ba34b7b760711b6020830152662386f26fc1000081108015611192575b8015611183575b6111385750506001600160401b03808083633b9aca00828096511604633b9aca00838a511604633b9aca00848a511604633b9aca00858a5116046007549364ffffffffff60601b9060601b169370ffffffffffffffffffffffffffffffffff64ffffffffff60601b199264ffffffffff60d81b9060d81b16911617169064ffffffffff60b01b9060b01b16179064ffffffffff60881b9060881b1617176007555116955116935116915116916040519384526020840152604083015260608201527fd406773f7edf2602da48f51f156347782e9b00c050502056139d11b47728718e60803392a2005b60405163301bf79160e01b8152608060048201529250829161115e906084840190611abc565b906024830152662386f26fc100006044830152670dbd2fc137a3000060648301520390fd5b50633b9aca008106151561104f565b50670dbd2fc137a300008111611048565b60405163301bf79160e01b815260806004820152925082916111c9906084840190611abc565b9060248301525f6044830152678ac7230489e8000060648301520390fd5b50633b9aca0081061515610ff8565b63e2517d3f60e01b5f52336004527f870ee5500b98ca09b5fcd7de4a95293916740021c92172d268dad85baec3c85f60245260445ffd5b34610277575f3660031901126102775760405161010081018181106001600160401b038211176113a8576040525f8152602081015f8152604082015f8152606083015f8152608084015f815260a08501915f835260c08601935f855260e08701955f8752611299611c3b565b6112a1611c7b565b896112aa611e22565b604051936112b785611bff565b600954936001600160801b0385168652602086019460801c85526112db8183611ee4565b5092819581516001600160681b03169052602001516001600160681b03169061130391611ce2565b875282516001600160801b03168852516001600160601b0316906113279082611e48565b670de0b6b3a7640000900461133b91611ce2565b8752602001516001600160801b03169061135491611ce2565b8652516001600160801b03168652516001600160801b03168652428752604051975188525160208801525160408701525160608601525160808501525160a08401525160c08301525160e082015261010090f35b634e487b7160e01b5f52604160045260245ffd5b34610277575f3660031901126102775760206040517f870ee5500b98ca09b5fcd7de4a95293916740021c92172d268dad85baec3c85f8152f35b611ae0565b34610277575f366003190112610277576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461027757604036600319011261027757611458611b14565b336001600160a01b03821603611474576103f6906004356126ac565b63334bd91960e11b5f5260045ffd5b34610277575f36600319011261027757600660ff7f0000000000000000000000000000000000000000000000000000000000000000160160ff8111610ab15760209060ff60405191168152f35b34610277576040366003190112610277576103f66004356114ef611b14565b906115096103ec825f526005602052600160405f20015490565b612626565b34610277575f366003190112610277576020604051662386f26fc100008152f35b34610277576080366003190112610277576064356024356044356115516121bb565b81158061180b575b61061057611565612264565b93906020810161158b6001600160681b038251166001600160801b03885116908661256f565b6001600160801b038751169081861180156117f8575b80156117ef575b6117c557505061161a6001600160801b0360206115d8866115d38a6001600160681b03895116611ce2565b611ce2565b986001600160681b036115ea8b6125c4565b1686526001600160681b03611604818b1682885116611de2565b1685526104d9836104b9818b1682855116611e02565b6116446001600160681b038351166001600160681b03166001600160681b03196006541617600655565b519060065490604064ffffffffff60d01b91015160d01b16916001600160681b0360681b9060681b16906001600160901b0360681b1916171760065580611775575b60408051938452602084019290925290820152600435907f3b98b3a3c3b0b14110f990e4babf605c85a8aeb595500b1c2756bc913ab2504990606090a26040516370a0823160e01b8152306004820152906020826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91821561176a575f92611736575b5080821061172157005b63297a60a360e11b5f5260045260245260445ffd5b9091506020813d602011611762575b8161175260209383611c1a565b8101031261027757519082611717565b3d9150611745565b6040513d5f823e3d90fd5b61177e816125f5565b916001600160801b0360095493168360801c01926001600160801b038411610ab1576001600160801b031660809390931b6001600160801b03191692909217600955611686565b6084918791876040519363faa9e4a760e01b85526004850152602484015260448301526064820152fd5b508087106115a8565b506001600160681b0383511687116115a1565b508215611559565b346102775760203660031901126102775760206103ab6004355f526005602052600160405f20015490565b3461027757606036600319011261027757610b0161185a611afe565b611862611b14565b6044359161187183338361205b565b6120fe565b34610277575f366003190112610277576020600254604051908152f35b34610277575f366003190112610277576020604051633b9aca008152f35b34610277575f3660031901126102775760206103ab611d39565b346102775760203660031901126102775760206103ab600435611ffc565b3461027757604036600319011261027757611902611afe565b60243590331561197e576001600160a01b031690811561196b57335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b34610277575f366003190112610277576040515f6003548060011c90600181168015611a42575b602083108114610d3f57828552908115610d1b57506001146119e457610cb983610ca581850382611c1a565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b808210611a2857509091508101602001610ca5610c95565b919260018160209254838588010152019101909291611a10565b91607f16916119b8565b346102775760203660031901126102775760043563ffffffff60e01b811680910361027757602090637965db0b60e01b8114908115611a91575b506040519015158152f35b6301ffc9a760e01b14905082611a86565b34610277575f3660031901126102775760206103ab611cef565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b346102775760203660031901126102775760206103ab600435611fd3565b600435906001600160a01b038216820361027757565b602435906001600160a01b038216820361027757565b3461027757602036600319011261027757611b43611afe565b5060206040515f198152f35b34610277575f366003190112610277576020604051670de0b6b3a76400008152f35b606090600319011261027757600435906024356001600160a01b038116810361027757906044356001600160a01b03811681036102775790565b346102775760203660031901126102775760206103ab60043561202c565b608081019081106001600160401b038211176113a857604052565b606081019081106001600160401b038211176113a857604052565b604081019081106001600160401b038211176113a857604052565b90601f801991011681019081106001600160401b038211176113a857604052565b60405190611c4882611be4565b81604064ffffffffff6006546001600160681b03811684526001600160681b038160681c16602085015260d01c16910152565b6040519060a082018281106001600160401b038211176113a8576040528160806007546001600160601b038116835264ffffffffff8160601c16602084015264ffffffffff8160881c16604084015264ffffffffff8160b01c16606084015260d81c910152565b91908201809211610ab157565b611d29611cfa611c3b565b6115d3611d0e611d08611c7b565b83611ee4565b5050916001600160681b036020818351169201511690611ce2565b90565b91908203918211610ab157565b6040516370a0823160e01b81523060048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561176a575f91611db0575b506006546001600160681b031680821115611daa57611d2991611d2c565b50505f90565b90506020813d602011611dda575b81611dcb60209383611c1a565b8101031261027757515f611d8c565b3d9150611dbe565b906001600160681b03809116911603906001600160681b038211610ab157565b906001600160801b03809116911603906001600160801b038211610ab157565b60405190611e2f82611bff565b6008546001600160801b038116835260801c6020830152565b81810292918115918404141715610ab157565b8115611e65570490565b634e487b7160e01b5f52601260045260245ffd5b60018060a01b03165f525f602052611e9460405f2054611fd3565b6006546001600160681b031680821015611eac575090565b905090565b60018060a01b03165f525f60205260405f2054611ed86001600160681b036006541661202c565b80821015611eac575090565b611ef964ffffffffff60408301511642611d2c565b9081158015611f8e575b611f8357611f7f816001600160681b03611f746301e13380611f42611f3b602099611f36670de0b6b3a7640000996127e6565b61284c565b9788611e48565b046115d3671bc16d674ec80000611f598380611e48565b046729a2241af62c0000611f6d8483611e48565b0492611ce2565b958692015116611e48565b0492565b5050505f905f905f90565b506001600160681b0360208201511615611f03565b611fab611cef565b60018101809111610ab157611d2991600191611fcd600254620f424090611ce2565b91612971565b611fdb611cef565b60018101809111610ab157611d29915f91611fcd600254620f424090611ce2565b61200c600254620f424090611ce2565b90612015611cef565b60018101809111610ab157611d2992600192612971565b61203c600254620f424090611ce2565b90612045611cef565b60018101809111610ab157611d29925f92612971565b6001600160a01b039081165f818152600160209081526040808320948616835293905291909120549291905f198410612095575b50505050565b8284106120db57801561197e576001600160a01b0382161561196b575f52600160205260405f209060018060a01b03165f5260205260405f20910390555f80808061208f565b508290637dc7a0d960e11b5f5260018060a01b031660045260245260445260645ffd5b6001600160a01b03169081156121a8576001600160a01b031691821561219557815f525f60205260405f205481811061217c57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b63ec442f0560e01b5f525f60045260245ffd5b634b637e8f60e11b5f525f60045260245ffd5b335f9081527f0dc10e727decbbaf3056c29dd010ebc2a7cbb44ceca6ae24c0e9b544b654a1c5602052604090205460ff16156121f357565b63e2517d3f60e01b5f52336004527f952e7005da5c45d6eddd9a86acf1a4eb02e112ed8e23016ce882509aad19718e60245260445ffd5b5f81815260056020908152604080832033845290915290205460ff161561224e5750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f6040805161227281611be4565b82815282602082015201525f602060405161228c81611bff565b8281520152612299611c3b565b906122a2611e22565b9064ffffffffff604084015116421461256d5760208301516001600160681b038116156124e557506122d2611c7b565b6122dc8185611ee4565b919290612316604088019164ffffffffff42168352670de0b6b3a764000061230f6001600160601b038651169283611e48565b0490611ce2565b916001600160601b0383116124cd57916001600160681b03608094927fe3972ae250606e82c6683843383cb8a51755588d2f443af42e8cb5b1e085392d96946001600160601b038416815260208b01918761237c6123778987875116611ce2565b6125c4565b851680855283516020850151604086015160608088015195909701516001600160d81b031960d89190911b1664ffffffffff60b01b60b09690961b9590951664ffffffffff60881b60889290921b919091166001600160601b0390931664ffffffffff60601b9290971b91909116959095171793909317176007558b5160068054925164ffffffffff60d01b60d09190911b1660689490941b6001600160f81b03199093169186166001600160681b031691909117919091179190911790558461245b575b5116604051938452602084015260408301526060820152a1565b6124c860208a016001600160801b0361247f61247a8983855116611ce2565b6125f5565b168091526124ad6001600160801b038c51166001600160801b03166001600160801b03196008541617600855565b6001600160801b036008549181199060801b16911617600855565b612441565b826306dfcc6560e41b5f52606060045260245260445ffd5b64ffffffffff93919293421660408301526125206001600160681b038351166001600160681b03166001600160681b03196006541617600655565b6006805471ffffffffffffffffffffffffffffffffffff60681b191660689290921b6cffffffffffffffffffffffffff60681b16919091174260d01b64ffffffffff60d01b161790559190565b565b91909180156125bd57818110156125b85760018301808411610ab15761259491611e48565b90620f42408101809111610ab1576125ab916129cf565b9080821015611eac575090565b505090565b5050505f90565b6001600160681b0381116125de576001600160681b031690565b6306dfcc6560e41b5f52606860045260245260445ffd5b6001600160801b03811161260f576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffd5b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff16611daa575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff1615611daa575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b5f516020612edb5f395f51905f525c6127565760015f516020612edb5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f51148216156127c5575b604052156127a55750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b9060018115166127dd57823b15153d1516169061279a565b503d5f823e3d90fd5b61280a60206001600160681b038351169201916001600160681b0383511690611ce2565b90816128165750505f90565b6001600160681b0390511690670de0b6b3a7640000820291808304670de0b6b3a76400001490151715610ab157611d2991611e5b565b9064ffffffffff60808201511691633b9aca00830292808404633b9aca001490151715610ab15764ffffffffff602083015116633b9aca00810290808204633b9aca001490151715610ab157838211156129355764ffffffffff604084015116633b9aca00810290808204633b9aca001490151715610ab1576128d760609164ffffffffff93611ce2565b93015116633b9aca00810290808204633b9aca001490151715610ab1576129018461290793611d2c565b90611e48565b91670de0b6b3a76400000391670de0b6b3a76400008311610ab157611d299261292f91611e5b565b90611ce2565b91604064ffffffffff9101511692633b9aca00840293808504633b9aca001490151715610ab15761296c61292f92611d2995611e48565b611e5b565b929161297e818386612e3c565b9260048110156129bb5760018091161491826129a4575b5050611d299250151590611ce2565b9080925015611e6557611d29930915155f80612995565b634e487b7160e01b5f52602160045260245ffd5b90816129db5750505f90565b5f198201918211610ab1576129ef91611e5b565b60018101809111610ab15790565b90670de0b6b3a764000081118015612a5c575b612a18575050565b60405163301bf79160e01b81526080600482015292508291612a3e906084840190611abc565b9060248301525f6044830152670de0b6b3a764000060648301520390fd5b50633b9aca0081061515612a10565b91928015612cb7576001600160681b03612a936123778683612a8b612264565b505116611ce2565b166001600160681b0319600654161760065560018060a01b037f000000000000000000000000000000000000000000000000000000000000000016604051926370a0823160e01b8452306004850152602084602481855afa93841561176a575f94612c83575b506040516323b872dd60e01b5f9081526001600160a01b0390961660048190523060245260448890529560209060648180875af19060015f5114821615612c6b575b6040525f60605215612c58576001600160a01b03168015612195576024947fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d7604085612b8b602097600254611ce2565b600255845f525f8752815f20818154019055845f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef898551858152a38151908a825287820152a36040516370a0823160e01b815230600482015293849182905afa801561176a575f90612c24575b612c039250611d2c565b90808203612c0f575050565b6345cdd2c160e11b5f5260045260245260445ffd5b506020823d602011612c50575b81612c3e60209383611c1a565b8101031261027757612c039151612bf9565b3d9150612c31565b50635274afe760e01b5f5260045260245ffd5b9060018115166127dd57833b15153d15161690612b3b565b9093506020813d602011612caf575b81612c9f60209383611c1a565b810103126102775751925f612af9565b3d9150612c92565b83636e3699b760e11b5f5260045260245ffd5b9193612cd4612264565b506001600160681b03815116808611612e265750612d006001600160681b038092511682871690611de2565b166001600160681b0319600654161760065560018060a01b038516948160018060a01b03851694878603612e15575b50505084156121a857845f525f60205260405f2054818110612dfc5791816040927ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db94885f525f60205203835f205580600254036002555f877fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60208651858152a3612de586837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612765565b825195865260208601526001600160a01b031693a4565b8563391434e360e21b5f5260045260245260445260645ffd5b612e1e9261205b565b5f8181612d2f565b8563c23240ad60e01b5f5260045260245260445ffd5b90915f198383099280830292838086109503948086039514612ecd5784831115612eb55790829109815f0382168092046002816003021880820260020302808202600203028082026002030280820260020302808202600203028091026002030293600183805f03040190848311900302920304170290565b82634e487b715f52156003026011186020526024601cfd5b505090611d299250611e5b56fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220dab479c71f47cc01e7a1fed4e3fd128e5dd9ef0c961752dd6d94e94f3f2cc6fe64736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d0dc10e727decbbaf3056c29dd010ebc2a7cbb44ceca6ae24c0e9b544b654a1c5cd706a7ec794102526683df1517deb28106201326896f1a5a59f8f9146080a9f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc",
}

// LendingPool is an auto generated Go binding around an Ethereum contract.
type LendingPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LendingPool) GetABI() abi.ABI {
	return c.abi
}

// NewLendingPool creates a new instance of LendingPool.
func NewLendingPool() *LendingPool {
	parsed, err := LendingPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LendingPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LendingPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address asset_, address admin, address creditVault) returns()
func (lendingPool *LendingPool) PackConstructor(asset_ common.Address, admin common.Address, creditVault common.Address) []byte {
	enc, err := lendingPool.abi.Pack("", asset_, admin, creditVault)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCREDITVAULTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcc841bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CREDIT_VAULT_ROLE() view returns(bytes32)
func (lendingPool *LendingPool) PackCREDITVAULTROLE() []byte {
	enc, err := lendingPool.abi.Pack("CREDIT_VAULT_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCREDITVAULTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcc841bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CREDIT_VAULT_ROLE() view returns(bytes32)
func (lendingPool *LendingPool) TryPackCREDITVAULTROLE() ([]byte, error) {
	return lendingPool.abi.Pack("CREDIT_VAULT_ROLE")
}

// UnpackCREDITVAULTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfcc841bd.
//
// Solidity: function CREDIT_VAULT_ROLE() view returns(bytes32)
func (lendingPool *LendingPool) UnpackCREDITVAULTROLE(data []byte) ([32]byte, error) {
	out, err := lendingPool.abi.Unpack("CREDIT_VAULT_ROLE", data)
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
func (lendingPool *LendingPool) PackDEFAULTADMINROLE() []byte {
	enc, err := lendingPool.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (lendingPool *LendingPool) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return lendingPool.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (lendingPool *LendingPool) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := lendingPool.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXOPTIMAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8718699e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OPTIMAL() view returns(uint256)
func (lendingPool *LendingPool) PackMAXOPTIMAL() []byte {
	enc, err := lendingPool.abi.Pack("MAX_OPTIMAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOPTIMAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8718699e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OPTIMAL() view returns(uint256)
func (lendingPool *LendingPool) TryPackMAXOPTIMAL() ([]byte, error) {
	return lendingPool.abi.Pack("MAX_OPTIMAL")
}

// UnpackMAXOPTIMAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8718699e.
//
// Solidity: function MAX_OPTIMAL() view returns(uint256)
func (lendingPool *LendingPool) UnpackMAXOPTIMAL(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("MAX_OPTIMAL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXRATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc24dbebd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RATE() view returns(uint256)
func (lendingPool *LendingPool) PackMAXRATE() []byte {
	enc, err := lendingPool.abi.Pack("MAX_RATE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc24dbebd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RATE() view returns(uint256)
func (lendingPool *LendingPool) TryPackMAXRATE() ([]byte, error) {
	return lendingPool.abi.Pack("MAX_RATE")
}

// UnpackMAXRATE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc24dbebd.
//
// Solidity: function MAX_RATE() view returns(uint256)
func (lendingPool *LendingPool) UnpackMAXRATE(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("MAX_RATE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSLOPE2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff012ec0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SLOPE2() view returns(uint256)
func (lendingPool *LendingPool) PackMAXSLOPE2() []byte {
	enc, err := lendingPool.abi.Pack("MAX_SLOPE2")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSLOPE2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff012ec0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SLOPE2() view returns(uint256)
func (lendingPool *LendingPool) TryPackMAXSLOPE2() ([]byte, error) {
	return lendingPool.abi.Pack("MAX_SLOPE2")
}

// UnpackMAXSLOPE2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff012ec0.
//
// Solidity: function MAX_SLOPE2() view returns(uint256)
func (lendingPool *LendingPool) UnpackMAXSLOPE2(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("MAX_SLOPE2", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINOPTIMAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a1bc24d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_OPTIMAL() view returns(uint256)
func (lendingPool *LendingPool) PackMINOPTIMAL() []byte {
	enc, err := lendingPool.abi.Pack("MIN_OPTIMAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINOPTIMAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a1bc24d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_OPTIMAL() view returns(uint256)
func (lendingPool *LendingPool) TryPackMINOPTIMAL() ([]byte, error) {
	return lendingPool.abi.Pack("MIN_OPTIMAL")
}

// UnpackMINOPTIMAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a1bc24d.
//
// Solidity: function MIN_OPTIMAL() view returns(uint256)
func (lendingPool *LendingPool) UnpackMINOPTIMAL(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("MIN_OPTIMAL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRATEUNIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x164b5f88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RATE_UNIT() view returns(uint256)
func (lendingPool *LendingPool) PackRATEUNIT() []byte {
	enc, err := lendingPool.abi.Pack("RATE_UNIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRATEUNIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x164b5f88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RATE_UNIT() view returns(uint256)
func (lendingPool *LendingPool) TryPackRATEUNIT() ([]byte, error) {
	return lendingPool.abi.Pack("RATE_UNIT")
}

// UnpackRATEUNIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x164b5f88.
//
// Solidity: function RATE_UNIT() view returns(uint256)
func (lendingPool *LendingPool) UnpackRATEUNIT(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("RATE_UNIT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRISKADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f16b425.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RISK_ADMIN_ROLE() view returns(bytes32)
func (lendingPool *LendingPool) PackRISKADMINROLE() []byte {
	enc, err := lendingPool.abi.Pack("RISK_ADMIN_ROLE")
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
func (lendingPool *LendingPool) TryPackRISKADMINROLE() ([]byte, error) {
	return lendingPool.abi.Pack("RISK_ADMIN_ROLE")
}

// UnpackRISKADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f16b425.
//
// Solidity: function RISK_ADMIN_ROLE() view returns(bytes32)
func (lendingPool *LendingPool) UnpackRISKADMINROLE(data []byte) ([32]byte, error) {
	out, err := lendingPool.abi.Unpack("RISK_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a146024.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WAD() view returns(uint256)
func (lendingPool *LendingPool) PackWAD() []byte {
	enc, err := lendingPool.abi.Pack("WAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a146024.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WAD() view returns(uint256)
func (lendingPool *LendingPool) TryPackWAD() ([]byte, error) {
	return lendingPool.abi.Pack("WAD")
}

// UnpackWAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (lendingPool *LendingPool) UnpackWAD(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("WAD", data)
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
func (lendingPool *LendingPool) PackYEAR() []byte {
	enc, err := lendingPool.abi.Pack("YEAR")
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
func (lendingPool *LendingPool) TryPackYEAR() ([]byte, error) {
	return lendingPool.abi.Pack("YEAR")
}

// UnpackYEAR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83914540.
//
// Solidity: function YEAR() view returns(uint256)
func (lendingPool *LendingPool) UnpackYEAR(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("YEAR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccrue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ba4cff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accrue() returns(uint256 borrowAssets, uint256 borrowShares)
func (lendingPool *LendingPool) PackAccrue() []byte {
	enc, err := lendingPool.abi.Pack("accrue")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccrue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ba4cff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accrue() returns(uint256 borrowAssets, uint256 borrowShares)
func (lendingPool *LendingPool) TryPackAccrue() ([]byte, error) {
	return lendingPool.abi.Pack("accrue")
}

// AccrueOutput serves as a container for the return parameters of contract
// method Accrue.
type AccrueOutput struct {
	BorrowAssets *big.Int
	BorrowShares *big.Int
}

// UnpackAccrue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8ba4cff.
//
// Solidity: function accrue() returns(uint256 borrowAssets, uint256 borrowShares)
func (lendingPool *LendingPool) UnpackAccrue(data []byte) (AccrueOutput, error) {
	out, err := lendingPool.abi.Unpack("accrue", data)
	outstruct := new(AccrueOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BorrowAssets = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.BorrowShares = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (lendingPool *LendingPool) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := lendingPool.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (lendingPool *LendingPool) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (lendingPool *LendingPool) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (lendingPool *LendingPool) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (lendingPool *LendingPool) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (lendingPool *LendingPool) UnpackApprove(data []byte) (bool, error) {
	out, err := lendingPool.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(address)
func (lendingPool *LendingPool) PackAsset() []byte {
	enc, err := lendingPool.abi.Pack("asset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asset() view returns(address)
func (lendingPool *LendingPool) TryPackAsset() ([]byte, error) {
	return lendingPool.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (lendingPool *LendingPool) UnpackAsset(data []byte) (common.Address, error) {
	out, err := lendingPool.abi.Unpack("asset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (lendingPool *LendingPool) PackBalanceOf(account common.Address) []byte {
	enc, err := lendingPool.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (lendingPool *LendingPool) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (lendingPool *LendingPool) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBooks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c8fe438.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function books() view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) r)
func (lendingPool *LendingPool) PackBooks() []byte {
	enc, err := lendingPool.abi.Pack("books")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBooks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c8fe438.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function books() view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) r)
func (lendingPool *LendingPool) TryPackBooks() ([]byte, error) {
	return lendingPool.abi.Pack("books")
}

// UnpackBooks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c8fe438.
//
// Solidity: function books() view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) r)
func (lendingPool *LendingPool) UnpackBooks(data []byte) (LendingPoolBooks, error) {
	out, err := lendingPool.abi.Unpack("books", data)
	if err != nil {
		return *new(LendingPoolBooks), err
	}
	out0 := *abi.ConvertType(out[0], new(LendingPoolBooks)).(*LendingPoolBooks)
	return out0, nil
}

// PackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (lendingPool *LendingPool) PackConvertToAssets(shares *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("convertToAssets", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (lendingPool *LendingPool) TryPackConvertToAssets(shares *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("convertToAssets", shares)
}

// UnpackConvertToAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (lendingPool *LendingPool) UnpackConvertToAssets(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("convertToAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (lendingPool *LendingPool) PackConvertToShares(assets *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("convertToShares", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (lendingPool *LendingPool) TryPackConvertToShares(assets *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("convertToShares", assets)
}

// UnpackConvertToShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (lendingPool *LendingPool) UnpackConvertToShares(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("convertToShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9f8bdb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentRate() view returns(uint256 utilisation, uint256 ratePerYear)
func (lendingPool *LendingPool) PackCurrentRate() []byte {
	enc, err := lendingPool.abi.Pack("currentRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9f8bdb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentRate() view returns(uint256 utilisation, uint256 ratePerYear)
func (lendingPool *LendingPool) TryPackCurrentRate() ([]byte, error) {
	return lendingPool.abi.Pack("currentRate")
}

// CurrentRateOutput serves as a container for the return parameters of contract
// method CurrentRate.
type CurrentRateOutput struct {
	Utilisation *big.Int
	RatePerYear *big.Int
}

// UnpackCurrentRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9f8bdb7.
//
// Solidity: function currentRate() view returns(uint256 utilisation, uint256 ratePerYear)
func (lendingPool *LendingPool) UnpackCurrentRate(data []byte) (CurrentRateOutput, error) {
	out, err := lendingPool.abi.Unpack("currentRate", data)
	outstruct := new(CurrentRateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Utilisation = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.RatePerYear = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackDebtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7be5a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debtOf(uint256 borrowShares) view returns(uint256)
func (lendingPool *LendingPool) PackDebtOf(borrowShares *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("debtOf", borrowShares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7be5a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debtOf(uint256 borrowShares) view returns(uint256)
func (lendingPool *LendingPool) TryPackDebtOf(borrowShares *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("debtOf", borrowShares)
}

// UnpackDebtOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd7be5a4.
//
// Solidity: function debtOf(uint256 borrowShares) view returns(uint256)
func (lendingPool *LendingPool) UnpackDebtOf(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("debtOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (lendingPool *LendingPool) PackDecimals() []byte {
	enc, err := lendingPool.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (lendingPool *LendingPool) TryPackDecimals() ([]byte, error) {
	return lendingPool.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (lendingPool *LendingPool) UnpackDecimals(data []byte) (uint8, error) {
	out, err := lendingPool.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (lendingPool *LendingPool) PackDeposit(assets *big.Int, receiver common.Address) []byte {
	enc, err := lendingPool.abi.Pack("deposit", assets, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (lendingPool *LendingPool) TryPackDeposit(assets *big.Int, receiver common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("deposit", assets, receiver)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (lendingPool *LendingPool) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("deposit", data)
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
func (lendingPool *LendingPool) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := lendingPool.abi.Pack("getRoleAdmin", role)
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
func (lendingPool *LendingPool) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return lendingPool.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (lendingPool *LendingPool) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := lendingPool.abi.Unpack("getRoleAdmin", data)
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
func (lendingPool *LendingPool) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := lendingPool.abi.Pack("grantRole", role, account)
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
func (lendingPool *LendingPool) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (lendingPool *LendingPool) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := lendingPool.abi.Pack("hasRole", role, account)
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
func (lendingPool *LendingPool) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (lendingPool *LendingPool) UnpackHasRole(data []byte) (bool, error) {
	out, err := lendingPool.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1139a45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lend(uint256 loanId, address to, uint256 assets) returns(uint256 borrowShares)
func (lendingPool *LendingPool) PackLend(loanId *big.Int, to common.Address, assets *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("lend", loanId, to, assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1139a45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lend(uint256 loanId, address to, uint256 assets) returns(uint256 borrowShares)
func (lendingPool *LendingPool) TryPackLend(loanId *big.Int, to common.Address, assets *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("lend", loanId, to, assets)
}

// UnpackLend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1139a45.
//
// Solidity: function lend(uint256 loanId, address to, uint256 assets) returns(uint256 borrowShares)
func (lendingPool *LendingPool) UnpackLend(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("lend", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d267d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (lendingPool *LendingPool) PackMaxDeposit(arg0 common.Address) []byte {
	enc, err := lendingPool.abi.Pack("maxDeposit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d267d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (lendingPool *LendingPool) TryPackMaxDeposit(arg0 common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("maxDeposit", arg0)
}

// UnpackMaxDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402d267d.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (lendingPool *LendingPool) UnpackMaxDeposit(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("maxDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63d75b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (lendingPool *LendingPool) PackMaxMint(arg0 common.Address) []byte {
	enc, err := lendingPool.abi.Pack("maxMint", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63d75b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (lendingPool *LendingPool) TryPackMaxMint(arg0 common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("maxMint", arg0)
}

// UnpackMaxMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc63d75b6.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (lendingPool *LendingPool) UnpackMaxMint(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("maxMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd905777e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (lendingPool *LendingPool) PackMaxRedeem(owner common.Address) []byte {
	enc, err := lendingPool.abi.Pack("maxRedeem", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd905777e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (lendingPool *LendingPool) TryPackMaxRedeem(owner common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("maxRedeem", owner)
}

// UnpackMaxRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd905777e.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (lendingPool *LendingPool) UnpackMaxRedeem(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("maxRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce96cb77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (lendingPool *LendingPool) PackMaxWithdraw(owner common.Address) []byte {
	enc, err := lendingPool.abi.Pack("maxWithdraw", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce96cb77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (lendingPool *LendingPool) TryPackMaxWithdraw(owner common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("maxWithdraw", owner)
}

// UnpackMaxWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce96cb77.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (lendingPool *LendingPool) UnpackMaxWithdraw(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("maxWithdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94bf804d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (lendingPool *LendingPool) PackMint(shares *big.Int, receiver common.Address) []byte {
	enc, err := lendingPool.abi.Pack("mint", shares, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94bf804d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (lendingPool *LendingPool) TryPackMint(shares *big.Int, receiver common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("mint", shares, receiver)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (lendingPool *LendingPool) UnpackMint(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (lendingPool *LendingPool) PackName() []byte {
	enc, err := lendingPool.abi.Pack("name")
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
func (lendingPool *LendingPool) TryPackName() ([]byte, error) {
	return lendingPool.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (lendingPool *LendingPool) UnpackName(data []byte) (string, error) {
	out, err := lendingPool.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPreviewDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef8b30f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (lendingPool *LendingPool) PackPreviewDeposit(assets *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("previewDeposit", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef8b30f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (lendingPool *LendingPool) TryPackPreviewDeposit(assets *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("previewDeposit", assets)
}

// UnpackPreviewDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef8b30f7.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (lendingPool *LendingPool) UnpackPreviewDeposit(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("previewDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (lendingPool *LendingPool) PackPreviewMint(shares *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("previewMint", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (lendingPool *LendingPool) TryPackPreviewMint(shares *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("previewMint", shares)
}

// UnpackPreviewMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (lendingPool *LendingPool) UnpackPreviewMint(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("previewMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (lendingPool *LendingPool) PackPreviewRedeem(shares *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("previewRedeem", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (lendingPool *LendingPool) TryPackPreviewRedeem(shares *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("previewRedeem", shares)
}

// UnpackPreviewRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (lendingPool *LendingPool) UnpackPreviewRedeem(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("previewRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a28a477.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (lendingPool *LendingPool) PackPreviewWithdraw(assets *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("previewWithdraw", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a28a477.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (lendingPool *LendingPool) TryPackPreviewWithdraw(assets *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("previewWithdraw", assets)
}

// UnpackPreviewWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a28a477.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (lendingPool *LendingPool) UnpackPreviewWithdraw(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("previewWithdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRateModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1088459.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rateModel() view returns((uint64,uint64,uint64,uint64))
func (lendingPool *LendingPool) PackRateModel() []byte {
	enc, err := lendingPool.abi.Pack("rateModel")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRateModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1088459.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rateModel() view returns((uint64,uint64,uint64,uint64))
func (lendingPool *LendingPool) TryPackRateModel() ([]byte, error) {
	return lendingPool.abi.Pack("rateModel")
}

// UnpackRateModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1088459.
//
// Solidity: function rateModel() view returns((uint64,uint64,uint64,uint64))
func (lendingPool *LendingPool) UnpackRateModel(data []byte) (LendingPoolRateModel, error) {
	out, err := lendingPool.abi.Unpack("rateModel", data)
	if err != nil {
		return *new(LendingPoolRateModel), err
	}
	out0 := *abi.ConvertType(out[0], new(LendingPoolRateModel)).(*LendingPoolRateModel)
	return out0, nil
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba087652.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (lendingPool *LendingPool) PackRedeem(shares *big.Int, receiver common.Address, owner common.Address) []byte {
	enc, err := lendingPool.abi.Pack("redeem", shares, receiver, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba087652.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (lendingPool *LendingPool) TryPackRedeem(shares *big.Int, receiver common.Address, owner common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("redeem", shares, receiver, owner)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (lendingPool *LendingPool) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("redeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (lendingPool *LendingPool) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := lendingPool.abi.Pack("renounceRole", role, callerConfirmation)
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
func (lendingPool *LendingPool) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f69a2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay(uint256 loanId, uint256 assets, uint256 borrowShares, uint256 penalty) returns()
func (lendingPool *LendingPool) PackRepay(loanId *big.Int, assets *big.Int, borrowShares *big.Int, penalty *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("repay", loanId, assets, borrowShares, penalty)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f69a2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repay(uint256 loanId, uint256 assets, uint256 borrowShares, uint256 penalty) returns()
func (lendingPool *LendingPool) TryPackRepay(loanId *big.Int, assets *big.Int, borrowShares *big.Int, penalty *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("repay", loanId, assets, borrowShares, penalty)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (lendingPool *LendingPool) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := lendingPool.abi.Pack("revokeRole", role, account)
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
func (lendingPool *LendingPool) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("revokeRole", role, account)
}

// PackSetRateModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60608e51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRateModel((uint64,uint64,uint64,uint64) model) returns()
func (lendingPool *LendingPool) PackSetRateModel(model LendingPoolRateModel) []byte {
	enc, err := lendingPool.abi.Pack("setRateModel", model)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRateModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60608e51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRateModel((uint64,uint64,uint64,uint64) model) returns()
func (lendingPool *LendingPool) TryPackSetRateModel(model LendingPoolRateModel) ([]byte, error) {
	return lendingPool.abi.Pack("setRateModel", model)
}

// PackSkim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc25cf77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function skim(address to) returns(uint256 amount)
func (lendingPool *LendingPool) PackSkim(to common.Address) []byte {
	enc, err := lendingPool.abi.Pack("skim", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSkim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc25cf77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function skim(address to) returns(uint256 amount)
func (lendingPool *LendingPool) TryPackSkim(to common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("skim", to)
}

// UnpackSkim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc25cf77.
//
// Solidity: function skim(address to) returns(uint256 amount)
func (lendingPool *LendingPool) UnpackSkim(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("skim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (lendingPool *LendingPool) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := lendingPool.abi.Pack("supportsInterface", interfaceId)
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
func (lendingPool *LendingPool) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return lendingPool.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (lendingPool *LendingPool) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := lendingPool.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSurplus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13888565.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function surplus() view returns(uint256)
func (lendingPool *LendingPool) PackSurplus() []byte {
	enc, err := lendingPool.abi.Pack("surplus")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSurplus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13888565.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function surplus() view returns(uint256)
func (lendingPool *LendingPool) TryPackSurplus() ([]byte, error) {
	return lendingPool.abi.Pack("surplus")
}

// UnpackSurplus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13888565.
//
// Solidity: function surplus() view returns(uint256)
func (lendingPool *LendingPool) UnpackSurplus(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("surplus", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (lendingPool *LendingPool) PackSymbol() []byte {
	enc, err := lendingPool.abi.Pack("symbol")
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
func (lendingPool *LendingPool) TryPackSymbol() ([]byte, error) {
	return lendingPool.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (lendingPool *LendingPool) UnpackSymbol(data []byte) (string, error) {
	out, err := lendingPool.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAssets() view returns(uint256)
func (lendingPool *LendingPool) PackTotalAssets() []byte {
	enc, err := lendingPool.abi.Pack("totalAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalAssets() view returns(uint256)
func (lendingPool *LendingPool) TryPackTotalAssets() ([]byte, error) {
	return lendingPool.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (lendingPool *LendingPool) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("totalAssets", data)
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
func (lendingPool *LendingPool) PackTotalSupply() []byte {
	enc, err := lendingPool.abi.Pack("totalSupply")
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
func (lendingPool *LendingPool) TryPackTotalSupply() ([]byte, error) {
	return lendingPool.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (lendingPool *LendingPool) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (lendingPool *LendingPool) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (lendingPool *LendingPool) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (lendingPool *LendingPool) UnpackTransfer(data []byte) (bool, error) {
	out, err := lendingPool.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (lendingPool *LendingPool) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (lendingPool *LendingPool) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (lendingPool *LendingPool) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := lendingPool.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb460af94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (lendingPool *LendingPool) PackWithdraw(assets *big.Int, receiver common.Address, owner common.Address) []byte {
	enc, err := lendingPool.abi.Pack("withdraw", assets, receiver, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb460af94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (lendingPool *LendingPool) TryPackWithdraw(assets *big.Int, receiver common.Address, owner common.Address) ([]byte, error) {
	return lendingPool.abi.Pack("withdraw", assets, receiver, owner)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (lendingPool *LendingPool) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWriteOff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc564f772.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function writeOff(uint256 loanId, uint256 borrowShares) returns(uint256 assets)
func (lendingPool *LendingPool) PackWriteOff(loanId *big.Int, borrowShares *big.Int) []byte {
	enc, err := lendingPool.abi.Pack("writeOff", loanId, borrowShares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWriteOff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc564f772.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function writeOff(uint256 loanId, uint256 borrowShares) returns(uint256 assets)
func (lendingPool *LendingPool) TryPackWriteOff(loanId *big.Int, borrowShares *big.Int) ([]byte, error) {
	return lendingPool.abi.Pack("writeOff", loanId, borrowShares)
}

// UnpackWriteOff is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc564f772.
//
// Solidity: function writeOff(uint256 loanId, uint256 borrowShares) returns(uint256 assets)
func (lendingPool *LendingPool) UnpackWriteOff(data []byte) (*big.Int, error) {
	out, err := lendingPool.abi.Unpack("writeOff", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// LendingPoolApproval represents a Approval event raised by the LendingPool contract.
type LendingPoolApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingPoolApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (LendingPoolApproval) ContractEventName() string {
	return LendingPoolApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (lendingPool *LendingPool) UnpackApprovalEvent(log *types.Log) (*LendingPoolApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolApproval)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolBadDebtWrittenDown represents a BadDebtWrittenDown event raised by the LendingPool contract.
type LendingPoolBadDebtWrittenDown struct {
	LoanId       *big.Int
	Assets       *big.Int
	BorrowShares *big.Int
	TotalBadDebt *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const LendingPoolBadDebtWrittenDownEventName = "BadDebtWrittenDown"

// ContractEventName returns the user-defined event name.
func (LendingPoolBadDebtWrittenDown) ContractEventName() string {
	return LendingPoolBadDebtWrittenDownEventName
}

// UnpackBadDebtWrittenDownEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BadDebtWrittenDown(uint256 indexed loanId, uint256 assets, uint256 borrowShares, uint256 totalBadDebt)
func (lendingPool *LendingPool) UnpackBadDebtWrittenDownEvent(log *types.Log) (*LendingPoolBadDebtWrittenDown, error) {
	event := "BadDebtWrittenDown"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolBadDebtWrittenDown)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolDeposit represents a Deposit event raised by the LendingPool contract.
type LendingPoolDeposit struct {
	Sender common.Address
	Owner  common.Address
	Assets *big.Int
	Shares *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LendingPoolDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (LendingPoolDeposit) ContractEventName() string {
	return LendingPoolDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (lendingPool *LendingPool) UnpackDepositEvent(log *types.Log) (*LendingPoolDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolDeposit)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolInterestAccrued represents a InterestAccrued event raised by the LendingPool contract.
type LendingPoolInterestAccrued struct {
	Interest     *big.Int
	BorrowAssets *big.Int
	BorrowIndex  *big.Int
	RatePerYear  *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const LendingPoolInterestAccruedEventName = "InterestAccrued"

// ContractEventName returns the user-defined event name.
func (LendingPoolInterestAccrued) ContractEventName() string {
	return LendingPoolInterestAccruedEventName
}

// UnpackInterestAccruedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InterestAccrued(uint256 interest, uint256 borrowAssets, uint256 borrowIndex, uint256 ratePerYear)
func (lendingPool *LendingPool) UnpackInterestAccruedEvent(log *types.Log) (*LendingPoolInterestAccrued, error) {
	event := "InterestAccrued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolInterestAccrued)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolLent represents a Lent event raised by the LendingPool contract.
type LendingPoolLent struct {
	LoanId       *big.Int
	To           common.Address
	Assets       *big.Int
	BorrowShares *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const LendingPoolLentEventName = "Lent"

// ContractEventName returns the user-defined event name.
func (LendingPoolLent) ContractEventName() string {
	return LendingPoolLentEventName
}

// UnpackLentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Lent(uint256 indexed loanId, address indexed to, uint256 assets, uint256 borrowShares)
func (lendingPool *LendingPool) UnpackLentEvent(log *types.Log) (*LendingPoolLent, error) {
	event := "Lent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolLent)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolRateModelChanged represents a RateModelChanged event raised by the LendingPool contract.
type LendingPoolRateModelChanged struct {
	By                 common.Address
	BaseRate           *big.Int
	Slope1             *big.Int
	Slope2             *big.Int
	OptimalUtilisation *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const LendingPoolRateModelChangedEventName = "RateModelChanged"

// ContractEventName returns the user-defined event name.
func (LendingPoolRateModelChanged) ContractEventName() string {
	return LendingPoolRateModelChangedEventName
}

// UnpackRateModelChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RateModelChanged(address indexed by, uint256 baseRate, uint256 slope1, uint256 slope2, uint256 optimalUtilisation)
func (lendingPool *LendingPool) UnpackRateModelChangedEvent(log *types.Log) (*LendingPoolRateModelChanged, error) {
	event := "RateModelChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolRateModelChanged)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolRepaymentBooked represents a RepaymentBooked event raised by the LendingPool contract.
type LendingPoolRepaymentBooked struct {
	LoanId       *big.Int
	Assets       *big.Int
	BorrowShares *big.Int
	Penalty      *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const LendingPoolRepaymentBookedEventName = "RepaymentBooked"

// ContractEventName returns the user-defined event name.
func (LendingPoolRepaymentBooked) ContractEventName() string {
	return LendingPoolRepaymentBookedEventName
}

// UnpackRepaymentBookedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RepaymentBooked(uint256 indexed loanId, uint256 assets, uint256 borrowShares, uint256 penalty)
func (lendingPool *LendingPool) UnpackRepaymentBookedEvent(log *types.Log) (*LendingPoolRepaymentBooked, error) {
	event := "RepaymentBooked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolRepaymentBooked)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolRoleAdminChanged represents a RoleAdminChanged event raised by the LendingPool contract.
type LendingPoolRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const LendingPoolRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (LendingPoolRoleAdminChanged) ContractEventName() string {
	return LendingPoolRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (lendingPool *LendingPool) UnpackRoleAdminChangedEvent(log *types.Log) (*LendingPoolRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolRoleGranted represents a RoleGranted event raised by the LendingPool contract.
type LendingPoolRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingPoolRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (LendingPoolRoleGranted) ContractEventName() string {
	return LendingPoolRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (lendingPool *LendingPool) UnpackRoleGrantedEvent(log *types.Log) (*LendingPoolRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolRoleGranted)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolRoleRevoked represents a RoleRevoked event raised by the LendingPool contract.
type LendingPoolRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingPoolRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (LendingPoolRoleRevoked) ContractEventName() string {
	return LendingPoolRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (lendingPool *LendingPool) UnpackRoleRevokedEvent(log *types.Log) (*LendingPoolRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolRoleRevoked)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolSkimmed represents a Skimmed event raised by the LendingPool contract.
type LendingPoolSkimmed struct {
	By     common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LendingPoolSkimmedEventName = "Skimmed"

// ContractEventName returns the user-defined event name.
func (LendingPoolSkimmed) ContractEventName() string {
	return LendingPoolSkimmedEventName
}

// UnpackSkimmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Skimmed(address indexed by, address indexed to, uint256 amount)
func (lendingPool *LendingPool) UnpackSkimmedEvent(log *types.Log) (*LendingPoolSkimmed, error) {
	event := "Skimmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolSkimmed)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolTransfer represents a Transfer event raised by the LendingPool contract.
type LendingPoolTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const LendingPoolTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (LendingPoolTransfer) ContractEventName() string {
	return LendingPoolTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (lendingPool *LendingPool) UnpackTransferEvent(log *types.Log) (*LendingPoolTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolTransfer)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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

// LendingPoolWithdraw represents a Withdraw event raised by the LendingPool contract.
type LendingPoolWithdraw struct {
	Sender   common.Address
	Receiver common.Address
	Owner    common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LendingPoolWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (LendingPoolWithdraw) ContractEventName() string {
	return LendingPoolWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares)
func (lendingPool *LendingPool) UnpackWithdrawEvent(log *types.Log) (*LendingPoolWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingPoolWithdraw)
	if len(log.Data) > 0 {
		if err := lendingPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingPool.abi.Events[event].Inputs {
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
func (lendingPool *LendingPool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return lendingPool.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return lendingPool.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["DepositShortfall"].ID.Bytes()[:4]) {
		return lendingPool.UnpackDepositShortfallError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return lendingPool.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return lendingPool.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return lendingPool.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return lendingPool.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return lendingPool.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return lendingPool.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ERC4626ExceededMaxDeposit"].ID.Bytes()[:4]) {
		return lendingPool.UnpackERC4626ExceededMaxDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ERC4626ExceededMaxMint"].ID.Bytes()[:4]) {
		return lendingPool.UnpackERC4626ExceededMaxMintError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ERC4626ExceededMaxRedeem"].ID.Bytes()[:4]) {
		return lendingPool.UnpackERC4626ExceededMaxRedeemError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ERC4626ExceededMaxWithdraw"].ID.Bytes()[:4]) {
		return lendingPool.UnpackERC4626ExceededMaxWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["InsufficientCash"].ID.Bytes()[:4]) {
		return lendingPool.UnpackInsufficientCashError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["NothingToSkim"].ID.Bytes()[:4]) {
		return lendingPool.UnpackNothingToSkimError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["PaymentMissing"].ID.Bytes()[:4]) {
		return lendingPool.UnpackPaymentMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["RateParamOutOfBounds"].ID.Bytes()[:4]) {
		return lendingPool.UnpackRateParamOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return lendingPool.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["RepaymentMismatch"].ID.Bytes()[:4]) {
		return lendingPool.UnpackRepaymentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return lendingPool.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return lendingPool.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return lendingPool.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return lendingPool.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingPool.abi.Errors["ZeroShares"].ID.Bytes()[:4]) {
		return lendingPool.UnpackZeroSharesError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LendingPoolAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the LendingPool contract.
type LendingPoolAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func LendingPoolAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (lendingPool *LendingPool) UnpackAccessControlBadConfirmationError(raw []byte) (*LendingPoolAccessControlBadConfirmation, error) {
	out := new(LendingPoolAccessControlBadConfirmation)
	if err := lendingPool.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the LendingPool contract.
type LendingPoolAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func LendingPoolAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (lendingPool *LendingPool) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*LendingPoolAccessControlUnauthorizedAccount, error) {
	out := new(LendingPoolAccessControlUnauthorizedAccount)
	if err := lendingPool.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolDepositShortfall represents a DepositShortfall error raised by the LendingPool contract.
type LendingPoolDepositShortfall struct {
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositShortfall(uint256 expected, uint256 received)
func LendingPoolDepositShortfallErrorID() common.Hash {
	return common.HexToHash("0x8b9ba582806f73243bc1cffa04856dd06780417d04e54adf8ea6ffe59d1ba55d")
}

// UnpackDepositShortfallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositShortfall(uint256 expected, uint256 received)
func (lendingPool *LendingPool) UnpackDepositShortfallError(raw []byte) (*LendingPoolDepositShortfall, error) {
	out := new(LendingPoolDepositShortfall)
	if err := lendingPool.abi.UnpackIntoInterface(out, "DepositShortfall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the LendingPool contract.
type LendingPoolERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func LendingPoolERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (lendingPool *LendingPool) UnpackERC20InsufficientAllowanceError(raw []byte) (*LendingPoolERC20InsufficientAllowance, error) {
	out := new(LendingPoolERC20InsufficientAllowance)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the LendingPool contract.
type LendingPoolERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func LendingPoolERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (lendingPool *LendingPool) UnpackERC20InsufficientBalanceError(raw []byte) (*LendingPoolERC20InsufficientBalance, error) {
	out := new(LendingPoolERC20InsufficientBalance)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolERC20InvalidApprover represents a ERC20InvalidApprover error raised by the LendingPool contract.
type LendingPoolERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func LendingPoolERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (lendingPool *LendingPool) UnpackERC20InvalidApproverError(raw []byte) (*LendingPoolERC20InvalidApprover, error) {
	out := new(LendingPoolERC20InvalidApprover)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the LendingPool contract.
type LendingPoolERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func LendingPoolERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (lendingPool *LendingPool) UnpackERC20InvalidReceiverError(raw []byte) (*LendingPoolERC20InvalidReceiver, error) {
	out := new(LendingPoolERC20InvalidReceiver)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolERC20InvalidSender represents a ERC20InvalidSender error raised by the LendingPool contract.
type LendingPoolERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func LendingPoolERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (lendingPool *LendingPool) UnpackERC20InvalidSenderError(raw []byte) (*LendingPoolERC20InvalidSender, error) {
	out := new(LendingPoolERC20InvalidSender)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolERC20InvalidSpender represents a ERC20InvalidSpender error raised by the LendingPool contract.
type LendingPoolERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func LendingPoolERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (lendingPool *LendingPool) UnpackERC20InvalidSpenderError(raw []byte) (*LendingPoolERC20InvalidSpender, error) {
	out := new(LendingPoolERC20InvalidSpender)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolERC4626ExceededMaxDeposit represents a ERC4626ExceededMaxDeposit error raised by the LendingPool contract.
type LendingPoolERC4626ExceededMaxDeposit struct {
	Receiver common.Address
	Assets   *big.Int
	Max      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC4626ExceededMaxDeposit(address receiver, uint256 assets, uint256 max)
func LendingPoolERC4626ExceededMaxDepositErrorID() common.Hash {
	return common.HexToHash("0x79012fb2819fcdc1de669c08773dbcd6bdc757862642f75fb1c584dadf259dfe")
}

// UnpackERC4626ExceededMaxDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC4626ExceededMaxDeposit(address receiver, uint256 assets, uint256 max)
func (lendingPool *LendingPool) UnpackERC4626ExceededMaxDepositError(raw []byte) (*LendingPoolERC4626ExceededMaxDeposit, error) {
	out := new(LendingPoolERC4626ExceededMaxDeposit)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ERC4626ExceededMaxDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolERC4626ExceededMaxMint represents a ERC4626ExceededMaxMint error raised by the LendingPool contract.
type LendingPoolERC4626ExceededMaxMint struct {
	Receiver common.Address
	Shares   *big.Int
	Max      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC4626ExceededMaxMint(address receiver, uint256 shares, uint256 max)
func LendingPoolERC4626ExceededMaxMintErrorID() common.Hash {
	return common.HexToHash("0x284ff667dc615a39438518c22e8955b9470327d9de8a4d7e21c926b260d65176")
}

// UnpackERC4626ExceededMaxMintError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC4626ExceededMaxMint(address receiver, uint256 shares, uint256 max)
func (lendingPool *LendingPool) UnpackERC4626ExceededMaxMintError(raw []byte) (*LendingPoolERC4626ExceededMaxMint, error) {
	out := new(LendingPoolERC4626ExceededMaxMint)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ERC4626ExceededMaxMint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolERC4626ExceededMaxRedeem represents a ERC4626ExceededMaxRedeem error raised by the LendingPool contract.
type LendingPoolERC4626ExceededMaxRedeem struct {
	Owner  common.Address
	Shares *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC4626ExceededMaxRedeem(address owner, uint256 shares, uint256 max)
func LendingPoolERC4626ExceededMaxRedeemErrorID() common.Hash {
	return common.HexToHash("0xb94abeec0557d36b5f0bc8f115deec7b184dcbff94ac66d55e37c8f301e75269")
}

// UnpackERC4626ExceededMaxRedeemError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC4626ExceededMaxRedeem(address owner, uint256 shares, uint256 max)
func (lendingPool *LendingPool) UnpackERC4626ExceededMaxRedeemError(raw []byte) (*LendingPoolERC4626ExceededMaxRedeem, error) {
	out := new(LendingPoolERC4626ExceededMaxRedeem)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ERC4626ExceededMaxRedeem", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolERC4626ExceededMaxWithdraw represents a ERC4626ExceededMaxWithdraw error raised by the LendingPool contract.
type LendingPoolERC4626ExceededMaxWithdraw struct {
	Owner  common.Address
	Assets *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC4626ExceededMaxWithdraw(address owner, uint256 assets, uint256 max)
func LendingPoolERC4626ExceededMaxWithdrawErrorID() common.Hash {
	return common.HexToHash("0xfe9cceec2bd1f9b68641914cc354eacaeb1cc2169f5ba0639930f241e87142f0")
}

// UnpackERC4626ExceededMaxWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC4626ExceededMaxWithdraw(address owner, uint256 assets, uint256 max)
func (lendingPool *LendingPool) UnpackERC4626ExceededMaxWithdrawError(raw []byte) (*LendingPoolERC4626ExceededMaxWithdraw, error) {
	out := new(LendingPoolERC4626ExceededMaxWithdraw)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ERC4626ExceededMaxWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolInsufficientCash represents a InsufficientCash error raised by the LendingPool contract.
type LendingPoolInsufficientCash struct {
	Requested *big.Int
	Cash      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCash(uint256 requested, uint256 cash)
func LendingPoolInsufficientCashErrorID() common.Hash {
	return common.HexToHash("0xc23240add96391a8f15c99287b299e2c6d749a15746f0a81904104a866b0bb46")
}

// UnpackInsufficientCashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCash(uint256 requested, uint256 cash)
func (lendingPool *LendingPool) UnpackInsufficientCashError(raw []byte) (*LendingPoolInsufficientCash, error) {
	out := new(LendingPoolInsufficientCash)
	if err := lendingPool.abi.UnpackIntoInterface(out, "InsufficientCash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolNothingToSkim represents a NothingToSkim error raised by the LendingPool contract.
type LendingPoolNothingToSkim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToSkim()
func LendingPoolNothingToSkimErrorID() common.Hash {
	return common.HexToHash("0xb76b2a28ceee56acce4be4195a851c083dc48a98bd1818eb4fe2c459f7e81c48")
}

// UnpackNothingToSkimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToSkim()
func (lendingPool *LendingPool) UnpackNothingToSkimError(raw []byte) (*LendingPoolNothingToSkim, error) {
	out := new(LendingPoolNothingToSkim)
	if err := lendingPool.abi.UnpackIntoInterface(out, "NothingToSkim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolPaymentMissing represents a PaymentMissing error raised by the LendingPool contract.
type LendingPoolPaymentMissing struct {
	Booked *big.Int
	Held   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PaymentMissing(uint256 booked, uint256 held)
func LendingPoolPaymentMissingErrorID() common.Hash {
	return common.HexToHash("0x52f4c146cb4ff6773f431c8251a1252a3d0aebb6b0d9f24724dc3f18ddb55eb9")
}

// UnpackPaymentMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PaymentMissing(uint256 booked, uint256 held)
func (lendingPool *LendingPool) UnpackPaymentMissingError(raw []byte) (*LendingPoolPaymentMissing, error) {
	out := new(LendingPoolPaymentMissing)
	if err := lendingPool.abi.UnpackIntoInterface(out, "PaymentMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolRateParamOutOfBounds represents a RateParamOutOfBounds error raised by the LendingPool contract.
type LendingPoolRateParamOutOfBounds struct {
	Name  string
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateParamOutOfBounds(string name, uint256 value, uint256 min, uint256 max)
func LendingPoolRateParamOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x301bf7914c02766fae5d164d39cc15b19eee3a5531f56103acba54bbe5b3b084")
}

// UnpackRateParamOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateParamOutOfBounds(string name, uint256 value, uint256 min, uint256 max)
func (lendingPool *LendingPool) UnpackRateParamOutOfBoundsError(raw []byte) (*LendingPoolRateParamOutOfBounds, error) {
	out := new(LendingPoolRateParamOutOfBounds)
	if err := lendingPool.abi.UnpackIntoInterface(out, "RateParamOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the LendingPool contract.
type LendingPoolReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func LendingPoolReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (lendingPool *LendingPool) UnpackReentrancyGuardReentrantCallError(raw []byte) (*LendingPoolReentrancyGuardReentrantCall, error) {
	out := new(LendingPoolReentrancyGuardReentrantCall)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolRepaymentMismatch represents a RepaymentMismatch error raised by the LendingPool contract.
type LendingPoolRepaymentMismatch struct {
	Assets            *big.Int
	BorrowShares      *big.Int
	Debt              *big.Int
	TotalBorrowShares *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RepaymentMismatch(uint256 assets, uint256 borrowShares, uint256 debt, uint256 totalBorrowShares)
func LendingPoolRepaymentMismatchErrorID() common.Hash {
	return common.HexToHash("0xfaa9e4a7d20c1c9df3a6246b375258530657ddeca59ed74189797b0f104ab40b")
}

// UnpackRepaymentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RepaymentMismatch(uint256 assets, uint256 borrowShares, uint256 debt, uint256 totalBorrowShares)
func (lendingPool *LendingPool) UnpackRepaymentMismatchError(raw []byte) (*LendingPoolRepaymentMismatch, error) {
	out := new(LendingPoolRepaymentMismatch)
	if err := lendingPool.abi.UnpackIntoInterface(out, "RepaymentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the LendingPool contract.
type LendingPoolSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func LendingPoolSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (lendingPool *LendingPool) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*LendingPoolSafeCastOverflowedUintDowncast, error) {
	out := new(LendingPoolSafeCastOverflowedUintDowncast)
	if err := lendingPool.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the LendingPool contract.
type LendingPoolSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func LendingPoolSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (lendingPool *LendingPool) UnpackSafeERC20FailedOperationError(raw []byte) (*LendingPoolSafeERC20FailedOperation, error) {
	out := new(LendingPoolSafeERC20FailedOperation)
	if err := lendingPool.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolZeroAddress represents a ZeroAddress error raised by the LendingPool contract.
type LendingPoolZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func LendingPoolZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (lendingPool *LendingPool) UnpackZeroAddressError(raw []byte) (*LendingPoolZeroAddress, error) {
	out := new(LendingPoolZeroAddress)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolZeroAmount represents a ZeroAmount error raised by the LendingPool contract.
type LendingPoolZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func LendingPoolZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (lendingPool *LendingPool) UnpackZeroAmountError(raw []byte) (*LendingPoolZeroAmount, error) {
	out := new(LendingPoolZeroAmount)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingPoolZeroShares represents a ZeroShares error raised by the LendingPool contract.
type LendingPoolZeroShares struct {
	Assets *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroShares(uint256 assets)
func LendingPoolZeroSharesErrorID() common.Hash {
	return common.HexToHash("0xdc6d336e1be9020d1a3b7a1185b7acc84117855a60c20db363efff4650d9a92b")
}

// UnpackZeroSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroShares(uint256 assets)
func (lendingPool *LendingPool) UnpackZeroSharesError(raw []byte) (*LendingPoolZeroShares, error) {
	out := new(LendingPoolZeroShares)
	if err := lendingPool.abi.UnpackIntoInterface(out, "ZeroShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}
