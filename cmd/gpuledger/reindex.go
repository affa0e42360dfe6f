package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
)

// runReindex rebuilds the ledger mirror (DATA/ledger.db) from the chain.
func runReindex(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("reindex")
	lf := addLedgerFlags(fs)
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	c, m, err := openLedgerChain(ctx, *lf.data, *lf.rpc)
	if err != nil {
		return err
	}
	defer c.Close()
	path := filepath.Join(*lf.data, ledger.FileName)
	cur, err := ledger.Reindex(ctx, path, c.Client(), m, ledger.IndexerConfig{Confirmations: *lf.confirmations})
	if err != nil {
		if errors.Is(err, ledger.ErrLocked) {
			return fmt.Errorf("%w (stop gpuledger serve first)", err)
		}
		return err
	}
	fmt.Fprintf(stdout, "ledger %s rebuilt from block %d to block %d %s\n", path, m.DeployBlock, cur.Number, cur.Hash.Hex())
	return nil
}

// ledgerFlags are the flags reindex and reconcile share: where the mirror
// and its deployment are, and how the indexer follows the chain.
type ledgerFlags struct {
	data, rpc     *string
	confirmations *uint64
}

func addLedgerFlags(fs *flag.FlagSet) ledgerFlags {
	return ledgerFlags{
		data:          fs.String("data", "./data", "data directory (manifest, ledger; embedded chain unless --rpc)"),
		rpc:           fs.String("rpc", "", "JSON-RPC URL of an Ethereum node to use instead of the embedded chain"),
		confirmations: fs.Uint64("confirmations", 0, "blocks a block needs on top of it before it is indexed"),
	}
}

// openLedgerChain opens the chain the data dir's deployment lives on (the
// embedded chain in DATA/chain, passively: it seals nothing, or the node at
// rpcURL) and loads and verifies the deployment manifest. It never deploys.
func openLedgerChain(ctx context.Context, dataDir, rpcURL string) (chain.Chain, *contracts.Manifest, error) {
	m, err := contracts.LoadManifest(filepath.Join(dataDir, contracts.ManifestFile))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil, fmt.Errorf("no deployment in %s (run gpuledger serve first): %w", dataDir, err)
		}
		return nil, nil, err
	}
	var c chain.Chain
	if rpcURL == "" {
		c, err = chain.OpenEmbedded(ctx, chain.EmbeddedConfig{
			DataDir: filepath.Join(dataDir, "chain"),
			Sealing: chain.SealManual,
			Logger:  slog.Default(),
		})
	} else {
		c, err = chain.Dial(ctx, rpcURL)
	}
	if err != nil {
		return nil, nil, err
	}
	if err := m.Verify(ctx, c.Client(), c.ChainID()); err != nil {
		c.Close()
		return nil, nil, fmt.Errorf("manifest in %s: %w", dataDir, err)
	}
	return c, m, nil
}
