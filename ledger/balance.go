package ledger

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/money"
)

// Balance is a signed stablecoin amount: the balance of an account, which
// may be negative (world, and transit accounts within a transaction), or a
// signed change. Its text and JSON form is an exact decimal string with
// the money package's formatting ("-12.50", "0.000001"). The zero value is
// zero. Balances are immutable values.
type Balance struct {
	units *big.Int // token units (10^-6); nil means zero
}

// BalanceFromUnits returns a balance of units token units (copied).
func BalanceFromUnits(units *big.Int) Balance {
	if units == nil {
		return Balance{}
	}
	return Balance{units: new(big.Int).Set(units)}
}

// ParseBalance reads a signed decimal string with at most six fractional
// digits. It refuses anything else: exponents, spaces, more digits.
func ParseBalance(s string) (Balance, error) {
	u, err := parseUnits(s)
	if err != nil {
		return Balance{}, err
	}
	return Balance{units: u}, nil
}

// Units returns the balance in token units (a copy).
func (b Balance) Units() *big.Int {
	if b.units == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(b.units)
}

// Sign returns -1, 0 or +1.
func (b Balance) Sign() int {
	if b.units == nil {
		return 0
	}
	return b.units.Sign()
}

// Cmp compares b and c.
func (b Balance) Cmp(c Balance) int { return b.Units().Cmp(c.Units()) }

// Decimal returns the balance as a decimal.
func (b Balance) Decimal() decimal.Decimal {
	return decimal.NewFromBigInt(b.Units(), -money.Decimals)
}

// Amount returns the balance as a money.Amount; it fails for a negative
// balance.
func (b Balance) Amount() (money.Amount, error) { return money.FromUnits(b.Units()) }

// String formats the balance like money.Amount: at least two fractional
// digits, trailing zeros beyond them trimmed.
func (b Balance) String() string { return formatUnits(b.units) }

// MarshalJSON writes the balance as a JSON string.
func (b Balance) MarshalJSON() ([]byte, error) { return json.Marshal(b.String()) }

// UnmarshalJSON reads a JSON string (ParseBalance).
func (b *Balance) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("balance must be a decimal string: %w", money.ErrSyntax)
	}
	v, err := ParseBalance(s)
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// formatUnits formats signed token units as a decimal string: "-12.50",
// "0.000001", "3.00". nil is zero.
func formatUnits(u *big.Int) string { return string(appendUnits(nil, u)) }

// appendUnits appends formatUnits(u) to dst.
func appendUnits(dst []byte, u *big.Int) []byte {
	if u == nil || u.Sign() == 0 {
		return append(dst, "0.00"...)
	}
	var buf [96]byte
	var digits []byte
	neg := u.Sign() < 0
	if v := u.Int64(); u.IsInt64() && v != -1<<63 {
		if neg {
			v = -v
		}
		digits = strconv.AppendInt(buf[:0], v, 10)
	} else {
		digits = new(big.Int).Abs(u).Append(buf[:0], 10)
	}
	if neg {
		dst = append(dst, '-')
	}
	// digits is |u| in units: split off six fractional digits.
	var frac [money.Decimals]byte
	if len(digits) <= money.Decimals {
		dst = append(dst, '0')
		for i := range frac {
			frac[i] = '0'
		}
		copy(frac[money.Decimals-len(digits):], digits)
	} else {
		dst = append(dst, digits[:len(digits)-money.Decimals]...)
		copy(frac[:], digits[len(digits)-money.Decimals:])
	}
	n := money.Decimals
	for n > 2 && frac[n-1] == '0' {
		n--
	}
	dst = append(dst, '.')
	return append(dst, frac[:n]...)
}

// parseUnits reads what formatUnits writes, and any other plain signed
// decimal with at most six fractional digits.
func parseUnits(s string) (*big.Int, error) {
	body, neg := strings.CutPrefix(s, "-")
	intPart, frac, _ := strings.Cut(body, ".")
	if intPart == "" && frac == "" || !digits(intPart) || !digits(frac) || strings.Count(body, ".") > 1 {
		return nil, fmt.Errorf("balance %q: %w", s, money.ErrSyntax)
	}
	if len(frac) > money.Decimals {
		return nil, fmt.Errorf("balance %q: %w", s, money.ErrPrecision)
	}
	frac += strings.Repeat("0", money.Decimals-len(frac))
	u, ok := new(big.Int).SetString(intPart+frac, 10)
	if !ok {
		return nil, fmt.Errorf("balance %q: %w", s, money.ErrSyntax)
	}
	if neg {
		u.Neg(u)
	}
	return u, nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
