package ledger

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/gpuledger/gpuledger/ledger/internal/enc"
)

// FileName is the ledger file's name inside a data dir.
const FileName = "ledger.db"

// schemaVersion is the layout of the buckets below. A file with another
// version is refused (ErrSchema) and must be rebuilt with Reindex.
const schemaVersion = "gpuledger-ledger/7"

// bucketID numbers the buckets; undo records name buckets by it.
type bucketID uint8

// The buckets. Keys with numbers are fixed-width big-endian so that bbolt's
// byte order is numeric order; addresses are their 20 bytes.
const (
	bMeta               bucketID = iota // metaKey* -> see the constants
	bBlocks                             // block(8) -> hash(32) time(8): recent blocks, for reorg detection
	bUndo                               // block(8) -> undo records of the block (undo.go)
	bApplied                            // block(8) log index(4) -> block hash(32) [entry seq(8)]: logs applied
	bEntries                            // seq(8) -> entry (codec.go)
	bPostings                           // account number(4) block(8) log index(4) leg(2) -> seq, delta, balance after
	bBalances                           // account -> balance (decimal string)
	bBlockTimes                         // time(8) block(8) -> empty: blocks that have entries
	bAssets                             // asset id(8) -> contracts.Asset JSON
	bAssetsByOperator                   // operator(20) asset id(8) -> empty
	bListings                           // listing id(8) -> contracts.Listing JSON
	bListingsByAsset                    // asset id(8) listing id(8) -> empty
	bLeases                             // lease id(8) -> contracts.Lease (leasecodec.go)
	bLeasesByRenter                     // renter(20) lease id(8) -> empty
	bLeasesByAsset                      // asset id(8) lease id(8) -> empty
	bLeasesByStatus                     // status 0x00 lease id(8) -> empty
	bHoldings                           // asset id(8) holder(20) -> Holding JSON
	bHoldingsByHolder                   // holder(20) asset id(8) -> empty
	bSLACredits                         // lease id(8) epoch(8) -> SLACredit JSON
	bClaims                             // asset id(8) holder(20) block(8) log index(4) -> Claim JSON
	bClaimsByHolder                     // holder(20) block(8) log index(4) -> asset id(8)
	bEpochs                             // asset id(8) epoch(8) -> Epoch JSON
	bPools                              // asset id(8) -> RevenuePool JSON (the distributor's per-asset figures)
	bReserveWithdrawals                 // asset id(8) block(8) log index(4) -> ReserveWithdrawal JSON
	bAccounts                           // account name -> account number(4), for short posting keys
	bAccountNames                       // account number(4) -> account name
	bAssetLeased                        // asset id(8) -> GPUs(4) held by the asset's unretired leases (absent: 0)
	bEntityLogs                         // kind(1) id(8) block(8) log index(4) -> EntityLog (recordcodec.go): the logs that made an asset or a lease
	bCredit                             // "pool" -> LendingPool JSON, "vault" -> CreditVault JSON
	bPoolPositions                      // lender(20) -> PoolPosition JSON
	bLoans                              // loan id(8) -> Loan JSON
	bLoansByBorrower                    // borrower(20) loan id(8) -> empty
	bLoansByAsset                       // asset id(8) loan id(8) -> empty
	bVaultAssets                        // asset id(8) -> VaultAsset JSON (the vault's per-asset revenue book)
	bLeasesHeld                         // asset id(8) lease id(8) -> empty: the asset's unretired leases (at most its GPU count)
	bPrices                             // listing id(8) block(8) log index(4) -> PricePoint JSON: a listing's price history (prices.go)
	bOffers                             // offer id(8) -> ShareOffer JSON (ledger/trading.go)
	bOfferBook                          // asset id(8) price(16) offer id(8) -> empty: open offers, best price first
	bTrades                             // asset id(8) block(8) log index(4) -> ShareTrade JSON
	bTradeStats                         // asset id(8) -> TradeStats JSON: last price and volume
	bBackstops                          // commitment id(8) -> Backstop JSON (ledger/backstop.go)
	bBackstopsByAsset                   // asset id(8) commitment id(8) -> empty
	numBuckets
)

