// Package accounts holds the service's principals: who may call the API,
// in which role, with which chain account. Each principal has an API key,
// stored only as its SHA-256 hash, and a custodial secp256k1 key kept in a
// go-ethereum keystore under the data dir (encrypted with a per-data-dir
// passphrase file), which the service signs with on its behalf.
//
// Principals are not on chain, so unlike the ledger mirror this store cannot
// be rebuilt from the chain: it lives in its own bbolt file and every change
// is committed before the API answers.
package accounts

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	bolt "go.etcd.io/bbolt"
)

// Role is what a principal may do.
type Role string

// Roles.
const (
	RoleAdmin    Role = "admin"
	RoleOperator Role = "operator"
	RoleRenter   Role = "renter"
	RoleHolder   Role = "holder"
	RoleOracle   Role = "oracle"
	// RoleOracleAdmin chooses who reports each asset's telemetry: it
	// registers and removes reporters and sets quorums and the report
	// window. Its custodial key holds the TelemetryOracle's
	// ORACLE_ADMIN_ROLE, granted when the account is created. It is never
	// an operator's: an operator must not choose the evidence of the SLA
	// credits it pays.
	RoleOracleAdmin Role = "oracle-admin"
)

// ParseRole checks a role name.
func ParseRole(s string) (Role, error) {
	switch r := Role(s); r {
	case RoleAdmin, RoleOperator, RoleRenter, RoleHolder, RoleOracle, RoleOracleAdmin:
		return r, nil
	}
	return "", fmt.Errorf("%w: role %q is not one of admin, operator, renter, holder, oracle, oracle-admin", ErrInvalid, s)
}

// Principal is one caller of the API.
type Principal struct {
	Address common.Address `json:"address"`
	Role    Role           `json:"role"`
	Name    string         `json:"name"`
	Created time.Time      `json:"created"`
}

// Errors; match with errors.Is.
var (
	// ErrUnauthorized is returned by Authenticate for a missing or unknown key.
	ErrUnauthorized = errors.New("unknown or missing API key")
	// ErrInvalid is returned for a bad role or name.
	ErrInvalid = errors.New("invalid account")
	// ErrNotFound is returned for an address with no principal or no key.
	ErrNotFound = errors.New("no such account")
)

var (
	bucketPrincipals = []byte("principals") // address -> Principal JSON
	bucketAPIKeys    = []byte("api_keys")   // sha256(api key) -> address
	bucketIdem       = []byte("idempotency")
)

// Store is the principals' store. It is safe for concurrent use.
type Store struct {
	db       *bolt.DB
	keystore string // directory of keystore files
	pass     string // passphrase of the custodial keys
	secret   []byte // derives the API keys of idempotent account creations

	mu   sync.Mutex                           // guards keys
	keys map[common.Address]*ecdsa.PrivateKey // decrypted keys, cached after first use
}

// Open opens (creating on first use) the store in dataDir: accounts.db,
// keystore/ and keystore.pass (0600). Close it when done; bbolt allows one
// process per file.
func Open(dataDir string) (*Store, error) {
	ksDir := filepath.Join(dataDir, "keystore")
	if err := os.MkdirAll(ksDir, 0o700); err != nil {
		return nil, fmt.Errorf("open accounts: %w", err)
	}
	pass, err := secretFile(filepath.Join(dataDir, "keystore.pass"))
	if err != nil {
		return nil, fmt.Errorf("open accounts: %w", err)
	}
	secret, err := secretFile(filepath.Join(dataDir, "apikey.secret"))
	if err != nil {
		return nil, fmt.Errorf("open accounts: %w", err)
	}
	db, err := bolt.Open(filepath.Join(dataDir, "accounts.db"), 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open accounts db: %w", err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketPrincipals, bucketAPIKeys, bucketIdem} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open accounts db: %w", err)
	}
	return &Store{db: db, keystore: ksDir, pass: pass, secret: []byte(secret), keys: map[common.Address]*ecdsa.PrivateKey{}}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Create makes a principal with a new custodial key and returns it with its
