// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package capacitybackstop

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

// CapacityBackstopCommitment is an auto generated low-level Go binding around an user-defined struct.
type CapacityBackstopCommitment struct {
	Provider             common.Address
	Status               uint8
	Take                 bool
	AssetId              uint64
	GpuCount             uint32
	StartHour            uint32
	HoursTerm            uint32
	CursorHour           uint32
	FloorPricePerGpuHour *big.Int
	Amount               *big.Int
	Paid                 *big.Int
	Returned             *big.Int
	IdleGpuSeconds       *big.Int
	GpuSecondsBought     *big.Int
	CursorTime           uint64
	CursorGpus           uint32
	CursorGpuSeconds     *big.Int
}

// CapacityBackstopMetaData contains all meta data concerning the CapacityBackstop contract.
var CapacityBackstopMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"assets_\",\"type\":\"address\"},{\"internalType\":\"contractILeaseUsage\",\"name\":\"market_\",\"type\":\"address\"},{\"internalType\":\"contractIRevenueDeposit\",\"name\":\"revenue_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"}],\"name\":\"AssetHasCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"},{\"internalType\":\"enumCapacityBackstop.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"CommitmentNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"DepositShortfall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"hour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"HourNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"floorPricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidFloorPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"hoursTerm\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"InvalidTerm\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NoReturnOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotProvider\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cursorHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endHour\",\"type\":\"uint256\"}],\"name\":\"TermNotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"}],\"name\":\"UnknownCommitment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"}],\"name\":\"CommitmentFinished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CommitmentReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"}],\"name\":\"CommitmentSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"floorPricePerGpuHour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"startHour\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"hoursTerm\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"take\",\"type\":\"bool\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"hour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idleGpuSeconds\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"IdleCapacityBought\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"hour\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gpuSeconds\",\"type\":\"uint256\"}],\"name\":\"IdleCapacityTaken\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReturnDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReturnWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BACKSTOP_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FLOOR_PRICE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_HOURS_PER_SETTLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERM_HOURS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"activeCommitmentOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"assets\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"floorPricePerGpuHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"hoursTerm\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"take\",\"type\":\"bool\"}],\"name\":\"commit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commitmentCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"enumCapacityBackstop.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"take\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"assetId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpuCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"startHour\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hoursTerm\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cursorHour\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"floorPricePerGpuHour\",\"type\":\"uint96\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"paid\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"returned\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"idleGpuSeconds\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"gpuSecondsBought\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"cursorTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"cursorGpus\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"cursorGpuSeconds\",\"type\":\"uint128\"}],\"internalType\":\"structCapacityBackstop.Commitment\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"}],\"name\":\"guaranteedMinimum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"perHour\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"hoursLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractILeaseUsage\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"}],\"name\":\"release\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"returnOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revenue\",\"outputs\":[{\"internalType\":\"contractIRevenueDeposit\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitmentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxHours\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paidNow\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stablecoin\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalReturnsOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawReturn\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "CapacityBackstop",
	Bin: "0x610100346102b257601f6126c138819003918201601f19168301916001600160401b038311848410176102b65780849260a0946040528339810103126102b2578051906001600160a01b038216908183036102b25760208101516001600160a01b038116939091908483036102b2576040820151916001600160a01b0383168084036102b25760608201516001600160a01b038116929091908383036102b257608001516001600160a01b038116979093908885036102b257159182156102a9575b82156102a0575b508115610297575b50801561028f575b610280576100fc938560805260a05260c05260e0526100f6816102ca565b50610340565b5060405163095ea7b360e01b5f52826004525f1960245260205f60448180865af19060015f5114821615610271575b60405215610198575b60405161228d90816103d4823960805181818161019301528181610548015281816109120152611636015260a05181818161026b01526110e1015260c0518181816102c20152818161109d0152611d92015260e051818181610dd001526114ac0152f35b60405163095ea7b360e01b5f52826004525f60245260205f60448180865af19060015f5114821615610250575b6040521561023d576040519163095ea7b360e01b5f526004525f1960245260205f60448180855af19060015f511482161561021e575b50906040521561020c578080610134565b635274afe760e01b5f5260045260245ffd5b6001821516610234573b15153d1516165f6101fb565b823d5f823e3d90fd5b82635274afe760e01b5f5260045260245ffd5b90600181151661026857823b15153d151616906101c5565b503d5f823e3d90fd5b90823b15153d1516169061012b565b63d92e233d60e01b5f5260045ffd5b5085156100d8565b9050155f6100d0565b1591505f6100c8565b891592506100c1565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f5160206126a15f395f51905f52602052604090205460ff1661033b576001600160a01b03165f8181525f5160206126a15f395f51905f5260205260408120805460ff191660011790553391905f5160206126615f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206126815f395f51905f52602052604090205460ff1661033b576001600160a01b03165f8181525f5160206126815f395f51905f5260205260408120805460ff191660011790553391907f62ce945f20c812b5d5989eac2b4a6437e9a6d428e92eea5c72482a3e248670c7905f5160206126615f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a7146118865750806306c6a598146118625780630ad305731461182857806313c5c5c3146117ec578063248a9ca3146117ba5780632f2ff15d1461177d57806332fafc531461175357806336568abe1461170d57806337bdc99b146114db5780633e9491a2146114975780633f4ba83a1461143157806341297281146114155780634a804bf5146113f85780635c975abb146113d6578063640f47f71461111057806371a97305146110cc57806380f55605146110885780638456cb591461103057806391d1485414610fe85780639a9c29f614610a6e578063a217fddf14610a52578063c44956d114610a34578063d1a40b3914610a18578063d547741f146109d1578063d7b101551461089a578063da32efb114610859578063e18f31aa146101c2578063e9cbd8221461017d5763f43cc7731461015d575f80fd5b3461017a578060031936011261017a576020600354604051908152f35b80fd5b503461017a578060031936011261017a576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461017a5760a036600319011261017a576064359060443560243560043563ffffffff8516808603610855576084359081151580920361085157610205611c83565b61020d611cf1565b8415610842576001600160801b03851161082e578315801561081b575b6107f957801580156107ee575b6107d65782865260066020526040862054806107bf57506040516330e7408160e01b815260048101849052966020886024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9788156107b4578798610774575b5060405163f73f9e1560e01b815260048101859052976080896024818b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1988915610769578899610728575b506002545f198114610714576001016002819055808952600560205260408920805460ff60a01b1933166001600160a81b031990911617600160a01b17808255919a9091610e104204906001600160401b0389116106fb5768ffffffffffffffffff60a81b191660a888901b60ff60a81b161760b089901b67ffffffffffffffff60b01b161783556001808401805463ffffffff969096169690959183018084116106e75763ffffffff96959461041a6103fa6001600160801b039660059688968d6bffffffff000000000000000067ffffffff000000006103dd60409a61220c565b60201b1692891b16926001600160601b0319161717178a5561220c565b885463ffffffff60601b191660609190911b63ffffffff60601b16178855565b86548d6001600160601b0360801b9060801b16906001600160601b0360801b19161787558d83806002890192161684198254161790556104b36001600160401b03602083015116610491600489019182908154906001600160401b0360801b9060801b16906001600160401b0360801b1916179055565b8251815463ffffffff60c01b1916908b1660c01b63ffffffff60c01b16179055565b015116920191166001600160801b031982541617905585895260066020528960408a20556104e3886003546118fd565b6003555460201c169060405195865286602087015260408601526060850152608084015260a0830152847f18a745d62de8967fb8befaae95e898d49ba1ad71b69098ca726f34aa8b28f24f60c03394a46040516370a0823160e01b81523060048201527f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b038216602082602481845afa9182156106dc5785926106a8575b506040516323b872dd60e01b8652336004523060245260448590529260208660648180855af1906001875114821615610689575b5083604052856060521561067757826024816020936370a0823160e01b82523060048301525afa801561066c578490610634575b6105fb925061190a565b9080820361061e57602084845f5160206122385f395f51905f525d604051908152f35b6345cdd2c160e11b835260045260245260449150fd5b506020823d602011610664575b8161064e60209383611933565b81010312610660576105fb91516105f1565b5f80fd5b3d9150610641565b6040513d86823e3d90fd5b635274afe760e01b8552600452602484fd5b600182151661069f573b15153d1516165f6105bd565b843d88823e3d90fd5b9091506020813d6020116106d4575b816106c460209383611933565b810103126106605751905f610589565b3d91506106b7565b6040513d87823e3d90fd5b634e487b7160e01b8e52601160045260248efd5b6306dfcc6560e41b8c526040600452602489905260448cfd5b634e487b7160e01b89526011600452602489fd5b90985060803d608011610762575b6107408183611933565b81019060808183031261075e579061075791611a55565b975f6102fa565b8880fd5b503d610736565b6040513d8a823e3d90fd5b9097506020813d6020116107ac575b8161079060209383611933565b810103126107a8576107a190611a44565b965f6102a3565b8680fd5b3d9150610783565b6040513d89823e3d90fd5b630f0fdc6b60e01b87526004849052602452604486fd5b634eacd26b60e01b865260045261ab18602452604485fd5b5061ab188111610237565b63c2bfb02d60e01b8652600484905269ffffffffffffffffffff602452604486fd5b5069ffffffffffffffffffff841161022a565b6304041d9560e11b86526004859052602486fd5b631f2a200560e01b8652600486fd5b8580fd5b8480fd5b503461017a57602036600319011261017a57610896610879600435611987565b604080519384526020840192909252908201529081906060820190565b0390f35b503461017a578060031936011261017a576108b3611c83565b338152600760205260408120549081156109be5733815260076020528060408120556108e18260045461190a565b6004556040518281527fe03bc858cdec9fd0ae610e81e7a8050712e8d024fb1427bb9ae673d5d9c9f61760203392a27f000000000000000000000000000000000000000000000000000000000000000060405163a9059cbb60e01b8352336004528360245260208360448180865af190600184511482161561099d575b6040521561098157602083835f5160206122385f395f51905f525d604051908152f35b635274afe760e01b82526001600160a01b031660045260249150fd5b9060018115166109b557823b15153d1516169061095e565b503d83823e3d90fd5b630484e1df60e51b815233600452602490fd5b503461017a57604036600319011261017a57610a146004356109f16118d9565b90610a0f610a0a825f525f602052600160405f20015490565b611b43565b611c03565b5080f35b503461017a578060031936011261017a57602060405160a88152f35b503461017a578060031936011261017a576020600254604051908152f35b503461017a578060031936011261017a57602090604051908152f35b50346106605760403660031901126106605760243590610a8c611c83565b610a94611cf1565b8190610aa1600435611cb8565b9283549360ff8560a01c166004811015610fd45760018103610fb657508115610fa757600181015493610ae663ffffffff8660401c1663ffffffff8760201c166118fd565b90610e10420493828511610f9e575b8463ffffffff8860601c161015610f385760a810610f30575b80610b2263ffffffff8860601c168661190a565b11610f14575b5060048201546001600160801b0360058401541693610b5860028501546001600160801b038160801c911661190a565b6040519560e087018781106001600160401b03821117610f0057610bd49463ffffffff916040526001600160401b038160801c16895260c01c166020880152604087015260608601525f60808601525f60a08601525f60c086015263ffffffff8760601c16856001600160401b038a60b01c1686600435611d4f565b94818614918215610ef3575b8215610ee35763ffffffff610c1891165b60018501805463ffffffff60601b191660609290921b63ffffffff60601b16919091179055565b8351600484018054602087015163ffffffff60c01b60c09190911b166bffffffffffffffffffffffff60801b1990911667ffffffffffffffff60801b608094851b161717905560408501516005850180546001600160801b0319166001600160801b03928316179055818601516002860154610cbb93610c9d9392909216911c611967565b60028501906001600160801b0382549181199060801b169116179055565b610cfe6001600160801b0360a086015116610cde6003860191825460801c611967565b81546001600160801b031660809190911b6001600160801b031916179055565b6001600160801b03610d1c8160c08701511682600487015416611967565b166001600160801b0319600485015416176004840155610d42608085015160035461190a565b60035560808401519560608501519063ffffffff6040519360601c168352602083015286604083015260608201526001600160401b038760b01c16907f644456b10f7a478f35b3572146e8673a86da8212ae4ecdc66e311a1b1b09b4a4608060043592a3610e63575b505081610dce575b602092505f5160206122385f395f51905f525d604051908152f35b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692833b15610660576001600160401b0360445f9283604051978894859363032b9ebf60e21b855260b01c1660048401528760248401525af1928315610e5857602093610e45575b50610db3565b610e5191505f90611933565b5f5f610e3f565b6040513d5f823e3d90fd5b6002606091600160a11b60ff60a01b198254161781556001600160401b038760b01c165f5260066020525f6040812055015460801c91015160405191825260208201526001600160401b038460b01c16907f88f6b5ec073799de333826cbfb2141753192c68e5962b2cdd1d48addf106ebc6604060043592a35f80610dab565b50610c1863ffffffff8716610bf1565b6060850151159250610be0565b634e487b7160e01b5f52604160045260245ffd5b610f2991935063ffffffff8660601c166118fd565b915f610b28565b5060a8610b0e565b606087901c63ffffffff16600181019088908210610f8a57610e10820291808304610e101490151715610f8a5763ffffffff9063a6b3f05760e01b5f5260043560045260601c1660245260445260645ffd5b634e487b7160e01b5f52601160045260245ffd5b93508193610af5565b631f2a200560e01b5f5260045ffd5b63106e8d1d60e21b5f52600480359052610fcf906118ef565b60445ffd5b634e487b7160e01b5f52602160045260245ffd5b34610660576040366003190112610660576110016118d9565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610660575f36600319011261066057611048611ad4565b611050611cf1565b600160ff19815416176001557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a1005b34610660575f366003190112610660576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610660575f366003190112610660576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610660576020366003190112610660575f61020060405161113181611917565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e082015201526111a3600435611cb8565b604051906111b082611917565b80546001600160a01b0381168352602083019160a082901c60ff1691906004831015610fd4576001600160401b036005926001600160801b0394865260ff8160a81c161515604088015260b01c1660608601526001600160601b03600182015463ffffffff8116608088015263ffffffff8160201c1660a088015263ffffffff8160401c1660c088015263ffffffff8160601c1660e088015260801c16610100860152600281015483811661012087015260801c610140860152600381015483811661016087015260801c61018086015263ffffffff60048201548481166101a08801526001600160401b038160801c166101c088015260c01c166101e08601520154166102008301526040519060018060a01b03835116825251916004831015610fd4576102006001600160801b03916102209460208501526040810151151560408501526001600160401b03606082015116606085015263ffffffff608082015116608085015263ffffffff60a08201511660a085015263ffffffff60c08201511660c085015263ffffffff60e08201511660e08501526001600160601b03610100820151166101008501528261012082015116610120850152826101408201511661014085015282610160820151166101608501528261018082015116610180850152826101a0820151166101a08501526001600160401b036101c0820151166101c085015263ffffffff6101e0820151166101e0850152015116610200820152f35b34610660575f36600319011261066057602060ff600154166040519015158152f35b34610660575f366003190112610660576020600454604051908152f35b34610660575f36600319011261066057602060405161ab188152f35b34610660575f36600319011261066057611449611ad4565b60015460ff8116156114885760ff19166001557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b638dfc202b60e01b5f5260045ffd5b34610660575f366003190112610660576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610660576020366003190112610660576004356114f7611c83565b61150081611cb8565b80546001600160a01b03811633036116f65760a01c60ff166004811015610fd4576002810361169a5750602091600361154a60028401546001600160801b038160801c911661190a565b835460ff60a01b191660a083901b178455920180546001600160801b0319166001600160801b03841617905560035461158490839061190a565b600355604051828152817f32e2bcf01b4f1b4fdb955f1814e6e57bd3af53b53c3ed677857cd015c5922d3b853393a381151580611633575b6115da575b505f5f5160206122385f395f51905f525d604051908152f35b335f526007835260405f206115f08382546118fd565b90556115fe826004546118fd565b600455604051908282527fa24d43bc3d6ee8f18f648fadc5b57c70696109d56c629eca74ea486a60450f25843393a3826115c1565b507f00000000000000000000000000000000000000000000000000000000000000006040519063a9059cbb60e01b5f523360045283602452845f60448180855af19060015f511482161561168d575b5090604052156115bc565b3b15153d15161685611682565b90600182146116ba5750610fcf9163106e8d1d60e21b5f526004526118ef565b63ffffffff6001849201546116d9828260401c16838360201c166118fd565b9263b1e2356160e01b5f5260045260601c1660245260445260645ffd5b82632ad1e96b60e11b5f526004523360245260445ffd5b34610660576040366003190112610660576117266118d9565b336001600160a01b038216036117445761174290600435611c03565b005b63334bd91960e11b5f5260045ffd5b34610660576020366003190112610660576004355f526006602052602060405f2054604051908152f35b346106605760403660031901126106605761174260043561179c6118d9565b906117b5610a0a825f525f602052600160405f20015490565b611b7b565b346106605760203660031901126106605760206117e46004355f525f602052600160405f20015490565b604051908152f35b34610660576020366003190112610660576004356001600160a01b03811690819003610660575f526007602052602060405f2054604051908152f35b34610660575f3660031901126106605760206040517f62ce945f20c812b5d5989eac2b4a6437e9a6d428e92eea5c72482a3e248670c78152f35b34610660575f36600319011261066057602060405169ffffffffffffffffffff8152f35b34610660576020366003190112610660576004359063ffffffff60e01b821680920361066057602091637965db0b60e01b81149081156118c8575b5015158152f35b6301ffc9a760e01b149050836118c1565b602435906001600160a01b038216820361066057565b6004811015610fd457602452565b91908201809211610f8a57565b91908203918211610f8a57565b61022081019081106001600160401b03821117610f0057604052565b90601f801991011681019081106001600160401b03821117610f0057604052565b81810292918115918404141715610f8a57565b906001600160801b03809116911601906001600160801b038211610f8a57565b61199090611cb8565b60ff815460a01c166004811015610fd457600103611a3b57600181015491611a1a6002611a046119d26001600160601b038760801c1663ffffffff8816611954565b9563ffffffff808260201c16816119ee818560401c16836118fd565b9360601c1681811015611a3457505b169061190a565b9301546001600160801b038160801c911661190a565b90611a258385611954565b91808311611a305750565b9150565b90506119fd565b505f905f905f90565b519063ffffffff8216820361066057565b919082608091031261066057604051608081018181106001600160401b03821117610f00576040528092611a8881611a44565b825260208101516001600160401b03811681036106605760208301526040810151906001600160801b038216820361066057606091604084015201519081151582036106605760600152565b335f9081527f2979f6896f11570060a55135862c0020a212eeb24dbeef387df8b649eb5645b5602052604090205460ff1615611b0c57565b63e2517d3f60e01b5f52336004527f62ce945f20c812b5d5989eac2b4a6437e9a6d428e92eea5c72482a3e248670c760245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615611b655750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16611bfd575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615611bfd575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b5f5160206122385f395f51905f525c611ca95760015f5160206122385f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b90815f52600560205260405f209160ff835460a01c166004811015610fd45715611cdf5750565b630706b0e360e01b5f5260045260245ffd5b60ff60015416611cfd57565b63d93c066560e01b5f5260045ffd5b906001600160401b03809116911603906001600160401b038211610f8a57565b906001600160801b03809116911602906001600160801b038216918203610f8a57565b93919093611d8e5f611d61858961190a565b6040518093819263dadb5e2d60e01b83528888600485016040919493926060820195825260208201520152565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610e58575f91612166575b5060018601549363ffffffff85169687610e10810204610e101488151715610f8a575490989796959493929189905b888b10611e0b57505050505050505050565b90919293949596979899600181018111610f8a57610e106001820102600182018104610e101460018301151715610f8a576001600160401b0316611e4f848361190a565b83518110156121525760209060051b84010151906001600160801b0360408b0151169160208101908b6001600160401b038351166001600160401b0382511690818110159081612148575b50156121015750506001600160801b03611ee463ffffffff93611ede83604086015116916001600160401b03611ed781898951169351168a611d0c565b1690611d2c565b90611967565b1660408d0152511660208b01525b895263ffffffff8860201c1682106120f8576001600160801b0360408a015116036001600160801b038111610f8a576001600160801b031680610e108b02115f146120f157611f4590610e108b0261190a565b8686610e10611f606001600160601b038c60801c1685611954565b048360608d0151808311612085575b50907fc3ad63acaa5d26e567f0c862060b01803e791bcfd8bdf7f97cea95ae72040e0b918d6060611fa3848284015161190a565b9101528d6080611fb684828401516118fd565b9101528d60a0611fc983828401516118fd565b9101528d60c0611fdc88828401516118fd565b910152604080518881526020810192909252810191909152606090a360a885901c60ff168061207c575b61203a575b5060608801511561202a576001905b0199989796959493929190611df9565b6001019998505050505050505050565b60405190828252602082015286867fb2be61cca674730eb8b628a243a727d81f79047946da1c70c9f070263af11d7d604060018060a01b03891694a45f61200b565b50801515612006565b93509350505080610e10810290808204610e101490151715610f8a576001600160601b038a60801c16156120dd57889188916001600160601b038c60801c169004938085116120d5575b5f611f6f565b9350836120cf565b634e487b7160e01b5f52601260045260245ffd5b505f611f45565b5060019061201a565b6001600160801b03935061213d9250604061213485926001600160401b03611ed763ffffffff602088015116928a611d0c565b92015116611967565b1660408b0152611ef2565b905015155f611e9a565b634e487b7160e01b5f52603260045260245ffd5b90503d805f833e6121778183611933565b810190602081830312610660578051906001600160401b038211610660570181601f820112156106605780516001600160401b038111610f0057604051926121c560208360051b0185611933565b81845260208085019260071b8401019281841161066057602001915b8383106121f257505050505f611dca565b60206080916122018486611a55565b8152019201916121e1565b63ffffffff81116122205763ffffffff1690565b6306dfcc6560e41b5f52602060045260245260445ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220aeec2a50de443b6f5addaf12b7d864a558125d3b01424d09ce16f1369e42b42164736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d2979f6896f11570060a55135862c0020a212eeb24dbeef387df8b649eb5645b5ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// CapacityBackstop is an auto generated Go binding around an Ethereum contract.
