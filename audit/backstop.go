package audit

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/capacitybackstop"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/yield"
)

var backstopABI = capacitybackstop.NewCapacityBackstop()

// backstopPayment reads an IdleCapacityBought of asset `asset` that paid
// something: the backstop's revenue for the yield figures (the mirror books
// no entry for an hour that paid nothing, so neither is cited here).
func backstopPayment(lg *types.Log, asset *big.Int, at time.Time, e yield.Evidence) (yield.Payout, bool, error) {
	if lg.Removed || lg.Topics[0] != backstopABI.GetABI().Events["IdleCapacityBought"].ID {
		return yield.Payout{}, false, nil
	}
	ev, err := backstopABI.UnpackIdleCapacityBoughtEvent(lg)
	if err != nil {
		return yield.Payout{}, false, decodeErr("IdleCapacityBought", lg, err)
	}
	if ev.AssetId.Cmp(asset) != 0 || ev.Amount.Sign() == 0 {
		return yield.Payout{}, false, nil
	}
	return yield.Payout{At: at, Amount: units(ev.Amount), Evidence: e}, true, nil
}

// auditBackstop recomputes every hour the capacity backstop settled from
// lease records alone (docs/backstop.md): a lease holds its GPUs from its
// LeaseCreated block's time to its LeaseRetired block's time, so an hour's
// leased GPU-seconds are the sum of those spans' overlaps with it, its idle
// GPU-seconds gpuCount x 3600 less that, and its charge
// min(floor(idle x floor / 3600), what the commitment had left). Each
// IdleCapacityBought must say exactly that; each commitment's amount must
// equal paid + returned + what the contract still holds for it.
func (l *Log) auditBackstop(ctx context.Context, c Chain, m *contracts.Manifest, res *Result) error {
	addr := m.Address(contracts.CapacityBackstopName)
	if addr == [20]byte{} {
		return nil
	}
	bs := backstopABI
	market := leasemarket.NewLeaseMarket()
	marketAddr := m.Address(contracts.LeaseMarketName)
	type span struct{ gpus, start, end uint64 }
	spans := map[uint64][]*span{} // by asset
	byLease := map[uint64]*span{}
	type commitment struct {
		asset, gpuCount uint64
		floor, left     *big.Int
		amount, paid    *big.Int
		returned        *big.Int
	}
	commitments := map[uint64]*commitment{}
	var hours []*types.Log
	created, retired := market.GetABI().Events["LeaseCreated"].ID, market.GetABI().Events["LeaseRetired"].ID
	for i := range l.Logs {
		lg := &l.Logs[i]
		if lg.Removed || len(lg.Topics) == 0 {
			continue
		}
		t := uint64(l.Times[lg.BlockNumber].Unix())
		switch {
		case lg.Address == marketAddr && lg.Topics[0] == created:
			e, err := market.UnpackLeaseCreatedEvent(lg)
			if err != nil {
				return decodeErr("LeaseCreated", lg, err)
			}
			s := &span{gpus: uint64(e.Gpus), start: t, end: ^uint64(0)}
			byLease[e.LeaseId.Uint64()] = s
			spans[e.AssetId.Uint64()] = append(spans[e.AssetId.Uint64()], s)
		case lg.Address == marketAddr && lg.Topics[0] == retired:
			e, err := market.UnpackLeaseRetiredEvent(lg)
			if err != nil {
				return decodeErr("LeaseRetired", lg, err)
			}
			if s := byLease[e.LeaseId.Uint64()]; s != nil {
				s.end = t
			}
		case lg.Address == addr:
			if e, err := bs.UnpackCommittedEvent(lg); err == nil {
				commitments[e.CommitmentId.Uint64()] = &commitment{asset: e.AssetId.Uint64(), gpuCount: uint64(e.GpuCount),
					floor: e.FloorPricePerGpuHour, left: new(big.Int).Set(e.Amount), amount: e.Amount, paid: new(big.Int), returned: new(big.Int)}
			} else if _, err := bs.UnpackIdleCapacityBoughtEvent(lg); err == nil {
				hours = append(hours, lg)
			} else if e, err := bs.UnpackCommitmentReleasedEvent(lg); err == nil {
				if cm := commitments[e.CommitmentId.Uint64()]; cm != nil {
					cm.returned.Add(cm.returned, e.Amount)
				}
			}
		}
	}
	// Hours in log order: each commitment's `left` runs down as the contract's did.
	sort.SliceStable(hours, func(i, j int) bool {
		return hours[i].BlockNumber < hours[j].BlockNumber || (hours[i].BlockNumber == hours[j].BlockNumber && hours[i].Index < hours[j].Index)
	})
	for _, lg := range hours {
		e, _ := bs.UnpackIdleCapacityBoughtEvent(lg)
		id := e.CommitmentId.Uint64()
		cm := commitments[id]
		if cm == nil {
			return fmt.Errorf("audit: IdleCapacityBought of unknown commitment %d (block %d)", id, lg.BlockNumber)
		}
		h := e.Hour.Uint64()
		hs, he := h*3600, (h+1)*3600
		var leased uint64
		for _, s := range spans[cm.asset] {
			if lo, hi := max(s.start, hs), min(s.end, he); hi > lo {
				leased += s.gpus * (hi - lo)
			}
		}
		capacity := cm.gpuCount * 3600
		idle := capacity - min(capacity, leased)
		pay := new(big.Int).Mul(new(big.Int).SetUint64(idle), cm.floor)
		pay.Div(pay, big.NewInt(3600))
		if pay.Cmp(cm.left) > 0 {
			pay.Set(cm.left)
		}
		name := fmt.Sprintf("backstop %d hour %d", id, h)
		res.check(name+" idle GPU-seconds (from lease records)", fmt.Sprint(idle), e.IdleGpuSeconds.String())
		res.check(name+" charge", amount(pay), amount(e.Amount))
		cm.left.Sub(cm.left, e.Amount)
		cm.paid.Add(cm.paid, e.Amount)
	}
	ids := make([]uint64, 0, len(commitments))
	for id := range commitments {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	block := new(big.Int).SetUint64(l.To)
	for _, id := range ids {
		cm := commitments[id]
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: bs.PackCommitmentOf(new(big.Int).SetUint64(id))}, block)
		if err != nil {
			return fmt.Errorf("audit: backstop %d: %w", id, err)
		}
		on, err := bs.UnpackCommitmentOf(out)
		if err != nil {
			return fmt.Errorf("audit: backstop %d: %w", id, err)
		}
		name := fmt.Sprintf("backstop %d", id)
		res.check(name+" paid (sum of its hours)", amount(cm.paid), amount(on.Paid))
		res.check(name+" returned", amount(cm.returned), amount(on.Returned))
		held := new(big.Int).Sub(new(big.Int).Sub(cm.amount, cm.paid), cm.returned)
		res.check(name+" amount = paid + returned + held", amount(cm.amount),
			amount(new(big.Int).Add(new(big.Int).Add(on.Paid, on.Returned), held)))
	}
	return nil
}
