package webhooks

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/accounts"
)

// FileName is the store's file in the data dir.
const FileName = "webhooks.db"

// Buckets. Keys are big-endian so that bbolt's order is numeric order.
var (
	bMeta        = []byte("meta")         // metaLeaseCursor, metaCheckpoints
	bEndpoints   = []byte("endpoints")    // id(8) -> Endpoint JSON
	bByPrincipal = []byte("by_principal") // address(20) id(8) -> {}
	bWatch       = []byte("watch")        // lease id(8) -> watchRecord JSON
	bFired       = []byte("fired")        // fact key -> firedRecord JSON
	bEvents      = []byte("events")       // event id -> eventRecord JSON
	bEventsBlock = []byte("events_block") // block(8) event id -> {}
	bDeliveries  = []byte("deliveries")   // id(8) -> Delivery JSON
	bByEndpoint  = []byte("by_endpoint")  // endpoint id(8) delivery id(8) -> {}
	bDue         = []byte("due")          // due time(8, unix ns) delivery id(8) -> {}: the outbox
	bActions     = []byte("actions")      // id(8) -> action JSON
	bActionsDue  = []byte("actions_due")  // due time(8) action id(8) -> {}

	allBuckets = [][]byte{bMeta, bEndpoints, bByPrincipal, bWatch, bFired, bEvents, bEventsBlock,
		bDeliveries, bByEndpoint, bDue, bActions, bActionsDue}

	metaLeaseCursor = []byte("lease_cursor")
	metaCheckpoints = []byte("checkpoints")
)

// Store is the webhooks' own bbolt file (DATA/webhooks.db, mode 0600):
// endpoints with their secrets, what the dispatcher has reported, the
// outbox of deliveries and their attempts. Unlike the ledger mirror it
// cannot be rebuilt from the chain (endpoints and secrets are not on
// chain), and unlike accounts.db it is written at every delivery attempt,
// so it is a file of its own: its writes never queue behind the API's
// idempotency records, and deleting it forgets webhooks and nothing else.
//
// A Store is safe for concurrent use; every method runs in its own bbolt
// transaction. bbolt allows one process per file.
type Store struct {
	db   *bolt.DB
	path string
}

// Open opens (creating on first use) DATA/webhooks.db in dataDir.
func Open(dataDir string) (*Store, error) {
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("open webhooks: %w", err)
	}
	path := filepath.Join(dataDir, FileName)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open webhooks db %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open webhooks db %s: %w", path, err)
	}
	return &Store{db: db, path: path}, nil
}

// Close closes the file. Stop the Dispatcher first.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the file's path.
func (s *Store) Path() string { return s.path }

// Register stores a new endpoint of principal p and returns it, secret
// included (shown to the principal once). The secret is the one given (an
// idempotent request's derived secret: a retry of the same request finds
// the endpoint it registered and returns it, registering nothing twice) or,
// when empty, a fresh random one. It checks sub.Validate(p.Role) and the
// per-principal limit (ErrLimit); whether sub's lease or asset belongs to p
// is the caller's to check first.
func (s *Store) Register(p accounts.Principal, sub Subscription, now time.Time, secret string) (Endpoint, error) {
	if err := sub.Validate(p.Role); err != nil {
		return Endpoint{}, err
	}
	if secret == "" {
		var err error
		if secret, err = NewSecret(); err != nil {
			return Endpoint{}, err
		}
	}
	ep := Endpoint{Principal: p.Address, Role: p.Role, Subscription: sub, Secret: secret, Created: now.UTC()}
	err := s.db.Update(func(tx *bolt.Tx) error {
		n := 0
		c := tx.Bucket(bByPrincipal).Cursor()
		for k, _ := c.Seek(p.Address[:]); k != nil && common.BytesToAddress(k[:20]) == p.Address; k, _ = c.Next() {
			var have Endpoint
			if err := getJSON(tx.Bucket(bEndpoints), k[20:], &have); err == nil && have.Secret == secret {
				ep = have // the same request, retried
				return errRegistered
			}
			n++
		}
		if n >= MaxEndpointsPerPrincipal {
			return fmt.Errorf("%w: %s already has %d webhooks; delete one first", ErrLimit, p.Address.Hex(), n)
		}
		b := tx.Bucket(bEndpoints)
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		ep.ID = seq
		if err := putJSON(b, u64(seq), ep); err != nil {
			return err
		}
		return tx.Bucket(bByPrincipal).Put(cat(p.Address[:], u64(seq)), nil)
	})
	if err != nil && !errors.Is(err, errRegistered) {
		return Endpoint{}, err
	}
	return ep, nil
}

