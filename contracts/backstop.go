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

	"github.com/gpuledger/gpuledger/contracts/bindings/capacitybackstop"
	"github.com/gpuledger/gpuledger/money"
)

// The capacity backstop (issue 15, docs/backstop.md): a provider commits a
// stablecoin amount to an asset for a term of whole hours at a floor price
// per GPU-hour; every ended hour of the term, the GPU-seconds no lease held
// are bought at the floor, paid into the asset's revenue (split like rent),
// until the commitment or the term runs out; what is left returns to the
// provider.

// Limits mirrored from CapacityBackstop.
const (
	// BackstopMaxTermHours is the longest term: five years of hours.
	BackstopMaxTermHours = 43_800
	// BackstopMaxHoursPerSettle is the most hours one settle walks.
	BackstopMaxHoursPerSettle = 168
)

// BackstopHour is the length of a backstop epoch; hour h covers
// [h*3600, (h+1)*3600) in unix seconds.
const BackstopHour = time.Hour

// CommitmentStatus is a commitment's state, as the contract numbers them.
type CommitmentStatus uint8

// Commitment states.
const (
	CommitmentNone CommitmentStatus = iota
	// CommitmentActive: hours of its term remain to be settled.
	CommitmentActive
	// CommitmentFinished: every hour settled or the amount spent; awaiting release.
	CommitmentFinished
	// CommitmentReleased: what was left has been returned (or is owed) to the provider.
	CommitmentReleased
)

func (s CommitmentStatus) String() string {
	switch s {
	case CommitmentActive:
		return "active"
	case CommitmentFinished:
		return "finished"
	case CommitmentReleased:
		return "released"
	}
	return "none"
}

// MarshalJSON writes the status by name.
func (s CommitmentStatus) MarshalJSON() ([]byte, error) { return []byte(`"` + s.String() + `"`), nil }

// UnmarshalJSON reads a status by name (the mirror stores it so).
func (s *CommitmentStatus) UnmarshalJSON(b []byte) error {
	for v := CommitmentNone; v <= CommitmentReleased; v++ {
		if string(b) == `"`+v.String()+`"` {
			*s = v
			return nil
		}
	}
	return fmt.Errorf("unknown commitment status %s", b)
}

// BackstopSpec is what a provider commits.
type BackstopSpec struct {
	AssetID              uint64
	FloorPricePerGPUHour money.Amount
	Amount               money.Amount
	Hours                uint32
	// Take: the GPU-seconds bought are delivered to the provider (the
	// operator owes it that GPU time) rather than left with the operator.
	Take bool
}

// Validate applies the contract's bounds.
func (b BackstopSpec) Validate() error {
	if err := checkUnits(b.Amount, "amount"); err != nil {
		return err
	}
	if b.FloorPricePerGPUHour.IsZero() {
		return invalid("floor_price_per_gpu_hour must be positive")
	}
	if b.FloorPricePerGPUHour.Units().BitLen() > 80 {
		return invalid("floor_price_per_gpu_hour exceeds 2^80-1 units")
	}
	if b.Hours == 0 || b.Hours > BackstopMaxTermHours {
		return invalid("hours %d is outside [1, %d]", b.Hours, BackstopMaxTermHours)
	}
	return nil
}

// Commitment is a backstop commitment as the contract reports it.
// Amount = Paid + Returned + Left, to the unit.
type Commitment struct {
	ID                   uint64           `json:"id"`
	AssetID              uint64           `json:"asset_id"`
	Provider             common.Address   `json:"provider"`
	Status               CommitmentStatus `json:"status"`
	Take                 bool             `json:"take"`
	GPUCount             uint32           `json:"gpu_count"`
	FloorPricePerGPUHour money.Amount     `json:"floor_price_per_gpu_hour"`
	Hours                uint32           `json:"hours"`
	// StartHour is the first hour of the term (unix seconds / 3600).
	StartHour uint64    `json:"start_hour"`
	Start     time.Time `json:"start"`
	End       time.Time `json:"end"`
	// HoursSettled counts the hours of the term walked so far.
	HoursSettled     uint32       `json:"hours_settled"`
	Amount           money.Amount `json:"amount"`
	Paid             money.Amount `json:"paid"`
	Returned         money.Amount `json:"returned"`
	Left             money.Amount `json:"left"`
	IdleGPUSeconds   uint64       `json:"idle_gpu_seconds"`
	GPUSecondsBought uint64       `json:"gpu_seconds_bought"`
}

