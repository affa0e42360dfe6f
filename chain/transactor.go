package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Transactor defaults; see the options to change them.
const (
	DefaultReceiptTimeout = 60 * time.Second
	DefaultPollInterval   = 100 * time.Millisecond
	DefaultGasMarginPct   = 20
)

// TransactorOption configures a Transactor.
type TransactorOption func(*Transactor)

// WithErrorDecoder decodes reverts with d, which knows the contracts'
// custom errors. Without it only Error(string) and Panic(uint256) are
// decoded; other reverts keep their raw data.
func WithErrorDecoder(d *ErrorDecoder) TransactorOption {
	return func(t *Transactor) { t.decoder = d }
}

// WithReceiptTimeout bounds how long Wait waits for a receipt (default
// DefaultReceiptTimeout); the caller's ctx may end it sooner.
func WithReceiptTimeout(d time.Duration) TransactorOption {
	return func(t *Transactor) {
		if d > 0 {
			t.receiptTimeout = d
		}
	}
}

// WithPollInterval sets how often Wait asks for the receipt (default
// DefaultPollInterval).
func WithPollInterval(d time.Duration) TransactorOption {
	return func(t *Transactor) {
		if d > 0 {
			t.pollInterval = d
		}
	}
}

// WithGasMargin adds pct percent to every gas estimate (default
// DefaultGasMarginPct). Estimates are exact for the state they ran on; the
// margin absorbs state that changes before the transaction is mined
// (another lease taking the last free slot changes the code path).
func WithGasMargin(pct uint64) TransactorOption {
	return func(t *Transactor) { t.gasMarginPct = pct }
}

// gasMarginKey carries a per-call gas margin in a context.
type gasMarginKey struct{}

// ContextWithGasMargin returns ctx under which Send adds pct percent to
// its estimate instead of the transactor's margin (WithGasMargin). It is
// for callers that size their transactions to the block and whose gas
// varies little between estimate and mining (the keeper's settle batches):
// a smaller margin lets more of them share a block, since blocks are
// filled by gas limit, not by gas used.
func ContextWithGasMargin(ctx context.Context, pct uint64) context.Context {
	return context.WithValue(ctx, gasMarginKey{}, pct)
}

// DefaultGasHeadroom is gas added to every estimate on top of the margin.
// Estimates run on the latest block's timestamp, the transaction on a later
// one (see estimate): time-dependent code can still take a costlier path
// than the one estimated, e.g. a lease whose term ends between the two.
// Unused gas is refunded, so headroom costs nothing but block space.
const DefaultGasHeadroom = 150_000

// WithGasHeadroom sets the gas added to every estimate (default DefaultGasHeadroom).
func WithGasHeadroom(gas uint64) TransactorOption {
	return func(t *Transactor) { t.gasHeadroom = gas }
}

// WithLogger logs sent transactions at debug level to l (default
// slog.Default() with component=transactor); every record carries the
// sending address.
func WithLogger(l *slog.Logger) TransactorOption {
	return func(t *Transactor) {
		if l != nil {
			t.log = l
		}
	}
}

// Transactor signs and sends transactions from one key and waits for them.
//
// It is safe for concurrent use: nonces are assigned under a lock held only
// while a transaction is signed and handed to the node, so concurrent
// callers get consecutive nonces and the node receives them in order. The
// lock is never held while estimating gas or waiting for a receipt. One
// key must have one Transactor (in one process): two would hand out the
// same nonces.
type Transactor struct {
	client         Client
	chainID        *big.Int
	key            *ecdsa.PrivateKey
	addr           common.Address
	signer         types.Signer
	decoder        *ErrorDecoder
	receiptTimeout time.Duration
	pollInterval   time.Duration
	gasMarginPct   uint64
	gasHeadroom    uint64
	log            *slog.Logger

	mu         sync.Mutex // guards nonce and nonceKnown; held across sign + send
	nonce      uint64     // next nonce to use, valid when nonceKnown
	nonceKnown bool       // false until read from the node, and after a send failed oddly
}

