// Package money holds the stablecoin amount type used off chain.
//
// An Amount is an exact decimal (shopspring/decimal) of stablecoin, e.g.
// "2.50". On chain the same value is an integer number of units, 10^6 units
// per coin (USDC-like). Conversion is exact in both directions: input with
// more fractional digits than the token has, negative input, or input that
// does not fit a uint256 is refused with an error that says which, never
// rounded. There is no float64 anywhere in this package.
//
// The package sits below every layer (contracts, chain, ledger, api) because
// all of them move money; it imports nothing of gpuledger.
package money

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Decimals is the number of fractional digits of the stablecoin.
const Decimals = 6

// Errors returned by Parse and FromUnits; match them with errors.Is.
var (
	// ErrSyntax is returned when the input is not a plain decimal number
	// (empty, letters, exponent, NaN, Infinity, more than one point).
	ErrSyntax = errors.New("not a decimal number")
	// ErrNegative is returned for an amount below zero.
	ErrNegative = errors.New("negative amount")
	// ErrPrecision is returned for an amount with more than Decimals fractional digits.
	ErrPrecision = fmt.Errorf("more than %d fractional digits", Decimals)
	// ErrOverflow is returned for an amount whose units do not fit in a uint256.
	ErrOverflow = errors.New("amount exceeds uint256 units")
)

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Amount is a non-negative stablecoin amount with at most Decimals fractional
// digits. The zero value is zero. Amounts are immutable values, safe to copy
// and share between goroutines.
type Amount struct {
	d decimal.Decimal
}

// Zero is the zero amount.
var Zero = Amount{}

// Parse reads a decimal string such as "12.345678". It accepts digits with
// at most one decimal point and nothing else: no sign other than a refused
// "-", no exponent, no surrounding spaces.
func Parse(s string) (Amount, error) {
	if !plainDecimal(s) {
		return Amount{}, fmt.Errorf("amount %q: %w", s, ErrSyntax)
	}
	if strings.HasPrefix(s, "-") {
		return Amount{}, fmt.Errorf("amount %q: %w", s, ErrNegative)
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return Amount{}, fmt.Errorf("amount %q: %w", s, ErrSyntax)
	}
	if withinRules(s) {
		return Amount{d: d}, nil
	}
	return FromDecimal(d)
}

// withinRules reports whether a plain, non-negative decimal string
// obviously keeps FromDecimal's rules: at most Decimals fractional digits
// and at most 70 digits in all, whose units are under 10^76 < 2^256. It
// spares the decoding of every stored amount FromDecimal's big.Int
// arithmetic; anything else still goes through FromDecimal.
func withinRules(s string) bool {
	point := strings.IndexByte(s, '.')
	return len(s) <= 71 && (point < 0 || len(s)-point-1 <= Decimals)
}

// MustParse is Parse for constants in tests and examples; it panics on error.
func MustParse(s string) Amount {
	a, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return a
}

// FromDecimal checks d against the amount rules (sign, precision, range).
func FromDecimal(d decimal.Decimal) (Amount, error) {
	if d.Sign() < 0 {
		return Amount{}, fmt.Errorf("amount %s: %w", d, ErrNegative)
	}
	if !d.Equal(d.Truncate(Decimals)) {
		return Amount{}, fmt.Errorf("amount %s: %w", d, ErrPrecision)
	}
	if d.Shift(Decimals).BigInt().Cmp(maxUint256) > 0 {
		return Amount{}, fmt.Errorf("amount %s: %w", d, ErrOverflow)
	}
	return Amount{d: d}, nil
}

// FromUnits converts on-chain token units to an Amount. Units must be in
// [0, 2^256-1].
func FromUnits(units *big.Int) (Amount, error) {
	if units == nil {
		return Amount{}, fmt.Errorf("units: nil: %w", ErrSyntax)
	}
	if units.Sign() < 0 {
		return Amount{}, fmt.Errorf("units %s: %w", units, ErrNegative)
	}
	if units.Cmp(maxUint256) > 0 {
		return Amount{}, fmt.Errorf("units %s: %w", units, ErrOverflow)
	}
	return Amount{d: decimal.NewFromBigInt(units, -Decimals)}, nil
}

