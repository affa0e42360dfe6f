package audit

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/money"
)

// priceState is what a lease's price depends on, rebuilt from logs: each
// asset's GPU count (AssetTokenized), leased GPUs and when they last
// changed (LeaseCreated, LeaseRetired, UsageTracked), each listing's
// asset, fixed price (ListingCreated, ListingPriceChanged) and curve with
// the time it was set (ListingCurveSet, ListingCurveCleared).
type priceState struct {
	gpuCount map[uint64]uint32
	usage    map[uint64]assetUsage
	listings map[uint64]listingPrice
	// txStart holds, for the transaction being read, each asset's usage
	// before the transaction's first change of it: a lease is priced on
	// the state its transaction found, before the expired leases it names
	// are retired (docs/pricing.md).
	tx      common.Hash
	txStart map[uint64]assetUsage
}

type assetUsage struct {
	leased  uint32
	changed time.Time
}

type listingPrice struct {
	asset uint64
	fixed *big.Int
	curve *contracts.Curve
	setAt time.Time
}

// auditPrices recomputes every lease's opening price from logs alone, in
// chain order: a fixed listing's price in force, or a curved listing's
// curve at the asset's utilisation and idle hours as the lease's
// transaction found them, and checks it against the price the lease was
// opened at (LeaseCreated) and, for a curve, the utilisation and price the
// contract reported (LeasePriced). One check sums them up, naming the
// first mismatch.
func (l *Log) auditPrices(m *contracts.Manifest, res *Result) error {
	marketABI := leasemarket.NewLeaseMarket()
	assetABI := gpuasset.NewGPUAsset()
	market, assets := m.Address(contracts.LeaseMarketName), m.Address(contracts.GPUAssetName)
	ev := marketABI.GetABI().Events
	st := &priceState{gpuCount: map[uint64]uint32{}, usage: map[uint64]assetUsage{}, listings: map[uint64]listingPrice{}}
	type expected struct {
		util  uint16
		price *big.Int
	}
	pending := map[uint64]expected{} // curved leases awaiting their LeasePriced
	var leases, curved int
	var mismatches []string
	for i := range l.Logs {
		lg := &l.Logs[i]
		if len(lg.Topics) == 0 || (lg.Address != market && lg.Address != assets) {
			continue
		}
		if lg.TxHash != st.tx {
			st.tx, st.txStart = lg.TxHash, map[uint64]assetUsage{}
		}
		at := l.Times[lg.BlockNumber]
		topic := lg.Topics[0]
		switch {
		case lg.Address == assets && topic == assetABI.GetABI().Events["AssetTokenized"].ID:
			e, err := assetABI.UnpackAssetTokenizedEvent(lg)
			if err != nil {
				return decodeErr("AssetTokenized", lg, err)
			}
			st.gpuCount[e.AssetId.Uint64()] = e.Params.GpuCount
		case lg.Address != market:
		case topic == ev["ListingCreated"].ID:
			e, err := marketABI.UnpackListingCreatedEvent(lg)
			if err != nil {
				return decodeErr("ListingCreated", lg, err)
			}
			st.listings[e.ListingId.Uint64()] = listingPrice{asset: e.AssetId.Uint64(), fixed: e.PricePerGpuHour}
		case topic == ev["ListingPriceChanged"].ID:
			e, err := marketABI.UnpackListingPriceChangedEvent(lg)
			if err != nil {
				return decodeErr("ListingPriceChanged", lg, err)
			}
			lp := st.listings[e.ListingId.Uint64()]
			lp.fixed = e.NewPrice
			st.listings[e.ListingId.Uint64()] = lp
		case topic == ev["ListingCurveSet"].ID:
			e, err := marketABI.UnpackListingCurveSetEvent(lg)
			if err != nil {
				return decodeErr("ListingCurveSet", lg, err)
			}
			c, err := contracts.CurveFromParams(e.Curve)
			if err != nil {
				return decodeErr("ListingCurveSet", lg, err)
			}
			lp := st.listings[e.ListingId.Uint64()]
			lp.curve, lp.setAt = &c, at
			st.listings[e.ListingId.Uint64()] = lp
		case topic == ev["ListingCurveCleared"].ID:
			e, err := marketABI.UnpackListingCurveClearedEvent(lg)
			if err != nil {
				return decodeErr("ListingCurveCleared", lg, err)
			}
			lp := st.listings[e.ListingId.Uint64()]
			lp.curve = nil
			st.listings[e.ListingId.Uint64()] = lp
		case topic == ev["UsageTracked"].ID:
			// Tracking restarts the asset's usage clock (updatedAt) with
			// its GPUs unchanged: an idle spell counts from here.
			e, err := marketABI.UnpackUsageTrackedEvent(lg)
			if err != nil {
				return decodeErr("UsageTracked", lg, err)
			}
			st.change(e.AssetId.Uint64(), 0, at)
		case topic == ev["LeaseRetired"].ID:
			e, err := marketABI.UnpackLeaseRetiredEvent(lg)
			if err != nil {
				return decodeErr("LeaseRetired", lg, err)
			}
			st.change(e.AssetId.Uint64(), -int64(e.Gpus), at)
		case topic == ev["LeaseCreated"].ID:
			e, err := marketABI.UnpackLeaseCreatedEvent(lg)
			if err != nil {
				return decodeErr("LeaseCreated", lg, err)
			}
			leases++
			leaseID, listingID, assetID := e.LeaseId.Uint64(), e.ListingId.Uint64(), e.AssetId.Uint64()
			lp := st.listings[listingID]
			want, util := lp.fixed, uint16(0)
			if lp.curve != nil {
				curved++
				u := st.before(assetID)
				util = uint16(contracts.Utilisation(u.leased, st.gpuCount[assetID]))
				var idle uint64
				if u.leased == 0 {
					idle = contracts.IdleHours(at, u.changed, lp.setAt)
				}
				want = lp.curve.PriceAt(uint32(util), idle).Units()
				pending[leaseID] = expected{util, want}
			}
			if want == nil || want.Cmp(e.PricePerGpuHour) != 0 {
				mismatches = append(mismatches, fmt.Sprintf("lease %d opened at %s per GPU-hour, recomputed %s (utilisation %d bps)",
					leaseID, units(e.PricePerGpuHour), priceOrNone(want), util))
			}
			st.change(assetID, int64(e.Gpus), at)
		case topic == ev["LeasePriced"].ID:
			e, err := marketABI.UnpackLeasePricedEvent(lg)
			if err != nil {
				return decodeErr("LeasePriced", lg, err)
			}
			leaseID := e.LeaseId.Uint64()
			x, ok := pending[leaseID]
			delete(pending, leaseID)
			if !ok || x.util != e.UtilisationBps || x.price.Cmp(e.PricePerGpuHour) != 0 {
				mismatches = append(mismatches, fmt.Sprintf("lease %d reported priced at %d bps, %s; recomputed %d bps, %s",
					leaseID, e.UtilisationBps, units(e.PricePerGpuHour), x.util, priceOrNone(x.price)))
			}
		}
	}
	for leaseID := range pending {
		mismatches = append(mismatches, fmt.Sprintf("curved lease %d has no LeasePriced event", leaseID))
	}
	name := fmt.Sprintf("lease prices recomputed from listings, curves and utilisation (%d leases, %d curved)", leases, curved)
	actual := "all match"
	if len(mismatches) > 0 {
		actual = fmt.Sprintf("%d mismatches; first: %s", len(mismatches), mismatches[0])
	}
	res.check(name, "all match", actual)
	return nil
}

// before is the asset's usage as the current transaction found it.
func (s *priceState) before(assetID uint64) assetUsage {
	if u, ok := s.txStart[assetID]; ok {
		return u
	}
	return s.usage[assetID]
}

// change moves the asset's leased GPUs by delta at time at, keeping the
// state before the transaction's first change.
func (s *priceState) change(assetID uint64, delta int64, at time.Time) {
	u := s.usage[assetID]
	if _, ok := s.txStart[assetID]; !ok {
		s.txStart[assetID] = u
	}
	u.leased = uint32(int64(u.leased) + delta)
	u.changed = at
	s.usage[assetID] = u
}

func priceOrNone(v *big.Int) string {
	if v == nil {
		return "nothing (listing unknown)"
	}
	return money.MustFromUnits(v).String()
}
