package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/oracle"
	"github.com/gpuledger/gpuledger/service"
)

// passphraseEnv holds the keystore passphrase when no --passphrase-file is given.
const passphraseEnv = "GPULEDGER_KEYSTORE_PASSPHRASE"

// devChainID is the chain id of the embedded chain and geth --dev.
const devChainID = 1337

func runOracle(ctx context.Context, args []string, stdout io.Writer) error {
	err := oracleAgent(ctx, args, stdout)
	if err != nil && ctx.Err() != nil && errors.Is(err, context.Canceled) {
		// SIGINT or SIGTERM: a clean stop, whatever the agent was doing.
		fmt.Fprintln(stdout, "oracle agent stopped")
		return nil
	}
	return err
}

func oracleAgent(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("oracle")
	assetID := fs.Uint64("asset", 0, "id of the asset to report (required)")
	source := fs.String("source", "nvml", "telemetry source: nvml, nvidia-smi, dcgm or sim")
	dcgmURL := fs.String("dcgm-url", "http://127.0.0.1:9400/metrics", "dcgm: the dcgm-exporter (or any Prometheus text) endpoint to scrape each sample")
	gpuUUIDs := fs.String("gpu-uuids", "", "dcgm: comma-separated UUIDs of the asset's GPUs on the endpoint, in order (default: every GPU there)")
	listen := fs.String("listen", "", "serve the agent's /metrics and /healthz on this address, e.g. 127.0.0.1:9464 (default: off; no authentication, keep it on loopback)")
	epoch := fs.Duration("epoch", 0, "epoch length; must equal the oracle's (default: the oracle's)")
	interval := fs.Duration("interval", 10*time.Second, "sampling interval; must divide the epoch")
	keystorePath := fs.String("keystore", "", "reporter key: a go-ethereum keystore file, or a directory of them (one reporter each)")
	passFile := fs.String("passphrase-file", "", "file holding the keystore passphrase (default: $"+passphraseEnv+")")
	reporters := fs.Int("reporters", 3, "sim without --keystore: number of simulated reporters (dev keys; dev chains only)")
	seed := fs.Uint64("seed", 1, "sim: seed of the simulated machine and of its dev reporter keys")
	outages := fs.Uint("outages", 20, "sim: chance per GPU and 15 minutes of an outage, per mille")
	tokenize := fs.Bool("tokenize", false, "dev chains: first tokenize a demo 8×H100 asset as the admin and report it (instead of --asset)")
	register := fs.Bool("register", false, "dev chains: register the reporters and set the quorum as the admin first")
	quorum := fs.Uint("quorum", 0, "with --register: the quorum to set (default: a majority of the reporters)")
	warp := fs.Bool("warp", false, "sim on the embedded chain: run epochs at once, moving chain time forward (throwaway data dirs only)")
	epochs := fs.Int("epochs", 0, "stop after reporting this many epochs (default: run until interrupted)")
	data := fs.String("data", "./data", "data directory (manifest; the embedded chain's database and keys)")
	rpc := fs.String("rpc", "", "JSON-RPC URL of a node running the contracts of --data's manifest, instead of the embedded chain")
	keyFile := fs.String("key-file", "", "admin key (hex) for --register and gas on --rpc dev chains (default: --data's chain/devkey, else geth --dev's)")
	printReg := fs.Bool("print-registration", false, "print the API requests the oracle admin sends to register this agent's reporters and quorum for --asset, and exit (needs no chain, GPU or passphrase)")
	apiURL := fs.String("api", "http://127.0.0.1:8080", "with --print-registration: the gpuledger API the requests go to")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	uuids, err := splitUUIDs(*gpuUUIDs)
	if err != nil {
		return err
	}
	switch {
	case (*assetID == 0) == !*tokenize:
		return fmt.Errorf("%w: pass either --asset or --tokenize", errUsage)
	case *source != "sim" && *source != "nvml" && *source != "nvidia-smi" && *source != "dcgm":
		return fmt.Errorf("%w: --source must be nvml, nvidia-smi, dcgm or sim, got %q", errUsage, *source)
	case *source != "dcgm" && (set["dcgm-url"] || set["gpu-uuids"]):
		return fmt.Errorf("%w: --dcgm-url and --gpu-uuids are for --source dcgm", errUsage)
	case *warp && (*source != "sim" || *rpc != ""):
		return fmt.Errorf("%w: --warp needs --source sim on the embedded chain", errUsage)
	case *reporters < 1 || *reporters > contracts.MaxReporters:
		return fmt.Errorf("%w: --reporters must be between 1 and %d", errUsage, contracts.MaxReporters)
	case *quorum > contracts.MaxReporters || *outages > 1000:
		return fmt.Errorf("%w: --quorum at most %d, --outages at most 1000", errUsage, contracts.MaxReporters)
	}

	if *printReg {
		if *tokenize || *register {
			return fmt.Errorf("%w: --print-registration prints what to register for --asset; it registers and tokenizes nothing", errUsage)
		}
		reps, err := agentReporters(*keystorePath, *reporters, *seed)
		if err != nil {
			return err
		}
		printRegistration(stdout, *apiURL, newRegistration(*assetID, reps, int(*quorum)))
		return nil
	}

	// The monitoring address next, then GPU sources: a taken port, a machine
	// without a GPU or an unreachable exporter is said before anything else.
	var ln net.Listener
	if *listen != "" {
		if ln, err = net.Listen("tcp", *listen); err != nil {
			return fmt.Errorf("--listen: %w", err)
		}
		defer ln.Close() // closed by the monitor's server once it serves
		if !isLoopback(ln.Addr()) {
			slog.Warn("--listen is not a loopback address: /metrics and /healthz have no authentication; keep them behind a firewall", "addr", ln.Addr().String())
		}
	}
	var gpuSource interface {
		oracle.Source
		GPUs() int
	}
	var dcgmSource *oracle.DCGM
	switch *source {
	case "dcgm":
		src, err := oracle.OpenDCGM(ctx, oracle.DCGMConfig{URL: *dcgmURL, UUIDs: uuids})
		if err != nil {
			return err
		}
		gpuSource, dcgmSource = src, src
	case "nvml":
		src, err := oracle.OpenNVML()
		if err != nil {
			return err
		}
		gpuSource = src
	case "nvidia-smi":
		src, err := oracle.OpenSMI(ctx)
		if err != nil {
			return err
		}
		gpuSource = src
	}
	if gpuSource != nil {
		defer gpuSource.Close()
		if *keystorePath == "" {
			return fmt.Errorf("%w: --keystore is required with --source %s", errUsage, *source)
		}
	}

	var signers []*oracle.KeySigner
	if *keystorePath != "" {
		pass, err := readPassphrase(*passFile)
		if err != nil {
			return err
		}
		if signers, err = oracle.OpenKeystores(*keystorePath, pass); err != nil {
			return err
		}
	} else {
		for i := range *reporters {
			signers = append(signers, oracle.NewKeySigner(oracle.SimReporterKey(*seed, i)))
		}
	}

	env, err := openOracleEnv(ctx, *data, *rpc, *keyFile, *warp)
	if err != nil {
		return err
	}
	defer env.close()
	devChain := env.chainID.Int64() == devChainID
	if *keystorePath == "" && !devChain {
		return fmt.Errorf("simulated reporter keys are public: only for dev chains (chain id %d), this is chain %s; pass --keystore", devChainID, env.chainID)
	}

	sched, err := env.tel.Schedule(ctx)
	if err != nil {
		return err
	}
	if *epoch != 0 && *epoch != sched.Length {
		return fmt.Errorf("%w: --epoch %s differs from the oracle's epoch length %s (fixed when it was deployed)", errUsage, *epoch, sched.Length)
	}
	if *interval <= 0 || sched.Length%*interval != 0 {
		return fmt.Errorf("%w: --interval %s must divide the epoch length %s", errUsage, *interval, sched.Length)
	}
	if *tokenize {
		if *assetID, err = tokenizeDemoAsset(ctx, env, devChain); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "tokenized asset %d (8×H100, 10200 W rated) operated by the admin\n", *assetID)
	}
	asset, err := env.assets.Get(ctx, *assetID)
	if err != nil {
		return err
	}
	if dcgmSource != nil {
		// The asset's GPUs are those the observations speak for: all of them, no more.
		if err := dcgmSource.CheckGPUs(*assetID, int(asset.GPUCount)); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "dcgm: asset %d's GPUs on %s: %s\n", *assetID, dcgmSource.Endpoint(), strings.Join(dcgmSource.UUIDs(), ", "))
	}

	if *register {
		if err := registerReporters(ctx, env, devChain, *assetID, signers, uint8(*quorum)); err != nil {
			return err
		}
	}
	if err := checkReporters(ctx, env.tel, *assetID, signers); err != nil {
		return err
	}
	q, err := env.tel.Quorum(ctx, *assetID)
	if err != nil {
		return err
	}

	// The first reporter's account sends the reports (anyone may); on a dev
	// chain the admin gives it gas.
	sender := chain.NewTransactor(env.client, env.chainID, signers[0].Key(), chain.WithErrorDecoder(env.decoder))
	if devChain && env.admin != nil {
		if err := ensureGas(ctx, env, sender.Address()); err != nil {
			return err
		}
	}

	var clock oracle.Clock = oracle.RealClock{}
	var chainTime oracle.ChainTime = &oracle.HeadWaiter{Client: env.client, Log: slog.Default(), Nudge: func(ctx context.Context) error {
		if !devChain {
			return nil // real chains make blocks by themselves
		}
		// A dev chain seals only when a transaction arrives: send one.
		self := sender.Address()
		_, err := sender.SendAndWait(ctx, &self, nil, nil)
		return err
	}}
	if *warp {
		head, err := env.client.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		clock = oracle.NewVirtualClock(time.Unix(int64(head.Time), 0))
		chainTime = oracle.Warp{Chain: env.embedded, Client: env.client}
	}

	reps := make([]oracle.Reporter, len(signers))
	gpus := int(asset.GPUCount)
	if gpuSource != nil {
		gpus = gpuSource.GPUs()
	}
	for i, s := range signers {
		reps[i] = oracle.Reporter{Signer: s, Source: gpuSource}
		if gpuSource == nil {
			// Reporters of one simulated machine, each calibrated a little
			// differently (0, +0.1%, -0.1%, +0.2%, ...), so that their
			// observations differ.
			off := int64((i+1)/2) * 1_000
			if i%2 == 0 {
				off = -off
			}
			reps[i].Source = oracle.NewSimulator(oracle.SimConfig{
				Seed: *seed, GPUs: gpus, OutagePerMille: uint32(*outages), Now: clock.Now,
				MaxMilliW: min(700_000, uint64(asset.RatedPowerW)*1000/uint64(gpus)),
				GainPPM:   uint32(1_000_000 + off),
			})
		}
	}
	domain := env.tel.Domain(env.chainID)
	sub, err := oracle.NewSubmitter(oracle.SubmitterConfig{Oracle: env.tel, Sender: sender, Domain: domain,
		RatedPowerW: asset.RatedPowerW, EpochLength: sched.Length})
	if err != nil {
		return err
	}
	cfg := oracle.AgentConfig{
		AssetID: *assetID, Reporters: reps, Submitter: sub, Domain: domain, Schedule: sched,
		Interval: *interval, GPUs: gpus, Clock: clock, ChainTime: chainTime, Epochs: *epochs,
		OnReport: func(r oracle.Report) { fmt.Fprintln(stdout, r.Line()) },
	}
	if ln != nil {
		mon := oracle.NewMonitor(oracle.MonitorConfig{AssetID: *assetID, Now: clock.Now})
		cfg.Observer = mon
		serveCtx, stopServing := context.WithCancel(ctx)
		served := make(chan struct{})
		go func() {
			defer close(served)
			if err := mon.Serve(serveCtx, ln); err != nil {
				slog.Error("monitoring server stopped", "err", err)
			}
		}()
		defer func() { stopServing(); <-served }()
		fmt.Fprintf(stdout, "monitoring on http://%s: /metrics, /healthz\n", ln.Addr())
	}
	agent, err := oracle.NewAgent(cfg)
	if err != nil {
		return err
	}
	now := clock.Now()
	first := sched.At(now)
	if sched.Start(first).Before(now) {
		first++
	}
	fmt.Fprintf(stdout, "oracle agent: asset %d (%d GPUs, %d W rated), %d reporter(s) from %s, quorum %d; epochs of %s sampled every %s; first epoch %d starts %s\n",
		*assetID, gpus, asset.RatedPowerW, len(signers), *source, q, sched.Length, *interval, first,
		sched.Start(first).UTC().Format(time.RFC3339))
	return agent.Run(ctx)
}

