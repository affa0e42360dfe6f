package contracts

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
)

// TestEnsureDeploysOnceAndVerifies deploys into an empty data dir, loads the
// same manifest on the next start, and refuses a manifest whose stablecoin
// is not the one configured.
func TestEnsureDeploysOnceAndVerifies(t *testing.T) {
	e := bareEnv(t)
	ctx, c, admin := e.ctx, e.chain, e.admin
	path := filepath.Join(t.TempDir(), ManifestFile)

	m, deployed, err := Ensure(ctx, path, c.Client(), admin, DeployOptions{})
	if err != nil || !deployed {
		t.Fatalf("first Ensure: deployed %v, err %v", deployed, err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("manifest not saved: %v", err)
	}
	again, deployed, err := Ensure(ctx, path, c.Client(), admin, DeployOptions{})
	if err != nil || deployed {
		t.Fatalf("second Ensure: deployed %v, err %v", deployed, err)
	}
	for name, d := range m.Contracts {
		if again.Address(name) != d.Address {
			t.Errorf("%s moved from %s to %s", name, d.Address, again.Address(name))
		}
	}
	_, _, err = Ensure(ctx, path, c.Client(), admin, DeployOptions{Stablecoin: common.HexToAddress("0x1234")})
	if !errors.Is(err, ErrStaleBuild) {
		t.Fatalf("Ensure with another stablecoin: got %v, want ErrStaleBuild", err)
	}
}

// TestDeployWithExternalStablecoin settles in a token deployed beforehand,
// as USDC would be on a real chain: no TestStablecoin is deployed, every
// contract points at the token, and the manifest marks it external.
func TestDeployWithExternalStablecoin(t *testing.T) {
	e := bareEnv(t)
	ctx, c, admin := e.ctx, e.chain, e.admin
	token, _, err := admin.Deploy(ctx, common.FromHex(teststablecoin.TestStablecoinMetaData.Bin),
		teststablecoin.NewTestStablecoin().PackConstructor(admin.Address()))
	if err != nil {
		t.Fatalf("deploy token: %v", err)
	}
	// The deployer holds a unit, for the adoption's transfer probe.
	if _, err := admin.SendAndWait(ctx, &token, teststablecoin.NewTestStablecoin().PackMint(admin.Address(), big.NewInt(1)), nil); err != nil {
		t.Fatal(err)
	}
	before := e.nonce(t, admin.Address())
	m, err := Deploy(ctx, c.Client(), admin, DeployOptions{Stablecoin: token})
	if err != nil {
		t.Fatal(err)
	}
	if sent := e.nonce(t, admin.Address()) - before; sent != uint64(len(contractSet)-1) {
		t.Errorf("sent %d deployments, want %d", sent, len(contractSet)-1)
	}
	d := m.Contracts[StablecoinName]
	if d.Address != token || !d.External || d.TxHash != (common.Hash{}) {
		t.Fatalf("stablecoin entry %+v", d)
	}
	if err := m.Verify(ctx, c.Client(), c.ChainID()); err != nil {
		t.Fatalf("verify: %v", err)
	}
	read := func(to common.Address, data []byte) common.Address {
		out, err := c.Client().CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return common.BytesToAddress(out)
	}
	if got := read(m.Address(LeaseMarketName), leasemarket.NewLeaseMarket().PackStablecoin()); got != token {
		t.Errorf("LeaseMarket settles in %s, want %s", got, token)
	}
	if got := read(m.Address(GPUAssetName), gpuasset.NewGPUAsset().PackStablecoin()); got != token {
		t.Errorf("GPUAsset pays out %s, want %s", got, token)
	}
}

// TestDeployRefusesBadStablecoin: an address that is not a 6-decimal ERC-20
// is refused before anything is deployed.
func TestDeployRefusesBadStablecoin(t *testing.T) {
	e := bareEnv(t)
	ctx, c, admin := e.ctx, e.chain, e.admin
	// A contract with code but no decimals(): the GPUAsset of another set.
	other, err := Deploy(ctx, c.Client(), admin, DeployOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		addr common.Address
		want error
	}{
		{"no code", common.HexToAddress("0xdead"), ErrCodeMissing},
		{"not an ERC-20", other.Address(GPUAssetName), nil}, // reverts: any error will do
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := e.nonce(t, admin.Address())
			_, err := Deploy(ctx, c.Client(), admin, DeployOptions{Stablecoin: tc.addr})
			if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if n := e.nonce(t, admin.Address()); n != before {
				t.Errorf("%d transactions sent for a refused deployment", n-before)
			}
		})
	}
}