// API key, which is shown only now.
func (s *Store) Create(role Role, name string) (Principal, string, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return Principal{}, "", fmt.Errorf("create account: %w", err)
	}
	return s.Import(role, name, key)
}

// MaxNameLen is the longest principal name, in bytes.
const MaxNameLen = 64

// CheckPrincipal validates a role and a name (trimmed) for a new principal.
func CheckPrincipal(role Role, name string) (string, error) {
	if _, err := ParseRole(string(role)); err != nil {
		return "", err
	}
	name = strings.TrimSpace(name)
	if name == "" || len(name) > MaxNameLen {
		return "", fmt.Errorf("%w: name must be 1 to %d characters", ErrInvalid, MaxNameLen)
	}
	return name, nil
}

// NewKey makes and stores the custodial key of a principal to be: nothing
// can authenticate as it until Activate records the principal, so a crash
// in between (while its gas and role are granted on chain) leaves no
// half-made account behind, only a key file.
func (s *Store) NewKey() (common.Address, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("new custodial key: %w", err)
	}
	if err := s.storeKey(key); err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(key.PublicKey), nil
}

// Activate records the principal of a custodial key made by NewKey, with
// its API key, in one commit. Activating the same principal again with the
// same API key is a no-op, so a retried creation can finish.
func (s *Store) Activate(role Role, name string, addr common.Address, apiKey string) (Principal, error) {
	name, err := CheckPrincipal(role, name)
	if err != nil {
		return Principal{}, err
	}
	if _, err := s.Key(addr); err != nil {
		return Principal{}, err
	}
	if p, err := s.Authenticate(apiKey); err == nil && p.Address == addr {
		return p, nil
	}
	p := Principal{Address: addr, Role: role, Name: name, Created: time.Now().UTC()}
	return p, s.put(p, apiKey)
}

// DeriveAPIKey returns the API key of the account created by the
// idempotent request (scope, key): an HMAC of both under this store's
// secret, so that a retry can answer with the key the first attempt
// answered although no record holds it.
func (s *Store) DeriveAPIKey(scope, key string) string {
	return "gpl_" + s.derive("gpuledger api key", scope, key)
}

// DeriveWebhookSecret returns the signing secret of the webhook registered
// by the idempotent request (scope, key), derived as DeriveAPIKey is, so
// that no record stores it and a retry answers the same secret.
func (s *Store) DeriveWebhookSecret(scope, key string) string {
	return "whsec_" + s.derive("gpuledger webhook secret", scope, key)
}

func (s *Store) derive(purpose, scope, key string) string {
	mac := hmac.New(sha256.New, s.secret)
	mac.Write([]byte(purpose + "\x00" + scope + "\x00" + key))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// Import makes a principal for an existing key (the service's admin key).
func (s *Store) Import(role Role, name string, key *ecdsa.PrivateKey) (Principal, string, error) {
	name, err := CheckPrincipal(role, name)
	if err != nil {
		return Principal{}, "", err
	}
	apiKey, err := NewAPIKey()
	if err != nil {
		return Principal{}, "", err
	}
	p := Principal{Address: crypto.PubkeyToAddress(key.PublicKey), Role: role, Name: name, Created: time.Now().UTC()}
	// The key file first: a principal must never exist without its key.
	if err := s.storeKey(key); err != nil {
		return Principal{}, "", err
	}
	if err := s.put(p, apiKey); err != nil {
		return Principal{}, "", err
	}
	return p, apiKey, nil
}

// Register records a principal for an API key chosen elsewhere (the admin
// key from a file or the environment) and a key already in the keystore or
// imported now. Registering the same key again is a no-op.
func (s *Store) Register(role Role, name string, key *ecdsa.PrivateKey, apiKey string) (Principal, error) {
	if p, err := s.Authenticate(apiKey); err == nil {
		return p, nil
	}
	p := Principal{Address: crypto.PubkeyToAddress(key.PublicKey), Role: role, Name: name, Created: time.Now().UTC()}
	if err := s.storeKey(key); err != nil {
		return Principal{}, err
	}
	return p, s.put(p, apiKey)
}

func (s *Store) put(p Principal, apiKey string) error {
	v, err := json.Marshal(p)
	if err != nil {
		return err
	}
	h := hashKey(apiKey)
	return s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketPrincipals).Put(p.Address.Bytes(), v); err != nil {
			return err
		}
		return tx.Bucket(bucketAPIKeys).Put(h[:], p.Address.Bytes())
	})
}

