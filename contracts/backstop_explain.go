package contracts

import "fmt"

// Sentences for the CapacityBackstop's reverts (docs/backstop.md), in the
// stablecoin's units, commitments named "backstop 3", hours as the time
// they end.
func init() {
	for name, f := range backstopSentences {
		sentences[name] = f
	}
}

var backstopSentences = map[string]func(revertArgs) string{
	"AssetHasCommitment": func(a revertArgs) string {
		return fmt.Sprintf("asset %s already has an active backstop (%s): a new one may be committed once it has finished",
			a.plain("assetId"), a.plain("commitmentId"))
	},
	"HourNotEnded": func(a revertArgs) string {
		return fmt.Sprintf("backstop %s: hour %s has not ended yet (it ends at %s); nothing to settle before then",
			a.plain("commitmentId"), a.plain("hour"), a.unixTime("endsAt"))
	},
	"TermNotSettled": func(a revertArgs) string {
		return fmt.Sprintf("backstop %s still has hours to settle (next hour %s, term ends with hour %s): settle them before the release",
			a.plain("commitmentId"), a.plain("cursorHour"), a.plain("endHour"))
	},
	"CommitmentNotActive": func(a revertArgs) string {
		return fmt.Sprintf("backstop %s is %s", a.plain("commitmentId"), a.commitmentStatus("status"))
	},
	"UnknownCommitment": func(a revertArgs) string {
		return fmt.Sprintf("backstop %s does not exist", a.plain("commitmentId"))
	},
	"NotProvider": func(a revertArgs) string {
		return fmt.Sprintf("backstop %s is not %s's to release", a.plain("commitmentId"), a.plain("caller"))
	},
	"InvalidFloorPrice": func(a revertArgs) string {
		return fmt.Sprintf("floor price %s per GPU-hour must be positive and at most %s", a.money("floorPricePerGpuHour"), a.money("max"))
	},
	"InvalidTerm": func(a revertArgs) string {
		return fmt.Sprintf("a backstop's term must be 1 to %s hours, got %s", a.plain("max"), a.plain("hoursTerm"))
	},
	"NoReturnOwed": func(a revertArgs) string {
		return fmt.Sprintf("the backstop owes %s nothing", a.plain("provider"))
	},
}

// commitmentStatus renders a CommitmentStatus argument by name.
func (a revertArgs) commitmentStatus(k string) string {
	if v, ok := a[k].(uint8); ok {
		return CommitmentStatus(v).String()
	}
	return a.plain(k)
}