var bucketNames = [numBuckets]string{
	bMeta:               "meta",
	bBlocks:             "blocks",
	bUndo:               "undo",
	bApplied:            "applied",
	bEntries:            "entries",
	bPostings:           "postings",
	bBalances:           "balances",
	bBlockTimes:         "block_times",
	bAssets:             "assets",
	bAssetsByOperator:   "assets_by_operator",
	bListings:           "listings",
	bListingsByAsset:    "listings_by_asset",
	bLeases:             "leases",
	bLeasesByRenter:     "leases_by_renter",
	bLeasesByAsset:      "leases_by_asset",
	bLeasesByStatus:     "leases_by_status",
	bHoldings:           "holdings",
	bHoldingsByHolder:   "holdings_by_holder",
	bSLACredits:         "sla_credits",
	bClaims:             "claims",
	bClaimsByHolder:     "claims_by_holder",
	bEpochs:             "epochs",
	bPools:              "revenue_pools",
	bReserveWithdrawals: "reserve_withdrawals",
	bAccounts:           "accounts",
	bAccountNames:       "account_names",
	bAssetLeased:        "asset_leased_gpus",
	bEntityLogs:         "entity_logs",
	bCredit:             "credit",
	bPoolPositions:      "pool_positions",
	bLoans:              "loans",
	bLoansByBorrower:    "loans_by_borrower",
	bLoansByAsset:       "loans_by_asset",
	bVaultAssets:        "vault_assets",
	bLeasesHeld:         "leases_held",
	bPrices:             "listing_prices",
	bOffers:             "share_offers",
	bOfferBook:          "offer_book",
	bTrades:             "share_trades",
	bTradeStats:         "trade_stats",
	bBackstops:          "backstops",
	bBackstopsByAsset:   "backstops_by_asset",
}

// bookkeeping reports whether a bucket holds the indexer's reorg
// bookkeeping rather than mirrored data: such buckets depend on when the
// indexer ran (batch boundaries, the undo window) and are left out of
// Export.
func (id bucketID) bookkeeping() bool { return id == bBlocks || id == bUndo }

// Keys of the meta bucket.
var (
	metaSchema     = []byte("schema")     // schemaVersion
	metaDeployment = []byte("deployment") // deployment JSON: what the file mirrors
	metaHandlers   = []byte("handlers")   // fingerprint of the handler set that built the file
	metaCursor     = []byte("cursor")     // block(8) hash(32): last block applied
	metaSeq        = []byte("seq")        // seq(8): last entry number
	metaAccounts   = []byte("accounts")   // n(8): last account number
	metaNoUndo     = []byte("no_undo")    // block(8): last block applied without undo records
)

// Options configure Open. The zero value opens read-write, waiting up to
// one second for the file lock, with an fsync at every commit.
type Options struct {
	// Timeout bounds the wait for the file lock another process holds;
	// zero means one second. The wait then fails with ErrLocked.
	Timeout time.Duration
	// ReadOnly opens the file for reading (shared lock): queries, Export
	// and Reconcile work, indexing does not. The file must exist.
	ReadOnly bool
	// NoSync skips the fsync at every commit. Only Reindex uses it, on a
	// file nobody reads until it is synced and renamed into place.
	NoSync bool
	// MmapSize, when larger than the file, is the size of its first
	// memory map (address space, not memory). Reindex uses it: each time a
	// growing file outgrows its map, bbolt remaps it and copies every page
	// the open transaction holds out of the old map.
	MmapSize int
}

// Store is an open ledger file. It is safe for concurrent use: any number
// of goroutines may query it while one Indexer writes to it. Values it
// returns are copies and stay valid after the call. Close it once, after
// every reader and the indexer are done.
type Store struct {
	db   *bolt.DB
	path string
}

