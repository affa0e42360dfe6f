package contracts

import (
	"math/big"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/internal/rules"
	"github.com/gpuledger/gpuledger/money"
)

// TestSLACreditAtTheTarget: two leases starting and ending inside epochs
// (partial first and last epochs) over seven reported epochs whose
// availability is one point under the target, exactly the target, one
// point over it, far under it, or full. Every lease's credit, release and
// refund, and every SlaCredited event (epoch, due, credit), are what the
// reference (internal/rules) derives from the reports: a credit is earned
// by any availability under the target and by none at it, on the part of
// the epoch the lease covers, floor(due × creditBps / 10000).
func TestSLACreditAtTheTarget(t *testing.T) {
	f := newTelemetryFixture(t, 3, 2)
	const late = 6 * time.Hour
	if _, err := f.tel.SetMaxReportAge(f.ctx, f.admin, late); err != nil {
		t.Fatal(err)
	}
	if _, err := f.market.SetAvailabilityOracle(f.ctx, f.admin, f.tel.Address(), late); err != nil {
		t.Fatal(err)
	}
	const target, creditBps = 9900, 1500
	spec := ListingSpec{GPUs: 8, PricePerGPUHour: money.MustParse("2.333333"), MinHours: 1, MaxHours: 24,
		SLAAvailabilityBps: target, CreditBps: creditBps}
	lst, _, err := f.market.CreateListing(f.ctx, f.op, f.asset.ID, spec)
	if err != nil {
		t.Fatal(err)
	}
	ep := rules.Epochs{Genesis: f.sched.Genesis.Unix(), Length: int64(f.sched.Length / time.Second)}
	if ep.Length != 3600 {
		t.Fatalf("epochs of %ds; the layout below assumes an hour", ep.Length)
	}
	// moveTo moves chain time so that the next block is at t or just after.
	moveTo := func(at time.Time) {
		t.Helper()
		if d := at.Sub(f.headTime(t)); d > 0 {
			f.advance(t, d)
		}
	}
	open := func(gpus, hours uint32) Lease {
		t.Helper()
		r := f.account(t)
		deposit := money.MustFromUnits(termCost(gpus, hours, spec.PricePerGPUHour))
		if _, err := f.token.Mint(f.ctx, f.admin, r.Address(), deposit); err != nil {
			t.Fatal(err)
		}
		l, _, err := f.market.OpenLease(f.ctx, r, LeaseRequest{ListingID: lst.ID, GPUs: gpus, Hours: hours, Deposit: deposit})
		if err != nil {
			t.Fatal(err)
		}
		return l
	}

	e0 := f.sched.At(f.headTime(t)) + 1
	moveTo(f.sched.Start(e0).Add(1234 * time.Second))
	a := open(3, 6) // epochs e0 (partial) .. e0+6 (partial)
	moveTo(f.sched.Start(e0 + 1).Add(2000 * time.Second))
	b := open(4, 4) // epochs e0+1 (partial) .. e0+5 (partial)
	for _, l := range []Lease{a, b} {
		if s := l.Start.Unix(); (s-ep.Genesis)%ep.Length == 0 {
			t.Fatalf("lease %d starts on an epoch boundary: no partial first epoch", l.ID)
		}
	}

	// Availability of each epoch: A's partial first one is one point under
	// the target, B's is at it; full epochs at the target, far under it,
	// full, one over, one under; B's partial last one point under, A's far under.
	avail := map[int64]uint16{
		int64(e0): target - 1, int64(e0) + 1: target, int64(e0) + 2: 1000, int64(e0) + 3: 10000,
		int64(e0) + 4: target + 1, int64(e0) + 5: target - 1, int64(e0) + 6: 2500,
	}
	availability := func(n int64) (uint16, bool) { v, ok := avail[n]; return v, ok }
	keeper := f.account(t)
	credited := map[[2]uint64]*big.Int{} // (lease, epoch) → credit, from SlaCredited
	due := map[[2]uint64]*big.Int{}
	settle := func(id uint64) Lease {
		t.Helper()
		l, rcpt, err := f.market.Settle(f.ctx, keeper, id)
		if err != nil {
			t.Fatal(err)
		}
		requireConserved(t, l)
		for _, lg := range rcpt.Logs {
			ev, err := f.market.abi.UnpackSlaCreditedEvent(lg)
			if err != nil {
				continue
			}
			k := [2]uint64{ev.LeaseId.Uint64(), ev.Epoch}
			if _, dup := credited[k]; dup {
				t.Errorf("lease %d epoch %d credited twice", k[0], k[1])
			}
			credited[k], due[k] = ev.Credit, ev.Due
			if ev.AvailabilityBps != avail[int64(ev.Epoch)] || ev.TargetBps != target {
				t.Errorf("SlaCredited %+v: availability or target not the report's", ev)
			}
		}
		return l
	}
	for n := e0; n <= e0+6; n++ {
		moveTo(f.sched.End(n).Add(10 * time.Second))
		o := honest(7000, avail[int64(n)], 7000)
		if _, err := f.tel.Submit(f.ctx, keeper, f.asset.ID, n, f.signAll(t, n, o, o)); err != nil {
			t.Fatalf("report epoch %d: %v", n, err)
		}
		if n == e0+2 { // a settlement half way: credits of two settlements add up
			settle(a.ID)
			settle(b.ID)
		}
	}

	want := map[[2]uint64]rules.Credit{}
	for _, l := range []Lease{a, b} {
		l = settle(l.ID)
		ref := rules.Lease{GPUs: l.GPUs, Price: l.PricePerGPUHour.Units(), Start: l.Start.Unix(), End: l.End.Unix(),
			SLABps: target, CreditBps: creditBps}
		total, credits := ref.Credits(ep, ref.Start, ref.End, availability)
		for _, c := range credits {
			want[[2]uint64{l.ID, uint64(c.Epoch)}] = c
		}
		released, refunded, _ := ref.Settled(l.Deposit.Units(), total)
		if l.Status != LeaseEnded || l.Credited.Units().Cmp(total) != 0 || l.Released.Units().Cmp(released) != 0 ||
			l.Refunded.Units().Cmp(refunded) != 0 {
			t.Errorf("lease %d: %s, credited %s released %s refunded %s units; the rule gives %s, %s, %s",
				l.ID, l.Status, l.Credited.Units(), l.Released.Units(), l.Refunded.Units(), total, released, refunded)
		}
	}
	// The reference's own reading of the layout: A is credited for its
	// partial first epoch (one under), the far-under and one-under full
	// epochs and its partial last one (far under); B for the far-under
	// full epoch and its partial last one (one under); nobody at the
	// target or over.
	if len(want) != 6 {
		t.Fatalf("reference credits %d epochs, want 6: %v", len(want), want)
	}
	for k, c := range want {
		got, ok := credited[k]
		if !ok {
			t.Errorf("lease %d epoch %d (availability %d, %ds of it): no SlaCredited, the rule credits %s of %s due",
				k[0], k[1], c.Availability, c.To-c.From, c.Credit, c.Due)
			continue
		}
		if got.Cmp(c.Credit) != 0 || due[k].Cmp(c.Due) != 0 {
			t.Errorf("lease %d epoch %d: credited %s of %s due; the rule gives %s of %s", k[0], k[1], got, due[k], c.Credit, c.Due)
		}
	}
	for k := range credited {
		if _, ok := want[k]; !ok {
			t.Errorf("lease %d epoch %d (availability %d, target %d) credited %s: the rule gives none",
				k[0], k[1], avail[int64(k[1])], target, credited[k])
		}
	}
}
