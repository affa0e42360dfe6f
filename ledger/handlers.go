package ledger

import (
	"github.com/gpuledger/gpuledger/contracts"
)

// handlers is every event the mirror follows, one handler each, by
// contract. docs/ledger.md lists what each one writes and books.
var handlers = []handler{
	// TestStablecoin (ERC-20). FaucetMint needs no handler: the mint is the
	// Transfer from the zero address that comes with it.
	{contracts.StablecoinName, "Transfer", onTokenTransfer},

	// GPUAsset: assets and shares.
	{contracts.GPUAssetName, "AssetTokenized", onAssetTokenized},
	{contracts.GPUAssetName, "MetadataUpdated", onMetadataUpdated},
	{contracts.GPUAssetName, "OperatorChanged", onOperatorChanged},
	{contracts.GPUAssetName, "TransferSingle", onSharesTransferSingle},
	{contracts.GPUAssetName, "TransferBatch", onSharesTransferBatch},

	// GPUAsset as RevenueDistributor: the revenue split and its payouts.
	{contracts.GPUAssetName, "AssetFeesChanged", onAssetFeesChanged},
	{contracts.GPUAssetName, "RevenueDeposited", onRevenueDeposited},
	{contracts.GPUAssetName, "RevenueClaimed", onRevenueClaimed},
	{contracts.GPUAssetName, "OperatorFeesWithdrawn", onOperatorFeesWithdrawn},
	{contracts.GPUAssetName, "ReserveWithdrawn", onReserveWithdrawn},
	{contracts.GPUAssetName, "PlatformFeesWithdrawn", onPlatformFeesWithdrawn},
	// ... and as the holder of the market's escrow: refunds it could not push.
	{contracts.GPUAssetName, "RefundDeferred", onRefundDeferred},
	{contracts.GPUAssetName, "RefundWithdrawn", onRefundWithdrawn},

	// LeaseMarket: listings and leases.
	{contracts.LeaseMarketName, "ListingCreated", onListingCreated},
	{contracts.LeaseMarketName, "ListingPriceChanged", onListingPriceChanged},
	{contracts.LeaseMarketName, "ListingActiveChanged", onListingActiveChanged},
	{contracts.LeaseMarketName, "LeaseCreated", onLeaseCreated},
	{contracts.LeaseMarketName, "LeaseToppedUp", onLeaseToppedUp},
	{contracts.LeaseMarketName, "LeaseSettled", onLeaseSettled},
	{contracts.LeaseMarketName, "SlaCredited", onSlaCredited},
	{contracts.LeaseMarketName, "LeaseStatusChanged", onLeaseStatusChanged},
	{contracts.LeaseMarketName, "LeaseClosed", onLeaseClosed},
	{contracts.LeaseMarketName, "LeaseEnded", onLeaseEnded},
	{contracts.LeaseMarketName, "LeaseRefunded", onLeaseRefunded},
	{contracts.LeaseMarketName, "LeaseRetired", onLeaseRetired},
	// ... and price curves: the listing's curve, each curved lease's utilisation (prices.go).
	{contracts.LeaseMarketName, "ListingCurveSet", onListingCurveSet},
	{contracts.LeaseMarketName, "ListingCurveCleared", onListingCurveCleared},
	{contracts.LeaseMarketName, "LeasePriced", onLeasePriced},

	// TelemetryOracle: epoch reports.
	{contracts.TelemetryOracleName, "EpochReported", onEpochReported},

	// LendingPool: lenders' money, loans disbursed, interest, repayments,
	// bad debt, and the pool's shares (ERC-20). Skimmed has no handler:
	// it pays out tokens sent to the pool outside any operation, which no
	// account holds (docs/ledger.md).
	{contracts.LendingPoolName, "RateModelChanged", onPoolRateModelChanged},
	{contracts.LendingPoolName, "InterestAccrued", onPoolInterestAccrued},
	{contracts.LendingPoolName, "Deposit", onPoolDeposit},
	{contracts.LendingPoolName, "Withdraw", onPoolWithdraw},
	{contracts.LendingPoolName, "Transfer", onPoolTransfer},
	{contracts.LendingPoolName, "Lent", onPoolLent},
	{contracts.LendingPoolName, "RepaymentBooked", onPoolRepaymentBooked},
	{contracts.LendingPoolName, "BadDebtWrittenDown", onPoolBadDebt},

	// CreditVault: loans, pledged shares, revenue, liquidations, what it
	// owes borrowers. OwedCredited needs no handler: RevenueApplied and
	// AuctionSettled book what it credits.
	{contracts.CreditVaultName, "RiskParamsChanged", onVaultRiskParamsChanged},
	{contracts.CreditVaultName, "AssetTermsCached", onVaultAssetTermsCached},
	{contracts.CreditVaultName, "RevenueCheckpoint", onVaultRevenueCheckpoint},
	{contracts.CreditVaultName, "RevenueSwept", onVaultRevenueSwept},
	{contracts.CreditVaultName, "RevenueUnallocated", onVaultRevenueUnallocated},
	{contracts.CreditVaultName, "LoanOpened", onVaultLoanOpened},
	{contracts.CreditVaultName, "CollateralAdded", onVaultCollateralAdded},
	{contracts.CreditVaultName, "CollateralRemoved", onVaultCollateralRemoved},
	{contracts.CreditVaultName, "LoanClosed", onVaultLoanClosed},
	{contracts.CreditVaultName, "Borrowed", onVaultBorrowed},
	{contracts.CreditVaultName, "Repaid", onVaultRepaid},
	{contracts.CreditVaultName, "RevenueApplied", onVaultRevenueApplied},
	{contracts.CreditVaultName, "OwedWithdrawn", onVaultOwedWithdrawn},
	{contracts.CreditVaultName, "LoanFlagged", onVaultLoanFlagged},
	{contracts.CreditVaultName, "LoanCured", onVaultLoanCured},
	{contracts.CreditVaultName, "AuctionStarted", onVaultAuctionStarted},
	{contracts.CreditVaultName, "AuctionSettled", onVaultAuctionSettled},

	// CapacityBackstop: commitments, idle hours bought, returns (handlers_backstop.go).
	// IdleCapacityTaken and CommitmentSettled need no handler: the bought
	// GPU-seconds and the cursor follow from IdleCapacityBought.
	{contracts.CapacityBackstopName, "Committed", onBackstopCommitted},
	{contracts.CapacityBackstopName, "IdleCapacityBought", onIdleCapacityBought},
	{contracts.CapacityBackstopName, "CommitmentFinished", onBackstopFinished},
	{contracts.CapacityBackstopName, "CommitmentReleased", onBackstopReleased},
	{contracts.CapacityBackstopName, "ReturnDeferred", onBackstopReturnDeferred},
	{contracts.CapacityBackstopName, "ReturnWithdrawn", onBackstopReturnWithdrawn},

	// ShareMarket: offers, trades (the shares move by GPUAsset's
	// TransferSingle), what it owes sellers and the treasury
	// (handlers_trading.go). FeeChanged and TreasuryChanged move no money.
	{contracts.ShareMarketName, "OfferCreated", onOfferCreated},
	{contracts.ShareMarketName, "OfferFilled", onOfferFilled},
	{contracts.ShareMarketName, "OfferCancelled", onOfferCancelled},
	{contracts.ShareMarketName, "ProceedsWithdrawn", onProceedsWithdrawn},
	{contracts.ShareMarketName, "FeesWithdrawn", onTradeFeesWithdrawn},
}
