package ledger

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
)

// tradingCheck compares the share market's money in the mirror with the
// chain: TradeFees with feesOwed, each trade:proceeds account with
// proceedsOwed, their sum with totalProceedsOwed, and the market's token
// balance with what it owes (a surplus, tokens sent to it outside any
// trade, is reported apart as for the other contracts). A deployment
// without a ShareMarket (market zero) has nothing to check.
func (r *reconciler) tradingCheck(market common.Address) func(*snapshot) error {
	return func(s *snapshot) error {
		if market == (common.Address{}) {
			return nil
		}
		fees, proceeds := new(big.Int), new(big.Int)
		if b := s.balances[TradeFees]; b != nil {
			fees.Set(b)
		}
		for _, a := range s.accounts {
			if a.Kind() != "trade:proceeds" {
				continue
			}
			addr, _ := a.Address()
			owed, err := r.units(market, shareMarketABI.PackProceedsOwed(addr), shareMarketABI.UnpackProceedsOwed)
			if err != nil {
				return fmt.Errorf("proceeds owed to %s: %w", addr, err)
			}
			r.compare(string(a), "balance against proceedsOwed", formatUnits(s.balances[a]), formatUnits(owed))
			proceeds.Add(proceeds, s.balances[a])
		}
		chainFees, err := r.units(market, shareMarketABI.PackFeesOwed(), shareMarketABI.UnpackFeesOwed)
		if err != nil {
			return fmt.Errorf("trade fees owed: %w", err)
		}
		r.compare(string(TradeFees), "balance against feesOwed", formatUnits(fees), formatUnits(chainFees))
		total, err := r.units(market, shareMarketABI.PackTotalProceedsOwed(), shareMarketABI.UnpackTotalProceedsOwed)
		if err != nil {
			return fmt.Errorf("total proceeds owed: %w", err)
		}
		r.compare("contract "+contracts.ShareMarketName, "total proceeds owed", formatUnits(proceeds), formatUnits(total))
		held := new(big.Int).Add(fees, proceeds)
		chainBal, err := r.units(r.token, tokenABI.PackBalanceOf(market), tokenABI.UnpackBalanceOf)
		if err != nil {
			return fmt.Errorf("balance of %s: %w", contracts.ShareMarketName, err)
		}
		if chainBal.Cmp(held) > 0 {
			r.report.Checked++
			r.report.Surplus = append(r.report.Surplus, Difference{Subject: "contract " + contracts.ShareMarketName,
				Field: "token balance above what it owes", Mirror: formatUnits(held), Chain: formatUnits(chainBal)})
			return nil
		}
		r.compare("contract "+contracts.ShareMarketName, "token balance", formatUnits(held), formatUnits(chainBal))
		return nil
	}
}
