package contracts

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/money"
)

// Explain words a decoded revert of these contracts for a user: amounts as
// decimals of the stablecoin, statuses by name, ids as "lease 3". Register
// it with chain.ErrorDecoder.Explain. The errors users meet most get a
// sentence; every other custom error is shown as its name with its
// arguments rendered the same way: LeaseNotOpen(lease 3, status ended).
func Explain(re *chain.RevertError) string {
	a := revertArgs(re.Args)
	if f, ok := sentences[re.Name]; ok {
		return f(a)
	}
	if len(re.Args) == 0 {
		return ""
	}
	parts := make([]string, 0, len(re.Args))
	for _, k := range re.ArgKeys() {
		parts = append(parts, a.render(k))
	}
	return re.Name + "(" + strings.Join(parts, ", ") + ")"
}

// sentences word the reverts a client meets in normal use.
var sentences = map[string]func(revertArgs) string{
	"DepositExceedsTerm": func(a revertArgs) string {
		return fmt.Sprintf("deposit %s exceeds the term's cost %s", a.money("deposit"), a.money("termCost"))
	},
	"DepositTooSmall": func(a revertArgs) string {
		return fmt.Sprintf("deposit %s is below the minimum prepayment %s", a.money("deposit"), a.money("minimum"))
	},
	"DepositShortfall": func(a revertArgs) string {
		return fmt.Sprintf("the escrow received %s of a payment of %s (does the token take a fee?)", a.money("received"), a.money("expected"))
	},
	"PriceAboveBound": func(a revertArgs) string {
		return fmt.Sprintf("listing %s costs %s per GPU-hour, above the bound %s", a.plain("listingId"), a.money("pricePerGpuHour"), a.money("maxPricePerGpuHour"))
	},
	"InvalidCurve": func(a revertArgs) string {
		return fmt.Sprintf("a price curve needs 0 < floor (%s) <= base (%s) <= ceiling (%s), kink between 1 and 10000 bps (got %s), slopes and decay within range",
			a.money("floor"), a.money("base"), a.money("ceiling"), a.plain("kinkBps"))
	},
	"TermCostTooLarge": func(a revertArgs) string {
		return fmt.Sprintf("the term costs %s, more than a lease can hold (%s)", a.money("termCost"), a.money("max"))
	},
	"NotOverdrawn": func(a revertArgs) string {
		return fmt.Sprintf("lease %s is not out of funds past its grace: it owes %s and has covered %s", a.plain("leaseId"), a.money("due"), a.money("covered"))
	},
	"EscrowExceeded": func(a revertArgs) string {
		return fmt.Sprintf("%s asked of an escrow holding %s", a.money("requested"), a.money("held"))
	},
	"InsufficientReserve": func(a revertArgs) string {
		return fmt.Sprintf("asset %s's reserve holds %s, %s asked", a.plain("assetId"), a.money("available"), a.money("requested"))
	},
	"LeaseNotOpen": func(a revertArgs) string {
		return fmt.Sprintf("lease %s is not open (status %s)", a.plain("leaseId"), a.render("status")[len("status "):])
	},
	"InsufficientCapacity": func(a revertArgs) string {
		return fmt.Sprintf("asset %s has %s GPUs free, %s asked", a.plain("assetId"), a.plain("available"), a.plain("requested"))
	},
	"ListingCapacityExceeded": func(a revertArgs) string {
		return fmt.Sprintf("listing %s has %s GPUs free, %s asked", a.plain("listingId"), a.plain("available"), a.plain("requested"))
	},
	"TermOutOfRange": func(a revertArgs) string {
		return fmt.Sprintf("hours must be between %s and %s, got %s", a.plain("minHours"), a.plain("maxHours"), a.plain("hoursRequested"))
	},
	"NoRefundOwed": func(a revertArgs) string {
		return fmt.Sprintf("no refund is owed to %s", a.plain("account"))
	},
	"PlatformFeeTooHigh": func(a revertArgs) string {
		return fmt.Sprintf("platform fee %s is above the maximum %s", a.render("bps"), a.render("maxBps"))
	},
}

// revertArgs are a revert's decoded arguments by name.
type revertArgs map[string]any

// moneyArgs name the arguments that are stablecoin amounts.
var moneyArgs = map[string]bool{
	"deposit": true, "termCost": true, "minimum": true, "expected": true, "received": true,
	"due": true, "covered": true, "held": true, "pricePerGpuHour": true, "maxPricePerGpuHour": true,
	"bookValue": true,
}

// idArgs name the arguments that are ids, rendered "lease 3".
var idArgs = map[string]string{"leaseId": "lease", "listingId": "listing", "assetId": "asset"}

func (a revertArgs) money(k string) string {
	if b, ok := a[k].(*big.Int); ok {
		if m, err := money.FromUnits(b); err == nil {
			return m.String()
		}
	}
	return a.plain(k)
}

func (a revertArgs) plain(k string) string {
	switch v := a[k].(type) {
	case nil:
		return "?"
	case common.Address:
		return v.Hex()
	default:
		return fmt.Sprint(v)
	}
}

// render shows one argument with its name, in the user's units.
func (a revertArgs) render(k string) string {
	v := a[k]
	switch {
	case idArgs[k] != "":
		return idArgs[k] + " " + a.plain(k)
	case moneyArgs[k]:
		return k + " " + a.money(k)
	case k == "status":
		if n, ok := v.(uint8); ok && int(n) < len(leaseStatuses) {
			if n == 0 {
				return "status none"
			}
			return "status " + string(leaseStatuses[n])
		}
	case strings.HasSuffix(strings.ToLower(k), "bps"):
		if n, ok := toUint(v); ok {
			return fmt.Sprintf("%s %d.%02d%%", k, n/100, n%100)
		}
	}
	return k + " " + a.plain(k)
}

func toUint(v any) (uint64, bool) {
	switch n := v.(type) {
	case uint8:
		return uint64(n), true
	case uint16:
		return uint64(n), true
	case uint32:
		return uint64(n), true
	case uint64:
		return n, true
	}
	return 0, false
}
