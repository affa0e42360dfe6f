// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IRevenueSink
/// @notice Where released rent goes: the asset's revenue account, which
/// splits it into fees, reserve and holders' revenue. It also holds the lease
/// market's escrow, so that releasing rent is bookkeeping, not a transfer.
interface IRevenueSink {
    /// @notice The lease market put `amount` of escrow here.
    event EscrowHeld(address indexed market, uint256 amount);
    /// @notice The lease market paid `amount` of escrow back to a renter
    /// (pushed to its wallet, or, when the push failed, owed to it: see
    /// {RefundDeferred}). Either way escrowHeld went down by `amount`.
    event EscrowRefunded(address indexed market, address indexed to, uint256 amount);
    /// @notice Pushing a refund to `to` failed (a blocklisted or frozen
    /// recipient, a token that returned false): `amount` is owed to `to`
    /// instead, to take with {withdrawRefund}. Follows its {EscrowRefunded}.
    event RefundDeferred(address indexed to, uint256 amount);
    /// @notice `to` took `amount` of the refunds owed to it.
    event RefundWithdrawn(address indexed to, uint256 amount);

    /// @notice Only the lease market moves escrow.
    error NotLeaseMarket(address caller);
    /// @notice The lease market asked for more escrow than it holds here.
    error EscrowExceeded(uint256 requested, uint256 held);
    /// @notice Nothing is owed to the caller as a deferred refund.
    error NoRefundOwed(address account);
    /// @notice The stablecoin delivered less than the amount sent: a token
    /// that takes a fee on transfer (or rebases) would leave the books
    /// claiming money the contract does not hold.
    error DepositShortfall(uint256 expected, uint256 received);

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

    /// @notice Pays `amount` of the lease market's escrow to `to`. The
    /// payment cannot fail the caller's settlement: when the push fails
    /// (blocklisted recipient, a transfer that reverts or returns false),
    /// `amount` is owed to `to` instead, taken later with {withdrawRefund}.
    /// Money owed to one renter never blocks money owed to others.
    /// @dev Requirements: the caller is the lease market; amount at most its
    /// escrow here; `to` is neither zero nor this contract.
    /// Emits {EscrowRefunded}, then an ERC-20 {Transfer} or {RefundDeferred}.
    function refundEscrow(address to, uint256 amount) external;

    /// @notice Pays the caller every refund owed to it (deferred because a
    /// push to it failed earlier).
    /// @dev Requirements: something is owed to the caller, and the token lets
    /// it receive now. Emits {RefundWithdrawn} and an ERC-20 {Transfer}.
    /// @return amount the amount paid.
    function withdrawRefund() external returns (uint256 amount);

    /// @notice Refunds owed to `account` whose push failed, not yet withdrawn.
    function refundOwed(address account) external view returns (uint256);

    /// @notice Refunds owed to all renters, not yet withdrawn: part of what
    /// this contract holds, next to the escrow, fees, reserve and holders' revenue.
    function totalRefundsOwed() external view returns (uint256);

    /// @notice The lease market's escrow held here.
    function escrowHeld() external view returns (uint256);
}
