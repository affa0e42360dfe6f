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

// TestAuditBackstop: leases open, close early and expire (retired late)
// across a backstop's term; the audit recomputes every settled hour's idle
// GPU-seconds and charge from LeaseCreated/LeaseRetired logs alone, and
// agrees with the service's yield figures, backstop revenue included.
func TestAuditBackstop(t *testing.T) {
	ctx := context.Background()
	svc, emb := openService(t, service.Config{})
	base := serve(t, svc)
	op := account(t, ctx, svc, "")
	if _, err := svc.Assets.GrantOperator(ctx, svc.Admin, op.Address()); err != nil {
		t.Fatal(err)
	}
	a, _, err := svc.Assets.Tokenize(ctx, op, contracts.AssetSpec{GPUModel: "H100", GPUCount: 4, RatedPowerW: 2800, Location: "US-TX-1",
		CommissionedAt: time.Unix(1_700_000_000, 0).UTC(), BookValue: money.MustParse("100000"), UsefulLifeMonths: 48,
		Shares: contracts.NewShares(big.NewInt(1000))})
	if err != nil {
		t.Fatal(err)
	}
	l, _, err := svc.Market.CreateListing(ctx, op, a.ID, contracts.ListingSpec{GPUs: 4, PricePerGPUHour: money.MustParse("2"), MinHours: 1, MaxHours: 4, MinPrepaidHours: 1})
	if err != nil {
		t.Fatal(err)
	}
	provider, renter := account(t, ctx, svc, "100"), account(t, ctx, svc, "100")
	id, _, err := svc.Backstop.Commit(ctx, provider, contracts.BackstopSpec{AssetID: a.ID, FloorPricePerGPUHour: money.MustParse("0.333333"), Amount: money.MustParse("10"), Hours: 4})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := svc.Backstop.Commitment(ctx, id)
	now := func() uint64 {
		h, err := svc.Chain.Client().HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h.Time
	}
	to := func(sec uint64) {
		t.Helper()
		if n := now(); sec > n {
			if err := emb.AdjustTime(time.Duration(sec-n) * time.Second); err != nil {
				t.Fatal(err)
			}
		}
	}
	lease := func(gpus uint32) contracts.Lease {
		t.Helper()
		le, _, err := svc.Market.OpenLease(ctx, renter, contracts.LeaseRequest{ListingID: l.ID, GPUs: gpus, Hours: 1, Deposit: money.MustFromUnits(big.NewInt(2_000_000 * int64(gpus)))})
		if err != nil {
			t.Fatal(err)
		}
		return le
	}
	s := c.StartHour * 3600
	to(s + 600)
	early := lease(2)
	to(s + 1500)
	if _, _, err := svc.Market.Close(ctx, renter, early.ID); err != nil {
		t.Fatal(err)
	}
	to(s + 2000)
	expiring := lease(1)
	to(s + 2000 + 3600 + 1234) // expired 1234 s ago, still counted until retired
	if _, err := svc.Market.Retire(ctx, svc.Admin, expiring.ID); err != nil {
		t.Fatal(err)
	}
	to(s + 4*3600 + 60)
	if _, _, err := svc.Backstop.Settle(ctx, svc.Admin, id, 0); err != nil {
		t.Fatal(err)
	}
	if _, _, err := svc.Backstop.Release(ctx, provider, id); err != nil {
		t.Fatal(err)
	}
	head, err := svc.Chain.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.WaitMirror(ctx, head); err != nil {
		t.Fatal(err)
	}
	res, err := audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{Against: base, Assets: []uint64{a.ID}})
	if err != nil {
		t.Fatal(err)
	}
	hours := 0
	for _, ch := range res.Checks {
		if strings.Contains(ch.Name, " charge") {
			hours++
		}
	}
	if !res.OK || hours != 4 {
		t.Fatalf("audit ok=%v, %d hours checked: %+v", res.OK, hours, res.Failed())
	}
	if res.Reports[0].BackstopRevenue.Value == "0.00" || len(res.Reports[0].BackstopRevenue.Evidence) == 0 {
		t.Errorf("no backstop revenue audited: %+v", res.Reports[0].BackstopRevenue)
	}
	t.Logf("backstop revenue %s, %d checks", res.Reports[0].BackstopRevenue.Value, len(res.Checks))
}
