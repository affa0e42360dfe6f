package demo

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuledger/gpuledger/contracts"
)

// oracleDesk plays the oracle's side of the story over the API, as an
// oracle desk and its reporters would: the oracle admin (its own account,
// never an operator's) registers each asset's reporters and quorum; the
// reporters sign each ended epoch (the oracle agent's job, done here with
// their keys); a gateway account forwards the signed observations.
type oracleDesk struct {
	c       *client
	admin   string // API key of the oracle-admin account
	gateway string // API key of the oracle (gateway) account
	domain  contracts.TelemetryDomain
	keys    []*ecdsa.PrivateKey
	first   map[string]uint64 // asset id -> the story's first epoch (hour 0)
}

// newOracleDesk makes the desk's two accounts and n reporter keys, and
// reads the EIP-712 domain the reporters sign under from GET /v1/chain.
func newOracleDesk(ctx context.Context, c *client, admin string, n int) (*oracleDesk, error) {
	d := &oracleDesk{c: c, first: map[string]uint64{}}
	oa, err := c.account(ctx, admin, "oracle-admin", "Oracle desk")
	if err != nil {
		return nil, err
	}
	gw, err := c.account(ctx, admin, "oracle", "Reporter gateway")
	if err != nil {
		return nil, err
	}
	d.admin, d.gateway = oa.Key, gw.Key
	var info struct {
		ChainID   string            `json:"chain_id"`
		Contracts map[string]string `json:"contracts"`
	}
	if err := c.call(ctx, "GET", "/v1/chain", "", nil, &info); err != nil {
		return nil, err
	}
	chainID, ok := new(big.Int).SetString(info.ChainID, 10)
	if !ok || !common.IsHexAddress(info.Contracts[contracts.TelemetryOracleName]) {
		return nil, fmt.Errorf("GET /v1/chain: no chain id or %s address", contracts.TelemetryOracleName)
	}
	d.domain = contracts.TelemetryDomain{ChainID: chainID, Contract: common.HexToAddress(info.Contracts[contracts.TelemetryOracleName])}
	for range n {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		d.keys = append(d.keys, k)
	}
	return d, nil
}

// register registers every reporter for an asset and sets its quorum.
func (d *oracleDesk) register(ctx context.Context, assetID string, quorum int) error {
	for _, k := range d.keys {
		body := map[string]string{"address": crypto.PubkeyToAddress(k.PublicKey).Hex()}
		if err := d.c.call(ctx, "POST", "/v1/assets/"+assetID+"/reporters", d.admin, body, nil); err != nil {
			return err
		}
	}
	return d.c.call(ctx, "PUT", "/v1/assets/"+assetID+"/quorum", d.admin, map[string]int{"quorum": quorum}, nil)
}

// reported is an epoch the desk reported, with what the reporters saw.
type reported struct {
	hour int
	obs  contracts.Observation
}

// reportMissing reports every ended epoch of an asset still missing and
// reportable, as GET /v1/assets/:id/oracle lists them once the mirror has
// the chain's head; n is the node the reporters watch.
func (d *oracleDesk) reportMissing(ctx context.Context, assetID string, n node) ([]reported, error) {
	var view struct {
		Block       uint64 `json:"block"`
		EpochLength int64  `json:"epoch_length_seconds"`
		Epochs      []struct {
			Epoch      uint64 `json:"epoch"`
			Reported   bool   `json:"reported"`
			Reportable *bool  `json:"reportable"`
		} `json:"epochs"`
	}
	if err := d.fresh(ctx, "/v1/assets/"+assetID+"/oracle", &view); err != nil {
		return nil, err
	}
	var out []reported
	for _, ep := range view.Epochs {
		first, seen := d.first[assetID]
		if !seen || ep.Epoch < first {
			d.first[assetID], first = ep.Epoch, ep.Epoch
		}
		if ep.Reported || ep.Reportable == nil || !*ep.Reportable {
			continue
		}
		hour := int(ep.Epoch - first)
		obs := observe(n, hour, time.Duration(view.EpochLength)*time.Second)
		signed := make([]map[string]any, 0, len(d.keys))
		for _, k := range d.keys {
			sig, err := crypto.Sign(d.domain.Digest(mustID(assetID), ep.Epoch, obs).Bytes(), k)
			if err != nil {
				return nil, err
			}
			sig[64] += 27
			signed = append(signed, map[string]any{
				"utilisation_bps": obs.UtilisationBps, "availability_bps": obs.AvailabilityBps,
				"energy_wh": obs.EnergyWh, "avg_power_w": obs.AvgPowerW, "signature": hexutil.Encode(sig),
			})
		}
		body := map[string]any{"asset_id": assetID, "epoch": ep.Epoch, "observations": signed}
		if err := d.c.call(ctx, "POST", "/v1/oracle/reports", d.gateway, body, nil); err != nil {
			return nil, err
		}
		out = append(out, reported{hour: hour, obs: obs})
	}
	return out, nil
}

// fresh reads a mirror route once the mirror has the chain's head block
// (its answer's "block"), so that what it lists is up to date.
func (d *oracleDesk) fresh(ctx context.Context, path string, out any) error {
	var head struct {
		Block uint64 `json:"block"`
	}
	if err := d.c.call(ctx, "GET", "/v1/chain", "", nil, &head); err != nil {
		return err
	}
	for {
		var raw json.RawMessage
		if err := d.c.call(ctx, "GET", path, "", nil, &raw); err != nil {
			return err
		}
		var at struct {
			Block uint64 `json:"block"`
		}
		if err := json.Unmarshal(raw, &at); err != nil {
			return fmt.Errorf("GET %s: %w", path, err)
		}
		if at.Block >= head.Block {
			return json.Unmarshal(raw, out)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}
