package ledger

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger/internal/enc"
	"github.com/gpuledger/gpuledger/money"
)

// MaxSeriesSpan is the longest range HourlyRevenue answers: a leap year of
// hours (8,784 points at most), so that one answer stays small whatever
// range is asked.
const MaxSeriesSpan = 366 * 24 * time.Hour

// ErrSeriesRange is returned (wrapped) by HourlyRevenue for a range that
// is empty, inverted, half given, or longer than MaxSeriesSpan; the
// message says which.
var ErrSeriesRange = errors.New("invalid series range")

// RevenueHour is the rent released to an asset's revenue account in one
// UTC hour.
type RevenueHour struct {
	// Hour is the start of the hour, UTC.
	Hour time.Time
	// Revenue is the rent released in the hour (the part of it inside the
	// series' range), exact.
	Revenue money.Amount
	// Entries is the number of releases (journal entries) that make it.
	Entries int
}

// RevenueSeries is an asset's rent released per hour over [From, To), as
// of the mirror's Block.
type RevenueSeries struct {
	AssetID uint64
	From    time.Time
	To      time.Time
	Block   uint64
	// Hours are in time order; an hour without a release is left out.
	Hours []RevenueHour
}

// HourlyRevenue returns the rent released (lease_release entries) to an
// asset's revenue account per UTC hour of its entries' block time, over
// [from, to). It is gross revenue as the yield counts it, hour by hour:
// the hours sum to the yield's gross revenue over the same range, to the
// unit. Backstop payments, revenue apart from rent, are not counted.
//
// from and to both zero ask for the asset's life so far, the default
// period of its yield: from its commissioning to one second after the
// mirror's last block, or its last MaxSeriesSpan when longer. Otherwise
// both must be given, from before to, at most MaxSeriesSpan apart
// (ErrSeriesRange). An unknown asset is ErrNotFound.
//
// It runs in one read transaction and reads only the range: the block
// times index finds the first and last block with entries in it, and the
// account's posting runs are read from the run holding the first; only
// the entries that credited the account are opened, for their kind and
// time. The edge hours of a range that does not start or end on the hour
// hold only the releases inside it.
func (s *Store) HourlyRevenue(assetID uint64, from, to time.Time) (RevenueSeries, error) {
	out := RevenueSeries{AssetID: assetID, Hours: []RevenueHour{}}
	err := s.view(func(tx *bolt.Tx) error {
		snap, err := readSnapshot(tx)
		if err != nil {
			return err
		}
		out.Block = snap.Block
		if out.From, out.To, err = seriesRange(tx, assetID, from, to, snap); err != nil {
			return err
		}
		out.Hours, err = releasedByHour(tx, AssetRevenue(assetID), out.From, out.To)
		return err
	})
	if err != nil {
		return RevenueSeries{}, fmt.Errorf("hourly revenue of asset %d: %w", assetID, err)
	}
	return out, nil
}

// seriesRange checks the asset and the range asked, or makes the default
// one (HourlyRevenue).
func seriesRange(tx *bolt.Tx, assetID uint64, from, to time.Time, snap Snapshot) (time.Time, time.Time, error) {
	if from.IsZero() && to.IsZero() {
		var a contracts.Asset
		if err := getJSON(tx, bAssets, idKey(assetID), &a); err != nil {
			return from, to, err
		}
		from, to = a.CommissionedAt.UTC(), snap.Time.Add(time.Second)
		if to.Sub(from) > MaxSeriesSpan {
			from = to.Add(-MaxSeriesSpan)
		}
		if !from.Before(to) {
			return from, to, fmt.Errorf("%w: the asset is commissioned at %s, after the mirror's last block (%s)",
				ErrSeriesRange, a.CommissionedAt.Format(time.RFC3339), snap.Time.Format(time.RFC3339))
		}
		return from, to, nil
	}
	if bucket(tx, bAssets).Get(idKey(assetID)) == nil {
		return from, to, ErrNotFound
	}
	switch {
	case from.IsZero() || to.IsZero():
		return from, to, fmt.Errorf("%w: give both from and to, or neither", ErrSeriesRange)
	case !from.Before(to):
		return from, to, fmt.Errorf("%w: from (%s) must be before to (%s)", ErrSeriesRange, from.Format(time.RFC3339), to.Format(time.RFC3339))
	case to.Sub(from) > MaxSeriesSpan:
		return from, to, fmt.Errorf("%w: %s to %s spans more than %d days",
			ErrSeriesRange, from.Format(time.RFC3339), to.Format(time.RFC3339), MaxSeriesSpan/(24*time.Hour))
	}
	return from.UTC(), to.UTC(), nil
}

