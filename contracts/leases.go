package contracts

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/money"
)

// Limits mirrored from LeaseMarket.
const (
	MaxTermHours = 8760
	// MaxGraceSeconds is the longest grace a listing may give an unpaid
	// lease (LeaseMarket's MAX_GRACE_SECONDS): one day.
	MaxGraceSeconds = 86400
)

// Defaults the client applies to a ListingSpec field left zero.
const (
	// DefaultMinPrepaidHours is the prepayment of a listing that names none.
	DefaultMinPrepaidHours = 1
	// DefaultGraceSeconds is how long a lease whose money ran out may run
	// before it can be closed, for a listing that names no grace: ten minutes.
	DefaultGraceSeconds = 600
)

// maxUint256 is the price bound sent when the caller gives none: the
// contract has no "no bound" value.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// MaxLeaseUnits is the most a lease's whole term may cost, and so the
// highest price per GPU-hour, in token units: 2^80 - 1 (1.2e18 coins), the
// LeaseMarket's MAX_TERM_COST, the most an asset's revenue takes in all.
var MaxLeaseUnits = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 80), big.NewInt(1))

// checkPrice refuses a price the contract would refuse.
func checkPrice(price money.Amount) error {
	if price.IsZero() {
		return invalid("price_per_gpu_hour must be positive")
	}
	if price.Units().Cmp(MaxLeaseUnits) > 0 {
		return invalid("price_per_gpu_hour %s exceeds the most a lease can hold, %s", price, money.MustFromUnits(MaxLeaseUnits))
	}
	return nil
}

// ListingSpec is what an operator offers; its JSON form is the API's body.
//
// Fields tagged required must be present in a request body (the API
// answers "min_hours is required" rather than a range error for a zero).
type ListingSpec struct {
	GPUs               uint32       `json:"gpus" required:"true"`
	PricePerGPUHour    money.Amount `json:"price_per_gpu_hour" required:"true"`
	MinHours           uint32       `json:"min_hours" required:"true"`
	MaxHours           uint32       `json:"max_hours" required:"true"`
	SLAAvailabilityBps uint16       `json:"sla_availability_bps"`
	CreditBps          uint16       `json:"credit_bps"`
	// MinPrepaidHours is how many hours a lease must prepay (its whole term
	// if shorter); zero means DefaultMinPrepaidHours.
	MinPrepaidHours uint32 `json:"min_prepaid_hours"`
	// GraceSeconds is how long after its money runs out a lease may run
	// before the operator or keeper may close it; zero means
	// DefaultGraceSeconds. At most MaxGraceSeconds.
	GraceSeconds uint32 `json:"grace_seconds"`
	// Curve, when set, prices new leases by the asset's utilisation
	// instead of PricePerGPUHour, which applies again if it is cleared
	// (docs/pricing.md).
	Curve *Curve `json:"curve,omitempty"`
}

// withDefaults returns s with the defaults of its zero fields applied.
func (s ListingSpec) withDefaults() ListingSpec {
	if s.MinPrepaidHours == 0 {
		s.MinPrepaidHours = DefaultMinPrepaidHours
	}
	if s.GraceSeconds == 0 {
		s.GraceSeconds = DefaultGraceSeconds
	}
	return s
}

// Validate applies the contract's rules that need no chain state, after
// the defaults of zero fields.
func (s ListingSpec) Validate() error {
	s = s.withDefaults()
	if s.GPUs == 0 {
		return invalid("gpus must be at least 1")
	}
	if err := checkPrice(s.PricePerGPUHour); err != nil {
		return err
	}
	switch {
	case s.MinHours == 0 || s.MinHours > s.MaxHours || s.MaxHours > MaxTermHours:
		return invalid("need 1 <= min_hours (%d) <= max_hours (%d) <= %d", s.MinHours, s.MaxHours, MaxTermHours)
	case s.SLAAvailabilityBps > 10000:
		return invalid("sla_availability_bps must be at most 10000, got %d", s.SLAAvailabilityBps)
	case s.CreditBps > 10000:
		return invalid("credit_bps must be at most 10000, got %d", s.CreditBps)
	case s.MinPrepaidHours > s.MaxHours:
		return invalid("min_prepaid_hours (%d) must be at most max_hours (%d)", s.MinPrepaidHours, s.MaxHours)
	case s.GraceSeconds > MaxGraceSeconds:
		return invalid("grace_seconds must be at most %d, got %d", MaxGraceSeconds, s.GraceSeconds)
	case s.Curve != nil:
		return s.Curve.Validate()
	}
	return nil
}