// NewTransactor returns a transactor sending from key's account on the
// chain chainID through client. It does no I/O: the first Send reads the
// account's pending nonce.
func NewTransactor(client Client, chainID *big.Int, key *ecdsa.PrivateKey, opts ...TransactorOption) *Transactor {
	t := &Transactor{
		client:         client,
		chainID:        new(big.Int).Set(chainID),
		key:            key,
		addr:           crypto.PubkeyToAddress(key.PublicKey),
		signer:         types.LatestSignerForChainID(chainID),
		receiptTimeout: DefaultReceiptTimeout,
		pollInterval:   DefaultPollInterval,
		gasMarginPct:   DefaultGasMarginPct,
		gasHeadroom:    DefaultGasHeadroom,
	}
	for _, o := range opts {
		o(t)
	}
	if t.log == nil {
		t.log = slog.Default().With("component", "transactor")
	}
	t.log = t.log.With("from", t.addr)
	return t
}

// Address returns the account the transactor sends from.
func (t *Transactor) Address() common.Address { return t.addr }

// ResyncNonce makes the next Send read the account's pending nonce from the
// node instead of counting on. Call it when transactions sent may have been
// dropped without a trace (Embedded.Rollback, a node restart that lost its
// pool); conflicts the node reports are resynced automatically.
func (t *Transactor) ResyncNonce() {
	t.mu.Lock()
	t.nonceKnown = false
	t.mu.Unlock()
}

// Decoder returns the transactor's error decoder (nil if none was given).
func (t *Transactor) Decoder() *ErrorDecoder { return t.decoder }

// rpcClient is implemented by *ethclient.Client; rpcConn by the embedded
// chain's client, whose embedded *ethclient.Client field shadows Client().
type (
	rpcClient interface{ Client() *rpc.Client }
	rpcConn   interface{ RPCClient() *rpc.Client }
)

// estimate estimates gas as of the earliest time the transaction can be
// mined: max(now, head + 1 s). A plain eth_estimateGas runs at the head's
// timestamp, which on a chain sealing on demand can be minutes old, and
// time-dependent contracts (lease accrual) then take a cheaper path than
// the transaction will. Nodes without block overrides get the plain call.
func (t *Transactor) estimate(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	var conn *rpc.Client
	switch c := t.client.(type) {
	case rpcConn:
		conn = c.RPCClient()
	case rpcClient:
		conn = c.Client()
	default:
		return t.client.EstimateGas(ctx, msg)
	}
	head, err := t.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	when := max(uint64(time.Now().Unix()), head.Time+1)
	arg := map[string]any{"from": msg.From, "to": msg.To, "input": hexutil.Bytes(msg.Data), "value": (*hexutil.Big)(msg.Value)}
	var gas hexutil.Uint64
	err = conn.CallContext(ctx, &gas, "eth_estimateGas", arg, "latest", nil, map[string]any{"time": hexutil.Uint64(when)})
	if err != nil {
		if _, reverted := t.decoder.FromError(err); reverted {
			return 0, err
		}
		return t.client.EstimateGas(ctx, msg) // e.g. a node that refuses block overrides
	}
	return uint64(gas), nil
}

