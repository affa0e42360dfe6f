package api

import (
	"time"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/yield"
)

// The success bodies of the routes whose handlers answer a map built in
// place, as types: the routes' response (routes.go) for the OpenAPI
// document's schemas. The api tests validate every answer against the
// document (internal/openapitest), so a field a handler adds, drops or
// retypes without changing its type here fails them.

type statusAnswer struct {
	Status string `json:"status"`
}

type readyAnswer struct {
	Status      string `json:"status"`
	Block       uint64 `json:"block"`
	MirrorBlock uint64 `json:"mirror_block"`
	MirrorLag   uint64 `json:"mirror_lag"`
	MirrorError string `json:"mirror_error,omitempty"`
}

type chainAnswer struct {
	ChainID     string            `json:"chain_id"`
	Block       uint64            `json:"block"`
	DeployBlock uint64            `json:"deploy_block"`
	Version     string            `json:"version"`
	Contracts   map[string]string `json:"contracts"`
	Admin       string            `json:"admin"`
}

// openapiDocument is the OpenAPI document itself: an object.
type openapiDocument map[string]any

type accountAnswer struct {
	Address string        `json:"address"`
	Role    accounts.Role `json:"role"`
	Name    string        `json:"name"`
	APIKey  string        `json:"api_key"`
}

type faucetAnswer struct {
	Address string       `json:"address"`
	Amount  money.Amount `json:"amount"`
}

// Lists answer a page of items, the mirror block they reflect, and the
// cursor of the next page while there is one (mirror.go listAnswer).

type assetList struct {
	Assets []assetJSON `json:"assets"`
	Block  uint64      `json:"block"`
	Next   string      `json:"next,omitempty"`
}

type listingList struct {
	Listings []listingJSON `json:"listings"`
	Block    uint64        `json:"block"`
	Next     string        `json:"next,omitempty"`
}

type entryList struct {
	Entries []ledger.Entry `json:"entries"`
	Block   uint64         `json:"block"`
	Next    string         `json:"next,omitempty"`
}

// epochJSON is one oracle epoch of an asset's telemetry: the medians the
// oracle stored and the report that stored them.
type epochJSON struct {
	Epoch           uint64    `json:"epoch"`
	Start           time.Time `json:"start"`
	End             time.Time `json:"end"`
	UtilisationBps  uint16    `json:"utilisation_bps"`
	AvailabilityBps uint16    `json:"availability_bps"`
	EnergyWh        uint64    `json:"energy_wh"`
	AvgPowerW       uint32    `json:"avg_power_w"`
	Reporters       int       `json:"reporters"`
	TxHash          string    `json:"tx_hash"`
	Block           uint64    `json:"block"`
}

type telemetryAnswer struct {
	AssetID string      `json:"asset_id"`
	Epochs  []epochJSON `json:"epochs"`
	Block   uint64      `json:"block"`
	Next    string      `json:"next,omitempty"`
}

type holderAnswer struct {
	Address string        `json:"address"`
	Assets  []holdingJSON `json:"assets"`
	Block   uint64        `json:"block"`
	Next    string        `json:"next,omitempty"`
}

// revenueAnswer is the money figures of a yield report (getRevenue).
type revenueAnswer struct {
	AssetID              string       `json:"asset_id"`
	From                 time.Time    `json:"from"`
	To                   time.Time    `json:"to"`
	GrossRevenue         yield.Figure `json:"gross_revenue"`
	SLACredits           yield.Figure `json:"sla_credits"`
	PlatformFee          yield.Figure `json:"platform_fee"`
	OperatorFee          yield.Figure `json:"operator_fee"`
	OperatorFeeWithdrawn yield.Figure `json:"operator_fee_withdrawn"`
	Reserve              yield.Figure `json:"reserve"`
	ReserveWithdrawn     yield.Figure `json:"reserve_withdrawn"`
	HoldersRevenue       yield.Figure `json:"holders_revenue"`
	RevenuePerShare      yield.Figure `json:"revenue_per_share"`
	Block                uint64       `json:"block"`
}

type reportSubmitted struct {
	AssetID      string `json:"asset_id"`
	Epoch        uint64 `json:"epoch"`
	Observations int    `json:"observations"`
}

