package rules

import "math/big"

// Split is how one release of revenue is divided.
type Split struct {
	Gross, Platform, Operator, Reserve, Holders *big.Int
}

// SplitRevenue divides one release by the rates in force: the platform
// fee, the operator fee and the reserve are each floor(gross × bps /
// 10000), taken separately; the holders get the rest (RevenueDistributor:
// "fees floored, holders get the rest"; docs/yields.md).
func SplitRevenue(gross *big.Int, platformBps, operatorBps, reserveBps uint16) Split {
	part := func(bps uint16) *big.Int {
		p := new(big.Int).Mul(gross, big.NewInt(int64(bps)))
		return p.Quo(p, big.NewInt(BPS))
	}
	s := Split{Gross: new(big.Int).Set(gross), Platform: part(platformBps), Operator: part(operatorBps), Reserve: part(reserveBps)}
	s.Holders = new(big.Int).Sub(gross, s.Platform)
	s.Holders.Sub(s.Holders, s.Operator).Sub(s.Holders, s.Reserve)
	return s
}

// ZeroSplit is a split of nothing, to add releases to.
func ZeroSplit() Split {
	return Split{Gross: new(big.Int), Platform: new(big.Int), Operator: new(big.Int), Reserve: new(big.Int), Holders: new(big.Int)}
}

// Add returns s + o, part by part.
func (s Split) Add(o Split) Split {
	return Split{
		Gross:    new(big.Int).Add(s.Gross, o.Gross),
		Platform: new(big.Int).Add(s.Platform, o.Platform),
		Operator: new(big.Int).Add(s.Operator, o.Operator),
		Reserve:  new(big.Int).Add(s.Reserve, o.Reserve),
		Holders:  new(big.Int).Add(s.Holders, o.Holders),
	}
}
