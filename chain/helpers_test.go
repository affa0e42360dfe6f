package chain

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// testLogger logs warnings and errors into the test's output.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// openTestChain opens an embedded chain closed at the end of the test.
func openTestChain(t testing.TB, cfg EmbeddedConfig) *Embedded {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = testLogger(t)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := OpenEmbedded(ctx, cfg)
	if err != nil {
		t.Fatalf("OpenEmbedded: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return c
}

// testCtx returns a context ending with the test, at most after d.
func testCtx(t testing.TB, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), d)
	t.Cleanup(cancel)
	return ctx
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// ether returns n ether in wei.
func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// Hand-assembled contracts: there is no Solidity compiler in Go, and these
// are small enough to read opcode by opcode.

// nopeABI declares the custom error the test contracts revert with.
const nopeABI = `[{"type":"error","name":"Nope","inputs":[{"name":"x","type":"uint256"}]}]`

func parsedNopeABI(t testing.TB) *abi.ABI {
	t.Helper()
	a, err := abi.JSON(strings.NewReader(nopeABI))
	if err != nil {
		t.Fatal(err)
	}
	return &a
}

// revertNope42 is EVM code that reverts with Nope(42): the selector shifted
// into memory word 0, 42 in the next word at offset 4, revert(0, 36).
func revertNope42() []byte {
	sel := crypto.Keccak256([]byte("Nope(uint256)"))[:4]
	code := []byte{0x63} // PUSH4 selector
	code = append(code, sel...)
	return append(code,
		0x60, 0xe0, // PUSH1 224
		0x1b,       // SHL: selector << 224
		0x60, 0x00, // PUSH1 0
		0x52,       // MSTORE mem[0:32]
		0x60, 0x2a, // PUSH1 42
		0x60, 0x04, // PUSH1 4
		0x52,       // MSTORE mem[4:36]
		0x60, 0x24, // PUSH1 36
		0x60, 0x00, // PUSH1 0
		0xfd, // REVERT(0, 36)
	)
}

// alwaysNopeRuntime reverts every call with Nope(42).
func alwaysNopeRuntime() []byte { return revertNope42() }

// flipOnceRuntime succeeds once, setting storage slot 0 to 1, and reverts
// with Nope(42) ever after: the second of two transactions estimated before
// either is mined fails on chain.
func flipOnceRuntime() []byte {
	rev := revertNope42()
	okAt := byte(7 + len(rev))
	code := []byte{
		0x60, 0x00, // PUSH1 0
		0x54,       // SLOAD
		0x15,       // ISZERO
		0x60, okAt, // PUSH1 ok
		0x57, // JUMPI
	}
	code = append(code, rev...)
	return append(code,
		0x5b,       // ok: JUMPDEST
		0x60, 0x01, // PUSH1 1
		0x60, 0x00, // PUSH1 0
		0x55, // SSTORE slot0 = 1
		0x00, // STOP
	)
}

// initCode wraps runtime in creation code that returns it.
func initCode(runtime []byte) []byte {
	const prefixLen = 11
	n := byte(len(runtime))
	code := []byte{
		0x60, n, // PUSH1 size
		0x80,            // DUP1
		0x60, prefixLen, // PUSH1 offset of runtime
		0x60, 0x00, // PUSH1 0
		0x39,       // CODECOPY(0, offset, size)
		0x60, 0x00, // PUSH1 0
		0xf3, // RETURN(0, size)
	}
	return append(code, runtime...)
}

// deploy deploys runtime code through tr.
func deploy(t testing.TB, ctx context.Context, tr *Transactor, runtime []byte) common.Address {
	t.Helper()
	addr, r, err := tr.Deploy(ctx, initCode(runtime), nil)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if r.Status != 1 {
		t.Fatalf("deploy status %d", r.Status)
	}
	return addr
}
