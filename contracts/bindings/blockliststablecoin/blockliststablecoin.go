// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package blockliststablecoin

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

// BlocklistStablecoinMetaData contains all meta data concerning the BlocklistStablecoin contract.
var BlocklistStablecoinMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountBlocklisted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"}],\"name\":\"ERC3009InvalidAuthorizationTime\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC3009InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"ERC3009UsedAuthorization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"AuthorizationCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"AuthorizationUsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"blocked\",\"type\":\"bool\"}],\"name\":\"Blocklisted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"}],\"name\":\"FaucetMint\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"authorizationState\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"blocklisted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"cancelAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"receiveWithAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"blocked\",\"type\":\"bool\"}],\"name\":\"setBlocklisted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"transferWithAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BlocklistStablecoin",
	Bin: "0x610160806040523461048a57602081611ce38038038091610020828561048e565b83398101031261048a57516001600160a01b038116810361048a576040519061004a60408361048e565b6012825260208201917119dc1d5b195919d95c8815195cdd081554d160721b835260405161007960408261048e565b601281527119dc1d5b195919d95c8815195cdd081554d160721b6020820152604051936100a760408661048e565b60048552631d1554d160e21b6020860152604051926100c760408561048e565b60018452603160f81b60208501908152835190936001600160401b0382116103855760035490600182811c92168015610480575b60208310146103675781601f84931161040a575b50602090601f83116001146103a4575f92610399575b50508160011b915f199060031b1c1916176003555b85516001600160401b03811161038557600454600181811c9116801561037b575b602082101461036757601f81116102f9575b506020601f8211600114610292578190610235985f92610287575b50508160011b915f199060031b1c1916176004555b6101a6816105ba565b610120526101b3846105ba565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261021c60c08261048e565b5190206080523060c05261022f816104b1565b50610527565b5060405161165d90816106268239608051816111ae015260a0518161126b015260c05181611178015260e051816111fd015261010051816112230152610120518161072a015261014051816107530152f35b015190505f80610188565b601f1982169760045f52815f20985f5b8181106102e157509161023599918460019594106102c9575b505050811b0160045561019d565b01515f1960f88460031b161c191690555f80806102bb565b838301518b556001909a0199602093840193016102a2565b8181111561016d5760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6020841061035f575b81601f9101920160051c03905f5b82811061035257505061016d565b5f82820155600101610344565b5f9150610336565b634e487b7160e01b5f52602260045260245ffd5b90607f169061015b565b634e487b7160e01b5f52604160045260245ffd5b015190505f80610125565b60035f9081528281209350601f198516905b8181106103f257509084600195949392106103da575b505050811b0160035561013a565b01515f1960f88460031b161c191690555f80806103cc565b929360206001819287860151815501950193016103b6565b8281111561010f5760035f52909150601f830160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208510610478575b849392601f0160051c82900391015f5b82811061046857505061010f565b5f8183015585945060010161045a565b5f915061044a565b91607f16916100fb565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761038557604052565b6001600160a01b0381165f9081525f516020611ca35f395f51905f52602052604090205460ff16610522576001600160a01b03165f8181525f516020611ca35f395f51905f5260205260408120805460ff191660011790553391905f516020611c835f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f516020611cc35f395f51905f52602052604090205460ff16610522576001600160a01b03165f8181525f516020611cc35f395f51905f5260205260408120805460ff191660011790553391907f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6905f516020611c835f395f51905f529080a4600190565b601f8151116105e55760208151910151602082106105d6571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610e935750806306fdde0314610dd8578063095ea7b314610db2578063152d308c14610cf057806318160ddd14610cd357806323b872dd14610bf4578063248a9ca314610bc95780632f2ff15d14610b8b578063313ce56714610b705780633644e51514610b4e57806336568abe14610b0a57806340c10f191461094c5780635a049a701461087957806370a08231146108425780637ecebe001461080a57806384b0196e1461071257806391d14854146106c957806395d89b41146105bd578063a217fddf146105a3578063a9059cbb14610572578063d505accf14610457578063d53913931461041d578063d547741f146103da578063dd62ed3e1461038a578063e3ee160e146102ca578063e94a010214610281578063ede4c141146102445763ef55bec614610150575f80fd5b346102405761015e36610f36565b97916040979397969496519860208a01927fd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de88452600160a01b600190038516938460408d0152600160a01b6001900387169b8c60608201528860808201528960a08201528a60c08201528b60e082015260e081526101de61010082610f94565b5190206101ea90611315565b926101f49361145c565b6101fd916114e9565b6001600160a01b0316036102315733870361021e5761021c965061133b565b005b8663ec442f0560e01b5f5260045260245ffd5b631df081fd60e21b5f5260045ffd5b5f80fd5b34610240576020366003190112610240576001600160a01b03610265610f0a565b165f52600a602052602060ff60405f2054166040519015158152f35b34610240576040366003190112610240576001600160a01b036102a2610f0a565b165f52600860205260405f206024355f52602052602060ff60405f2054166040519015158152f35b346102405761037361036a6102de36610f36565b9060409a93999294989a9795975194610365602087017f7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a226781528d60018060a01b03169788604082015260018060a01b038a1660608201528a60808201528b60a08201528c60c08201528d60e082015260e0815261035d61010082610f94565b519020611315565b61145c565b909291926114e9565b6001600160a01b0316036102315761021c9561133b565b34610240576040366003190112610240576103a3610f0a565b6103ab610f20565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b346102405760403660031901126102405761021c6004356103f9610f20565b90610418610413825f526009602052600160405f20015490565b610fca565b611291565b34610240575f3660031901126102405760206040517f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68152f35b346102405760e036600319011261024057610470610f0a565b610478610f20565b604435906064359260843560ff811681036102405784421161055f5761036a61052d9160018060a01b03841696875f52600760205260405f20918254926001840190556040519160208301937f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c985528a604085015260018060a01b038916606085015289608085015260a084015260c083015260c0825261051a60e083610f94565b61036560c4359360a43593519020611315565b6001600160a01b0316848103610548575061021c93506113f9565b84906325c0072360e11b5f5260045260245260445ffd5b8463313c898160e11b5f5260045260245ffd5b346102405760403660031901126102405761059861058e610f0a565b6024359033611004565b602060405160018152f35b34610240575f3660031901126102405760206040515f8152f35b34610240575f366003190112610240576040515f6004548060011c906001811680156106bf575b6020831081146106ab578285529081156106875750600114610629575b6106258361061181850382610f94565b604051918291602083526020830190610ee6565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b80821061066d57509091508101602001610611610601565b919260018160209254838588010152019101909291610655565b60ff191660208086019190915291151560051b840190910191506106119050610601565b634e487b7160e01b5f52602260045260245ffd5b91607f16916105e4565b34610240576040366003190112610240576106e2610f20565b6004355f52600960205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610240575f366003190112610240576107ae61074e7f00000000000000000000000000000000000000000000000000000000000000006115ba565b6107777f00000000000000000000000000000000000000000000000000000000000000006115ba565b60206107bc6040519261078a8385610f94565b5f84525f368137604051958695600f60f81b875260e08588015260e0870190610ee6565b908582036040870152610ee6565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b8281106107f357505050500390f35b8351855286955093810193928101926001016107e4565b34610240576020366003190112610240576001600160a01b0361082b610f0a565b165f526007602052602060405f2054604051908152f35b34610240576020366003190112610240576001600160a01b03610863610f0a565b165f525f602052602060405f2054604051908152f35b346102405760a036600319011261024057610892610f0a565b602435906044359060ff821682036102405761090d61036a60405160208101907f158b0a9edf7a828aad02f63cd515c68ef2f50ba807396f6d12842833a1597429825260018060a01b03851695866040830152876060830152606082526108fa608083610f94565b6103656084359360643593519020611315565b6001600160a01b0316820361023157826109269161155d565b7f1cdd46ff242716cdaa72d159d339a485b3438398348d68f09d7c8c0a59353d815f80a3005b3461024057604036600319011261024057610965610f0a565b335f9081527fd5d09b8f3165a736d25b1a14611612ac91830c1b82012b1c33b2dac7c90a06496020526040902054602435919060ff1615610ad3578115610ac45760018060a01b031690604051818152827fe45b41835a43b41029fc4482e2c0c51685b4aea831bdc71fb40a40d21dd3973460203393a38115610ab1575f8052600a6020527f13da86008ba1c6922daee3e07db95305ef49ebced9f5467a0b8613fcc6b343e35460ff16610a9e57815f52600a60205260ff60405f205416610a8b5760025490808201809211610a775760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b50630f0a233f60e11b5f5260045260245ffd5b630f0a233f60e11b5f525f60045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b631f2a200560e01b5f5260045ffd5b63e2517d3f60e01b5f52336004527f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a660245260445ffd5b3461024057604036600319011261024057610b23610f20565b336001600160a01b03821603610b3f5761021c90600435611291565b63334bd91960e11b5f5260045ffd5b34610240575f366003190112610240576020610b68611175565b604051908152f35b34610240575f36600319011261024057602060405160068152f35b346102405760403660031901126102405761021c600435610baa610f20565b90610bc4610413825f526009602052600160405f20015490565b6110e9565b34610240576020366003190112610240576020610b686004355f526009602052600160405f20015490565b3461024057606036600319011261024057610c0d610f0a565b610c15610f20565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f198110610c53575b506105989350611004565b838110610cb8578415610ca5573315610c9257610598945f52600160205260405f2060018060a01b0333165f526020528360405f209103905584610c48565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b34610240575f366003190112610240576020600254604051908152f35b3461024057604036600319011261024057610d09610f0a565b6024359081151580920361024057335f9081527fec8156718a8372b1db44bb411437d0870f3e3790d4a08526d024ce1b0b668f6b602052604090205460ff1615610d9b5760207fc74274aff9832ae1037e5fc454e34c99be6dfc74a99e5057fb5149dc9771d8c19160018060a01b031692835f52600a825260405f2060ff1981541660ff8316179055604051908152a2005b63e2517d3f60e01b5f52336004525f60245260445ffd5b3461024057604036600319011261024057610598610dce610f0a565b60243590336113f9565b34610240575f366003190112610240576040515f6003548060011c90600181168015610e89575b6020831081146106ab578285529081156106875750600114610e2b576106258361061181850382610f94565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b808210610e6f57509091508101602001610611610601565b919260018160209254838588010152019101909291610e57565b91607f1691610dff565b34610240576020366003190112610240576004359063ffffffff60e01b821680920361024057602091637965db0b60e01b8114908115610ed5575b5015158152f35b6301ffc9a760e01b14905083610ece565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361024057565b602435906001600160a01b038216820361024057565b610120906003190112610240576004356001600160a01b038116810361024057906024356001600160a01b0381168103610240579060443590606435906084359060a4359060c43560ff81168103610240579060e435906101043590565b90601f8019910116810190811067ffffffffffffffff821117610fb657604052565b634e487b7160e01b5f52604160045260245ffd5b5f81815260096020908152604080832033845290915290205460ff1615610fee5750565b63e2517d3f60e01b5f523360045260245260445ffd5b6001600160a01b03169081156110d6576001600160a01b0316918215610ab157815f52600a60205260ff60405f205416610a8b57825f52600a60205260ff60405f2054166110c357815f525f60205260405f20548181106110aa57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b82630f0a233f60e11b5f5260045260245ffd5b634b637e8f60e11b5f525f60045260245ffd5b5f8181526009602090815260408083206001600160a01b038616845290915290205460ff1661116f575f8181526009602090815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480611268575b156111d0577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261126260c082610f94565b51902090565b507f000000000000000000000000000000000000000000000000000000000000000046146111a7565b5f8181526009602090815260408083206001600160a01b038616845290915290205460ff161561116f575f8181526009602090815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b604290611320611175565b906040519161190160f01b8352600283015260228201522090565b919395949092658000000000008782161680155f146113e45765ffffffffffff611364426115f8565b16901990818316811191826113d8575b5050156113c157506113bf94955061138c818361155d565b6001600160a01b0382167f98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a55f80a3611004565b565b8690634a931c1760e01b5f5260045260245260445ffd5b89161190505f80611374565b65ffffffffffff6113f4436115f8565b611364565b6001600160a01b0316908115610ca5576001600160a01b0316918215610c925760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a3565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116114de579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156114d3575f516001600160a01b038116156114c957905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b600481101561154957806114fb575050565b600181036115125763f645eedf60e01b5f5260045ffd5b6002810361152d575063fce698f760e01b5f5260045260245ffd5b6003146115375750565b6335e2f38360e21b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b60018060a01b0316805f52600860205260405f20825f5260205260ff60405f2054166115a5575f52600860205260405f20905f5260205260405f20600160ff19825416179055565b638f7808c160e01b5f5260045260245260445ffd5b60ff811690601f82116115e957604051916115d6604084610f94565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b65ffffffffffff81116116105765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffdfea264697066735822122092f6941d6bb1dba7778ea74df61c599d5cd068d309211b1289384864c50263f864736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0dec8156718a8372b1db44bb411437d0870f3e3790d4a08526d024ce1b0b668f6bd5d09b8f3165a736d25b1a14611612ac91830c1b82012b1c33b2dac7c90a0649",
}

