package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/event"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Layout of an embedded chain's data dir.
const (
	devKeyFile   = "devkey" // DataDir/devkey: the funded dev key, hex, 0600
	nodeInstance = "geth"   // DataDir/geth/: go-ethereum's node and chain database
)

// Genesis constants. They are part of the genesis block: changing any of
// them makes every existing data dir unreadable (genesis mismatch), which is
// why they are pinned here rather than taken from go-ethereum's defaults.
const (
	// devGasLimit is the block gas limit (go-ethereum v1.17.10's default
	// miner gas ceiling).
	devGasLimit = 60_000_000
)

// devBalance is the dev key's genesis balance: one billion ether, enough to
// fund every account a dev chain will ever see with gas.
var devBalance = new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(params.Ether))

// SealMode says when an embedded chain seals blocks.
type SealMode int

const (
	// SealRealtime (the default) seals a block as soon as transactions are
	// pending, but at most one block per wall-clock second, and only once
	// the clock has passed the head block's second: block timestamps never
	// run ahead of the wall clock, so time-based accrual (leases) runs at
	// real speed. Transactions arriving within a second share a block.
	SealRealtime SealMode = iota
	// SealInstant seals a block right after every transaction, before
	// SendTransaction returns. Chain time runs ahead of the wall clock (one
	// second per block); tests move it further with AdjustTime.
	SealInstant
	// SealManual never seals by itself: blocks are made by Commit and
	// AdjustTime only. For tests that build reorgs with Fork.
	SealManual
)

// String returns the mode's name.
func (m SealMode) String() string {
	switch m {
	case SealRealtime:
		return "realtime"
	case SealInstant:
		return "instant"
	case SealManual:
		return "manual"
	default:
		return "SealMode(" + strconv.Itoa(int(m)) + ")"
	}
}

// EmbeddedConfig configures OpenEmbedded. The zero value is an in-memory
// chain without JSON-RPC, sealing in real time, logging to slog.Default().
type EmbeddedConfig struct {
	// DataDir persists the chain: DataDir/devkey holds the funded dev key
	// and DataDir/geth the node's database. A restart on the same DataDir
	// finds the same genesis, blocks, state and balances. "" keeps
	// everything in memory with a fresh dev key (tests).
	DataDir string
	// RPCAddr, "host:port", serves the eth, net and web3 JSON-RPC modules
	// over HTTP there; port 0 picks a free port (see Embedded.RPCURL). Bind
	// it to loopback: the API has no authentication. "" serves nothing.
	RPCAddr string
	// Sealing says when blocks are sealed; the zero value is SealRealtime.
	Sealing SealMode
	// Logger receives the chain's and the go-ethereum node's logs; nil
	// means slog.Default().
	Logger *slog.Logger
}

// Embedded is a go-ethereum dev chain running inside the process (chain id
// 1337, every fork active from genesis, proof-of-stake blocks produced by a
// simulated beacon). It is safe for concurrent use. Blocks are produced
// under one lock whoever asks (the sealer, Commit, AdjustTime, Fork), so
// they never interleave.
//
// Every block is written to disk, state included (hash-based state scheme in
// archive mode), and the database's write-ahead log is synced after each
// block: a killed process restarts at the last block it reported.
//
// It is built from go-ethereum's parts rather than ethclient/simulated's
// Backend because the Backend rewinds its chain to genesis every time it
// starts, which throws a persisted chain away.
type Embedded struct {
	cfg     EmbeddedConfig
	log     *slog.Logger
	node    *node.Node
	eth     *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	client  *embeddedClient
	chainID *big.Int
	devKey  *ecdsa.PrivateKey
	rpcURL  string

	sealMu sync.Mutex // serialises block production and Close; guards closed
	closed bool

	wake      chan struct{} // capacity 1: "transactions may be pending"
	stop      chan struct{} // closed by Close to stop the sealer
	sealDone  chan struct{} // closed when the sealer goroutine has returned
	txSub     event.Subscription
	closeOnce sync.Once
	closeErr  error
}

var _ Chain = (*Embedded)(nil)

