package ledger

import (
	"github.com/gpuledger/gpuledger/contracts"
)

// Offer is a listing as a renter browses it: the listing, the asset it
// lists (GPU model, location, GPU count), and the GPUs the asset's
// unretired leases hold under all its listings. A listing's own capacity
// is not all it can lease: other listings of the same asset may hold the
// asset's GPUs, and the contract enforces both limits (FreeGPUs).
type Offer struct {
	contracts.Listing
	Asset contracts.Asset
	// AssetLeasedGPUs is the GPUs of the asset held by its unretired
	// leases, under every listing of the asset: the contract's
	// leasedGpus(assetId).
	AssetLeasedGPUs uint32
}

// ListingFreeGPUs is what the listing's own limit leaves: its GPUs less
// those its unretired leases hold.
func (o Offer) ListingFreeGPUs() uint32 { return o.GPUs - min(o.LeasedGPUs, o.GPUs) }

// AssetFreeGPUs is what the asset has left: its GPU count less the GPUs
// all its unretired leases hold.
func (o Offer) AssetFreeGPUs() uint32 {
	return o.Asset.GPUCount - min(o.AssetLeasedGPUs, o.Asset.GPUCount)
}

// FreeGPUs is how many GPUs a new lease of the listing may take now:
// min(ListingFreeGPUs, AssetFreeGPUs). Leases whose term is over hold
// their GPUs until retired (a lease retires them first, see
// LeaseMarket.lease), so this is what is free without retiring any.
func (o Offer) FreeGPUs() uint32 { return min(o.ListingFreeGPUs(), o.AssetFreeGPUs()) }
