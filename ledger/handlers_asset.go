package ledger

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/money"
)

var assetABI = gpuasset.NewGPUAsset()

// onAssetTokenized records a new asset and opens its revenue pool (the
// contract does both in tokenize; its AssetFeesChanged and the share mint
// follow in the same transaction).
func onAssetTokenized(c *logCtx) error {
	ev, err := assetABI.UnpackAssetTokenizedEvent(c.log)
	if err != nil {
		return malformed("AssetTokenized: %v", err)
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	book, err := amount("book value", ev.Params.BookValue)
	if err != nil {
		return err
	}
	if c.get(bAssets, idKey(assetID)) != nil {
		return inconsistent("asset %d tokenized twice", assetID)
	}
	p := ev.Params
	a := contracts.Asset{
		ID:       assetID,
		Operator: ev.Operator,
		AssetSpec: contracts.AssetSpec{
			GPUModel: p.GpuModel, GPUCount: p.GpuCount, RatedPowerW: p.RatedPowerW, Location: p.Location,
			CommissionedAt:   time.Unix(int64(p.CommissionedAt), 0).UTC(),
			BookValue:        book,
			UsefulLifeMonths: p.UsefulLifeMonths,
			Shares:           contracts.NewShares(p.ShareSupply),
			MetadataHash:     p.MetadataHash,
			OperatorFeeBps:   p.OperatorFeeBps,
			ReserveBps:       p.ReserveBps,
		},
	}
	if err := c.putJSON(bAssets, idKey(assetID), a); err != nil {
		return err
	}
	if err := c.put(bAssetsByOperator, addrIDKey(a.Operator, assetID), []byte{}); err != nil {
		return err
	}
	if err := c.putEntityLog(entityAsset, assetID, "AssetTokenized"); err != nil {
		return err
	}
	pool := RevenuePool{
		AssetID: assetID, AccRevenuePerShare: accOffset.String(), CarriedDust: "0",
		Supply: contracts.NewShares(new(big.Int)), OperatorFeeBps: p.OperatorFeeBps, ReserveBps: p.ReserveBps,
	}
	return c.putJSON(bPools, idKey(assetID), pool)
}

// loadAsset reads the mirrored asset an event names: an id too large is
// malformed, an asset missing from the mirror makes the log inconsistent.
func (c *logCtx) loadAsset(raw *big.Int) (contracts.Asset, error) {
	var a contracts.Asset
	assetID, err := id("asset id", raw)
	if err != nil {
		return a, err
	}
	ok, err := c.getJSON(bAssets, idKey(assetID), &a)
	if err != nil {
		return a, err
	}
	if !ok {
		return a, inconsistent("asset %d is not in the mirror", assetID)
	}
	return a, nil
}

func onMetadataUpdated(c *logCtx) error {
	ev, err := assetABI.UnpackMetadataUpdatedEvent(c.log)
	if err != nil {
		return malformed("MetadataUpdated: %v", err)
	}
	a, err := c.loadAsset(ev.AssetId)
	if err != nil {
		return err
	}
	a.MetadataHash = ev.NewHash
	return c.putJSON(bAssets, idKey(a.ID), a)
}

func onOperatorChanged(c *logCtx) error {
	ev, err := assetABI.UnpackOperatorChangedEvent(c.log)
	if err != nil {
		return malformed("OperatorChanged: %v", err)
	}
	a, err := c.loadAsset(ev.AssetId)
	if err != nil {
		return err
	}
	if err := c.del(bAssetsByOperator, addrIDKey(a.Operator, a.ID)); err != nil {
		return err
	}
	a.Operator = ev.NewOperator
	if err := c.put(bAssetsByOperator, addrIDKey(a.Operator, a.ID), []byte{}); err != nil {
		return err
	}
	return c.putJSON(bAssets, idKey(a.ID), a)
}

func onSharesTransferSingle(c *logCtx) error {
	ev, err := evSharesTransfer.unpack(c.log)
	if err != nil {
		return malformed("TransferSingle: %v", err)
	}
	return c.transferShares(ev.From, ev.To, []*big.Int{ev.Id}, []*big.Int{ev.Value})
}

func onSharesTransferBatch(c *logCtx) error {
	ev, err := assetABI.UnpackTransferBatchEvent(c.log)
	if err != nil {
		return malformed("TransferBatch: %v", err)
	}
	if len(ev.Ids) != len(ev.Values) {
		return malformed("TransferBatch: %d ids, %d values", len(ev.Ids), len(ev.Values))
	}
	return c.transferShares(ev.From, ev.To, ev.Ids, ev.Values)
}

// transferShares mirrors GPUAsset._update: first the revenue both sides
// have accrued in every id is settled at their old balances (the
// distributor's _settleTransfer), then the balances move, then a sender
// left with no shares gives its sub-unit fraction back to the pool's dust
// (_releaseExited). A mint comes from the zero address, a burn goes to it.
// Everything is computed before anything is written.
func (c *logCtx) transferShares(from, to common.Address, rawIDs, values []*big.Int) error {
	type hkey struct {
		asset  uint64
		holder common.Address
	}
	pools := map[uint64]*RevenuePool{}
	holdings := map[hkey]*holdingRecord{}
	var order []hkey // holdings in first-touched order, for deterministic writes
	var poolOrder []uint64
	pool := func(assetID uint64) (*RevenuePool, error) {
		if p, ok := pools[assetID]; ok {
			return p, nil
		}
		p := new(RevenuePool)
		ok, err := c.getJSON(bPools, idKey(assetID), p)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, inconsistent("shares of asset %d moved, but the asset is not in the mirror", assetID)
		}
		pools[assetID] = p
		poolOrder = append(poolOrder, assetID)
		return p, nil
	}
	holding := func(assetID uint64, holder common.Address) (*holdingRecord, error) {
		k := hkey{assetID, holder}
		if h, ok := holdings[k]; ok {
			return h, nil
		}
		h := new(holdingRecord)
		if _, err := c.getJSON(bHoldings, idAddrKey(assetID, holder), h); err != nil {
			return nil, err
		}
		holdings[k] = h
		order = append(order, k)
		return h, nil
	}

	var zero common.Address
	ids := make([]uint64, len(rawIDs))
	for i, raw := range rawIDs {
		assetID, err := id("asset id", raw)
		if err != nil {
			return err
		}
		if values[i] == nil || values[i].Sign() < 0 {
			return malformed("share transfer value %v", values[i])
		}
		ids[i] = assetID
	}
	// Settle both sides in every id, in order (_settleTransfer).
	for _, assetID := range ids {
		p, err := pool(assetID)
		if err != nil {
			return err
		}
		acc := p.acc()
		if from != zero {
			h, err := holding(assetID, from)
			if err != nil {
				return err
			}
			h.settle(acc)
		}
		if to != zero && to != from {
			h, err := holding(assetID, to)
			if err != nil {
				return err
			}
			h.settle(acc)
		}
	}
	// Then move the balances.
	for i, assetID := range ids {
		v := values[i]
		p := pools[assetID]
		if from == zero {
			p.Supply = contracts.NewShares(new(big.Int).Add(p.supply(), v))
		} else {
			h, _ := holding(assetID, from)
			left := new(big.Int).Sub(h.shares(), v)
			if left.Sign() < 0 {
				return inconsistent("%s moves %s shares of asset %d but holds %s in the mirror", from, v, assetID, h.shares())
			}
			h.Shares = contracts.NewShares(left)
		}
		if to == zero {
			left := new(big.Int).Sub(p.supply(), v)
			if left.Sign() < 0 {
				return inconsistent("burn of %s shares of asset %d exceeds the supply", v, assetID)
			}
			p.Supply = contracts.NewShares(left)
		} else {
			h, err := holding(assetID, to)
			if err != nil {
				return err
			}
			h.Shares = contracts.NewShares(new(big.Int).Add(h.shares(), v))
		}
	}
	// A sender left with no shares gives its fraction back to the pool's
	// dust (_releaseExited).
	if from != zero {
		for _, assetID := range ids {
			h, _ := holding(assetID, from)
			if f := h.releaseExited(); f != nil {
				p := pools[assetID]
				p.CarriedDust = f.Add(f, p.dust()).String()
			}
		}
	}
	// Write.
	for _, assetID := range poolOrder {
		if err := c.putJSON(bPools, idKey(assetID), pools[assetID]); err != nil {
			return err
		}
	}
	for _, k := range order {
		if err := c.putHolding(k.asset, k.holder, holdings[k]); err != nil {
			return err
		}
	}
	return nil
}

