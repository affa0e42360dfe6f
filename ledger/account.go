package ledger

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Account names a balance in the journal: "world", "wallet:0x…",
// "escrow:lease:7", "holders:asset:3", …. The names form the chart of
// accounts documented in docs/ledger.md; the constructors below are the
// only way the indexer makes them, and ParseAccount accepts exactly those
// forms. Addresses are lower-case hex so that one address has one name.
//
// An Account is a plain string: comparable, usable as a map key, and its
// bytes are the key of its balance in the store.
type Account string

// Fixed accounts.
const (
	// World is everything outside the stablecoin's supply: mints come from
	// it and burns go to it, so its balance is minus the total supply.
	World Account = "world"
	// PlatformFees holds platform fees accrued in the revenue distributor
	// and not yet withdrawn.
	PlatformFees Account = "fees:platform"

	// PoolCash is the LendingPool's idle cash: deposits − withdrawals −
	// lent + repaid + penalties (its books().cash; the pool holds the
	// tokens).
	PoolCash Account = "pool:cash"
	// PoolLoans is the pool's loans receivable: the outstanding debt of
	// every loan, interest included, as of the pool's last update (its
	// books().borrowAssets less the interest accrued since). It holds no
	// tokens: it is the pool's claim on its borrowers.
	PoolLoans Account = "pool:loans"
	// PoolInterest is the lenders' interest income: minus the interest
	// booked to the loans receivable (books().interestAccrued).
	PoolInterest Account = "pool:interest"
	// PoolPenalties is the lenders' liquidation-penalty income: minus the
	// penalties received (books().penalties).
	PoolPenalties Account = "pool:penalties"
	// PoolBadDebt is the debt written off the loans receivable after
	// auctions that did not cover it (books().badDebt): the lenders' loss.
	PoolBadDebt Account = "pool:bad-debt"
	// PoolRepayments holds repayments on their way to the pool: a payer's
	// repayment, a loan's revenue or an auction's proceeds leave their
	// account at the vault's event (Repaid, RevenueApplied,
	// AuctionSettled) and reach PoolCash at the pool's RepaymentBooked
	// in the same transaction, so its balance is zero between
	// transactions.
	PoolRepayments Account = "pool:repayments"
	// VaultUnallocated is revenue the CreditVault swept for an asset with
	// no share pledged (its unallocated(); none by construction).
	VaultUnallocated Account = "vault:unallocated"
	// TradeFees holds the ShareMarket's trade fees not yet paid to the
	// treasury (its feesOwed; ledger/trading.go).
	TradeFees Account = "trade:fees"
)

// Account name prefixes of the per-address and per-id accounts.
const (
	prefixWallet       = "wallet:"
	prefixEscrow       = "escrow:lease:"
	prefixRevenue      = "revenue:asset:"
	prefixOperatorFees = "fees:operator:asset:"
	prefixReserve      = "reserve:asset:"
	prefixHolders      = "holders:asset:"
	prefixRefunds      = "refunds:"
	prefixDebt         = "debt:lease:"
	prefixUnpaid       = "unpaid:asset:"
	prefixLoan         = "loan:"
	prefixVaultRevenue = "vault:revenue:asset:"
	prefixVaultOwed    = "vault:owed:"
	prefixTradeOwed    = "trade:proceeds:"
	prefixBackstop     = "backstop:commitment:"
	prefixBackstopOwed = "backstop:owed:"
)

// Wallet is the stablecoin balance of an address outside the contracts (a
// renter, a holder, an operator, the treasury).
func Wallet(addr common.Address) Account {
	var b [len(prefixWallet) + 42]byte
	copy(b[:], prefixWallet+"0x")
	hex.Encode(b[len(prefixWallet)+2:], addr[:])
	return Account(b[:])
}

// RefundsOwed is what the revenue account owes a renter as refunds whose
// push failed (a blocklisted renter: RefundDeferred), until the renter
// withdraws them (RefundWithdrawn).
func RefundsOwed(addr common.Address) Account {
	return Account(prefixRefunds + string(Wallet(addr))[len(prefixWallet):])
}

// LeaseEscrow is the escrow LeaseMarket holds for a lease: deposits and
// top-ups in, releases and refunds out.
func LeaseEscrow(leaseID uint64) Account { return idAccount(prefixEscrow, leaseID) }

// AssetRevenue is rent released by LeaseMarket for an asset on its way to
// the revenue distributor. Each release is followed in the same transaction
// by the distributor's split, so its balance is zero between transactions
// once the distributor is deployed.
func AssetRevenue(assetID uint64) Account { return idAccount(prefixRevenue, assetID) }

// OperatorFees holds an asset's operator fees accrued and not withdrawn.
func OperatorFees(assetID uint64) Account { return idAccount(prefixOperatorFees, assetID) }

// AssetReserve is an asset's maintenance reserve.
func AssetReserve(assetID uint64) Account { return idAccount(prefixReserve, assetID) }

