package ledger

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger/internal/enc"
	"github.com/gpuledger/gpuledger/money"
)

// Queries. Each runs in its own read transaction, so it sees one
// committed state of the mirror (never half a batch) and may run
// concurrently with the indexer and other queries. Results are copies.
// A missing entity is ErrNotFound; a bad page request ErrInvalidPage.

func getJSON(tx *bolt.Tx, id bucketID, k []byte, v any) error {
	raw := bucket(tx, id).Get(k)
	if raw == nil {
		return ErrNotFound
	}
	if err := decodeRecord(raw, v); err != nil {
		return fmt.Errorf("ledger: decode %s/%x: %w", bucketNames[id], k, err)
	}
	return nil
}

// view runs fn in a read transaction.
func (s *Store) view(fn func(tx *bolt.Tx) error) error { return s.db.View(fn) }

// ------------------------------------------------------------------ assets

// AssetFilter narrows Assets; zero fields do not filter. Filters are
// applied while the list is walked, before paging: a page holds Limit
// matching assets when that many are left.
type AssetFilter struct {
	Operator *common.Address
	// GPUModel and Location match the asset's, ignoring case.
	GPUModel string
	Location string
}

func (f AssetFilter) match(a contracts.Asset) bool {
	return (f.Operator == nil || a.Operator == *f.Operator) &&
		(f.GPUModel == "" || strings.EqualFold(a.GPUModel, f.GPUModel)) &&
		(f.Location == "" || strings.EqualFold(a.Location, f.Location))
}

// Asset returns an asset by id.
func (s *Store) Asset(id uint64) (contracts.Asset, error) {
	var a contracts.Asset
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, bAssets, idKey(id), &a) })
	if err != nil {
		return a, fmt.Errorf("asset %d: %w", id, err)
	}
	return a, nil
}

// Assets lists assets by id, filtered by operator, GPU model and location.
func (s *Store) Assets(f AssetFilter, p PageRequest) (Page[contracts.Asset], error) {
	var out Page[contracts.Asset]
	out.Items = []contracts.Asset{}
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		if f.Operator != nil {
			out.Next, err = scan(tx, bAssetsByOperator, f.Operator[:], p, func(k, _ []byte) (bool, error) {
				var a contracts.Asset
				if err := getJSON(tx, bAssets, k[20:], &a); err != nil {
					return false, err
				}
				if !f.match(a) {
					return false, nil
				}
				out.Items = append(out.Items, a)
				return true, nil
			})
			return err
		}
		out.Next, err = scan(tx, bAssets, nil, p, func(_, v []byte) (bool, error) {
			var a contracts.Asset
			if err := json.Unmarshal(v, &a); err != nil {
				return false, err
			}
			if !f.match(a) {
				return false, nil
			}
			out.Items = append(out.Items, a)
			return true, nil
		})
		return err
	})
	return out, err
}

// AssetLeasedGPUs returns the GPUs of an asset held by its unretired
// leases, under all its listings (the contract's leasedGpus(assetId)).
func (s *Store) AssetLeasedGPUs(assetID uint64) (uint32, error) {
	var n uint32
	err := s.view(func(tx *bolt.Tx) error {
		if bucket(tx, bAssets).Get(idKey(assetID)) == nil {
			return fmt.Errorf("asset %d: %w", assetID, ErrNotFound)
		}
		var err error
		n, err = readAssetLeased(tx, assetID)
		return err
	})
	return n, err
}

func readAssetLeased(tx *bolt.Tx, assetID uint64) (uint32, error) {
	raw := bucket(tx, bAssetLeased).Get(idKey(assetID))
	switch len(raw) {
	case 0:
		return 0, nil
	case 4:
		return enc.ReadU32(raw), nil
	}
	return 0, fmt.Errorf("ledger: leased GPUs of asset %d: bad value %x", assetID, raw)
}

// ---------------------------------------------------------------- listings

