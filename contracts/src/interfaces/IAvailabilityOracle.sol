// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IAvailabilityOracle
/// @notice What the lease market needs from telemetry: the availability of an
/// asset in an epoch, once reported. Epoch e covers
/// [epochGenesis() + e * epochLength(), epochGenesis() + (e + 1) * epochLength()).
interface IAvailabilityOracle {
    /// @notice Seconds per epoch; constant for the oracle's lifetime.
    function epochLength() external view returns (uint64);

    /// @notice Unix time at which epoch 0 starts.
    function epochGenesis() external view returns (uint64);

    /// @notice epochGenesis() and epochLength() in one call.
    function epochClock() external view returns (uint64 genesis, uint64 length);

    /// @notice The median availability (bps, 0..10000) reported for an asset in
    /// an epoch, and whether a report exists.
    function availabilityOf(uint256 assetId, uint64 epoch) external view returns (bool reported, uint16 availabilityBps);
}
