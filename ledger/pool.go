package ledger

import (
	"math/big"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// RevenuePool is an asset's revenue figures in the distributor, mirrored
// from its events. The cumulative fields are those of the contract's
// revenueTotals(assetId), which Reconcile compares:
//
//	gross   = platform_fees + operator_fees + reserve_accrued + holders
//	holders = claimed + sum of the holders' claimable + carried
//
// where carried is (carried_dust + the holders' fractions) / ACC_SCALE.
type RevenuePool struct {
	AssetID               uint64       `json:"asset_id"`
	Gross                 money.Amount `json:"gross"`
	PlatformFees          money.Amount `json:"platform_fees"`
	OperatorFees          money.Amount `json:"operator_fees"`
	OperatorFeesWithdrawn money.Amount `json:"operator_fees_withdrawn"`
	ReserveAccrued        money.Amount `json:"reserve_accrued"`
	ReserveWithdrawn      money.Amount `json:"reserve_withdrawn"`
	Holders               money.Amount `json:"holders"`
	Claimed               money.Amount `json:"claimed"`
	// AccRevenuePerShare is the holders' revenue per share in units x
	// ACC_SCALE plus ACC_OFFSET, a decimal integer.
	AccRevenuePerShare string `json:"acc_revenue_per_share"`
	// CarriedDust is units x ACC_SCALE credited to no holder yet.
	CarriedDust string `json:"carried_dust"`
	// Supply is the asset's share supply now.
	Supply contracts.Shares `json:"supply"`
	// OperatorFeeBps and ReserveBps are the rates in force.
	OperatorFeeBps uint16 `json:"operator_fee_bps"`
	ReserveBps     uint16 `json:"reserve_bps"`
}

// accOffset is the distributor's ACC_OFFSET: acc of a new pool.
var accOffset = big.NewInt(1)

func (p *RevenuePool) acc() *big.Int  { return bigOrZero(p.AccRevenuePerShare) }
func (p *RevenuePool) dust() *big.Int { return bigOrZero(p.CarriedDust) }

func (p *RevenuePool) supply() *big.Int {
	if p.Supply.Int() == nil {
		return new(big.Int)
	}
	return p.Supply.Int()
}

func addAmount(a money.Amount, units *big.Int) money.Amount {
	return money.MustFromUnits(new(big.Int).Add(a.Units(), units))
}
