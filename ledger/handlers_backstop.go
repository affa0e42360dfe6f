package ledger

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/capacitybackstop"
	"github.com/gpuledger/gpuledger/money"
)

// Handlers of the capacity backstop (docs/backstop.md). Committed moves the
// provider's money into its commitment's account; each hour's payment
// (IdleCapacityBought) moves it on to the asset's revenue account, which
// GPUAsset's RevenueDeposited from the backstop, in the same transaction,
// splits like rent; a release returns what is left to the provider's
// wallet, or to what the backstop owes it when the push failed. The
// backstop's own token transfers are not booked again (a covered
// contract), so at every block
//
//	backstop's token balance = sum of backstop:commitment:* + sum of backstop:owed:*.

var backstopABI = capacitybackstop.NewCapacityBackstop()

// Entry kinds of the capacity backstop.
const (
	// KindBackstopCommit is a commitment: provider's wallet → backstop:commitment:id.
	KindBackstopCommit Kind = "backstop_commit"
	// KindBackstopPayment is an hour's idle GPU-hours bought: commitment → the asset's revenue.
	KindBackstopPayment Kind = "backstop_payment"
	// KindBackstopReturn is a release: commitment → provider's wallet.
	KindBackstopReturn Kind = "backstop_return"
	// KindBackstopReturnDeferred moves a return the token refused to what the backstop owes the provider.
	KindBackstopReturnDeferred Kind = "backstop_return_deferred"
	// KindBackstopReturnWithdrawal pays a deferred return.
	KindBackstopReturnWithdrawal Kind = "backstop_return_withdrawal"
)

// BackstopCommitment is what a commitment still holds: amount − paid − returned.
func BackstopCommitment(id uint64) Account { return idAccount(prefixBackstop, id) }

// BackstopOwed is what the backstop owes a provider whose return it could not push.
func BackstopOwed(provider common.Address) Account {
	return Account(prefixBackstopOwed + string(Wallet(provider))[len(prefixWallet):])
}

func (c *logCtx) loadBackstop(raw *big.Int) (*Backstop, error) {
	bid, err := id("commitment id", raw)
	if err != nil {
		return nil, err
	}
	b := new(Backstop)
	ok, err := c.getJSON(bBackstops, idKey(bid), b)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, inconsistent("unknown backstop commitment %d", bid)
	}
	return b, nil
}

func (c *logCtx) saveBackstop(b *Backstop) error { return c.putJSON(bBackstops, idKey(b.ID), b) }

