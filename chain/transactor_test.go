package chain

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestTransactorConcurrent(t *testing.T) {
	const (
		senders = 50
		perEach = 3
	)
	for _, mode := range []SealMode{SealInstant, SealRealtime} {
		t.Run(mode.String(), func(t *testing.T) {
			c := openTestChain(t, EmbeddedConfig{Sealing: mode})
			ctx := testCtx(t, 60*time.Second)
			tr := NewTransactor(c.Client(), c.ChainID(), c.DevKey(), WithReceiptTimeout(30*time.Second))
			start, err := c.Client().PendingNonceAt(ctx, tr.Address())
			if err != nil {
				t.Fatal(err)
			}

			var (
				mu     sync.Mutex
				nonces []uint64
				wg     sync.WaitGroup
			)
			errs := make(chan error, senders*perEach)
			for g := range senders {
				wg.Go(func() {
					to := common.BigToAddress(big.NewInt(int64(0x1000 + g)))
					for range perEach {
						r, err := tr.SendAndWait(ctx, &to, nil, big.NewInt(1))
						if err != nil {
							errs <- err
							return
						}
						tx, _, err := c.Client().TransactionByHash(ctx, r.TxHash)
						if err != nil {
							errs <- err
							return
						}
						mu.Lock()
						nonces = append(nonces, tx.Nonce())
						mu.Unlock()
					}
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
			slices.Sort(nonces)
			if len(nonces) != senders*perEach {
				t.Fatalf("%d transactions mined, want %d", len(nonces), senders*perEach)
			}
			for i, n := range nonces {
				if n != start+uint64(i) {
					t.Fatalf("nonces not contiguous: position %d has %d, want %d", i, n, start+uint64(i))
				}
			}
			for g := range senders {
				to := common.BigToAddress(big.NewInt(int64(0x1000 + g)))
				bal, err := c.Client().BalanceAt(ctx, to, nil)
				if err != nil {
					t.Fatal(err)
				}
				if bal.Int64() != perEach {
					t.Fatalf("balance of %s = %s, want %d", to, bal, perEach)
				}
			}
		})
	}
}

func TestSendRevertSendsNothing(t *testing.T) {
	c := openTestChain(t, EmbeddedConfig{Sealing: SealInstant})
	ctx := testCtx(t, 30*time.Second)
	tr := NewTransactor(c.Client(), c.ChainID(), c.DevKey(), WithErrorDecoder(NewErrorDecoder(parsedNopeABI(t))))
	nope := deploy(t, ctx, tr, alwaysNopeRuntime())

	before, err := c.Client().PendingNonceAt(ctx, tr.Address())
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := tr.Send(ctx, &nope, []byte{1, 2, 3, 4}, nil)
	if tx != nil {
		t.Fatalf("a transaction was returned: %s", tx.Hash())
	}
	assertNope42(t, err)

	// Through Call as well.
	_, err = tr.Call(ctx, nope, nil, nil)
	assertNope42(t, err)

	after, err := c.Client().PendingNonceAt(ctx, tr.Address())
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Fatalf("nonce moved from %d to %d: something was sent", before, after)
	}
	if h, _ := c.Client().BlockNumber(ctx); h != head {
		t.Fatalf("a block was sealed (%d -> %d)", head, h)
	}
	// The transactor's own count did not move either.
	to := common.HexToAddress("0x00000000000000000000000000000000000000ab")
	tx, err = tr.Send(ctx, &to, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != before {
		t.Fatalf("next nonce %d, want %d", tx.Nonce(), before)
	}
}

func assertNope42(t *testing.T, err error) {
	t.Helper()
	if !errors.Is(err, ErrReverted) {
		t.Fatalf("err = %v, want a revert", err)
	}
	var re *RevertError
	if !errors.As(err, &re) {
		t.Fatalf("err = %v is no *RevertError", err)
	}
	if re.Name != "Nope" {
		t.Fatalf("Name = %q in %v", re.Name, err)
	}
	if x, ok := re.Args["x"].(*big.Int); !ok || x.Int64() != 42 {
		t.Fatalf("Args = %v", re.Args)
	}
}

func TestWaitDecodesMinedRevert(t *testing.T) {
	c := openTestChain(t, EmbeddedConfig{Sealing: SealManual})
	ctx := testCtx(t, 30*time.Second)
	tr := NewTransactor(c.Client(), c.ChainID(), c.DevKey(), WithErrorDecoder(NewErrorDecoder(parsedNopeABI(t))))
	deployTx, err := tr.Send(ctx, nil, initCode(flipOnceRuntime()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Commit(); err != nil {
		t.Fatal(err)
	}
	dr, err := tr.Wait(ctx, deployTx)
	if err != nil {
		t.Fatal(err)
	}
	flip := dr.ContractAddress

	// Both estimates run before either is mined, so both pass; the second
	// fails in the block.
	first, err := tr.Send(ctx, &flip, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	second, err := tr.Send(ctx, &flip, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Commit(); err != nil {
		t.Fatal(err)
	}
	if r, err := tr.Wait(ctx, first); err != nil || r.Status != 1 {
		t.Fatalf("first: %v", err)
	}
	r, err := tr.Wait(ctx, second)
	if r == nil || r.Status != types.ReceiptStatusFailed {
		t.Fatalf("second receipt = %+v, err %v", r, err)
	}
	assertNope42(t, err)
	var re *RevertError
	errors.As(err, &re)
	if re.TxHash != second.Hash() {
		t.Fatalf("TxHash = %s, want %s", re.TxHash, second.Hash())
	}
}

func TestWaitTimeout(t *testing.T) {
	c := openTestChain(t, EmbeddedConfig{Sealing: SealManual})
	ctx := testCtx(t, 30*time.Second)
	tr := NewTransactor(c.Client(), c.ChainID(), c.DevKey(),
		WithReceiptTimeout(300*time.Millisecond), WithPollInterval(20*time.Millisecond))
	to := common.HexToAddress("0x00000000000000000000000000000000000000ac")
	tx, err := tr.Send(ctx, &to, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := tr.Wait(ctx, tx); !errors.Is(err, ErrReceiptTimeout) {
		t.Fatalf("Wait = %v, want ErrReceiptTimeout", err)
	}
	if d := time.Since(start); d < 300*time.Millisecond || d > 5*time.Second {
		t.Fatalf("Wait returned after %s", d)
	}

	// The caller's context wins over the timeout, and is reported as such.
	cctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := tr.Wait(cctx, tx); !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrReceiptTimeout) {
		t.Fatalf("Wait with expired ctx = %v", err)
	}
}

func TestSendResyncsAfterForeignNonceUse(t *testing.T) {
	c := openTestChain(t, EmbeddedConfig{Sealing: SealInstant})
	ctx := testCtx(t, 30*time.Second)
	to := common.HexToAddress("0x00000000000000000000000000000000000000ad")
	a := NewTransactor(c.Client(), c.ChainID(), c.DevKey())
	b := NewTransactor(c.Client(), c.ChainID(), c.DevKey())
	if _, err := a.SendAndWait(ctx, &to, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	// b reads the nonce now; then a uses it behind b's back.
	if _, err := b.SendAndWait(ctx, &to, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	if _, err := a.SendAndWait(ctx, &to, nil, big.NewInt(1)); err != nil {
		t.Fatalf("a after b: %v", err)
	}
	if _, err := b.SendAndWait(ctx, &to, nil, big.NewInt(1)); err != nil {
		t.Fatalf("b after a used its nonce: %v", err)
	}
	if bal, _ := c.Client().BalanceAt(ctx, to, nil); bal.Int64() != 4 {
		t.Fatalf("balance %s, want 4", bal)
	}
}

func TestDeployAndSendFromFundedAccount(t *testing.T) {
	c := openTestChain(t, EmbeddedConfig{Sealing: SealInstant})
	ctx := testCtx(t, 30*time.Second)
	dev := NewTransactor(c.Client(), c.ChainID(), c.DevKey())
	user := newKey(t)
	ut := NewTransactor(c.Client(), c.ChainID(), user)
	if _, err := dev.SendAndWait(ctx, ptr(ut.Address()), nil, ether(1)); err != nil {
		t.Fatal(err)
	}
	addr, r, err := ut.Deploy(ctx, initCode(flipOnceRuntime()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.ContractAddress != addr || addr == (common.Address{}) {
		t.Fatalf("deployed at %s, receipt says %s", addr, r.ContractAddress)
	}
	code, err := c.Client().CodeAt(ctx, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if string(code) != string(flipOnceRuntime()) {
		t.Fatalf("code = %x", code)
	}
	// A poor account's failure is not a revert.
	poor := NewTransactor(c.Client(), c.ChainID(), newKey(t))
	if _, err := poor.Send(ctx, &addr, nil, ether(1)); err == nil || errors.Is(err, ErrReverted) {
		t.Fatalf("send without funds = %v", err)
	}
}

func ptr[T any](v T) *T { return &v }
