// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IRevenueSink} from "./IRevenueSink.sol";

/// @title IRevenueDistributor
/// @notice Splits each asset's revenue into a platform fee, an operator fee,
/// a maintenance reserve and the holders' part, and lets holders claim their
/// pro-rata share of the holders' part (pull payments, O(1) per deposit).
///
/// All amounts are stablecoin units. Fee rates are basis points (1/10000).
interface IRevenueDistributor is IRevenueSink {
    /// @notice Cumulative figures of one asset, all since tokenization.
    /// gross = platformFees + operatorFees + reserveAccrued + holders, always.
    /// holders * ACC_SCALE = claimed * ACC_SCALE + (sum over holders of
    /// claimable * ACC_SCALE + fraction, see {claimableBatch}) + carriedDust, always.
    struct RevenueTotals {
        uint256 gross; // deposited by leases and donors
        uint256 platformFees; // platform fee taken from this asset's revenue
        uint256 operatorFees; // operator fee accrued
        uint256 operatorFeesWithdrawn; // of which withdrawn
        uint256 reserveAccrued; // maintenance reserve accrued
        uint256 reserveWithdrawn; // of which withdrawn for a stated purpose
        uint256 holders; // holders' part
        uint256 claimed; // of which claimed
        uint256 accRevenuePerShare; // holders' revenue per share, units x ACC_SCALE, plus ACC_OFFSET
        uint256 carriedDust; // units x ACC_SCALE carried into the next deposit
    }

    /// @notice One deposit and its split. platformFee, operatorFee and reserve
    /// are floor(gross * bps / 10000) with the rates in force; holders gets the
    /// rest. accRevenuePerShare and carriedDust are the values after the
    /// deposit: the increase of accRevenuePerShare times the share supply plus
    /// carriedDust equals holders * ACC_SCALE plus the dust carried before.
    event RevenueDeposited(
        uint256 indexed assetId,
        address indexed from,
        uint256 gross,
        uint256 platformFee,
        uint256 operatorFee,
        uint256 reserve,
        uint256 holders,
        uint256 accRevenuePerShare,
        uint256 carriedDust
    );
    /// @notice A holder was paid its accrued revenue of one asset.
    event RevenueClaimed(uint256 indexed assetId, address indexed holder, uint256 amount);
    /// @notice The operator withdrew the asset's accrued operator fees.
    event OperatorFeesWithdrawn(uint256 indexed assetId, address indexed operator, uint256 amount);
    /// @notice The operator took `amount` out of the asset's maintenance reserve.
    event ReserveWithdrawn(uint256 indexed assetId, address indexed to, uint256 amount, bytes32 purpose, string memo);
    /// @notice Accrued platform fees were paid out.
    event PlatformFeesWithdrawn(address indexed by, address indexed to, uint256 amount);
    /// @notice The platform fee rate changed; it applies to deposits from now on.
    event PlatformFeeChanged(uint16 previousBps, uint16 newBps);
    /// @notice An asset's operator fee and reserve rates changed (or were set at tokenization,
    /// with previous rates zero); they apply to deposits from now on.
    event AssetFeesChanged(
        uint256 indexed assetId,
        uint16 previousOperatorFeeBps,
        uint16 previousReserveBps,
        uint16 operatorFeeBps,
        uint16 reserveBps
    );
    /// @notice The address platform fees are paid to changed.
    event TreasuryChanged(address indexed previousTreasury, address indexed newTreasury);

    /// @notice The asset id was never issued.
    error UnknownAsset(uint256 assetId);
    /// @notice Only the asset's operator may do this.
    error NotAssetOperator(uint256 assetId, address caller, address operator);
    /// @notice An address argument is zero.
    error ZeroAddress();
    /// @notice An amount argument is zero.
    error ZeroAmount();
    /// @notice Money cannot be paid to the zero address or to this contract
    /// (where it would be owed to no one; deposit it as revenue instead).
    error InvalidRecipient(address to);
    /// @notice The asset has no shares to distribute to.
    error NoShares(uint256 assetId);
    /// @notice The platform fee would exceed its cap.
    error PlatformFeeTooHigh(uint16 bps, uint16 maxBps);
    /// @notice Operator fee + reserve + the highest platform fee the admin may
    /// set would exceed 100%: the rates could leave the holders less than nothing.
    error FeesExceed100Percent(uint16 maxPlatformFeeBps, uint16 operatorFeeBps, uint16 reserveBps);
    /// @notice The reserve holds less than the amount asked for.
    error InsufficientReserve(uint256 assetId, uint256 requested, uint256 available);
    /// @notice A reserve withdrawal must state its purpose.
    error EmptyPurpose();
    /// @notice Only the treasury or an admin may withdraw platform fees.
    error NotTreasuryOrAdmin(address caller);
    /// @notice Two arrays that go in pairs have different lengths.
    error LengthMismatch(uint256 assetIds, uint256 holders);

