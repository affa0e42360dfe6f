package api

import (
	"math/big"
	"net/http"
	"slices"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
)

// route is one endpoint: the single source of both echo's routing table and
// the OpenAPI document, so the two cannot drift apart.
type route struct {
	method  string
	path    string // echo syntax: /v1/assets/:id
	roles   []accounts.Role
	public  bool // no key needed
	summary string
	body    any // example request body for OpenAPI; nil for none
	// response is the success body's type (a zero value) for the OpenAPI
	// document's schema; nil for none (204) or a non-JSON answer.
	response any
	// status is the success status when it is not 200 (a create's 201);
	// 0 documents a POST as answering 200 or 201.
	status  int
	handler echo.HandlerFunc
}

func (s *Server) routes() []route {
	const (
		admin    = accounts.RoleAdmin
		operator = accounts.RoleOperator
		renter   = accounts.RoleRenter
		holder   = accounts.RoleHolder
		oracle   = accounts.RoleOracle
	)
	core := []route{
		{method: "GET", path: "/healthz", public: true, summary: "process is up", response: statusAnswer{}, handler: s.healthz},
		{method: "GET", path: "/readyz", public: true, summary: "chain reachable; mirror lag", response: readyAnswer{}, handler: s.readyz},
		{method: "GET", path: "/metrics", public: true, summary: "Prometheus metrics", response: textResponse("text/plain"), handler: s.metricsHandler},
		{method: "GET", path: "/v1/openapi.json", public: true, summary: "this API's OpenAPI 3.1 document, generated from its Go types", response: openapiDocument{}, handler: s.openapi},
		{method: "GET", path: "/v1/chain", public: true, summary: "chain id, head, contract addresses", response: chainAnswer{}, handler: s.getChain},

		{method: "POST", path: "/v1/accounts", roles: []accounts.Role{admin}, summary: "create a principal with a custodial key",
			body: createAccountReq{Role: "renter", Name: "acme"}, response: accountAnswer{}, status: http.StatusCreated, handler: s.createAccount},
		{method: "POST", path: "/v1/faucet", roles: []accounts.Role{admin}, summary: "fund an address with gas and test stablecoin (dev chains)",
			body: faucetReq{Address: "0x…", Amount: "10000"}, response: faucetAnswer{}, status: http.StatusOK, handler: s.faucet},

		{method: "POST", path: "/v1/assets", roles: []accounts.Role{operator}, summary: "tokenize a GPU node", body: exampleAsset(), response: assetJSON{}, status: http.StatusCreated, handler: s.createAsset},
		{method: "GET", path: "/v1/assets", public: true, summary: "tokenized assets", response: assetList{}, handler: s.listAssets},
		{method: "GET", path: "/v1/assets/:id", public: true, summary: "one asset", response: assetJSON{}, handler: s.getAsset},
		{method: "GET", path: "/v1/assets/:id/revenue", public: true, summary: "revenue, fees, reserve, holders' part over from..to with evidence", response: revenueAnswer{}, handler: s.getRevenue},
		{method: "GET", path: "/v1/assets/:id/telemetry", public: true, summary: "oracle epochs (medians) starting in from..to (after, limit)", response: telemetryAnswer{}, handler: s.getTelemetry},
		{method: "GET", path: "/v1/ledger/entries", public: true, summary: "journal entries (account, from, to; after, limit)", response: entryList{}, handler: s.listEntries},
		{method: "GET", path: "/v1/reconcile", public: true, summary: "every mirrored balance compared with the chain", response: ledger.Report{}, handler: s.reconcile},
		{method: "POST", path: "/v1/oracle/reports", roles: []accounts.Role{oracle}, summary: "forward signed observations of an epoch to the oracle contract",
			body: reportReq{AssetID: "1", Epoch: 493212, Observations: []observationReq{{Signature: "0x…"}}}, response: reportSubmitted{}, status: http.StatusCreated, handler: s.postReport},
		{method: "POST", path: "/v1/assets/:id/reporters", roles: []accounts.Role{accounts.RoleOracleAdmin}, summary: "register a reporter of the asset's telemetry (oracle admin; never the asset's operator)",
			body: reporterReq{Address: "0x…"}, response: reporterAnswer{}, status: http.StatusCreated, handler: s.addReporter},
		{method: "DELETE", path: "/v1/assets/:id/reporters/:address", roles: []accounts.Role{accounts.RoleOracleAdmin}, summary: "unregister a reporter of the asset (oracle admin)", response: reporterAnswer{}, handler: s.removeReporter},
		{method: "PUT", path: "/v1/assets/:id/quorum", roles: []accounts.Role{accounts.RoleOracleAdmin}, summary: "set how many reporters a report of the asset needs, at least the floor (oracle admin)",
			body: quorumReq{Quorum: 2}, response: quorumAnswer{}, handler: s.setQuorum},
		{method: "PUT", path: "/v1/oracle/report-window", roles: []accounts.Role{accounts.RoleOracleAdmin}, summary: "set how long after its end an epoch may be reported, every asset (oracle admin; at most the market's SLA report window)",
			body: reportWindowReq{MaxReportAgeSeconds: 7200}, response: reportWindowAnswer{}, handler: s.setReportWindow},
		{method: "GET", path: "/v1/assets/:id/oracle", public: true, summary: "the asset's reporters, quorum and report window; its epochs in from..to (default the last 48), reported or missing", response: assetOracleAnswer{}, handler: s.getAssetOracle},
		{method: "GET", path: "/v1/assets/:id/yield", public: true, summary: "every yield figure over from..to with evidence", response: yieldAnswer{}, handler: s.getYield},
		{method: "POST", path: "/v1/assets/:id/listings", roles: []accounts.Role{operator}, summary: "list GPUs of an asset",
			body: exampleListing(), response: listingJSON{}, status: http.StatusCreated, handler: s.createListing},
		{method: "GET", path: "/v1/listings", public: true, summary: "listings (asset, gpu_model, min_free_gpus, max_price)", response: listingList{}, handler: s.listListings},
		{method: "GET", path: "/v1/listings/:id", public: true, summary: "one listing", response: listingJSON{}, handler: s.getListing},
		{method: "PATCH", path: "/v1/listings/:id", roles: []accounts.Role{operator}, summary: "change price or open/close a listing",
			body: patchListingReq{}, response: listingJSON{}, handler: s.patchListing},

		{method: "POST", path: "/v1/leases", roles: []accounts.Role{renter}, summary: "lease GPUs, paying a deposit into escrow",
			body: leaseReq{ListingID: "1", GPUs: 6, Hours: 2, Deposit: "30"}, response: leaseJSON{}, status: http.StatusCreated, handler: s.createLease},
		{method: "GET", path: "/v1/leases", roles: []accounts.Role{renter, operator}, summary: "the caller's leases (status, asset filters)", response: leaseList{}, handler: s.listLeases},
		{method: "GET", path: "/v1/leases/:id", roles: []accounts.Role{renter, operator}, summary: "one lease with escrow, accrued, runway", response: leaseRead{}, handler: s.getLease},
		{method: "POST", path: "/v1/leases/:id/topup", roles: []accounts.Role{renter}, summary: "add to a lease's escrow",
			body: amountReq{Amount: "10"}, response: leaseWrite{}, status: http.StatusOK, handler: s.topUpLease},
		{method: "POST", path: "/v1/leases/:id/settle", roles: []accounts.Role{renter, operator, holder}, summary: "settle what has accrued", response: leaseWrite{}, status: http.StatusOK, handler: s.settleLease},
		{method: "GET", path: "/v1/holders/:address", public: true, summary: "shares, claimable and claimed revenue per asset (after, limit)", response: holderAnswer{}, handler: s.getHolder},
		{method: "POST", path: "/v1/assets/:id/transfers", roles: []accounts.Role{holder, operator, renter}, summary: "transfer shares (revenue accrued so far stays with the seller)",
			body: transferReq{To: "0x…", Shares: contracts.NewShares(big.NewInt(1000))}, response: transferAnswer{}, status: http.StatusOK, handler: s.transferShares},
		{method: "POST", path: "/v1/claims", roles: []accounts.Role{holder, operator, renter}, summary: "claim revenue of many assets in one transaction",
			body: claimReq{AssetIDs: []string{"1", "2"}}, response: claimAnswer{}, status: http.StatusOK, handler: s.claim},
		{method: "POST", path: "/v1/assets/:id/operator-fees/withdraw", roles: []accounts.Role{operator}, summary: "pay the asset's operator its accrued operator fees (the asset's operator only; 409 when none are owed)", response: operatorFeesWithdrawal{}, status: http.StatusOK, handler: s.withdrawOperatorFees},
		{method: "POST", path: "/v1/assets/:id/reserve/withdraw", roles: []accounts.Role{operator}, summary: "spend the asset's maintenance reserve for a stated purpose (the asset's operator only)",
			body: reserveWithdrawReq{Amount: "100", To: "0x…", Purpose: contracts.PurposeRepairs, Memo: "PSU replaced in node 3"}, response: reserveWithdrawal{}, status: http.StatusOK, handler: s.withdrawReserve},
		{method: "GET", path: "/v1/operators/:address/earnings", public: true, summary: "per asset an operator runs: operator fees accrued, withdrawn, available; reserve accrued, withdrawn, balance", response: operatorEarningsAnswer{}, handler: s.getOperatorEarnings},
		{method: "GET", path: "/v1/platform", public: true, summary: "platform fee in force and its bound, treasury, platform fees owed", response: platformAnswer{}, handler: s.getPlatform},
		{method: "PUT", path: "/v1/platform/fee", roles: []accounts.Role{admin}, summary: "set the platform fee (bps, 0 to 2000) for revenue from now on",
			body: examplePlatformFee(), response: platformFeeAnswer{}, handler: s.setPlatformFee},
		{method: "PUT", path: "/v1/platform/treasury", roles: []accounts.Role{admin}, summary: "set where platform fees are paid",
			body: treasuryReq{Treasury: "0x…"}, response: treasuryAnswer{}, handler: s.setTreasury},
		{method: "POST", path: "/v1/platform/fees/withdraw", roles: []accounts.Role{admin}, summary: "pay every platform fee owed to the treasury (409 when none are owed)", response: platformFeesWithdrawal{}, status: http.StatusOK, handler: s.withdrawPlatformFees},
		{method: "POST", path: "/v1/webhooks", roles: webhookRoles, summary: "register a webhook for events about the caller's own leases and revenue (answers its signing secret, once)",
			body: exampleWebhook(), response: webhookJSON{}, status: http.StatusCreated, handler: s.createWebhook},
		{method: "GET", path: "/v1/webhooks", roles: webhookRoles, summary: "the caller's webhooks (without their secrets)", response: webhookList{}, handler: s.listWebhooks},
		{method: "GET", path: "/v1/webhooks/:id/deliveries", roles: webhookRoles, summary: "a webhook's recent deliveries, each attempt with its time, status and error (limit)", response: deliveryList{}, handler: s.listWebhookDeliveries},
		{method: "DELETE", path: "/v1/webhooks/:id", roles: webhookRoles, summary: "delete a webhook; its pending deliveries are cancelled", response: deletedWebhook{}, handler: s.deleteWebhook},
		// Compute finance (docs/credit.md; who may do what: docs/api-access.md).
		// Lenders are investors (holder); borrowers hold shares (holder,
		// operator); liquidators and settlers are any key of a money role.
		{method: "GET", path: "/v1/pool", public: true, summary: "the lending pool: cash, borrowed, interest, penalties, bad debt, share price, utilisation, borrow and supply rates, rate model, risk parameters", response: poolJSON{}, handler: s.getPool},
		{method: "GET", path: "/v1/pool/lenders/:address", public: true, summary: "a lender's pool shares, what they are worth, what it may withdraw now", response: lenderAnswer{}, handler: s.getLender},
		{method: "POST", path: "/v1/pool/deposits", roles: []accounts.Role{holder}, summary: "lend stablecoin to the pool for pool shares (lender)",
			body: requiredAmountReq{Amount: "10000"}, response: poolMove{}, status: http.StatusCreated, handler: s.poolDeposit},
		{method: "POST", path: "/v1/pool/withdrawals", roles: []accounts.Role{holder}, summary: "take assets back from the pool, at most its idle cash (lender); all: true redeems every share",
			body: creditAmountReq{Amount: "2500"}, response: poolMove{}, status: http.StatusOK, handler: s.poolWithdraw},
		{method: "GET", path: "/v1/assets/:id/collateral", public: true, summary: "what one share of the asset is worth as collateral now: min(depreciated book, discounted trailing revenue)", response: collateralAnswer{}, handler: s.getCollateral},
		{method: "POST", path: "/v1/loans", roles: []accounts.Role{holder, operator}, summary: "pledge shares of an asset the caller holds, opening a loan on them (borrower)",
			body: pledgeReq{AssetID: "1", Shares: contracts.NewShares(big.NewInt(100000))}, response: loanWrite{}, status: http.StatusCreated, handler: s.pledge},
		{method: "GET", path: "/v1/loans", public: true, summary: "loans with their health (borrower, asset, status; after, limit)", response: loanList{}, handler: s.listLoans},
		{method: "GET", path: "/v1/loans/:id", public: true, summary: "one loan: debt, pending revenue, collateral value, limits, health, flag, auction", response: loanRead{}, handler: s.getLoan},
		{method: "POST", path: "/v1/loans/:id/borrow", roles: []accounts.Role{holder, operator}, summary: "borrow from the pool against the loan, up to LTV x collateral value (its borrower)",
			body: requiredAmountReq{Amount: "5000"}, response: loanWrite{}, status: http.StatusOK, handler: s.borrow},
		{method: "POST", path: "/v1/loans/:id/repay", roles: []accounts.Role{holder, operator}, summary: "repay the loan, or all of it (its borrower)",
			body: creditAmountReq{Amount: "1000"}, response: loanWrite{}, status: http.StatusOK, handler: s.repay},
		{method: "POST", path: "/v1/loans/:id/collateral", roles: []accounts.Role{holder, operator}, summary: "pledge more shares to the loan (its borrower)",
			body: sharesReq{Shares: contracts.NewShares(big.NewInt(10000))}, response: loanWrite{}, status: http.StatusOK, handler: s.addCollateral},
		{method: "POST", path: "/v1/loans/:id/unpledge", roles: []accounts.Role{holder, operator}, summary: "take shares back from the loan, the rest still covering its debt at the LTV (its borrower)",
			body: sharesReq{Shares: contracts.NewShares(big.NewInt(10000))}, response: loanWrite{}, status: http.StatusOK, handler: s.unpledge},
		{method: "POST", path: "/v1/loans/:id/settle", roles: []accounts.Role{holder, operator, renter}, summary: "sweep the revenue the loan's shares earned and apply it to its debt", response: loanWrite{}, status: http.StatusOK, handler: s.settleLoan},
		{method: "POST", path: "/v1/loans/:id/flag", roles: []accounts.Role{holder, operator, renter}, summary: "flag an unhealthy loan, starting its grace period (liquidator)", response: loanWrite{}, status: http.StatusOK, handler: s.flagLoan},
		{method: "POST", path: "/v1/loans/:id/auction", roles: []accounts.Role{holder, operator, renter}, summary: "open the Dutch auction of a flagged loan's shares once its grace is over (liquidator)", response: loanWrite{}, status: http.StatusOK, handler: s.startAuction},
		{method: "POST", path: "/v1/loans/:id/bids", roles: []accounts.Role{holder, operator, renter}, summary: "buy an auctioned loan's shares at the current price, at most max_price (liquidator)",
			body: bidReq{MaxPrice: "4000"}, response: loanWrite{}, status: http.StatusOK, handler: s.bid},
		{method: "GET", path: "/v1/owed/:address", public: true, summary: "what the credit vault owes an address: loan revenue beyond its debt, auction surplus", response: owedAnswer{}, handler: s.getOwed},
		{method: "POST", path: "/v1/owed/withdraw", roles: []accounts.Role{holder, operator}, summary: "withdraw everything the credit vault owes the caller (borrower)", response: owedWithdrawal{}, status: http.StatusOK, handler: s.withdrawOwed},
		{method: "GET", path: "/v1/assets/:id/metadata", public: true, summary: "the asset's ERC-1155 metadata JSON, where GPUAsset.uri(id) points wallets (id decimal, or the 64 hex digits of ERC-1155's {id})", response: assetMetadata{}, handler: s.getAssetMetadata},
		{method: "GET", path: "/v1/refunds/:address", public: true, summary: "refunds owed to an address that the token refused to receive", response: refundsAnswer{}, handler: s.getRefunds},
		{method: "POST", path: "/v1/refunds/withdraw", roles: []accounts.Role{renter}, summary: "withdraw every refund owed to the caller", response: refundWithdrawal{}, status: http.StatusOK, handler: s.withdrawRefunds},
		{method: "POST", path: "/v1/leases/:id/close", roles: []accounts.Role{renter, operator}, summary: "close a lease (renter; operator when overdrawn)", response: leaseWrite{}, status: http.StatusOK, handler: s.closeLease},
	}
	// Each further concept keeps its routes in its own file, as a group
	// appended here.
	return slices.Concat(core, s.auditRoutes(), s.webRoutes(), s.priceRoutes(), s.offerRoutes(), s.backstopRoutes(), s.seriesRoutes())
}

// register adds the routes to echo with their auth, behind the input
// limits and the JSON-only rule for bodies (checkInput), which run before
// routing and every other middleware.
func (s *Server) register(e *echo.Echo) {
	e.Pre(checkInput)
	for _, r := range s.routes() {
		var mw []echo.MiddlewareFunc
		if !r.public {
			mw = append(mw, requireRole(r.roles...))
		}
		e.Add(r.method, r.path, r.handler, mw...)
	}
}
