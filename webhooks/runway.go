package webhooks

import (
	"fmt"
	"math/big"
	"time"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// leaseFunds is a lease's money at a chain time by the API's rule
// (api.leaseMoneyAt, shown by GET /v1/leases/{id}): the escrow left after
// the rent accrued and not yet released or credited (left, negative when
// the lease owes), and its hourly rate, both in token units.
type leaseFunds struct {
	left, hourly *big.Int
}

func fundsAt(l contracts.Lease, at time.Time) leaseFunds {
	used := l.AccruedAt(at).Units()
	used.Sub(used, l.Released.Units()).Sub(used, l.Credited.Units())
	if used.Sign() < 0 {
		used.SetInt64(0)
	}
	return leaseFunds{
		left:   new(big.Int).Sub(l.Escrow.Units(), used),
		hourly: new(big.Int).Mul(l.PricePerGPUHour.Units(), big.NewInt(int64(l.GPUs))),
	}
}

// debt is what the lease owes beyond its escrow.
func (f leaseFunds) debt() money.Amount {
	if f.left.Sign() >= 0 {
		return money.Zero
	}
	return money.MustFromUnits(new(big.Int).Neg(f.left))
}

// runway is the runway in hours rounded down to hundredths ("1.25"), as
// the API shows it; "0.00" when the lease owes.
func (f leaseFunds) runway() string {
	if f.left.Sign() <= 0 || f.hourly.Sign() <= 0 {
		return "0.00"
	}
	h := new(big.Int).Quo(new(big.Int).Mul(f.left, big.NewInt(100)), f.hourly)
	whole, frac := new(big.Int).QuoRem(h, big.NewInt(100), new(big.Int))
	return fmt.Sprintf("%s.%02d", whole, frac.Int64())
}

// below reports whether the runway is under seconds of rent, exactly:
// left < hourly × seconds / 3600.
func (f leaseFunds) below(seconds int64) bool {
	lhs := new(big.Int).Mul(f.left, big.NewInt(3600))
	rhs := new(big.Int).Mul(f.hourly, big.NewInt(seconds))
	return lhs.Cmp(rhs) < 0
}

// running reports whether a lease still runs on its escrow (its runway
// means something): active or overdrawn.
func running(l contracts.Lease) bool {
	return l.Status == contracts.LeaseActive || l.Status == contracts.LeaseOverdrawn
}

// topUpRoom is the most a top-up may add: the term's cost less what was
// deposited (the contract refuses more: DepositExceedsTerm).
func topUpRoom(l contracts.Lease) *big.Int {
	return new(big.Int).Sub(l.AccruedAt(l.End).Units(), l.Deposit.Units())
}
