package ledger

// Stats counts what an indexer has done since it was made. Counters only
// grow; they are not persisted (a restarted process starts from zero).
type Stats struct {
	// Blocks, Logs, Entries and Postings applied (Blocks counts blocks that
	// had logs or are inside the undo window).
	Blocks   uint64 `json:"blocks"`
	Logs     uint64 `json:"logs"`
	Entries  uint64 `json:"entries"`
	Postings uint64 `json:"postings"`
	// Covered counts stablecoin transfers to or from a contract, which that
	// contract's own event books.
	Covered uint64 `json:"covered"`
	// Ignored counts logs of followed contracts that no handler wants.
	Ignored uint64 `json:"ignored"`
	// UnknownContract counts logs from an address the indexer does not
	// follow; Malformed logs whose payload does not decode; Inconsistent
	// logs that contradict the mirror (an unknown lease, say). All three are
	// logged and skipped.
	UnknownContract uint64 `json:"unknown_contract"`
	Malformed       uint64 `json:"malformed"`
	Inconsistent    uint64 `json:"inconsistent"`
	// Duplicates counts logs presented again (same block hash and log
	// index) and skipped.
	Duplicates uint64 `json:"duplicates"`
	// Reorgs counts chain reorganisations followed, RolledBack the blocks
	// they rolled back.
	Reorgs     uint64 `json:"reorgs"`
	RolledBack uint64 `json:"rolled_back"`
}

func (s *Stats) add(o Stats) {
	s.Blocks += o.Blocks
	s.Logs += o.Logs
	s.Entries += o.Entries
	s.Postings += o.Postings
	s.Covered += o.Covered
	s.Ignored += o.Ignored
	s.UnknownContract += o.UnknownContract
	s.Malformed += o.Malformed
	s.Inconsistent += o.Inconsistent
	s.Duplicates += o.Duplicates
	s.Reorgs += o.Reorgs
	s.RolledBack += o.RolledBack
}
