package contracts

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts/bindings/telemetryoracle"
)

// SLAClock is what settlement needs to know of the market's availability
// oracle: where it is, its epochs, and how long settlement waits for a
// report. Read it once per pass (SLAClock) and judge many leases with it.
type SLAClock struct {
	Oracle       common.Address // zero: no SLA, leases settle by time alone
	ReportWindow time.Duration
	Genesis      time.Time
	Length       time.Duration // zero: the oracle has no epochs
}

// availabilityABI packs calls of IAvailabilityOracle, which every oracle
// the market accepts implements (TelemetryOracle among them).
var availabilityABI = telemetryoracle.NewTelemetryOracle()

// SLAClock reads the market's oracle, its report window and its epochs.
func (m *Market) SLAClock(ctx context.Context) (SLAClock, error) {
	out, err := m.read(ctx, m.abi.PackAvailabilityOracle())
	if err != nil {
		return SLAClock{}, fmt.Errorf("availability oracle: %w", err)
	}
	oracle, err := m.abi.UnpackAvailabilityOracle(out)
	if err != nil || oracle == (common.Address{}) {
		return SLAClock{}, err
	}
	if out, err = m.read(ctx, m.abi.PackReportWindow()); err != nil {
		return SLAClock{}, fmt.Errorf("report window: %w", err)
	}
	window, err := m.abi.UnpackReportWindow(out)
	if err != nil {
		return SLAClock{}, fmt.Errorf("report window: %w", err)
	}
	out, err = m.call.CallContract(ctx, ethereum.CallMsg{To: &oracle, Data: availabilityABI.PackEpochClock()}, nil)
	if err != nil {
		return SLAClock{}, fmt.Errorf("epoch clock of oracle %s: %w", oracle, err)
	}
	clock, err := availabilityABI.UnpackEpochClock(out)
	if err != nil {
		return SLAClock{}, fmt.Errorf("epoch clock of oracle %s: %w", oracle, err)
	}
	return SLAClock{
		Oracle: oracle, ReportWindow: time.Duration(window) * time.Second,
		Genesis: unixTime(clock.Genesis), Length: time.Duration(clock.Length) * time.Second,
	}, nil
}

// Settleable reports whether settling l at time at would change anything,
// by the contract's rule: time up to min(at, end) not settled yet, and,
// when the lease has SLA terms and the market an oracle, the epoch that
// settlement would walk next is final (over, and reported or past its
// report window). A settle that would change nothing costs gas and
// answers nothing new: callers skip it.
func (m *Market) Settleable(ctx context.Context, clock SLAClock, l Lease, at time.Time) (bool, error) {
	if l.Status == LeaseEnded {
		return false, nil
	}
	target := l.End
	if at.Before(target) {
		target = at
	}
	if !target.After(l.SettledUntil) {
		return false, nil
	}
	if clock.Oracle == (common.Address{}) || l.SLAAvailabilityBps == 0 || l.CreditBps == 0 ||
		clock.Length <= 0 || l.SettledUntil.Before(clock.Genesis) {
		return true, nil // settled by time alone
	}
	epoch := uint64(l.SettledUntil.Sub(clock.Genesis) / clock.Length)
	epochEnd := clock.Genesis.Add(time.Duration(epoch+1) * clock.Length)
	if at.Before(epochEnd) {
		return false, nil // an epoch is final only once it is over
	}
	if !at.Before(epochEnd.Add(clock.ReportWindow)) {
		return true, nil // past its window: final without a report
	}
	out, err := m.call.CallContract(ctx, ethereum.CallMsg{To: &clock.Oracle, Data: availabilityABI.PackAvailabilityOf(new(big.Int).SetUint64(l.AssetID), epoch)}, nil)
	if err != nil {
		return false, fmt.Errorf("availability of asset %d epoch %d: %w", l.AssetID, epoch, err)
	}
	rep, err := availabilityABI.UnpackAvailabilityOf(out)
	if err != nil {
		return false, fmt.Errorf("availability of asset %d epoch %d: %w", l.AssetID, epoch, err)
	}
	return rep.Reported, nil
}
