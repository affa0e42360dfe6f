// Package ledger is gpuledger's mirror of the chain in a bbolt file: the
// entities the contracts record (assets, listings, leases, share holdings,
// claims, oracle epochs; the lending pool, its lenders, loans and the
// credit vault's per-asset books), a double-entry journal of every
// stablecoin movement and of the pool's claims on its borrowers, account
// balances, and the indexes the API queries.
//
// The chain is the source of truth; the mirror can be thrown away and
// rebuilt from it at any time (Reindex). Three parts keep it honest:
//
//   - The Indexer reads the contracts' logs in block ranges from the deploy
//     block, waits for the configured confirmations, and applies each batch
//     of blocks - entities, journal entries, balances, indexes and its cursor
//     (block number and hash) - in ONE bbolt transaction, so a crash leaves
//     either the whole batch or none of it. Every log is applied at most once
//     (keyed by block hash and log index). For every recent block it keeps
//     undo records (each key the block's handlers changed, with its previous
//     value), so when the chain reorganises, the orphaned blocks are rolled
//     back and the new branch applied.
//   - Reindex rebuilds the mirror from the deploy block into a fresh file and
//     swaps it in atomically.
//   - Reconcile compares every mirrored balance with the chain and lists each
//     difference.
//
// The journal (Entry, Posting, Account) follows the usual double-entry
// rules: a Posting moves a positive Amount from a Source account to a
// Destination account, so every Entry sums to zero and so does the sum of
// all account balances. One money event of the contracts becomes exactly
// one Entry. Amounts are stored as exact decimal strings; there is no
// float64 anywhere. docs/ledger.md documents the chart of accounts and the
// entry kind of each event.
//
// Concurrency: a Store is safe for concurrent use; bbolt allows one writer
// and any number of readers, each reader seeing the snapshot of the last
// commit before it started. An Indexer applies batches from one goroutine at
// a time (Step and Run serialise themselves) and may be read from others
// (Status, Lag, Reconcile).
package ledger
