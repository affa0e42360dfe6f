package ledger

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger/internal/enc"
)

// Difference is one mirrored figure that disagrees with the chain (or,
// for Subject "ledger", with the mirror's own journal).
type Difference struct {
	// Subject names what was compared: "wallet:0x…", "lease 7",
	// "asset 2 holder 0x…", "contract LeaseMarket", "ledger".
	Subject string `json:"subject"`
	// Field is the figure: "token balance", "escrow", "shares", "claimable", ….
	Field  string `json:"field"`
	Mirror string `json:"mirror"`
	Chain  string `json:"chain"`
}

// String formats the difference on one line.
func (d Difference) String() string {
	return fmt.Sprintf("%s %s: mirror %s, chain %s", d.Subject, d.Field, d.Mirror, d.Chain)
}

// Report is the result of Reconcile; its JSON form is the API's
// GET /v1/reconcile answer.
type Report struct {
	// OK reports that no figure differs.
	OK bool `json:"ok"`
	// Block is the block compared at: the mirror's cursor.
	Block     uint64      `json:"block"`
	BlockHash common.Hash `json:"block_hash"`
	// Checked is the number of figures compared.
	Checked     int          `json:"checked"`
	Differences []Difference `json:"differences"`
	// Surplus lists contracts holding more of the token than the mirror
	// says they owe: tokens sent straight to them, outside any gpuledger
	// operation. No account lost anything, so it is not a difference.
	Surplus []Difference `json:"surplus,omitempty"`
}

// Reconcile compares the indexer's mirror with the chain at the mirror's
// cursor block. See the package function Reconcile.
func (ix *Indexer) Reconcile(ctx context.Context) (*Report, error) {
	return Reconcile(ctx, ix.store, ix.src, ix.m)
}

// Reconcile compares every balance the mirror holds with the chain, at the
// mirror's cursor block (so a mirror that lags is compared with the chain
// as it was, not flagged for lagging), and lists each difference:
//
//   - stablecoin: every wallet account against balanceOf, world against
//     minus the total supply (both only for the test stablecoin: of an
//     external token such as USDC the mirror follows no transfers, so a
//     wallet account is the wallet's net position with gpuledger), the
//     GPUAsset's balance against the sum of the leases' escrow accounts and
//     the revenue, fee, reserve, holders and refunds accounts, its escrowHeld
//     against the escrow accounts alone, its totalRefundsOwed against the
//     refunds accounts and each refunds account against refundOwed, and the
//     LeaseMarket's balance against zero
//     (GPUAsset holds the market's escrow);
//   - leases: deposit, released, refunded, credited, escrow, status, close
//     reason, end, settled-until and retired against leaseInfo, each
//     escrow account against the lease's escrow, each debt account against
//     the lease's debt (what it accrued up to its settled-until, less
//     credits, released and escrow, when positive), and each asset's unpaid
//     account against minus the sum of its leases' debts;
//   - listings (leased GPUs, active, price) and assets (operator, rates,
//     metadata, GPUs held by unretired leases against leasedGpus);
//   - shares: every holding against balanceOf and each asset's supply
//     against totalSupply (so a holder missing from the mirror shows too);
//   - revenue: each asset's revenueTotals, operator fees owed, reserve, the
//     holders' account, every holding's claimable and fraction
//     (claimableBatch), and the platform fees owed;
//   - oracle epochs against epochRecord;
//   - credit (reconcile_credit.go): the LendingPool's and the
//     CreditVault's token balances against their accounts, the pool's
//     books() against its accounts and record (interest since its last
//     update computed by the mirror), its shares, rate model and share
//     price; the vault's risk parameters, each asset's revenue book,
//     snapshots, share price and revenue account, each loan's view,
//     pending revenue and auction, and what it owes each borrower;
//   - and that all balances sum to zero.
//
// It reads the mirror in one read transaction and may run while the
// indexer works. It fails, rather than report differences, when the cursor
// block is no longer on the chain (a reorg the indexer has not followed
// yet) or a call fails.
func Reconcile(ctx context.Context, st *Store, src Source, m *contracts.Manifest) (*Report, error) {
	snap, err := st.snapshot()
	if err != nil {
		return nil, fmt.Errorf("reconcile: %w", err)
	}
	if !snap.started {
		return nil, fmt.Errorf("reconcile: the ledger has not indexed any block yet")
	}
	h, err := src.HeaderByNumber(ctx, new(big.Int).SetUint64(snap.cursor.Number))
	if err != nil {
		return nil, fmt.Errorf("reconcile: read block %d: %w", snap.cursor.Number, err)
	}
	if h.Hash() != snap.cursor.Hash {
		return nil, fmt.Errorf("reconcile: mirror's block %d %s is no longer on the chain: %w", snap.cursor.Number, snap.cursor.Hash, errRaced)
	}
	r := &reconciler{ctx: ctx, src: src, block: new(big.Int).SetUint64(snap.cursor.Number),
		blockTime: time.Unix(int64(h.Time), 0).UTC(),
		token:     m.Address(contracts.StablecoinName), externalToken: m.Contracts[contracts.StablecoinName].External,
		asset:  m.Address(contracts.GPUAssetName),
		market: m.Address(contracts.LeaseMarketName), oracle: m.Address(contracts.TelemetryOracleName),
		pool: m.Address(contracts.LendingPoolName), vault: m.Address(contracts.CreditVaultName),
		report: &Report{Block: snap.cursor.Number, BlockHash: snap.cursor.Hash, Differences: []Difference{}}}
	for _, check := range []func(*snapshot) error{r.tokens, r.leases, r.listings, r.assets, r.shares, r.revenue, r.epochs, r.credit,
		r.tradingCheck(m.Address(contracts.ShareMarketName)), r.backstopCheck(m.Address(contracts.CapacityBackstopName))} {
		if err := check(snap); err != nil {
			return nil, fmt.Errorf("reconcile at block %d: %w", snap.cursor.Number, err)
		}
	}
	r.report.OK = len(r.report.Differences) == 0
	return r.report, nil
}

