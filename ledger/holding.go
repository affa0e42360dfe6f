package ledger

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// Holding is one holder's position in one asset: its shares (from the
// ERC-1155 transfers), what it may claim now and what it has claimed.
//
// Claimable is computed the way the distributor's claimable(assetId,
// holder) computes it, with the contract's integer arithmetic, from the
// mirrored pool and holder state at the cursor block: the holder's settled
// but unclaimed units plus the whole units of
// shares x (acc - snapshot) + fraction, over ACC_SCALE.
// Reconcile checks it against the chain. Fraction is the sub-unit rest of
// that accrual, in units x ACC_SCALE (the distributor's claimableBatch
// fraction).
type Holding struct {
	AssetID   uint64           `json:"asset_id"`
	Holder    common.Address   `json:"holder"`
	Shares    contracts.Shares `json:"shares"`
	Claimable money.Amount     `json:"claimable"`
	Claimed   money.Amount     `json:"claimed"`
	Fraction  *big.Int         `json:"-"`
}

// holdingRecord is a Holding as stored: the distributor's per-holder
// account (snapshot, unclaimed, fraction) next to the share balance.
type holdingRecord struct {
	Shares contracts.Shares `json:"shares"`
	// Snapshot is the pool's acc at the holder's last settlement (units x
	// ACC_SCALE, decimal); "" for a holder never settled.
	Snapshot  string       `json:"snapshot,omitempty"`
	Unclaimed money.Amount `json:"unclaimed"`
	// Fraction is the sub-unit accrual settled, units x ACC_SCALE, decimal.
	Fraction string       `json:"fraction,omitempty"`
	Claimed  money.Amount `json:"claimed"`
}

func (h *holdingRecord) shares() *big.Int {
	if h.Shares.Int() == nil {
		return new(big.Int)
	}
	return h.Shares.Int()
}

func (h *holdingRecord) snapshot() *big.Int { return bigOrZero(h.Snapshot) }
func (h *holdingRecord) fraction() *big.Int { return bigOrZero(h.Fraction) }

// accrued is what the holder would have once brought up to acc (the
// contract's _accrued): whole units, its unclaimed units included, and the
// sub-unit rest in units x ACC_SCALE.
func (h *holdingRecord) accrued(acc *big.Int) (units, frac *big.Int) {
	pending := new(big.Int).Sub(acc, h.snapshot())
	pending.Mul(pending, h.shares())
	pending.Add(pending, h.fraction())
	units, frac = new(big.Int).QuoRem(pending, contracts.AccScale, new(big.Int))
	return units.Add(units, h.Unclaimed.Units()), frac
}

// settle brings the account up to acc (the contract's _settle).
func (h *holdingRecord) settle(acc *big.Int) {
	if h.snapshot().Cmp(acc) == 0 {
		return
	}
	units, frac := h.accrued(acc)
	h.setAccount(acc, units, frac)
}

func (h *holdingRecord) setAccount(acc, unclaimed, frac *big.Int) {
	h.Snapshot = acc.String()
	h.Unclaimed = money.MustFromUnits(unclaimed)
	h.Fraction = ""
	if frac.Sign() != 0 {
		h.Fraction = frac.String()
	}
}

// releaseExited returns the fraction of a holder left with no shares, for
// the pool's dust (the contract's _releaseExited); nil when none.
func (h *holdingRecord) releaseExited() *big.Int {
	f := h.fraction()
	if f.Sign() == 0 || h.shares().Sign() != 0 {
		return nil
	}
	h.Fraction = ""
	return f
}

// empty reports a record that says nothing: no shares, nothing unclaimed
// or pending, nothing ever claimed. Its snapshot cannot matter (zero shares
// accrue nothing), so it is deleted rather than kept.
func (h *holdingRecord) empty() bool {
	return h.shares().Sign() == 0 && h.Unclaimed.IsZero() && h.fraction().Sign() == 0 && h.Claimed.IsZero()
}

// view returns the Holding at the pool's acc.
func (h *holdingRecord) view(assetID uint64, holder common.Address, acc *big.Int) Holding {
	units, frac := h.accrued(acc)
	return Holding{
		AssetID: assetID, Holder: holder, Shares: contracts.NewShares(new(big.Int).Set(h.shares())),
		Claimable: money.MustFromUnits(units),
		Claimed:   h.Claimed,
		Fraction:  frac,
	}
}

func bigOrZero(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}
