package api

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/chain"
)

// DefaultIdempotencyTTL is how long an Idempotency-Key's outcome is kept.
const DefaultIdempotencyTTL = 24 * time.Hour

// idempotency makes a POST with an Idempotency-Key take effect once per
// caller and key, whatever happens to the process (DESIGN.md, money-safety
// rules):
//
//  1. Before the handler runs, a pending intent (request hash, route) is
//     committed. The handler's sends go through the intent (chain.Journal):
//     each signed transaction is committed to it before the node sees it.
//  2. When the handler answers below 500, the answer is committed as the
//     intent's outcome and replayed to every retry (Idempotency-Replayed:
//     true). The same key with another request is a conflict (409).
//  3. A retry that finds the intent pending (the process died between
//     "sent" and "answered", or the receipt wait timed out) runs the handler
//     in recovery: the recorded transactions are finished (looked up,
//     waited for, or resubmitted with the same signed bytes) and the answer
//     is built from their receipts; no second transaction is signed for a
//     recorded call (see Server.write).
//
// A 5xx that sent nothing drops the intent, so the client may retry it as
// new. Keys expire after ttl; prune deletes expired ones.
type idempotency struct {
	store *accounts.Store
	ttl   time.Duration
	crash string // test hook: kill the process at this point (see Options.CrashAt)
	log   *slog.Logger

	mu    sync.Mutex          // guards locks
	locks map[string]*keyLock // keys in flight; removed when the last user leaves
}

// keyLock serialises the requests of one key; refs counts its holders and
// waiters so the map only holds keys in flight.
type keyLock struct {
	sync.Mutex
	refs int
}

func (m *idempotency) lock(key string) func() {
	m.mu.Lock()
	l, ok := m.locks[key]
	if !ok {
		l = &keyLock{}
		m.locks[key] = l
	}
	l.refs++
	m.mu.Unlock()
	l.Lock()
	return func() {
		l.Unlock()
		m.mu.Lock()
		if l.refs--; l.refs == 0 {
			delete(m.locks, key)
		}
		m.mu.Unlock()
	}
}

// inFlight returns how many keys are locked or waited for (tests).
func (m *idempotency) inFlight() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.locks)
}

// prune deletes the records older than the ttl.
func (m *idempotency) prune(now time.Time) (int, error) {
	return m.store.PruneIntents(now.Add(-m.ttl))
}

