// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IRevenueSink
/// @notice Where released rent goes: the asset's revenue account, which
/// splits it into fees, reserve and holders' revenue.
interface IRevenueSink {
    /// @notice Pulls `amount` of the stablecoin from the caller (approved
    /// beforehand) and books it as revenue of `assetId`.
    function depositRevenue(uint256 assetId, uint256 amount) external;
}
