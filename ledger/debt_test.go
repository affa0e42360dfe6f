package ledger

import (
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// accruedUnits is the contract's accrual rule on token units:
// floor(gpus * price * seconds / 3600), seconds from start to t.
func accruedUnits(l contracts.Lease, t time.Time) *big.Int {
	u := new(big.Int).Mul(l.PricePerGPUHour.Units(), big.NewInt(int64(l.GPUs)))
	u.Mul(u, big.NewInt(int64(t.Sub(l.Start)/time.Second)))
	return u.Quo(u, big.NewInt(3600))
}

// TestLeaseDebtBooked: a lease that runs past what it prepaid owes what
// its escrow could not pay. The mirror books that debt (unpaid:asset ->
// debt:lease) as settlements find it, books a top-up's payment of it back
// (debt:lease -> unpaid:asset), and keeps what is left when the lease ends
// with debt (LeaseEnded's debt). At every step the debt account is the
// rule's figure to the unit, the asset's unpaid account is minus the sum of
// its leases' debts, Reconcile finds no difference, and the file equals a
// fresh reindex. Each case is one lease of the same asset.
func TestLeaseDebtBooked(t *testing.T) {
	e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealInstant})
	ctx := e.ctx
	if _, err := e.market.SetAvailabilityOracle(ctx, e.admin, common.Address{}, 0); err != nil {
		t.Fatal(err)
	}
	op := e.account(t)
	if _, err := e.assets.GrantOperator(ctx, e.admin, op.Address()); err != nil {
		t.Fatal(err)
	}
	a, _, err := e.assets.Tokenize(ctx, op, h100Spec(1500, 500))
	if err != nil {
		t.Fatal(err)
	}
	// A price whose hourly rent does not divide evenly into seconds, so
	// the rule's floor matters.
	lst, _, err := e.market.CreateListing(ctx, op, a.ID, contracts.ListingSpec{GPUs: 8,
		PricePerGPUHour: money.MustParse("2.123457"), MinHours: 1, MaxHours: 24, MinPrepaidHours: 1})
	if err != nil {
		t.Fatal(err)
	}
	renter := e.account(t)
	if _, err := e.token.Mint(ctx, e.admin, renter.Address(), money.MustParse("1000")); err != nil {
		t.Fatal(err)
	}
	ix := openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), IndexerConfig{})
	balance := func(acct Account) *big.Int {
		t.Helper()
		if err := ix.CatchUp(ctx); err != nil {
			t.Fatal(err)
		}
		b, err := ix.Store().Balance(acct, 0)
		if err != nil {
			t.Fatal(err)
		}
		return b.Units()
	}
	kinds := func(acct Account) map[Kind]int {
		t.Helper()
		pg, err := ix.Store().Entries(EntryFilter{Account: acct}, PageRequest{Limit: MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		out := map[Kind]int{}
		for _, en := range pg.Items {
			out[en.Kind]++
		}
		return out
	}
	// expectDebt checks the lease's debt account against the rule: what it
	// accrued up to its settlement, less what was released (no credits
	// here), when positive.
	expectDebt := func(l contracts.Lease) *big.Int {
		t.Helper()
		want := accruedUnits(l, l.SettledUntil)
		want.Sub(want, l.Released.Units())
		if want.Sign() < 0 || l.Escrow.Units().Sign() > 0 {
			want.SetInt64(0)
		}
		if got := balance(LeaseDebt(l.ID)); got.Cmp(want) != 0 {
			t.Errorf("lease %d (%s): debt account %s, want %s", l.ID, l.Status, formatUnits(got), formatUnits(want))
		}
		return want
	}
	unpaidSum := new(big.Int) // what the asset's leases owe, by the rule
	hourly := new(big.Int).Mul(money.MustParse("2.123457").Units(), big.NewInt(2))
	open := func(extra int64) contracts.Lease {
		t.Helper()
		deposit := new(big.Int).Add(hourly, big.NewInt(extra)) // one hour prepaid and a little
		l, _, err := e.market.OpenLease(ctx, renter, contracts.LeaseRequest{ListingID: lst.ID, GPUs: 2, Hours: 6,
			Deposit: money.MustFromUnits(deposit)})
		if err != nil {
			t.Fatal(err)
		}
		return l
	}

	for _, tc := range []struct {
		name string
		// topUp after 3 hours, in units (0: none); endsWithDebt: then run to
		// the end of the term and settle.
		topUp        int64
		endsWithDebt bool
		wantAfterTop string // "less", "none"
	}{
		{name: "overdrawn, ends with debt", endsWithDebt: true},
		{name: "top-up pays part of the debt", topUp: 3_000_000, wantAfterTop: "less", endsWithDebt: true},
		{name: "top-up pays all of it", topUp: 20_000_000, wantAfterTop: "none"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := open(500_000)
			if err := e.chain.AdjustTime(3 * time.Hour); err != nil {
				t.Fatal(err)
			}
			l, _, err := e.market.Settle(ctx, renter, l.ID)
			if err != nil {
				t.Fatal(err)
			}
			if l.Status != contracts.LeaseOverdrawn {
				t.Fatalf("after 3 h on 1 h prepaid: %s", l.Status)
			}
			// About 2 h of rent less what was paid beyond the first hour.
			debt := expectDebt(l)
			twoHours := new(big.Int).Mul(hourly, big.NewInt(2))
			if lo := new(big.Int).Sub(twoHours, big.NewInt(500_000)); debt.Cmp(lo) < 0 {
				t.Errorf("debt %s, want at least 2 h of rent less the 0.50 paid beyond: %s", formatUnits(debt), formatUnits(lo))
			}
			if k := kinds(LeaseDebt(l.ID)); k[KindLeaseRelease] != 1 {
				t.Errorf("debt entries after the first settlement: %v", k)
			}
			if tc.topUp > 0 {
				l, _, err = e.market.TopUp(ctx, renter, l.ID, money.MustFromUnits(big.NewInt(tc.topUp)))
				if err != nil {
					t.Fatal(err)
				}
				after := expectDebt(l)
				switch tc.wantAfterTop {
				case "less":
					if after.Sign() == 0 || after.Cmp(debt) >= 0 || l.Status != contracts.LeaseOverdrawn {
						t.Errorf("after a top-up of %s: debt %s (was %s), %s", formatUnits(big.NewInt(tc.topUp)), formatUnits(after), formatUnits(debt), l.Status)
					}
				case "none":
					if after.Sign() != 0 || l.Status != contracts.LeaseActive {
						t.Errorf("after a top-up above the debt: debt %s, %s", formatUnits(after), l.Status)
					}
				}
				if k := kinds(LeaseDebt(l.ID)); k[KindLeaseRelease] != 2 {
					t.Errorf("debt entries after the top-up: %v", k)
				}
			}
			if tc.endsWithDebt {
				if err := e.chain.AdjustTime(4 * time.Hour); err != nil {
					t.Fatal(err)
				}
				if l, _, err = e.market.Settle(ctx, renter, l.ID); err != nil {
					t.Fatal(err)
				}
				if l.Status != contracts.LeaseEnded || !l.SettledUntil.Equal(l.End) {
					t.Fatalf("after the term: %s, settled until %s, end %s", l.Status, l.SettledUntil, l.End)
				}
				// Ended: what the whole term cost less everything paid.
				final := expectDebt(l)
				want := new(big.Int).Mul(hourly, big.NewInt(6))
				want.Sub(want, l.Deposit.Units())
				if final.Cmp(want) != 0 {
					t.Errorf("final debt %s, want the term's cost less the deposits: %s", formatUnits(final), formatUnits(want))
				}
			}
			unpaidSum.Add(unpaidSum, expectDebt(l))
			if got := balance(AssetUnpaid(a.ID)); got.Cmp(new(big.Int).Neg(unpaidSum)) != 0 {
				t.Errorf("unpaid account %s, want minus the leases' debts %s", formatUnits(got), formatUnits(unpaidSum))
			}
			checkInvariants(t, ix)
		})
	}
	if n, err := ix.Store().AssetLeasedGPUs(a.ID); err != nil || n != 2 {
		t.Errorf("asset's leased GPUs in the mirror: %d, %v (one 2-GPU lease is still running)", n, err)
	}
	if s := ix.Status(); s.Stats.Malformed+s.Stats.Inconsistent != 0 {
		t.Errorf("skipped logs: %+v", s.Stats)
	}
	requireSameExport(t, "debts", exportOf(t, ix.Store()), freshExport(t, e.chain.Client(), e.m, 0))
}
