package contracts

import (
	"fmt"
	"math/big"
	"time"

	"github.com/shopspring/decimal"
)

// Sentences for the credit contracts' reverts (docs/credit.md): what a
// lender, a borrower or a liquidator meets in normal use, in the
// stablecoin's units, loans named "loan 3", times in RFC 3339.
func init() {
	for name, f := range creditSentences {
		sentences[name] = f
	}
}

var creditSentences = map[string]func(revertArgs) string{
	"BorrowLimitExceeded": func(a revertArgs) string {
		return fmt.Sprintf("loan %s's debt would be %s, above its borrow limit %s (LTV x collateral value)",
			a.plain("loanId"), a.money("debt"), a.money("borrowLimit"))
	},
	"InsufficientCash": func(a revertArgs) string {
		return fmt.Sprintf("the lending pool holds %s of idle cash, %s asked", a.money("cash"), a.money("requested"))
	},
	"ERC4626ExceededMaxWithdraw": func(a revertArgs) string {
		return fmt.Sprintf("%s may withdraw at most %s now, %s asked: the rest of the pool's money is lent out",
			a.plain("owner"), a.money("max"), a.money("assets"))
	},
	"ERC4626ExceededMaxRedeem": func(a revertArgs) string {
		return fmt.Sprintf("%s may redeem at most %s pool shares now, %s asked: the rest of the pool's money is lent out",
			a.plain("owner"), a.poolShares("max"), a.poolShares("shares"))
	},
	"ZeroShares": func(a revertArgs) string {
		return fmt.Sprintf("a deposit of %s would mint no pool share", a.money("assets"))
	},
	"InsufficientCollateral": func(a revertArgs) string {
		return fmt.Sprintf("loan %s holds %s shares, %s asked", a.plain("loanId"), a.plain("pledged"), a.plain("requested"))
	},
	"NothingToRepay": func(a revertArgs) string {
		return fmt.Sprintf("loan %s owes nothing", a.plain("loanId"))
	},
	"LoanHealthy": func(a revertArgs) string {
		return fmt.Sprintf("loan %s is healthy: its debt %s is within its liquidation limit %s",
			a.plain("loanId"), a.money("debt"), a.money("liquidationLimit"))
	},
	"LoanUnhealthy": func(a revertArgs) string {
		return fmt.Sprintf("loan %s is still unhealthy: its debt %s is above its liquidation limit %s",
			a.plain("loanId"), a.money("debt"), a.money("liquidationLimit"))
	},
	"AlreadyFlagged": func(a revertArgs) string {
		return fmt.Sprintf("loan %s was flagged unhealthy at %s: cure it first (repay or add collateral)",
			a.plain("loanId"), a.unixTime("flaggedAt"))
	},
	"NotFlagged": func(a revertArgs) string {
		return fmt.Sprintf("loan %s is not flagged unhealthy: flag it first", a.plain("loanId"))
	},
	"GraceNotOver": func(a revertArgs) string {
		return fmt.Sprintf("loan %s's grace period ends at %s (now %s)", a.plain("loanId"), a.unixTime("graceEndsAt"), a.unixTime("nowTs"))
	},
	"BidBelowPrice": func(a revertArgs) string {
		return fmt.Sprintf("loan %s's auction price is %s, above the bid's bound %s", a.plain("loanId"), a.money("price"), a.money("maxPrice"))
	},
	"NothingOwed": func(a revertArgs) string {
		return fmt.Sprintf("the credit vault owes %s nothing", a.plain("account"))
	},
	"UnknownLoan": func(a revertArgs) string {
		return fmt.Sprintf("loan %s does not exist", a.plain("loanId"))
	},
	"NotBorrower": func(a revertArgs) string {
		return fmt.Sprintf("loan %s is %s's, not %s's", a.plain("loanId"), a.plain("borrower"), a.plain("caller"))
	},
	"WrongStatus": func(a revertArgs) string {
		return fmt.Sprintf("loan %s is %s, not %s", a.plain("loanId"), a.loanStatus("status"), a.loanStatus("required"))
	},
}

// poolShares renders pool share units (PoolShareDecimals) as a decimal.
func (a revertArgs) poolShares(k string) string {
	if b, ok := a[k].(*big.Int); ok {
		return decimal.NewFromBigInt(b, -PoolShareDecimals).String()
	}
	return a.plain(k)
}

// unixTime renders unix seconds in RFC 3339 (UTC).
func (a revertArgs) unixTime(k string) string {
	if b, ok := a[k].(*big.Int); ok && b.IsInt64() {
		return time.Unix(b.Int64(), 0).UTC().Format(time.RFC3339)
	}
	return a.plain(k)
}

// loanStatus renders a CreditVault.Status by name.
func (a revertArgs) loanStatus(k string) string {
	if n, ok := a[k].(uint8); ok {
		return LoanStatus(n).String()
	}
	return a.plain(k)
}