// snapshot is what Reconcile compares, read in one transaction.
type snapshot struct {
	cursor   BlockRef
	started  bool
	balances map[Account]*big.Int
	accounts []Account // sorted
	assets   []contracts.Asset
	listings []contracts.Listing
	leases   []contracts.Lease
	pools    []RevenuePool
	holdings []Holding
	epochs   []Epoch
	// assetLeased is each asset's GPUs held by unretired leases (absent: 0).
	assetLeased map[uint64]uint32
	// Credit: nil pool and vault before their first event.
	pool        *LendingPool
	vault       *CreditVault
	positions   []PoolPosition
	loans       []Loan
	vaultAssets []VaultAsset
}

func (s *Store) snapshot() (*snapshot, error) {
	snap := &snapshot{balances: map[Account]*big.Int{}, assetLeased: map[uint64]uint32{}}
	err := s.view(func(tx *bolt.Tx) error {
		snap.cursor, snap.started = readCursor(tx)
		err := bucket(tx, bBalances).ForEach(func(k, v []byte) error {
			u, err := parseUnits(string(v))
			if err != nil {
				return err
			}
			snap.balances[Account(k)] = u
			snap.accounts = append(snap.accounts, Account(k))
			return nil
		})
		if err != nil {
			return err
		}
		each := func(id bucketID, fn func(k, v []byte) error) error { return bucket(tx, id).ForEach(fn) }
		if err := each(bAssets, recordsInto(&snap.assets)); err != nil {
			return err
		}
		if err := each(bListings, recordsInto(&snap.listings)); err != nil {
			return err
		}
		if err := each(bLeases, recordsInto(&snap.leases)); err != nil {
			return err
		}
		if err := each(bPools, recordsInto(&snap.pools)); err != nil {
			return err
		}
		if err := each(bEpochs, recordsInto(&snap.epochs)); err != nil {
			return err
		}
		err = each(bAssetLeased, func(k, v []byte) error {
			if len(k) != 8 || len(v) != 4 {
				return fmt.Errorf("leased GPUs: bad record %x=%x", k, v)
			}
			snap.assetLeased[enc.ReadU64(k)] = enc.ReadU32(v)
			return nil
		})
		if err != nil {
			return err
		}
		if err := readCredit(tx, snap); err != nil {
			return err
		}
		accs := map[uint64]*big.Int{}
		for _, p := range snap.pools {
			accs[p.AssetID] = p.acc()
		}
		return each(bHoldings, func(k, v []byte) error {
			var rec holdingRecord
			if err := json.Unmarshal(v, &rec); err != nil {
				return err
			}
			assetID := enc.ReadU64(k)
			acc, ok := accs[assetID]
			if !ok {
				acc = new(big.Int)
			}
			snap.holdings = append(snap.holdings, rec.view(assetID, common.BytesToAddress(k[8:]), acc))
			return nil
		})
	})
	return snap, err
}

