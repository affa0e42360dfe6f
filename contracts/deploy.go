package contracts

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/gpuledger/gpuledger/contracts/bindings/capacitybackstop"
	"github.com/gpuledger/gpuledger/contracts/bindings/creditvault"
	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/contracts/bindings/lendingpool"
	"github.com/gpuledger/gpuledger/contracts/bindings/sharemarket"
	"github.com/gpuledger/gpuledger/contracts/bindings/telemetryoracle"
	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
	"github.com/gpuledger/gpuledger/contracts/bindings/transferprobe"
	"github.com/gpuledger/gpuledger/money"
)

// Version names the contract set's interface. It changes when a contract's
// ABI or semantics change in a way clients must know about.
const Version = "gpuledger-contracts/1"

// Contract names as they appear in a Manifest.
const (
	StablecoinName  = "TestStablecoin"
	GPUAssetName    = "GPUAsset"
	LeaseMarketName = "LeaseMarket"
	// TelemetryOracleName is the TelemetryOracle, the LeaseMarket's availability oracle.
	TelemetryOracleName = "TelemetryOracle"
	// LendingPoolName is the LendingPool (ERC-4626 over the stablecoin) that credit draws on.
	LendingPoolName = "LendingPool"
	// CreditVaultName is the CreditVault holding pledged shares and their loans.
	CreditVaultName = "CreditVault"
	// CapacityBackstopName is the CapacityBackstop, the buyer of last resort of idle GPU-hours.
	CapacityBackstopName = "CapacityBackstop"
	// ShareMarketName is the ShareMarket, where holders offer and buyers fill shares.
	ShareMarketName = "ShareMarket"
)

// SLAReportWindow is how long the LeaseMarket waits after an epoch for the
// oracle's report before settling that epoch without an SLA credit.
const SLAReportWindow = 2 * TelemetryEpochLength

// DefaultAssetURITemplate is the GPUAsset's ERC-1155 metadata URI template
// when DeployOptions.AssetURITemplate is empty: a placeholder, for a
// deployment no API serves. `gpuledger serve` deploys with its own public
// URL instead and moves the template when that URL changes (api.MetadataURITemplate,
// Assets.SetURITemplate).
const DefaultAssetURITemplate = "gpuledger://asset/{id}"

// contract is one member of the deployed set: its name, the creation
// bytecode this binary carries, and how to encode its constructor given the
// addresses of the whole set (those deployed later are computed ahead).
type contract struct {
	name        string
	bytecode    func() []byte
	constructor func(admin common.Address, deployed map[string]common.Address, opts DeployOptions) []byte
}

