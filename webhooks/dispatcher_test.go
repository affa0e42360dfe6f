package webhooks

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

// countByType counts events by type and checks that no id came twice.
func countByType(t *testing.T, evs []Event) map[EventType]int {
	t.Helper()
	ids := map[string]bool{}
	out := map[EventType]int{}
	for _, ev := range evs {
		if ids[ev.ID] {
			t.Errorf("event %s (%s) delivered twice", ev.ID, ev.Type)
		}
		ids[ev.ID] = true
		out[ev.Type]++
	}
	return out
}

// TestLeaseEventsSignedRetriedOnce: a lease whose runway falls under the
// threshold, then goes overdrawn, then ends out of funds, gives its
// renter's endpoint lease.runway_low, lease.overdrawn and lease.ended,
// each delivered once with a valid signature after two 500s (each
// attempt recorded with its status); its operator's endpoint gets the
// events it asked for; another renter's and another operator's get
// nothing.
func TestLeaseEventsSignedRetriedOnce(t *testing.T) {
	e := newEnv(t, Config{})
	recvA, recvOp, recvOther := newReceiver(t), newReceiver(t), newReceiver(t)
	var mu sync.Mutex
	tries := map[string]int{}
	recvA.fail = func(_ int, ev Event) int {
		mu.Lock()
		defer mu.Unlock()
		if tries[ev.ID]++; tries[ev.ID] <= 2 {
			return 500
		}
		return 0
	}
	leaseEvents := []EventType{EventRunwayLow, EventOverdrawn, EventEnded, EventSLACredited}
	epA := e.register(renterA, accounts.RoleRenter, Subscription{URL: recvA.URL, Events: leaseEvents, RunwayBelowHours: 4})
	recvA.secret = epA.Secret
	epOp := e.register(operatorA, accounts.RoleOperator, Subscription{URL: recvOp.URL, Events: []EventType{EventEnded}})
	recvOp.secret = epOp.Secret
	for _, p := range []struct {
		addr common.Address
		role accounts.Role
	}{{renterB, accounts.RoleRenter}, {operatorB, accounts.RoleOperator}} {
		ep := e.register(p.addr, p.role, Subscription{URL: recvOther.URL, Events: leaseEvents, RunwayBelowHours: 9})
		recvOther.secret = ep.Secret // both answer 400 on a signature mismatch; neither may be called
	}

	e.world.mine(time.Minute, "a")
	e.world.setLease(lease1()) // 10.00 at 2.00 an hour: 5 hours of runway
	if r := e.pass(); r.Events != 0 || r.Leases != 1 {
		t.Fatalf("a lease with 5 h of runway: %+v", r)
	}
	e.world.mine(2*time.Hour, "a") // 3 hours left
	if r := e.pass(); r.Events != 1 || r.Deliveries != 1 {
		t.Fatalf("runway 3 h under 4: %+v", r)
	}
	if r := e.pass(); r.Events != 0 {
		t.Fatalf("the same runway again: %+v", r)
	}
	e.world.mine(4*time.Hour, "a")
	l := lease1()
	l.Status, l.Released, l.Escrow, l.SettledUntil = contracts.LeaseOverdrawn, money.MustParse("10"), money.Zero, t0.Add(5*time.Hour)
	e.world.setLease(l)
	e.pass()
	e.world.mine(time.Hour, "a")
	l.Status, l.CloseReason = contracts.LeaseEnded, contracts.ReasonOutOfFunds
	e.world.setLease(l)
	e.pass()
	e.deliver(10)

	got := countByType(t, recvA.events())
	if got[EventRunwayLow] != 1 || got[EventOverdrawn] != 1 || got[EventEnded] != 1 || len(got) != 3 {
		t.Errorf("renter's endpoint got %v, want one each of runway_low, overdrawn, ended", got)
	}
	if got := countByType(t, recvOp.events()); got[EventEnded] != 1 || len(got) != 1 {
		t.Errorf("operator's endpoint got %v, want one lease.ended", got)
	}
	if n := len(recvOther.seen); n != 0 {
		t.Errorf("another renter's and operator's endpoints got %d deliveries about lease 1", n)
	}
	dls, err := e.store.Deliveries(epA.ID, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(dls) != 3 {
		t.Fatalf("%d deliveries recorded, want 3", len(dls))
	}
	for _, d := range dls {
		codes := []int{}
		for _, a := range d.Attempts {
			codes = append(codes, a.StatusCode)
			if a.At.IsZero() {
				t.Errorf("delivery %d: an attempt without its time", d.ID)
			}
		}
		if d.Status != DeliveryDelivered || len(codes) != 3 || codes[0] != 500 || codes[1] != 500 || codes[2] != 200 ||
			d.Attempts[0].Error != "HTTP 500" {
			t.Errorf("delivery %d (%s): %s %v %+v", d.ID, d.EventType, d.Status, codes, d.Attempts)
		}
	}
	// The payloads: the ended lease with its reason and debt.
	for _, ev := range recvA.events() {
		var data LeaseData
		if err := json.Unmarshal(ev.Data, &data); err != nil {
			t.Fatal(err)
		}
		switch ev.Type {
		case EventEnded:
			if data.CloseReason != contracts.ReasonOutOfFunds || data.LeaseID != "1" || data.Debt.IsZero() {
				t.Errorf("lease.ended: %+v", data)
			}
		case EventRunwayLow:
			if data.RunwayHours != "2.98" || data.ThresholdHours != 4 { // 5 h prepaid, 2 h 1 min run
				t.Errorf("lease.runway_low: %+v", data)
			}
		}
	}
}

// TestRestartLosesNothing: deliveries queued while the receiver is down
// survive closing and reopening the store; a lease that went overdrawn
// and ended while the service was stopped is reported overdrawn, then
// ended, after the restart; each event arrives once.
func TestRestartLosesNothing(t *testing.T) {
	e := newEnv(t, Config{})
	recv := newReceiver(t)
	down := true
	var mu sync.Mutex
	recv.fail = func(int, Event) int {
		mu.Lock()
		defer mu.Unlock()
		if down {
			return 503
		}
		return 0
	}
	ep := e.register(renterA, accounts.RoleRenter, Subscription{URL: recv.URL,
		Events: []EventType{EventRunwayLow, EventOverdrawn, EventEnded}, RunwayBelowHours: 4})
	recv.secret = ep.Secret
	e.world.mine(time.Minute, "a")
	e.world.setLease(lease1())
	e.world.mine(2*time.Hour, "a")
	e.pass()
	e.deliver(1)
	if n, _ := e.store.Pending(); n != 1 {
		t.Fatalf("%d pending after a failed attempt, want 1", n)
	}

	e.close()
	// While stopped: the lease runs dry and is closed out of funds.
	e.world.mine(6*time.Hour, "a")
	l := lease1()
	l.Status, l.CloseReason, l.Released, l.Escrow = contracts.LeaseEnded, contracts.ReasonOutOfFunds, money.MustParse("10"), money.Zero
	l.SettledUntil = t0.Add(8 * time.Hour)
	e.world.setLease(l)
	e.open()
	mu.Lock()
	down = false
	mu.Unlock()
	e.pass()
	e.deliver(5)
	got := countByType(t, recv.events())
	if got[EventRunwayLow] != 1 || got[EventOverdrawn] != 1 || got[EventEnded] != 1 || len(got) != 3 {
		t.Errorf("after the restart: %v, want one each of runway_low, overdrawn, ended", got)
	}
	// Reopened again, nothing is sent twice.
	e.close()
	e.open()
	e.pass()
	e.deliver(2)
	if n := len(recv.events()); n != 3 {
		t.Errorf("a second restart delivered %d events, want the same 3", n)
	}
}

// TestReorgRetractsAndCancels: an event from a block the chain drops is
// cancelled if never attempted, retracted (event.retracted to the same
// endpoint) if attempted; what then happens on the new branch is reported
// under a new id.
func TestReorgRetractsAndCancels(t *testing.T) {
	e := newEnv(t, Config{})
	recv := newReceiver(t)
	ep := e.register(renterA, accounts.RoleRenter, Subscription{URL: recv.URL, Events: []EventType{EventOverdrawn, EventEnded}})
	recv.secret = ep.Secret
	e.world.mine(time.Minute, "a") // block 1
	e.world.setLease(lease1())
	e.pass()
	e.world.mine(6*time.Hour, "a") // block 2: overdrawn
	over := lease1()
	over.Status, over.Released, over.Escrow = contracts.LeaseOverdrawn, money.MustParse("10"), money.Zero
	e.world.setLease(over)
	e.pass()
	e.deliver(1)
	e.world.mine(time.Hour, "a") // block 3: ended
	ended := over
	ended.Status, ended.CloseReason = contracts.LeaseEnded, contracts.ReasonOutOfFunds
	e.world.setLease(ended)
	e.pass()
	first := recv.events()
	if len(first) != 1 || first[0].Type != EventOverdrawn {
		t.Fatalf("before the reorg: %v", first)
	}

	// Blocks 2 and 3 are replaced: on the new branch the lease still runs.
	e.world.reorg(1)
	e.world.mine(time.Minute, "b")
	e.world.mine(time.Minute, "b")
	e.world.setLease(lease1())
	if r := e.pass(); r.Reorged != 2 {
		t.Fatalf("reorg pass: %+v, want 2 events handled", r)
	}
	e.deliver(2)
	evs := recv.events()
	if len(evs) != 2 || evs[1].Type != EventRetracted {
		t.Fatalf("after the reorg: %v", evs)
	}
	var rd RetractedData
	if err := json.Unmarshal(evs[1].Data, &rd); err != nil || rd.EventID != first[0].ID || rd.EventType != EventOverdrawn || rd.Block != 2 {
		t.Errorf("retraction: %+v %v", rd, err)
	}
	dls, _ := e.store.Deliveries(ep.ID, 10)
	cancelled := 0
	for _, d := range dls {
		if d.Status == DeliveryCancelled && d.EventType == EventEnded && strings.Contains(d.Note, "reorg") {
			cancelled++
		}
	}
	if cancelled != 1 {
		t.Errorf("the ended event of the dropped block: %+v", dls)
	}

	// On the new branch the lease goes overdrawn after all: a new event.
	e.world.mine(6*time.Hour, "b")
	e.world.setLease(over)
	e.pass()
	e.deliver(2)
	evs = recv.events()
	if len(evs) != 3 || evs[2].Type != EventOverdrawn || evs[2].ID == first[0].ID {
		t.Fatalf("overdrawn on the new branch: %v", evs)
	}
}

// TestConfirmationsHoldDeliveries: with Confirmations 2 an event is not
// attempted before its block has two blocks on top.
func TestConfirmationsHoldDeliveries(t *testing.T) {
	e := newEnv(t, Config{Confirmations: 2})
	recv := newReceiver(t)
	ep := e.register(renterA, accounts.RoleRenter, Subscription{URL: recv.URL, Events: []EventType{EventEnded}})
	recv.secret = ep.Secret
	e.world.mine(time.Minute, "a")
	l := lease1()
	l.Status, l.CloseReason = contracts.LeaseEnded, contracts.ReasonClosedByRenter
	e.world.setLease(l)
	e.pass()
	for i := range 3 {
		r, err := e.d.DeliverDue(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if want := i == 2; (r.Attempted == 1) != want {
			t.Fatalf("with %d blocks on top: %+v", i, r)
		}
		e.clock.add(2 * time.Second)
		e.world.mine(time.Second, "a")
	}
	if n := len(recv.events()); n != 1 {
		t.Errorf("%d delivered", n)
	}
}

// fakeTopUp answers 503 first, then 200, recording each call's key.
type fakeTopUp struct {
	mu   sync.Mutex
	keys []string
	amts []money.Amount
}

func (f *fakeTopUp) TopUp(_ context.Context, renter common.Address, leaseID uint64, amount money.Amount, key string) (TopUpResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.keys, f.amts = append(f.keys, key), append(f.amts, amount)
	if len(f.keys) == 1 {
		return TopUpResult{Status: 503, Detail: "chain unavailable"}, nil
	}
	return TopUpResult{Status: 200, TxHash: "0xabc", Block: 9}, nil
}

// TestAutoTopUp: runway under auto_topup.below_hours makes one top-up,
// retried after a 503 under the same idempotency key, reported as
// lease.auto_topup; it is capped at what the term still takes.
func TestAutoTopUp(t *testing.T) {
	top := &fakeTopUp{}
	e := newEnv(t, Config{TopUp: top})
	recv := newReceiver(t)
	ep := e.register(renterA, accounts.RoleRenter, Subscription{URL: recv.URL, Events: []EventType{EventRunwayLow},
		RunwayBelowHours: 1, AutoTopUp: &AutoTopUp{BelowHours: 4, Amount: money.MustParse("50")}})
	recv.secret = ep.Secret
	e.world.mine(time.Minute, "a")
	e.world.setLease(lease1())
	e.world.mine(2*time.Hour, "a") // 3 h left: under 4
	if r := e.pass(); r.Actions != 1 || r.Events != 1 {
		t.Fatalf("pass: %+v, want one action (its internal event)", r)
	}
	ctx := context.Background()
	for range 2 {
		if _, err := e.d.RunActions(ctx); err != nil {
			t.Fatal(err)
		}
		e.clock.add(time.Minute)
	}
	if len(top.keys) != 2 || top.keys[0] != top.keys[1] || !strings.HasPrefix(top.keys[0], "gpuledger-autotopup-") {
		t.Fatalf("top-up calls: %v", top.keys)
	}
	// The term costs 20.00 and 10.00 is deposited: 10.00 at most.
	if top.amts[0].String() != "10.00" {
		t.Errorf("amount %s, want 10.00 (what the term still takes)", top.amts[0])
	}
	e.pass() // the same deposit: no second top-up
	e.d.RunActions(ctx)
	if len(top.keys) != 2 {
		t.Errorf("%d calls after another pass", len(top.keys))
	}
	e.deliver(2)
	evs := recv.events()
	if len(evs) != 1 || evs[0].Type != EventAutoTopUp {
		t.Fatalf("events: %v", evs)
	}
	var d AutoTopUpData
	json.Unmarshal(evs[0].Data, &d)
	if d.Outcome != "succeeded" || d.TxHash != "0xabc" || d.LeaseID != "1" || d.IdempotencyKey != top.keys[0] {
		t.Errorf("lease.auto_topup: %+v", d)
	}
}

// TestClaimableAbove: a holding's claimable above the threshold is
// reported once; a claim re-arms it.
func TestClaimableAbove(t *testing.T) {
	e := newEnv(t, Config{})
	recv := newReceiver(t)
	th := money.MustParse("100")
	ep := e.register(holderA, accounts.RoleHolder, Subscription{URL: recv.URL, Events: []EventType{EventClaimableAbove}, ClaimableAbove: &th})
	recv.secret = ep.Secret
	set := func(claimable, claimed string) {
		e.world.mu.Lock()
		e.world.holdings[holderA] = []ledger.Holding{{AssetID: 1, Holder: holderA, Claimable: money.MustParse(claimable), Claimed: money.MustParse(claimed)}}
		e.world.mu.Unlock()
		e.world.mine(time.Minute, "a")
		e.pass()
	}
	set("50", "0")
	set("100.01", "0")
	set("150", "0")
	set("0", "150")
	set("120", "150")
	e.deliver(2)
	evs := recv.events()
	if got := countByType(t, evs); got[EventClaimableAbove] != 2 || len(evs) != 2 {
		t.Fatalf("events: %v", evs)
	}
	seen := map[string]bool{}
	for _, ev := range evs {
		var d ClaimableData
		json.Unmarshal(ev.Data, &d)
		if d.Threshold.String() != "100.00" || d.AssetID != "1" {
			t.Errorf("claimable: %+v", d)
		}
		seen[d.Claimable.String()+"/"+d.Claimed.String()] = true
	}
	if !seen["100.01/0.00"] || !seen["120.00/150.00"] {
		t.Errorf("claimable events: %v, want 100.01 before the claim and 120.00 after", seen)
	}
}

// TestSLACredits: each credit of a lease is reported once.
func TestSLACredits(t *testing.T) {
	e := newEnv(t, Config{})
	recv := newReceiver(t)
	ep := e.register(renterA, accounts.RoleRenter, Subscription{URL: recv.URL, Events: []EventType{EventSLACredited}})
	recv.secret = ep.Secret
	l := lease1()
	e.world.mine(time.Minute, "a")
	e.world.setLease(l)
	e.pass()
	credit := func(epoch uint64) {
		e.world.mu.Lock()
		e.world.credits[1] = append(e.world.credits[1], ledger.SLACredit{LeaseID: 1, Epoch: epoch, AvailabilityBps: 9000,
			TargetBps: 9900, Due: money.MustParse("2"), Credit: money.MustParse("0.2")})
		e.world.mu.Unlock()
		l.Credited = l.Credited.Add(money.MustParse("0.2"))
		e.world.setLease(l)
		e.world.mine(time.Minute, "a")
		e.pass()
	}
	credit(7)
	credit(8)
	e.pass()
	e.deliver(2)
	if got := countByType(t, recv.events()); got[EventSLACredited] != 2 {
		t.Fatalf("events: %v", got)
	}
}

// TestDeleteCancelsPending: deleting an endpoint cancels what it had
// pending, and nothing more is sent to it.
func TestDeleteCancelsPending(t *testing.T) {
	e := newEnv(t, Config{})
	recv := newReceiver(t)
	ep := e.register(renterA, accounts.RoleRenter, Subscription{URL: recv.URL, Events: []EventType{EventEnded}})
	recv.secret = ep.Secret
	e.world.mine(time.Minute, "a")
	l := lease1()
	l.Status, l.CloseReason = contracts.LeaseEnded, contracts.ReasonExpired
	e.world.setLease(l)
	e.pass()
	if _, err := e.store.Delete(ep.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := e.store.Delete(ep.ID, time.Now()); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	e.deliver(2)
	if len(recv.seen) != 0 {
		t.Errorf("%d deliveries to a deleted endpoint", len(recv.seen))
	}
	dls, _ := e.store.Deliveries(ep.ID, 10)
	if len(dls) != 1 || dls[0].Status != DeliveryCancelled {
		t.Errorf("deliveries: %+v", dls)
	}
}

// TestRunDeliversWhileRunning drives Run itself: an event derived by a
// pass is delivered without any test stepping.
func TestRunDeliversWhileRunning(t *testing.T) {
	e := newEnv(t, Config{Poll: 20 * time.Millisecond})
	e.cfg.Now, e.clock = time.Now, nil
	e.d = New(e.store, e.world, e.world, Config{Poll: 20 * time.Millisecond})
	recv := newReceiver(t)
	ep := e.register(renterA, accounts.RoleRenter, Subscription{URL: recv.URL, Events: []EventType{EventEnded}})
	recv.secret = ep.Secret
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); e.d.Run(ctx) }()
	e.world.mine(time.Minute, "a")
	l := lease1()
	l.Status, l.CloseReason = contracts.LeaseEnded, contracts.ReasonClosedByRenter
	e.world.setLease(l)
	deadline := time.Now().Add(5 * time.Second)
	for len(recv.events()) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
	if n := len(recv.events()); n != 1 {
		t.Fatalf("Run delivered %d events", n)
	}
}

// TestPrune: final deliveries and their events go after the retention,
// once no reorg can reach them; pending ones stay.
func TestPrune(t *testing.T) {
	e := newEnv(t, Config{ReorgDepth: 2})
	recv := newReceiver(t)
	ep := e.register(renterA, accounts.RoleRenter, Subscription{URL: recv.URL, Events: []EventType{EventEnded}})
	recv.secret = ep.Secret
	e.world.mine(time.Minute, "a")
	l := lease1()
	l.Status, l.CloseReason = contracts.LeaseEnded, contracts.ReasonExpired
	e.world.setLease(l)
	e.pass()
	e.deliver(1)
	for range 4 { // the event's block leaves the checkpoints' window
		e.world.mine(time.Minute, "a")
		e.pass()
	}
	if n, err := e.store.prune(time.Now().Add(-time.Hour)); err != nil || n != 0 {
		t.Fatalf("prune inside the retention: %d %v", n, err)
	}
	if n, err := e.store.prune(time.Now().Add(time.Hour)); err != nil || n != 1 {
		t.Fatalf("prune past the retention: %d %v", n, err)
	}
	if dls, _ := e.store.Deliveries(ep.ID, 10); len(dls) != 0 {
		t.Errorf("deliveries left: %+v", dls)
	}
}

// TestDeepReorgRecovers: a reorg deeper than every checkpoint rolls back
// past the oldest once, then passes go on (no rollback at every pass).
func TestDeepReorgRecovers(t *testing.T) {
	e := newEnv(t, Config{ReorgDepth: 2})
	recv := newReceiver(t)
	ep := e.register(renterA, accounts.RoleRenter, Subscription{URL: recv.URL, Events: []EventType{EventEnded}})
	recv.secret = ep.Secret
	e.world.setLease(lease1())
	for range 5 {
		e.world.mine(time.Minute, "a")
		e.pass()
	}
	l := lease1()
	l.Status, l.CloseReason = contracts.LeaseEnded, contracts.ReasonExpired
	e.world.setLease(l)
	e.world.mine(time.Minute, "a")
	e.pass()
	e.deliver(1)
	e.world.reorg(0)
	for range 8 {
		e.world.mine(time.Minute, "b")
	}
	e.world.setLease(lease1())
	if r := e.pass(); r.Reorged != 1 {
		t.Fatalf("deep reorg: %+v", r)
	}
	if r := e.pass(); r.Reorged != 0 {
		t.Fatalf("the pass after: %+v", r)
	}
	e.deliver(2)
	if got := countByType(t, recv.events()); got[EventEnded] != 1 || got[EventRetracted] != 1 {
		t.Fatalf("events: %v", got)
	}
}

// TestGiveUp: after MaxAttempts failures a delivery is failed, with every
// attempt recorded, and leaves the outbox.
func TestGiveUp(t *testing.T) {
	e := newEnv(t, Config{MaxAttempts: 3})
	recv := newReceiver(t)
	recv.fail = func(int, Event) int { return 502 }
	ep := e.register(renterA, accounts.RoleRenter, Subscription{URL: recv.URL, Events: []EventType{EventEnded}})
	recv.secret = ep.Secret
	e.world.mine(time.Minute, "a")
	l := lease1()
	l.Status, l.CloseReason = contracts.LeaseEnded, contracts.ReasonExpired
	e.world.setLease(l)
	e.pass()
	e.deliver(10)
	dls, _ := e.store.Deliveries(ep.ID, 10)
	if len(dls) != 1 || dls[0].Status != DeliveryFailed || len(dls[0].Attempts) != 3 || dls[0].NextAttempt != nil ||
		dls[0].Attempts[2].StatusCode != 502 || !strings.Contains(dls[0].Note, "gave up") {
		t.Fatalf("deliveries: %+v", dls)
	}
	if n, _ := e.store.Pending(); n != 0 {
		t.Errorf("%d pending", n)
	}
}

// TestStopFinishesDeliveryInFlight: the dispatcher is stopped (its context
// cancelled) while a receiver is answering a delivery that it accepts; the
// attempt runs to its answer and is recorded as delivered, so nothing is
// sent again.
func TestStopFinishesDeliveryInFlight(t *testing.T) {
	e := newEnv(t, Config{})
	recv := newReceiver(t)
	answering, answer := make(chan struct{}), make(chan struct{})
	recv.fail = func(int, Event) int {
		close(answering)
		<-answer
		return 0
	}
	ep := e.register(renterA, accounts.RoleRenter, Subscription{URL: recv.URL, Events: []EventType{EventEnded}})
	recv.secret = ep.Secret
	e.world.mine(time.Minute, "a")
	l := lease1()
	l.Status, l.CloseReason = contracts.LeaseEnded, contracts.ReasonClosedByRenter
	e.world.setLease(l)
	e.pass()

	ctx, stop := context.WithCancel(context.Background())
	type result struct {
		r   DeliverResult
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := e.d.DeliverDue(ctx)
		done <- result{r, err}
	}()
	<-answering
	stop()
	close(answer)
	got := <-done
	if got.err != nil || got.r.Delivered != 1 {
		t.Fatalf("stopped during the answer: %+v %v", got.r, got.err)
	}
	e.clock.add(time.Hour)
	if r, err := e.d.DeliverDue(context.Background()); err != nil || r.Attempted != 0 {
		t.Fatalf("after the stop: %+v %v", r, err)
	}
	if n := len(recv.events()); n != 1 {
		t.Errorf("the receiver accepted %d deliveries, want 1", n)
	}
}