type quorumAnswer struct {
	AssetID        string `json:"asset_id"`
	Quorum         uint64 `json:"quorum"`
	PreviousQuorum uint64 `json:"previous_quorum"`
	SetBy          string `json:"set_by"`
}

type reportWindowAnswer struct {
	MaxReportAgeSeconds         int64 `json:"max_report_age_seconds"`
	PreviousMaxReportAgeSeconds int64 `json:"previous_max_report_age_seconds"`
}

type assetOracleAnswer struct {
	AssetID             string            `json:"asset_id"`
	Operator            string            `json:"operator"`
	Reporters           []string          `json:"reporters"`
	Quorum              uint64            `json:"quorum"`
	MinQuorum           uint64            `json:"min_quorum"`
	EpochLengthSeconds  int64             `json:"epoch_length_seconds"`
	MaxReportAgeSeconds int64             `json:"max_report_age_seconds"`
	AsOf                time.Time         `json:"as_of"`
	Reported            int               `json:"reported"`
	Missing             []uint64          `json:"missing"`
	Epochs              []oracleEpochJSON `json:"epochs"`
	Block               uint64            `json:"block"`
}

type transferAnswer struct {
	AssetID string           `json:"asset_id"`
	From    string           `json:"from"`
	To      string           `json:"to"`
	Shares  contracts.Shares `json:"shares"`
}

type claimAnswer struct {
	Claimed money.Amount            `json:"claimed"`
	ByAsset map[string]money.Amount `json:"by_asset"`
}

type operatorFeesWithdrawal struct {
	AssetID   string       `json:"asset_id"`
	Operator  string       `json:"operator"`
	Withdrawn money.Amount `json:"withdrawn"`
}

type reserveWithdrawal struct {
	AssetID   string       `json:"asset_id"`
	To        string       `json:"to"`
	Withdrawn money.Amount `json:"withdrawn"`
	Purpose   string       `json:"purpose"`
	Memo      string       `json:"memo"`
}

type operatorEarningsAnswer struct {
	Address      string              `json:"address"`
	Assets       []assetEarningsJSON `json:"assets"`
	OperatorFees operatorFeesJSON    `json:"operator_fees"`
	Reserve      reserveJSON         `json:"reserve"`
	Block        uint64              `json:"block"`
}

type platformAnswer struct {
	PlatformFeeBps    uint32       `json:"platform_fee_bps"`
	MaxPlatformFeeBps uint32       `json:"max_platform_fee_bps"`
	Treasury          string       `json:"treasury"`
	PlatformFeesOwed  money.Amount `json:"platform_fees_owed"`
	Block             uint64       `json:"block"`
}

type platformFeeAnswer struct {
	PlatformFeeBps uint32 `json:"platform_fee_bps"`
	PreviousBps    uint32 `json:"previous_bps"`
}

type treasuryAnswer struct {
	Treasury string `json:"treasury"`
	Previous string `json:"previous"`
}

// platformFeesWithdrawal's treasury is null when the event named none.
type platformFeesWithdrawal struct {
	Withdrawn money.Amount `json:"withdrawn"`
	Treasury  *string      `json:"treasury"`
}

type webhookList struct {
	Webhooks []webhookJSON `json:"webhooks"`
}

type deliveryList struct {
	WebhookID  string         `json:"webhook_id"`
	Deliveries []deliveryJSON `json:"deliveries"`
}

type deletedWebhook struct {
	webhookJSON
	Deleted bool `json:"deleted"`
}

// lenderAnswer is a lender's position at a block.
type lenderAnswer struct {
	positionJSON
	Block uint64 `json:"block"`
}

// poolMove is a deposit's or a withdrawal's answer: one of deposited and
// withdrawn, by the route.
type poolMove struct {
	Lender    string        `json:"lender"`
	Deposited *money.Amount `json:"deposited,omitempty"`
	Withdrawn *money.Amount `json:"withdrawn,omitempty"`
	Shares    string        `json:"shares"`
	Position  positionJSON  `json:"position"`
}