func onBackstopCommitted(c *logCtx) error {
	ev, err := backstopABI.UnpackCommittedEvent(c.log)
	if err != nil {
		return malformed("Committed: %v", err)
	}
	bid, err := id("commitment id", ev.CommitmentId)
	if err != nil {
		return err
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	amt, err := amount("Committed amount", ev.Amount)
	if err != nil {
		return err
	}
	floor, err := amount("Committed floor price", ev.FloorPricePerGpuHour)
	if err != nil {
		return err
	}
	if c.get(bBackstops, idKey(bid)) != nil {
		return inconsistent("backstop commitment %d made twice", bid)
	}
	start := uint64(ev.StartHour)
	b := &Backstop{Commitment: contracts.Commitment{ID: bid, AssetID: assetID, Provider: ev.Provider,
		Status: contracts.CommitmentActive, Take: ev.Take, GPUCount: ev.GpuCount, FloorPricePerGPUHour: floor,
		Hours: ev.HoursTerm, StartHour: start, Start: unixTime(int64(start * 3600)),
		End:    unixTime(int64((start + uint64(ev.HoursTerm)) * 3600)),
		Amount: amt, Paid: money.Zero, Returned: money.Zero, Left: amt},
		Created: c.ref, CreatedAt: c.blk.Time}
	if err := c.saveBackstop(b); err != nil {
		return err
	}
	if err := c.put(bBackstopsByAsset, idIDKey(assetID, bid), []byte{}); err != nil {
		return err
	}
	return c.post(KindBackstopCommit, Posting{Source: Wallet(ev.Provider), Destination: BackstopCommitment(bid), Amount: amt})
}

// onIdleCapacityBought books an hour's payment and keeps the commitment's
// running figures; GPU-seconds bought follow the contract's rule (all the
// idle ones, or what the last of the amount paid for, rounded down).
func onIdleCapacityBought(c *logCtx) error {
	ev, err := backstopABI.UnpackIdleCapacityBoughtEvent(c.log)
	if err != nil {
		return malformed("IdleCapacityBought: %v", err)
	}
	b, err := c.loadBackstop(ev.CommitmentId)
	if err != nil {
		return err
	}
	amt, err := amount("IdleCapacityBought amount", ev.Amount)
	if err != nil {
		return err
	}
	if !ev.IdleGpuSeconds.IsUint64() || !ev.Hour.IsUint64() {
		return malformed("IdleCapacityBought %d: idle or hour out of range", b.ID)
	}
	left, err := b.Left.Sub(amt)
	if err != nil || left.Units().Sign() < 0 {
		return inconsistent("backstop %d pays %s with %s left", b.ID, amt, b.Left)
	}
	idle := ev.IdleGpuSeconds.Uint64()
	floor := b.FloorPricePerGPUHour.Units()
	full := new(big.Int).Mul(ev.IdleGpuSeconds, floor)
	full.Div(full, big.NewInt(3600))
	bought := idle
	if full.Cmp(amt.Units()) != 0 {
		part := new(big.Int).Mul(amt.Units(), big.NewInt(3600))
		bought = min(idle, part.Div(part, floor).Uint64())
	}
	b.Left, b.Paid = left, b.Paid.Add(amt)
	b.IdleGPUSeconds += idle
	b.GPUSecondsBought += bought
	b.HoursSettled = uint32(ev.Hour.Uint64() + 1 - b.StartHour)
	if err := c.saveBackstop(b); err != nil {
		return err
	}
	if amt.IsZero() {
		return nil
	}
	return c.post(KindBackstopPayment, Posting{Source: BackstopCommitment(b.ID), Destination: AssetRevenue(b.AssetID), Amount: amt})
}

func onBackstopFinished(c *logCtx) error {
	ev, err := backstopABI.UnpackCommitmentFinishedEvent(c.log)
	if err != nil {
		return malformed("CommitmentFinished: %v", err)
	}
	b, err := c.loadBackstop(ev.CommitmentId)
	if err != nil {
		return err
	}
	b.Status = contracts.CommitmentFinished
	b.HoursSettled = b.Hours
	return c.saveBackstop(b)
}

func onBackstopReleased(c *logCtx) error {
	ev, err := backstopABI.UnpackCommitmentReleasedEvent(c.log)
	if err != nil {
		return malformed("CommitmentReleased: %v", err)
	}
	b, err := c.loadBackstop(ev.CommitmentId)
	if err != nil {
		return err
	}
	amt, err := amount("CommitmentReleased amount", ev.Amount)
	if err != nil {
		return err
	}
	if amt.Cmp(b.Left) != 0 || b.Status != contracts.CommitmentFinished {
		return inconsistent("backstop %d releases %s, mirror has %s left (%s)", b.ID, amt, b.Left, b.Status)
	}
	b.Status, b.Returned, b.Left = contracts.CommitmentReleased, amt, money.Zero
	if err := c.saveBackstop(b); err != nil {
		return err
	}
	if amt.IsZero() {
		return nil
	}
	return c.post(KindBackstopReturn, Posting{Source: BackstopCommitment(b.ID), Destination: Wallet(ev.Provider), Amount: amt})
}

func onBackstopReturnDeferred(c *logCtx) error {
	ev, err := backstopABI.UnpackReturnDeferredEvent(c.log)
	if err != nil {
		return malformed("ReturnDeferred: %v", err)
	}
	b, err := c.loadBackstop(ev.CommitmentId)
	if err != nil {
		return err
	}
	amt, err := amount("ReturnDeferred amount", ev.Amount)
	if err != nil {
		return err
	}
	b.Deferred = true
	if err := c.saveBackstop(b); err != nil {
		return err
	}
	return c.post(KindBackstopReturnDeferred, Posting{Source: Wallet(ev.Provider), Destination: BackstopOwed(ev.Provider), Amount: amt})
}

func onBackstopReturnWithdrawn(c *logCtx) error {
	ev, err := backstopABI.UnpackReturnWithdrawnEvent(c.log)
	if err != nil {
		return malformed("ReturnWithdrawn: %v", err)
	}
	amt, err := amount("ReturnWithdrawn amount", ev.Amount)
	if err != nil {
		return err
	}
	return c.post(KindBackstopReturnWithdrawal, Posting{Source: BackstopOwed(ev.Provider), Destination: Wallet(ev.Provider), Amount: amt})
}
