package ledger

import (
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/blockliststablecoin"
	"github.com/gpuledger/gpuledger/money"
)

// TestTradingMirrored: a random workload of offers, fills, cancels,
// revenue and claims is mirrored to the unit: reconcile is clean (the
// market's fees against feesOwed, its token balance against what it
// owes, every wallet against the token), the export equals a fresh
// reindex, and the book, the trades and the figures say what happened.
func TestTradingMirrored(t *testing.T) {
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealInstant})
	ix := openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), IndexerConfig{BatchBlocks: 17, ReorgDepth: 64})
	ctx := e.ctx
	reader := chain.DecodingCaller{Client: e.chain.Client(), Decoder: e.decoder}
	tr := contracts.NewTrading(reader, e.m.Address(contracts.ShareMarketName), e.m.Address(contracts.GPUAssetName), e.token)
	op := e.account(t)
	if _, err := e.assets.GrantOperator(ctx, e.admin, op.Address()); err != nil {
		t.Fatal(err)
	}
	a, _, err := e.assets.Tokenize(ctx, op, h100Spec(1500, 500))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.token.Mint(ctx, e.admin, e.admin.Address(), money.MustParse("1000000")); err != nil {
		t.Fatal(err)
	}
	if _, err := e.token.Approve(ctx, e.admin, e.revenue.Address(), money.MustParse("1000000")); err != nil {
		t.Fatal(err)
	}
	var people []actor
	for range 4 {
		p := e.account(t)
		if _, err := e.token.Mint(ctx, e.admin, p.Address(), money.MustParse("5000")); err != nil {
			t.Fatal(err)
		}
		if _, err := e.assets.Transfer(ctx, op, p.Address(), a.ID, contracts.NewShares(big.NewInt(20_000))); err != nil {
			t.Fatal(err)
		}
		people = append(people, p)
	}
	rng := rand.New(rand.NewPCG(15, 4))
	var offers []uint64
	fills, cancels := 0, 0
	for range 60 {
		p := people[rng.IntN(len(people))]
		switch op := rng.IntN(6); {
		case op < 2:
			head := e.headTime(t)
			o, _, err := tr.Offer(ctx, p, contracts.OfferSpec{AssetID: a.ID, Shares: contracts.NewShares(big.NewInt(1 + rng.Int64N(5_000))),
				PricePerShare: money.MustFromUnits(big.NewInt(1 + rng.Int64N(900_000))), ExpiresAt: head.Add(time.Duration(1+rng.IntN(30)) * time.Hour)})
			if err != nil {
				continue // the seller sold what it had: refused, nothing mirrored
			}
			offers = append(offers, o.ID)
		case op < 5 && len(offers) > 0:
			id := offers[rng.IntN(len(offers))]
			cur, err := tr.OfferByID(ctx, id)
			if err != nil || cur.Remaining.Int().Sign() == 0 || cur.Seller == p.Address() {
				continue
			}
			n := 1 + rng.Int64N(cur.Remaining.Int().Int64())
			if _, _, err := tr.Fill(ctx, p, id, contracts.NewShares(big.NewInt(n)), cur.PricePerShare); err == nil {
				fills++
			}
		case op == 5 && len(offers) > 0:
			id := offers[rng.IntN(len(offers))]
			if cur, err := tr.OfferByID(ctx, id); err == nil && cur.Remaining.Int().Sign() > 0 {
				for _, s := range people {
					if s.Address() == cur.Seller {
						if _, _, err := tr.Cancel(ctx, s, id); err == nil {
							cancels++
						}
					}
				}
			}
		default:
			if _, _, err := e.revenue.DepositRevenue(ctx, e.admin, a.ID, money.MustFromUnits(big.NewInt(1+rng.Int64N(90_000_000)))); err != nil {
				t.Fatal(err)
			}
			if _, _, err := e.revenue.Claim(ctx, p, a.ID); err != nil {
				t.Fatal(err)
			}
		}
		if err := e.chain.AdjustTime(time.Duration(rng.IntN(90)) * time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	if fills < 5 || cancels < 1 {
		t.Fatalf("workload too tame: %d fills, %d cancels", fills, cancels)
	}
	if _, _, err := tr.WithdrawFees(ctx, op); err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	if s := ix.Status().Stats; s.Malformed+s.Inconsistent+s.UnknownContract != 0 {
		t.Errorf("skipped logs on a clean chain: %+v", s)
	}
	checkInvariants(t, ix)
	requireSameExport(t, "trading workload", exportOf(t, ix.Store()), freshExport(t, e.chain.Client(), e.m, 0))
	st := ix.Store()

	// Every trade is in the mirror; the figures are their sums.
	trades := collect(t, func(p PageRequest) (Page[ShareTrade], error) { return st.Trades(a.ID, p) })
	if len(trades) != fills {
		t.Fatalf("%d trades mirrored, %d fills sent", len(trades), fills)
	}
	vol, fees := money.Zero, money.Zero
	for _, x := range trades {
		vol, fees = vol.Add(x.Total), fees.Add(x.Fee)
	}
	stats, day, err := st.TradeStats(a.ID, e.headTime(t), 1000*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	last := trades[len(trades)-1]
	if stats.Trades != uint64(fills) || stats.Volume.Cmp(vol) != 0 || stats.Fees.Cmp(fees) != 0 || day.Volume.Cmp(vol) != 0 ||
		stats.LastPricePerShare == nil || stats.LastPricePerShare.Cmp(last.PricePerShare) != 0 {
		t.Fatalf("stats %+v, window %+v; want %d trades, volume %s, fees %s, last %s", stats, day, fills, vol, fees, last.PricePerShare)
	}
	onChain, err := tr.LastTrade(ctx, a.ID)
	if err != nil || onChain.PricePerShare.Cmp(*stats.LastPricePerShare) != 0 {
		t.Fatalf("chain's last price %+v, %v; mirror %s", onChain, err, stats.LastPricePerShare)
	}
	// The book: open, unexpired offers, cheapest first, each as on chain.
	now := e.headTime(t)
	book := collect(t, func(p PageRequest) (Page[ShareOffer], error) { return st.OfferBook(a.ID, now, p) })
	for i, o := range book {
		if i > 0 && book[i-1].PricePerShare.Cmp(o.PricePerShare) > 0 {
			t.Fatalf("book out of order at %d", i)
		}
		cur, err := tr.OfferByID(ctx, o.ID)
		if err != nil || cur.Remaining.String() != o.Remaining.String() || o.Expired(now) {
			t.Fatalf("offer %d: mirror %+v, chain %+v %v", o.ID, o, cur, err)
		}
	}
	for _, id := range offers {
		o, err := st.ShareOffer(id)
		if err != nil {
			t.Fatal(err)
		}
		cur, err := tr.OfferByID(ctx, id)
		if err != nil || cur.Remaining.String() != o.Remaining.String() {
			t.Fatalf("offer %d: mirror %s left, chain %s", id, o.Remaining, cur.Remaining)
		}
	}
	t.Logf("%d offers, %d fills, %d cancels, %d in the book; volume %s, fees %s", len(offers), fills, cancels, len(book), vol, fees)
}

// TestTradingProceedsCreditedMirrored: a seller the token blocklists is
// still paid: its proceeds are owed by the market (trade:proceeds), the
// mirror books them there, reconcile compares them with proceedsOwed,
// and the withdrawal to another address empties the account.
func TestTradingProceedsCreditedMirrored(t *testing.T) {
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealInstant})
	bl := blockliststablecoin.NewBlocklistStablecoin()
	blABI := bl.GetABI()
	e.decoder.Register("BlocklistStablecoin", &blABI)
	token, _, err := e.admin.tr.Deploy(e.ctx, common.FromHex(blockliststablecoin.BlocklistStablecoinMetaData.Bin), bl.PackConstructor(e.admin.Address()))
	if err != nil {
		t.Fatal(err)
	}
	reader := chain.DecodingCaller{Client: e.chain.Client(), Decoder: e.decoder}
	e.token = contracts.NewStablecoin(reader, token)
	if _, err := e.token.Mint(e.ctx, e.admin, e.admin.Address(), money.MustParse("0.000001")); err != nil {
		t.Fatal(err)
	}
	m, err := contracts.Deploy(e.ctx, e.chain.Client(), e.admin, contracts.DeployOptions{Stablecoin: token})
	if err != nil {
		t.Fatal(err)
	}
	e.m = m
	e.assets = contracts.NewAssets(reader, m.Address(contracts.GPUAssetName))
	tr := contracts.NewTrading(reader, m.Address(contracts.ShareMarketName), m.Address(contracts.GPUAssetName), e.token)
	seller, buyer, elsewhere := e.account(t), e.account(t), e.account(t)
	if _, err := e.assets.GrantOperator(e.ctx, e.admin, seller.Address()); err != nil {
		t.Fatal(err)
	}
	a, _, err := e.assets.Tokenize(e.ctx, seller, h100Spec(1500, 500))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.token.Mint(e.ctx, e.admin, buyer.Address(), money.MustParse("100")); err != nil {
		t.Fatal(err)
	}
	o, _, err := tr.Offer(e.ctx, seller, contracts.OfferSpec{AssetID: a.ID, Shares: contracts.NewShares(big.NewInt(1000)),
		PricePerShare: money.MustParse("0.033333"), ExpiresAt: e.headTime(t).Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.admin.SendAndWait(e.ctx, &token, bl.PackSetBlocklisted(seller.Address(), true), nil); err != nil {
		t.Fatal(err)
	}
	trade, _, err := tr.Fill(e.ctx, buyer, o.ID, contracts.NewShares(big.NewInt(777)), money.MustParse("0.033333"))
	if err != nil || !trade.Credited {
		t.Fatalf("fill: %+v, %v", trade, err)
	}
	ix := openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), IndexerConfig{})
	balance := func(acct Account) *big.Int {
		t.Helper()
		if err := ix.CatchUp(e.ctx); err != nil {
			t.Fatal(err)
		}
		b, err := ix.Store().Balance(acct, 0)
		if err != nil {
			t.Fatal(err)
		}
		return b.Units()
	}
	if got := balance(TradeProceeds(seller.Address())); got.Cmp(trade.Proceeds.Units()) != 0 {
		t.Fatalf("trade:proceeds %s, want %s", formatUnits(got), trade.Proceeds)
	}
	if got := balance(TradeFees); got.Cmp(trade.Fee.Units()) != 0 {
		t.Fatalf("trade:fees %s, want %s", formatUnits(got), trade.Fee)
	}
	checkInvariants(t, ix)
	if _, _, err := tr.WithdrawProceeds(e.ctx, seller, elsewhere.Address()); err != nil {
		t.Fatal(err)
	}
	if got := balance(TradeProceeds(seller.Address())); got.Sign() != 0 {
		t.Fatalf("trade:proceeds %s after the withdrawal", formatUnits(got))
	}
	if got := balance(Wallet(elsewhere.Address())); got.Cmp(trade.Proceeds.Units()) != 0 {
		t.Fatalf("the seller's other address got %s, want %s", formatUnits(got), trade.Proceeds)
	}
	checkInvariants(t, ix)
}

