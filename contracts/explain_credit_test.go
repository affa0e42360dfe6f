package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
)

// TestExplainCredit: the credit contracts' reverts read in the user's
// units, as the API's problem documents quote them (revert.message).
func TestExplainCredit(t *testing.T) {
	owner := common.HexToAddress("0x00000000000000000000000000000000000000A1")
	for _, tc := range []struct {
		name string
		args map[string]any
		want string
	}{
		{"BorrowLimitExceeded", map[string]any{"loanId": big.NewInt(1), "debt": big.NewInt(131_275_929_254), "borrowLimit": big.NewInt(131_275_929_253)},
			"loan 1's debt would be 131275.929254, above its borrow limit 131275.929253 (LTV x collateral value)"},
		{"ERC4626ExceededMaxWithdraw", map[string]any{"owner": owner, "assets": big.NewInt(40_000_000_000), "max": big.NewInt(30_000_000_000)},
			owner.Hex() + " may withdraw at most 30000.00 now, 40000.00 asked: the rest of the pool's money is lent out"},
		{"ERC4626ExceededMaxRedeem", map[string]any{"owner": owner, "shares": big.NewInt(5e16), "max": big.NewInt(49_999_999_999_992_179)},
			owner.Hex() + " may redeem at most 49999.999999992179 pool shares now, 50000 asked: the rest of the pool's money is lent out"},
		{"GraceNotOver", map[string]any{"loanId": big.NewInt(2), "graceEndsAt": big.NewInt(1_800_000_000), "nowTs": big.NewInt(1_799_999_000)},
			"loan 2's grace period ends at 2027-01-15T08:00:00Z (now 2027-01-15T07:43:20Z)"},
		{"WrongStatus", map[string]any{"loanId": big.NewInt(2), "status": uint8(3), "required": uint8(2)}, "loan 2 is liquidated, not auction"},
		{"BidBelowPrice", map[string]any{"loanId": big.NewInt(2), "maxPrice": big.NewInt(1_000_000), "price": big.NewInt(2_500_000)},
			"loan 2's auction price is 2.50, above the bid's bound 1.00"},
	} {
		if got := Explain(&chain.RevertError{Name: tc.name, Args: tc.args}); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
