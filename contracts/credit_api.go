package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/money"
)

// Reads and receipt decoders the API's credit routes use besides those of
// credit.go.

// MaxRedeem returns the pool shares owner can redeem now: its shares, at
// most what the idle cash buys back (rounded down). After bad debt has put
// the share price below a unit per 10^6 share units, this is a few share
// units short of a lone lender's balance: they are worth less than a unit.
func (p *Pool) MaxRedeem(ctx context.Context, owner common.Address) (*big.Int, error) {
	out, err := p.read(ctx, p.abi.PackMaxRedeem(owner))
	if err != nil {
		return nil, fmt.Errorf("max redeem of %s: %w", owner, err)
	}
	return p.abi.UnpackMaxRedeem(out)
}

// OwedWithdrawnIn returns what the withdrawOwed transaction of rcpt paid
// (OwedWithdrawn event): an API answer built from the receipt alone.
func (v *Vault) OwedWithdrawnIn(rcpt *types.Receipt) (money.Amount, error) {
	for _, l := range logsOf(rcpt, v.addr) {
		if ev, err := v.abi.UnpackOwedWithdrawnEvent(l); err == nil {
			return money.FromUnits(ev.Amount)
		}
	}
	return money.Zero, fmt.Errorf("tx %s has no OwedWithdrawn event", rcpt.TxHash)
}
