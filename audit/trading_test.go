package audit_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
)

// TestAuditTrading: after partial fills of an offer and a fee withdrawal,
// the audit recomputes every fill's total and fee from the logs alone and
// finds the market's fees owed and balance as the chain has them.
func TestAuditTrading(t *testing.T) {
	ctx := context.Background()
	svc, _ := openService(t, service.Config{})
	seller, buyer := account(t, ctx, svc, ""), account(t, ctx, svc, "1000")
	if _, err := svc.Assets.GrantOperator(ctx, svc.Admin, seller.Address()); err != nil {
		t.Fatal(err)
	}
	spec := contracts.AssetSpec{GPUModel: "H100-SXM5-80GB", GPUCount: 8, RatedPowerW: 10200, Location: "US-TX-1",
		CommissionedAt: time.Now().Add(-time.Hour), BookValue: money.MustParse("280000"), UsefulLifeMonths: 48,
		Shares: contracts.NewShares(big.NewInt(1_000_000))}
	a, _, err := svc.Assets.Tokenize(ctx, seller, spec)
	if err != nil {
		t.Fatal(err)
	}
	o, _, err := svc.Trading.Offer(ctx, seller, contracts.OfferSpec{AssetID: a.ID, Shares: contracts.NewShares(big.NewInt(9_999)),
		PricePerShare: money.MustParse("0.012345"), ExpiresAt: time.Now().Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int64{1, 77, 3_333} {
		if _, _, err := svc.Trading.Fill(ctx, buyer, o.ID, contracts.NewShares(big.NewInt(n)), money.MustParse("0.012345")); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := svc.Trading.WithdrawFees(ctx, buyer); err != nil {
		t.Fatal(err)
	}
	if _, _, err := svc.Trading.Fill(ctx, buyer, o.ID, contracts.NewShares(big.NewInt(5_000)), money.MustParse("0.012345")); err != nil {
		t.Fatal(err)
	}
	res, err := audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, c := range res.Checks {
		if strings.HasPrefix(c.Name, "ShareMarket") {
			seen++
			if !c.OK {
				t.Errorf("%s: expected %s, chain %s", c.Name, c.Expected, c.Actual)
			}
			t.Logf("%s: %s", c.Name, c.Actual)
		}
	}
	if seen < 4 || !res.OK {
		t.Fatalf("%d share market checks; audit ok %v: %+v", seen, res.OK, res.Failed())
	}
}
