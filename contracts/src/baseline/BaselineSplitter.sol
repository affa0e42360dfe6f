// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {PaymentSplitter} from "@openzeppelin/contracts-v4/finance/PaymentSplitter.sol";

/// @title BaselineSplitter
/// @notice OpenZeppelin 4.9.6's PaymentSplitter, unchanged, for the gas
/// benchmark of the revenue split (docs/gas.md) only: it pays each payee by
/// a `release(token, account)` call per payee, where GPUAsset's
/// RevenueDistributor books a deposit in O(1) and lets each holder claim.
/// Never deployed by gpuledger; PaymentSplitter was removed in OpenZeppelin 5.
contract BaselineSplitter is PaymentSplitter {
    constructor(address[] memory payees, uint256[] memory shares_) PaymentSplitter(payees, shares_) {}
}