// TestTradingReorg: a branch of fills, a cancel and a new offer is
// applied, then replaced by a branch with another fill; the mirror (book,
// trades, figures, postings) ends exactly as a fresh reindex of the new
// chain, and reconcile is clean.
func TestTradingReorg(t *testing.T) {
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealManual})
	ctx := e.ctx
	reader := chain.DecodingCaller{Client: e.chain.Client(), Decoder: e.decoder}
	tr := contracts.NewTrading(reader, e.m.Address(contracts.ShareMarketName), e.m.Address(contracts.GPUAssetName), e.token)
	seller, buyer := e.account(t), e.account(t)
	if _, err := e.assets.GrantOperator(ctx, e.admin, seller.Address()); err != nil {
		t.Fatal(err)
	}
	a, _, err := e.assets.Tokenize(ctx, seller, h100Spec(1500, 500))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.token.Mint(ctx, e.admin, buyer.Address(), money.MustParse("1000")); err != nil {
		t.Fatal(err)
	}
	offer := func(n int64, price string) uint64 {
		t.Helper()
		o, _, err := tr.Offer(ctx, seller, contracts.OfferSpec{AssetID: a.ID, Shares: contracts.NewShares(big.NewInt(n)),
			PricePerShare: money.MustParse(price), ExpiresAt: e.headTime(t).Add(24 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		return o.ID
	}
	fill := func(id uint64, n int64, price string) {
		t.Helper()
		if _, _, err := tr.Fill(ctx, buyer, id, contracts.NewShares(big.NewInt(n)), money.MustParse(price)); err != nil {
			t.Fatal(err)
		}
	}
	first := offer(5_000, "0.02")
	fill(first, 100, "0.02")
	ix := openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), IndexerConfig{BatchBlocks: 3, ReorgDepth: 64})
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	src := e.chain.Client()
	base := e.head(t)
	// Branch A: two fills, a cancel, a new offer.
	fill(first, 2_000, "0.02")
	fill(first, 7, "0.02")
	if _, _, err := tr.Cancel(ctx, seller, first); err != nil {
		t.Fatal(err)
	}
	offer(300, "0.015")
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	requireSameExport(t, "branch A", exportOf(t, ix.Store()), freshExport(t, src, e.m, 0))
	if err := e.chain.Fork(base.Hash()); err != nil {
		t.Fatal(err)
	}
	if err := e.chain.Rollback(); err != nil {
		t.Fatal(err)
	}
	e.resync()
	// Branch B: one other fill, one block longer than nothing.
	fill(first, 1_234, "0.02")
	fill(first, 1, "0.02")
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	if ix.Status().Stats.Reorgs != 1 {
		t.Fatalf("%d reorgs followed", ix.Status().Stats.Reorgs)
	}
	requireSameExport(t, "after the reorg", exportOf(t, ix.Store()), freshExport(t, src, e.m, 0))
	checkInvariants(t, ix)
	o, err := ix.Store().ShareOffer(first)
	if err != nil || o.Remaining.String() != "3665" || o.Status != OfferOpen {
		t.Fatalf("offer after the reorg: %+v %v", o, err)
	}
	stats, _, err := ix.Store().TradeStats(a.ID, e.headTime(t), time.Hour)
	if err != nil || stats.Trades != 3 {
		t.Fatalf("stats after the reorg: %+v %v", stats, err)
	}
}