// contractSet lists the contracts in deployment order. A constructor may
// refer to a contract listed after it: Deploy computes every address from
// the deployer's nonce before it sends anything, and checks each one.
var contractSet = []contract{
	{
		name:     StablecoinName,
		bytecode: func() []byte { return common.FromHex(teststablecoin.TestStablecoinMetaData.Bin) },
		constructor: func(admin common.Address, _ map[string]common.Address, _ DeployOptions) []byte {
			return teststablecoin.NewTestStablecoin().PackConstructor(admin)
		},
	},
	{
		name:     GPUAssetName,
		bytecode: func() []byte { return common.FromHex(gpuasset.GPUAssetMetaData.Bin) },
		constructor: func(admin common.Address, d map[string]common.Address, o DeployOptions) []byte {
			// GPUAsset is also the revenue account: it holds and pays out the
			// stablecoin, and holds the market's escrow, so it takes the
			// market's address (immutable; the market is deployed after it).
			// The deployer is the treasury until the admin sets one.
			uri := o.AssetURITemplate
			if uri == "" {
				uri = DefaultAssetURITemplate
			}
			return gpuasset.NewGPUAsset().PackConstructor(admin, uri, d[StablecoinName], admin, d[LeaseMarketName])
		},
	},
	{
		name:     TelemetryOracleName,
		bytecode: func() []byte { return common.FromHex(telemetryoracle.TelemetryOracleMetaData.Bin) },
		constructor: func(admin common.Address, d map[string]common.Address, _ DeployOptions) []byte {
			// GPUAsset is the asset registry (operators, rated power).
			return telemetryoracle.NewTelemetryOracle().PackConstructor(admin, d[GPUAssetName],
				uint64(TelemetryEpochLength/time.Second), TelemetryEpochGenesis, uint64(TelemetryMaxReportAge/time.Second))
		},
	},
	{
		name:     LeaseMarketName,
		bytecode: func() []byte { return common.FromHex(leasemarket.LeaseMarketMetaData.Bin) },
		constructor: func(admin common.Address, d map[string]common.Address, _ DeployOptions) []byte {
			// GPUAsset is both the asset registry and the revenue account; the
			// TelemetryOracle says when an epoch missed its SLA. Settlement waits
			// two epochs for a report before settling an epoch without credit.
			return leasemarket.NewLeaseMarket().PackConstructor(admin, d[StablecoinName], d[GPUAssetName], d[GPUAssetName],
				d[TelemetryOracleName], uint64(SLAReportWindow/time.Second), d[CapacityBackstopName])
		},
	},
	{
		name:     LendingPoolName,
		bytecode: func() []byte { return common.FromHex(lendingpool.LendingPoolMetaData.Bin) },
		constructor: func(admin common.Address, d map[string]common.Address, _ DeployOptions) []byte {
			// Lends the stablecoin; only the CreditVault (deployed next) may
			// lend out, book repayments and write down bad debt.
			return lendingpool.NewLendingPool().PackConstructor(d[StablecoinName], admin, d[CreditVaultName])
		},
	},
	{
		name:     CreditVaultName,
		bytecode: func() []byte { return common.FromHex(creditvault.CreditVaultMetaData.Bin) },
		constructor: func(admin common.Address, d map[string]common.Address, _ DeployOptions) []byte {
			// Holds pledged GPUAsset shares (and claims their revenue);
			// borrows from the LendingPool, whose stablecoin it checks.
			return creditvault.NewCreditVault().PackConstructor(admin, d[GPUAssetName], d[LendingPoolName])
		},
	},
	{
		name:     CapacityBackstopName,
		bytecode: func() []byte { return common.FromHex(capacitybackstop.CapacityBackstopMetaData.Bin) },
		constructor: func(admin common.Address, d map[string]common.Address, _ DeployOptions) []byte {
			// Reads usage from the LeaseMarket (which grants it BACKSTOP_ROLE
			// at construction) and pays idle GPU-hours into GPUAsset's revenue.
			return capacitybackstop.NewCapacityBackstop().PackConstructor(admin, d[StablecoinName], d[GPUAssetName],
				d[LeaseMarketName], d[GPUAssetName])
		},
	},
	{
		name:     ShareMarketName,
		bytecode: func() []byte { return common.FromHex(sharemarket.ShareMarketMetaData.Bin) },
		constructor: func(admin common.Address, d map[string]common.Address, _ DeployOptions) []byte {
			// Trades GPUAsset shares for the stablecoin; the deployer is the
			// fee treasury until the admin sets one (as for GPUAsset).
			return sharemarket.NewShareMarket().PackConstructor(admin, d[StablecoinName], d[GPUAssetName], admin, DefaultTradeFeeBps)
		},
	},
}

