package yield

import (
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/money"
)

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func evAt(block uint64) Evidence {
	return Evidence{TxHash: common.BigToHash(new(big.Int).SetUint64(block)), Block: block, LogIndex: 0}
}

// workedExample is the example of docs/yields.md.
func workedExample() Events {
	m := money.MustParse
	return Events{
		Asset: Asset{ID: 1, GPUCount: 8, CommissionedAt: at("2026-01-01T00:00:00Z"), BookValue: m("240000"),
			UsefulLifeMonths: 48, Shares: big.NewInt(1_000_000), Evidence: evAt(1)},
		Leases: []Lease{
			{ID: 1, GPUs: 4, Start: at("2026-12-31T20:00:00Z"), End: at("2027-01-01T01:00:00Z"), Evidence: []Evidence{evAt(10)}},
			{ID: 2, GPUs: 2, Start: at("2027-01-01T01:30:00Z"), End: at("2027-01-01T05:30:00Z"), Evidence: []Evidence{evAt(20)}},
		},
		Settlements: []Settlement{
			{LeaseID: 1, At: at("2026-12-31T21:00:00Z"), Released: m("9.00"), Evidence: evAt(11)}, // before the period
			{LeaseID: 1, At: at("2026-12-31T23:00:00Z"), Released: m("20.00"), Evidence: evAt(12)},
			{LeaseID: 1, At: at("2027-01-01T01:00:00Z"), Released: m("18.00"), Credit: m("2.00"), Evidence: evAt(13)},
			{LeaseID: 2, At: at("2027-01-01T03:00:00Z"), Released: m("7.00"), Evidence: evAt(21)}, // after
		},
		Revenues: []Revenue{
			{At: at("2026-12-31T21:00:00Z"), Gross: m("9.00"), PlatformFee: m("0.45"), OperatorFee: m("1.35"), Reserve: m("0.45"), Holders: m("6.75"), Evidence: evAt(11)},
			{At: at("2026-12-31T23:00:00Z"), Gross: m("20.00"), PlatformFee: m("1.00"), OperatorFee: m("3.00"), Reserve: m("1.00"), Holders: m("15.00"), Evidence: evAt(12)},
			{At: at("2027-01-01T01:00:00Z"), Gross: m("18.00"), PlatformFee: m("0.90"), OperatorFee: m("2.70"), Reserve: m("0.90"), Holders: m("13.50"), Evidence: evAt(13)},
		},
		Epochs: []Epoch{
			{Start: at("2026-12-31T21:00:00Z"), Length: time.Hour, UtilisationBps: 10000, AvailabilityBps: 10000, EnergyWh: 9000, Evidence: evAt(30)},
			{Start: at("2026-12-31T22:00:00Z"), Length: time.Hour, UtilisationBps: 8000, AvailabilityBps: 10000, EnergyWh: 8000, Evidence: evAt(31)},
			{Start: at("2026-12-31T23:00:00Z"), Length: time.Hour, UtilisationBps: 7000, AvailabilityBps: 10000, EnergyWh: 7500, Evidence: evAt(32)},
			{Start: at("2027-01-01T00:00:00Z"), Length: time.Hour, UtilisationBps: 9000, AvailabilityBps: 9500, EnergyWh: 8500, Evidence: evAt(33)},
			{Start: at("2027-01-01T01:00:00Z"), Length: time.Hour, UtilisationBps: 6000, AvailabilityBps: 10000, EnergyWh: 7000, Evidence: evAt(34)},
		},
	}
}

