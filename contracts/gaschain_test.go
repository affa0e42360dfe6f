package contracts

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts/bindings/baselinesplitter"
	"github.com/gpuledger/gpuledger/money"
)

// gasChain is a chain to measure gas on with the whole contract set deployed.
// Two gas schedules matter:
//
//   - "embedded": the chain gpuledger runs by default. go-ethereum v1.17.10's
//     dev chain activates every fork it knows, Amsterdam/Bogota included, whose
//     EIP-8037 (state-growth gas) and EIP-8038 (state-access repricing) make
//     new storage slots and cold accesses far dearer than on mainnet today.
//   - "osaka": go-ethereum's simulated backend on the same dev config with
//     Bogota switched off, i.e. the schedule of Ethereum mainnet (Fusaka,
//     December 2025) and of the L2s that follow it. Published figures (0xSplits,
//     OpenZeppelin) and the 60k claim budget are in this schedule.
type gasChain struct {
	name     string
	ctx      context.Context
	client   chain.Client
	chainID  *big.Int
	decoder  *chain.ErrorDecoder
	commit   func()                    // seals what is pending; a no-op with instant sealing
	adjust   func(time.Duration) error // seals an empty block d later
	admin    *gasSender
	manifest *Manifest
	assets   *Assets
	revenue  *Revenue
	token    *Stablecoin
}

// gasSender sends, seals and waits: a Sender on a chain that seals on demand.
type gasSender struct {
	*chain.Transactor
	commit func()
}

func (s *gasSender) SendAndWait(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	tx, err := s.Send(ctx, to, data, value)
	if err != nil {
		return nil, err
	}
	s.commit()
	return s.Wait(ctx, tx)
}

// deploy creates a contract from creation code + constructor arguments.
func (s *gasSender) deploy(ctx context.Context, code, args []byte) (*types.Receipt, error) {
	return s.SendAndWait(ctx, nil, append(append([]byte{}, code...), args...), nil)
}

var gasSchedules = []struct {
	name string
	open func(tb testing.TB) *gasChain
}{
	{"osaka", openOsakaGasChain},
	{"embedded", openEmbeddedGasChain},
}

func openEmbeddedGasChain(tb testing.TB) *gasChain {
	tb.Helper()
	e := newEnv(tb)
	gc := &gasChain{name: "embedded", ctx: e.ctx, client: e.chain.Client(), chainID: e.chain.ChainID(),
		decoder: e.decoder, commit: func() {}, adjust: e.chain.AdjustTime}
	gc.admin = &gasSender{Transactor: e.admin, commit: gc.commit}
	gc.manifest = e.manifest
	gc.clients()
	return gc
}

func openOsakaGasChain(tb testing.TB) *gasChain {
	tb.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	admin := crypto.PubkeyToAddress(key.PublicKey)
	osaka := *params.AllDevChainProtocolChanges
	osaka.BogotaTime, osaka.AmsterdamTime = nil, nil
	rich := new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(params.Ether))
	sim := simulated.NewBackend(types.GenesisAlloc{admin: {Balance: rich}}, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = &osaka
		if *gasProfile {
			ec.VMTrace = gasProfilerName
		}
	})
	tb.Cleanup(func() { sim.Close() })
	ctx := context.Background()
	client := sim.Client()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	decoder := chain.NewErrorDecoder()
	for name, a := range ABIs() {
		decoder.Register(name, a)
	}
	gc := &gasChain{name: "osaka", ctx: ctx, client: client, chainID: chainID, decoder: decoder,
		commit: func() { sim.Commit() }, adjust: sim.AdjustTime}
	gc.admin = gc.sender(key)
	m, err := Deploy(ctx, client, gc.admin, DeployOptions{})
	if err != nil {
		tb.Fatalf("deploy on osaka: %v", err)
	}
	gc.manifest = m
	gc.clients()
	return gc
}

func (gc *gasChain) clients() {
	reader := chain.DecodingCaller{Client: gc.client, Decoder: gc.decoder}
	gc.assets = NewAssets(reader, gc.manifest.Address(GPUAssetName))
	gc.revenue = NewRevenue(reader, gc.manifest.Address(GPUAssetName))
	gc.token = NewStablecoin(reader, gc.manifest.Address(StablecoinName))
}

