package webhooks

import "errors"

// Errors of registration (Subscription.Validate, Store.Register); match
// with errors.Is. The API maps them to problem types at its edge.
var (
	// ErrInvalid is returned for a subscription that is malformed: a bad
	// URL, an unknown event type, a threshold missing or out of range.
	ErrInvalid = errors.New("invalid webhook")
	// ErrForbidden is returned when the principal's role may not receive
	// the events it asked for (lease events for a role that neither rents
	// nor operates; auto top-up for anyone but a renter).
	ErrForbidden = errors.New("webhook not allowed")
	// ErrLimit is returned by Register when the principal already has
	// MaxEndpointsPerPrincipal endpoints.
	ErrLimit = errors.New("too many webhooks")
)

// Errors of lookups.
var (
	// ErrNotFound is returned for an endpoint id the store does not hold.
	ErrNotFound = errors.New("no such webhook")
)

// Errors of signature verification (Verify).
var (
	// ErrSignature is returned when the header is malformed or no v1
	// signature in it matches the body.
	ErrSignature = errors.New("webhook signature does not match")
	// ErrStale is returned when the signature's timestamp is further than
	// the tolerance from now (a replayed delivery).
	ErrStale = errors.New("webhook signature timestamp outside the tolerance")
)