// Listing is a listing as recorded on chain.
type Listing struct {
	ID         uint64 `json:"id"`
	AssetID    uint64 `json:"asset_id"`
	LeasedGPUs uint32 `json:"leased_gpus"`
	Active     bool   `json:"active"`
	ListingSpec
}

// LeaseRequest asks for GPUs of a listing for a term, prepaying Deposit.
type LeaseRequest struct {
	ListingID uint64       `json:"listing_id"`
	GPUs      uint32       `json:"gpus"`
	Hours     uint32       `json:"hours"`
	Deposit   money.Amount `json:"deposit"`
	// MaxPricePerGPUHour is the highest price per GPU-hour the renter
	// accepts, checked here and on chain (a listing repriced above it before
	// the lease lands is refused and charges nothing); zero means no bound.
	MaxPricePerGPUHour money.Amount `json:"max_price_per_gpu_hour"`
}

// maxPrice is the bound sent to the contract: the request's, or the
// largest uint256 when it gives none.
func (r LeaseRequest) maxPrice() *big.Int {
	if r.MaxPricePerGPUHour.IsZero() {
		return maxUint256
	}
	return r.MaxPricePerGPUHour.Units()
}

// LeaseStatus is a lease's state on chain.
type LeaseStatus string

// Lease states. Closing: the term is over (or was closed) and settlement
// waits for the last epochs' availability reports.
const (
	LeaseActive    LeaseStatus = "active"
	LeaseOverdrawn LeaseStatus = "overdrawn"
	LeaseClosing   LeaseStatus = "closing"
	LeaseEnded     LeaseStatus = "ended"
)

var leaseStatuses = [...]LeaseStatus{"", LeaseActive, LeaseOverdrawn, LeaseClosing, LeaseEnded}

// CloseReason says why a lease ended; empty while it runs.
type CloseReason string

// Close reasons, as the contract's CloseReason enum.
const (
	ReasonExpired        CloseReason = "expired"
	ReasonClosedByRenter CloseReason = "closed_by_renter"
	ReasonOutOfFunds     CloseReason = "out_of_funds"
)

var closeReasons = [...]CloseReason{"", ReasonExpired, ReasonClosedByRenter, ReasonOutOfFunds}

// Lease is a lease as recorded on chain. Deposit = Released + Refunded +
// Escrow at every block.
type Lease struct {
	ID              uint64         `json:"id"`
	ListingID       uint64         `json:"listing_id"`
	AssetID         uint64         `json:"asset_id"`
	Renter          common.Address `json:"renter"`
	GPUs            uint32         `json:"gpus"`
	PricePerGPUHour money.Amount   `json:"price_per_gpu_hour"`
	Start           time.Time      `json:"start"`
	End             time.Time      `json:"end"`
	SettledUntil    time.Time      `json:"settled_until"`
	Deposit         money.Amount   `json:"deposit"`
	Released        money.Amount   `json:"released"`
	Refunded        money.Amount   `json:"refunded"`
	Credited        money.Amount   `json:"credited"`
	Escrow          money.Amount   `json:"escrow"`
	Status          LeaseStatus    `json:"status"`
	CloseReason     CloseReason    `json:"close_reason"`
	Retired         bool           `json:"retired"`
	// GraceSeconds is how long past its paid time the lease may run before
	// its operator or a keeper may close it for lack of funds (its
	// listing's, when it opened).
	GraceSeconds uint32 `json:"grace_seconds"`
	// SLAAvailabilityBps and CreditBps are the listing's SLA terms when the
	// lease opened: an epoch under the target credits that share of its rent.
	SLAAvailabilityBps uint16 `json:"sla_availability_bps"`
	CreditBps          uint16 `json:"credit_bps"`
}

