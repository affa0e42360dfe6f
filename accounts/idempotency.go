package accounts

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Response is a stored answer to a POST with an Idempotency-Key: a retry with
// the same key gets it back instead of running the request again.
type Response struct {
	// RequestHash identifies the request body; the same key with another
	// body is a client error, not a retry.
	RequestHash [32]byte  `json:"request_hash"`
	Status      int       `json:"status"`
	ContentType string    `json:"content_type"`
	Body        []byte    `json:"body"`
	Stored      time.Time `json:"stored"`
}

// LoadResponse returns the response stored under scope (the caller) and key.
func (s *Store) LoadResponse(scope, key string) (Response, bool, error) {
	var r Response
	found := false
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketIdem).Get([]byte(scope + "\x00" + key))
		if v == nil {
			return nil
		}
		found = true
		return json.Unmarshal(v, &r)
	})
	if err != nil {
		return Response{}, false, fmt.Errorf("load idempotent response: %w", err)
	}
	return r, found, nil
}

// SaveResponse stores a response under scope and key (committed and synced
// before it returns).
func (s *Store) SaveResponse(scope, key string, r Response) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketIdem).Put([]byte(scope+"\x00"+key), v)
	})
}
