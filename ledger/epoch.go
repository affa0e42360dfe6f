package ledger

import (
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
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

// EpochRange pages over an asset's stored epochs numbered first..last
// (both included), in epoch order: the range bounds the scan, so a page
// holds p's limit of epochs while the range has them.
func (s *Store) EpochRange(assetID, first, last uint64, p PageRequest) (Page[Epoch], error) {
	out := Page[Epoch]{Items: []Epoch{}}
	if last < first {
		return out, nil
	}
	var end []byte // nil: to the end of the asset's epochs
	if last < math.MaxUint64 {
		end = idIDKey(assetID, last+1)
	}
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out.Next, err = scanRange(tx, bEpochs, idKey(assetID), idIDKey(assetID, first), end, p, func(_, v []byte) (bool, error) {
			var e Epoch
			if err := json.Unmarshal(v, &e); err != nil {
				return false, fmt.Errorf("ledger: decode epoch of asset %d: %w", assetID, err)
			}
			out.Items = append(out.Items, e)
			return true, nil
		})
		return err
	})
	return out, err
}

// EpochsBetween returns the reported epochs of asset assetID numbered
// first to last (both included), in order, from the asset's epoch index:
// its cost grows with the range asked, not with the asset's history. A
// range of more than MaxLimit epochs is refused with ErrInvalidPage.
func (s *Store) EpochsBetween(assetID, first, last uint64) ([]Epoch, error) {
	if last < first || last-first >= MaxLimit {
		return nil, fmt.Errorf("%w: epochs %d to %d: at most %d epochs per read", ErrInvalidPage, first, last, MaxLimit)
	}
	start := idIDKey(assetID, first)
	var end []byte // nil: to the end of the asset's epochs
	if last < math.MaxUint64 {
		end = idIDKey(assetID, last+1)
	}
	out := []Epoch{}
	err := s.view(func(tx *bolt.Tx) error {
		_, err := scanRange(tx, bEpochs, idKey(assetID), start, end, PageRequest{Limit: MaxLimit}, func(_, v []byte) (bool, error) {
			var e Epoch
			if err := json.Unmarshal(v, &e); err != nil {
				return false, fmt.Errorf("ledger: decode epoch of asset %d: %w", assetID, err)
			}
			out = append(out, e)
			return true, nil
		})
		return err
	})
	return out, err
}
