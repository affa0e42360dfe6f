package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/service"
)

// TestAuditComparesEvidence audits a service whose /yield answers are
// tampered with on the way (a proxy in front of it) in one figure's
// evidence only, values untouched: each time the audit fails exactly that
// figure's evidence check and shows both sides, while against the honest
// service every evidence check passes.
func TestAuditComparesEvidence(t *testing.T) {
	ctx := context.Background()
	svc, emb := openService(t, service.Config{})
	base := serve(t, svc)
	workload(t, ctx, svc, 10, emb.AdjustTime)
	if err := svc.WaitMirror(ctx, mustHead(t, ctx, svc)); err != nil {
		t.Fatal(err)
	}

	honest, err := audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{Against: base})
	if err != nil {
		t.Fatal(err)
	}
	evidenceChecks := 0
	for _, c := range honest.Checks {
		if strings.HasSuffix(c.Name, " evidence (service)") {
			evidenceChecks++
		}
	}
	if !honest.OK || evidenceChecks == 0 {
		t.Fatalf("honest service: ok=%v, %d evidence checks, failed %+v", honest.OK, evidenceChecks, honest.Failed())
	}

	target, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	const forged = "0x00000000000000000000000000000000000000000000000000000000000bad00"
	for _, tc := range []struct {
		name   string
		figure string
		tamper func(ev []any) []any // of the figure's evidence in asset 1's answer
		shows  []string             // in the failed check's expected / actual
	}{
		{"tx hash of the tokenize log altered", "book_value_start", func(ev []any) []any {
			ev[0].(map[string]any)["tx_hash"] = forged
			return ev
		}, []string{"the service does not cite tx 0x", "the chain's logs do not give tx " + forged}},
		{"a lease log dropped", "gpu_hours_leased", func(ev []any) []any { return ev[1:] },
			[]string{"the service does not cite tx 0x"}},
		{"a settlement cited twice", "gross_revenue", func(ev []any) []any { return append(ev, ev[0]) },
			[]string{"an event is cited twice"}},
		{"block of a split moved", "holders_revenue", func(ev []any) []any {
			x := ev[0].(map[string]any)
			b, _ := x["block"].(json.Number).Int64()
			x["block"] = b + 1
			return ev
		}, []string{"(block "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			proxy := httputil.NewSingleHostReverseProxy(target)
			proxy.ModifyResponse = func(r *http.Response) error {
				if !strings.HasPrefix(r.Request.URL.Path, "/v1/assets/1/yield") {
					return nil
				}
				return rewriteEvidence(r, tc.figure, tc.tamper)
			}
			front := httptest.NewServer(proxy)
			defer front.Close()
			res, err := audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{Against: front.URL})
			if err != nil {
				t.Fatal(err)
			}
			failed := res.Failed()
			name := "asset 1 " + tc.figure + " evidence (service)"
			if res.OK || len(failed) != 1 || failed[0].Name != name {
				t.Fatalf("want only %q to fail; ok=%v, failed %+v", name, res.OK, failed)
			}
			both := failed[0].Expected + " | " + failed[0].Actual
			for _, want := range tc.shows {
				if !strings.Contains(both, want) {
					t.Errorf("check %q does not show %q", both, want)
				}
			}
			t.Logf("DIFF %s: expected %s; got %s", failed[0].Name, failed[0].Expected, failed[0].Actual)
		})
	}
}

// rewriteEvidence replaces the evidence of one figure of a /yield answer
// with tamper's result.
func rewriteEvidence(r *http.Response, figure string, tamper func([]any) []any) error {
	body, err := io.ReadAll(r.Body)
	r.Body.Close()
	if err != nil {
		return err
	}
	var answer map[string]any
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&answer); err != nil {
		return err
	}
	f := answer[figure].(map[string]any)
	f["evidence"] = tamper(f["evidence"].([]any))
	if body, err = json.Marshal(answer); err != nil {
		return err
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	r.Header.Set("Content-Length", strconv.Itoa(len(body)))
	return nil
}
