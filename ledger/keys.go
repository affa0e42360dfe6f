package ledger

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/ledger/internal/enc"
)

// Key layouts of the entity and index buckets (see store.go).

func idKey(v uint64) []byte { return enc.U64(v) }

func idIDKey(a, b uint64) []byte { return enc.AppendU64(enc.U64(a), b) }

func addrIDKey(addr common.Address, v uint64) []byte {
	return enc.AppendU64(append(make([]byte, 0, 28), addr[:]...), v)
}

func idAddrKey(v uint64, addr common.Address) []byte {
	return append(enc.U64(v), addr[:]...)
}

func statusKey(status string, v uint64) []byte {
	return enc.AppendU64(append([]byte(status), 0), v)
}

// appliedKey is block(8) log index(4): in chain order, so that marking a
// log applied is an append. The value holds the block's hash, which makes
// the mark idempotent on (block hash, log index).
func appliedKey(block uint64, logIndex uint) []byte {
	return enc.AppendU32(enc.U64(block), uint32(logIndex))
}

// refSuffix is block(8) log index(4): records in chain order.
func refSuffix(r Ref) []byte {
	return enc.AppendU32(enc.U64(r.Block), uint32(r.LogIndex))
}
