package chain

import (
	"context"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// headWatcher records when each block number was first seen as the head.
type headWatcher struct {
	mu   sync.Mutex
	seen map[uint64]time.Time
}

func watchHeads(ctx context.Context, c Client) *headWatcher {
	w := &headWatcher{seen: make(map[uint64]time.Time)}
	go func() {
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			n, err := c.BlockNumber(ctx)
			if err != nil {
				continue
			}
			now := time.Now()
			w.mu.Lock()
			if _, ok := w.seen[n]; !ok {
				w.seen[n] = now
			}
			w.mu.Unlock()
		}
	}()
	return w
}

// firstSeen returns when block n or a later one was first seen as head: an
// upper bound of when n was sealed, since the watcher may miss a block.
func (w *headWatcher) firstSeen(n, head uint64) (time.Time, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for i := n; i <= head; i++ {
		if at, ok := w.seen[i]; ok {
			return at, true
		}
	}
	return time.Time{}, false
}

// TestRealtimeSealingBurst: 500 transactions sent at once from five
// goroutines to a realtime chain are sealed in batches, at most one block
// per wall-clock second, and no block is ever stamped ahead of the wall
// clock (so chain time never runs ahead and leases never accrue too fast).
// What is asserted holds however loaded the machine is: a block's time is
// at most the wall-clock second it was first seen in, block times
// increase, and the burst takes no more blocks than the seconds it
// lasted, plus one. How far behind the clock a block was seen, and how
// long the burst took, depend on the load and are logged.
func TestRealtimeSealingBurst(t *testing.T) {
	const (
		senders = 5
		perEach = 100
	)
	c := openTestChain(t, EmbeddedConfig{Sealing: SealRealtime})
	ctx := testCtx(t, 120*time.Second)
	cl := c.Client()
	tr := NewTransactor(cl, c.ChainID(), c.DevKey())
	start, err := cl.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wctx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	w := watchHeads(wctx, cl)

	var (
		mu  sync.Mutex
		txs []*types.Transaction
		wg  sync.WaitGroup
	)
	sendStart := time.Now()
	for g := range senders {
		wg.Go(func() {
			to := common.BigToAddress(big.NewInt(int64(0x2000 + g)))
			for range perEach {
				tx, err := tr.Send(ctx, &to, nil, big.NewInt(1))
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				txs = append(txs, tx)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	t.Logf("sent %d transactions in %s", len(txs), time.Since(sendStart))
	perBlock := make(map[uint64]int)
	for _, tx := range txs {
		r, err := tr.Wait(ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		perBlock[r.BlockNumber.Uint64()]++
	}
	minedBy := time.Now()
	t.Logf("all mined %s after the first send", minedBy.Sub(sendStart))
	stopWatch()

	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if now := time.Now().Unix(); int64(head.Time) > now {
		t.Errorf("head time %d is ahead of the wall clock %d", head.Time, now)
	}
	maxTxs, mined := 0, 0
	for n := start + 1; n <= head.Number.Uint64(); n++ {
		b, err := cl.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		seen, ok := w.firstSeen(n, head.Number.Uint64())
		if !ok {
			seen = minedBy // every block was there when the last receipt came
		}
		t.Logf("block %d: time %d, %d txs, observed %s after its timestamp", n, b.Time, perBlock[n],
			seen.Sub(time.Unix(int64(b.Time), 0)))
		// Sealed no earlier than its second began, and seen after it was sealed.
		if int64(b.Time) > seen.Unix() {
			t.Errorf("block %d stamped %d, ahead of the wall clock when it was first seen (%s)", n, b.Time, seen.Format(time.RFC3339Nano))
		}
		if n > start+1 {
			prev, err := cl.HeaderByNumber(ctx, new(big.Int).SetUint64(n-1))
			if err != nil {
				t.Fatal(err)
			}
			if b.Time <= prev.Time {
				t.Errorf("block %d time %d not after %d", n, b.Time, prev.Time)
			}
		}
		maxTxs = max(maxTxs, perBlock[n])
		mined += perBlock[n]
	}
	if mined != len(txs) {
		t.Errorf("%d of %d transactions in the burst's blocks", mined, len(txs))
	}
	// One block per second at most: the burst's blocks fit in the seconds
	// from its first send to its last receipt.
	blocks := head.Number.Uint64() - start
	if seconds := minedBy.Unix() - sendStart.Unix() + 1; int64(blocks) > seconds {
		t.Errorf("%d blocks in the %d wall-clock seconds of the burst: more than one a second", blocks, seconds)
	}
	if blocks >= uint64(len(txs)) || maxTxs <= 1 {
		t.Errorf("%d blocks for %d transactions, at most %d in one: no batching", blocks, len(txs), maxTxs)
	}
}

func TestRealtimeSealingIdle(t *testing.T) {
	// No transactions, no blocks: the sealer does not tick on its own.
	c := openTestChain(t, EmbeddedConfig{Sealing: SealRealtime})
	ctx := testCtx(t, 10*time.Second)
	before, err := c.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(1200 * time.Millisecond)
	after, err := c.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Fatalf("idle chain went from block %d to %d", before, after)
	}
}

// TestFundThenSpend: an account funded in one block spends in the next at
// once, whatever the pool's background reset is doing (the receipt may be
// read before the pool has moved to the block that funded it). Meanwhile a
// stranger with no funds keeps sending, which takes the send path's
// retry-after-sync; neither may hang, and the stranger is refused.
func TestFundThenSpend(t *testing.T) {
	for _, mode := range []struct {
		name    string
		sealing SealMode
		keys    int
	}{{"instant", SealInstant, 30}, {"realtime", SealRealtime, 3}} {
		t.Run(mode.name, func(t *testing.T) {
			c := openTestChain(t, EmbeddedConfig{Sealing: mode.sealing})
			ctx := testCtx(t, 60*time.Second)
			cl := c.Client()
			funder := NewTransactor(cl, c.ChainID(), c.DevKey())

			stop := make(chan struct{})
			var wg sync.WaitGroup
			wg.Go(func() {
				broke := newKey(t)
				signer := types.LatestSignerForChainID(c.ChainID())
				to := common.HexToAddress("0xdead")
				for {
					select {
					case <-stop:
						return
					default:
					}
					tx := types.MustSignNewTx(broke, signer, &types.DynamicFeeTx{ChainID: c.ChainID(), Gas: 21000,
						GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), To: &to, Value: big.NewInt(1)})
					err := cl.SendTransaction(ctx, tx)
					if err == nil || !strings.Contains(err.Error(), "insufficient funds") {
						t.Errorf("send from an empty account: %v, want insufficient funds", err)
						return
					}
				}
			})
			for i := range mode.keys {
				key := newKey(t)
				addr := crypto.PubkeyToAddress(key.PublicKey)
				if _, err := funder.SendAndWait(ctx, &addr, nil, ether(1)); err != nil {
					t.Fatalf("fund %d: %v", i, err)
				}
				spender := NewTransactor(cl, c.ChainID(), key)
				if _, err := spender.SendAndWait(ctx, &addr, nil, big.NewInt(1)); err != nil {
					t.Fatalf("spend right after funding (%d): %v", i, err)
				}
			}
			close(stop)
			wg.Wait()
		})
	}
}
