// Package webhooks tells principals what happens to their money without
// polling: a principal registers an endpoint (an HTTPS URL, or plain HTTP on
// loopback) and the events it wants, and the service POSTs each event to
// it, signed, retried with backoff, every attempt recorded. docs/webhooks.md
// is the user's guide; this comment is the design.
//
// # Deriving events from the mirror
//
// The Dispatcher derives events from the ledger mirror (ledger.Store) by
// passes, not from a hook inside the indexer: each pass reads the mirror's
// state and compares it with what the webhooks store remembers having
// reported, and commits everything it found (events, their deliveries,
// auto top-up actions, what it now remembers) in ONE bbolt transaction.
// What a pass reads is bounded by what is live, never by history:
//
//   - leases: the ones it watches (not ended, or ended less than
//     ReorgDepth blocks ago) and the new ones (ids above its lease cursor:
//     lease ids are sequential, so a lease that opened and ended while the
//     service was down is still found); of the watched ones, after a
//     first full pass, only those the mirror changed since the last pass
//     (ledger.Store.LeasesChanged) and those whose runway may have crossed
//     an endpoint's threshold by now (a schedule kept in memory, see
//     follow): an idle pass reads no lease, however many are open;
//   - SLA credits: a lease's credit records, only when its credited total
//     changed since the last pass;
//   - holdings: those of the principals with a claimable-revenue endpoint.
//
// A fact is reported once: the store keeps a "fired" record per fact (a
// lease ended; a lease overdrawn at a given deposit; a credit of a lease
// for an epoch; an endpoint's runway or claimable threshold crossed at a
// given deposit or claimed total). A crash before the pass commits leaves
// nothing behind and the next pass derives the same facts again; a crash
// after leaves them committed with their deliveries. Nothing is lost and
// nothing is reported twice across a restart.
//
// Discrete facts (ended, overdrawn, credited) are read from state that
// stays: a lease that went overdrawn and was closed out of funds while
// the service was down is reported overdrawn, then ended. Threshold facts
// (runway below N hours, claimable above X) are levels: one that began
// and ended while the service was down (a runway topped up again before
// the restart) is not reported, since it no longer holds.
//
// # Reorgs
//
// Each pass is labelled with the mirror block it read (number and hash,
// read after the state, so the label is never older than what was read),
// and keeps a checkpoint (label, lease cursor). Events carry their pass's
// block. Two rules keep a reorg from reaching a receiver unannounced:
//
//  1. A delivery is not attempted before its event's block has
//     Config.Confirmations blocks on top of it (0 on dev chains, which do
//     not reorg).
//  2. Each pass first checks that its newest checkpoints are still on the
//     chain. When some are not, the store goes back to the newest one that
//     is (the fork) in one transaction: deliveries of events from orphaned
//     blocks that were never attempted are cancelled (status "cancelled",
//     with the reason); for each that was attempted (the receiver may have
//     acted on it) an "event.retracted" event naming it is queued to the
//     same endpoint; their facts are forgotten, so that what really happens
//     on the new branch is reported again, under a new id (ids include the
//     block hash they were derived at); the lease cursor and watch set go
//     back to the fork's.
//
// # Delivery
//
// A delivery is an (endpoint, event) pair stored, with its first due time,
// in the same transaction as its event: the outbox. A delivery loop sends
// what is due: POST {id, type, created, data} as JSON, with the header
// Gpuledger-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
// "<t>.<body>" under the endpoint's secret> (Sign, Verify). A 2xx answer
// delivers it; anything else (another status, a redirect, a timeout, a
// refused connection) is recorded as an attempt (time, status, error,
// duration) and retried after Base×2^(n-1), at most Max, with ±50% jitter,
// up to MaxAttempts, then marked failed. A crash between a POST and the
// record of its outcome sends it again after the restart: delivery is at
// least once, and the event id is what receivers dedupe on.
//
// # Concurrency
//
// A Dispatcher's Pass, DeliverDue and RunActions may be called from any
// goroutine; each is serialised with itself. Run calls them in loops. The
// Store is safe for concurrent use (bbolt serialises writers).
package webhooks
