package accounts

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestCreateAuthenticateReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	p, apiKey, err := s.Create(RoleRenter, "acme")
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Authenticate(apiKey)
	if err != nil || got.Address != p.Address || got.Role != RoleRenter {
		t.Fatalf("authenticate: %+v %v", got, err)
	}
	if _, err := s.Authenticate(apiKey + "x"); !errors.Is(err, ErrUnauthorized) {
		t.Errorf("wrong key: %v", err)
	}
	if _, err := s.Authenticate(""); !errors.Is(err, ErrUnauthorized) {
		t.Errorf("empty key: %v", err)
	}
	if _, _, err := s.Create("pilot", "x"); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad role: %v", err)
	}
	if _, _, err := s.Create(RoleRenter, " "); !errors.Is(err, ErrInvalid) {
		t.Errorf("blank name: %v", err)
	}
	s.Close()

	// After a restart the key decrypts from the keystore and the API key still works.
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	key, err := s.Key(p.Address)
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(key.PublicKey) != p.Address {
		t.Fatal("key does not match address")
	}
	if _, err := s.Authenticate(apiKey); err != nil {
		t.Fatalf("after reopen: %v", err)
	}
}

func TestIntentLifecycle(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	fresh := Intent{RequestHash: [32]byte{1}, Route: "POST /v1/leases", Created: now}
	if _, found, err := s.BeginIntent("a", "k", fresh, time.Hour); err != nil || found {
		t.Fatalf("first begin: found=%v err=%v", found, err)
	}
	if err := s.UpdateIntent("a", "k", func(in *Intent) { in.Txs = append(in.Txs, []byte{0xf8}) }); err != nil {
		t.Fatal(err)
	}
	if pending, err := s.PendingIntents(); err != nil || len(pending) != 1 {
		t.Fatalf("pending = %d, %v; want the one intent with a tx", len(pending), err)
	}
	if err := s.UpdateIntent("a", "k", func(in *Intent) {
		in.Done, in.Status, in.Body = true, 201, []byte(`{"id":"1"}`)
	}); err != nil {
		t.Fatal(err)
	}
	got, found, err := s.BeginIntent("a", "k", Intent{Created: now.Add(time.Minute)}, time.Hour)
	if err != nil || !found || !got.Done || got.Status != 201 || string(got.Body) != `{"id":"1"}` || len(got.Txs) != 1 {
		t.Fatalf("replay: %+v found=%v err=%v", got, found, err)
	}
	if _, found, _ := s.BeginIntent("b", "k", Intent{Created: now}, time.Hour); found {
		t.Fatal("keys leak across callers")
	}
	if _, found, _ := s.BeginIntent("a", "k", Intent{Created: now.Add(2 * time.Hour)}, time.Hour); found {
		t.Fatal("an expired intent was replayed")
	}
	if err := s.UpdateIntent("a", "missing", func(*Intent) {}); !errors.Is(err, ErrNoIntent) {
		t.Fatalf("update of a missing intent: %v", err)
	}
	if n, err := s.PruneIntents(now.Add(time.Hour + time.Second)); err != nil || n != 1 {
		t.Fatalf("prune removed %d (%v), want only the stale one of b", n, err)
	}
}
