package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
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

// listingJSON is a listing as renters browse it: the listing, the GPU
// model, location and operator of its asset, and how many GPUs a new lease
// may take now. Two limits apply, both enforced on chain: the listing's own
// (gpus less leased_gpus) and the asset's (asset_gpus less the GPUs all its
// listings' unretired leases hold); free_gpus is the smaller.
type listingJSON struct {
	ID       string `json:"id"`
	AssetID  string `json:"asset_id"`
	Operator string `json:"operator"`
	GPUModel string `json:"gpu_model"`
	Location string `json:"location"`
	// LeasedGPUs is the GPUs this listing's unretired leases hold.
	LeasedGPUs uint32 `json:"leased_gpus"`
	// AssetGPUs is the asset's GPU count, AssetLeasedGPUs the GPUs its
	// unretired leases hold under all its listings, AssetFreeGPUs the rest.
	AssetGPUs       uint32 `json:"asset_gpus"`
	AssetLeasedGPUs uint32 `json:"asset_leased_gpus"`
	AssetFreeGPUs   uint32 `json:"asset_free_gpus"`
	// FreeGPUs is what a new lease may take: min(gpus - leased_gpus, asset_free_gpus).
	FreeGPUs uint32 `json:"free_gpus"`
	Active   bool   `json:"active"`
	contracts.ListingSpec
}

func toListingJSON(o ledger.Offer) listingJSON {
	return listingJSON{
		ID: id(o.ID), AssetID: id(o.AssetID), Operator: o.Asset.Operator.Hex(), GPUModel: o.Asset.GPUModel,
		Location: o.Asset.Location, LeasedGPUs: o.LeasedGPUs, AssetGPUs: o.Asset.GPUCount,
		AssetLeasedGPUs: o.AssetLeasedGPUs, AssetFreeGPUs: o.AssetFreeGPUs(), FreeGPUs: o.FreeGPUs(),
		Active: o.Active, ListingSpec: o.ListingSpec,
	}
}

// leaseJSON: deposit = released + refunded + escrow at every moment.
type leaseJSON struct {
	ID              string       `json:"id"`
	ListingID       string       `json:"listing_id"`
	AssetID         string       `json:"asset_id"`
	Renter          string       `json:"renter"`
	GPUs            uint32       `json:"gpus"`
	PricePerGPUHour money.Amount `json:"price_per_gpu_hour"`
	Start           time.Time    `json:"start"`
	End             time.Time    `json:"end"`
	SettledUntil    time.Time    `json:"settled_until"`
	NextSettlement  *time.Time   `json:"next_settlement"`
	Deposit         money.Amount `json:"deposit"`
	Released        money.Amount `json:"released"`
	Refunded        money.Amount `json:"refunded"`
	Credited        money.Amount `json:"credited"`
	Escrow          money.Amount `json:"escrow"`
	// Accrued is the rent the lease has used and not paid: what it accrued
	// up to the answer's chain time (capped at its end), less released and
	// credited. Settlement pays it from escrow.
	Accrued money.Amount `json:"accrued"`
	// Debt is what the lease owes beyond its escrow: accrued less escrow,
	// never negative. An overdrawn lease has one; a top-up pays it first;
	// a lease that ended with one keeps it (the contract's LeaseEnded debt).
	Debt money.Amount `json:"debt"`
	// RunwayHours is how long what the escrow holds beyond accrued still
	// runs the lease, in hours rounded down to 2 decimals ("0.99"): exact
	// integer arithmetic on token units, "0.00" with a debt.
	RunwayHours string                `json:"runway_hours"`
	Status      contracts.LeaseStatus `json:"status"`
	CloseReason contracts.CloseReason `json:"close_reason"`
	// GraceSeconds is how long past its paid time the lease may run before
	// its operator or the keeper may close it for lack of funds.
	GraceSeconds uint32 `json:"grace_seconds"`
}

// settleInterval is how often the keeper settles a running lease.
const settleInterval = time.Hour

