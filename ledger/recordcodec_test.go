package ledger

import (
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger/internal/enc"
	"github.com/gpuledger/gpuledger/money"
)

// TestLeaseCodec round-trips leases through the binary record and checks
// that it reads back exactly what JSON (the record's old layout, and the
// API's) reads back, including zero times, amounts past 2^64 units and
// sub-second times; and that a damaged record is an error, never a lease.
func TestLeaseCodec(t *testing.T) {
	huge, _ := new(big.Int).SetString("115792089237316195423570985008687907853269984665640564039457584007913129639935", 10)
	full := contracts.Lease{ID: 1 << 40, ListingID: 7, AssetID: 3, Renter: common.HexToAddress("0x00000000000000000000000000000000000000ff"),
		GPUs: 8, PricePerGPUHour: money.MustParse("2.50"), Start: time.Unix(1_700_000_000, 0).UTC(), End: time.Unix(1_700_003_600, 0).UTC(),
		SettledUntil: time.Unix(1_700_001_800, 5).UTC(), Deposit: money.MustFromUnits(huge), Released: money.MustParse("0.000001"),
		Refunded: money.MustParse("12345678901234.123456"), Credited: money.Zero, Escrow: money.MustParse("1"),
		Status: contracts.LeaseClosing, CloseReason: contracts.CloseReason("early"), Retired: true, GraceSeconds: 600,
		SLAAvailabilityBps: 9900, CreditBps: 1000}
	for _, tc := range []struct {
		name string
		l    contracts.Lease
	}{
		{"every field", full},
		{"zero times and amounts", contracts.Lease{ID: 2, Status: contracts.LeaseActive}},
		{"zero value", contracts.Lease{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw, err := encodeRecord(&tc.l)
			if err != nil {
				t.Fatal(err)
			}
			var got contracts.Lease
			if err := decodeRecord(raw, &got); err != nil {
				t.Fatal(err)
			}
			js, err := json.Marshal(tc.l)
			if err != nil {
				t.Fatal(err)
			}
			var want contracts.Lease
			if err := json.Unmarshal(js, &want); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("binary round trip\n got %+v\nwant %+v", got, want)
			}
			if again, _ := encodeRecord(got); string(again) != string(raw) {
				t.Fatalf("re-encoding differs: %x vs %x", again, raw)
			}
			for n := range len(raw) {
				if err := decodeRecord(raw[:n], &got); !errors.Is(err, enc.ErrCorrupt) && !errors.Is(err, money.ErrSyntax) {
					t.Fatalf("a record cut at %d of %d bytes: %v", n, len(raw), err)
				}
			}
			if err := decodeRecord(append(raw, 0), &got); !errors.Is(err, enc.ErrCorrupt) {
				t.Fatalf("a record with a byte too many: %v", err)
			}
			if err := decodeRecord(js, &got); !errors.Is(err, enc.ErrCorrupt) {
				t.Fatalf("a JSON record (the old layout): %v", err)
			}
		})
	}
}

// TestEntityLogCodec: an entity log reads back what JSON read back, and a
// damaged record is an error.
func TestEntityLogCodec(t *testing.T) {
	l := EntityLog{Event: "LeaseCreated", Time: time.Unix(1_700_000_012, 0).UTC(),
		Ref: Ref{Block: 1 << 33, BlockHash: common.HexToHash("0xab"), TxHash: common.HexToHash("0xcd"), LogIndex: 300}}
	raw, err := encodeRecord(l)
	if err != nil {
		t.Fatal(err)
	}
	var got EntityLog
	if err := decodeRecord(raw, &got); err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(l)
	var want EntityLog
	if err := json.Unmarshal(js, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for n := range len(raw) {
		if err := decodeRecord(raw[:n], &got); !errors.Is(err, enc.ErrCorrupt) {
			t.Fatalf("a record cut at %d of %d bytes: %v", n, len(raw), err)
		}
	}
	if err := decodeRecord(append(raw, 0), &got); !errors.Is(err, enc.ErrCorrupt) {
		t.Fatalf("a byte too many: %v", err)
	}
}
