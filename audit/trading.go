package audit

import (
	"context"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/sharemarket"
	"github.com/gpuledger/gpuledger/contracts/bindings/teststablecoin"
)

var shareMarketABI = sharemarket.NewShareMarket()

// auditTrading recomputes the share market from its logs alone
// (docs/trading.md): each fill's total as shares x the offer's price and
// its fee as floor(F' x bps / 10000) - floor(F x bps / 10000) from the
// offer's own rate and fill history; the fees and the proceeds the market
// owes (earned or credited, less withdrawn) against feesOwed and
// totalProceedsOwed at the audited block; and that the market holds at
// least that much of the stablecoin. A deployment without a ShareMarket
// has nothing to check.
func (l *Log) auditTrading(ctx context.Context, c Chain, m *contracts.Manifest, res *Result) error {
	addr := m.Address(contracts.ShareMarketName)
	if addr == (common.Address{}) {
		return nil
	}
	type offer struct {
		price, size, filled *big.Int
		bps                 int64
	}
	offers := map[uint64]*offer{}
	fees, proceeds := new(big.Int), new(big.Int)
	events := shareMarketABI.GetABI().Events
	created, filled := events["OfferCreated"].ID, events["OfferFilled"].ID
	feesOut, proceedsOut := events["FeesWithdrawn"].ID, events["ProceedsWithdrawn"].ID
	bad := 0
	for i := range l.Logs {
		lg := &l.Logs[i]
		if lg.Removed || lg.Address != addr || len(lg.Topics) == 0 {
			continue
		}
		switch lg.Topics[0] {
		case created:
			e, err := shareMarketABI.UnpackOfferCreatedEvent(lg)
			if err != nil {
				return decodeErr("OfferCreated", lg, err)
			}
			offers[e.OfferId.Uint64()] = &offer{price: e.PricePerShare, size: e.Shares, filled: new(big.Int), bps: int64(e.FeeBps)}
		case filled:
			e, err := shareMarketABI.UnpackOfferFilledEvent(lg)
			if err != nil {
				return decodeErr("OfferFilled", lg, err)
			}
			o := offers[e.OfferId.Uint64()]
			if o == nil {
				return fmt.Errorf("audit: fill of offer %s that no OfferCreated made (block %d)", e.OfferId, lg.BlockNumber)
			}
			total := new(big.Int).Mul(e.Shares, o.price)
			fee := tradeFee(o.filled, e.Shares, o.price, o.bps)
			o.filled.Add(o.filled, e.Shares)
			left := new(big.Int).Sub(o.size, o.filled)
			if total.Cmp(e.Total) != 0 || fee.Cmp(e.Fee) != 0 || e.PricePerShare.Cmp(o.price) != 0 || left.Cmp(e.Remaining) != 0 {
				bad++
				res.check("offer "+e.OfferId.String()+" fill at block "+strconv.FormatUint(lg.BlockNumber, 10)+": total / fee / remaining",
					amount(total)+" / "+amount(fee)+" / "+left.String(), amount(e.Total)+" / "+amount(e.Fee)+" / "+e.Remaining.String())
			}
			fees.Add(fees, e.Fee)
			if e.Credited {
				proceeds.Add(proceeds, new(big.Int).Sub(e.Total, e.Fee))
			}
		case feesOut:
			e, err := shareMarketABI.UnpackFeesWithdrawnEvent(lg)
			if err != nil {
				return decodeErr("FeesWithdrawn", lg, err)
			}
			fees.Sub(fees, e.Amount)
		case proceedsOut:
			e, err := shareMarketABI.UnpackProceedsWithdrawnEvent(lg)
			if err != nil {
				return decodeErr("ProceedsWithdrawn", lg, err)
			}
			proceeds.Sub(proceeds, e.Amount)
		}
	}
	res.check("ShareMarket fills: total = shares x price and fee = the offer's floor rule, for each", "0 wrong", strconv.Itoa(bad)+" wrong")

	at := new(big.Int).SetUint64(l.To)
	read := func(data []byte, unpack func([]byte) (*big.Int, error), what string) (*big.Int, error) {
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: data}, at)
		if err != nil {
			return nil, fmt.Errorf("audit: %s: %w", what, err)
		}
		return unpack(out)
	}
	owedFees, err := read(shareMarketABI.PackFeesOwed(), shareMarketABI.UnpackFeesOwed, "share market fees owed")
	if err != nil {
		return err
	}
	res.check("ShareMarket feesOwed = fees of the fills - fees withdrawn", amount(fees), amount(owedFees))
	owedProceeds, err := read(shareMarketABI.PackTotalProceedsOwed(), shareMarketABI.UnpackTotalProceedsOwed, "share market proceeds owed")
	if err != nil {
		return err
	}
	res.check("ShareMarket totalProceedsOwed = proceeds credited - proceeds withdrawn", amount(proceeds), amount(owedProceeds))
	token := teststablecoin.NewTestStablecoin()
	tokenAddr := m.Address(contracts.StablecoinName)
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &tokenAddr, Data: token.PackBalanceOf(addr)}, at)
	if err != nil {
		return fmt.Errorf("audit: share market balance: %w", err)
	}
	held, err := token.UnpackBalanceOf(out)
	if err != nil {
		return fmt.Errorf("audit: share market balance: %w", err)
	}
	res.checkHolds("ShareMarket holds the fees and proceeds it owes", new(big.Int).Add(fees, proceeds), held)
	return nil
}

// tradeFee is the fee of filling n more shares of an offer that has
// filled `filled` at price units and bps (docs/trading.md).
func tradeFee(filled, n, price *big.Int, bps int64) *big.Int {
	f := func(s *big.Int) *big.Int {
		v := new(big.Int).Mul(s, price)
		v.Mul(v, big.NewInt(bps))
		return v.Quo(v, big.NewInt(10_000))
	}
	return new(big.Int).Sub(f(new(big.Int).Add(filled, n)), f(filled))
}
