package rules

import (
	"fmt"
	"math/big"
	"strings"
)

// YearSeconds is the year of annualised yields: 365 days.
const YearSeconds = 365 * 24 * 3600

// In says whether an event at t falls in the period [from, to): the start
// is in, the end is not (docs/yields.md).
func In(t, from, to int64) bool { return from <= t && t < to }

// Dated is an amount with the block time of its event.
type Dated struct {
	At     int64
	Amount *big.Int
}

// SumIn is the sum of the amounts whose time is in [from, to).
func SumIn(xs []Dated, from, to int64) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		if In(x.At, from, to) {
			s.Add(s, x.Amount)
		}
	}
	return s
}

// Overlap is how many seconds [start, end) and [from, to) share.
func Overlap(start, end, from, to int64) int64 { return max(0, min(end, to)-max(start, from)) }

// BookValue is value depreciated in a straight line from commissioned to
// zero at endOfLife, by the second, floored to the unit: the full value
// up to commissioning, zero from the end of life on.
func BookValue(value *big.Int, commissioned, endOfLife, t int64) *big.Int {
	switch {
	case t <= commissioned:
		return new(big.Int).Set(value)
	case t >= endOfLife:
		return new(big.Int)
	}
	v := new(big.Int).Mul(value, big.NewInt(endOfLife-t))
	return v.Quo(v, big.NewInt(endOfLife-commissioned))
}

// Ratio is num/den (both ≥ 0) with digits fractional digits, rounded half
// away from zero, as a fixed-point string; "" when den is zero.
func Ratio(num, den *big.Int, digits int) string {
	if den.Sign() == 0 {
		return ""
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits)), nil)
	// floor((2·num·10^d + den) / (2·den)): num/den·10^d rounded half up.
	n := new(big.Int).Mul(num, scale)
	n.Mul(n, big.NewInt(2)).Add(n, den)
	q := n.Quo(n, new(big.Int).Mul(den, big.NewInt(2)))
	s := q.String()
	if digits == 0 {
		return s
	}
	if len(s) <= digits {
		s = strings.Repeat("0", digits-len(s)+1) + s
	}
	return fmt.Sprintf("%s.%s", s[:len(s)-digits], s[len(s)-digits:])
}

// AnnualisedYield is holders' revenue over the average book value (the
// mean of the period's ends, book values in units) for a period of
// periodSeconds, scaled to a 365-day year: holders × year / (avg book ×
// period), 6 digits.
func AnnualisedYield(holders, bookStart, bookEnd *big.Int, periodSeconds int64) string {
	num := new(big.Int).Mul(holders, big.NewInt(2*YearSeconds))
	den := new(big.Int).Add(bookStart, bookEnd)
	den.Mul(den, big.NewInt(periodSeconds))
	return Ratio(num, den, 6)
}
