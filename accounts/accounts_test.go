package accounts

import (
	"errors"
	"testing"

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

func TestIdempotentResponses(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, found, _ := s.LoadResponse("a", "k"); found {
		t.Fatal("found before save")
	}
	want := Response{Status: 201, Body: []byte(`{"id":"1"}`), ContentType: "application/json"}
	if err := s.SaveResponse("a", "k", want); err != nil {
		t.Fatal(err)
	}
	got, found, err := s.LoadResponse("a", "k")
	if err != nil || !found || got.Status != 201 || string(got.Body) != `{"id":"1"}` {
		t.Fatalf("load: %+v %v %v", got, found, err)
	}
	if _, found, _ := s.LoadResponse("b", "k"); found {
		t.Fatal("keys leak across callers")
	}
}
