package ledger

import (
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/internal/rules"
)

// checkLeasesByTheRule recomputes, with the reference (internal/rules),
// every lease's SLA credits from the oracle reports the workload stored
// (one per epoch reported under the lease's target, on the part of the
// epoch the lease covers, up to where it is settled) and, for an ended
// lease, what it released and refunded; and compares them to the unit
// with the chain (leaseInfo), the mirror's lease and the mirror's SLA
// credit records. It returns how many leases earned a credit and how
// many ended.
func checkLeasesByTheRule(t *testing.T, e *testEnv, st *Store, w *workload) (credited, ended int) {
	t.Helper()
	sched, err := e.tel.Schedule(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	ep := rules.Epochs{Genesis: sched.Genesis.Unix(), Length: int64(sched.Length / time.Second)}
	for _, tl := range w.leases {
		l, err := e.market.Lease(e.ctx, tl.id)
		if err != nil {
			t.Fatal(err)
		}
		reports := w.reports[l.AssetID]
		ref := rules.Lease{GPUs: l.GPUs, Price: l.PricePerGPUHour.Units(), Start: l.Start.Unix(), End: l.End.Unix(),
			SLABps: l.SLAAvailabilityBps, CreditBps: l.CreditBps}
		total, credits := ref.Credits(ep, ref.Start, l.SettledUntil.Unix(), func(n int64) (uint16, bool) {
			v, ok := reports[uint64(n)]
			return v, ok
		})
		if l.Credited.Units().Cmp(total) != 0 {
			t.Errorf("lease %d: credited %s units on chain; the rule gives %s from the reports (%d epochs)", l.ID, l.Credited.Units(), total, len(credits))
		}
		if m, err := st.Lease(l.ID); err != nil || m.Credited.Units().Cmp(total) != 0 {
			t.Errorf("lease %d: the mirror says credited %s (%v); the rule gives %s", l.ID, m.Credited, err, total)
		}
		records := collect(t, func(p PageRequest) (Page[SLACredit], error) { return st.SLACredits(l.ID, p) })
		if len(records) != len(credits) {
			t.Errorf("lease %d: %d SLA credit records, the rule credits %d epochs", l.ID, len(records), len(credits))
		} else {
			for i, c := range credits {
				r := records[i]
				if r.Epoch != uint64(c.Epoch) || r.Credit.Units().Cmp(c.Credit) != 0 || r.Due.Units().Cmp(c.Due) != 0 {
					t.Errorf("lease %d: record epoch %d credit %s of %s due; the rule: epoch %d, %s of %s",
						l.ID, r.Epoch, r.Credit.Units(), r.Due.Units(), c.Epoch, c.Credit, c.Due)
				}
			}
		}
		if total.Sign() > 0 {
			credited++
		}
		if l.Status != contracts.LeaseEnded {
			continue
		}
		ended++
		released, refunded, debt := ref.Settled(l.Deposit.Units(), total)
		if l.Released.Units().Cmp(released) != 0 || l.Refunded.Units().Cmp(refunded) != 0 {
			t.Errorf("lease %d (%s, deposits %s): released %s, refunded %s units; the rule gives %s, %s (debt %s)",
				l.ID, l.CloseReason, l.Deposit.Units(), l.Released.Units(), l.Refunded.Units(), released, refunded, debt)
		}
		if bal, err := st.Balance(LeaseDebt(l.ID), 0); err != nil || bal.Units().Cmp(debt) != 0 {
			t.Errorf("lease %d: debt account %v (%v); the rule leaves %s unpaid", l.ID, bal, err, debt)
		}
	}
	return credited, ended
}
