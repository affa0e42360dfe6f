package demo

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// TestDemoBalances runs the whole story and checks its report: the audit
// from chain logs agrees with the chain's balances and with every figure the
// API publishes, each asset's revenue splits exactly into its parts, and
// the investors never claim more than the holders' revenue.
func TestDemoBalances(t *testing.T) {
	if testing.Short() {
		t.Skip("the demo takes a few seconds")
	}
	var out bytes.Buffer
	res, err := Run(context.Background(), &out, Options{})
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	t.Log("\n" + out.String())
	if m := res.Markets; m.Audit == nil || !m.Audit.OK || !m.Reconciled {
		t.Errorf("audit or reconcile after the capacity markets' chapters failed: %v", m.Differences)
	}
	if !res.Reconciled {
		t.Errorf("reconcile found differences:\n%s", out.String())
	}
	if !res.Audit.OK {
		t.Fatalf("audit failed:\n%s", out.String())
	}
	if len(res.Audit.Reports) != 3 {
		t.Fatalf("%d asset reports", len(res.Audit.Reports))
	}
	holders := decimal.Zero
	credits := decimal.Zero
	for _, r := range res.Audit.Reports {
		sum := dec(t, r.PlatformFee.Value).Add(dec(t, r.OperatorFee.Value)).Add(dec(t, r.Reserve.Value)).Add(dec(t, r.HoldersRevenue.Value))
		if !sum.Equal(dec(t, r.GrossRevenue.Value)) {
			t.Errorf("asset %d: parts sum to %s, revenue %s", r.AssetID, sum, r.GrossRevenue.Value)
		}
		holders = holders.Add(dec(t, r.HoldersRevenue.Value))
		credits = credits.Add(dec(t, r.SLACredits.Value))
	}
	claimed := decimal.Zero
	for name, c := range res.Claimed {
		if dec(t, c).IsZero() {
			t.Errorf("%s claimed nothing", name)
		}
		claimed = claimed.Add(dec(t, c))
	}
	if claimed.GreaterThan(holders) {
		t.Errorf("investors claimed %s of %s holders' revenue", claimed, holders)
	}
	if credits.IsZero() {
		t.Error("the outage credited no renter")
	}
	for _, want := range []string{"closes lease 3 early", "out of funds", "sells 125,000 shares", "audit from chain logs alone: OK", "each price rose with demand"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the story lacks %q", want)
		}
	}
	checkCredit(t, res.Credit, out.String())
	checkTrade(t, res.Trade)
	checkBackstop(t, res.Backstop)
}

// checkBackstop checks the backstop chapter: each hour paid exactly
// floor(idle GPU-seconds x floor / 3600) (the commitment never ran out), the
// hours after the lease's retirement were wholly idle, and paid + returned
// is the commitment, paid being the node's backstop revenue.
func checkBackstop(t *testing.T, b *BackstopResult) {
	t.Helper()
	if b == nil || len(b.Hours) != 12 {
		t.Fatalf("backstop chapter: %+v", b)
	}
	floor, paid := dec(t, b.Floor), decimal.Zero
	for i, h := range b.Hours {
		want := decimal.NewFromInt(int64(h.IdleGPUSeconds)).Mul(floor).Div(decimal.NewFromInt(3600)).Truncate(6)
		if !dec(t, h.Amount).Equal(want) {
			t.Errorf("hour %d: paid %s for %d idle GPU-seconds, want %s", h.Hour, h.Amount, h.IdleGPUSeconds, want)
		}
		if i >= 3 && h.IdleGPUSeconds != uint64(b.GPUCount)*3600 {
			t.Errorf("hour %d after the lease: %d idle GPU-seconds, want %d", h.Hour, h.IdleGPUSeconds, b.GPUCount*3600)
		}
		paid = paid.Add(dec(t, h.Amount))
	}
	if b.Hours[0].IdleGPUSeconds >= uint64(b.GPUCount)*3600 {
		t.Errorf("the leased first hour was wholly idle: %+v", b.Hours[0])
	}
	if !dec(t, b.Paid).Equal(paid) || !dec(t, b.Paid).Add(dec(t, b.Returned)).Equal(dec(t, b.Amount)) || !dec(t, b.YieldBackstopRevenue).Equal(paid) {
		t.Errorf("backstop %+v: paid %s (sum of hours), paid + returned != amount, or yield's backstop revenue differs", b, paid)
	}
}

