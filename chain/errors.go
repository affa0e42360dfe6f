package chain

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Errors returned while opening or closing a chain.
var (
	// ErrChainClosed is returned by the methods of an Embedded chain (Commit,
	// AdjustTime, Fork, ...) called after Close.
	ErrChainClosed = errors.New("chain closed")
)

// Errors returned while sending a transaction and waiting for it.
var (
	// ErrReverted is matched (errors.Is) by every *RevertError: the call or
	// transaction ran and the EVM reverted it. Use errors.As with a
	// *RevertError to read the decoded error.
	ErrReverted = errors.New("execution reverted")

	// ErrReceiptTimeout is returned by Transactor.Wait when no receipt
	// appeared within the transactor's receipt timeout. The transaction may
	// still be mined later; its nonce is spent either way.
	ErrReceiptTimeout = errors.New("timed out waiting for receipt")

	// ErrTxDropped is returned by Transactor.Resubmit when a transaction
	// signed earlier can never be mined: the node has no receipt for it and
	// its nonce went to another transaction.
	ErrTxDropped = errors.New("transaction dropped: its nonce was used by another transaction")
)

// ErrDataDirInUse is returned by OpenEmbedded when another process (a
// running gpuledger) holds the chain's data dir.
var ErrDataDirInUse = errors.New("the chain data dir is in use by another process")

// RevertError is a decoded EVM revert. It is returned (wrapped) by
// Transactor.Send when gas estimation reverts (nothing is sent then), by
// Transactor.Wait when a mined transaction has status 0, and by
// Transactor.Call.
//
// Exactly one of the following describes the revert:
//   - Name == "Error": Solidity require/revert with a message, in Reason.
//   - Name == "Panic": a Solidity panic; Args["code"] is the code and Reason
//     its meaning.
//   - another Name: a custom error found in the ErrorDecoder's ABIs, with
//     its arguments in Args.
//   - Name == "": the revert data is empty or matches no known error; Data
//     holds whatever the EVM returned.
type RevertError struct {
	// Contract is the name the ABI was registered under (ErrorDecoder.Register),
	// "" when unknown.
	Contract string
	// Name is the error's name: "Error", "Panic", a custom error's name, or ""
	// when unknown.
	Name string
	// Args holds the error's arguments by name; unnamed arguments are called
	// arg0, arg1, .... Values are as go-ethereum's abi package decodes them
	// (*big.Int, common.Address, [32]byte, string, ...).
	Args map[string]any
	// Reason is the message of Error(string) or the meaning of a panic code.
	Reason string
	// Data is the raw revert data (selector + ABI-encoded arguments); nil
	// when the node returned none.
	Data []byte
	// TxHash is the hash of the mined transaction that reverted; zero when
	// the revert came from a call or a gas estimation (nothing was sent).
	TxHash common.Hash
	// Note explains a revert whose data could not be obtained, for instance
	// when replaying a failed transaction did not revert again.
	Note string
	// Message says the error in a user's words, with amounts as decimals
	// and enums by name ("deposit 10.56 exceeds the term's cost 7.12"),
	// when the decoder has an explainer for it (ErrorDecoder.Explain);
	// Error() then shows it instead of the raw arguments.
	Message string

	// argOrder lists Args's keys in ABI order, for a stable Error().
	argOrder []string
}

// Error formats the revert as, for instance,
//
//	execution reverted: AccessControlUnauthorizedAccount(account=0xAbC…, neededRole=0x9766…)
//	execution reverted: Error("lease: too short")
//	execution reverted: Panic(0x11: arithmetic underflow or overflow)
func (e *RevertError) Error() string {
	var b strings.Builder
	b.WriteString(ErrReverted.Error())
	switch {
	case e.Name == "Error":
		fmt.Fprintf(&b, ": Error(%q)", e.Reason)
	case e.Name == "Panic":
		fmt.Fprintf(&b, ": Panic(%s)", e.Reason)
	case e.Name != "" && e.Message != "":
		b.WriteString(": ")
		if e.Contract != "" {
			b.WriteString(e.Contract + ".")
		}
		b.WriteString(e.Name + ": " + e.Message)
	case e.Name != "":
		b.WriteString(": ")
		if e.Contract != "" {
			b.WriteString(e.Contract + ".")
		}
		b.WriteString(e.Name + "(")
		for i, k := range e.argKeys() {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(k + "=" + formatArg(e.Args[k]))
		}
		b.WriteString(")")
	case len(e.Data) >= 4:
		fmt.Fprintf(&b, ": unknown error %s (%d bytes of data)", hexutil.Encode(e.Data[:4]), len(e.Data))
	case len(e.Data) > 0:
		fmt.Fprintf(&b, ": malformed revert data %s", hexutil.Encode(e.Data))
	case e.Note == "":
		// Solidity's revert() and require(cond) without a message, and a
		// call to a function the contract lacks, all revert with nothing.
		b.WriteString(" without data (revert(), require without message, or unknown function)")
	}
	if e.Note != "" {
		b.WriteString(" (" + e.Note + ")")
	}
	return b.String()
}

// Is makes errors.Is(err, ErrReverted) true for every RevertError.
func (e *RevertError) Is(target error) bool { return target == ErrReverted }

// ArgKeys returns Args's keys in ABI order when known, sorted otherwise.
func (e *RevertError) ArgKeys() []string { return e.argKeys() }

// argKeys returns Args's keys in ABI order when known, sorted otherwise.
func (e *RevertError) argKeys() []string {
	if len(e.argOrder) == len(e.Args) {
		return e.argOrder
	}
	keys := make([]string, 0, len(e.Args))
	for k := range e.Args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// formatArg prints a decoded ABI value the way a Solidity developer reads it:
// integers in decimal, addresses checksummed, bytes in hex.
func formatArg(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case common.Hash:
		return x.Hex()
	case [32]byte:
		return hexutil.Encode(x[:])
	case []byte:
		return hexutil.Encode(x)
	case string:
		return fmt.Sprintf("%q", x)
	default:
		return fmt.Sprintf("%v", x)
	}
}

// ErrChainAhead is returned by OpenEmbedded, in realtime sealing, when the
// chain's head is more than MaxClockLead ahead of the wall clock (a data
// dir whose chain time was moved forward, as `gpuledger demo` does): every
// write would wait for the clock. Serve a fresh data dir instead; such a
// chain can still be audited and reindexed.
var ErrChainAhead = errors.New("chain time is ahead of the wall clock; realtime sealing would stall every write")
