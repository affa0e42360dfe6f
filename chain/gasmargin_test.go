package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TestContextGasMargin: a margin in the context replaces the
// transactor's for that Send only.
func TestContextGasMargin(t *testing.T) {
	c := openTestChain(t, EmbeddedConfig{Sealing: SealInstant})
	ctx := testCtx(t, 30*time.Second)
	tr := NewTransactor(c.Client(), c.ChainID(), c.DevKey(), WithGasMargin(50), WithGasHeadroom(0))
	to := common.HexToAddress("0x1234")
	const transfer = 21_000 // a plain transfer's estimate, exact
	for _, tc := range []struct {
		name string
		pct  *uint64
		want uint64
	}{
		{"transactor's margin", nil, transfer * 150 / 100},
		{"context margin", ptr(uint64(5)), transfer * 105 / 100},
		{"no margin", ptr(uint64(0)), transfer},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sctx := ctx
			if tc.pct != nil {
				sctx = ContextWithGasMargin(ctx, *tc.pct)
			}
			tx, err := tr.Send(sctx, &to, nil, big.NewInt(1))
			if err != nil {
				t.Fatal(err)
			}
			if tx.Gas() != tc.want {
				t.Errorf("gas %d, want %d", tx.Gas(), tc.want)
			}
		})
	}
}
