package money

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		units   string
		str     string
		wantErr error
	}{
		{"0", "0", "0.00", nil},
		{"2.5", "2500000", "2.50", nil},
		{"2.50", "2500000", "2.50", nil},
		{"0.000001", "1", "0.000001", nil},
		{"280000", "280000000000", "280000.00", nil},
		{".5", "500000", "0.50", nil},
		{"12.345678", "12345678", "12.345678", nil},
		{"0.0000001", "", "", ErrPrecision},
		{"1.1234567", "", "", ErrPrecision},
		{"-1", "", "", ErrNegative},
		{"-0.5", "", "", ErrNegative},
		{"", "", "", ErrSyntax},
		{"abc", "", "", ErrSyntax},
		{"NaN", "", "", ErrSyntax},
		{"Infinity", "", "", ErrSyntax},
		{"1e6", "", "", ErrSyntax},
		{"1.2.3", "", "", ErrSyntax},
		{" 1", "", "", ErrSyntax},
		{"+1", "", "", ErrSyntax},
		{".", "", "", ErrSyntax},
		// 2^256 units is one unit too many.
		{new(big.Int).Lsh(big.NewInt(1), 256).String(), "", "", ErrOverflow},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Parse(%q) error = %v, want %v", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if got.Units().String() != tt.units {
				t.Errorf("units = %s, want %s", got.Units(), tt.units)
			}
			if got.String() != tt.str {
				t.Errorf("String = %s, want %s", got, tt.str)
			}
		})
	}
}

func TestMaxUint256RoundTrip(t *testing.T) {
	a, err := FromUnits(maxUint256)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(a.Decimal().String())
	if err != nil {
		t.Fatal(err)
	}
	if back.Units().Cmp(maxUint256) != 0 {
		t.Fatalf("round trip lost units: %s", back.Units())
	}
	if _, err := FromUnits(new(big.Int).Add(maxUint256, big.NewInt(1))); !errors.Is(err, ErrOverflow) {
		t.Fatalf("2^256 units: %v", err)
	}
	if _, err := FromUnits(big.NewInt(-1)); !errors.Is(err, ErrNegative) {
		t.Fatalf("-1 units: %v", err)
	}
}

func TestUnitsRoundTrip(t *testing.T) {
	for _, u := range []int64{0, 1, 9, 10, 999999, 1000000, 1000001, 123456789012345} {
		a := MustFromUnits(big.NewInt(u))
		b, err := Parse(a.String())
		if err != nil {
			t.Fatalf("%d: %v", u, err)
		}
		if b.Units().Int64() != u {
			t.Fatalf("%d -> %s -> %s", u, a, b.Units())
		}
	}
}

func TestArithmetic(t *testing.T) {
	a, b := MustParse("10.000001"), MustParse("0.000002")
	if got := a.Add(b).String(); got != "10.000003" {
		t.Errorf("Add = %s", got)
	}
	if d, err := a.Sub(b); err != nil || d.String() != "9.999999" {
		t.Errorf("Sub = %s, %v", d, err)
	}
	if _, err := b.Sub(a); !errors.Is(err, ErrNegative) {
		t.Errorf("Sub below zero: %v", err)
	}
}

func TestJSON(t *testing.T) {
	var v struct{ Deposit Amount }
	if err := json.Unmarshal([]byte(`{"Deposit":"30.25"}`), &v); err != nil {
		t.Fatal(err)
	}
	if v.Deposit.Units().Int64() != 30250000 {
		t.Fatalf("units %s", v.Deposit.Units())
	}
	out, _ := json.Marshal(v)
	if string(out) != `{"Deposit":"30.25"}` {
		t.Fatalf("marshal %s", out)
	}
	for bad, want := range map[string]error{
		`{"Deposit":30.25}`:       ErrSyntax,
		`{"Deposit":"1.0000001"}`: ErrPrecision,
		`{"Deposit":"-3"}`:        ErrNegative,
	} {
		before := v.Deposit
		if err := json.Unmarshal([]byte(bad), &v); !errors.Is(err, want) {
			t.Errorf("%s: error %v, want %v", bad, err, want)
		}
		if v.Deposit != before {
			t.Errorf("%s changed the value to %s", bad, v.Deposit)
		}
	}
}

