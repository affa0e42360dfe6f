package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
)

// creditScenario funds the pool, opens two loans on pledged shares whose
// revenue comes from a real lease, and borrows on both; the shares' revenue
// of a second lease then repays part of one loan. Time moves on so that
// interest is pending.
func creditScenario(t *testing.T, ctx context.Context, svc *service.Service, advance func(time.Duration) error) {
	t.Helper()
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must3 := func(_, _ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	step := func(d time.Duration) {
		t.Helper()
		if err := advance(d); err != nil {
			t.Fatal(err)
		}
	}
	// No oracle: settlements release rent at once.
	must(svc.Market.SetAvailabilityOracle(ctx, svc.Admin, common.Address{}, 0))
	op := account(t, ctx, svc, "")
	must(svc.Assets.GrantOperator(ctx, svc.Admin, op.Address()))
	renter := account(t, ctx, svc, "100000")
	lender := account(t, ctx, svc, "100000")
	must3(svc.Pool.Deposit(ctx, lender, money.MustParse("60000")))
	a, _, err := svc.Assets.Tokenize(ctx, op, contracts.AssetSpec{
		GPUModel: "H100-SXM5-80GB", GPUCount: 8, RatedPowerW: 10200, Location: "US-TX-1",
		CommissionedAt: time.Now().Add(-24 * time.Hour).UTC(), BookValue: money.MustParse("280000"),
		UsefulLifeMonths: 48, Shares: contracts.NewShares(big.NewInt(1_000_000)), OperatorFeeBps: 1500, ReserveBps: 500,
	})
	if err != nil {
		t.Fatal(err)
	}
	lst, _, err := svc.Market.CreateListing(ctx, op, a.ID, contracts.ListingSpec{GPUs: 8,
		PricePerGPUHour: money.MustParse("2.00"), MinHours: 1, MaxHours: 720})
	if err != nil {
		t.Fatal(err)
	}
	var loans []uint64
	var borrowers []contracts.Sender
	for range 2 {
		b := account(t, ctx, svc, "10")
		must(svc.Assets.Transfer(ctx, op, b.Address(), a.ID, contracts.NewShares(big.NewInt(100_000))))
		id, _, err := svc.Vault.Pledge(ctx, b, a.ID, contracts.NewShares(big.NewInt(100_000)))
		if err != nil {
			t.Fatal(err)
		}
		loans, borrowers = append(loans, id), append(borrowers, b)
	}
	lease := func(hours uint32, expired ...uint64) uint64 {
		t.Helper()
		l, _, err := svc.Market.OpenLease(ctx, renter, contracts.LeaseRequest{ListingID: lst.ID, GPUs: 8, Hours: hours,
			Deposit: money.MustFromUnits(big.NewInt(int64(hours) * 16_000_000))}, expired...)
		if err != nil {
			t.Fatal(err)
		}
		return l.ID
	}
	first := lease(240)
	step(240*time.Hour + time.Second)
	must3(svc.Market.Settle(ctx, renter, first))
	step(20 * 24 * time.Hour)
	for i, id := range loans {
		must3(svc.Vault.Borrow(ctx, borrowers[i], id, money.MustParse("4000")))
	}
	second := lease(24, first)
	step(24*time.Hour + time.Second)
	must3(svc.Market.Settle(ctx, renter, second))
	must3(svc.Vault.Sweep(ctx, renter, a.ID))
	must(svc.Vault.Settle(ctx, renter, loans[0]))
	step(3 * time.Hour)
	must(svc.Token.Mint(ctx, svc.Admin, renter.Address(), money.MustParse("1"))) // a block at the new time
}

// TestAuditCreditAgainstService: the audit recomputes the pool and every
// loan from chain logs, agrees with the chain's views and with what the
// service publishes (GET /v1/pool, /v1/loans/:id), also when the service
// answers at a later block than the audit's (a lender deposits while the
// audit runs); and a service answer with one loan's debt a unit off is a
// failed check naming that figure.
func TestAuditCreditAgainstService(t *testing.T) {
	ctx := context.Background()
	svc, emb := openService(t, service.Config{})
	creditScenario(t, ctx, svc, emb.AdjustTime)
	if err := svc.WaitMirror(ctx, mustHead(t, ctx, svc)); err != nil {
		t.Fatal(err)
	}
	target, err := url.Parse(serve(t, svc))
	if err != nil {
		t.Fatal(err)
	}
	lender := account(t, ctx, svc, "1000")
	var (
		mu       sync.Mutex
		moved    bool   // a deposit landed before the service's pool answer
		tampered string // a loan path whose debt the proxy raises by a unit
	)
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ModifyResponse = func(r *http.Response) error {
		mu.Lock()
		path := tampered
		mu.Unlock()
		if path == "" || r.Request.URL.Path != path {
			return nil
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return err
		}
		var v map[string]any
		if err := json.Unmarshal(body, &v); err != nil {
			return err
		}
		d := money.MustParse(v["debt"].(string))
		v["debt"] = d.Add(money.MustFromUnits(big.NewInt(1))).String()
		body, _ = json.Marshal(v)
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		r.Header.Set("Content-Length", strconv.Itoa(len(body)))
		return nil
	}
	front := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		move := r.URL.Path == "/v1/pool" && !moved
		moved = moved || move
		mu.Unlock()
		if move {
			// Not t.Fatal: this runs on the server's goroutine.
			if _, _, err := svc.Pool.Deposit(ctx, lender, money.MustParse("500")); err != nil {
				t.Errorf("deposit mid-audit: %v", err)
			}
		}
		proxy.ServeHTTP(w, r)
	}))
	defer front.Close()

	res, err := audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{Against: front.URL})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Failed() {
		t.Errorf("audit: %s: expected %s, got %s", c.Name, c.Expected, c.Actual)
	}
	if res.Credit == nil || len(res.Credit.Loans) != 2 || !moved {
		t.Fatalf("credit report %+v (moved: %v)", res.Credit, moved)
	}
	service := 0
	for _, c := range res.Checks {
		if strings.HasSuffix(c.Name, "(service)") && (strings.HasPrefix(c.Name, "loan ") || strings.HasPrefix(c.Name, "pool ")) {
			service++
		}
	}
	if service < 2*10+8 {
		t.Errorf("%d credit figures compared with the service", service)
	}
	for _, l := range res.Credit.Loans {
		if l.Debt == "0.00" || l.CollateralValue == "0.00" || l.Health == "" {
			t.Errorf("loan %d: %+v", l.ID, l)
		}
		t.Logf("loan %d: debt %s, pending %s, value %s, limit %s, health %s (%d logs)", l.ID, l.Debt, l.PendingRevenue,
			l.CollateralValue, l.LiquidationLimit, l.Health, len(l.Evidence))
	}
	t.Logf("pool: %+v", res.Credit.Pool)

	mu.Lock()
	tampered = "/v1/loans/" + strconv.FormatUint(res.Credit.Loans[1].ID, 10)
	mu.Unlock()
	res, err = audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{Against: front.URL})
	if err != nil {
		t.Fatal(err)
	}
	failed := res.Failed()
	if len(failed) != 1 || failed[0].Name != "loan 2 debt (service)" {
		t.Fatalf("a service answer a unit off: failed %+v", failed)
	}
	t.Logf("caught: %+v", failed[0])
}
