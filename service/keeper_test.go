package service

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/stubavailabilityoracle"
	"github.com/gpuledger/gpuledger/money"
)

// TestKeeperSettlesAndFinalizes leaves leases alone with chain time moved
// forward: the keeper alone settles them every interval, finalizes expired
// ones to the exact term cost, closes one out of funds within its grace of
// running out, and a keeper started afresh (a restart) finds the open
// leases from the chain.
func TestKeeperSettlesAndFinalizes(t *testing.T) {
	ctx, s, op := keeperEnv(t, common.Address{})
	emb := s.Chain.(*chain.Embedded)
	price := money.MustParse("1.777777")
	asset, listing := listNode(t, ctx, s, op, contracts.ListingSpec{
		PricePerGPUHour: price, MinHours: 1, MaxHours: 48, SLAAvailabilityBps: 9900, CreditBps: 1000,
	})
	cost := func(gpus, hours int64) money.Amount {
		return money.MustFromUnits(new(big.Int).Mul(price.Units(), big.NewInt(gpus*hours)))
	}
	type plan struct {
		gpus, hours, paidHours int64
	}
	plans := []plan{{1, 2, 2}, {2, 3, 3}, {3, 5, 5}, {2, 6, 1}} // the last runs out of funds
	var ids []uint64
	for _, p := range plans {
		r := newRenter(t, ctx, s, "1000")
		l, _, err := s.Market.OpenLease(ctx, r, contracts.LeaseRequest{
			ListingID: listing.ID, GPUs: uint32(p.gpus), Hours: uint32(p.hours), Deposit: cost(p.gpus, p.paidHours),
		})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, l.ID)
	}

	keeper := s.NewKeeper(KeeperConfig{Interval: time.Hour})
	if _, err := keeper.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	for hour := 1; hour <= 8; hour++ {
		if err := emb.AdjustTime(time.Hour); err != nil {
			t.Fatal(err)
		}
		if hour == 4 {
			// A restart: a new keeper rebuilds its view from the chain.
			keeper = s.NewKeeper(KeeperConfig{Interval: time.Hour})
		}
		res, err := keeper.Tick(ctx)
		if err != nil {
			t.Fatalf("tick %d: %v", hour, err)
		}
		t.Logf("hour %d: %+v", hour, res)
		// Every lease still running has been settled within the last interval.
		head, _ := s.Chain.Client().HeaderByNumber(ctx, nil)
		for _, id := range ids {
			l, _ := s.Market.Lease(ctx, id)
			if l.Status == contracts.LeaseActive && time.Unix(int64(head.Time), 0).Sub(l.SettledUntil) > time.Hour {
				t.Errorf("hour %d: lease %d last settled at %s", hour, id, l.SettledUntil)
			}
		}
	}
	for i, id := range ids {
		l, err := s.Market.Lease(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		p := plans[i]
		want := cost(p.gpus, p.hours)
		reason := contracts.ReasonExpired
		if p.paidHours < p.hours {
			want, reason = cost(p.gpus, p.paidHours), contracts.ReasonOutOfFunds
		}
		if l.Status != contracts.LeaseEnded || l.CloseReason != reason || l.Released.Cmp(want) != 0 || !l.Retired {
			t.Errorf("lease %d: %s/%s released %s, want ended/%s %s", id, l.Status, l.CloseReason, l.Released, reason, want)
		}
		// Closed for lack of funds within its grace (the listing's default,
		// 10 min) of running out, at the first tick after: judged by time,
		// not by waiting an hour for a second overdrawn settlement.
		limit := time.Duration(p.paidHours)*time.Hour + contracts.DefaultGraceSeconds*time.Second + time.Hour
		if reason == contracts.ReasonOutOfFunds && l.End.Sub(l.Start) > limit {
			t.Errorf("lease %d ran %s after paying for %dh; closed later than grace + one tick (%s)", id, l.End.Sub(l.Start), p.paidHours, limit)
		}
	}
	if n, _ := s.Market.LeasedGPUs(ctx, asset.ID); n != 0 {
		t.Errorf("%d GPUs still leased", n)
	}
}

