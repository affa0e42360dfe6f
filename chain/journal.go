package chain

import (
	"bytes"
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Journal makes the transactions of one request durable before they reach
// the node, so that a crash between "sent" and "answered" can be finished
// by a retry instead of repeated (DESIGN.md, money-safety rules: an
// idempotent request's outcome is durable before its transaction is sent).
//
// A Transactor asked to send with a Journal in its context (WithJournal):
//   - first asks Replay for a recorded transaction with the same recipient,
//     calldata and value; if there is one it hands that transaction back
//     (re-submitting its signed bytes when the node has lost it) instead of
//     signing a new one, and estimates nothing;
//   - otherwise signs the transaction and calls Record with it before
//     submitting it: if Record fails, nothing is sent and no nonce is spent;
//   - calls Sent once the node has accepted it.
//
// Implementations are called from the request's goroutine only.
type Journal interface {
	// Record stores tx durably (committed and synced) before it is sent.
	Record(ctx context.Context, tx *types.Transaction) error
	// Replay returns a transaction recorded earlier for the same call, not
	// handed out yet by Replay, or nil.
	Replay(from common.Address, to *common.Address, data []byte, value *big.Int) *types.Transaction
	// Sent is told that the node accepted tx (a test's crash point).
	Sent(tx *types.Transaction)
}

type journalKey struct{}

// WithJournal returns a context whose sends go through j.
func WithJournal(ctx context.Context, j Journal) context.Context {
	return context.WithValue(ctx, journalKey{}, j)
}

func journalFrom(ctx context.Context) Journal {
	j, _ := ctx.Value(journalKey{}).(Journal)
	return j
}

// SameCall reports whether tx, sent by from, is the call (to, data, value):
// the test a Journal's Replay applies.
func SameCall(tx *types.Transaction, signer types.Signer, from common.Address, to *common.Address, data []byte, value *big.Int) bool {
	if value == nil {
		value = new(big.Int)
	}
	sender, err := types.Sender(signer, tx)
	if err != nil || sender != from {
		return false
	}
	if (tx.To() == nil) != (to == nil) || (to != nil && *tx.To() != *to) {
		return false
	}
	return tx.Value().Cmp(value) == 0 && bytes.Equal(tx.Data(), data)
}