func recordsInto[T any](out *[]T) func(k, v []byte) error {
	return func(_, v []byte) error {
		var item T
		if err := decodeRecord(v, &item); err != nil {
			return err
		}
		*out = append(*out, item)
		return nil
	}
}

type reconciler struct {
	ctx                          context.Context
	src                          Source
	block                        *big.Int
	blockTime                    time.Time // of the cursor block: the chain's views compute at it
	token, asset, market, oracle common.Address
	pool, vault                  common.Address // zero without credit contracts
	externalToken                bool           // the token is not gpuledger's: see Reconcile
	report                       *Report
}

func (r *reconciler) call(to common.Address, data []byte) ([]byte, error) {
	return r.src.CallContract(r.ctx, ethereum.CallMsg{To: &to, Data: data}, r.block)
}

// compare records one comparison and a difference when the strings differ.
func (r *reconciler) compare(subject, field string, mirror, chain any) {
	r.report.Checked++
	ms, cs := fmt.Sprint(mirror), fmt.Sprint(chain)
	if ms != cs {
		r.report.Differences = append(r.report.Differences, Difference{Subject: subject, Field: field, Mirror: ms, Chain: cs})
	}
}

func (r *reconciler) units(to common.Address, data []byte, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
	out, err := r.call(to, data)
	if err != nil {
		return nil, err
	}
	return unpack(out)
}