// ListingFilter narrows Listings and Offers; zero fields do not filter.
// Filters are applied while the list is walked, before paging: a page
// holds Limit matching listings when that many are left (a page may still
// be empty at the end of the list, see Page).
type ListingFilter struct {
	AssetID *uint64
	// Operator keeps the listings of the operator's assets.
	Operator *common.Address
	// GPUModel and Location match the listed asset's, ignoring case.
	GPUModel string
	Location string
	// MinFreeGPUs keeps listings that can lease at least this many GPUs
	// now (Offer.FreeGPUs: the listing's and the asset's limits).
	MinFreeGPUs uint32
	// MaxPrice keeps listings priced at most this per GPU-hour.
	MaxPrice *money.Amount
	// Active keeps listings open (true) or closed (false) to new leases.
	Active *bool
}

func (f ListingFilter) match(o Offer) bool {
	return (f.AssetID == nil || o.AssetID == *f.AssetID) &&
		(f.Operator == nil || o.Asset.Operator == *f.Operator) &&
		(f.GPUModel == "" || strings.EqualFold(o.Asset.GPUModel, f.GPUModel)) &&
		(f.Location == "" || strings.EqualFold(o.Asset.Location, f.Location)) &&
		o.FreeGPUs() >= f.MinFreeGPUs &&
		(f.MaxPrice == nil || o.PricePerGPUHour.Cmp(*f.MaxPrice) <= 0) &&
		(f.Active == nil || o.Active == *f.Active)
}

// Listing returns a listing by id.
func (s *Store) Listing(id uint64) (contracts.Listing, error) {
	var l contracts.Listing
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, bListings, idKey(id), &l) })
	if err != nil {
		return l, fmt.Errorf("listing %d: %w", id, err)
	}
	return l, nil
}

// needsAsset reports whether the filter reads the listed asset.
func (f ListingFilter) needsAsset() bool {
	return f.Operator != nil || f.GPUModel != "" || f.Location != "" || f.MinFreeGPUs > 0
}

// Listings lists listings by id, filtered (ListingFilter).
func (s *Store) Listings(f ListingFilter, p PageRequest) (Page[contracts.Listing], error) {
	offers, err := s.offers(f, p, f.needsAsset())
	out := Page[contracts.Listing]{Items: make([]contracts.Listing, len(offers.Items)), Next: offers.Next}
	for i, o := range offers.Items {
		out.Items[i] = o.Listing
	}
	return out, err
}

// Offer returns a listing by id with its asset and the asset's leased GPUs.
func (s *Store) Offer(id uint64) (Offer, error) {
	var o Offer
	err := s.view(func(tx *bolt.Tx) error {
		if err := getJSON(tx, bListings, idKey(id), &o.Listing); err != nil {
			return err
		}
		var err error
		o, err = newOfferReader(tx).offer(o.Listing)
		return err
	})
	if err != nil {
		return o, fmt.Errorf("listing %d: %w", id, err)
	}
	return o, nil
}

// Offers lists listings by id with their assets and the assets' leased
// GPUs, filtered (ListingFilter) before paging: an asset's listings when
// AssetID is set, else every listing.
func (s *Store) Offers(f ListingFilter, p PageRequest) (Page[Offer], error) {
	return s.offers(f, p, true)
}

// offers pages over the listings the filter keeps; withAsset false leaves
// the offers' assets empty (for a filter that does not read them).
func (s *Store) offers(f ListingFilter, p PageRequest, withAsset bool) (Page[Offer], error) {
	out := Page[Offer]{Items: []Offer{}}
	err := s.view(func(tx *bolt.Tx) error {
		r := newOfferReader(tx)
		take := func(l contracts.Listing) (bool, error) {
			o := Offer{Listing: l}
			if withAsset {
				var err error
				if o, err = r.offer(l); err != nil {
					return false, err
				}
			}
			if !f.match(o) {
				return false, nil
			}
			out.Items = append(out.Items, o)
			return true, nil
		}
		var err error
		if f.AssetID != nil {
			out.Next, err = scan(tx, bListingsByAsset, idKey(*f.AssetID), p, func(k, _ []byte) (bool, error) {
				var l contracts.Listing
				if err := getJSON(tx, bListings, k[8:], &l); err != nil {
					return false, err
				}
				return take(l)
			})
			return err
		}
		out.Next, err = scan(tx, bListings, nil, p, func(_, v []byte) (bool, error) {
			var l contracts.Listing
			if err := json.Unmarshal(v, &l); err != nil {
				return false, err
			}
			return take(l)
		})
		return err
	})
	return out, err
}