    /// @notice Pulls `amount` of the stablecoin from the caller and books it as
    /// revenue of `assetId`: fees and reserve by the rates in force, the rest to
    /// the holders pro rata to their shares at this moment.
    /// @dev Anyone may deposit (the lease market does; a donation is harmless).
    /// Requirements:
    /// - the asset exists; amount > 0 and the asset's gross revenue stays within 80 bits;
    /// - the caller approved this contract for `amount`;
    /// - this contract's balance grows by exactly `amount` (no fee on transfer),
    ///   else {DepositShortfall}.
    /// Emits a {RevenueDeposited} event and an ERC-20 {Transfer}.
    function depositRevenue(uint256 assetId, uint256 amount) external;

    /// @notice Pays the caller everything it has accrued in the given assets,
    /// in one stablecoin transfer. Unknown assets, assets the caller never held
    /// and repeated ids add zero: a non-holder gets 0, not a revert.
    /// @dev Emits a {RevenueClaimed} event per asset that paid something, and
    /// an ERC-20 {Transfer} when the total is positive.
    /// @return total the amount paid.
    function claim(uint256[] calldata assetIds) external returns (uint256 total);

    /// @notice The operator withdraws the asset's accrued operator fees to itself.
    /// @dev Requirements: the caller is the asset's operator.
    /// Emits an {OperatorFeesWithdrawn} event and an ERC-20 {Transfer} when something is owed.
    /// @return amount the amount paid (0 when nothing is owed).
    function withdrawOperatorFees(uint256 assetId) external returns (uint256 amount);

    /// @notice The operator takes `amount` out of the asset's maintenance reserve
    /// and pays it to `to` for a stated purpose (e.g. "repairs", "replacement").
    /// @dev Requirements: the caller is the asset's operator; amount > 0 and at
    /// most the reserve; `to` is neither zero nor this contract; purpose is not empty.
    /// Emits a {ReserveWithdrawn} event and an ERC-20 {Transfer}.
    function withdrawReserve(uint256 assetId, uint256 amount, address to, bytes32 purpose, string calldata memo)
        external;

    /// @notice Pays all accrued platform fees to `to`.
    /// @dev Requirements: the caller is the treasury or holds DEFAULT_ADMIN_ROLE;
    /// `to` is neither zero nor this contract.
    /// Emits a {PlatformFeesWithdrawn} event and an ERC-20 {Transfer} when something is owed.
    /// @return amount the amount paid (0 when nothing is owed).
    function withdrawPlatformFees(address to) external returns (uint256 amount);

    /// @notice Sets the platform fee for deposits from now on.
    /// @dev Requirements: FEE_ADMIN_ROLE; bps <= MAX_PLATFORM_FEE_BPS.
    /// Emits a {PlatformFeeChanged} event.
    function setPlatformFee(uint16 bps) external;

    /// @notice Sets an asset's operator fee and reserve rates for deposits from now on.
    /// @dev Requirements: FEE_ADMIN_ROLE; the asset exists;
    /// operatorFeeBps + reserveBps + MAX_PLATFORM_FEE_BPS <= 10000.
    /// Emits an {AssetFeesChanged} event.
    function setAssetFees(uint256 assetId, uint16 operatorFeeBps, uint16 reserveBps) external;

    /// @notice Sets the address platform fees are paid to.
    /// @dev Requirements: DEFAULT_ADMIN_ROLE; not zero. Emits a {TreasuryChanged} event.
    function setTreasury(address newTreasury) external;

    /// @notice What `holder` could claim from `assetId` now (0 for unknown assets and non-holders).
    function claimable(uint256 assetId, address holder) external view returns (uint256);

    /// @notice claimable(assetIds[i], holders[i]) for every i, and the sub-unit
    /// part of each holder's accrual (units x ACC_SCALE) that is not claimable
    /// yet: it stays with the holder until it adds up to whole units, and goes
    /// back to the asset's carried dust when the holder's balance drops to zero.
    /// @dev Requirements: the arrays have the same length.
    function claimableBatch(uint256[] calldata assetIds, address[] calldata holders)
        external
        view
        returns (uint256[] memory amounts, uint256[] memory fractions);

    /// @notice Cumulative figures of an asset (all zero for an unknown asset).
    function revenueTotals(uint256 assetId) external view returns (RevenueTotals memory);

    /// @notice Holders' revenue of the asset not yet credited to any holder,
    /// in units x ACC_SCALE: rounding remainders, carried into the next deposit.
    function carriedDust(uint256 assetId) external view returns (uint256);

    /// @notice Operator fees of the asset accrued and not yet withdrawn.
    function operatorFeesOwed(uint256 assetId) external view returns (uint256);

    /// @notice The asset's maintenance reserve balance.
    function reserveBalance(uint256 assetId) external view returns (uint256);

    /// @notice Platform fees accrued and not yet withdrawn.
    function platformFeesOwed() external view returns (uint256);
}
