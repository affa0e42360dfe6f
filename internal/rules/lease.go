package rules

import "math/big"

// BPS is 100% in basis points.
const BPS = 10_000

// Accrued is what gpus GPUs at price units per GPU-hour cost over seconds:
// floor(gpus × price × seconds / 3600) (LeaseMarket: "accrued(t) =
// floor(gpus * pricePerGpuHour * (t - start) / 3600)"). Zero for no time.
func Accrued(gpus uint32, price *big.Int, seconds int64) *big.Int {
	if seconds <= 0 {
		return new(big.Int)
	}
	a := new(big.Int).Mul(price, big.NewInt(int64(gpus)))
	a.Mul(a, big.NewInt(seconds))
	return a.Quo(a, big.NewInt(3600))
}

// Lease is what the money rules of one lease depend on.
type Lease struct {
	GPUs  uint32
	Price *big.Int // units per GPU-hour
	Start int64
	// End is the end of the term, or the closing time of a lease closed early.
	End int64
	// SLABps is the availability target, CreditBps the share of an epoch's
	// charge credited when an epoch's availability is under it.
	SLABps, CreditBps uint16
}

// AccruedAt is what the lease accrued from its start up to t, capped at
// its end.
func (l Lease) AccruedAt(t int64) *big.Int {
	return Accrued(l.GPUs, l.Price, min(t, l.End)-l.Start)
}

// Due is what the lease accrued over [from, to): accrued(to) − accrued(from),
// so that the pieces of any partition add up to the whole exactly.
func (l Lease) Due(from, to int64) *big.Int {
	return new(big.Int).Sub(l.AccruedAt(to), l.AccruedAt(max(from, l.Start)))
}

// Term is the cost of the whole term.
func (l Lease) Term() *big.Int { return l.AccruedAt(l.End) }

// Epochs is the oracle's clock: epoch n covers [Genesis + n·Length,
// Genesis + (n+1)·Length).
type Epochs struct{ Genesis, Length int64 }

// Of is the epoch holding t (t ≥ Genesis).
func (e Epochs) Of(t int64) int64 { return (t - e.Genesis) / e.Length }

// Start is the first second of epoch n.
func (e Epochs) Start(n int64) int64 { return e.Genesis + n*e.Length }

// Availability says an epoch's reported availability (bps), and whether
// it was reported at all. An epoch never reported earns no credit.
type Availability func(epoch int64) (bps uint16, reported bool)

// Credit is the SLA credit of one epoch of a lease.
type Credit struct {
	Epoch        int64
	From, To     int64 // the part of the epoch inside the lease
	Availability uint16
	Due          *big.Int // what that part accrued
	Credit       *big.Int
}

// EpochCredit is the credit of an epoch whose part of the lease accrued
// due: floor(due × creditBps / 10000) when the epoch's availability is
// under the target (any amount under it), else nothing.
func EpochCredit(due *big.Int, availability, target, creditBps uint16) *big.Int {
	if availability >= target {
		return new(big.Int)
	}
	c := new(big.Int).Mul(due, big.NewInt(int64(creditBps)))
	return c.Quo(c, big.NewInt(BPS))
}

// Credits are the SLA credits the lease earns over [from, to) (clipped to
// its term): one per epoch reported under the target, each on the part of
// the epoch inside [from, to), so the first and last epochs may be
// partial. It returns their total and the epochs credited.
func (l Lease) Credits(ep Epochs, from, to int64, avail Availability) (*big.Int, []Credit) {
	from, to = max(from, l.Start), min(to, l.End)
	total := new(big.Int)
	var out []Credit
	if l.CreditBps == 0 || l.SLABps == 0 {
		return total, nil
	}
	for n := ep.Of(from); ep.Start(n) < to; n++ {
		a, b := max(from, ep.Start(n)), min(to, ep.Start(n+1))
		bps, ok := avail(n)
		if !ok || a >= b || bps >= l.SLABps {
			continue
		}
		due := l.Due(a, b)
		c := EpochCredit(due, bps, l.SLABps, l.CreditBps)
		total.Add(total, c)
		out = append(out, Credit{Epoch: n, From: a, To: b, Availability: bps, Due: due, Credit: c})
	}
	return total, out
}

// Settled is where a lease's money stands once settled up to its end with
// total credits credited and deposited paid in: the rent released is what
// accrued less the credits, as far as the deposits cover it; the rest of
// the deposits is refunded; what they do not cover is the debt.
func (l Lease) Settled(deposited, credited *big.Int) (released, refunded, debt *big.Int) {
	owed := new(big.Int).Sub(l.Term(), credited)
	if owed.Cmp(deposited) > 0 {
		return new(big.Int).Set(deposited), new(big.Int), owed.Sub(owed, deposited)
	}
	return owed, new(big.Int).Sub(deposited, owed), new(big.Int)
}