// AssetHolders is the holders' part of an asset's revenue not yet claimed:
// the sum of every holder's claimable amount plus the rounding dust the
// distributor carries forward.
func AssetHolders(assetID uint64) Account { return idAccount(prefixHolders, assetID) }

// LeaseDebt is what a lease's renter owes: rent it accrued that its escrow
// could not pay (the contract's debt: what accrued up to the lease's last
// settlement, less SLA credits, less what was released, when the escrow is
// empty). It grows while an overdrawn lease runs, shrinks when a top-up
// pays it (a top-up pays debt first), and keeps what is left when the lease
// ends (LeaseEnded's debt). It holds no tokens: it is a claim on the renter.
func LeaseDebt(leaseID uint64) Account { return idAccount(prefixDebt, leaseID) }

// AssetUnpaid is the other side of the debts of an asset's leases: usage of
// the asset that was never paid for. Its balance is minus the sum of the
// LeaseDebt balances of the asset's leases; like LeaseDebt it holds no
// tokens.
func AssetUnpaid(assetID uint64) Account { return idAccount(prefixUnpaid, assetID) }

// LoanAccount is one loan's account with the pool: what the pool got back
// for it (repayments of interest and principal, from its payers and its
// revenue, and its liquidation penalty) less what the pool lent it. It
// holds no tokens. Negative while the loan is outstanding, it ends, once
// the loan is repaid or sold, at the lenders' result on the loan: its
// interest and penalty less its bad debt (written down from PoolLoans,
// not from here).
func LoanAccount(loanID uint64) Account { return idAccount(prefixLoan, loanID) }

// VaultRevenue is revenue of an asset's pledged shares that the
// CreditVault claimed from GPUAsset (the vault is their holder) and has
// not yet applied to a loan: the loans' pending revenue, their sub-unit
// fractions and the asset's dust, over 1e18.
func VaultRevenue(assetID uint64) Account { return idAccount(prefixVaultRevenue, assetID) }

// VaultOwed is what the CreditVault owes a borrower (revenue beyond its
// loans' debt, auction surplus) until the borrower withdraws it: its
// owed(addr).
func VaultOwed(addr common.Address) Account {
	return Account(prefixVaultOwed + string(Wallet(addr))[len(prefixWallet):])
}

func idAccount(prefix string, id uint64) Account {
	return Account(prefix + strconv.FormatUint(id, 10))
}

// String returns the account's name.
func (a Account) String() string { return string(a) }

// Kind returns the account's kind: "world", "wallet", "escrow", "revenue",
// "fees:platform", "fees:operator", "reserve", "holders", "refunds", "debt",
// "unpaid", the pool's fixed accounts by name ("pool:cash", "pool:loans",
// "pool:interest", "pool:penalties", "pool:bad-debt", "pool:repayments"),
// "loan", "vault:revenue", "vault:owed" or "vault:unallocated"; "" for a
// malformed name.
func (a Account) Kind() string {
	switch {
	case a == World:
		return "world"
	case a == PlatformFees:
		return "fees:platform"
	case a == TradeFees:
		return "trade:fees"
	case strings.HasPrefix(string(a), prefixTradeOwed):
		return "trade:proceeds"
	case strings.HasPrefix(string(a), prefixBackstop):
		return "backstop:commitment"
	case strings.HasPrefix(string(a), prefixBackstopOwed):
		return "backstop:owed"
	case a.fixedCredit():
		return string(a)
	case strings.HasPrefix(string(a), prefixLoan):
		return "loan"
	case strings.HasPrefix(string(a), prefixVaultRevenue):
		return "vault:revenue"
	case strings.HasPrefix(string(a), prefixVaultOwed):
		return "vault:owed"
	case strings.HasPrefix(string(a), prefixWallet):
		return "wallet"
	case strings.HasPrefix(string(a), prefixRefunds):
		return "refunds"
	case strings.HasPrefix(string(a), prefixEscrow):
		return "escrow"
	case strings.HasPrefix(string(a), prefixRevenue):
		return "revenue"
	case strings.HasPrefix(string(a), prefixOperatorFees):
		return "fees:operator"
	case strings.HasPrefix(string(a), prefixReserve):
		return "reserve"
	case strings.HasPrefix(string(a), prefixHolders):
		return "holders"
	case strings.HasPrefix(string(a), prefixDebt):
		return "debt"
	case strings.HasPrefix(string(a), prefixUnpaid):
		return "unpaid"
	}
	return ""
}

// fixedCredit reports the credit contracts' fixed accounts.
func (a Account) fixedCredit() bool {
	switch a {
	case PoolCash, PoolLoans, PoolInterest, PoolPenalties, PoolBadDebt, PoolRepayments, VaultUnallocated:
		return true
	}
	return false
}