// offerReader completes listings into offers within one read transaction,
// reading each asset once.
type offerReader struct {
	tx     *bolt.Tx
	assets map[uint64]Offer // asset and its leased GPUs, by asset id
}

func newOfferReader(tx *bolt.Tx) *offerReader {
	return &offerReader{tx: tx, assets: map[uint64]Offer{}}
}

func (r *offerReader) offer(l contracts.Listing) (Offer, error) {
	o, ok := r.assets[l.AssetID]
	if !ok {
		if err := getJSON(r.tx, bAssets, idKey(l.AssetID), &o.Asset); err != nil {
			return Offer{}, fmt.Errorf("asset %d of listing %d: %w", l.AssetID, l.ID, err)
		}
		var err error
		if o.AssetLeasedGPUs, err = readAssetLeased(r.tx, l.AssetID); err != nil {
			return Offer{}, err
		}
		r.assets[l.AssetID] = o
	}
	o.Listing = l
	return o, nil
}

// ------------------------------------------------------------------ leases

// LeaseFilter narrows Leases; zero fields do not filter. With several
// filters the most selective index is walked (renter, then asset, then
// status) and the others are applied to what it yields, before paging.
type LeaseFilter struct {
	Renter  *common.Address
	AssetID *uint64
	Status  contracts.LeaseStatus
	// Party keeps the leases the address rents or whose asset it operates:
	// those an operator may see.
	Party *common.Address
}

// Lease returns a lease by id.
func (s *Store) Lease(id uint64) (contracts.Lease, error) {
	var l contracts.Lease
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, bLeases, idKey(id), &l) })
	if err != nil {
		return l, fmt.Errorf("lease %d: %w", id, err)
	}
	return l, nil
}

// Leases lists leases by id, filtered by renter, asset, status and party.
func (s *Store) Leases(f LeaseFilter, p PageRequest) (Page[contracts.Lease], error) {
	out := Page[contracts.Lease]{Items: []contracts.Lease{}}
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out.Next, err = walkLeases(tx, f, p, func(l contracts.Lease) error {
			out.Items = append(out.Items, l)
			return nil
		})
		return err
	})
	return out, err
}

// EachLease calls fn with every lease the filter keeps, by id, in one read
// transaction (one committed state of the mirror); an error from fn stops
// the walk and is returned. fn must not use the Store: the transaction is
// open while it runs. It reads every lease the walked index holds, so its
// cost grows with them (all of a renter's leases, for instance).
func (s *Store) EachLease(f LeaseFilter, fn func(contracts.Lease) error) error {
	return s.view(func(tx *bolt.Tx) error {
		_, err := walkLeases(tx, f, PageRequest{Limit: -1}, fn)
		return err
	})
}

// Snapshot is the state of the chain a read of the mirror reflects: the
// last block applied and its time. Figures that grow with time (a lease's
// accrued rent, its runway) are computed at Time, so a read answers what
// the contract's views would at Block.
type Snapshot struct {
	Block uint64
	Time  time.Time
}

// readSnapshot returns the cursor block and its time (from the block
// record the indexer keeps for the cursor, never pruned); the zero
// Snapshot before the first batch.
func readSnapshot(tx *bolt.Tx) (Snapshot, error) {
	cur, ok := readCursor(tx)
	if !ok {
		return Snapshot{}, nil
	}
	v := bucket(tx, bBlocks).Get(idKey(cur.Number))
	if len(v) != 40 {
		return Snapshot{}, fmt.Errorf("ledger: no record of cursor block %d", cur.Number)
	}
	return Snapshot{Block: cur.Number, Time: time.Unix(int64(enc.ReadU64(v[32:])), 0).UTC()}, nil
}

// LeaseAt returns a lease by id with the snapshot it reflects, in one read
// transaction.
func (s *Store) LeaseAt(id uint64) (contracts.Lease, Snapshot, error) {
	var (
		l    contracts.Lease
		snap Snapshot
	)
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		if snap, err = readSnapshot(tx); err != nil {
			return err
		}
		return getJSON(tx, bLeases, idKey(id), &l)
	})
	if err != nil {
		return l, snap, fmt.Errorf("lease %d: %w", id, err)
	}
	return l, snap, nil
}

