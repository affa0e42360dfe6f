package ledger

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// Handlers of the revenue distributor (the RevenueDistributor side of
// GPUAsset). The pool and holder state they keep is the contract's own
// (acc, dust, snapshots, unclaimed, totals), so that claimable amounts can
// be computed without asking the chain.

func onAssetFeesChanged(c *logCtx) error {
	ev, err := assetABI.UnpackAssetFeesChangedEvent(c.log)
	if err != nil {
		return malformed("AssetFeesChanged: %v", err)
	}
	a, err := c.loadAsset(ev.AssetId)
	if err != nil {
		return err
	}
	p, err := c.loadPool(a.ID)
	if err != nil {
		return err
	}
	a.OperatorFeeBps, a.ReserveBps = ev.OperatorFeeBps, ev.ReserveBps
	p.OperatorFeeBps, p.ReserveBps = ev.OperatorFeeBps, ev.ReserveBps
	if err := c.putJSON(bAssets, idKey(a.ID), a); err != nil {
		return err
	}
	return c.putJSON(bPools, idKey(a.ID), p)
}

// onRevenueDeposited books a deposit's split. Rent released by the market
// comes out of the asset's revenue account (where LeaseSettled put it);
// anyone else's deposit comes out of the depositor's wallet.
func onRevenueDeposited(c *logCtx) error {
	ev, err := evRevenueDeposited.unpack(c.log)
	if err != nil {
		return malformed("RevenueDeposited: %v", err)
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	var amts [5]money.Amount
	for i, v := range []*big.Int{ev.Gross, ev.PlatformFee, ev.OperatorFee, ev.Reserve, ev.Holders} {
		if amts[i], err = amount("RevenueDeposited amount", v); err != nil {
			return err
		}
	}
	gross, platformFee, operatorFee, reserve, holders := amts[0], amts[1], amts[2], amts[3], amts[4]
	if amountsSum(platformFee, operatorFee, reserve, holders).Cmp(gross.Units()) != 0 {
		return malformed("RevenueDeposited: split %s+%s+%s+%s does not add up to gross %s",
			platformFee, operatorFee, reserve, holders, gross)
	}
	if ev.AccRevenuePerShare == nil || ev.CarriedDust == nil || ev.AccRevenuePerShare.Sign() <= 0 || ev.CarriedDust.Sign() < 0 {
		return malformed("RevenueDeposited: bad accumulator %v or dust %v", ev.AccRevenuePerShare, ev.CarriedDust)
	}
	p, err := c.loadPool(assetID)
	if err != nil {
		return err
	}
	// The contract: total = holders x ACC_SCALE + dust; acc += total / supply;
	// dust = total mod supply. The event carries the result; a mirror whose
	// own arithmetic disagrees has lost track of the supply or the dust.
	if supply := p.supply(); supply.Sign() > 0 {
		total := new(big.Int).Mul(holders.Units(), contracts.AccScale)
		total.Add(total, p.dust())
		step, dust := new(big.Int).QuoRem(total, supply, new(big.Int))
		acc := step.Add(step, p.acc())
		if acc.Cmp(ev.AccRevenuePerShare) != 0 || dust.Cmp(ev.CarriedDust) != 0 {
			c.warn("revenue pool diverges from the chain", "asset", assetID,
				"acc_mirror", acc, "acc_chain", ev.AccRevenuePerShare, "dust_mirror", dust, "dust_chain", ev.CarriedDust)
		}
	}
	p.AccRevenuePerShare = ev.AccRevenuePerShare.String()
	p.CarriedDust = ev.CarriedDust.String()
	p.Gross = p.Gross.Add(gross)
	p.PlatformFees = p.PlatformFees.Add(platformFee)
	p.OperatorFees = p.OperatorFees.Add(operatorFee)
	p.ReserveAccrued = p.ReserveAccrued.Add(reserve)
	p.Holders = p.Holders.Add(holders)
	if err := c.putJSON(bPools, idKey(assetID), p); err != nil {
		return err
	}
	src := Wallet(ev.From)
	if ev.From == c.reg.market || (ev.From == c.reg.backstop && ev.From != common.Address{}) {
		// The backstop's payments reach the revenue account at
		// IdleCapacityBought, before this deposit in the same transaction.
		src = AssetRevenue(assetID)
	}
	return c.post(KindRevenueSplit,
		Posting{Source: src, Destination: PlatformFees, Amount: platformFee},
		Posting{Source: src, Destination: OperatorFees(assetID), Amount: operatorFee},
		Posting{Source: src, Destination: AssetReserve(assetID), Amount: reserve},
		Posting{Source: src, Destination: AssetHolders(assetID), Amount: holders},
	)
}

// onRevenueClaimed mirrors the distributor's _claim: the holder is settled
// to the pool's acc, its whole units are paid and its sub-unit fraction
// stays with it. The CreditVault's claims (its sweeps of pledged shares'
// revenue) go to vault:revenue:asset, not to a wallet.
func onRevenueClaimed(c *logCtx) error {
	ev, err := assetABI.UnpackRevenueClaimedEvent(c.log)
	if err != nil {
		return malformed("RevenueClaimed: %v", err)
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	amt, err := amount("RevenueClaimed amount", ev.Amount)
	if err != nil {
		return err
	}
	p, err := c.loadPool(assetID)
	if err != nil {
		return err
	}
	h := new(holdingRecord)
	ok, err := c.getJSON(bHoldings, idAddrKey(assetID, ev.Holder), h)
	if err != nil {
		return err
	}
	if !ok {
		return inconsistent("%s claimed %s of asset %d but holds nothing in the mirror", ev.Holder, amt, assetID)
	}
	acc := p.acc()
	due, frac := h.accrued(acc)
	if due.Cmp(amt.Units()) != 0 {
		c.warn("claim differs from the mirror's claimable", "asset", assetID, "holder", ev.Holder,
			"claimed", amt, "mirror", money.MustFromUnits(due))
	}
	h.setAccount(acc, new(big.Int), frac)
	h.Claimed = h.Claimed.Add(amt)
	p.Claimed = p.Claimed.Add(amt)
	if err := c.putJSON(bPools, idKey(assetID), p); err != nil {
		return err
	}
	if err := c.putHolding(assetID, ev.Holder, h); err != nil {
		return err
	}
	cl := Claim{AssetID: assetID, Holder: ev.Holder, Amount: amt, Time: c.blk.Time, Ref: c.ref}
	if err := c.putJSON(bClaims, append(idAddrKey(assetID, ev.Holder), refSuffix(c.ref)...), cl); err != nil {
		return err
	}
	if err := c.put(bClaimsByHolder, append(append([]byte{}, ev.Holder[:]...), refSuffix(c.ref)...), idKey(assetID)); err != nil {
		return err
	}
	dst := Wallet(ev.Holder)
	if ev.Holder == c.reg.vault && c.reg.vault != (common.Address{}) {
		// The CreditVault claims its pledged shares' revenue in a sweep;
		// it stays in the vault for the asset's loans.
		dst = VaultRevenue(assetID)
	}
	return c.post(KindRevenueClaim, Posting{Source: AssetHolders(assetID), Destination: dst, Amount: amt})
}

func onOperatorFeesWithdrawn(c *logCtx) error {
	ev, err := assetABI.UnpackOperatorFeesWithdrawnEvent(c.log)
	if err != nil {
		return malformed("OperatorFeesWithdrawn: %v", err)
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	amt, err := amount("OperatorFeesWithdrawn amount", ev.Amount)
	if err != nil {
		return err
	}
	p, err := c.loadPool(assetID)
	if err != nil {
		return err
	}
	p.OperatorFeesWithdrawn = p.OperatorFeesWithdrawn.Add(amt)
	if err := c.putJSON(bPools, idKey(assetID), p); err != nil {
		return err
	}
	return c.post(KindOperatorFeeWithdrawal, Posting{Source: OperatorFees(assetID), Destination: Wallet(ev.Operator), Amount: amt})
}

func onReserveWithdrawn(c *logCtx) error {
	ev, err := assetABI.UnpackReserveWithdrawnEvent(c.log)
	if err != nil {
		return malformed("ReserveWithdrawn: %v", err)
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	amt, err := amount("ReserveWithdrawn amount", ev.Amount)
	if err != nil {
		return err
	}
	p, err := c.loadPool(assetID)
	if err != nil {
		return err
	}
	p.ReserveWithdrawn = p.ReserveWithdrawn.Add(amt)
	if err := c.putJSON(bPools, idKey(assetID), p); err != nil {
		return err
	}
	w := ReserveWithdrawal{AssetID: assetID, To: ev.To, Amount: amt, Purpose: common.Hash(ev.Purpose), Memo: ev.Memo,
		Time: c.blk.Time, Ref: c.ref}
	if err := c.putJSON(bReserveWithdrawals, append(idKey(assetID), refSuffix(c.ref)...), w); err != nil {
		return err
	}
	return c.post(KindReserveWithdrawal, Posting{Source: AssetReserve(assetID), Destination: Wallet(ev.To), Amount: amt})
}

func onPlatformFeesWithdrawn(c *logCtx) error {
	ev, err := assetABI.UnpackPlatformFeesWithdrawnEvent(c.log)
	if err != nil {
		return malformed("PlatformFeesWithdrawn: %v", err)
	}
	amt, err := amount("PlatformFeesWithdrawn amount", ev.Amount)
	if err != nil {
		return err
	}
	return c.post(KindPlatformFeeWithdrawal, Posting{Source: PlatformFees, Destination: Wallet(ev.To), Amount: amt})
}

// onRefundDeferred moves a refund whose push failed from the renter's
// wallet, where the LeaseRefunded before it (same transaction) booked it,
// to what the revenue account owes the renter.
func onRefundDeferred(c *logCtx) error {
	ev, err := assetABI.UnpackRefundDeferredEvent(c.log)
	if err != nil {
		return malformed("RefundDeferred: %v", err)
	}
	amt, err := amount("RefundDeferred amount", ev.Amount)
	if err != nil {
		return err
	}
	return c.post(KindRefundDeferred, Posting{Source: Wallet(ev.To), Destination: RefundsOwed(ev.To), Amount: amt})
}

// onRefundWithdrawn pays refunds owed to a renter into its wallet.
func onRefundWithdrawn(c *logCtx) error {
	ev, err := assetABI.UnpackRefundWithdrawnEvent(c.log)
	if err != nil {
		return malformed("RefundWithdrawn: %v", err)
	}
	amt, err := amount("RefundWithdrawn amount", ev.Amount)
	if err != nil {
		return err
	}
	return c.post(KindRefundWithdrawal, Posting{Source: RefundsOwed(ev.To), Destination: Wallet(ev.To), Amount: amt})
}
