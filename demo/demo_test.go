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
	for _, want := range []string{"closes lease 3 early", "out of funds", "sells 125,000 shares", "audit from chain logs alone: OK"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the story lacks %q", want)
		}
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
