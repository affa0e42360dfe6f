package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/api"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/service"
	"github.com/gpuledger/gpuledger/web"
	"github.com/gpuledger/gpuledger/webhooks"
)

const keeperPoll = 30 * time.Second

func runServe(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("serve")
	data := fs.String("data", "./data", "data directory (manifest; embedded chain database and keys)")
	listen := fs.String("listen", "127.0.0.1:8080", "HTTP API address")
	publicURL := fs.String("public-url", "", "URL wallets and explorers reach this API at: GPUAsset.uri(id) points at its /v1/assets/{id}/metadata, "+
		"moved by an admin transaction when it differs (default http://LISTEN; with port 0 only on first start)")
	rpc := fs.String("rpc", "", "JSON-RPC URL of an Ethereum node to use instead of the embedded chain")
	chainRPC := fs.String("chain-rpc", service.DefaultChainRPCAddr, "address where the embedded chain serves JSON-RPC (\"\" for none)")
	keyFile := fs.String("key-file", "", "admin key (hex) for --rpc chains; default on chain id 1337: geth --dev's developer key")
	stablecoin := fs.String("stablecoin", "", "address of the 6-decimal ERC-20 to settle in (default: deploy a test stablecoin with a faucet)")
	idemTTL := fs.Duration("idempotency-ttl", api.DefaultIdempotencyTTL, "how long an Idempotency-Key's outcome is kept; older records are pruned")
	hookConfs := fs.Int("webhook-confirmations", -1, "blocks on top of an event's block before webhooks deliver it (-1: 0 on a dev chain, 12 on any other)")
	adminKeyFile := fs.String("admin-key-file", "", "file holding the admin's API key (default: env GPULEDGER_ADMIN_KEY, else DATA/admin.key, made on first start)")
	explorer := fs.String("explorer-tx-url", "", "the dashboard links each transaction hash to this URL + hash (e.g. https://etherscan.io/tx/); default none, hashes shown as text")
	setupLog := logFlags(fs)
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if err := setupLog(); err != nil {
		return err
	}
	cfg := service.Config{DataDir: *data, RPCURL: *rpc, KeyFile: *keyFile, AdminAPIKey: os.Getenv("GPULEDGER_ADMIN_KEY")}
	if *stablecoin != "" {
		if !common.IsHexAddress(*stablecoin) {
			return fmt.Errorf("%w: --stablecoin %q is not a 0x-hex address", errUsage, *stablecoin)
		}
		cfg.Stablecoin = common.HexToAddress(*stablecoin)
	}
	if *adminKeyFile != "" {
		b, err := os.ReadFile(*adminKeyFile)
		if err != nil {
			return fmt.Errorf("read --admin-key-file: %w", err)
		}
		if cfg.AdminAPIKey = strings.TrimSpace(string(b)); len(cfg.AdminAPIKey) < 16 {
			return fmt.Errorf("%w: the admin API key in %s is shorter than 16 characters", errUsage, *adminKeyFile)
		}
	}
	if *rpc == "" {
		cfg.ChainRPCAddr = *chainRPC
	}
	// Ports first (serveports.go): one in use is said before the chain opens.
	l, err := listenAPI(*listen)
	if err != nil {
		return err
	}
	defer l.Close()
	if err := checkChainRPCFree(cfg.ChainRPCAddr); err != nil {
		return err
	}
	uri, err := assetURITemplate(*publicURL, *listen, l)
	if err != nil {
		return err
	}
	cfg.AssetURITemplate = uri.template
	svc, err := service.Open(ctx, cfg)
	if err != nil {
		return explainOpenError(err, *data, *stablecoin)
	}
	defer svc.Close()
	if svc.AdminKeyFile != "" {
		fmt.Fprintf(os.Stderr, "gpuledger: new admin API key written to %s (mode 0600)\n", svc.AdminKeyFile)
	}
	if !svc.Deployed && uri.move {
		if _, err := svc.EnsureAssetURITemplate(ctx, uri.template); err != nil {
			slog.Warn("the assets' metadata URI still points elsewhere; wallets read it there", "want", uri.template, "err", err)
		}
	}

	// Webhooks hold each delivery until its block is this deep
	// (docs/webhooks.md): a dev chain does not reorg.
	confs := *hookConfs
	if confs < 0 {
		confs = 12
		if svc.DevChain() {
			confs = 0
		}
	}
	// The dashboard (package web) at /, its assets under /ui/.
	dashboard, err := web.Handler(web.Options{ExplorerTxURL: *explorer})
	if err != nil {
		return err
	}
	// GPULEDGER_TEST_CRASH (sent|mined) kills the process at that point of
	// the first idempotent write: the crash-injection tests' kill -9.
	srv := api.New(svc, slog.Default().With("component", "api"), api.Options{
		IdempotencyTTL: *idemTTL, CrashAt: os.Getenv("GPULEDGER_TEST_CRASH"), Version: buildInfo().Version,
		Webhooks: webhooks.Config{Confirmations: uint64(confs)}, Web: dashboard,
	})

	// The keeper settles leases every epoch and finalizes expired and
	// overdrawn ones; it looks every keeperPoll of wall time. Its passes
	// are in the server's metrics.
	keeperCtx, stopKeeper := context.WithCancel(ctx)
	defer stopKeeper()
	go svc.NewKeeper(service.KeeperConfig{OnPass: srv.KeeperPass}).Run(keeperCtx, keeperPoll)
	go svc.NewBackstopSettler().Run(keeperCtx, keeperPoll) // the backstop's ended hours (docs/backstop.md)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(l) }()
	fmt.Fprintf(stdout, "gpuledger serving http://%s (chain %s, contracts from block %d)\n",
		l.Addr(), svc.Manifest.ChainID, svc.Manifest.DeployBlock)
	if u := chainURL(svc); u != "" {
		fmt.Fprintf(stdout, "chain JSON-RPC at %s\n", u)
	}

	select {
	case err := <-errc:
		return fmt.Errorf("http server: %w", err)
	case <-ctx.Done():
	}
	slog.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// chainURL is the JSON-RPC URL others can read the chain at.
func chainURL(svc *service.Service) string {
	type rpcURLer interface{ RPCURL() string }
	type urler interface{ URL() string }
	switch c := svc.Chain.(type) {
	case rpcURLer:
		return c.RPCURL()
	case urler:
		return c.URL()
	}
	return ""
}

// explainOpenError says what to do about the errors of opening a data dir
// that a user can fix with a flag.
func explainOpenError(err error, dataDir, stablecoin string) error {
	switch {
	case errors.Is(err, contracts.ErrStablecoin) && stablecoin != "":
		return fmt.Errorf("--stablecoin %s: %w", stablecoin, err)
	case errors.Is(err, chain.ErrDataDirInUse):
		return fmt.Errorf("another gpuledger is serving %s; use --rpc to share its chain: %w", dataDir, err)
	case errors.Is(err, chain.ErrChainAhead):
		return fmt.Errorf("%w; serve a fresh --data dir (this one can still be audited, reconciled and reindexed)", err)
	}
	return err
}