// MaxClockLead is how far ahead of the wall clock a realtime chain's head
// may be when it opens: realtime sealing holds each block until the clock
// passes its parent, so a chain further ahead would stall every write.
const MaxClockLead = time.Minute

// OpenEmbedded starts an embedded chain. ctx bounds only the start; the
// chain runs until Close. It fails if DataDir is used by another process,
// holds a chain with a different genesis, or has chain data but no dev key.
func OpenEmbedded(ctx context.Context, cfg EmbeddedConfig) (*Embedded, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("open embedded chain: %w", err)
	}
	if cfg.Sealing < SealRealtime || cfg.Sealing > SealManual {
		return nil, fmt.Errorf("open embedded chain: invalid seal mode %d", int(cfg.Sealing))
	}
	lg := cfg.Logger
	if lg == nil {
		lg = slog.Default()
	}
	lg = lg.With("component", "chain")

	key, err := devKey(cfg.DataDir)
	if err != nil {
		return nil, fmt.Errorf("open embedded chain: %w", err)
	}
	nodeConf, err := nodeConfig(cfg)
	if err != nil {
		return nil, fmt.Errorf("open embedded chain: %w", err)
	}
	stack, err := node.New(nodeConf)
	if errors.Is(err, node.ErrDatadirUsed) {
		return nil, fmt.Errorf("open embedded chain in %q: %w", cfg.DataDir, ErrDataDirInUse)
	}
	if err != nil {
		return nil, fmt.Errorf("open embedded chain in %q: %w", cfg.DataDir, err)
	}
	e := &Embedded{
		cfg:      cfg,
		log:      lg,
		node:     stack,
		devKey:   key,
		wake:     make(chan struct{}, 1),
		stop:     make(chan struct{}),
		sealDone: make(chan struct{}),
	}
	if err := e.start(ethConfig(crypto.PubkeyToAddress(key.PublicKey))); err != nil {
		stack.Close()
		return nil, fmt.Errorf("open embedded chain in %q: %w", cfg.DataDir, err)
	}
	if err := ctx.Err(); err != nil {
		e.Close()
		return nil, fmt.Errorf("open embedded chain: %w", err)
	}
	head := e.eth.BlockChain().CurrentBlock()
	lg.Info("embedded chain started",
		"datadir", cfg.DataDir, "chain_id", e.chainID, "head", head.Number, "head_hash", head.Hash(),
		"sealing", cfg.Sealing, "rpc", e.rpcURL, "dev_account", crypto.PubkeyToAddress(key.PublicKey))
	if ahead := time.Duration(int64(head.Time)-time.Now().Unix()) * time.Second; ahead > 2*time.Second && cfg.Sealing == SealRealtime {
		if ahead > MaxClockLead {
			// Every write would wait for the clock to catch up: refuse now,
			// with the reason, rather than hang each request.
			e.Close()
			return nil, fmt.Errorf("open embedded chain in %q: its head is %s ahead of the wall clock (chain time moved forward, e.g. by `gpuledger demo`): %w",
				cfg.DataDir, ahead.Round(time.Second), ErrChainAhead)
		}
		lg.Warn("head block is ahead of the wall clock; realtime sealing waits for the clock to catch up", "ahead", ahead)
	}
	return e, nil
}

// start builds the Ethereum service on e.node, starts the node and the
// simulated beacon, and launches the sealer.
func (e *Embedded) start(ethConf *ethconfig.Config) error {
	backend, err := eth.New(e.node, ethConf)
	if err != nil {
		return err
	}
	// Log filters (eth_newFilter, eth_getFilterChanges, ...) live outside
	// the eth service; go-ethereum's own simulated backend registers them
	// the same way.
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	e.node.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	if err := e.node.Start(); err != nil {
		return err
	}
	// Period 0: the beacon seals only when asked; the sealer below decides
	// when. Unlike simulated.NewBackend we do not Fork back to genesis.
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		return err
	}
	if err := beacon.Start(); err != nil {
		return err
	}
	e.eth, e.beacon = backend, beacon
	e.chainID = new(big.Int).Set(backend.BlockChain().Config().ChainID)
	e.client = &embeddedClient{Client: ethclient.NewClient(e.node.Attach()), chain: e}
	if e.cfg.RPCAddr != "" {
		e.rpcURL = e.node.HTTPEndpoint()
	}
	if e.cfg.Sealing == SealManual {
		close(e.sealDone)
		return nil
	}
	// Transactions reach the pool from our client and from JSON-RPC; the
	// pool announces every one that becomes executable.
	txs := make(chan core.NewTxsEvent, 64)
	e.txSub = backend.TxPool().SubscribeTransactions(txs, false)
	go e.forwardTxEvents(txs)
	go e.sealLoop()
	return nil
}