// Send estimates, signs and submits a transaction calling to with data and
// value (nil means zero); a nil to creates a contract with data as init
// code. It returns once the node has accepted the transaction, not when it
// is mined (see Wait).
//
// If the estimation reverts, Send sends nothing, spends no nonce and
// returns the decoded *RevertError (errors.Is(err, ErrReverted)). Gas is
// estimated on the latest block's state at the earliest time the
// transaction can be mined: a transaction depending on another one not yet
// mined (approve, then deposit) must wait for the first.
func (t *Transactor) Send(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	dest := destination(to)
	if value == nil {
		value = new(big.Int)
	}
	j := journalFrom(ctx)
	if j != nil {
		if tx := j.Replay(t.addr, to, data, value); tx != nil {
			err := t.Resubmit(ctx, tx)
			if err == nil {
				t.log.Debug("replayed recorded tx", "hash", tx.Hash(), "nonce", tx.Nonce(), "to", dest)
				return tx, nil
			}
			if !errors.Is(err, ErrTxDropped) {
				return nil, fmt.Errorf("send tx to %s: %w", dest, err)
			}
			// The recorded transaction can never be mined (its nonce went
			// to another one): this call was never made; make it now.
		}
	}
	msg := ethereum.CallMsg{From: t.addr, To: to, Value: value, Data: data}
	gas, err := t.estimate(ctx, msg)
	if err != nil {
		if re, ok := t.decoder.FromError(err); ok {
			return nil, fmt.Errorf("send tx to %s: %w", dest, re)
		}
		return nil, fmt.Errorf("estimate gas for tx to %s: %w", dest, err)
	}
	head, err := t.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("send tx to %s: read head: %w", dest, err)
	}
	margin := t.gasMarginPct
	if pct, ok := ctx.Value(gasMarginKey{}).(uint64); ok {
		margin = pct
	}
	gas += gas*margin/100 + t.gasHeadroom
	if head.GasLimit > 0 && gas > head.GasLimit {
		gas = head.GasLimit
	}
	build, err := t.feeTemplate(ctx, head, to, data, value, gas)
	if err != nil {
		return nil, fmt.Errorf("send tx to %s: %w", dest, err)
	}

	t.mu.Lock()
	defer t.mu.Unlock()
	tx, err := t.signAndSend(ctx, j, build)
	if err != nil && isNonceConflict(err) {
		// Someone else used our nonce (a second transactor, a wallet) or
		// the node dropped what we counted on: read it again, retry once.
		t.log.Warn("nonce conflict; resyncing", "nonce", t.nonce, "err", err)
		t.nonceKnown = false
		tx, err = t.signAndSend(ctx, j, build)
	}
	if err != nil {
		return nil, fmt.Errorf("send tx to %s: %w", dest, err)
	}
	if j != nil {
		j.Sent(tx)
	}
	t.log.Debug("sent tx", "hash", tx.Hash(), "nonce", tx.Nonce(), "to", dest, "gas", gas)
	return tx, nil
}

// Resubmit makes sure a transaction signed earlier (by any process, for
// this or another key) reaches the node: a mined or pooled one is left as
// it is, a lost one is submitted again with the same signed bytes, so it
// can never be mined twice. It returns ErrTxDropped when the transaction
// can never be mined because its nonce was taken by another transaction.
func (t *Transactor) Resubmit(ctx context.Context, tx *types.Transaction) error {
	if _, err := t.client.TransactionReceipt(ctx, tx.Hash()); err == nil {
		return nil
	}
	err := t.client.SendTransaction(ctx, tx)
	switch {
	case err == nil:
		// Our cached nonce may predate it: count from the node again.
		t.ResyncNonce()
		return nil
	case isAlreadyKnown(err):
		return nil
	case isNonceConflict(err):
		// Mined between the two calls, or replaced by another transaction.
		if _, rerr := t.client.TransactionReceipt(ctx, tx.Hash()); rerr == nil {
			return nil
		}
		return fmt.Errorf("tx %s (nonce %d): %w", tx.Hash(), tx.Nonce(), ErrTxDropped)
	}
	return fmt.Errorf("resubmit tx %s: %w", tx.Hash(), err)
}

// feeTemplate returns a function building the unsigned transaction for a
// nonce: EIP-1559 with the node's suggested tip and a fee cap of tip + 2 ×
// base fee (room for six full blocks of base fee increases), or a legacy
// transaction on a chain without base fee.
func (t *Transactor) feeTemplate(ctx context.Context, head *types.Header, to *common.Address, data []byte, value *big.Int, gas uint64) (func(nonce uint64) *types.Transaction, error) {
	if head.BaseFee == nil {
		price, err := t.client.SuggestGasPrice(ctx)
		if err != nil {
			return nil, fmt.Errorf("suggest gas price: %w", err)
		}
		return func(nonce uint64) *types.Transaction {
			return types.NewTx(&types.LegacyTx{Nonce: nonce, To: to, Value: value, Gas: gas, GasPrice: price, Data: data})
		}, nil
	}
	tip, err := t.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	return func(nonce uint64) *types.Transaction {
		return types.NewTx(&types.DynamicFeeTx{
			ChainID: t.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: to, Value: value, Data: data,
		})
	}, nil
}

