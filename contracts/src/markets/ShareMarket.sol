// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC1155} from "@openzeppelin/contracts/token/ERC1155/IERC1155.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title ShareMarket
/// @notice Share trading for GPUAsset shares: a holder offers shares of one
/// asset at a fixed price per share in the stablecoin, until an expiry; any
/// buyer fills all or part of an offer in one transaction, in which the
/// shares and the stablecoin move together or not at all.
///
/// Custody: none. The shares stay with the seller until a fill (the seller
/// approves this market with `setApprovalForAll`), so a fill is an ordinary
/// GPUAsset transfer from seller to buyer, and GPUAsset's `_update` hook
/// settles both sides' revenue at their old balances first: revenue accrued
/// before the trade stays with the seller, exactly as with a transfer.
///
/// Money, per fill of n shares of an offer at price p (units per share):
///   the buyer pays exactly n x p (no rounding: shares are whole numbers and
///   p is in stablecoin units); the platform fee is
///   floor(F' x bps / 10000) - floor(F x bps / 10000), where F and F' are the
///   offer's filled value before and after the fill, so the fees of an
///   offer's fills add up to floor(filled value x bps / 10000) however the
///   fills are split (nobody gains a unit by splitting); the seller receives
///   the rest. The fee rate is the one in force when the offer was made: the
///   seller knows its proceeds when it offers.
///
/// Proceeds: the buyer's payment comes into the market (checked by balance
/// difference: a fee-on-transfer token is refused), the fee stays until
/// {withdrawFees} sends it to the treasury, and the seller's part is pushed
/// to the seller; when that push fails (a blocklisted seller), it is
/// credited to the seller instead ({withdrawProceeds}), so one seller can
/// never make fills of the others' offers fail.
///
/// Conservation, to the unit, at every moment:
///   stablecoin held = fees owed + proceeds owed (+ anything sent here directly).
contract ShareMarket is AccessControl, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice May set the fee rate and the treasury.
    bytes32 public constant FEE_ADMIN_ROLE = keccak256("FEE_ADMIN_ROLE");
    /// @notice May pause and unpause new offers and fills.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @notice 100% in basis points.
    uint256 public constant BPS = 10_000;
    /// @notice The highest platform fee on a trade: 5%.
    uint16 public constant MAX_FEE_BPS = 500;
    /// @notice The longest an offer may stay open: one year.
    uint256 public constant MAX_OFFER_TTL = 365 days;

    /// @notice An offer as {offer} returns it.
    struct OfferView {
        address seller;
        uint256 assetId;
        uint256 pricePerShare; // stablecoin units per share
        uint256 shares; // offered at the start
        uint256 remaining; // not filled yet (0 once cancelled)
        uint256 expiresAt; // unix seconds; fills at or after it are refused
        uint16 feeBps; // platform fee rate of this offer's fills
    }

    /// @dev One offer, two slots: the first is read by every fill and never
    /// written after creation; the second holds what changes.
    struct Offer {
        address seller;
        uint40 expiresAt;
        uint16 feeBps;
        uint40 assetId;
        uint128 pricePerShare;
        uint64 shares; // <= GPUAsset.MAX_SHARE_SUPPLY (1e18) < 2^64
        uint64 remaining;
    }

    /// @notice The last trade of an asset, as {lastTrade} returns it.
    struct LastTrade {
        uint128 pricePerShare;
        uint64 tradedAt; // unix seconds
        uint64 offerId;
    }

    /// @notice The stablecoin prices are written and paid in.
    IERC20 public immutable stablecoin;
    /// @notice The GPUAsset whose shares are traded.
    IERC1155 public immutable shares;

    /// @notice Where {withdrawFees} pays the platform's fees.
    address public treasury;
    /// @notice The fee rate new offers take, in basis points.
    uint16 public feeBps;
    /// @notice Fees earned and not yet paid to the treasury, stablecoin units.
    /// (In the treasury's slot: a fill writes it without touching another.)
    uint80 public feesOwed;

    /// @notice Offers made so far; also the last id issued (ids start at 1).
    uint256 public offerCount;
    /// @notice Proceeds whose push to a seller failed, owed to the seller.
    uint256 public totalProceedsOwed;

    mapping(uint256 offerId => Offer) private _offers;
    mapping(uint256 assetId => LastTrade) private _lastTrades;
    /// @notice Proceeds owed to each seller ({withdrawProceeds}).
    mapping(address seller => uint256) public proceedsOwed;

    /// @notice Emitted when a holder offers shares.
    event OfferCreated(
        uint256 indexed offerId,
        uint256 indexed assetId,
        address indexed seller,
        uint256 shares,
        uint256 pricePerShare,
        uint256 expiresAt,
        uint16 feeBps
    );
    /// @notice Emitted for every fill (one trade): `total` = shares x
    /// pricePerShare was paid by the buyer, `fee` of it went to the platform,
    /// total - fee to the seller (pushed, or credited when `credited`).
    event OfferFilled(
        uint256 indexed offerId,
        uint256 indexed assetId,
        address indexed buyer,
        address seller,
        uint256 shares,
        uint256 pricePerShare,
        uint256 total,
        uint256 fee,
        uint256 remaining,
        bool credited
    );
    /// @notice Emitted when a seller cancels what is left of an offer.
    event OfferCancelled(uint256 indexed offerId, uint256 indexed assetId, address indexed seller, uint256 remaining);
    /// @notice Emitted when a seller takes proceeds that could not be pushed.
    event ProceedsWithdrawn(address indexed seller, address indexed to, uint256 amount);
    /// @notice Emitted when fees are paid to the treasury.
    event FeesWithdrawn(address indexed treasury, uint256 amount);
    /// @notice Emitted when the fee rate of new offers changes.
    event FeeChanged(uint16 previousBps, uint16 newBps);
    /// @notice Emitted when the treasury changes.
    event TreasuryChanged(address indexed previousTreasury, address indexed newTreasury);

    error ZeroAddress();
    error InvalidShares(uint256 shares);
    error InvalidPrice(uint256 pricePerShare);
    error InvalidExpiry(uint256 expiresAt, uint256 nowTs, uint256 latest);
    error SellerLacksShares(uint256 assetId, address seller, uint256 balance, uint256 needed);
    error MarketNotApproved(address seller);
    error UnknownOffer(uint256 offerId);
    error NotOfferSeller(uint256 offerId, address caller, address seller);
    error OfferClosed(uint256 offerId);
    error OfferExpired(uint256 offerId, uint256 expiresAt, uint256 nowTs);
    error ExceedsOffer(uint256 offerId, uint256 requested, uint256 remaining);
    error PriceAboveMax(uint256 offerId, uint256 pricePerShare, uint256 maxPricePerShare);
    error SelfTrade(uint256 offerId, address account);
    error ShortDelivery(uint256 expected, uint256 received);
    error FeeTooHigh(uint16 bps, uint16 maxBps);
    error NoProceedsOwed(address account);
    error NoFeesOwed();

    /// @param admin receives DEFAULT_ADMIN_ROLE, FEE_ADMIN_ROLE and PAUSER_ROLE.
    /// @param stablecoin_ the token prices are written in (6 decimals, no fee on transfer).
    /// @param shares_ the GPUAsset (ERC-1155) whose shares are traded.
    /// @param treasury_ where fees are paid.
    /// @param feeBps_ the fee rate of new offers, at most MAX_FEE_BPS.
    constructor(address admin, IERC20 stablecoin_, IERC1155 shares_, address treasury_, uint16 feeBps_) {
        if (
            admin == address(0) || address(stablecoin_) == address(0) || address(shares_) == address(0)
                || treasury_ == address(0)
        ) revert ZeroAddress();
        if (feeBps_ > MAX_FEE_BPS) revert FeeTooHigh(feeBps_, MAX_FEE_BPS);
        stablecoin = stablecoin_;
        shares = shares_;
        treasury = treasury_;
        feeBps = feeBps_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(FEE_ADMIN_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
        emit TreasuryChanged(address(0), treasury_);
        emit FeeChanged(0, feeBps_);
    }

    /// @notice Offers `amount` shares of `assetId` at `pricePerShare`
    /// stablecoin units each until `expiresAt`. The shares stay with the
    /// caller; a fill moves them. The caller may offer the same shares more
    /// than once: each fill checks the balance it then holds.
    /// @dev Requirements: not paused; amount > 0; pricePerShare > 0 and below
    /// 2^128; now < expiresAt <= now + MAX_OFFER_TTL; the caller holds at
    /// least `amount` shares and has approved this market for all its shares.
    /// Emits an {OfferCreated} event.
    /// @return offerId the new offer's id (the first is 1).
    function offer(uint256 assetId, uint256 amount, uint256 pricePerShare, uint256 expiresAt)
        external
        whenNotPaused
        nonReentrant
        returns (uint256 offerId)
    {
        if (amount == 0 || amount > type(uint64).max) revert InvalidShares(amount);
        if (pricePerShare == 0 || pricePerShare > type(uint128).max) revert InvalidPrice(pricePerShare);
        if (expiresAt <= block.timestamp || expiresAt > block.timestamp + MAX_OFFER_TTL) {
            revert InvalidExpiry(expiresAt, block.timestamp, block.timestamp + MAX_OFFER_TTL);
        }
        if (assetId > type(uint40).max) revert SellerLacksShares(assetId, msg.sender, 0, amount);
        uint256 balance = shares.balanceOf(msg.sender, assetId);
        if (balance < amount) revert SellerLacksShares(assetId, msg.sender, balance, amount);
        if (!shares.isApprovedForAll(msg.sender, address(this))) revert MarketNotApproved(msg.sender);
        offerId = ++offerCount;
        uint16 rate = feeBps;
        // Casts checked above: amount < 2^64, price < 2^128, expiry < now + 1y < 2^40, asset < 2^40.
        _offers[offerId] = Offer({
            seller: msg.sender,
            expiresAt: uint40(expiresAt),
            feeBps: rate,
            assetId: uint40(assetId),
            pricePerShare: uint128(pricePerShare),
            shares: uint64(amount),
            remaining: uint64(amount)
        });
        emit OfferCreated(offerId, assetId, msg.sender, amount, pricePerShare, expiresAt, rate);
    }

    /// @notice Buys `amount` shares of offer `offerId`, paying
    /// amount x price from the caller's stablecoin (approve this market
    /// first). The shares go to the caller, the payment less the fee to the
    /// seller, in this transaction.
    /// @dev Requirements: not paused; the offer exists, is open and not
    /// expired; 0 < amount <= remaining; price <= maxPricePerShare; the
    /// caller is not the seller; the seller still holds the shares and
    /// still approves this market (else GPUAsset's ERC1155 error); the
    /// caller's balance and allowance cover the total (else the token's
    /// error). Emits an {OfferFilled} event.
    /// @return total what the caller paid.
    function fill(uint256 offerId, uint256 amount, uint256 maxPricePerShare)
        external
        whenNotPaused
        nonReentrant
        returns (uint256 total)
    {
        Offer storage o = _offers[offerId];
        address seller = o.seller;
        if (seller == address(0)) revert UnknownOffer(offerId);
        if (block.timestamp >= o.expiresAt) revert OfferExpired(offerId, o.expiresAt, block.timestamp);
        uint256 price = o.pricePerShare;
        if (price > maxPricePerShare) revert PriceAboveMax(offerId, price, maxPricePerShare);
        uint256 remaining = o.remaining;
        if (remaining == 0) revert OfferClosed(offerId);
        if (amount == 0) revert InvalidShares(amount);
        if (amount > remaining) revert ExceedsOffer(offerId, amount, remaining);
        if (msg.sender == seller) revert SelfTrade(offerId, seller);
        uint256 assetId = o.assetId;

        uint256 filledBefore = (uint256(o.shares) - remaining) * price;
        total = amount * price;
        // Each product < 2^64 x 2^128 x 2^16: no overflow.
        uint256 fee = (filledBefore + total) * o.feeBps / BPS - filledBefore * o.feeBps / BPS;
        uint256 proceeds = total - fee;

        // Effects. remaining - amount >= 0 (checked); fees owed < 2^80 checked by SafeCast
        // (2^80 units is 1.2e18 dollars: withdraw long before).
        unchecked {
            o.remaining = uint64(remaining - amount);
        }
        feesOwed = SafeCast.toUint80(uint256(feesOwed) + fee);
        _lastTrades[assetId] = LastTrade(uint128(price), uint64(block.timestamp), uint64(offerId));

        // Interactions. The share transfer settles both sides' revenue first (GPUAsset._update).
        shares.safeTransferFrom(seller, msg.sender, assetId, amount, "");
        uint256 before = stablecoin.balanceOf(address(this));
        stablecoin.safeTransferFrom(msg.sender, address(this), total);
        uint256 received = stablecoin.balanceOf(address(this)) - before;
        if (received != total) revert ShortDelivery(total, received);
        bool credited;
        if (proceeds != 0 && !stablecoin.trySafeTransfer(seller, proceeds)) {
            proceedsOwed[seller] += proceeds;
            totalProceedsOwed += proceeds;
            credited = true;
        }
        emit OfferFilled(offerId, assetId, msg.sender, seller, amount, price, total, fee, remaining - amount, credited);
    }

    /// @notice Withdraws what is left of an offer. Allowed while paused.
    /// @dev Requirements: the offer exists and is open (expired offers may be
    /// cancelled, to close them in the books); the caller is its seller.
    /// Emits an {OfferCancelled} event.
    function cancel(uint256 offerId) external nonReentrant {
        Offer storage o = _offers[offerId];
        address seller = o.seller;
        if (seller == address(0)) revert UnknownOffer(offerId);
        if (seller != msg.sender) revert NotOfferSeller(offerId, msg.sender, seller);
        uint256 remaining = o.remaining;
        if (remaining == 0) revert OfferClosed(offerId);
        o.remaining = 0;
        emit OfferCancelled(offerId, o.assetId, seller, remaining);
    }

    /// @notice Pays the caller's proceeds that could not be pushed to it
    /// to `to` (another address of the seller's when the first is blocked).
    /// Allowed while paused: pausing never holds money owed.
    /// @dev Requirements: `to` is not zero; something is owed. Emits a {ProceedsWithdrawn} event.
    function withdrawProceeds(address to) external nonReentrant returns (uint256 amount) {
        if (to == address(0)) revert ZeroAddress();
        amount = proceedsOwed[msg.sender];
        if (amount == 0) revert NoProceedsOwed(msg.sender);
        proceedsOwed[msg.sender] = 0;
        totalProceedsOwed -= amount;
        emit ProceedsWithdrawn(msg.sender, to, amount);
        stablecoin.safeTransfer(to, amount);
    }

    /// @notice Pays the fees owed to the treasury. Anyone may call it.
    /// @dev Requirements: some fee is owed. Emits a {FeesWithdrawn} event.
    function withdrawFees() external nonReentrant returns (uint256 amount) {
        amount = feesOwed;
        if (amount == 0) revert NoFeesOwed();
        feesOwed = 0;
        address to = treasury;
        emit FeesWithdrawn(to, amount);
        stablecoin.safeTransfer(to, amount);
    }

    /// @notice Sets the fee rate of offers made from now on (open offers keep theirs).
    /// @dev Requirements: FEE_ADMIN_ROLE; bps <= MAX_FEE_BPS. Emits a {FeeChanged} event.
    function setFee(uint16 bps) external onlyRole(FEE_ADMIN_ROLE) {
        if (bps > MAX_FEE_BPS) revert FeeTooHigh(bps, MAX_FEE_BPS);
        emit FeeChanged(feeBps, bps);
        feeBps = bps;
    }

    /// @notice Sets where fees are paid. Fees owed go to the new treasury.
    /// @dev Requirements: FEE_ADMIN_ROLE; not zero. Emits a {TreasuryChanged} event.
    function setTreasury(address newTreasury) external onlyRole(FEE_ADMIN_ROLE) {
        if (newTreasury == address(0)) revert ZeroAddress();
        emit TreasuryChanged(treasury, newTreasury);
        treasury = newTreasury;
    }

    /// @notice Stops new offers and fills; cancels and withdrawals go on. Requirements: PAUSER_ROLE.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes offers and fills. Requirements: PAUSER_ROLE.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    /// @notice One offer. Reverts with {UnknownOffer} for an id never issued.
    function getOffer(uint256 offerId) external view returns (OfferView memory v) {
        Offer storage o = _offers[offerId];
        if (o.seller == address(0)) revert UnknownOffer(offerId);
        v = OfferView({
            seller: o.seller,
            assetId: o.assetId,
            pricePerShare: o.pricePerShare,
            shares: o.shares,
            remaining: o.remaining,
            expiresAt: o.expiresAt,
            feeBps: o.feeBps
        });
    }

    /// @notice The last trade of an asset (zeros when it never traded):
    /// its price per share, time and offer.
    function lastTrade(uint256 assetId) external view returns (LastTrade memory) {
        return _lastTrades[assetId];
    }
}
