package chain

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Selectors of the two errors Solidity emits by itself.
var (
	errorSelector = crypto.Keccak256([]byte("Error(string)"))[:4]
	panicSelector = crypto.Keccak256([]byte("Panic(uint256)"))[:4]
)

// panicReasons are the meanings of Solidity's Panic(uint256) codes
// (https://docs.soliditylang.org/en/latest/control-structures.html#panic-via-assert-and-error-via-require).
var panicReasons = map[uint64]string{
	0x00: "generic compiler panic",
	0x01: "assert failed",
	0x11: "arithmetic underflow or overflow",
	0x12: "division or modulo by zero",
	0x21: "invalid enum value",
	0x22: "invalid storage byte array encoding",
	0x31: "pop on empty array",
	0x32: "array index out of bounds",
	0x41: "out of memory",
	0x51: "call to zero-initialized internal function",
}

// ErrorDecoder turns EVM revert data into a *RevertError, knowing
// Error(string), Panic(uint256) and the custom errors of the ABIs registered
// with it.
//
// It is safe for concurrent use; Register may be called while other
// goroutines decode. A nil *ErrorDecoder decodes only Error and Panic.
type ErrorDecoder struct {
	mu      sync.RWMutex            // guards errors and explain
	errors  map[[4]byte]customError // by selector; the first registration wins
	explain func(*RevertError) string
}

// Explain sets the function that words a decoded custom error for a user
// (RevertError.Message); it returns "" for an error it does not know.
func (d *ErrorDecoder) Explain(f func(*RevertError) string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.explain = f
}

// customError is one custom error of a registered ABI.
type customError struct {
	contract string
	def      abi.Error
}

// NewErrorDecoder returns a decoder knowing the custom errors of abis, with
// no contract names (RevertError.Contract stays ""). Nil ABIs are skipped.
func NewErrorDecoder(abis ...*abi.ABI) *ErrorDecoder {
	d := &ErrorDecoder{errors: make(map[[4]byte]customError)}
	for _, a := range abis {
		d.Register("", a)
	}
	return d
}

// Register adds the custom errors of parsed, reported with the contract
// name contract. When two contracts declare an error with the same selector
// (OpenZeppelin's AccessControl errors, shared by several contracts) the
// selector identifies the error but not who raised it: the error is then
// reported without a contract name rather than with a guess. A nil ABI is
// ignored.
func (d *ErrorDecoder) Register(contract string, parsed *abi.ABI) {
	if parsed == nil {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, e := range parsed.Errors {
		var sel [4]byte
		copy(sel[:], e.ID[:4])
		prev, ok := d.errors[sel]
		switch {
		case !ok:
			d.errors[sel] = customError{contract: contract, def: e}
		case prev.contract != contract:
			prev.contract = ""
			d.errors[sel] = prev
		}
	}
}

// Decode decodes revert data. It never fails: data it cannot decode is kept
// in RevertError.Data with an empty Name.
func (d *ErrorDecoder) Decode(data []byte) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	sel := data[:4]
	switch {
	case bytes.Equal(sel, errorSelector):
		if msg, err := abi.UnpackRevert(data); err == nil {
			re.Name, re.Reason = "Error", msg
		}
		return re
	case bytes.Equal(sel, panicSelector):
		args, err := (abi.Arguments{{Name: "code", Type: mustType("uint256")}}).Unpack(data[4:])
		if err != nil {
			return re
		}
		code := args[0].(*big.Int)
		re.Name = "Panic"
		re.Args = map[string]any{"code": code}
		re.argOrder = []string{"code"}
		meaning := "unknown panic code"
		if code.IsUint64() {
			if m, ok := panicReasons[code.Uint64()]; ok {
				meaning = m
			}
		}
		re.Reason = fmt.Sprintf("%#x: %s", code, meaning)
		return re
	}
	if d == nil {
		return re
	}
	var key [4]byte
	copy(key[:], sel)
	d.mu.RLock()
	ce, ok := d.errors[key]
	explain := d.explain
	d.mu.RUnlock()
	if !ok {
		return re
	}
	values, err := ce.def.Inputs.Unpack(data[4:])
	if err != nil {
		// The selector matched but the arguments did not: keep the data,
		// say what we know rather than guessing values.
		re.Note = fmt.Sprintf("selector of %s but arguments do not decode: %v", ce.def.Sig, err)
		return re
	}
	re.Contract, re.Name = ce.contract, ce.def.Name
	re.Args = make(map[string]any, len(values))
	re.argOrder = make([]string, len(values))
	for i, v := range values {
		name := ce.def.Inputs[i].Name
		if name == "" {
			name = fmt.Sprintf("arg%d", i)
		}
		re.Args[name] = v
		re.argOrder[i] = name
	}
	if explain != nil {
		re.Message = explain(re)
	}
	return re
}

// FromError recognises a revert in an error returned by eth_call or
// eth_estimateGas, through ethclient over HTTP or the in-process client of
// the embedded chain; both surface it as an rpc.DataError whose ErrorData is
// the revert data as a hex string. It returns the decoded revert and true,
// or nil and false when err is not a revert (insufficient funds, network
// errors, ...). A revert without data (Solidity `revert()`) is decoded with
// an empty Name.
func (d *ErrorDecoder) FromError(err error) (*RevertError, bool) {
	if err == nil {
		return nil, false
	}
	var re *RevertError
	if errors.As(err, &re) {
		return re, true
	}
	if !isRevertMessage(err) {
		return nil, false
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(s); derr == nil {
				return d.Decode(data), true
			}
		}
	}
	return &RevertError{Note: "the node returned no revert data"}, true
}

// isRevertMessage tells a revert from other call failures. geth reports a
// revert with JSON-RPC error code 3 and a message starting "execution
// reverted"; other nodes keep the message but not always the code.
func isRevertMessage(err error) bool {
	var ce rpc.Error
	if errors.As(err, &ce) && ce.ErrorCode() == 3 {
		return true
	}
	return strings.Contains(err.Error(), "execution reverted")
}

// mustType builds a static ABI type; it panics only on a typo in this file.
func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return typ
}
