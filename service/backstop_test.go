package service

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// TestBackstopSettlerPass: a pass settles a commitment whose hours have
// ended (all of them, in one transaction), and the next pass, with nothing
// ended since, sends nothing.
func TestBackstopSettlerPass(t *testing.T) {
	ctx, s, op := keeperEnv(t, common.Address{})
	asset, _ := listNode(t, ctx, s, op, contracts.ListingSpec{PricePerGPUHour: money.MustParse("2"), MinHours: 1, MaxHours: 48})
	provider := newRenter(t, ctx, s, "100")
	id, _, err := s.Backstop.Commit(ctx, provider, contracts.BackstopSpec{AssetID: asset.ID, FloorPricePerGPUHour: money.MustParse("0.5"), Amount: money.MustParse("100"), Hours: 3})
	if err != nil {
		t.Fatal(err)
	}
	settler := s.NewBackstopSettler()
	sync := func() {
		t.Helper()
		n, err := s.Chain.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.WaitMirror(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	sync()
	if n, err := settler.Pass(ctx); err != nil || n != 0 {
		t.Fatalf("pass before any hour ended: %d %v", n, err)
	}
	if err := s.Chain.(*chain.Embedded).AdjustTime(5 * time.Hour); err != nil {
		t.Fatal(err)
	}
	sync()
	if n, err := settler.Pass(ctx); err != nil || n != 1 {
		t.Fatalf("pass after the term: %d %v", n, err)
	}
	c, err := s.Backstop.Commitment(ctx, id)
	if err != nil || c.Status != contracts.CommitmentFinished || c.HoursSettled != 3 {
		t.Fatalf("after the pass: %+v %v", c, err)
	}
	// All idle: 3 hours x GPUs x 0.50.
	want := money.MustFromUnits(new(big.Int).Mul(big.NewInt(int64(c.GPUCount)*3), money.MustParse("0.5").Units()))
	if c.Paid.Cmp(want) != 0 {
		t.Errorf("paid %s, want %s", c.Paid, want)
	}
	sync()
	if n, err := settler.Pass(ctx); err != nil || n != 0 {
		t.Fatalf("pass after the finish: %d %v", n, err)
	}
}
