package ledger

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"sort"

	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/ledger/internal/enc"
)

// Export writes everything the mirror holds - entities, journal entries,
// the per-account index, balances, indexes, the cursor and the counters -
// as text, one "bucket key value" line per record (key and value in hex;
// the per-account index one line per entry), buckets by name and keys in
// order, from one read transaction. The indexer's reorg
// bookkeeping (block and undo records, whose extent depends on when it ran)
// is left out, so that two files mirroring the same chain export the same
// bytes whatever happened to them: a mirror that followed reorgs, or was
// killed and restarted, exports exactly what a fresh Reindex does.
func (s *Store) Export(w io.Writer) error {
	return s.view(func(tx *bolt.Tx) error { return export(tx, w) })
}

func export(tx *bolt.Tx, w io.Writer) error {
	bw := bufio.NewWriter(w)
	ids := make([]bucketID, 0, numBuckets)
	for id := range numBuckets {
		if !id.bookkeeping() {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return bucketNames[ids[i]] < bucketNames[ids[j]] })
	for _, id := range ids {
		err := bucket(tx, id).ForEach(func(k, v []byte) error {
			if id == bMeta && string(k) == string(metaNoUndo) {
				return nil // bookkeeping too
			}
			if id == bPostings {
				return exportRun(bw, k, v)
			}
			_, err := fmt.Fprintf(bw, "%s %s %s\n", bucketNames[id], hex.EncodeToString(k), hex.EncodeToString(v))
			return err
		})
		if err != nil {
			return err
		}
	}
	return bw.Flush()
}

// exportRun writes an index run as one line per entry, keyed by account,
// block and log index: how the index is split into runs depends on the
// batches the indexer happened to apply, what it holds does not.
func exportRun(w io.Writer, k, v []byte) error {
	items, err := decodeRun(v)
	if err != nil || len(k) != 16 {
		return fmt.Errorf("ledger: run %x: %w", k, err)
	}
	for _, it := range items {
		key := runKey(enc.ReadU32(k), it.block, it.logIndex)
		val := enc.AppendBytes(enc.AppendBytes(enc.AppendUvarint(nil, it.seq), it.delta), it.after)
		if _, err := fmt.Fprintf(w, "%s %s %s\n", bucketNames[bPostings], hex.EncodeToString(key), hex.EncodeToString(val)); err != nil {
			return err
		}
	}
	return nil
}

// Digest returns the SHA-256 of Export's output, hex: equal digests mean
// equal mirrors.
func (s *Store) Digest() (string, error) {
	h := sha256.New()
	if err := s.Export(h); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