// BlocklistStablecoin is an auto generated Go binding around an Ethereum contract.
type BlocklistStablecoin struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BlocklistStablecoin) GetABI() abi.ABI {
	return c.abi
}

// NewBlocklistStablecoin creates a new instance of BlocklistStablecoin.
func NewBlocklistStablecoin() *BlocklistStablecoin {
	parsed, err := BlocklistStablecoinMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BlocklistStablecoin{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BlocklistStablecoin) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (blocklistStablecoin *BlocklistStablecoin) PackConstructor(admin common.Address) []byte {
	enc, err := blocklistStablecoin.abi.Pack("", admin)
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
func (blocklistStablecoin *BlocklistStablecoin) PackDEFAULTADMINROLE() []byte {
	enc, err := blocklistStablecoin.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return blocklistStablecoin.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (blocklistStablecoin *BlocklistStablecoin) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := blocklistStablecoin.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (blocklistStablecoin *BlocklistStablecoin) PackDOMAINSEPARATOR() []byte {
	enc, err := blocklistStablecoin.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (blocklistStablecoin *BlocklistStablecoin) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return blocklistStablecoin.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (blocklistStablecoin *BlocklistStablecoin) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := blocklistStablecoin.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (blocklistStablecoin *BlocklistStablecoin) PackMINTERROLE() []byte {
	enc, err := blocklistStablecoin.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (blocklistStablecoin *BlocklistStablecoin) TryPackMINTERROLE() ([]byte, error) {
	return blocklistStablecoin.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (blocklistStablecoin *BlocklistStablecoin) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := blocklistStablecoin.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blocklistStablecoin *BlocklistStablecoin) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := blocklistStablecoin.abi.Pack("allowance", owner, spender)
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blocklistStablecoin *BlocklistStablecoin) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := blocklistStablecoin.abi.Unpack("allowance", data)
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
func (blocklistStablecoin *BlocklistStablecoin) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := blocklistStablecoin.abi.Pack("approve", spender, value)
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) UnpackApprove(data []byte) (bool, error) {
	out, err := blocklistStablecoin.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAuthorizationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe94a0102.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function authorizationState(address authorizer, bytes32 nonce) view returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) PackAuthorizationState(authorizer common.Address, nonce [32]byte) []byte {
	enc, err := blocklistStablecoin.abi.Pack("authorizationState", authorizer, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuthorizationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe94a0102.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function authorizationState(address authorizer, bytes32 nonce) view returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) TryPackAuthorizationState(authorizer common.Address, nonce [32]byte) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("authorizationState", authorizer, nonce)
}

// UnpackAuthorizationState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe94a0102.
//
// Solidity: function authorizationState(address authorizer, bytes32 nonce) view returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) UnpackAuthorizationState(data []byte) (bool, error) {
	out, err := blocklistStablecoin.abi.Unpack("authorizationState", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blocklistStablecoin *BlocklistStablecoin) PackBalanceOf(account common.Address) []byte {
	enc, err := blocklistStablecoin.abi.Pack("balanceOf", account)
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blocklistStablecoin *BlocklistStablecoin) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := blocklistStablecoin.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlocklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xede4c141.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blocklisted(address account) view returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) PackBlocklisted(account common.Address) []byte {
	enc, err := blocklistStablecoin.abi.Pack("blocklisted", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlocklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xede4c141.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blocklisted(address account) view returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) TryPackBlocklisted(account common.Address) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("blocklisted", account)
}

// UnpackBlocklisted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xede4c141.
//
// Solidity: function blocklisted(address account) view returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) UnpackBlocklisted(data []byte) (bool, error) {
	out, err := blocklistStablecoin.abi.Unpack("blocklisted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCancelAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a049a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (blocklistStablecoin *BlocklistStablecoin) PackCancelAuthorization(authorizer common.Address, nonce [32]byte, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := blocklistStablecoin.abi.Pack("cancelAuthorization", authorizer, nonce, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a049a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (blocklistStablecoin *BlocklistStablecoin) TryPackCancelAuthorization(authorizer common.Address, nonce [32]byte, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("cancelAuthorization", authorizer, nonce, v, r, s)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (blocklistStablecoin *BlocklistStablecoin) PackDecimals() []byte {
	enc, err := blocklistStablecoin.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (blocklistStablecoin *BlocklistStablecoin) TryPackDecimals() ([]byte, error) {
	return blocklistStablecoin.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (blocklistStablecoin *BlocklistStablecoin) UnpackDecimals(data []byte) (uint8, error) {
	out, err := blocklistStablecoin.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (blocklistStablecoin *BlocklistStablecoin) PackEip712Domain() []byte {
	enc, err := blocklistStablecoin.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (blocklistStablecoin *BlocklistStablecoin) TryPackEip712Domain() ([]byte, error) {
	return blocklistStablecoin.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (blocklistStablecoin *BlocklistStablecoin) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := blocklistStablecoin.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (blocklistStablecoin *BlocklistStablecoin) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := blocklistStablecoin.abi.Pack("getRoleAdmin", role)
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (blocklistStablecoin *BlocklistStablecoin) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := blocklistStablecoin.abi.Unpack("getRoleAdmin", data)
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
func (blocklistStablecoin *BlocklistStablecoin) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := blocklistStablecoin.abi.Pack("grantRole", role, account)
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := blocklistStablecoin.abi.Pack("hasRole", role, account)
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) UnpackHasRole(data []byte) (bool, error) {
	out, err := blocklistStablecoin.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (blocklistStablecoin *BlocklistStablecoin) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := blocklistStablecoin.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (blocklistStablecoin *BlocklistStablecoin) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (blocklistStablecoin *BlocklistStablecoin) PackName() []byte {
	enc, err := blocklistStablecoin.abi.Pack("name")
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackName() ([]byte, error) {
	return blocklistStablecoin.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (blocklistStablecoin *BlocklistStablecoin) UnpackName(data []byte) (string, error) {
	out, err := blocklistStablecoin.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (blocklistStablecoin *BlocklistStablecoin) PackNonces(owner common.Address) []byte {
	enc, err := blocklistStablecoin.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (blocklistStablecoin *BlocklistStablecoin) TryPackNonces(owner common.Address) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (blocklistStablecoin *BlocklistStablecoin) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := blocklistStablecoin.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (blocklistStablecoin *BlocklistStablecoin) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := blocklistStablecoin.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (blocklistStablecoin *BlocklistStablecoin) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackReceiveWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef55bec6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (blocklistStablecoin *BlocklistStablecoin) PackReceiveWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := blocklistStablecoin.abi.Pack("receiveWithAuthorization", from, to, value, validAfter, validBefore, nonce, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiveWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef55bec6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiveWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (blocklistStablecoin *BlocklistStablecoin) TryPackReceiveWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("receiveWithAuthorization", from, to, value, validAfter, validBefore, nonce, v, r, s)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (blocklistStablecoin *BlocklistStablecoin) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := blocklistStablecoin.abi.Pack("renounceRole", role, callerConfirmation)
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (blocklistStablecoin *BlocklistStablecoin) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := blocklistStablecoin.abi.Pack("revokeRole", role, account)
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("revokeRole", role, account)
}

// PackSetBlocklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x152d308c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBlocklisted(address account, bool blocked) returns()
func (blocklistStablecoin *BlocklistStablecoin) PackSetBlocklisted(account common.Address, blocked bool) []byte {
	enc, err := blocklistStablecoin.abi.Pack("setBlocklisted", account, blocked)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBlocklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x152d308c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBlocklisted(address account, bool blocked) returns()
func (blocklistStablecoin *BlocklistStablecoin) TryPackSetBlocklisted(account common.Address, blocked bool) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("setBlocklisted", account, blocked)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := blocklistStablecoin.abi.Pack("supportsInterface", interfaceId)
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := blocklistStablecoin.abi.Unpack("supportsInterface", data)
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
func (blocklistStablecoin *BlocklistStablecoin) PackSymbol() []byte {
	enc, err := blocklistStablecoin.abi.Pack("symbol")
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackSymbol() ([]byte, error) {
	return blocklistStablecoin.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (blocklistStablecoin *BlocklistStablecoin) UnpackSymbol(data []byte) (string, error) {
	out, err := blocklistStablecoin.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (blocklistStablecoin *BlocklistStablecoin) PackTotalSupply() []byte {
	enc, err := blocklistStablecoin.abi.Pack("totalSupply")
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackTotalSupply() ([]byte, error) {
	return blocklistStablecoin.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (blocklistStablecoin *BlocklistStablecoin) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := blocklistStablecoin.abi.Unpack("totalSupply", data)
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
func (blocklistStablecoin *BlocklistStablecoin) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := blocklistStablecoin.abi.Pack("transfer", to, value)
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) UnpackTransfer(data []byte) (bool, error) {
	out, err := blocklistStablecoin.abi.Unpack("transfer", data)
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
func (blocklistStablecoin *BlocklistStablecoin) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := blocklistStablecoin.abi.Pack("transferFrom", from, to, value)
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
func (blocklistStablecoin *BlocklistStablecoin) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (blocklistStablecoin *BlocklistStablecoin) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := blocklistStablecoin.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3ee160e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (blocklistStablecoin *BlocklistStablecoin) PackTransferWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := blocklistStablecoin.abi.Pack("transferWithAuthorization", from, to, value, validAfter, validBefore, nonce, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3ee160e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (blocklistStablecoin *BlocklistStablecoin) TryPackTransferWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return blocklistStablecoin.abi.Pack("transferWithAuthorization", from, to, value, validAfter, validBefore, nonce, v, r, s)
}

// BlocklistStablecoinApproval represents a Approval event raised by the BlocklistStablecoin contract.
type BlocklistStablecoinApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlocklistStablecoinApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (BlocklistStablecoinApproval) ContractEventName() string {
	return BlocklistStablecoinApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (blocklistStablecoin *BlocklistStablecoin) UnpackApprovalEvent(log *types.Log) (*BlocklistStablecoinApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistStablecoinApproval)
	if len(log.Data) > 0 {
		if err := blocklistStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistStablecoin.abi.Events[event].Inputs {
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

// BlocklistStablecoinAuthorizationCanceled represents a AuthorizationCanceled event raised by the BlocklistStablecoin contract.
type BlocklistStablecoinAuthorizationCanceled struct {
	Authorizer common.Address
	Nonce      [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const BlocklistStablecoinAuthorizationCanceledEventName = "AuthorizationCanceled"

// ContractEventName returns the user-defined event name.
func (BlocklistStablecoinAuthorizationCanceled) ContractEventName() string {
	return BlocklistStablecoinAuthorizationCanceledEventName
}

// UnpackAuthorizationCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuthorizationCanceled(address indexed authorizer, bytes32 indexed nonce)
func (blocklistStablecoin *BlocklistStablecoin) UnpackAuthorizationCanceledEvent(log *types.Log) (*BlocklistStablecoinAuthorizationCanceled, error) {
	event := "AuthorizationCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistStablecoinAuthorizationCanceled)
	if len(log.Data) > 0 {
		if err := blocklistStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistStablecoin.abi.Events[event].Inputs {
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

// BlocklistStablecoinAuthorizationUsed represents a AuthorizationUsed event raised by the BlocklistStablecoin contract.
type BlocklistStablecoinAuthorizationUsed struct {
	Authorizer common.Address
	Nonce      [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const BlocklistStablecoinAuthorizationUsedEventName = "AuthorizationUsed"

// ContractEventName returns the user-defined event name.
func (BlocklistStablecoinAuthorizationUsed) ContractEventName() string {
	return BlocklistStablecoinAuthorizationUsedEventName
}

// UnpackAuthorizationUsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuthorizationUsed(address indexed authorizer, bytes32 indexed nonce)
func (blocklistStablecoin *BlocklistStablecoin) UnpackAuthorizationUsedEvent(log *types.Log) (*BlocklistStablecoinAuthorizationUsed, error) {
	event := "AuthorizationUsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistStablecoinAuthorizationUsed)
	if len(log.Data) > 0 {
		if err := blocklistStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistStablecoin.abi.Events[event].Inputs {
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

// BlocklistStablecoinBlocklisted represents a Blocklisted event raised by the BlocklistStablecoin contract.
type BlocklistStablecoinBlocklisted struct {
	Account common.Address
	Blocked bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlocklistStablecoinBlocklistedEventName = "Blocklisted"

// ContractEventName returns the user-defined event name.
func (BlocklistStablecoinBlocklisted) ContractEventName() string {
	return BlocklistStablecoinBlocklistedEventName
}

// UnpackBlocklistedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Blocklisted(address indexed account, bool blocked)
func (blocklistStablecoin *BlocklistStablecoin) UnpackBlocklistedEvent(log *types.Log) (*BlocklistStablecoinBlocklisted, error) {
	event := "Blocklisted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistStablecoinBlocklisted)
	if len(log.Data) > 0 {
		if err := blocklistStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistStablecoin.abi.Events[event].Inputs {
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

// BlocklistStablecoinEIP712DomainChanged represents a EIP712DomainChanged event raised by the BlocklistStablecoin contract.
type BlocklistStablecoinEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const BlocklistStablecoinEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (BlocklistStablecoinEIP712DomainChanged) ContractEventName() string {
	return BlocklistStablecoinEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (blocklistStablecoin *BlocklistStablecoin) UnpackEIP712DomainChangedEvent(log *types.Log) (*BlocklistStablecoinEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistStablecoinEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := blocklistStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistStablecoin.abi.Events[event].Inputs {
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

// BlocklistStablecoinFaucetMint represents a FaucetMint event raised by the BlocklistStablecoin contract.
type BlocklistStablecoinFaucetMint struct {
	To     common.Address
	Amount *big.Int
	Minter common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const BlocklistStablecoinFaucetMintEventName = "FaucetMint"

// ContractEventName returns the user-defined event name.
func (BlocklistStablecoinFaucetMint) ContractEventName() string {
	return BlocklistStablecoinFaucetMintEventName
}

// UnpackFaucetMintEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FaucetMint(address indexed to, uint256 amount, address indexed minter)
func (blocklistStablecoin *BlocklistStablecoin) UnpackFaucetMintEvent(log *types.Log) (*BlocklistStablecoinFaucetMint, error) {
	event := "FaucetMint"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistStablecoinFaucetMint)
	if len(log.Data) > 0 {
		if err := blocklistStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistStablecoin.abi.Events[event].Inputs {
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

// BlocklistStablecoinRoleAdminChanged represents a RoleAdminChanged event raised by the BlocklistStablecoin contract.
type BlocklistStablecoinRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const BlocklistStablecoinRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (BlocklistStablecoinRoleAdminChanged) ContractEventName() string {
	return BlocklistStablecoinRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (blocklistStablecoin *BlocklistStablecoin) UnpackRoleAdminChangedEvent(log *types.Log) (*BlocklistStablecoinRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistStablecoinRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := blocklistStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistStablecoin.abi.Events[event].Inputs {
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

// BlocklistStablecoinRoleGranted represents a RoleGranted event raised by the BlocklistStablecoin contract.
type BlocklistStablecoinRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlocklistStablecoinRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (BlocklistStablecoinRoleGranted) ContractEventName() string {
	return BlocklistStablecoinRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (blocklistStablecoin *BlocklistStablecoin) UnpackRoleGrantedEvent(log *types.Log) (*BlocklistStablecoinRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistStablecoinRoleGranted)
	if len(log.Data) > 0 {
		if err := blocklistStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistStablecoin.abi.Events[event].Inputs {
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

// BlocklistStablecoinRoleRevoked represents a RoleRevoked event raised by the BlocklistStablecoin contract.
type BlocklistStablecoinRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlocklistStablecoinRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (BlocklistStablecoinRoleRevoked) ContractEventName() string {
	return BlocklistStablecoinRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (blocklistStablecoin *BlocklistStablecoin) UnpackRoleRevokedEvent(log *types.Log) (*BlocklistStablecoinRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistStablecoinRoleRevoked)
	if len(log.Data) > 0 {
		if err := blocklistStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistStablecoin.abi.Events[event].Inputs {
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

// BlocklistStablecoinTransfer represents a Transfer event raised by the BlocklistStablecoin contract.
type BlocklistStablecoinTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const BlocklistStablecoinTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (BlocklistStablecoinTransfer) ContractEventName() string {
	return BlocklistStablecoinTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (blocklistStablecoin *BlocklistStablecoin) UnpackTransferEvent(log *types.Log) (*BlocklistStablecoinTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistStablecoinTransfer)
	if len(log.Data) > 0 {
		if err := blocklistStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistStablecoin.abi.Events[event].Inputs {
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
func (blocklistStablecoin *BlocklistStablecoin) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["AccountBlocklisted"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackAccountBlocklistedError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ERC3009InvalidAuthorizationTime"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackERC3009InvalidAuthorizationTimeError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ERC3009InvalidSignature"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackERC3009InvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ERC3009UsedAuthorization"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackERC3009UsedAuthorizationError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistStablecoin.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return blocklistStablecoin.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BlocklistStablecoinAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func BlocklistStablecoinAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (blocklistStablecoin *BlocklistStablecoin) UnpackAccessControlBadConfirmationError(raw []byte) (*BlocklistStablecoinAccessControlBadConfirmation, error) {
	out := new(BlocklistStablecoinAccessControlBadConfirmation)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func BlocklistStablecoinAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (blocklistStablecoin *BlocklistStablecoin) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*BlocklistStablecoinAccessControlUnauthorizedAccount, error) {
	out := new(BlocklistStablecoinAccessControlUnauthorizedAccount)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinAccountBlocklisted represents a AccountBlocklisted error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinAccountBlocklisted struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountBlocklisted(address account)
func BlocklistStablecoinAccountBlocklistedErrorID() common.Hash {
	return common.HexToHash("0x1e14467eacfd3d54512e090351e2236e9e998d6fca23e5464896e0cc7932b6c5")
}

// UnpackAccountBlocklistedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountBlocklisted(address account)
func (blocklistStablecoin *BlocklistStablecoin) UnpackAccountBlocklistedError(raw []byte) (*BlocklistStablecoinAccountBlocklisted, error) {
	out := new(BlocklistStablecoinAccountBlocklisted)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "AccountBlocklisted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func BlocklistStablecoinECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (blocklistStablecoin *BlocklistStablecoin) UnpackECDSAInvalidSignatureError(raw []byte) (*BlocklistStablecoinECDSAInvalidSignature, error) {
	out := new(BlocklistStablecoinECDSAInvalidSignature)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func BlocklistStablecoinECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (blocklistStablecoin *BlocklistStablecoin) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*BlocklistStablecoinECDSAInvalidSignatureLength, error) {
	out := new(BlocklistStablecoinECDSAInvalidSignatureLength)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func BlocklistStablecoinECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (blocklistStablecoin *BlocklistStablecoin) UnpackECDSAInvalidSignatureSError(raw []byte) (*BlocklistStablecoinECDSAInvalidSignatureS, error) {
	out := new(BlocklistStablecoinECDSAInvalidSignatureS)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func BlocklistStablecoinERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (blocklistStablecoin *BlocklistStablecoin) UnpackERC20InsufficientAllowanceError(raw []byte) (*BlocklistStablecoinERC20InsufficientAllowance, error) {
	out := new(BlocklistStablecoinERC20InsufficientAllowance)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func BlocklistStablecoinERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (blocklistStablecoin *BlocklistStablecoin) UnpackERC20InsufficientBalanceError(raw []byte) (*BlocklistStablecoinERC20InsufficientBalance, error) {
	out := new(BlocklistStablecoinERC20InsufficientBalance)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinERC20InvalidApprover represents a ERC20InvalidApprover error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func BlocklistStablecoinERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (blocklistStablecoin *BlocklistStablecoin) UnpackERC20InvalidApproverError(raw []byte) (*BlocklistStablecoinERC20InvalidApprover, error) {
	out := new(BlocklistStablecoinERC20InvalidApprover)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func BlocklistStablecoinERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (blocklistStablecoin *BlocklistStablecoin) UnpackERC20InvalidReceiverError(raw []byte) (*BlocklistStablecoinERC20InvalidReceiver, error) {
	out := new(BlocklistStablecoinERC20InvalidReceiver)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinERC20InvalidSender represents a ERC20InvalidSender error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func BlocklistStablecoinERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (blocklistStablecoin *BlocklistStablecoin) UnpackERC20InvalidSenderError(raw []byte) (*BlocklistStablecoinERC20InvalidSender, error) {
	out := new(BlocklistStablecoinERC20InvalidSender)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinERC20InvalidSpender represents a ERC20InvalidSpender error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func BlocklistStablecoinERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (blocklistStablecoin *BlocklistStablecoin) UnpackERC20InvalidSpenderError(raw []byte) (*BlocklistStablecoinERC20InvalidSpender, error) {
	out := new(BlocklistStablecoinERC20InvalidSpender)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func BlocklistStablecoinERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (blocklistStablecoin *BlocklistStablecoin) UnpackERC2612ExpiredSignatureError(raw []byte) (*BlocklistStablecoinERC2612ExpiredSignature, error) {
	out := new(BlocklistStablecoinERC2612ExpiredSignature)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func BlocklistStablecoinERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (blocklistStablecoin *BlocklistStablecoin) UnpackERC2612InvalidSignerError(raw []byte) (*BlocklistStablecoinERC2612InvalidSigner, error) {
	out := new(BlocklistStablecoinERC2612InvalidSigner)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinERC3009InvalidAuthorizationTime represents a ERC3009InvalidAuthorizationTime error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinERC3009InvalidAuthorizationTime struct {
	ValidAfter  *big.Int
	ValidBefore *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC3009InvalidAuthorizationTime(uint256 validAfter, uint256 validBefore)
func BlocklistStablecoinERC3009InvalidAuthorizationTimeErrorID() common.Hash {
	return common.HexToHash("0x4a931c17dee7b777c9cbff49696775decabdf15f0f4299ed982c63de16870b15")
}

// UnpackERC3009InvalidAuthorizationTimeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC3009InvalidAuthorizationTime(uint256 validAfter, uint256 validBefore)
func (blocklistStablecoin *BlocklistStablecoin) UnpackERC3009InvalidAuthorizationTimeError(raw []byte) (*BlocklistStablecoinERC3009InvalidAuthorizationTime, error) {
	out := new(BlocklistStablecoinERC3009InvalidAuthorizationTime)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ERC3009InvalidAuthorizationTime", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinERC3009InvalidSignature represents a ERC3009InvalidSignature error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinERC3009InvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC3009InvalidSignature()
func BlocklistStablecoinERC3009InvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x77c207f4defda98b291ec961b5c4117337ad6395b29d5f627b766bfbb84cc315")
}

// UnpackERC3009InvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC3009InvalidSignature()
func (blocklistStablecoin *BlocklistStablecoin) UnpackERC3009InvalidSignatureError(raw []byte) (*BlocklistStablecoinERC3009InvalidSignature, error) {
	out := new(BlocklistStablecoinERC3009InvalidSignature)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ERC3009InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinERC3009UsedAuthorization represents a ERC3009UsedAuthorization error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinERC3009UsedAuthorization struct {
	Authorizer common.Address
	Nonce      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC3009UsedAuthorization(address authorizer, bytes32 nonce)
func BlocklistStablecoinERC3009UsedAuthorizationErrorID() common.Hash {
	return common.HexToHash("0x8f7808c1770a7455ad80e90de4a45fff05aec416cd59cd420827199281b8dbcd")
}

// UnpackERC3009UsedAuthorizationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC3009UsedAuthorization(address authorizer, bytes32 nonce)
func (blocklistStablecoin *BlocklistStablecoin) UnpackERC3009UsedAuthorizationError(raw []byte) (*BlocklistStablecoinERC3009UsedAuthorization, error) {
	out := new(BlocklistStablecoinERC3009UsedAuthorization)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ERC3009UsedAuthorization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinInvalidAccountNonce represents a InvalidAccountNonce error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func BlocklistStablecoinInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (blocklistStablecoin *BlocklistStablecoin) UnpackInvalidAccountNonceError(raw []byte) (*BlocklistStablecoinInvalidAccountNonce, error) {
	out := new(BlocklistStablecoinInvalidAccountNonce)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinInvalidShortString represents a InvalidShortString error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func BlocklistStablecoinInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (blocklistStablecoin *BlocklistStablecoin) UnpackInvalidShortStringError(raw []byte) (*BlocklistStablecoinInvalidShortString, error) {
	out := new(BlocklistStablecoinInvalidShortString)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func BlocklistStablecoinSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (blocklistStablecoin *BlocklistStablecoin) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*BlocklistStablecoinSafeCastOverflowedUintDowncast, error) {
	out := new(BlocklistStablecoinSafeCastOverflowedUintDowncast)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinStringTooLong represents a StringTooLong error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func BlocklistStablecoinStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (blocklistStablecoin *BlocklistStablecoin) UnpackStringTooLongError(raw []byte) (*BlocklistStablecoinStringTooLong, error) {
	out := new(BlocklistStablecoinStringTooLong)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistStablecoinZeroAmount represents a ZeroAmount error raised by the BlocklistStablecoin contract.
type BlocklistStablecoinZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func BlocklistStablecoinZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (blocklistStablecoin *BlocklistStablecoin) UnpackZeroAmountError(raw []byte) (*BlocklistStablecoinZeroAmount, error) {
	out := new(BlocklistStablecoinZeroAmount)
	if err := blocklistStablecoin.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
