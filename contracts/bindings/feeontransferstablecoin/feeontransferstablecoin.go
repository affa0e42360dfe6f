// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package feeontransferstablecoin

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

// FeeOnTransferStablecoinMetaData contains all meta data concerning the FeeOnTransferStablecoin contract.
var FeeOnTransferStablecoinMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"}],\"name\":\"ERC3009InvalidAuthorizationTime\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC3009InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"ERC3009UsedAuthorization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"AuthorizationCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"AuthorizationUsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"}],\"name\":\"FaucetMint\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"authorizationState\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"cancelAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"receiveWithAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"transferWithAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "FeeOnTransferStablecoin",
	Bin: "0x610160806040523461048a57602081611c898038038091610020828561048e565b83398101031261048a57516001600160a01b038116810361048a576040519061004a60408361048e565b6012825260208201917119dc1d5b195919d95c8815195cdd081554d160721b835260405161007960408261048e565b601281527119dc1d5b195919d95c8815195cdd081554d160721b6020820152604051936100a760408661048e565b60048552631d1554d160e21b6020860152604051926100c760408561048e565b60018452603160f81b60208501908152835190936001600160401b0382116103855760035490600182811c92168015610480575b60208310146103675781601f84931161040a575b50602090601f83116001146103a4575f92610399575b50508160011b915f199060031b1c1916176003555b85516001600160401b03811161038557600454600181811c9116801561037b575b602082101461036757601f81116102f9575b506020601f8211600114610292578190610235985f92610287575b50508160011b915f199060031b1c1916176004555b6101a6816105ba565b610120526101b3846105ba565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261021c60c08261048e565b5190206080523060c05261022f816104b1565b50610527565b506040516116039081610626823960805181610f50015260a0518161100d015260c05181610f1a015260e05181610f9f01526101005181610fc5015261012051816106fd015261014051816107260152f35b015190505f80610188565b601f1982169760045f52815f20985f5b8181106102e157509161023599918460019594106102c9575b505050811b0160045561019d565b01515f1960f88460031b161c191690555f80806102bb565b838301518b556001909a0199602093840193016102a2565b8181111561016d5760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6020841061035f575b81601f9101920160051c03905f5b82811061035257505061016d565b5f82820155600101610344565b5f9150610336565b634e487b7160e01b5f52602260045260245ffd5b90607f169061015b565b634e487b7160e01b5f52604160045260245ffd5b015190505f80610125565b60035f9081528281209350601f198516905b8181106103f257509084600195949392106103da575b505050811b0160035561013a565b01515f1960f88460031b161c191690555f80806103cc565b929360206001819287860151815501950193016103b6565b8281111561010f5760035f52909150601f830160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208510610478575b849392601f0160051c82900391015f5b82811061046857505061010f565b5f8183015585945060010161045a565b5f915061044a565b91607f16916100fb565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761038557604052565b6001600160a01b0381165f9081525f516020611c495f395f51905f52602052604090205460ff16610522576001600160a01b03165f8181525f516020611c495f395f51905f5260205260408120805460ff191660011790553391905f516020611c295f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f516020611c695f395f51905f52602052604090205460ff16610522576001600160a01b03165f8181525f516020611c695f395f51905f5260205260408120805460ff191660011790553391907f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6905f516020611c295f395f51905f529080a4600190565b601f8151116105e55760208151910151602082106105d6571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610cdc5750806306fdde0314610c21578063095ea7b314610bfb57806318160ddd14610bde57806323b872dd14610aff578063248a9ca314610ad45780632f2ff15d14610a96578063313ce56714610a7b5780633644e51514610a5957806336568abe14610a1557806340c10f191461091f5780635a049a701461084c57806370a08231146108155780637ecebe00146107dd57806384b0196e146106e557806391d148541461069c57806395d89b4114610590578063a217fddf14610576578063a9059cbb14610545578063bf333f2c1461052a578063d505accf1461040f578063d5391393146103d5578063d547741f14610392578063dd62ed3e14610342578063e3ee160e14610282578063e94a0102146102395763ef55bec614610145575f80fd5b346102355761015336610d7f565b97916040979397969496519860208a01927fd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de88452600160a01b600190038516938460408d0152600160a01b6001900387169b8c60608201528860808201528960a08201528a60c08201528b60e082015260e081526101d361010082610ddd565b5190206101df906110b7565b926101e993611324565b6101f2916113b1565b6001600160a01b031603610226573387036102135761021196506110dd565b005b8663ec442f0560e01b5f5260045260245ffd5b631df081fd60e21b5f5260045ffd5b5f80fd5b34610235576040366003190112610235576001600160a01b0361025a610d53565b165f52600860205260405f206024355f52602052602060ff60405f2054166040519015158152f35b346102355761032b61032261029636610d7f565b9060409a93999294989a979597519461031d602087017f7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a226781528d60018060a01b03169788604082015260018060a01b038a1660608201528a60808201528b60a08201528c60c08201528d60e082015260e0815261031561010082610ddd565b5190206110b7565b611324565b909291926113b1565b6001600160a01b03160361022657610211956110dd565b346102355760403660031901126102355761035b610d53565b610363610d69565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b34610235576040366003190112610235576102116004356103b1610d69565b906103d06103cb825f526009602052600160405f20015490565b610e51565b611033565b34610235575f3660031901126102355760206040517f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68152f35b346102355760e036600319011261023557610428610d53565b610430610d69565b604435906064359260843560ff8116810361023557844211610517576103226104e59160018060a01b03841696875f52600760205260405f20918254926001840190556040519160208301937f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c985528a604085015260018060a01b038916606085015289608085015260a084015260c083015260c082526104d260e083610ddd565b61031d60c4359360a435935190206110b7565b6001600160a01b031684810361050057506102119350611199565b84906325c0072360e11b5f5260045260245260445ffd5b8463313c898160e11b5f5260045260245ffd5b34610235575f36600319011261023557602060405160648152f35b346102355760403660031901126102355761056b610561610d53565b6024359033610e13565b602060405160018152f35b34610235575f3660031901126102355760206040515f8152f35b34610235575f366003190112610235576040515f6004548060011c90600181168015610692575b60208310811461067e5782855290811561065a57506001146105fc575b6105f8836105e481850382610ddd565b604051918291602083526020830190610d2f565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b808210610640575090915081016020016105e46105d4565b919260018160209254838588010152019101909291610628565b60ff191660208086019190915291151560051b840190910191506105e490506105d4565b634e487b7160e01b5f52602260045260245ffd5b91607f16916105b7565b34610235576040366003190112610235576106b5610d69565b6004355f52600960205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610235575f366003190112610235576107816107217f0000000000000000000000000000000000000000000000000000000000000000611482565b61074a7f0000000000000000000000000000000000000000000000000000000000000000611482565b602061078f6040519261075d8385610ddd565b5f84525f368137604051958695600f60f81b875260e08588015260e0870190610d2f565b908582036040870152610d2f565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b8281106107c657505050500390f35b8351855286955093810193928101926001016107b7565b34610235576020366003190112610235576001600160a01b036107fe610d53565b165f526007602052602060405f2054604051908152f35b34610235576020366003190112610235576001600160a01b03610836610d53565b165f525f602052602060405f2054604051908152f35b346102355760a036600319011261023557610865610d53565b602435906044359060ff82168203610235576108e061032260405160208101907f158b0a9edf7a828aad02f63cd515c68ef2f50ba807396f6d12842833a1597429825260018060a01b03851695866040830152876060830152606082526108cd608083610ddd565b61031d60843593606435935190206110b7565b6001600160a01b0316820361022657826108f991611425565b7f1cdd46ff242716cdaa72d159d339a485b3438398348d68f09d7c8c0a59353d815f80a3005b3461023557604036600319011261023557610938610d53565b335f9081527fd5d09b8f3165a736d25b1a14611612ac91830c1b82012b1c33b2dac7c90a064960205260409020546024359060ff16156109de5780156109cf5760018060a01b038216604051828152817fe45b41835a43b41029fc4482e2c0c51685b4aea831bdc71fb40a40d21dd3973460203393a3156109bc576102119161121d565b63ec442f0560e01b5f525f60045260245ffd5b631f2a200560e01b5f5260045ffd5b63e2517d3f60e01b5f52336004527f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a660245260445ffd5b3461023557604036600319011261023557610a2e610d69565b336001600160a01b03821603610a4a5761021190600435611033565b63334bd91960e11b5f5260045ffd5b34610235575f366003190112610235576020610a73610f17565b604051908152f35b34610235575f36600319011261023557602060405160068152f35b3461023557604036600319011261023557610211600435610ab5610d69565b90610acf6103cb825f526009602052600160405f20015490565b610e8b565b34610235576020366003190112610235576020610a736004355f526009602052600160405f20015490565b3461023557606036600319011261023557610b18610d53565b610b20610d69565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f198110610b5e575b5061056b9350610e13565b838110610bc3578415610bb0573315610b9d5761056b945f52600160205260405f2060018060a01b0333165f526020528360405f209103905584610b53565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b34610235575f366003190112610235576020600254604051908152f35b346102355760403660031901126102355761056b610c17610d53565b6024359033611199565b34610235575f366003190112610235576040515f6003548060011c90600181168015610cd2575b60208310811461067e5782855290811561065a5750600114610c74576105f8836105e481850382610ddd565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b808210610cb8575090915081016020016105e46105d4565b919260018160209254838588010152019101909291610ca0565b91607f1691610c48565b34610235576020366003190112610235576004359063ffffffff60e01b821680920361023557602091637965db0b60e01b8114908115610d1e575b5015158152f35b6301ffc9a760e01b14905083610d17565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361023557565b602435906001600160a01b038216820361023557565b610120906003190112610235576004356001600160a01b038116810361023557906024356001600160a01b0381168103610235579060443590606435906084359060a4359060c43560ff81168103610235579060e435906101043590565b90601f8019910116810190811067ffffffffffffffff821117610dff57604052565b634e487b7160e01b5f52604160045260245ffd5b91906001600160a01b03831615610e3e576001600160a01b038116156109bc57610e3c92611228565b565b634b637e8f60e11b5f525f60045260245ffd5b5f81815260096020908152604080832033845290915290205460ff1615610e755750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f8181526009602090815260408083206001600160a01b038616845290915290205460ff16610f11575f8181526009602090815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316148061100a575b15610f72577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261100460c082610ddd565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614610f49565b5f8181526009602090815260408083206001600160a01b038616845290915290205460ff1615610f11575f8181526009602090815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b6042906110c2610f17565b906040519161190160f01b8352600283015260228201522090565b919395949092658000000000008782161680155f146111845765ffffffffffff6111064261159e565b1690199081831681119182611178575b5050156111615750610e3c94955061112e8183611425565b6001600160a01b0382167f98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a55f80a3610e13565b8690634a931c1760e01b5f5260045260245260445ffd5b89161190505f80611116565b65ffffffffffff6111944361159e565b611106565b6001600160a01b0316908115610bb0576001600160a01b0316918215610b9d5760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a3565b9190820180921161120957565b634e487b7160e01b5f52601160045260245ffd5b90610e3c915f6114c0565b91906001600160a01b038316158015611313575b61130a5760648202828104606414831517156112095761270f81018091116112095761271090046001600160a01b038416806112c8575f90611280836002546111fc565b6002555b82600254036002557fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020604051858152a3820391821161120957610e3c926114c0565b805f525f60205260405f20548281106112f15790825f9282845283602052036040832055611284565b9063391434e360e21b5f5260045260245260445260645ffd5b610e3c926114c0565b506001600160a01b0381161561123c565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116113a6579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561139b575f516001600160a01b0381161561139157905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b600481101561141157806113c3575050565b600181036113da5763f645eedf60e01b5f5260045ffd5b600281036113f5575063fce698f760e01b5f5260045260245ffd5b6003146113ff5750565b6335e2f38360e21b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b60018060a01b0316805f52600860205260405f20825f5260205260ff60405f20541661146d575f52600860205260405f20905f5260205260405f20600160ff19825416179055565b638f7808c160e01b5f5260045260245260445ffd5b60ff811690601f82116114b1576040519161149e604084610ddd565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b6001600160a01b031690816115395760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef916114ff856002546111fc565b6002555b6001600160a01b031693846115245780600254036002555b604051908152a3565b845f525f825260405f2081815401905561151b565b815f525f60205260405f2054838110611583577fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9184602092855f525f84520360405f2055611503565b91905063391434e360e21b5f5260045260245260445260645ffd5b65ffffffffffff81116115b65765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffdfea26469706673582212207893089532aaabef3674a18c5ab56ac8c69d59a97f9db2a04324f4af0ed2ff2364736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0dec8156718a8372b1db44bb411437d0870f3e3790d4a08526d024ce1b0b668f6bd5d09b8f3165a736d25b1a14611612ac91830c1b82012b1c33b2dac7c90a0649",
}

// FeeOnTransferStablecoin is an auto generated Go binding around an Ethereum contract.
type FeeOnTransferStablecoin struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FeeOnTransferStablecoin) GetABI() abi.ABI {
	return c.abi
}

// NewFeeOnTransferStablecoin creates a new instance of FeeOnTransferStablecoin.
func NewFeeOnTransferStablecoin() *FeeOnTransferStablecoin {
	parsed, err := FeeOnTransferStablecoinMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FeeOnTransferStablecoin{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FeeOnTransferStablecoin) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackConstructor(admin common.Address) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("", admin)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackDEFAULTADMINROLE() []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackDOMAINSEPARATOR() []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("DOMAIN_SEPARATOR")
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf333f2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEE_BPS() view returns(uint256)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackFEEBPS() []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf333f2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEE_BPS() view returns(uint256)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackFEEBPS() ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("FEE_BPS")
}

// UnpackFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf333f2c.
//
// Solidity: function FEE_BPS() view returns(uint256)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackFEEBPS(data []byte) (*big.Int, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("FEE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackMINTERROLE() []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("MINTER_ROLE")
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackMINTERROLE() ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("MINTER_ROLE", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("allowance", owner, spender)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("allowance", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("approve", spender, value)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackApprove(data []byte) (bool, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("approve", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackAuthorizationState(authorizer common.Address, nonce [32]byte) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("authorizationState", authorizer, nonce)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackAuthorizationState(authorizer common.Address, nonce [32]byte) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("authorizationState", authorizer, nonce)
}

// UnpackAuthorizationState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe94a0102.
//
// Solidity: function authorizationState(address authorizer, bytes32 nonce) view returns(bool)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackAuthorizationState(data []byte) (bool, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("authorizationState", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackBalanceOf(account common.Address) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("balanceOf", account)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a049a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackCancelAuthorization(authorizer common.Address, nonce [32]byte, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("cancelAuthorization", authorizer, nonce, v, r, s)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackCancelAuthorization(authorizer common.Address, nonce [32]byte, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("cancelAuthorization", authorizer, nonce, v, r, s)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackDecimals() []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("decimals")
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackDecimals() ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackDecimals(data []byte) (uint8, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("decimals", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackEip712Domain() []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("eip712Domain")
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackEip712Domain() ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("eip712Domain")
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("eip712Domain", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("getRoleAdmin", role)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("getRoleAdmin", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("grantRole", role, account)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("hasRole", role, account)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackHasRole(data []byte) (bool, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("hasRole", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("mint", to, amount)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackName() []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("name")
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackName() ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackName(data []byte) (string, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("name", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackNonces(owner common.Address) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("nonces", owner)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackNonces(owner common.Address) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("nonces", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackReceiveWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef55bec6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackReceiveWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("receiveWithAuthorization", from, to, value, validAfter, validBefore, nonce, v, r, s)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackReceiveWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("receiveWithAuthorization", from, to, value, validAfter, validBefore, nonce, v, r, s)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("renounceRole", role, callerConfirmation)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("revokeRole", role, account)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("supportsInterface", interfaceId)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("supportsInterface", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackSymbol() []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("symbol")
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackSymbol() ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackSymbol(data []byte) (string, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("symbol", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackTotalSupply() []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("totalSupply")
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackTotalSupply() ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("totalSupply", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("transfer", to, value)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackTransfer(data []byte) (bool, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("transfer", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("transferFrom", from, to, value)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := feeOnTransferStablecoin.abi.Unpack("transferFrom", data)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) PackTransferWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := feeOnTransferStablecoin.abi.Pack("transferWithAuthorization", from, to, value, validAfter, validBefore, nonce, v, r, s)
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) TryPackTransferWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return feeOnTransferStablecoin.abi.Pack("transferWithAuthorization", from, to, value, validAfter, validBefore, nonce, v, r, s)
}

// FeeOnTransferStablecoinApproval represents a Approval event raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferStablecoinApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferStablecoinApproval) ContractEventName() string {
	return FeeOnTransferStablecoinApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackApprovalEvent(log *types.Log) (*FeeOnTransferStablecoinApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferStablecoinApproval)
	if len(log.Data) > 0 {
		if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferStablecoin.abi.Events[event].Inputs {
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

// FeeOnTransferStablecoinAuthorizationCanceled represents a AuthorizationCanceled event raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinAuthorizationCanceled struct {
	Authorizer common.Address
	Nonce      [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferStablecoinAuthorizationCanceledEventName = "AuthorizationCanceled"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferStablecoinAuthorizationCanceled) ContractEventName() string {
	return FeeOnTransferStablecoinAuthorizationCanceledEventName
}

// UnpackAuthorizationCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuthorizationCanceled(address indexed authorizer, bytes32 indexed nonce)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackAuthorizationCanceledEvent(log *types.Log) (*FeeOnTransferStablecoinAuthorizationCanceled, error) {
	event := "AuthorizationCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferStablecoinAuthorizationCanceled)
	if len(log.Data) > 0 {
		if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferStablecoin.abi.Events[event].Inputs {
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

// FeeOnTransferStablecoinAuthorizationUsed represents a AuthorizationUsed event raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinAuthorizationUsed struct {
	Authorizer common.Address
	Nonce      [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferStablecoinAuthorizationUsedEventName = "AuthorizationUsed"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferStablecoinAuthorizationUsed) ContractEventName() string {
	return FeeOnTransferStablecoinAuthorizationUsedEventName
}

// UnpackAuthorizationUsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuthorizationUsed(address indexed authorizer, bytes32 indexed nonce)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackAuthorizationUsedEvent(log *types.Log) (*FeeOnTransferStablecoinAuthorizationUsed, error) {
	event := "AuthorizationUsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferStablecoinAuthorizationUsed)
	if len(log.Data) > 0 {
		if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferStablecoin.abi.Events[event].Inputs {
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

// FeeOnTransferStablecoinEIP712DomainChanged represents a EIP712DomainChanged event raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferStablecoinEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferStablecoinEIP712DomainChanged) ContractEventName() string {
	return FeeOnTransferStablecoinEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackEIP712DomainChangedEvent(log *types.Log) (*FeeOnTransferStablecoinEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferStablecoinEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferStablecoin.abi.Events[event].Inputs {
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

// FeeOnTransferStablecoinFaucetMint represents a FaucetMint event raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinFaucetMint struct {
	To     common.Address
	Amount *big.Int
	Minter common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferStablecoinFaucetMintEventName = "FaucetMint"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferStablecoinFaucetMint) ContractEventName() string {
	return FeeOnTransferStablecoinFaucetMintEventName
}

// UnpackFaucetMintEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FaucetMint(address indexed to, uint256 amount, address indexed minter)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackFaucetMintEvent(log *types.Log) (*FeeOnTransferStablecoinFaucetMint, error) {
	event := "FaucetMint"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferStablecoinFaucetMint)
	if len(log.Data) > 0 {
		if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferStablecoin.abi.Events[event].Inputs {
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

// FeeOnTransferStablecoinRoleAdminChanged represents a RoleAdminChanged event raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferStablecoinRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferStablecoinRoleAdminChanged) ContractEventName() string {
	return FeeOnTransferStablecoinRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackRoleAdminChangedEvent(log *types.Log) (*FeeOnTransferStablecoinRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferStablecoinRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferStablecoin.abi.Events[event].Inputs {
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

// FeeOnTransferStablecoinRoleGranted represents a RoleGranted event raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferStablecoinRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferStablecoinRoleGranted) ContractEventName() string {
	return FeeOnTransferStablecoinRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackRoleGrantedEvent(log *types.Log) (*FeeOnTransferStablecoinRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferStablecoinRoleGranted)
	if len(log.Data) > 0 {
		if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferStablecoin.abi.Events[event].Inputs {
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

// FeeOnTransferStablecoinRoleRevoked represents a RoleRevoked event raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferStablecoinRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferStablecoinRoleRevoked) ContractEventName() string {
	return FeeOnTransferStablecoinRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackRoleRevokedEvent(log *types.Log) (*FeeOnTransferStablecoinRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferStablecoinRoleRevoked)
	if len(log.Data) > 0 {
		if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferStablecoin.abi.Events[event].Inputs {
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

// FeeOnTransferStablecoinTransfer represents a Transfer event raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferStablecoinTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferStablecoinTransfer) ContractEventName() string {
	return FeeOnTransferStablecoinTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackTransferEvent(log *types.Log) (*FeeOnTransferStablecoinTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferStablecoinTransfer)
	if len(log.Data) > 0 {
		if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferStablecoin.abi.Events[event].Inputs {
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
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ERC3009InvalidAuthorizationTime"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackERC3009InvalidAuthorizationTimeError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ERC3009InvalidSignature"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackERC3009InvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ERC3009UsedAuthorization"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackERC3009UsedAuthorizationError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferStablecoin.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return feeOnTransferStablecoin.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FeeOnTransferStablecoinAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func FeeOnTransferStablecoinAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackAccessControlBadConfirmationError(raw []byte) (*FeeOnTransferStablecoinAccessControlBadConfirmation, error) {
	out := new(FeeOnTransferStablecoinAccessControlBadConfirmation)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func FeeOnTransferStablecoinAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*FeeOnTransferStablecoinAccessControlUnauthorizedAccount, error) {
	out := new(FeeOnTransferStablecoinAccessControlUnauthorizedAccount)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func FeeOnTransferStablecoinECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackECDSAInvalidSignatureError(raw []byte) (*FeeOnTransferStablecoinECDSAInvalidSignature, error) {
	out := new(FeeOnTransferStablecoinECDSAInvalidSignature)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func FeeOnTransferStablecoinECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*FeeOnTransferStablecoinECDSAInvalidSignatureLength, error) {
	out := new(FeeOnTransferStablecoinECDSAInvalidSignatureLength)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func FeeOnTransferStablecoinECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackECDSAInvalidSignatureSError(raw []byte) (*FeeOnTransferStablecoinECDSAInvalidSignatureS, error) {
	out := new(FeeOnTransferStablecoinECDSAInvalidSignatureS)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func FeeOnTransferStablecoinERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackERC20InsufficientAllowanceError(raw []byte) (*FeeOnTransferStablecoinERC20InsufficientAllowance, error) {
	out := new(FeeOnTransferStablecoinERC20InsufficientAllowance)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func FeeOnTransferStablecoinERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackERC20InsufficientBalanceError(raw []byte) (*FeeOnTransferStablecoinERC20InsufficientBalance, error) {
	out := new(FeeOnTransferStablecoinERC20InsufficientBalance)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinERC20InvalidApprover represents a ERC20InvalidApprover error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func FeeOnTransferStablecoinERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackERC20InvalidApproverError(raw []byte) (*FeeOnTransferStablecoinERC20InvalidApprover, error) {
	out := new(FeeOnTransferStablecoinERC20InvalidApprover)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func FeeOnTransferStablecoinERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackERC20InvalidReceiverError(raw []byte) (*FeeOnTransferStablecoinERC20InvalidReceiver, error) {
	out := new(FeeOnTransferStablecoinERC20InvalidReceiver)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinERC20InvalidSender represents a ERC20InvalidSender error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func FeeOnTransferStablecoinERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackERC20InvalidSenderError(raw []byte) (*FeeOnTransferStablecoinERC20InvalidSender, error) {
	out := new(FeeOnTransferStablecoinERC20InvalidSender)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinERC20InvalidSpender represents a ERC20InvalidSpender error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func FeeOnTransferStablecoinERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackERC20InvalidSpenderError(raw []byte) (*FeeOnTransferStablecoinERC20InvalidSpender, error) {
	out := new(FeeOnTransferStablecoinERC20InvalidSpender)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func FeeOnTransferStablecoinERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackERC2612ExpiredSignatureError(raw []byte) (*FeeOnTransferStablecoinERC2612ExpiredSignature, error) {
	out := new(FeeOnTransferStablecoinERC2612ExpiredSignature)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func FeeOnTransferStablecoinERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackERC2612InvalidSignerError(raw []byte) (*FeeOnTransferStablecoinERC2612InvalidSigner, error) {
	out := new(FeeOnTransferStablecoinERC2612InvalidSigner)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinERC3009InvalidAuthorizationTime represents a ERC3009InvalidAuthorizationTime error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinERC3009InvalidAuthorizationTime struct {
	ValidAfter  *big.Int
	ValidBefore *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC3009InvalidAuthorizationTime(uint256 validAfter, uint256 validBefore)
func FeeOnTransferStablecoinERC3009InvalidAuthorizationTimeErrorID() common.Hash {
	return common.HexToHash("0x4a931c17dee7b777c9cbff49696775decabdf15f0f4299ed982c63de16870b15")
}

// UnpackERC3009InvalidAuthorizationTimeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC3009InvalidAuthorizationTime(uint256 validAfter, uint256 validBefore)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackERC3009InvalidAuthorizationTimeError(raw []byte) (*FeeOnTransferStablecoinERC3009InvalidAuthorizationTime, error) {
	out := new(FeeOnTransferStablecoinERC3009InvalidAuthorizationTime)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ERC3009InvalidAuthorizationTime", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinERC3009InvalidSignature represents a ERC3009InvalidSignature error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinERC3009InvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC3009InvalidSignature()
func FeeOnTransferStablecoinERC3009InvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x77c207f4defda98b291ec961b5c4117337ad6395b29d5f627b766bfbb84cc315")
}

// UnpackERC3009InvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC3009InvalidSignature()
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackERC3009InvalidSignatureError(raw []byte) (*FeeOnTransferStablecoinERC3009InvalidSignature, error) {
	out := new(FeeOnTransferStablecoinERC3009InvalidSignature)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ERC3009InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinERC3009UsedAuthorization represents a ERC3009UsedAuthorization error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinERC3009UsedAuthorization struct {
	Authorizer common.Address
	Nonce      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC3009UsedAuthorization(address authorizer, bytes32 nonce)
func FeeOnTransferStablecoinERC3009UsedAuthorizationErrorID() common.Hash {
	return common.HexToHash("0x8f7808c1770a7455ad80e90de4a45fff05aec416cd59cd420827199281b8dbcd")
}

// UnpackERC3009UsedAuthorizationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC3009UsedAuthorization(address authorizer, bytes32 nonce)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackERC3009UsedAuthorizationError(raw []byte) (*FeeOnTransferStablecoinERC3009UsedAuthorization, error) {
	out := new(FeeOnTransferStablecoinERC3009UsedAuthorization)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ERC3009UsedAuthorization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinInvalidAccountNonce represents a InvalidAccountNonce error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func FeeOnTransferStablecoinInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackInvalidAccountNonceError(raw []byte) (*FeeOnTransferStablecoinInvalidAccountNonce, error) {
	out := new(FeeOnTransferStablecoinInvalidAccountNonce)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinInvalidShortString represents a InvalidShortString error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func FeeOnTransferStablecoinInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackInvalidShortStringError(raw []byte) (*FeeOnTransferStablecoinInvalidShortString, error) {
	out := new(FeeOnTransferStablecoinInvalidShortString)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func FeeOnTransferStablecoinSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*FeeOnTransferStablecoinSafeCastOverflowedUintDowncast, error) {
	out := new(FeeOnTransferStablecoinSafeCastOverflowedUintDowncast)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinStringTooLong represents a StringTooLong error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func FeeOnTransferStablecoinStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackStringTooLongError(raw []byte) (*FeeOnTransferStablecoinStringTooLong, error) {
	out := new(FeeOnTransferStablecoinStringTooLong)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferStablecoinZeroAmount represents a ZeroAmount error raised by the FeeOnTransferStablecoin contract.
type FeeOnTransferStablecoinZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func FeeOnTransferStablecoinZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (feeOnTransferStablecoin *FeeOnTransferStablecoin) UnpackZeroAmountError(raw []byte) (*FeeOnTransferStablecoinZeroAmount, error) {
	out := new(FeeOnTransferStablecoinZeroAmount)
	if err := feeOnTransferStablecoin.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
