package audit_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
)

// BenchmarkAuditFetch measures the other half of an audit's time: reading
// the logs (and the block headers that date them) over JSON-RPC from the
// embedded chain. The chain holds about 30,000 money logs, near an
// asset-year's 35,000 (BenchmarkAuditComputeAssetYear computes those).
func BenchmarkAuditFetch(b *testing.B) {
	ctx := context.Background()
	svc, emb := openService(b, service.Config{ChainRPCAddr: "127.0.0.1:0"})
	op := account(b, ctx, svc, "")
	if _, err := svc.Assets.GrantOperator(ctx, svc.Admin, op.Address()); err != nil {
		b.Fatal(err)
	}
	renter := account(b, ctx, svc, "1000000")
	price := money.MustParse("2.49")
	var leases []uint64
	for range 6 { // 6 assets x 8 one-GPU leases: 48 leases per batch settle
		a, _, err := svc.Assets.Tokenize(ctx, op, contracts.AssetSpec{GPUModel: "H100-SXM5-80GB", GPUCount: 8,
			RatedPowerW: 10200, Location: "US-TX-1", CommissionedAt: time.Now().Add(-time.Hour).UTC(),
			BookValue: money.MustParse("280000"), UsefulLifeMonths: 48, Shares: contracts.NewShares(big.NewInt(1_000_000))})
		if err != nil {
			b.Fatal(err)
		}
		l, _, err := svc.Market.CreateListing(ctx, op, a.ID, contracts.ListingSpec{GPUs: 8, PricePerGPUHour: price, MinHours: 1, MaxHours: 720})
		if err != nil {
			b.Fatal(err)
		}
		for range 8 {
			ls, _, err := svc.Market.OpenLease(ctx, renter, contracts.LeaseRequest{ListingID: l.ID, GPUs: 1, Hours: 720,
				Deposit: money.MustParse("1792.8")})
			if err != nil {
				b.Fatal(err)
			}
			leases = append(leases, ls.ID)
		}
	}
	// Each batch settle logs a LeaseSettled per lease and a deposit and a
	// token transfer per asset: 60 logs.
	for range 500 {
		if err := emb.AdjustTime(time.Minute); err != nil {
			b.Fatal(err)
		}
		if _, err := svc.Market.SettleMany(ctx, svc.Admin, leases...); err != nil {
			b.Fatal(err)
		}
	}
	remote, err := chain.Dial(ctx, emb.RPCURL())
	if err != nil {
		b.Fatal(err)
	}
	defer remote.Close()
	b.Run("json-rpc", func(b *testing.B) {
		var logs int
		for range b.N {
			l, err := audit.Fetch(ctx, remote.Client(), svc.Manifest, 0, 0, nil)
			if err != nil {
				b.Fatal(err)
			}
			logs = len(l.Logs)
		}
		b.ReportMetric(float64(logs), "logs")
		b.ReportMetric(float64(logs)*float64(b.N)/b.Elapsed().Seconds(), "logs/s")
	})
}
