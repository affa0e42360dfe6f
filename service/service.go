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
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/webhooks"
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
	// Stablecoin is an existing 6-decimal ERC-20 to settle in (USDC on a
	// real chain); zero deploys the TestStablecoin with its faucet.
	Stablecoin common.Address
	// AssetURITemplate is the GPUAsset's ERC-1155 metadata URI template
	// deployed on first start ("" = contracts.DefaultAssetURITemplate); a
	// later start keeps the deployed one unless EnsureAssetURITemplate moves it.
	AssetURITemplate string
	// ReceiptTimeout bounds how long a write waits for its transaction to
	// be mined (default chain.DefaultReceiptTimeout); past it the write
	// answers 503 and an idempotent retry finishes the transaction.
	ReceiptTimeout time.Duration
	// AdminAPIKey is the admin's API key. "" means DataDir/admin.key,
	// created (0600) with a fresh key on first start.
	AdminAPIKey string
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
	// Revenue is the revenue side of the GPUAsset contract: splits, claims.
	Revenue *contracts.Revenue
	// Telemetry is the TelemetryOracle: reporters, quorum, epoch reports.
	Telemetry *contracts.Telemetry
	// Pool is the LendingPool lenders fund and loans draw on (docs/credit.md).
	Pool *contracts.Pool
	// Vault is the CreditVault: pledged shares, their loans, liquidations.
	Vault *contracts.Vault
	// Trading is the ShareMarket: share offers and fills (docs/trading.md).
	Trading *contracts.Trading
	// Backstop is the CapacityBackstop: idle GPU-hours bought at a floor (docs/backstop.md).
	Backstop *contracts.Backstop

	// Accounts holds the API's principals and their custodial keys.
	Accounts *accounts.Store
	// Mirror indexes the contracts' events into the bbolt ledger
	// (DataDir/ledger.db); Open starts it following the chain, Close stops it.
	Mirror *ledger.Indexer

	// Webhooks holds the webhook endpoints and their outbox
	// (DataDir/webhooks.db); the API server runs their dispatcher.
	Webhooks *webhooks.Store

	stopMirror context.CancelFunc
	mirrorDone chan struct{}
	// AdminKeyFile is where the admin API key was written on first start
	// ("" when it came from the configuration).
	AdminKeyFile string

	log            *slog.Logger
	receiptTimeout time.Duration // of every transactor (0: the default)

	mu          sync.Mutex                           // guards transactors
	transactors map[common.Address]*chain.Transactor // one per key: nonces never collide
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
	if err := s.openAccounts(cfg, adminKey); err != nil {
		c.Close()
		return nil, fmt.Errorf("open service: %w", err)
	}
	if err := s.openMirror(ctx, cfg); err != nil {
		s.Accounts.Close()
		c.Close()
		return nil, fmt.Errorf("open service: %w", err)
	}
	if s.Webhooks, err = webhooks.Open(cfg.DataDir); err != nil {
		s.Close()
		return nil, fmt.Errorf("open service: %w", err)
	}
	return s, nil
}

// mirrorPoll is how often the mirror looks for new blocks.
const mirrorPoll = 200 * time.Millisecond

// openMirror opens the ledger mirror, catches it up with the chain and
// keeps it following until Close.
func (s *Service) openMirror(ctx context.Context, cfg Config) error {
	ix, err := ledger.OpenMirror(ctx, cfg.DataDir, s.Chain.Client(), s.Manifest, ledger.IndexerConfig{Logger: s.log.With("component", "ledger")})
	if err != nil {
		return err
	}
	if err := ix.CatchUp(ctx); err != nil {
		ix.Store().Close()
		return fmt.Errorf("catch up the ledger mirror: %w", err)
	}
	runCtx, stop := context.WithCancel(context.Background())
	s.Mirror, s.stopMirror, s.mirrorDone = ix, stop, make(chan struct{})
	go func() {
		defer close(s.mirrorDone)
		if err := ix.Run(runCtx, mirrorPoll); err != nil && runCtx.Err() == nil {
			s.log.Error("ledger mirror stopped", "err", err)
		}
	}()
	return nil
}