// signAndSend signs build(next nonce), records it in j (when not nil) and
// submits it. t.mu must be held.
func (t *Transactor) signAndSend(ctx context.Context, j Journal, build func(uint64) *types.Transaction) (*types.Transaction, error) {
	if !t.nonceKnown {
		n, err := t.client.PendingNonceAt(ctx, t.addr)
		if err != nil {
			return nil, fmt.Errorf("read pending nonce: %w", err)
		}
		t.nonce, t.nonceKnown = n, true
	}
	tx, err := types.SignTx(build(t.nonce), t.signer, t.key)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if j != nil {
		// Durable before it can be mined: a crash from here on leaves a
		// record that a retry finishes instead of sending again.
		if err := j.Record(ctx, tx); err != nil {
			return nil, fmt.Errorf("record tx before sending: %w", err)
		}
	}
	if err := t.client.SendTransaction(ctx, tx); err != nil {
		if isAlreadyKnown(err) {
			// This very transaction (same hash) is in the pool: an earlier
			// attempt went through although it reported an error.
			t.nonce++
			return tx, nil
		}
		if !isNonceConflict(err) {
			// We cannot tell whether the node took the transaction (a
			// timeout after it arrived, say): trust the node next time.
			t.nonceKnown = false
		}
		return nil, err
	}
	t.nonce++
	return tx, nil
}

// isNonceConflict reports a node's refusal because of the nonce: geth's
// txpool and core errors, matched by text because JSON-RPC carries only the
// message.
func isNonceConflict(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "nonce too low") ||
		strings.Contains(msg, "nonce too high") ||
		strings.Contains(msg, "replacement transaction underpriced")
}

// isAlreadyKnown reports the pool already holding this exact transaction.
func isAlreadyKnown(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "already known") || strings.Contains(msg, "known transaction")
}

// Wait waits until tx is mined and returns its receipt. It gives up when
// ctx ends or after the receipt timeout (ErrReceiptTimeout; the transaction
// may still be mined later). For a failed transaction (status 0) it returns
// the receipt and a *RevertError obtained by replaying the call on the
// state before its block.
func (t *Transactor) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	wctx, cancel := context.WithTimeoutCause(ctx, t.receiptTimeout, ErrReceiptTimeout)
	defer cancel()
	var (
		ticker  *time.Ticker
		lastErr error
	)
	for {
		r, err := t.client.TransactionReceipt(wctx, tx.Hash())
		if err == nil {
			if r.Status == types.ReceiptStatusFailed {
				return r, fmt.Errorf("tx %s: %w", tx.Hash(), t.replay(ctx, tx, r))
			}
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) && wctx.Err() == nil {
			// A flaky node should not fail a wait that has time left.
			lastErr = err
			t.log.Debug("receipt not available", "hash", tx.Hash(), "err", err)
		}
		if ticker == nil {
			ticker = time.NewTicker(t.pollInterval)
			defer ticker.Stop()
		}
		select {
		case <-wctx.Done():
			if ctx.Err() == nil && errors.Is(context.Cause(wctx), ErrReceiptTimeout) {
				if lastErr != nil {
					return nil, fmt.Errorf("wait for tx %s: %w after %s (last error: %v)", tx.Hash(), ErrReceiptTimeout, t.receiptTimeout, lastErr)
				}
				return nil, fmt.Errorf("wait for tx %s: %w after %s", tx.Hash(), ErrReceiptTimeout, t.receiptTimeout)
			}
			return nil, fmt.Errorf("wait for tx %s: %w", tx.Hash(), ctx.Err())
		case <-ticker.C:
		}
	}
}

