package api

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/chain"
)

// writeTimeout bounds a write: sending, mining and reading back.
const writeTimeout = 2 * time.Minute

// writeContext detaches a write from the client's connection (once a
// transaction is sent, a client hanging up must not abandon waiting for
// it) and routes its sends through the request's intent journal, if any,
// counting them for the metrics (txTally).
func writeContext(c echo.Context) (context.Context, context.CancelFunc) {
	ctx := chain.WithJournal(context.WithoutCancel(c.Request().Context()), tally(c))
	return context.WithTimeout(ctx, writeTimeout)
}

// mirrorWait bounds how long a write waits for the mirror to apply its block.
const mirrorWait = 10 * time.Second

// writeOp is a request whose effect is a transaction (possibly after
// others, such as an approval): send makes it, answer builds the response
// from its receipt alone. Because the answer needs nothing but the
// receipt, a retry after a crash can answer from the receipt of the
// transaction the first attempt sent, without sending again.
type writeOp struct {
	status int
	// to is the contract (or account) the request's last transaction
	// calls: a recorded transaction to it is the request's outcome. Zero
	// when the request may send several transactions to one contract (a
	// PATCH of two fields): a retry then runs send again, and the journal
	// hands back each call recorded by the earlier attempt instead of
	// signing it again (chain.Journal.Replay), so the checks in send must
	// hold after its own transactions are mined.
	to     common.Address
	send   func(ctx context.Context) (*types.Receipt, error)
	answer func(ctx context.Context, r *types.Receipt) (any, error)
}

// write runs op: on a first attempt it sends; on a retry of a request
// whose transaction was recorded it finishes that transaction instead.
// Either way it answers from the receipt, once the mirror has its block.
func (s *Server) write(c echo.Context, op writeOp) error {
	ctx, cancel := writeContext(c)
	defer cancel()
	var r *types.Receipt
	if op.to != (common.Address{}) {
		var err error
		if r, err = s.finishRecorded(ctx, c, op.to); err != nil {
			return err
		}
		tally(c).finished.Store(r != nil)
	}
	if r == nil {
		// First attempt, or a retry whose last transaction never reached
		// op.to: send. Calls the earlier attempt recorded are handed back
		// by the journal (chain.Journal.Replay), not signed again.
		var err error
		if r, err = op.send(ctx); err != nil {
			return err
		}
	}
	if j := journal(c); j != nil {
		j.crashAt("mined")
	}
	v, err := op.answer(ctx, r)
	if err != nil {
		return err
	}
	return writeAnswer(c, op.status, v, r)
}

// recorded reports whether an earlier attempt of this request (same
// Idempotency-Key) recorded a transaction: a handler that answers without
// sending when there is nothing to do must not do so on such a retry,
// since what the earlier attempt sent is the request's outcome.
func recorded(c echo.Context) bool {
	j := journal(c)
	return j != nil && j.last() != nil
}

// preflight runs check unless an earlier attempt of this request (same
// Idempotency-Key) recorded a transaction: that transaction is then the
// request's outcome, to be finished, not refused.
func preflight(c echo.Context, check func() error) error {
	if recorded(c) {
		return nil
	}
	return check()
}

// finishRecorded returns the receipt of the transaction to `to` that an
// earlier attempt of this request recorded last, waiting for it (and
// resubmitting its signed bytes if the node lost it), or nil when there is
// none or it can never be mined (its nonce went to another transaction).
// A recorded transaction that reverted returns its decoded revert: the
// request's real outcome.
func (s *Server) finishRecorded(ctx context.Context, c echo.Context, to common.Address) (*types.Receipt, error) {
	j := journal(c)
	if j == nil {
		return nil, nil
	}
	tx := j.last()
	if tx == nil || tx.To() == nil || *tx.To() != to {
		return nil, nil
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return nil, fmt.Errorf("recorded tx %s: %w", tx.Hash(), err)
	}
	t, err := s.svc.Transactor(from)
	if err != nil {
		return nil, err
	}
	if err := t.Resubmit(ctx, tx); err != nil {
		if errors.Is(err, chain.ErrTxDropped) {
			s.log.Warn("recorded transaction dropped; sending the request again", "tx", tx.Hash(), "err", err)
			return nil, nil
		}
		return nil, err
	}
	s.log.Info("finishing a recorded transaction", "tx", tx.Hash(), "route", c.Path())
	return t.Wait(ctx, tx)
}

// writeAnswer answers a write with the resource, its tx hash and block,
// once the mirror has applied that block (so a read that follows sees it).
func writeAnswer(c echo.Context, status int, v any, r *types.Receipt) error {
	out, err := withTx(v, r)
	if err != nil {
		return err
	}
	if s, ok := c.Get(serverKey).(*Server); ok {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(c.Request().Context()), mirrorWait)
		defer cancel()
		if err := s.svc.WaitMirror(ctx, r.BlockNumber.Uint64()); err != nil {
			s.log.Warn("mirror behind a write", "block", r.BlockNumber, "err", err)
		}
	}
	return c.JSON(status, out)
}
