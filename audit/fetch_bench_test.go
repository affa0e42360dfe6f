package audit_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
)

// BenchmarkAuditFetch measures the other half of an audit's time: reading
// the logs (and the times that date them) over JSON-RPC from the embedded
// chain, against its floor, eth_getLogs alone over the same range (bound:
// 2x), and against the way it was done before (a header request per block
// with a log), all in one run. The chain holds about 27,000 money logs in
// 1,500 blocks: near an asset-year's 26,555 to 35,000 (3 assets, hourly
// epochs; BenchmarkAuditComputeAssetYear computes those), so fetch_s is
// also the fetch of an asset-year (bound with the compute: 5 s).
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
	for range 3 { // 3 assets x 4 one-GPU leases: 12 leases per batch settle
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
		for range 4 {
			ls, _, err := svc.Market.OpenLease(ctx, renter, contracts.LeaseRequest{ListingID: l.ID, GPUs: 1, Hours: 720,
				Deposit: money.MustParse("1792.8")})
			if err != nil {
				b.Fatal(err)
			}
			leases = append(leases, ls.ID)
		}
	}
	// Each batch settle, a block of its own, logs a LeaseSettled per lease
	// and a deposit and a token transfer per asset: about 18 money logs a
	// block, spread over blocks as an asset-year's epochs are.
	for range 1500 {
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
	c := remote.Client()
	to, err := c.BlockNumber(ctx)
	if err != nil {
		b.Fatal(err)
	}
	// A first query warms the node's log cache, so that the audit and
	// the floor after it read alike.
	getLogs(b, ctx, c, svc.Manifest, to)
	b.ResetTimer()
	var logs int
	var fetch, floor, perHeader time.Duration
	for range b.N {
		start := time.Now()
		l, err := audit.Fetch(ctx, c, svc.Manifest, to, 0, nil)
		if err != nil {
			b.Fatal(err)
		}
		fetch += time.Since(start)
		logs = len(l.Logs)
		b.StopTimer()
		// The floor: eth_getLogs alone, same ranges, same addresses.
		start = time.Now()
		if n := getLogs(b, ctx, c, svc.Manifest, to); n != logs {
			b.Fatalf("eth_getLogs alone: %d logs, audit %d", n, logs)
		}
		floor += time.Since(start)
		// Before (issue 16): a header request per block with a log.
		start = time.Now()
		if _, err := audit.Fetch(ctx, &undated{Chain: c}, svc.Manifest, to, 0, nil); err != nil {
			b.Fatal(err)
		}
		perHeader += time.Since(start)
		b.StartTimer()
	}
	n := float64(b.N)
	b.ReportMetric(float64(logs), "logs")
	b.ReportMetric(fetch.Seconds()/n, "fetch_s")
	b.ReportMetric(floor.Seconds()/n, "getlogs_s")
	b.ReportMetric(fetch.Seconds()/floor.Seconds(), "x_getlogs")
	b.ReportMetric(auditBoundOverGetLogs, "bound_x_getlogs")
	b.ReportMetric(perHeader.Seconds()/n, "header_per_block_s")
	b.ReportMetric(float64(logs)*n/fetch.Seconds(), "logs/s")
}

// auditBoundOverGetLogs is issue 16's bound: an audit's fetch within
// twice eth_getLogs alone over the same range.
const auditBoundOverGetLogs = 2

// getLogs reads the logs Fetch reads (every contract but the token, from
// the deploy block to `to`, 10,000 blocks a query) and nothing else, and
// returns how many there are.
func getLogs(b *testing.B, ctx context.Context, c audit.Chain, m *contracts.Manifest, to uint64) int {
	b.Helper()
	var addrs []common.Address
	for name, d := range m.Contracts {
		if name != contracts.StablecoinName {
			addrs = append(addrs, d.Address)
		}
	}
	n := 0
	for from := m.DeployBlock; from <= to; from += 10_000 {
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(min(from+9_999, to)), Addresses: addrs,
		})
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range logs {
			if !l.Removed {
				n++
			}
		}
	}
	return n
}