// oracleEnv is the chain side of the agent.
type oracleEnv struct {
	client   chain.Client
	chainID  *big.Int
	decoder  *chain.ErrorDecoder
	tel      *contracts.Telemetry
	assets   *contracts.Assets
	admin    *chain.Transactor // nil when no admin key is known
	embedded *chain.Embedded   // nil on --rpc
	close    func() error
}

// openOracleEnv opens the embedded chain of dataDir through the service
// (deploying on first start), or with rpc the node there and the contracts
// of dataDir's manifest, without taking dataDir's locks, so the agent can
// run beside `gpuledger serve` (point --rpc at its chain JSON-RPC).
func openOracleEnv(ctx context.Context, dataDir, rpc, keyFile string, instant bool) (*oracleEnv, error) {
	if rpc == "" {
		cfg := service.Config{DataDir: dataDir}
		if instant {
			cfg.Sealing = chain.SealInstant
		}
		svc, err := service.Open(ctx, cfg)
		if err != nil {
			return nil, err
		}
		emb, _ := svc.Chain.(*chain.Embedded)
		return &oracleEnv{client: svc.Chain.Client(), chainID: svc.Chain.ChainID(), decoder: svc.Decoder,
			tel: svc.Telemetry, assets: svc.Assets, admin: svc.Admin, embedded: emb, close: svc.Close}, nil
	}
	remote, err := chain.Dial(ctx, rpc)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*oracleEnv, error) {
		remote.Close()
		return nil, err
	}
	path := filepath.Join(dataDir, contracts.ManifestFile)
	m, err := contracts.LoadManifest(path)
	if err != nil {
		return fail(fmt.Errorf("%w (the agent reports to the contracts of a deployment: pass the --data of the service)", err))
	}
	if err := m.Verify(ctx, remote.Client(), remote.ChainID()); err != nil {
		return fail(fmt.Errorf("manifest %s: %w", path, err))
	}
	decoder := chain.NewErrorDecoder()
	for name, a := range contracts.ABIs() {
		decoder.Register(name, a)
	}
	reader := chain.DecodingCaller{Client: remote.Client(), Decoder: decoder}
	env := &oracleEnv{client: remote.Client(), chainID: remote.ChainID(), decoder: decoder,
		tel:    contracts.NewTelemetry(reader, m.Address(contracts.TelemetryOracleName)),
		assets: contracts.NewAssets(reader, m.Address(contracts.GPUAssetName)), close: remote.Close}
	key, err := adminKey(dataDir, keyFile, remote.ChainID())
	if err != nil {
		return fail(err)
	}
	if key != nil {
		env.admin = chain.NewTransactor(remote.Client(), remote.ChainID(), key, chain.WithErrorDecoder(decoder))
	}
	return env, nil
}

