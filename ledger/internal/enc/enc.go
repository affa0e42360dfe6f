// Package enc is the compact binary encoding of the ledger's stored
// records: unsigned varints, length-prefixed byte strings and fixed-width
// big-endian integers for keys, whose byte order must be numeric order.
package enc

import (
	"encoding/binary"
	"errors"
)

// ErrCorrupt is returned by Reader methods (through Err) when a record is
// shorter than its encoding says.
var ErrCorrupt = errors.New("corrupt record")

// U64 returns v as 8 big-endian bytes: keys sort by value.
func U64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}

// AppendU64 appends v as 8 big-endian bytes.
func AppendU64(b []byte, v uint64) []byte { return binary.BigEndian.AppendUint64(b, v) }

// AppendU32 appends v as 4 big-endian bytes.
func AppendU32(b []byte, v uint32) []byte { return binary.BigEndian.AppendUint32(b, v) }

// AppendU16 appends v as 2 big-endian bytes.
func AppendU16(b []byte, v uint16) []byte { return binary.BigEndian.AppendUint16(b, v) }

// ReadU64 reads 8 big-endian bytes; short input reads as 0.
func ReadU64(b []byte) uint64 {
	if len(b) < 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// AppendUvarint appends v as an unsigned varint.
func AppendUvarint(b []byte, v uint64) []byte { return binary.AppendUvarint(b, v) }

// AppendBytes appends p with its length as a varint prefix.
func AppendBytes(b, p []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(p)))
	return append(b, p...)
}

// AppendString appends s with its length as a varint prefix.
func AppendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// Reader reads a record written with the Append functions. After the first
// error every method returns zero values and Err reports ErrCorrupt.
type Reader struct {
	b   []byte
	err error
}

// NewReader reads b (not copied: the slices Bytes returns alias it).
func NewReader(b []byte) *Reader { return &Reader{b: b} }

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = ErrCorrupt
		return 0
	}
	r.b = r.b[n:]
	return v
}

// Fixed reads n bytes.
func (r *Reader) Fixed(n int) []byte {
	if r.err != nil {
		return nil
	}
	if len(r.b) < n {
		r.err = ErrCorrupt
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

// Byte reads one byte.
func (r *Reader) Byte() byte {
	p := r.Fixed(1)
	if p == nil {
		return 0
	}
	return p[0]
}

// Bytes reads a length-prefixed byte string (aliasing the input).
func (r *Reader) Bytes() []byte {
	n := r.Uvarint()
	if r.err != nil {
		return nil
	}
	if uint64(len(r.b)) < n {
		r.err = ErrCorrupt
		return nil
	}
	return r.Fixed(int(n))
}

// String reads a length-prefixed string (copied).
func (r *Reader) String() string { return string(r.Bytes()) }

// Len returns the number of unread bytes.
func (r *Reader) Len() int { return len(r.b) }

// Err returns ErrCorrupt if any read ran past the end of the record.
func (r *Reader) Err() error { return r.err }

// ReadU32 reads 4 big-endian bytes; short input reads as 0.
func ReadU32(b []byte) uint32 {
	if len(b) < 4 {
		return 0
	}
	return binary.BigEndian.Uint32(b)
}
