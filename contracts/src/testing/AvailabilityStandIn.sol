// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAvailabilityOracle} from "../interfaces/IAvailabilityOracle.sol";

/// @title AvailabilityStandIn
/// @notice A settable availability oracle for tests of the lease market's SLA
/// credits; never deployed by the service.
contract AvailabilityStandIn is IAvailabilityOracle {
    uint64 public immutable epochLength;
    uint64 public immutable epochGenesis;

    struct Report {
        bool reported;
        uint16 availabilityBps;
    }

    mapping(uint256 assetId => mapping(uint64 epoch => Report)) private _reports;

    event AvailabilitySet(uint256 indexed assetId, uint64 indexed epoch, uint16 availabilityBps);

    constructor(uint64 epochLength_, uint64 epochGenesis_) {
        epochLength = epochLength_;
        epochGenesis = epochGenesis_;
    }

    function set(uint256 assetId, uint64 epoch, uint16 availabilityBps) external {
        _reports[assetId][epoch] = Report(true, availabilityBps);
        emit AvailabilitySet(assetId, epoch, availabilityBps);
    }

    function availabilityOf(uint256 assetId, uint64 epoch) external view returns (bool, uint16) {
        Report memory r = _reports[assetId][epoch];
        return (r.reported, r.availabilityBps);
    }
}