// Guarantee is what a commitment still guarantees an asset's revenue:
// PerHour = gpuCount x floor for a wholly idle hour, over HoursLeft hours
// not yet settled, Total = min(PerHour x HoursLeft, left).
type Guarantee struct {
	PerHour   money.Amount `json:"per_hour"`
	HoursLeft uint64       `json:"hours_left"`
	Total     money.Amount `json:"total"`
}

// IdleHour is one settled hour: its idle GPU-seconds and what was paid for
// them; Taken the GPU-seconds delivered to the provider (take).
type IdleHour struct {
	CommitmentID   uint64       `json:"commitment_id"`
	AssetID        uint64       `json:"asset_id"`
	Hour           uint64       `json:"hour"`
	IdleGPUSeconds uint64       `json:"idle_gpu_seconds"`
	Amount         money.Amount `json:"amount"`
	Taken          uint64       `json:"taken_gpu_seconds"`
}

// BackstopSettlement is one settle: hours [FromHour, ToHour) walked.
type BackstopSettlement struct {
	CommitmentID uint64       `json:"commitment_id"`
	AssetID      uint64       `json:"asset_id"`
	FromHour     uint64       `json:"from_hour"`
	ToHour       uint64       `json:"to_hour"`
	Paid         money.Amount `json:"paid"`
	Left         money.Amount `json:"left"`
	Finished     bool         `json:"finished"`
	Hours        []IdleHour   `json:"hours"`
}

// BackstopRelease is a release: Amount returned, Deferred when the token
// refused the push and it is owed to the provider instead.
type BackstopRelease struct {
	CommitmentID uint64         `json:"commitment_id"`
	Provider     common.Address `json:"provider"`
	Amount       money.Amount   `json:"amount"`
	Deferred     bool           `json:"deferred"`
}

// Backstop is a client of the CapacityBackstop. It is safe for concurrent
// use; approve + commit pairs of one sender run one at a time.
type Backstop struct {
	addr  common.Address
	abi   *capacitybackstop.CapacityBackstop
	call  Caller
	token *Stablecoin

	allowLocks sync.Map // common.Address -> *sync.Mutex: held across approve + commit
}

// NewBackstop returns a client of the CapacityBackstop at addr paying in token.
func NewBackstop(call Caller, addr common.Address, token *Stablecoin) *Backstop {
	return &Backstop{addr: addr, abi: capacitybackstop.NewCapacityBackstop(), call: call, token: token}
}

// Address returns the contract's address.
func (b *Backstop) Address() common.Address { return b.addr }

// Commit commits spec.Amount of s's stablecoin (approve, then commit) and
// returns the new commitment's id. s becomes its provider.
func (b *Backstop) Commit(ctx context.Context, s Sender, spec BackstopSpec) (uint64, *types.Receipt, error) {
	what := fmt.Sprintf("commit %s to asset %d's backstop", spec.Amount, spec.AssetID)
	if err := spec.Validate(); err != nil {
		return 0, nil, fmt.Errorf("%s: %w", what, err)
	}
	rcpt, err := withAllowance(ctx, &b.allowLocks, b.token, s, b.addr, spec.Amount, func() (*types.Receipt, error) {
		return send(ctx, s, b.addr, what, b.abi.PackCommit(u256(spec.AssetID), spec.FloorPricePerGPUHour.Units(),
			spec.Amount.Units(), spec.Hours, spec.Take))
	})
	if err != nil {
		return 0, nil, err
	}
	id, err := b.CommittedIn(rcpt)
	return id, rcpt, err
}

// Settle walks the ended hours of the commitment's term since the last
// settle, at most maxHours (0: BackstopMaxHoursPerSettle), and pays their
// idle GPU-hours. Anyone may. An hour not yet ended is refused on chain
// (HourNotEnded).
func (b *Backstop) Settle(ctx context.Context, s Sender, id uint64, maxHours uint32) (BackstopSettlement, *types.Receipt, error) {
	if maxHours == 0 {
		maxHours = BackstopMaxHoursPerSettle
	}
	rcpt, err := send(ctx, s, b.addr, fmt.Sprintf("settle backstop %d", id), b.abi.PackSettle(u256(id), big.NewInt(int64(maxHours))))
	if err != nil {
		return BackstopSettlement{}, nil, err
	}
	st, err := b.SettledIn(rcpt)
	return st, rcpt, err
}