// WaitMirror waits until the mirror has applied block (or ctx ends), so
// that a read after a write sees the write.
func (s *Service) WaitMirror(ctx context.Context, block uint64) error {
	for {
		if st := s.Mirror.Status(); st.Cursor.Number >= block {
			return nil
		}
		if _, err := s.Mirror.Step(ctx); err != nil {
			return err
		}
		if st := s.Mirror.Status(); st.Cursor.Number >= block {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// openAccounts opens the principals' store and registers the admin with
// its API key (configured, or DataDir/admin.key made on first start).
func (s *Service) openAccounts(cfg Config, adminKey *ecdsa.PrivateKey) error {
	store, err := accounts.Open(cfg.DataDir)
	if err != nil {
		return err
	}
	apiKey := cfg.AdminAPIKey
	if apiKey == "" {
		path := filepath.Join(cfg.DataDir, "admin.key")
		b, err := os.ReadFile(path)
		switch {
		case err == nil:
			apiKey = strings.TrimSpace(string(b))
		case errors.Is(err, os.ErrNotExist):
			if apiKey, err = accounts.NewAPIKey(); err != nil {
				store.Close()
				return err
			}
			if err := os.WriteFile(path, []byte(apiKey+"\n"), 0o600); err != nil {
				store.Close()
				return fmt.Errorf("write admin key: %w", err)
			}
			s.AdminKeyFile = path
		default:
			store.Close()
			return fmt.Errorf("read admin key: %w", err)
		}
	}
	if _, err := store.Register(accounts.RoleAdmin, "admin", adminKey, apiKey); err != nil {
		store.Close()
		return fmt.Errorf("register admin: %w", err)
	}
	s.Accounts = store
	return nil
}

// Transactor returns the one transactor of a principal's custodial key,
// created on first use; every sender of a key must share it so that nonces
// never collide.
func (s *Service) Transactor(addr common.Address) (*chain.Transactor, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t, ok := s.transactors[addr]; ok {
		return t, nil
	}
	if addr == s.Admin.Address() {
		return s.Admin, nil
	}
	key, err := s.Accounts.Key(addr)
	if err != nil {
		return nil, err
	}
	t := chain.NewTransactor(s.Chain.Client(), s.Chain.ChainID(), key, chain.WithReceiptTimeout(s.receiptTimeout),
		chain.WithErrorDecoder(s.Decoder), chain.WithLogger(s.log.With("component", "transactor", "account", addr)))
	s.transactors[addr] = t
	return t, nil
}

// DevChain reports whether the chain is a dev chain (id 1337: the embedded
// chain or geth --dev), where the admin funds gas and the faucet mints.
func (s *Service) DevChain() bool { return s.Chain.ChainID().Int64() == gethDevChainID }

// gasGrant is the ETH the admin gives a new account on a dev chain.
var gasGrant = new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))

// FundGas sends a dev-chain account ETH for gas from the admin.
func (s *Service) FundGas(ctx context.Context, to common.Address) (*types.Receipt, error) {
	if !s.DevChain() {
		return nil, fmt.Errorf("fund gas of %s: %w", to, ErrNotDevChain)
	}
	r, err := s.Admin.SendAndWait(ctx, &to, nil, gasGrant)
	if err != nil {
		return nil, fmt.Errorf("fund gas of %s: %w", to, err)
	}
	return r, nil
}

// Faucet gives a dev-chain account gas and mints it amount of test
// stablecoin, returning the mint's receipt. It checks both preconditions
// first, so a refusal sends nothing: it works only on a dev chain and only
// with the TestStablecoin gpuledger deployed, never a configured token.
func (s *Service) Faucet(ctx context.Context, to common.Address, amount money.Amount) (*types.Receipt, error) {
	if !s.DevChain() {
		return nil, fmt.Errorf("faucet: %w", ErrNotDevChain)
	}
	if s.Manifest.Contracts[contracts.StablecoinName].External {
		return nil, fmt.Errorf("faucet: %w", ErrExternalStablecoin)
	}
	if _, err := s.FundGas(ctx, to); err != nil {
		return nil, err
	}
	return s.Token.Mint(ctx, s.Admin, to, amount)
}

// ErrExternalStablecoin is returned by the faucet when the service settles
// in a token it did not deploy (Config.Stablecoin), which it cannot mint.
var ErrExternalStablecoin = errors.New("the stablecoin is an external token; only the test stablecoin can be minted")

// ErrNotDevChain is returned by dev-chain conveniences (gas grants, the
// faucet) on any other chain.
var ErrNotDevChain = errors.New("only available on a dev chain (chain id 1337)")

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
	decoder.Explain(contracts.Explain)
	admin := chain.NewTransactor(c.Client(), c.ChainID(), adminKey, chain.WithReceiptTimeout(cfg.ReceiptTimeout),
		chain.WithErrorDecoder(decoder), chain.WithLogger(log.With("component", "transactor")))
	m, deployed, err := contracts.Ensure(ctx, filepath.Join(cfg.DataDir, contracts.ManifestFile), c.Client(), admin,
		contracts.DeployOptions{Stablecoin: cfg.Stablecoin, AssetURITemplate: cfg.AssetURITemplate})
	if err != nil {
		return nil, err
	}
	if deployed {
		log.Info("deployed contracts", "chain_id", m.ChainID, "block", m.DeployBlock)
	} else {
		log.Info("reusing deployment", "chain_id", m.ChainID, "block", m.DeployBlock)
	}
	reader := chain.DecodingCaller{Client: c.Client(), Decoder: decoder}
	token := contracts.NewStablecoin(reader, m.Address(contracts.StablecoinName))
	return &Service{
		Chain: c, Decoder: decoder, Admin: admin, Manifest: m, Deployed: deployed,
		Assets:    contracts.NewAssets(reader, m.Address(contracts.GPUAssetName)),
		Token:     token,
		Market:    contracts.NewMarket(reader, m.Address(contracts.LeaseMarketName), token),
		Revenue:   contracts.NewRevenue(reader, m.Address(contracts.GPUAssetName)),
		Telemetry: contracts.NewTelemetry(reader, m.Address(contracts.TelemetryOracleName)),
		Pool:      contracts.NewPool(reader, m.Address(contracts.LendingPoolName), token),
		Vault:     contracts.NewVault(reader, m.Address(contracts.CreditVaultName), m.Address(contracts.GPUAssetName), token),
		Trading:   contracts.NewTrading(reader, m.Address(contracts.ShareMarketName), m.Address(contracts.GPUAssetName), token),
		Backstop:  contracts.NewBackstop(reader, m.Address(contracts.CapacityBackstopName), token),
		log:       log,

		receiptTimeout: cfg.ReceiptTimeout,
		transactors:    map[common.Address]*chain.Transactor{admin.Address(): admin},
	}, nil
}

// NewKeeper returns the lease keeper of this service, acting as the admin
// (who holds the market's keeper role) and scanning from the deploy block.
func (s *Service) NewKeeper(cfg KeeperConfig) *Keeper {
	return NewKeeper(s.Market, s.Admin, s.Chain.Client(), s.Manifest.DeployBlock, cfg, s.log.With("component", "keeper"))
}

// Close closes the chain (for the embedded chain: stops sealing and flushes
// its database). The Service must not be used afterwards.
func (s *Service) Close() error {
	var errs []error
	if s.Webhooks != nil {
		errs = append(errs, s.Webhooks.Close())
	}
	if s.Mirror != nil {
		s.stopMirror()
		<-s.mirrorDone
		errs = append(errs, s.Mirror.Store().Close())
	}
	if s.Accounts != nil {
		errs = append(errs, s.Accounts.Close())
	}
	return errors.Join(append(errs, s.Chain.Close())...)
}
