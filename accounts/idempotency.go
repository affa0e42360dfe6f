package accounts

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	bolt "go.etcd.io/bbolt"
)

// Intent is what the store knows of one POST sent with an Idempotency-Key,
// from before its first transaction is sent until its answer is stored:
//
//   - pending (Done false): the request was accepted and may have sent
//     transactions, each recorded in Txs (signed bytes) before it reached
//     the node. A retry finishes those transactions and answers from their
//     receipts; it never signs a second transaction for the same call.
//   - done: the answer (any status below 500) is stored and replayed.
//
// An intent holds no secret: signed transactions are public once sent, and
// the API key of a new account is never stored (it is derived again, see
// DeriveAPIKey).
type Intent struct {
	// RequestHash identifies the request (method, path, body): the same key
	// with another request is a client error, not a retry.
	RequestHash [32]byte  `json:"request_hash"`
	Route       string    `json:"route"`
	Created     time.Time `json:"created"`
	// Txs are the signed transactions sent for the request, in order.
	Txs []hexutil.Bytes `json:"txs,omitempty"`
	// Account is the principal a POST /v1/accounts is creating.
	Account *common.Address `json:"account,omitempty"`

	Done        bool   `json:"done"`
	Status      int    `json:"status,omitempty"`
	ContentType string `json:"content_type,omitempty"`
	Body        []byte `json:"body,omitempty"`
}

// Expired reports whether the intent is older than ttl at now.
func (i Intent) Expired(now time.Time, ttl time.Duration) bool {
	return !now.Before(i.Created.Add(ttl))
}

// ErrNoIntent is returned when updating an intent that does not exist
// (pruned, or never begun).
var ErrNoIntent = errors.New("no such idempotency intent")

func intentKey(scope, key string) []byte { return []byte(scope + "\x00" + key) }

// BeginIntent returns the live intent stored under scope (the caller) and
// key, or, when there is none or it is older than ttl, stores a new pending
// one (committed and synced before it returns) and returns it with found
// false. The caller must serialise calls for one scope and key.
func (s *Store) BeginIntent(scope, key string, fresh Intent, ttl time.Duration) (Intent, bool, error) {
	var (
		out   Intent
		found bool
	)
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketIdem)
		if v := b.Get(intentKey(scope, key)); v != nil {
			var old Intent
			if err := json.Unmarshal(v, &old); err == nil && !old.Expired(fresh.Created, ttl) {
				out, found = old, true
				return nil
			}
		}
		out = fresh
		return putIntent(b, scope, key, fresh)
	})
	if err != nil {
		return Intent{}, false, fmt.Errorf("begin idempotent request: %w", err)
	}
	return out, found, nil
}

// UpdateIntent applies f to the intent under scope and key and stores the
// result, committed and synced before it returns.
func (s *Store) UpdateIntent(scope, key string, f func(*Intent)) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketIdem)
		v := b.Get(intentKey(scope, key))
		if v == nil {
			return ErrNoIntent
		}
		var in Intent
		if err := json.Unmarshal(v, &in); err != nil {
			return err
		}
		f(&in)
		return putIntent(b, scope, key, in)
	})
	if err != nil {
		return fmt.Errorf("update idempotent request: %w", err)
	}
	return nil
}

// DropIntent forgets the intent under scope and key (a request that failed
// before sending anything, which the client may retry as new).
func (s *Store) DropIntent(scope, key string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketIdem).Delete(intentKey(scope, key))
	})
}

// PendingIntents returns every intent not done yet with the transactions
// it recorded, keyed by scope and key joined with a NUL byte.
func (s *Store) PendingIntents() (map[string]Intent, error) {
	out := map[string]Intent{}
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketIdem).ForEach(func(k, v []byte) error {
			var in Intent
			if json.Unmarshal(v, &in) == nil && !in.Done && len(in.Txs) > 0 {
				out[string(k)] = in
			}
			return nil
		})
	})
	return out, err
}

// PruneIntents deletes the intents created before cutoff (and any record
// it cannot read) and returns how many it deleted. A pending intent past
// its expiry is deleted too: its transactions, if any, were mined or
// dropped long ago.
func (s *Store) PruneIntents(cutoff time.Time) (int, error) {
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketIdem).Cursor()
		for k, v := c.First(); k != nil; {
			var in Intent
			if err := json.Unmarshal(v, &in); err != nil || in.Created.Before(cutoff) {
				if err := c.Delete(); err != nil {
					return err
				}
				n++
				k, v = c.Seek(k) // Delete moves the cursor: look again from here
				continue
			}
			k, v = c.Next()
		}
		return nil
	})
	if err != nil {
		return n, fmt.Errorf("prune idempotency records: %w", err)
	}
	return n, nil
}

func putIntent(b *bolt.Bucket, scope, key string, in Intent) error {
	v, err := json.Marshal(in)
	if err != nil {
		return err
	}
	return b.Put(intentKey(scope, key), v)
}