// TestWorkedExample checks the numbers printed in docs/yields.md: a
// four-hour period across New Year, a lease crossing each of its edges, an
// SLA credit, and depreciation across the year boundary.
func TestWorkedExample(t *testing.T) {
	r, err := Compute(workedExample(), Period{From: at("2026-12-31T22:00:00Z"), To: at("2027-01-01T02:00:00Z")})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		got  Figure
		want string
	}{
		"gross revenue":         {r.GrossRevenue, "38.00"},
		"SLA credits":           {r.SLACredits, "2.00"},
		"platform fee":          {r.PlatformFee, "1.90"},
		"operator fee":          {r.OperatorFee, "5.70"},
		"reserve":               {r.Reserve, "1.90"},
		"holders' revenue":      {r.HoldersRevenue, "28.50"},
		"revenue per share":     {r.RevenuePerShare, "0.000028500000"},
		"GPU-hours leased":      {r.GPUHoursLeased, "13.000000"},
		"GPU-hours available":   {r.GPUHoursAvailable, "32.000000"},
		"economic utilisation":  {r.EconomicUtilisation, "0.406250"},
		"technical utilisation": {r.TechnicalUtilisation, "0.750000"},
		"availability":          {r.Availability, "0.987500"},
		"energy kWh":            {r.EnergyKWh, "31"},
		"revenue per kWh":       {r.RevenuePerKWh, "1.225806"},
		"GPU-hours per kWh":     {r.GPUHoursPerKWh, "0.419355"},
		"book value at start":   {r.BookValueStart, "180054.757015"},
		"book value at end":     {r.BookValueEnd, "180027.378507"},
		"annualised yield":      {r.AnnualisedYield, "0.346671"},
	}
	for name, c := range want {
		if c.got.Value != c.want {
			t.Errorf("%s = %q, want %q", name, c.got.Value, c.want)
		}
	}
	// Evidence names exactly the events inside the period.
	if len(r.GrossRevenue.Evidence) != 2 || r.GrossRevenue.Evidence[0].Block != 12 || r.GrossRevenue.Evidence[1].Block != 13 {
		t.Errorf("gross revenue evidence %+v", r.GrossRevenue.Evidence)
	}
	if len(r.Availability.Evidence) != 4 {
		t.Errorf("availability evidence %+v", r.Availability.Evidence)
	}
}

func TestBookValue(t *testing.T) {
	a := Asset{CommissionedAt: at("2026-01-01T00:00:00Z"), BookValue: money.MustParse("240000"), UsefulLifeMonths: 48}
	tests := []struct {
		at   string
		want string
	}{
		{"2025-06-01T00:00:00Z", "240000"}, // before commissioning
		{"2026-01-01T00:00:00Z", "240000"},
		{"2028-01-01T00:00:00Z", "120082.135523"}, // 731 of 1461 days left: 240000 × 731 / 1461
		{"2030-01-01T00:00:00Z", "0"},
		{"2031-01-01T00:00:00Z", "0"},
	}
	for _, tt := range tests {
		if got := BookValue(a, at(tt.at)).String(); got != tt.want {
			t.Errorf("book value at %s = %s, want %s", tt.at, got, tt.want)
		}
	}
}

func TestEmptyAndBadPeriods(t *testing.T) {
	ev := workedExample()
	if _, err := Compute(ev, Period{From: at("2027-01-01T00:00:00Z"), To: at("2027-01-01T00:00:00Z")}); !errors.Is(err, ErrPeriod) {
		t.Errorf("empty period: %v", err)
	}
	r, err := Compute(ev, Period{From: at("2030-01-01T00:00:00Z"), To: at("2030-02-01T00:00:00Z")})
	if err != nil {
		t.Fatal(err)
	}
	if r.GrossRevenue.Value != "0.00" || r.EnergyKWh.Value != "0" || r.RevenuePerKWh.Value != "" || r.AnnualisedYield.Value != "" {
		t.Errorf("period without events: %+v", r)
	}
}

// TestWithoutEvidence: every figure of the report is listed by figures
// (a figure added later cannot keep its evidence), and WithoutEvidence
// empties each list, keeps every value, and leaves the report it was
// called on as it was.
func TestWithoutEvidence(t *testing.T) {
	var r Report
	v := reflect.ValueOf(&r).Elem()
	listed := map[*Figure]bool{}
	for _, f := range r.figures() {
		listed[f] = true
	}
	n := 0
	for i := range v.NumField() {
		if v.Field(i).Type() != reflect.TypeFor[Figure]() {
			continue
		}
		n++
		f := v.Field(i).Addr().Interface().(*Figure)
		if !listed[f] {
			t.Errorf("figure %s is not in figures()", v.Type().Field(i).Name)
		}
		f.Value = fmt.Sprint(i)
		f.Evidence = []Evidence{{Block: uint64(i)}}
	}
	if n != len(listed) || n < 20 {
		t.Fatalf("%d figures in Report, %d listed", n, len(listed))
	}
	bare := r.WithoutEvidence()
	bv := reflect.ValueOf(bare)
	for i := range v.NumField() {
		if v.Field(i).Type() != reflect.TypeFor[Figure]() {
			continue
		}
		got, was := bv.Field(i).Interface().(Figure), v.Field(i).Interface().(Figure)
		if got.Value != was.Value || got.Evidence == nil || len(got.Evidence) != 0 || len(was.Evidence) != 1 {
			t.Errorf("%s: %+v from %+v", v.Type().Field(i).Name, got, was)
		}
	}
}
