// Package tokentest sets up, for tests, what a real chain has before
// gpuledger first starts on it: a stablecoin someone else deployed.
package tokentest

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts/bindings/blockliststablecoin"
	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
)

// External deploys a 6-decimal token on the embedded chain of data dir
// dataDir (its chain/ folder, as the service lays it out) and closes the
// chain, so that a service opened on dataDir with Config.Stablecoin set to
// the returned address finds it there. The dev key issues the token, can
// mint it, and holds one unit of it.
func External(t testing.TB, dataDir string) common.Address {
	t.Helper()
	return deploy(t, dataDir, teststablecoin.TestStablecoinMetaData.Bin)
}

// ExternalBlocklist is External with a token whose issuer can blocklist
// addresses, as USDC's can (BlocklistStablecoin: setBlocklisted).
func ExternalBlocklist(t testing.TB, dataDir string) common.Address {
	t.Helper()
	return deploy(t, dataDir, blockliststablecoin.BlocklistStablecoinMetaData.Bin)
}

// deploy deploys bin (a TestStablecoin or a contract built on it, whose
// constructor takes its admin) as External does.
func deploy(t testing.TB, dataDir, bin string) common.Address {
	t.Helper()
	ctx := context.Background()
	emb, err := chain.OpenEmbedded(ctx, chain.EmbeddedConfig{DataDir: filepath.Join(dataDir, "chain"), Sealing: chain.SealInstant})
	if err != nil {
		t.Fatal(err)
	}
	issuer := chain.NewTransactor(emb.Client(), emb.ChainID(), emb.DevKey())
	token, _, err := issuer.Deploy(ctx, common.FromHex(bin),
		teststablecoin.NewTestStablecoin().PackConstructor(issuer.Address()))
	if err != nil {
		t.Fatal(err)
	}
	// The deployer (the dev key) holds one unit, so that adoption can probe
	// that a transfer delivers what it sends (contracts.Deploy).
	tok := teststablecoin.NewTestStablecoin()
	if _, err := issuer.SendAndWait(ctx, &token, tok.PackMint(issuer.Address(), big.NewInt(1)), nil); err != nil {
		t.Fatal(err)
	}
	if err := emb.Close(); err != nil {
		t.Fatal(err)
	}
	return token
}