// nodeConfig returns the go-ethereum node configuration for cfg: no p2p,
// HTTP JSON-RPC only when asked.
func nodeConfig(cfg EmbeddedConfig) (*node.Config, error) {
	conf := node.DefaultConfig
	// Name fixes the instance directory (DataDir/geth); left empty, go-ethereum
	// would name it after the executable, and the test binary and gpuledger
	// would not find each other's chain.
	conf.Name = nodeInstance
	conf.DataDir = cfg.DataDir
	conf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	conf.IPCPath = ""
	conf.HTTPHost = ""
	conf.WSHost = ""
	// go-ethereum's own lines, as component geth (not under "chain": one
	// component per line, so its level can be set apart; its default,
	// warn, is the cmd's logging setup's).
	base := cfg.Logger
	if base == nil {
		base = slog.Default()
	}
	conf.Logger = gethlog.NewLogger(base.With("component", "geth").Handler())
	if cfg.RPCAddr != "" {
		host, portStr, err := net.SplitHostPort(cfg.RPCAddr)
		if err != nil {
			return nil, fmt.Errorf("rpc address %q: %w", cfg.RPCAddr, err)
		}
		port, err := strconv.Atoi(portStr)
		if err != nil || port < 0 || port > 65535 {
			return nil, fmt.Errorf("rpc address %q: invalid port", cfg.RPCAddr)
		}
		if host == "" {
			return nil, fmt.Errorf("rpc address %q: host required (use 127.0.0.1)", cfg.RPCAddr)
		}
		conf.HTTPHost = host
		conf.HTTPPort = port
		conf.HTTPModules = []string{"eth", "net", "web3"}
		conf.HTTPVirtualHosts = []string{"localhost", host}
	}
	return &conf, nil
}

// ethConfig returns the Ethereum service configuration: go-ethereum's dev
// genesis with dev funded, full sync, every block's state on disk and full
// log and transaction indexes.
func ethConfig(dev common.Address) *ethconfig.Config {
	conf := ethconfig.Defaults
	// The system contracts of the forks active at genesis must exist from
	// block 0, exactly as ethclient/simulated and geth --dev set them up.
	alloc := core.SystemContractAllocs()
	alloc[dev] = types.Account{Balance: new(big.Int).Set(devBalance)}
	conf.Genesis = &core.Genesis{
		Config:   params.AllDevChainProtocolChanges,
		GasLimit: devGasLimit,
		Alloc:    alloc,
	}
	conf.Miner.GasCeil = devGasLimit
	conf.SyncMode = ethconfig.FullSync
	conf.TxPool.NoLocals = true

	// Crash safety: the path scheme keeps the latest 128 states in memory
	// and writes them only on a clean shutdown, so after kill -9 the node
	// rewinds to its last flushed state (genesis, for a young chain). The
	// hash scheme in archive mode commits every block's trie to disk as the
	// block is inserted. It also keeps every historical state, so eth_call
	// at an old block (replaying a failed transaction) always works.
	conf.StateScheme = rawdb.HashScheme
	conf.NoPruning = true

	// Index every block's logs (the mirror and auditors filter by address
	// and topic from the deploy block on) and every transaction (receipts
	// of old transactions). 0 means the whole chain.
	conf.LogNoHistory = false
	conf.LogHistory = 0
	conf.TransactionHistory = 0

	// Mainnet-sized caches make no sense for a dev chain sharing a process.
	conf.DatabaseCache = 256
	conf.TrieCleanCache = 128
	conf.TrieDirtyCache = 0 // archive mode keeps no dirty trie nodes
	conf.SnapshotCache = 64
	return &conf
}

