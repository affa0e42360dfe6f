package ledger

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// EntityLog is a log that made an entity what the yield figures read of
// it: the AssetTokenized of an asset (its GPU count and book value), the
// LeaseCreated and LeaseClosed of a lease (its GPUs and time on the
// asset). Money events cite their logs in the journal; these entities move
// no money, so their logs are kept here, to serve as the figures' evidence
// (yield.Evidence) exactly as the audit reads it from the chain.
type EntityLog struct {
	Event string    `json:"event"` // the event's name in its contract's ABI
	Time  time.Time `json:"time"`  // its block's time
	Ref   Ref       `json:"ref"`
}

// entityKind is the first byte of an entity log's key.
type entityKind byte

const (
	entityAsset entityKind = 'a'
	entityLease entityKind = 'l'
)

// entityLogKey is kind(1) id(8) block(8) log index(4): an entity's logs in
// chain order.
func entityLogKey(kind entityKind, id uint64, r Ref) []byte {
	return append(entityPrefix(kind, id), refSuffix(r)...)
}

// entityPrefix is kind(1) id(8): the key prefix of one entity's logs.
func entityPrefix(kind entityKind, id uint64) []byte {
	return append([]byte{byte(kind)}, idKey(id)...)
}

// putEntityLog records the log being applied as one that made entity id.
// It is keyed by the log, so applying the log again writes the same record.
func (c *logCtx) putEntityLog(kind entityKind, id uint64, event string) error {
	return c.putJSON(bEntityLogs, entityLogKey(kind, id, c.ref), EntityLog{Event: event, Time: c.blk.Time.UTC(), Ref: c.ref})
}

// AssetLogs returns the logs that made asset id (its AssetTokenized), in
// chain order; none for an asset the mirror does not know.
func (s *Store) AssetLogs(id uint64) ([]EntityLog, error) {
	return s.entityLogs(entityAsset, id)
}

// LeaseLogs returns the logs that set lease id's time on its asset: its
// LeaseCreated, then its LeaseClosed if it was closed early, in chain
// order; none for a lease the mirror does not know.
func (s *Store) LeaseLogs(id uint64) ([]EntityLog, error) {
	return s.entityLogs(entityLease, id)
}

// entityLogs reads every log of one entity in one read transaction. An
// entity has a handful of them, so there is no paging.
func (s *Store) entityLogs(kind entityKind, id uint64) ([]EntityLog, error) {
	var out []EntityLog
	err := s.view(func(tx *bolt.Tx) error {
		return eachRecord(tx, bEntityLogs, entityPrefix(kind, id), func(l EntityLog) error {
			out = append(out, l)
			return nil
		})
	})
	return out, err
}
