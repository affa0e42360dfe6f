package chain

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

func TestEmbeddedInMemory(t *testing.T) {
	c := openTestChain(t, EmbeddedConfig{Sealing: SealInstant})
	ctx := testCtx(t, 30*time.Second)
	if got := c.ChainID(); got.Cmp(big.NewInt(1337)) != 0 {
		t.Fatalf("ChainID = %s, want 1337", got)
	}
	id, err := c.Client().ChainID(ctx)
	if err != nil || id.Cmp(c.ChainID()) != 0 {
		t.Fatalf("client ChainID = %v, %v", id, err)
	}
	dev := crypto.PubkeyToAddress(c.DevKey().PublicKey)
	bal, err := c.Client().BalanceAt(ctx, dev, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(devBalance) != 0 {
		t.Fatalf("dev balance = %s, want %s", bal, devBalance)
	}
	if c.RPCURL() != "" {
		t.Fatalf("RPCURL = %q without RPCAddr", c.RPCURL())
	}
	// ChainID hands out copies.
	c.ChainID().SetInt64(1)
	if c.ChainID().Int64() != 1337 {
		t.Fatal("ChainID result aliases internal state")
	}
}

func TestEmbeddedPersistsAcrossRestart(t *testing.T) {
	dir := t.TempDir()
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")

	c := openTestChain(t, EmbeddedConfig{DataDir: dir, Sealing: SealInstant})
	ctx := testCtx(t, 30*time.Second)
	tr := NewTransactor(c.Client(), c.ChainID(), c.DevKey())
	r, err := tr.SendAndWait(ctx, &to, nil, ether(3))
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	genesis, err := c.Client().HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	devAddr := crypto.PubkeyToAddress(c.DevKey().PublicKey)
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}

	fi, err := os.Stat(filepath.Join(dir, devKeyFile))
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("devkey mode = %v, want 0600", perm)
	}

	c2 := openTestChain(t, EmbeddedConfig{DataDir: dir, Sealing: SealInstant})
	if got := crypto.PubkeyToAddress(c2.DevKey().PublicKey); got != devAddr {
		t.Fatalf("dev key changed across restart: %s != %s", got, devAddr)
	}
	head2, err := c2.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head2.Hash() != head.Hash() {
		t.Fatalf("head after restart = %d %s, want %d %s", head2.Number, head2.Hash(), head.Number, head.Hash())
	}
	genesis2, err := c2.Client().HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	if genesis2.Hash() != genesis.Hash() {
		t.Fatal("genesis changed across restart")
	}
	bal, err := c2.Client().BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(ether(3)) != 0 {
		t.Fatalf("balance after restart = %s", bal)
	}
	if _, err := c2.Client().TransactionReceipt(ctx, r.TxHash); err != nil {
		t.Fatalf("receipt after restart: %v", err)
	}
	// The chain goes on from where it was.
	tr2 := NewTransactor(c2.Client(), c2.ChainID(), c2.DevKey())
	r2, err := tr2.SendAndWait(ctx, &to, nil, ether(1))
	if err != nil {
		t.Fatal(err)
	}
	if r2.BlockNumber.Uint64() != head.Number.Uint64()+1 {
		t.Fatalf("new block %d, want %d", r2.BlockNumber, head.Number.Uint64()+1)
	}
}

func TestEmbeddedRefusesChainWithoutDevKey(t *testing.T) {
	dir := t.TempDir()
	c := openTestChain(t, EmbeddedConfig{DataDir: dir, Sealing: SealManual})
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, devKeyFile)); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenEmbedded(t.Context(), EmbeddedConfig{DataDir: dir, Logger: testLogger(t)}); err == nil {
		t.Fatal("opened a chain whose dev key is gone")
	}
}

func TestEmbeddedRefusesSecondOpen(t *testing.T) {
	dir := t.TempDir()
	openTestChain(t, EmbeddedConfig{DataDir: dir, Sealing: SealManual})
	c, err := OpenEmbedded(t.Context(), EmbeddedConfig{DataDir: dir, Logger: testLogger(t)})
	if err == nil {
		c.Close()
		t.Fatal("opened a data dir in use")
	}
}

