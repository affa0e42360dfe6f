package service

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
)

// crashAfterRecord is a journal that records like the service's and then
// fails, as a process killed between recording a transaction and sending
// it would: the transactor sends nothing and spends no nonce.
type crashAfterRecord struct{ *storeJournal }

var errCrashed = errors.New("crashed after recording")

func (j crashAfterRecord) Record(ctx context.Context, tx *types.Transaction) error {
	if err := j.storeJournal.Record(ctx, tx); err != nil {
		return err
	}
	return errCrashed
}

// TestEnsureAssetURITemplate: the template given at first start is
// deployed; a different one is set by one admin transaction, and asking
// again sends nothing; a transaction recorded by a start that died before
// sending it is the one a later start sends, not a second one.
func TestEnsureAssetURITemplate(t *testing.T) {
	ctx := context.Background()
	const first = "http://127.0.0.1:8080/v1/assets/{id}/metadata"
	s, err := Open(ctx, Config{DataDir: t.TempDir(), Sealing: chain.SealInstant, AssetURITemplate: first})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	nonce := func() uint64 {
		t.Helper()
		n, err := s.Chain.Client().PendingNonceAt(ctx, s.Admin.Address())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	template := func() string {
		t.Helper()
		got, err := s.Assets.URITemplate(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := template(); got != first {
		t.Fatalf("deployed template %q, want %q", got, first)
	}

	n := nonce()
	if changed, err := s.EnsureAssetURITemplate(ctx, first); err != nil || changed {
		t.Fatalf("ensure the template in force: %v, %v; want no change", changed, err)
	}
	const second = "https://gpu.example/ledger/v1/assets/{id}/metadata"
	if changed, err := s.EnsureAssetURITemplate(ctx, second); err != nil || !changed {
		t.Fatalf("ensure a new template: %v, %v", changed, err)
	}
	if got := template(); got != second || nonce() != n+1 {
		t.Fatalf("template %q after %d transactions; want %q after 1", got, nonce()-n, second)
	}
	if changed, err := s.EnsureAssetURITemplate(ctx, second); err != nil || changed || nonce() != n+1 {
		t.Fatalf("ensure again: %v, %v, %d transactions; want nothing sent", changed, err, nonce()-n)
	}
	if _, err := s.EnsureAssetURITemplate(ctx, "not a URL {id}"); !errors.Is(err, contracts.ErrInvalidInput) || nonce() != n+1 {
		t.Fatalf("a bad template: %v; want ErrInvalidInput and nothing sent", err)
	}

	// A start dies after recording its transaction, before sending it.
	const third = "https://gpu.example/v1/assets/{id}/metadata"
	key := "setURITemplate " + third
	in, _, err := s.Accounts.BeginIntent(serviceIntentScope, key, accounts.Intent{Route: "test", Created: time.Now()}, uriIntentTTL)
	if err != nil {
		t.Fatal(err)
	}
	j, err := newStoreJournal(s.Accounts, serviceIntentScope, key, in)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Assets.SetURITemplate(chain.WithJournal(ctx, crashAfterRecord{j}), s.Admin, third); !errors.Is(err, errCrashed) {
		t.Fatalf("the dying start: %v", err)
	}
	if len(j.txs) != 1 || nonce() != n+1 || template() != second {
		t.Fatalf("%d recorded, %d sent, template %q: want 1 recorded, none sent", len(j.txs), nonce()-n-1, template())
	}
	recorded := j.txs[0].Hash()

	// The next start sends that very transaction.
	if changed, err := s.EnsureAssetURITemplate(ctx, third); err != nil || !changed {
		t.Fatalf("ensure after the crash: %v, %v", changed, err)
	}
	if got := template(); got != third || nonce() != n+2 {
		t.Fatalf("template %q after %d more transactions; want %q after 1", got, nonce()-n-1, third)
	}
	rcpt, err := s.Chain.Client().TransactionReceipt(ctx, recorded)
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the recorded transaction %s was not the one mined: %v", recorded, err)
	}
	if pending, err := s.Accounts.PendingIntents(); err != nil || len(pending) != 0 {
		t.Fatalf("pending intents after the change: %v, %v", pending, err)
	}
}
