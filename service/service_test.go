package service

import (
	"context"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/internal/tokentest"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

// newAccount makes a key and funds it with 1 ETH of gas from the admin.
func newAccount(t *testing.T, ctx context.Context, s *Service) *chain.Transactor {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := s.Admin.SendAndWait(ctx, &addr, nil, big.NewInt(params.Ether)); err != nil {
		t.Fatalf("fund %s: %v", addr, err)
	}
	return chain.NewTransactor(s.Chain.Client(), s.Chain.ChainID(), key, chain.WithErrorDecoder(s.Decoder))
}

// newOperator makes a funded account holding the operator role.
func newOperator(t *testing.T, ctx context.Context, s *Service) *chain.Transactor {
	t.Helper()
	op := newAccount(t, ctx, s)
	if _, err := s.Assets.GrantOperator(ctx, s.Admin, op.Address()); err != nil {
		t.Fatalf("grant operator: %v", err)
	}
	return op
}

func spec() contracts.AssetSpec {
	return contracts.AssetSpec{
		GPUModel: "H100-SXM5-80GB", GPUCount: 8, RatedPowerW: 10200, Location: "US-TX-1",
		CommissionedAt: time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), BookValue: money.MustParse("280000"),
		UsefulLifeMonths: 48, Shares: contracts.NewShares(big.NewInt(1_000_000)),
	}
}

// TestRestartKeepsChainAndDeployment tokenizes on the embedded chain, stops
// the service and opens the same data dir again: the asset, the balances and
// the deployment are still there, and nothing is redeployed.
func TestRestartKeepsChainAndDeployment(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := Config{DataDir: dir, Sealing: chain.SealInstant}

	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Deployed {
		t.Fatal("first start did not deploy")
	}
	op := newOperator(t, ctx, s)
	asset, _, err := s.Assets.Tokenize(ctx, op, spec())
	if err != nil {
		t.Fatal(err)
	}
	buyerKey, _ := crypto.GenerateKey()
	buyer := crypto.PubkeyToAddress(buyerKey.PublicKey)
	if _, err := s.Assets.Transfer(ctx, op, buyer, asset.ID, contracts.NewShares(big.NewInt(400_000))); err != nil {
		t.Fatal(err)
	}
	first := *s.Manifest
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(ctx, cfg)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if s.Deployed {
		t.Fatal("restart redeployed the contracts")
	}
	for name, d := range first.Contracts {
		if s.Manifest.Contracts[name].Address != d.Address {
			t.Errorf("%s moved from %s to %s", name, d.Address, s.Manifest.Contracts[name].Address)
		}
	}
	got, err := s.Assets.Get(ctx, asset.ID)
	if err != nil {
		t.Fatalf("asset after restart: %v", err)
	}
	if got.Operator != op.Address() || got.GPUModel != "H100-SXM5-80GB" {
		t.Fatalf("asset after restart: %+v", got)
	}
	for addr, want := range map[common.Address]string{op.Address(): "600000", buyer: "400000"} {
		bal, err := s.Assets.SharesOf(ctx, addr, asset.ID)
		if err != nil {
			t.Fatal(err)
		}
		if bal.String() != want {
			t.Errorf("shares of %s after restart: %s, want %s", addr, bal, want)
		}
	}
}

// TestGethDev runs the same story against a real `geth --dev` when
// GPULEDGER_GETH_URL names it (see `make devnode`).
func TestGethDev(t *testing.T) {
	url := os.Getenv("GPULEDGER_GETH_URL")
	if url == "" {
		t.Skip("GPULEDGER_GETH_URL unset: start one with `make devnode`")
	}
	ctx := context.Background()
	cfg := Config{DataDir: t.TempDir(), RPCURL: url}
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	op := newOperator(t, ctx, s)
	asset, _, err := s.Assets.Tokenize(ctx, op, spec())
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, cfg)
	if err != nil {
		t.Fatalf("reopen against geth: %v", err)
	}
	defer s.Close()
	if s.Deployed {
		t.Fatal("reopen against geth redeployed")
	}
	if _, err := s.Assets.Get(ctx, asset.ID); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesBadConfig(t *testing.T) {
	ctx := context.Background()
	if _, err := Open(ctx, Config{}); err == nil {
		t.Error("opened without a data dir")
	}
	if _, err := Open(ctx, Config{DataDir: t.TempDir(), RPCURL: "http://127.0.0.1:1"}); err == nil {
		t.Error("opened an unreachable RPC URL")
	}
}