// leaseMoney is what a lease has used, owes and can still pay at a chain
// time, by the contract's accrual rule (contracts.Lease.AccruedAt).
type leaseMoney struct {
	accrued, debt money.Amount
	runway        string
}

func leaseMoneyAt(l contracts.Lease, at time.Time) leaseMoney {
	used := l.AccruedAt(at).Units()
	used.Sub(used, l.Released.Units()).Sub(used, l.Credited.Units())
	if used.Sign() < 0 {
		used.SetInt64(0)
	}
	left := new(big.Int).Sub(l.Escrow.Units(), used) // > 0: runway; < 0: debt
	m := leaseMoney{accrued: money.MustFromUnits(used), debt: money.Zero, runway: "0.00"}
	if left.Sign() < 0 {
		m.debt = money.MustFromUnits(new(big.Int).Neg(left))
		return m
	}
	hourly := new(big.Int).Mul(l.PricePerGPUHour.Units(), big.NewInt(int64(l.GPUs)))
	if hourly.Sign() > 0 {
		hundredths := new(big.Int).Quo(left.Mul(left, big.NewInt(100)), hourly)
		whole, frac := new(big.Int).QuoRem(hundredths, big.NewInt(100), new(big.Int))
		m.runway = fmt.Sprintf("%s.%02d", whole, frac.Int64())
	}
	return m
}

// toLeaseJSON adds what a renter wants to know at chain time at: rent
// accrued and unpaid, the debt beyond the escrow, and the runway.
func toLeaseJSON(l contracts.Lease, at time.Time) leaseJSON {
	m := leaseMoneyAt(l, at)
	out := leaseJSON{
		ID: id(l.ID), ListingID: id(l.ListingID), AssetID: id(l.AssetID), Renter: l.Renter.Hex(), GPUs: l.GPUs,
		PricePerGPUHour: l.PricePerGPUHour, Start: l.Start, End: l.End, SettledUntil: l.SettledUntil,
		Deposit: l.Deposit, Released: l.Released, Refunded: l.Refunded, Credited: l.Credited, Escrow: l.Escrow,
		Accrued: m.accrued, Debt: m.debt, RunwayHours: m.runway, Status: l.Status, CloseReason: l.CloseReason,
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

// leaseTotalsJSON adds up a list's leases (every lease its filters keep,
// not one page): what their escrows hold, what they accrued unpaid, and
// what they owe beyond their escrows.
type leaseTotalsJSON struct {
	Leases  int          `json:"leases"`
	Escrow  money.Amount `json:"escrow"`
	Accrued money.Amount `json:"accrued"`
	Debt    money.Amount `json:"debt"`
}

func (t *leaseTotalsJSON) add(l contracts.Lease, at time.Time) {
	m := leaseMoneyAt(l, at)
	t.Leases++
	t.Escrow = t.Escrow.Add(l.Escrow)
	t.Accrued = t.Accrued.Add(m.accrued)
	t.Debt = t.Debt.Add(m.debt)
}

func id(v uint64) string { return strconv.FormatUint(v, 10) }

// withTx answers a write: the resource's fields plus the transaction that
// made it and the block it was mined in.
func withTx(v any, r *types.Receipt) (map[string]any, error) {
	out, err := asObject(v)
	if err != nil {
		return nil, err
	}
	out["tx_hash"] = r.TxHash.Hex()
	out["block"] = r.BlockNumber.Uint64()
	return out, nil
}

// noTx is the answer of a write that had nothing to do and sent nothing:
// v, the note saying why, and the block it was judged at.
func noTx(v any, note string, block *big.Int) (map[string]any, error) {
	out, err := asObject(v)
	if err != nil {
		return nil, err
	}
	out["note"] = note
	out["block"] = block.Uint64()
	return out, nil
}

// asObject turns v, which marshals to a JSON object, into a map.
func asObject(v any) (map[string]any, error) {
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
	return out, nil
}
