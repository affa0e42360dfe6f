package credit

import (
	"math/big"
	"testing"
	"time"
)

func mustBig(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

// TestValuationWorkedExample: docs/credit.md's worked example, to the
// unit (the contracts' tests hold the vault to the same figures).
func TestValuationWorkedExample(t *testing.T) {
	comm := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	now := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	eol := EndOfLife(comm, 48)
	if eol != 1_893_456_000 {
		t.Fatalf("end of life %d", eol)
	}
	acc := new(big.Int).Mul(big.NewInt(6_480), Scale)
	v := Valuation{BookValue: big.NewInt(280_000_000_000), Supply: big.NewInt(1_000_000), CommissionedAt: comm, EndOfLife: eol,
		SnapshotAcc: big.NewInt(0), SnapshotAt: now - 30*86_400, Acc: acc, AsOf: now, DiscountBps: 1_500}
	price, book, revenue := ValuePerShare(v)
	if book.Cmp(mustBig("210047912388774811772758")) != 0 || revenue.Cmp(mustBig("193221466905187835420393")) != 0 || price.Cmp(revenue) != 0 {
		t.Fatalf("price %s book %s revenue %s", price, book, revenue)
	}
	value := ValueOf(big.NewInt(100_000), price)
	if value.Cmp(big.NewInt(19_322_146_690)) != 0 {
		t.Fatalf("value of 100,000 shares %s", value)
	}
	if b, l := OfBps(value, 5_000), OfBps(value, 7_000); b.Int64() != 9_661_073_345 || l.Int64() != 13_525_502_683 {
		t.Fatalf("limits %s %s", b, l)
	}
	// No snapshot old enough: worth nothing; past the end of life: nothing.
	v.SnapshotAt = 0
	if p, _, _ := ValuePerShare(v); p.Sign() != 0 {
		t.Fatalf("no snapshot: %s", p)
	}
	v.AsOf = eol
	if p, b, _ := ValuePerShare(v); p.Sign() != 0 || b.Sign() != 0 {
		t.Fatalf("past the end: %s %s", p, b)
	}
}

// TestInterest: the kinked rate and three-term compounding on numbers
// worked by hand.
func TestInterest(t *testing.T) {
	pct := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e16)) }
	m := RateModel{BaseRate: pct(2), Slope1: pct(10), Slope2: pct(100), OptimalUtilisation: pct(80)}
	// u = 40%: 2% + 10% × 0.4 / 0.8 = 7%; u = 90%: 2% + 10% + 100% × 0.1 / 0.2 = 62%.
	if r := m.Rate(Utilisation(big.NewInt(60), big.NewInt(40))); r.Cmp(pct(7)) != 0 {
		t.Fatalf("rate at 40%%: %s", r)
	}
	if r := m.Rate(Utilisation(big.NewInt(10), big.NewInt(90))); r.Cmp(pct(62)) != 0 {
		t.Fatalf("rate at 90%%: %s", r)
	}
	// A whole year at 7% on 1,000,000.000000: x = 0.07, growth =
	// 0.07 + 0.00245 + 0.000057166666666666 (each term floored).
	p := Pool{Cash: big.NewInt(1_500_000_000_000), BorrowAssets: big.NewInt(1_000_000_000_000), BorrowShares: big.NewInt(1),
		BorrowIndex: new(big.Int).Set(Wad), InterestAccrued: new(big.Int), Penalties: new(big.Int), BadDebt: new(big.Int), Model: m}
	b := p.At(Year)
	wantGrowth := mustBig("72507166666666666")
	if g := Growth(pct(7), Year); g.Cmp(wantGrowth) != 0 {
		t.Fatalf("growth %s", g)
	}
	if b.Pending.Int64() != 72_507_166_666 || b.Rate.Cmp(pct(7)) != 0 {
		t.Fatalf("interest %s at %s", b.Pending, b.Rate)
	}
	if want := new(big.Int).Add(Wad, wantGrowth); b.BorrowIndex.Cmp(want) != 0 {
		t.Fatalf("index %s", b.BorrowIndex)
	}
	if p.BorrowAssets.Int64() != 1_000_000_000_000 {
		t.Fatal("At changed its receiver")
	}
}

// TestDebtOfAndSharePrice: borrow shares round up and the holder of every
// share owes everything; the pool share price uses virtual shares.
func TestDebtOfAndSharePrice(t *testing.T) {
	// ⌈s × (A + 1) / (S + 1e6)⌉: 500,000 × 1,001 / 2,000,000 = 250.25 → 251.
	if d := DebtOf(big.NewInt(500_000), big.NewInt(1_000), big.NewInt(1_000_000)); d.Int64() != 251 {
		t.Fatalf("debt %s, want 251", d)
	}
	if d := DebtOf(big.NewInt(1_000_000), big.NewInt(1_000), big.NewInt(1_000_000)); d.Int64() != 1_000 {
		t.Fatalf("all shares: %s", d)
	}
	if d := DebtOf(new(big.Int), big.NewInt(1_000), big.NewInt(1_000_000)); d.Sign() != 0 {
		t.Fatalf("no shares: %s", d)
	}
	// An empty pool: one whole share converts to 1e12 × (0 + 1) / (0 + 1e6)
	// = 1e6 units, 1.000000 (the virtual assets and shares).
	if p := PoolSharePrice(new(big.Int), new(big.Int)); p.Int64() != 1_000_000 {
		t.Fatalf("empty pool share price %s", p)
	}
	if h := Health(big.NewInt(150), big.NewInt(50), big.NewInt(200)); h != "0.500000" {
		t.Fatalf("health %s", h)
	}
	if h := Health(big.NewInt(10), big.NewInt(50), big.NewInt(200)); h != "0.000000" {
		t.Fatalf("health %s", h)
	}
	if h := Health(big.NewInt(10), big.NewInt(0), new(big.Int)); h != "" {
		t.Fatalf("health %q", h)
	}
}
