package ledger

import (
	"bytes"
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestEventDecoderMatchesBinding decodes real-shaped logs of every fast
// decoder, and damaged copies of them, both ways: the fast path and the
// binding must agree on every value and every error.
func TestEventDecoderMatchesBinding(t *testing.T) {
	logs := newSynthChain(t, 2_000, 10).allLogs()
	t.Run("TokenTransfer", func(t *testing.T) { checkDecoder(t, evTokenTransfer, logs) })
	t.Run("SharesTransfer", func(t *testing.T) { checkDecoder(t, evSharesTransfer, logs) })
	t.Run("RevenueDeposited", func(t *testing.T) { checkDecoder(t, evRevenueDeposited, logs) })
	t.Run("LeaseCreated", func(t *testing.T) { checkDecoder(t, evLeaseCreated, logs) })
	t.Run("LeaseSettled", func(t *testing.T) { checkDecoder(t, evLeaseSettled, logs) })
	t.Run("LeaseStatusChanged", func(t *testing.T) { checkDecoder(t, evLeaseStatusChanged, logs) })
	t.Run("LeaseEnded", func(t *testing.T) { checkDecoder(t, evLeaseEnded, logs) })
	t.Run("LeaseRefunded", func(t *testing.T) { checkDecoder(t, evLeaseRefunded, logs) })
	t.Run("LeaseRetired", func(t *testing.T) { checkDecoder(t, evLeaseRetired, logs) })
}

func checkDecoder[T any](t *testing.T, d *eventDecoder[T], logs []types.Log) {
	if d.args == nil {
		t.Fatal("the event has no fast path")
	}
	n := 0
	for _, l := range logs {
		if len(l.Topics) == 0 || l.Topics[0] != d.id {
			continue
		}
		n++
		for _, m := range damaged(l) {
			fast, ferr := d.unpack(&m)
			slow, serr := d.slow(&m)
			if (ferr == nil) != (serr == nil) || (ferr != nil && ferr.Error() != serr.Error()) {
				t.Fatalf("log %x / %x: fast error %v, binding %v", m.Topics, m.Data, ferr, serr)
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Fatalf("log %x / %x: fast %+v, binding %+v", m.Topics, m.Data, fast, slow)
			}
		}
	}
	if n == 0 {
		t.Fatal("no log of the event in the synthetic chain")
	}
}

// damaged returns l and copies of it a hostile or broken node could send:
// short, empty or longer data, a topic missing or added, another event's
// id, and each word set to values out of range for small types.
func damaged(l types.Log) []types.Log {
	with := func(topics []common.Hash, data []byte) types.Log {
		c := l
		c.Topics, c.Data = topics, data
		return c
	}
	out := []types.Log{l, with(l.Topics, nil), with(l.Topics, append(slices.Clone(l.Data), make([]byte, 32)...)),
		with(append(slices.Clone(l.Topics), common.Hash{1}), l.Data), with(l.Topics[:1], l.Data),
		with(append([]common.Hash{{9}}, l.Topics[1:]...), l.Data), with(nil, l.Data)}
	if len(l.Data) > 0 {
		out = append(out, with(l.Topics, l.Data[:len(l.Data)-1]))
	}
	for _, fill := range [][]byte{bytes.Repeat([]byte{0xff}, 32), append([]byte{1}, make([]byte, 31)...), append(make([]byte, 31), 2)} {
		for i := 1; i < len(l.Topics); i++ {
			ts := slices.Clone(l.Topics)
			ts[i] = common.Hash(fill)
			out = append(out, with(ts, l.Data))
		}
		for w := 0; w+32 <= len(l.Data); w += 32 {
			data := slices.Clone(l.Data)
			copy(data[w:], fill)
			out = append(out, with(l.Topics, data))
		}
	}
	return out
}
