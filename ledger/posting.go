package ledger

import (
	"fmt"

	"github.com/gpuledger/gpuledger/money"
)

// Posting moves Amount of the stablecoin from Source to Destination. The
// source's balance goes down by Amount and the destination's up by the
// same, so every posting, and every list of postings, sums to zero.
type Posting struct {
	Source      Account      `json:"source"`
	Destination Account      `json:"destination"`
	Amount      money.Amount `json:"amount"`
}

// Validate checks that both accounts are well-formed and distinct and that
// the amount is positive (money.Amount is never negative). Errors wrap
// ErrInvalidPosting.
func (p Posting) Validate() error {
	if err := p.Source.Validate(); err != nil {
		return fmt.Errorf("%w: source: %w", ErrInvalidPosting, err)
	}
	if err := p.Destination.Validate(); err != nil {
		return fmt.Errorf("%w: destination: %w", ErrInvalidPosting, err)
	}
	if p.Source == p.Destination {
		return fmt.Errorf("%w: source and destination are both %s", ErrInvalidPosting, p.Source)
	}
	if p.Amount.IsZero() {
		return fmt.Errorf("%w: zero amount from %s to %s", ErrInvalidPosting, p.Source, p.Destination)
	}
	return nil
}

// Reverse returns the posting that undoes p.
func (p Posting) Reverse() Posting {
	return Posting{Source: p.Destination, Destination: p.Source, Amount: p.Amount}
}

// String formats the posting as "source -> destination amount".
func (p Posting) String() string {
	return fmt.Sprintf("%s -> %s %s", p.Source, p.Destination, p.Amount)
}

// Postings are the postings of one entry, applied in order.
type Postings []Posting

// Validate checks every posting and that there is at least one; the error
// names the first bad posting by its index.
func (ps Postings) Validate() error {
	if len(ps) == 0 {
		return fmt.Errorf("%w: no postings", ErrInvalidPosting)
	}
	for i, p := range ps {
		if err := p.Validate(); err != nil {
			return fmt.Errorf("posting %d (%s): %w", i, p, err)
		}
	}
	return nil
}

// Reverse returns the postings that undo ps: each posting reversed, in
// reverse order.
func (ps Postings) Reverse() Postings {
	out := make(Postings, len(ps))
	for i, p := range ps {
		out[len(ps)-1-i] = p.Reverse()
	}
	return out
}