// ChainReader is what deployment reads from the chain besides sending.
type ChainReader interface {
	CodeReader
	Caller
	ChainID(ctx context.Context) (*big.Int, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// adoptStablecoin checks that addr holds an ERC-20 with money.Decimals
// decimals, the only unit the market's amounts are written in, and that a
// transfer delivers exactly what it sends (probeTransfer, from holder), and
// returns its manifest entry. A token with other decimals would misprice
// every lease by a power of ten, and one that takes a fee on transfer would
// leave escrow booked for more than is held; both are refused here rather
// than found later (the contracts also check every deposit by balance
// difference and refuse a shortfall).
func adoptStablecoin(ctx context.Context, chain ChainReader, addr, holder common.Address, probe bool) (Deployment, error) {
	runtime, err := chain.CodeAt(ctx, addr, nil)
	if err != nil {
		return Deployment{}, fmt.Errorf("read code of stablecoin %s: %w", addr, err)
	}
	if len(runtime) == 0 {
		return Deployment{}, fmt.Errorf("stablecoin %s: %w", addr, ErrCodeMissing)
	}
	erc20 := teststablecoin.NewTestStablecoin()
	out, err := chain.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: erc20.PackDecimals()}, nil)
	if err != nil {
		return Deployment{}, fmt.Errorf("stablecoin %s: read decimals: %w", addr, err)
	}
	dec, err := erc20.UnpackDecimals(out)
	if err != nil {
		return Deployment{}, fmt.Errorf("stablecoin %s: read decimals: %w: %w", addr, ErrInvalidInput, err)
	}
	if dec != money.Decimals {
		return Deployment{}, fmt.Errorf("stablecoin %s has %d decimals, not %d: %w", addr, dec, money.Decimals, ErrInvalidInput)
	}
	if probe {
		if err := probeTransfer(ctx, chain, addr, holder); err != nil {
			return Deployment{}, err
		}
	}
	return Deployment{Address: addr, External: true, CodeHash: crypto.Keccak256Hash(runtime)}, nil
}

// DeployOptions tunes Deploy. The zero value deploys every contract.
type DeployOptions struct {
	// Stablecoin, when set, is the address of an existing 6-decimal
	// ERC-20 (USDC on a real chain) used instead of deploying the
	// TestStablecoin; the manifest records it as external.
	Stablecoin common.Address
	// AssetURITemplate is the GPUAsset's ERC-1155 metadata URI template
	// ("{id}" replaced by wallets); "" means DefaultAssetURITemplate.
	// Deploy refuses one that CheckURITemplate refuses.
	AssetURITemplate string

	// skipTransferProbe adopts Stablecoin without checking that transfers
	// deliver what they send: for tests that need a hostile token deployed.
	skipTransferProbe bool
}

// adopts reports whether the contract named is taken from the chain as it
// is rather than deployed.
func (o DeployOptions) adopts(name string) bool {
	return name == StablecoinName && o.Stablecoin != (common.Address{})
}

// Deploy deploys the whole contract set from s, which becomes the admin of
// every contract, and returns the manifest. It is not idempotent: each call
// deploys a new set. Use Ensure to deploy once per data dir.
func Deploy(ctx context.Context, chain ChainReader, s Sender, opts DeployOptions) (*Manifest, error) {
	if opts.AssetURITemplate != "" {
		if err := CheckURITemplate(opts.AssetURITemplate); err != nil {
			return nil, fmt.Errorf("deploy: %w", err)
		}
	}
	chainID, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploy: read chain id: %w", err)
	}
	m := &Manifest{
		Version:   Version,
		ChainID:   chainID.String(),
		Deployer:  s.Address(),
		Contracts: make(map[string]Deployment, len(contractSet)),
	}
	addrs, err := plannedAddresses(ctx, chain, s.Address(), opts)
	if err != nil {
		return nil, err
	}
	for _, c := range contractSet {
		if opts.adopts(c.name) {
			d, err := adoptStablecoin(ctx, chain, opts.Stablecoin, s.Address(), !opts.skipTransferProbe)
			if err != nil {
				return nil, fmt.Errorf("deploy: %w: %w", ErrStablecoin, err)
			}
			m.Contracts[c.name] = d
			continue
		}
		code := c.bytecode()
		input := append(append([]byte{}, code...), c.constructor(s.Address(), addrs, opts)...)
		rcpt, err := s.SendAndWait(ctx, nil, input, nil)
		if err != nil {
			return nil, fmt.Errorf("deploy %s: %w", c.name, err)
		}
		runtime, err := chain.CodeAt(ctx, rcpt.ContractAddress, nil)
		if err != nil {
			return nil, fmt.Errorf("deploy %s: read back code: %w", c.name, err)
		}
		if len(runtime) == 0 {
			return nil, fmt.Errorf("deploy %s: no code at %s after deployment", c.name, rcpt.ContractAddress)
		}
		if rcpt.ContractAddress != addrs[c.name] {
			return nil, fmt.Errorf("deploy %s: landed at %s, not at %s where the others expect it "+
				"(did another transaction from %s interleave?); deploy again", c.name, rcpt.ContractAddress, addrs[c.name], s.Address())
		}
		m.Contracts[c.name] = Deployment{
			Address:   rcpt.ContractAddress,
			TxHash:    rcpt.TxHash,
			Block:     rcpt.BlockNumber.Uint64(),
			BuildHash: crypto.Keccak256Hash(code),
			CodeHash:  crypto.Keccak256Hash(runtime),
		}
		if m.DeployBlock == 0 || rcpt.BlockNumber.Uint64() < m.DeployBlock {
			m.DeployBlock = rcpt.BlockNumber.Uint64()
		}
		slog.InfoContext(ctx, "deployed contract", "name", c.name, "address", rcpt.ContractAddress,
			"gas", rcpt.GasUsed, "tx", hexutil.Encode(rcpt.TxHash[:]))
	}
	return m, nil
}

