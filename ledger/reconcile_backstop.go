package ledger

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
)

// backstopCheck compares the mirror's backstop accounts with the
// CapacityBackstop at the cursor block: each commitment's account with
// amount − paid − returned, each backstop:owed account with returnOwed,
// their sums with totalHeld and totalReturnsOwed, and the sum of both with
// the contract's token balance (more is a surplus, less a difference).
func (r *reconciler) backstopCheck(backstop common.Address) func(*snapshot) error {
	return func(s *snapshot) error {
		if backstop == (common.Address{}) {
			return nil
		}
		held, owed := new(big.Int), new(big.Int)
		for _, a := range s.accounts {
			switch a.Kind() {
			case "backstop:commitment":
				bid, _ := a.ID()
				out, err := r.call(backstop, backstopABI.PackCommitmentOf(new(big.Int).SetUint64(bid)))
				if err != nil {
					return fmt.Errorf("backstop %d: %w", bid, err)
				}
				c, err := backstopABI.UnpackCommitmentOf(out)
				if err != nil {
					return fmt.Errorf("backstop %d: %w", bid, err)
				}
				left := new(big.Int).Sub(new(big.Int).Sub(c.Amount, c.Paid), c.Returned)
				r.compare(string(a), "balance against amount - paid - returned", formatUnits(s.balances[a]), formatUnits(left))
				held.Add(held, s.balances[a])
			case "backstop:owed":
				addr, _ := a.Address()
				chainOwed, err := r.units(backstop, backstopABI.PackReturnOwed(addr), backstopABI.UnpackReturnOwed)
				if err != nil {
					return fmt.Errorf("backstop return owed to %s: %w", addr, err)
				}
				r.compare(string(a), "balance against returnOwed", formatUnits(s.balances[a]), formatUnits(chainOwed))
				owed.Add(owed, s.balances[a])
			}
		}
		for _, f := range []struct {
			field  string
			mirror *big.Int
			data   []byte
			unpack func([]byte) (*big.Int, error)
		}{
			{"total held", held, backstopABI.PackTotalHeld(), backstopABI.UnpackTotalHeld},
			{"total returns owed", owed, backstopABI.PackTotalReturnsOwed(), backstopABI.UnpackTotalReturnsOwed},
		} {
			v, err := r.units(backstop, f.data, f.unpack)
			if err != nil {
				return fmt.Errorf("backstop %s: %w", f.field, err)
			}
			r.compare("contract "+contracts.CapacityBackstopName, f.field, formatUnits(f.mirror), formatUnits(v))
		}
		all := new(big.Int).Add(held, owed)
		bal, err := r.units(r.token, tokenABI.PackBalanceOf(backstop), tokenABI.UnpackBalanceOf)
		if err != nil {
			return fmt.Errorf("balance of %s: %w", contracts.CapacityBackstopName, err)
		}
		if bal.Cmp(all) > 0 {
			r.report.Checked++
			r.report.Surplus = append(r.report.Surplus, Difference{Subject: "contract " + contracts.CapacityBackstopName,
				Field: "token balance above what it owes", Mirror: formatUnits(all), Chain: formatUnits(bal)})
			return nil
		}
		r.compare("contract "+contracts.CapacityBackstopName, "token balance", formatUnits(all), formatUnits(bal))
		return nil
	}
}
