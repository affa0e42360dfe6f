// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IRevenueSink
/// @notice Where released rent goes: the asset's revenue account, which
/// splits it into fees, reserve and holders' revenue. It also holds the lease
/// market's escrow, so that releasing rent is bookkeeping, not a transfer.
interface IRevenueSink {
    /// @notice The lease market put `amount` of escrow here.
    event EscrowHeld(address indexed market, uint256 amount);
    /// @notice The lease market paid `amount` of escrow back to a renter.
    event EscrowRefunded(address indexed market, address indexed to, uint256 amount);

    /// @notice Only the lease market moves escrow.
    error NotLeaseMarket(address caller);
    /// @notice The lease market asked for more escrow than it holds here.
    error EscrowExceeded(uint256 requested, uint256 held);

    /// @notice Pulls `amount` of the stablecoin from the caller (approved
    /// beforehand) and books it as revenue of `assetId`.
    function depositRevenue(uint256 assetId, uint256 amount) external;

    /// @notice Books `amount` of the stablecoin, already transferred here, as
    /// the lease market's escrow.
    /// @dev Requirements: the caller is the lease market. Emits {EscrowHeld}.
    function holdEscrow(uint256 amount) external;

    /// @notice Moves `amount` of the lease market's escrow to revenue of
    /// `assetId`, split as {depositRevenue} splits it.
    /// @dev Requirements: the caller is the lease market; amount > 0 and at
    /// most its escrow here. Emits {RevenueDeposited} with the market as
    /// `from`: that event is the release's record (escrowHeld goes down by
    /// `gross`), as the market never calls {depositRevenue}. No second
    /// event, so that a settlement stays within its gas budget.
    function releaseEscrow(uint256 assetId, uint256 amount) external;

    /// @notice Pays `amount` of the lease market's escrow to `to`.
    /// @dev Requirements: the caller is the lease market; amount at most its
    /// escrow here; `to` is neither zero nor this contract.
    /// Emits {EscrowRefunded} and an ERC-20 {Transfer}.
    function refundEscrow(address to, uint256 amount) external;

    /// @notice The lease market's escrow held here.
    function escrowHeld() external view returns (uint256);
}
