package ledger

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
)

// crashDirEnv, set to a directory, turns TestHelperCrashIndexer into the
// child process of TestCrashRecovery.
const crashDirEnv = "GPULEDGER_LEDGER_CRASH_DIR"

// TestHelperCrashIndexer is not a test: run by TestCrashRecovery in a
// child process, it indexes the parent's chain (JSON-RPC URL in DIR/rpc,
// manifest in DIR/manifest.json) into DIR/ledger.db in batches of three
// blocks, printing READY when it starts and DONE when it has caught up,
// and never exits on its own: the parent kills it with SIGKILL.
func TestHelperCrashIndexer(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("child process of TestCrashRecovery")
	}
	fail := func(err error) {
		fmt.Println("ERROR", err)
		os.Exit(1)
	}
	ctx := context.Background()
	url, err := os.ReadFile(filepath.Join(dir, "rpc"))
	if err != nil {
		fail(err)
	}
	m, err := contracts.LoadManifest(filepath.Join(dir, contracts.ManifestFile))
	if err != nil {
		fail(err)
	}
	remote, err := chain.Dial(ctx, strings.TrimSpace(string(url)))
	if err != nil {
		fail(err)
	}
	st, err := Open(filepath.Join(dir, FileName), nil)
	if err != nil {
		fail(err)
	}
	ix, err := NewIndexer(st, remote.Client(), m, IndexerConfig{BatchBlocks: 3, ReorgDepth: 16,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		fail(err)
	}
	fmt.Println("READY")
	for {
		res, err := ix.Step(ctx)
		if errors.Is(err, errRaced) {
			continue
		}
		if err != nil {
			fail(err)
		}
		if res.CaughtUp {
			fmt.Println("DONE", res.Cursor.Number)
			select {}
		}
	}
}

// TestCrashRecovery kills an indexing child process with SIGKILL at random
// points, over and over, while the parent keeps adding money events to the
// chain. After every kill the ledger file must hold exactly what a fresh
// reindex up to the same block holds: a batch is in the file whole or not
// at all, nothing doubled, nothing lost. The last child runs to the head.
//
// The chain is the parent's embedded chain, served over JSON-RPC on a
// loopback port; the child reaches it with chain.Dial. Sharing the chain
// this way keeps it alive and unchanged across the kills, so the test
// isolates the ledger's crash safety (the chain's own is tested in the
// chain package), and lets the parent compare at once with a reindex of the
// very same chain.
func TestCrashRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealInstant, RPCAddr: "127.0.0.1:0"})
	w := newWorkload(t, e, 4242, 3)
	for range 200 {
		w.step(t)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "rpc"), []byte(e.chain.RPCURL()), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := e.m.Save(filepath.Join(dir, contracts.ManifestFile)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, FileName)
	rng := rand.New(rand.NewPCG(9, 9))
	const wantKills = 24
	kills, emptyKills := 0, 0
	var lastCursor uint64
	for round := 0; kills < wantKills; round++ {
		if round > 60 {
			t.Fatalf("only %d kills in %d rounds", kills, round)
		}
		delay := time.Duration(rng.IntN(25_000)) * time.Microsecond
		done := runChild(t, dir, delay, false)
		if !done {
			kills++
		}
		cur := checkAgainstReindex(t, e, path)
		if cur == lastCursor {
			emptyKills++
		}
		lastCursor = cur
		// The chain moves on while no indexer runs.
		for range 3 {
			w.step(t)
		}
	}
	// The last child runs to the head.
	runChild(t, dir, 0, true)
	cur := checkAgainstReindex(t, e, path)
	if head := e.head(t).Number.Uint64(); cur != head {
		t.Fatalf("last child stopped at block %d, head is %d", cur, head)
	}
	st, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ix, err := NewIndexer(st, e.chain.Client(), e.m, IndexerConfig{Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, ix)
	t.Logf("%d kills (%d before any progress), chain head %d", kills, emptyKills, cur)
}

// runChild starts the helper, waits for READY, then kills it after delay
// (or, with toEnd, once it reports DONE). It reports whether the child had
// caught up before it was killed.
func runChild(t *testing.T, dir string, delay time.Duration, toEnd bool) bool {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperCrashIndexer$")
	cmd.Env = append(os.Environ(), crashDirEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 8)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	kill := func() {
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
	}
	timeout := time.After(30 * time.Second)
	var killAt <-chan time.Time
	done := false
	for {
		select {
		case line, ok := <-lines:
			switch {
			case !ok:
				kill()
				t.Fatal("child exited on its own")
			case strings.HasPrefix(line, "ERROR"):
				kill()
				t.Fatalf("child: %s", line)
			case line == "READY" && !toEnd:
				killAt = time.After(delay)
			case strings.HasPrefix(line, "DONE"):
				done = true
				kill()
				return done
			}
		case <-killAt:
			kill()
			return done
		case <-timeout:
			kill()
			t.Fatal("child did not finish in time")
		}
	}
}

// checkAgainstReindex compares the ledger file the child left with a fresh
// reindex up to the same block, and returns that block.
func checkAgainstReindex(t *testing.T, e *testEnv, path string) uint64 {
	t.Helper()
	st, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open the killed child's ledger: %v", err)
	}
	defer st.Close()
	cur, ok, err := st.Cursor()
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		if n, _ := st.Entries(EntryFilter{}, PageRequest{}); len(n.Items) != 0 {
			t.Fatal("entries without a cursor")
		}
		return 0
	}
	requireSameExport(t, fmt.Sprintf("killed at block %d", cur.Number), exportOf(t, st), freshExport(t, e.chain.Client(), e.m, cur.Number))
	return cur.Number
}
