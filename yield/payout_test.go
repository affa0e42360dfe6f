package yield

import (
	"testing"

	"github.com/gpuledger/gpuledger/money"
)

// TestPayoutsInPeriod: withdrawals of the operator's fees and of the
// reserve count by their block time (cash basis), each with its evidence;
// none in the period is "0.00" citing nothing.
func TestPayoutsInPeriod(t *testing.T) {
	m := money.MustParse
	ev := workedExample()
	ev.OperatorFeePayouts = []Payout{
		{At: at("2026-12-31T21:30:00Z"), Amount: m("1.35"), Evidence: evAt(30)}, // before the period
		{At: at("2026-12-31T23:30:00Z"), Amount: m("3.00"), Evidence: evAt(31)},
		{At: at("2027-01-01T01:59:59Z"), Amount: m("2.70"), Evidence: evAt(32)},
		{At: at("2027-01-01T02:00:00Z"), Amount: m("9.99"), Evidence: evAt(33)}, // at To: after
	}
	p := Period{From: at("2026-12-31T22:00:00Z"), To: at("2027-01-01T02:00:00Z")}
	r, err := Compute(ev, p)
	if err != nil {
		t.Fatal(err)
	}
	if r.OperatorFeeWithdrawn.Value != "5.70" || len(r.OperatorFeeWithdrawn.Evidence) != 2 ||
		r.OperatorFeeWithdrawn.Evidence[0] != evAt(31) || r.OperatorFeeWithdrawn.Evidence[1] != evAt(32) {
		t.Errorf("operator fee withdrawn: %+v", r.OperatorFeeWithdrawn)
	}
	if r.ReserveWithdrawn.Value != "0.00" || len(r.ReserveWithdrawn.Evidence) != 0 {
		t.Errorf("reserve withdrawn with no payout: %+v", r.ReserveWithdrawn)
	}
}