// TestExternalStablecoin settles in a token that was on the chain before the
// service first started, as USDC would be: the service adopts it instead of
// deploying its own, keeps it across restarts, and its faucet refuses to
// mint a token it does not own, sending nothing.
func TestExternalStablecoin(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	token := tokentest.External(t, dir)

	cfg := Config{DataDir: dir, Sealing: chain.SealInstant, Stablecoin: token}
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if d := s.Manifest.Contracts[contracts.StablecoinName]; d.Address != token || !d.External || s.Token.Address() != token {
		t.Fatalf("stablecoin %+v, client at %s; want external %s", d, s.Token.Address(), token)
	}
	to := common.HexToAddress("0xfee")
	head, _ := s.Chain.Client().BlockNumber(ctx)
	_, err = s.Faucet(ctx, to, money.MustParse("10"))
	if !errors.Is(err, ErrExternalStablecoin) {
		t.Fatalf("faucet: got %v, want ErrExternalStablecoin", err)
	}
	if after, _ := s.Chain.Client().BlockNumber(ctx); after != head {
		t.Errorf("refused faucet sealed %d blocks", after-head)
	}

	// The mirror follows gpuledger's own events, not the token's traffic:
	// a lease is booked (the renter's wallet account is its net position
	// with gpuledger), a payment between strangers is not, and reconcile
	// agrees with the chain.
	op := newOperator(t, ctx, s)
	asset, _, err := s.Assets.Tokenize(ctx, op, spec())
	if err != nil {
		t.Fatal(err)
	}
	lst, _, err := s.Market.CreateListing(ctx, op, asset.ID, contracts.ListingSpec{GPUs: 8,
		PricePerGPUHour: money.MustParse("2.50"), MinHours: 1, MaxHours: 24})
	if err != nil {
		t.Fatal(err)
	}
	renter := newRenter(t, ctx, s, "100") // minted by the token's issuer, not the faucet
	if _, _, err := s.Market.OpenLease(ctx, renter, contracts.LeaseRequest{ListingID: lst.ID, GPUs: 2, Hours: 4,
		Deposit: money.MustParse("20")}); err != nil {
		t.Fatal(err)
	}
	stranger := newRenter(t, ctx, s, "7")
	if _, err := s.Token.Mint(ctx, s.Admin, common.HexToAddress("0xfee"), money.MustParse("3")); err != nil {
		t.Fatal(err)
	}
	head, _ = s.Chain.Client().BlockNumber(ctx)
	if err := s.WaitMirror(ctx, head); err != nil {
		t.Fatal(err)
	}
	store := s.Mirror.Store()
	for who, want := range map[common.Address]string{renter.Address(): "-20.00", stranger.Address(): "0.00", to: "0.00"} {
		b, err := store.Balance(ledger.Wallet(who), 0)
		if err != nil {
			t.Fatal(err)
		}
		if b.String() != want {
			t.Errorf("wallet %s in the mirror: %s, want %s", who, b, want)
		}
	}
	// Anyone may send the token straight to a contract: a surplus that
	// reconcile and the audit report, but not as a difference.
	gift, err := s.Token.Mint(ctx, s.Admin, s.Manifest.Address(contracts.LeaseMarketName), money.MustParse("0.000001"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WaitMirror(ctx, gift.BlockNumber.Uint64()); err != nil {
		t.Fatal(err)
	}
	rep, err := s.Mirror.Reconcile(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK || len(rep.Surplus) != 1 || rep.Surplus[0].Subject != "contract LeaseMarket" {
		t.Fatalf("reconcile: %+v, surplus %+v", rep.Differences, rep.Surplus)
	}
	res, err := audit.Run(ctx, s.Chain.Client(), s.Manifest, audit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	surplus := 0
	for _, c := range res.Checks {
		if strings.Contains(c.Name, "surplus") && c.Actual == "0.000001" {
			surplus++
		}
	}
	if !res.OK || surplus != 1 {
		t.Fatalf("audit: ok %v, %d surplus checks: %+v", res.OK, surplus, res.Checks)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// A restart with the flag, or without it, keeps the adopted token; one
	// naming another token is refused rather than silently ignored.
	for _, coin := range []common.Address{token, {}} {
		s, err := Open(ctx, Config{DataDir: dir, Sealing: chain.SealInstant, Stablecoin: coin})
		if err != nil {
			t.Fatalf("reopen with stablecoin %s: %v", coin, err)
		}
		if s.Deployed || s.Token.Address() != token {
			t.Errorf("reopen with %s: deployed %v, token %s", coin, s.Deployed, s.Token.Address())
		}
		s.Close()
	}
	if _, err := Open(ctx, Config{DataDir: dir, Sealing: chain.SealInstant, Stablecoin: common.HexToAddress("0xabc")}); !errors.Is(err, contracts.ErrStaleBuild) {
		t.Fatalf("reopen with another token: got %v, want ErrStaleBuild", err)
	}
}
