// Package credit restates the credit contracts' arithmetic in Go, in the
// contracts' own integer operations and rounding: the LendingPool's
// interest (utilisation, kinked rate, three-term compounding, the borrow
// index), the borrow shares that give each loan its part of the pool's
// debt, the CreditVault's collateral value per share, and the pool
// share's price (ERC-4626 conversion with virtual shares).
//
// The ledger mirror uses it to bring its figures from the pool's last
// update to the block it reconciles at, and `gpuledger audit` to recompute
// every loan's debt, collateral value and health, and the pool's share
// price, from chain logs alone; docs/credit.md states each formula. Every
// function is pure and safe for concurrent use; arguments are never
// modified, results are fresh values. Amounts are stablecoin units, times
// Unix seconds, rates 18-decimal fractions a year (wad).
package credit

import (
	"math/big"
	"time"

	"github.com/shopspring/decimal"
)

// Constants of the contracts.
var (
	// Wad is 1.0 in rates, utilisation and the borrow index (1e18).
	Wad = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	// Scale is the scale of share prices and of the vault's revenue index
	// (units × 1e18 per share).
	Scale = new(big.Int).Set(Wad)
	// VirtualBorrowShares and VirtualBorrowAssets are BorrowShares.sol's
	// virtual shares and assets (1e6 and 1).
	VirtualBorrowShares = big.NewInt(1_000_000)
	VirtualBorrowAssets = big.NewInt(1)
	// PoolVirtualShares is 10^decimalsOffset of the pool's ERC-4626 (1e6).
	PoolVirtualShares = big.NewInt(1_000_000)
	// PoolShareUnit is one whole pool share (12 decimals).
	PoolShareUnit = new(big.Int).Exp(big.NewInt(10), big.NewInt(12), nil)
)

// Year is the year rates are quoted for and revenue annualised over: 365
// days, in seconds.
const Year = 365 * 24 * 3600

// Bps is 100% in basis points.
const Bps = 10_000

// RateModel is the pool's kinked curve, each figure a wad a year.
type RateModel struct {
	BaseRate, Slope1, Slope2, OptimalUtilisation *big.Int
}

// Utilisation is A / (A + cash) in wad, rounded down; zero for an empty pool.
func Utilisation(cash, borrowAssets *big.Int) *big.Int {
	total := new(big.Int).Add(cash, borrowAssets)
	if total.Sign() == 0 {
		return new(big.Int)
	}
	u := new(big.Int).Mul(borrowAssets, Wad)
	return u.Quo(u, total)
}

// Rate is the borrow rate a year at utilisation u (wad):
// base + slope1 × u / optimal up to the kink, base + slope1 + slope2 ×
// (u − optimal) / (1 − optimal) above it, each division rounded down.
func (m RateModel) Rate(u *big.Int) *big.Int {
	r := new(big.Int).Set(m.BaseRate)
	if m.OptimalUtilisation == nil || m.OptimalUtilisation.Sign() == 0 {
		return r
	}
	if u.Cmp(m.OptimalUtilisation) <= 0 {
		s := new(big.Int).Mul(m.Slope1, u)
		return r.Add(r, s.Quo(s, m.OptimalUtilisation))
	}
	s := new(big.Int).Sub(u, m.OptimalUtilisation)
	s.Mul(s, m.Slope2)
	s.Quo(s, new(big.Int).Sub(Wad, m.OptimalUtilisation))
	return r.Add(r, m.Slope1).Add(r, s)
}

// Growth is e^(rate × dt) − 1 to three Taylor terms, in wad, as the pool
// computes it: x = rate × dt / Year, x + x²/2 + x³/6 with each term
// rounded down.
func Growth(rate *big.Int, dt int64) *big.Int {
	x := new(big.Int).Mul(rate, big.NewInt(dt))
	x.Quo(x, big.NewInt(Year))
	twoWad := new(big.Int).Mul(Wad, big.NewInt(2))
	threeWad := new(big.Int).Mul(Wad, big.NewInt(3))
	x2 := new(big.Int).Mul(x, x)
	x2.Quo(x2, twoWad)
	x3 := new(big.Int).Mul(x2, x)
	x3.Quo(x3, threeWad)
	return x.Add(x, x2).Add(x, x3)
}

