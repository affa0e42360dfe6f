package money

import (
	"encoding/json"
	"errors"
	"math/big"
	"testing"
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
