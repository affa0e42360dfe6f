package chain

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// crashHelperEnv, set to a data dir, turns TestHelperProcess into the child
// process of TestEmbeddedSurvivesKill.
const crashHelperEnv = "GPULEDGER_CHAIN_CRASH_DIR"

// crashRecipient receives the child's transfers.
var crashRecipient = common.HexToAddress("0x00000000000000000000000000000000000000ee")

// TestHelperProcess is not a test: run by TestEmbeddedSurvivesKill in a
// child process, it opens the chain in $GPULEDGER_CHAIN_CRASH_DIR, mines
// transactions, prints what it reached and waits to be killed.
func TestHelperProcess(t *testing.T) {
	dir := os.Getenv(crashHelperEnv)
	if dir == "" {
		t.Skip("helper process for TestEmbeddedSurvivesKill")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := OpenEmbedded(ctx, EmbeddedConfig{DataDir: dir, Sealing: SealInstant, Logger: testLogger(t)})
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(1)
	}
	tr := NewTransactor(c.Client(), c.ChainID(), c.DevKey())
	// A contract too: its code and storage are state beyond balances.
	flip := deploy(t, ctx, tr, flipOnceRuntime())
	if _, err := tr.SendAndWait(ctx, &flip, nil, nil); err != nil {
		fmt.Println("ERROR", err)
		os.Exit(1)
	}
	var last common.Hash
	for i := range 5 {
		r, err := tr.SendAndWait(ctx, &crashRecipient, nil, big.NewInt(int64(1000+i)))
		if err != nil {
			fmt.Println("ERROR", err)
			os.Exit(1)
		}
		last = r.TxHash
	}
	head, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(1)
	}
	bal, err := c.Client().BalanceAt(ctx, crashRecipient, nil)
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(1)
	}
	// No Close: the parent kills us with SIGKILL after reading this line.
	fmt.Printf("HEAD %d %s %s %s %s\n", head.Number, head.Hash(), bal, last, flip)
	select {}
}

func TestEmbeddedSurvivesKill(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), crashHelperEnv+"="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	defer func() {
		if !killed {
			cmd.Process.Kill()
			cmd.Wait()
		}
	}()

	var (
		number                     uint64
		hash, balance, txHash, flp string
	)
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	timeout := time.After(60 * time.Second)
wait:
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				t.Fatal("helper exited without reporting")
			}
			if strings.HasPrefix(line, "ERROR") {
				t.Fatalf("helper: %s", line)
			}
			if _, err := fmt.Sscanf(line, "HEAD %d %s %s %s %s", &number, &hash, &balance, &txHash, &flp); err == nil {
				break wait
			}
		case <-timeout:
			t.Fatal("helper did not report in time")
		}
	}
	// SIGKILL: no deferred Close, no database flush, no journal.
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	killed = true
	t.Logf("child reached block %d %s before SIGKILL", number, hash)

	c := openTestChain(t, EmbeddedConfig{DataDir: dir, Sealing: SealInstant})
	ctx := testCtx(t, 30*time.Second)
	cl := c.Client()
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number.Uint64() != number || head.Hash().Hex() != hash {
		t.Fatalf("head after kill = %d %s, want %d %s", head.Number, head.Hash(), number, hash)
	}
	bal, err := cl.BalanceAt(ctx, crashRecipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.String() != balance {
		t.Fatalf("balance after kill = %s, want %s", bal, balance)
	}
	if _, err := cl.TransactionReceipt(ctx, common.HexToHash(txHash)); err != nil {
		t.Fatalf("receipt of the last tx after kill: %v", err)
	}
	slot, err := cl.StorageAt(ctx, common.HexToAddress(flp), common.Hash{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if new(big.Int).SetBytes(slot).Int64() != 1 {
		t.Fatalf("contract storage after kill = %x, want 1", slot)
	}
	// And the chain goes on.
	tr := NewTransactor(cl, c.ChainID(), c.DevKey())
	r, err := tr.SendAndWait(ctx, &crashRecipient, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if r.BlockNumber.Uint64() != number+1 {
		t.Fatalf("next tx in block %d, want %d", r.BlockNumber, number+1)
	}
}