// errRegistered ends Register's transaction when the endpoint exists.
var errRegistered = errors.New("webhook already registered by this request")

// Endpoint returns an endpoint by id (ErrNotFound).
func (s *Store) Endpoint(id uint64) (Endpoint, error) {
	var ep Endpoint
	err := s.db.View(func(tx *bolt.Tx) error { return getJSON(tx.Bucket(bEndpoints), u64(id), &ep) })
	if err != nil {
		return Endpoint{}, fmt.Errorf("webhook %d: %w", id, err)
	}
	return ep, nil
}

// Endpoints returns a principal's endpoints by id.
func (s *Store) Endpoints(principal common.Address) ([]Endpoint, error) {
	out := []Endpoint{}
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bByPrincipal).Cursor()
		for k, _ := c.Seek(principal[:]); k != nil && common.BytesToAddress(k[:20]) == principal; k, _ = c.Next() {
			var ep Endpoint
			if err := getJSON(tx.Bucket(bEndpoints), k[20:], &ep); err != nil {
				return err
			}
			out = append(out, ep)
		}
		return nil
	})
	return out, err
}

// allEndpoints reads every endpoint (a handful per principal).
func allEndpoints(tx *bolt.Tx) ([]Endpoint, error) {
	var out []Endpoint
	err := tx.Bucket(bEndpoints).ForEach(func(_, v []byte) error {
		var ep Endpoint
		if err := json.Unmarshal(v, &ep); err != nil {
			return err
		}
		out = append(out, ep)
		return nil
	})
	return out, err
}

// Delete removes an endpoint and returns it. Its deliveries and actions
// not yet done are cancelled (kept, with the reason, until pruned); its
// facts are forgotten.
func (s *Store) Delete(id uint64, now time.Time) (Endpoint, error) {
	var ep Endpoint
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := getJSON(tx.Bucket(bEndpoints), u64(id), &ep); err != nil {
			return fmt.Errorf("webhook %d: %w", id, err)
		}
		if err := tx.Bucket(bEndpoints).Delete(u64(id)); err != nil {
			return err
		}
		if err := tx.Bucket(bByPrincipal).Delete(cat(ep.Principal[:], u64(id))); err != nil {
			return err
		}
		c := tx.Bucket(bByEndpoint).Cursor()
		for k, _ := c.Seek(u64(id)); k != nil && binary.BigEndian.Uint64(k) == id; k, _ = c.Next() {
			if err := cancelDelivery(tx, binary.BigEndian.Uint64(k[8:]), "the webhook was deleted", now); err != nil {
				return err
			}
		}
		if err := cancelActionsOf(tx, id, now); err != nil {
			return err
		}
		// Facts of this endpoint: its thresholds' records.
		return deletePrefix(tx.Bucket(bFired), []byte(fmt.Sprintf("ep/%d/", id)))
	})
	if err != nil {
		return Endpoint{}, err
	}
	return ep, nil
}

// Event returns a stored event by id (ErrNotFound).
func (s *Store) Event(id string) (Event, error) {
	var r eventRecord
	err := s.db.View(func(tx *bolt.Tx) error { return getJSON(tx.Bucket(bEvents), []byte(id), &r) })
	if err != nil {
		return Event{}, fmt.Errorf("event %s: %w", id, err)
	}
	return r.Event, nil
}

// ------------------------------------------------------------ helpers

func u64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// timeKey orders by time: unix nanoseconds, never negative.
func timeKey(t time.Time) []byte {
	n := t.UnixNano()
	if n < 0 {
		n = 0
	}
	return u64(uint64(n))
}

func putJSON(b *bolt.Bucket, k []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(k, raw)
}

func getJSON(b *bolt.Bucket, k []byte, v any) error {
	raw := b.Get(k)
	if raw == nil {
		return ErrNotFound
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("webhooks store: decode %x: %w", k, err)
	}
	return nil
}

// deletePrefix deletes every key of b that starts with prefix.
func deletePrefix(b *bolt.Bucket, prefix []byte) error {
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && len(k) >= len(prefix) && string(k[:len(prefix)]) == string(prefix); k, _ = c.Next() {
		keys = append(keys, append([]byte{}, k...))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// isNotFound reports a missing record.
func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }
