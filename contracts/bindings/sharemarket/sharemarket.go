// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package sharemarket

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

// ShareMarketLastTrade is an auto generated low-level Go binding around an user-defined struct.
type ShareMarketLastTrade struct {
	PricePerShare *big.Int
	TradedAt      uint64
	OfferId       uint64
}

// ShareMarketOfferView is an auto generated low-level Go binding around an user-defined struct.
type ShareMarketOfferView struct {
	Seller        common.Address
	AssetId       *big.Int
	PricePerShare *big.Int
	Shares        *big.Int
	Remaining     *big.Int
	ExpiresAt     *big.Int
	FeeBps        uint16
}

// ShareMarketMetaData contains all meta data concerning the ShareMarket contract.
var ShareMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"stablecoin_\",\"type\":\"address\"},{\"internalType\":\"contractIERC1155\",\"name\":\"shares_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"ExceedsOffer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxBps\",\"type\":\"uint16\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiresAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"latest\",\"type\":\"uint256\"}],\"name\":\"InvalidExpiry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pricePerShare\",\"type\":\"uint256\"}],\"name\":\"InvalidPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"InvalidShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"}],\"name\":\"MarketNotApproved\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFeesOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NoProceedsOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"}],\"name\":\"NotOfferSeller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiresAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"OfferExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPricePerShare\",\"type\":\"uint256\"}],\"name\":\"PriceAboveMax\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SelfTrade\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"SellerLacksShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"ShortDelivery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"UnknownOffer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"previousBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"newBps\",\"type\":\"uint16\"}],\"name\":\"FeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"OfferCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"expiresAt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"OfferCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"credited\",\"type\":\"bool\"}],\"name\":\"OfferFilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ProceedsWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousTreasury\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newTreasury\",\"type\":\"address\"}],\"name\":\"TreasuryChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FEE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OFFER_TTL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feesOwed\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPricePerShare\",\"type\":\"uint256\"}],\"name\":\"fill\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"getOffer\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiresAt\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"internalType\":\"structShareMarket.OfferView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"lastTrade\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"pricePerShare\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"tradedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"offerId\",\"type\":\"uint64\"}],\"internalType\":\"structShareMarket.LastTrade\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiresAt\",\"type\":\"uint256\"}],\"name\":\"offer\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offerCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"}],\"name\":\"proceedsOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newTreasury\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"shares\",\"outputs\":[{\"internalType\":\"contractIERC1155\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stablecoin\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalProceedsOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawFees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawProceeds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ShareMarket",
	Bin: "0x60c03461020a57601f611e3b38819003918201601f19168301916001600160401b0383118484101761020e5780849260a09460405283398101031261020a5761004781610222565b602082015191906001600160a01b03831680840361020a5760408301516001600160a01b0381169485820361020a57608061008460608701610222565b9501519261ffff84169687850361020a576001600160a01b03861615918215610201575b5081156101f8575b5080156101e7575b6101d8576101f486116101bf5760805260a05260018054610100600160b81b031916600885901b610100600160a81b03161760a89290921b61ffff60a81b169190911790557faa1ebd1f8841401ae5e1a0f2febc87d5f597ae458fca8277cd0e43b92633183c92604092916101409061013081610236565b5061013a816102ac565b5061033f565b508251916001600160a01b03165f7f8c3aa5f43a388513435861bf27dfad7829cd248696fed367c62d441f629544968180a35f82526020820152a16040516119e890816103d3823960805181818161023201528181610b8f01528181610f6f015261115a015260a05181818161043b01528181610b0201526115460152f35b85633c057d7b60e01b5f526004526101f460245260445ffd5b63d92e233d60e01b5f5260045ffd5b506001600160a01b038516156100b8565b9050155f6100b0565b1591505f6100a8565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b038216820361020a57565b6001600160a01b0381165f9081525f516020611dfb5f395f51905f52602052604090205460ff166102a7576001600160a01b03165f8181525f516020611dfb5f395f51905f5260205260408120805460ff191660011790553391905f516020611dbb5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f516020611e1b5f395f51905f52602052604090205460ff166102a7576001600160a01b03165f8181525f516020611e1b5f395f51905f5260205260408120805460ff191660011790553391907f349eec46d2c564a125684d1934a6120a70cc341d3a26d362e358a775e07dec17905f516020611dbb5f395f51905f529080a4600190565b6001600160a01b0381165f9081525f516020611ddb5f395f51905f52602052604090205460ff166102a7576001600160a01b03165f8181525f516020611ddb5f395f51905f5260205260408120805460ff191660011790553391907f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a905f516020611dbb5f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a7146115755750806303314efa146115315780631115c24d146115145780631f274561146114f6578063248a9ca3146114c4578063249d39e9146114a857806324a9d853146114845780632f2ff15d14611447578063326e7a851461142157806336568abe146113db5780633f4ba83a1461137557806340e58ee5146112a45780634579268a1461118d578063476343ee146110e15780634a411e5f146110555780634cba593a1461101b5780635c975abb14610ff957806361d027b314610fcd57806362810c8114610ed85780636fe4a448146109195780638456cb59146108bf5780638e005553146108165780638e5f4a96146103bc5780638f35147b1461039e57806391d1485414610355578063a217fddf14610339578063d547741f146102f2578063d55be8c6146102d5578063daa78d411461029c578063e63ab1e914610261578063e9cbd8221461021c5763f0f442601461017e575f80fd5b34610219576020366003190112610219576101976115de565b61019f611712565b6001600160a01b03811690811561020a5760015491600883901c6001600160a01b03167f8c3aa5f43a388513435861bf27dfad7829cd248696fed367c62d441f629544968580a3610100600160a81b031990911660089190911b610100600160a81b03161760015580f35b63d92e233d60e01b8352600483fd5b80fd5b50346102195780600319360112610219576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461021957806003193601126102195760206040517f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a8152f35b5034610219576020366003190112610219576020906040906001600160a01b036102c46115de565b168152600783522054604051908152f35b503461021957806003193601126102195760206040516101f48152f35b5034610219576040366003190112610219576103356004356103126115c8565b9061033061032b825f525f602052600160405f20015490565b611781565b611841565b5080f35b5034610219578060031936011261021957602090604051908152f35b50346102195760403660031901126102195760406103716115c8565b91600435815280602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b50346102195780600319360112610219576020600454604051908152f35b503461021957608036600319011261021957606435906024356004356044356103e3611977565b6103eb6118c1565b82158015610805575b6107f157801580156107e1575b6107cf574285118015906107b9575b61077b5764ffffffffff821161075157604051627eeac760e11b8152336004820152602481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690602081604481855afa908115610746578691610710575b508481106106e6575060206044916040519283809263e985e9c560e01b82523360048301523060248301525afa9081156106db57859161069c575b5015610689576003545f19811461067557600101948560035560015460a81c61ffff169167ffffffffffffffff8516604051906104f2826115f4565b338252602082019164ffffffffff851683526040810190868252606081019364ffffffffff8916855260808201946001600160801b038716865260a083019385855260c084019586528d8d52600560205260408d2093600160a01b600190039051169284549064ffffffffff60a01b905160a01b169161ffff60c81b905160c81b169264ffffffffff60d81b905160d81b1693600160d81b600190039164ffffffffff60d81b161716171717815560010192516001600160801b03166001600160801b03166001600160801b03198454161783555167ffffffffffffffff166105ff90839081549067ffffffffffffffff60801b9060801b169067ffffffffffffffff60801b1916179055565b5181546001600160c01b031660c09190911b6001600160c01b03191617905560405194855260208501526040840152606083015283339260807fcf437548d12fdc6b44af59b1fe8f89cad08e8513c5b527f8405f225302c3e05b91a45f5160206119935f395f51905f525d604051908152602090f35b634e487b7160e01b85526011600452602485fd5b632b82392760e01b845233600452602484fd5b90506020813d6020116106d3575b816106b760209383611640565b810103126106cf575180151581036106cf575f6104b6565b8480fd5b3d91506106aa565b6040513d87823e3d90fd5b8385608492604051926371cfb23360e01b8452600484015233602484015260448301526064820152fd5b90506020813d60201161073e575b8161072b60209383611640565b8101031261073a57515f61047b565b5f80fd5b3d915061071e565b6040513d88823e3d90fd5b5090608492604051926371cfb23360e01b8452600484015233602484015260448301526064820152fd5b5050506301e1338042018042116107a55760649263266d1e8b60e21b835260045242602452604452fd5b634e487b7160e01b82526011600452602482fd5b506301e133804201804211610675578511610410565b637cb1974360e11b8452600452602483fd5b506001600160801b038111610401565b63039258c760e31b84526004839052602484fd5b5067ffffffffffffffff83116103f4565b50346102195760203660031901126102195760043561ffff8116908181036108bb57610840611712565b6101f482116108a1577faa1ebd1f8841401ae5e1a0f2febc87d5f597ae458fca8277cd0e43b92633183c60406001549381519061ffff8660a81c1682526020820152a161ffff60a81b1990911660a89190911b61ffff60a81b161760015580f35b633c057d7b60e01b835260048290526101f4602452604483fd5b8280fd5b50346102195780600319360112610219576108d86116a3565b6108e0611977565b600160ff19815416176001557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a180f35b503461073a57606036600319011261073a57600435602435916044359261093e611977565b6109466118c1565b5f8381526005602052604090208054936001600160a01b03851692918315610ec55764ffffffffff8660a01c1680421015610eab5750600101958654926001600160801b03841691808311610e9157508360c01c918215610e7e578115610e6b57828211610e5157853314610e3a5780838960d81c9660801c67ffffffffffffffff16906109d391611662565b906109dd91611683565b976109e88284611683565b986109f38a82611696565b9160c81c61ffff169182610a0691611683565b612710900491610a1591611683565b6127109004610a2391611662565b90610a2e828a611662565b8a546001600160c01b031684860360c01b6001600160c01b03191617909a55600254610a63836001600160501b038316611696565b6001600160501b038111610e23576001600160501b0316906001600160501b03191617600255610b00604051610a9881611624565b82815267ffffffffffffffff428116602080840191825291891660408085019182525f8c8152600690945290922092519051915160c01b6001600160c01b03191667ffffffffffffffff60801b60809390931b929092166001600160801b0390911617179055565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b1561073a575f809160c460405180948193637921219560e11b83528d60048401523360248401528c604484015289606484015260a060848401528160a48401525af18015610e1857610e03575b506040516370a0823160e01b81523060048201527f000000000000000000000000000000000000000000000000000000000000000094906001600160a01b03861690602081602481855afa908115610d95578b91610dd1575b506040516323b872dd60e01b8c52336004523060245260448d90529160208c606481808c5af160018d5114811615610db2575b836040528c60605215610da057826024816020936370a0823160e01b82523060048301525afa8015610d95578b90610d61575b610c429250611662565b9a8a8c03610d4a5760209b5089958115159081610d01575b50610ccf575b5083610c6b91611662565b926040519788528a8801526040870152876060870152608086015260a0850152151560c08401527fba41a3722d14d3eb37a1c71b3ee0b11267708ce34062b1fb1d1332323339f50f60e03394a45f5160206119935f395f51905f525d604051908152f35b610cf5919550888a5260078c5260408a20610ceb828254611696565b9055600454611696565b60045560019383610c60565b60405163a9059cbb60e01b8d5260048c9052602484905291508d8c60448180855af19060018d5114821615610d3d575b5090604052155f610c5a565b3b15153d1516165f610d31565b60448a8d8d633e46bb5160e01b8352600452602452fd5b506020823d602011610d8d575b81610d7b60209383611640565b8101031261073a57610c429151610c38565b3d9150610d6e565b6040513d8d823e3d90fd5b635274afe760e01b8c5260045260248bfd5b6001811516610dc857883b15153d151616610c05565b833d8e823e3d90fd5b90506020813d602011610dfb575b81610dec60209383611640565b8101031261073a57515f610bd2565b3d9150610ddf565b610e109198505f90611640565b5f965f610b79565b6040513d5f823e3d90fd5b6306dfcc6560e41b5f52605060045260245260445ffd5b858463cf924b3760e01b5f5260045260245260445ffd5b508263507e71a160e01b5f5260045260245260445260645ffd5b5063039258c760e31b5f5260045260245ffd5b83637bd20b1b60e01b5f5260045260245ffd5b828463bef5ae8b60e01b5f5260045260245260445260645ffd5b8263db70bdfd60e01b5f526004526024524260445260645ffd5b50630810d71160e11b5f5260045260245ffd5b3461073a57602036600319011261073a57610ef16115de565b610ef96118c1565b6001600160a01b038116908115610fbe57335f52600760205260405f2054908115610fab5781610f9391602094335f52600786525f6040812055610f3f83600454611662565b6004556040518381527f3eab9245288923bdc2f009594c02746febfdd320faf123e203eeb67223aa1222873392a37f00000000000000000000000000000000000000000000000000000000000000006118f6565b5f5f5160206119935f395f51905f525d604051908152f35b635e3b10cb60e01b5f523360045260245ffd5b63d92e233d60e01b5f5260045ffd5b3461073a575f36600319011261073a5760015460405160089190911c6001600160a01b03168152602090f35b3461073a575f36600319011261073a57602060ff600154166040519015158152f35b3461073a575f36600319011261073a5760206040517f349eec46d2c564a125684d1934a6120a70cc341d3a26d362e358a775e07dec178152f35b3461073a57602036600319011261073a575f6040805161107481611624565b82815282602082015201526004355f526006602052606060405f2067ffffffffffffffff604051916110a583611624565b54816001600160801b0382169384815260406020820191838560801c168352019260c01c83526040519485525116602084015251166040820152f35b3461073a575f36600319011261073a576110f96118c1565b6002546001600160501b038116801561117e576020916001600160501b031916600255610f938160018060a01b0360015460081c16807fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a86604051858152a27f00000000000000000000000000000000000000000000000000000000000000006118f6565b6304c475f760e51b5f5260045ffd5b3461073a57602036600319011261073a576004355f60c06040516111b0816115f4565b8281528260208201528260408201528260608201528260808201528260a08201520152805f52600560205260405f209081549160018060a01b038316918215611292575060e092600161ffff9201546040519061120c826115f4565b848252602082018360d81c8152604083016001600160801b0383168152606084019167ffffffffffffffff8460801c168352608085019360c01c84528660c060a087019664ffffffffff8960a01c168852019660c81c1686526040519788525160208801525160408701525160608601525160808501525160a0840152511660c0820152f35b630810d71160e11b5f5260045260245ffd5b3461073a57602036600319011261073a576004356112c06118c1565b5f81815260056020526040902080546001600160a01b03169182156112925733830361135a576001820191825460c01c9283156113475780546001600160c01b031690555460405192835260d81c917fe5a41c9bbf0552d9febcf8a0a46adbcc3054254b7b89e8633e42f0a22c283d2190602090a45f5f5160206119935f395f51905f525d005b82637bd20b1b60e01b5f5260045260245ffd5b9050630359658360e31b5f526004523360245260445260645ffd5b3461073a575f36600319011261073a5761138d6116a3565b60015460ff8116156113cc5760ff19166001557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b638dfc202b60e01b5f5260045ffd5b3461073a57604036600319011261073a576113f46115c8565b336001600160a01b038216036114125761141090600435611841565b005b63334bd91960e11b5f5260045ffd5b3461073a575f36600319011261073a5760206001600160501b0360025416604051908152f35b3461073a57604036600319011261073a576114106004356114666115c8565b9061147f61032b825f525f602052600160405f20015490565b6117b9565b3461073a575f36600319011261073a57602061ffff60015460a81c16604051908152f35b3461073a575f36600319011261073a5760206040516127108152f35b3461073a57602036600319011261073a5760206114ee6004355f525f602052600160405f20015490565b604051908152f35b3461073a575f36600319011261073a5760206040516301e133808152f35b3461073a575f36600319011261073a576020600354604051908152f35b3461073a575f36600319011261073a576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461073a57602036600319011261073a576004359063ffffffff60e01b821680920361073a57602091637965db0b60e01b81149081156115b7575b5015158152f35b6301ffc9a760e01b149050836115b0565b602435906001600160a01b038216820361073a57565b600435906001600160a01b038216820361073a57565b60e0810190811067ffffffffffffffff82111761161057604052565b634e487b7160e01b5f52604160045260245ffd5b6060810190811067ffffffffffffffff82111761161057604052565b90601f8019910116810190811067ffffffffffffffff82111761161057604052565b9190820391821161166f57565b634e487b7160e01b5f52601160045260245ffd5b8181029291811591840414171561166f57565b9190820180921161166f57565b335f9081527ff7c9542c591017a21c74b6f3fab6263c7952fc0aaf9db4c22a2a04ddc7f8674f602052604090205460ff16156116db57565b63e2517d3f60e01b5f52336004527f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a60245260445ffd5b335f9081527f9979a63573ae10f01f873a35d5febac454b7eb0ae2da7f29eb289e83d6e61ca0602052604090205460ff161561174a57565b63e2517d3f60e01b5f52336004527f349eec46d2c564a125684d1934a6120a70cc341d3a26d362e358a775e07dec1760245260445ffd5b5f8181526020818152604080832033845290915290205460ff16156117a35750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff1661183b575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff161561183b575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b5f5160206119935f395f51905f525c6118e75760015f5160206119935f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615611956575b604052156119365750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b90600181151661196e57823b15153d1516169061192b565b503d5f823e3d90fd5b60ff6001541661198357565b63d93c066560e01b5f5260045ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220b6603edf3beb12a45ef070c07932179ad68bdd0691cf8df2894844401993712564736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0df7c9542c591017a21c74b6f3fab6263c7952fc0aaf9db4c22a2a04ddc7f8674fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59979a63573ae10f01f873a35d5febac454b7eb0ae2da7f29eb289e83d6e61ca0",
}

