package ledger

import (
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

var addrA = common.HexToAddress("0xAbCdEf0000000000000000000000000000000001")

func TestAccounts(t *testing.T) {
	for _, a := range []Account{World, PlatformFees, Wallet(addrA), LeaseEscrow(7), AssetRevenue(1), OperatorFees(2),
		AssetReserve(3), AssetHolders(4), PoolCash, PoolLoans, PoolInterest, PoolPenalties, PoolBadDebt, PoolRepayments,
		VaultUnallocated, LoanAccount(5), VaultRevenue(6), VaultOwed(addrA)} {
		if err := a.Validate(); err != nil {
			t.Errorf("%s: %v", a, err)
		}
		if got, err := ParseAccount(string(a)); err != nil || got != a {
			t.Errorf("ParseAccount(%s) = %s, %v", a, got, err)
		}
	}
	if got, _ := ParseAccount("wallet:" + addrA.Hex()); got != Wallet(addrA) {
		t.Errorf("mixed-case wallet parsed as %s", got)
	}
	if string(Wallet(addrA)) != "wallet:0xabcdef0000000000000000000000000000000001" {
		t.Errorf("wallet name %s", Wallet(addrA))
	}
	if id, ok := LeaseEscrow(42).ID(); !ok || id != 42 {
		t.Errorf("ID of escrow:lease:42 = %d, %v", id, ok)
	}
	if got, _ := ParseAccount("vault:owed:" + addrA.Hex()); got != VaultOwed(addrA) || got.Kind() != "vault:owed" {
		t.Errorf("mixed-case vault:owed parsed as %s (%s)", got, got.Kind())
	}
	if addr, ok := VaultOwed(addrA).Address(); !ok || addr != addrA {
		t.Errorf("address of %s: %s, %v", VaultOwed(addrA), addr, ok)
	}
	for a, kind := range map[Account]string{PoolCash: "pool:cash", LoanAccount(9): "loan", VaultRevenue(2): "vault:revenue",
		VaultUnallocated: "vault:unallocated", AssetRevenue(2): "revenue"} {
		if a.Kind() != kind {
			t.Errorf("kind of %s: %q, want %q", a, a.Kind(), kind)
		}
	}
	if id, ok := LoanAccount(11).ID(); !ok || id != 11 {
		t.Errorf("ID of loan:11 = %d, %v", id, ok)
	}
	for _, bad := range []string{"", "wallet:0x12", "escrow:lease:", "escrow:lease:07", "escrow:lease:-1", "fees:nobody", "Wallet:0x",
		"pool:other", "loan:", "loan:01", "vault:owed:0x12", "vault:revenue:asset:x"} {
		if err := Account(bad).Validate(); !errors.Is(err, ErrInvalidAccount) {
			t.Errorf("%q accepted (%v)", bad, err)
		}
	}
}

func TestPostingsValidateAndReverse(t *testing.T) {
	ps := Postings{
		{Source: Wallet(addrA), Destination: LeaseEscrow(1), Amount: money.MustParse("10")},
		{Source: LeaseEscrow(1), Destination: AssetRevenue(1), Amount: money.MustParse("2.5")},
	}
	if err := ps.Validate(); err != nil {
		t.Fatal(err)
	}
	rev := ps.Reverse()
	if rev[0].Source != AssetRevenue(1) || rev[1].Destination != Wallet(addrA) {
		t.Fatalf("reverse: %v", rev)
	}
	e := Entry{Seq: 1, Kind: KindLeaseDeposit, Postings: append(ps, rev...)}
	if err := e.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, d := range e.Deltas() {
		if d.Amount().Sign() != 0 {
			t.Errorf("postings and their reverse leave %s at %s", d.Account, d.Amount())
		}
	}
	for i, bad := range []Posting{
		{Source: Wallet(addrA), Destination: Wallet(addrA), Amount: money.MustParse("1")},
		{Source: Wallet(addrA), Destination: LeaseEscrow(1), Amount: money.Zero},
		{Source: "nowhere", Destination: LeaseEscrow(1), Amount: money.MustParse("1")},
	} {
		err := Postings{ps[0], bad}.Validate()
		if !errors.Is(err, ErrInvalidPosting) || !strings.Contains(err.Error(), "posting 1") {
			t.Errorf("bad posting %d: %v (want ErrInvalidPosting naming posting 1)", i, err)
		}
	}
	if err := (Postings{}).Validate(); err == nil {
		t.Error("no postings accepted")
	}
}

func TestBalanceFormat(t *testing.T) {
	for units, want := range map[int64]string{0: "0.00", 1: "0.000001", -2_500_000: "-2.50", 123_456_789: "123.456789", 3_000_000: "3.00"} {
		b := BalanceFromUnits(big.NewInt(units))
		if b.String() != want {
			t.Errorf("%d units = %s, want %s", units, b, want)
		}
		back, err := ParseBalance(want)
		if err != nil || back.Cmp(b) != 0 {
			t.Errorf("ParseBalance(%s) = %s, %v", want, back, err)
		}
		if a := money.MustFromUnits(big.NewInt(max(units, 0))); units >= 0 && a.String() != want {
			t.Errorf("money formats %d units as %s, ledger as %s", units, a, want)
		}
	}
	for _, bad := range []string{"", "-", "1.2345678", "1e3", " 1", "1.2.3", "abc"} {
		if _, err := ParseBalance(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestEntryCodecRoundTrip(t *testing.T) {
	e := Entry{
		Seq: 99, Ref: Ref{Block: 12, BlockHash: common.HexToHash("0x01"), TxHash: common.HexToHash("0x02"), LogIndex: 3},
		Time: time.Unix(1_800_000_000, 0).UTC(), Kind: KindRevenueSplit,
		Postings: Postings{{Source: AssetRevenue(1), Destination: PlatformFees, Amount: money.MustParse("0.000001")}},
	}
	got, err := decodeEntry(encodeEntry(&e))
	if err != nil {
		t.Fatal(err)
	}
	if got.Seq != e.Seq || got.Ref != e.Ref || !got.Time.Equal(e.Time) || got.Kind != e.Kind ||
		len(got.Postings) != 1 || got.Postings[0].String() != e.Postings[0].String() {
		t.Fatalf("round trip: %+v, want %+v", got, e)
	}
	if _, err := decodeEntry(encodeEntry(&e)[:20]); err == nil {
		t.Fatal("truncated entry decoded")
	}
}

func TestOpenChecks(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	st, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	// A second open of a held file fails fast with ErrLocked, and so does
	// a reindex onto it.
	if _, err := Open(path, &Options{Timeout: 50 * time.Millisecond}); !errors.Is(err, ErrLocked) {
		t.Errorf("second open: %v, want ErrLocked", err)
	}
	m := &contracts.Manifest{ChainID: "1337", DeployBlock: 1, Contracts: map[string]contracts.Deployment{
		contracts.StablecoinName:  {Address: common.HexToAddress("0x01")},
		contracts.GPUAssetName:    {Address: common.HexToAddress("0x02")},
		contracts.LeaseMarketName: {Address: common.HexToAddress("0x03")},
	}}
	if _, err := Reindex(t.Context(), path, nil, m, IndexerConfig{}); !errors.Is(err, ErrLocked) {
		t.Errorf("reindex onto an open file: %v, want ErrLocked", err)
	}
	if _, err := NewIndexer(st, nil, m, IndexerConfig{}); err != nil {
		t.Fatal(err)
	}
	other := *m
	other.ChainID = "1"
	if _, err := NewIndexer(st, nil, &other, IndexerConfig{}); !errors.Is(err, ErrOtherDeployment) {
		t.Errorf("other deployment: %v", err)
	}
	// Once indexing started, another handler set asks for a reindex.
	st.db.Update(func(tx *bolt.Tx) error {
		meta := bucket(tx, bMeta)
		meta.Put(metaCursor, encodeCursor(BlockRef{Number: 5}))
		return meta.Put(metaHandlers, []byte("older"))
	})
	if _, err := NewIndexer(st, nil, m, IndexerConfig{}); !errors.Is(err, ErrNeedsReindex) {
		t.Errorf("other handler set: %v", err)
	}
	st.db.Update(func(tx *bolt.Tx) error { return bucket(tx, bMeta).Put(metaSchema, []byte("v0")) })
	st.Close()
	if _, err := Open(path, nil); !errors.Is(err, ErrSchema) {
		t.Errorf("other schema: %v", err)
	}
}

func TestPagination(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), FileName), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.db.Update(func(tx *bolt.Tx) error {
		for i := uint64(1); i <= 7; i++ {
			l := contracts.Listing{ID: i, AssetID: i % 2}
			b, _ := encodeJSON(l)
			bucket(tx, bListings).Put(idKey(i), b)
			bucket(tx, bListingsByAsset).Put(idIDKey(i%2, i), []byte{})
		}
		return nil
	})
	var ids []uint64
	p := PageRequest{Limit: 3}
	for {
		pg, err := st.Listings(ListingFilter{}, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range pg.Items {
			ids = append(ids, l.ID)
		}
		if pg.Next == "" {
			break
		}
		p.After = pg.Next
	}
	if len(ids) != 7 || ids[0] != 1 || ids[6] != 7 {
		t.Fatalf("pages gave %v", ids)
	}
	one := uint64(1)
	pg, err := st.Listings(ListingFilter{AssetID: &one}, PageRequest{Limit: 4})
	if err != nil || len(pg.Items) != 4 || pg.Next != "" {
		t.Fatalf("odd listings: %v next %q err %v", pg.Items, pg.Next, err)
	}
	// A cursor of another list, or no cursor at all, is refused.
	first, _ := st.Listings(ListingFilter{}, PageRequest{Limit: 1})
	if _, err := st.Listings(ListingFilter{AssetID: &one}, PageRequest{After: first.Next}); !errors.Is(err, ErrInvalidPage) {
		t.Errorf("foreign cursor: %v", err)
	}
	if _, err := st.Listings(ListingFilter{}, PageRequest{Limit: MaxLimit + 1}); !errors.Is(err, ErrInvalidPage) {
		t.Errorf("huge limit: %v", err)
	}
}

// TestOpenMirrorRebuildsStaleFile: a file built by another handler set is
// rebuilt from the chain by OpenMirror, and ends up as a fresh reindex.
func TestOpenMirrorRebuildsStaleFile(t *testing.T) {
	src := newSynthChain(t, 2_000, 10)
	dir := t.TempDir()
	ix, err := OpenMirror(t.Context(), dir, src, src.m, IndexerConfig{Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(t.Context()); err != nil {
		t.Fatal(err)
	}
	want := exportOf(t, ix.Store())
	ix.Store().db.Update(func(tx *bolt.Tx) error { return bucket(tx, bMeta).Put(metaHandlers, []byte("older")) })
	ix.Store().Close()

	ix, err = OpenMirror(t.Context(), dir, src, src.m, IndexerConfig{Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Store().Close()
	if cur, ok, _ := ix.Store().Cursor(); !ok || cur.Number != uint64(len(src.hashes)-1) {
		t.Fatalf("rebuilt ledger at %v %v, want the head %d", cur, ok, len(src.hashes)-1)
	}
	requireSameExport(t, "rebuilt", exportOf(t, ix.Store()), want)
	if lag, ok := ix.Lag(); ok {
		t.Errorf("lag known (%d) before any step", lag)
	}
	if _, err := ix.Step(t.Context()); err != nil {
		t.Fatal(err)
	}
	if lag, ok := ix.Lag(); !ok || lag != 0 {
		t.Errorf("lag %d %v after catching up, want 0 true", lag, ok)
	}
}