func (r *reconciler) tokens(s *snapshot) error {
	sum := new(big.Int)
	escrow, inAsset, refunds := new(big.Int), new(big.Int), new(big.Int)
	inPool, inVault := new(big.Int), new(big.Int)
	for _, a := range s.accounts {
		bal := s.balances[a]
		sum.Add(sum, bal)
		switch a.Kind() {
		case "wallet":
			if r.externalToken {
				continue // a net position with gpuledger, not a token balance
			}
			addr, _ := a.Address()
			chainBal, err := r.units(r.token, tokenABI.PackBalanceOf(addr), tokenABI.UnpackBalanceOf)
			if err != nil {
				return fmt.Errorf("balance of %s: %w", addr, err)
			}
			r.compare(string(a), "token balance", formatUnits(bal), formatUnits(chainBal))
		case "escrow":
			escrow.Add(escrow, bal)
			inAsset.Add(inAsset, bal)
		case "refunds":
			refunds.Add(refunds, bal)
			inAsset.Add(inAsset, bal)
			addr, _ := a.Address()
			owed, err := r.units(r.asset, assetABI.PackRefundOwed(addr), assetABI.UnpackRefundOwed)
			if err != nil {
				return fmt.Errorf("refund owed to %s: %w", addr, err)
			}
			r.compare(string(a), "balance against refundOwed", formatUnits(bal), formatUnits(owed))
		case "revenue", "fees:platform", "fees:operator", "reserve", "holders":
			inAsset.Add(inAsset, bal)
		case "pool:cash", "pool:repayments":
			inPool.Add(inPool, bal)
		case "vault:revenue", "vault:owed", "vault:unallocated":
			inVault.Add(inVault, bal)
		}
	}
	r.compare("ledger", "sum of all balances", formatUnits(sum), formatUnits(new(big.Int)))
	if !r.externalToken {
		supply, err := r.units(r.token, tokenABI.PackTotalSupply(), tokenABI.UnpackTotalSupply)
		if err != nil {
			return fmt.Errorf("total supply: %w", err)
		}
		world := s.balances[World]
		if world == nil {
			world = new(big.Int)
		}
		r.compare(string(World), "minus the total supply", formatUnits(world), formatUnits(new(big.Int).Neg(supply)))
	}
	type holder struct {
		name string
		addr common.Address
		held *big.Int
	}
	holders := []holder{{contracts.LeaseMarketName, r.market, new(big.Int)}, {contracts.GPUAssetName, r.asset, inAsset}}
	if r.pool != (common.Address{}) && r.vault != (common.Address{}) {
		holders = append(holders, holder{contracts.LendingPoolName, r.pool, inPool}, holder{contracts.CreditVaultName, r.vault, inVault})
	}
	for _, c := range holders {
		chainBal, err := r.units(r.token, tokenABI.PackBalanceOf(c.addr), tokenABI.UnpackBalanceOf)
		if err != nil {
			return fmt.Errorf("balance of %s: %w", c.name, err)
		}
		if chainBal.Cmp(c.held) > 0 {
			r.report.Checked++
			r.report.Surplus = append(r.report.Surplus, Difference{Subject: "contract " + c.name,
				Field: "token balance above what it owes", Mirror: formatUnits(c.held), Chain: formatUnits(chainBal)})
			continue
		}
		r.compare("contract "+c.name, "token balance", formatUnits(c.held), formatUnits(chainBal))
	}
	held, err := r.units(r.asset, assetABI.PackEscrowHeld(), assetABI.UnpackEscrowHeld)
	if err != nil {
		return fmt.Errorf("escrow held: %w", err)
	}
	r.compare("contract "+contracts.GPUAssetName, "escrow held", formatUnits(escrow), formatUnits(held))
	owed, err := r.units(r.asset, assetABI.PackTotalRefundsOwed(), assetABI.UnpackTotalRefundsOwed)
	if err != nil {
		return fmt.Errorf("refunds owed: %w", err)
	}
	r.compare("contract "+contracts.GPUAssetName, "total refunds owed", formatUnits(refunds), formatUnits(owed))
	return nil
}

