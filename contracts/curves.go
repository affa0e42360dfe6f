package contracts

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/money"
)

// Limits of a price curve, as LeaseMarket's PriceCurve checks them.
const (
	// CurveBps is 100% utilisation in bps.
	CurveBps = 10_000
)

// MaxCurveDecayUnits is the largest decay per idle hour, in units: 2^56 - 1.
var MaxCurveDecayUnits = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 56), big.NewInt(1))

// Curve is a listing's demand-driven price (docs/pricing.md): amounts per
// GPU-hour in the stablecoin. Its JSON form is the API's `curve` object.
//
// With u the asset's utilisation in bps when a lease opens (its leased GPUs
// before the lease x 10,000 / its GPU count, rounded down):
//
//	start = base, less decay_per_idle_hour for each whole hour no GPU of
//	        the asset has been leased (never below floor; only at u = 0)
//	p(u)  = start + slope_below_kink x u / kink_bps                         u <= kink
//	      = start + slope_below_kink + slope_above_kink x (u - kink) / (10,000 - kink)
//	price = min(ceiling, max(floor, p(u)))
//
// in integer units, each division rounded down.
type Curve struct {
	Base    money.Amount `json:"base"`
	Floor   money.Amount `json:"floor"`
	Ceiling money.Amount `json:"ceiling"`
	// KinkBps is the utilisation where the steep segment starts, 1..10000.
	KinkBps        uint16       `json:"kink_bps"`
	SlopeBelowKink money.Amount `json:"slope_below_kink"`
	SlopeAboveKink money.Amount `json:"slope_above_kink"`
	// DecayPerIdleHour is taken off the base per whole idle hour; zero: none.
	DecayPerIdleHour money.Amount `json:"decay_per_idle_hour"`
}

// Validate applies the contract's rules to c (its InvalidCurve).
func (c Curve) Validate() error {
	switch {
	case c.Floor.IsZero():
		return invalid("curve floor must be positive")
	case c.Floor.Cmp(c.Base) > 0 || c.Base.Cmp(c.Ceiling) > 0:
		return invalid("curve needs floor (%s) <= base (%s) <= ceiling (%s)", c.Floor, c.Base, c.Ceiling)
	case c.Ceiling.Units().Cmp(MaxLeaseUnits) > 0:
		return invalid("curve ceiling %s exceeds the most a lease can hold, %s", c.Ceiling, money.MustFromUnits(MaxLeaseUnits))
	case c.KinkBps == 0 || c.KinkBps > CurveBps:
		return invalid("curve kink_bps must be between 1 and %d, got %d", CurveBps, c.KinkBps)
	case c.SlopeBelowKink.Units().Cmp(MaxLeaseUnits) > 0 || c.SlopeAboveKink.Units().Cmp(MaxLeaseUnits) > 0:
		return invalid("curve slopes must be at most %s", money.MustFromUnits(MaxLeaseUnits))
	case c.DecayPerIdleHour.Units().Cmp(MaxCurveDecayUnits) > 0:
		return invalid("curve decay_per_idle_hour must be at most %s", money.MustFromUnits(MaxCurveDecayUnits))
	}
	return nil
}

// Utilisation is an asset's utilisation in bps with leased of its gpuCount
// GPUs leased, as the contract computes it: rounded down, at most 10,000.
func Utilisation(leased, gpuCount uint32) uint32 {
	if leased >= gpuCount {
		return CurveBps
	}
	return uint32(uint64(leased) * CurveBps / uint64(gpuCount))
}

// PriceAt is the curve's price per GPU-hour at utilisation u (bps) after
// idleHours whole hours with no GPU of the asset leased (zero unless u is
// zero), to the unit as the contract computes it.
func (c Curve) PriceAt(u uint32, idleHours uint64) money.Amount {
	floor, ceiling := c.Floor.Units(), c.Ceiling.Units()
	p := c.Base.Units()
	if idleHours > 0 && !c.DecayPerIdleHour.IsZero() {
		cut := new(big.Int).Mul(c.DecayPerIdleHour.Units(), new(big.Int).SetUint64(idleHours))
		if room := new(big.Int).Sub(p, floor); cut.Cmp(room) >= 0 {
			p = floor
		} else {
			p = new(big.Int).Sub(p, cut)
		}
	}
	kink := int64(c.KinkBps)
	var add *big.Int
	if int64(u) <= kink {
		add = new(big.Int).Mul(c.SlopeBelowKink.Units(), big.NewInt(int64(u)))
		add.Quo(add, big.NewInt(kink))
	} else {
		add = new(big.Int).Mul(c.SlopeAboveKink.Units(), big.NewInt(int64(u)-kink))
		add.Quo(add, big.NewInt(CurveBps-kink))
		add.Add(add, c.SlopeBelowKink.Units())
	}
	p = new(big.Int).Add(p, add)
	if p.Cmp(floor) < 0 {
		p = floor
	}
	if p.Cmp(ceiling) > 0 {
		p = ceiling
	}
	return money.MustFromUnits(p)
}

