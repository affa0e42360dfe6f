package ledger

import "errors"

// Errors returned while opening a ledger file.
var (
	// ErrLocked is returned by Open when another process holds the ledger
	// file (a running `gpuledger serve`, say) for longer than Options.Timeout.
	ErrLocked = errors.New("ledger file is in use by another process")
	// ErrSchema is returned by Open for a file written by an incompatible
	// version of this package. Rebuild it with Reindex.
	ErrSchema = errors.New("ledger file has another schema version; reindex it")
	// ErrOtherDeployment is returned by NewIndexer when the file mirrors
	// another chain or another deployment of the contracts than the
	// manifest's.
	ErrOtherDeployment = errors.New("ledger file mirrors another deployment")
	// ErrNeedsReindex is returned by NewIndexer when the file was built by
	// another set of event handlers (a newer or older gpuledger): events it
	// did not handle would be missing from the mirror. Rebuild it with
	// Reindex.
	ErrNeedsReindex = errors.New("ledger file was built by another set of event handlers; reindex it")
)

// Errors returned while indexing.
var (
	// ErrReorgTooDeep is returned by Step when the chain replaced blocks
	// older than the undo window (IndexerConfig.ReorgDepth): the mirror
	// cannot roll them back and must be rebuilt with Reindex.
	ErrReorgTooDeep = errors.New("chain reorganisation deeper than the undo window; reindex")
	// errRaced is returned (wrapped) by Step when the chain changed while a
	// batch was being read; nothing was written and the next Step retries.
	errRaced = errors.New("chain changed while reading a batch; retrying")
)

// Errors of the domain types.
var (
	// ErrInvalidAccount is wrapped by errors about a malformed account name.
	ErrInvalidAccount = errors.New("invalid account")
	// ErrInvalidPosting is wrapped by Posting.Validate and Postings.Validate
	// errors; the message names the posting at fault.
	ErrInvalidPosting = errors.New("invalid posting")
)

// Errors returned by queries.
var (
	// ErrNotFound is returned when the asked-for entity or entry is not in
	// the mirror (yet).
	ErrNotFound = errors.New("not found in the ledger")
	// ErrInvalidPage is returned for a malformed pagination cursor or limit.
	ErrInvalidPage = errors.New("invalid page request")
)