// pruneEvery prunes now and then every interval until ctx ends.
func (m *idempotency) pruneEvery(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if n, err := m.prune(time.Now()); err != nil {
			m.log.Warn("prune idempotency records", "err", err)
		} else if n > 0 {
			m.log.Info("pruned expired idempotency records", "records", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// resubmitPending hands the node again the recorded transactions of every
// request left unanswered by an earlier process: one lost with the node's
// pool (a crash of the embedded chain) would otherwise leave a nonce gap
// or see its nonce given to another transaction. A retry still finishes
// each request; this only makes its transactions reach the chain sooner.
func (m *idempotency) resubmitPending(ctx context.Context, svc transactors) {
	pending, err := m.store.PendingIntents()
	if err != nil {
		m.log.Warn("read pending idempotency records", "err", err)
		return
	}
	for k, in := range pending {
		j, err := newIntentJournal(m, "", k, in)
		if err != nil {
			m.log.Warn("pending idempotency record", "err", err)
			continue
		}
		for _, tx := range j.txs {
			from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
			if err != nil {
				continue
			}
			t, err := svc.Transactor(from)
			if err == nil {
				err = t.Resubmit(ctx, tx)
			}
			m.log.Info("resubmitted a transaction of an unanswered request", "route", in.Route, "tx", tx.Hash(), "err", err)
		}
	}
}

// transactors gives the transactor of an account (the service).
type transactors interface {
	Transactor(addr common.Address) (*chain.Transactor, error)
}

func (m *idempotency) middleware(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		key := c.Request().Header.Get("Idempotency-Key")
		if !isWrite(c.Request().Method) || key == "" {
			return next(c)
		}
		if len(key) > MaxIdempotencyKeyLen {
			return validation(fmt.Sprintf("Idempotency-Key must be at most %d characters", MaxIdempotencyKeyLen))
		}
		body, err := io.ReadAll(io.LimitReader(c.Request().Body, maxBody+1))
		if err != nil {
			return validation("cannot read the request body: " + err.Error())
		}
		c.Request().Body = io.NopCloser(bytes.NewReader(body))
		scope := "public"
		if p, ok := principal(c); ok {
			scope = p.Address.Hex()
		}
		route := c.Request().Method + " " + c.Request().URL.Path
		reqHash := sha256.Sum256(append([]byte(route+"\n"), body...))
		unlock := m.lock(scope + "\x00" + key)
		defer unlock()

		in, found, err := m.store.BeginIntent(scope, key, accounts.Intent{
			RequestHash: reqHash, Route: route, Created: time.Now().UTC(),
		}, m.ttl)
		if err != nil {
			return err
		}
		if found && in.RequestHash != reqHash {
			return newProblem(http.StatusConflict, ProblemConflict, "Idempotency key reused",
				fmt.Sprintf("Idempotency-Key %q was used with a different request", shorten(key)))
		}
		if in.Done {
			c.Response().Header().Set("Idempotency-Replayed", "true")
			body := bytes.Replace(in.Body, []byte(redactedAPIKey), []byte(m.store.DeriveAPIKey(scope, key)), 1)
			body = bytes.Replace(body, []byte(redactedSecret), []byte(m.store.DeriveWebhookSecret(scope, key)), 1)
			return c.Blob(in.Status, in.ContentType, body)
		}
		j, err := newIntentJournal(m, scope, key, in)
		if err != nil {
			return err
		}
		j.retry = found
		c.Set(journalKey, j)

		// Hold the answer back until it is stored: a crash in between makes
		// the client retry, and the retry finishes what the intent recorded.
		real := c.Response().Writer
		rec := &recorder{header: real.Header(), status: http.StatusOK}
		c.Response().Writer = rec
		if err := next(c); err != nil {
			c.Error(err) // render the problem now so it is stored like any answer
		}
		c.Response().Writer = real
		switch {
		case rec.status < 500:
			err = m.store.UpdateIntent(scope, key, func(in *accounts.Intent) {
				in.Done, in.Status, in.ContentType = true, rec.status, rec.header.Get(echo.HeaderContentType)
				in.Body = redactSecrets(rec.body.Bytes())
			})
		case len(j.txs) == 0 && j.account == nil:
			// Nothing was sent: the client may retry this as a new request.
			err = m.store.DropIntent(scope, key)
		default:
			// Sent but not answered (a receipt timeout, say): the retry
			// finishes the recorded transactions and answers their outcome.
		}
		if err != nil {
			return err
		}
		if found {
			c.Response().Header().Set("Idempotency-Recovered", "true")
		}
		real.WriteHeader(rec.status)
		_, err = real.Write(rec.body.Bytes())
		return err
	}
}

// redactSecrets removes the secrets an answer may carry before it is
// stored: the api_key of a created account and the signing secret of a
// registered webhook. A replay derives each again (accounts.DeriveAPIKey,
// accounts.DeriveWebhookSecret), so no record ever holds one.
func redactSecrets(body []byte) []byte {
	body = redactField(body, `"api_key":"`, redactedAPIKey)
	return redactField(body, `"secret":"`, redactedSecret)
}

// redactField replaces the first string value of field with placeholder.
func redactField(body []byte, field, placeholder string) []byte {
	i := bytes.Index(body, []byte(field))
	if i < 0 {
		return body
	}
	j := bytes.IndexByte(body[i+len(field):], '"')
	if j < 0 {
		return body
	}
	out := append([]byte{}, body[:i+len(field)]...)
	out = append(out, placeholder...)
	return append(out, body[i+len(field)+j:]...)
}

// The placeholders of the secrets in a stored answer.
const (
	redactedAPIKey = "<redacted>"
	redactedSecret = "<redacted-secret>"
)

// intentJournal is the chain.Journal of one idempotent request: it commits
// each signed transaction to the request's intent before it is sent, and
// in recovery hands back the transactions recorded by an earlier attempt.
type intentJournal struct {
	m          *idempotency
	scope, key string
	account    *common.Address // the account a POST /v1/accounts is creating
	retry      bool            // an earlier attempt left the intent pending
	txs        []*types.Transaction
	replayed   []bool
}

func newIntentJournal(m *idempotency, scope, key string, in accounts.Intent) (*intentJournal, error) {
	j := &intentJournal{m: m, scope: scope, key: key, account: in.Account}
	for i, raw := range in.Txs {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("idempotency record %q: transaction %d: %w", shorten(key), i, err)
		}
		j.txs = append(j.txs, tx)
	}
	j.replayed = make([]bool, len(j.txs))
	return j, nil
}

// Record implements chain.Journal.
func (j *intentJournal) Record(_ context.Context, tx *types.Transaction) error {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	if err := j.m.store.UpdateIntent(j.scope, j.key, func(in *accounts.Intent) {
		in.Txs = append(in.Txs, hexutil.Bytes(raw))
	}); err != nil {
		return err
	}
	j.txs = append(j.txs, tx)
	j.replayed = append(j.replayed, true) // sent by this attempt: never handed out again
	return nil
}

// Replay implements chain.Journal.
func (j *intentJournal) Replay(from common.Address, to *common.Address, data []byte, value *big.Int) *types.Transaction {
	for i, tx := range j.txs {
		if !j.replayed[i] && chain.SameCall(tx, types.LatestSignerForChainID(tx.ChainId()), from, to, data, value) {
			j.replayed[i] = true
			return tx
		}
	}
	return nil
}

// Sent implements chain.Journal.
func (j *intentJournal) Sent(*types.Transaction) { j.crashAt("sent") }

// crashAt is the test crash point of a first attempt (a retry finishes).
func (j *intentJournal) crashAt(point string) {
	if !j.retry {
		j.m.crashAt(point)
	}
}

// last returns the newest recorded transaction, or nil.
func (j *intentJournal) last() *types.Transaction {
	if len(j.txs) == 0 {
		return nil
	}
	return j.txs[len(j.txs)-1]
}

// setAccount records the account a POST /v1/accounts creates.
func (j *intentJournal) setAccount(addr common.Address) error {
	if err := j.m.store.UpdateIntent(j.scope, j.key, func(in *accounts.Intent) { in.Account = &addr }); err != nil {
		return err
	}
	j.account = &addr
	return nil
}

// crashAt kills the process with SIGKILL when point is the configured
// crash point: a test's kill -9 at an exact instant (Options.CrashAt).
func (m *idempotency) crashAt(point string) {
	if m.crash != "" && m.crash == point {
		m.log.Warn("test crash point reached: killing the process", "point", point)
		_ = syscall.Kill(syscall.Getpid(), syscall.SIGKILL)
		select {} // never returns
	}
}

const journalKey = "intent-journal"

// journal returns the request's intent journal, or nil when the request
// has no Idempotency-Key.
func journal(c echo.Context) *intentJournal {
	j, _ := c.Get(journalKey).(*intentJournal)
	return j
}

// truncate shortens a client's string for an error message.
func shorten(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	return s[:max] + "…"
}

// recorder buffers what a handler writes.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) WriteHeader(status int)      { r.status = status }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }
