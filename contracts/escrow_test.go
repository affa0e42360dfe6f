package contracts

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/money"
)

// TestEscrowOnlyTheMarketMovesIt: GPUAsset holds the market's escrow, and
// no one else can book, release or refund it; the market is the one named
// at deployment.
func TestEscrowOnlyTheMarketMovesIt(t *testing.T) {
	f := newMarketFixture(t)
	r := f.renter(t, "1000")
	l := f.open(t, r, LeaseRequest{ListingID: f.listing.ID, GPUs: 1, Hours: 2,
		Deposit: money.MustFromUnits(termCost(1, 2, f.listing.PricePerGPUHour))})
	revenue := NewRevenue(f.assets.call, f.assets.Address())
	abi := gpuasset.NewGPUAsset()

	out, err := f.chain.Client().CallContract(f.ctx, callMsg(f.assets.Address(), abi.PackLeaseMarket()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if market, _ := abi.UnpackLeaseMarket(out); market != f.market.Address() {
		t.Fatalf("GPUAsset names %s as its market, the manifest %s", market, f.market.Address())
	}
	custody := func() string {
		t.Helper()
		held, err := revenue.EscrowHeld(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		return held.String() + " held, " + f.balance(t, f.assets.Address()).String() + " in GPUAsset, " +
			f.balance(t, r.Address()).String() + " with the renter"
	}
	before := custody()
	if !strings.HasPrefix(before, l.Deposit.String()+" held") {
		t.Fatalf("after one lease: %s, deposit %s", before, l.Deposit)
	}
	asset := f.assets.Address()
	for name, data := range map[string][]byte{
		"holdEscrow":    abi.PackHoldEscrow(big.NewInt(1)),
		"releaseEscrow": abi.PackReleaseEscrow(u256(f.asset.ID), big.NewInt(1)),
		"refundEscrow":  abi.PackRefundEscrow(r.Address(), big.NewInt(1)),
	} {
		for who, s := range map[string]Sender{"renter": r, "admin": f.admin, "operator": f.op} {
			_, err := s.SendAndWait(f.ctx, &asset, data, nil)
			if !isRevert(err, "NotLeaseMarket") {
				t.Errorf("%s by the %s: %v", name, who, err)
			}
		}
	}
	if after := custody(); after != before {
		t.Errorf("refused escrow calls changed custody: %s -> %s", before, after)
	}
}

// TestLeaseAmountsStayIn80Bits: the price and a lease's whole term must
// fit the 80 bits an asset's revenue takes (so that no settlement can ever
// overflow it); the client says so before sending, and the contract
// refuses it too.
func TestLeaseAmountsStayIn80Bits(t *testing.T) {
	f := newMarketFixture(t)
	r := f.renter(t, "1")
	over := new(big.Int).Add(MaxLeaseUnits, big.NewInt(1))

	spec := defaultListing()
	spec.PricePerGPUHour = money.MustFromUnits(over)
	if _, _, err := f.market.CreateListing(f.ctx, f.op, f.asset.ID, spec); !isInvalid("exceeds the most a lease can hold")(err) {
		t.Errorf("client, listing price over 80 bits: %v", err)
	}
	market := f.market.Address()
	abi := leasemarket.NewLeaseMarket()
	_, err := f.op.SendAndWait(f.ctx, &market, abi.PackCreateListing(u256(f.asset.ID), 1, over, 1, 10, 0, 0, 1, 600), nil)
	if !isRevert(err, "InvalidPrice") {
		t.Errorf("contract, listing price over 80 bits: %v", err)
	}

	// The highest price is fine; two GPUs of it for an hour are not.
	spec.PricePerGPUHour = money.MustFromUnits(MaxLeaseUnits)
	top := f.list(t, f.asset.ID, spec)
	req := LeaseRequest{ListingID: top.ID, GPUs: 2, Hours: 1, Deposit: money.MustFromUnits(MaxLeaseUnits)}
	before := e2eState(t, f, r.Address())
	if _, _, err := f.market.OpenLease(f.ctx, r, req); !isInvalid("more than a lease can hold")(err) {
		t.Errorf("client, term over 80 bits: %v", err)
	}
	_, err = r.SendAndWait(f.ctx, &market, abi.PackLease(u256(top.ID), 2, 1, MaxLeaseUnits, maxUint256, nil), nil)
	requireRevert(t, err, "TermCostTooLarge", map[string]any{"max": MaxLeaseUnits})
	if after := e2eState(t, f, r.Address()); after != before {
		t.Errorf("refused lease changed state: %+v -> %+v", before, after)
	}
}

// TestLeaseWithoutSLASettlesByTime: with the oracle attached, a lease
// whose listing promises no SLA never waits for telemetry, while one that
// does waits for its epochs to be final.
func TestLeaseWithoutSLASettlesByTime(t *testing.T) {
	f := newMarketFixture(t)
	if _, err := f.market.SetAvailabilityOracle(f.ctx, f.admin, f.manifest.Address(TelemetryOracleName), SLAReportWindow); err != nil {
		t.Fatal(err)
	}
	noSLA := defaultListing()
	noSLA.SLAAvailabilityBps, noSLA.CreditBps = 0, 0
	plain := f.list(t, f.asset.ID, noSLA)
	r := f.renter(t, "1000")
	open := func(listing Listing) Lease {
		return f.open(t, r, LeaseRequest{ListingID: listing.ID, GPUs: 1, Hours: 3,
			Deposit: money.MustFromUnits(termCost(1, 3, listing.PricePerGPUHour))})
	}
	withSLA, without := open(f.listing), open(plain)
	f.advance(t, 90*time.Minute)
	for _, l := range []Lease{withSLA, without} {
		if _, _, err := f.market.Settle(f.ctx, f.admin, l.ID); err != nil {
			t.Fatal(err)
		}
	}
	got, err := f.market.Lease(f.ctx, without.ID)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := f.market.AccruedAt(f.ctx, without.ID, got.SettledUntil)
	if !got.SettledUntil.After(without.Start.Add(89*time.Minute)) || got.Released.Cmp(want) != 0 || want.IsZero() {
		t.Errorf("lease without SLA: settled until %s (start %s), released %s of %s", got.SettledUntil, without.Start, got.Released, want)
	}
	if got, _ := f.market.Lease(f.ctx, withSLA.ID); !got.Released.IsZero() || !got.SettledUntil.Equal(withSLA.Start) {
		t.Errorf("lease with SLA settled without reports: until %s, released %s", got.SettledUntil, got.Released)
	}
}

// interleaver sends a transaction of its own before the nth one it is
// asked to send, as a second process using the deployer's key would.
type interleaver struct {
	Sender
	n, sent int
}

func (s *interleaver) SendAndWait(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if s.sent++; s.sent == s.n {
		self := s.Address()
		if _, err := s.Sender.SendAndWait(ctx, &self, nil, big.NewInt(1)); err != nil {
			return nil, err
		}
	}
	return s.Sender.SendAndWait(ctx, to, data, value)
}

// TestDeployRefusesAMisplacedContract: GPUAsset is built with the address
// the market will have; if anything else takes that nonce, Deploy says so
// rather than leave GPUAsset pointing at a contract that is not the market.
func TestDeployRefusesAMisplacedContract(t *testing.T) {
	e := bareEnv(t)
	_, err := Deploy(e.ctx, e.chain.Client(), &interleaver{Sender: e.admin, n: 4}, DeployOptions{})
	if err == nil || !strings.Contains(err.Error(), "deploy LeaseMarket: landed at") {
		t.Fatalf("deploy with an interleaved transaction: %v", err)
	}
}
