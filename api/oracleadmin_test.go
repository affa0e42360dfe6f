package api

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
)

// TestOracleOnboardingOverAPI plays the oracle admin's whole job over
// HTTP: an account of role oracle-admin (whose key the contract then
// trusts) registers an asset's reporters and its quorum; the operator of
// the asset cannot, and nothing it or a bad request tries reaches the
// chain; anyone sees who covers the asset and which epochs are missing;
// reporters' signed observations sent through POST /v1/oracle/reports
// fill the missing epoch.
func TestOracleOnboardingOverAPI(t *testing.T) {
	e := newAPIEnv(t)
	ctx := context.Background()
	opKey, opAddr := e.account("operator", "acme-cloud")
	oaKey, oaAddr := e.account("oracle-admin", "neutral-oracle-desk")
	gwKey, _ := e.account("oracle", "reporter-gateway")
	for addr, want := range map[string]bool{oaAddr: true, opAddr: false} {
		if got, err := e.svc.Telemetry.IsOracleAdmin(ctx, common.HexToAddress(addr)); err != nil || got != want {
			t.Fatalf("ORACLE_ADMIN_ROLE of %s: %v %v, want %v", addr, got, err, want)
		}
	}
	e.must(201, "POST", "/v1/assets", opKey, h100)
	// The test service's market settles by time alone (no availability
	// oracle, so no report window to respect): give it back the
	// deployment's oracle and window, which bound the oracle's.
	if _, err := e.svc.Market.SetAvailabilityOracle(ctx, e.svc.Admin, e.svc.Telemetry.Address(), contracts.SLAReportWindow); err != nil {
		t.Fatal(err)
	}

	reporters := make([]*ecdsa.PrivateKey, 3)
	addrs := make([]string, len(reporters))
	for i := range reporters {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		reporters[i], addrs[i] = k, crypto.PubkeyToAddress(k.PublicKey).Hex()
	}

	// Refused before anything is sent: the operator and the reporters'
	// gateway are not oracle admins; malformed or impossible requests.
	for _, tc := range []struct {
		name, method, path, key string
		body                    any
		status                  int
		typ, detail             string
	}{
		{"operator adds a reporter to its own asset", "POST", "/v1/assets/1/reporters", opKey, map[string]any{"address": addrs[0]}, 403, ProblemForbidden, "role operator"},
		{"operator sets its quorum", "PUT", "/v1/assets/1/quorum", opKey, map[string]any{"quorum": 2}, 403, ProblemForbidden, "role operator"},
		{"operator removes a reporter", "DELETE", "/v1/assets/1/reporters/" + addrs[0], opKey, nil, 403, ProblemForbidden, "role operator"},
		{"operator sets the report window", "PUT", "/v1/oracle/report-window", opKey, map[string]any{"max_report_age_seconds": 3600}, 403, ProblemForbidden, "role operator"},
		{"gateway adds a reporter", "POST", "/v1/assets/1/reporters", gwKey, map[string]any{"address": addrs[0]}, 403, ProblemForbidden, "role oracle"},
		{"no key", "POST", "/v1/assets/1/reporters", "", map[string]any{"address": addrs[0]}, 401, ProblemUnauthorized, ""},
		{"not an address", "POST", "/v1/assets/1/reporters", oaKey, map[string]any{"address": "0x12"}, 400, ProblemValidation, "not a 0x-hex address"},
		{"zero address", "POST", "/v1/assets/1/reporters", oaKey, map[string]any{"address": common.Address{}.Hex()}, 400, ProblemValidation, "zero address"},
		{"no address", "POST", "/v1/assets/1/reporters", oaKey, map[string]any{}, 400, ProblemValidation, "address"},
		{"unknown asset", "POST", "/v1/assets/9/reporters", oaKey, map[string]any{"address": addrs[0]}, 404, ProblemNotFound, "asset 9"},
		{"the operator as its own reporter", "POST", "/v1/assets/1/reporters", oaKey, map[string]any{"address": opAddr}, 409, ProblemConflict, "operator of asset 1"},
		{"quorum 1, below the floor", "PUT", "/v1/assets/1/quorum", oaKey, map[string]any{"quorum": 1}, 400, ProblemValidation, "below the oracle's floor of 2"},
		{"quorum above the reporters", "PUT", "/v1/assets/1/quorum", oaKey, map[string]any{"quorum": 2}, 400, ProblemValidation, "more than the 0 registered reporters"},
		{"quorum 17", "PUT", "/v1/assets/1/quorum", oaKey, map[string]any{"quorum": 17}, 400, ProblemValidation, "between 1 and 16"},
		{"removing a stranger", "DELETE", "/v1/assets/1/reporters/" + addrs[0], oaKey, nil, 404, ProblemNotFound, "not a reporter of asset 1"},
		{"report window past the market's", "PUT", "/v1/oracle/report-window", oaKey, map[string]any{"max_report_age_seconds": 7201}, 400, ProblemValidation, "SLA report window of 7200 s"},
		{"report window zero", "PUT", "/v1/oracle/report-window", oaKey, map[string]any{"max_report_age_seconds": 0}, 400, ProblemValidation, "max_report_age_seconds"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.t = t
			defer func() { e.t = nil }()
			before := head(t, e)
			p := e.problem(tc.status, tc.typ, tc.method, tc.path, tc.key, tc.body)
			if !strings.Contains(p.Detail, tc.detail) {
				t.Errorf("detail %q does not say %q", p.Detail, tc.detail)
			}
			if after := head(t, e); after != before {
				t.Errorf("a refused request sealed %d blocks", after-before)
			}
		})
	}
	e.t = t

	// Registration.
	for _, a := range addrs {
		r := e.must(201, "POST", "/v1/assets/1/reporters", oaKey, map[string]any{"address": a})
		if r["asset_id"] != "1" || r["reporter"] != a || r["added_by"] != oaAddr || r["tx_hash"] == nil {
			t.Fatalf("add reporter: %v", r)
		}
	}
	e.problem(409, ProblemConflict, "POST", "/v1/assets/1/reporters", oaKey, map[string]any{"address": addrs[0]})
	before := head(t, e)
	if p := e.problem(400, ProblemValidation, "PUT", "/v1/assets/1/quorum", oaKey, map[string]any{"quorum": 1}); !strings.Contains(p.Detail, "nothing was sent") {
		t.Errorf("quorum under the floor: %q", p.Detail)
	}
	if after := head(t, e); after != before {
		t.Errorf("a quorum under the floor sealed %d blocks", after-before)
	}
	q := e.do("PUT", "/v1/assets/1/quorum", oaKey, map[string]any{"quorum": 2}, "Idempotency-Key", "quorum-1")
	again := e.do("PUT", "/v1/assets/1/quorum", oaKey, map[string]any{"quorum": 2}, "Idempotency-Key", "quorum-1")
	if q.status != 200 || q.json["quorum"] != float64(2) || q.json["previous_quorum"] != float64(0) || q.json["set_by"] != oaAddr ||
		again.status != 200 || string(again.body) != string(q.body) || again.header.Get("Idempotency-Replayed") != "true" {
		t.Fatalf("set quorum: %d %s; retry %d %s", q.status, q.body, again.status, again.body)
	}
	if n, _ := e.svc.Telemetry.Quorum(ctx, 1); n != 2 {
		t.Fatalf("quorum on chain %d", n)
	}
	// A fourth reporter comes and goes; with quorum 3 of 3 none may leave.
	extra, _ := crypto.GenerateKey()
	extraAddr := crypto.PubkeyToAddress(extra.PublicKey).Hex()
	e.must(201, "POST", "/v1/assets/1/reporters", oaKey, map[string]any{"address": extraAddr})
	if r := e.must(200, "DELETE", "/v1/assets/1/reporters/"+extraAddr, oaKey, nil); r["removed_by"] != oaAddr || r["reporter"] != extraAddr {
		t.Fatalf("remove reporter: %v", r)
	}
	e.must(200, "PUT", "/v1/assets/1/quorum", oaKey, map[string]any{"quorum": 3})
	if p := e.problem(409, ProblemConflict, "DELETE", "/v1/assets/1/reporters/"+addrs[2], oaKey, nil); !strings.Contains(p.Detail, "fewer than the 3 a report needs") {
		t.Errorf("removal below the quorum: %q", p.Detail)
	}
	e.must(200, "PUT", "/v1/assets/1/quorum", oaKey, map[string]any{"quorum": 2})
	// The admin, whose key holds the role from deployment, may too.
	w := e.must(200, "PUT", "/v1/oracle/report-window", e.admin, map[string]any{"max_report_age_seconds": 3600})
	if w["max_report_age_seconds"] != float64(3600) || w["previous_max_report_age_seconds"] != float64(7200) {
		t.Fatalf("report window: %v", w)
	}
	e.must(200, "PUT", "/v1/oracle/report-window", oaKey, map[string]any{"max_report_age_seconds": 7200})

	// Two hours on: the epochs since tokenization are missing.
	if err := e.svc.Chain.(*chain.Embedded).AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	waitMirror(t, e)
	o := e.must(200, "GET", "/v1/assets/1/oracle", "", nil)
	if fmt.Sprint(o["reporters"]) != fmt.Sprint(anySlice(addrs)) || o["quorum"] != float64(2) || o["min_quorum"] != float64(2) ||
		o["operator"] != opAddr || o["max_report_age_seconds"] != float64(7200) || o["reported"] != float64(0) {
		t.Fatalf("oracle of asset 1: %v", o)
	}
	missing := o["missing"].([]any)
	if len(missing) < 2 || len(o["epochs"].([]any)) != len(missing) {
		t.Fatalf("missing epochs two hours after tokenization: %v", o)
	}
	sched, err := e.svc.Telemetry.Schedule(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h, err := e.svc.Chain.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	epoch := sched.At(time.Unix(int64(h.Time), 0)) - 1 // the last ended
	if !slices.Contains(missing, any(float64(epoch))) {
		t.Fatalf("epoch %d is not listed missing: %v", epoch, missing)
	}
	last := o["epochs"].([]any)[len(missing)-1].(map[string]any)
	if last["reported"] != false || last["reportable"] != true || last["reportable_until"] == nil {
		t.Errorf("a missing epoch in its window: %v", last)
	}

	// Two of the three reporters sign the epoch; the gateway forwards it.
	obs := contracts.Observation{UtilisationBps: 7000, AvailabilityBps: 10000, EnergyWh: 5000, AvgPowerW: 5000}
	domain := e.svc.Telemetry.Domain(e.svc.Chain.ChainID())
	var signed []map[string]any
	for _, k := range reporters[:2] {
		sig, err := crypto.Sign(domain.Digest(1, epoch, obs).Bytes(), k)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		signed = append(signed, map[string]any{"utilisation_bps": obs.UtilisationBps, "availability_bps": obs.AvailabilityBps,
			"energy_wh": obs.EnergyWh, "avg_power_w": obs.AvgPowerW, "signature": hexutil.Encode(sig)})
	}
	e.must(201, "POST", "/v1/oracle/reports", gwKey, map[string]any{"asset_id": "1", "epoch": epoch, "observations": signed})
	o = e.must(200, "GET", "/v1/assets/1/oracle", "", nil)
	if slices.Contains(o["missing"].([]any), any(float64(epoch))) || o["reported"] != float64(1) {
		t.Fatalf("epoch %d still missing after its report: %v", epoch, o)
	}
	for _, raw := range o["epochs"].([]any) {
		ep := raw.(map[string]any)
		if ep["epoch"] != float64(epoch) {
			continue
		}
		if ep["reported"] != true || fmt.Sprint(ep["reporters"]) != fmt.Sprint(anySlice(addrs[:2])) || ep["tx_hash"] == nil {
			t.Errorf("reported epoch: %v", ep)
		}
	}
	// A range in time: just that epoch.
	from, to := sched.Start(epoch).Format(time.RFC3339), sched.End(epoch).Format(time.RFC3339)
	one := e.must(200, "GET", "/v1/assets/1/oracle?from="+from+"&to="+to, "", nil)
	if eps := one["epochs"].([]any); len(eps) != 1 || eps[0].(map[string]any)["reported"] != true || len(one["missing"].([]any)) != 0 {
		t.Errorf("oracle of one epoch: %v", one)
	}
	e.problem(400, ProblemValidation, "GET", "/v1/assets/1/oracle?from="+from, "", nil)
	e.problem(404, ProblemNotFound, "GET", "/v1/assets/9/oracle", "", nil)
}

func head(t testing.TB, e *apiEnv) uint64 {
	t.Helper()
	n, err := e.svc.Chain.Client().BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// waitMirror waits for the mirror to reach the chain's head.
func waitMirror(t testing.TB, e *apiEnv) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := e.svc.WaitMirror(ctx, head(t, e)); err != nil {
		t.Fatal(err)
	}
}

func anySlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