func (r *reconciler) leases(s *snapshot) error {
	bal := func(a Account) *big.Int {
		if b := s.balances[a]; b != nil {
			return b
		}
		return new(big.Int)
	}
	unpaid := map[uint64]*big.Int{} // asset id -> sum of its leases' debts on chain
	for _, l := range s.leases {
		out, err := r.call(r.market, marketABI.PackLeaseInfo(new(big.Int).SetUint64(l.ID)))
		if err != nil {
			return fmt.Errorf("lease %d: %w", l.ID, err)
		}
		c, err := marketABI.UnpackLeaseInfo(out)
		if err != nil {
			return fmt.Errorf("lease %d: %w", l.ID, err)
		}
		subj := fmt.Sprintf("lease %d", l.ID)
		r.compare(subj, "deposit", l.Deposit, formatAmount(c.Deposited))
		r.compare(subj, "released", l.Released, formatAmount(c.Released))
		r.compare(subj, "refunded", l.Refunded, formatAmount(c.Refunded))
		r.compare(subj, "credited", l.Credited, formatAmount(c.Credited))
		escrow := new(big.Int).Sub(c.Deposited, c.Released)
		r.compare(subj, "escrow", l.Escrow, formatAmount(escrow.Sub(escrow, c.Refunded)))
		status, reason := "?", "?"
		if int(c.Status) < len(leaseStatuses) {
			status = string(leaseStatuses[c.Status])
		}
		if int(c.Reason) < len(closeReasons) {
			reason = string(closeReasons[c.Reason])
		}
		r.compare(subj, "status", l.Status, status)
		r.compare(subj, "close reason", l.CloseReason, reason)
		r.compare(subj, "retired", l.Retired, c.Retired)
		r.compare(subj, "end", l.End.Unix(), c.End)
		r.compare(subj, "settled until", l.SettledUntil.Unix(), c.SettledUntil)
		r.compare(subj, "renter", l.Renter, c.Renter)
		r.compare(string(LeaseEscrow(l.ID)), "balance against the lease's escrow", formatUnits(bal(LeaseEscrow(l.ID))), formatUnits(l.Escrow.Units()))
		debt := chainDebt(c.PricePerGpuHour, c.Gpus, c.Start, c.SettledUntil, c.Credited, c.Released, escrow)
		r.compare(string(LeaseDebt(l.ID)), "balance against the lease's debt", formatUnits(bal(LeaseDebt(l.ID))), formatUnits(debt))
		if unpaid[l.AssetID] == nil {
			unpaid[l.AssetID] = new(big.Int)
		}
		unpaid[l.AssetID].Add(unpaid[l.AssetID], debt)
	}
	for _, a := range s.assets {
		owed := unpaid[a.ID]
		if owed == nil {
			owed = new(big.Int)
		}
		r.compare(string(AssetUnpaid(a.ID)), "balance against minus its leases' debts", formatUnits(bal(AssetUnpaid(a.ID))), formatUnits(new(big.Int).Neg(owed)))
	}
	return nil
}

// chainDebt is what a lease owes after its last settlement, by the
// contract's rule: what it accrued up to settledUntil
// (floor(price * gpus * seconds / 3600)), less credits, released and escrow,
// when that is positive (a settlement pays what it can from escrow, so a
// lease with debt has none left).
func chainDebt(price *big.Int, gpus uint32, start, settledUntil uint64, credited, released, escrow *big.Int) *big.Int {
	if settledUntil <= start {
		return new(big.Int)
	}
	d := new(big.Int).Mul(price, new(big.Int).SetUint64(uint64(gpus)))
	d.Mul(d, new(big.Int).SetUint64(settledUntil-start))
	d.Quo(d, big.NewInt(3600))
	d.Sub(d, credited).Sub(d, released).Sub(d, escrow)
	if d.Sign() < 0 {
		return new(big.Int)
	}
	return d
}

func (r *reconciler) listings(s *snapshot) error {
	for _, l := range s.listings {
		out, err := r.call(r.market, marketABI.PackListing(new(big.Int).SetUint64(l.ID)))
		if err != nil {
			return fmt.Errorf("listing %d: %w", l.ID, err)
		}
		c, err := marketABI.UnpackListing(out)
		if err != nil {
			return fmt.Errorf("listing %d: %w", l.ID, err)
		}
		subj := fmt.Sprintf("listing %d", l.ID)
		r.compare(subj, "leased GPUs", l.LeasedGPUs, c.LeasedGpus)
		r.compare(subj, "active", l.Active, c.Active)
		r.compare(subj, "price per GPU-hour", l.PricePerGPUHour, formatAmount(c.PricePerGpuHour))
	}
	return nil
}