// Pool is the LendingPool's state as its events leave it: the figures of
// its books() as of LastAccrual, the last time it brought interest up to
// date. At returns them at a later time.
type Pool struct {
	Cash            *big.Int
	BorrowAssets    *big.Int // A
	BorrowShares    *big.Int // S
	BorrowIndex     *big.Int // wad, 1.0 at deployment
	InterestAccrued *big.Int // cumulative
	Penalties       *big.Int // cumulative
	BadDebt         *big.Int // cumulative
	LastAccrual     int64
	Model           RateModel
}

// Books is the pool's books() at one time, interest included up to it.
type Books struct {
	Cash, BorrowAssets, BorrowShares, BorrowIndex *big.Int
	InterestAccrued, Penalties, BadDebt           *big.Int
	// Pending is the interest since LastAccrual that At added; Rate the
	// rate a year it accrued at (zero when nothing was pending).
	Pending, Rate *big.Int
}

// TotalAssets is idle cash plus outstanding debt.
func (b Books) TotalAssets() *big.Int { return new(big.Int).Add(b.Cash, b.BorrowAssets) }

// At returns the books at time t (≥ LastAccrual), as the pool's views
// compute them in a block of that time: interest A × growth / 1e18 on the
// outstanding debt since LastAccrual, at the rate of the utilisation then;
// the index grows by index × growth / 1e18.
func (p Pool) At(t int64) Books {
	b := Books{Cash: cp(p.Cash), BorrowAssets: cp(p.BorrowAssets), BorrowShares: cp(p.BorrowShares),
		BorrowIndex: cp(p.BorrowIndex), InterestAccrued: cp(p.InterestAccrued), Penalties: cp(p.Penalties),
		BadDebt: cp(p.BadDebt), Pending: new(big.Int), Rate: new(big.Int)}
	dt := t - p.LastAccrual
	if dt <= 0 || b.BorrowAssets.Sign() == 0 {
		return b
	}
	b.Rate = p.Model.Rate(Utilisation(b.Cash, b.BorrowAssets))
	g := Growth(b.Rate, dt)
	b.Pending = new(big.Int).Mul(b.BorrowAssets, g)
	b.Pending.Quo(b.Pending, Wad)
	b.BorrowAssets.Add(b.BorrowAssets, b.Pending)
	b.InterestAccrued.Add(b.InterestAccrued, b.Pending)
	growth := new(big.Int).Mul(b.BorrowIndex, g)
	b.BorrowIndex.Add(b.BorrowIndex, growth.Quo(growth, Wad))
	return b
}

// DebtOf is the debt of `shares` borrow shares when the pool owes
// totalAssets on totalShares: ⌈shares × (A + 1) / (S + 1e6)⌉, at most A,
// and A itself for the holder of every share (BorrowShares.sol).
func DebtOf(shares, totalAssets, totalShares *big.Int) *big.Int {
	if shares.Sign() == 0 {
		return new(big.Int)
	}
	if shares.Cmp(totalShares) >= 0 {
		return cp(totalAssets)
	}
	n := new(big.Int).Add(totalAssets, VirtualBorrowAssets)
	n.Mul(n, shares)
	d := ceilDiv(n, new(big.Int).Add(totalShares, VirtualBorrowShares))
	if d.Cmp(totalAssets) > 0 {
		return cp(totalAssets)
	}
	return d
}

// PoolSharePrice is what one whole pool share (1e12 share units) converts
// to, in stablecoin units, rounded down: the pool's convertToAssets(1e12)
// = 1e12 × (totalAssets + 1) / (totalSupply + 1e6).
func PoolSharePrice(totalAssets, totalSupply *big.Int) *big.Int {
	n := new(big.Int).Add(totalAssets, big.NewInt(1))
	n.Mul(n, PoolShareUnit)
	return n.Quo(n, new(big.Int).Add(totalSupply, PoolVirtualShares))
}

// Valuation are the inputs of the vault's valuePerShare.
type Valuation struct {
	BookValue      *big.Int // units, at commissioning
	Supply         *big.Int // shares
	CommissionedAt int64
	EndOfLife      int64
	SnapshotAcc    *big.Int // accRevenuePerShare at the snapshot (units × 1e18)
	SnapshotAt     int64    // 0: no snapshot
	Acc            *big.Int // accRevenuePerShare now
	AsOf           int64
	DiscountBps    int64
}