func (gc *gasChain) sender(key *ecdsa.PrivateKey) *gasSender {
	return &gasSender{Transactor: chain.NewTransactor(gc.client, gc.chainID, key, chain.WithErrorDecoder(gc.decoder)), commit: gc.commit}
}

// accounts returns n new accounts, each funded with 1 ETH for gas.
func (gc *gasChain) accounts(tb testing.TB, n int) []*gasSender {
	tb.Helper()
	out := make([]*gasSender, n)
	for i := range out {
		key, err := crypto.GenerateKey()
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = gc.sender(key)
		addr := out[i].Address()
		if _, err := gc.admin.SendAndWait(gc.ctx, &addr, nil, big.NewInt(params.Ether)); err != nil {
			tb.Fatalf("fund %s: %v", addr, err)
		}
	}
	return out
}

// fundRevenue mints amount to the admin and approves the revenue account
// for all of it, so the admin can deposit revenue.
func (gc *gasChain) fundRevenue(tb testing.TB, amount money.Amount) {
	tb.Helper()
	if _, err := gc.token.Mint(gc.ctx, gc.admin, gc.admin.Address(), amount); err != nil {
		tb.Fatalf("mint: %v", err)
	}
	if _, err := gc.token.Approve(gc.ctx, gc.admin, gc.revenue.Address(), amount); err != nil {
		tb.Fatalf("approve: %v", err)
	}
}

// tokenizeFor tokenizes an asset operated by the admin and gives each
// holder shares[i] of it; the admin keeps the rest of supply.
func (gc *gasChain) tokenizeFor(tb testing.TB, supply int64, holders []*gasSender, shares []int64, operatorFeeBps, reserveBps uint16) Asset {
	tb.Helper()
	spec := h100Spec()
	spec.Shares = NewShares(big.NewInt(supply))
	spec.OperatorFeeBps, spec.ReserveBps = operatorFeeBps, reserveBps
	a, _, err := gc.assets.Tokenize(gc.ctx, gc.admin, spec)
	if err != nil {
		tb.Fatalf("tokenize: %v", err)
	}
	for i, h := range holders {
		if _, err := gc.assets.Transfer(gc.ctx, gc.admin, h.Address(), a.ID, NewShares(big.NewInt(shares[i]))); err != nil {
			tb.Fatalf("transfer shares to holder %d: %v", i, err)
		}
	}
	return a
}

// deploySplitter deploys the OpenZeppelin 4.9 PaymentSplitter baseline.
func (gc *gasChain) deploySplitter(holders []*gasSender, shares []int64) (common.Address, *types.Receipt, error) {
	payees := make([]common.Address, len(holders))
	amounts := make([]*big.Int, len(holders))
	for i, h := range holders {
		payees[i], amounts[i] = h.Address(), big.NewInt(shares[i])
	}
	code := common.FromHex(baselinesplitter.BaselineSplitterMetaData.Bin)
	rcpt, err := gc.admin.deploy(gc.ctx, code, baselinesplitter.NewBaselineSplitter().PackConstructor(payees, amounts))
	if err != nil {
		return common.Address{}, rcpt, err
	}
	return rcpt.ContractAddress, rcpt, nil
}

// leaseSetup readies gc for measuring lease operations: a market that
// settles by time alone (no oracle), the admin as an operator, and a renter
// holding a million coins.
func (gc *gasChain) leaseSetup(tb testing.TB) (*Market, *gasSender) {
	tb.Helper()
	market := NewMarket(gc.assets.call, gc.manifest.Address(LeaseMarketName), gc.token)
	if _, err := market.SetAvailabilityOracle(gc.ctx, gc.admin, common.Address{}, 0); err != nil {
		tb.Fatal(err)
	}
	if _, err := gc.assets.GrantOperator(gc.ctx, gc.admin, gc.admin.Address()); err != nil {
		tb.Fatal(err)
	}
	renter := gc.accounts(tb, 1)[0]
	if _, err := gc.token.Mint(gc.ctx, gc.admin, renter.Address(), money.MustParse("1000000")); err != nil {
		tb.Fatal(err)
	}
	return market, renter
}