// LeasesAt is Leases with the snapshot the page reflects; when each is not
// nil it is also called, in the same read transaction, with every lease
// the filter keeps (not only the page's), for totals over the whole list.
// each must not use the Store.
func (s *Store) LeasesAt(f LeaseFilter, p PageRequest, each func(contracts.Lease)) (Page[contracts.Lease], Snapshot, error) {
	out := Page[contracts.Lease]{Items: []contracts.Lease{}}
	var snap Snapshot
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		if snap, err = readSnapshot(tx); err != nil {
			return err
		}
		if out.Next, err = walkLeases(tx, f, p, func(l contracts.Lease) error {
			out.Items = append(out.Items, l)
			return nil
		}); err != nil || each == nil {
			return err
		}
		if p.After == "" && out.Next == "" {
			// One page holds the whole list (a renter's, mostly): no
			// second walk.
			for _, l := range out.Items {
				each(l)
			}
			return nil
		}
		_, err = walkLeases(tx, f, PageRequest{Limit: -1}, func(l contracts.Lease) error { each(l); return nil })
		return err
	})
	return out, snap, err
}

// ExpiredLeases returns, by id, up to limit of an asset's unretired leases
// whose term is over at t: the hints a new lease of the asset passes for
// the contract to free first. It walks the asset's unretired leases only
// (each holds at least one GPU, so at most the asset's GPU count), so its
// cost does not grow with the leases ever made.
func (s *Store) ExpiredLeases(assetID uint64, t time.Time, limit int) ([]uint64, error) {
	var out []uint64
	err := s.view(func(tx *bolt.Tx) error {
		return bucketForEach(tx, bLeasesHeld, idKey(assetID), func(k, _ []byte) (bool, error) {
			if len(out) >= limit {
				return false, nil
			}
			var l contracts.Lease
			if err := getJSON(tx, bLeases, k[8:], &l); err != nil {
				return false, err
			}
			if !l.Retired && !l.End.After(t) {
				out = append(out, l.ID)
			}
			return true, nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("expired leases of asset %d: %w", assetID, err)
	}
	return out, nil
}

// walkLeases pages over the leases the filter keeps (req.Limit -1: all of
// them) and calls take for each.
func walkLeases(tx *bolt.Tx, f LeaseFilter, req PageRequest, take func(contracts.Lease) error) (string, error) {
	operators := map[uint64]common.Address{}
	match := func(l contracts.Lease) (bool, error) {
		if (f.Renter != nil && l.Renter != *f.Renter) || (f.AssetID != nil && l.AssetID != *f.AssetID) ||
			(f.Status != "" && l.Status != f.Status) {
			return false, nil
		}
		if f.Party == nil || l.Renter == *f.Party {
			return true, nil
		}
		op, ok := operators[l.AssetID]
		if !ok {
			var a contracts.Asset
			if err := getJSON(tx, bAssets, idKey(l.AssetID), &a); err != nil {
				return false, fmt.Errorf("asset %d of lease %d: %w", l.AssetID, l.ID, err)
			}
			op = a.Operator
			operators[l.AssetID] = op
		}
		return op == *f.Party, nil
	}
	var (
		idx    bucketID
		prefix []byte
		byKey  = true // the index's keys end with the lease id
	)
	switch {
	case f.Renter != nil:
		idx, prefix = bLeasesByRenter, f.Renter[:]
	case f.AssetID != nil:
		idx, prefix = bLeasesByAsset, idKey(*f.AssetID)
	case f.Status != "":
		idx, prefix = bLeasesByStatus, append([]byte(f.Status), 0)
	default:
		idx, byKey = bLeases, false
	}
	read := func(k, v []byte) (contracts.Lease, bool, error) {
		var l contracts.Lease
		if byKey {
			if err := getJSON(tx, bLeases, k[len(k)-8:], &l); err != nil {
				return l, false, err
			}
		} else if err := decodeRecord(v, &l); err != nil {
			return l, false, err
		}
		ok, err := match(l)
		return l, ok, err
	}
	if req.Limit == -1 {
		return "", bucketForEach(tx, idx, prefix, func(k, v []byte) (bool, error) {
			l, ok, err := read(k, v)
			if err != nil || !ok {
				return false, err
			}
			return true, take(l)
		})
	}
	// A full page looks ahead for one more lease the filter keeps, so that
	// Next is "" when none is left (rather than a cursor to an empty page
	// when the walked index holds only leases another filter drops).
	limit, err := req.limit()
	if err != nil {
		return "", err
	}
	var (
		last  []byte // key of the last lease taken
		taken int
	)
	next, err := scan(tx, idx, prefix, PageRequest{After: req.After, Limit: MaxLimit}, func(k, v []byte) (bool, error) {
		l, ok, err := read(k, v)
		if err != nil || !ok {
			return false, err
		}
		if taken == limit {
			return false, errPageFull
		}
		taken++
		last = append(last[:0], k...)
		return true, take(l)
	})
	if errors.Is(err, errPageFull) {
		return pageToken(idx, last), nil
	}
	return next, err // limit MaxLimit: scan stopped at it, with its own cursor
}

// errPageFull stops a lease walk that found one more lease than its page holds.
var errPageFull = errors.New("ledger: page full")

// bucketForEach calls fn for every key of bucket id with the prefix, in order.
func bucketForEach(tx *bolt.Tx, id bucketID, prefix []byte, fn func(k, v []byte) (bool, error)) error {
	c := bucket(tx, id).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if _, err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

// SLACredits lists the SLA credits of a lease by epoch.
func (s *Store) SLACredits(leaseID uint64, p PageRequest) (Page[SLACredit], error) {
	return listJSON[SLACredit](s, bSLACredits, idKey(leaseID), p)
}

// listJSON pages over a bucket's records (decodeRecord) under a prefix.
func listJSON[T any](s *Store, id bucketID, prefix []byte, p PageRequest) (Page[T], error) {
	out := Page[T]{Items: []T{}}
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out.Next, err = scan(tx, id, prefix, p, func(_, v []byte) (bool, error) {
			var item T
			if err := decodeRecord(v, &item); err != nil {
				return false, err
			}
			out.Items = append(out.Items, item)
			return true, nil
		})
		return err
	})
	return out, err
}

// ------------------------------------------------------- holdings, revenue

// Holding returns one holder's position in one asset, with what it may
// claim as of the cursor block.
func (s *Store) Holding(assetID uint64, holder common.Address) (Holding, error) {
	var h Holding
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		h, err = readHolding(tx, assetID, holder)
		return err
	})
	if err != nil {
		return h, fmt.Errorf("holding of %s in asset %d: %w", holder, assetID, err)
	}
	return h, nil
}