// Release returns what is left of a finished commitment to its provider,
// s. A push the token refuses is owed instead (Deferred; WithdrawReturn).
func (b *Backstop) Release(ctx context.Context, s Sender, id uint64) (BackstopRelease, *types.Receipt, error) {
	rcpt, err := send(ctx, s, b.addr, fmt.Sprintf("release backstop %d", id), b.abi.PackRelease(u256(id)))
	if err != nil {
		return BackstopRelease{}, nil, err
	}
	r, err := b.ReleasedIn(rcpt)
	return r, rcpt, err
}

// WithdrawReturn pays s the returns owed to it after refused pushes.
func (b *Backstop) WithdrawReturn(ctx context.Context, s Sender) (money.Amount, *types.Receipt, error) {
	return sendForPayment(ctx, s, b.addr, "withdraw backstop returns owed", "ReturnWithdrawn", b.abi.PackWithdrawReturn(),
		b.abi.UnpackReturnWithdrawnEvent, func(ev *capacitybackstop.CapacityBackstopReturnWithdrawn) *big.Int { return ev.Amount })
}

// Commitment returns a commitment at the latest block; an id never issued
// returns the decoded UnknownCommitment revert.
func (b *Backstop) Commitment(ctx context.Context, id uint64) (Commitment, error) {
	out, err := b.read(ctx, b.abi.PackCommitmentOf(u256(id)))
	if err != nil {
		return Commitment{}, fmt.Errorf("backstop %d: %w", id, err)
	}
	r, err := b.abi.UnpackCommitmentOf(out)
	if err != nil {
		return Commitment{}, fmt.Errorf("backstop %d: %w", id, err)
	}
	var conv amounts
	c := Commitment{
		ID: id, AssetID: r.AssetId, Provider: r.Provider, Status: CommitmentStatus(r.Status), Take: r.Take,
		GPUCount: r.GpuCount, FloorPricePerGPUHour: conv.of(r.FloorPricePerGpuHour), Hours: r.HoursTerm,
		StartHour: uint64(r.StartHour), Start: unixTime(uint64(r.StartHour) * 3600),
		End:    unixTime((uint64(r.StartHour) + uint64(r.HoursTerm)) * 3600),
		Amount: conv.of(r.Amount), Paid: conv.of(r.Paid), Returned: conv.of(r.Returned),
		IdleGPUSeconds: r.IdleGpuSeconds.Uint64(), GPUSecondsBought: r.GpuSecondsBought.Uint64(),
	}
	if r.CursorHour > r.StartHour {
		c.HoursSettled = r.CursorHour - r.StartHour
	}
	c.Left = conv.of(new(big.Int).Sub(new(big.Int).Sub(r.Amount, r.Paid), r.Returned))
	return c, conv.err
}

// Guarantee returns what the commitment still guarantees (zero unless active).
func (b *Backstop) Guarantee(ctx context.Context, id uint64) (Guarantee, error) {
	out, err := b.read(ctx, b.abi.PackGuaranteedMinimum(u256(id)))
	if err != nil {
		return Guarantee{}, fmt.Errorf("backstop %d guarantee: %w", id, err)
	}
	r, err := b.abi.UnpackGuaranteedMinimum(out)
	if err != nil {
		return Guarantee{}, fmt.Errorf("backstop %d guarantee: %w", id, err)
	}
	var conv amounts
	g := Guarantee{PerHour: conv.of(r.PerHour), HoursLeft: r.HoursLeft.Uint64(), Total: conv.of(r.Total)}
	return g, conv.err
}

// ActiveCommitmentOf returns the asset's active commitment, 0 when none.
func (b *Backstop) ActiveCommitmentOf(ctx context.Context, assetID uint64) (uint64, error) {
	out, err := b.read(ctx, b.abi.PackActiveCommitmentOf(u256(assetID)))
	if err != nil {
		return 0, fmt.Errorf("active backstop of asset %d: %w", assetID, err)
	}
	id, err := b.abi.UnpackActiveCommitmentOf(out)
	if err != nil {
		return 0, fmt.Errorf("active backstop of asset %d: %w", assetID, err)
	}
	return id.Uint64(), nil
}

// CommitmentCount returns how many commitments were ever made (ids 1..n).
func (b *Backstop) CommitmentCount(ctx context.Context) (uint64, error) {
	out, err := b.read(ctx, b.abi.PackCommitmentCount())
	if err != nil {
		return 0, fmt.Errorf("backstop count: %w", err)
	}
	n, err := b.abi.UnpackCommitmentCount(out)
	if err != nil {
		return 0, fmt.Errorf("backstop count: %w", err)
	}
	return n.Uint64(), nil
}

