package yield

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/internal/rules"
	"github.com/gpuledger/gpuledger/money"
)

// The tests here take their expectations from internal/rules, the integer
// reference of docs/yields.md, never from this package.

func refUnits(a money.Amount) *big.Int { return a.Units() }

func refFromUnits(u *big.Int) money.Amount { return money.MustFromUnits(u) }

// refFigureUnits parses a money figure into units.
func refFigureUnits(t *testing.T, name string, f Figure) *big.Int {
	t.Helper()
	a, err := money.Parse(f.Value)
	if err != nil {
		t.Fatalf("%s = %q: %v", name, f.Value, err)
	}
	return a.Units()
}

// refRates are the split's rates of a test: the platform fee differs from the
// reserve, so a figure read from the wrong field shows.
type refRates struct{ platform, operator, reserve uint16 }

// refRevenue is the RevenueDeposited of a release of gross at at, split by
// the rule.
func refRevenue(at time.Time, gross money.Amount, r refRates, ev Evidence) Revenue {
	s := rules.SplitRevenue(refUnits(gross), r.platform, r.operator, r.reserve)
	return Revenue{At: at, Gross: gross, PlatformFee: refFromUnits(s.Platform), OperatorFee: refFromUnits(s.Operator),
		Reserve: refFromUnits(s.Reserve), Holders: refFromUnits(s.Holders), Evidence: ev}
}

// refExpected is every figure of Compute as the reference derives it from ev.
type refExpected struct {
	gross, credits, platform, operator, reserve, holders *big.Int
	operatorWithdrawn, reserveWithdrawn                  *big.Int
	gpuSeconds, energyWh                                 int64
	epochs                                               int
	perShare, gpuHoursLeased, gpuHoursAvailable          string
	economic, bookStart, bookEnd, annualised             string
}

func refExpect(ev Events, p Period) refExpected {
	from, to := p.From.Unix(), p.To.Unix()
	var released, credits, plat, op, res, hold, opw, rsw []rules.Dated
	for _, s := range ev.Settlements {
		released = append(released, rules.Dated{At: s.At.Unix(), Amount: refUnits(s.Released)})
		credits = append(credits, rules.Dated{At: s.At.Unix(), Amount: refUnits(s.Credit)})
	}
	for _, v := range ev.Revenues {
		at := v.At.Unix()
		plat = append(plat, rules.Dated{At: at, Amount: refUnits(v.PlatformFee)})
		op = append(op, rules.Dated{At: at, Amount: refUnits(v.OperatorFee)})
		res = append(res, rules.Dated{At: at, Amount: refUnits(v.Reserve)})
		hold = append(hold, rules.Dated{At: at, Amount: refUnits(v.Holders)})
	}
	for _, w := range ev.OperatorFeePayouts {
		opw = append(opw, rules.Dated{At: w.At.Unix(), Amount: refUnits(w.Amount)})
	}
	for _, w := range ev.ReservePayouts {
		rsw = append(rsw, rules.Dated{At: w.At.Unix(), Amount: refUnits(w.Amount)})
	}
	x := refExpected{
		gross: rules.SumIn(released, from, to), credits: rules.SumIn(credits, from, to),
		platform: rules.SumIn(plat, from, to), operator: rules.SumIn(op, from, to),
		reserve: rules.SumIn(res, from, to), holders: rules.SumIn(hold, from, to),
		operatorWithdrawn: rules.SumIn(opw, from, to), reserveWithdrawn: rules.SumIn(rsw, from, to),
	}
	for _, l := range ev.Leases {
		x.gpuSeconds += int64(l.GPUs) * rules.Overlap(l.Start.Unix(), l.End.Unix(), from, to)
	}
	for _, e := range ev.Epochs {
		if rules.In(e.Start.Unix(), from, to) {
			x.energyWh += int64(e.EnergyWh)
			x.epochs++
		}
	}
	a := ev.Asset
	shareUnits := new(big.Int).Mul(a.Shares, big.NewInt(1_000_000))
	x.perShare = rules.Ratio(x.holders, shareUnits, PerShareDigits)
	available := int64(a.GPUCount) * (to - from)
	x.gpuHoursLeased = rules.Ratio(big.NewInt(x.gpuSeconds), big.NewInt(3600), 6)
	x.gpuHoursAvailable = rules.Ratio(big.NewInt(available), big.NewInt(3600), 6)
	x.economic = rules.Ratio(big.NewInt(x.gpuSeconds), big.NewInt(available), 6)
	end := a.CommissionedAt.AddDate(0, int(a.UsefulLifeMonths), 0).Unix()
	bs := rules.BookValue(refUnits(a.BookValue), a.CommissionedAt.Unix(), end, from)
	be := rules.BookValue(refUnits(a.BookValue), a.CommissionedAt.Unix(), end, to)
	x.bookStart, x.bookEnd = refFromUnits(bs).String(), refFromUnits(be).String()
	x.annualised = rules.AnnualisedYield(x.holders, bs, be, to-from)
	return x
}

