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

// TestAuditRecomputesPrices: curved and fixed leases, an idle spell with
// decay, a lease whose own hint retires an expired lease, a curve cleared
// and set again, a fixed price change; the audit recomputes every lease's
// price from logs alone and finds them all.
func TestAuditRecomputesPrices(t *testing.T) {
	ctx := context.Background()
	svc, emb := openService(t, service.Config{})
	op := account(t, ctx, svc, "")
	if _, err := svc.Assets.GrantOperator(ctx, svc.Admin, op.Address()); err != nil {
		t.Fatal(err)
	}
	renter := account(t, ctx, svc, "100000")
	spec := contracts.AssetSpec{GPUModel: "H100-SXM5-80GB", GPUCount: 8, RatedPowerW: 10200, Location: "US-TX-1",
		CommissionedAt: time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), BookValue: money.MustParse("280000"),
		UsefulLifeMonths: 48, Shares: contracts.NewShares(big.NewInt(1_000_000))}
	a, _, err := svc.Assets.Tokenize(ctx, op, spec)
	if err != nil {
		t.Fatal(err)
	}
	curve := contracts.Curve{Base: money.MustParse("2"), Floor: money.MustParse("1"), Ceiling: money.MustParse("6.5"),
		KinkBps: 7500, SlopeBelowKink: money.MustParse("1"), SlopeAboveKink: money.MustParse("4"), DecayPerIdleHour: money.MustParse("0.2")}
	curved, _, err := svc.Market.CreateListing(ctx, op, a.ID, contracts.ListingSpec{GPUs: 6, PricePerGPUHour: money.MustParse("2.5"),
		MinHours: 1, MaxHours: 100, Curve: &curve})
	if err != nil {
		t.Fatal(err)
	}
	fixed, _, err := svc.Market.CreateListing(ctx, op, a.ID, contracts.ListingSpec{GPUs: 2, PricePerGPUHour: money.MustParse("3.1"), MinHours: 1, MaxHours: 100})
	if err != nil {
		t.Fatal(err)
	}
	lease := func(listingID uint64, gpus uint32, expired ...uint64) contracts.Lease {
		t.Helper()
		q, err := svc.Market.QuoteAt(ctx, listingID, gpus, 1, nil)
		if err != nil {
			t.Fatal(err)
		}
		l, _, err := svc.Market.OpenLease(ctx, renter, contracts.LeaseRequest{ListingID: listingID, GPUs: gpus, Hours: 1,
			Deposit: q.Total}, expired...)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	if err := emb.AdjustTime(3 * time.Hour); err != nil { // idle: 2 - 3 x 0.2
		t.Fatal(err)
	}
	first := lease(curved.ID, 2)
	lease(curved.ID, 1)
	lease(fixed.ID, 1)
	if _, err := svc.Market.SetListingPrice(ctx, op, fixed.ID, money.MustParse("3.3")); err != nil {
		t.Fatal(err)
	}
	lease(fixed.ID, 1)
	if err := emb.AdjustTime(2 * time.Hour); err != nil { // every lease expired, none retired
		t.Fatal(err)
	}
	// Priced on the state the transaction finds, before its hint retires the first lease.
	lease(curved.ID, 1, first.ID)
	if _, err := svc.Market.ClearCurve(ctx, op, curved.ID); err != nil {
		t.Fatal(err)
	}
	lease(curved.ID, 1)
	if _, err := svc.Market.SetCurve(ctx, op, curved.ID, curve); err != nil {
		t.Fatal(err)
	}
	lease(curved.ID, 1)

	res, err := audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, c := range res.Checks {
		if strings.HasPrefix(c.Name, "lease prices recomputed") {
			found = true
			if !c.OK || !strings.Contains(c.Name, "(7 leases, 4 curved)") {
				t.Fatalf("price check: %+v", c)
			}
		}
	}
	if !found || !res.OK {
		t.Fatalf("audit ok=%v, price check found=%v: %+v", res.OK, found, res.Failed())
	}
}
