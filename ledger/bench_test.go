package ledger

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/ledger/internal/enc"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/yield"
)

// perCommit is how many puts or postings one bbolt transaction carries in
// the journal benchmarks (raw puts and catching up): the indexer's batches
// of 500 blocks are of this order on a busy chain.
const perCommit = 50_000

// perCommitUndo is the same for blocks inside the undo window, which the
// indexer applies a few blocks per transaction once it follows the head.
const perCommitUndo = 5_000

// BenchmarkJournal measures, in one run, the raw bbolt sequential put rate
// (8-byte big-endian keys, 48-byte values, perCommit puts per committed,
// fsynced transaction) and the journal's rate: postings booked through the
// indexer's own path (batch.book: entry, balances, per-account index with
// running balances), entries of 1 to 4 postings over 1,250 accounts, 50
// entries per block; without undo records (catching up, perCommit
// postings per transaction) and with them (blocks inside the reorg window,
// perCommitUndo per transaction). Each reports its rate as a metric.
func BenchmarkJournal(b *testing.B) {
	b.Run("raw_bbolt_put", func(b *testing.B) {
		db := benchDB(b)
		var key uint64
		b.ResetTimer()
		for done := 0; done < b.N; {
			batch := min(perCommit, b.N-done)
			if err := putRaw(db, &key, batch); err != nil {
				b.Fatal(err)
			}
			done += batch
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "puts/s")
	})
	for _, undo := range []bool{false, true} {
		name := "postings"
		if undo {
			name = "postings_with_undo"
		}
		b.Run(name, func(b *testing.B) {
			st, err := Open(filepath.Join(b.TempDir(), FileName), nil)
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			// The postings are made before the clock starts.
			j := &journalFeed{all: genPostings(b.N)}
			b.ResetTimer()
			per := perCommit
			if undo {
				per = perCommitUndo
			}
			for done := 0; done < b.N; {
				got, err := j.book(st, min(per, b.N-done), undo)
				if err != nil {
					b.Fatal(err)
				}
				done += got
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "postings/s")
		})
	}
}

// genPostings makes at least n postings' worth of entries.
func genPostings(n int) []Postings {
	gen := newEntryGen()
	var all []Postings
	for made := 0; made < n; {
		ps := gen.next(n - made)
		all = append(all, ps)
		made += len(ps)
	}
	return all
}

// putRaw commits one transaction of n sequential 48-byte puts after *key.
func putRaw(db *bolt.DB, key *uint64, n int) error {
	val := make([]byte, 48)
	return db.Update(func(tx *bolt.Tx) error {
		bk := tx.Bucket([]byte("raw"))
		for range n {
			*key++
			if err := bk.Put(enc.U64(*key), append([]byte(nil), val...)); err != nil {
				return err
			}
		}
		return nil
	})
}

// journalFeed books prepared entries into a store, 50 to a block, as the
// indexer does.
type journalFeed struct {
	all   []Postings
	block uint64
}

// book commits one transaction of about want postings and returns how many
// it booked.
func (j *journalFeed) book(st *Store, want int, undo bool) (int, error) {
	got := 0
	err := st.db.Update(func(tx *bolt.Tx) error {
		bt, err := newBatch(tx)
		if err != nil {
			return err
		}
		for got < want && len(j.all) > 0 {
			j.block++
			if err := bt.beginBlock(blockCtx{Number: j.block, Hash: common.Hash{byte(j.block)}, Time: time.Unix(int64(1e9+j.block*12), 0)}, undo); err != nil {
				return err
			}
			for i := 0; i < 50 && got < want && len(j.all) > 0; i++ {
				ps := j.all[0]
				j.all = j.all[1:]
				ref := Ref{Block: j.block, BlockHash: common.Hash{byte(j.block)}, LogIndex: uint(i)}
				if _, err := bt.book(KindLeaseRelease, ref, ps...); err != nil {
					return err
				}
				got += len(ps)
			}
			if err := bt.endBlock(); err != nil {
				return err
			}
		}
		return bt.flush()
	})
	return got, err
}