// Authenticate returns the principal of an API key.
func (s *Store) Authenticate(apiKey string) (Principal, error) {
	if apiKey == "" {
		return Principal{}, ErrUnauthorized
	}
	h := hashKey(apiKey)
	var p Principal
	err := s.db.View(func(tx *bolt.Tx) error {
		addr := tx.Bucket(bucketAPIKeys).Get(h[:])
		if addr == nil {
			return ErrUnauthorized
		}
		v := tx.Bucket(bucketPrincipals).Get(addr)
		if v == nil {
			return ErrUnauthorized
		}
		return json.Unmarshal(v, &p)
	})
	return p, err
}

// Get returns the principal at addr.
func (s *Store) Get(addr common.Address) (Principal, error) {
	var p Principal
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketPrincipals).Get(addr.Bytes())
		if v == nil {
			return fmt.Errorf("%w: %s", ErrNotFound, addr)
		}
		return json.Unmarshal(v, &p)
	})
	return p, err
}

// Key returns the custodial key of addr, decrypting it on first use.
func (s *Store) Key(addr common.Address) (*ecdsa.PrivateKey, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if k, ok := s.keys[addr]; ok {
		return k, nil
	}
	matches, err := filepath.Glob(filepath.Join(s.keystore, "*"+strings.ToLower(addr.Hex()[2:])))
	if err != nil || len(matches) == 0 {
		return nil, fmt.Errorf("%w: no key for %s", ErrNotFound, addr)
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		return nil, fmt.Errorf("read key of %s: %w", addr, err)
	}
	k, err := keystore.DecryptKey(b, s.pass)
	if err != nil {
		return nil, fmt.Errorf("decrypt key of %s: %w", addr, err)
	}
	s.keys[addr] = k.PrivateKey
	return k.PrivateKey, nil
}

func (s *Store) storeKey(key *ecdsa.PrivateKey) error {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := s.Key(addr); err == nil {
		return nil // already there
	}
	// Light scrypt: these are custodial keys of a dev service, decrypted on
	// every start; the passphrase file sits beside them anyway.
	ks := keystore.NewKeyStore(s.keystore, keystore.LightScryptN, keystore.LightScryptP)
	if _, err := ks.ImportECDSA(key, s.pass); err != nil && !errors.Is(err, keystore.ErrAccountAlreadyExists) {
		return fmt.Errorf("store key of %s: %w", addr, err)
	}
	s.mu.Lock()
	s.keys[addr] = key
	s.mu.Unlock()
	return nil
}

// NewAPIKey returns a fresh random API key.
func NewAPIKey() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("new API key: %w", err)
	}
	return "gpl_" + base64.RawURLEncoding.EncodeToString(b), nil
}

func hashKey(apiKey string) [32]byte { return sha256.Sum256([]byte(apiKey)) }

// secretFile reads a hex secret from path, creating it (0600) on first use.
func secretFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		return strings.TrimSpace(string(b)), nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	secret := hex.EncodeToString(raw)
	if err := os.WriteFile(path, []byte(secret+"\n"), 0o600); err != nil {
		return "", err
	}
	return secret, nil
}