func (r *reconciler) assets(s *snapshot) error {
	for _, a := range s.assets {
		out, err := r.call(r.asset, assetABI.PackAsset(new(big.Int).SetUint64(a.ID)))
		if err != nil {
			return fmt.Errorf("asset %d: %w", a.ID, err)
		}
		c, err := assetABI.UnpackAsset(out)
		if err != nil {
			return fmt.Errorf("asset %d: %w", a.ID, err)
		}
		subj := fmt.Sprintf("asset %d", a.ID)
		r.compare(subj, "operator", a.Operator, c.Operator)
		r.compare(subj, "operator fee bps", a.OperatorFeeBps, c.OperatorFeeBps)
		r.compare(subj, "reserve bps", a.ReserveBps, c.ReserveBps)
		r.compare(subj, "metadata hash", a.MetadataHash, common.Hash(c.MetadataHash))
		out, err = r.call(r.market, marketABI.PackLeasedGpus(new(big.Int).SetUint64(a.ID)))
		if err != nil {
			return fmt.Errorf("leased GPUs of asset %d: %w", a.ID, err)
		}
		leased, err := marketABI.UnpackLeasedGpus(out)
		if err != nil {
			return fmt.Errorf("leased GPUs of asset %d: %w", a.ID, err)
		}
		r.compare(subj, "leased GPUs", s.assetLeased[a.ID], leased)
	}
	return nil
}

func (r *reconciler) shares(s *snapshot) error {
	for _, h := range s.holdings {
		n, err := r.units(r.asset, assetABI.PackBalanceOf(h.Holder, new(big.Int).SetUint64(h.AssetID)), assetABI.UnpackBalanceOf)
		if err != nil {
			return fmt.Errorf("shares of %s in asset %d: %w", h.Holder, h.AssetID, err)
		}
		r.compare(fmt.Sprintf("asset %d holder %s", h.AssetID, strings.ToLower(h.Holder.Hex())), "shares", h.Shares, n)
	}
	for _, p := range s.pools {
		n, err := r.units(r.asset, assetABI.PackTotalSupply0(new(big.Int).SetUint64(p.AssetID)), assetABI.UnpackTotalSupply0)
		if err != nil {
			return fmt.Errorf("supply of asset %d: %w", p.AssetID, err)
		}
		r.compare(fmt.Sprintf("asset %d", p.AssetID), "share supply", p.Supply, n)
	}
	return nil
}

