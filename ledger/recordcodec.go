package ledger

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger/internal/enc"
	"github.com/gpuledger/gpuledger/money"
)

// Entity records are JSON, except the two kinds there is one of per lease
// ever made: leases, which a list's totals read every one of, and the
// entity logs that cite each lease's time on its asset, which a yield
// report reads for every lease of the asset. A reindex writes each at least
// once. In JSON a lease took about 10 µs to decode (reflection, RFC 3339
// times, hex addresses); these layouts take a fraction of that. Amounts
// stay exact decimal strings, as in the journal (codec.go).

// encodeRecord encodes an entity record for its bucket.
func encodeRecord(v any) ([]byte, error) {
	switch r := v.(type) {
	case *contracts.Lease:
		return appendLease(nil, r), nil
	case contracts.Lease:
		return appendLease(nil, &r), nil
	case EntityLog:
		return appendEntityLog(nil, &r), nil
	}
	return json.Marshal(v)
}

// decodeRecord decodes an entity record into v, a pointer to its type.
func decodeRecord(raw []byte, v any) error {
	switch r := v.(type) {
	case *contracts.Lease:
		return decodeLease(raw, r)
	case *EntityLog:
		return decodeEntityLog(raw, r)
	}
	return json.Unmarshal(raw, v)
}

// entityLogFormat is the first byte of an entity log record.
const entityLogFormat = 1

// appendEntityLog: format(1) event (string) time (uvarint seconds since
// the zero time) block (uvarint) block hash(32) tx hash(32) log index
// (uvarint).
func appendEntityLog(b []byte, l *EntityLog) []byte {
	b = append(b, entityLogFormat)
	b = enc.AppendString(b, l.Event)
	b = enc.AppendUvarint(b, uint64(l.Time.Unix()-zeroUnix))
	b = enc.AppendUvarint(b, l.Ref.Block)
	b = append(b, l.Ref.BlockHash[:]...)
	b = append(b, l.Ref.TxHash[:]...)
	return enc.AppendUvarint(b, uint64(l.Ref.LogIndex))
}

// decodeEntityLog reads appendEntityLog's layout into l.
func decodeEntityLog(v []byte, l *EntityLog) error {
	r := enc.NewReader(v)
	if f := r.Byte(); f != entityLogFormat {
		return fmt.Errorf("entity log: unknown format %d: %w", f, enc.ErrCorrupt)
	}
	l.Event = r.String()
	l.Time = time.Unix(int64(r.Uvarint())+zeroUnix, 0).UTC()
	l.Ref.Block = r.Uvarint()
	l.Ref.BlockHash = common.BytesToHash(r.Fixed(common.HashLength))
	l.Ref.TxHash = common.BytesToHash(r.Fixed(common.HashLength))
	l.Ref.LogIndex = uint(r.Uvarint())
	switch {
	case r.Err() != nil:
		return fmt.Errorf("entity log: %w", r.Err())
	case r.Len() != 0:
		return fmt.Errorf("entity log: %d bytes left over: %w", r.Len(), enc.ErrCorrupt)
	}
	return nil
}

// leaseFormat is the first byte of a lease record. JSON records start with
// '{', so a file of an older layout fails to decode rather than misread
// (and the schema version refuses it before that).
const leaseFormat = 1

// zeroUnix is the Unix time of the zero time.Time: times are stored as
// seconds since then, so that the zero time (a lease never settled) is 0.
const zeroUnix = -62135596800

// appendLease: format(1) id listing asset (uvarints) renter(20) gpus
// (uvarint) price start end settled_until (uvarint seconds since the zero
// time, uvarint nanoseconds) deposit released refunded credited escrow
// status close_reason (strings) retired(1) grace sla_bps credit_bps
// (uvarints).
func appendLease(b []byte, l *contracts.Lease) []byte {
	b = append(b, leaseFormat)
	b = enc.AppendUvarint(b, l.ID)
	b = enc.AppendUvarint(b, l.ListingID)
	b = enc.AppendUvarint(b, l.AssetID)
	b = append(b, l.Renter[:]...)
	b = enc.AppendUvarint(b, uint64(l.GPUs))
	b = enc.AppendString(b, l.PricePerGPUHour.String())
	for _, t := range []time.Time{l.Start, l.End, l.SettledUntil} {
		b = enc.AppendUvarint(b, uint64(t.Unix()-zeroUnix))
		b = enc.AppendUvarint(b, uint64(t.Nanosecond()))
	}
	for _, a := range []money.Amount{l.Deposit, l.Released, l.Refunded, l.Credited, l.Escrow} {
		b = enc.AppendString(b, a.String())
	}
	b = enc.AppendString(b, string(l.Status))
	b = enc.AppendString(b, string(l.CloseReason))
	retired := byte(0)
	if l.Retired {
		retired = 1
	}
	b = append(b, retired)
	b = enc.AppendUvarint(b, uint64(l.GraceSeconds))
	b = enc.AppendUvarint(b, uint64(l.SLAAvailabilityBps))
	return enc.AppendUvarint(b, uint64(l.CreditBps))
}

// decodeLease reads appendLease's layout into l.
func decodeLease(v []byte, l *contracts.Lease) error {
	r := enc.NewReader(v)
	if f := r.Byte(); f != leaseFormat {
		return fmt.Errorf("lease: unknown format %d: %w", f, enc.ErrCorrupt)
	}
	*l = contracts.Lease{ID: r.Uvarint(), ListingID: r.Uvarint(), AssetID: r.Uvarint()}
	l.Renter = common.BytesToAddress(r.Fixed(common.AddressLength))
	l.GPUs = uint32(r.Uvarint())
	var err error
	amount := func(a *money.Amount) {
		s := r.String()
		if err == nil && r.Err() == nil {
			*a, err = money.Parse(s)
		}
	}
	amount(&l.PricePerGPUHour)
	for _, t := range []*time.Time{&l.Start, &l.End, &l.SettledUntil} {
		sec, nsec := r.Uvarint(), r.Uvarint()
		*t = time.Unix(int64(sec)+zeroUnix, int64(nsec)).UTC()
	}
	for _, a := range []*money.Amount{&l.Deposit, &l.Released, &l.Refunded, &l.Credited, &l.Escrow} {
		amount(a)
	}
	l.Status = contracts.LeaseStatus(r.String())
	l.CloseReason = contracts.CloseReason(r.String())
	l.Retired = r.Byte() == 1
	l.GraceSeconds = uint32(r.Uvarint())
	l.SLAAvailabilityBps = uint16(r.Uvarint())
	l.CreditBps = uint16(r.Uvarint())
	switch {
	case r.Err() != nil:
		return fmt.Errorf("lease: %w", r.Err())
	case err != nil:
		return fmt.Errorf("lease %d: %w", l.ID, err)
	case r.Len() != 0:
		return fmt.Errorf("lease %d: %d bytes left over: %w", l.ID, r.Len(), enc.ErrCorrupt)
	}
	return nil
}
