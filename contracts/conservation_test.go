package contracts

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/internal/rules"
	"github.com/gpuledger/gpuledger/money"
)

// TestLeaseConservationRandomWorkload runs 200 leases on 5 assets through
// random settles, top-ups, closes and expiries, and checks to the unit,
// every 50 steps and at the end, that every lease's deposit = released +
// refunded + escrow, that GPUAsset holds exactly the sum of escrows (and
// books it as escrowHeld) plus the rent released, that the market holds
// nothing, and that no unit was created or lost.
func TestLeaseConservationRandomWorkload(t *testing.T) {
	if testing.Short() {
		t.Skip("long random workload")
	}
	f := newMarketFixture(t)
	rng := rand.New(rand.NewPCG(2026, 11))
	listings := []Listing{f.listing}
	for len(listings) < 5 {
		a := f.tokenize(t)
		spec := defaultListing()
		spec.PricePerGPUHour = money.MustFromUnits(big.NewInt(int64(500_000 + rng.IntN(5_000_000))))
		listings = append(listings, f.list(t, a.ID, spec))
	}
	renters := make([]*chain.Transactor, 10)
	for i := range renters {
		renters[i] = f.renter(t, "1000000")
	}
	minted := money.MustParse("10000000") // 10 renters × 1,000,000

	type tracked struct {
		id     uint64
		renter *chain.Transactor
	}
	var leases []tracked
	byListing := map[uint64][]uint64{}
	openLease := func() {
		lst := listings[rng.IntN(len(listings))]
		lst, err := f.market.Listing(f.ctx, lst.ID)
		if err != nil {
			t.Fatal(err)
		}
		gpus := uint32(1 + rng.IntN(3))
		hours := uint32(1 + rng.IntN(6))
		hourly := new(big.Int).Mul(lst.PricePerGPUHour.Units(), big.NewInt(int64(gpus)))
		full := new(big.Int).Mul(hourly, big.NewInt(int64(hours)))
		// Between one hour (the minimum prepayment) and the whole term.
		deposit := new(big.Int).Add(hourly, below(rng, new(big.Int).Sub(full, hourly).Int64()+1))
		r := renters[rng.IntN(len(renters))]
		// Free the GPUs of expired leases of this listing, as the keeper would.
		var expired []uint64
		head, _ := f.chain.Client().HeaderByNumber(f.ctx, nil)
		for _, id := range byListing[lst.ID] {
			l, _ := f.market.Lease(f.ctx, id)
			if !l.Retired && l.End.Unix() <= int64(head.Time) {
				expired = append(expired, id)
			}
		}
		l, _, err := f.market.OpenLease(f.ctx, r, LeaseRequest{ListingID: lst.ID, GPUs: gpus, Hours: hours, Deposit: money.MustFromUnits(deposit)}, expired...)
		if isInvalid("GPUs free")(err) || isRevert(err, "InsufficientCapacity") {
			return // full: a real renter would try later
		}
		if err != nil {
			t.Fatalf("open lease: %v", err)
		}
		leases = append(leases, tracked{l.ID, r})
		byListing[lst.ID] = append(byListing[lst.ID], l.ID)
	}

	revenue := NewRevenue(f.assets.call, f.assets.Address())
	// custody checks where every unit is; it returns the leases' escrow and
	// released sums.
	custody := func() (escrow, released money.Amount) {
		t.Helper()
		escrow, released = money.Zero, money.Zero
		for _, tr := range leases {
			l, err := f.market.Lease(f.ctx, tr.id)
			if err != nil {
				t.Fatal(err)
			}
			requireConserved(t, l)
			escrow = escrow.Add(l.Escrow)
			released = released.Add(l.Released)
		}
		if held := f.balance(t, f.market.Address()); !held.IsZero() {
			t.Errorf("market holds %s; the escrow is GPUAsset's to hold", held)
		}
		if booked, err := revenue.EscrowHeld(f.ctx); err != nil || booked.Cmp(escrow) != 0 {
			t.Errorf("GPUAsset books %s (%v) as escrow, leases' escrow sums to %s", booked, err, escrow)
		}
		// GPUAsset holds the escrow and the released rent; the fees it paid
		// out went to the treasury (the admin), nowhere else.
		held := f.balance(t, f.assets.Address()).Add(f.balance(t, f.admin.Address()))
		if want := escrow.Add(released); held.Cmp(want) != 0 {
			t.Errorf("GPUAsset and treasury hold %s, escrow + released is %s", held, want)
		}
		total := held
		for _, r := range renters {
			total = total.Add(f.balance(t, r.Address()))
		}
		if total.Cmp(minted) != 0 {
			t.Errorf("tokens in existence %s, minted %s", total, minted)
		}
		return escrow, released
	}

	keeper := f.account(t)
	// What succeeded, by kind: a workload that is mostly refusals or
	// skips tests nothing.
	done := map[string]int{}
	for step := 1; len(leases) < 200; step++ {
		if step%50 == 0 {
			custody()
		}
		switch op := rng.IntN(10); {
		case op < 4:
			openLease()
		case op < 6 && len(leases) > 0:
			if _, _, err := f.market.Settle(f.ctx, keeper, leases[rng.IntN(len(leases))].id); err != nil {
				t.Fatalf("settle: %v", err)
			}
			done["settle"]++
		case op < 7 && len(leases) > 0:
			tr := leases[rng.IntN(len(leases))]
			l, _ := f.market.Lease(f.ctx, tr.id)
			room := new(big.Int).Sub(termCost(l.GPUs, uint32(l.End.Sub(l.Start)/time.Hour), l.PricePerGPUHour), l.Deposit.Units())
			if (l.Status == LeaseActive || l.Status == LeaseOverdrawn) && room.Sign() > 0 {
				amount := new(big.Int).Add(big.NewInt(1), below(rng, room.Int64()))
				if _, _, err := f.market.TopUp(f.ctx, tr.renter, tr.id, money.MustFromUnits(amount)); err != nil {
					t.Fatalf("top up %d: %v", tr.id, err)
				}
				done["top-up"]++
			}
		case op < 8 && len(leases) > 0:
			tr := leases[rng.IntN(len(leases))]
			l, _ := f.market.Lease(f.ctx, tr.id)
			if l.Status == LeaseActive || l.Status == LeaseOverdrawn {
				if _, _, err := f.market.Close(f.ctx, tr.renter, tr.id); err != nil {
					t.Fatalf("close %d: %v", tr.id, err)
				}
				done["close"]++
			}
		default:
			f.advance(t, time.Duration(rng.IntN(40*60))*time.Second)
		}
	}
	f.advance(t, 7*time.Hour)
	for _, tr := range leases {
		if _, _, err := f.market.Settle(f.ctx, keeper, tr.id); err != nil {
			t.Fatalf("final settle %d: %v", tr.id, err)
		}
	}

	for _, tr := range leases {
		l, err := f.market.Lease(f.ctx, tr.id)
		if err != nil {
			t.Fatal(err)
		}
		if l.Status != LeaseEnded {
			t.Errorf("lease %d still %s after its term", l.ID, l.Status)
		}
		// To the unit, by the reference: an ended lease released what it
		// accrued up to its end (the closing time if closed early), as far
		// as its deposits covered it, and refunded the rest (no SLA here).
		ref := rules.Lease{GPUs: l.GPUs, Price: l.PricePerGPUHour.Units(), Start: l.Start.Unix(), End: l.End.Unix()}
		rel, ref2, _ := ref.Settled(l.Deposit.Units(), new(big.Int))
		if l.Released.Units().Cmp(rel) != 0 || l.Refunded.Units().Cmp(ref2) != 0 || !l.Credited.IsZero() {
			t.Errorf("lease %d (%s): released %s refunded %s credited %s units; the rule gives %s and %s",
				l.ID, l.CloseReason, l.Released.Units(), l.Refunded.Units(), l.Credited.Units(), rel, ref2)
		}
		if l.CloseReason == ReasonClosedByRenter {
			done["closed early"]++
		}
	}
	escrow, released := custody()
	done["lease"] = len(leases)
	t.Logf("%d leases: released %s, escrow %s; done %v", len(leases), released, escrow, done)
	for kind, least := range map[string]int{"lease": 200, "settle": 90, "top-up": 25, "close": 20, "closed early": 8} {
		if done[kind] < least {
			t.Errorf("%d successful %s operations, want at least %d", done[kind], kind, least)
		}
	}
}

func (f *marketFixture) balance(t testing.TB, addr common.Address) money.Amount {
	t.Helper()
	b, err := f.token.BalanceOf(f.ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// below returns a uniform random value in [0, n); amounts here fit an int64.
func below(rng *rand.Rand, n int64) *big.Int { return big.NewInt(rng.Int64N(n)) }