// adminKey is the admin's key for a remote chain: --key-file, else on a dev
// chain the embedded chain's dev key of the data dir, else geth --dev's.
func adminKey(dataDir, keyFile string, chainID *big.Int) (*ecdsa.PrivateKey, error) {
	path := keyFile
	if path == "" {
		if chainID.Int64() != devChainID {
			return nil, nil
		}
		path = filepath.Join(dataDir, "chain", "devkey")
		if _, err := os.Stat(path); err != nil {
			return chain.GethDevKey(), nil
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read admin key: %w", err)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("admin key %s: not a hex secp256k1 key", path)
	}
	return key, nil
}

// readPassphrase reads the keystore passphrase from file, else from the environment.
func readPassphrase(file string) (string, error) {
	if file == "" {
		pass, ok := os.LookupEnv(passphraseEnv)
		if !ok {
			return "", fmt.Errorf("%w: the keystore needs --passphrase-file or $%s", errUsage, passphraseEnv)
		}
		return pass, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("read passphrase: %w", err)
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}

// registerReporters registers the signers missing from the asset's
// reporters and sets the quorum, as the oracle admin, on a dev chain (the
// asset's operator cannot: it must not choose its own SLA evidence). A
// quorum under the oracle's floor (fewer signers than the default floor of
// 2) lowers the floor, with a warning: dev chains only.
func registerReporters(ctx context.Context, env *oracleEnv, devChain bool, assetID uint64, signers []*oracle.KeySigner, quorum uint8) error {
	if !devChain || env.admin == nil {
		return fmt.Errorf("%w: --register is for dev chains with a known admin key; ask the oracle admin to add the reporters", errUsage)
	}
	have, err := env.tel.Reporters(ctx, assetID)
	if err != nil {
		return err
	}
	for _, s := range signers {
		if !contains(have, s.Address()) {
			if _, err := env.tel.AddReporter(ctx, env.admin, assetID, s.Address()); err != nil {
				return err
			}
			have = append(have, s.Address())
		}
	}
	if quorum == 0 {
		quorum = uint8(len(signers)/2 + 1)
	}
	floor, err := env.tel.MinQuorum(ctx)
	if err != nil {
		return err
	}
	if quorum < floor {
		slog.Warn("dev chain: lowering the oracle's quorum floor for every asset", "from", floor, "to", quorum)
		if _, err := env.tel.SetMinQuorum(ctx, env.admin, quorum); err != nil {
			return err
		}
	}
	if cur, err := env.tel.Quorum(ctx, assetID); err != nil || cur == quorum {
		return err
	}
	_, err = env.tel.SetQuorum(ctx, env.admin, assetID, quorum)
	return err
}

// tokenizeDemoAsset tokenizes an 8×H100 node as the admin (who becomes
// its operator) on a dev chain and returns its id.
func tokenizeDemoAsset(ctx context.Context, env *oracleEnv, devChain bool) (uint64, error) {
	if !devChain || env.admin == nil {
		return 0, fmt.Errorf("%w: --tokenize is for dev chains with a known admin key", errUsage)
	}
	if _, err := env.assets.GrantOperator(ctx, env.admin, env.admin.Address()); err != nil {
		return 0, err
	}
	a, _, err := env.assets.Tokenize(ctx, env.admin, contracts.AssetSpec{
		GPUModel: "H100-SXM5-80GB", GPUCount: 8, RatedPowerW: 10200, Location: "DEV-SIM-1",
		CommissionedAt: time.Now().Add(-24 * time.Hour).UTC().Truncate(time.Second), BookValue: money.MustParse("280000"),
		UsefulLifeMonths: 48, Shares: contracts.NewShares(big.NewInt(1_000_000)),
	})
	if err != nil {
		return 0, err
	}
	return a.ID, nil
}

// checkReporters refuses to start when the agent cannot meet the quorum.
func checkReporters(ctx context.Context, tel *contracts.Telemetry, assetID uint64, signers []*oracle.KeySigner) error {
	have, err := tel.Reporters(ctx, assetID)
	if err != nil {
		return err
	}
	q, err := tel.Quorum(ctx, assetID)
	if err != nil {
		return err
	}
	registered := 0
	for _, s := range signers {
		if contains(have, s.Address()) {
			registered++
		} else {
			slog.Warn("reporter not registered for the asset; its observations will be dropped", "asset", assetID, "reporter", s.Address())
		}
	}
	if q == 0 {
		return fmt.Errorf("asset %d has no quorum set: the oracle admin must register reporters and set one (dev chains: --register)", assetID)
	}
	if registered < int(q) {
		return fmt.Errorf("asset %d needs %d registered reporters per report, this agent has %d", assetID, q, registered)
	}
	return nil
}

// ensureGas gives addr 1 ETH from the admin when it has less than 0.1 ETH.
func ensureGas(ctx context.Context, env *oracleEnv, addr common.Address) error {
	bal, err := env.client.BalanceAt(ctx, addr, nil)
	if err != nil {
		return err
	}
	if bal.Cmp(big.NewInt(params.Ether/10)) >= 0 {
		return nil
	}
	_, err = env.admin.SendAndWait(ctx, &addr, nil, big.NewInt(params.Ether))
	return err
}

// splitUUIDs parses --gpu-uuids: comma-separated GPU UUIDs, each listed once.
func splitUUIDs(list string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, u := range strings.Split(list, ",") {
		if u = strings.TrimSpace(u); u == "" {
			continue
		}
		if seen[u] {
			return nil, fmt.Errorf("%w: --gpu-uuids lists %s twice", errUsage, u)
		}
		seen[u] = true
		out = append(out, u)
	}
	return out, nil
}

// isLoopback reports whether a listening address is on loopback only.
func isLoopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

func contains(list []common.Address, a common.Address) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}