// AccruedAt is what the lease accrued from its start up to t (capped at
// its end), before credits, by the contract's rule:
// floor(gpus * price * seconds / 3600).
func (l Lease) AccruedAt(t time.Time) money.Amount {
	if !t.After(l.Start) {
		return money.Zero
	}
	if t.After(l.End) {
		t = l.End
	}
	units := new(big.Int).Mul(l.PricePerGPUHour.Units(), big.NewInt(int64(l.GPUs)))
	units.Mul(units, big.NewInt(int64(t.Sub(l.Start)/time.Second)))
	units.Quo(units, big.NewInt(3600))
	return money.MustFromUnits(units)
}

// OutOfFundsAt reports whether, at t, the lease may be closed for lack of
// funds, by the contract's rule: what it accrued up to its grace ago
// exceeds what it paid (escrow + released) plus its credits. It is judged
// by time, without waiting for a settlement.
func (l Lease) OutOfFundsAt(t time.Time) bool {
	if l.Status != LeaseActive && l.Status != LeaseOverdrawn {
		return false
	}
	until := t.Add(-time.Duration(l.GraceSeconds) * time.Second)
	if until.Before(l.Start) {
		return false
	}
	covered := new(big.Int).Add(l.Escrow.Units(), l.Released.Units())
	covered.Add(covered, l.Credited.Units())
	return l.AccruedAt(until).Units().Cmp(covered) > 0
}

// Market is a client of the LeaseMarket contract and of the stablecoin it
// takes. It is safe for concurrent use.
//
// Deposits and top-ups are paid, when the token supports EIP-3009 and the
// Sender is a TypedSigner, with a ReceiveWithAuthorization signed for that
// payment alone (random nonce): one transaction, and any number in flight
// from one renter. Otherwise they are paid by approve + transferFrom, and
// since the allowance is one number per renter, the approve and the lease
// (or top-up) of one sender address run one pair at a time (allowLocks).
type Market struct {
	addr  common.Address
	abi   *leasemarket.LeaseMarket
	call  Caller
	token *Stablecoin

	allowLocks sync.Map // common.Address -> *sync.Mutex: held across approve + use
}

// NewMarket returns a client of the LeaseMarket at addr settling in token.
func NewMarket(call Caller, addr common.Address, token *Stablecoin) *Market {
	return &Market{addr: addr, abi: leasemarket.NewLeaseMarket(), call: call, token: token}
}

// Address returns the contract's address.
func (m *Market) Address() common.Address { return m.addr }

// CreateListing lists GPUs of asset assetID; s must operate the asset.
func (m *Market) CreateListing(ctx context.Context, s Sender, assetID uint64, spec ListingSpec) (Listing, *types.Receipt, error) {
	if err := spec.Validate(); err != nil {
		return Listing{}, nil, fmt.Errorf("create listing on asset %d: %w", assetID, err)
	}
	spec = spec.withDefaults()
	data := m.abi.PackCreateListing(u256(assetID), spec.GPUs, spec.PricePerGPUHour.Units(), spec.MinHours,
		spec.MaxHours, spec.SLAAvailabilityBps, spec.CreditBps, spec.MinPrepaidHours, spec.GraceSeconds)
	if spec.Curve != nil { // curved from the start, in the same transaction
		data = m.abi.PackCreateCurvedListing(u256(assetID), spec.GPUs, spec.PricePerGPUHour.Units(), spec.MinHours,
			spec.MaxHours, spec.SLAAvailabilityBps, spec.CreditBps, spec.MinPrepaidHours, spec.GraceSeconds, spec.Curve.params())
	}
	rcpt, err := s.SendAndWait(ctx, &m.addr, data, nil)
	if err != nil {
		return Listing{}, nil, fmt.Errorf("create listing on asset %d: %w", assetID, err)
	}
	for _, l := range m.logs(rcpt) {
		if ev, err := m.abi.UnpackListingCreatedEvent(l); err == nil {
			lst, err := m.Listing(ctx, ev.ListingId.Uint64())
			return lst, rcpt, err
		}
	}
	return Listing{}, rcpt, fmt.Errorf("create listing: tx %s has no ListingCreated event", rcpt.TxHash)
}