// Address returns the address of a wallet, refunds or vault:owed account.
func (a Account) Address() (common.Address, bool) {
	s, ok := strings.CutPrefix(string(a), prefixWallet)
	if !ok {
		s, ok = strings.CutPrefix(string(a), prefixRefunds)
	}
	if !ok {
		s, ok = strings.CutPrefix(string(a), prefixVaultOwed)
	}
	if !ok {
		s, ok = strings.CutPrefix(string(a), prefixTradeOwed)
	}
	if !ok {
		s, ok = strings.CutPrefix(string(a), prefixBackstopOwed)
	}
	if !ok || !common.IsHexAddress(s) {
		return common.Address{}, false
	}
	return common.HexToAddress(s), true
}

// ID returns the lease, asset or loan id of an escrow, revenue, fee,
// reserve, holders, debt, unpaid, loan or vault:revenue account.
func (a Account) ID() (uint64, bool) {
	rest, ok := a.idPart()
	if !ok || !canonicalUint(rest) {
		return 0, false
	}
	id, err := strconv.ParseUint(rest, 10, 64)
	return id, err == nil
}

// idPart returns what follows the prefix of an account numbered by id.
func (a Account) idPart() (string, bool) {
	for _, p := range [...]string{prefixEscrow, prefixRevenue, prefixOperatorFees, prefixReserve, prefixHolders,
		prefixDebt, prefixUnpaid, prefixLoan, prefixVaultRevenue, prefixBackstop} {
		if rest, ok := strings.CutPrefix(string(a), p); ok {
			return rest, true
		}
	}
	return "", false
}

// canonicalUint reports whether s is a decimal number without sign or
// leading zeros that fits 64 bits.
func canonicalUint(s string) bool {
	if s == "" || len(s) > 20 || (s[0] == '0' && len(s) > 1) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) < 20 || s <= "18446744073709551615"
}

// Validate checks that a is one of the names the constructors make.
func (a Account) Validate() error {
	switch {
	case a == World || a == PlatformFees || a == TradeFees || a.fixedCredit():
		return nil
	case strings.HasPrefix(string(a), prefixTradeOwed):
		if !lowerHexAddress(string(a)[len(prefixTradeOwed):]) {
			return fmt.Errorf("%w %q: want trade:proceeds:0x followed by 40 lower-case hex digits", ErrInvalidAccount, string(a))
		}
		return nil
	case strings.HasPrefix(string(a), prefixBackstopOwed):
		if !lowerHexAddress(string(a)[len(prefixBackstopOwed):]) {
			return fmt.Errorf("%w %q: want backstop:owed:0x followed by 40 lower-case hex digits", ErrInvalidAccount, string(a))
		}
		return nil
	case strings.HasPrefix(string(a), prefixVaultOwed):
		if !lowerHexAddress(string(a)[len(prefixVaultOwed):]) {
			return fmt.Errorf("%w %q: want vault:owed:0x followed by 40 lower-case hex digits", ErrInvalidAccount, string(a))
		}
		return nil
	case strings.HasPrefix(string(a), prefixWallet):
		if !lowerHexAddress(string(a)[len(prefixWallet):]) {
			return fmt.Errorf("%w %q: want wallet:0x followed by 40 lower-case hex digits", ErrInvalidAccount, string(a))
		}
		return nil
	case strings.HasPrefix(string(a), prefixRefunds):
		if !lowerHexAddress(string(a)[len(prefixRefunds):]) {
			return fmt.Errorf("%w %q: want refunds:0x followed by 40 lower-case hex digits", ErrInvalidAccount, string(a))
		}
		return nil
	}
	rest, ok := a.idPart()
	if !ok {
		return fmt.Errorf("%w %q: unknown kind", ErrInvalidAccount, string(a))
	}
	if !canonicalUint(rest) {
		return fmt.Errorf("%w %q: want a decimal id after the prefix", ErrInvalidAccount, string(a))
	}
	return nil
}

// lowerHexAddress reports whether s is "0x" and 40 lower-case hex digits.
func lowerHexAddress(s string) bool {
	if len(s) != 42 || s[0] != '0' || s[1] != 'x' {
		return false
	}
	for i := 2; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// ParseAccount reads an account name and checks it (Validate). Wallet
// addresses may be given in any case.
func ParseAccount(s string) (Account, error) {
	a := Account(s)
	if rest, ok := strings.CutPrefix(s, prefixWallet); ok && common.IsHexAddress(rest) {
		a = Wallet(common.HexToAddress(rest))
	}
	if rest, ok := strings.CutPrefix(s, prefixRefunds); ok && common.IsHexAddress(rest) {
		a = RefundsOwed(common.HexToAddress(rest))
	}
	if rest, ok := strings.CutPrefix(s, prefixVaultOwed); ok && common.IsHexAddress(rest) {
		a = VaultOwed(common.HexToAddress(rest))
	}
	if rest, ok := strings.CutPrefix(s, prefixBackstopOwed); ok && common.IsHexAddress(rest) {
		a = BackstopOwed(common.HexToAddress(rest))
	}
	if err := a.Validate(); err != nil {
		return "", err
	}
	return a, nil
}