// releasedByHour sums the lease releases that credited account in [from,
// to) by UTC hour, walking the account's posting runs in chain order.
func releasedByHour(tx *bolt.Tx, account Account, from, to time.Time) ([]RevenueHour, error) {
	hours := []RevenueHour{}
	fromBlock, toBlock, empty := blockRange(tx, from, to)
	if empty {
		return hours, nil
	}
	entries := bucket(tx, bEntries)
	var sums []*big.Int // units of hours[i]
	err := eachRunItem(tx, account, fromBlock, func(it runItem) (bool, error) {
		if toBlock != 0 && it.block >= toBlock {
			return false, nil
		}
		delta, err := parseUnits(string(it.delta))
		if err != nil {
			return false, fmt.Errorf("posting of %s in entry %d: %w", account, it.seq, err)
		}
		if delta.Sign() <= 0 {
			return true, nil // the split of revenue out of the account
		}
		at, kind, err := entryTimeKind(entries.Get(idKey(it.seq)))
		if err != nil {
			return false, fmt.Errorf("entry %d: %w", it.seq, err)
		}
		if kind != KindLeaseRelease {
			return true, nil // a backstop payment: revenue, not rent
		}
		// Entries come in chain order, so hours only move forward.
		hour := at.Truncate(time.Hour)
		if last := len(hours) - 1; last < 0 || !hours[last].Hour.Equal(hour) {
			hours = append(hours, RevenueHour{Hour: hour})
			sums = append(sums, new(big.Int))
		}
		hours[len(hours)-1].Entries++
		sums[len(sums)-1].Add(sums[len(sums)-1], delta)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return seriesHours(hours, sums)
}

// seriesHours sets each hour's revenue from its sum in token units.
func seriesHours(hours []RevenueHour, sums []*big.Int) ([]RevenueHour, error) {
	for i := range hours {
		amt, err := money.FromUnits(sums[i])
		if err != nil {
			return nil, fmt.Errorf("revenue of hour %s: %w", hours[i].Hour.Format(time.RFC3339), err)
		}
		hours[i].Revenue = amt
	}
	return hours, nil
}

// entryTimeKind reads a stored entry's block time and kind, the fields
// before its postings in appendEntry's layout, without decoding the rest.
func entryTimeKind(v []byte) (time.Time, Kind, error) {
	if v == nil {
		// An index line names an entry the journal lacks: a damaged
		// file, not a missing resource.
		return time.Time{}, "", fmt.Errorf("entry missing from the journal: %w", enc.ErrCorrupt)
	}
	r := enc.NewReader(v)
	if f := r.Byte(); f != entryFormat {
		return time.Time{}, "", fmt.Errorf("entry: unknown format %d: %w", f, enc.ErrCorrupt)
	}
	r.Uvarint() // seq
	r.Uvarint() // block
	r.Fixed(32) // block hash
	r.Fixed(32) // tx hash
	r.Uvarint() // log index
	at := r.Uvarint()
	kind := r.Bytes()
	if r.Err() != nil {
		return time.Time{}, "", fmt.Errorf("entry: %w", r.Err())
	}
	return time.Unix(int64(at), 0).UTC(), Kind(kind), nil
}
