package api

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/internal/rules"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
)

// TestEveryRoleOverHTTP plays every role's whole job on a fresh service
// over HTTP alone. Outside HTTP are only what no client does: moving the
// embedded chain's clock, the keeper's ticks (it runs inside serve), and
// the reporters' signatures (the oracle agent's). The admin sets the
// platform fee and treasury; the operator tokenizes, lists, cannot touch
// its own asset's reporters, sees its earnings and withdraws its fees; the
// oracle admin registers reporters and the quorum; the gateway forwards
// their reports; the renter leases with one hour prepaid, goes overdrawn,
// sees its debt and tops up; holders claim; the treasury receives the
// platform's fees; the auditor recomputes every figure and its evidence
// from chain logs and agrees with the API.
func TestEveryRoleOverHTTP(t *testing.T) {
	e := newAPIEnv(t)
	ctx := context.Background()
	emb := e.svc.Chain.(*chain.Embedded)
	// The test service runs without the SLA oracle; this story has one.
	if _, err := e.svc.Market.SetAvailabilityOracle(ctx, e.svc.Admin, e.svc.Telemetry.Address(), contracts.SLAReportWindow); err != nil {
		t.Fatal(err)
	}

	// Admin.
	treasury := newKeyAddr(t)
	e.must(200, "PUT", "/v1/platform/fee", e.admin, map[string]any{"bps": 300})
	e.must(200, "PUT", "/v1/platform/treasury", e.admin, map[string]any{"treasury": treasury})
	opKey, opAddr := e.account("operator", "op")
	holderKey, holderAddr := e.account("holder", "fund")
	renterKey, renterAddr := e.account("renter", "lab")
	oaKey, _ := e.account("oracle-admin", "desk")
	gwKey, _ := e.account("oracle", "gateway")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "1000"})

	// Operator: tokenize, sell a share of the node, list it.
	asset := e.must(201, "POST", "/v1/assets", opKey, map[string]any{
		"gpu_model": "H100-SXM5-80GB", "gpu_count": 8, "rated_power_w": 10200, "location": "US-TX-1",
		"commissioned_at": "2026-01-15T00:00:00Z", "book_value": "280000", "useful_life_months": 48,
		"shares": "1000000", "operator_fee_bps": 1500, "reserve_bps": 500,
	})
	assetID := asset["id"].(string)
	e.must(200, "POST", "/v1/assets/"+assetID+"/transfers", opKey, map[string]any{"to": holderAddr, "shares": "400000"})
	listing := e.must(201, "POST", "/v1/assets/"+assetID+"/listings", opKey, map[string]any{
		"gpus": 8, "price_per_gpu_hour": "2.00", "min_hours": 1, "max_hours": 48,
		"sla_availability_bps": 9900, "credit_bps": 1000, "min_prepaid_hours": 1, "grace_seconds": 7200,
	})
	// It cannot choose who reports on its own asset.
	reporters, addrs := reporterKeys(t, 3)
	e.problem(403, ProblemForbidden, "POST", "/v1/assets/"+assetID+"/reporters", opKey, map[string]any{"address": addrs[0]})
	e.problem(403, ProblemForbidden, "PUT", "/v1/assets/"+assetID+"/quorum", opKey, map[string]any{"quorum": 2})

	// Oracle admin.
	for _, a := range addrs {
		e.must(201, "POST", "/v1/assets/"+assetID+"/reporters", oaKey, map[string]any{"address": a})
	}
	e.must(200, "PUT", "/v1/assets/"+assetID+"/quorum", oaKey, map[string]any{"quorum": 2})

	// Renter: 2 GPUs for 6 hours at 2.00, one hour (4.00) prepaid.
	lease := e.must(201, "POST", "/v1/leases", renterKey, map[string]any{
		"listing_id": listing["id"], "gpus": 2, "hours": 6, "deposit": "4", "max_price_per_gpu_hour": "2.00",
	})
	leasePath := "/v1/leases/" + lease["id"].(string)

	// Reporters: every ended epoch, 100% available, signed by all three.
	domain := contracts.TelemetryDomain{ChainID: e.svc.Chain.ChainID(), Contract: e.svc.Telemetry.Address()}
	report := func() {
		t.Helper()
		// The epochs listed are the mirror's: wait until it has the head.
		head := e.must(200, "GET", "/v1/chain", "", nil)["block"].(float64)
		o := e.must(200, "GET", "/v1/assets/"+assetID+"/oracle", "", nil)
		for deadline := time.Now().Add(10 * time.Second); o["block"].(float64) < head && time.Now().Before(deadline); {
			time.Sleep(10 * time.Millisecond)
			o = e.must(200, "GET", "/v1/assets/"+assetID+"/oracle", "", nil)
		}
		for _, raw := range o["epochs"].([]any) {
			ep := raw.(map[string]any)
			if ep["reported"] == true || ep["reportable"] != true {
				continue
			}
			epoch := uint64(ep["epoch"].(float64))
			obs := contracts.Observation{UtilisationBps: 8000, AvailabilityBps: 10000, EnergyWh: 8000, AvgPowerW: 8000}
			e.must(201, "POST", "/v1/oracle/reports", gwKey, map[string]any{
				"asset_id": assetID, "epoch": epoch, "observations": signObservations(t, domain, mustUint(t, assetID), epoch, obs, reporters),
			})
		}
	}
	advance := func(d time.Duration) {
		t.Helper()
		if err := emb.AdjustTime(d); err != nil {
			t.Fatal(err)
		}
		report()
	}

	// Three hours on, with one paid: overdrawn once settled, and it owes.
	advance(3 * time.Hour)
	e.must(200, "POST", leasePath+"/settle", renterKey, nil)
	got := e.must(200, "GET", leasePath, renterKey, nil)
	if got["status"] != "overdrawn" || got["debt"] == "0.00" || got["runway_hours"] != "0.00" {
		t.Fatalf("lease after 3 h with 1 h paid: status %v, debt %v, runway %v; want overdrawn, a debt, 0.00", got["status"], got["debt"], got["runway_hours"])
	}
	debt := money.MustParse(got["debt"].(string))
	totals := e.must(200, "GET", "/v1/leases", renterKey, nil)["totals"].(map[string]any)
	if totals["debt"] != got["debt"] {
		t.Errorf("the renter's totals owe %v, its lease %v", totals["debt"], got["debt"])
	}
	// It tops up the rest of the term: the debt is paid first.
	rest, _ := money.MustParse("24").Sub(money.MustParse("4"))
	got = e.must(200, "POST", leasePath+"/topup", renterKey, map[string]any{"amount": rest.String()})
	if got["debt"] != "0.00" || got["status"] != "active" {
		t.Errorf("after a top-up of %s over a debt of %s: debt %v, status %v", rest, debt, got["debt"], got["status"])
	}

	// The term runs out; the keeper finishes the lease once its epochs are final.
	advance(4 * time.Hour)
	keeper := e.svc.NewKeeper(serviceKeeperConfig())
	for range 2 {
		if _, err := keeper.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		advance(time.Hour)
	}
	got = e.must(200, "GET", leasePath, renterKey, nil)
	if got["status"] != "ended" || got["released"] != "24.00" || got["debt"] != "0.00" {
		t.Fatalf("lease at the end: %v %v released, debt %v; want ended, 24.00, 0.00", got["status"], got["released"], got["debt"])
	}

	// The split, by the rule of docs/yields.md, from the reference
	// (internal/rules): each release pays the platform 3%, the operator 15%
	// and the reserve 5% of itself, each rounded down to the unit, and the
	// holders the rest, which the per-share accumulator (dust carried)
	// pays out. The releases are the RevenueDeposited logs the revenue
	// figures cite, read from the chain's receipts; every figure is then
	// the reference's, to the unit.
	rev := e.must(200, "GET", "/v1/assets/"+assetID+"/revenue", "", nil)
	fig := func(k string) money.Amount {
		t.Helper()
		return money.MustParse(rev[k].(map[string]any)["value"].(string))
	}
	gross := fig("gross_revenue")
	if gross.String() != "24.00" {
		t.Fatalf("gross revenue %s, want the whole term's 24.00", gross)
	}
	pool := rules.NewPool(big.NewInt(1_000_000), opAddr)
	pool.Transfer(opAddr, holderAddr, big.NewInt(400_000))
	split := rules.ZeroSplit()
	cited := rev["platform_fee"].(map[string]any)["evidence"].([]any)
	for _, raw := range cited {
		ev := raw.(map[string]any)
		rcpt, err := e.svc.Chain.Client().TransactionReceipt(ctx, common.HexToHash(ev["tx_hash"].(string)))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, lg := range rcpt.Logs {
			if lg.Index != uint(ev["log_index"].(float64)) {
				continue
			}
			d, err := e.svc.Revenue.ParseRevenueDeposited(lg)
			if err != nil {
				t.Fatalf("cited log %v: %v", ev, err)
			}
			s := rules.SplitRevenue(d.Gross.Units(), 300, 1500, 500)
			split = split.Add(s)
			pool.Deposit(s.Holders)
			found = true
		}
		if !found {
			t.Fatalf("cited log %v not in its receipt", ev)
		}
	}
	if len(cited) < 2 {
		t.Fatalf("%d releases cited: the split is tested on too little", len(cited))
	}
	for name, want := range map[string]*big.Int{"gross_revenue": split.Gross, "platform_fee": split.Platform,
		"operator_fee": split.Operator, "reserve": split.Reserve, "holders_revenue": split.Holders} {
		if got := fig(name).Units(); got.Cmp(want) != 0 {
			t.Errorf("%s %s units over %d releases; the rule gives %s", name, got, len(cited), want)
		}
	}

	// Holders claim: the fund holds 40% of the shares; each gets what the
	// reference's accumulator pays.
	claimed := e.must(200, "POST", "/v1/claims", holderKey, map[string]any{"asset_ids": []string{assetID}})
	if got, want := money.MustParse(claimed["claimed"].(string)).Units(), pool.Claim(holderAddr); got.Cmp(want) != 0 {
		t.Errorf("the fund claimed %s units; the reference pays %s", got, want)
	}
	opClaim := e.must(200, "POST", "/v1/claims", opKey, map[string]any{"asset_ids": []string{assetID}})
	if got, want := money.MustParse(opClaim["claimed"].(string)).Units(), pool.Claim(opAddr); got.Cmp(want) != 0 {
		t.Errorf("the operator claimed %s units as a holder; the reference pays %s", got, want)
	}

	// Operator: its earnings, then its fees withdrawn, exactly what accrued.
	earn := e.must(200, "GET", "/v1/operators/"+opAddr+"/earnings", "", nil)["operator_fees"].(map[string]any)
	w := e.must(200, "POST", "/v1/assets/"+assetID+"/operator-fees/withdraw", opKey, nil)
	if w["withdrawn"] != fig("operator_fee").String() || earn["available"] != w["withdrawn"] {
		t.Errorf("operator withdrew %v; its earnings said %v available, the revenue %s", w["withdrawn"], earn["available"], fig("operator_fee"))
	}

	// The treasury receives the platform's fees.
	p := e.must(200, "POST", "/v1/platform/fees/withdraw", e.admin, nil)
	if p["withdrawn"] != fig("platform_fee").String() || p["treasury"] != treasury {
		t.Errorf("platform fees paid: %v, want %s to %s", p, fig("platform_fee"), treasury)
	}
	bal, err := e.svc.Token.BalanceOf(ctx, common.HexToAddress(treasury))
	if err != nil || bal.Cmp(fig("platform_fee")) != 0 {
		t.Errorf("treasury holds %v (%v), want %s", bal, err, fig("platform_fee"))
	}

	// Auditor: every figure and its evidence, from chain logs alone.
	res, err := audit.Run(ctx, e.svc.Chain.Client(), e.svc.Manifest, audit.Options{Against: e.base})
	if err != nil {
		t.Fatal(err)
	}
	evidence := 0
	for _, c := range res.Checks {
		if containsEvidence(c.Name) {
			evidence++
		}
	}
	if !res.OK || evidence == 0 {
		t.Errorf("audit: ok %v with %d evidence checks; failed: %v", res.OK, evidence, res.Failed())
	}
	if rec := e.must(200, "GET", "/v1/reconcile", "", nil); rec["ok"] != true {
		t.Errorf("reconcile: %v", rec)
	}
}