func (r *reconciler) revenue(s *snapshot) error {
	bal := func(a Account) string {
		if b := s.balances[a]; b != nil {
			return formatUnits(b)
		}
		return formatUnits(nil)
	}
	for _, p := range s.pools {
		id := new(big.Int).SetUint64(p.AssetID)
		out, err := r.call(r.asset, assetABI.PackRevenueTotals(id))
		if err != nil {
			return fmt.Errorf("revenue of asset %d: %w", p.AssetID, err)
		}
		t, err := assetABI.UnpackRevenueTotals(out)
		if err != nil {
			return fmt.Errorf("revenue of asset %d: %w", p.AssetID, err)
		}
		subj := fmt.Sprintf("asset %d", p.AssetID)
		r.compare(subj, "revenue gross", p.Gross, formatAmount(t.Gross))
		r.compare(subj, "platform fees", p.PlatformFees, formatAmount(t.PlatformFees))
		r.compare(subj, "operator fees", p.OperatorFees, formatAmount(t.OperatorFees))
		r.compare(subj, "operator fees withdrawn", p.OperatorFeesWithdrawn, formatAmount(t.OperatorFeesWithdrawn))
		r.compare(subj, "reserve accrued", p.ReserveAccrued, formatAmount(t.ReserveAccrued))
		r.compare(subj, "reserve withdrawn", p.ReserveWithdrawn, formatAmount(t.ReserveWithdrawn))
		r.compare(subj, "holders' revenue", p.Holders, formatAmount(t.Holders))
		r.compare(subj, "claimed", p.Claimed, formatAmount(t.Claimed))
		r.compare(subj, "acc revenue per share", p.AccRevenuePerShare, t.AccRevenuePerShare)
		r.compare(subj, "carried dust", p.CarriedDust, t.CarriedDust)
		owed, err := r.units(r.asset, assetABI.PackOperatorFeesOwed(id), assetABI.UnpackOperatorFeesOwed)
		if err != nil {
			return fmt.Errorf("operator fees of asset %d: %w", p.AssetID, err)
		}
		r.compare(string(OperatorFees(p.AssetID)), "balance against operatorFeesOwed", bal(OperatorFees(p.AssetID)), formatUnits(owed))
		reserve, err := r.units(r.asset, assetABI.PackReserveBalance(id), assetABI.UnpackReserveBalance)
		if err != nil {
			return fmt.Errorf("reserve of asset %d: %w", p.AssetID, err)
		}
		r.compare(string(AssetReserve(p.AssetID)), "balance against reserveBalance", bal(AssetReserve(p.AssetID)), formatUnits(reserve))
		unclaimed := new(big.Int).Sub(t.Holders, t.Claimed)
		r.compare(string(AssetHolders(p.AssetID)), "balance against holders - claimed", bal(AssetHolders(p.AssetID)), formatUnits(unclaimed))
		r.compare(string(AssetRevenue(p.AssetID)), "balance (released rent not yet split)", bal(AssetRevenue(p.AssetID)), formatUnits(nil))
	}
	owed, err := r.units(r.asset, assetABI.PackPlatformFeesOwed(), assetABI.UnpackPlatformFeesOwed)
	if err != nil {
		return fmt.Errorf("platform fees owed: %w", err)
	}
	r.compare(string(PlatformFees), "balance against platformFeesOwed", bal(PlatformFees), formatUnits(owed))

	// Claimable of every holding, in batches.
	hs := append([]Holding(nil), s.holdings...)
	sort.Slice(hs, func(i, j int) bool {
		if hs[i].AssetID != hs[j].AssetID {
			return hs[i].AssetID < hs[j].AssetID
		}
		return hs[i].Holder.Cmp(hs[j].Holder) < 0
	})
	const chunk = 200
	for start := 0; start < len(hs); start += chunk {
		part := hs[start:min(start+chunk, len(hs))]
		ids := make([]*big.Int, len(part))
		holders := make([]common.Address, len(part))
		for i, h := range part {
			ids[i], holders[i] = new(big.Int).SetUint64(h.AssetID), h.Holder
		}
		out, err := r.call(r.asset, assetABI.PackClaimableBatch(ids, holders))
		if err != nil {
			return fmt.Errorf("claimable: %w", err)
		}
		c, err := assetABI.UnpackClaimableBatch(out)
		if err != nil || len(c.Amounts) != len(part) || len(c.Fractions) != len(part) {
			return fmt.Errorf("claimable: bad answer (%v)", err)
		}
		for i, h := range part {
			subj := fmt.Sprintf("asset %d holder %s", h.AssetID, strings.ToLower(h.Holder.Hex()))
			r.compare(subj, "claimable", h.Claimable, formatAmount(c.Amounts[i]))
			r.compare(subj, "claimable fraction", h.Fraction, c.Fractions[i])
		}
	}
	return nil
}

func (r *reconciler) epochs(s *snapshot) error {
	if r.oracle == (common.Address{}) {
		return nil
	}
	for _, e := range s.epochs {
		out, err := r.call(r.oracle, oracleABI.PackEpochRecord(new(big.Int).SetUint64(e.AssetID), e.Epoch))
		if err != nil {
			return fmt.Errorf("epoch %d of asset %d: %w", e.Epoch, e.AssetID, err)
		}
		c, err := oracleABI.UnpackEpochRecord(out)
		if err != nil {
			return fmt.Errorf("epoch %d of asset %d: %w", e.Epoch, e.AssetID, err)
		}
		subj := fmt.Sprintf("asset %d epoch %d", e.AssetID, e.Epoch)
		r.compare(subj, "medians", fmt.Sprint(e.UtilisationBps, e.AvailabilityBps, e.EnergyWh, e.AvgPowerW, len(e.Observations)),
			fmt.Sprint(c.UtilisationBps, c.AvailabilityBps, c.EnergyWh, c.AvgPowerW, c.Observations))
	}
	return nil
}

// formatAmount formats chain units like money.Amount.
func formatAmount(u *big.Int) string { return formatUnits(u) }