// checkTrade checks the trading chapter: the buyer paid shares x price
// exactly, split into the seller's proceeds and the fee, and the asset's
// last price and 24-hour volume are that trade's.
func checkTrade(t *testing.T, tr *TradeResult) {
	t.Helper()
	total := dec(t, tr.PricePerShare).Mul(dec(t, tr.Shares))
	if !dec(t, tr.Total).Equal(total) || !dec(t, tr.Proceeds).Add(dec(t, tr.Fee)).Equal(total) || dec(t, tr.Fee).IsZero() {
		t.Errorf("trade %+v: total, fee and proceeds do not add up to shares x price %s", tr, total)
	}
	if tr.LastPrice != tr.PricePerShare || !dec(t, tr.Volume24h).Equal(total) {
		t.Errorf("trade %+v: last price or 24h volume is not the trade's", tr)
	}
}

// checkCredit checks the credit chapter: loan 1 repaid by its node's
// revenue alone and closed, loan 2 liquidated with its shortfall written
// down, the lenders paid back their deposits plus interest and penalties
// less the bad debt (all but the units the pool's virtual shares keep),
// and the audit and the mirror's reconcile, credit included, clean.
func checkCredit(t *testing.T, cr *CreditResult, out string) {
	t.Helper()
	if cr == nil || len(cr.Loans) != 2 || len(cr.Lenders) != 2 {
		t.Fatalf("credit chapter: %+v", cr)
	}
	l1, l2 := cr.Loans[0], cr.Loans[1]
	if l1.Status != "closed" || l1.RepaidByRevenue.LessThanOrEqual(l1.Borrowed) || l1.ToBorrower.IsZero() {
		t.Errorf("loan 1 should be repaid by revenue alone (principal and interest) and closed: %+v", l1)
	}
	if l2.Status != "liquidated" || l2.AuctionPrice.IsZero() || l2.WrittenDown.IsZero() || !l2.RepaidByRevenue.IsZero() {
		t.Errorf("loan 2 should be auctioned with a shortfall: %+v", l2)
	}
	if !dec(t, cr.BadDebt).Equal(l2.WrittenDown) {
		t.Errorf("pool bad debt %s, loan 2 written down %s", cr.BadDebt, l2.WrittenDown)
	}
	in, back := decimal.Zero, decimal.Zero
	for _, l := range cr.Lenders {
		in, back = in.Add(l.Deposited), back.Add(l.Withdrawn)
		if l.Annualised.Sign() <= 0 || l.Days < 100 {
			t.Errorf("lender %+v: want a positive yield over months", l)
		}
	}
	want := in.Add(dec(t, cr.Interest)).Add(dec(t, cr.Penalties)).Sub(dec(t, cr.BadDebt))
	if diff := want.Sub(back).Abs(); diff.GreaterThan(decimal.New(1, -4)) {
		t.Errorf("lenders got back %s; deposits + interest + penalties - bad debt = %s", back, want)
	}
	for _, want := range []string{"flags it", "written down as bad debt", "takes its 1,000,000 shares back", "realised"} {
		if !strings.Contains(out, want) {
			t.Errorf("the credit chapter lacks %q", want)
		}
	}
	if cr.Audit == nil || !cr.Audit.OK {
		t.Errorf("audit after the credit chapter failed")
	}
	if !cr.Reconciled {
		t.Errorf("reconcile after the credit chapter found %d differences (the ledger must book the credit events):\n%s",
			len(cr.Differences), strings.Join(cr.Differences, "\n"))
	}
}

func dec(t *testing.T, s string) decimal.Decimal {
	t.Helper()
	d, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatalf("figure %q: %v", s, err)
	}
	return d
}
