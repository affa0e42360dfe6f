package ledger

import (
	"time"

	"github.com/gpuledger/gpuledger/money"
)

// SLACredit is the credit a lease earned for one oracle epoch whose
// availability was under its SLA target (SlaCredited). A credit moves no
// money: it lowers what settlement releases, and the money stays in escrow
// until refunded.
type SLACredit struct {
	LeaseID         uint64       `json:"lease_id"`
	Epoch           uint64       `json:"epoch"`
	AvailabilityBps uint16       `json:"availability_bps"`
	TargetBps       uint16       `json:"target_bps"`
	Due             money.Amount `json:"due"`
	Credit          money.Amount `json:"credit"`
	Time            time.Time    `json:"time"`
	Ref             Ref          `json:"ref"`
}