func benchDB(b *testing.B) *bolt.DB {
	db, err := bolt.Open(filepath.Join(b.TempDir(), "raw.db"), 0o600, &bolt.Options{NoFreelistSync: true, FreelistType: bolt.FreelistMapType})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("raw")); return err }); err != nil {
		b.Fatal(err)
	}
	return db
}

// entryGen makes postings like the indexer's: deposits, releases, splits
// and refunds over 200 wallets, 1,000 leases and 50 assets.
type entryGen struct {
	rng *rand.Rand
}

func newEntryGen() *entryGen { return &entryGen{rng: rand.New(rand.NewPCG(1, 2))} }

func (g *entryGen) next(room int) Postings {
	wallet := Wallet(common.BigToAddress(big.NewInt(int64(1 + g.rng.IntN(200)))))
	lease, asset := uint64(1+g.rng.IntN(1000)), uint64(1+g.rng.IntN(50))
	amt := money.MustFromUnits(big.NewInt(int64(1 + g.rng.IntN(50_000_000))))
	switch n := min(room, 1+g.rng.IntN(4)); n {
	case 1:
		return Postings{{Source: wallet, Destination: LeaseEscrow(lease), Amount: amt}}
	case 2:
		return Postings{{Source: LeaseEscrow(lease), Destination: AssetRevenue(asset), Amount: amt},
			{Source: LeaseEscrow(lease), Destination: wallet, Amount: amt}}
	case 3:
		return Postings{{Source: AssetRevenue(asset), Destination: PlatformFees, Amount: amt},
			{Source: AssetRevenue(asset), Destination: OperatorFees(asset), Amount: amt},
			{Source: AssetRevenue(asset), Destination: AssetHolders(asset), Amount: amt}}
	default:
		return Postings{{Source: AssetRevenue(asset), Destination: PlatformFees, Amount: amt},
			{Source: AssetRevenue(asset), Destination: OperatorFees(asset), Amount: amt},
			{Source: AssetRevenue(asset), Destination: AssetReserve(asset), Amount: amt},
			{Source: AssetRevenue(asset), Destination: AssetHolders(asset), Amount: amt}}
	}
}

// reindexBound is issue 16's bound on a reindex of a million events.
const reindexBound = 20 * time.Second

// BenchmarkReindex measures a full reindex of 100,000 and of 1,000,000
// events, to show that it is linear, against its bound (1M under
// reindexBound) and against its floor: raw bbolt writes of the same
// records (each log's topics and data under its block and index, as many
// per transaction, synced once at the end), timed in the same run. The
// events are synthesized (synthChain): ABI-encoded logs of the real
// contracts' events, consistent with each other (tokenizations, listings,
// share transfers, mints, leases that are created, settled with a revenue
// split, refunded, ended and retired), ten per block, served by an
// in-memory Source. So the figure is the whole indexer - log grouping,
// handlers, journal, indexes, undo records for the last 128 blocks, final
// fsync - without JSON-RPC.
func BenchmarkReindex(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			src := newSynthChain(b, n, 10)
			events := float64(src.nLogs)
			var reindex, raw time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				path := filepath.Join(b.TempDir(), fmt.Sprintf("r%d.db", i))
				start := time.Now()
				if _, err := Reindex(context.Background(), path, src, src.m, IndexerConfig{Logger: discardLogger()}); err != nil {
					b.Fatal(err)
				}
				reindex += time.Since(start)
				b.StopTimer()
				took, err := rawWrite(filepath.Join(b.TempDir(), fmt.Sprintf("raw%d.db", i)), src)
				if err != nil {
					b.Fatal(err)
				}
				raw += took
				b.StartTimer()
			}
			per := reindex.Seconds() / float64(b.N)
			b.ReportMetric(per, "s/reindex")
			b.ReportMetric(events/per, "events/s")
			b.ReportMetric(1e6*per/events, "us/event")
			b.ReportMetric(events*float64(b.N)/raw.Seconds(), "raw_events/s")
			b.ReportMetric(reindex.Seconds()/raw.Seconds(), "x_raw")
			// The bound scales with the events, so both sizes are judged by it.
			bound := reindexBound.Seconds() * events / 1e6
			b.ReportMetric(bound, "bound_s")
			b.ReportMetric(per/bound, "x_bound")
		})
	}
}

