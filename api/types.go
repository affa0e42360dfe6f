package api

import (
	"bytes"
	"encoding/json"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// The JSON shapes clients rely on (DESIGN.md "API shapes"): ids are decimal
// strings, money decimal strings, counts JSON integers, times RFC 3339.

type assetJSON struct {
	ID       string `json:"id"`
	Operator string `json:"operator"`
	contracts.AssetSpec
}

func toAssetJSON(a contracts.Asset) assetJSON {
	return assetJSON{ID: id(a.ID), Operator: a.Operator.Hex(), AssetSpec: a.AssetSpec}
}

type listingJSON struct {
	ID         string `json:"id"`
	AssetID    string `json:"asset_id"`
	LeasedGPUs uint32 `json:"leased_gpus"`
	FreeGPUs   uint32 `json:"free_gpus"`
	Active     bool   `json:"active"`
	contracts.ListingSpec
}

func toListingJSON(l contracts.Listing) listingJSON {
	return listingJSON{
		ID: id(l.ID), AssetID: id(l.AssetID), LeasedGPUs: l.LeasedGPUs, FreeGPUs: l.GPUs - min(l.LeasedGPUs, l.GPUs),
		Active: l.Active, ListingSpec: l.ListingSpec,
	}
}

// leaseJSON: deposit = released + refunded + escrow at every moment.
type leaseJSON struct {
	ID              string                `json:"id"`
	ListingID       string                `json:"listing_id"`
	AssetID         string                `json:"asset_id"`
	Renter          string                `json:"renter"`
	GPUs            uint32                `json:"gpus"`
	PricePerGPUHour money.Amount          `json:"price_per_gpu_hour"`
	Start           time.Time             `json:"start"`
	End             time.Time             `json:"end"`
	SettledUntil    time.Time             `json:"settled_until"`
	NextSettlement  *time.Time            `json:"next_settlement"`
	Deposit         money.Amount          `json:"deposit"`
	Released        money.Amount          `json:"released"`
	Refunded        money.Amount          `json:"refunded"`
	Credited        money.Amount          `json:"credited"`
	Escrow          money.Amount          `json:"escrow"`
	Accrued         money.Amount          `json:"accrued"`
	RunwayHours     int64                 `json:"runway_hours"`
	Status          contracts.LeaseStatus `json:"status"`
	CloseReason     contracts.CloseReason `json:"close_reason"`
	// GraceSeconds is how long past its paid time the lease may run before
	// its operator or the keeper may close it for lack of funds.
	GraceSeconds uint32 `json:"grace_seconds"`
}

// settleInterval is how often the keeper settles a running lease.
const settleInterval = time.Hour

// toLeaseJSON adds what a renter wants to know now: accrued but unsettled
// rent (accrued at chainTime), and the whole hours the escrow still covers.
func toLeaseJSON(l contracts.Lease, accrued money.Amount) leaseJSON {
	hourly := new(big.Int).Mul(l.PricePerGPUHour.Units(), big.NewInt(int64(l.GPUs)))
	var runway int64
	if hourly.Sign() > 0 {
		runway = new(big.Int).Div(l.Escrow.Units(), hourly).Int64()
	}
	out := leaseJSON{
		ID: id(l.ID), ListingID: id(l.ListingID), AssetID: id(l.AssetID), Renter: l.Renter.Hex(), GPUs: l.GPUs,
		PricePerGPUHour: l.PricePerGPUHour, Start: l.Start, End: l.End, SettledUntil: l.SettledUntil,
		Deposit: l.Deposit, Released: l.Released, Refunded: l.Refunded, Credited: l.Credited, Escrow: l.Escrow,
		Accrued: accrued, RunwayHours: runway, Status: l.Status, CloseReason: l.CloseReason,
		GraceSeconds: l.GraceSeconds,
	}
	if l.Status != contracts.LeaseEnded {
		next := l.SettledUntil.Add(settleInterval)
		if next.After(l.End) {
			next = l.End
		}
		out.NextSettlement = &next
	}
	return out
}

func id(v uint64) string { return strconv.FormatUint(v, 10) }

// withTx answers a write: the resource's fields plus the transaction that
// made it and the block it was mined in.
func withTx(v any, r *types.Receipt) (map[string]any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	out := map[string]any{}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber() // keep integers exact
	if err := dec.Decode(&out); err != nil {
		return nil, err
	}
	out["tx_hash"] = r.TxHash.Hex()
	out["block"] = r.BlockNumber.Uint64()
	return out, nil
}
