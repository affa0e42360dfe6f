package contracts

import (
	"context"
	"crypto/rand"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
	"github.com/gpuledger/gpuledger/money"
)

// Stablecoin is a client of the ERC-20 the market settles in. Mint works
// only on the TestStablecoin of dev chains. It is safe for concurrent use.
type Stablecoin struct {
	addr common.Address
	abi  *teststablecoin.TestStablecoin
	call Caller

	probeMu sync.Mutex  // guards auth and domain
	auth    *bool       // EIP-3009 support, once probed
	domain  common.Hash // EIP-712 domain separator, when auth
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

// SupportsAuthorization reports whether the token implements EIP-3009
// (authorizationState answers), as USDC v2 and the TestStablecoin do. The
// answer is read once and kept; a read that failed for the caller's ctx is
// not kept.
func (c *Stablecoin) SupportsAuthorization(ctx context.Context) bool {
	c.probeMu.Lock()
	defer c.probeMu.Unlock()
	if c.auth != nil {
		return *c.auth
	}
	out, err := c.call.CallContract(ctx, ethereum.CallMsg{To: &c.addr, Data: c.abi.PackAuthorizationState(common.Address{}, [32]byte{})}, nil)
	if err != nil && ctx.Err() != nil {
		return false
	}
	ok := err == nil && len(out) == 32
	if ok {
		// EIP-712 domain of the authorization, read once with the probe.
		out, err := c.call.CallContract(ctx, ethereum.CallMsg{To: &c.addr, Data: c.abi.PackDOMAINSEPARATOR()}, nil)
		if err != nil && ctx.Err() != nil {
			return false
		}
		ok = err == nil && len(out) == 32
		if ok {
			c.domain = common.BytesToHash(out)
		}
	}
	c.auth = &ok
	return ok
}

// receiveWithAuthorizationTypeHash is EIP-3009's (and USDC's) type hash.
var receiveWithAuthorizationTypeHash = crypto.Keccak256Hash([]byte(
	"ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"))

// AuthorizeReceive signs, with signer (the key of from), an EIP-3009
// ReceiveWithAuthorization of amount from `from` to `to` under a fresh
// random 32-byte nonce, valid from now until used: only `to` may redeem it
// (receiveWithAuthorization pays only its caller), and the LeaseMarket
// redeems it only in a transaction sent by `from` itself. Call
// SupportsAuthorization first. It sends nothing.
func (c *Stablecoin) AuthorizeReceive(ctx context.Context, signer TypedSigner, from, to common.Address, amount money.Amount) (leasemarket.LeaseMarketAuthorization, error) {
	var auth leasemarket.LeaseMarketAuthorization
	if !c.SupportsAuthorization(ctx) {
		return auth, fmt.Errorf("authorize %s from %s: token %s has no EIP-3009", amount, from, c.addr)
	}
	if _, err := rand.Read(auth.Nonce[:]); err != nil {
		return auth, fmt.Errorf("authorize %s from %s: nonce: %w", amount, from, err)
	}
	auth.ValidAfter = new(big.Int)
	auth.ValidBefore = new(big.Int).Set(maxUint256)
	c.probeMu.Lock()
	domain := c.domain
	c.probeMu.Unlock()
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	structHash := crypto.Keccak256(receiveWithAuthorizationTypeHash[:], word(from[:]), word(to[:]),
		word(amount.Units().Bytes()), word(auth.ValidAfter.Bytes()), word(auth.ValidBefore.Bytes()), auth.Nonce[:])
	digest := crypto.Keccak256Hash([]byte{0x19, 0x01}, domain[:], structHash)
	sig, err := signer.SignHash(digest)
	if err != nil {
		return auth, fmt.Errorf("authorize %s from %s: sign: %w", amount, from, err)
	}
	if len(sig) != 65 {
		return auth, fmt.Errorf("authorize %s from %s: signature of %d bytes, want 65", amount, from, len(sig))
	}
	copy(auth.R[:], sig[:32])
	copy(auth.S[:], sig[32:64])
	auth.V = sig[64]
	if auth.V < 27 {
		auth.V += 27
	}
	return auth, nil
}

// withAllowance approves amount of token from s to spender, runs use, and
// resets the allowance when use fails (no allowance is left behind a
// refused payment), holding s's lock in locks throughout: the allowance is
// one number per owner and spender, so one approve + use pair of a sender
// runs at a time. Every client that pays by allowance goes through it.
func withAllowance(ctx context.Context, locks *sync.Map, token *Stablecoin, s Sender, spender common.Address, amount money.Amount, use func() (*types.Receipt, error)) (*types.Receipt, error) {
	mu, _ := locks.LoadOrStore(s.Address(), new(sync.Mutex))
	mu.(*sync.Mutex).Lock()
	defer mu.(*sync.Mutex).Unlock()
	if _, err := token.Approve(ctx, s, spender, amount); err != nil {
		return nil, err
	}
	rcpt, err := use()
	if err != nil {
		if _, aerr := token.Approve(ctx, s, spender, money.Zero); aerr != nil {
			err = fmt.Errorf("%w (and resetting the allowance failed: %v)", err, aerr)
		}
		return nil, err
	}
	return rcpt, nil
}