// TestFastPathsMatch checks the read path's shortcuts (String's and
// MarshalJSON's small-amount formatting, Parse's and UnmarshalJSON's
// skipping of FromDecimal and json.Unmarshal) against the general code, on
// amounts made every way: parsed, from units, and by arithmetic that
// leaves other exponents (Add of differently scaled amounts, decimals of
// positive exponent), around each boundary the shortcuts test.
func TestFastPathsMatch(t *testing.T) {
	slow := func(a Amount) string { // String's general code
		s := strings.TrimRight(a.d.StringFixed(Decimals), "0")
		if i := strings.IndexByte(s, '.'); len(s)-i-1 < 2 {
			s += strings.Repeat("0", 2-(len(s)-i-1))
		}
		return s
	}
	var amounts []Amount
	for _, s := range []string{"0", "0.0", "0.000000", "1", "2.5", "2.50", "0.000001", "0.1", "0.12", "0.123", "10.000010",
		"280000", "280000.00", "18446744073709.551615", "18446744073709.551616", "9999999999999.999999", "10000000000000",
		"99999999999999999999", "123456789012345678901234567890.123456", "007.10", ".5", "5."} {
		amounts = append(amounts, MustParse(s))
	}
	for _, u := range []string{"0", "1", "999999", "1000000", "9223372036854775807", "9223372036854775808",
		"18446744073709551615", "18446744073709551616", "115792089237316195423570985008687907853269984665640564039457584007913129639935"} {
		n, _ := new(big.Int).SetString(u, 10)
		amounts = append(amounts, MustFromUnits(n))
	}
	for e := int32(-6); e <= 22; e++ { // exponents other than parsing gives
		for _, c := range []int64{0, 1, 7, 10, 999, 123456789, 999999999999999999} {
			amounts = append(amounts, Amount{d: decimal.New(c, e)})
		}
	}
	amounts = append(amounts, MustParse("1.5").Add(MustParse("0.000001")), MustParse("100").Add(MustParse("0.25")))
	for _, a := range amounts {
		want := slow(a)
		if got := a.String(); got != want {
			t.Errorf("String of %s (exp %d): %q, want %q", a.d, a.d.Exponent(), got, want)
		}
		wantJSON, _ := json.Marshal(want)
		if got, _ := a.MarshalJSON(); string(got) != string(wantJSON) {
			t.Errorf("MarshalJSON of %s: %s, want %s", a.d, got, wantJSON)
		}
		var back Amount
		if err := json.Unmarshal(wantJSON, &back); err != nil || back.Cmp(a) != 0 {
			t.Errorf("UnmarshalJSON of %s: %s, %v", wantJSON, back, err)
		}
	}
	// Parse's shortcut keeps FromDecimal's answer and its refusals.
	for _, s := range []string{"1.1234567", "1.1234560", "0.0000001", strings.Repeat("9", 70), strings.Repeat("9", 71),
		strings.Repeat("9", 72), strings.Repeat("9", 70) + ".999999", "115792089237316195423570985008687907853269984665640564039457584007913.129639",
		"115792089237316195423570985008687907853269984665640564039457584007913.129640", "00000000000000000000000000000000000000000000000000000000000000000000000000001.5"} {
		d, _ := decimal.NewFromString(s)
		want, wantErr := FromDecimal(d)
		got, err := Parse(s)
		if (err == nil) != (wantErr == nil) || (err == nil && got.Cmp(want) != 0) {
			t.Errorf("Parse(%q) = %s, %v; FromDecimal: %s, %v", s, got, err, want, wantErr)
		}
	}
	// UnmarshalJSON's shortcut takes only plain strings; the rest is json's.
	for _, in := range []string{`"1\u002e5"`, `"1.5`, `1.5`, `"-1"`, `""`, `"1e3"`, `" 1"`} {
		var a Amount
		err := json.Unmarshal([]byte(in), &a)
		if in == `"1\u002e5"` {
			if err != nil || a.String() != "1.50" {
				t.Errorf("UnmarshalJSON(%s) = %s, %v", in, a, err)
			}
		} else if err == nil {
			t.Errorf("UnmarshalJSON(%s) = %s, want an error", in, a)
		}
	}
}
