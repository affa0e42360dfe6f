package contracts

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/money"
)

func h100Spec() AssetSpec {
	return AssetSpec{
		GPUModel:         "H100-SXM5-80GB",
		GPUCount:         8,
		RatedPowerW:      10200,
		Location:         "US-TX-1",
		CommissionedAt:   time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC),
		BookValue:        money.MustParse("280000"),
		UsefulLifeMonths: 48,
		Shares:           NewShares(big.NewInt(1_000_000)),
	}
}

func TestTokenizeAndTransfer(t *testing.T) {
	e := newEnv(t)
	op := e.operator(t)
	investor := e.account(t)

	first, rcpt, err := e.assets.Tokenize(e.ctx, op, h100Spec())
	if err != nil {
		t.Fatalf("tokenize: %v", err)
	}
	t.Logf("tokenize gas: %d", rcpt.GasUsed)
	second := h100Spec()
	second.GPUModel, second.GPUCount, second.Location = "B200", 72, "NL-AMS-2"
	b200, _, err := e.assets.Tokenize(e.ctx, op, second)
	if err != nil {
		t.Fatalf("tokenize second: %v", err)
	}
	if first.ID != 1 || b200.ID != 2 {
		t.Fatalf("ids %d, %d; want 1, 2", first.ID, b200.ID)
	}

	got, err := e.assets.Get(e.ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got.Operator != op.Address() || got.GPUModel != "B200" || got.GPUCount != 72 ||
		got.BookValue.String() != "280000.00" || !got.CommissionedAt.Equal(second.CommissionedAt) ||
		got.Shares.String() != "1000000" {
		t.Fatalf("asset 2 read back as %+v", got)
	}
	if n, _ := e.assets.Count(e.ctx); n != 2 {
		t.Fatalf("count %d", n)
	}

	if _, err := e.assets.Transfer(e.ctx, op, investor.Address(), 1, NewShares(big.NewInt(250_000))); err != nil {
		t.Fatalf("transfer: %v", err)
	}
	for _, c := range []struct {
		holder *chain.Transactor
		want   string
	}{{op, "750000"}, {investor, "250000"}} {
		bal, err := e.assets.SharesOf(e.ctx, c.holder.Address(), 1)
		if err != nil {
			t.Fatal(err)
		}
		if bal.String() != c.want {
			t.Errorf("shares of %s: %s, want %s", c.holder.Address(), bal, c.want)
		}
	}
	// The investor sends some back: shares move both ways.
	if _, err := e.assets.Transfer(e.ctx, investor, op.Address(), 1, NewShares(big.NewInt(50_000))); err != nil {
		t.Fatalf("transfer back: %v", err)
	}
	if bal, _ := e.assets.SharesOf(e.ctx, investor.Address(), 1); bal.String() != "200000" {
		t.Errorf("investor holds %s after sending back", bal)
	}
}

func TestTokenizeRefusesNonOperator(t *testing.T) {
	e := newEnv(t)
	stranger := e.account(t)
	before := e.nonce(t, stranger.Address())
	_, _, err := e.assets.Tokenize(e.ctx, stranger, h100Spec())
	var re *chain.RevertError
	t.Logf("refused: %v", err)
	if !errors.As(err, &re) || re.Name != "AccessControlUnauthorizedAccount" {
		t.Fatalf("want decoded AccessControlUnauthorizedAccount, got %v", err)
	}
	if !strings.Contains(err.Error(), strings.ToLower(stranger.Address().Hex()[2:10])) &&
		!strings.Contains(err.Error(), stranger.Address().Hex()[2:10]) {
		t.Errorf("error does not name the caller: %v", err)
	}
	if after := e.nonce(t, stranger.Address()); after != before {
		t.Errorf("a refused tokenize sent a transaction (nonce %d -> %d)", before, after)
	}
}

func TestTokenizeBadInputSendsNothing(t *testing.T) {
	e := newEnv(t)
	op := e.operator(t)
	mutate := func(f func(*AssetSpec)) AssetSpec { s := h100Spec(); f(&s); return s }
	tests := []struct {
		name string
		spec AssetSpec
		want string
	}{
		{"zero GPUs", mutate(func(s *AssetSpec) { s.GPUCount = 0 }), "gpu_count"},
		{"zero shares", mutate(func(s *AssetSpec) { s.Shares = NewShares(big.NewInt(0)) }), "shares"},
		{"missing shares", mutate(func(s *AssetSpec) { s.Shares = Shares{} }), "shares"},
		{"useful life 0", mutate(func(s *AssetSpec) { s.UsefulLifeMonths = 0 }), "useful_life_months"},
		{"useful life 50 years", mutate(func(s *AssetSpec) { s.UsefulLifeMonths = 600 }), "useful_life_months"},
		{"zero book value", mutate(func(s *AssetSpec) { s.BookValue = money.Zero }), "book_value"},
		{"no model", mutate(func(s *AssetSpec) { s.GPUModel = "" }), "gpu_model"},
		{"future commissioning", mutate(func(s *AssetSpec) { s.CommissionedAt = time.Now().Add(48 * time.Hour) }), "future"},
	}
	before := e.nonce(t, op.Address())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := e.assets.Tokenize(e.ctx, op, tt.spec)
			if !errors.Is(err, ErrInvalidAsset) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want ErrInvalidAsset naming %q", err, tt.want)
			}
		})
	}
	if after := e.nonce(t, op.Address()); after != before {
		t.Errorf("refused input sent %d transactions", after-before)
	}
	if n, _ := e.assets.Count(e.ctx); n != 0 {
		t.Errorf("%d assets exist after refused input", n)
	}
}

// TestAssetSpecJSON covers the API's parse path: a body whose book value or
// share count cannot be parsed never becomes a spec.
func TestAssetSpecJSON(t *testing.T) {
	good := `{"gpu_model":"H100-SXM5-80GB","gpu_count":8,"rated_power_w":10200,"location":"US-TX-1",
		"commissioned_at":"2026-01-15T00:00:00Z","book_value":"280000","useful_life_months":48,"shares":"1000000"}`
	var s AssetSpec
	if err := json.Unmarshal([]byte(good), &s); err != nil {
		t.Fatalf("good body: %v", err)
	}
	if err := s.Validate(); err != nil {
		t.Fatalf("good body invalid: %v", err)
	}
	for _, bad := range []string{
		strings.Replace(good, `"280000"`, `"28O000"`, 1),
		strings.Replace(good, `"280000"`, `280000.5`, 1),
		strings.Replace(good, `"280000"`, `"1.0000001"`, 1),
		strings.Replace(good, `"1000000"`, `"1e6"`, 1),
		strings.Replace(good, `"1000000"`, `"-5"`, 1),
		strings.Replace(good, `"gpu_count":8`, `"gpu_count":-8`, 1),
	} {
		var s AssetSpec
		if err := json.Unmarshal([]byte(bad), &s); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}
