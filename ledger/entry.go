package ledger

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Kind says which money event an entry records. docs/ledger.md lists the
// postings of each kind.
type Kind string

// Entry kinds, one per money event of the contracts.
const (
	// KindMint: stablecoin minted to a wallet (ERC-20 Transfer from the zero
	// address; the faucet's FaucetMint is the same movement). world -> wallet.
	KindMint Kind = "mint"
	// KindBurn: stablecoin burnt (Transfer to the zero address). wallet -> world.
	KindBurn Kind = "burn"
	// KindTransfer: stablecoin moved between two wallets outside the
	// contracts. wallet -> wallet.
	KindTransfer Kind = "transfer"
	// KindLeaseDeposit: a renter's deposit opening a lease (LeaseCreated).
	// wallet -> escrow.
	KindLeaseDeposit Kind = "lease_deposit"
	// KindLeaseTopUp: a top-up of a lease's escrow (LeaseToppedUp).
	// wallet -> escrow.
	KindLeaseTopUp Kind = "lease_topup"
	// KindLeaseRelease: accrued rent released from escrow to the asset's
	// revenue (LeaseSettled with released > 0). escrow -> revenue; and when
	// the settlement changed the lease's debt, unpaid -> debt (it grew: the
	// escrow ran out) or debt -> unpaid (it shrank: a top-up paid it).
	KindLeaseRelease Kind = "lease_release"
	// KindLeaseDebt: a settlement that released nothing changed what the
	// lease owes (LeaseSettled with released = 0 and its debt grown: unpaid
	// usage), or a lease ended owing other than the mirror booked
	// (LeaseEnded's debt, a correction that a consistent chain never needs).
	// unpaid -> debt when it grew, debt -> unpaid when it shrank. A
	// settlement that released rent books its debt change in its
	// lease_release entry.
	KindLeaseDebt Kind = "lease_debt"
	// KindLeaseRefund: unspent escrow returned to the renter
	// (LeaseRefunded). escrow -> wallet.
	KindLeaseRefund Kind = "lease_refund"
	// KindRefundDeferred: the push of a refund to the renter failed
	// (RefundDeferred, after the refund's LeaseRefunded in the same
	// transaction): the amount is owed to the renter instead. wallet ->
	// refunds, so that with the lease_refund before it the refund went
	// escrow -> refunds.
	KindRefundDeferred Kind = "refund_deferred"
	// KindRefundWithdrawal: a renter took the refunds owed to it
	// (RefundWithdrawn). refunds -> wallet.
	KindRefundWithdrawal Kind = "refund_withdrawal"
	// KindRevenueSplit: revenue deposited into the distributor and split
	// (RevenueDeposited). revenue (or the donor's wallet) -> fees:platform,
	// fees:operator, reserve, holders.
	KindRevenueSplit Kind = "revenue_split"
	// KindRevenueClaim: a holder claimed its revenue of an asset
	// (RevenueClaimed). holders -> wallet.
	KindRevenueClaim Kind = "revenue_claim"
	// KindOperatorFeeWithdrawal: an operator withdrew its fees
	// (OperatorFeesWithdrawn). fees:operator -> wallet.
	KindOperatorFeeWithdrawal Kind = "operator_fee_withdrawal"
	// KindReserveWithdrawal: money taken out of an asset's maintenance
	// reserve (ReserveWithdrawn). reserve -> wallet.
	KindReserveWithdrawal Kind = "reserve_withdrawal"
	// KindPlatformFeeWithdrawal: platform fees paid out
	// (PlatformFeesWithdrawn). fees:platform -> wallet.
	KindPlatformFeeWithdrawal Kind = "platform_fee_withdrawal"

	// Credit (LendingPool and CreditVault; docs/ledger.md, "Credit").

	// KindPoolDeposit: a lender's deposit into the pool (Deposit). wallet
	// of the sender -> pool:cash.
	KindPoolDeposit Kind = "pool_deposit"
	// KindPoolWithdrawal: a lender's withdrawal (Withdraw). pool:cash ->
	// wallet of the receiver.
	KindPoolWithdrawal Kind = "pool_withdrawal"
	// KindLoanDisbursement: the pool lent cash for a loan (Lent).
	// pool:cash -> wallet of the borrower; loan -> pool:loans (the
	// pool's claim on it).
	KindLoanDisbursement Kind = "loan_disbursement"
	// KindInterestAccrual: interest added to the outstanding debt
	// (InterestAccrued). pool:interest -> pool:loans.
	KindInterestAccrual Kind = "interest_accrual"
	// KindLoanRepayment: a payer repaid a loan (the vault's Repaid).
	// wallet of the payer -> pool:repayments.
	KindLoanRepayment Kind = "loan_repayment"
	// KindRevenueRepayment: swept revenue applied to a loan
	// (RevenueApplied): interest and principal vault:revenue:asset ->
	// pool:repayments, the excess vault:revenue:asset -> vault:owed of the
	// borrower.
	KindRevenueRepayment Kind = "revenue_repayment"
	// KindAuctionProceeds: a winning bid (AuctionSettled): what repays the
	// debt and the penalty wallet of the bidder -> pool:repayments, the
	// surplus wallet of the bidder -> vault:owed of the borrower.
	KindAuctionProceeds Kind = "auction_proceeds"
	// KindRepaymentBooked: the pool booked a repayment (RepaymentBooked).
	// pool:repayments -> pool:cash (assets and penalty); pool:loans -> loan
	// (assets: the claim repaid); pool:penalties -> loan (the penalty,
	// lenders' income).
	KindRepaymentBooked Kind = "repayment_booked"
	// KindBadDebt: a shortfall written off the loans receivable
	// (BadDebtWrittenDown). pool:loans -> pool:bad-debt.
	KindBadDebt Kind = "bad_debt"
	// KindOwedWithdrawal: a borrower took what the vault owed it
	// (OwedWithdrawn). vault:owed -> wallet.
	KindOwedWithdrawal Kind = "owed_withdrawal"
	// KindRevenueUnallocated: revenue the vault swept for an asset with no
	// pledged share (RevenueUnallocated). vault:revenue:asset ->
	// vault:unallocated.
	KindRevenueUnallocated Kind = "revenue_unallocated"
)

