package audit_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/api"
	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/internal/servicetest"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
)

// serve runs the API of svc on a loopback port and returns its URL.
func serve(t *testing.T, svc *service.Service) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := api.New(svc, nil)
	go srv.Serve(l)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	return "http://" + l.Addr().String()
}

func account(t testing.TB, ctx context.Context, svc *service.Service, tokens string) *chain.Transactor {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := svc.Admin.SendAndWait(ctx, &addr, nil, big.NewInt(params.Ether)); err != nil {
		t.Fatal(err)
	}
	if tokens != "" {
		if _, err := svc.Token.Mint(ctx, svc.Admin, addr, money.MustParse(tokens)); err != nil {
			t.Fatal(err)
		}
	}
	return chain.NewTransactor(svc.Chain.Client(), svc.Chain.ChainID(), key, chain.WithErrorDecoder(svc.Decoder))
}

// workload tokenizes two assets, sells shares, and runs random leases with
// settles, top-ups and closes, moving chain time with advance (nil: wait
// for real time to pass, as on geth --dev).
func workload(t *testing.T, ctx context.Context, svc *service.Service, leases int, advance func(time.Duration) error) {
	t.Helper()
	rng := rand.New(rand.NewPCG(8, 8))
	op := account(t, ctx, svc, "")
	if _, err := svc.Assets.GrantOperator(ctx, svc.Admin, op.Address()); err != nil {
		t.Fatal(err)
	}
	holder := account(t, ctx, svc, "")
	var listings []contracts.Listing
	for i := 0; i < 2; i++ {
		spec := contracts.AssetSpec{
			GPUModel: "H100-SXM5-80GB", GPUCount: 8, RatedPowerW: 10200, Location: "US-TX-1",
			CommissionedAt: time.Now().Add(-24 * time.Hour).UTC(), BookValue: money.MustParse("280000"),
			UsefulLifeMonths: 48, Shares: contracts.NewShares(big.NewInt(1_000_000)), OperatorFeeBps: 1500, ReserveBps: 500,
		}
		a, _, err := svc.Assets.Tokenize(ctx, op, spec)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Assets.Transfer(ctx, op, holder.Address(), a.ID, contracts.NewShares(big.NewInt(300_000))); err != nil {
			t.Fatal(err)
		}
		l, _, err := svc.Market.CreateListing(ctx, op, a.ID, contracts.ListingSpec{GPUs: 8,
			PricePerGPUHour: money.MustParse("1.777777"), MinHours: 1, MaxHours: 24, SLAAvailabilityBps: 9900, CreditBps: 1000})
		if err != nil {
			t.Fatal(err)
		}
		listings = append(listings, l)
	}
	renter := account(t, ctx, svc, "100000")
	var open []uint64
	for i := 0; i < leases; i++ {
		lst := listings[rng.IntN(len(listings))]
		l, _, err := svc.Market.OpenLease(ctx, renter, contracts.LeaseRequest{ListingID: lst.ID, GPUs: 1, Hours: 1,
			Deposit: money.MustParse("1.777777")}, expiredOf(t, ctx, svc, lst.AssetID, open)...)
		if err != nil {
			t.Fatalf("lease %d: %v", i, err)
		}
		open = append(open, l.ID)
		if advance != nil {
			if err := advance(time.Duration(rng.IntN(1800)) * time.Second); err != nil {
				t.Fatal(err)
			}
		}
		id := open[rng.IntN(len(open))]
		switch rng.IntN(3) {
		case 0:
			if _, _, err := svc.Market.Settle(ctx, renter, id); err != nil {
				t.Fatal(err)
			}
		case 1:
			if ls, _ := svc.Market.Lease(ctx, id); ls.Status == contracts.LeaseActive {
				if _, _, err := svc.Market.Close(ctx, renter, id); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if advance != nil {
		if err := advance(3 * time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := svc.Market.SettleMany(ctx, renter, open...); err != nil {
		t.Fatal(err)
	}
	if _, _, err := svc.Revenue.Claim(ctx, holder, 1, 2); err != nil {
		t.Fatal(err)
	}
}

// expiredOf picks the leases whose term is over and that still hold GPUs.
func expiredOf(t *testing.T, ctx context.Context, svc *service.Service, assetID uint64, ids []uint64) []uint64 {
	head, err := svc.Chain.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []uint64
	for _, id := range ids {
		l, _ := svc.Market.Lease(ctx, id)
		if l.AssetID == assetID && !l.Retired && l.End.Unix() <= int64(head.Time) {
			out = append(out, id)
		}
	}
	return out
}

// openService opens a service that settles by time alone (no telemetry in
// these workloads) in a fresh data dir.
func openService(t testing.TB, cfg service.Config) (*service.Service, *chain.Embedded) {
	t.Helper()
	svc := servicetest.Open(t, t.TempDir(), cfg)
	return svc, svc.Chain.(*chain.Embedded)
}

// TestAuditAgreesWithService runs a random workload on the embedded chain
// and audits it through the chain's JSON-RPC port, as an outside auditor
// would: every figure matches the service's to the unit and every balance
// matches the money events.
func TestAuditAgreesWithService(t *testing.T) {
	ctx := context.Background()
	svc, emb := openService(t, service.Config{ChainRPCAddr: "127.0.0.1:0"})
	base := serve(t, svc)
	workload(t, ctx, svc, 40, emb.AdjustTime)

	remote, err := chain.Dial(ctx, emb.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	res, err := audit.Run(ctx, remote.Client(), svc.Manifest, audit.Options{Against: base, Step: 50})
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK || len(res.Reports) != 2 || len(res.Checks) < 40 {
		t.Fatalf("audit: ok=%v, %d reports, %d checks: %+v", res.OK, len(res.Reports), len(res.Checks), res.Checks)
	}
	if res.Reports[0].GrossRevenue.Value == "0.00" || len(res.Reports[0].GrossRevenue.Evidence) == 0 {
		t.Fatalf("no revenue audited: %+v", res.Reports[0])
	}
	t.Logf("audited %d checks: fetch %s, compute %s", len(res.Checks), res.FetchTime, res.ComputeTime)
}

// TestAuditGethDev runs a smaller workload on a real `geth --dev` (make
// devnode) and audits it.
func TestAuditGethDev(t *testing.T) {
	url := os.Getenv("GPULEDGER_GETH_URL")
	if url == "" {
		t.Skip("GPULEDGER_GETH_URL unset: start one with `make devnode`")
	}
	ctx := context.Background()
	svc, err := service.Open(ctx, service.Config{DataDir: t.TempDir(), RPCURL: url})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	if _, err := svc.Market.SetAvailabilityOracle(ctx, svc.Admin, common.Address{}, 0); err != nil {
		t.Fatal(err)
	}
	base := serve(t, svc)
	workload(t, ctx, svc, 6, nil)
	res, err := audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{Against: base})
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK {
		t.Fatalf("audit against geth: %+v", res.Checks)
	}
}

// TestAuditCatchesCorruptMirror changes one journal entry in the service's
// bbolt file: the service then publishes a wrong figure, and the audit from
// chain logs reports exactly that difference.
func TestAuditCatchesCorruptMirror(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := service.Config{DataDir: dir, Sealing: chain.SealInstant}
	svc, err := service.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Market.SetAvailabilityOracle(ctx, svc.Admin, common.Address{}, 0); err != nil {
		t.Fatal(err)
	}
	workload(t, ctx, svc, 10, svc.Chain.(*chain.Embedded).AdjustTime)
	if err := svc.WaitMirror(ctx, mustHead(t, ctx, svc)); err != nil {
		t.Fatal(err)
	}
	svc.Close()

	// One unit more to the holders in the first revenue split.
	db, err := bolt.Open(filepath.Join(dir, ledger.FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("entries"))
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if bytes.Contains(v, []byte("revenue_split")) && bytes.Contains(v, []byte("holders:asset:")) {
				tampered := append([]byte{}, v...)
				tampered[len(tampered)-1] ^= 1 // the last digit of the last posting's amount
				return b.Put(k, tampered)
			}
		}
		return errors.New("no revenue split in the journal")
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	svc, err = service.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	res, err := audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{Against: serve(t, svc)})
	if err != nil {
		t.Fatal(err)
	}
	var diffs []audit.Check
	for _, c := range res.Checks {
		if !c.OK {
			diffs = append(diffs, c)
		}
	}
	if res.OK || len(diffs) == 0 {
		t.Fatal("the audit did not notice a corrupted mirror")
	}
	for _, d := range diffs {
		if !strings.Contains(d.Name, "holders_revenue") && !strings.Contains(d.Name, "revenue_per_share") &&
			!strings.Contains(d.Name, "annualised_yield") {
			t.Errorf("unexpected difference: %+v", d)
		}
	}
	t.Logf("audit found: %+v", diffs)
}

func mustHead(t *testing.T, ctx context.Context, svc *service.Service) uint64 {
	n, err := svc.Chain.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestAuditFollowsMovingMirror: the service's mirror moves on between the
// block the audit starts from and the service's answer (a lease lands while
// the audit runs), three times over. Each answer says its block, so the
// audit reads the blocks in between and audits again instead of reporting a
// difference that is only time.
func TestAuditFollowsMovingMirror(t *testing.T) {
	ctx := context.Background()
	svc, emb := openService(t, service.Config{})
	workload(t, ctx, svc, 4, emb.AdjustTime)
	before := mustHead(t, ctx, svc)
	if err := svc.WaitMirror(ctx, before); err != nil {
		t.Fatal(err)
	}

	// In front of the service (each lease is one transaction, paid by
	// EIP-3009 authorization): before each of its first three yield
	// answers, a new lease is opened (new money events on asset 1) and the
	// mirror indexes it.
	target, err := url.Parse(serve(t, svc))
	if err != nil {
		t.Fatal(err)
	}
	renter := account(t, ctx, svc, "10")
	var (
		mu    sync.Mutex
		moves = 3
	)
	proxy := httputil.NewSingleHostReverseProxy(target)
	front := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		move := strings.HasSuffix(r.URL.Path, "/yield") && moves > 0
		if move {
			moves--
		}
		mu.Unlock()
		if move {
			func() {
				// Not t.Fatal: this runs on the server's goroutine.
				l, r, err := svc.Market.OpenLease(ctx, renter, contracts.LeaseRequest{ListingID: 1, GPUs: 1, Hours: 1,
					Deposit: money.MustParse("1.777777")})
				if err != nil {
					t.Errorf("open lease mid-audit: %v", err)
					return
				}
				if err := svc.WaitMirror(ctx, r.BlockNumber.Uint64()); err != nil {
					t.Errorf("mirror: %v", err)
				}
				t.Logf("lease %d opened mid-audit", l.ID)
			}()
		}
		proxy.ServeHTTP(w, r)
	}))
	defer front.Close()

	res, err := audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{Against: front.URL})
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK {
		t.Fatalf("audit: %+v", res.Checks)
	}
	mu.Lock()
	defer mu.Unlock()
	if head := mustHead(t, ctx, svc); res.Block != head || head < before+3 || moves != 0 {
		t.Fatalf("audited block %d; head %d, was %d before the mid-audit leases; %d moves left", res.Block, head, before, moves)
	}
}
