package ledger

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Epoch is an oracle report of one asset's epoch (EpochReported): the
// medians the contract stored and every observation with its reporter, so
// auditors can recompute the medians.
type Epoch struct {
	AssetID         uint64         `json:"asset_id"`
	Epoch           uint64         `json:"epoch"`
	UtilisationBps  uint16         `json:"utilisation_bps"`
	AvailabilityBps uint16         `json:"availability_bps"`
	EnergyWh        uint64         `json:"energy_wh"`
	AvgPowerW       uint32         `json:"avg_power_w"`
	Submitter       common.Address `json:"submitter"`
	Observations    []Observation  `json:"observations"`
	Time            time.Time      `json:"time"`
	Ref             Ref            `json:"ref"`
}

// Observation is one reporter's signed observation of an epoch.
type Observation struct {
	Reporter        common.Address `json:"reporter"`
	UtilisationBps  uint16         `json:"utilisation_bps"`
	AvailabilityBps uint16         `json:"availability_bps"`
	EnergyWh        uint64         `json:"energy_wh"`
	AvgPowerW       uint32         `json:"avg_power_w"`
}
