package ledger

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
)

// Backstop commitments in the mirror (docs/backstop.md), written by
// handlers_backstop.go in the batch of their log and undone with it.

// Backstop is a commitment as the mirror knows it: the contract's figures,
// kept by its events, and where it was made.
type Backstop struct {
	contracts.Commitment
	// Deferred: the return at release was refused by the token and is
	// owed to the provider (BackstopOwed) until withdrawn.
	Deferred  bool      `json:"deferred"`
	Created   Ref       `json:"created"`
	CreatedAt time.Time `json:"created_at"`
}

// Backstop returns commitment id (ErrNotFound when the mirror has none).
func (s *Store) Backstop(id uint64) (Backstop, error) {
	var b Backstop
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, bBackstops, idKey(id), &b) })
	if err != nil {
		return b, fmt.Errorf("backstop %d: %w", id, err)
	}
	return b, nil
}

// Backstops lists commitments by id, those of one asset when assetID is
// not zero (one index read each, then the record).
func (s *Store) Backstops(assetID uint64, p PageRequest) (Page[Backstop], error) {
	out := Page[Backstop]{Items: []Backstop{}}
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		if assetID == 0 {
			out.Next, err = scan(tx, bBackstops, nil, p, func(_, v []byte) (bool, error) {
				var b Backstop
				if err := json.Unmarshal(v, &b); err != nil {
					return false, err
				}
				out.Items = append(out.Items, b)
				return true, nil
			})
			return err
		}
		out.Next, err = scan(tx, bBackstopsByAsset, idKey(assetID), p, func(k, _ []byte) (bool, error) {
			var b Backstop
			if err := getJSON(tx, bBackstops, k[8:], &b); err != nil {
				return false, err
			}
			out.Items = append(out.Items, b)
			return true, nil
		})
		return err
	})
	if err != nil {
		return out, fmt.Errorf("backstops: %w", err)
	}
	return out, nil
}
