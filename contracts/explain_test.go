package contracts

import (
	"math/big"
	"testing"

	"github.com/gpuledger/gpuledger/chain"
)

// TestExplain: reverts read in the user's units (before: raw integers
// "DepositExceedsTerm(deposit=10560000, termCost=7120000)" and enum
// numbers "LeaseNotOpen(leaseId=3, status=4)").
func TestExplain(t *testing.T) {
	for _, tc := range []struct {
		name string
		args map[string]any
		want string
	}{
		{"DepositExceedsTerm", map[string]any{"deposit": big.NewInt(10_560_000), "termCost": big.NewInt(7_120_000)},
			"deposit 10.56 exceeds the term's cost 7.12"},
		{"LeaseNotOpen", map[string]any{"leaseId": big.NewInt(3), "status": uint8(4)}, "lease 3 is not open (status ended)"},
		{"PriceAboveBound", map[string]any{"listingId": big.NewInt(1), "pricePerGpuHour": big.NewInt(12_500_000), "maxPricePerGpuHour": big.NewInt(2_500_000)},
			"listing 1 costs 12.50 per GPU-hour, above the bound 2.50"},
		{"InvalidQuorum", map[string]any{"assetId": big.NewInt(2), "quorum": uint8(4), "reporters": big.NewInt(3)},
			"InvalidQuorum(asset 2, quorum 4, reporters 3)"},
		{"InvalidBps", map[string]any{"bps": uint16(10001)}, "InvalidBps(bps 100.01%)"},
		{"ZeroAmount", nil, ""},
	} {
		re := &chain.RevertError{Name: tc.name, Args: tc.args}
		if got := Explain(re); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