// TotalHeld returns the commitments' amounts not yet paid or returned.
func (b *Backstop) TotalHeld(ctx context.Context) (money.Amount, error) {
	return readAmount(ctx, b.read, "backstop total held", b.abi.PackTotalHeld(), b.abi.UnpackTotalHeld)
}

// TotalReturnsOwed returns the returns owed to providers after refused pushes.
func (b *Backstop) TotalReturnsOwed(ctx context.Context) (money.Amount, error) {
	return readAmount(ctx, b.read, "backstop returns owed", b.abi.PackTotalReturnsOwed(), b.abi.UnpackTotalReturnsOwed)
}

// ReturnOwed returns what is owed to provider after a refused push.
func (b *Backstop) ReturnOwed(ctx context.Context, provider common.Address) (money.Amount, error) {
	return readAmount(ctx, b.read, "backstop return owed to "+provider.Hex(), b.abi.PackReturnOwed(provider), b.abi.UnpackReturnOwed)
}

// CommittedIn returns the id of the commitment a commit transaction made.
func (b *Backstop) CommittedIn(rcpt *types.Receipt) (uint64, error) {
	for _, l := range logsOf(rcpt, b.addr) {
		if ev, err := b.abi.UnpackCommittedEvent(l); err == nil {
			return ev.CommitmentId.Uint64(), nil
		}
	}
	return 0, fmt.Errorf("tx %s has no Committed event", rcpt.TxHash)
}

// SettledIn returns the settlement of the transaction of rcpt, its hours in order.
func (b *Backstop) SettledIn(rcpt *types.Receipt) (BackstopSettlement, error) {
	var st BackstopSettlement
	var conv amounts
	found := false
	for _, l := range logsOf(rcpt, b.addr) {
		if ev, err := b.abi.UnpackIdleCapacityBoughtEvent(l); err == nil {
			st.Hours = append(st.Hours, IdleHour{CommitmentID: ev.CommitmentId.Uint64(), AssetID: ev.AssetId.Uint64(),
				Hour: ev.Hour.Uint64(), IdleGPUSeconds: ev.IdleGpuSeconds.Uint64(), Amount: conv.of(ev.Amount)})
			continue
		}
		if ev, err := b.abi.UnpackIdleCapacityTakenEvent(l); err == nil && len(st.Hours) > 0 {
			st.Hours[len(st.Hours)-1].Taken = ev.GpuSeconds.Uint64()
			continue
		}
		if ev, err := b.abi.UnpackCommitmentSettledEvent(l); err == nil {
			found = true
			st.CommitmentID, st.AssetID = ev.CommitmentId.Uint64(), ev.AssetId.Uint64()
			st.FromHour, st.ToHour = ev.FromHour.Uint64(), ev.ToHour.Uint64()
			st.Paid, st.Left = conv.of(ev.Paid), conv.of(ev.Left)
			continue
		}
		if _, err := b.abi.UnpackCommitmentFinishedEvent(l); err == nil {
			st.Finished = true
		}
	}
	if !found {
		return BackstopSettlement{}, fmt.Errorf("tx %s has no CommitmentSettled event", rcpt.TxHash)
	}
	return st, conv.err
}

// ReleasedIn returns the release of the transaction of rcpt.
func (b *Backstop) ReleasedIn(rcpt *types.Receipt) (BackstopRelease, error) {
	var r BackstopRelease
	found := false
	for _, l := range logsOf(rcpt, b.addr) {
		if ev, err := b.abi.UnpackCommitmentReleasedEvent(l); err == nil {
			amt, err := money.FromUnits(ev.Amount)
			if err != nil {
				return BackstopRelease{}, err
			}
			r, found = BackstopRelease{CommitmentID: ev.CommitmentId.Uint64(), Provider: ev.Provider, Amount: amt}, true
		}
		if _, err := b.abi.UnpackReturnDeferredEvent(l); err == nil {
			r.Deferred = true
		}
	}
	if !found {
		return BackstopRelease{}, fmt.Errorf("tx %s has no CommitmentReleased event", rcpt.TxHash)
	}
	return r, nil
}

func (b *Backstop) read(ctx context.Context, data []byte) ([]byte, error) {
	return b.call.CallContract(ctx, ethereum.CallMsg{To: &b.addr, Data: data}, nil)
}
