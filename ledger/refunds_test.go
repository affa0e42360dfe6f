package ledger

import (
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/blockliststablecoin"
	"github.com/gpuledger/gpuledger/money"
)

// TestDeferredRefundMirrored: a renter the token blocklists closes its
// lease; the refund it is owed cannot be pushed and is owed to it
// (RefundDeferred), then withdrawn once it is unblocked (RefundWithdrawn).
// The mirror books the refund from escrow to "refunds:" and then to the
// wallet, reconciles with refundOwed and totalRefundsOwed at each step, and
// equals a fresh reindex.
func TestDeferredRefundMirrored(t *testing.T) {
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealInstant})
	// A second contract set on the same chain, settling in a token that
	// blocklists (adopted as external, as USDC would be).
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
	e.market = contracts.NewMarket(reader, m.Address(contracts.LeaseMarketName), e.token)
	e.revenue = contracts.NewRevenue(reader, m.Address(contracts.GPUAssetName))
	if _, err := e.market.SetAvailabilityOracle(e.ctx, e.admin, common.Address{}, 0); err != nil {
		t.Fatal(err)
	}
	op := e.account(t)
	if _, err := e.assets.GrantOperator(e.ctx, e.admin, op.Address()); err != nil {
		t.Fatal(err)
	}
	a, _, err := e.assets.Tokenize(e.ctx, op, h100Spec(1500, 500))
	if err != nil {
		t.Fatal(err)
	}
	price := money.MustParse("2.50")
	lst, _, err := e.market.CreateListing(e.ctx, op, a.ID, contracts.ListingSpec{GPUs: 8, PricePerGPUHour: price, MinHours: 1, MaxHours: 24})
	if err != nil {
		t.Fatal(err)
	}
	renter := e.account(t)
	if _, err := e.token.Mint(e.ctx, e.admin, renter.Address(), money.MustParse("100")); err != nil {
		t.Fatal(err)
	}
	l, _, err := e.market.OpenLease(e.ctx, renter, contracts.LeaseRequest{ListingID: lst.ID, GPUs: 2, Hours: 4, Deposit: money.MustParse("20")})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.chain.AdjustTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	block := func(blocked bool) {
		t.Helper()
		if _, err := e.admin.SendAndWait(e.ctx, &token, bl.PackSetBlocklisted(renter.Address(), blocked), nil); err != nil {
			t.Fatal(err)
		}
	}
	block(true)
	closed, _, err := e.market.Close(e.ctx, renter, l.ID)
	if err != nil {
		t.Fatalf("close by a blocklisted renter: %v", err)
	}
	owed, err := e.revenue.RefundOwed(e.ctx, renter.Address())
	if err != nil {
		t.Fatal(err)
	}
	if closed.Refunded.IsZero() || owed.Cmp(closed.Refunded) != 0 {
		t.Fatalf("refunded %s, owed %s", closed.Refunded, owed)
	}

	ix := openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), IndexerConfig{})
	balance := func(acct Account) *big.Int {
		t.Helper()
		b, err := ix.Store().Balance(acct, 0)
		if err != nil {
			t.Fatal(err)
		}
		return b.Units()
	}
	kinds := func() map[Kind]int {
		t.Helper()
		out := map[Kind]int{}
		page, err := ix.Store().Entries(EntryFilter{Account: RefundsOwed(renter.Address())}, PageRequest{Limit: MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		for _, en := range page.Items {
			out[en.Kind]++
		}
		return out
	}
	if err := ix.CatchUp(e.ctx); err != nil {
		t.Fatal(err)
	}
	if got := balance(RefundsOwed(renter.Address())); got.Cmp(owed.Units()) != 0 {
		t.Errorf("refunds account %s, owed on chain %s", formatUnits(got), owed)
	}
	if got := balance(LeaseEscrow(l.ID)); got.Sign() != 0 {
		t.Errorf("escrow account %s after the close", formatUnits(got))
	}
	if k := kinds(); k[KindRefundDeferred] != 1 {
		t.Errorf("entries on the refunds account: %v", k)
	}
	checkInvariants(t, ix)

	block(false)
	if _, _, err := e.revenue.WithdrawRefund(e.ctx, renter); err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(e.ctx); err != nil {
		t.Fatal(err)
	}
	if got := balance(RefundsOwed(renter.Address())); got.Sign() != 0 {
		t.Errorf("refunds account %s after the withdrawal", formatUnits(got))
	}
	if k := kinds(); k[KindRefundWithdrawal] != 1 {
		t.Errorf("entries on the refunds account: %v", k)
	}
	if s := ix.Status(); s.Stats.Malformed+s.Stats.Inconsistent != 0 {
		t.Errorf("skipped logs: %+v", s.Stats)
	}
	checkInvariants(t, ix)
	requireSameExport(t, "deferred refund", exportOf(t, ix.Store()), freshExport(t, e.chain.Client(), e.m, 0))
}