// requireRefFigures compares every figure of r with the reference's.
func requireRefFigures(t *testing.T, what string, r Report, x refExpected) {
	t.Helper()
	for _, c := range []struct {
		name string
		got  Figure
		want *big.Int
	}{
		{"gross revenue", r.GrossRevenue, x.gross}, {"SLA credits", r.SLACredits, x.credits},
		{"platform fee", r.PlatformFee, x.platform}, {"operator fee", r.OperatorFee, x.operator},
		{"reserve", r.Reserve, x.reserve}, {"holders' revenue", r.HoldersRevenue, x.holders},
		{"operator fee withdrawn", r.OperatorFeeWithdrawn, x.operatorWithdrawn},
		{"reserve withdrawn", r.ReserveWithdrawn, x.reserveWithdrawn},
	} {
		if got := refFigureUnits(t, c.name, c.got); got.Cmp(c.want) != 0 {
			t.Errorf("%s: %s = %s units, the rule gives %s", what, c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		name      string
		got, want string
	}{
		{"revenue per share", r.RevenuePerShare.Value, x.perShare},
		{"GPU-hours leased", r.GPUHoursLeased.Value, x.gpuHoursLeased},
		{"GPU-hours available", r.GPUHoursAvailable.Value, x.gpuHoursAvailable},
		{"economic utilisation", r.EconomicUtilisation.Value, x.economic},
		{"book value at start", money.MustParse(r.BookValueStart.Value).String(), x.bookStart},
		{"book value at end", money.MustParse(r.BookValueEnd.Value).String(), x.bookEnd},
		{"annualised yield", r.AnnualisedYield.Value, x.annualised},
	} {
		if c.got != c.want {
			t.Errorf("%s: %s = %q, the rule gives %q", what, c.name, c.got, c.want)
		}
	}
	kwh := money.MustParse(r.EnergyKWh.Value) // exact: Wh / 1000
	if want := big.NewInt(x.energyWh * 1000); kwh.Units().Cmp(want) != 0 {
		t.Errorf("%s: energy %s kWh, the rule gives %d Wh", what, r.EnergyKWh.Value, x.energyWh)
	}
}

// TestWorkedExampleFeesByTheRule is the worked example of docs/yields.md
// with a platform fee (4%) unlike the reserve (6%) and releases that do
// not split evenly, every figure derived by the reference: a fee read from
// another fee's field, or a split that rounds another way, fails here.
func TestWorkedExampleFeesByTheRule(t *testing.T) {
	r := refRates{platform: 400, operator: 1500, reserve: 600}
	m := money.MustParse
	ev := workedExample()
	ev.Settlements[1].Released = m("20.000013")
	ev.Settlements[2].Released = m("18.000007")
	for i := range ev.Revenues {
		s := ev.Settlements[i]
		ev.Revenues[i] = refRevenue(s.At, s.Released, r, s.Evidence)
	}
	p := Period{From: at("2026-12-31T22:00:00Z"), To: at("2027-01-01T02:00:00Z")}
	x := refExpect(ev, p)
	if x.platform.Cmp(x.reserve) == 0 || x.platform.Cmp(x.operator) == 0 || x.operator.Cmp(x.reserve) == 0 {
		t.Fatalf("the example's fees are alike (%s/%s/%s): it cannot tell one field from another", x.platform, x.operator, x.reserve)
	}
	got, err := Compute(ev, p)
	if err != nil {
		t.Fatal(err)
	}
	requireRefFigures(t, "worked example, 4/15/6%", got, x)
	// By hand, as a check of the reference itself: 20.000013 and 18.000007
	// at 4% are 0.800000 + 0.720000 (floors), at 6% 1.200000 + 1.080000.
	if x.platform.Int64() != 1_520_000 || x.reserve.Int64() != 2_280_000 || x.gross.Int64() != 38_000_020 {
		t.Errorf("reference: platform %s, reserve %s, gross %s units", x.platform, x.reserve, x.gross)
	}
}

// TestWorkedExampleByTheRule: the doc's own example, recomputed by the
// reference rather than copied from the doc.
func TestWorkedExampleByTheRule(t *testing.T) {
	p := Period{From: at("2026-12-31T22:00:00Z"), To: at("2027-01-01T02:00:00Z")}
	got, err := Compute(workedExample(), p)
	if err != nil {
		t.Fatal(err)
	}
	requireRefFigures(t, "worked example", got, refExpect(workedExample(), p))
}

// refEdgeEvents has one event of every kind exactly at from, one inside, and
// one exactly at to; each kind's amounts differ, so a count of the wrong
// events shows in the sum.
func refEdgeEvents(from, to time.Time) Events {
	r := refRates{platform: 300, operator: 1500, reserve: 500}
	m := money.MustParse
	ev := workedExample()
	ev.Settlements, ev.Revenues, ev.Epochs, ev.Leases = nil, nil, nil, nil
	mid := from.Add(to.Sub(from) / 2)
	for i, at := range []time.Time{from, mid, to} {
		n := uint64(100 * (i + 1))
		released := money.MustFromUnits(big.NewInt(int64(10_000_007 * (i + 1))))
		ev.Settlements = append(ev.Settlements, Settlement{LeaseID: 1, At: at, Released: released,
			Credit: money.MustFromUnits(big.NewInt(int64(1_000_003 * (i + 1)))), Evidence: evAt(n)})
		ev.Revenues = append(ev.Revenues, refRevenue(at, released, r, evAt(n)))
		ev.OperatorFeePayouts = append(ev.OperatorFeePayouts, Payout{At: at, Amount: m("1.5").Add(money.MustFromUnits(big.NewInt(int64(i)))), Evidence: evAt(n + 1)})
		ev.ReservePayouts = append(ev.ReservePayouts, Payout{At: at, Amount: m("0.7").Add(money.MustFromUnits(big.NewInt(int64(i)))), Evidence: evAt(n + 2)})
		ev.Epochs = append(ev.Epochs, Epoch{Start: at, Length: time.Hour, UtilisationBps: uint16(5000 + 1000*i),
			AvailabilityBps: uint16(9000 + 300*i), EnergyWh: uint64(7000 + 500*i), Evidence: evAt(n + 3)})
	}
	// Leases: one ending exactly at from, one starting exactly at to (no
	// time in the period), one crossing each edge.
	ev.Leases = []Lease{
		{ID: 1, GPUs: 1, Start: from.Add(-time.Hour), End: from, Evidence: []Evidence{evAt(1)}},
		{ID: 2, GPUs: 2, Start: to, End: to.Add(time.Hour), Evidence: []Evidence{evAt(2)}},
		{ID: 3, GPUs: 3, Start: from.Add(-time.Hour), End: from.Add(36 * time.Minute), Evidence: []Evidence{evAt(3)}},
		{ID: 4, GPUs: 4, Start: to.Add(-36 * time.Minute), End: to.Add(time.Hour), Evidence: []Evidence{evAt(4)}},
	}
	return ev
}

// TestPeriodEdges: the period is [from, to): an event exactly at from
// counts, one exactly at to does not, for every kind of event (rent,
// credits, splits, payouts, epochs); a lease ending at from or starting at
// to has no time in it.
func TestPeriodEdges(t *testing.T) {
	from, to := at("2027-03-01T00:00:00Z"), at("2027-03-01T06:00:00Z")
	ev := refEdgeEvents(from, to)
	p := Period{From: from, To: to}
	got, err := Compute(ev, p)
	if err != nil {
		t.Fatal(err)
	}
	x := refExpect(ev, p)
	requireRefFigures(t, "[from, to)", got, x)
	// The reference itself, by hand: the events at from and mid count.
	if want := big.NewInt(10_000_007 * 3); x.gross.Cmp(want) != 0 || x.epochs != 2 || x.gpuSeconds != 3*36*60+4*36*60 {
		t.Fatalf("reference: gross %s (want %s), %d epochs, %d GPU-seconds", x.gross, want, x.epochs, x.gpuSeconds)
	}
	// Evidence: exactly the events at from and inside.
	if ev := got.GrossRevenue.Evidence; len(ev) != 2 || ev[0] != evAt(100) || ev[1] != evAt(200) {
		t.Errorf("gross revenue evidence %+v, want the events at from and inside", ev)
	}
	if ev := got.Availability.Evidence; len(ev) != 2 || ev[0] != evAt(103) || ev[1] != evAt(203) {
		t.Errorf("availability evidence %+v, want the epochs starting at from and inside", ev)
	}
	if ev := got.GPUHoursLeased.Evidence; len(ev) != 2 || ev[0] != evAt(3) || ev[1] != evAt(4) {
		t.Errorf("GPU-hours leased evidence %+v, want the leases crossing an edge only", ev)
	}
	// The same events seen from the period before and the one after.
	for _, q := range []Period{{From: from.Add(-6 * time.Hour), To: from}, {From: to, To: to.Add(6 * time.Hour)}} {
		r, err := Compute(ev, q)
		if err != nil {
			t.Fatal(err)
		}
		requireRefFigures(t, "a neighbouring period", r, refExpect(ev, q))
	}
}

// refMoneyFigures are the figures that must add over adjacent periods.
func refMoneyFigures(r Report) map[string]Figure {
	return map[string]Figure{
		"gross_revenue": r.GrossRevenue, "sla_credits": r.SLACredits, "platform_fee": r.PlatformFee,
		"operator_fee": r.OperatorFee, "reserve": r.Reserve, "holders_revenue": r.HoldersRevenue,
		"operator_fee_withdrawn": r.OperatorFeeWithdrawn, "reserve_withdrawn": r.ReserveWithdrawn,
		"energy_kwh": r.EnergyKWh, "gpu_hours_leased": r.GPUHoursLeased, "gpu_hours_available": r.GPUHoursAvailable,
	}
}

// TestAdjacentPeriodsAdd: for random events and split points that are
// themselves event times, every money figure (and energy and GPU-hours)
// of [a, m) plus that of [m, b) is the figure of [a, b), to the unit, and
// their evidence together is the whole's; each period also agrees with the
// reference.
func TestAdjacentPeriodsAdd(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 2))
	r := refRates{platform: 250, operator: 1234, reserve: 567}
	a := at("2027-05-01T00:00:00Z")
	b := a.Add(48 * time.Hour)
	// Times on 36-second steps keep GPU-hours exact to 6 digits, so they add too.
	when := func() time.Time { return a.Add(time.Duration(rng.IntN(48*100+200)-100) * 36 * time.Second) }
	ev := workedExample()
	ev.Settlements, ev.Revenues, ev.Epochs, ev.Leases = nil, nil, nil, nil
	var times []time.Time
	for i := range 120 {
		at := when()
		times = append(times, at)
		released := money.MustFromUnits(big.NewInt(1 + rng.Int64N(50_000_000)))
		credit := money.Zero
		if rng.IntN(3) == 0 {
			credit = money.MustFromUnits(big.NewInt(rng.Int64N(2_000_000)))
		}
		e := evAt(uint64(1000 + i))
		ev.Settlements = append(ev.Settlements, Settlement{LeaseID: 1, At: at, Released: released, Credit: credit, Evidence: e})
		ev.Revenues = append(ev.Revenues, refRevenue(at, released, r, e))
		if rng.IntN(4) == 0 {
			ev.OperatorFeePayouts = append(ev.OperatorFeePayouts, Payout{At: at, Amount: money.MustFromUnits(big.NewInt(1 + rng.Int64N(9_000_000))), Evidence: evAt(uint64(5000 + i))})
		}
		if rng.IntN(4) == 0 {
			ev.ReservePayouts = append(ev.ReservePayouts, Payout{At: at, Amount: money.MustFromUnits(big.NewInt(1 + rng.Int64N(3_000_000))), Evidence: evAt(uint64(6000 + i))})
		}
	}
	for h := -2; h < 50; h++ {
		ev.Epochs = append(ev.Epochs, Epoch{Start: a.Add(time.Duration(h) * time.Hour), Length: time.Hour,
			UtilisationBps: uint16(rng.IntN(10001)), AvailabilityBps: uint16(9000 + rng.IntN(1001)),
			EnergyWh: uint64(rng.IntN(9000)), Evidence: evAt(uint64(7000 + h + 2))})
	}
	for i := range 20 {
		s, e := when(), when()
		if e.Before(s) {
			s, e = e, s
		}
		ev.Leases = append(ev.Leases, Lease{ID: uint64(i + 1), GPUs: uint32(1 + rng.IntN(4)), Start: s, End: e, Evidence: []Evidence{evAt(uint64(8000 + i))}})
	}

	whole := Period{From: a, To: b}
	all, err := Compute(ev, whole)
	if err != nil {
		t.Fatal(err)
	}
	requireRefFigures(t, "whole", all, refExpect(ev, whole))
	splits := 0
	for _, m := range append(slices.Clone(times[:12]), a.Add(24*time.Hour)) {
		if !m.After(a) || !m.Before(b) {
			continue
		}
		splits++
		first, second := Period{From: a, To: m}, Period{From: m, To: b}
		r1, err := Compute(ev, first)
		if err != nil {
			t.Fatal(err)
		}
		r2, err := Compute(ev, second)
		if err != nil {
			t.Fatal(err)
		}
		requireRefFigures(t, "first part", r1, refExpect(ev, first))
		requireRefFigures(t, "second part", r2, refExpect(ev, second))
		f1, f2, fw := refMoneyFigures(r1), refMoneyFigures(r2), refMoneyFigures(all)
		for name, w := range fw {
			sum := money.MustParse(f1[name].Value).Add(money.MustParse(f2[name].Value))
			if sum.Cmp(money.MustParse(w.Value)) != 0 {
				t.Errorf("split at %s: %s %s + %s = %s, whole period %s", m.Format(time.RFC3339), name, f1[name].Value, f2[name].Value, sum, w.Value)
			}
			if name == "gpu_hours_available" || name == "gpu_hours_leased" {
				continue // the asset's and a crossing lease's evidence is in both halves
			}
			joined := sortEvidence(append(append([]Evidence{}, f1[name].Evidence...), f2[name].Evidence...))
			if len(joined) != len(f1[name].Evidence)+len(f2[name].Evidence) || !slices.Equal(joined, w.Evidence) {
				t.Errorf("split at %s: %s evidence of the halves (%d + %d) is not the whole's (%d)", m.Format(time.RFC3339), name,
					len(f1[name].Evidence), len(f2[name].Evidence), len(w.Evidence))
			}
		}
	}
	if splits < 10 {
		t.Fatalf("only %d split points inside the period", splits)
	}
}
