package ledger

import (
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts"
)

// eventDecoder decodes the logs of one event into its abigen struct T, as
// the binding's Unpack<Event>Event does, without the binding's per-log
// reflection: abi.UnpackIntoInterface maps argument names to struct fields
// again for every log, which made decoding the largest single cost of a
// reindex (BenchmarkReindex). The mapping is computed once here, and each
// argument is read from its fixed 32-byte word (topic or data).
//
// It only takes the fast path for events whose arguments are all static
// words (integers, addresses, bools, bytes32) and for logs that decode
// cleanly; anything else - a missing or extra topic, short or empty data,
// an out-of-range word - goes to the binding, so results and errors are
// the binding's own. TestEventDecoderMatchesBinding checks both agree.
type eventDecoder[T any] struct {
	slow   func(*types.Log) (*T, error) // the binding's Unpack<Event>Event
	id     common.Hash
	topics int         // indexed arguments
	words  int         // non-indexed arguments (data words)
	args   []wordField // nil: every log goes to the binding
	raw    int         // index of T's Raw field (the log)
}

// wordField is one argument: where its word is and which field receives it.
type wordField struct {
	typ     abi.Type
	indexed bool
	pos     int // topic index (from 1) or data word index
	field   int // index of the field in T
}

// newEventDecoder binds the decoder of contract's event to T and to the
// binding's unpack function. It panics when the event is not in the
// contract's ABI (a programming error, caught by any test).
func newEventDecoder[T any](contract, event string, slow func(*types.Log) (*T, error)) *eventDecoder[T] {
	ev, ok := contracts.ABIs()[contract].Events[event]
	if !ok {
		panic(fmt.Sprintf("ledger: no event %s.%s", contract, event))
	}
	d := &eventDecoder[T]{slow: slow, id: ev.ID}
	st := reflect.TypeFor[T]()
	raw, ok := st.FieldByName("Raw")
	if !ok || len(raw.Index) != 1 || raw.Type != reflect.TypeFor[*types.Log]() {
		return d
	}
	d.raw = raw.Index[0]
	var args []wordField
	for _, in := range ev.Inputs {
		f, ok := st.FieldByName(abi.ToCamelCase(in.Name))
		if in.Name == "" || !ok || len(f.Index) != 1 || !staticWord(in.Type, f.Type) {
			return d // not a plain struct of words: the binding decodes it
		}
		w := wordField{typ: in.Type, indexed: in.Indexed, field: f.Index[0]}
		if in.Indexed {
			d.topics++
			w.pos = d.topics
		} else {
			w.pos = d.words
			d.words++
		}
		args = append(args, w)
	}
	d.args = args
	return d
}

var (
	bigIntType  = reflect.TypeFor[*big.Int]()
	addressType = reflect.TypeFor[common.Address]()
	hashType    = reflect.TypeFor[[32]byte]()
)

// staticWord reports an argument type the fast path reads from one word
// into a field of type ft, exactly as abi.toGoType would.
func staticWord(t abi.Type, ft reflect.Type) bool {
	switch t.T {
	case abi.UintTy, abi.IntTy:
		if t.Size > 64 {
			return ft == bigIntType
		}
		return ft == t.GetType()
	case abi.AddressTy:
		return ft == addressType
	case abi.BoolTy:
		return ft.Kind() == reflect.Bool
	case abi.FixedBytesTy:
		return t.Size == 32 && ft == hashType
	}
	return false
}

// unpack decodes l, with the binding's result and errors.
func (d *eventDecoder[T]) unpack(l *types.Log) (*T, error) {
	if d.args == nil || len(l.Topics) != 1+d.topics || l.Topics[0] != d.id ||
		(d.words > 0 && len(l.Data) < 32*d.words) || (d.words == 0 && len(l.Data) > 0) {
		return d.slow(l)
	}
	out := new(T)
	v := reflect.ValueOf(out).Elem()
	for _, a := range d.args {
		var word []byte
		if a.indexed {
			word = l.Topics[a.pos][:]
		} else {
			word = l.Data[32*a.pos : 32*a.pos+32]
		}
		val, ok := readWord(a.typ, word)
		if !ok {
			return d.slow(l) // out of range for its type: the binding's error
		}
		v.Field(a.field).Set(val)
	}
	v.Field(d.raw).Set(reflect.ValueOf(l))
	return out, nil
}

// readWord reads one 32-byte word of type t; ok is false where the ABI
// decoder would fail.
func readWord(t abi.Type, word []byte) (reflect.Value, bool) {
	switch t.T {
	case abi.UintTy, abi.IntTy:
		n, err := abi.ReadInteger(t, word)
		if err != nil {
			return reflect.Value{}, false
		}
		return reflect.ValueOf(n), true
	case abi.AddressTy:
		return reflect.ValueOf(common.BytesToAddress(word)), true
	case abi.BoolTy:
		for _, b := range word[:31] {
			if b != 0 {
				return reflect.Value{}, false
			}
		}
		if word[31] > 1 {
			return reflect.Value{}, false
		}
		return reflect.ValueOf(word[31] == 1), true
	case abi.FixedBytesTy:
		return reflect.ValueOf([32]byte(word)), true
	}
	return reflect.Value{}, false
}

// The decoders of the events a busy chain is made of: a lease's life and
// its revenue split, share and token transfers. Their handlers use these
// instead of calling the binding; the rarer events keep the binding.
var (
	evTokenTransfer      = newEventDecoder(contracts.StablecoinName, "Transfer", tokenABI.UnpackTransferEvent)
	evSharesTransfer     = newEventDecoder(contracts.GPUAssetName, "TransferSingle", assetABI.UnpackTransferSingleEvent)
	evRevenueDeposited   = newEventDecoder(contracts.GPUAssetName, "RevenueDeposited", assetABI.UnpackRevenueDepositedEvent)
	evLeaseCreated       = newEventDecoder(contracts.LeaseMarketName, "LeaseCreated", marketABI.UnpackLeaseCreatedEvent)
	evLeaseSettled       = newEventDecoder(contracts.LeaseMarketName, "LeaseSettled", marketABI.UnpackLeaseSettledEvent)
	evLeaseStatusChanged = newEventDecoder(contracts.LeaseMarketName, "LeaseStatusChanged", marketABI.UnpackLeaseStatusChangedEvent)
	evLeaseEnded         = newEventDecoder(contracts.LeaseMarketName, "LeaseEnded", marketABI.UnpackLeaseEndedEvent)
	evLeaseRefunded      = newEventDecoder(contracts.LeaseMarketName, "LeaseRefunded", marketABI.UnpackLeaseRefundedEvent)
	evLeaseRetired       = newEventDecoder(contracts.LeaseMarketName, "LeaseRetired", marketABI.UnpackLeaseRetiredEvent)
)