// MustFromUnits is FromUnits for values read from the chain, which are
// uint256 by construction; it panics on a negative or oversized value.
func MustFromUnits(units *big.Int) Amount {
	a, err := FromUnits(units)
	if err != nil {
		panic(err)
	}
	return a
}

// Units returns the amount in token units (a new big.Int, exact).
func (a Amount) Units() *big.Int {
	return a.d.Shift(Decimals).BigInt()
}

// Decimal returns the amount as a decimal, for arithmetic whose result goes
// back through FromDecimal.
func (a Amount) Decimal() decimal.Decimal { return a.d }

// String formats the amount with its significant fractional digits, at
// least two ("2.50", "0.000001", "280000.00").
func (a Amount) String() string {
	var buf [32]byte
	if b, ok := a.appendSmall(buf[:0]); ok {
		return string(b)
	}
	s := a.d.StringFixed(Decimals)
	s = strings.TrimRight(s, "0")
	if i := strings.IndexByte(s, '.'); len(s)-i-1 < 2 {
		s += strings.Repeat("0", 2-(len(s)-i-1))
	}
	return s
}

// pow10 holds 10^0 ... 10^19.
var pow10 = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// appendSmall appends String's text of an amount of fewer than 10^19
// units, with no big.Int or string arithmetic (every amount an API answer
// holds, on the read path), and reports false for any other amount.
func (a Amount) appendSmall(b []byte) ([]byte, bool) {
	shift := int(a.d.Exponent()) + Decimals // units = coefficient × 10^shift
	if shift < 0 || shift > 19 || a.d.NumDigits()+shift > 19 {
		return b, false
	}
	c := a.d.CoefficientInt64()
	if c < 0 {
		return b, false
	}
	units := uint64(c) * pow10[shift]
	b = strconv.AppendUint(b, units/pow10[Decimals], 10)
	frac := units % pow10[Decimals]
	digits := Decimals
	for digits > 2 && frac%10 == 0 {
		frac /= 10
		digits--
	}
	b = append(b, '.')
	for i := digits - 1; i >= 0; i-- {
		b = append(b, byte('0'+frac/pow10[i]%10))
	}
	return b, true
}

// Add returns a+b. The sum of two amounts is always an amount, short of
// overflowing uint256, which callers moving real token balances cannot reach.
func (a Amount) Add(b Amount) Amount { return Amount{d: a.d.Add(b.d)} }

// Sub returns a-b, or an error if b > a.
func (a Amount) Sub(b Amount) (Amount, error) {
	if a.d.LessThan(b.d) {
		return Amount{}, fmt.Errorf("%s - %s: %w", a, b, ErrNegative)
	}
	return Amount{d: a.d.Sub(b.d)}, nil
}

// Cmp compares a and b: -1, 0 or +1.
func (a Amount) Cmp(b Amount) int { return a.d.Cmp(b.d) }

// IsZero reports whether the amount is zero.
func (a Amount) IsZero() bool { return a.d.IsZero() }

// MarshalJSON writes the amount as a JSON string ("2.50"): clients must
// never see money as a JSON number, which many decoders read as a float.
func (a Amount) MarshalJSON() ([]byte, error) {
	// String's text is digits and a point: quoting it is all JSON needs.
	b := make([]byte, 0, 24)
	b = append(b, '"')
	if small, ok := a.appendSmall(b); ok {
		b = small
	} else {
		b = append(b, a.String()...)
	}
	return append(b, '"'), nil
}

// UnmarshalJSON reads a JSON string and applies Parse's rules. A JSON number
// is refused so that no client's float ever becomes money.
func (a *Amount) UnmarshalJSON(b []byte) error {
	var s string
	if n := len(b); n >= 2 && b[0] == '"' && b[n-1] == '"' && plainDecimal(string(b[1:n-1])) {
		s = string(b[1 : n-1]) // no escapes to undo: what json.Unmarshal would give
	} else if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("amount must be a decimal string such as \"2.50\": %w", ErrSyntax)
	}
	v, err := Parse(s)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// plainDecimal accepts [-]digits[.digits] and [-].digits; the sign is checked
// separately so that "-1" is reported as negative, not as bad syntax.
func plainDecimal(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" || s == "." {
		return false
	}
	seenPoint := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == '.' && !seenPoint:
			seenPoint = true
		default:
			return false
		}
	}
	return true
}
