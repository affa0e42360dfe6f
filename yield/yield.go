// Package yield computes the figures holders and auditors check, per asset
// and period, from on-chain events alone. It is pure: no I/O, no clock, no
// float64. The mirror feeds it events from bbolt, `gpuledger audit` feeds it
// events decoded straight from chain logs; both get the same numbers because
// both run this code.
//
// Every figure carries the events (transaction hash, block, log index) it
// was computed from, so that a reader can check it against the chain.
// Definitions are in docs/yields.md, with a worked example that
// TestWorkedExample checks.
package yield

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/money"
)

// RatioDigits is the number of fractional digits of ratios (utilisation,
// yields, per-kWh figures), rounded half away from zero. Money figures are
// exact; revenue per share, usually a tiny number, has PerShareDigits.
const (
	RatioDigits    = 6
	PerShareDigits = 12
)

// Evidence locates one event on chain.
type Evidence struct {
	TxHash   common.Hash `json:"tx_hash"`
	Block    uint64      `json:"block"`
	LogIndex uint        `json:"log_index"`
}

// Asset is the tokenized asset as AssetTokenized recorded it.
type Asset struct {
	ID               uint64
	GPUCount         uint32
	CommissionedAt   time.Time
	BookValue        money.Amount
	UsefulLifeMonths uint16
	Shares           *big.Int
	Evidence         Evidence
}

// Lease is a lease's time on the asset: LeaseCreated's start and end, with
// the end moved earlier by LeaseClosed when it was closed early.
type Lease struct {
	ID       uint64
	GPUs     uint32
	Start    time.Time
	End      time.Time
	Evidence []Evidence
}

// Settlement is rent released to revenue (a LeaseSettled) or SLA credit
// waived (a SlaCredited, one per credited epoch), in the block at At.
// Evidence is that event; a settlement releasing nothing or a credit of
// zero is not cited.
type Settlement struct {
	LeaseID  uint64
	At       time.Time
	Released money.Amount
	Credit   money.Amount
	Evidence Evidence
}

// Revenue is one RevenueDeposited: how released rent was split.
type Revenue struct {
	At          time.Time
	Gross       money.Amount
	PlatformFee money.Amount
	OperatorFee money.Amount
	Reserve     money.Amount
	Holders     money.Amount
	Evidence    Evidence
}

// Payout is money paid out of an asset's operator fees
// (OperatorFeesWithdrawn) or maintenance reserve (ReserveWithdrawn), in
// the block at At.
type Payout struct {
	At       time.Time
	Amount   money.Amount
	Evidence Evidence
}

// Epoch is one telemetry report's medians.
type Epoch struct {
	Start           time.Time
	Length          time.Duration
	UtilisationBps  uint16
	AvailabilityBps uint16
	EnergyWh        uint64
	Evidence        Evidence
}

// Events are the chain events of one asset, in any order.
type Events struct {
	Asset       Asset
	Leases      []Lease
	Settlements []Settlement
	Revenues    []Revenue
	Epochs      []Epoch
	// OperatorFeePayouts and ReservePayouts are the withdrawals of the
	// asset's operator fees and reserve.
	OperatorFeePayouts []Payout
	ReservePayouts     []Payout
	// BackstopPayments are the capacity backstop's payments for idle
	// GPU-hours (IdleCapacityBought), revenue apart from rent.
	BackstopPayments []Payout
}

// Period is [From, To).
type Period struct {
	From time.Time
	To   time.Time
}

// Figure is a number with the events it came from. Value is a decimal
// string: exact for money, RatioDigits digits for ratios; "" when the figure
// is undefined (a ratio over zero, for instance).
type Figure struct {
	Value    string     `json:"value"`
	Evidence []Evidence `json:"evidence"`
}