func TestEmbeddedRPC(t *testing.T) {
	c := openTestChain(t, EmbeddedConfig{RPCAddr: "127.0.0.1:0", Sealing: SealRealtime})
	ctx := testCtx(t, 30*time.Second)
	url := c.RPCURL()
	if url == "" || url == "http://127.0.0.1:0" {
		t.Fatalf("RPCURL = %q, want the bound port", url)
	}
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	id, err := ec.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id.Int64() != 1337 {
		t.Fatalf("chain id over HTTP = %s", id)
	}
	before, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// A transaction signed here and sent over HTTP: the embedded chain's own
	// client never sees it, the sealer must find it in the pool.
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	nonce, err := ec.PendingNonceAt(ctx, crypto.PubkeyToAddress(c.DevKey().PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	tip, err := ec.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(c.DevKey(), types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       21000, To: &to, Value: ether(2),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	r, err := NewTransactor(ec, id, newKey(t)).Wait(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	if r.BlockNumber.Uint64() <= before {
		t.Fatalf("mined in block %d, not after %d", r.BlockNumber, before)
	}
	bal, err := ec.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(ether(2)) != 0 {
		t.Fatalf("balance = %s", bal)
	}
}

func TestEmbeddedRPCFixedPort(t *testing.T) {
	c := openTestChain(t, EmbeddedConfig{RPCAddr: "127.0.0.1:0", Sealing: SealManual})
	url := c.RPCURL()
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	// Reuse the port the first chain was given: a fixed address works too.
	addr := url[len("http://"):]
	c2 := openTestChain(t, EmbeddedConfig{RPCAddr: addr, Sealing: SealManual})
	if c2.RPCURL() != url {
		t.Fatalf("RPCURL = %q, want %q", c2.RPCURL(), url)
	}
}

func TestEmbeddedBadRPCAddr(t *testing.T) {
	for _, addr := range []string{"nonsense", ":8545", "127.0.0.1:http", "127.0.0.1:70000"} {
		if c, err := OpenEmbedded(t.Context(), EmbeddedConfig{RPCAddr: addr, Logger: testLogger(t)}); err == nil {
			c.Close()
			t.Errorf("RPCAddr %q accepted", addr)
		}
	}
}

func TestEmbeddedManualSealingAndAdjustTime(t *testing.T) {
	c := openTestChain(t, EmbeddedConfig{Sealing: SealManual})
	ctx := testCtx(t, 30*time.Second)
	tr := NewTransactor(c.Client(), c.ChainID(), c.DevKey())
	to := common.HexToAddress("0x00000000000000000000000000000000000000cc")
	tx, err := tr.Send(ctx, &to, nil, ether(1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Client().TransactionReceipt(ctx, tx.Hash()); err == nil {
		t.Fatal("mined without Commit in SealManual")
	}
	if err := c.AdjustTime(time.Hour); err == nil {
		t.Fatal("AdjustTime with a pending transaction succeeded")
	}
	hash, err := c.Commit()
	if err != nil {
		t.Fatal(err)
	}
	r, err := tr.Wait(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	if r.BlockHash != hash {
		t.Fatalf("tx in %s, Commit returned %s", r.BlockHash, hash)
	}
	before, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AdjustTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	after, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.Time != before.Time+3600 {
		t.Fatalf("time after AdjustTime = %d, want %d", after.Time, before.Time+3600)
	}
}

func TestEmbeddedFork(t *testing.T) {
	c := openTestChain(t, EmbeddedConfig{Sealing: SealManual})
	ctx := testCtx(t, 30*time.Second)
	cl := c.Client()
	tr := NewTransactor(cl, c.ChainID(), c.DevKey())
	to := common.HexToAddress("0x00000000000000000000000000000000000000dd")

	base, err := c.Commit()
	if err != nil {
		t.Fatal(err)
	}
	tx, err := tr.Send(ctx, &to, nil, ether(5))
	if err != nil {
		t.Fatal(err)
	}
	orphan, err := c.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Fork(base); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := c.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	baseHeader, err := cl.HeaderByHash(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number.Uint64() != baseHeader.Number.Uint64()+2 {
		t.Fatalf("head %d, want %d", head.Number, baseHeader.Number.Uint64()+2)
	}
	canon, err := cl.HeaderByNumber(ctx, new(big.Int).Add(baseHeader.Number, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	if canon.Hash() == orphan {
		t.Fatal("orphaned block still canonical")
	}
	// Like a real node, the pool takes back the transactions of the
	// orphaned blocks, and the new branch includes them again.
	r, err := cl.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		t.Fatalf("receipt of the reorged transaction: %v", err)
	}
	if r.BlockHash == orphan {
		t.Fatal("receipt still points at the orphaned block")
	}
	t.Logf("tx moved from orphaned block %s to block %d %s", orphan, r.BlockNumber, r.BlockHash)

	// Fork again and drop the returned transaction: it is gone.
	if err := c.Fork(base); err != nil {
		t.Fatal(err)
	}
	if err := c.Rollback(); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := c.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := cl.TransactionReceipt(ctx, tx.Hash()); err == nil {
		t.Fatal("receipt of a dropped transaction still served")
	}
	if bal, err := cl.BalanceAt(ctx, to, nil); err != nil || bal.Sign() != 0 {
		t.Fatalf("balance after reorg = %v, %v", bal, err)
	}
}

func TestEmbeddedClosed(t *testing.T) {
	c, err := OpenEmbedded(t.Context(), EmbeddedConfig{Sealing: SealInstant, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := c.Commit(); !errors.Is(err, ErrChainClosed) {
		t.Fatalf("Commit after Close = %v", err)
	}
	if err := c.AdjustTime(time.Second); !errors.Is(err, ErrChainClosed) {
		t.Fatalf("AdjustTime after Close = %v", err)
	}
}

// logEmitterRuntime emits LOG1(topic = keccak("Ping()"), data = 42) on
// every call.
func logEmitterRuntime() []byte {
	code := []byte{
		0x60, 0x2a, // PUSH1 42
		0x60, 0x00, // PUSH1 0
		0x52, // MSTORE
		0x7f, // PUSH32 topic
	}
	code = append(code, crypto.Keccak256([]byte("Ping()"))...)
	return append(code,
		0x60, 0x20, // PUSH1 32 (size)
		0x60, 0x00, // PUSH1 0 (offset)
		0xa1, // LOG1
		0x00, // STOP
	)
}

func TestEmbeddedFilterLogsAcrossRestart(t *testing.T) {
	dir := t.TempDir()
	topic := crypto.Keccak256Hash([]byte("Ping()"))
	c := openTestChain(t, EmbeddedConfig{DataDir: dir, Sealing: SealInstant})
	ctx := testCtx(t, 30*time.Second)
	tr := NewTransactor(c.Client(), c.ChainID(), c.DevKey())
	emitter := deploy(t, ctx, tr, logEmitterRuntime())
	for range 3 {
		if _, err := tr.SendAndWait(ctx, &emitter, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	query := ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{emitter}, Topics: [][]common.Hash{{topic}}}
	logs, err := c.Client().FilterLogs(ctx, query)
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 3 {
		t.Fatalf("%d logs, want 3", len(logs))
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	c2 := openTestChain(t, EmbeddedConfig{DataDir: dir, Sealing: SealInstant})
	logs2, err := c2.Client().FilterLogs(ctx, query)
	if err != nil {
		t.Fatal(err)
	}
	if len(logs2) != 3 || logs2[2].TxHash != logs[2].TxHash || logs2[2].BlockHash != logs[2].BlockHash {
		t.Fatalf("logs after restart = %+v", logs2)
	}
	if new(big.Int).SetBytes(logs2[0].Data).Int64() != 42 {
		t.Fatalf("log data = %x", logs2[0].Data)
	}
}
