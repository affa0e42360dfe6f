package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

// fakeWorld is a chain and its mirror in memory: blocks with times on a
// branch (a reorg replaces the top ones), and the mirror's entities.
type fakeWorld struct {
	mu       sync.Mutex
	headers  []*types.Header // by number; [0] is genesis
	leases   map[uint64]contracts.Lease
	assets   map[uint64]contracts.Asset
	credits  map[uint64][]ledger.SLACredit
	holdings map[common.Address][]ledger.Holding

	// The change feed: the head's number when each lease was last set,
	// and the leases set after LeasesChanged reported the head already
	// (a test may change the fake mirror without a block; the ledger
	// never does). reads counts Lease calls.
	changedAt map[uint64]uint64
	late      map[uint64]bool
	reported  uint64
	reads     int
}

var t0 = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

func newWorld() *fakeWorld {
	w := &fakeWorld{leases: map[uint64]contracts.Lease{}, assets: map[uint64]contracts.Asset{},
		credits: map[uint64][]ledger.SLACredit{}, holdings: map[common.Address][]ledger.Holding{},
		changedAt: map[uint64]uint64{}, late: map[uint64]bool{}}
	w.headers = []*types.Header{{Number: big.NewInt(0), Time: uint64(t0.Unix())}}
	return w
}

// mine adds a block d after the head on branch.
func (w *fakeWorld) mine(d time.Duration, branch string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	last := w.headers[len(w.headers)-1]
	w.headers = append(w.headers, &types.Header{Number: big.NewInt(int64(len(w.headers))), ParentHash: last.Hash(),
		Time: last.Time + uint64(d/time.Second), Extra: []byte(branch)})
}

// reorg drops the blocks above n.
func (w *fakeWorld) reorg(n int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.headers = w.headers[:n+1]
}

func (w *fakeWorld) head() *types.Header {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.headers[len(w.headers)-1]
}

func (w *fakeWorld) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if n == nil {
		return w.headers[len(w.headers)-1], nil
	}
	if n.Uint64() >= uint64(len(w.headers)) {
		return nil, ethereum.NotFound
	}
	return w.headers[n.Uint64()], nil
}

// The mirror: always at the head.
func (w *fakeWorld) Cursor() (ledger.BlockRef, bool, error) {
	h := w.head()
	return ledger.BlockRef{Number: h.Number.Uint64(), Hash: h.Hash()}, true, nil
}

func (w *fakeWorld) Lease(id uint64) (contracts.Lease, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.reads++
	l, ok := w.leases[id]
	if !ok {
		return l, ledger.ErrNotFound
	}
	return l, nil
}

func (w *fakeWorld) Asset(id uint64) (contracts.Asset, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	a, ok := w.assets[id]
	if !ok {
		return a, ledger.ErrNotFound
	}
	return a, nil
}

func (w *fakeWorld) SLACredits(leaseID uint64, _ ledger.PageRequest) (ledger.Page[ledger.SLACredit], error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return ledger.Page[ledger.SLACredit]{Items: append([]ledger.SLACredit{}, w.credits[leaseID]...)}, nil
}

func (w *fakeWorld) Holdings(holder common.Address, _ ledger.PageRequest) (ledger.Page[ledger.Holding], error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return ledger.Page[ledger.Holding]{Items: append([]ledger.Holding{}, w.holdings[holder]...)}, nil
}

func (w *fakeWorld) setLease(l contracts.Lease) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.leases[l.ID] = l
	head := uint64(len(w.headers) - 1)
	w.changedAt[l.ID] = head
	if w.reported == head {
		w.late[l.ID] = true
	}
}

