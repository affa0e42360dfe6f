package service

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
)

// serviceIntentScope is the scope of the service's own journaled writes
// among the accounts store's intents (an API caller's scope is its address,
// so the two never meet).
const serviceIntentScope = "service"

// uriIntentTTL is how long the intent of a template change is kept; the
// API server prunes intents older than its own TTL (24 h by default).
const uriIntentTTL = 24 * time.Hour

// EnsureAssetURITemplate makes template the GPUAsset's ERC-1155 metadata URI
// template, as `serve` does when its public URL is not the one on chain. It
// reads the template in force and returns false, sending nothing, when it is
// already template. Otherwise the admin calls setURITemplate, journaled like
// an idempotent API write: the signed transaction is committed to the
// accounts store before the node sees it, so a start after a crash finishes
// that transaction instead of signing another (chain.Journal). It returns
// true once the change is mined.
//
// The admin must hold the GPUAsset's DEFAULT_ADMIN_ROLE (the deployer does);
// otherwise the contract refuses at gas estimation and nothing is sent.
// Safe to call concurrently with other writes of the admin (its transactor
// serialises nonces); two concurrent calls for one template may both send.
func (s *Service) EnsureAssetURITemplate(ctx context.Context, template string) (bool, error) {
	if err := contracts.CheckURITemplate(template); err != nil {
		return false, err
	}
	current, err := s.Assets.URITemplate(ctx)
	if err != nil {
		return false, err
	}
	if current == template {
		return false, nil
	}
	key := "setURITemplate " + template
	fresh := accounts.Intent{Route: "serve --public-url (setURITemplate)", Created: time.Now().UTC()}
	in, found, err := s.Accounts.BeginIntent(serviceIntentScope, key, fresh, uriIntentTTL)
	if err != nil {
		return false, err
	}
	if found && in.Done {
		// Set before, and moved away since (another URL in between): a new change.
		if err := s.Accounts.DropIntent(serviceIntentScope, key); err != nil {
			return false, err
		}
		if in, _, err = s.Accounts.BeginIntent(serviceIntentScope, key, fresh, uriIntentTTL); err != nil {
			return false, err
		}
	}
	j, err := newStoreJournal(s.Accounts, serviceIntentScope, key, in)
	if err != nil {
		return false, err
	}
	rcpt, err := s.Assets.SetURITemplate(chain.WithJournal(ctx, j), s.Admin, template)
	if err != nil {
		if !errors.Is(err, chain.ErrReceiptTimeout) {
			// Refused, reverted or lost: the next start tries afresh (a
			// second change to the same template is harmless).
			_ = s.Accounts.DropIntent(serviceIntentScope, key)
		}
		return false, err
	}
	if err := s.Accounts.UpdateIntent(serviceIntentScope, key, func(in *accounts.Intent) { in.Done = true }); err != nil {
		return true, err
	}
	s.log.Info("moved the assets' metadata URI template", "from", current, "to", template,
		"tx", rcpt.TxHash, "block", rcpt.BlockNumber)
	return true, nil
}

// storeJournal is the chain.Journal of one of the service's own writes,
// kept as an intent of the accounts store (the API's idempotency records).
// Used from one goroutine.
type storeJournal struct {
	store      *accounts.Store
	scope, key string
	txs        []*types.Transaction
	handed     []bool // txs[i] was handed out by Replay or sent by this attempt
}

func newStoreJournal(store *accounts.Store, scope, key string, in accounts.Intent) (*storeJournal, error) {
	j := &storeJournal{store: store, scope: scope, key: key}
	for i, raw := range in.Txs {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("journal %q: transaction %d: %w", key, i, err)
		}
		j.txs = append(j.txs, tx)
	}
	j.handed = make([]bool, len(j.txs))
	return j, nil
}

// Record implements chain.Journal: tx is committed before it is sent.
func (j *storeJournal) Record(_ context.Context, tx *types.Transaction) error {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	if err := j.store.UpdateIntent(j.scope, j.key, func(in *accounts.Intent) {
		in.Txs = append(in.Txs, hexutil.Bytes(raw))
	}); err != nil {
		return err
	}
	j.txs = append(j.txs, tx)
	j.handed = append(j.handed, true)
	return nil
}

// Replay implements chain.Journal: a transaction an earlier start recorded
// for the same call, not handed out yet.
func (j *storeJournal) Replay(from common.Address, to *common.Address, data []byte, value *big.Int) *types.Transaction {
	for i, tx := range j.txs {
		if !j.handed[i] && chain.SameCall(tx, types.LatestSignerForChainID(tx.ChainId()), from, to, data, value) {
			j.handed[i] = true
			return tx
		}
	}
	return nil
}

// Sent implements chain.Journal.
func (j *storeJournal) Sent(*types.Transaction) {}
