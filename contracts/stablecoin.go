package contracts

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
	"github.com/gpuledger/gpuledger/money"
)

// Stablecoin is a client of the ERC-20 the market settles in. Mint works
// only on the TestStablecoin of dev chains. It is safe for concurrent use.
type Stablecoin struct {
	addr common.Address
	abi  *teststablecoin.TestStablecoin
	call Caller
}

// NewStablecoin returns a client of the token at addr.
func NewStablecoin(call Caller, addr common.Address) *Stablecoin {
	return &Stablecoin{addr: addr, abi: teststablecoin.NewTestStablecoin(), call: call}
}

// Address returns the token's address.
func (c *Stablecoin) Address() common.Address { return c.addr }

// BalanceOf returns account's balance at the latest block.
func (c *Stablecoin) BalanceOf(ctx context.Context, account common.Address) (money.Amount, error) {
	out, err := c.call.CallContract(ctx, ethereum.CallMsg{To: &c.addr, Data: c.abi.PackBalanceOf(account)}, nil)
	if err != nil {
		return money.Zero, fmt.Errorf("balance of %s: %w", account, err)
	}
	units, err := c.abi.UnpackBalanceOf(out)
	if err != nil {
		return money.Zero, fmt.Errorf("balance of %s: %w", account, err)
	}
	return money.FromUnits(units)
}

// Mint sends amount from the faucet to `to`; s must hold the minter role.
func (c *Stablecoin) Mint(ctx context.Context, s Sender, to common.Address, amount money.Amount) (*types.Receipt, error) {
	if amount.IsZero() {
		return nil, fmt.Errorf("mint to %s: %w: amount must be positive", to, ErrInvalidInput)
	}
	rcpt, err := s.SendAndWait(ctx, &c.addr, c.abi.PackMint(to, amount.Units()), nil)
	if err != nil {
		return nil, fmt.Errorf("mint %s to %s: %w", amount, to, err)
	}
	return rcpt, nil
}

// Approve lets spender pull up to amount from s.
func (c *Stablecoin) Approve(ctx context.Context, s Sender, spender common.Address, amount money.Amount) (*types.Receipt, error) {
	rcpt, err := s.SendAndWait(ctx, &c.addr, c.abi.PackApprove(spender, amount.Units()), nil)
	if err != nil {
		return nil, fmt.Errorf("approve %s for %s: %w", amount, spender, err)
	}
	return rcpt, nil
}