// plannedAddresses returns where each contract of the set will be: the
// adopted stablecoin's address, and for each contract deployed the address
// of a creation from the deployer at the nonce its transaction will take
// (they are sent one after another, nothing in between).
func plannedAddresses(ctx context.Context, chain ChainReader, deployer common.Address, opts DeployOptions) (map[string]common.Address, error) {
	nonce, err := chain.PendingNonceAt(ctx, deployer)
	if err != nil {
		return nil, fmt.Errorf("deploy: read the nonce of %s: %w", deployer, err)
	}
	addrs := make(map[string]common.Address, len(contractSet))
	for _, c := range contractSet {
		if opts.adopts(c.name) {
			addrs[c.name] = opts.Stablecoin
			continue
		}
		addrs[c.name] = crypto.CreateAddress(deployer, nonce)
		nonce++
	}
	return addrs, nil
}

// Ensure returns the deployment recorded at manifestPath after verifying it
// against the chain, or, when there is no manifest yet, deploys the contract
// set and saves its manifest there. The bool reports a fresh deployment.
//
// A crash between deployment and saving leaves no manifest, so the next call
// deploys again: the orphaned contracts cost gas but hold nothing.
func Ensure(ctx context.Context, manifestPath string, chain ChainReader, s Sender, opts DeployOptions) (*Manifest, bool, error) {
	m, err := LoadManifest(manifestPath)
	switch {
	case err == nil:
		chainID, err := chain.ChainID(ctx)
		if err != nil {
			return nil, false, fmt.Errorf("read chain id: %w", err)
		}
		if err := m.Verify(ctx, chain, chainID); err != nil {
			return nil, false, fmt.Errorf("manifest %s: %w", manifestPath, err)
		}
		if opts.Stablecoin != (common.Address{}) && m.Address(StablecoinName) != opts.Stablecoin {
			return nil, false, fmt.Errorf("manifest %s settles in %s, not %s: %w: %w", manifestPath, m.Address(StablecoinName), opts.Stablecoin, ErrStablecoin, ErrStaleBuild)
		}
		return m, false, nil
	case errors.Is(err, os.ErrNotExist):
		m, err := Deploy(ctx, chain, s, opts)
		if err != nil {
			return nil, false, err
		}
		if err := m.Save(manifestPath); err != nil {
			return nil, false, err
		}
		return m, true, nil
	default:
		return nil, false, err
	}
}

