package ledger

import (
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/money"
)

// Claim is one payment of an asset's revenue to a holder (RevenueClaimed).
type Claim struct {
	AssetID uint64         `json:"asset_id"`
	Holder  common.Address `json:"holder"`
	Amount  money.Amount   `json:"amount"`
	Time    time.Time      `json:"time"`
	Ref     Ref            `json:"ref"`
}

// ReserveWithdrawal is money an operator took out of an asset's
// maintenance reserve, with its stated purpose (ReserveWithdrawn).
type ReserveWithdrawal struct {
	AssetID uint64         `json:"asset_id"`
	To      common.Address `json:"to"`
	Amount  money.Amount   `json:"amount"`
	Purpose common.Hash    `json:"purpose"`
	Memo    string         `json:"memo"`
	Time    time.Time      `json:"time"`
	Ref     Ref            `json:"ref"`
}