type collateralAnswer struct {
	AssetID                 string           `json:"asset_id"`
	ValuePerShare           string           `json:"value_per_share"`
	BookValuePerShare       string           `json:"book_value_per_share"`
	RevenueValuePerShare    string           `json:"revenue_value_per_share"`
	RevenueSince            *time.Time       `json:"revenue_since"`
	PledgedShares           contracts.Shares `json:"pledged_shares"`
	LTVBps                  uint32           `json:"ltv_bps"`
	LiquidationThresholdBps uint32           `json:"liquidation_threshold_bps"`
	DiscountRateBps         uint32           `json:"discount_rate_bps"`
	LookbackSeconds         int64            `json:"lookback_seconds"`
	AsOf                    time.Time        `json:"as_of"`
	Block                   uint64           `json:"block"`
}

type loanList struct {
	Loans []loanJSON `json:"loans"`
	Block uint64     `json:"block"`
	Next  string     `json:"next,omitempty"`
}

type loanRead struct {
	loanJSON
	Block uint64 `json:"block"`
}

type repaidJSON struct {
	Amount      money.Amount `json:"amount"`
	ToInterest  money.Amount `json:"to_interest"`
	ToPrincipal money.Amount `json:"to_principal"`
}

type auctionSettlementJSON struct {
	Bidder    string       `json:"bidder"`
	Price     money.Amount `json:"price"`
	Repaid    money.Amount `json:"repaid"`
	Penalty   money.Amount `json:"penalty"`
	Surplus   money.Amount `json:"surplus"`
	Shortfall money.Amount `json:"shortfall"`
}

// loanWrite is a write's answer on a loan: the loan, and what the write
// did (the fields of the route that did it).
type loanWrite struct {
	loanJSON
	Borrowed       *money.Amount          `json:"borrowed,omitempty"`
	Repaid         *repaidJSON            `json:"repaid,omitempty"`
	RevenueApplied *revenueJSON           `json:"revenue_applied,omitempty"`
	AddedShares    *contracts.Shares      `json:"added_shares,omitempty"`
	ReturnedShares *contracts.Shares      `json:"returned_shares,omitempty"`
	Settlement     *auctionSettlementJSON `json:"settlement,omitempty"`
}

type owedAnswer struct {
	Address string       `json:"address"`
	Owed    money.Amount `json:"owed"`
	Block   uint64       `json:"block"`
}

type owedWithdrawal struct {
	Address   string       `json:"address"`
	Withdrawn money.Amount `json:"withdrawn"`
}

type refundsAnswer struct {
	Address string         `json:"address"`
	Owed    ledger.Balance `json:"owed"`
	Block   uint64         `json:"block"`
}

type refundWithdrawal struct {
	Withdrawn money.Amount `json:"withdrawn"`
}

// leaseWrite is a write's answer on a lease: the whole lease to its
// renter, its asset's operator and an admin; its summary (leaseSummary,
// view "summary") to anyone else who settles it. Only the summary's
// fields are always there.
type leaseWrite struct {
	ID              string                `json:"id"`
	ListingID       string                `json:"listing_id"`
	AssetID         string                `json:"asset_id"`
	Status          contracts.LeaseStatus `json:"status"`
	SettledUntil    time.Time             `json:"settled_until"`
	Released        money.Amount          `json:"released"`
	Credited        money.Amount          `json:"credited"`
	View            string                `json:"view,omitempty"`
	Renter          string                `json:"renter,omitempty"`
	GPUs            uint32                `json:"gpus,omitempty"`
	PricePerGPUHour *money.Amount         `json:"price_per_gpu_hour,omitempty"`
	Start           *time.Time            `json:"start,omitempty"`
	End             *time.Time            `json:"end,omitempty"`
	NextSettlement  *time.Time            `json:"next_settlement,omitempty"`
	Deposit         *money.Amount         `json:"deposit,omitempty"`
	Refunded        *money.Amount         `json:"refunded,omitempty"`
	Escrow          *money.Amount         `json:"escrow,omitempty"`
	Accrued         *money.Amount         `json:"accrued,omitempty"`
	Debt            *money.Amount         `json:"debt,omitempty"`
	RunwayHours     string                `json:"runway_hours,omitempty"`
	CloseReason     contracts.CloseReason `json:"close_reason,omitempty"`
	GraceSeconds    uint32                `json:"grace_seconds,omitempty"`
}
