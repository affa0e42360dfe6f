package ledger

import (
	"bytes"
	"encoding/base64"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Pagination limits.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// PageRequest asks for one page of a list. Every list has a fixed order
// (ids ascending; entries and postings in chain order) and is paged by
// cursor: After is the Next of the previous page, "" for the first page.
// A cursor stays valid while the mirror grows: items added after it appear
// on later pages. Limit is the page size: 0 means DefaultLimit; more than
// MaxLimit or less than 0 is refused with ErrInvalidPage.
type PageRequest struct {
	After string `json:"after,omitempty"`
	Limit int    `json:"limit,omitempty"`
}

// Page is one page of a list. Next is the cursor of the following page,
// "" when this is the last one. A list with filters may return a page with
// fewer than Limit items, or an empty last page, when the items left do not
// match.
type Page[T any] struct {
	Items []T    `json:"items"`
	Next  string `json:"next,omitempty"`
}

func (p PageRequest) limit() (int, error) {
	switch {
	case p.Limit == 0:
		return DefaultLimit, nil
	case p.Limit < 0 || p.Limit > MaxLimit:
		return 0, fmt.Errorf("%w: limit must be between 1 and %d, got %d", ErrInvalidPage, MaxLimit, p.Limit)
	}
	return p.Limit, nil
}

// pageToken turns the last key of a page into an opaque token: the
// bucket's id, then the key, base64url.
func pageToken(id bucketID, k []byte) string {
	return base64.RawURLEncoding.EncodeToString(append([]byte{byte(id)}, k...))
}

// scan walks the keys of bucket b with the given prefix in order, starting
// after the page cursor (which must carry the same prefix), and calls fn
// for each; fn reports whether it took the item. It stops after limit items
// taken and returns the token of the next page ("" when the prefix has no
// more keys). Keys and values passed to fn are valid only during the call.
func scan(tx *bolt.Tx, id bucketID, prefix []byte, req PageRequest, fn func(k, v []byte) (bool, error)) (string, error) {
	return scanRange(tx, id, prefix, nil, nil, req, fn)
}

// scanRange is scan limited to keys in [start, end) (nil: unbounded).
func scanRange(tx *bolt.Tx, id bucketID, prefix, start, end []byte, req PageRequest, fn func(k, v []byte) (bool, error)) (string, error) {
	limit, err := req.limit()
	if err != nil {
		return "", err
	}
	c := bucket(tx, id).Cursor()
	var k, v []byte
	if req.After != "" {
		tok, err := base64.RawURLEncoding.DecodeString(req.After)
		if err != nil || len(tok) == 0 || tok[0] != byte(id) || !bytes.HasPrefix(tok[1:], prefix) {
			return "", fmt.Errorf("%w: cursor %q does not belong to this list", ErrInvalidPage, req.After)
		}
		after := tok[1:]
		k, v = c.Seek(after)
		if bytes.Equal(k, after) {
			k, v = c.Next()
		}
	} else {
		from := prefix
		if start != nil && bytes.Compare(start, prefix) > 0 {
			from = start
		}
		k, v = c.Seek(from)
	}
	taken := 0
	for ; k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if end != nil && bytes.Compare(k, end) >= 0 {
			return "", nil
		}
		ok, err := fn(k, v)
		if err != nil {
			return "", err
		}
		if !ok {
			continue
		}
		taken++
		if taken == limit {
			last := append([]byte(nil), k...)
			nk, _ := c.Next()
			if nk == nil || !bytes.HasPrefix(nk, prefix) || (end != nil && bytes.Compare(nk, end) >= 0) {
				return "", nil
			}
			return pageToken(id, last), nil
		}
	}
	return "", nil
}