// LeasesChanged is the ledger's change feed (ledger.Store.LeasesChanged).
func (w *fakeWorld) LeasesChanged(since ledger.BlockRef) ([]uint64, ledger.BlockRef, bool, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	h := w.headers[len(w.headers)-1]
	cur := ledger.BlockRef{Number: h.Number.Uint64(), Hash: h.Hash()}
	if since.Number > cur.Number || w.headers[since.Number].Hash() != since.Hash {
		return nil, cur, false, nil
	}
	var ids []uint64
	for id, at := range w.changedAt {
		if at > since.Number || w.late[id] {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	clear(w.late)
	w.reported = cur.Number
	return ids, cur, true, nil
}

// leaseReads returns how many times the dispatcher read a lease.
func (w *fakeWorld) leaseReads() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.reads
}

var (
	operatorA = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	operatorB = common.HexToAddress("0x00000000000000000000000000000000000000b1")
	renterA   = common.HexToAddress("0x00000000000000000000000000000000000000a2")
	renterB   = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	holderA   = common.HexToAddress("0x00000000000000000000000000000000000000a3")
)

// lease1 is renter A's lease of 2 GPUs at 1.00 on operator A's asset 1,
// 10 hours from t0 with 5 hours prepaid.
func lease1() contracts.Lease {
	return contracts.Lease{ID: 1, ListingID: 1, AssetID: 1, Renter: renterA, GPUs: 2, PricePerGPUHour: money.MustParse("1"),
		Start: t0, End: t0.Add(10 * time.Hour), SettledUntil: t0, Deposit: money.MustParse("10"), Escrow: money.MustParse("10"),
		Status: contracts.LeaseActive}
}

// receiver is a webhook receiver on loopback that checks every
// delivery's signature and answers what fail says (200 when it says 0).
type receiver struct {
	*httptest.Server
	t      *testing.T
	mu     sync.Mutex
	secret string
	fail   func(n int, ev Event) int // status for the n-th request (from 1)
	n      int
	got    []Event // deliveries answered 2xx, in order
	bad    int     // deliveries with a bad signature
	seen   []Event // every request
}

func newReceiver(t *testing.T) *receiver {
	r := &receiver{t: t}
	r.Server = httptest.NewServer(http.HandlerFunc(r.serve))
	t.Cleanup(r.Close)
	return r
}

func (r *receiver) serve(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.n++
	if err := Verify(r.secret, req.Header.Get(SignatureHeader), body, 0, time.Now()); err != nil {
		r.bad++
		r.t.Errorf("delivery %d: %v", r.n, err)
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil || ev.ID == "" || ev.ID != req.Header.Get(EventIDHeader) {
		r.t.Errorf("delivery %d: body %s", r.n, body)
	}
	r.seen = append(r.seen, ev)
	status := 200
	if r.fail != nil {
		if s := r.fail(r.n, ev); s != 0 {
			status = s
		}
	}
	if status < 300 {
		r.got = append(r.got, ev)
	}
	w.WriteHeader(status)
}

func (r *receiver) events() []Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Event{}, r.got...)
}

// env is a dispatcher over a fake world, on a store in a temp dir.
type env struct {
	t     *testing.T
	dir   string
	world *fakeWorld
	store *Store
	d     *Dispatcher
	cfg   Config
	clock *clock
}

// clock is a wall clock tests move.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func newEnv(t *testing.T, cfg Config) *env {
	e := &env{t: t, dir: t.TempDir(), world: newWorld(), clock: &clock{now: time.Now()}}
	e.world.assets[1] = contracts.Asset{ID: 1, Operator: operatorA}
	e.world.assets[2] = contracts.Asset{ID: 2, Operator: operatorB}
	if cfg.Backoff.Base == 0 {
		cfg.Backoff = Backoff{Base: time.Second, Max: time.Minute}
	}
	cfg.Now = e.clock.Now
	e.cfg = cfg
	e.open()
	t.Cleanup(func() { e.store.Close() })
	return e
}

// open opens the store and a dispatcher on it (again, after close).
func (e *env) open() {
	st, err := Open(e.dir)
	if err != nil {
		e.t.Fatal(err)
	}
	e.store = st
	e.d = New(st, e.world, e.world, e.cfg)
}

func (e *env) close() {
	if err := e.store.Close(); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) register(addr common.Address, role accounts.Role, sub Subscription) Endpoint {
	e.t.Helper()
	ep, err := e.store.Register(accounts.Principal{Address: addr, Role: role}, sub, time.Now(), "")
	if err != nil {
		e.t.Fatal(err)
	}
	return ep
}

func (e *env) pass() PassResult {
	e.t.Helper()
	r, err := e.d.Pass(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// deliver runs delivery rounds, moving the clock past each backoff, until
// the outbox is empty or rounds run out.
func (e *env) deliver(rounds int) {
	e.t.Helper()
	for range rounds {
		if _, err := e.d.DeliverDue(context.Background()); err != nil {
			e.t.Logf("deliver: %v", err)
		}
		if n, _ := e.store.Pending(); n == 0 {
			return
		}
		e.clock.add(2 * time.Minute)
	}
}