// newRenter makes a funded account holding amount of the stablecoin.
func newRenter(t *testing.T, ctx context.Context, s *Service, amount string) *chain.Transactor {
	t.Helper()
	r := newAccount(t, ctx, s)
	if _, err := s.Token.Mint(ctx, s.Admin, r.Address(), money.MustParse(amount)); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestKeeperFollowsReorg: a reorg removes a lease the keeper has seen.
// Before, every later tick failed with UnknownLease until a restart; now
// the keeper notices its cursor block left the chain, forgets the lease,
// finds the leases of the new branch and settles them.
func TestKeeperFollowsReorg(t *testing.T) {
	ctx, s, op := keeperEnv(t, common.Address{})
	emb := s.Chain.(*chain.Embedded)
	_, listing := listNode(t, ctx, s, op, contracts.ListingSpec{PricePerGPUHour: money.MustParse("1"), MinHours: 1, MaxHours: 48})
	renter := newRenter(t, ctx, s, "1000")
	base, err := s.Chain.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	lease := func(gpus uint32) contracts.Lease {
		t.Helper()
		l, _, err := s.Market.OpenLease(ctx, renter, contracts.LeaseRequest{
			ListingID: listing.ID, GPUs: gpus, Hours: 4, Deposit: money.MustParse(fmt.Sprint(4 * gpus)),
		})
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	orphan := lease(2)

	keeper := s.NewKeeper(KeeperConfig{Interval: time.Hour})
	if res, err := keeper.Tick(ctx); err != nil || res.Open != 1 {
		t.Fatalf("tick before the reorg: %+v, %v", res, err)
	}

	// The blocks holding the lease (and its approval) are replaced by a
	// longer branch without them.
	if err := emb.Fork(base.Hash()); err != nil {
		t.Fatal(err)
	}
	if err := emb.Rollback(); err != nil {
		t.Fatal(err)
	}
	renter.ResyncNonce()
	for range 3 {
		if _, err := emb.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Market.Lease(ctx, orphan.ID); !isRevert(err, "UnknownLease") {
		t.Fatalf("lease %d after the reorg: %v, want UnknownLease", orphan.ID, err)
	}
	res, err := keeper.Tick(ctx)
	if err != nil {
		t.Fatalf("tick after the reorg: %v", err)
	}
	if res.Reorged != 1 || res.Open != 0 {
		t.Errorf("tick after the reorg: %+v, want 1 lease forgotten and none open", res)
	}

	// The new branch's lease (same id, other terms) is found and settled.
	fresh := lease(3)
	if err := emb.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if res, err = keeper.Tick(ctx); err != nil || res.Open != 1 || res.Settled != 1 {
		t.Fatalf("tick on the new branch: %+v, %v", res, err)
	}
	l, err := s.Market.Lease(ctx, fresh.ID)
	if err != nil {
		t.Fatal(err)
	}
	// 3 GPUs x 1.00 per GPU-hour over the settled seconds, floored to the
	// unit (no SLA oracle: settled by time alone).
	secs := int64(l.SettledUntil.Sub(l.Start) / time.Second)
	want := money.MustFromUnits(big.NewInt(3 * 1_000_000 * secs / 3600))
	if secs < 7200 || l.Released.Cmp(want) != 0 {
		t.Errorf("lease %d released %s over %d s, want %s", fresh.ID, l.Released, secs, want)
	}
}

// TestKeeperIsolatesLeaseThatCannotSettle: the availability oracle
// reverts for one asset (broken, or hostile), so settling any of its leases
// reverts. Before, the one settleMany carrying every due lease reverted each
// tick and no lease was settled; now the batch is split until each failing
// lease is alone, every lease of the healthy asset is settled, and only the
// broken asset's leases count as failed, to be retried next tick.
func TestKeeperIsolatesLeaseThatCannotSettle(t *testing.T) {
	stub := stubavailabilityoracle.NewStubAvailabilityOracle()
	ctx, s, op := keeperEnv(t, common.Address{})
	oracle, _, err := s.Admin.Deploy(ctx, common.FromHex(stubavailabilityoracle.StubAvailabilityOracleMetaData.Bin),
		stub.PackConstructor(s.Admin.Address()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Market.SetAvailabilityOracle(ctx, s.Admin, oracle, 0); err != nil {
		t.Fatal(err)
	}
	renter := newRenter(t, ctx, s, "1000")
	var healthy, broken []uint64
	for i := range 2 {
		asset, listing := listNode(t, ctx, s, op, contracts.ListingSpec{
			PricePerGPUHour: money.MustParse("1"), MinHours: 1, MaxHours: 48, SLAAvailabilityBps: 9900, CreditBps: 1000,
		})
		for range 3 {
			l, _, err := s.Market.OpenLease(ctx, renter, contracts.LeaseRequest{
				ListingID: listing.ID, GPUs: 1, Hours: 6, Deposit: money.MustParse("6"),
			})
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				healthy = append(healthy, l.ID)
			} else {
				broken = append(broken, l.ID)
			}
		}
		if i == 1 {
			if _, err := s.Admin.SendAndWait(ctx, &oracle, stub.PackSetBroken(new(big.Int).SetUint64(asset.ID), true), nil); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.Chain.(*chain.Embedded).AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	keeper := s.NewKeeper(KeeperConfig{Interval: time.Hour})
	res, err := keeper.Tick(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Settled != len(healthy) || res.Failed != len(broken) {
		t.Errorf("tick: %+v, want %d settled and %d failed", res, len(healthy), len(broken))
	}
	for _, id := range append(healthy, broken...) {
		l, err := s.Market.Lease(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if settled := !l.Released.IsZero(); settled != slices.Contains(healthy, id) {
			t.Errorf("lease %d: released %s; only the healthy asset's leases should be settled", id, l.Released)
		}
	}
}

// keeperEnv opens a service on a fresh embedded chain with the SLA oracle
// set to oracle (zero: none, so settlement goes by time alone; without
// telemetry reports it would wait out the report window, and the keeper's
// job is the same either way) and an operator.
func keeperEnv(t *testing.T, oracle common.Address) (context.Context, *Service, *chain.Transactor) {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, Config{DataDir: t.TempDir(), Sealing: chain.SealInstant})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Market.SetAvailabilityOracle(ctx, s.Admin, oracle, 0); err != nil {
		t.Fatal(err)
	}
	return ctx, s, newOperator(t, ctx, s)
}

// listNode tokenizes a node for op and lists its 8 GPUs with spec's terms.
func listNode(t *testing.T, ctx context.Context, s *Service, op *chain.Transactor, terms contracts.ListingSpec) (contracts.Asset, contracts.Listing) {
	t.Helper()
	asset, _, err := s.Assets.Tokenize(ctx, op, spec())
	if err != nil {
		t.Fatal(err)
	}
	terms.GPUs = 8
	listing, _, err := s.Market.CreateListing(ctx, op, asset.ID, terms)
	if err != nil {
		t.Fatal(err)
	}
	return asset, listing
}

// TestKeeperSettlesClosingLeaseOnce: a lease with SLA terms whose term is
// over while its epochs await their reports. Before, the keeper sent a
// settle for it every tick (one wasted transaction per poll, about 360 over
// a 3 h report window); now it sends no settle until the epochs are final
// and then settles the lease once, to its end. Its GPUs are freed (one
// retire) at the first poll after its term, not when the reports come.
func TestKeeperSettlesClosingLeaseOnce(t *testing.T) {
	stub := stubavailabilityoracle.NewStubAvailabilityOracle()
	ctx, s, op := keeperEnv(t, common.Address{})
	emb := s.Chain.(*chain.Embedded)
	oracle, _, err := s.Admin.Deploy(ctx, common.FromHex(stubavailabilityoracle.StubAvailabilityOracleMetaData.Bin),
		stub.PackConstructor(s.Admin.Address()))
	if err != nil {
		t.Fatal(err)
	}
	// A 6 h report window: every epoch of the lease (its first ends within
	// an hour of its start) stays open for reports through the polls below,
	// wherever in an epoch the wall clock starts the lease.
	if _, err := s.Market.SetAvailabilityOracle(ctx, s.Admin, oracle, 6*time.Hour); err != nil {
		t.Fatal(err)
	}
	asset, listing := listNode(t, ctx, s, op, contracts.ListingSpec{
		PricePerGPUHour: money.MustParse("1"), MinHours: 1, MaxHours: 48, SLAAvailabilityBps: 9900, CreditBps: 1000,
	})
	l, _, err := s.Market.OpenLease(ctx, newRenter(t, ctx, s, "100"), contracts.LeaseRequest{
		ListingID: listing.ID, GPUs: 1, Hours: 2, Deposit: money.MustParse("2"),
	})
	if err != nil {
		t.Fatal(err)
	}
	keeper := s.NewKeeper(KeeperConfig{Interval: time.Hour})
	nonce := func() uint64 {
		t.Helper()
		n, err := s.Chain.Client().NonceAt(ctx, s.Admin.Address(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if err := emb.AdjustTime(150 * time.Minute); err != nil { // the term is over
		t.Fatal(err)
	}
	before := nonce()
	for i := range 6 { // an hour of polls, every 10 minutes, no report yet
		res, err := keeper.Tick(ctx)
		if err != nil {
			t.Fatal(err)
		}
		retired := 0
		if i == 0 {
			retired = 1
		}
		if res.Settled != 0 || res.Waiting != 1 || res.Retired != retired {
			t.Errorf("poll %d without reports: %+v, want nothing settled, 1 waiting, retired at the first poll", i, res)
		}
		if n, err := s.Market.LeasedGPUs(ctx, asset.ID); err != nil || n != 0 {
			t.Errorf("poll %d: %d GPUs still leased after the term (%v)", i, n, err)
		}
		if err := emb.AdjustTime(10 * time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	if sent := nonce() - before; sent != 1 {
		t.Errorf("the keeper sent %d transactions for a lease whose epochs await their reports, want 1 (the retire)", sent)
	}
	// The reports arrive (100% availability for every epoch): one settle
	// finishes the lease at its full cost, and nothing is sent after.
	if _, err := s.Admin.SendAndWait(ctx, &oracle, stub.PackSetAvailability(new(big.Int).SetUint64(asset.ID), 10000), nil); err != nil {
		t.Fatal(err)
	}
	before = nonce()
	for range 3 {
		if _, err := keeper.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if sent := nonce() - before; sent != 1 {
		t.Errorf("the keeper sent %d transactions once the epochs were final, want 1", sent)
	}
	got, err := s.Market.Lease(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != contracts.LeaseEnded || got.Released.String() != "2.00" {
		t.Errorf("lease after its one settle: %s, released %s; want ended, 2.00", got.Status, got.Released)
	}
}

// TestKeeperConcurrentBatches: many leases over several assets, settled
// in small batches all in flight at once from one key, while a second
// keeper (another key, no keeper role: settling is open to anyone)
// settles the same leases at the same time. No nonce clash, no batch
// fails (a repeated settle is a no-op), every lease is settled to the
// unit, and money is conserved: each lease's deposit is released +
// refunded + escrow, and the renters hold what they did not deposit.
func TestKeeperConcurrentBatches(t *testing.T) {
	ctx, s, op := keeperEnv(t, common.Address{})
	emb := s.Chain.(*chain.Embedded)
	const assets, perAsset = 3, 8
	deposit := money.MustParse("30")
	var renters []*chain.Transactor
	var ids []uint64
	for range assets {
		_, listing := listNode(t, ctx, s, op, contracts.ListingSpec{PricePerGPUHour: money.MustParse("1.333333"), MinHours: 1, MaxHours: 48})
		r := newRenter(t, ctx, s, "1000")
		renters = append(renters, r)
		for range perAsset {
			l, _, err := s.Market.OpenLease(ctx, r, contracts.LeaseRequest{ListingID: listing.ID, GPUs: 1, Hours: 24, Deposit: deposit})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, l.ID)
		}
	}
	if err := emb.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	mine := s.NewKeeper(KeeperConfig{Interval: time.Hour, Batch: 3, InFlight: 8})
	other := NewKeeper(s.Market, newAccount(t, ctx, s), s.Chain.Client(), s.Manifest.DeployBlock,
		KeeperConfig{Interval: time.Hour, Batch: 5, InFlight: 4}, nil)
	var results [2]TickResult
	var errs [2]error
	var wg sync.WaitGroup
	for i, k := range []*Keeper{mine, other} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = k.Tick(ctx)
		}()
	}
	wg.Wait()
	// Each keeper settles every lease it finds due; one the other keeper
	// settled before it looked is not due any more, and is skipped.
	for i, res := range results {
		if errs[i] != nil || res.Failed != 0 || res.Settled == 0 || res.Open != len(ids) {
			t.Errorf("keeper %d: %+v, %v; want leases settled, none failed", i, res, errs[i])
		}
	}
	if res := results[0]; res.Settled < len(ids)/2 || res.Batches < (res.Settled+2)/3 {
		t.Errorf("keeper 0: %+v; want most of %d leases settled in batches of 3", res, len(ids))
	}
	for _, id := range ids {
		l, err := s.Market.Lease(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		secs := int64(l.SettledUntil.Sub(l.Start) / time.Second)
		want := money.MustFromUnits(big.NewInt(1_333_333 * secs / 3600))
		if secs < 7200 || l.Released.Cmp(want) != 0 {
			t.Errorf("lease %d released %s over %d s, want %s", id, l.Released, secs, want)
		}
		if sum := l.Released.Add(l.Refunded).Add(l.Escrow); sum.Cmp(l.Deposit) != 0 {
			t.Errorf("lease %d: released %s + refunded %s + escrow %s != deposit %s", id, l.Released, l.Refunded, l.Escrow, l.Deposit)
		}
	}
	for _, r := range renters {
		bal, err := s.Token.BalanceOf(ctx, r.Address())
		if err != nil {
			t.Fatal(err)
		}
		if want := money.MustParse("760"); bal.Cmp(want) != 0 { // 1000 minted, 8 x 30 deposited
			t.Errorf("renter %s holds %s, want %s", r.Address(), bal, want)
		}
	}
	// A tick right after does nothing: every lease is scheduled an
	// interval on, and none is read.
	if res, err := mine.Tick(ctx); err != nil || res.Due != 0 || res.Settled != 0 {
		t.Errorf("tick after settling: %+v, %v; want nothing due", res, err)
	}
}

// TestKeeperBatchSize: batches fill a share of the block gas limit from
// the gas per lease measured, and follow a measured rise at once.
func TestKeeperBatchSize(t *testing.T) {
	k := NewKeeper(nil, nil, nil, 1, KeeperConfig{GasPerLease: 20_000}, nil)
	for _, tc := range []struct {
		name     string
		gasLimit uint64
		sample   gasSample
		want     int
	}{
		{"guess", 60_000_000, gasSample{}, (15_000_000-chain.DefaultGasHeadroom)*100/105/20_000 - batchOverhead/20_000 - 1},
		{"small sample ignored", 60_000_000, gasSample{leases: 5, used: 5_000_000}, 700},
		{"rise taken at once", 60_000_000, gasSample{leases: 100, used: 100*30_000 + batchOverhead/2}, 466},
		{"tiny block", 400_000, gasSample{}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k.measure(tc.sample)
			if got := k.batchSize(tc.gasLimit); got < tc.want-1 || got > tc.want+1 {
				t.Errorf("batch of %d leases, want about %d (gas per lease %d)", got, tc.want, k.gasPerLease)
			}
		})
	}
}

// TestOutOfFundsTime: the schedule's time agrees with OutOfFundsAt to
// the second.
func TestOutOfFundsTime(t *testing.T) {
	start := time.Unix(1_800_000_000, 0)
	l := contracts.Lease{
		Status: contracts.LeaseActive, GPUs: 3, PricePerGPUHour: money.MustParse("1.777777"),
		Start: start, End: start.Add(10 * time.Hour), GraceSeconds: 600,
		Escrow: money.MustParse("4"), Released: money.MustParse("1.5"), Deposit: money.MustParse("5.5"),
	}
	out, ok := outOfFundsTime(l)
	if !ok || l.OutOfFundsAt(out.Add(-time.Second)) || !l.OutOfFundsAt(out) {
		t.Fatalf("out of funds at %s (ok %v): before %v, at %v", out, ok, l.OutOfFundsAt(out.Add(-time.Second)), l.OutOfFundsAt(out))
	}
	l.Escrow = money.MustParse("100")
	if _, ok := outOfFundsTime(l); ok {
		t.Fatal("a lease paid for its whole term runs out of funds")
	}
}
