package webhooks

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// Event is what a delivery's body carries: {"id","type","created","data"}.
// ID is the same for every attempt of every delivery of the event, so a
// receiver dedupes on it.
type Event struct {
	ID      string          `json:"id"`
	Type    EventType       `json:"type"`
	Created time.Time       `json:"created"`
	Data    json.RawMessage `json:"data"`
}

// eventRecord is an Event as stored: with the pass it was derived at (its
// block, 0 for events about the service's own doings, which no reorg
// undoes) and the fact it reports (fired key), so that a reorg can
// retract it and forget the fact.
type eventRecord struct {
	Event
	Block      uint64      `json:"block"`
	BlockHash  common.Hash `json:"block_hash"`
	Fired      string      `json:"fired,omitempty"`
	Deliveries []uint64    `json:"deliveries,omitempty"`
	Actions    []uint64    `json:"actions,omitempty"`
}

// eventID derives an event's id from the fact it reports (key), the
// fact's generation (a deposit, a claimed total; "" when a fact happens
// once) and the block hash of the pass that found it: the same fact found
// again on another branch after a reorg is another event.
func eventID(parts ...string) string {
	h := sha256.New()
	h.Write([]byte("gpuledger-webhook-event"))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	return "evt_" + hex.EncodeToString(h.Sum(nil)[:16])
}

// LeaseData is the data of lease.runway_low, lease.overdrawn and
// lease.ended: the lease as the mirror had it at Block, with its debt and
// runway at chain time At (the API's rule, GET /v1/leases/{id}).
type LeaseData struct {
	LeaseID     string                `json:"lease_id"`
	ListingID   string                `json:"listing_id"`
	AssetID     string                `json:"asset_id"`
	Renter      string                `json:"renter"`
	GPUs        uint32                `json:"gpus"`
	Status      contracts.LeaseStatus `json:"status"`
	CloseReason contracts.CloseReason `json:"close_reason,omitempty"`
	End         time.Time             `json:"end"`
	Deposit     money.Amount          `json:"deposit"`
	Released    money.Amount          `json:"released"`
	Refunded    money.Amount          `json:"refunded"`
	Credited    money.Amount          `json:"credited"`
	Escrow      money.Amount          `json:"escrow"`
	Debt        money.Amount          `json:"debt"`
	RunwayHours string                `json:"runway_hours"`
	// ThresholdHours is the endpoint's runway_below_hours (lease.runway_low only).
	ThresholdHours uint32    `json:"threshold_hours,omitempty"`
	At             time.Time `json:"at"`
	Block          uint64    `json:"block"`
}

// SLACreditData is the data of lease.sla_credited: one epoch's credit.
type SLACreditData struct {
	LeaseID         string       `json:"lease_id"`
	AssetID         string       `json:"asset_id"`
	Renter          string       `json:"renter"`
	Epoch           uint64       `json:"epoch"`
	AvailabilityBps uint16       `json:"availability_bps"`
	TargetBps       uint16       `json:"target_bps"`
	Due             money.Amount `json:"due"`
	Credit          money.Amount `json:"credit"`
	TxHash          string       `json:"tx_hash"`
	Block           uint64       `json:"block"`
	LogIndex        uint         `json:"log_index"`
}

// ClaimableData is the data of revenue.claimable_above.
type ClaimableData struct {
	AssetID   string       `json:"asset_id"`
	Holder    string       `json:"holder"`
	Claimable money.Amount `json:"claimable"`
	Claimed   money.Amount `json:"claimed"`
	Threshold money.Amount `json:"threshold"`
	Block     uint64       `json:"block"`
}

// AutoTopUpData is the data of lease.auto_topup: what the service did when
// a lease's runway fell below the endpoint's auto_topup.below_hours.
type AutoTopUpData struct {
	LeaseID string       `json:"lease_id"`
	Amount  money.Amount `json:"amount"`
	// Outcome is "succeeded" (TxHash and Block say where) or "failed"
	// (Error says why: the API's problem detail, or the last error).
	Outcome string `json:"outcome"`
	TxHash  string `json:"tx_hash,omitempty"`
	Block   uint64 `json:"block,omitempty"`
	Error   string `json:"error,omitempty"`
	// IdempotencyKey is the key the top-up was journaled under (scope:
	// the renter): a retry never pays twice.
	IdempotencyKey string `json:"idempotency_key"`
}

// RetractedData is the data of event.retracted.
type RetractedData struct {
	EventID   string      `json:"event_id"`
	EventType EventType   `json:"event_type"`
	Block     uint64      `json:"block"`
	BlockHash common.Hash `json:"block_hash"`
	Reason    string      `json:"reason"`
}