func readHolding(tx *bolt.Tx, assetID uint64, holder common.Address) (Holding, error) {
	var rec holdingRecord
	if err := getJSON(tx, bHoldings, idAddrKey(assetID, holder), &rec); err != nil {
		return Holding{}, err
	}
	var pool RevenuePool
	if err := getJSON(tx, bPools, idKey(assetID), &pool); err != nil {
		return Holding{}, err
	}
	return rec.view(assetID, holder, pool.acc()), nil
}

// Holdings lists an address's holdings by asset id: shares, claimable
// (as of the cursor block) and claimed.
func (s *Store) Holdings(holder common.Address, p PageRequest) (Page[Holding], error) {
	out := Page[Holding]{Items: []Holding{}}
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out.Next, err = scan(tx, bHoldingsByHolder, holder[:], p, func(k, _ []byte) (bool, error) {
			h, err := readHolding(tx, enc.ReadU64(k[20:]), holder)
			if err != nil {
				return false, err
			}
			out.Items = append(out.Items, h)
			return true, nil
		})
		return err
	})
	return out, err
}

// Holders lists an asset's holders by address.
func (s *Store) Holders(assetID uint64, p PageRequest) (Page[Holding], error) {
	out := Page[Holding]{Items: []Holding{}}
	err := s.view(func(tx *bolt.Tx) error {
		var pool RevenuePool
		if err := getJSON(tx, bPools, idKey(assetID), &pool); err != nil {
			return fmt.Errorf("asset %d: %w", assetID, err)
		}
		acc := pool.acc()
		var err error
		out.Next, err = scan(tx, bHoldings, idKey(assetID), p, func(k, v []byte) (bool, error) {
			var rec holdingRecord
			if err := json.Unmarshal(v, &rec); err != nil {
				return false, err
			}
			out.Items = append(out.Items, rec.view(assetID, common.BytesToAddress(k[8:]), acc))
			return true, nil
		})
		return err
	})
	return out, err
}

