package ledger

import (
	"fmt"

	"github.com/gpuledger/gpuledger/ledger/internal/enc"
)

// Undo records: for each key a block changed, in the order first changed,
// bucket(1) key(len-prefixed) present(1) [value(len-prefixed)]. Rolling a
// block back replays them in reverse order: present -> put the value back,
// absent -> delete the key. Since each key is recorded once per block, with
// its value from before the block, the order of replay does not matter;
// reverse order is kept anyway so that a list with repeats (none today)
// would still restore the oldest value.

func appendUndo(b []byte, id bucketID, k, prev []byte) []byte {
	b = append(b, byte(id))
	b = enc.AppendBytes(b, k)
	if prev == nil {
		return append(b, 0)
	}
	b = append(b, 1)
	return enc.AppendBytes(b, prev)
}

type undoRecord struct {
	id      bucketID
	key     []byte
	prev    []byte
	present bool
}

func decodeUndo(v []byte) ([]undoRecord, error) {
	var out []undoRecord
	r := enc.NewReader(v)
	for r.Len() > 0 && r.Err() == nil {
		var u undoRecord
		u.id = bucketID(r.Byte())
		u.key = r.Bytes()
		u.present = r.Byte() == 1
		if u.present {
			u.prev = r.Bytes()
		}
		if u.id >= numBuckets {
			return nil, fmt.Errorf("undo record names bucket %d: %w", u.id, enc.ErrCorrupt)
		}
		out = append(out, u)
	}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("undo records: %w", err)
	}
	return out, nil
}

// rollbackBlock replays block n's undo records (if any) and deletes its
// bookkeeping. It runs inside the rollback's write transaction.
func (b *batch) rollbackBlock(n uint64) error {
	key := enc.U64(n)
	if raw := b.bk[bUndo].Get(key); raw != nil {
		recs, err := decodeUndo(raw)
		if err != nil {
			return fmt.Errorf("block %d: %w", n, err)
		}
		for i := len(recs) - 1; i >= 0; i-- {
			u := recs[i]
			var err error
			if u.present {
				err = b.bk[u.id].Put(append([]byte(nil), u.key...), append([]byte(nil), u.prev...))
			} else {
				err = b.bk[u.id].Delete(u.key)
			}
			if err != nil {
				return fmt.Errorf("undo block %d: %w", n, err)
			}
		}
		if err := b.bk[bUndo].Delete(key); err != nil {
			return err
		}
	}
	return b.bk[bBlocks].Delete(key)
}
