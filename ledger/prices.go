package ledger

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// A listing's price history (docs/pricing.md): every lease's opening price
// (and, for a curved listing, the utilisation it was priced at), every
// change of its fixed price, every curve set or cleared. One record per
// log, keyed by listing then chain order, written in the batch of the log
// (undone with it on a reorg). The mirror books no money here: a price is
// not a movement.

// PriceKind says what a PricePoint records.
type PriceKind string

// Price point kinds.
const (
	PriceLease        PriceKind = "lease"         // a lease opened at PricePerGPUHour
	PriceFixed        PriceKind = "fixed"         // the listing's fixed price changed to PricePerGPUHour
	PriceCurveSet     PriceKind = "curve_set"     // the listing's price now follows Curve
	PriceCurveCleared PriceKind = "curve_cleared" // the listing is at its fixed price again
)

// PricePoint is one change or use of a listing's price.
type PricePoint struct {
	ListingID uint64    `json:"listing_id"`
	Kind      PriceKind `json:"kind"`
	Time      time.Time `json:"time"`
	Ref       Ref       `json:"ref"`
	// PricePerGPUHour is the lease's price or the new fixed price.
	PricePerGPUHour *money.Amount `json:"price_per_gpu_hour,omitempty"`
	// LeaseID and GPUs are set for a lease.
	LeaseID uint64 `json:"lease_id,omitempty"`
	GPUs    uint32 `json:"gpus,omitempty"`
	// Curved says the lease was priced by its listing's curve, at
	// UtilisationBps (the asset's leased GPUs before it, out of its GPU
	// count, from the contract's LeasePriced event). A lease at a fixed
	// price has no utilisation: nothing depended on it.
	Curved         bool    `json:"curved,omitempty"`
	UtilisationBps *uint16 `json:"utilisation_bps,omitempty"`
	// Curve is the curve set (curve_set).
	Curve *contracts.Curve `json:"curve,omitempty"`
}

func priceKey(listingID uint64, r Ref) []byte {
	return append(idKey(listingID), refSuffix(r)...)
}

// putPrice records a price point of the current log.
func (c *logCtx) putPrice(p PricePoint) error {
	p.Time, p.Ref = c.blk.Time, c.ref
	return c.putJSON(bPrices, priceKey(p.ListingID, c.ref), p)
}

// recordLeasePrice records a lease's opening price (LeaseCreated); a
// curved lease's LeasePriced, next in the same transaction, adds the
// utilisation.
func (c *logCtx) recordLeasePrice(l contracts.Lease) error {
	price := l.PricePerGPUHour
	return c.putPrice(PricePoint{ListingID: l.ListingID, Kind: PriceLease, PricePerGPUHour: &price, LeaseID: l.ID, GPUs: l.GPUs})
}

// recordFixedPrice records a change of a listing's fixed price (ListingPriceChanged).
func (c *logCtx) recordFixedPrice(listingID uint64, price money.Amount) error {
	return c.putPrice(PricePoint{ListingID: listingID, Kind: PriceFixed, PricePerGPUHour: &price})
}

func onListingCurveSet(c *logCtx) error {
	ev, err := marketABI.UnpackListingCurveSetEvent(c.log)
	if err != nil {
		return malformed("ListingCurveSet: %v", err)
	}
	listingID, err := id("listing id", ev.ListingId)
	if err != nil {
		return err
	}
	curve, err := contracts.CurveFromParams(ev.Curve)
	if err != nil {
		return malformed("ListingCurveSet: %v", err)
	}
	return c.setListingCurve(listingID, &curve, PricePoint{ListingID: listingID, Kind: PriceCurveSet, Curve: &curve})
}

func onListingCurveCleared(c *logCtx) error {
	ev, err := marketABI.UnpackListingCurveClearedEvent(c.log)
	if err != nil {
		return malformed("ListingCurveCleared: %v", err)
	}
	listingID, err := id("listing id", ev.ListingId)
	if err != nil {
		return err
	}
	return c.setListingCurve(listingID, nil, PricePoint{ListingID: listingID, Kind: PriceCurveCleared})
}

// setListingCurve puts curve on the mirrored listing and records p.
func (c *logCtx) setListingCurve(listingID uint64, curve *contracts.Curve, p PricePoint) error {
	l, err := c.loadListing(listingID)
	if err != nil {
		return err
	}
	l.Curve = curve
	if err := c.putJSON(bListings, idKey(listingID), l); err != nil {
		return err
	}
	return c.putPrice(p)
}

// onLeasePriced adds the utilisation to the lease's price point, which
// its LeaseCreated (the log before, same transaction) recorded.
func onLeasePriced(c *logCtx) error {
	ev, err := marketABI.UnpackLeasePricedEvent(c.log)
	if err != nil {
		return malformed("LeasePriced: %v", err)
	}
	listingID, err := id("listing id", ev.ListingId)
	if err != nil {
		return err
	}
	leaseID, err := id("lease id", ev.LeaseId)
	if err != nil {
		return err
	}
	if c.ref.LogIndex == 0 {
		return inconsistent("LeasePriced of lease %d is not after its LeaseCreated", leaseID)
	}
	created := c.ref
	created.LogIndex--
	key := priceKey(listingID, created)
	var p PricePoint
	ok, err := c.getJSON(bPrices, key, &p)
	if err != nil {
		return err
	}
	if !ok || p.LeaseID != leaseID {
		return inconsistent("LeasePriced of lease %d does not follow its LeaseCreated", leaseID)
	}
	if p.PricePerGPUHour == nil || p.PricePerGPUHour.Units().Cmp(ev.PricePerGpuHour) != 0 {
		return inconsistent("lease %d priced at %s units, created at %v", leaseID, ev.PricePerGpuHour, p.PricePerGPUHour)
	}
	util := ev.UtilisationBps
	p.Curved, p.UtilisationBps = true, &util
	return c.putJSON(bPrices, key, p)
}

// PriceFilter narrows ListingPrices to points whose block time is in
// [From, To) (zero: unbounded).
type PriceFilter struct {
	From, To time.Time
}

// ListingPrices lists a listing's price history in chain order.
func (s *Store) ListingPrices(listingID uint64, f PriceFilter, p PageRequest) (Page[PricePoint], error) {
	out := Page[PricePoint]{Items: []PricePoint{}}
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out.Next, err = scan(tx, bPrices, idKey(listingID), p, func(_, v []byte) (bool, error) {
			var pt PricePoint
			if err := json.Unmarshal(v, &pt); err != nil {
				return false, err
			}
			if (!f.From.IsZero() && pt.Time.Before(f.From)) || (!f.To.IsZero() && !pt.Time.Before(f.To)) {
				return false, nil
			}
			out.Items = append(out.Items, pt)
			return true, nil
		})
		return err
	})
	if err != nil {
		return out, fmt.Errorf("prices of listing %d: %w", listingID, err)
	}
	return out, nil
}
