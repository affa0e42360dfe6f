package webhooks

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/money"
)

// EventType names an event. The names are stable: receivers switch on them.
type EventType string

// Events a principal may subscribe to.
const (
	// EventRunwayLow: a lease's runway (escrow left after the rent accrued,
	// in hours at its rate) fell below the endpoint's runway_below_hours.
	// Once per lease and deposit: a top-up that lifts it above re-arms it.
	EventRunwayLow EventType = "lease.runway_low"
	// EventOverdrawn: the chain marked a lease overdrawn (a settlement
	// found its escrow spent), or it ended owing. Once per lease and deposit.
	EventOverdrawn EventType = "lease.overdrawn"
	// EventEnded: a lease ended, with its close_reason (expired,
	// closed_by_renter, out_of_funds). Once per lease.
	EventEnded EventType = "lease.ended"
	// EventSLACredited: a lease was credited for an epoch whose
	// availability was under its SLA target. Once per lease and epoch.
	EventSLACredited EventType = "lease.sla_credited"
	// EventClaimableAbove: a holding's claimable revenue rose above the
	// endpoint's claimable_above. Once per holding and claimed total: a
	// claim re-arms it.
	EventClaimableAbove EventType = "revenue.claimable_above"
	// EventLoanHealth is reserved for the credit facility's loan health
	// (issue "Compute finance"); registering it is refused until a
	// deriver for it exists (see Deriver).
	EventLoanHealth EventType = "loan.health"
)

// Events sent without a subscription.
const (
	// EventAutoTopUp reports an auto top-up the service made (or could
	// not make) for an endpoint with auto_topup.
	EventAutoTopUp EventType = "lease.auto_topup"
	// EventRetracted says that an event already attempted was derived from
	// blocks a reorg removed: it may not hold on the chain any more.
	EventRetracted EventType = "event.retracted"
)

// Subscribable lists the event types Subscription.Events may name, in
// the order the documentation gives them.
var Subscribable = []EventType{EventRunwayLow, EventOverdrawn, EventEnded, EventSLACredited, EventClaimableAbove}

// leaseEvent reports whether t is about leases (needs a role that rents or
// operates).
func leaseEvent(t EventType) bool {
	switch t {
	case EventRunwayLow, EventOverdrawn, EventEnded, EventSLACredited:
		return true
	}
	return false
}

// Limits of a subscription.
const (
	// MaxURLLen bounds an endpoint URL in bytes.
	MaxURLLen = 512
	// MaxDescriptionLen bounds an endpoint's description in bytes.
	MaxDescriptionLen = 128
	// MaxEndpointsPerPrincipal bounds how many endpoints one principal may hold.
	MaxEndpointsPerPrincipal = 10
	// MaxThresholdHours bounds runway_below_hours and auto_topup.below_hours (a year).
	MaxThresholdHours = 8760
)

// AutoTopUp asks the service to top a lease up from its renter's custodial
// account when its runway falls below BelowHours (and the rest of its term
// is longer than that): Amount, or what the term still takes if less.
type AutoTopUp struct {
	BelowHours uint32       `json:"below_hours"`
	Amount     money.Amount `json:"amount"`
}

// Subscription is what a principal asks for when it registers an endpoint.
type Subscription struct {
	URL    string      `json:"url"`
	Events []EventType `json:"events"`
	// RunwayBelowHours is the threshold of lease.runway_low (required with it).
	RunwayBelowHours uint32 `json:"runway_below_hours,omitempty"`
	// ClaimableAbove is the threshold of revenue.claimable_above (required with it).
	ClaimableAbove *money.Amount `json:"claimable_above,omitempty"`
	// AutoTopUp is allowed with lease.runway_low, for a renter only.
	AutoTopUp *AutoTopUp `json:"auto_topup,omitempty"`
	// LeaseID and AssetID, when not zero, narrow the endpoint to one lease
	// or the leases and holdings of one asset. The caller checks that the
	// principal may see them (the API's lease rule).
	LeaseID     uint64 `json:"lease_id,omitempty"`
	AssetID     uint64 `json:"asset_id,omitempty"`
	Description string `json:"description,omitempty"`
}

// Endpoint is a registered subscription: where to send what, for whom.
type Endpoint struct {
	ID        uint64         `json:"id"`
	Principal common.Address `json:"principal"`
	Role      accounts.Role  `json:"role"`
	Subscription
	// Secret signs the deliveries. It is shown to the principal once, in
	// the answer of the registration, and never again.
	Secret  string    `json:"secret"`
	Created time.Time `json:"created"`
}

// Wants reports whether the endpoint subscribed to t.
func (e Endpoint) Wants(t EventType) bool { return slices.Contains(e.Events, t) }