// ErrStablecoin is wrapped by every refusal of the stablecoin a deployment
// was asked to adopt (DeployOptions.Stablecoin): no code, other decimals, a
// fee on transfer, or another token than the manifest's. A command names
// its flag when it sees it.
var ErrStablecoin = errors.New("cannot settle in this stablecoin")

// ErrFeeOnTransfer is returned (wrapped, with ErrInvalidInput) when a token
// offered for adoption delivers less than a transfer sends.
var ErrFeeOnTransfer = errors.New("token takes a fee on transfer")

// probeTransfer checks that token delivers what a transfer sends, without
// sending anything: one eth_call with a state override that puts the
// TransferProbe's code at holder (the deployer, which must hold at least
// one unit), so the probe transfers one unit from holder's own balance to a
// fresh address and returns what left and what arrived. The override
// changes nothing on chain, and the probe needs no allowance, signature or
// knowledge of the token's storage layout; what it needs is a holder, so
// the deployer must hold one unit of the token, and a node that takes
// state overrides in eth_call (geth and most providers do).
//
// Why not a real transfer: it would cost the deployer gas and a unit for
// good on every adoption. Why not only the on-chain checks: they refuse
// each deposit of such a token, so a service adopting it would refuse
// every lease; better to say so once, at deployment.
func probeTransfer(ctx context.Context, c ChainReader, token, holder common.Address) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("stablecoin %s: %s", token, fmt.Sprintf(format, args...))
	}
	var conn *rpc.Client
	switch cl := c.(type) {
	case interface{ RPCClient() *rpc.Client }:
		conn = cl.RPCClient()
	case interface{ Client() *rpc.Client }:
		conn = cl.Client()
	default:
		return fail("cannot probe transfers: the chain client offers no JSON-RPC connection for an eth_call with state overrides")
	}
	erc20 := teststablecoin.NewTestStablecoin()
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &token, Data: erc20.PackBalanceOf(holder)}, nil)
	if err != nil {
		return fail("read balance of deployer %s: %v", holder, err)
	}
	bal, err := erc20.UnpackBalanceOf(out)
	if err != nil {
		return fail("read balance of deployer %s: %v", holder, err)
	}
	if bal.Sign() == 0 {
		return fmt.Errorf("stablecoin %s: the deployer %s holds none of it; it must hold at least 0.000001 so that "+
			"adoption can check, in a simulated transfer, that the token takes no fee on transfer: %w", token, holder, ErrInvalidInput)
	}
	// The probe's runtime code: what its creation code returns when run.
	var runtime hexutil.Bytes
	create := map[string]any{"from": holder, "input": hexutil.Bytes(common.FromHex(transferprobe.TransferProbeMetaData.Bin))}
	if err := conn.CallContext(ctx, &runtime, "eth_call", create, "latest"); err != nil {
		return fail("build the transfer probe: %v", err)
	}
	probe := transferprobe.NewTransferProbe()
	to := crypto.CreateAddress(holder, 1<<62) // an address no one holds
	call := map[string]any{"to": holder, "input": hexutil.Bytes(probe.PackProbe(token, to, big.NewInt(1)))}
	override := map[common.Address]map[string]any{holder: {"code": runtime}}
	var res hexutil.Bytes
	if err := conn.CallContext(ctx, &res, "eth_call", call, "latest", override); err != nil {
		return fail("probe a transfer of one unit from %s (does the node take state overrides?): %v", holder, err)
	}
	got, err := probe.UnpackProbe(res)
	if err != nil {
		return fail("probe a transfer: %v", err)
	}
	if got.Sent.Cmp(big.NewInt(1)) != 0 || got.Received.Cmp(big.NewInt(1)) != 0 {
		return fmt.Errorf("stablecoin %s: a transfer of 1 unit took %s from the sender and delivered %s; "+
			"the lease market books deposits as sent and cannot hold such a token: %w: %w", token, got.Sent, got.Received, ErrFeeOnTransfer, ErrInvalidInput)
	}
	return nil
}