type CapacityBackstop struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CapacityBackstop) GetABI() abi.ABI {
	return c.abi
}

// NewCapacityBackstop creates a new instance of CapacityBackstop.
func NewCapacityBackstop() *CapacityBackstop {
	parsed, err := CapacityBackstopMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CapacityBackstop{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CapacityBackstop) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address stablecoin_, address assets_, address market_, address revenue_) returns()
func (capacityBackstop *CapacityBackstop) PackConstructor(admin common.Address, stablecoin_ common.Address, assets_ common.Address, market_ common.Address, revenue_ common.Address) []byte {
	enc, err := capacityBackstop.abi.Pack("", admin, stablecoin_, assets_, market_, revenue_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBACKSTOPADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ad30573.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BACKSTOP_ADMIN_ROLE() view returns(bytes32)
func (capacityBackstop *CapacityBackstop) PackBACKSTOPADMINROLE() []byte {
	enc, err := capacityBackstop.abi.Pack("BACKSTOP_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBACKSTOPADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ad30573.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BACKSTOP_ADMIN_ROLE() view returns(bytes32)
func (capacityBackstop *CapacityBackstop) TryPackBACKSTOPADMINROLE() ([]byte, error) {
	return capacityBackstop.abi.Pack("BACKSTOP_ADMIN_ROLE")
}

// UnpackBACKSTOPADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ad30573.
//
// Solidity: function BACKSTOP_ADMIN_ROLE() view returns(bytes32)
func (capacityBackstop *CapacityBackstop) UnpackBACKSTOPADMINROLE(data []byte) ([32]byte, error) {
	out, err := capacityBackstop.abi.Unpack("BACKSTOP_ADMIN_ROLE", data)
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
func (capacityBackstop *CapacityBackstop) PackDEFAULTADMINROLE() []byte {
	enc, err := capacityBackstop.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (capacityBackstop *CapacityBackstop) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return capacityBackstop.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (capacityBackstop *CapacityBackstop) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := capacityBackstop.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXFLOORPRICE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06c6a598.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FLOOR_PRICE() view returns(uint256)
func (capacityBackstop *CapacityBackstop) PackMAXFLOORPRICE() []byte {
	enc, err := capacityBackstop.abi.Pack("MAX_FLOOR_PRICE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFLOORPRICE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06c6a598.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FLOOR_PRICE() view returns(uint256)
func (capacityBackstop *CapacityBackstop) TryPackMAXFLOORPRICE() ([]byte, error) {
	return capacityBackstop.abi.Pack("MAX_FLOOR_PRICE")
}

// UnpackMAXFLOORPRICE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06c6a598.
//
// Solidity: function MAX_FLOOR_PRICE() view returns(uint256)
func (capacityBackstop *CapacityBackstop) UnpackMAXFLOORPRICE(data []byte) (*big.Int, error) {
	out, err := capacityBackstop.abi.Unpack("MAX_FLOOR_PRICE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXHOURSPERSETTLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1a40b39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_HOURS_PER_SETTLE() view returns(uint256)
func (capacityBackstop *CapacityBackstop) PackMAXHOURSPERSETTLE() []byte {
	enc, err := capacityBackstop.abi.Pack("MAX_HOURS_PER_SETTLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXHOURSPERSETTLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1a40b39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_HOURS_PER_SETTLE() view returns(uint256)
func (capacityBackstop *CapacityBackstop) TryPackMAXHOURSPERSETTLE() ([]byte, error) {
	return capacityBackstop.abi.Pack("MAX_HOURS_PER_SETTLE")
}

// UnpackMAXHOURSPERSETTLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1a40b39.
//
// Solidity: function MAX_HOURS_PER_SETTLE() view returns(uint256)
func (capacityBackstop *CapacityBackstop) UnpackMAXHOURSPERSETTLE(data []byte) (*big.Int, error) {
	out, err := capacityBackstop.abi.Unpack("MAX_HOURS_PER_SETTLE", data)
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
func (capacityBackstop *CapacityBackstop) PackMAXTERMHOURS() []byte {
	enc, err := capacityBackstop.abi.Pack("MAX_TERM_HOURS")
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
func (capacityBackstop *CapacityBackstop) TryPackMAXTERMHOURS() ([]byte, error) {
	return capacityBackstop.abi.Pack("MAX_TERM_HOURS")
}

// UnpackMAXTERMHOURS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41297281.
//
// Solidity: function MAX_TERM_HOURS() view returns(uint32)
func (capacityBackstop *CapacityBackstop) UnpackMAXTERMHOURS(data []byte) (uint32, error) {
	out, err := capacityBackstop.abi.Unpack("MAX_TERM_HOURS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackActiveCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32fafc53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeCommitmentOf(uint256 assetId) view returns(uint256)
func (capacityBackstop *CapacityBackstop) PackActiveCommitmentOf(assetId *big.Int) []byte {
	enc, err := capacityBackstop.abi.Pack("activeCommitmentOf", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32fafc53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeCommitmentOf(uint256 assetId) view returns(uint256)
func (capacityBackstop *CapacityBackstop) TryPackActiveCommitmentOf(assetId *big.Int) ([]byte, error) {
	return capacityBackstop.abi.Pack("activeCommitmentOf", assetId)
}

// UnpackActiveCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32fafc53.
//
// Solidity: function activeCommitmentOf(uint256 assetId) view returns(uint256)
func (capacityBackstop *CapacityBackstop) UnpackActiveCommitmentOf(data []byte) (*big.Int, error) {
	out, err := capacityBackstop.abi.Unpack("activeCommitmentOf", data)
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
func (capacityBackstop *CapacityBackstop) PackAssets() []byte {
	enc, err := capacityBackstop.abi.Pack("assets")
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
func (capacityBackstop *CapacityBackstop) TryPackAssets() ([]byte, error) {
	return capacityBackstop.abi.Pack("assets")
}

// UnpackAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71a97305.
//
// Solidity: function assets() view returns(address)
func (capacityBackstop *CapacityBackstop) UnpackAssets(data []byte) (common.Address, error) {
	out, err := capacityBackstop.abi.Unpack("assets", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe18f31aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(uint256 assetId, uint256 floorPricePerGpuHour, uint256 amount, uint32 hoursTerm, bool take) returns(uint256 commitmentId)
func (capacityBackstop *CapacityBackstop) PackCommit(assetId *big.Int, floorPricePerGpuHour *big.Int, amount *big.Int, hoursTerm uint32, take bool) []byte {
	enc, err := capacityBackstop.abi.Pack("commit", assetId, floorPricePerGpuHour, amount, hoursTerm, take)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe18f31aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(uint256 assetId, uint256 floorPricePerGpuHour, uint256 amount, uint32 hoursTerm, bool take) returns(uint256 commitmentId)
func (capacityBackstop *CapacityBackstop) TryPackCommit(assetId *big.Int, floorPricePerGpuHour *big.Int, amount *big.Int, hoursTerm uint32, take bool) ([]byte, error) {
	return capacityBackstop.abi.Pack("commit", assetId, floorPricePerGpuHour, amount, hoursTerm, take)
}

// UnpackCommit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe18f31aa.
//
// Solidity: function commit(uint256 assetId, uint256 floorPricePerGpuHour, uint256 amount, uint32 hoursTerm, bool take) returns(uint256 commitmentId)
func (capacityBackstop *CapacityBackstop) UnpackCommit(data []byte) (*big.Int, error) {
	out, err := capacityBackstop.abi.Unpack("commit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitmentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc44956d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentCount() view returns(uint256)
func (capacityBackstop *CapacityBackstop) PackCommitmentCount() []byte {
	enc, err := capacityBackstop.abi.Pack("commitmentCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc44956d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentCount() view returns(uint256)
func (capacityBackstop *CapacityBackstop) TryPackCommitmentCount() ([]byte, error) {
	return capacityBackstop.abi.Pack("commitmentCount")
}

// UnpackCommitmentCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc44956d1.
//
// Solidity: function commitmentCount() view returns(uint256)
func (capacityBackstop *CapacityBackstop) UnpackCommitmentCount(data []byte) (*big.Int, error) {
	out, err := capacityBackstop.abi.Unpack("commitmentCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x640f47f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(uint256 commitmentId) view returns((address,uint8,bool,uint64,uint32,uint32,uint32,uint32,uint96,uint128,uint128,uint128,uint128,uint128,uint64,uint32,uint128))
func (capacityBackstop *CapacityBackstop) PackCommitmentOf(commitmentId *big.Int) []byte {
	enc, err := capacityBackstop.abi.Pack("commitmentOf", commitmentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x640f47f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(uint256 commitmentId) view returns((address,uint8,bool,uint64,uint32,uint32,uint32,uint32,uint96,uint128,uint128,uint128,uint128,uint128,uint64,uint32,uint128))
func (capacityBackstop *CapacityBackstop) TryPackCommitmentOf(commitmentId *big.Int) ([]byte, error) {
	return capacityBackstop.abi.Pack("commitmentOf", commitmentId)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x640f47f7.
//
// Solidity: function commitmentOf(uint256 commitmentId) view returns((address,uint8,bool,uint64,uint32,uint32,uint32,uint32,uint96,uint128,uint128,uint128,uint128,uint128,uint64,uint32,uint128))
func (capacityBackstop *CapacityBackstop) UnpackCommitmentOf(data []byte) (CapacityBackstopCommitment, error) {
	out, err := capacityBackstop.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new(CapacityBackstopCommitment), err
	}
	out0 := *abi.ConvertType(out[0], new(CapacityBackstopCommitment)).(*CapacityBackstopCommitment)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (capacityBackstop *CapacityBackstop) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := capacityBackstop.abi.Pack("getRoleAdmin", role)
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
func (capacityBackstop *CapacityBackstop) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return capacityBackstop.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (capacityBackstop *CapacityBackstop) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := capacityBackstop.abi.Unpack("getRoleAdmin", data)
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
func (capacityBackstop *CapacityBackstop) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := capacityBackstop.abi.Pack("grantRole", role, account)
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
func (capacityBackstop *CapacityBackstop) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return capacityBackstop.abi.Pack("grantRole", role, account)
}

// PackGuaranteedMinimum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda32efb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guaranteedMinimum(uint256 commitmentId) view returns(uint256 perHour, uint256 hoursLeft, uint256 total)
func (capacityBackstop *CapacityBackstop) PackGuaranteedMinimum(commitmentId *big.Int) []byte {
	enc, err := capacityBackstop.abi.Pack("guaranteedMinimum", commitmentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuaranteedMinimum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda32efb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guaranteedMinimum(uint256 commitmentId) view returns(uint256 perHour, uint256 hoursLeft, uint256 total)
func (capacityBackstop *CapacityBackstop) TryPackGuaranteedMinimum(commitmentId *big.Int) ([]byte, error) {
	return capacityBackstop.abi.Pack("guaranteedMinimum", commitmentId)
}

// GuaranteedMinimumOutput serves as a container for the return parameters of contract
// method GuaranteedMinimum.
type GuaranteedMinimumOutput struct {
	PerHour   *big.Int
	HoursLeft *big.Int
	Total     *big.Int
}

// UnpackGuaranteedMinimum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda32efb1.
//
// Solidity: function guaranteedMinimum(uint256 commitmentId) view returns(uint256 perHour, uint256 hoursLeft, uint256 total)
func (capacityBackstop *CapacityBackstop) UnpackGuaranteedMinimum(data []byte) (GuaranteedMinimumOutput, error) {
	out, err := capacityBackstop.abi.Unpack("guaranteedMinimum", data)
	outstruct := new(GuaranteedMinimumOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.PerHour = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.HoursLeft = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Total = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (capacityBackstop *CapacityBackstop) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := capacityBackstop.abi.Pack("hasRole", role, account)
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
func (capacityBackstop *CapacityBackstop) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return capacityBackstop.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (capacityBackstop *CapacityBackstop) UnpackHasRole(data []byte) (bool, error) {
	out, err := capacityBackstop.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (capacityBackstop *CapacityBackstop) PackMarket() []byte {
	enc, err := capacityBackstop.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (capacityBackstop *CapacityBackstop) TryPackMarket() ([]byte, error) {
	return capacityBackstop.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (capacityBackstop *CapacityBackstop) UnpackMarket(data []byte) (common.Address, error) {
	out, err := capacityBackstop.abi.Unpack("market", data)
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
func (capacityBackstop *CapacityBackstop) PackPause() []byte {
	enc, err := capacityBackstop.abi.Pack("pause")
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
func (capacityBackstop *CapacityBackstop) TryPackPause() ([]byte, error) {
	return capacityBackstop.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (capacityBackstop *CapacityBackstop) PackPaused() []byte {
	enc, err := capacityBackstop.abi.Pack("paused")
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
func (capacityBackstop *CapacityBackstop) TryPackPaused() ([]byte, error) {
	return capacityBackstop.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (capacityBackstop *CapacityBackstop) UnpackPaused(data []byte) (bool, error) {
	out, err := capacityBackstop.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37bdc99b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(uint256 commitmentId) returns(uint256 amount)
func (capacityBackstop *CapacityBackstop) PackRelease(commitmentId *big.Int) []byte {
	enc, err := capacityBackstop.abi.Pack("release", commitmentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37bdc99b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(uint256 commitmentId) returns(uint256 amount)
func (capacityBackstop *CapacityBackstop) TryPackRelease(commitmentId *big.Int) ([]byte, error) {
	return capacityBackstop.abi.Pack("release", commitmentId)
}

// UnpackRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37bdc99b.
//
// Solidity: function release(uint256 commitmentId) returns(uint256 amount)
func (capacityBackstop *CapacityBackstop) UnpackRelease(data []byte) (*big.Int, error) {
	out, err := capacityBackstop.abi.Unpack("release", data)
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
func (capacityBackstop *CapacityBackstop) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := capacityBackstop.abi.Pack("renounceRole", role, callerConfirmation)
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
func (capacityBackstop *CapacityBackstop) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return capacityBackstop.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackReturnOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13c5c5c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function returnOwed(address provider) view returns(uint256)
func (capacityBackstop *CapacityBackstop) PackReturnOwed(provider common.Address) []byte {
	enc, err := capacityBackstop.abi.Pack("returnOwed", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReturnOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13c5c5c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function returnOwed(address provider) view returns(uint256)
func (capacityBackstop *CapacityBackstop) TryPackReturnOwed(provider common.Address) ([]byte, error) {
	return capacityBackstop.abi.Pack("returnOwed", provider)
}

// UnpackReturnOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13c5c5c3.
//
// Solidity: function returnOwed(address provider) view returns(uint256)
func (capacityBackstop *CapacityBackstop) UnpackReturnOwed(data []byte) (*big.Int, error) {
	out, err := capacityBackstop.abi.Unpack("returnOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e9491a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revenue() view returns(address)
func (capacityBackstop *CapacityBackstop) PackRevenue() []byte {
	enc, err := capacityBackstop.abi.Pack("revenue")
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
func (capacityBackstop *CapacityBackstop) TryPackRevenue() ([]byte, error) {
	return capacityBackstop.abi.Pack("revenue")
}

// UnpackRevenue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e9491a2.
//
// Solidity: function revenue() view returns(address)
func (capacityBackstop *CapacityBackstop) UnpackRevenue(data []byte) (common.Address, error) {
	out, err := capacityBackstop.abi.Unpack("revenue", data)
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
func (capacityBackstop *CapacityBackstop) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := capacityBackstop.abi.Pack("revokeRole", role, account)
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
func (capacityBackstop *CapacityBackstop) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return capacityBackstop.abi.Pack("revokeRole", role, account)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a9c29f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 commitmentId, uint256 maxHours) returns(uint256 paidNow)
func (capacityBackstop *CapacityBackstop) PackSettle(commitmentId *big.Int, maxHours *big.Int) []byte {
	enc, err := capacityBackstop.abi.Pack("settle", commitmentId, maxHours)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a9c29f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 commitmentId, uint256 maxHours) returns(uint256 paidNow)
func (capacityBackstop *CapacityBackstop) TryPackSettle(commitmentId *big.Int, maxHours *big.Int) ([]byte, error) {
	return capacityBackstop.abi.Pack("settle", commitmentId, maxHours)
}

// UnpackSettle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a9c29f6.
//
// Solidity: function settle(uint256 commitmentId, uint256 maxHours) returns(uint256 paidNow)
func (capacityBackstop *CapacityBackstop) UnpackSettle(data []byte) (*big.Int, error) {
	out, err := capacityBackstop.abi.Unpack("settle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStablecoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9cbd822.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stablecoin() view returns(address)
func (capacityBackstop *CapacityBackstop) PackStablecoin() []byte {
	enc, err := capacityBackstop.abi.Pack("stablecoin")
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
func (capacityBackstop *CapacityBackstop) TryPackStablecoin() ([]byte, error) {
	return capacityBackstop.abi.Pack("stablecoin")
}

// UnpackStablecoin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe9cbd822.
//
// Solidity: function stablecoin() view returns(address)
func (capacityBackstop *CapacityBackstop) UnpackStablecoin(data []byte) (common.Address, error) {
	out, err := capacityBackstop.abi.Unpack("stablecoin", data)
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
func (capacityBackstop *CapacityBackstop) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := capacityBackstop.abi.Pack("supportsInterface", interfaceId)
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
func (capacityBackstop *CapacityBackstop) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return capacityBackstop.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (capacityBackstop *CapacityBackstop) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := capacityBackstop.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalHeld() view returns(uint256)
func (capacityBackstop *CapacityBackstop) PackTotalHeld() []byte {
	enc, err := capacityBackstop.abi.Pack("totalHeld")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalHeld() view returns(uint256)
func (capacityBackstop *CapacityBackstop) TryPackTotalHeld() ([]byte, error) {
	return capacityBackstop.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (capacityBackstop *CapacityBackstop) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := capacityBackstop.abi.Unpack("totalHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalReturnsOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a804bf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalReturnsOwed() view returns(uint256)
func (capacityBackstop *CapacityBackstop) PackTotalReturnsOwed() []byte {
	enc, err := capacityBackstop.abi.Pack("totalReturnsOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalReturnsOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a804bf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalReturnsOwed() view returns(uint256)
func (capacityBackstop *CapacityBackstop) TryPackTotalReturnsOwed() ([]byte, error) {
	return capacityBackstop.abi.Pack("totalReturnsOwed")
}

// UnpackTotalReturnsOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a804bf5.
//
// Solidity: function totalReturnsOwed() view returns(uint256)
func (capacityBackstop *CapacityBackstop) UnpackTotalReturnsOwed(data []byte) (*big.Int, error) {
	out, err := capacityBackstop.abi.Unpack("totalReturnsOwed", data)
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
func (capacityBackstop *CapacityBackstop) PackUnpause() []byte {
	enc, err := capacityBackstop.abi.Pack("unpause")
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
func (capacityBackstop *CapacityBackstop) TryPackUnpause() ([]byte, error) {
	return capacityBackstop.abi.Pack("unpause")
}

// PackWithdrawReturn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7b10155.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawReturn() returns(uint256 amount)
func (capacityBackstop *CapacityBackstop) PackWithdrawReturn() []byte {
	enc, err := capacityBackstop.abi.Pack("withdrawReturn")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawReturn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7b10155.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawReturn() returns(uint256 amount)
func (capacityBackstop *CapacityBackstop) TryPackWithdrawReturn() ([]byte, error) {
	return capacityBackstop.abi.Pack("withdrawReturn")
}

// UnpackWithdrawReturn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7b10155.
//
// Solidity: function withdrawReturn() returns(uint256 amount)
func (capacityBackstop *CapacityBackstop) UnpackWithdrawReturn(data []byte) (*big.Int, error) {
	out, err := capacityBackstop.abi.Unpack("withdrawReturn", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// CapacityBackstopCommitmentFinished represents a CommitmentFinished event raised by the CapacityBackstop contract.
type CapacityBackstopCommitmentFinished struct {
	CommitmentId *big.Int
	AssetId      *big.Int
	Paid         *big.Int
	Left         *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopCommitmentFinishedEventName = "CommitmentFinished"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopCommitmentFinished) ContractEventName() string {
	return CapacityBackstopCommitmentFinishedEventName
}

// UnpackCommitmentFinishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitmentFinished(uint256 indexed commitmentId, uint256 indexed assetId, uint256 paid, uint256 left)
func (capacityBackstop *CapacityBackstop) UnpackCommitmentFinishedEvent(log *types.Log) (*CapacityBackstopCommitmentFinished, error) {
	event := "CommitmentFinished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopCommitmentFinished)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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

// CapacityBackstopCommitmentReleased represents a CommitmentReleased event raised by the CapacityBackstop contract.
type CapacityBackstopCommitmentReleased struct {
	CommitmentId *big.Int
	Provider     common.Address
	Amount       *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopCommitmentReleasedEventName = "CommitmentReleased"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopCommitmentReleased) ContractEventName() string {
	return CapacityBackstopCommitmentReleasedEventName
}

// UnpackCommitmentReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitmentReleased(uint256 indexed commitmentId, address indexed provider, uint256 amount)
func (capacityBackstop *CapacityBackstop) UnpackCommitmentReleasedEvent(log *types.Log) (*CapacityBackstopCommitmentReleased, error) {
	event := "CommitmentReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopCommitmentReleased)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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

// CapacityBackstopCommitmentSettled represents a CommitmentSettled event raised by the CapacityBackstop contract.
type CapacityBackstopCommitmentSettled struct {
	CommitmentId *big.Int
	AssetId      *big.Int
	FromHour     *big.Int
	ToHour       *big.Int
	Paid         *big.Int
	Left         *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopCommitmentSettledEventName = "CommitmentSettled"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopCommitmentSettled) ContractEventName() string {
	return CapacityBackstopCommitmentSettledEventName
}

// UnpackCommitmentSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitmentSettled(uint256 indexed commitmentId, uint256 indexed assetId, uint256 fromHour, uint256 toHour, uint256 paid, uint256 left)
func (capacityBackstop *CapacityBackstop) UnpackCommitmentSettledEvent(log *types.Log) (*CapacityBackstopCommitmentSettled, error) {
	event := "CommitmentSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopCommitmentSettled)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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

// CapacityBackstopCommitted represents a Committed event raised by the CapacityBackstop contract.
type CapacityBackstopCommitted struct {
	CommitmentId         *big.Int
	AssetId              *big.Int
	Provider             common.Address
	FloorPricePerGpuHour *big.Int
	Amount               *big.Int
	GpuCount             uint32
	StartHour            uint32
	HoursTerm            uint32
	Take                 bool
	Raw                  *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopCommitted) ContractEventName() string {
	return CapacityBackstopCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(uint256 indexed commitmentId, uint256 indexed assetId, address indexed provider, uint256 floorPricePerGpuHour, uint256 amount, uint32 gpuCount, uint32 startHour, uint32 hoursTerm, bool take)
func (capacityBackstop *CapacityBackstop) UnpackCommittedEvent(log *types.Log) (*CapacityBackstopCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopCommitted)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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

// CapacityBackstopIdleCapacityBought represents a IdleCapacityBought event raised by the CapacityBackstop contract.
type CapacityBackstopIdleCapacityBought struct {
	CommitmentId   *big.Int
	AssetId        *big.Int
	Hour           *big.Int
	IdleGpuSeconds *big.Int
	Amount         *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopIdleCapacityBoughtEventName = "IdleCapacityBought"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopIdleCapacityBought) ContractEventName() string {
	return CapacityBackstopIdleCapacityBoughtEventName
}

// UnpackIdleCapacityBoughtEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdleCapacityBought(uint256 indexed commitmentId, uint256 indexed assetId, uint256 hour, uint256 idleGpuSeconds, uint256 amount)
func (capacityBackstop *CapacityBackstop) UnpackIdleCapacityBoughtEvent(log *types.Log) (*CapacityBackstopIdleCapacityBought, error) {
	event := "IdleCapacityBought"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopIdleCapacityBought)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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

// CapacityBackstopIdleCapacityTaken represents a IdleCapacityTaken event raised by the CapacityBackstop contract.
type CapacityBackstopIdleCapacityTaken struct {
	CommitmentId *big.Int
	AssetId      *big.Int
	Provider     common.Address
	Hour         *big.Int
	GpuSeconds   *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopIdleCapacityTakenEventName = "IdleCapacityTaken"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopIdleCapacityTaken) ContractEventName() string {
	return CapacityBackstopIdleCapacityTakenEventName
}

// UnpackIdleCapacityTakenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdleCapacityTaken(uint256 indexed commitmentId, uint256 indexed assetId, address indexed provider, uint256 hour, uint256 gpuSeconds)
func (capacityBackstop *CapacityBackstop) UnpackIdleCapacityTakenEvent(log *types.Log) (*CapacityBackstopIdleCapacityTaken, error) {
	event := "IdleCapacityTaken"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopIdleCapacityTaken)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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

// CapacityBackstopPaused represents a Paused event raised by the CapacityBackstop contract.
type CapacityBackstopPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopPaused) ContractEventName() string {
	return CapacityBackstopPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (capacityBackstop *CapacityBackstop) UnpackPausedEvent(log *types.Log) (*CapacityBackstopPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopPaused)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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

// CapacityBackstopReturnDeferred represents a ReturnDeferred event raised by the CapacityBackstop contract.
type CapacityBackstopReturnDeferred struct {
	CommitmentId *big.Int
	Provider     common.Address
	Amount       *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopReturnDeferredEventName = "ReturnDeferred"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopReturnDeferred) ContractEventName() string {
	return CapacityBackstopReturnDeferredEventName
}

// UnpackReturnDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReturnDeferred(uint256 indexed commitmentId, address indexed provider, uint256 amount)
func (capacityBackstop *CapacityBackstop) UnpackReturnDeferredEvent(log *types.Log) (*CapacityBackstopReturnDeferred, error) {
	event := "ReturnDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopReturnDeferred)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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

// CapacityBackstopReturnWithdrawn represents a ReturnWithdrawn event raised by the CapacityBackstop contract.
type CapacityBackstopReturnWithdrawn struct {
	Provider common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopReturnWithdrawnEventName = "ReturnWithdrawn"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopReturnWithdrawn) ContractEventName() string {
	return CapacityBackstopReturnWithdrawnEventName
}

// UnpackReturnWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReturnWithdrawn(address indexed provider, uint256 amount)
func (capacityBackstop *CapacityBackstop) UnpackReturnWithdrawnEvent(log *types.Log) (*CapacityBackstopReturnWithdrawn, error) {
	event := "ReturnWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopReturnWithdrawn)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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

// CapacityBackstopRoleAdminChanged represents a RoleAdminChanged event raised by the CapacityBackstop contract.
type CapacityBackstopRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopRoleAdminChanged) ContractEventName() string {
	return CapacityBackstopRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (capacityBackstop *CapacityBackstop) UnpackRoleAdminChangedEvent(log *types.Log) (*CapacityBackstopRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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

// CapacityBackstopRoleGranted represents a RoleGranted event raised by the CapacityBackstop contract.
type CapacityBackstopRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopRoleGranted) ContractEventName() string {
	return CapacityBackstopRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (capacityBackstop *CapacityBackstop) UnpackRoleGrantedEvent(log *types.Log) (*CapacityBackstopRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopRoleGranted)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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

// CapacityBackstopRoleRevoked represents a RoleRevoked event raised by the CapacityBackstop contract.
type CapacityBackstopRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopRoleRevoked) ContractEventName() string {
	return CapacityBackstopRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (capacityBackstop *CapacityBackstop) UnpackRoleRevokedEvent(log *types.Log) (*CapacityBackstopRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopRoleRevoked)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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

// CapacityBackstopUnpaused represents a Unpaused event raised by the CapacityBackstop contract.
type CapacityBackstopUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CapacityBackstopUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (CapacityBackstopUnpaused) ContractEventName() string {
	return CapacityBackstopUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (capacityBackstop *CapacityBackstop) UnpackUnpausedEvent(log *types.Log) (*CapacityBackstopUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capacityBackstop.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapacityBackstopUnpaused)
	if len(log.Data) > 0 {
		if err := capacityBackstop.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capacityBackstop.abi.Events[event].Inputs {
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
func (capacityBackstop *CapacityBackstop) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["AssetHasCommitment"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackAssetHasCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["CommitmentNotActive"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackCommitmentNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["DepositShortfall"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackDepositShortfallError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["HourNotEnded"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackHourNotEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["InvalidFloorPrice"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackInvalidFloorPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["InvalidTerm"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackInvalidTermError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["NoReturnOwed"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackNoReturnOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["NotProvider"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackNotProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["TermNotSettled"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackTermNotSettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["UnknownCommitment"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackUnknownCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], capacityBackstop.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return capacityBackstop.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CapacityBackstopAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the CapacityBackstop contract.
type CapacityBackstopAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func CapacityBackstopAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (capacityBackstop *CapacityBackstop) UnpackAccessControlBadConfirmationError(raw []byte) (*CapacityBackstopAccessControlBadConfirmation, error) {
	out := new(CapacityBackstopAccessControlBadConfirmation)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the CapacityBackstop contract.
type CapacityBackstopAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func CapacityBackstopAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (capacityBackstop *CapacityBackstop) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*CapacityBackstopAccessControlUnauthorizedAccount, error) {
	out := new(CapacityBackstopAccessControlUnauthorizedAccount)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopAmountTooLarge represents a AmountTooLarge error raised by the CapacityBackstop contract.
type CapacityBackstopAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount)
func CapacityBackstopAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount)
func (capacityBackstop *CapacityBackstop) UnpackAmountTooLargeError(raw []byte) (*CapacityBackstopAmountTooLarge, error) {
	out := new(CapacityBackstopAmountTooLarge)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopAssetHasCommitment represents a AssetHasCommitment error raised by the CapacityBackstop contract.
type CapacityBackstopAssetHasCommitment struct {
	AssetId      *big.Int
	CommitmentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetHasCommitment(uint256 assetId, uint256 commitmentId)
func CapacityBackstopAssetHasCommitmentErrorID() common.Hash {
	return common.HexToHash("0x0f0fdc6bbdf63f79fa20f88204d7c491ce7c16184d6dbcf2021ce068cb1d4617")
}

// UnpackAssetHasCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetHasCommitment(uint256 assetId, uint256 commitmentId)
func (capacityBackstop *CapacityBackstop) UnpackAssetHasCommitmentError(raw []byte) (*CapacityBackstopAssetHasCommitment, error) {
	out := new(CapacityBackstopAssetHasCommitment)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "AssetHasCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopCommitmentNotActive represents a CommitmentNotActive error raised by the CapacityBackstop contract.
type CapacityBackstopCommitmentNotActive struct {
	CommitmentId *big.Int
	Status       uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentNotActive(uint256 commitmentId, uint8 status)
func CapacityBackstopCommitmentNotActiveErrorID() common.Hash {
	return common.HexToHash("0x41ba34749b162691b7ec16bbdea363692133cedaa0ed73dbbd1667d0d41a9e35")
}

// UnpackCommitmentNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentNotActive(uint256 commitmentId, uint8 status)
func (capacityBackstop *CapacityBackstop) UnpackCommitmentNotActiveError(raw []byte) (*CapacityBackstopCommitmentNotActive, error) {
	out := new(CapacityBackstopCommitmentNotActive)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "CommitmentNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopDepositShortfall represents a DepositShortfall error raised by the CapacityBackstop contract.
type CapacityBackstopDepositShortfall struct {
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositShortfall(uint256 expected, uint256 received)
func CapacityBackstopDepositShortfallErrorID() common.Hash {
	return common.HexToHash("0x8b9ba582806f73243bc1cffa04856dd06780417d04e54adf8ea6ffe59d1ba55d")
}

// UnpackDepositShortfallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositShortfall(uint256 expected, uint256 received)
func (capacityBackstop *CapacityBackstop) UnpackDepositShortfallError(raw []byte) (*CapacityBackstopDepositShortfall, error) {
	out := new(CapacityBackstopDepositShortfall)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "DepositShortfall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopEnforcedPause represents a EnforcedPause error raised by the CapacityBackstop contract.
type CapacityBackstopEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func CapacityBackstopEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (capacityBackstop *CapacityBackstop) UnpackEnforcedPauseError(raw []byte) (*CapacityBackstopEnforcedPause, error) {
	out := new(CapacityBackstopEnforcedPause)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopExpectedPause represents a ExpectedPause error raised by the CapacityBackstop contract.
type CapacityBackstopExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func CapacityBackstopExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (capacityBackstop *CapacityBackstop) UnpackExpectedPauseError(raw []byte) (*CapacityBackstopExpectedPause, error) {
	out := new(CapacityBackstopExpectedPause)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopHourNotEnded represents a HourNotEnded error raised by the CapacityBackstop contract.
type CapacityBackstopHourNotEnded struct {
	CommitmentId *big.Int
	Hour         *big.Int
	EndsAt       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HourNotEnded(uint256 commitmentId, uint256 hour, uint256 endsAt)
func CapacityBackstopHourNotEndedErrorID() common.Hash {
	return common.HexToHash("0xa6b3f0575e427013ea6a835a6d375f081fea2b3ffd8ae5f5b23f49c11c4eaf20")
}

// UnpackHourNotEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HourNotEnded(uint256 commitmentId, uint256 hour, uint256 endsAt)
func (capacityBackstop *CapacityBackstop) UnpackHourNotEndedError(raw []byte) (*CapacityBackstopHourNotEnded, error) {
	out := new(CapacityBackstopHourNotEnded)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "HourNotEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopInvalidFloorPrice represents a InvalidFloorPrice error raised by the CapacityBackstop contract.
type CapacityBackstopInvalidFloorPrice struct {
	FloorPricePerGpuHour *big.Int
	Max                  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidFloorPrice(uint256 floorPricePerGpuHour, uint256 max)
func CapacityBackstopInvalidFloorPriceErrorID() common.Hash {
	return common.HexToHash("0xc2bfb02d58576a3ab534f03532b5e1bf118abb76453817c59c1ee21c1f51f6af")
}

// UnpackInvalidFloorPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidFloorPrice(uint256 floorPricePerGpuHour, uint256 max)
func (capacityBackstop *CapacityBackstop) UnpackInvalidFloorPriceError(raw []byte) (*CapacityBackstopInvalidFloorPrice, error) {
	out := new(CapacityBackstopInvalidFloorPrice)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "InvalidFloorPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopInvalidTerm represents a InvalidTerm error raised by the CapacityBackstop contract.
type CapacityBackstopInvalidTerm struct {
	HoursTerm uint32
	Max       uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTerm(uint32 hoursTerm, uint32 max)
func CapacityBackstopInvalidTermErrorID() common.Hash {
	return common.HexToHash("0x4eacd26ba651408799795fe51d61aa16da9d438c42f5f614c42fed226b3d4018")
}

// UnpackInvalidTermError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTerm(uint32 hoursTerm, uint32 max)
func (capacityBackstop *CapacityBackstop) UnpackInvalidTermError(raw []byte) (*CapacityBackstopInvalidTerm, error) {
	out := new(CapacityBackstopInvalidTerm)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "InvalidTerm", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopNoReturnOwed represents a NoReturnOwed error raised by the CapacityBackstop contract.
type CapacityBackstopNoReturnOwed struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReturnOwed(address provider)
func CapacityBackstopNoReturnOwedErrorID() common.Hash {
	return common.HexToHash("0x909c3be0ceb507b0d894a021bb30ce2464a65d69c15657347586c550781f2e4a")
}

// UnpackNoReturnOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReturnOwed(address provider)
func (capacityBackstop *CapacityBackstop) UnpackNoReturnOwedError(raw []byte) (*CapacityBackstopNoReturnOwed, error) {
	out := new(CapacityBackstopNoReturnOwed)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "NoReturnOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopNotProvider represents a NotProvider error raised by the CapacityBackstop contract.
type CapacityBackstopNotProvider struct {
	CommitmentId *big.Int
	Caller       common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProvider(uint256 commitmentId, address caller)
func CapacityBackstopNotProviderErrorID() common.Hash {
	return common.HexToHash("0x55a3d2d6d2dd0555c02c32a58cb2b6051f92c64478551c56ca5655097867405f")
}

// UnpackNotProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProvider(uint256 commitmentId, address caller)
func (capacityBackstop *CapacityBackstop) UnpackNotProviderError(raw []byte) (*CapacityBackstopNotProvider, error) {
	out := new(CapacityBackstopNotProvider)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "NotProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the CapacityBackstop contract.
type CapacityBackstopReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func CapacityBackstopReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (capacityBackstop *CapacityBackstop) UnpackReentrancyGuardReentrantCallError(raw []byte) (*CapacityBackstopReentrancyGuardReentrantCall, error) {
	out := new(CapacityBackstopReentrancyGuardReentrantCall)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the CapacityBackstop contract.
type CapacityBackstopSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func CapacityBackstopSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (capacityBackstop *CapacityBackstop) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*CapacityBackstopSafeCastOverflowedUintDowncast, error) {
	out := new(CapacityBackstopSafeCastOverflowedUintDowncast)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the CapacityBackstop contract.
type CapacityBackstopSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func CapacityBackstopSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (capacityBackstop *CapacityBackstop) UnpackSafeERC20FailedOperationError(raw []byte) (*CapacityBackstopSafeERC20FailedOperation, error) {
	out := new(CapacityBackstopSafeERC20FailedOperation)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopTermNotSettled represents a TermNotSettled error raised by the CapacityBackstop contract.
type CapacityBackstopTermNotSettled struct {
	CommitmentId *big.Int
	CursorHour   *big.Int
	EndHour      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermNotSettled(uint256 commitmentId, uint256 cursorHour, uint256 endHour)
func CapacityBackstopTermNotSettledErrorID() common.Hash {
	return common.HexToHash("0xb1e235619ad6b79ae90f2bef231a399f61d010cf665fcdfbc6e965d5ddddd59b")
}

// UnpackTermNotSettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermNotSettled(uint256 commitmentId, uint256 cursorHour, uint256 endHour)
func (capacityBackstop *CapacityBackstop) UnpackTermNotSettledError(raw []byte) (*CapacityBackstopTermNotSettled, error) {
	out := new(CapacityBackstopTermNotSettled)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "TermNotSettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopUnknownCommitment represents a UnknownCommitment error raised by the CapacityBackstop contract.
type CapacityBackstopUnknownCommitment struct {
	CommitmentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCommitment(uint256 commitmentId)
func CapacityBackstopUnknownCommitmentErrorID() common.Hash {
	return common.HexToHash("0x0706b0e34b6014fdd9344a038a2f8214b5c3dc6d474744d6c2627ed640c3b877")
}

// UnpackUnknownCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCommitment(uint256 commitmentId)
func (capacityBackstop *CapacityBackstop) UnpackUnknownCommitmentError(raw []byte) (*CapacityBackstopUnknownCommitment, error) {
	out := new(CapacityBackstopUnknownCommitment)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "UnknownCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopZeroAddress represents a ZeroAddress error raised by the CapacityBackstop contract.
type CapacityBackstopZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func CapacityBackstopZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (capacityBackstop *CapacityBackstop) UnpackZeroAddressError(raw []byte) (*CapacityBackstopZeroAddress, error) {
	out := new(CapacityBackstopZeroAddress)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapacityBackstopZeroAmount represents a ZeroAmount error raised by the CapacityBackstop contract.
type CapacityBackstopZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func CapacityBackstopZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (capacityBackstop *CapacityBackstop) UnpackZeroAmountError(raw []byte) (*CapacityBackstopZeroAmount, error) {
	out := new(CapacityBackstopZeroAmount)
	if err := capacityBackstop.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