// Report holds every figure of one asset over one period.
type Report struct {
	AssetID uint64    `json:"asset_id,string"` // a decimal string, like every id in the API
	From    time.Time `json:"from"`
	To      time.Time `json:"to"`

	GrossRevenue Figure `json:"gross_revenue"`
	// BackstopRevenue is what the capacity backstop paid into revenue for
	// idle GPU-hours (docs/backstop.md): split like rent, so part of the
	// split figures below, but not of GrossRevenue, which is rent.
	BackstopRevenue Figure `json:"backstop_revenue"`
	SLACredits      Figure `json:"sla_credits"`
	PlatformFee     Figure `json:"platform_fee"`
	OperatorFee     Figure `json:"operator_fee"`
	Reserve         Figure `json:"reserve"`
	HoldersRevenue  Figure `json:"holders_revenue"`
	// OperatorFeeWithdrawn and ReserveWithdrawn are what was paid out of
	// the operator's fees and the reserve in the period (cash basis), next
	// to OperatorFee and Reserve, what accrued in it.
	OperatorFeeWithdrawn Figure `json:"operator_fee_withdrawn"`
	ReserveWithdrawn     Figure `json:"reserve_withdrawn"`
	// RevenuePerShare is holders' revenue divided by the share supply.
	RevenuePerShare Figure `json:"revenue_per_share"`

	GPUHoursLeased       Figure `json:"gpu_hours_leased"`
	GPUHoursAvailable    Figure `json:"gpu_hours_available"`
	EconomicUtilisation  Figure `json:"economic_utilisation"`
	TechnicalUtilisation Figure `json:"technical_utilisation"`
	Availability         Figure `json:"availability"`
	EnergyKWh            Figure `json:"energy_kwh"`
	RevenuePerKWh        Figure `json:"revenue_per_kwh"`
	GPUHoursPerKWh       Figure `json:"gpu_hours_per_kwh"`

	BookValueStart  Figure `json:"book_value_start"`
	BookValueEnd    Figure `json:"book_value_end"`
	AnnualisedYield Figure `json:"annualised_yield"`
}

// figures lists the report's figures, for what applies to each of them.
func (r *Report) figures() []*Figure {
	return []*Figure{&r.GrossRevenue, &r.BackstopRevenue, &r.SLACredits, &r.PlatformFee, &r.OperatorFee, &r.Reserve,
		&r.HoldersRevenue, &r.OperatorFeeWithdrawn, &r.ReserveWithdrawn, &r.RevenuePerShare, &r.GPUHoursLeased,
		&r.GPUHoursAvailable, &r.EconomicUtilisation, &r.TechnicalUtilisation, &r.Availability, &r.EnergyKWh,
		&r.RevenuePerKWh, &r.GPUHoursPerKWh, &r.BookValueStart, &r.BookValueEnd, &r.AnnualisedYield}
}

// WithoutEvidence returns the report with every figure's evidence list
// empty: the values alone, for a table of many assets (a busy asset's
// figures cite one event per lease each, megabytes in all).
func (r Report) WithoutEvidence() Report {
	for _, f := range r.figures() {
		f.Evidence = []Evidence{}
	}
	return r
}

// ErrPeriod is returned for a period that is empty or inverted.
var ErrPeriod = errors.New("period must have from < to")

var (
	hour      = decimal.NewFromInt(3600)
	thousand  = decimal.NewFromInt(1000)
	tenK      = decimal.NewFromInt(10000)
	yearSecs  = decimal.NewFromInt(365 * 24 * 3600)
	moneyZero = money.Zero
)

