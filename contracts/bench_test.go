package contracts

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/money"
)

// BenchmarkLeaseGas reports the gas of each lease operation (gas/op) on the
// embedded chain. Gas does not depend on b.N; ns/op is the round trip of one
// transaction through the in-process chain.
func BenchmarkLeaseGas(b *testing.B) {
	f := newMarketFixture(b)
	price := f.listing.PricePerGPUHour
	hour := money.MustFromUnits(termCost(1, 1, price))
	report := func(b *testing.B, gas uint64) {
		b.ReportMetric(float64(gas)/float64(b.N), "gas/op")
	}

	b.Run("CreateListing", func(b *testing.B) {
		var gas uint64
		spec := defaultListing()
		spec.GPUs = 1
		for i := 0; i < b.N; i++ {
			_, r, err := f.market.CreateListing(f.ctx, f.op, f.asset.ID, spec)
			if err != nil {
				b.Fatal(err)
			}
			gas += r.GasUsed
		}
		report(b, gas)
	})

	renter := f.renter(b, "1000000")
	open := func(b *testing.B) (Lease, *types.Receipt) {
		asset := f.tokenize(b) // a fresh asset per lease keeps capacity free
		lst := f.list(b, asset.ID, defaultListing())
		l, r, err := f.market.OpenLease(f.ctx, renter, LeaseRequest{ListingID: lst.ID, GPUs: 1, Hours: 24, Deposit: hour})
		if err != nil {
			b.Fatal(err)
		}
		return l, r
	}
	b.Run("OpenLease", func(b *testing.B) {
		var gas uint64
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			asset := f.tokenize(b)
			lst := f.list(b, asset.ID, defaultListing())
			b.StartTimer()
			_, r, err := f.market.OpenLease(f.ctx, renter, LeaseRequest{ListingID: lst.ID, GPUs: 1, Hours: 24, Deposit: hour})
			if err != nil {
				b.Fatal(err)
			}
			gas += r.GasUsed // the lease itself; the approval before it is the ERC-20's
		}
		report(b, gas)
	})
	b.Run("Settle", func(b *testing.B) {
		b.StopTimer()
		l, _ := open(b)
		if _, _, err := f.market.TopUp(f.ctx, renter, l.ID, money.MustFromUnits(termCost(1, 23, price))); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		var gas uint64
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			f.advance(b, time.Minute) // something accrues every time
			b.StartTimer()
			_, r, err := f.market.Settle(f.ctx, f.op, l.ID)
			if err != nil {
				b.Fatal(err)
			}
			gas += r.GasUsed
		}
		report(b, gas)
	})
	b.Run("Close", func(b *testing.B) {
		var gas uint64
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			l, _ := open(b)
			f.advance(b, 10*time.Minute)
			b.StartTimer()
			_, r, err := f.market.Close(f.ctx, renter, l.ID)
			if err != nil {
				b.Fatal(err)
			}
			gas += r.GasUsed
		}
		report(b, gas)
	})
}

// BenchmarkSettleMany settles 50 running leases in one transaction per
// iteration and reports leases settled per second of wall time and gas per
// lease settled.
func BenchmarkSettleMany(b *testing.B) {
	f := newMarketFixture(b)
	const n = 50
	price := f.listing.PricePerGPUHour
	renter := f.renter(b, "1000000")
	ids := make([]uint64, 0, n)
	for len(ids) < n {
		asset := f.tokenize(b)
		lst := f.list(b, asset.ID, defaultListing())
		for j := 0; j < 8 && len(ids) < n; j++ {
			l, _, err := f.market.OpenLease(f.ctx, renter, LeaseRequest{ListingID: lst.ID, GPUs: 1, Hours: 720, Deposit: money.MustFromUnits(termCost(1, 720, price))})
			if err != nil {
				b.Fatal(err)
			}
			ids = append(ids, l.ID)
		}
	}
	b.ResetTimer()
	var gas uint64
	var elapsed time.Duration // settling only, not moving time
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f.advance(b, time.Minute)
		b.StartTimer()
		start := time.Now()
		r, err := f.market.SettleMany(f.ctx, f.op, ids...)
		if err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(start)
		gas += r.GasUsed
	}
	b.ReportMetric(float64(gas)/float64(b.N*n), "gas/lease")
	b.ReportMetric(float64(b.N*n)/elapsed.Seconds(), "leases/s")
}