// ShareMarket is an auto generated Go binding around an Ethereum contract.
type ShareMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ShareMarket) GetABI() abi.ABI {
	return c.abi
}

// NewShareMarket creates a new instance of ShareMarket.
func NewShareMarket() *ShareMarket {
	parsed, err := ShareMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ShareMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ShareMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address stablecoin_, address shares_, address treasury_, uint16 feeBps_) returns()
func (shareMarket *ShareMarket) PackConstructor(admin common.Address, stablecoin_ common.Address, shares_ common.Address, treasury_ common.Address, feeBps_ uint16) []byte {
	enc, err := shareMarket.abi.Pack("", admin, stablecoin_, shares_, treasury_, feeBps_)
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
func (shareMarket *ShareMarket) PackBPS() []byte {
	enc, err := shareMarket.abi.Pack("BPS")
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
func (shareMarket *ShareMarket) TryPackBPS() ([]byte, error) {
	return shareMarket.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (shareMarket *ShareMarket) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := shareMarket.abi.Unpack("BPS", data)
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
func (shareMarket *ShareMarket) PackDEFAULTADMINROLE() []byte {
	enc, err := shareMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (shareMarket *ShareMarket) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return shareMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (shareMarket *ShareMarket) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := shareMarket.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFEEADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cba593a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEE_ADMIN_ROLE() view returns(bytes32)
func (shareMarket *ShareMarket) PackFEEADMINROLE() []byte {
	enc, err := shareMarket.abi.Pack("FEE_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEEADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cba593a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEE_ADMIN_ROLE() view returns(bytes32)
func (shareMarket *ShareMarket) TryPackFEEADMINROLE() ([]byte, error) {
	return shareMarket.abi.Pack("FEE_ADMIN_ROLE")
}

// UnpackFEEADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cba593a.
//
// Solidity: function FEE_ADMIN_ROLE() view returns(bytes32)
func (shareMarket *ShareMarket) UnpackFEEADMINROLE(data []byte) ([32]byte, error) {
	out, err := shareMarket.abi.Unpack("FEE_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (shareMarket *ShareMarket) PackMAXFEEBPS() []byte {
	enc, err := shareMarket.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (shareMarket *ShareMarket) TryPackMAXFEEBPS() ([]byte, error) {
	return shareMarket.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (shareMarket *ShareMarket) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := shareMarket.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXOFFERTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f274561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OFFER_TTL() view returns(uint256)
func (shareMarket *ShareMarket) PackMAXOFFERTTL() []byte {
	enc, err := shareMarket.abi.Pack("MAX_OFFER_TTL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOFFERTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f274561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OFFER_TTL() view returns(uint256)
func (shareMarket *ShareMarket) TryPackMAXOFFERTTL() ([]byte, error) {
	return shareMarket.abi.Pack("MAX_OFFER_TTL")
}

// UnpackMAXOFFERTTL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f274561.
//
// Solidity: function MAX_OFFER_TTL() view returns(uint256)
func (shareMarket *ShareMarket) UnpackMAXOFFERTTL(data []byte) (*big.Int, error) {
	out, err := shareMarket.abi.Unpack("MAX_OFFER_TTL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (shareMarket *ShareMarket) PackPAUSERROLE() []byte {
	enc, err := shareMarket.abi.Pack("PAUSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (shareMarket *ShareMarket) TryPackPAUSERROLE() ([]byte, error) {
	return shareMarket.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (shareMarket *ShareMarket) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := shareMarket.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 offerId) returns()
func (shareMarket *ShareMarket) PackCancel(offerId *big.Int) []byte {
	enc, err := shareMarket.abi.Pack("cancel", offerId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 offerId) returns()
func (shareMarket *ShareMarket) TryPackCancel(offerId *big.Int) ([]byte, error) {
	return shareMarket.abi.Pack("cancel", offerId)
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint16)
func (shareMarket *ShareMarket) PackFeeBps() []byte {
	enc, err := shareMarket.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint16)
func (shareMarket *ShareMarket) TryPackFeeBps() ([]byte, error) {
	return shareMarket.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (shareMarket *ShareMarket) UnpackFeeBps(data []byte) (uint16, error) {
	out, err := shareMarket.abi.Unpack("feeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackFeesOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x326e7a85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feesOwed() view returns(uint80)
func (shareMarket *ShareMarket) PackFeesOwed() []byte {
	enc, err := shareMarket.abi.Pack("feesOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeesOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x326e7a85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feesOwed() view returns(uint80)
func (shareMarket *ShareMarket) TryPackFeesOwed() ([]byte, error) {
	return shareMarket.abi.Pack("feesOwed")
}

// UnpackFeesOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x326e7a85.
//
// Solidity: function feesOwed() view returns(uint80)
func (shareMarket *ShareMarket) UnpackFeesOwed(data []byte) (*big.Int, error) {
	out, err := shareMarket.abi.Unpack("feesOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fe4a448.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fill(uint256 offerId, uint256 amount, uint256 maxPricePerShare) returns(uint256 total)
func (shareMarket *ShareMarket) PackFill(offerId *big.Int, amount *big.Int, maxPricePerShare *big.Int) []byte {
	enc, err := shareMarket.abi.Pack("fill", offerId, amount, maxPricePerShare)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fe4a448.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fill(uint256 offerId, uint256 amount, uint256 maxPricePerShare) returns(uint256 total)
func (shareMarket *ShareMarket) TryPackFill(offerId *big.Int, amount *big.Int, maxPricePerShare *big.Int) ([]byte, error) {
	return shareMarket.abi.Pack("fill", offerId, amount, maxPricePerShare)
}

// UnpackFill is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fe4a448.
//
// Solidity: function fill(uint256 offerId, uint256 amount, uint256 maxPricePerShare) returns(uint256 total)
func (shareMarket *ShareMarket) UnpackFill(data []byte) (*big.Int, error) {
	out, err := shareMarket.abi.Unpack("fill", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4579268a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOffer(uint256 offerId) view returns((address,uint256,uint256,uint256,uint256,uint256,uint16) v)
func (shareMarket *ShareMarket) PackGetOffer(offerId *big.Int) []byte {
	enc, err := shareMarket.abi.Pack("getOffer", offerId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4579268a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOffer(uint256 offerId) view returns((address,uint256,uint256,uint256,uint256,uint256,uint16) v)
func (shareMarket *ShareMarket) TryPackGetOffer(offerId *big.Int) ([]byte, error) {
	return shareMarket.abi.Pack("getOffer", offerId)
}

// UnpackGetOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4579268a.
//
// Solidity: function getOffer(uint256 offerId) view returns((address,uint256,uint256,uint256,uint256,uint256,uint16) v)
func (shareMarket *ShareMarket) UnpackGetOffer(data []byte) (ShareMarketOfferView, error) {
	out, err := shareMarket.abi.Unpack("getOffer", data)
	if err != nil {
		return *new(ShareMarketOfferView), err
	}
	out0 := *abi.ConvertType(out[0], new(ShareMarketOfferView)).(*ShareMarketOfferView)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (shareMarket *ShareMarket) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := shareMarket.abi.Pack("getRoleAdmin", role)
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
func (shareMarket *ShareMarket) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return shareMarket.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (shareMarket *ShareMarket) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := shareMarket.abi.Unpack("getRoleAdmin", data)
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
func (shareMarket *ShareMarket) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := shareMarket.abi.Pack("grantRole", role, account)
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
func (shareMarket *ShareMarket) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return shareMarket.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (shareMarket *ShareMarket) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := shareMarket.abi.Pack("hasRole", role, account)
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
func (shareMarket *ShareMarket) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return shareMarket.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (shareMarket *ShareMarket) UnpackHasRole(data []byte) (bool, error) {
	out, err := shareMarket.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastTrade is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a411e5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastTrade(uint256 assetId) view returns((uint128,uint64,uint64))
func (shareMarket *ShareMarket) PackLastTrade(assetId *big.Int) []byte {
	enc, err := shareMarket.abi.Pack("lastTrade", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastTrade is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a411e5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastTrade(uint256 assetId) view returns((uint128,uint64,uint64))
func (shareMarket *ShareMarket) TryPackLastTrade(assetId *big.Int) ([]byte, error) {
	return shareMarket.abi.Pack("lastTrade", assetId)
}

// UnpackLastTrade is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a411e5f.
//
// Solidity: function lastTrade(uint256 assetId) view returns((uint128,uint64,uint64))
func (shareMarket *ShareMarket) UnpackLastTrade(data []byte) (ShareMarketLastTrade, error) {
	out, err := shareMarket.abi.Unpack("lastTrade", data)
	if err != nil {
		return *new(ShareMarketLastTrade), err
	}
	out0 := *abi.ConvertType(out[0], new(ShareMarketLastTrade)).(*ShareMarketLastTrade)
	return out0, nil
}

// PackOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e5f4a96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function offer(uint256 assetId, uint256 amount, uint256 pricePerShare, uint256 expiresAt) returns(uint256 offerId)
func (shareMarket *ShareMarket) PackOffer(assetId *big.Int, amount *big.Int, pricePerShare *big.Int, expiresAt *big.Int) []byte {
	enc, err := shareMarket.abi.Pack("offer", assetId, amount, pricePerShare, expiresAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e5f4a96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function offer(uint256 assetId, uint256 amount, uint256 pricePerShare, uint256 expiresAt) returns(uint256 offerId)
func (shareMarket *ShareMarket) TryPackOffer(assetId *big.Int, amount *big.Int, pricePerShare *big.Int, expiresAt *big.Int) ([]byte, error) {
	return shareMarket.abi.Pack("offer", assetId, amount, pricePerShare, expiresAt)
}

// UnpackOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e5f4a96.
//
// Solidity: function offer(uint256 assetId, uint256 amount, uint256 pricePerShare, uint256 expiresAt) returns(uint256 offerId)
func (shareMarket *ShareMarket) UnpackOffer(data []byte) (*big.Int, error) {
	out, err := shareMarket.abi.Unpack("offer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOfferCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1115c24d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function offerCount() view returns(uint256)
func (shareMarket *ShareMarket) PackOfferCount() []byte {
	enc, err := shareMarket.abi.Pack("offerCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOfferCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1115c24d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function offerCount() view returns(uint256)
func (shareMarket *ShareMarket) TryPackOfferCount() ([]byte, error) {
	return shareMarket.abi.Pack("offerCount")
}

// UnpackOfferCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1115c24d.
//
// Solidity: function offerCount() view returns(uint256)
func (shareMarket *ShareMarket) UnpackOfferCount(data []byte) (*big.Int, error) {
	out, err := shareMarket.abi.Unpack("offerCount", data)
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
func (shareMarket *ShareMarket) PackPause() []byte {
	enc, err := shareMarket.abi.Pack("pause")
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
func (shareMarket *ShareMarket) TryPackPause() ([]byte, error) {
	return shareMarket.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (shareMarket *ShareMarket) PackPaused() []byte {
	enc, err := shareMarket.abi.Pack("paused")
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
func (shareMarket *ShareMarket) TryPackPaused() ([]byte, error) {
	return shareMarket.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (shareMarket *ShareMarket) UnpackPaused(data []byte) (bool, error) {
	out, err := shareMarket.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProceedsOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdaa78d41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proceedsOwed(address seller) view returns(uint256)
func (shareMarket *ShareMarket) PackProceedsOwed(seller common.Address) []byte {
	enc, err := shareMarket.abi.Pack("proceedsOwed", seller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProceedsOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdaa78d41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proceedsOwed(address seller) view returns(uint256)
func (shareMarket *ShareMarket) TryPackProceedsOwed(seller common.Address) ([]byte, error) {
	return shareMarket.abi.Pack("proceedsOwed", seller)
}

// UnpackProceedsOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdaa78d41.
//
// Solidity: function proceedsOwed(address seller) view returns(uint256)
func (shareMarket *ShareMarket) UnpackProceedsOwed(data []byte) (*big.Int, error) {
	out, err := shareMarket.abi.Unpack("proceedsOwed", data)
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
func (shareMarket *ShareMarket) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := shareMarket.abi.Pack("renounceRole", role, callerConfirmation)
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
func (shareMarket *ShareMarket) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return shareMarket.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (shareMarket *ShareMarket) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := shareMarket.abi.Pack("revokeRole", role, account)
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
func (shareMarket *ShareMarket) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return shareMarket.abi.Pack("revokeRole", role, account)
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e005553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(uint16 bps) returns()
func (shareMarket *ShareMarket) PackSetFee(bps uint16) []byte {
	enc, err := shareMarket.abi.Pack("setFee", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e005553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(uint16 bps) returns()
func (shareMarket *ShareMarket) TryPackSetFee(bps uint16) ([]byte, error) {
	return shareMarket.abi.Pack("setFee", bps)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address newTreasury) returns()
func (shareMarket *ShareMarket) PackSetTreasury(newTreasury common.Address) []byte {
	enc, err := shareMarket.abi.Pack("setTreasury", newTreasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address newTreasury) returns()
func (shareMarket *ShareMarket) TryPackSetTreasury(newTreasury common.Address) ([]byte, error) {
	return shareMarket.abi.Pack("setTreasury", newTreasury)
}

// PackShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03314efa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function shares() view returns(address)
func (shareMarket *ShareMarket) PackShares() []byte {
	enc, err := shareMarket.abi.Pack("shares")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03314efa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function shares() view returns(address)
func (shareMarket *ShareMarket) TryPackShares() ([]byte, error) {
	return shareMarket.abi.Pack("shares")
}

// UnpackShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03314efa.
//
// Solidity: function shares() view returns(address)
func (shareMarket *ShareMarket) UnpackShares(data []byte) (common.Address, error) {
	out, err := shareMarket.abi.Unpack("shares", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStablecoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9cbd822.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stablecoin() view returns(address)
func (shareMarket *ShareMarket) PackStablecoin() []byte {
	enc, err := shareMarket.abi.Pack("stablecoin")
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
func (shareMarket *ShareMarket) TryPackStablecoin() ([]byte, error) {
	return shareMarket.abi.Pack("stablecoin")
}

// UnpackStablecoin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe9cbd822.
//
// Solidity: function stablecoin() view returns(address)
func (shareMarket *ShareMarket) UnpackStablecoin(data []byte) (common.Address, error) {
	out, err := shareMarket.abi.Unpack("stablecoin", data)
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
func (shareMarket *ShareMarket) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := shareMarket.abi.Pack("supportsInterface", interfaceId)
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
func (shareMarket *ShareMarket) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return shareMarket.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (shareMarket *ShareMarket) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := shareMarket.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTotalProceedsOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f35147b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalProceedsOwed() view returns(uint256)
func (shareMarket *ShareMarket) PackTotalProceedsOwed() []byte {
	enc, err := shareMarket.abi.Pack("totalProceedsOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalProceedsOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f35147b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalProceedsOwed() view returns(uint256)
func (shareMarket *ShareMarket) TryPackTotalProceedsOwed() ([]byte, error) {
	return shareMarket.abi.Pack("totalProceedsOwed")
}

// UnpackTotalProceedsOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f35147b.
//
// Solidity: function totalProceedsOwed() view returns(uint256)
func (shareMarket *ShareMarket) UnpackTotalProceedsOwed(data []byte) (*big.Int, error) {
	out, err := shareMarket.abi.Unpack("totalProceedsOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (shareMarket *ShareMarket) PackTreasury() []byte {
	enc, err := shareMarket.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (shareMarket *ShareMarket) TryPackTreasury() ([]byte, error) {
	return shareMarket.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (shareMarket *ShareMarket) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := shareMarket.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (shareMarket *ShareMarket) PackUnpause() []byte {
	enc, err := shareMarket.abi.Pack("unpause")
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
func (shareMarket *ShareMarket) TryPackUnpause() ([]byte, error) {
	return shareMarket.abi.Pack("unpause")
}

// PackWithdrawFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x476343ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawFees() returns(uint256 amount)
func (shareMarket *ShareMarket) PackWithdrawFees() []byte {
	enc, err := shareMarket.abi.Pack("withdrawFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x476343ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawFees() returns(uint256 amount)
func (shareMarket *ShareMarket) TryPackWithdrawFees() ([]byte, error) {
	return shareMarket.abi.Pack("withdrawFees")
}

// UnpackWithdrawFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x476343ee.
//
// Solidity: function withdrawFees() returns(uint256 amount)
func (shareMarket *ShareMarket) UnpackWithdrawFees(data []byte) (*big.Int, error) {
	out, err := shareMarket.abi.Unpack("withdrawFees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawProceeds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62810c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawProceeds(address to) returns(uint256 amount)
func (shareMarket *ShareMarket) PackWithdrawProceeds(to common.Address) []byte {
	enc, err := shareMarket.abi.Pack("withdrawProceeds", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawProceeds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62810c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawProceeds(address to) returns(uint256 amount)
func (shareMarket *ShareMarket) TryPackWithdrawProceeds(to common.Address) ([]byte, error) {
	return shareMarket.abi.Pack("withdrawProceeds", to)
}

// UnpackWithdrawProceeds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62810c81.
//
// Solidity: function withdrawProceeds(address to) returns(uint256 amount)
func (shareMarket *ShareMarket) UnpackWithdrawProceeds(data []byte) (*big.Int, error) {
	out, err := shareMarket.abi.Unpack("withdrawProceeds", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ShareMarketFeeChanged represents a FeeChanged event raised by the ShareMarket contract.
type ShareMarketFeeChanged struct {
	PreviousBps uint16
	NewBps      uint16
	Raw         *types.Log // Blockchain specific contextual infos
}

const ShareMarketFeeChangedEventName = "FeeChanged"

// ContractEventName returns the user-defined event name.
func (ShareMarketFeeChanged) ContractEventName() string {
	return ShareMarketFeeChangedEventName
}

// UnpackFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeChanged(uint16 previousBps, uint16 newBps)
func (shareMarket *ShareMarket) UnpackFeeChangedEvent(log *types.Log) (*ShareMarketFeeChanged, error) {
	event := "FeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareMarketFeeChanged)
	if len(log.Data) > 0 {
		if err := shareMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareMarket.abi.Events[event].Inputs {
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

// ShareMarketFeesWithdrawn represents a FeesWithdrawn event raised by the ShareMarket contract.
type ShareMarketFeesWithdrawn struct {
	Treasury common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ShareMarketFeesWithdrawnEventName = "FeesWithdrawn"

// ContractEventName returns the user-defined event name.
func (ShareMarketFeesWithdrawn) ContractEventName() string {
	return ShareMarketFeesWithdrawnEventName
}

// UnpackFeesWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesWithdrawn(address indexed treasury, uint256 amount)
func (shareMarket *ShareMarket) UnpackFeesWithdrawnEvent(log *types.Log) (*ShareMarketFeesWithdrawn, error) {
	event := "FeesWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareMarketFeesWithdrawn)
	if len(log.Data) > 0 {
		if err := shareMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareMarket.abi.Events[event].Inputs {
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

// ShareMarketOfferCancelled represents a OfferCancelled event raised by the ShareMarket contract.
type ShareMarketOfferCancelled struct {
	OfferId   *big.Int
	AssetId   *big.Int
	Seller    common.Address
	Remaining *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ShareMarketOfferCancelledEventName = "OfferCancelled"

// ContractEventName returns the user-defined event name.
func (ShareMarketOfferCancelled) ContractEventName() string {
	return ShareMarketOfferCancelledEventName
}

// UnpackOfferCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferCancelled(uint256 indexed offerId, uint256 indexed assetId, address indexed seller, uint256 remaining)
func (shareMarket *ShareMarket) UnpackOfferCancelledEvent(log *types.Log) (*ShareMarketOfferCancelled, error) {
	event := "OfferCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareMarketOfferCancelled)
	if len(log.Data) > 0 {
		if err := shareMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareMarket.abi.Events[event].Inputs {
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

// ShareMarketOfferCreated represents a OfferCreated event raised by the ShareMarket contract.
type ShareMarketOfferCreated struct {
	OfferId       *big.Int
	AssetId       *big.Int
	Seller        common.Address
	Shares        *big.Int
	PricePerShare *big.Int
	ExpiresAt     *big.Int
	FeeBps        uint16
	Raw           *types.Log // Blockchain specific contextual infos
}

const ShareMarketOfferCreatedEventName = "OfferCreated"

// ContractEventName returns the user-defined event name.
func (ShareMarketOfferCreated) ContractEventName() string {
	return ShareMarketOfferCreatedEventName
}

// UnpackOfferCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferCreated(uint256 indexed offerId, uint256 indexed assetId, address indexed seller, uint256 shares, uint256 pricePerShare, uint256 expiresAt, uint16 feeBps)
func (shareMarket *ShareMarket) UnpackOfferCreatedEvent(log *types.Log) (*ShareMarketOfferCreated, error) {
	event := "OfferCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareMarketOfferCreated)
	if len(log.Data) > 0 {
		if err := shareMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareMarket.abi.Events[event].Inputs {
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

// ShareMarketOfferFilled represents a OfferFilled event raised by the ShareMarket contract.
type ShareMarketOfferFilled struct {
	OfferId       *big.Int
	AssetId       *big.Int
	Buyer         common.Address
	Seller        common.Address
	Shares        *big.Int
	PricePerShare *big.Int
	Total         *big.Int
	Fee           *big.Int
	Remaining     *big.Int
	Credited      bool
	Raw           *types.Log // Blockchain specific contextual infos
}

const ShareMarketOfferFilledEventName = "OfferFilled"

// ContractEventName returns the user-defined event name.
func (ShareMarketOfferFilled) ContractEventName() string {
	return ShareMarketOfferFilledEventName
}

// UnpackOfferFilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferFilled(uint256 indexed offerId, uint256 indexed assetId, address indexed buyer, address seller, uint256 shares, uint256 pricePerShare, uint256 total, uint256 fee, uint256 remaining, bool credited)
func (shareMarket *ShareMarket) UnpackOfferFilledEvent(log *types.Log) (*ShareMarketOfferFilled, error) {
	event := "OfferFilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareMarketOfferFilled)
	if len(log.Data) > 0 {
		if err := shareMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareMarket.abi.Events[event].Inputs {
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

// ShareMarketPaused represents a Paused event raised by the ShareMarket contract.
type ShareMarketPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareMarketPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (ShareMarketPaused) ContractEventName() string {
	return ShareMarketPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (shareMarket *ShareMarket) UnpackPausedEvent(log *types.Log) (*ShareMarketPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareMarketPaused)
	if len(log.Data) > 0 {
		if err := shareMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareMarket.abi.Events[event].Inputs {
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

// ShareMarketProceedsWithdrawn represents a ProceedsWithdrawn event raised by the ShareMarket contract.
type ShareMarketProceedsWithdrawn struct {
	Seller common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ShareMarketProceedsWithdrawnEventName = "ProceedsWithdrawn"

// ContractEventName returns the user-defined event name.
func (ShareMarketProceedsWithdrawn) ContractEventName() string {
	return ShareMarketProceedsWithdrawnEventName
}

// UnpackProceedsWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProceedsWithdrawn(address indexed seller, address indexed to, uint256 amount)
func (shareMarket *ShareMarket) UnpackProceedsWithdrawnEvent(log *types.Log) (*ShareMarketProceedsWithdrawn, error) {
	event := "ProceedsWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareMarketProceedsWithdrawn)
	if len(log.Data) > 0 {
		if err := shareMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareMarket.abi.Events[event].Inputs {
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

// ShareMarketRoleAdminChanged represents a RoleAdminChanged event raised by the ShareMarket contract.
type ShareMarketRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ShareMarketRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ShareMarketRoleAdminChanged) ContractEventName() string {
	return ShareMarketRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (shareMarket *ShareMarket) UnpackRoleAdminChangedEvent(log *types.Log) (*ShareMarketRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareMarketRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := shareMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareMarket.abi.Events[event].Inputs {
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

// ShareMarketRoleGranted represents a RoleGranted event raised by the ShareMarket contract.
type ShareMarketRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareMarketRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ShareMarketRoleGranted) ContractEventName() string {
	return ShareMarketRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (shareMarket *ShareMarket) UnpackRoleGrantedEvent(log *types.Log) (*ShareMarketRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareMarketRoleGranted)
	if len(log.Data) > 0 {
		if err := shareMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareMarket.abi.Events[event].Inputs {
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

// ShareMarketRoleRevoked represents a RoleRevoked event raised by the ShareMarket contract.
type ShareMarketRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareMarketRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ShareMarketRoleRevoked) ContractEventName() string {
	return ShareMarketRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (shareMarket *ShareMarket) UnpackRoleRevokedEvent(log *types.Log) (*ShareMarketRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareMarketRoleRevoked)
	if len(log.Data) > 0 {
		if err := shareMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareMarket.abi.Events[event].Inputs {
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

// ShareMarketTreasuryChanged represents a TreasuryChanged event raised by the ShareMarket contract.
type ShareMarketTreasuryChanged struct {
	PreviousTreasury common.Address
	NewTreasury      common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const ShareMarketTreasuryChangedEventName = "TreasuryChanged"

// ContractEventName returns the user-defined event name.
func (ShareMarketTreasuryChanged) ContractEventName() string {
	return ShareMarketTreasuryChangedEventName
}

// UnpackTreasuryChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasuryChanged(address indexed previousTreasury, address indexed newTreasury)
func (shareMarket *ShareMarket) UnpackTreasuryChangedEvent(log *types.Log) (*ShareMarketTreasuryChanged, error) {
	event := "TreasuryChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareMarketTreasuryChanged)
	if len(log.Data) > 0 {
		if err := shareMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareMarket.abi.Events[event].Inputs {
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

// ShareMarketUnpaused represents a Unpaused event raised by the ShareMarket contract.
type ShareMarketUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareMarketUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (ShareMarketUnpaused) ContractEventName() string {
	return ShareMarketUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (shareMarket *ShareMarket) UnpackUnpausedEvent(log *types.Log) (*ShareMarketUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareMarketUnpaused)
	if len(log.Data) > 0 {
		if err := shareMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareMarket.abi.Events[event].Inputs {
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
func (shareMarket *ShareMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return shareMarket.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return shareMarket.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return shareMarket.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["ExceedsOffer"].ID.Bytes()[:4]) {
		return shareMarket.UnpackExceedsOfferError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return shareMarket.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return shareMarket.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["InvalidExpiry"].ID.Bytes()[:4]) {
		return shareMarket.UnpackInvalidExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["InvalidPrice"].ID.Bytes()[:4]) {
		return shareMarket.UnpackInvalidPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["InvalidShares"].ID.Bytes()[:4]) {
		return shareMarket.UnpackInvalidSharesError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["MarketNotApproved"].ID.Bytes()[:4]) {
		return shareMarket.UnpackMarketNotApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["NoFeesOwed"].ID.Bytes()[:4]) {
		return shareMarket.UnpackNoFeesOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["NoProceedsOwed"].ID.Bytes()[:4]) {
		return shareMarket.UnpackNoProceedsOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["NotOfferSeller"].ID.Bytes()[:4]) {
		return shareMarket.UnpackNotOfferSellerError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["OfferClosed"].ID.Bytes()[:4]) {
		return shareMarket.UnpackOfferClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["OfferExpired"].ID.Bytes()[:4]) {
		return shareMarket.UnpackOfferExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["PriceAboveMax"].ID.Bytes()[:4]) {
		return shareMarket.UnpackPriceAboveMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return shareMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return shareMarket.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return shareMarket.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["SelfTrade"].ID.Bytes()[:4]) {
		return shareMarket.UnpackSelfTradeError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["SellerLacksShares"].ID.Bytes()[:4]) {
		return shareMarket.UnpackSellerLacksSharesError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["ShortDelivery"].ID.Bytes()[:4]) {
		return shareMarket.UnpackShortDeliveryError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["UnknownOffer"].ID.Bytes()[:4]) {
		return shareMarket.UnpackUnknownOfferError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareMarket.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return shareMarket.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ShareMarketAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ShareMarket contract.
type ShareMarketAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ShareMarketAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (shareMarket *ShareMarket) UnpackAccessControlBadConfirmationError(raw []byte) (*ShareMarketAccessControlBadConfirmation, error) {
	out := new(ShareMarketAccessControlBadConfirmation)
	if err := shareMarket.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ShareMarket contract.
type ShareMarketAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ShareMarketAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (shareMarket *ShareMarket) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ShareMarketAccessControlUnauthorizedAccount, error) {
	out := new(ShareMarketAccessControlUnauthorizedAccount)
	if err := shareMarket.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketEnforcedPause represents a EnforcedPause error raised by the ShareMarket contract.
type ShareMarketEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func ShareMarketEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (shareMarket *ShareMarket) UnpackEnforcedPauseError(raw []byte) (*ShareMarketEnforcedPause, error) {
	out := new(ShareMarketEnforcedPause)
	if err := shareMarket.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketExceedsOffer represents a ExceedsOffer error raised by the ShareMarket contract.
type ShareMarketExceedsOffer struct {
	OfferId   *big.Int
	Requested *big.Int
	Remaining *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExceedsOffer(uint256 offerId, uint256 requested, uint256 remaining)
func ShareMarketExceedsOfferErrorID() common.Hash {
	return common.HexToHash("0x507e71a1b8535f39c0ff94b16133f545a62dc4e7a1beddf05a4f34bdbecdd30d")
}

// UnpackExceedsOfferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExceedsOffer(uint256 offerId, uint256 requested, uint256 remaining)
func (shareMarket *ShareMarket) UnpackExceedsOfferError(raw []byte) (*ShareMarketExceedsOffer, error) {
	out := new(ShareMarketExceedsOffer)
	if err := shareMarket.abi.UnpackIntoInterface(out, "ExceedsOffer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketExpectedPause represents a ExpectedPause error raised by the ShareMarket contract.
type ShareMarketExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func ShareMarketExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (shareMarket *ShareMarket) UnpackExpectedPauseError(raw []byte) (*ShareMarketExpectedPause, error) {
	out := new(ShareMarketExpectedPause)
	if err := shareMarket.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketFeeTooHigh represents a FeeTooHigh error raised by the ShareMarket contract.
type ShareMarketFeeTooHigh struct {
	Bps    uint16
	MaxBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint16 bps, uint16 maxBps)
func ShareMarketFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x3c057d7beb4fe9a19a13a1a22a6f33cb2fec09d9a38cbb3be52bda9374abe790")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint16 bps, uint16 maxBps)
func (shareMarket *ShareMarket) UnpackFeeTooHighError(raw []byte) (*ShareMarketFeeTooHigh, error) {
	out := new(ShareMarketFeeTooHigh)
	if err := shareMarket.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketInvalidExpiry represents a InvalidExpiry error raised by the ShareMarket contract.
type ShareMarketInvalidExpiry struct {
	ExpiresAt *big.Int
	NowTs     *big.Int
	Latest    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidExpiry(uint256 expiresAt, uint256 nowTs, uint256 latest)
func ShareMarketInvalidExpiryErrorID() common.Hash {
	return common.HexToHash("0x99b47a2cc98c01f8fb030be387d21ba5aa1dc09323caa4339ca69059ffefe63f")
}

// UnpackInvalidExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidExpiry(uint256 expiresAt, uint256 nowTs, uint256 latest)
func (shareMarket *ShareMarket) UnpackInvalidExpiryError(raw []byte) (*ShareMarketInvalidExpiry, error) {
	out := new(ShareMarketInvalidExpiry)
	if err := shareMarket.abi.UnpackIntoInterface(out, "InvalidExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketInvalidPrice represents a InvalidPrice error raised by the ShareMarket contract.
type ShareMarketInvalidPrice struct {
	PricePerShare *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPrice(uint256 pricePerShare)
func ShareMarketInvalidPriceErrorID() common.Hash {
	return common.HexToHash("0xf9632e86117232f3d3aed09e5032ecedc059ebc17aa5938c7d50b42d464c3d24")
}

// UnpackInvalidPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPrice(uint256 pricePerShare)
func (shareMarket *ShareMarket) UnpackInvalidPriceError(raw []byte) (*ShareMarketInvalidPrice, error) {
	out := new(ShareMarketInvalidPrice)
	if err := shareMarket.abi.UnpackIntoInterface(out, "InvalidPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketInvalidShares represents a InvalidShares error raised by the ShareMarket contract.
type ShareMarketInvalidShares struct {
	Shares *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShares(uint256 shares)
func ShareMarketInvalidSharesErrorID() common.Hash {
	return common.HexToHash("0x1c92c63808d2c74c126a37304bbbdcfff9667b4e025ec9500fa24d3ef304ab1d")
}

// UnpackInvalidSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShares(uint256 shares)
func (shareMarket *ShareMarket) UnpackInvalidSharesError(raw []byte) (*ShareMarketInvalidShares, error) {
	out := new(ShareMarketInvalidShares)
	if err := shareMarket.abi.UnpackIntoInterface(out, "InvalidShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketMarketNotApproved represents a MarketNotApproved error raised by the ShareMarket contract.
type ShareMarketMarketNotApproved struct {
	Seller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketNotApproved(address seller)
func ShareMarketMarketNotApprovedErrorID() common.Hash {
	return common.HexToHash("0x2b823927da5fb61113155d4728098b8853a6aba1a8c483f8aff44af44e9f1001")
}

// UnpackMarketNotApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketNotApproved(address seller)
func (shareMarket *ShareMarket) UnpackMarketNotApprovedError(raw []byte) (*ShareMarketMarketNotApproved, error) {
	out := new(ShareMarketMarketNotApproved)
	if err := shareMarket.abi.UnpackIntoInterface(out, "MarketNotApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketNoFeesOwed represents a NoFeesOwed error raised by the ShareMarket contract.
type ShareMarketNoFeesOwed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoFeesOwed()
func ShareMarketNoFeesOwedErrorID() common.Hash {
	return common.HexToHash("0x988ebee0136d83c9e365b61db23d5d6fab2a61310ce80a8d7c0ec32c4208e347")
}

// UnpackNoFeesOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoFeesOwed()
func (shareMarket *ShareMarket) UnpackNoFeesOwedError(raw []byte) (*ShareMarketNoFeesOwed, error) {
	out := new(ShareMarketNoFeesOwed)
	if err := shareMarket.abi.UnpackIntoInterface(out, "NoFeesOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketNoProceedsOwed represents a NoProceedsOwed error raised by the ShareMarket contract.
type ShareMarketNoProceedsOwed struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoProceedsOwed(address account)
func ShareMarketNoProceedsOwedErrorID() common.Hash {
	return common.HexToHash("0x5e3b10cb0e7595bb456e23876d023b25c219db63175faebe33576038229c8dec")
}

// UnpackNoProceedsOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoProceedsOwed(address account)
func (shareMarket *ShareMarket) UnpackNoProceedsOwedError(raw []byte) (*ShareMarketNoProceedsOwed, error) {
	out := new(ShareMarketNoProceedsOwed)
	if err := shareMarket.abi.UnpackIntoInterface(out, "NoProceedsOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketNotOfferSeller represents a NotOfferSeller error raised by the ShareMarket contract.
type ShareMarketNotOfferSeller struct {
	OfferId *big.Int
	Caller  common.Address
	Seller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOfferSeller(uint256 offerId, address caller, address seller)
func ShareMarketNotOfferSellerErrorID() common.Hash {
	return common.HexToHash("0x1acb2c180a95025a329eee850df9ac139396caa9aca881dc5ef3541d161ccdfa")
}

// UnpackNotOfferSellerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOfferSeller(uint256 offerId, address caller, address seller)
func (shareMarket *ShareMarket) UnpackNotOfferSellerError(raw []byte) (*ShareMarketNotOfferSeller, error) {
	out := new(ShareMarketNotOfferSeller)
	if err := shareMarket.abi.UnpackIntoInterface(out, "NotOfferSeller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketOfferClosed represents a OfferClosed error raised by the ShareMarket contract.
type ShareMarketOfferClosed struct {
	OfferId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferClosed(uint256 offerId)
func ShareMarketOfferClosedErrorID() common.Hash {
	return common.HexToHash("0x7bd20b1b32067a0be5e6f9e0636e6466bf8ba601866f82e7a3b4a8d0792c0eb2")
}

// UnpackOfferClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferClosed(uint256 offerId)
func (shareMarket *ShareMarket) UnpackOfferClosedError(raw []byte) (*ShareMarketOfferClosed, error) {
	out := new(ShareMarketOfferClosed)
	if err := shareMarket.abi.UnpackIntoInterface(out, "OfferClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketOfferExpired represents a OfferExpired error raised by the ShareMarket contract.
type ShareMarketOfferExpired struct {
	OfferId   *big.Int
	ExpiresAt *big.Int
	NowTs     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferExpired(uint256 offerId, uint256 expiresAt, uint256 nowTs)
func ShareMarketOfferExpiredErrorID() common.Hash {
	return common.HexToHash("0xdb70bdfdff24c0f6226144d7906b4783aa8e123c051edccc69c9e8d4c5230f64")
}

// UnpackOfferExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferExpired(uint256 offerId, uint256 expiresAt, uint256 nowTs)
func (shareMarket *ShareMarket) UnpackOfferExpiredError(raw []byte) (*ShareMarketOfferExpired, error) {
	out := new(ShareMarketOfferExpired)
	if err := shareMarket.abi.UnpackIntoInterface(out, "OfferExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketPriceAboveMax represents a PriceAboveMax error raised by the ShareMarket contract.
type ShareMarketPriceAboveMax struct {
	OfferId          *big.Int
	PricePerShare    *big.Int
	MaxPricePerShare *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceAboveMax(uint256 offerId, uint256 pricePerShare, uint256 maxPricePerShare)
func ShareMarketPriceAboveMaxErrorID() common.Hash {
	return common.HexToHash("0xbef5ae8b1389687a313edbb4e8a93e71de92ab91b377ea264215eee9fc078309")
}

// UnpackPriceAboveMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceAboveMax(uint256 offerId, uint256 pricePerShare, uint256 maxPricePerShare)
func (shareMarket *ShareMarket) UnpackPriceAboveMaxError(raw []byte) (*ShareMarketPriceAboveMax, error) {
	out := new(ShareMarketPriceAboveMax)
	if err := shareMarket.abi.UnpackIntoInterface(out, "PriceAboveMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ShareMarket contract.
type ShareMarketReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ShareMarketReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (shareMarket *ShareMarket) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ShareMarketReentrancyGuardReentrantCall, error) {
	out := new(ShareMarketReentrancyGuardReentrantCall)
	if err := shareMarket.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the ShareMarket contract.
type ShareMarketSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func ShareMarketSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (shareMarket *ShareMarket) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*ShareMarketSafeCastOverflowedUintDowncast, error) {
	out := new(ShareMarketSafeCastOverflowedUintDowncast)
	if err := shareMarket.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ShareMarket contract.
type ShareMarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ShareMarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (shareMarket *ShareMarket) UnpackSafeERC20FailedOperationError(raw []byte) (*ShareMarketSafeERC20FailedOperation, error) {
	out := new(ShareMarketSafeERC20FailedOperation)
	if err := shareMarket.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketSelfTrade represents a SelfTrade error raised by the ShareMarket contract.
type ShareMarketSelfTrade struct {
	OfferId *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfTrade(uint256 offerId, address account)
func ShareMarketSelfTradeErrorID() common.Hash {
	return common.HexToHash("0xcf924b377e8c0de0dd432ed51c27564f68de22c50d00b5c36a262282e65bb943")
}

// UnpackSelfTradeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfTrade(uint256 offerId, address account)
func (shareMarket *ShareMarket) UnpackSelfTradeError(raw []byte) (*ShareMarketSelfTrade, error) {
	out := new(ShareMarketSelfTrade)
	if err := shareMarket.abi.UnpackIntoInterface(out, "SelfTrade", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketSellerLacksShares represents a SellerLacksShares error raised by the ShareMarket contract.
type ShareMarketSellerLacksShares struct {
	AssetId *big.Int
	Seller  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SellerLacksShares(uint256 assetId, address seller, uint256 balance, uint256 needed)
func ShareMarketSellerLacksSharesErrorID() common.Hash {
	return common.HexToHash("0x71cfb23355bbc21266025e9889cc6f02fc094276b2d1a6082a2c05e15add8705")
}

// UnpackSellerLacksSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SellerLacksShares(uint256 assetId, address seller, uint256 balance, uint256 needed)
func (shareMarket *ShareMarket) UnpackSellerLacksSharesError(raw []byte) (*ShareMarketSellerLacksShares, error) {
	out := new(ShareMarketSellerLacksShares)
	if err := shareMarket.abi.UnpackIntoInterface(out, "SellerLacksShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketShortDelivery represents a ShortDelivery error raised by the ShareMarket contract.
type ShareMarketShortDelivery struct {
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ShortDelivery(uint256 expected, uint256 received)
func ShareMarketShortDeliveryErrorID() common.Hash {
	return common.HexToHash("0x3e46bb51ce0df40229f917f38c425b73ea8aab642decaf84fd8c804b2b333d1c")
}

// UnpackShortDeliveryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ShortDelivery(uint256 expected, uint256 received)
func (shareMarket *ShareMarket) UnpackShortDeliveryError(raw []byte) (*ShareMarketShortDelivery, error) {
	out := new(ShareMarketShortDelivery)
	if err := shareMarket.abi.UnpackIntoInterface(out, "ShortDelivery", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketUnknownOffer represents a UnknownOffer error raised by the ShareMarket contract.
type ShareMarketUnknownOffer struct {
	OfferId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOffer(uint256 offerId)
func ShareMarketUnknownOfferErrorID() common.Hash {
	return common.HexToHash("0x1021ae22324aa2526ea0b28ed361c958b5d0b45fe2040712bb76b225a4537cfb")
}

// UnpackUnknownOfferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOffer(uint256 offerId)
func (shareMarket *ShareMarket) UnpackUnknownOfferError(raw []byte) (*ShareMarketUnknownOffer, error) {
	out := new(ShareMarketUnknownOffer)
	if err := shareMarket.abi.UnpackIntoInterface(out, "UnknownOffer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareMarketZeroAddress represents a ZeroAddress error raised by the ShareMarket contract.
type ShareMarketZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ShareMarketZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (shareMarket *ShareMarket) UnpackZeroAddressError(raw []byte) (*ShareMarketZeroAddress, error) {
	out := new(ShareMarketZeroAddress)
	if err := shareMarket.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
