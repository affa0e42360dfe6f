// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// Borrow shares: the one conversion between a loan's borrow shares and its
// debt, shared by the LendingPool (which books the total) and the
// CreditVault (which holds each loan's shares), so both compute every
// figure alike. Free functions, inlined where used (no artifact, no link).
//
// The pool books its outstanding debt as one number, `borrowAssets` (A),
// which interest grows; loans own `borrowShares` of it (S in all). A loan's
// debt is its shares' part of A, rounded up, never more than A, and
// exactly A for the loan that holds every share: so the last loan to repay
// leaves nothing behind and no repayment can take A below zero. Virtual
// shares and one virtual unit (as Morpho Blue does) keep the price defined
// when A or S is zero.
//
// Rounding favours the pool: a borrower receives shares rounded up for what
// it borrows and burns shares rounded down for what it repays. A itself is
// exact: it moves by exactly what is lent, accrued, repaid or written down.
//
// Widths: the pool keeps A below 2^104 and S below 2^128, so every product
// below (at most 2^128 x 2^129) fits 256 bits; checked arithmetic would
// revert rather than wrap if it did not.

/// @dev Virtual borrow shares: also the shares a first unit borrowed gets.
uint256 constant VIRTUAL_BORROW_SHARES = 1e6;
/// @dev Virtual borrowed units.
uint256 constant VIRTUAL_BORROW_ASSETS = 1;

/// @dev The debt of `shares` borrow shares when the pool is owed A over S shares.
function borrowDebtOf(uint256 shares, uint256 totalAssets, uint256 totalShares) pure returns (uint256) {
    if (shares == 0) return 0;
    if (shares >= totalShares) return totalAssets;
    uint256 d = _ceilDiv(shares * (totalAssets + VIRTUAL_BORROW_ASSETS), totalShares + VIRTUAL_BORROW_SHARES);
    return d < totalAssets ? d : totalAssets;
}

/// @dev Shares minted for borrowing `assets` (rounded up).
function borrowSharesUp(uint256 assets, uint256 totalAssets, uint256 totalShares) pure returns (uint256) {
    return _ceilDiv(assets * (totalShares + VIRTUAL_BORROW_SHARES), totalAssets + VIRTUAL_BORROW_ASSETS);
}

/// @dev Shares burned by repaying `assets` of a loan holding `loanShares`
/// whose debt is `debt`: all of them when it pays the whole debt, else
/// `assets`' worth rounded down, and never all of them. The debt of the
/// shares burned never exceeds `assets`.
function borrowSharesRepaid(uint256 assets, uint256 debt, uint256 loanShares, uint256 totalAssets, uint256 totalShares)
    pure
    returns (uint256)
{
    if (assets >= debt) return loanShares;
    uint256 burn = assets * (totalShares + VIRTUAL_BORROW_SHARES) / (totalAssets + VIRTUAL_BORROW_ASSETS);
    return burn < loanShares ? burn : loanShares - 1;
}

/// @dev a / b rounded up; b > 0.
function _ceilDiv(uint256 a, uint256 b) pure returns (uint256) {
    return a == 0 ? 0 : (a - 1) / b + 1;
}