// Validate checks a subscription on its own and for a principal of role:
// ErrInvalid for a malformed one, ErrForbidden for events the role cannot
// have. It does not check that LeaseID and AssetID belong to the
// principal: that needs the mirror, and is the caller's.
func (s Subscription) Validate(role accounts.Role) error {
	if err := ValidateURL(s.URL); err != nil {
		return err
	}
	if len(s.Events) == 0 {
		return invalid("events must name at least one of %s", typeList(Subscribable))
	}
	if len(s.Events) > len(Subscribable) {
		return invalid("events names %d types; there are %d", len(s.Events), len(Subscribable))
	}
	seen := map[EventType]bool{}
	for _, t := range s.Events {
		if t == EventLoanHealth {
			return invalid("event %s is not available yet", t)
		}
		if !slices.Contains(Subscribable, t) {
			return invalid("event %q is not one of %s", clip(string(t), 40), typeList(Subscribable))
		}
		if seen[t] {
			return invalid("event %s is named twice", t)
		}
		seen[t] = true
		if leaseEvent(t) && role != accounts.RoleRenter && role != accounts.RoleOperator && role != accounts.RoleAdmin {
			return fmt.Errorf("%w: role %s neither rents nor operates GPUs: it has no lease events (%s)", ErrForbidden, role, t)
		}
	}
	switch {
	case seen[EventRunwayLow] && (s.RunwayBelowHours == 0 || s.RunwayBelowHours > MaxThresholdHours):
		return invalid("runway_below_hours must be 1 to %d with %s", MaxThresholdHours, EventRunwayLow)
	case !seen[EventRunwayLow] && s.RunwayBelowHours != 0:
		return invalid("runway_below_hours goes with %s", EventRunwayLow)
	case seen[EventClaimableAbove] && s.ClaimableAbove == nil:
		return invalid("claimable_above is required with %s", EventClaimableAbove)
	case !seen[EventClaimableAbove] && s.ClaimableAbove != nil:
		return invalid("claimable_above goes with %s", EventClaimableAbove)
	case s.ClaimableAbove != nil && s.ClaimableAbove.Units().Sign() < 0:
		return invalid("claimable_above must not be negative")
	}
	if a := s.AutoTopUp; a != nil {
		switch {
		case role != accounts.RoleRenter:
			return fmt.Errorf("%w: auto_topup pays from the renter's own account: only a renter may ask for it", ErrForbidden)
		case !seen[EventRunwayLow]:
			return invalid("auto_topup goes with %s", EventRunwayLow)
		case a.BelowHours == 0 || a.BelowHours > MaxThresholdHours:
			return invalid("auto_topup.below_hours must be 1 to %d", MaxThresholdHours)
		case a.Amount.Units().Sign() <= 0:
			return invalid("auto_topup.amount must be positive")
		}
	}
	if len(s.Description) > MaxDescriptionLen || !utf8.ValidString(s.Description) || strings.ContainsFunc(s.Description, isControl) {
		return invalid("description must be valid UTF-8 without control characters, at most %d bytes", MaxDescriptionLen)
	}
	return nil
}

// ValidateURL checks an endpoint URL: absolute, at most MaxURLLen bytes,
// no credentials, no fragment; https, or http only to a loopback host
// (127.0.0.1, localhost, [::1]) for tests and receivers on the same
// machine. The URL is never quoted back whole.
func ValidateURL(raw string) error {
	if raw == "" {
		return invalid("url is required")
	}
	if len(raw) > MaxURLLen {
		return invalid("url is %d bytes long; at most %d are allowed", len(raw), MaxURLLen)
	}
	if strings.ContainsFunc(raw, func(r rune) bool { return isControl(r) || r == ' ' }) || !utf8.ValidString(raw) {
		return invalid("url holds spaces or control characters")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return invalid("url is not a URL")
	}
	switch {
	case !u.IsAbs() || u.Host == "" || u.Opaque != "":
		return invalid("url must be absolute: https://host/path")
	case u.User != nil:
		return invalid("url must not carry credentials (user:password@); authenticate deliveries by their signature")
	case u.Fragment != "" || strings.Contains(raw, "#"):
		return invalid("url must not have a fragment")
	}
	host := u.Hostname()
	if host == "" {
		return invalid("url has no host")
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
			return invalid("url has a bad port")
		}
	}
	switch strings.ToLower(u.Scheme) {
	case "https":
		return nil
	case "http":
		if isLoopback(host) {
			return nil
		}
		return invalid("url must be https (plain http is allowed only to 127.0.0.1, localhost or [::1])")
	}
	return invalid("url scheme must be https")
}

// isLoopback reports whether host is one of the loopback names plain
// HTTP may go to.
func isLoopback(host string) bool {
	switch strings.ToLower(host) {
	case "127.0.0.1", "localhost", "::1":
		return true
	}
	return false
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }

// NewSecret returns a fresh endpoint secret: "whsec_" and 32 random bytes
// in base64url. The whole string is the HMAC key.
func NewSecret() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("webhook secret: %w", err)
	}
	return "whsec_" + base64.RawURLEncoding.EncodeToString(b), nil
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
}

func typeList(ts []EventType) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = string(t)
	}
	return strings.Join(s, ", ")
}

// clip shortens a client's string for an error message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
