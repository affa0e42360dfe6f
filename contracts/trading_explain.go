package contracts

import "fmt"

// Sentences for the ShareMarket's reverts (docs/trading.md), and for the
// GPUAsset and token errors a fill bubbles up when the seller moved its
// shares away, revoked the market, or the buyer cannot pay: offers named
// "offer 3", prices in the stablecoin.
func init() {
	for name, f := range tradingSentences {
		sentences[name] = f
	}
	moneyArgs["pricePerShare"] = true
	moneyArgs["maxPricePerShare"] = true
	idArgs["offerId"] = "offer"
}

var tradingSentences = map[string]func(revertArgs) string{
	"UnknownOffer": func(a revertArgs) string {
		return fmt.Sprintf("offer %s does not exist", a.plain("offerId"))
	},
	"NotOfferSeller": func(a revertArgs) string {
		return fmt.Sprintf("offer %s is %s's, not %s's", a.plain("offerId"), a.plain("seller"), a.plain("caller"))
	},
	"OfferClosed": func(a revertArgs) string {
		return fmt.Sprintf("offer %s is closed: filled or cancelled", a.plain("offerId"))
	},
	"OfferExpired": func(a revertArgs) string {
		return fmt.Sprintf("offer %s expired at %s (now %s)", a.plain("offerId"), a.unixTime("expiresAt"), a.unixTime("nowTs"))
	},
	"ExceedsOffer": func(a revertArgs) string {
		return fmt.Sprintf("offer %s has %s shares left, %s asked", a.plain("offerId"), a.plain("remaining"), a.plain("requested"))
	},
	"PriceAboveMax": func(a revertArgs) string {
		return fmt.Sprintf("offer %s costs %s per share, above the bound %s", a.plain("offerId"), a.money("pricePerShare"), a.money("maxPricePerShare"))
	},
	"SelfTrade": func(a revertArgs) string {
		return fmt.Sprintf("%s cannot fill its own offer %s", a.plain("account"), a.plain("offerId"))
	},
	"SellerLacksShares": func(a revertArgs) string {
		return fmt.Sprintf("%s holds %s shares of asset %s, %s offered", a.plain("seller"), a.plain("balance"), a.plain("assetId"), a.plain("needed"))
	},
	"MarketNotApproved": func(a revertArgs) string {
		return fmt.Sprintf("%s has not approved the share market to move its shares (setApprovalForAll)", a.plain("seller"))
	},
	"InvalidExpiry": func(a revertArgs) string {
		return fmt.Sprintf("expiry %s must be after now (%s) and at most %s", a.unixTime("expiresAt"), a.unixTime("nowTs"), a.unixTime("latest"))
	},
	"ShortDelivery": func(a revertArgs) string {
		return fmt.Sprintf("the market received %s of a payment of %s (does the token take a fee?)", a.money("received"), a.money("expected"))
	},
	"NoProceedsOwed": func(a revertArgs) string {
		return fmt.Sprintf("the share market owes %s no proceeds", a.plain("account"))
	},
	"NoFeesOwed": func(revertArgs) string { return "the share market owes the treasury no fees" },
	"FeeTooHigh": func(a revertArgs) string {
		return fmt.Sprintf("trade fee %s is above the maximum %s", a.render("bps"), a.render("maxBps"))
	},
	// A fill moves the seller's shares with GPUAsset's safeTransferFrom: its
	// errors reach the buyer when the seller no longer holds or approves.
	"ERC1155InsufficientBalance": func(a revertArgs) string {
		return fmt.Sprintf("%s holds %s shares of asset %s, %s needed (moved away since the offer?)",
			a.plain("sender"), a.plain("balance"), a.plain("tokenId"), a.plain("needed"))
	},
	"ERC1155MissingApprovalForAll": func(a revertArgs) string {
		return fmt.Sprintf("%s no longer lets %s move its shares (approval revoked)", a.plain("owner"), a.plain("operator"))
	},
	"ERC20InsufficientBalance": func(a revertArgs) string {
		return fmt.Sprintf("%s holds %s of the stablecoin, %s needed", a.plain("sender"), a.money("balance"), a.money("needed"))
	},
	"ERC20InsufficientAllowance": func(a revertArgs) string {
		return fmt.Sprintf("%s may spend %s of the stablecoin, %s needed", a.plain("spender"), a.money("allowance"), a.money("needed"))
	},
}
