package ledger

import (
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/ledger/internal/enc"
	"github.com/gpuledger/gpuledger/money"
)

var marketABI = leasemarket.NewLeaseMarket()

// The contract's LeaseStatus and CloseReason enums, by value.
var (
	leaseStatuses = [...]contracts.LeaseStatus{"", contracts.LeaseActive, contracts.LeaseOverdrawn,
		contracts.LeaseClosing, contracts.LeaseEnded}
	closeReasons = [...]contracts.CloseReason{"", contracts.ReasonExpired, contracts.ReasonClosedByRenter,
		contracts.ReasonOutOfFunds}
)

func unixUTC(sec uint64) time.Time { return time.Unix(int64(sec), 0).UTC() }

// ------------------------------------------------------------------ listings

func onListingCreated(c *logCtx) error {
	ev, err := marketABI.UnpackListingCreatedEvent(c.log)
	if err != nil {
		return malformed("ListingCreated: %v", err)
	}
	listingID, err := id("listing id", ev.ListingId)
	if err != nil {
		return err
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	price, err := amount("price per GPU-hour", ev.PricePerGpuHour)
	if err != nil {
		return err
	}
	if c.get(bListings, idKey(listingID)) != nil {
		return inconsistent("listing %d created twice", listingID)
	}
	l := contracts.Listing{
		ID: listingID, AssetID: assetID, Active: true,
		ListingSpec: contracts.ListingSpec{
			GPUs: ev.Gpus, PricePerGPUHour: price, MinHours: ev.MinHours, MaxHours: ev.MaxHours,
			SLAAvailabilityBps: ev.SlaAvailabilityBps, CreditBps: ev.CreditBps,
			MinPrepaidHours: ev.MinPrepaidHours, GraceSeconds: ev.GraceSeconds,
		},
	}
	if err := c.putJSON(bListings, idKey(listingID), l); err != nil {
		return err
	}
	return c.put(bListingsByAsset, idIDKey(assetID, listingID), []byte{})
}

func (c *logCtx) loadListing(listingID uint64) (contracts.Listing, error) {
	var l contracts.Listing
	ok, err := c.getJSON(bListings, idKey(listingID), &l)
	if err != nil {
		return l, err
	}
	if !ok {
		return l, inconsistent("listing %d is not in the mirror", listingID)
	}
	return l, nil
}

func onListingPriceChanged(c *logCtx) error {
	ev, err := marketABI.UnpackListingPriceChangedEvent(c.log)
	if err != nil {
		return malformed("ListingPriceChanged: %v", err)
	}
	listingID, err := id("listing id", ev.ListingId)
	if err != nil {
		return err
	}
	price, err := amount("new price", ev.NewPrice)
	if err != nil {
		return err
	}
	l, err := c.loadListing(listingID)
	if err != nil {
		return err
	}
	l.PricePerGPUHour = price
	if err := c.putJSON(bListings, idKey(listingID), l); err != nil {
		return err
	}
	return c.recordFixedPrice(listingID, price)
}

func onListingActiveChanged(c *logCtx) error {
	ev, err := marketABI.UnpackListingActiveChangedEvent(c.log)
	if err != nil {
		return malformed("ListingActiveChanged: %v", err)
	}
	listingID, err := id("listing id", ev.ListingId)
	if err != nil {
		return err
	}
	l, err := c.loadListing(listingID)
	if err != nil {
		return err
	}
	l.Active = ev.Active
	return c.putJSON(bListings, idKey(listingID), l)
}

// -------------------------------------------------------------------- leases

// loadLease reads the mirrored lease an event names: an id too large is
// malformed, a lease missing from the mirror makes the log inconsistent.
func (c *logCtx) loadLease(raw *big.Int) (contracts.Lease, error) {
	var l contracts.Lease
	leaseID, err := id("lease id", raw)
	if err != nil {
		return l, err
	}
	ok, err := c.getJSON(bLeases, idKey(leaseID), &l)
	if err != nil {
		return l, err
	}
	if !ok {
		return l, inconsistent("lease %d is not in the mirror", leaseID)
	}
	return l, nil
}

// escrowOf is deposit - released - refunded, or an error when the mirror's
// figures would make it negative.
func escrowOf(l contracts.Lease) (money.Amount, error) {
	e, err := l.Deposit.Sub(l.Released)
	if err == nil {
		e, err = e.Sub(l.Refunded)
	}
	if err != nil {
		return money.Amount{}, inconsistent("lease %d: deposit %s < released %s + refunded %s", l.ID, l.Deposit, l.Released, l.Refunded)
	}
	return e, nil
}

// onLeaseCreated records the lease, reserves its GPUs on the listing and
// books the deposit into the lease's escrow.
func onLeaseCreated(c *logCtx) error {
	ev, err := evLeaseCreated.unpack(c.log)
	if err != nil {
		return malformed("LeaseCreated: %v", err)
	}
	leaseID, err := id("lease id", ev.LeaseId)
	if err != nil {
		return err
	}
	listingID, err := id("listing id", ev.ListingId)
	if err != nil {
		return err
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	price, err := amount("price per GPU-hour", ev.PricePerGpuHour)
	if err != nil {
		return err
	}
	deposit, err := amount("deposit", ev.Deposit)
	if err != nil {
		return err
	}
	if c.get(bLeases, idKey(leaseID)) != nil {
		return inconsistent("lease %d created twice", leaseID)
	}
	lst, err := c.loadListing(listingID)
	if err != nil {
		return err
	}
	l := contracts.Lease{
		ID: leaseID, ListingID: listingID, AssetID: assetID, Renter: ev.Renter, GPUs: ev.Gpus,
		PricePerGPUHour: price, Start: unixUTC(ev.Start), End: unixUTC(ev.End), SettledUntil: unixUTC(ev.Start),
		Deposit: deposit, Escrow: deposit, Status: contracts.LeaseActive,
		// Fixed when the listing was created.
		GraceSeconds: lst.GraceSeconds, SLAAvailabilityBps: lst.SLAAvailabilityBps, CreditBps: lst.CreditBps,
	}
	assetLeased, err := c.assetLeasedGPUs(assetID)
	if err != nil {
		return err
	}
	if assetLeased+uint64(ev.Gpus) > math.MaxUint32 {
		return inconsistent("asset %d would have %d GPUs leased", assetID, assetLeased+uint64(ev.Gpus))
	}
	lst.LeasedGPUs += ev.Gpus
	if err := c.putJSON(bListings, idKey(listingID), lst); err != nil {
		return err
	}
	if err := c.putAssetLeasedGPUs(assetID, assetLeased+uint64(ev.Gpus)); err != nil {
		return err
	}
	if err := c.putLease(l, ""); err != nil {
		return err
	}
	if err := c.putEntityLog(entityLease, leaseID, "LeaseCreated"); err != nil {
		return err
	}
	if err := c.recordLeasePrice(l); err != nil {
		return err
	}
	return c.post(KindLeaseDeposit, Posting{Source: Wallet(ev.Renter), Destination: LeaseEscrow(leaseID), Amount: deposit})
}

// assetLeasedGPUs returns the GPUs of an asset held by its unretired
// leases, under all its listings (the contract's leasedGpus(assetId)).
func (c *logCtx) assetLeasedGPUs(assetID uint64) (uint64, error) {
	raw := c.get(bAssetLeased, idKey(assetID))
	switch len(raw) {
	case 0:
		return 0, nil
	case 4:
		return uint64(enc.ReadU32(raw)), nil
	}
	return 0, fmt.Errorf("ledger: leased GPUs of asset %d: bad value %x", assetID, raw)
}

// putAssetLeasedGPUs stores an asset's leased GPUs (deleting a zero).
func (c *logCtx) putAssetLeasedGPUs(assetID, n uint64) error {
	if n == 0 {
		return c.del(bAssetLeased, idKey(assetID))
	}
	if n > math.MaxUint32 {
		return fmt.Errorf("ledger: asset %d: %d GPUs leased do not fit 32 bits", assetID, n)
	}
	return c.put(bAssetLeased, idKey(assetID), enc.AppendU32(nil, uint32(n)))
}

// putLease stores a lease and keeps its indexes; prevStatus is the status
// it was indexed under ("" for a new lease).
func (c *logCtx) putLease(l contracts.Lease, prevStatus contracts.LeaseStatus) error {
	if err := c.putJSON(bLeases, idKey(l.ID), l); err != nil {
		return err
	}
	if prevStatus == "" {
		if err := c.put(bLeasesByRenter, addrIDKey(l.Renter, l.ID), []byte{}); err != nil {
			return err
		}
		if err := c.put(bLeasesByAsset, idIDKey(l.AssetID, l.ID), []byte{}); err != nil {
			return err
		}
		if err := c.put(bLeasesHeld, idIDKey(l.AssetID, l.ID), []byte{}); err != nil {
			return err
		}
	} else if prevStatus != l.Status {
		if err := c.del(bLeasesByStatus, statusKey(string(prevStatus), l.ID)); err != nil {
			return err
		}
	}
	if prevStatus != l.Status {
		return c.put(bLeasesByStatus, statusKey(string(l.Status), l.ID), []byte{})
	}
	return nil
}

func onLeaseToppedUp(c *logCtx) error {
	ev, err := marketABI.UnpackLeaseToppedUpEvent(c.log)
	if err != nil {
		return malformed("LeaseToppedUp: %v", err)
	}
	amt, err := amount("top-up", ev.Amount)
	if err != nil {
		return err
	}
	deposited, err := amount("deposited", ev.Deposited)
	if err != nil {
		return err
	}
	l, err := c.loadLease(ev.LeaseId)
	if err != nil {
		return err
	}
	if l.Deposit.Add(amt).Cmp(deposited) != 0 {
		c.warn("lease deposit diverges from the chain", "lease", l.ID, "mirror", l.Deposit.Add(amt), "chain", deposited)
	}
	l.Deposit = deposited
	_, err = c.bookLeaseMoney(l, KindLeaseTopUp, Posting{Source: Wallet(ev.From), Destination: LeaseEscrow(l.ID), Amount: amt})
	return err
}

// bookLeaseMoney stores a lease whose deposit, released or refunded
// changed, with its escrow recomputed from them, and books the postings
// that moved the money (zero ones dropped). It returns the escrow.
func (c *logCtx) bookLeaseMoney(l contracts.Lease, kind Kind, ps ...Posting) (money.Amount, error) {
	escrow, err := escrowOf(l)
	if err != nil {
		return money.Amount{}, err
	}
	l.Escrow = escrow
	if err := c.putLease(l, l.Status); err != nil {
		return money.Amount{}, err
	}
	return escrow, c.post(kind, ps...)
}

// debtPosting returns the posting that brings a lease's debt account to
// debt, the chain's figure: unpaid:asset -> debt:lease by what it grew,
// debt:lease -> unpaid:asset by what it shrank (a top-up paid it), or a
// zero posting (which books nothing) when it did not change. It writes
// nothing.
func (c *logCtx) debtPosting(l contracts.Lease, debt *big.Int) (Posting, error) {
	if _, err := amount("debt", debt); err != nil {
		return Posting{}, err
	}
	booked, err := c.balance(LeaseDebt(l.ID))
	if err != nil {
		return Posting{}, err
	}
	diff := new(big.Int).Sub(debt, booked)
	p := Posting{Source: AssetUnpaid(l.AssetID), Destination: LeaseDebt(l.ID), Amount: money.MustFromUnits(new(big.Int).Abs(diff))}
	if diff.Sign() < 0 {
		p = p.Reverse()
	}
	return p, nil
}

// onLeaseSettled advances the lease's settlement and books what it
// released from escrow to the asset's revenue account (the distributor's
// RevenueDeposited that follows splits it), and the change of the lease's
// debt (what it accrued and could not pay) in the same entry.
func onLeaseSettled(c *logCtx) error {
	ev, err := evLeaseSettled.unpack(c.log)
	if err != nil {
		return malformed("LeaseSettled: %v", err)
	}
	released, err := amount("released", ev.Released)
	if err != nil {
		return err
	}
	credit, err := amount("credit", ev.Credit)
	if err != nil {
		return err
	}
	escrow, err := amount("escrow", ev.Escrow)
	if err != nil {
		return err
	}
	l, err := c.loadLease(ev.LeaseId)
	if err != nil {
		return err
	}
	debt, err := c.debtPosting(l, ev.Debt)
	if err != nil {
		return err
	}
	l.SettledUntil = unixUTC(ev.To)
	l.Released = l.Released.Add(released)
	l.Credited = l.Credited.Add(credit)
	kind := KindLeaseRelease
	if released.IsZero() {
		kind = KindLeaseDebt
	}
	mirrored, err := c.bookLeaseMoney(l, kind,
		Posting{Source: LeaseEscrow(l.ID), Destination: AssetRevenue(l.AssetID), Amount: released}, debt)
	if err == nil && mirrored.Cmp(escrow) != 0 {
		c.warn("lease escrow diverges from the chain", "lease", l.ID, "mirror", mirrored, "chain", escrow)
	}
	return err
}

func onSlaCredited(c *logCtx) error {
	ev, err := marketABI.UnpackSlaCreditedEvent(c.log)
	if err != nil {
		return malformed("SlaCredited: %v", err)
	}
	leaseID, err := id("lease id", ev.LeaseId)
	if err != nil {
		return err
	}
	due, err := amount("due", ev.Due)
	if err != nil {
		return err
	}
	credit, err := amount("credit", ev.Credit)
	if err != nil {
		return err
	}
	if c.get(bLeases, idKey(leaseID)) == nil {
		return inconsistent("SLA credit for lease %d, which is not in the mirror", leaseID)
	}
	sc := SLACredit{LeaseID: leaseID, Epoch: ev.Epoch, AvailabilityBps: ev.AvailabilityBps, TargetBps: ev.TargetBps,
		Due: due, Credit: credit, Time: c.blk.Time, Ref: c.ref}
	return c.putJSON(bSLACredits, idIDKey(leaseID, ev.Epoch), sc)
}

func onLeaseStatusChanged(c *logCtx) error {
	ev, err := evLeaseStatusChanged.unpack(c.log)
	if err != nil {
		return malformed("LeaseStatusChanged: %v", err)
	}
	if ev.Status == 0 || int(ev.Status) >= len(leaseStatuses) {
		return malformed("LeaseStatusChanged: unknown status %d", ev.Status)
	}
	l, err := c.loadLease(ev.LeaseId)
	if err != nil {
		return err
	}
	prev := l.Status
	l.Status = leaseStatuses[ev.Status]
	return c.putLease(l, prev)
}

func onLeaseClosed(c *logCtx) error {
	ev, err := marketABI.UnpackLeaseClosedEvent(c.log)
	if err != nil {
		return malformed("LeaseClosed: %v", err)
	}
	if int(ev.Reason) >= len(closeReasons) {
		return malformed("LeaseClosed: unknown reason %d", ev.Reason)
	}
	l, err := c.loadLease(ev.LeaseId)
	if err != nil {
		return err
	}
	l.End = unixUTC(ev.End)
	l.CloseReason = closeReasons[ev.Reason]
	if err := c.putEntityLog(entityLease, l.ID, "LeaseClosed"); err != nil {
		return err
	}
	return c.putLease(l, l.Status)
}

func onLeaseEnded(c *logCtx) error {
	ev, err := evLeaseEnded.unpack(c.log)
	if err != nil {
		return malformed("LeaseEnded: %v", err)
	}
	if int(ev.Reason) >= len(closeReasons) {
		return malformed("LeaseEnded: unknown reason %d", ev.Reason)
	}
	l, err := c.loadLease(ev.LeaseId)
	if err != nil {
		return err
	}
	// The settlement just before in the same transaction booked the debt;
	// LeaseEnded's is the final word, so a divergence is corrected here.
	debt, err := c.debtPosting(l, ev.Unpaid)
	if err != nil {
		return err
	}
	if !debt.Amount.IsZero() {
		c.warn("lease debt diverges from the chain at its end", "lease", l.ID, "correction", debt.String())
	}
	l.CloseReason = closeReasons[ev.Reason]
	if err := c.putLease(l, l.Status); err != nil {
		return err
	}
	return c.post(KindLeaseDebt, debt)
}

// onLeaseRefunded books unspent escrow back to the renter's wallet.
func onLeaseRefunded(c *logCtx) error {
	ev, err := evLeaseRefunded.unpack(c.log)
	if err != nil {
		return malformed("LeaseRefunded: %v", err)
	}
	amt, err := amount("refund", ev.Amount)
	if err != nil {
		return err
	}
	l, err := c.loadLease(ev.LeaseId)
	if err != nil {
		return err
	}
	l.Refunded = l.Refunded.Add(amt)
	_, err = c.bookLeaseMoney(l, KindLeaseRefund, Posting{Source: LeaseEscrow(l.ID), Destination: Wallet(ev.Renter), Amount: amt})
	return err
}

// onLeaseRetired frees the lease's GPUs on its listing.
func onLeaseRetired(c *logCtx) error {
	ev, err := evLeaseRetired.unpack(c.log)
	if err != nil {
		return malformed("LeaseRetired: %v", err)
	}
	l, err := c.loadLease(ev.LeaseId)
	if err != nil {
		return err
	}
	if l.Retired {
		return inconsistent("lease %d retired twice", l.ID)
	}
	lst, err := c.loadListing(l.ListingID)
	if err != nil {
		return err
	}
	if lst.LeasedGPUs < l.GPUs {
		return inconsistent("listing %d has %d GPUs leased, lease %d frees %d", lst.ID, lst.LeasedGPUs, l.ID, l.GPUs)
	}
	assetLeased, err := c.assetLeasedGPUs(l.AssetID)
	if err != nil {
		return err
	}
	if assetLeased < uint64(l.GPUs) {
		return inconsistent("asset %d has %d GPUs leased, lease %d frees %d", l.AssetID, assetLeased, l.ID, l.GPUs)
	}
	lst.LeasedGPUs -= l.GPUs
	l.Retired = true
	if err := c.putJSON(bListings, idKey(lst.ID), lst); err != nil {
		return err
	}
	if err := c.putAssetLeasedGPUs(l.AssetID, assetLeased-uint64(l.GPUs)); err != nil {
		return err
	}
	if err := c.del(bLeasesHeld, idIDKey(l.AssetID, l.ID)); err != nil {
		return err
	}
	return c.putLease(l, l.Status)
}