func newKeyAddr(t *testing.T) string {
	t.Helper()
	_, addrs := reporterKeys(t, 1)
	return addrs[0]
}

// reporterKeys makes n keys and their addresses.
func reporterKeys(t *testing.T, n int) ([]*ecdsa.PrivateKey, []string) {
	t.Helper()
	keys, addrs := make([]*ecdsa.PrivateKey, n), make([]string, n)
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys[i], addrs[i] = k, crypto.PubkeyToAddress(k.PublicKey).Hex()
	}
	return keys, addrs
}

// signObservations signs obs of an asset's epoch with each key, as
// reporters' agents do, in the JSON form POST /v1/oracle/reports takes.
func signObservations(t *testing.T, d contracts.TelemetryDomain, assetID, epoch uint64, obs contracts.Observation, keys []*ecdsa.PrivateKey) []map[string]any {
	t.Helper()
	out := make([]map[string]any, 0, len(keys))
	for _, k := range keys {
		sig, err := crypto.Sign(d.Digest(assetID, epoch, obs).Bytes(), k)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		out = append(out, map[string]any{"utilisation_bps": obs.UtilisationBps, "availability_bps": obs.AvailabilityBps,
			"energy_wh": obs.EnergyWh, "avg_power_w": obs.AvgPowerW, "signature": hexutil.Encode(sig)})
	}
	return out
}

func mustUint(t *testing.T, s string) uint64 {
	t.Helper()
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || !n.IsUint64() {
		t.Fatalf("%q is not an id", s)
	}
	return n.Uint64()
}

// containsEvidence tells the audit's evidence checks ("asset 1 book_value_start
// evidence (service)") from its value checks.
func containsEvidence(name string) bool { return strings.Contains(name, " evidence") }

// serviceKeeperConfig is the keeper of serve: one settlement per hour.
func serviceKeeperConfig() service.KeeperConfig { return service.KeeperConfig{Interval: time.Hour} }