// Compute returns the figures of ev's asset over p. Events outside p are
// ignored: money events count by their block time (cash basis), leases by
// their overlap with p, epochs by their start.
func Compute(ev Events, p Period) (Report, error) {
	if !p.From.Before(p.To) {
		return Report{}, fmt.Errorf("%w: %s .. %s", ErrPeriod, p.From.Format(time.RFC3339), p.To.Format(time.RFC3339))
	}
	in := func(t time.Time) bool { return !t.Before(p.From) && t.Before(p.To) }
	r := Report{AssetID: ev.Asset.ID, From: p.From, To: p.To}

	// Rent and credits, as settled. Each cites the events that moved it:
	// a settlement that released nothing is no evidence of revenue, nor
	// one without a credit of credits.
	gross, credits := moneyZero, moneyZero
	var settleEv, creditEv []Evidence
	for _, s := range ev.Settlements {
		if in(s.At) {
			gross, credits = gross.Add(s.Released), credits.Add(s.Credit)
			if !s.Released.IsZero() {
				settleEv = append(settleEv, s.Evidence)
			}
			if !s.Credit.IsZero() {
				creditEv = append(creditEv, s.Evidence)
			}
		}
	}
	r.GrossRevenue = moneyFigure(gross, settleEv)
	r.SLACredits = moneyFigure(credits, creditEv)

	// The split of what was released.
	platform, operator, reserve, holders := moneyZero, moneyZero, moneyZero, moneyZero
	var splitEv []Evidence
	for _, v := range ev.Revenues {
		if in(v.At) {
			platform, operator = platform.Add(v.PlatformFee), operator.Add(v.OperatorFee)
			reserve, holders = reserve.Add(v.Reserve), holders.Add(v.Holders)
			splitEv = append(splitEv, v.Evidence)
		}
	}
	r.PlatformFee = moneyFigure(platform, splitEv)
	r.OperatorFee = moneyFigure(operator, splitEv)
	r.Reserve = moneyFigure(reserve, splitEv)
	r.HoldersRevenue = moneyFigure(holders, splitEv)
	r.OperatorFeeWithdrawn = payoutFigure(ev.OperatorFeePayouts, in)
	r.ReserveWithdrawn = payoutFigure(ev.ReservePayouts, in)
	r.BackstopRevenue = payoutFigure(ev.BackstopPayments, in)
	assetEv := []Evidence{ev.Asset.Evidence}
	if ev.Asset.Shares != nil && ev.Asset.Shares.Sign() > 0 {
		r.RevenuePerShare = ratioDigits(holders.Decimal(), decimal.NewFromBigInt(ev.Asset.Shares, 0), PerShareDigits, append(splitEv, assetEv...))
	}

	// Time leased against time available, in GPU-seconds (exact integers).
	gpuSecs := decimal.Zero
	var leaseEv []Evidence
	for _, l := range ev.Leases {
		from, to := maxTime(l.Start, p.From), minTime(l.End, p.To)
		if !from.Before(to) {
			continue
		}
		secs := decimal.NewFromInt(int64(to.Sub(from) / time.Second))
		gpuSecs = gpuSecs.Add(secs.Mul(decimal.NewFromInt(int64(l.GPUs))))
		leaseEv = append(leaseEv, l.Evidence...)
	}
	periodSecs := decimal.NewFromInt(int64(p.To.Sub(p.From) / time.Second))
	availableSecs := periodSecs.Mul(decimal.NewFromInt(int64(ev.Asset.GPUCount)))
	r.GPUHoursLeased = ratio(gpuSecs, hour, leaseEv)
	r.GPUHoursAvailable = ratio(availableSecs, hour, assetEv)
	r.EconomicUtilisation = ratio(gpuSecs, availableSecs, append(append([]Evidence{}, leaseEv...), assetEv...))

	// Telemetry: mean of the epochs' medians, energy summed.
	utilSum, availSum, energyWh := decimal.Zero, decimal.Zero, decimal.Zero
	var epochEv []Evidence
	n := 0
	for _, e := range ev.Epochs {
		if in(e.Start) {
			utilSum = utilSum.Add(decimal.NewFromInt(int64(e.UtilisationBps)))
			availSum = availSum.Add(decimal.NewFromInt(int64(e.AvailabilityBps)))
			energyWh = energyWh.Add(decimal.NewFromInt(int64(e.EnergyWh)))
			epochEv = append(epochEv, e.Evidence)
			n++
		}
	}
	if n > 0 {
		epochs := decimal.NewFromInt(int64(n))
		r.TechnicalUtilisation = ratio(utilSum, epochs.Mul(tenK), epochEv)
		r.Availability = ratio(availSum, epochs.Mul(tenK), epochEv)
	} else {
		r.TechnicalUtilisation, r.Availability = Figure{Evidence: []Evidence{}}, Figure{Evidence: []Evidence{}}
	}
	kwh := energyWh.Div(thousand)
	r.EnergyKWh = exact(kwh, epochEv)
	r.RevenuePerKWh = ratio(gross.Decimal(), kwh, append(append([]Evidence{}, settleEv...), epochEv...))
	r.GPUHoursPerKWh = ratio(gpuSecs, kwh.Mul(hour), append(append([]Evidence{}, leaseEv...), epochEv...))

	// Book value and the yield on it.
	bookFrom, bookTo := BookValue(ev.Asset, p.From), BookValue(ev.Asset, p.To)
	r.BookValueStart = exact(bookFrom, assetEv)
	r.BookValueEnd = exact(bookTo, assetEv)
	avgBook := bookFrom.Add(bookTo).Div(decimal.NewFromInt(2))
	annualised := holders.Decimal().Mul(yearSecs)
	r.AnnualisedYield = ratio(annualised, avgBook.Mul(periodSecs), append(append([]Evidence{}, splitEv...), assetEv...))
	return r, nil
}

