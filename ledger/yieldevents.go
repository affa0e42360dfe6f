package ledger

import (
	"bytes"
	"fmt"
	"math/big"
	"time"

	bolt "go.etcd.io/bbolt"

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
//
// It reads in one transaction, so the events are those of one block: at,
// the mirror's cursor.
func (s *Store) YieldEvents(assetID uint64, clock EpochClock) (ev yield.Events, at BlockRef, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		at, _ = readCursor(tx)
		var err error
		ev, err = yieldEvents(tx, assetID, clock)
		return err
	})
	return ev, at, err
}

func yieldEvents(tx *bolt.Tx, assetID uint64, clock EpochClock) (yield.Events, error) {
	var ev yield.Events
	var a contracts.Asset
	if err := getJSON(tx, bAssets, idKey(assetID), &a); err != nil {
		return ev, fmt.Errorf("asset %d: %w", assetID, err)
	}
	ev.Asset = yield.Asset{ID: a.ID, GPUCount: a.GPUCount, CommissionedAt: a.CommissionedAt, BookValue: a.BookValue,
		UsefulLifeMonths: a.UsefulLifeMonths, Shares: new(big.Int).Set(a.Shares.Int())}
	// The asset's figures (book value, GPU count, shares) cite its
	// AssetTokenized, as the audit does.
	if err := eachRecord(tx, bEntityLogs, entityPrefix(entityAsset, assetID), func(l EntityLog) error {
		if l.Event == "AssetTokenized" {
			ev.Asset.Evidence = evidence(l.Ref)
		}
		return nil
	}); err != nil {
		return ev, fmt.Errorf("yield events of asset %d: %w", assetID, err)
	}
	if ev.Asset.Evidence.Block == 0 {
		// Cannot happen in a file of this schema, which records it with the asset.
		return ev, fmt.Errorf("yield events of asset %d: the mirror has no AssetTokenized log of it; reindex", assetID)
	}

	revenue := AssetRevenue(assetID)
	if err := eachEntryOf(tx, revenue, func(e Entry) error {
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
	if err := eachEntryOf(tx, fees, func(e Entry) error {
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
	if err := eachRecord(tx, bReserveWithdrawals, idKey(assetID), func(w ReserveWithdrawal) error {
		ev.ReservePayouts = append(ev.ReservePayouts, yield.Payout{At: w.Time, Amount: w.Amount, Evidence: evidence(w.Ref)})
		return nil
	}); err != nil {
		return ev, fmt.Errorf("yield events of asset %d: %w", assetID, err)
	}

	if _, err := walkLeases(tx, LeaseFilter{AssetID: &assetID}, PageRequest{Limit: -1}, func(l contracts.Lease) error {
		// Its time on the asset cites its LeaseCreated and LeaseClosed.
		var leaseEv []yield.Evidence
		if err := eachRecord(tx, bEntityLogs, entityPrefix(entityLease, l.ID), func(lg EntityLog) error {
			leaseEv = append(leaseEv, evidence(lg.Ref))
			return nil
		}); err != nil {
			return err
		}
		ev.Leases = append(ev.Leases, yield.Lease{ID: l.ID, GPUs: l.GPUs, Start: l.Start, End: l.End, Evidence: leaseEv})
		return eachRecord(tx, bSLACredits, idKey(l.ID), func(c SLACredit) error {
			// A credit is waived rent, reported with the settlement it
			// belongs to; alone here, it sums the same.
			ev.Settlements = append(ev.Settlements, yield.Settlement{LeaseID: l.ID, At: c.Time, Credit: c.Credit, Evidence: evidence(c.Ref)})
			return nil
		})
	}); err != nil {
		return ev, fmt.Errorf("yield events of asset %d: %w", assetID, err)
	}

	if err := eachRecord(tx, bEpochs, idKey(assetID), func(e Epoch) error {
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

// eachRecord calls fn with every record of bucket id under prefix, in key
// order, in tx.
func eachRecord[T any](tx *bolt.Tx, id bucketID, prefix []byte, fn func(T) error) error {
	return bucketForEach(tx, id, prefix, func(k, v []byte) (bool, error) {
		var item T
		if err := decodeRecord(v, &item); err != nil {
			return false, fmt.Errorf("ledger: decode %s/%x: %w", bucketNames[id], k, err)
		}
		return true, fn(item)
	})
}

// eachEntryOf calls fn with every journal entry that touched account a, in
// chain order, in tx: the account's index lines, each entry read by number.
func eachEntryOf(tx *bolt.Tx, a Account, fn func(Entry) error) error {
	entries := bucket(tx, bEntries)
	return eachRunItem(tx, a, 0, func(it runItem) (bool, error) {
		e, err := decodeEntry(entries.Get(idKey(it.seq)))
		if err != nil {
			return false, fmt.Errorf("ledger: entry %d: %w", it.seq, err)
		}
		return true, fn(e)
	})
}

// eachRunItem calls fn with every index line of account a from block
// fromBlock on, in chain order, in tx, until fn says stop: the account's
// runs from the one holding fromBlock (which may start before it).
func eachRunItem(tx *bolt.Tx, a Account, fromBlock uint64, fn func(runItem) (bool, error)) error {
	n, ok := accountNumber(tx, a)
	if !ok {
		return nil // never posted to
	}
	prefix := runPrefix(n)
	c := bucket(tx, bPostings).Cursor()
	k, v := seekFloor(c, runKey(n, fromBlock, 0))
	if k == nil || !bytes.HasPrefix(k, prefix) {
		k, v = c.Seek(prefix)
	}
	for ; k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		items, err := decodeRun(v)
		if err != nil {
			return fmt.Errorf("ledger: run %x: %w", k, err)
		}
		for _, it := range items {
			if it.block < fromBlock {
				continue
			}
			if more, err := fn(it); err != nil || !more {
				return err
			}
		}
	}
	return nil
}