// SetListingPrice changes the price for leases created from now on.
func (m *Market) SetListingPrice(ctx context.Context, s Sender, listingID uint64, price money.Amount) (*types.Receipt, error) {
	if err := checkPrice(price); err != nil {
		return nil, fmt.Errorf("set price of listing %d: %w", listingID, err)
	}
	return m.send(ctx, s, fmt.Sprintf("set price of listing %d", listingID), m.abi.PackSetListingPrice(u256(listingID), price.Units()))
}

// SetListingActive opens or closes a listing to new leases.
func (m *Market) SetListingActive(ctx context.Context, s Sender, listingID uint64, active bool) (*types.Receipt, error) {
	return m.send(ctx, s, fmt.Sprintf("set listing %d active=%v", listingID, active), m.abi.PackSetListingActive(u256(listingID), active))
}

// ListingCount returns the number of listings (also the last id).
func (m *Market) ListingCount(ctx context.Context) (uint64, error) {
	out, err := m.read(ctx, m.abi.PackListingCount())
	if err != nil {
		return 0, fmt.Errorf("listing count: %w", err)
	}
	n, err := m.abi.UnpackListingCount(out)
	if err != nil {
		return 0, fmt.Errorf("listing count: %w", err)
	}
	return n.Uint64(), nil
}

// LeaseCount returns the number of leases (also the last id).
func (m *Market) LeaseCount(ctx context.Context) (uint64, error) {
	out, err := m.read(ctx, m.abi.PackLeaseCount())
	if err != nil {
		return 0, fmt.Errorf("lease count: %w", err)
	}
	n, err := m.abi.UnpackLeaseCount(out)
	if err != nil {
		return 0, fmt.Errorf("lease count: %w", err)
	}
	return n.Uint64(), nil
}

// AccruedAt returns what a lease has accrued from its start to t (capped
// at its end), before SLA credits.
func (m *Market) AccruedAt(ctx context.Context, leaseID uint64, t time.Time) (money.Amount, error) {
	out, err := m.read(ctx, m.abi.PackAccruedAt(u256(leaseID), uint64(t.Unix())))
	if err != nil {
		return money.Zero, fmt.Errorf("accrued of lease %d: %w", leaseID, err)
	}
	units, err := m.abi.UnpackAccruedAt(out)
	if err != nil {
		return money.Zero, fmt.Errorf("accrued of lease %d: %w", leaseID, err)
	}
	return money.FromUnits(units)
}