// Open opens (creating if needed, unless ReadOnly) the ledger file at
// path. It returns ErrLocked when another process holds the file, and
// ErrSchema for a file of another schema version.
func Open(path string, opts *Options) (*Store, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Timeout <= 0 {
		o.Timeout = time.Second
	}
	if !o.ReadOnly {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("open ledger: %w", err)
		}
	} else if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open ledger: %w", err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout:         o.Timeout,
		ReadOnly:        o.ReadOnly,
		NoSync:          o.NoSync,
		InitialMmapSize: o.MmapSize,
		NoFreelistSync:  true,
		FreelistType:    bolt.FreelistMapType,
	})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return nil, fmt.Errorf("open ledger %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("open ledger %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if o.ReadOnly {
		err = db.View(s.checkSchema)
	} else {
		err = db.Update(s.init)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open ledger %s: %w", path, err)
	}
	return s, nil
}

// init creates the buckets of a new file and checks an existing one.
func (s *Store) init(tx *bolt.Tx) error {
	meta := tx.Bucket([]byte(bucketNames[bMeta]))
	if meta != nil {
		return s.checkSchema(tx)
	}
	for _, name := range bucketNames {
		if _, err := tx.CreateBucketIfNotExists([]byte(name)); err != nil {
			return err
		}
	}
	return tx.Bucket([]byte(bucketNames[bMeta])).Put(metaSchema, []byte(schemaVersion))
}

func (s *Store) checkSchema(tx *bolt.Tx) error {
	meta := tx.Bucket([]byte(bucketNames[bMeta]))
	if meta == nil {
		return fmt.Errorf("%w: no meta bucket (not a ledger file?)", ErrSchema)
	}
	if v := meta.Get(metaSchema); string(v) != schemaVersion {
		return fmt.Errorf("%w: file has %q, this build reads %q", ErrSchema, v, schemaVersion)
	}
	for _, name := range bucketNames {
		if tx.Bucket([]byte(name)) == nil {
			return fmt.Errorf("%w: bucket %s missing", ErrSchema, name)
		}
	}
	return nil
}

// Path returns the file's path.
func (s *Store) Path() string { return s.path }

// Close closes the file. It waits for open read transactions to end; the
// Store must not be used afterwards.
func (s *Store) Close() error { return s.db.Close() }

// BlockRef is a block by number and hash.
type BlockRef struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// Cursor returns the last block the mirror has applied; ok is false
// before the first batch.
func (s *Store) Cursor() (ref BlockRef, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		ref, ok = readCursor(tx)
		return nil
	})
	return ref, ok, err
}

func bucket(tx *bolt.Tx, id bucketID) *bolt.Bucket { return tx.Bucket([]byte(bucketNames[id])) }

func readCursor(tx *bolt.Tx) (BlockRef, bool) {
	v := bucket(tx, bMeta).Get(metaCursor)
	if len(v) != 40 {
		return BlockRef{}, false
	}
	return BlockRef{Number: enc.ReadU64(v), Hash: common.BytesToHash(v[8:40])}, true
}

func encodeCursor(r BlockRef) []byte {
	return append(enc.U64(r.Number), r.Hash[:]...)
}

// deployment is what a ledger file mirrors, recorded by the first
// NewIndexer on it and checked by every later one.
type deployment struct {
	ChainID     string                    `json:"chain_id"`
	DeployBlock uint64                    `json:"deploy_block"`
	Contracts   map[string]common.Address `json:"contracts"`
}

func (d deployment) encode() []byte {
	b, _ := json.Marshal(d) // map keys are sorted: the encoding is canonical
	return b
}

// sameDeployment reports whether stored (JSON) describes d.
func sameDeployment(stored []byte, d deployment) bool {
	return bytes.Equal(stored, d.encode())
}
