package contracts

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Caller reads contract state. A nil block number means the latest block.
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// CodeReader reads deployed code, to verify a manifest against the chain.
type CodeReader interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// Sender sends transactions from one account and waits until they are mined.
// SendAndWait must not send anything when the call would revert, and must
// return the decoded revert as its error; a nil to deploys a contract.
// Implementations must be safe for concurrent use.
type Sender interface {
	Address() common.Address
	SendAndWait(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error)
}

// TypedSigner signs a 32-byte digest (an EIP-712 hash) with the key of the
// Sender it is implemented by, returning the 65-byte [R || S || V]
// signature with V 27 or 28. A Sender that implements it lets the market
// pay deposits with EIP-3009 authorizations (one transaction, no shared
// allowance); the digest must be one the caller built, never one received.
type TypedSigner interface {
	SignHash(digest common.Hash) ([]byte, error)
}
