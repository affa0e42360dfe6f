package audit

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/contracts/bindings/telemetryoracle"
	"github.com/gpuledger/gpuledger/yield"
)

// synth builds ABI-encoded logs exactly as the contracts emit them.
type synth struct {
	logs  []types.Log
	times map[uint64]time.Time
	block uint64
}

func (s *synth) emit(t testing.TB, addr common.Address, ev abi.Event, at time.Time, indexed []common.Hash, args ...any) {
	data, err := ev.Inputs.NonIndexed().Pack(args...)
	if err != nil {
		t.Fatalf("pack %s: %v", ev.Name, err)
	}
	s.block++
	s.times[s.block] = at
	s.logs = append(s.logs, types.Log{Address: addr, Topics: append([]common.Hash{ev.ID}, indexed...), Data: data,
		BlockNumber: s.block, TxHash: common.BigToHash(new(big.Int).SetUint64(s.block))})
}

func topic(v uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(v)) }

// assetYear synthesizes one asset-year: 8,760 hourly oracle reports, 1,000
// leases of about nine hours, each settled every hour it runs, and a revenue
// deposit per settlement.
func assetYear(t testing.TB) (*Log, *contracts.Manifest) {
	m := &contracts.Manifest{Contracts: map[string]contracts.Deployment{
		contracts.GPUAssetName:        {Address: common.HexToAddress("0xa1")},
		contracts.LeaseMarketName:     {Address: common.HexToAddress("0xa2")},
		contracts.TelemetryOracleName: {Address: common.HexToAddress("0xa3")},
	}}
	assetABI, marketABI, oracleABI := gpuasset.NewGPUAsset().GetABI(), leasemarket.NewLeaseMarket().GetABI(), telemetryoracle.NewTelemetryOracle().GetABI()
	s := &synth{times: map[uint64]time.Time{}}
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s.emit(t, m.Address(contracts.GPUAssetName), assetABI.Events["AssetTokenized"], start, []common.Hash{topic(1), {}},
		gpuasset.GPUAssetTokenizeParams{GpuModel: "H100", GpuCount: 8, RatedPowerW: 10200, Location: "US-TX-1",
			CommissionedAt: uint64(start.Unix()), BookValue: big.NewInt(280_000_000_000), UsefulLifeMonths: 48,
			ShareSupply: big.NewInt(1_000_000), OperatorFeeBps: 1500, ReserveBps: 500})
	obs := telemetryoracle.TelemetryOracleObservation{UtilisationBps: 8000, AvailabilityBps: 10000, EnergyWh: 8000, AvgPowerW: 8000}
	reporters := []common.Address{{1}, {2}, {3}}
	hourly := big.NewInt(8 * 2_490_000)
	for h := 0; h < 8760; h++ {
		at := start.Add(time.Duration(h+1) * time.Hour)
		s.emit(t, m.Address(contracts.TelemetryOracleName), oracleABI.Events["EpochReported"], at,
			[]common.Hash{topic(1), topic(uint64(h)), {}}, reporters, []telemetryoracle.TelemetryOracleObservation{obs, obs, obs}, obs)
		lease := uint64(h*1000/8760 + 1)
		if h*1000%8760 < 1000 { // a new lease starts this hour
			s.emit(t, m.Address(contracts.LeaseMarketName), marketABI.Events["LeaseCreated"], at,
				[]common.Hash{topic(lease), topic(1), topic(1)}, common.Address{9}, uint32(8), big.NewInt(2_490_000),
				uint64(at.Unix()), uint64(at.Add(9*time.Hour).Unix()), new(big.Int).Mul(hourly, big.NewInt(9)))
		}
		s.emit(t, m.Address(contracts.LeaseMarketName), marketABI.Events["LeaseSettled"], at,
			[]common.Hash{topic(lease), topic(1)}, uint64(at.Add(-time.Hour).Unix()), uint64(at.Unix()), hourly, big.NewInt(0),
			hourly, big.NewInt(0), big.NewInt(0))
		s.emit(t, m.Address(contracts.GPUAssetName), assetABI.Events["RevenueDeposited"], at,
			[]common.Hash{topic(1), {}}, hourly, big.NewInt(0), big.NewInt(2_988_000), big.NewInt(996_000),
			big.NewInt(15_936_000), big.NewInt(0), big.NewInt(0))
	}
	return &Log{Logs: s.logs, Times: s.times, To: s.block, epochGenesis: start, epochLength: time.Hour}, m
}

// BenchmarkAuditComputeAssetYear measures the audit's compute after the
// logs are fetched: decoding one asset-year of logs (~35k) into events and
// computing every figure. Goal: under 1 s.
func BenchmarkAuditComputeAssetYear(b *testing.B) {
	log, m := assetYear(b)
	period := yield.Period{From: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)}
	b.ReportMetric(float64(len(log.Logs)), "logs")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ev, err := log.Events(m, 1)
		if err != nil {
			b.Fatal(err)
		}
		r, err := yield.Compute(ev, period)
		if err != nil {
			b.Fatal(err)
		}
		if r.EnergyKWh.Value != "70080" {
			b.Fatalf("energy %s", r.EnergyKWh.Value)
		}
	}
}