// BenchmarkYieldEvents measures what GET /v1/assets/{id}/yield costs when
// the asset changed since its events were last read: Store.YieldEvents of
// an asset with about 11,000 leases (100k synthetic events, all on one
// asset; each lease created, settled with a split, refunded, ended and
// retired), then yield.Compute over its life. The dashboard's page goal
// (500 ms) is the bound the read must leave room in.
func BenchmarkYieldEvents(b *testing.B) {
	src := newSynthChainOf(b, 100_000, 10, 1)
	path := filepath.Join(b.TempDir(), FileName)
	if _, err := Reindex(context.Background(), path, src, src.m, IndexerConfig{Logger: discardLogger()}); err != nil {
		b.Fatal(err)
	}
	st, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	clock := EpochClock{Genesis: time.Unix(synthEpoch, 0).UTC(), Length: time.Hour}
	var read, compute time.Duration
	leases := 0
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		ev, _, err := st.YieldEvents(1, clock)
		if err != nil {
			b.Fatal(err)
		}
		read += time.Since(start)
		start = time.Now()
		if _, err := yield.Compute(ev, yield.Period{From: ev.Asset.CommissionedAt, To: time.Unix(int64(synthEpoch+12*len(src.hashes)), 0)}); err != nil {
			b.Fatal(err)
		}
		compute += time.Since(start)
		leases = len(ev.Leases)
	}
	b.ReportMetric(float64(leases), "leases")
	b.ReportMetric(read.Seconds()*1e3/float64(b.N), "read_ms")
	b.ReportMetric(compute.Seconds()*1e3/float64(b.N), "compute_ms")
	b.ReportMetric((read+compute).Seconds()*1e3/float64(b.N)/500, "x_page_goal")
}

// rawWrite writes each log's topics and data under (block, index) into a
// fresh bbolt file, reindex's batch of blocks per transaction, reading
// each batch's logs from src as Reindex does, without sync until the end
// (as Reindex does), and returns how long it took.
func rawWrite(path string, src *synthChain) (time.Duration, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{NoSync: true})
	if err != nil {
		return 0, err
	}
	defer db.Close()
	start := time.Now()
	head := uint64(len(src.blocks) - 1)
	for from := uint64(1); from <= head; from += reindexBatchBlocks {
		logs, err := src.FilterLogs(context.Background(), ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(from + reindexBatchBlocks - 1)})
		if err != nil {
			return 0, err
		}
		err = db.Update(func(tx *bolt.Tx) error {
			bk, err := tx.CreateBucketIfNotExists([]byte("logs"))
			if err != nil {
				return err
			}
			for i := range logs {
				l := &logs[i]
				v := make([]byte, 0, 32*len(l.Topics)+len(l.Data))
				for _, t := range l.Topics {
					v = append(v, t[:]...)
				}
				if err := bk.Put(enc.U64(l.BlockNumber<<16|uint64(l.Index)), append(v, l.Data...)); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return 0, err
		}
	}
	if err := db.Sync(); err != nil {
		return 0, err
	}
	return time.Since(start), nil
}