// devKey returns the funded dev key: fresh for an in-memory chain, else
// DataDir/devkey, created on first start. The key decides the genesis
// alloc, so losing it orphans the chain: a data dir with chain data and no
// key is refused rather than given a new genesis.
func devKey(dataDir string) (*ecdsa.PrivateKey, error) {
	if dataDir == "" {
		key, err := crypto.GenerateKey()
		if err != nil {
			return nil, fmt.Errorf("generate dev key: %w", err)
		}
		return key, nil
	}
	path := filepath.Join(dataDir, devKeyFile)
	key, err := crypto.LoadECDSA(path)
	if err == nil {
		return key, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("load dev key %s: %w", path, err)
	}
	if _, serr := os.Stat(filepath.Join(dataDir, nodeInstance, "chaindata")); serr == nil {
		return nil, fmt.Errorf("dev key %s is missing but %s holds a chain: restore the key or remove the chain", path, dataDir)
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("create data dir %s: %w", dataDir, err)
	}
	key, err = crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("generate dev key: %w", err)
	}
	if err := writeFileAtomic(path, []byte(common.Bytes2Hex(crypto.FromECDSA(key))), 0o600); err != nil {
		return nil, fmt.Errorf("save dev key: %w", err)
	}
	return key, nil
}

// writeFileAtomic writes data to path through a synced temporary file and a
// rename, so a crash leaves either no file or the whole file.
func writeFileAtomic(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after a successful rename
	if err := f.Chmod(perm); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// Client returns the in-process client. Its SendTransaction notifies the
// sealer, so with SealInstant the transaction is mined when it returns.
func (e *Embedded) Client() Client { return e.client }

// ChainID returns the chain id (1337), as a fresh copy.
func (e *Embedded) ChainID() *big.Int { return new(big.Int).Set(e.chainID) }

// DevKey returns the dev account's key, funded at genesis with a billion
// ether; the service deploys and administers the contracts with it and
// funds new accounts' gas from it. Do not log it.
func (e *Embedded) DevKey() *ecdsa.PrivateKey { return e.devKey }

// RPCURL returns the HTTP JSON-RPC endpoint ("http://127.0.0.1:PORT", with
// the port actually bound), or "" when EmbeddedConfig.RPCAddr was empty.
func (e *Embedded) RPCURL() string { return e.rpcURL }

// SealMode returns the chain's sealing mode.
func (e *Embedded) SealMode() SealMode { return e.cfg.Sealing }

// Commit seals a block now with whatever is pending (possibly none), and
// returns its hash. Timestamps follow the simulated beacon's rule,
// max(now, parent+1s), so in SealRealtime a Commit may put the head one
// second ahead of the clock; tests use it with SealManual or SealInstant.
func (e *Embedded) Commit() (common.Hash, error) {
	e.sealMu.Lock()
	defer e.sealMu.Unlock()
	if e.closed {
		return common.Hash{}, ErrChainClosed
	}
	b, err := e.commitLocked()
	if err != nil {
		return common.Hash{}, err
	}
	return b.Hash(), nil
}

// AdjustTime seals an empty block whose timestamp is the head's plus d
// (whole seconds), moving chain time forward. It fails while transactions
// are pending. In SealRealtime the sealer then waits for the wall clock to
// reach the new head's time before sealing again.
func (e *Embedded) AdjustTime(d time.Duration) error {
	e.sealMu.Lock()
	defer e.sealMu.Unlock()
	if e.closed {
		return ErrChainClosed
	}
	if err := e.eth.TxPool().Sync(); err != nil {
		return fmt.Errorf("adjust time: %w", err)
	}
	if err := e.beacon.AdjustTime(d); err != nil {
		return fmt.Errorf("adjust time by %s: %w", d, err)
	}
	e.syncDB()
	if err := e.eth.TxPool().Sync(); err != nil {
		return fmt.Errorf("adjust time: %w", err)
	}
	return nil
}

// syncPool waits for the tx pool to catch up with the head. TxPool.Sync
// keeps a single waiter, so two concurrent calls can strand one forever:
// every Sync runs under sealMu, as the sealer's own do.
func (e *Embedded) syncPool() error {
	e.sealMu.Lock()
	defer e.sealMu.Unlock()
	if e.closed {
		return ErrChainClosed
	}
	return e.eth.TxPool().Sync()
}

// Fork makes the block parentHash the head, dropping the canonical blocks
// after it at once; the next blocks sealed build the new branch. As on a
// real node, the transactions of the dropped blocks go back to the pool and
// the next block includes them again (call Rollback after Fork to drop
// them).
// For reorg tests, normally with SealManual. It fails while transactions
// are pending.
func (e *Embedded) Fork(parentHash common.Hash) error {
	e.sealMu.Lock()
	defer e.sealMu.Unlock()
	if e.closed {
		return ErrChainClosed
	}
	if err := e.beacon.Fork(parentHash); err != nil {
		return fmt.Errorf("fork at %s: %w", parentHash, err)
	}
	e.syncDB()
	return nil
}

// Rollback drops every transaction waiting in the pool. Transactors that
// sent them must be told (Transactor.ResyncNonce).
func (e *Embedded) Rollback() error {
	e.sealMu.Lock()
	defer e.sealMu.Unlock()
	if e.closed {
		return ErrChainClosed
	}
	e.beacon.Rollback()
	return nil
}

// Close stops the sealer, then the JSON-RPC server and node, closing the
// database. Transactions still pending are not sealed; with a DataDir they
// are lost (they were never in a block). Close is idempotent; later calls
// return the first call's result.
func (e *Embedded) Close() error {
	e.closeOnce.Do(func() {
		close(e.stop)
		<-e.sealDone
		e.sealMu.Lock()
		e.closed = true
		e.sealMu.Unlock()
		if e.txSub != nil {
			e.txSub.Unsubscribe()
		}
		if e.client != nil {
			e.client.Client.Close()
		}
		var err error
		if e.beacon != nil {
			err = e.beacon.Stop()
		}
		err = errors.Join(err, e.node.Close())
		if err != nil {
			e.closeErr = fmt.Errorf("close embedded chain: %w", err)
		}
		e.log.Info("embedded chain stopped", "datadir", e.cfg.DataDir)
	})
	return e.closeErr
}

// embeddedClient is the in-process client; it tells the sealer about every
// transaction it sends.
type embeddedClient struct {
	*ethclient.Client
	chain *Embedded
}

// FilterLogs queries logs, retrying briefly while go-ethereum's log index
// catches up with a block just sealed: a query reaching the head can fail
// with "failed to retrieve log value pointer … not found" for a few
// milliseconds after the block is written.
func (c *embeddedClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	for attempt := 0; ; attempt++ {
		logs, err := c.Client.FilterLogs(ctx, q)
		if err == nil || attempt == 40 || !strings.Contains(err.Error(), "log value pointer") {
			return logs, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// RPCClient returns the in-process JSON-RPC connection, for calls
// ethclient does not wrap (gas estimates with block overrides).
func (c *embeddedClient) RPCClient() *rpc.Client { return c.Client.Client() }

// SendTransaction submits tx to the pool and notifies the sealer; with
// SealInstant it returns after tx's block is sealed.
func (c *embeddedClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := c.Client.SendTransaction(ctx, tx)
	if err != nil && strings.Contains(err.Error(), core.ErrInsufficientFunds.Error()) {
		// In SealRealtime a receipt can be read before the pool has moved
		// to its block, so funds that block brought may not be seen yet:
		// settle the pool and try once more before calling them missing.
		if serr := c.chain.syncPool(); serr == nil {
			err = c.Client.SendTransaction(ctx, tx)
		}
	}
	if err != nil {
		return err
	}
	c.chain.transactionSent()
	return nil
}