// IdleHours is the whole hours an asset with no leased GPU has been idle at
// t: since its leased GPUs last changed (usageChanged) or the curve was set
// (curveSet), whichever is later, as the contract counts them.
func IdleHours(t, usageChanged, curveSet time.Time) uint64 {
	since := usageChanged
	if curveSet.After(since) {
		since = curveSet
	}
	if !t.After(since) {
		return 0
	}
	return uint64(t.Unix()-since.Unix()) / 3600
}

// Equal reports whether c and o are the same curve, to the unit.
func (c Curve) Equal(o Curve) bool {
	return c.Base.Cmp(o.Base) == 0 && c.Floor.Cmp(o.Floor) == 0 && c.Ceiling.Cmp(o.Ceiling) == 0 && c.KinkBps == o.KinkBps &&
		c.SlopeBelowKink.Cmp(o.SlopeBelowKink) == 0 && c.SlopeAboveKink.Cmp(o.SlopeAboveKink) == 0 &&
		c.DecayPerIdleHour.Cmp(o.DecayPerIdleHour) == 0
}

func (c Curve) params() leasemarket.CurveParams {
	return leasemarket.CurveParams{
		Base: c.Base.Units(), Floor: c.Floor.Units(), Ceiling: c.Ceiling.Units(), KinkBps: c.KinkBps,
		SlopeBelowKink: c.SlopeBelowKink.Units(), SlopeAboveKink: c.SlopeAboveKink.Units(),
		DecayPerIdleHour: c.DecayPerIdleHour.Units(),
	}
}

// CurveFromParams converts the contract's curve (from a view or a
// ListingCurveSet event) into a Curve.
func CurveFromParams(p leasemarket.CurveParams) (Curve, error) {
	var c Curve
	for _, f := range []struct {
		dst *money.Amount
		src *big.Int
	}{
		{&c.Base, p.Base}, {&c.Floor, p.Floor}, {&c.Ceiling, p.Ceiling},
		{&c.SlopeBelowKink, p.SlopeBelowKink}, {&c.SlopeAboveKink, p.SlopeAboveKink}, {&c.DecayPerIdleHour, p.DecayPerIdleHour},
	} {
		v, err := money.FromUnits(f.src)
		if err != nil {
			return Curve{}, fmt.Errorf("curve: %w", err)
		}
		*f.dst = v
	}
	c.KinkBps = p.KinkBps
	return c, nil
}

// ListingCurve is a listing's curve as stored: nil Curve for a listing at
// its fixed price; SetAt is when it was set (idle time counts from no
// earlier).
type ListingCurve struct {
	Curve *Curve
	SetAt time.Time
}

// SetCurve prices the listing's new leases by c from the next block on; s
// must operate the listing's asset.
func (m *Market) SetCurve(ctx context.Context, s Sender, listingID uint64, c Curve) (*types.Receipt, error) {
	what := fmt.Sprintf("set curve of listing %d", listingID)
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return m.send(ctx, s, what, m.abi.PackSetListingCurve(u256(listingID), c.params()))
}

// ClearCurve prices the listing's new leases at its fixed price again.
func (m *Market) ClearCurve(ctx context.Context, s Sender, listingID uint64) (*types.Receipt, error) {
	return m.send(ctx, s, fmt.Sprintf("clear curve of listing %d", listingID), m.abi.PackClearListingCurve(u256(listingID)))
}

