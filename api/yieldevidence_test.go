package api

import (
	"context"
	"crypto/ecdsa"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/service"
)

// TestYieldEvidencePointsAtChain: every figure /yield publishes with a
// value cites real events (a transaction hash and a block, never the zero
// hash at block 0, never nothing): book value and GPU-hours available the
// tokenize transaction, GPU-hours leased the lease's creation and close,
// SLA credits the settlement that credited, telemetry the report; and the
// audit from chain logs finds the same evidence for every figure.
func TestYieldEvidencePointsAtChain(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	// The deployment as served: the market waits for the oracle's
	// reports, so that an epoch under its SLA target credits the renter.
	svc, err := service.Open(ctx, service.Config{DataDir: dir, Sealing: chain.SealInstant})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	e := serveAPI(t, svc, dir, Options{})
	emb := svc.Chain.(*chain.Embedded)

	opKey, _ := e.account("operator", "acme-cloud")
	oaKey, _ := e.account("oracle-admin", "oracle-desk")
	gwKey, _ := e.account("oracle", "reporter-gateway")
	renterKey, renterAddr := e.account("renter", "lab")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})
	tokenizeTx := e.must(201, "POST", "/v1/assets", opKey, h100)["tx_hash"]
	e.must(201, "POST", "/v1/assets/1/listings", opKey, map[string]any{"gpus": 8, "price_per_gpu_hour": "2.50",
		"min_hours": 1, "max_hours": 24, "sla_availability_bps": 9900, "credit_bps": 1000})
	reporters := make([]*ecdsa.PrivateKey, 2)
	for i := range reporters {
		if reporters[i], err = crypto.GenerateKey(); err != nil {
			t.Fatal(err)
		}
		e.must(201, "POST", "/v1/assets/1/reporters", oaKey, map[string]any{"address": crypto.PubkeyToAddress(reporters[i].PublicKey).Hex()})
	}
	e.must(200, "PUT", "/v1/assets/1/quorum", oaKey, map[string]any{"quorum": 2})
	leaseTx := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{"listing_id": "1", "gpus": 4, "hours": 3, "deposit": "30"})["tx_hash"]

	// An hour on, the lease's first epoch is reported at 90% availability,
	// under the 99% target: settling it credits the renter.
	if err := emb.AdjustTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	sched, err := svc.Telemetry.Schedule(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h, err := svc.Chain.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	epoch := sched.At(time.Unix(int64(h.Time), 0)) - 1
	obs := contracts.Observation{UtilisationBps: 6000, AvailabilityBps: 9000, EnergyWh: 4000, AvgPowerW: 4000}
	var signed []map[string]any
	for _, k := range reporters {
		sig, err := crypto.Sign(svc.Telemetry.Domain(svc.Chain.ChainID()).Digest(1, epoch, obs).Bytes(), k)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		signed = append(signed, map[string]any{"utilisation_bps": obs.UtilisationBps, "availability_bps": obs.AvailabilityBps,
			"energy_wh": obs.EnergyWh, "avg_power_w": obs.AvgPowerW, "signature": hexutil.Encode(sig)})
	}
	reportTx := e.must(201, "POST", "/v1/oracle/reports", gwKey, map[string]any{"asset_id": "1", "epoch": epoch, "observations": signed})["tx_hash"]
	settled := e.must(200, "POST", "/v1/leases/1/settle", renterKey, nil)
	if settled["credited"] == "0.00" {
		t.Fatalf("no SLA credit: %v", settled)
	}
	settleTx := settled["tx_hash"]
	e.do("POST", "/v1/leases/1/settle", renterKey, nil) // nothing more to release yet
	closeTx := e.must(200, "POST", "/v1/leases/1/close", renterKey, nil)["tx_hash"]
	waitMirror(t, e)

	y := e.must(200, "GET", "/v1/assets/1/yield", "", nil)
	zero := common.Hash{}.Hex()
	figures := 0
	for name, raw := range y {
		f, ok := raw.(map[string]any)
		if !ok {
			continue
		}
		figures++
		ev, _ := f["evidence"].([]any)
		v, _ := f["value"].(string)
		if d, err := decimal.NewFromString(v); v != "" && (err != nil || !d.IsZero()) && len(ev) == 0 {
			t.Errorf("%s = %s cites no event", name, v)
		}
		for _, x := range ev {
			x := x.(map[string]any)
			if x["tx_hash"] == zero || x["tx_hash"] == nil || x["block"] == float64(0) {
				t.Errorf("%s = %s cites %v", name, v, x)
			}
		}
	}
	if figures < 20 {
		t.Fatalf("yield has %d figures: %v", figures, y)
	}
	// Figures only: the same values, every evidence list empty.
	bare := e.must(200, "GET", "/v1/assets/1/yield?evidence=false", "", nil)
	for name, raw := range y {
		f, ok := raw.(map[string]any)
		if !ok {
			continue
		}
		b := bare[name].(map[string]any)
		if ev, ok := b["evidence"].([]any); b["value"] != f["value"] || !ok || len(ev) != 0 {
			t.Errorf("%s without evidence: %v, with: %v", name, b, f["value"])
		}
	}
	e.problem(400, ProblemValidation, "GET", "/v1/assets/1/yield?evidence=maybe", "", nil)
	cites := func(figure string) map[any]bool {
		out := map[any]bool{}
		for _, x := range y[figure].(map[string]any)["evidence"].([]any) {
			out[x.(map[string]any)["tx_hash"]] = true
		}
		return out
	}
	for _, tc := range []struct {
		figure string
		txs    []any
	}{
		{"book_value_start", []any{tokenizeTx}},
		{"book_value_end", []any{tokenizeTx}},
		{"gpu_hours_available", []any{tokenizeTx}},
		{"gpu_hours_leased", []any{leaseTx, closeTx}},
		{"economic_utilisation", []any{tokenizeTx, leaseTx, closeTx}},
		{"gross_revenue", []any{settleTx}}, // the close released nothing: its epoch is not final
		{"sla_credits", []any{settleTx}},
		{"technical_utilisation", []any{reportTx}},
		{"availability", []any{reportTx}},
		{"energy_kwh", []any{reportTx}},
	} {
		got := cites(tc.figure)
		for _, tx := range tc.txs {
			if !got[tx] {
				t.Errorf("%s cites %v, not tx %v", tc.figure, got, tx)
			}
		}
		if len(got) != len(tc.txs) {
			t.Errorf("%s cites %d transactions, want %d: %v", tc.figure, len(got), len(tc.txs), got)
		}
	}

	// The audit from chain logs alone finds the same evidence.
	res, err := audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{Against: e.base})
	if err != nil {
		t.Fatal(err)
	}
	evidenceChecks := 0
	for _, c := range res.Checks {
		if strings.Contains(c.Name, "evidence (service)") {
			evidenceChecks++
		}
	}
	if !res.OK || evidenceChecks < 20 {
		t.Fatalf("audit: ok=%v, %d evidence checks; failed: %+v", res.OK, evidenceChecks, res.Failed())
	}
}
