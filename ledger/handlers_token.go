package ledger

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
)

var tokenABI = teststablecoin.NewTestStablecoin()

// onTokenTransfer books an ERC-20 transfer between wallets, a mint (from
// the zero address) or a burn (to the zero address). A transfer to or from
// one of the contracts is booked by that contract's own event (a lease
// deposit, a refund, a revenue deposit or claim, ...), with the account
// inside the contract it concerns, so it is not booked here again.
func onTokenTransfer(c *logCtx) error {
	ev, err := evTokenTransfer.unpack(c.log)
	if err != nil {
		return malformed("Transfer: %v", err)
	}
	amt, err := amount("Transfer value", ev.Value)
	if err != nil {
		return err
	}
	if c.reg.covered[ev.From] || c.reg.covered[ev.To] {
		c.stats.Covered++
		return nil
	}
	var zero common.Address
	switch {
	case ev.From == ev.To:
		return nil // moves nothing
	case ev.From == zero:
		return c.post(KindMint, Posting{Source: World, Destination: Wallet(ev.To), Amount: amt})
	case ev.To == zero:
		return c.post(KindBurn, Posting{Source: Wallet(ev.From), Destination: World, Amount: amt})
	default:
		return c.post(KindTransfer, Posting{Source: Wallet(ev.From), Destination: Wallet(ev.To), Amount: amt})
	}
}
