package contracts

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/money"
)

// BenchmarkLeaseGas reports the gas of each lease operation (gas/op) in both
// gas schedules (see gasChain): "osaka", mainnet's, where the 80k settle
// budget applies, and "embedded", the dev chain's. Gas does not depend on
// b.N; ns/op is one transaction's round trip through the in-process chain.
func BenchmarkLeaseGas(b *testing.B) {
	for _, sched := range gasSchedules {
		b.Run(sched.name, func(b *testing.B) { benchLeaseGas(b, sched.open(b)) })
	}
}

func benchLeaseGas(b *testing.B, gc *gasChain) {
	ctx := gc.ctx
	market, renter := gc.leaseSetup(b)
	spec := defaultListing()
	hour := money.MustFromUnits(termCost(1, 1, spec.PricePerGPUHour))
	newListing := func(b *testing.B) Listing {
		a := gc.tokenizeFor(b, 1_000_000, nil, nil, 1500, 500)
		l, _, err := market.CreateListing(ctx, gc.admin, a.ID, spec)
		if err != nil {
			b.Fatal(err)
		}
		return l
	}
	// open opens a lease on a fresh listing; when timed, only the lease
	// itself is (a benchmark whose loop is never timed grows b.N without end).
	open := func(b *testing.B, timed bool) (Lease, *types.Receipt) {
		req := LeaseRequest{ListingID: newListing(b).ID, GPUs: 1, Hours: 24, Deposit: hour}
		if timed {
			b.StartTimer()
		}
		l, r, err := market.OpenLease(ctx, renter, req)
		if timed {
			b.StopTimer()
		}
		if err != nil {
			b.Fatal(err)
		}
		return l, r
	}
	report := func(b *testing.B, gas uint64) { b.ReportMetric(float64(gas)/float64(b.N), "gas/op") }
	advance := func(b *testing.B, d time.Duration) {
		if err := gc.adjust(d); err != nil {
			b.Fatal(err)
		}
	}

	b.Run("CreateListing", func(b *testing.B) {
		b.StopTimer()
		a := gc.tokenizeFor(b, 1_000_000, nil, nil, 1500, 500)
		one := spec
		one.GPUs = 1
		var gas uint64
		for i := 0; i < b.N; i++ {
			b.StartTimer()
			_, r, err := market.CreateListing(ctx, gc.admin, a.ID, one)
			b.StopTimer()
			if err != nil {
				b.Fatal(err)
			}
			gas += r.GasUsed
		}
		report(b, gas)
	})
	b.Run("OpenLease", func(b *testing.B) {
		b.StopTimer()
		var gas uint64
		for i := 0; i < b.N; i++ {
			_, r := open(b, true) // the lease itself; the approval before it is the ERC-20's
			gas += r.GasUsed
		}
		report(b, gas)
	})
	b.Run("Settle", func(b *testing.B) {
		b.StopTimer()
		l, _ := open(b, false)
		if _, _, err := market.TopUp(ctx, renter, l.ID, money.MustFromUnits(termCost(1, 23, spec.PricePerGPUHour))); err != nil {
			b.Fatal(err)
		}
		advance(b, time.Minute)
		if _, _, err := market.Settle(ctx, gc.admin, l.ID); err != nil { // the first pays into a fresh asset
			b.Fatal(err)
		}
		var gas uint64
		for i := 0; i < b.N; i++ {
			advance(b, time.Minute) // something accrues every time
			b.StartTimer()
			_, r, err := market.Settle(ctx, gc.admin, l.ID)
			b.StopTimer()
			if err != nil {
				b.Fatal(err)
			}
			gas += r.GasUsed
		}
		report(b, gas)
	})
	b.Run("Close", func(b *testing.B) {
		b.StopTimer()
		var gas uint64
		for i := 0; i < b.N; i++ {
			l, _ := open(b, false)
			advance(b, 10*time.Minute)
			b.StartTimer()
			_, r, err := market.Close(ctx, renter, l.ID)
			b.StopTimer()
			if err != nil {
				b.Fatal(err)
			}
			gas += r.GasUsed
		}
		report(b, gas)
	})
	b.Run("SettleMany50", func(b *testing.B) {
		b.StopTimer()
		const n = 50
		ids := make([]uint64, 0, n)
		for len(ids) < n {
			lst := newListing(b)
			for j := 0; j < 8 && len(ids) < n; j++ {
				l, _, err := market.OpenLease(ctx, renter, LeaseRequest{ListingID: lst.ID, GPUs: 1, Hours: 720,
					Deposit: money.MustFromUnits(termCost(1, 720, spec.PricePerGPUHour))})
				if err != nil {
					b.Fatal(err)
				}
				ids = append(ids, l.ID)
			}
		}
		advance(b, time.Minute)
		if _, err := market.SettleMany(ctx, gc.admin, ids...); err != nil { // first payments into fresh assets
			b.Fatal(err)
		}
		var gas uint64
		var busy time.Duration
		for i := 0; i < b.N; i++ {
			advance(b, time.Minute)
			start := time.Now()
			b.StartTimer()
			r, err := market.SettleMany(ctx, gc.admin, ids...)
			b.StopTimer()
			busy += time.Since(start)
			if err != nil {
				b.Fatal(err)
			}
			gas += r.GasUsed
		}
		b.ReportMetric(float64(gas)/float64(b.N*n), "gas/lease")
		b.ReportMetric(float64(b.N*n)/busy.Seconds(), "leases/s")
	})
}
