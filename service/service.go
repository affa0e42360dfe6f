// Package service assembles gpuledger from its parts: it opens the chain
// (embedded or remote), makes the admin transactor, deploys the contracts on
// first start or verifies the recorded deployment, and hands out the
// contract clients. `gpuledger serve`, the demo and end-to-end tests all
// start here, so they run the same wiring.
package service

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
)

// DefaultChainRPCAddr is where the embedded chain serves JSON-RPC by default.
const DefaultChainRPCAddr = "127.0.0.1:8545"

// gethDevChainID is the chain id of `geth --dev` (and of the embedded chain).
const gethDevChainID = 1337

// Config says how to open a Service. The zero value is not valid: DataDir is required.
type Config struct {
	// DataDir holds the manifest, and for the embedded chain its database
	// and dev key (DataDir/chain).
	DataDir string
	// RPCURL, when set, uses that node instead of the embedded chain.
	RPCURL string
	// ChainRPCAddr is where the embedded chain serves JSON-RPC ("" = nowhere).
	ChainRPCAddr string
	// Sealing is the embedded chain's seal mode; the zero value (realtime) is
	// the service's, tests may pick instant.
	Sealing chain.SealMode
	// KeyFile holds the admin/deployer key (hex) for a remote chain. Unset on
	// a chain with id 1337 means geth --dev's prefunded developer key.
	KeyFile string
	// Logger defaults to slog.Default().
	Logger *slog.Logger
}

// Service is an open gpuledger: a chain, the admin's transactor, and
// clients of the deployed contracts. It is safe for concurrent use.
type Service struct {
	Chain    chain.Chain
	Decoder  *chain.ErrorDecoder
	Admin    *chain.Transactor
	Manifest *contracts.Manifest
	// Deployed reports that this start deployed the contracts.
	Deployed bool

	Assets *contracts.Assets
	Token  *contracts.Stablecoin
	Market *contracts.Market

	log *slog.Logger
}

// Open opens the chain, then reuses the deployment recorded in DataDir's
// manifest after verifying its code is on chain, or deploys the contract set
// and records it. On error everything opened so far is closed again.
func Open(ctx context.Context, cfg Config) (*Service, error) {
	if cfg.DataDir == "" {
		return nil, errors.New("open service: data dir is required")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("open service: create data dir: %w", err)
	}
	c, adminKey, err := openChain(ctx, cfg, log)
	if err != nil {
		return nil, fmt.Errorf("open service: %w", err)
	}
	s, err := assemble(ctx, cfg, c, adminKey, log)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("open service: %w", err)
	}
	return s, nil
}

func openChain(ctx context.Context, cfg Config, log *slog.Logger) (chain.Chain, *ecdsa.PrivateKey, error) {
	if cfg.RPCURL == "" {
		emb, err := chain.OpenEmbedded(ctx, chain.EmbeddedConfig{
			DataDir: filepath.Join(cfg.DataDir, "chain"),
			RPCAddr: cfg.ChainRPCAddr,
			Sealing: cfg.Sealing,
			Logger:  log,
		})
		if err != nil {
			return nil, nil, err
		}
		return emb, emb.DevKey(), nil
	}
	remote, err := chain.Dial(ctx, cfg.RPCURL)
	if err != nil {
		return nil, nil, err
	}
	key, err := remoteKey(cfg, remote)
	if err != nil {
		remote.Close()
		return nil, nil, err
	}
	return remote, key, nil
}

// remoteKey picks the admin key for a remote chain: the key file if given,
// else geth --dev's public developer key on a dev chain id.
func remoteKey(cfg Config, remote *chain.Remote) (*ecdsa.PrivateKey, error) {
	if cfg.KeyFile != "" {
		b, err := os.ReadFile(cfg.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("read key file: %w", err)
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
		if err != nil {
			return nil, fmt.Errorf("key file %s: not a hex secp256k1 key: %w", cfg.KeyFile, err)
		}
		return key, nil
	}
	if remote.ChainID().Int64() == gethDevChainID {
		return chain.GethDevKey(), nil
	}
	return nil, fmt.Errorf("chain %s is not a dev chain: pass --key-file with the admin key", remote.ChainID())
}

func assemble(ctx context.Context, cfg Config, c chain.Chain, adminKey *ecdsa.PrivateKey, log *slog.Logger) (*Service, error) {
	decoder := chain.NewErrorDecoder()
	for name, a := range contracts.ABIs() {
		decoder.Register(name, a)
	}
	admin := chain.NewTransactor(c.Client(), c.ChainID(), adminKey,
		chain.WithErrorDecoder(decoder), chain.WithLogger(log.With("component", "transactor")))
	m, deployed, err := contracts.Ensure(ctx, filepath.Join(cfg.DataDir, contracts.ManifestFile), c.Client(), admin)
	if err != nil {
		return nil, err
	}
	if deployed {
		log.Info("deployed contracts", "chain_id", m.ChainID, "block", m.DeployBlock)
	} else {
		log.Info("reusing deployment", "chain_id", m.ChainID, "block", m.DeployBlock)
	}
	reader := decodingCaller{client: c.Client(), decoder: decoder}
	token := contracts.NewStablecoin(reader, m.Address(contracts.StablecoinName))
	return &Service{
		Chain: c, Decoder: decoder, Admin: admin, Manifest: m, Deployed: deployed,
		Assets: contracts.NewAssets(reader, m.Address(contracts.GPUAssetName)),
		Token:  token,
		Market: contracts.NewMarket(reader, m.Address(contracts.LeaseMarketName), token),
		log:    log,
	}, nil
}

// Close closes the chain (for the embedded chain: stops sealing and flushes
// its database). The Service must not be used afterwards.
func (s *Service) Close() error {
	return s.Chain.Close()
}