// TestSynthReindexIsClean runs a small synthetic chain through the
// indexer: nothing may be skipped, and the journal must balance, so the
// benchmark measures the real path rather than the skip path.
func TestSynthReindexIsClean(t *testing.T) {
	src := newSynthChain(t, 5_000, 10)
	st, err := Open(filepath.Join(t.TempDir(), FileName), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ix, err := NewIndexer(st, src, src.m, IndexerConfig{Logger: testLogger(t), BatchBlocks: 97})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(t.Context()); err != nil {
		t.Fatal(err)
	}
	s := ix.Status().Stats
	if int(s.Logs) != src.nLogs || s.Malformed+s.Inconsistent+s.UnknownContract+s.Ignored != 0 {
		t.Fatalf("%d synthetic logs, stats %+v", src.nLogs, s)
	}
	bals, err := st.Balances("", PageRequest{Limit: MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	sum := new(big.Int)
	for _, b := range bals.Items {
		sum.Add(sum, b.Balance.Units())
	}
	if sum.Sign() != 0 || bals.Next != "" {
		t.Fatalf("balances sum to %s", formatUnits(sum))
	}
}

// synthChain is an in-memory Source over synthesized blocks and logs. It
// keeps the chain the way a node does, outside its reader's heap: the logs
// packed in one pointer-free buffer, the blocks as their hashes. Each
// FilterLogs call hands out freshly decoded logs, as a JSON-RPC client
// does, so the reader's garbage collector sees what a reindex from a node
// would see - the batch in flight, not the whole chain held live.
type synthChain struct {
	m      *contracts.Manifest
	hashes []common.Hash // block hashes by number; [0] is genesis
	packed []byte        // the logs in chain order: address(20) topics(1) topic(32)... data length(4) data
	blocks []synthBlock  // by number; [0] is genesis (no logs)
	nLogs  int
}

// synthBlock is where a block's logs lie in synthChain.packed.
type synthBlock struct {
	offset int // of its first log
	first  int // chain-wide index of its first log (its transaction hash)
	logs   int
}

// synthEpoch is the time of the synthetic genesis; blocks follow every 12 s.
const synthEpoch = 1_700_000_000

func (s *synthChain) header(n uint64) *types.Header {
	h := &types.Header{Number: new(big.Int).SetUint64(n), Time: synthEpoch + 12*n, Difficulty: new(big.Int)}
	if n > 0 {
		h.ParentHash = s.hashes[n-1]
	}
	return h
}

func (s *synthChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		return s.header(uint64(len(s.hashes) - 1)), nil
	}
	if !n.IsUint64() || n.Uint64() >= uint64(len(s.hashes)) {
		return nil, ethereum.NotFound
	}
	return s.header(n.Uint64()), nil
}

func (s *synthChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	from, to := q.FromBlock.Uint64(), min(q.ToBlock.Uint64(), uint64(len(s.blocks)-1))
	var out []types.Log
	for n := from; n <= to; n++ {
		out = s.appendBlockLogs(out, n)
	}
	return out, nil
}

func (s *synthChain) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, fmt.Errorf("synthetic chain: no state")
}

// appendBlockLogs decodes block n's logs into fresh ones.
func (s *synthChain) appendBlockLogs(out []types.Log, n uint64) []types.Log {
	b := s.blocks[n]
	p := s.packed[b.offset:]
	for i := range b.logs {
		l := types.Log{Address: common.BytesToAddress(p[:20]), BlockNumber: n, BlockHash: s.hashes[n],
			BlockTimestamp: synthEpoch + 12*n, Index: uint(i), TxHash: common.BigToHash(big.NewInt(int64(b.first + i + 1)))}
		nt := int(p[20])
		p = p[21:]
		l.Topics = make([]common.Hash, nt)
		for t := range nt {
			l.Topics[t] = common.BytesToHash(p[:32])
			p = p[32:]
		}
		size := int(binary.BigEndian.Uint32(p))
		l.Data = bytes.Clone(p[4 : 4+size])
		p = p[4+size:]
		out = append(out, l)
	}
	return out
}

// allLogs decodes every log of the chain, in order (for tests).
func (s *synthChain) allLogs() []types.Log {
	out := make([]types.Log, 0, s.nLogs)
	for n := range s.blocks {
		out = s.appendBlockLogs(out, uint64(n))
	}
	return out
}

// newSynthChain synthesizes about n events, perBlock per block.
func newSynthChain(tb testing.TB, n, perBlock int) *synthChain {
	return newSynthChainOf(tb, n, perBlock, 10)
}

// newSynthChainOf synthesizes about n events, perBlock per block, over
// assets assets (their leases in turn).
func newSynthChainOf(tb testing.TB, n, perBlock, assets int) *synthChain {
	tb.Helper()
	abis := contracts.ABIs()
	addr := func(i byte) common.Address { return common.BytesToAddress([]byte{0xc0, i}) }
	m := &contracts.Manifest{ChainID: "1337", DeployBlock: 1, Contracts: map[string]contracts.Deployment{
		contracts.StablecoinName: {Address: addr(1)}, contracts.GPUAssetName: {Address: addr(2)},
		contracts.LeaseMarketName: {Address: addr(3)}, contracts.TelemetryOracleName: {Address: addr(4)},
	}}
	token, asset, market := abis[contracts.StablecoinName], abis[contracts.GPUAssetName], abis[contracts.LeaseMarketName]
	tokenAt, assetAt, marketAt := addr(1), addr(2), addr(3)
	var evs []types.Log
	emit := func(a *abi.ABI, at common.Address, name string, args ...any) {
		evs = append(evs, synthLog(tb, a, at, name, args...))
	}
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	rng := rand.New(rand.NewPCG(5, 5))
	const supply = 1_000_000
	op := common.BytesToAddress([]byte{0xaa})
	acc := make([]*big.Int, assets+1)
	dust := make([]*big.Int, assets+1)
	scale := contracts.AccScale
	for id := uint64(1); id <= uint64(assets); id++ {
		p := gpuasset.GPUAssetTokenizeParams{GpuModel: "H100", GpuCount: 8, RatedPowerW: 10200, Location: "US-TX-1",
			CommissionedAt: 1_700_000_000, BookValue: u(280_000_000_000), UsefulLifeMonths: 48, ShareSupply: u(supply),
			OperatorFeeBps: 1500, ReserveBps: 500}
		emit(asset, assetAt, "AssetTokenized", u(id), op, p)
		emit(asset, assetAt, "AssetFeesChanged", u(id), uint16(0), uint16(0), uint16(1500), uint16(500))
		emit(asset, assetAt, "TransferSingle", op, common.Address{}, op, u(id), u(supply))
		emit(market, marketAt, "ListingCreated", u(id), u(id), op, uint32(1_000_000), u(2_000_000), uint32(1), uint32(720), uint16(9900), uint16(1000), uint32(1), uint32(600))
		acc[id], dust[id] = big.NewInt(1), new(big.Int)
	}
	for lease := uint64(1); len(evs) < n; lease++ {
		id := 1 + lease%uint64(assets)
		renter := common.BigToAddress(u(0x1000 + lease%300))
		deposit := u(10_000_000 + rng.Uint64N(10_000_000))
		released := new(big.Int).Div(new(big.Int).Mul(deposit, u(1+rng.Uint64N(9))), u(10))
		start := synthEpoch + lease*10
		emit(token, tokenAt, "Transfer", common.Address{}, renter, deposit)
		emit(market, marketAt, "LeaseCreated", u(lease), u(id), u(id), renter, uint32(1), u(2_000_000), start, start+3600, deposit)
		emit(market, marketAt, "LeaseSettled", u(lease), u(id), start, start+1800, released, u(0), released,
			new(big.Int).Sub(deposit, released), u(0))
		pf := new(big.Int).Div(new(big.Int).Mul(released, u(300)), u(10_000))
		of := new(big.Int).Div(new(big.Int).Mul(released, u(1500)), u(10_000))
		rs := new(big.Int).Div(new(big.Int).Mul(released, u(500)), u(10_000))
		hold := new(big.Int).Sub(released, pf)
		hold.Sub(hold, of).Sub(hold, rs)
		total := new(big.Int).Mul(hold, scale)
		total.Add(total, dust[id])
		step, rest := new(big.Int).QuoRem(total, u(supply), new(big.Int))
		acc[id].Add(acc[id], step)
		dust[id] = rest
		emit(asset, assetAt, "RevenueDeposited", u(id), marketAt, released, pf, of, rs, hold, new(big.Int).Set(acc[id]), new(big.Int).Set(dust[id]))
		emit(market, marketAt, "LeaseRefunded", u(lease), renter, new(big.Int).Sub(deposit, released))
		emit(market, marketAt, "LeaseStatusChanged", u(lease), uint8(4))
		emit(market, marketAt, "LeaseEnded", u(lease), uint8(1), new(big.Int).Sub(deposit, released), u(0))
		emit(market, marketAt, "LeaseRetired", u(lease), u(id), uint32(1))
		emit(asset, assetAt, "TransferSingle", op, op, common.BigToAddress(u(0x2000+lease%500)), u(id), u(1))
	}
	s := &synthChain{m: m, hashes: []common.Hash{{}}, blocks: []synthBlock{{}}, nLogs: len(evs)}
	s.hashes[0] = s.header(0).Hash()
	for i := 0; i < len(evs); i += perBlock {
		blk := synthBlock{offset: len(s.packed), first: i, logs: min(perBlock, len(evs)-i)}
		for _, l := range evs[i : i+blk.logs] {
			s.packed = append(s.packed, l.Address[:]...)
			s.packed = append(s.packed, byte(len(l.Topics)))
			for _, t := range l.Topics {
				s.packed = append(s.packed, t[:]...)
			}
			s.packed = binary.BigEndian.AppendUint32(s.packed, uint32(len(l.Data)))
			s.packed = append(s.packed, l.Data...)
		}
		s.blocks = append(s.blocks, blk)
		s.hashes = append(s.hashes, s.header(uint64(len(s.hashes))).Hash())
	}
	return s
}

// synthLog ABI-encodes one event: indexed arguments as topics, the rest
// as data.
func synthLog(tb testing.TB, a *abi.ABI, at common.Address, name string, args ...any) types.Log {
	ev, ok := a.Events[name]
	if !ok || len(args) != len(ev.Inputs) {
		tb.Fatalf("event %s: %d args for %d inputs", name, len(args), len(ev.Inputs))
	}
	topics := []common.Hash{ev.ID}
	var data []any
	for i, in := range ev.Inputs {
		if in.Indexed {
			t, err := abi.MakeTopics([]any{args[i]})
			if err != nil {
				tb.Fatalf("%s topic %s: %v", name, in.Name, err)
			}
			topics = append(topics, t[0][0])
		} else {
			data = append(data, args[i])
		}
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		tb.Fatalf("pack %s: %v", name, err)
	}
	return types.Log{Address: at, Topics: topics, Data: packed}
}

// BenchmarkJournalVsRaw interleaves the two measurements of
// BenchmarkJournal - a committed transaction of perCommit raw sequential
// puts, then one of perCommit journal postings, over and over - so that
// both rates come from the same stretch of time, and reports them and
// their ratio (raw puts per second / postings per second). b.N counts
// postings.
func BenchmarkJournalVsRaw(b *testing.B) {
	db := benchDB(b)
	st, err := Open(filepath.Join(b.TempDir(), FileName), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	j := &journalFeed{all: genPostings(b.N)}
	var rawKey uint64
	var rawTime, journalTime time.Duration
	rawPuts, postings := 0, 0
	b.ResetTimer()
	for postings < b.N {
		want := min(perCommit, b.N-postings)
		start := time.Now()
		if err := putRaw(db, &rawKey, want); err != nil {
			b.Fatal(err)
		}
		rawTime += time.Since(start)
		rawPuts += want
		start = time.Now()
		got, err := j.book(st, want, false)
		if err != nil {
			b.Fatal(err)
		}
		journalTime += time.Since(start)
		postings += got
	}
	rawRate := float64(rawPuts) / rawTime.Seconds()
	journalRate := float64(postings) / journalTime.Seconds()
	b.ReportMetric(rawRate, "raw_puts/s")
	b.ReportMetric(journalRate, "postings/s")
	b.ReportMetric(rawRate/journalRate, "raw/journal")
}