// CurveAt reads a listing's curve at a block; nil means the latest.
func (m *Market) CurveAt(ctx context.Context, listingID uint64, block *big.Int) (ListingCurve, error) {
	out, err := m.call.CallContract(ctx, ethereum.CallMsg{To: &m.addr, Data: m.abi.PackListingCurve(u256(listingID))}, block)
	if err != nil {
		return ListingCurve{}, fmt.Errorf("curve of listing %d: %w", listingID, err)
	}
	r, err := m.abi.UnpackListingCurve(out)
	if err != nil {
		return ListingCurve{}, fmt.Errorf("curve of listing %d: %w", listingID, err)
	}
	if !r.Curved {
		return ListingCurve{}, nil
	}
	c, err := CurveFromParams(r.Curve)
	if err != nil {
		return ListingCurve{}, fmt.Errorf("curve of listing %d: %w", listingID, err)
	}
	return ListingCurve{Curve: &c, SetAt: unixTime(r.SetAt)}, nil
}

// Quote is what a lease sent at a block would pay: the contract's own
// pricing (the code path of a lease) evaluated there.
type Quote struct {
	PricePerGPUHour money.Amount
	Total           money.Amount
}

// QuoteAt asks the contract what a lease of gpus GPUs of a listing for
// hours hours would pay at a block (nil: the latest). A lease that lands in
// a later block pays the price there, bounded by its max price.
func (m *Market) QuoteAt(ctx context.Context, listingID uint64, gpus, hours uint32, block *big.Int) (Quote, error) {
	out, err := m.call.CallContract(ctx, ethereum.CallMsg{To: &m.addr, Data: m.abi.PackQuote(u256(listingID), gpus, hours)}, block)
	if err != nil {
		return Quote{}, fmt.Errorf("quote listing %d: %w", listingID, err)
	}
	r, err := m.abi.UnpackQuote(out)
	if err != nil {
		return Quote{}, fmt.Errorf("quote listing %d: %w", listingID, err)
	}
	price, err := money.FromUnits(r.PricePerGpuHour)
	if err != nil {
		return Quote{}, fmt.Errorf("quote listing %d: %w", listingID, err)
	}
	total, err := money.FromUnits(r.Total)
	if err != nil {
		return Quote{}, fmt.Errorf("quote listing %d: %w", listingID, err)
	}
	return Quote{PricePerGPUHour: price, Total: total}, nil
}

// CurveEvent is a decoded curve or pricing event of the market: a curve
// set or cleared on a listing, or a lease priced by its curve.
type CurveEvent struct {
	ListingID uint64
	// Curve is the new curve (ListingCurveSet); nil when cleared.
	Curve *Curve
	// LeaseID, UtilisationBps and Price are set for a LeasePriced event.
	LeaseID        uint64
	UtilisationBps uint16
	Price          money.Amount
}

// ParseCurveEvent decodes a ListingCurveSet, ListingCurveCleared or
// LeasePriced log; ok is false for any other log.
func (m *Market) ParseCurveEvent(l *types.Log) (ev CurveEvent, ok bool, err error) {
	if len(l.Topics) == 0 {
		return CurveEvent{}, false, nil
	}
	events := m.abi.GetABI().Events
	switch l.Topics[0] {
	case events["ListingCurveSet"].ID:
		e, err := m.abi.UnpackListingCurveSetEvent(l)
		if err != nil {
			return CurveEvent{}, true, fmt.Errorf("parse ListingCurveSet: %w", err)
		}
		c, err := CurveFromParams(e.Curve)
		if err != nil {
			return CurveEvent{}, true, fmt.Errorf("parse ListingCurveSet: %w", err)
		}
		return CurveEvent{ListingID: e.ListingId.Uint64(), Curve: &c}, true, nil
	case events["ListingCurveCleared"].ID:
		e, err := m.abi.UnpackListingCurveClearedEvent(l)
		if err != nil {
			return CurveEvent{}, true, fmt.Errorf("parse ListingCurveCleared: %w", err)
		}
		return CurveEvent{ListingID: e.ListingId.Uint64()}, true, nil
	case events["LeasePriced"].ID:
		e, err := m.abi.UnpackLeasePricedEvent(l)
		if err != nil {
			return CurveEvent{}, true, fmt.Errorf("parse LeasePriced: %w", err)
		}
		price, err := money.FromUnits(e.PricePerGpuHour)
		if err != nil {
			return CurveEvent{}, true, fmt.Errorf("parse LeasePriced: %w", err)
		}
		return CurveEvent{ListingID: e.ListingId.Uint64(), LeaseID: e.LeaseId.Uint64(),
			UtilisationBps: e.UtilisationBps, Price: price}, true, nil
	}
	return CurveEvent{}, false, nil
}
