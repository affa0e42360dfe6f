// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAvailabilityOracle} from "../interfaces/IAvailabilityOracle.sol";

/// @title StubAvailabilityOracle
/// @notice Test oracle: one-hour epochs from genesis 1, and for each asset
/// one availability its owner sets, reported for every epoch. Lets a test
/// give a lease SLA credits (and so a refund at its end) without reporters,
/// or make every read for one asset revert (a broken or hostile oracle), so a
/// test can check that one asset's failure does not hold up other leases.
contract StubAvailabilityOracle is IAvailabilityOracle {
    address public immutable owner;
    mapping(uint256 assetId => uint16) private _availability;
    mapping(uint256 assetId => bool) private _broken;

    event AvailabilitySet(uint256 indexed assetId, uint16 availabilityBps);
    event BrokenSet(uint256 indexed assetId, bool broken);

    error NotOwner(address caller);
    error OracleBroken(uint256 assetId);

    constructor(address owner_) {
        owner = owner_;
    }

    /// @notice Reports `bps` for every epoch of `assetId` (0 withdraws the report).
    /// @dev Requirements: the caller is the owner. Emits {AvailabilitySet}.
    function setAvailability(uint256 assetId, uint16 bps) external {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _availability[assetId] = bps;
        emit AvailabilitySet(assetId, bps);
    }

    /// @notice Makes every availability read for `assetId` revert (or not).
    /// @dev Requirements: the caller is the owner. Emits {BrokenSet}.
    function setBroken(uint256 assetId, bool broken) external {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _broken[assetId] = broken;
        emit BrokenSet(assetId, broken);
    }

    function epochLength() external pure returns (uint64) {
        return 3600;
    }

    function epochGenesis() external pure returns (uint64) {
        return 1;
    }

    function epochClock() external pure returns (uint64 genesis, uint64 length) {
        return (1, 3600);
    }

    function availabilityOf(uint256 assetId, uint64) external view returns (bool reported, uint16 availabilityBps) {
        if (_broken[assetId]) revert OracleBroken(assetId);
        availabilityBps = _availability[assetId];
        reported = availabilityBps != 0;
    }
}
