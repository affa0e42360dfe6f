package contracts

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/gpuledger/gpuledger/chain"
)

// env is a fresh in-memory embedded chain with the whole contract set
// deployed by admin, sealing a block per transaction. Tests move chain time
// with env.chain.AdjustTime.
type env struct {
	ctx      context.Context
	chain    *chain.Embedded
	decoder  *chain.ErrorDecoder
	admin    *chain.Transactor
	manifest *Manifest
	assets   *Assets
	token    *Stablecoin
	market   *Market
}

// bareEnv is a fresh in-memory embedded chain, sealing a block per
// transaction, with nothing deployed and an admin holding the dev key; only
// ctx, chain, decoder and admin are set.
func bareEnv(t testing.TB) *env {
	t.Helper()
	ctx := context.Background()
	c, err := chain.OpenEmbedded(ctx, chain.EmbeddedConfig{Sealing: chain.SealInstant})
	if err != nil {
		t.Fatalf("open embedded chain: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	decoder := chain.NewErrorDecoder()
	for name, a := range ABIs() {
		decoder.Register(name, a)
	}
	admin := chain.NewTransactor(c.Client(), c.ChainID(), c.DevKey(), chain.WithErrorDecoder(decoder))
	return &env{ctx: ctx, chain: c, decoder: decoder, admin: admin}
}

func newEnv(t testing.TB) *env {
	t.Helper()
	e := bareEnv(t)
	m, err := Deploy(e.ctx, e.chain.Client(), e.admin, DeployOptions{})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	reader := chain.DecodingCaller{Client: e.chain.Client(), Decoder: e.decoder}
	e.manifest = m
	e.assets = NewAssets(reader, m.Address(GPUAssetName))
	e.token = NewStablecoin(reader, m.Address(StablecoinName))
	e.market = NewMarket(reader, m.Address(LeaseMarketName), e.token)
	// Lease tests settle by time alone; the SLA and oracle tests set an
	// oracle of their own. With the deployed TelemetryOracle in place and no
	// reports, settlement would wait out the report window.
	if _, err := e.market.SetAvailabilityOracle(e.ctx, e.admin, common.Address{}, 0); err != nil {
		t.Fatalf("detach oracle: %v", err)
	}
	return e
}

// account returns a transactor for a new key funded with 100 ETH for gas.
func (e *env) account(t testing.TB) *chain.Transactor {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := e.admin.SendAndWait(e.ctx, &addr, nil, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))); err != nil {
		t.Fatalf("fund %s: %v", addr, err)
	}
	return chain.NewTransactor(e.chain.Client(), e.chain.ChainID(), key, chain.WithErrorDecoder(e.decoder))
}

// operator returns a funded account holding the operator role.
func (e *env) operator(t testing.TB) *chain.Transactor {
	t.Helper()
	op := e.account(t)
	if _, err := e.assets.GrantOperator(e.ctx, e.admin, op.Address()); err != nil {
		t.Fatalf("grant operator: %v", err)
	}
	return op
}

// nonce returns an account's next nonce as the chain sees it.
func (e *env) nonce(t testing.TB, addr common.Address) uint64 {
	t.Helper()
	n, err := e.chain.Client().PendingNonceAt(e.ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