// RevenuePool returns an asset's revenue figures.
func (s *Store) RevenuePool(assetID uint64) (RevenuePool, error) {
	var p RevenuePool
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, bPools, idKey(assetID), &p) })
	if err != nil {
		return p, fmt.Errorf("revenue of asset %d: %w", assetID, err)
	}
	return p, nil
}

// ClaimFilter narrows Claims: by holder (all its assets), or by asset
// (optionally one holder).
type ClaimFilter struct {
	Holder  *common.Address
	AssetID *uint64
}

// Claims lists revenue claims in chain order, by holder or by asset.
func (s *Store) Claims(f ClaimFilter, p PageRequest) (Page[Claim], error) {
	switch {
	case f.AssetID != nil && f.Holder != nil:
		return listJSON[Claim](s, bClaims, idAddrKey(*f.AssetID, *f.Holder), p)
	case f.AssetID != nil:
		// Ordered by holder, then chain order.
		return listJSON[Claim](s, bClaims, idKey(*f.AssetID), p)
	case f.Holder != nil:
		out := Page[Claim]{Items: []Claim{}}
		err := s.view(func(tx *bolt.Tx) error {
			var err error
			out.Next, err = scan(tx, bClaimsByHolder, f.Holder[:], p, func(k, v []byte) (bool, error) {
				var c Claim
				key := append(idAddrKey(enc.ReadU64(v), *f.Holder), k[20:]...)
				if err := getJSON(tx, bClaims, key, &c); err != nil {
					return false, err
				}
				out.Items = append(out.Items, c)
				return true, nil
			})
			return err
		})
		return out, err
	}
	return listJSON[Claim](s, bClaims, nil, p)
}

// ReserveWithdrawals lists the withdrawals from an asset's reserve in chain order.
func (s *Store) ReserveWithdrawals(assetID uint64, p PageRequest) (Page[ReserveWithdrawal], error) {
	return listJSON[ReserveWithdrawal](s, bReserveWithdrawals, idKey(assetID), p)
}

// ------------------------------------------------------------------ epochs

// Epoch returns an asset's oracle report of one epoch.
func (s *Store) Epoch(assetID, epoch uint64) (Epoch, error) {
	var e Epoch
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, bEpochs, idIDKey(assetID, epoch), &e) })
	if err != nil {
		return e, fmt.Errorf("epoch %d of asset %d: %w", epoch, assetID, err)
	}
	return e, nil
}

// Epochs lists an asset's oracle reports by epoch.
func (s *Store) Epochs(assetID uint64, p PageRequest) (Page[Epoch], error) {
	return listJSON[Epoch](s, bEpochs, idKey(assetID), p)
}

// ----------------------------------------------------------------- journal

// Entry returns a journal entry by number.
func (s *Store) Entry(seq uint64) (Entry, error) {
	var e Entry
	err := s.view(func(tx *bolt.Tx) error {
		raw := bucket(tx, bEntries).Get(idKey(seq))
		if raw == nil {
			return ErrNotFound
		}
		var err error
		e, err = decodeEntry(raw)
		return err
	})
	if err != nil {
		return e, fmt.Errorf("entry %d: %w", seq, err)
	}
	return e, nil
}

// EntryFilter narrows Entries. Account, when set, lists the entries that
// touch the account (its statement). From and To bound the entries' block
// time to [From, To); zero values do not bound.
type EntryFilter struct {
	Account Account
	From    time.Time
	To      time.Time
}

// EntryLine is an entry as a list shows it; for an account's statement it
// also carries what the entry did to the account and its balance after.
type EntryLine struct {
	Entry
	Delta   *Balance `json:"delta,omitempty"`
	Balance *Balance `json:"balance_after,omitempty"`
}

// Entries lists journal entries in chain order: all of them, or those of
// one account, within a time range.
func (s *Store) Entries(f EntryFilter, p PageRequest) (Page[EntryLine], error) {
	out := Page[EntryLine]{Items: []EntryLine{}}
	err := s.view(func(tx *bolt.Tx) error {
		fromBlock, toBlock, empty := blockRange(tx, f.From, f.To)
		if empty {
			return nil
		}
		if f.Account == "" {
			return entriesAll(tx, fromBlock, toBlock, p, &out)
		}
		return entriesOf(tx, f.Account, fromBlock, toBlock, p, &out)
	})
	return out, err
}

