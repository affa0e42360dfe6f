package rules

import "math/big"

// AccScale is the scale of the revenue-per-share accumulator and of the
// carried dust (1e18).
var AccScale = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Pool is one asset's holders' revenue, paid pro rata by cumulative
// revenue per share, as the RevenueDistributor's notes state the rule:
//
//   - a deposit of the holders' part h adds floor((h × 1e18 + dust) /
//     supply) to the accumulator and keeps the remainder as the new dust;
//   - a holder's accrual since its last settlement is balance ×
//     (acc − snapshot) + its sub-unit fraction; settling (before each
//     change of its balance, and on a claim) moves the whole units of that
//     to its unclaimed units and keeps the rest as its fraction;
//   - a holder whose balance drops to zero gives its fraction back to the
//     dust, which the next deposit distributes;
//   - a claim pays the whole units, never the fraction.
//
// Keys are whatever names holders (an address). Not safe for concurrent use.
type Pool[K comparable] struct {
	supply   *big.Int
	acc      *big.Int // × 1e18
	dust     *big.Int // × 1e18
	balances map[K]*big.Int
	accounts map[K]*poolAccount
	claimed  map[K]*big.Int
}

type poolAccount struct {
	snapshot  *big.Int
	unclaimed *big.Int
	fraction  *big.Int // × 1e18, below AccScale
}

// NewPool starts a pool whose owner holds the whole supply (the operator,
// at tokenization).
func NewPool[K comparable](supply *big.Int, owner K) *Pool[K] {
	p := &Pool[K]{supply: new(big.Int).Set(supply), acc: new(big.Int), dust: new(big.Int),
		balances: map[K]*big.Int{}, accounts: map[K]*poolAccount{}, claimed: map[K]*big.Int{}}
	p.balances[owner] = new(big.Int).Set(supply)
	p.account(owner)
	return p
}

func (p *Pool[K]) account(h K) *poolAccount {
	a := p.accounts[h]
	if a == nil {
		a = &poolAccount{snapshot: new(big.Int).Set(p.acc), unclaimed: new(big.Int), fraction: new(big.Int)}
		p.accounts[h] = a
	}
	return a
}

func (p *Pool[K]) balance(h K) *big.Int {
	if b := p.balances[h]; b != nil {
		return b
	}
	return new(big.Int)
}

// settle brings h's account up to the accumulator.
func (p *Pool[K]) settle(h K) {
	a := p.account(h)
	pending := new(big.Int).Sub(p.acc, a.snapshot)
	pending.Mul(pending, p.balance(h)).Add(pending, a.fraction)
	units, fraction := new(big.Int).QuoRem(pending, AccScale, new(big.Int))
	a.unclaimed.Add(a.unclaimed, units)
	a.fraction = fraction
	a.snapshot = new(big.Int).Set(p.acc)
}

// Deposit distributes a release's holders' part.
func (p *Pool[K]) Deposit(holders *big.Int) {
	total := new(big.Int).Mul(holders, AccScale)
	total.Add(total, p.dust)
	step, dust := new(big.Int).QuoRem(total, p.supply, new(big.Int))
	p.acc.Add(p.acc, step)
	p.dust = dust
}

// Transfer moves shares from one holder to another, settling both first.
func (p *Pool[K]) Transfer(from, to K, shares *big.Int) {
	p.settle(from)
	p.settle(to)
	left := new(big.Int).Sub(p.balance(from), shares)
	if left.Sign() < 0 {
		panic("rules: transfer of more shares than held")
	}
	p.balances[from] = left
	p.balances[to] = new(big.Int).Add(p.balance(to), shares)
	if a := p.accounts[from]; left.Sign() == 0 && a.fraction.Sign() != 0 {
		p.dust.Add(p.dust, a.fraction)
		a.fraction = new(big.Int)
	}
}

// Claim pays h its whole units and returns them.
func (p *Pool[K]) Claim(h K) *big.Int {
	p.settle(h)
	a := p.accounts[h]
	paid := a.unclaimed
	a.unclaimed = new(big.Int)
	p.claimed[h] = new(big.Int).Add(p.Claimed(h), paid)
	return paid
}

// Claimable is what h could claim now, in whole units, and the sub-unit
// fraction (× 1e18) it keeps.
func (p *Pool[K]) Claimable(h K) (units, fraction *big.Int) {
	a := p.accounts[h]
	if a == nil {
		return new(big.Int), new(big.Int)
	}
	pending := new(big.Int).Sub(p.acc, a.snapshot)
	pending.Mul(pending, p.balance(h)).Add(pending, a.fraction)
	units, fraction = new(big.Int).QuoRem(pending, AccScale, new(big.Int))
	return units.Add(units, a.unclaimed), fraction
}

// Claimed is what h has claimed so far.
func (p *Pool[K]) Claimed(h K) *big.Int {
	if c := p.claimed[h]; c != nil {
		return c
	}
	return new(big.Int)
}

// Dust is the carried dust (× 1e18): revenue credited to no holder yet.
func (p *Pool[K]) Dust() *big.Int { return new(big.Int).Set(p.dust) }

// Shares is h's balance.
func (p *Pool[K]) Shares(h K) *big.Int { return new(big.Int).Set(p.balance(h)) }
