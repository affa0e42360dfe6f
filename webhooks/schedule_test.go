package webhooks

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// plainMirror hides the fake's change feed: a dispatcher over it reads
// every watched lease at every pass, as before the feed.
type plainMirror struct{ Mirror }

// openLeases sets n leases of renter A, 10 hours from t0; lease i
// prepays i hours, so their runways cross thresholds at different times.
func openLeases(w *fakeWorld, n int) {
	for i := 1; i <= n; i++ {
		l := lease1()
		l.ID = uint64(i)
		l.Deposit = money.MustParse(strconv.Itoa(2 * (i%10 + 1)))
		l.Escrow = l.Deposit
		w.setLease(l)
	}
}

// TestIdlePassReadsNoLease: with no endpoint, once a pass has caught up,
// passes over an idle mirror read no lease however many are open and
// however far time moves; a change reads only the lease changed.
func TestIdlePassReadsNoLease(t *testing.T) {
	e := newEnv(t, Config{})
	e.world.mine(time.Minute, "a")
	openLeases(e.world, 200)
	e.world.mine(time.Minute, "a")
	if r := e.pass(); r.Leases != 200 {
		t.Fatalf("first pass read %d leases, want 200 (catching up)", r.Leases)
	}
	before := e.world.leaseReads()
	for range 5 {
		e.world.mine(time.Hour, "a")
		if r := e.pass(); r.Leases != 0 {
			t.Fatalf("idle pass: %+v", r)
		}
	}
	if n := e.world.leaseReads() - before; n != 0 {
		t.Fatalf("idle passes read %d leases, want 0", n)
	}
	l := lease1()
	l.ID, l.Status, l.CloseReason = 7, contracts.LeaseEnded, contracts.ReasonExpired
	e.world.setLease(l)
	e.world.mine(time.Minute, "a")
	before = e.world.leaseReads()
	if r := e.pass(); r.Leases != 1 || r.Events != 2 { // ended, owing
		t.Fatalf("pass after lease 7 ended: %+v, want it alone read and reported", r)
	}
	if n := e.world.leaseReads() - before; n != 1 {
		t.Fatalf("read %d leases, want 1", n)
	}
}

// TestFollowMatchesFullReads drives one world through two dispatchers,
// one following the change feed and schedule, one reading every lease at
// every pass (the behaviour before), with the same endpoints: every pass
// derives the same events and top-ups, while the follower reads only
// changed leases and those whose threshold is due.
func TestFollowMatchesFullReads(t *testing.T) {
	e := newEnv(t, Config{TopUp: &fakeTopUp{}})
	full, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer full.Close()
	fd := New(full, plainMirror{e.world}, e.world, e.cfg)
	sub := Subscription{URL: "http://127.0.0.1:1/hook", Events: []EventType{EventRunwayLow, EventEnded, EventOverdrawn},
		RunwayBelowHours: 2, AutoTopUp: &AutoTopUp{BelowHours: 1, Amount: money.MustParse("1")}}
	for _, st := range []*Store{e.store, full} {
		if _, err := st.Register(accounts.Principal{Address: renterA, Role: accounts.RoleRenter}, sub, time.Now(), ""); err != nil {
			t.Fatal(err)
		}
	}
	const n = 100
	e.world.mine(time.Minute, "a")
	openLeases(e.world, n)
	step := func(what string) (followed PassResult) {
		t.Helper()
		followed = e.pass()
		whole, err := fd.Pass(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if followed.Events != whole.Events || followed.Actions != whole.Actions || followed.Deliveries != whole.Deliveries {
			t.Fatalf("%s: followed %+v, full reads %+v", what, followed, whole)
		}
		return followed
	}
	step("open")
	read, events := 0, 0
	for i := range 11 * 12 { // 11 hours, 5 minutes a block
		e.world.mine(5*time.Minute, "a")
		if i == 30 { // a top-up of lease 3 and the end of lease 4 (its End left
			// in the future: it still accrues, and ends owing at 5 h)
			l, _ := e.world.Lease(3)
			l.Deposit, l.Escrow = l.Deposit.Add(money.MustParse("4")), l.Escrow.Add(money.MustParse("4"))
			e.world.setLease(l)
			l, _ = e.world.Lease(4)
			l.Status, l.CloseReason = contracts.LeaseEnded, contracts.ReasonClosedByRenter
			e.world.setLease(l)
		}
		r := step("block")
		read += r.Leases
		events += r.Events
	}
	if events < n {
		t.Fatalf("%d events, want at least one per lease", events)
	}
	// Each lease crosses two thresholds and its term's end once: the
	// follower reads each a few times, not once per block (132 blocks).
	if read > 6*n {
		t.Errorf("the follower read %d leases over 132 passes of %d open leases", read, n)
	}
	t.Logf("follower read %d leases; full reads %d", read, 132*n)
}