// putHolding stores a holder's record and its index entry, or deletes both
// when the record is empty.
func (c *logCtx) putHolding(assetID uint64, holder common.Address, h *holdingRecord) error {
	if h.empty() {
		if c.get(bHoldings, idAddrKey(assetID, holder)) == nil {
			return nil
		}
		if err := c.delJSON(bHoldings, idAddrKey(assetID, holder)); err != nil {
			return err
		}
		return c.del(bHoldingsByHolder, addrIDKey(holder, assetID))
	}
	if err := c.putJSON(bHoldings, idAddrKey(assetID, holder), h); err != nil {
		return err
	}
	if c.get(bHoldingsByHolder, addrIDKey(holder, assetID)) == nil {
		return c.put(bHoldingsByHolder, addrIDKey(holder, assetID), []byte{})
	}
	return nil
}

// loadPool reads an asset's revenue pool; a missing one makes the log
// inconsistent.
func (c *logCtx) loadPool(assetID uint64) (*RevenuePool, error) {
	p := new(RevenuePool)
	ok, err := c.getJSON(bPools, idKey(assetID), p)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, inconsistent("asset %d has no revenue pool in the mirror", assetID)
	}
	return p, nil
}

// amountsSum returns the sum of amounts in units.
func amountsSum(as ...money.Amount) *big.Int {
	s := new(big.Int)
	for _, a := range as {
		s.Add(s, a.Units())
	}
	return s
}