// OpenLease checks req against the listing and leases from s, which
// becomes the renter, paying the deposit by authorization or by allowance
// (see Market). expired names leases of the same asset whose term is over,
// to free their GPUs first. Nothing is sent when a check fails, and the
// lease transaction is sent only if the chain would accept it.
//
// Concurrent calls from one sender are safe: by authorization they run in
// parallel, by allowance one at a time.
func (m *Market) OpenLease(ctx context.Context, s Sender, req LeaseRequest, expired ...uint64) (Lease, *types.Receipt, error) {
	fail := func(err error) (Lease, *types.Receipt, error) {
		return Lease{}, nil, fmt.Errorf("lease %d GPUs of listing %d: %w", req.GPUs, req.ListingID, err)
	}
	if req.GPUs == 0 || req.Hours == 0 {
		return fail(invalid("gpus and hours must be at least 1"))
	}
	lst, err := m.Listing(ctx, req.ListingID)
	if err != nil {
		return fail(err)
	}
	// GPUs of hinted leases that the contract will retire first count as free.
	for _, id := range expired {
		old, err := m.Lease(ctx, id)
		if err != nil {
			return fail(err)
		}
		if old.ListingID == lst.ID && !old.Retired {
			lst.LeasedGPUs -= min(old.GPUs, lst.LeasedGPUs)
		}
	}
	if lst.Curve != nil {
		// A curved listing's price is the chain's quote (priced before any
		// hint is retired); the request's max price bounds it on chain too.
		q, err := m.QuoteAt(ctx, lst.ID, req.GPUs, req.Hours, nil)
		if err != nil {
			return fail(err)
		}
		lst.PricePerGPUHour = q.PricePerGPUHour
	}
	if err := checkLease(lst, req); err != nil {
		return fail(err)
	}
	rcpt, err := m.pay(ctx, s, req.Deposit, func(auth *leasemarket.LeaseMarketAuthorization) []byte {
		return m.leaseData(req, expired, auth)
	})
	if err != nil {
		return fail(err)
	}
	for _, l := range m.logs(rcpt) {
		if ev, err := m.abi.UnpackLeaseCreatedEvent(l); err == nil {
			ls, err := m.Lease(ctx, ev.LeaseId.Uint64())
			return ls, rcpt, err
		}
	}
	return Lease{}, rcpt, fmt.Errorf("lease: tx %s has no LeaseCreated event", rcpt.TxHash)
}

// leaseData packs the lease call of req: paid by auth, or by allowance
// when auth is nil.
func (m *Market) leaseData(req LeaseRequest, expired []uint64, auth *leasemarket.LeaseMarketAuthorization) []byte {
	hints := make([]*big.Int, len(expired))
	for i, id := range expired {
		hints[i] = u256(id)
	}
	if auth != nil {
		return m.abi.PackLeaseWithAuthorization(u256(req.ListingID), req.GPUs, req.Hours, req.Deposit.Units(), req.maxPrice(), hints, *auth)
	}
	return m.abi.PackLease(u256(req.ListingID), req.GPUs, req.Hours, req.Deposit.Units(), req.maxPrice(), hints)
}

// SignedLeaseCall returns the calldata of req's lease, its deposit paid by
// an EIP-3009 authorization that signer (the key of renter) signs now: the
// one transaction OpenLease sends, for renter to sign and send itself
// (load tools and benchmarks that fill blocks without waiting for each
// receipt). It checks nothing and sends nothing; the token must support
// EIP-3009.
func (m *Market) SignedLeaseCall(ctx context.Context, signer TypedSigner, renter common.Address, req LeaseRequest, expired ...uint64) ([]byte, error) {
	auth, err := m.token.AuthorizeReceive(ctx, signer, renter, m.addr, req.Deposit)
	if err != nil {
		return nil, fmt.Errorf("lease %d GPUs of listing %d: %w", req.GPUs, req.ListingID, err)
	}
	return m.leaseData(req, expired, &auth), nil
}

// pay sends the market call that pays amount from s, built by call: with
// an EIP-3009 authorization when the token supports it and s can sign one,
// else after approving amount, holding s's allowance lock across approve,
// call and (on failure) the allowance reset.
func (m *Market) pay(ctx context.Context, s Sender, amount money.Amount, call func(*leasemarket.LeaseMarketAuthorization) []byte) (*types.Receipt, error) {
	if signer, ok := s.(TypedSigner); ok && m.token.SupportsAuthorization(ctx) {
		auth, err := m.token.AuthorizeReceive(ctx, signer, s.Address(), m.addr, amount)
		if err != nil {
			return nil, err
		}
		return s.SendAndWait(ctx, &m.addr, call(&auth), nil)
	}
	return withAllowance(ctx, &m.allowLocks, m.token, s, m.addr, amount, func() (*types.Receipt, error) {
		return s.SendAndWait(ctx, &m.addr, call(nil), nil)
	})
}

