// Package rules is a small reference of gpuledger's money rules, in integer
// arithmetic, for tests to derive their expectations from. Each function is
// written from the rule as docs/yields.md, docs/ledger.md, the design notes and
// the contracts' NatSpec state it (LeaseMarket: accrual and SLA credits;
// RevenueDistributor: the split and the per-share accumulator), never from
// the Go or Solidity code it checks, and it imports none of it: a test that
// compares the code under test with this package compares two independent
// readings of the same rule.
//
// Amounts are stablecoin units (*big.Int; 1 unit = 0.000001 of a coin),
// times are Unix seconds, rates are basis points. Nothing here rounds in
// a way the rule does not say: every division is a floor unless its
// comment says otherwise.
//
// Keep it small and obvious: a reference that needs its own tests to be
// believed is no reference.
package rules
