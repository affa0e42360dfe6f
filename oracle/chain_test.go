package oracle

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// oracleChain is an in-memory embedded chain (instant sealing) with the
// contract set deployed, one tokenized 8-GPU asset (10200 W rated) and its
// reporters registered with a quorum.
type oracleChain struct {
	ctx      context.Context
	chain    *chain.Embedded
	decoder  *chain.ErrorDecoder
	admin    *chain.Transactor
	op       *chain.Transactor
	tel      *contracts.Telemetry
	gpuAsset common.Address // the GPUAsset contract
	asset    contracts.Asset
	sched    contracts.EpochSchedule
	domain   contracts.TelemetryDomain
}

func newOracleChain(t *testing.T, reporters []Signer, quorum uint8) *oracleChain {
	t.Helper()
	ctx := context.Background()
	c, err := chain.OpenEmbedded(ctx, chain.EmbeddedConfig{Sealing: chain.SealInstant})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	decoder := chain.NewErrorDecoder()
	for name, a := range contracts.ABIs() {
		decoder.Register(name, a)
	}
	admin := chain.NewTransactor(c.Client(), c.ChainID(), c.DevKey(), chain.WithErrorDecoder(decoder))
	m, err := contracts.Deploy(ctx, c.Client(), admin, contracts.DeployOptions{})
	if err != nil {
		t.Fatal(err)
	}
	oc := &oracleChain{ctx: ctx, chain: c, decoder: decoder, admin: admin}
	oc.op = oc.account(t)
	reader := chain.DecodingCaller{Client: c.Client(), Decoder: decoder}
	assets := contracts.NewAssets(reader, m.Address(contracts.GPUAssetName))
	if _, err := assets.GrantOperator(ctx, admin, oc.op.Address()); err != nil {
		t.Fatal(err)
	}
	oc.asset, _, err = assets.Tokenize(ctx, oc.op, contracts.AssetSpec{
		GPUModel: "H100-SXM5-80GB", GPUCount: 8, RatedPowerW: 10200, Location: "US-TX-1",
		CommissionedAt: time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), BookValue: money.MustParse("280000"),
		UsefulLifeMonths: 48, Shares: contracts.NewShares(big.NewInt(1_000_000)),
	})
	if err != nil {
		t.Fatal(err)
	}
	oc.tel = contracts.NewTelemetry(reader, m.Address(contracts.TelemetryOracleName))
	oc.gpuAsset = m.Address(contracts.GPUAssetName)
	oc.domain = oc.tel.Domain(c.ChainID())
	if oc.sched, err = oc.tel.Schedule(ctx); err != nil {
		t.Fatal(err)
	}
	for _, r := range reporters {
		if _, err := oc.tel.AddReporter(ctx, oc.admin, oc.asset.ID, r.Address()); err != nil {
			t.Fatal(err)
		}
	}
	if quorum > 0 && quorum < contracts.DefaultMinQuorum {
		// A quorum under the default floor needs the admin to lower the floor.
		if _, err := oc.tel.SetMinQuorum(ctx, oc.admin, quorum); err != nil {
			t.Fatal(err)
		}
	}
	if quorum > 0 {
		if _, err := oc.tel.SetQuorum(ctx, oc.admin, oc.asset.ID, quorum); err != nil {
			t.Fatal(err)
		}
	}
	return oc
}

// account returns a transactor of a new key funded for gas.
func (oc *oracleChain) account(t *testing.T) *chain.Transactor {
	t.Helper()
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := oc.admin.SendAndWait(oc.ctx, &addr, nil, big.NewInt(params.Ether)); err != nil {
		t.Fatal(err)
	}
	return chain.NewTransactor(oc.chain.Client(), oc.chain.ChainID(), key, chain.WithErrorDecoder(oc.decoder))
}

func (oc *oracleChain) head(t *testing.T) time.Time {
	t.Helper()
	h, err := oc.chain.Client().HeaderByNumber(oc.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

func (oc *oracleChain) nonce(t *testing.T, s *chain.Transactor) uint64 {
	t.Helper()
	n, err := oc.chain.Client().PendingNonceAt(oc.ctx, s.Address())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (oc *oracleChain) submitter(t *testing.T, s contracts.Sender, o Reporting) *Submitter {
	t.Helper()
	if o == nil {
		o = oc.tel
	}
	sub, err := NewSubmitter(SubmitterConfig{Oracle: o, Sender: s, Domain: oc.domain, RatedPowerW: oc.asset.RatedPowerW,
		EpochLength: oc.sched.Length, Backoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return sub
}
