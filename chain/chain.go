// Package chain is gpuledger's one view of an Ethereum chain, whichever
// node serves it:
//
//   - Embedded (OpenEmbedded) runs a go-ethereum dev chain inside the
//     process, persisted under the data dir, sealing blocks as transactions
//     arrive (at most one block per wall-clock second in SealRealtime, so
//     block timestamps never run ahead of the clock), optionally serving
//     JSON-RPC over HTTP so wallets, `gpuledger audit` and the tests can
//     reach it like any node.
//   - Remote (Dial) talks JSON-RPC to any node: `geth --dev` started by
//     `make devnode`, an L2, mainnet.
//
// Both give a Client (the go-ethereum simulated.Client method set, which
// *ethclient.Client satisfies) and the chain id. On top of a Client, a
// Transactor signs and sends transactions for one key with its own nonce
// management, refuses to send what would revert, waits for receipts, and
// decodes reverts into *RevertError through an ErrorDecoder.
package chain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// Client is the read/write surface of an Ethereum node used by gpuledger:
// go-ethereum's simulated.Client method set (blocks, state, calls, gas,
// logs, transactions, chain id). Every method takes ctx first; a nil block
// number means the latest block. *ethclient.Client satisfies it.
// Implementations are safe for concurrent use.
type Client = simulated.Client

// ethclient.Client must stay a Client: Remote hands one out.
var _ Client = (*ethclient.Client)(nil)

// Chain is an open connection to a chain. Implementations are safe for
// concurrent use; Close must be called once, after which the Client must not
// be used.
type Chain interface {
	// Client returns the chain's client. It is the same value for the
	// chain's lifetime.
	Client() Client
	// ChainID returns the EIP-155 chain id read when the chain was opened;
	// each call returns a fresh copy.
	ChainID() *big.Int
	// Close releases the connection (and for an embedded chain stops its
	// sealer and node, flushing its database).
	Close() error
}
