package contracts

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
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

// OperatorFeesWithdrawnIn returns what a withdrawOperatorFees transaction
// paid the asset's operator: zero when it paid nothing (the contract emits
// no event when nothing is owed).
func (r *Revenue) OperatorFeesWithdrawnIn(rcpt *types.Receipt) (money.Amount, error) {
	for _, l := range r.logs(rcpt) {
		if ev, err := r.abi.UnpackOperatorFeesWithdrawnEvent(l); err == nil {
			return money.FromUnits(ev.Amount)
		}
	}
	return money.Zero, nil
}

// ReserveWithdrawal is one payment out of an asset's maintenance reserve,
// as its ReserveWithdrawn event reports it.
type ReserveWithdrawal struct {
	AssetID uint64
	To      common.Address
	Amount  money.Amount
	// Purpose is the label the operator gave, its trailing zero bytes cut.
	Purpose string
	Memo    string
}

// ReserveWithdrawnIn returns the reserve withdrawal of a withdrawReserve
// transaction.
func (r *Revenue) ReserveWithdrawnIn(rcpt *types.Receipt) (ReserveWithdrawal, error) {
	for _, l := range r.logs(rcpt) {
		ev, err := r.abi.UnpackReserveWithdrawnEvent(l)
		if err != nil {
			continue
		}
		amt, err := money.FromUnits(ev.Amount)
		if err != nil {
			return ReserveWithdrawal{}, fmt.Errorf("tx %s: %w", rcpt.TxHash, err)
		}
		return ReserveWithdrawal{
			AssetID: ev.AssetId.Uint64(), To: ev.To, Amount: amt,
			Purpose: string(bytes.TrimRight(ev.Purpose[:], "\x00")), Memo: ev.Memo,
		}, nil
	}
	return ReserveWithdrawal{}, fmt.Errorf("withdraw reserve: tx %s has no ReserveWithdrawn event", rcpt.TxHash)
}

// PlatformFeesWithdrawnIn returns what a withdrawPlatformFees transaction
// paid and to whom: zero and the zero address when it paid nothing (the
// contract emits no event when nothing is owed).
func (r *Revenue) PlatformFeesWithdrawnIn(rcpt *types.Receipt) (money.Amount, common.Address, error) {
	for _, l := range r.logs(rcpt) {
		if ev, err := r.abi.UnpackPlatformFeesWithdrawnEvent(l); err == nil {
			amt, err := money.FromUnits(ev.Amount)
			return amt, ev.To, err
		}
	}
	return money.Zero, common.Address{}, nil
}

// PlatformFeeChangedIn returns the platform fee before and after a
// setPlatformFee transaction.
func (r *Revenue) PlatformFeeChangedIn(rcpt *types.Receipt) (before, after uint16, err error) {
	for _, l := range r.logs(rcpt) {
		if ev, err := r.abi.UnpackPlatformFeeChangedEvent(l); err == nil {
			return ev.PreviousBps, ev.NewBps, nil
		}
	}
	return 0, 0, fmt.Errorf("set platform fee: tx %s has no PlatformFeeChanged event", rcpt.TxHash)
}

// TreasuryChangedIn returns the treasury before and after a setTreasury
// transaction.
func (r *Revenue) TreasuryChangedIn(rcpt *types.Receipt) (before, after common.Address, err error) {
	for _, l := range r.logs(rcpt) {
		if ev, err := r.abi.UnpackTreasuryChangedEvent(l); err == nil {
			return ev.PreviousTreasury, ev.NewTreasury, nil
		}
	}
	return common.Address{}, common.Address{}, fmt.Errorf("set treasury: tx %s has no TreasuryChanged event", rcpt.TxHash)
}

// ReporterAddedIn returns the ReporterAdded event of the addReporter
// transaction of rcpt.
func (t *Telemetry) ReporterAddedIn(rcpt *types.Receipt) (ReporterChange, error) {
	for _, l := range t.logs(rcpt) {
		if ev, err := t.abi.UnpackReporterAddedEvent(l); err == nil {
			return ReporterChange{AssetID: ev.AssetId.Uint64(), Reporter: ev.Reporter, By: ev.By}, nil
		}
	}
	return ReporterChange{}, fmt.Errorf("tx %s has no ReporterAdded event", rcpt.TxHash)
}

// ReporterRemovedIn returns the ReporterRemoved event of the
// removeReporter transaction of rcpt.
func (t *Telemetry) ReporterRemovedIn(rcpt *types.Receipt) (ReporterChange, error) {
	for _, l := range t.logs(rcpt) {
		if ev, err := t.abi.UnpackReporterRemovedEvent(l); err == nil {
			return ReporterChange{AssetID: ev.AssetId.Uint64(), Reporter: ev.Reporter, By: ev.By}, nil
		}
	}
	return ReporterChange{}, fmt.Errorf("tx %s has no ReporterRemoved event", rcpt.TxHash)
}

// QuorumChangedIn returns the QuorumChanged event of the setQuorum
// transaction of rcpt.
func (t *Telemetry) QuorumChangedIn(rcpt *types.Receipt) (QuorumChange, error) {
	for _, l := range t.logs(rcpt) {
		if ev, err := t.abi.UnpackQuorumChangedEvent(l); err == nil {
			return QuorumChange{AssetID: ev.AssetId.Uint64(), Previous: ev.PreviousQuorum, New: ev.NewQuorum, By: ev.By}, nil
		}
	}
	return QuorumChange{}, fmt.Errorf("tx %s has no QuorumChanged event", rcpt.TxHash)
}

// MaxReportAgeChangedIn returns the MaxReportAgeChanged event of the
// setMaxReportAge transaction of rcpt.
func (t *Telemetry) MaxReportAgeChangedIn(rcpt *types.Receipt) (ReportAgeChange, error) {
	for _, l := range t.logs(rcpt) {
		if ev, err := t.abi.UnpackMaxReportAgeChangedEvent(l); err == nil {
			return ReportAgeChange{Previous: time.Duration(ev.PreviousMaxAge) * time.Second, New: time.Duration(ev.NewMaxAge) * time.Second}, nil
		}
	}
	return ReportAgeChange{}, fmt.Errorf("tx %s has no MaxReportAgeChanged event", rcpt.TxHash)
}
