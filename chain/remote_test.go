package chain

import (
	"crypto/ecdsa"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// devnodeEnv names a JSON-RPC URL of a `geth --dev` node (make devnode) to
// run the remote tests against as well, with geth's prefunded dev key.
const devnodeEnv = "GPULEDGER_GETH_URL"

func TestGethDevKey(t *testing.T) {
	want := common.HexToAddress("0x71562b71999873DB5b286dF957af199Ec94617F7")
	if got := crypto.PubkeyToAddress(GethDevKey().PublicKey); got != want {
		t.Fatalf("GethDevKey address = %s, want %s", got, want)
	}
}

func TestDialEmbeddedRPC(t *testing.T) {
	c := openTestChain(t, EmbeddedConfig{RPCAddr: "127.0.0.1:0", Sealing: SealRealtime})
	exerciseRemote(t, c.RPCURL(), c.DevKey())
}

// TestDialDevnode runs against a real geth --dev when GPULEDGER_GETH_URL
// names one.
func TestDialDevnode(t *testing.T) {
	url := os.Getenv(devnodeEnv)
	if url == "" {
		t.Skip(devnodeEnv + " not set (make devnode)")
	}
	exerciseRemote(t, url, GethDevKey())
}

// exerciseRemote dials url and checks what the service relies on: chain id,
// concurrent sends from a funded key, contract creation, revert decoding
// over HTTP with nothing sent.
func exerciseRemote(t *testing.T, url string, funded *ecdsa.PrivateKey) {
	ctx := testCtx(t, 60*time.Second)
	r, err := Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	id, err := r.Client().ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id.Cmp(r.ChainID()) != 0 {
		t.Fatalf("ChainID %s, client says %s", r.ChainID(), id)
	}
	if _, err := r.Client().BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	tr := NewTransactor(r.Client(), r.ChainID(), funded,
		WithErrorDecoder(NewErrorDecoder(parsedNopeABI(t))), WithReceiptTimeout(30*time.Second))

	var wg sync.WaitGroup
	to := common.BigToAddress(big.NewInt(0x3000 + time.Now().UnixNano()%1000))
	before, err := r.Client().BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	for range 10 {
		wg.Go(func() {
			if _, err := tr.SendAndWait(ctx, &to, nil, big.NewInt(1)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	after, err := r.Client().BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := new(big.Int).Sub(after, before); d.Int64() != 10 {
		t.Fatalf("balance grew by %s, want 10", d)
	}

	nope := deploy(t, ctx, tr, alwaysNopeRuntime())
	nonce, err := r.Client().PendingNonceAt(ctx, tr.Address())
	if err != nil {
		t.Fatal(err)
	}
	_, err = tr.Send(ctx, &nope, nil, nil)
	assertNope42(t, err)
	if n, _ := r.Client().PendingNonceAt(ctx, tr.Address()); n != nonce {
		t.Fatalf("nonce moved from %d to %d after a refused send", nonce, n)
	}
}

func TestDialUnreachable(t *testing.T) {
	ctx := testCtx(t, 10*time.Second)
	if r, err := Dial(ctx, "http://127.0.0.1:1"); err == nil {
		r.Close()
		t.Fatal("Dial to a closed port succeeded")
	}
}