// blockRange turns a time range into the block range [from, to) of the
// blocks with entries in it (to 0: unbounded). empty reports no block.
func blockRange(tx *bolt.Tx, from, to time.Time) (uint64, uint64, bool) {
	c := bucket(tx, bBlockTimes).Cursor()
	var fromBlock, toBlock uint64
	if !from.IsZero() {
		k, _ := c.Seek(enc.U64(unixOrZero(from)))
		if k == nil {
			return 0, 0, true
		}
		fromBlock = enc.ReadU64(k[8:])
	}
	if !to.IsZero() {
		k, _ := c.Seek(enc.U64(unixOrZero(to)))
		if k == nil {
			toBlock = 0 // every block with entries is before To
		} else {
			toBlock = enc.ReadU64(k[8:])
			if toBlock <= fromBlock {
				return 0, 0, true
			}
		}
	}
	return fromBlock, toBlock, false
}

// unixOrZero is t in unix seconds, rounded up to the next second for a
// fractional time (the bound stays exclusive/inclusive as asked), 0 before 1970.
func unixOrZero(t time.Time) uint64 {
	u := t.Unix()
	if t.Nanosecond() > 0 {
		u++
	}
	if u < 0 {
		return 0
	}
	return uint64(u)
}

// entriesAll pages over every entry of the blocks [fromBlock, toBlock).
func entriesAll(tx *bolt.Tx, fromBlock, toBlock uint64, p PageRequest, out *Page[EntryLine]) error {
	b := bucket(tx, bEntries)
	start := firstSeqAtBlock(b, fromBlock)
	var err error
	out.Next, err = scanRange(tx, bEntries, nil, idKey(start), nil, p, func(_, v []byte) (bool, error) {
		e, err := decodeEntry(v)
		if err != nil {
			return false, err
		}
		if toBlock != 0 && e.Ref.Block >= toBlock {
			return false, errStopScan
		}
		out.Items = append(out.Items, EntryLine{Entry: e})
		return true, nil
	})
	if err == errStopScan {
		out.Next, err = "", nil
	}
	return err
}

var errStopScan = errors.New("stop scan")

// firstSeqAtBlock finds the first entry at or after a block by binary
// search: entries are numbered in chain order.
func firstSeqAtBlock(b *bolt.Bucket, block uint64) uint64 {
	if block == 0 {
		return 1
	}
	k, _ := b.Cursor().Last()
	if k == nil {
		return 1
	}
	n := enc.ReadU64(k)
	i := sort.Search(int(n), func(i int) bool {
		e, err := decodeEntry(b.Get(idKey(uint64(i + 1))))
		return err != nil || e.Ref.Block >= block
	})
	return uint64(i + 1)
}

