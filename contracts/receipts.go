package contracts

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/money"
)

// What a mined transaction did, read from its receipt alone: a request can
// be answered from the receipt of the transaction it sent, even by a
// process that did not send it (a retry after a crash).

// AssetIn returns the asset tokenized by the transaction of rcpt.
func (a *Assets) AssetIn(rcpt *types.Receipt) (Asset, error) {
	for _, l := range rcpt.Logs {
		if l.Address != a.addr {
			continue
		}
		if ev, err := a.abi.UnpackAssetTokenizedEvent(l); err == nil {
			return assetFromEvent(ev)
		}
	}
	return Asset{}, fmt.Errorf("tx %s has no AssetTokenized event", rcpt.TxHash)
}

// ListingIn returns the listing created by the transaction of rcpt, as it
// stands at the receipt's block.
func (m *Market) ListingIn(ctx context.Context, rcpt *types.Receipt) (Listing, error) {
	for _, l := range m.logs(rcpt) {
		if ev, err := m.abi.UnpackListingCreatedEvent(l); err == nil {
			return m.Listing(ctx, ev.ListingId.Uint64())
		}
	}
	return Listing{}, fmt.Errorf("tx %s has no ListingCreated event", rcpt.TxHash)
}

// LeaseIn returns the lease created by the transaction of rcpt, as it
// stands at the receipt's block.
func (m *Market) LeaseIn(ctx context.Context, rcpt *types.Receipt) (Lease, error) {
	for _, l := range m.logs(rcpt) {
		if id, err := m.ParseLeaseCreated(l); err == nil {
			return m.LeaseAt(ctx, id, rcpt.BlockNumber)
		}
	}
	return Lease{}, fmt.Errorf("tx %s has no LeaseCreated event", rcpt.TxHash)
}

// ClaimIn returns what the claim transaction of rcpt paid, per asset.
func (r *Revenue) ClaimIn(rcpt *types.Receipt) (ClaimResult, error) {
	res := ClaimResult{Total: money.Zero, ByAsset: map[uint64]money.Amount{}}
	for _, l := range r.logs(rcpt) {
		ev, err := r.abi.UnpackRevenueClaimedEvent(l)
		if err != nil {
			continue
		}
		amt, err := money.FromUnits(ev.Amount)
		if err != nil {
			return ClaimResult{}, fmt.Errorf("tx %s: %w", rcpt.TxHash, err)
		}
		res.ByAsset[ev.AssetId.Uint64()] = amt
		res.Total = res.Total.Add(amt)
	}
	return res, nil
}

// RefundWithdrawnIn returns what a withdrawRefund transaction paid out.
func (r *Revenue) RefundWithdrawnIn(rcpt *types.Receipt) (money.Amount, error) {
	for _, l := range r.logs(rcpt) {
		if ev, err := r.abi.UnpackRefundWithdrawnEvent(l); err == nil {
			return money.FromUnits(ev.Amount)
		}
	}
	return money.Zero, fmt.Errorf("withdraw refund: tx %s has no RefundWithdrawn event", rcpt.TxHash)
}
