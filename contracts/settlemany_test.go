package contracts

import (
	"math"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/money"
)

// TestSettleManyGasFlat: settleMany's gas per lease does not depend on how
// many assets the batch spans. A batch of n leases on one asset and one of
// n leases on n/8 assets (sorted by asset, as the keeper sends them) differ
// by one revenue release per extra asset and nothing else: net of that
// (measured apart, as the difference between a batch of one lease on each
// of k assets and k leases on one), the per-lease gas is within 3%. A
// linear search over the batch's assets (the old settleMany) costs a few
// thousand gas per lease at 25 assets. An unsorted batch settles too.
func TestSettleManyGasFlat(t *testing.T) {
	const n, perAsset = 200, 8
	const k = n / perAsset
	gc := openOsakaGasChain(t)
	market, renter := gc.leaseSetup(t)
	spec := defaultListing()
	lease := func(listingID uint64) uint64 {
		t.Helper()
		l, _, err := market.OpenLease(gc.ctx, renter, LeaseRequest{ListingID: listingID, GPUs: 1, Hours: 720,
			Deposit: money.MustFromUnits(termCost(1, 720, spec.PricePerGPUHour))})
		if err != nil {
			t.Fatal(err)
		}
		return l.ID
	}
	list := func(gpus uint32) uint64 {
		t.Helper()
		as := h100Spec()
		as.GPUCount = gpus
		a, _, err := gc.assets.Tokenize(gc.ctx, gc.admin, as)
		if err != nil {
			t.Fatal(err)
		}
		ls := spec
		ls.GPUs = gpus
		l, _, err := market.CreateListing(gc.ctx, gc.admin, a.ID, ls)
		if err != nil {
			t.Fatal(err)
		}
		return l.ID
	}
	one := list(n)
	var single, spread, firsts []uint64
	for range n {
		single = append(single, lease(one))
	}
	for range k {
		lst := list(perAsset)
		for j := range perAsset {
			id := lease(lst)
			spread = append(spread, id)
			if j == 0 {
				firsts = append(firsts, id)
			}
		}
	}
	settle := func(ids []uint64) uint64 {
		t.Helper()
		if err := gc.adjust(time.Minute); err != nil {
			t.Fatal(err)
		}
		r, err := market.SettleMany(gc.ctx, gc.admin, ids...)
		if err != nil {
			t.Fatal(err)
		}
		return r.GasUsed
	}
	settle(single) // first payments into fresh assets
	settle(spread)
	a, b := settle(single), settle(spread)
	c, d := settle(firsts), settle(single[:k])
	release := float64(c-d) / (k - 1) // one more asset in a batch
	perA := float64(a) / n
	perB := float64(b) / n
	net := (float64(b) - (k-1)*release) / n
	t.Logf("osaka: settleMany of %d leases on 1 asset %.0f gas/lease, on %d assets %.0f gas/lease (%.0f net of %.0f per extra asset)",
		n, perA, k, perB, net, release)
	if diff := math.Abs(net-perA) / perA; diff > 0.03 {
		t.Errorf("gas per lease on %d assets (net of releases) %.0f vs %.0f on one: %.1f%% apart, want within 3%%", k, net, perA, 100*diff)
	}
	// Unsorted (assets interleaved): correct, only more releases.
	var mixed []uint64
	for j := range perAsset {
		for i := range k {
			mixed = append(mixed, spread[i*perAsset+j])
		}
	}
	before := make(map[uint64]money.Amount, len(mixed))
	for _, id := range mixed {
		l, err := market.Lease(gc.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		before[id] = l.Released
	}
	t.Logf("osaka: settleMany of %d leases, assets interleaved: %.0f gas/lease", n, float64(settle(mixed))/n)
	for _, id := range mixed {
		l, err := market.Lease(gc.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if l.Released.Add(l.Escrow).Add(l.Refunded).Cmp(l.Deposit) != 0 || l.Released.Cmp(before[id]) <= 0 {
			t.Fatalf("lease %d after an unsorted batch: released %s (was %s), escrow %s, deposit %s", id, l.Released, before[id], l.Escrow, l.Deposit)
		}
		if want := l.AccruedAt(l.SettledUntil); l.Released.Cmp(want) != 0 {
			t.Fatalf("lease %d released %s, accrued %s", id, l.Released, want)
		}
	}
}
