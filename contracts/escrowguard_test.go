package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
)

// TestEscrowNeverOverdrawn: the revenue account refuses to let more leave
// the market's escrow than it holds, by even one unit, whoever the market
// is. Through the real LeaseMarket the guard is unreachable (each lease's
// escrow bounds what it can release or refund), so this test plays the
// market itself: a GPUAsset whose lease market is the test's own key holds
// 10 units of escrow, and a refund of 11 is refused with EscrowExceeded(11,
// 10) and changes nothing. (Found by `make mutate`: the guard loosened to
// `amount > held + 1` survived every other test.)
func TestEscrowNeverOverdrawn(t *testing.T) {
	e := bareEnv(t)
	token, _, err := e.admin.Deploy(e.ctx, common.FromHex(teststablecoin.TestStablecoinMetaData.Bin),
		teststablecoin.NewTestStablecoin().PackConstructor(e.admin.Address()))
	if err != nil {
		t.Fatal(err)
	}
	ga := gpuasset.NewGPUAsset()
	me := e.admin.Address()
	asset, _, err := e.admin.Deploy(e.ctx, common.FromHex(gpuasset.GPUAssetMetaData.Bin),
		ga.PackConstructor(me, "", token, me, me))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.admin.SendAndWait(e.ctx, &asset, ga.PackHoldEscrow(big.NewInt(10)), nil); err != nil {
		t.Fatal(err)
	}
	renter := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	_, err = e.admin.SendAndWait(e.ctx, &asset, ga.PackRefundEscrow(renter, big.NewInt(11)), nil)
	requireRevert(t, err, "EscrowExceeded", map[string]any{"requested": 11, "held": 10})
	out, err := e.chain.Client().CallContract(e.ctx, callMsg(asset, ga.PackEscrowHeld()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if held, err := ga.UnpackEscrowHeld(out); err != nil || held.Int64() != 10 {
		t.Errorf("escrow held after the refused refund: %v (%v), want 10", held, err)
	}
}
