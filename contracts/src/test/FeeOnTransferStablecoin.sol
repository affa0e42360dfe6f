// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {TestStablecoin} from "../TestStablecoin.sol";

/// @title FeeOnTransferStablecoin
/// @notice Test token: a TestStablecoin that burns FEE_BPS of every transfer
/// between two accounts (mints and burns are whole), so the recipient gets
/// less than the amount sent. The lease market and the revenue account must
/// refuse it: escrow booked as 10.00 would be held as 9.90.
contract FeeOnTransferStablecoin is TestStablecoin {
    /// @notice The fee taken from every transfer: 1%.
    uint256 public constant FEE_BPS = 100;

    constructor(address admin) TestStablecoin(admin) {}

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) return super._update(from, to, value);
        // The fee rounds up, so that even a one-unit transfer pays one.
        uint256 fee = (value * FEE_BPS + 9_999) / 10_000;
        super._update(from, address(0), fee);
        super._update(from, to, value - fee);
    }
}
