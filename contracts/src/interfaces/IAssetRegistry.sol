// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IAssetRegistry
/// @notice What the lease market reads of a tokenized asset.
interface IAssetRegistry {
    /// @notice The asset's operator; reverts for an unknown asset.
    function operatorOf(uint256 assetId) external view returns (address);

    /// @notice GPUs in the asset; reverts for an unknown asset.
    function gpuCountOf(uint256 assetId) external view returns (uint32);

    /// @notice Nameplate power of the asset in watts; reverts for an unknown asset.
    function ratedPowerOf(uint256 assetId) external view returns (uint32);
}