// entriesOf pages over an account's index in [fromBlock, toBlock): one
// line per entry that touched the account. Its page cursor names a run and
// a line in it.
func entriesOf(tx *bolt.Tx, a Account, fromBlock, toBlock uint64, p PageRequest, out *Page[EntryLine]) error {
	limit, err := p.limit()
	if err != nil {
		return err
	}
	n, ok := accountNumber(tx, a)
	if !ok {
		return nil
	}
	prefix := runPrefix(n)
	c := bucket(tx, bPostings).Cursor()
	var k, v []byte
	skip := 0 // lines of the first run already returned
	if p.After != "" {
		tok, err := base64.RawURLEncoding.DecodeString(p.After)
		if err != nil || len(tok) != 21 || tok[0] != byte(bPostings) || !bytes.HasPrefix(tok[1:], prefix) {
			return fmt.Errorf("%w: cursor %q does not belong to this list", ErrInvalidPage, p.After)
		}
		k, v = c.Seek(tok[1:17])
		if !bytes.Equal(k, tok[1:17]) {
			return fmt.Errorf("%w: cursor %q names a run that is gone (rolled back)", ErrInvalidPage, p.After)
		}
		skip = int(enc.ReadU32(tok[17:])) + 1
	} else {
		// The run holding fromBlock may start before it.
		k, v = seekFloor(c, runKey(n, fromBlock, 0))
		if k == nil || !bytes.HasPrefix(k, prefix) {
			k, v = c.Seek(prefix)
		}
	}
	entries := bucket(tx, bEntries)
	for ; k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		items, err := decodeRun(v)
		if err != nil {
			return err
		}
		for i := skip; i < len(items); i++ {
			it := items[i]
			if it.block < fromBlock {
				continue
			}
			if toBlock != 0 && it.block >= toBlock {
				return nil
			}
			ap, err := it.posting(a)
			if err != nil {
				return err
			}
			e, err := decodeEntry(entries.Get(idKey(it.seq)))
			if err != nil {
				return err
			}
			delta, after := ap.Delta, ap.After
			out.Items = append(out.Items, EntryLine{Entry: e, Delta: &delta, Balance: &after})
			if len(out.Items) == limit {
				more := i+1 < len(items)
				if !more {
					nk, _ := c.Next()
					more = nk != nil && bytes.HasPrefix(nk, prefix)
				}
				if more {
					tok := append([]byte{byte(bPostings)}, k...)
					out.Next = base64.RawURLEncoding.EncodeToString(enc.AppendU32(tok, uint32(i)))
				}
				return nil
			}
		}
		skip = 0
	}
	return nil
}

// seekFloor positions c on the last key at or before target and returns it
// (nil when there is none).
func seekFloor(c *bolt.Cursor, target []byte) ([]byte, []byte) {
	k, v := c.Seek(target)
	if k != nil && bytes.Equal(k, target) {
		return k, v
	}
	if k == nil {
		return c.Last()
	}
	return c.Prev()
}

// ---------------------------------------------------------------- balances

// accountNumber returns the number standing for an account in posting keys.
func accountNumber(tx *bolt.Tx, a Account) (uint32, bool) {
	raw := bucket(tx, bAccounts).Get([]byte(a))
	if len(raw) != 4 {
		return 0, false
	}
	return enc.ReadU32(raw), true
}

// AccountBalance is an account with its balance.
type AccountBalance struct {
	Account Account `json:"account"`
	Balance Balance `json:"balance"`
}

// Balance returns an account's balance at the cursor block (atBlock 0) or
// as of the end of block atBlock, computed from the account's postings up
// to that block. An account never posted to has balance zero.
func (s *Store) Balance(a Account, atBlock uint64) (Balance, error) {
	var out Balance
	err := s.view(func(tx *bolt.Tx) error {
		if atBlock == 0 {
			raw := bucket(tx, bBalances).Get([]byte(a))
			if raw == nil {
				return nil
			}
			u, err := parseUnits(string(raw))
			out = Balance{units: u}
			return err
		}
		n, ok := accountNumber(tx, a)
		if !ok {
			return nil
		}
		// The last run starting before block atBlock+1 holds the account's
		// last entry at or before atBlock.
		c := bucket(tx, bPostings).Cursor()
		k, v := c.Seek(runKey(n, atBlock+1, 0))
		if k == nil {
			k, v = c.Last()
		} else {
			k, v = c.Prev()
		}
		if k == nil || !bytes.HasPrefix(k, runPrefix(n)) {
			return nil
		}
		items, err := decodeRun(v)
		if err != nil {
			return err
		}
		var last *runItem
		for i := range items {
			if items[i].block <= atBlock {
				last = &items[i]
			}
		}
		if last == nil {
			return nil
		}
		ap, err := last.posting(a)
		out = ap.After
		return err
	})
	return out, err
}

// Balances lists account balances by account name, optionally only the
// accounts whose name starts with prefix ("wallet:", "escrow:lease:", ...).
func (s *Store) Balances(prefix string, p PageRequest) (Page[AccountBalance], error) {
	out := Page[AccountBalance]{Items: []AccountBalance{}}
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out.Next, err = scan(tx, bBalances, []byte(prefix), p, func(k, v []byte) (bool, error) {
			u, err := parseUnits(string(v))
			if err != nil {
				return false, err
			}
			out.Items = append(out.Items, AccountBalance{Account: Account(k), Balance: Balance{units: u}})
			return true, nil
		})
		return err
	})
	return out, err
}