// checkLease applies the listing's terms to a request, as the contract will.
func checkLease(l Listing, req LeaseRequest) error {
	if !l.Active {
		return invalid("listing %d is not open to new leases", l.ID)
	}
	if !req.MaxPricePerGPUHour.IsZero() && l.PricePerGPUHour.Cmp(req.MaxPricePerGPUHour) > 0 {
		return invalid("listing %d costs %s per GPU-hour, above the bound %s", l.ID, l.PricePerGPUHour, req.MaxPricePerGPUHour)
	}
	if req.Hours < l.MinHours || req.Hours > l.MaxHours {
		return invalid("hours must be between %d and %d, got %d", l.MinHours, l.MaxHours, req.Hours)
	}
	if free := l.GPUs - l.LeasedGPUs; req.GPUs > free {
		return invalid("listing %d has %d GPUs free, asked for %d", l.ID, free, req.GPUs)
	}
	hourly := new(big.Int).Mul(big.NewInt(int64(req.GPUs)), l.PricePerGPUHour.Units())
	minimum := new(big.Int).Mul(hourly, big.NewInt(int64(min(req.Hours, max(l.MinPrepaidHours, 1)))))
	term := new(big.Int).Mul(hourly, big.NewInt(int64(req.Hours)))
	if term.Cmp(MaxLeaseUnits) > 0 {
		return invalid("the term costs %s, more than a lease can hold (%s)", money.MustFromUnits(term), money.MustFromUnits(MaxLeaseUnits))
	}
	if req.Deposit.Units().Cmp(minimum) < 0 {
		return invalid("deposit %s is below the minimum prepayment %s", req.Deposit, money.MustFromUnits(minimum))
	}
	if req.Deposit.Units().Cmp(term) > 0 {
		return invalid("deposit %s exceeds the whole term's cost %s", req.Deposit, money.MustFromUnits(term))
	}
	return nil
}

// TopUp adds amount to a lease's escrow from s, paying as OpenLease does.
func (m *Market) TopUp(ctx context.Context, s Sender, leaseID uint64, amount money.Amount) (Lease, *types.Receipt, error) {
	what := fmt.Sprintf("top up lease %d", leaseID)
	if amount.IsZero() {
		return Lease{}, nil, fmt.Errorf("%s: %w", what, invalid("amount must be positive"))
	}
	rcpt, err := m.pay(ctx, s, amount, func(auth *leasemarket.LeaseMarketAuthorization) []byte {
		if auth != nil {
			return m.abi.PackTopUpWithAuthorization(u256(leaseID), amount.Units(), *auth)
		}
		return m.abi.PackTopUp(u256(leaseID), amount.Units())
	})
	if err != nil {
		return Lease{}, nil, fmt.Errorf("%s: %w", what, err)
	}
	ls, err := m.Lease(ctx, leaseID)
	return ls, rcpt, err
}

// Settle releases what lease leaseID has accrued; anyone may send it.
func (m *Market) Settle(ctx context.Context, s Sender, leaseID uint64) (Lease, *types.Receipt, error) {
	return m.sendAndRead(ctx, s, leaseID, fmt.Sprintf("settle lease %d", leaseID), m.abi.PackSettle(u256(leaseID)))
}

// SettleMany settles many leases in one transaction; unknown and ended
// leases are skipped by the contract.
func (m *Market) SettleMany(ctx context.Context, s Sender, leaseIDs ...uint64) (*types.Receipt, error) {
	ids := make([]*big.Int, len(leaseIDs))
	for i, id := range leaseIDs {
		ids[i] = u256(id)
	}
	return m.send(ctx, s, fmt.Sprintf("settle %d leases", len(leaseIDs)), m.abi.PackSettleMany(ids))
}

