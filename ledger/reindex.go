package ledger

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/gpuledger/gpuledger/contracts"
)

// Reindex rebuilds the ledger file at path from the chain: it indexes from
// the deploy block up to the head (less cfg.Confirmations, or cfg.StopAt)
// into a fresh file next to it, syncs it, and renames it over path, so
// readers of path see the old file or the new one, never a partial one.
// A crash or an error leaves path untouched (the temporary file is removed
// on error, and replaced by the next Reindex after a crash).
//
// The file at path must not be open: Reindex returns ErrLocked when
// another process (or this one) holds it. It returns the new file's
// cursor.
func Reindex(ctx context.Context, path string, src Source, m *contracts.Manifest, cfg IndexerConfig) (BlockRef, error) {
	if _, err := os.Stat(path); err == nil {
		// Refuse to replace a file someone is using: its writer would go on
		// writing to the replaced inode.
		st, err := Open(path, &Options{ReadOnly: true, Timeout: 100 * time.Millisecond})
		if err != nil && errors.Is(err, ErrLocked) {
			return BlockRef{}, fmt.Errorf("reindex %s: %w", path, err)
		}
		if err == nil {
			st.Close()
		}
	}
	tmp := path + ".reindex"
	if err := os.Remove(tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return BlockRef{}, fmt.Errorf("reindex: %w", err)
	}
	cur, err := build(ctx, tmp, src, m, cfg)
	if err != nil {
		os.Remove(tmp)
		return BlockRef{}, fmt.Errorf("reindex %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return BlockRef{}, fmt.Errorf("reindex %s: %w", path, err)
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		d.Sync()
		d.Close()
	}
	return cur, nil
}

// reindexBatchBlocks is the default batch of a reindex: ten times the
// indexer's, since nobody reads the file being built, and fewer, larger
// transactions rewrite the same index pages fewer times.
const reindexBatchBlocks = 10 * DefaultBatchBlocks

// reindexMmapSize is the first memory map of the file a reindex builds:
// address space for a million events' file, so that it is not remapped
// (and the transaction's pages copied out of the old map) every time the
// file doubles.
const reindexMmapSize = 1 << 30

// build indexes a new file at path and closes it synced.
func build(ctx context.Context, path string, src Source, m *contracts.Manifest, cfg IndexerConfig) (BlockRef, error) {
	if cfg.BatchBlocks == 0 {
		cfg.BatchBlocks = reindexBatchBlocks
	}
	st, err := Open(path, &Options{NoSync: true, MmapSize: reindexMmapSize})
	if err != nil {
		return BlockRef{}, err
	}
	ix, err := NewIndexer(st, src, m, cfg)
	if err == nil {
		err = ix.CatchUp(ctx)
	}
	var cur BlockRef
	if err == nil {
		cur, _, err = st.Cursor()
	}
	if err == nil {
		err = st.db.Sync()
	}
	return cur, errors.Join(err, st.Close())
}