// BookValue is the asset's book value at t after straight-line depreciation
// from its commissioning to the end of its useful life (commissioning plus
// UsefulLifeMonths calendar months), rounded down to the stablecoin unit;
// the full value before commissioning, zero after the end of life.
func BookValue(a Asset, t time.Time) decimal.Decimal {
	start := a.CommissionedAt
	end := start.AddDate(0, int(a.UsefulLifeMonths), 0)
	switch {
	case !t.After(start):
		return a.BookValue.Decimal()
	case !t.Before(end):
		return decimal.Zero
	}
	left := decimal.NewFromInt(int64(end.Sub(t) / time.Second))
	life := decimal.NewFromInt(int64(end.Sub(start) / time.Second))
	return a.BookValue.Decimal().Mul(left).Div(life).RoundDown(6)
}

// payoutFigure sums the payouts made in the period.
func payoutFigure(ps []Payout, in func(time.Time) bool) Figure {
	sum := moneyZero
	var ev []Evidence
	for _, p := range ps {
		if in(p.At) {
			sum = sum.Add(p.Amount)
			ev = append(ev, p.Evidence)
		}
	}
	return moneyFigure(sum, ev)
}

func moneyFigure(a money.Amount, ev []Evidence) Figure {
	return Figure{Value: a.String(), Evidence: sortEvidence(ev)}
}

func exact(d decimal.Decimal, ev []Evidence) Figure {
	return Figure{Value: d.String(), Evidence: sortEvidence(ev)}
}

// ratio is num/den rounded to RatioDigits, or undefined ("") over zero.
func ratio(num, den decimal.Decimal, ev []Evidence) Figure {
	return ratioDigits(num, den, RatioDigits, ev)
}

func ratioDigits(num, den decimal.Decimal, digits int32, ev []Evidence) Figure {
	if den.IsZero() {
		return Figure{Evidence: sortEvidence(ev)}
	}
	return Figure{Value: num.DivRound(den, digits).StringFixed(digits), Evidence: sortEvidence(ev)}
}

// sortEvidence orders by (block, log index) and drops duplicates, so two
// computations from the same events compare equal.
func sortEvidence(ev []Evidence) []Evidence {
	out := append([]Evidence{}, ev...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Block != out[j].Block {
			return out[i].Block < out[j].Block
		}
		return out[i].LogIndex < out[j].LogIndex
	})
	uniq := out[:0]
	for i, e := range out {
		if i == 0 || e != out[i-1] {
			uniq = append(uniq, e)
		}
	}
	return uniq
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