// LeaseCreatedTopic is the topic of LeaseCreated logs, to find leases in logs.
func (m *Market) LeaseCreatedTopic() common.Hash {
	return m.abi.GetABI().Events["LeaseCreated"].ID
}

// ParseLeaseCreated decodes a LeaseCreated log and returns the lease id.
func (m *Market) ParseLeaseCreated(l *types.Log) (uint64, error) {
	ev, err := m.abi.UnpackLeaseCreatedEvent(l)
	if err != nil {
		return 0, fmt.Errorf("parse LeaseCreated: %w", err)
	}
	return ev.LeaseId.Uint64(), nil
}

// Close ends a lease early: by its renter any time, by the asset's operator
// or a keeper only when the market is not paused and the lease has been out
// of funds for longer than its listing's grace.
func (m *Market) Close(ctx context.Context, s Sender, leaseID uint64) (Lease, *types.Receipt, error) {
	return m.sendAndRead(ctx, s, leaseID, fmt.Sprintf("close lease %d", leaseID), m.abi.PackClose(u256(leaseID)))
}

// Retire frees the GPUs of leases whose term is over.
func (m *Market) Retire(ctx context.Context, s Sender, leaseIDs ...uint64) (*types.Receipt, error) {
	ids := make([]*big.Int, len(leaseIDs))
	for i, id := range leaseIDs {
		ids[i] = u256(id)
	}
	return m.send(ctx, s, fmt.Sprintf("retire leases %v", leaseIDs), m.abi.PackRetire(ids))
}

// SetAvailabilityOracle points SLA credits at oracle (zero disables them);
// settlement waits reportWindow after an epoch for its report.
func (m *Market) SetAvailabilityOracle(ctx context.Context, s Sender, oracle common.Address, reportWindow time.Duration) (*types.Receipt, error) {
	return m.send(ctx, s, "set availability oracle", m.abi.PackSetAvailabilityOracle(oracle, uint64(reportWindow/time.Second)))
}

// Listing reads a listing at the latest block.
func (m *Market) Listing(ctx context.Context, id uint64) (Listing, error) {
	return m.ListingAt(ctx, id, nil)
}

// ListingAt reads a listing at a block; nil means the latest.
func (m *Market) ListingAt(ctx context.Context, id uint64, block *big.Int) (Listing, error) {
	out, err := m.call.CallContract(ctx, ethereum.CallMsg{To: &m.addr, Data: m.abi.PackListing(u256(id))}, block)
	if err != nil {
		return Listing{}, fmt.Errorf("get listing %d: %w", id, err)
	}
	l, err := m.abi.UnpackListing(out)
	if err != nil {
		return Listing{}, fmt.Errorf("get listing %d: %w", id, err)
	}
	price, err := money.FromUnits(l.PricePerGpuHour)
	if err != nil {
		return Listing{}, fmt.Errorf("get listing %d: %w", id, err)
	}
	curve, err := m.CurveAt(ctx, id, block)
	if err != nil {
		return Listing{}, fmt.Errorf("get listing %d: %w", id, err)
	}
	return Listing{
		ID: id, AssetID: l.AssetId.Uint64(), LeasedGPUs: l.LeasedGpus, Active: l.Active,
		ListingSpec: ListingSpec{
			GPUs: l.Gpus, PricePerGPUHour: price, MinHours: l.MinHours, MaxHours: l.MaxHours,
			SLAAvailabilityBps: l.SlaAvailabilityBps, CreditBps: l.CreditBps,
			MinPrepaidHours: l.MinPrepaidHours, GraceSeconds: l.GraceSeconds, Curve: curve.Curve,
		},
	}, nil
}

// Lease reads a lease at the latest block.
func (m *Market) Lease(ctx context.Context, id uint64) (Lease, error) {
	return m.LeaseAt(ctx, id, nil)
}

