package ledger

import (
	"fmt"
	"math/big"
	"time"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/yield"
)

// EpochClock places oracle epochs in time: epoch e starts at Genesis + e × Length.
type EpochClock struct {
	Genesis time.Time
	Length  time.Duration
}

// YieldEvents gathers what the yield package needs about one asset from the
// mirror alone: its record, its leases, the journal's releases and splits
// through the asset's revenue account, payouts of its operator fees and
// reserve, SLA credits, and oracle epochs. The audit builds the same events
// from chain logs; the two must agree.
func (s *Store) YieldEvents(assetID uint64, clock EpochClock) (yield.Events, error) {
	var ev yield.Events
	a, err := s.Asset(assetID)
	if err != nil {
		return ev, err
	}
	ev.Asset = yield.Asset{ID: a.ID, GPUCount: a.GPUCount, CommissionedAt: a.CommissionedAt, BookValue: a.BookValue,
		UsefulLifeMonths: a.UsefulLifeMonths, Shares: new(big.Int).Set(a.Shares.Int())}
	// The asset's figures (book value, GPU count, shares) cite its
	// AssetTokenized, as the audit does.
	tokenized, err := s.AssetLogs(assetID)
	if err != nil {
		return ev, fmt.Errorf("yield events of asset %d: %w", assetID, err)
	}
	for _, l := range tokenized {
		if l.Event == "AssetTokenized" {
			ev.Asset.Evidence = evidence(l.Ref)
		}
	}
	if ev.Asset.Evidence.Block == 0 {
		// Cannot happen in a file of this schema, which records it with the asset.
		return ev, fmt.Errorf("yield events of asset %d: the mirror has no AssetTokenized log of it; reindex", assetID)
	}

	revenue := AssetRevenue(assetID)
	if err := eachPage(func(p PageRequest) (Page[EntryLine], error) {
		return s.Entries(EntryFilter{Account: revenue}, p)
	}, func(e EntryLine) error {
		ref := evidence(e.Ref)
		switch e.Kind {
		case KindLeaseRelease:
			released := money.Zero
			for _, p := range e.Postings {
				if p.Destination == revenue {
					released = released.Add(p.Amount)
				}
			}
			ev.Settlements = append(ev.Settlements, yield.Settlement{At: e.Time, Released: released, Evidence: ref})
		case KindBackstopPayment:
			paid := money.Zero
			for _, p := range e.Postings {
				if p.Destination == revenue {
					paid = paid.Add(p.Amount)
				}
			}
			ev.BackstopPayments = append(ev.BackstopPayments, yield.Payout{At: e.Time, Amount: paid, Evidence: ref})
		case KindRevenueSplit:
			r := yield.Revenue{At: e.Time, Evidence: ref}
			for _, p := range e.Postings {
				if p.Source != revenue {
					continue
				}
				r.Gross = r.Gross.Add(p.Amount)
				switch p.Destination {
				case PlatformFees:
					r.PlatformFee = r.PlatformFee.Add(p.Amount)
				case OperatorFees(assetID):
					r.OperatorFee = r.OperatorFee.Add(p.Amount)
				case AssetReserve(assetID):
					r.Reserve = r.Reserve.Add(p.Amount)
				case AssetHolders(assetID):
					r.Holders = r.Holders.Add(p.Amount)
				default:
					return fmt.Errorf("revenue split %d pays unknown account %s", e.Seq, p.Destination)
				}
			}
			ev.Revenues = append(ev.Revenues, r)
		}
		return nil
	}); err != nil {
		return ev, fmt.Errorf("yield events of asset %d: %w", assetID, err)
	}

	// Payouts: the operator's fee withdrawals from its fee account's
	// journal, the reserve's from their own index.
	fees := OperatorFees(assetID)
	if err := eachPage(func(p PageRequest) (Page[EntryLine], error) {
		return s.Entries(EntryFilter{Account: fees}, p)
	}, func(e EntryLine) error {
		if e.Kind != KindOperatorFeeWithdrawal {
			return nil
		}
		paid := money.Zero
		for _, p := range e.Postings {
			if p.Source == fees {
				paid = paid.Add(p.Amount)
			}
		}
		ev.OperatorFeePayouts = append(ev.OperatorFeePayouts, yield.Payout{At: e.Time, Amount: paid, Evidence: evidence(e.Ref)})
		return nil
	}); err != nil {
		return ev, fmt.Errorf("yield events of asset %d: %w", assetID, err)
	}
	if err := eachPage(func(p PageRequest) (Page[ReserveWithdrawal], error) {
		return s.ReserveWithdrawals(assetID, p)
	}, func(w ReserveWithdrawal) error {
		ev.ReservePayouts = append(ev.ReservePayouts, yield.Payout{At: w.Time, Amount: w.Amount, Evidence: evidence(w.Ref)})
		return nil
	}); err != nil {
		return ev, fmt.Errorf("yield events of asset %d: %w", assetID, err)
	}

	if err := eachPage(func(p PageRequest) (Page[contracts.Lease], error) {
		return s.Leases(LeaseFilter{AssetID: &assetID}, p)
	}, func(l contracts.Lease) error {
		// Its time on the asset cites its LeaseCreated and LeaseClosed.
		logs, err := s.LeaseLogs(l.ID)
		if err != nil {
			return err
		}
		var leaseEv []yield.Evidence
		for _, lg := range logs {
			leaseEv = append(leaseEv, evidence(lg.Ref))
		}
		ev.Leases = append(ev.Leases, yield.Lease{ID: l.ID, GPUs: l.GPUs, Start: l.Start, End: l.End, Evidence: leaseEv})
		return eachPage(func(p PageRequest) (Page[SLACredit], error) { return s.SLACredits(l.ID, p) }, func(c SLACredit) error {
			// A credit is waived rent, reported with the settlement it
			// belongs to; alone here, it sums the same.
			ev.Settlements = append(ev.Settlements, yield.Settlement{LeaseID: l.ID, At: c.Time, Credit: c.Credit, Evidence: evidence(c.Ref)})
			return nil
		})
	}); err != nil {
		return ev, fmt.Errorf("yield events of asset %d: %w", assetID, err)
	}

	if err := eachPage(func(p PageRequest) (Page[Epoch], error) { return s.Epochs(assetID, p) }, func(e Epoch) error {
		ev.Epochs = append(ev.Epochs, yield.Epoch{
			Start: clock.Genesis.Add(time.Duration(e.Epoch) * clock.Length), Length: clock.Length,
			UtilisationBps: e.UtilisationBps, AvailabilityBps: e.AvailabilityBps, EnergyWh: e.EnergyWh, Evidence: evidence(e.Ref),
		})
		return nil
	}); err != nil {
		return ev, fmt.Errorf("yield events of asset %d: %w", assetID, err)
	}
	return ev, nil
}

func evidence(r Ref) yield.Evidence {
	return yield.Evidence{TxHash: r.TxHash, Block: r.Block, LogIndex: r.LogIndex}
}

// eachPage walks every page of a list.
func eachPage[T any](list func(PageRequest) (Page[T], error), each func(T) error) error {
	p := PageRequest{Limit: 1000}
	for {
		page, err := list(p)
		if err != nil {
			return err
		}
		for _, item := range page.Items {
			if err := each(item); err != nil {
				return err
			}
		}
		if page.Next == "" {
			return nil
		}
		p.After = page.Next
	}
}