// Ref locates the log an entry (or an entity change) came from: auditors
// find the same log on chain with it.
type Ref struct {
	Block     uint64      `json:"block"`
	BlockHash common.Hash `json:"block_hash"`
	TxHash    common.Hash `json:"tx_hash"`
	LogIndex  uint        `json:"log_index"`
}

// String formats the reference as "block/log-index (tx)".
func (r Ref) String() string {
	return fmt.Sprintf("%d/%d (tx %s)", r.Block, r.LogIndex, r.TxHash.Hex())
}

// Entry is one money event in the journal: balanced postings, the log they
// came from and the block's time. Seq numbers entries from 1 in chain
// order (block, then log index); a rolled-back entry's number is reused by
// the entry that replaces it, so a mirror and a fresh reindex of the same
// chain number their entries alike.
type Entry struct {
	Seq      uint64    `json:"seq"`
	Ref      Ref       `json:"ref"`
	Time     time.Time `json:"time"`
	Kind     Kind      `json:"kind"`
	Postings Postings  `json:"postings"`
}

// Validate checks the postings (Postings.Validate) and that the entry
// balances: the sum over accounts of what the postings move is zero.
func (e Entry) Validate() error {
	if e.Kind == "" {
		return fmt.Errorf("entry %d: %w: no kind", e.Seq, ErrInvalidPosting)
	}
	if err := e.Postings.Validate(); err != nil {
		return fmt.Errorf("entry %d (%s): %w", e.Seq, e.Kind, err)
	}
	sum := new(big.Int)
	for _, d := range e.Deltas() {
		sum.Add(sum, d.units)
	}
	if sum.Sign() != 0 {
		return fmt.Errorf("entry %d (%s): %w: postings sum to %s", e.Seq, e.Kind, ErrInvalidPosting, Balance{units: sum})
	}
	return nil
}

// Deltas returns what the entry does to each account it touches, in order
// of first appearance.
func (e Entry) Deltas() []AccountDelta {
	var out []AccountDelta
	idx := map[Account]int{}
	add := func(a Account, u *big.Int) {
		i, ok := idx[a]
		if !ok {
			i = len(out)
			idx[a] = i
			out = append(out, AccountDelta{Account: a, units: new(big.Int)})
		}
		out[i].units.Add(out[i].units, u)
	}
	for _, p := range e.Postings {
		u := p.Amount.Units()
		add(p.Source, new(big.Int).Neg(u))
		add(p.Destination, u)
	}
	return out
}

// AccountDelta is the net change an entry makes to one account.
type AccountDelta struct {
	Account Account
	units   *big.Int
}

// Amount returns the signed change.
func (d AccountDelta) Amount() Balance { return Balance{units: d.units} }