// LeaseAt reads a lease at a block; nil means the latest.
func (m *Market) LeaseAt(ctx context.Context, id uint64, block *big.Int) (Lease, error) {
	out, err := m.call.CallContract(ctx, ethereum.CallMsg{To: &m.addr, Data: m.abi.PackLeaseInfo(u256(id))}, block)
	if err != nil {
		return Lease{}, fmt.Errorf("get lease %d: %w", id, err)
	}
	l, err := m.abi.UnpackLeaseInfo(out)
	if err != nil {
		return Lease{}, fmt.Errorf("get lease %d: %w", id, err)
	}
	if int(l.Status) >= len(leaseStatuses) || int(l.Reason) >= len(closeReasons) {
		return Lease{}, fmt.Errorf("get lease %d: unknown status %d or reason %d", id, l.Status, l.Reason)
	}
	escrow := new(big.Int).Sub(l.Deposited, l.Released)
	escrow.Sub(escrow, l.Refunded)
	return Lease{
		ID: id, ListingID: l.ListingId, AssetID: l.AssetId.Uint64(), Renter: l.Renter, GPUs: l.Gpus,
		PricePerGPUHour: money.MustFromUnits(l.PricePerGpuHour),
		Start:           unixTime(l.Start), End: unixTime(l.End), SettledUntil: unixTime(l.SettledUntil),
		Deposit:  money.MustFromUnits(l.Deposited),
		Released: money.MustFromUnits(l.Released),
		Refunded: money.MustFromUnits(l.Refunded),
		Credited: money.MustFromUnits(l.Credited),
		Escrow:   money.MustFromUnits(escrow),
		Status:   leaseStatuses[l.Status], CloseReason: closeReasons[l.Reason], Retired: l.Retired,
		GraceSeconds: l.GraceSeconds, SLAAvailabilityBps: l.SlaAvailabilityBps, CreditBps: l.CreditBps,
	}, nil
}

// LeasedGPUs returns the GPUs of an asset held by unretired leases.
func (m *Market) LeasedGPUs(ctx context.Context, assetID uint64) (uint32, error) {
	return m.LeasedGPUsAt(ctx, assetID, nil)
}

// LeasedGPUsAt returns the GPUs of an asset held by unretired leases at a
// block; nil means the latest.
func (m *Market) LeasedGPUsAt(ctx context.Context, assetID uint64, block *big.Int) (uint32, error) {
	out, err := m.call.CallContract(ctx, ethereum.CallMsg{To: &m.addr, Data: m.abi.PackLeasedGpus(u256(assetID))}, block)
	if err != nil {
		return 0, fmt.Errorf("leased GPUs of asset %d: %w", assetID, err)
	}
	return m.abi.UnpackLeasedGpus(out)
}

func (m *Market) sendAndRead(ctx context.Context, s Sender, leaseID uint64, what string, data []byte) (Lease, *types.Receipt, error) {
	rcpt, err := m.send(ctx, s, what, data)
	if err != nil {
		return Lease{}, nil, err
	}
	ls, err := m.LeaseAt(ctx, leaseID, rcpt.BlockNumber)
	return ls, rcpt, err
}

func (m *Market) send(ctx context.Context, s Sender, what string, data []byte) (*types.Receipt, error) {
	rcpt, err := s.SendAndWait(ctx, &m.addr, data, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return rcpt, nil
}

func (m *Market) read(ctx context.Context, data []byte) ([]byte, error) {
	return m.call.CallContract(ctx, ethereum.CallMsg{To: &m.addr, Data: data}, nil)
}

// logs returns the receipt's logs emitted by this contract.
func (m *Market) logs(rcpt *types.Receipt) []*types.Log {
	var out []*types.Log
	for _, l := range rcpt.Logs {
		if l.Address == m.addr {
			out = append(out, l)
		}
	}
	return out
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidInput, fmt.Sprintf(format, args...))
}

func u256(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func unixTime(sec uint64) time.Time { return time.Unix(int64(sec), 0).UTC() }