// ValuePerShare is the collateral value of one share (units × 1e18) and
// its two terms, the lower of which it is:
//
//	left    = end of life − max(now, commissioning)                (none past the end)
//	book    = ⌊book value × left × 1e18 / ((end − commissioning) × supply)⌋
//	revenue = ⌊Δacc × left × k / (Δt × (k + d × left))⌋,  k = 2 × Year × 10,000
//
// with Δacc and Δt the growth of accRevenuePerShare and the seconds since
// the snapshot; no snapshot (or no growth) makes the revenue term zero.
func ValuePerShare(v Valuation) (price, book, revenue *big.Int) {
	price, book, revenue = new(big.Int), new(big.Int), new(big.Int)
	if v.AsOf >= v.EndOfLife || v.Supply == nil || v.Supply.Sign() == 0 {
		return
	}
	start := max(v.AsOf, v.CommissionedAt)
	left := big.NewInt(v.EndOfLife - start)
	book.Mul(v.BookValue, left).Mul(book, Scale)
	book.Quo(book, new(big.Int).Mul(big.NewInt(v.EndOfLife-v.CommissionedAt), v.Supply))
	if v.SnapshotAt != 0 && v.AsOf > v.SnapshotAt && v.Acc.Cmp(v.SnapshotAcc) > 0 {
		k := big.NewInt(2 * Year * Bps)
		revenue.Sub(v.Acc, v.SnapshotAcc).Mul(revenue, left).Mul(revenue, k)
		den := new(big.Int).Mul(big.NewInt(v.DiscountBps), left)
		den.Add(den, k).Mul(den, big.NewInt(v.AsOf-v.SnapshotAt))
		revenue.Quo(revenue, den)
	}
	if book.Cmp(revenue) < 0 {
		price.Set(book)
	} else {
		price.Set(revenue)
	}
	return
}

// ValueOf is the value of `shares` at `price` (units × 1e18 a share),
// rounded down.
func ValueOf(shares, price *big.Int) *big.Int {
	v := new(big.Int).Mul(shares, price)
	return v.Quo(v, Scale)
}

// OfBps is ⌊amount × bps / 10,000⌋.
func OfBps(amount *big.Int, bps int64) *big.Int {
	v := new(big.Int).Mul(amount, big.NewInt(bps))
	return v.Quo(v, big.NewInt(Bps))
}

// EndOfLife is commissioning plus `months` calendar months in UTC, the day
// of the month carried past a short month's end as Go's AddDate does (the
// vault's calendarAddMonths, checked against it in contracts' tests).
func EndOfLife(commissionedAt int64, months uint16) int64 {
	return time.Unix(commissionedAt, 0).UTC().AddDate(0, int(months), 0).Unix()
}

// Snapshot is a snapshot of an asset's accRevenuePerShare in the vault.
type Snapshot struct {
	Acc     *big.Int
	TakenAt int64 // 0: none
}

// ValuationSnapshot picks the snapshot a valuation at `now` uses: the
// newest one at least `lookback` seconds old (recent, else older), or
// none (zero TakenAt).
func ValuationSnapshot(older, recent Snapshot, now, lookback int64) Snapshot {
	s := recent
	if s.TakenAt == 0 || now-s.TakenAt < lookback {
		s = older
	}
	if s.TakenAt != 0 && now-s.TakenAt >= lookback {
		return Snapshot{Acc: cp(s.Acc), TakenAt: s.TakenAt}
	}
	return Snapshot{Acc: new(big.Int)}
}

// Pending is a loan's swept revenue not yet applied: shares × (index −
// checkpoint) + fraction, split into whole units and the sub-unit rest
// (units × 1e18).
func Pending(shares, index, checkpoint, fraction *big.Int) (units, rest *big.Int) {
	p := new(big.Int).Sub(index, checkpoint)
	p.Mul(p, shares).Add(p, fraction)
	return p.QuoRem(p, Scale, new(big.Int))
}

// Health is a loan's debt net of its swept, unapplied revenue (at least
// zero) over its liquidation limit (threshold × collateral value), rounded
// half away from zero to 6 digits; "" when the limit is zero. Above 1 the
// loan is unhealthy: anyone may flag it (the flag applies the revenue
// first, so the debt it compares is the net one).
func Health(debt, pending, limit *big.Int) string {
	if limit.Sign() == 0 {
		return ""
	}
	net := new(big.Int).Sub(debt, pending)
	if net.Sign() < 0 {
		net.SetInt64(0)
	}
	return decimal.NewFromBigInt(net, 0).Div(decimal.NewFromBigInt(limit, 0)).Round(6).StringFixed(6)
}

func ceilDiv(a, b *big.Int) *big.Int {
	if a.Sign() == 0 {
		return new(big.Int)
	}
	q := new(big.Int).Sub(a, big.NewInt(1))
	q.Quo(q, b)
	return q.Add(q, big.NewInt(1))
}

func cp(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(v)
}
