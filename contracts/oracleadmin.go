package contracts

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Oracle administration: who reports an asset's telemetry and how many of
// them a report needs. These belong to the TelemetryOracle's
// ORACLE_ADMIN_ROLE alone, never to the asset's operator, who pays the SLA
// credits the reports decide (docs/oracle.md, "Reporters and trust").

// roleOracleAdmin is ORACLE_ADMIN_ROLE as the TelemetryOracle computes it.
func roleOracleAdmin() [32]byte { return crypto.Keccak256Hash([]byte("ORACLE_ADMIN_ROLE")) }

// ReporterChange is a ReporterAdded or ReporterRemoved event: reporter
// joined or left asset AssetID's reporters, by the oracle admin By.
type ReporterChange struct {
	AssetID  uint64
	Reporter common.Address
	By       common.Address
}

// QuorumChange is a QuorumChanged event: asset AssetID's quorum went from
// Previous (0: none was set) to New, set by the oracle admin By.
type QuorumChange struct {
	AssetID  uint64
	Previous uint8
	New      uint8
	By       common.Address
}

// ReportAgeChange is a MaxReportAgeChanged event: how long after its end
// an epoch may be reported, before and after. It applies to every asset.
type ReportAgeChange struct {
	Previous time.Duration
	New      time.Duration
}

// GrantOracleAdmin gives account ORACLE_ADMIN_ROLE on the TelemetryOracle:
// it may then register and remove the reporters of every asset, set their
// quorums, the quorum floor and the report window. s must hold the
// oracle's DEFAULT_ADMIN_ROLE (AccessControlUnauthorizedAccount
// otherwise). The role is global, so it must never go to an asset's
// operator. Granting a role already held changes nothing (no event), so
// a retry is harmless.
func (t *Telemetry) GrantOracleAdmin(ctx context.Context, s Sender, account common.Address) (*types.Receipt, error) {
	if account == (common.Address{}) {
		return nil, fmt.Errorf("grant oracle admin role: %w", invalid("account is the zero address"))
	}
	return t.send(ctx, s, fmt.Sprintf("grant oracle admin role to %s", account), t.abi.PackGrantRole(roleOracleAdmin(), account))
}

// IsOracleAdmin reports whether account holds ORACLE_ADMIN_ROLE at the
// latest block.
func (t *Telemetry) IsOracleAdmin(ctx context.Context, account common.Address) (bool, error) {
	out, err := t.read(ctx, t.abi.PackHasRole(roleOracleAdmin(), account))
	if err != nil {
		return false, fmt.Errorf("oracle admin role of %s: %w", account, err)
	}
	return t.abi.UnpackHasRole(out)
}

// IsReporter reports whether account is a registered reporter of asset
// assetID at the latest block.
func (t *Telemetry) IsReporter(ctx context.Context, assetID uint64, account common.Address) (bool, error) {
	out, err := t.read(ctx, t.abi.PackIsReporter(u256(assetID), account))
	if err != nil {
		return false, fmt.Errorf("is %s a reporter of asset %d: %w", account, assetID, err)
	}
	return t.abi.UnpackIsReporter(out)
}

// ReportWindow reads how long the LeaseMarket waits after an epoch's end
// for its oracle report before settling the epoch without an SLA credit
// (SLAReportWindow at deployment; 0 when the market has no availability
// oracle). The oracle's maximum report age must not exceed it, or a
// report could arrive after settlement gave up on it.
func (m *Market) ReportWindow(ctx context.Context) (time.Duration, error) {
	out, err := m.read(ctx, m.abi.PackReportWindow())
	if err != nil {
		return 0, fmt.Errorf("read the market's report window: %w", err)
	}
	secs, err := m.abi.UnpackReportWindow(out)
	if err != nil {
		return 0, fmt.Errorf("read the market's report window: %w", err)
	}
	return time.Duration(secs) * time.Second, nil
}

// logs returns the logs of rcpt that this oracle emitted.
func (t *Telemetry) logs(rcpt *types.Receipt) []*types.Log {
	var out []*types.Log
	for _, l := range rcpt.Logs {
		if l.Address == t.addr {
			out = append(out, l)
		}
	}
	return out
}
