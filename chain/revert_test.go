package chain

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// accessControlABI declares OpenZeppelin's AccessControl error.
const accessControlABI = `[{"type":"error","name":"AccessControlUnauthorizedAccount","inputs":[
	{"name":"account","type":"address"},{"name":"neededRole","type":"bytes32"}]},
	{"type":"error","name":"Unnamed","inputs":[{"name":"","type":"uint8"},{"name":"","type":"string"}]}]`

// encodeError ABI-encodes a call to the error sig with args.
func encodeError(t *testing.T, sig string, types []string, args ...any) []byte {
	t.Helper()
	var in abi.Arguments
	for _, ty := range types {
		in = append(in, abi.Argument{Type: mustType(ty)})
	}
	packed, err := in.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(crypto.Keccak256([]byte(sig))[:4], packed...)
}

func TestDecodeRevertData(t *testing.T) {
	ac, err := abi.JSON(strings.NewReader(accessControlABI))
	if err != nil {
		t.Fatal(err)
	}
	dec := NewErrorDecoder(parsedNopeABI(t))
	dec.Register("GPUAsset", &ac)

	account := common.HexToAddress("0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B")
	role := crypto.Keccak256Hash([]byte("OPERATOR_ROLE"))
	tests := []struct {
		name     string
		data     []byte
		wantName string
		wantArgs map[string]any
		wantMsg  string
	}{{
		name:     "Error(string)",
		data:     encodeError(t, "Error(string)", []string{"string"}, "lease: too short"),
		wantName: "Error",
		wantMsg:  `execution reverted: Error("lease: too short")`,
	}, {
		name:     "Panic overflow",
		data:     encodeError(t, "Panic(uint256)", []string{"uint256"}, big.NewInt(0x11)),
		wantName: "Panic",
		wantArgs: map[string]any{"code": big.NewInt(0x11)},
		wantMsg:  "execution reverted: Panic(0x11: arithmetic underflow or overflow)",
	}, {
		name:     "Panic unknown code",
		data:     encodeError(t, "Panic(uint256)", []string{"uint256"}, big.NewInt(0x99)),
		wantName: "Panic",
		wantMsg:  "execution reverted: Panic(0x99: unknown panic code)",
	}, {
		name:     "custom Nope",
		data:     encodeError(t, "Nope(uint256)", []string{"uint256"}, big.NewInt(42)),
		wantName: "Nope",
		wantArgs: map[string]any{"x": big.NewInt(42)},
		wantMsg:  "execution reverted: Nope(x=42)",
	}, {
		name:     "custom with contract name",
		data:     encodeError(t, "AccessControlUnauthorizedAccount(address,bytes32)", []string{"address", "bytes32"}, account, role),
		wantName: "AccessControlUnauthorizedAccount",
		wantArgs: map[string]any{"account": account, "neededRole": [32]byte(role)},
		wantMsg: fmt.Sprintf("execution reverted: GPUAsset.AccessControlUnauthorizedAccount(account=%s, neededRole=%s)",
			account.Hex(), role.Hex()),
	}, {
		name:     "unnamed arguments",
		data:     encodeError(t, "Unnamed(uint8,string)", []string{"uint8", "string"}, uint8(7), "x"),
		wantName: "Unnamed",
		wantArgs: map[string]any{"arg0": uint8(7), "arg1": "x"},
		wantMsg:  `execution reverted: GPUAsset.Unnamed(arg0=7, arg1="x")`,
	}, {
		name:    "unknown selector",
		data:    encodeError(t, "Other(uint256)", []string{"uint256"}, big.NewInt(1)),
		wantMsg: "execution reverted: unknown error 0x",
	}, {
		name:    "empty",
		data:    nil,
		wantMsg: "execution reverted",
	}, {
		name:    "short",
		data:    []byte{1, 2},
		wantMsg: "execution reverted: malformed revert data 0x0102",
	}, {
		name:    "selector with bad arguments",
		data:    crypto.Keccak256([]byte("Nope(uint256)"))[:4],
		wantMsg: "execution reverted: unknown error",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re := dec.Decode(tt.data)
			if re.Name != tt.wantName {
				t.Errorf("Name = %q, want %q", re.Name, tt.wantName)
			}
			for k, want := range tt.wantArgs {
				if got := fmt.Sprint(re.Args[k]); got != fmt.Sprint(want) {
					t.Errorf("Args[%s] = %s, want %s", k, got, want)
				}
			}
			if !strings.HasPrefix(re.Error(), tt.wantMsg) {
				t.Errorf("Error() = %q, want prefix %q", re.Error(), tt.wantMsg)
			}
			if !errors.Is(re, ErrReverted) {
				t.Error("errors.Is(ErrReverted) = false")
			}
			if string(re.Data) != string(tt.data) {
				t.Errorf("Data = %x, want %x", re.Data, tt.data)
			}
		})
	}
}

func TestNilDecoderKnowsBuiltins(t *testing.T) {
	var dec *ErrorDecoder
	re := dec.Decode(encodeError(t, "Error(string)", []string{"string"}, "boom"))
	if re.Name != "Error" || re.Reason != "boom" {
		t.Fatalf("nil decoder: %+v", re)
	}
	if re := dec.Decode(encodeError(t, "Nope(uint256)", []string{"uint256"}, big.NewInt(1))); re.Name != "" {
		t.Fatalf("nil decoder decoded a custom error: %+v", re)
	}
}

// rpcDataError mimics go-ethereum's rpc client error for a revert.
type rpcDataError struct {
	msg  string
	code int
	data any
}

func (e *rpcDataError) Error() string  { return e.msg }
func (e *rpcDataError) ErrorCode() int { return e.code }
func (e *rpcDataError) ErrorData() any { return e.data }

func TestFromError(t *testing.T) {
	dec := NewErrorDecoder(parsedNopeABI(t))
	nope := encodeError(t, "Nope(uint256)", []string{"uint256"}, big.NewInt(42))
	tests := []struct {
		name     string
		err      error
		revert   bool
		wantName string
	}{
		{"geth revert", &rpcDataError{"execution reverted", 3, hexutil.Encode(nope)}, true, "Nope"},
		{"wrapped", fmt.Errorf("estimate: %w", &rpcDataError{"execution reverted", 3, hexutil.Encode(nope)}), true, "Nope"},
		{"no data", errors.New("execution reverted"), true, ""},
		{"code 3 other message", &rpcDataError{"reverted", 3, "0x"}, true, ""},
		{"insufficient funds", errors.New("insufficient funds for gas * price + value"), false, ""},
		{"other data error", &rpcDataError{"transaction indexing is in progress", -32000, "0x01"}, false, ""},
		{"already decoded", fmt.Errorf("x: %w", &RevertError{Name: "Nope"}), true, "Nope"},
		{"nil", nil, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re, ok := dec.FromError(tt.err)
			if ok != tt.revert {
				t.Fatalf("revert = %v, want %v", ok, tt.revert)
			}
			if ok && re.Name != tt.wantName {
				t.Fatalf("Name = %q, want %q", re.Name, tt.wantName)
			}
		})
	}
}
