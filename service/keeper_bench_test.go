package service

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/money"
)

// benchLeases is how many leases BenchmarkKeeper opens and settles
// (GPULEDGER_BENCH_LEASES overrides it): enough for the keeper to fill
// two blocks and more, so that leases per block is measured on full ones.
func benchLeases(b *testing.B) int {
	if v := os.Getenv("GPULEDGER_BENCH_LEASES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("GPULEDGER_BENCH_LEASES=%q", v)
		}
		return n
	}
	return 7000
}

// BenchmarkKeeper measures, in one run on the embedded chain sealing one
// block a second (as `serve` runs it):
//
//   - the chain's rate: leases opened per block (the median block) by raw
//     signed lease transactions from 100 keys, up to 32 in flight per key;
//   - the keeper's rate: leases settled per block when all of them are
//     due at once, on its second pass (the first teaches it the gas per
//     lease): in its fullest block (keeper_leases/block, what batch sizing
//     packs into a block) and over every block from its first batch to its
//     last (keeper_mean_leases/block, edges included);
//   - the block-gas bound: the block gas limit over the gas one lease adds
//     to a settleMany, as the keeper measured it from its receipts;
//
// and reports keeper/bound (goal: at least 0.8), keeper_mean/bound and
// keeper/chain. It also
// times an idle tick (nothing due) with no lease open and with all of
// them open: idle_open/idle_empty near 1 says idle work does not grow
// with open leases.
func BenchmarkKeeper(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, Config{DataDir: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if _, err := s.Market.SetAvailabilityOracle(ctx, s.Admin, common.Address{}, 0); err != nil {
		b.Fatal(err)
	}
	total := benchLeases(b)
	const keys, assets = 100, 4
	gpus := uint32((total + assets - 1) / assets)

	op := benchAccount(b, ctx, s)
	if _, err := s.Assets.GrantOperator(ctx, s.Admin, op.Address()); err != nil {
		b.Fatal(err)
	}
	var listings []uint64
	for range assets {
		sp := spec()
		sp.GPUCount, sp.RatedPowerW = gpus, 1275*gpus
		a, _, err := s.Assets.Tokenize(ctx, op, sp)
		if err != nil {
			b.Fatal(err)
		}
		l, _, err := s.Market.CreateListing(ctx, op, a.ID, contracts.ListingSpec{
			GPUs: gpus, PricePerGPUHour: money.MustParse("2.49"), MinHours: 1, MaxHours: 720,
		})
		if err != nil {
			b.Fatal(err)
		}
		listings = append(listings, l.ID)
	}
	// Raw keys, funded in parallel (a few blocks, not one each).
	raw := make([]*rawKey, keys)
	var wg sync.WaitGroup
	for i := range raw {
		key, err := crypto.GenerateKey()
		if err != nil {
			b.Fatal(err)
		}
		raw[i] = &rawKey{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
		raw[i].tr = chain.NewTransactor(s.Chain.Client(), s.Chain.ChainID(), key)
		wg.Add(1)
		go func() {
			defer wg.Done()
			addr := raw[i].addr
			if _, err := s.Admin.SendAndWait(ctx, &addr, nil, big.NewInt(params.Ether)); err != nil {
				b.Error(err)
			}
			if _, err := s.Token.Mint(ctx, s.Admin, addr, money.MustParse("1000000")); err != nil {
				b.Error(err)
			}
		}()
	}
	wg.Wait()
	if b.Failed() {
		b.FailNow()
	}
	keeper := s.NewKeeper(KeeperConfig{Interval: time.Hour})
	idleEmpty := idleTick(b, ctx, keeper)

	// The chain's rate: raw signed lease transactions from every key at
	// once, in rounds the transaction pool holds.
	startHead := head(b, ctx, s)
	opener := &rawOpener{s: s, keys: raw, listings: listings}
	for sent := 0; sent < total; {
		per := min(32, (total-sent+keys-1)/keys)
		sent += opener.send(b, ctx, per, total-sent)
		opener.wait(b, ctx)
	}
	if n, err := s.Market.LeaseCount(ctx); err != nil || n != uint64(total) {
		b.Fatalf("%d leases open (%v), want %d", n, err, total)
	}
	chainPerBlock := medianPerBlock(b, ctx, s, startHead, "LeaseCreated")

	// The keeper finds the leases (and reads each once); then nothing is
	// due for an hour, and an idle tick is timed with all of them open.
	if res, err := keeper.Tick(ctx); err != nil || res.Open != total || res.Settled != 0 {
		b.Fatalf("first tick: %+v, %v", res, err)
	}
	idleOpen := idleTick(b, ctx, keeper)

	// Every lease is due at once: settled more than an Interval ago. A
	// first pass teaches the keeper the gas per lease (it starts from a
	// guess); the second is measured.
	keeper.cfg.Interval = time.Second
	var res TickResult
	var settleHead uint64
	for pass := range 2 {
		time.Sleep(1500 * time.Millisecond)
		for _, sc := range keeper.open {
			keeper.push(sc, time.Time{})
		}
		settleHead = head(b, ctx, s)
		if pass == 1 {
			b.ResetTimer()
		}
		res, err = keeper.Tick(ctx)
		b.StopTimer()
		if err != nil || res.Settled != total || res.Failed != 0 {
			b.Fatalf("keeper pass %d: %+v, %v; want %d settled", pass, res, err, total)
		}
	}
	perBlockSettled := eventsPerBlock(b, ctx, s, settleHead, "LeaseSettled")
	b.Logf("leases settled by block: %v", perBlockSettled)
	first, last, best := uint64(1<<63), uint64(0), 0
	for n, c := range perBlockSettled {
		first, last, best = min(first, n), max(last, n), max(best, c)
	}
	keeperPerBlock := float64(best)
	keeperMean := float64(total) / float64(last-first+1)
	h, err := s.Chain.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	bound := float64(h.GasLimit) / float64(keeper.gasPerLease)

	b.ReportMetric(chainPerBlock, "chain_leases/block")
	b.ReportMetric(keeperPerBlock, "keeper_leases/block")
	b.ReportMetric(keeperMean, "keeper_mean_leases/block")
	b.ReportMetric(bound, "bound_leases/block")
	b.ReportMetric(keeperPerBlock/bound, "keeper/bound")
	b.ReportMetric(keeperMean/bound, "keeper_mean/bound")
	b.ReportMetric(keeperPerBlock/chainPerBlock, "keeper/chain")
	b.ReportMetric(float64(keeper.gasPerLease), "gas/lease")
	b.ReportMetric(float64(res.Batches), "batches")
	b.ReportMetric(float64(idleEmpty.Microseconds()), "idle_empty_us")
	b.ReportMetric(float64(idleOpen.Microseconds()), "idle_open_us")
	b.ReportMetric(float64(idleOpen)/float64(idleEmpty), "idle_open/idle_empty")
}

// rawKey is a renter key sending signed lease transactions itself.
type rawKey struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	tr    *chain.Transactor // signs the deposit authorizations
	nonce uint64
}

// rawOpener sends raw lease transactions: signed here with a fixed gas
// limit and consecutive nonces, no estimate, no wait per transaction.
type rawOpener struct {
	s        *Service
	keys     []*rawKey
	listings []uint64
	gas      uint64
	next     int // leases sent, to spread them over the listings
}

// send sends up to per leases from each key, at most left in all, and
// returns how many it sent.
func (o *rawOpener) send(b *testing.B, ctx context.Context, per, left int) int {
	b.Helper()
	client := o.s.Chain.Client()
	h, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	tip, err := client.SuggestGasTipCap(ctx)
	if err != nil {
		b.Fatal(err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(h.BaseFee, big.NewInt(2)))
	to := o.s.Market.Address()
	signer := types.LatestSignerForChainID(o.s.Chain.ChainID())
	data := func(k *rawKey, i int) []byte {
		d, err := o.s.Market.SignedLeaseCall(ctx, k.tr, k.addr, contracts.LeaseRequest{
			ListingID: o.listings[i%len(o.listings)], GPUs: 1, Hours: 720, Deposit: money.MustParse("2.49"),
		})
		if err != nil {
			b.Fatal(err)
		}
		return d
	}
	if o.gas == 0 {
		est, err := client.EstimateGas(ctx, ethereum.CallMsg{From: o.keys[0].addr, To: &to, Data: data(o.keys[0], 0)})
		if err != nil {
			b.Fatal(err)
		}
		o.gas = est + est*chain.DefaultGasMarginPct/100 + chain.DefaultGasHeadroom
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	sent := 0
	for _, k := range o.keys {
		mu.Lock()
		n := min(per, left-sent)
		sent += n
		first := o.next
		o.next += n
		mu.Unlock()
		if n <= 0 {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n {
				tx, err := types.SignNewTx(k.key, signer, &types.DynamicFeeTx{
					ChainID: o.s.Chain.ChainID(), Nonce: k.nonce, GasTipCap: tip, GasFeeCap: feeCap,
					Gas: o.gas, To: &to, Data: data(k, first+i),
				})
				if err != nil {
					b.Error(err)
					return
				}
				if err := client.SendTransaction(ctx, tx); err != nil {
					b.Errorf("raw lease of %s nonce %d: %v", k.addr, k.nonce, err)
					return
				}
				k.nonce++
			}
		}()
	}
	wg.Wait()
	if b.Failed() {
		b.FailNow()
	}
	return sent
}

// wait returns when every key's transactions are mined.
func (o *rawOpener) wait(b *testing.B, ctx context.Context) {
	b.Helper()
	for _, k := range o.keys {
		for {
			n, err := o.s.Chain.Client().NonceAt(ctx, k.addr, nil)
			if err != nil {
				b.Fatal(err)
			}
			if n >= k.nonce {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// idleTick times the fastest of a few ticks with nothing due.
func idleTick(b *testing.B, ctx context.Context, k *Keeper) time.Duration {
	b.Helper()
	best := time.Duration(1 << 62)
	for range 5 {
		start := time.Now()
		res, err := k.Tick(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if res.Due != 0 {
			b.Fatalf("idle tick had %d leases due", res.Due)
		}
		best = min(best, time.Since(start))
	}
	return best
}

func head(b *testing.B, ctx context.Context, s *Service) uint64 {
	b.Helper()
	n, err := s.Chain.Client().BlockNumber(ctx)
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// medianPerBlock is the median of the market's events named event per
// block after block `after`, over the blocks holding any: robust to the
// partial blocks at the ends of sending rounds.
func medianPerBlock(b *testing.B, ctx context.Context, s *Service, after uint64, event string) float64 {
	b.Helper()
	counts := eventsPerBlock(b, ctx, s, after, event)
	var cs []int
	for _, c := range counts {
		cs = append(cs, c)
	}
	if len(cs) == 0 {
		return 0
	}
	slices.Sort(cs)
	return float64(cs[len(cs)/2])
}

// eventsPerBlock counts the market's events named event by block, after
// block `after`.
func eventsPerBlock(b *testing.B, ctx context.Context, s *Service, after uint64, event string) map[uint64]int {
	b.Helper()
	logs, err := s.Chain.Client().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(after + 1), Addresses: []common.Address{s.Market.Address()},
		Topics: [][]common.Hash{{leasemarket.NewLeaseMarket().GetABI().Events[event].ID}},
	})
	if err != nil {
		b.Fatal(err)
	}
	counts := map[uint64]int{}
	for _, l := range logs {
		counts[l.BlockNumber]++
	}
	return counts
}

// benchAccount makes a key funded with 1 ETH of gas by the admin.
func benchAccount(b *testing.B, ctx context.Context, s *Service) *chain.Transactor {
	b.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := s.Admin.SendAndWait(ctx, &addr, nil, big.NewInt(params.Ether)); err != nil {
		b.Fatalf("fund %s: %v", addr, err)
	}
	return chain.NewTransactor(s.Chain.Client(), s.Chain.ChainID(), key, chain.WithErrorDecoder(s.Decoder))
}