// replay re-runs a failed transaction as a call to recover its revert
// reason, which receipts do not carry. It tries the state before the
// transaction's block, then after it (the transactions before ours in the
// block may be what made it fail); the result is a best effort and says so
// in RevertError.Note when the replay does not revert.
func (t *Transactor) replay(ctx context.Context, tx *types.Transaction, r *types.Receipt) *RevertError {
	from, err := types.Sender(types.LatestSignerForChainID(t.chainID), tx)
	if err != nil {
		from = t.addr
	}
	// No fee fields: with them, eth_call checks the fee against the base
	// fee of the block it runs on, which is not the one the tx paid.
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	var blocks []*big.Int
	if r.BlockNumber != nil && r.BlockNumber.Sign() > 0 {
		blocks = append(blocks, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	}
	blocks = append(blocks, r.BlockNumber)
	var replayErr error
	for _, b := range blocks {
		_, err := t.client.CallContract(ctx, msg, b)
		if err == nil {
			continue
		}
		if re, ok := t.decoder.FromError(err); ok {
			re.TxHash = tx.Hash()
			return re
		}
		replayErr = err
	}
	note := "status 0; replaying the call did not revert"
	if r.GasUsed >= tx.Gas() {
		note = fmt.Sprintf("status 0 after using all %d gas: out of gas", tx.Gas())
	} else if replayErr != nil {
		note = fmt.Sprintf("status 0; replay failed: %v", replayErr)
	}
	return &RevertError{TxHash: tx.Hash(), Note: note}
}

// SendAndWait sends a transaction and waits for its receipt: Send, then
// Wait. A revert found by the estimation sends nothing; one found after
// mining returns the receipt with the error.
func (t *Transactor) SendAndWait(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	tx, err := t.Send(ctx, to, data, value)
	if err != nil {
		return nil, err
	}
	return t.Wait(ctx, tx)
}

// Deploy creates a contract from its creation bytecode followed by its
// ABI-encoded constructor arguments (nil if none) and waits for it to be
// mined.
func (t *Transactor) Deploy(ctx context.Context, bytecode, constructorArgs []byte) (common.Address, *types.Receipt, error) {
	input := make([]byte, 0, len(bytecode)+len(constructorArgs))
	input = append(append(input, bytecode...), constructorArgs...)
	r, err := t.SendAndWait(ctx, nil, input, nil)
	if err != nil {
		return common.Address{}, r, fmt.Errorf("deploy: %w", err)
	}
	return r.ContractAddress, r, nil
}

// Call runs a read-only call from the transactor's account at block (nil
// means latest) and returns its output; a revert comes back as a decoded
// *RevertError.
func (t *Transactor) Call(ctx context.Context, to common.Address, data []byte, block *big.Int) ([]byte, error) {
	out, err := t.client.CallContract(ctx, ethereum.CallMsg{From: t.addr, To: &to, Data: data}, block)
	if err != nil {
		if re, ok := t.decoder.FromError(err); ok {
			return nil, fmt.Errorf("call %s: %w", to, re)
		}
		return nil, fmt.Errorf("call %s: %w", to, err)
	}
	return out, nil
}

// destination names a transaction's recipient in errors and logs.
func destination(to *common.Address) string {
	if to == nil {
		return "contract creation"
	}
	return to.Hex()
}

// SignHash signs a 32-byte digest (an EIP-712 hash the caller built) with
// the transactor's key and returns [R || S || V] with V 27 or 28, the form
// ecrecover and EIP-3009 tokens take. It does no I/O and is safe for
// concurrent use.
func (t *Transactor) SignHash(digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], t.key)
	if err != nil {
		return nil, fmt.Errorf("sign digest: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// NextBlockTime is the earliest time a transaction sent now can be mined
// at: a second after the head (block times strictly increase), or the
// wall clock when it is later (a chain that seals only when transactions
// arrive keeps an old head while time passes; the next block takes the
// clock's time).
func NextBlockTime(head *types.Header) time.Time {
	t := time.Unix(int64(head.Time)+1, 0)
	if now := time.Now().Truncate(time.Second); now.After(t) {
		return now
	}
	return t
}
