// Package tokentest sets up, for tests, what a real chain has before
// gpuledger first starts on it: a stablecoin someone else deployed.
package tokentest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
)

// External deploys a 6-decimal token on the embedded chain of data dir
// dataDir (its chain/ folder, as the service lays it out) and closes the
// chain, so that a service opened on dataDir with Config.Stablecoin set to
// the returned address finds it there. The dev key issues the token and can
// mint it.
func External(t testing.TB, dataDir string) common.Address {
	t.Helper()
	ctx := context.Background()
	emb, err := chain.OpenEmbedded(ctx, chain.EmbeddedConfig{DataDir: filepath.Join(dataDir, "chain"), Sealing: chain.SealInstant})
	if err != nil {
		t.Fatal(err)
	}
	issuer := chain.NewTransactor(emb.Client(), emb.ChainID(), emb.DevKey())
	token, _, err := issuer.Deploy(ctx, common.FromHex(teststablecoin.TestStablecoinMetaData.Bin),
		teststablecoin.NewTestStablecoin().PackConstructor(issuer.Address()))
	if err != nil {
		t.Fatal(err)
	}
	if err := emb.Close(); err != nil {
		t.Fatal(err)
	}
	return token
}
