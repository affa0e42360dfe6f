// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IRevenueDistributor} from "./interfaces/IRevenueDistributor.sol";
import {IRevenueSink} from "./interfaces/IRevenueSink.sol";

/// @title RevenueDistributor
/// @notice The revenue side of a share token: splits each asset's revenue
/// into platform fee, operator fee, maintenance reserve and holders' part,
/// and pays holders pro rata with cumulative revenue-per-share accounting.
///
/// Why it is part of the share token (GPUAsset inherits it) rather than a
/// contract of its own: a holder's accrued revenue depends on its share
/// balance, so every balance change must first settle what both sides have
/// accrued, atomically, in the balance hook (`_update`). Inside the token that
/// is a few storage reads; as a separate contract it would be an external
/// call on every transfer, and a second contract the token must trust (and
/// that must trust the token) with the power to block or misprice transfers.
///
/// Accounting, per asset (all in units x ACC_SCALE unless said otherwise):
/// - `acc` (accRevenuePerShare) is the holders' revenue per share since
///   tokenization, plus ACC_OFFSET. A deposit adds
///   floor((holders * ACC_SCALE + dust) / supply) to it and keeps the
///   remainder as `dust`: O(1) whatever the number of holders.
/// - a holder's account holds the `acc` of its last settlement (snapshot),
///   whole units settled and not claimed, and a sub-unit `fraction`. Its
///   accrual is balance * (acc - snapshot) + fraction. Settling (before every
///   balance change of the holder, and on claim) credits the whole units of
///   that and keeps the sub-unit rest as the new fraction, so rounding never
///   loses anything a holder keeps holding. When a holder's balance drops to
///   zero its fraction goes back to the asset's `dust`, which the next
///   deposit distributes: payouts floor, rounding favours the pool, and no
///   unit is ever lost or stranded.
/// - exact at every moment:
///   holders * ACC_SCALE = claimed * ACC_SCALE + dust + sum over holders of
///   (unclaimed * ACC_SCALE + fraction + balance * (acc - snapshot)).
///   So, to the unit, holders = claimed + sum of claimable + carried, where
///   carried = (dust + sum of the holders' sub-unit fractions) / ACC_SCALE
///   is a whole number (see {claimableBatch}). No sum over holders is ever
///   computed on chain.
///
/// Scale and bounds: ACC_SCALE = 1e18 with share supplies capped at
/// MAX_SHARE_SUPPLY = 1e18, so every deposit of at least one unit moves
/// `acc` and the remainder it carries is below one unit. `acc` is kept in
/// 128 bits (cumulative holders' revenue up to 3.4e20 units per share),
/// unclaimed units in 64 bits (1.8e19 units per holder, claimed or not), an
/// asset's cumulative revenue in 80 bits (1.2e24 units: a million times the
/// supply of any stablecoin today, and more than a billion round trips of a
/// billion coins), and its operator fees and reserve not yet withdrawn in 64
/// bits each. Storage is laid out for the hot paths: a deposit reads and
/// writes two slots of its asset and one global slot and reads a third; a
/// claim reads the asset's accumulator and writes its paid-out slot and the
/// holder's account. That keeps a lease settlement under 80k gas and a claim
/// under 60k on mainnet's schedule.
///
/// Escrow: this contract also holds the lease market's escrow (renters pay
/// their deposits here, see LeaseMarket), so that releasing rent as revenue
/// is bookkeeping, not a token transfer. Only the lease market moves escrow,
/// and never more than it put in: `escrowHeld` caps it. A refund whose push
/// fails (a blocklisted renter) leaves the escrow and is owed to the renter
/// ({refundOwed}, {withdrawRefund}), so one frozen renter cannot block the
/// settlements that pay everyone else.
///
/// Custody, to the unit, at every block: this contract's token balance =
/// escrowHeld + totalRefundsOwed + platformFeesOwed + the assets' operator
/// fees owed and reserves + holders' unclaimed revenue + carried dust.
///
/// The stablecoin must be a plain ERC-20 (no fee on transfer, no callbacks):
/// every deposit is checked by this contract's balance difference and a
/// shortfall reverts ({DepositShortfall}).
abstract contract RevenueDistributor is IRevenueDistributor, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice May set the platform fee and an asset's fee and reserve rates.
    bytes32 public constant FEE_ADMIN_ROLE = keccak256("FEE_ADMIN_ROLE");
    /// @notice Highest platform fee the admin may set: 20%.
    uint16 public constant MAX_PLATFORM_FEE_BPS = 2_000;
    /// @notice 100% in basis points.
    uint16 public constant BPS = 10_000;
    /// @notice Scale of accRevenuePerShare and of the carried dust.
    uint256 public constant ACC_SCALE = 1e18;
    /// @notice Starting value of accRevenuePerShare, so that no snapshot of a
    /// holder is ever zero (a zero-to-nonzero storage write costs 20k gas).
    uint256 public constant ACC_OFFSET = 1;
    /// @notice Largest share supply of an asset (see the contract notes).
    uint256 public constant MAX_SHARE_SUPPLY = 1e18;

    /// @notice The token revenue is paid in.
    IERC20 public immutable stablecoin;

    /// @dev An asset's hot state, one slot that every deposit reads and
    /// writes and every claim reads: the holders' revenue per share, and
    /// what the operator's fees and the reserve hold now. Balances, not
    /// cumulative figures: a withdrawal brings them down, so 64 bits (1.8e13
    /// coins not yet withdrawn, per asset) cannot be outgrown by revenue
    /// that goes round and round; the cumulative figures are balance +
    /// withdrawn ({revenueTotals}).
    struct Pool {
        uint128 acc; // accRevenuePerShare, units x ACC_SCALE, from ACC_OFFSET
        uint64 operatorFeesOwed;
        uint64 reserveBalance;
    }

    /// @dev A holder's position in one asset, one slot.
    struct Account {
        uint128 snapshot; // acc at the last settlement (0: never settled, balance 0)
        uint64 unclaimed; // whole units settled and not claimed
        uint64 fraction; // sub-unit accrual settled, units x ACC_SCALE (< ACC_SCALE < 2^60)
    }

    /// @dev An asset's other cumulative figures, one slot that every deposit
    /// reads and writes; see {RevenueTotals}.
    struct Totals {
        uint80 gross;
        uint80 platformFees;
        // units x ACC_SCALE credited to no holder yet: below the supply (2^60)
        // after a deposit, plus under ACC_SCALE per holder who left since
        uint96 dust;
    }

    /// @dev What a deposit needs to know of an asset, one slot it reads.
    struct Terms {
        // Shares are minted once, at tokenization, and never burned.
        uint64 supply;
        uint16 operatorFeeBps;
        uint16 reserveBps;
    }

    /// @dev What has been paid out of an asset's revenue, one slot: claims
    /// and withdrawals write it, deposits never touch it.
    struct Paid {
        uint96 claimed; // to holders
        uint80 operatorFees;
        uint80 reserve;
    }

    /// @dev The lease market's funds here, the platform fees accrued and the
    /// platform fee rate: one slot that every settlement reads and writes.
    struct Vault {
        uint120 escrowHeld; // the lease market's escrow
        uint120 platformFeesAccrued;
        uint16 platformFeeBps; // on every deposit, all assets
    }

    /// @notice The one contract that may hold escrow here and release it as
    /// revenue. Immutable: no one can hand the escrow to another contract.
    address public immutable leaseMarket;
    /// @notice Where platform fees are paid.
    address public treasury;
    uint128 private _platformFeesWithdrawn;
    Vault private _vault;

    mapping(uint256 assetId => Pool) private _pools;
    mapping(uint256 assetId => Totals) private _totals;
    mapping(uint256 assetId => Terms) private _terms;
    mapping(uint256 assetId => Paid) private _paid;
    mapping(uint256 assetId => mapping(address holder => Account)) private _accounts;
    /// @dev Refunds whose push failed, owed to each renter (pull), and their sum.
    mapping(address renter => uint256) private _refundsOwed;
    uint256 private _totalRefundsOwed;

    /// @param leaseMarket_ the lease market, deployed after this contract
    /// (it needs this one's address): the deployer computes its address.
    constructor(IERC20 stablecoin_, address treasury_, address leaseMarket_) {
        if (address(stablecoin_) == address(0) || treasury_ == address(0) || leaseMarket_ == address(0)) {
            revert ZeroAddress();
        }
        stablecoin = stablecoin_;
        treasury = treasury_;
        leaseMarket = leaseMarket_;
        emit TreasuryChanged(address(0), treasury_);
    }

    // ------------------------------------------------------------ hooks (GPUAsset)

    /// @dev The asset's operator; reverts with {UnknownAsset} for an id never issued.
    function _operatorOf(uint256 assetId) internal view virtual returns (address);

    /// @dev A holder's share balance of an asset.
    function _sharesOf(address holder, uint256 assetId) internal view virtual returns (uint256);

    // ------------------------------------------------------------------- revenue

    /// @inheritdoc IRevenueDistributor
    function depositRevenue(uint256 assetId, uint256 amount) external override(IRevenueDistributor) nonReentrant {
        _split(assetId, amount, false);
        uint256 before = stablecoin.balanceOf(address(this));
        stablecoin.safeTransferFrom(msg.sender, address(this), amount);
        // Booked as `amount`: it must have arrived as `amount` (no fee on transfer).
        uint256 received = stablecoin.balanceOf(address(this)) - before;
        if (received != amount) revert DepositShortfall(amount, received);
    }

    /// @inheritdoc IRevenueSink
    function holdEscrow(uint256 amount) external override {
        _checkLeaseMarket();
        _vault.escrowHeld += amount.toUint120();
        emit EscrowHeld(msg.sender, amount);
    }

    /// @inheritdoc IRevenueSink
    function releaseEscrow(uint256 assetId, uint256 amount) external override {
        // No guard: it makes no call, and only the lease market (guarded
        // itself) may call it.
        _checkLeaseMarket();
        _split(assetId, amount, true);
    }

    /// @inheritdoc IRevenueSink
    function refundEscrow(address to, uint256 amount) external override nonReentrant {
        _checkLeaseMarket();
        if (to == address(0) || to == address(this)) revert InvalidRecipient(to);
        _vault.escrowHeld = _escrowLess(_vault.escrowHeld, amount);
        emit EscrowRefunded(msg.sender, to, amount);
        // A push that fails (blocklisted renter, a token returning false) must
        // not fail the settlement that pays everyone else: the refund is owed
        // to the renter instead. No reentrancy: this function is guarded, and
        // every effect above is recorded before the call.
        if (!stablecoin.trySafeTransfer(to, amount)) {
            _refundsOwed[to] += amount;
            _totalRefundsOwed += amount;
            emit RefundDeferred(to, amount);
        }
    }

    /// @inheritdoc IRevenueSink
    function withdrawRefund() external override nonReentrant returns (uint256 amount) {
        amount = _refundsOwed[msg.sender];
        if (amount == 0) revert NoRefundOwed(msg.sender);
        _refundsOwed[msg.sender] = 0;
        _totalRefundsOwed -= amount;
        emit RefundWithdrawn(msg.sender, amount);
        stablecoin.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IRevenueDistributor
    function claim(uint256[] calldata assetIds) external nonReentrant returns (uint256 total) {
        for (uint256 i = 0; i < assetIds.length; ++i) {
            total += _claim(assetIds[i], msg.sender);
        }
        if (total > 0) stablecoin.safeTransfer(msg.sender, total);
    }

    /// @inheritdoc IRevenueDistributor
    function withdrawOperatorFees(uint256 assetId) external nonReentrant returns (uint256 amount) {
        _checkOperator(assetId);
        Pool storage p = _pools[assetId];
        amount = p.operatorFeesOwed;
        if (amount == 0) return 0;
        p.operatorFeesOwed = 0;
        // amount < 2^64: the cast is exact; the sum is checked.
        _paid[assetId].operatorFees += uint80(amount);
        emit OperatorFeesWithdrawn(assetId, msg.sender, amount);
        stablecoin.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IRevenueDistributor
    function withdrawReserve(uint256 assetId, uint256 amount, address to, bytes32 purpose, string calldata memo)
        external
        nonReentrant
    {
        _checkOperator(assetId);
        if (amount == 0) revert ZeroAmount();
        if (to == address(0) || to == address(this)) revert InvalidRecipient(to);
        if (purpose == bytes32(0)) revert EmptyPurpose();
        Pool storage p = _pools[assetId];
        uint256 available = p.reserveBalance;
        if (amount > available) revert InsufficientReserve(assetId, amount, available);
        // amount <= available < 2^64: the casts are exact; the sum is checked.
        p.reserveBalance = uint64(available - amount);
        _paid[assetId].reserve += uint80(amount);
        emit ReserveWithdrawn(assetId, to, amount, purpose, memo);
        stablecoin.safeTransfer(to, amount);
    }

    /// @inheritdoc IRevenueDistributor
    function withdrawPlatformFees(address to) external nonReentrant returns (uint256 amount) {
        if (msg.sender != treasury && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) revert NotTreasuryOrAdmin(msg.sender);
        if (to == address(0) || to == address(this)) revert InvalidRecipient(to);
        uint128 accrued = _vault.platformFeesAccrued;
        amount = accrued - _platformFeesWithdrawn;
        if (amount == 0) return 0;
        _platformFeesWithdrawn = accrued;
        emit PlatformFeesWithdrawn(msg.sender, to, amount);
        stablecoin.safeTransfer(to, amount);
    }

    // --------------------------------------------------------------------- admin

    /// @inheritdoc IRevenueDistributor
    function setPlatformFee(uint16 bps) external onlyRole(FEE_ADMIN_ROLE) {
        if (bps > MAX_PLATFORM_FEE_BPS) revert PlatformFeeTooHigh(bps, MAX_PLATFORM_FEE_BPS);
        emit PlatformFeeChanged(_vault.platformFeeBps, bps);
        _vault.platformFeeBps = bps;
    }

    /// @inheritdoc IRevenueDistributor
    function setAssetFees(uint256 assetId, uint16 operatorFeeBps, uint16 reserveBps)
        external
        onlyRole(FEE_ADMIN_ROLE)
    {
        _operatorOf(assetId); // reverts for an unknown asset
        _checkAssetFees(operatorFeeBps, reserveBps);
        Terms storage s = _terms[assetId];
        emit AssetFeesChanged(assetId, s.operatorFeeBps, s.reserveBps, operatorFeeBps, reserveBps);
        (s.operatorFeeBps, s.reserveBps) = (operatorFeeBps, reserveBps);
    }

    /// @inheritdoc IRevenueDistributor
    function setTreasury(address newTreasury) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newTreasury == address(0)) revert ZeroAddress();
        emit TreasuryChanged(treasury, newTreasury);
        treasury = newTreasury;
    }

    // --------------------------------------------------------------------- views

    /// @inheritdoc IRevenueDistributor
    function claimable(uint256 assetId, address holder) external view returns (uint256) {
        (uint256 amount,) = _claimable(assetId, holder);
        return amount;
    }

    /// @inheritdoc IRevenueDistributor
    function claimableBatch(uint256[] calldata assetIds, address[] calldata holders)
        external
        view
        returns (uint256[] memory amounts, uint256[] memory fractions)
    {
        if (assetIds.length != holders.length) revert LengthMismatch(assetIds.length, holders.length);
        amounts = new uint256[](assetIds.length);
        fractions = new uint256[](assetIds.length);
        for (uint256 i = 0; i < assetIds.length; ++i) {
            (amounts[i], fractions[i]) = _claimable(assetIds[i], holders[i]);
        }
    }

    /// @inheritdoc IRevenueDistributor
    function revenueTotals(uint256 assetId) external view returns (RevenueTotals memory r) {
        Totals storage t = _totals[assetId];
        Paid storage w = _paid[assetId];
        Pool storage p = _pools[assetId];
        r.gross = t.gross;
        r.platformFees = t.platformFees;
        r.operatorFees = uint256(p.operatorFeesOwed) + w.operatorFees;
        r.operatorFeesWithdrawn = w.operatorFees;
        r.reserveAccrued = uint256(p.reserveBalance) + w.reserve;
        r.reserveWithdrawn = w.reserve;
        // Not stored: gross is exactly the sum of the four parts.
        r.holders = r.gross - r.platformFees - r.operatorFees - r.reserveAccrued;
        r.claimed = w.claimed;
        r.accRevenuePerShare = p.acc;
        r.carriedDust = t.dust;
    }

    /// @inheritdoc IRevenueDistributor
    function carriedDust(uint256 assetId) external view returns (uint256) {
        return _totals[assetId].dust;
    }

    /// @inheritdoc IRevenueDistributor
    function operatorFeesOwed(uint256 assetId) external view returns (uint256) {
        return _pools[assetId].operatorFeesOwed;
    }

    /// @inheritdoc IRevenueDistributor
    function reserveBalance(uint256 assetId) external view returns (uint256) {
        return _pools[assetId].reserveBalance;
    }

    /// @inheritdoc IRevenueDistributor
    function platformFeesOwed() external view returns (uint256) {
        return _vault.platformFeesAccrued - _platformFeesWithdrawn;
    }

    /// @notice Platform fee on every deposit, all assets, in bps.
    function platformFeeBps() external view returns (uint16) {
        return _vault.platformFeeBps;
    }

    /// @inheritdoc IRevenueSink
    function escrowHeld() external view override returns (uint256) {
        return _vault.escrowHeld;
    }

    /// @inheritdoc IRevenueSink
    function refundOwed(address account) external view override returns (uint256) {
        return _refundsOwed[account];
    }

    /// @inheritdoc IRevenueSink
    function totalRefundsOwed() external view override returns (uint256) {
        return _totalRefundsOwed;
    }

    /// @notice An asset's operator fee and reserve rates.
    function feeRatesOf(uint256 assetId) public view returns (uint16 operatorFeeBps, uint16 reserveBps) {
        Terms storage s = _terms[assetId];
        return (s.operatorFeeBps, s.reserveBps);
    }

    // ------------------------------------------------------------------ internal

    /// @dev Starts an asset's revenue accounting; call once, before its
    /// shares are minted, with the whole supply it will ever have.
    function _openRevenuePool(uint256 assetId, uint256 supply, uint16 operatorFeeBps, uint16 reserveBps) internal {
        _checkAssetFees(operatorFeeBps, reserveBps);
        _pools[assetId].acc = uint128(ACC_OFFSET);
        // supply <= MAX_SHARE_SUPPLY < 2^64 (checked by the token): exact.
        _terms[assetId] = Terms({supply: uint64(supply), operatorFeeBps: operatorFeeBps, reserveBps: reserveBps});
        emit AssetFeesChanged(assetId, 0, 0, operatorFeeBps, reserveBps);
    }

    /// @dev Books `amount` as revenue of `assetId` (the tokens are here,
    /// in the lease market's escrow when `fromEscrow`, or about to be): fees
    /// and reserve by the rates in force, the holders' part onto
    /// accRevenuePerShare. Emits {RevenueDeposited}.
    function _split(uint256 assetId, uint256 amount, bool fromEscrow) private {
        if (amount == 0) revert ZeroAmount();
        Terms memory terms = _terms[assetId];
        uint256 supply = terms.supply;
        if (supply == 0) revert UnknownAsset(assetId); // every asset has shares
        Vault memory v = _vault;
        uint80 gross = amount.toUint80();

        uint80 platformFee;
        uint80 operatorFee;
        uint80 reserve;
        uint80 holders;
        // Cannot overflow: gross < 2^80 and every rate <= 10000 < 2^14, so each
        // product is below 2^94. Cannot underflow: the three rates sum to at
        // most 10000 (MAX_PLATFORM_FEE_BPS + operator + reserve <= BPS, enforced
        // when they are set), so the three floors sum to at most gross.
        unchecked {
            platformFee = uint80(uint256(gross) * v.platformFeeBps / BPS);
            operatorFee = uint80(uint256(gross) * terms.operatorFeeBps / BPS);
            reserve = uint80(uint256(gross) * terms.reserveBps / BPS);
            holders = gross - platformFee - operatorFee - reserve;
        }

        // One write per slot; checked: a cumulative figure past its width
        // reverts rather than wraps.
        Totals memory t = _totals[assetId];
        uint256 total = uint256(holders) * ACC_SCALE + t.dust; // < 2^80 * 2^60 + 2^96
        uint256 step = total / supply;
        // dust < supply <= MAX_SHARE_SUPPLY < 2^96: the cast is exact.
        uint96 dust = uint96(total - step * supply);
        _totals[assetId] = Totals({gross: t.gross + gross, platformFees: t.platformFees + platformFee, dust: dust});
        Pool memory p = _pools[assetId];
        uint256 acc = p.acc + step;
        _pools[assetId] = Pool({
            acc: acc.toUint128(),
            operatorFeesOwed: uint256(p.operatorFeesOwed + operatorFee).toUint64(),
            reserveBalance: uint256(p.reserveBalance + reserve).toUint64()
        });
        if (fromEscrow) v.escrowHeld = _escrowLess(v.escrowHeld, gross);
        v.platformFeesAccrued += platformFee;
        _vault = v;

        emit RevenueDeposited(assetId, msg.sender, gross, platformFee, operatorFee, reserve, holders, acc, dust);
    }

    /// @dev The market's escrow once `amount` has left it; never more than it holds.
    function _escrowLess(uint120 held, uint256 amount) private pure returns (uint120) {
        if (amount > held) revert EscrowExceeded(amount, held);
        // amount <= held < 2^120: the cast is exact.
        return uint120(held - amount);
    }

    function _checkLeaseMarket() private view {
        if (msg.sender != leaseMarket) revert NotLeaseMarket(msg.sender);
    }

    /// @dev Settles the accrued revenue of `from` and `to` in every id, at the
    /// balances they hold before a transfer, mint or burn changes them. Call
    /// it from the share token's `_update` before the balances change. Loops
    /// over the ids moved, never over holders.
    function _settleTransfer(address from, address to, uint256[] memory ids) internal {
        for (uint256 i = 0; i < ids.length; ++i) {
            uint256 assetId = ids[i];
            uint256 acc = _pools[assetId].acc;
            if (from != address(0)) _settle(assetId, from, acc);
            if (to != address(0) && to != from) _settle(assetId, to, acc);
        }
    }

    /// @dev Returns the sub-unit fraction of a sender whose balance of an id
    /// is now zero to the asset's dust, for the next deposit to distribute.
    /// Call it from the share token's `_update` after the balances changed.
    function _releaseExited(address from, uint256[] memory ids) internal {
        if (from == address(0)) return;
        for (uint256 i = 0; i < ids.length; ++i) {
            uint256 assetId = ids[i];
            Account storage a = _accounts[assetId][from];
            uint64 fraction = a.fraction;
            if (fraction == 0 || _sharesOf(from, assetId) != 0) continue;
            a.fraction = 0;
            _totals[assetId].dust += fraction;
        }
    }

    /// @dev Rejects rates that, with the highest platform fee, would exceed 100%.
    function _checkAssetFees(uint16 operatorFeeBps, uint16 reserveBps) internal pure {
        if (uint256(MAX_PLATFORM_FEE_BPS) + operatorFeeBps + reserveBps > BPS) {
            revert FeesExceed100Percent(MAX_PLATFORM_FEE_BPS, operatorFeeBps, reserveBps);
        }
    }

    /// @dev Brings a holder's account up to `acc`: whole units to unclaimed,
    /// the sub-unit rest kept as its fraction.
    function _settle(uint256 assetId, address holder, uint256 acc) private {
        Account memory a = _accounts[assetId][holder];
        if (a.snapshot == acc) return;
        (uint256 units, uint256 fraction) = _accrued(a, _sharesOf(holder, assetId), acc);
        // acc < 2^128 (stored as such) and fraction < ACC_SCALE < 2^64: the casts are exact.
        _accounts[assetId][holder] =
            Account({snapshot: uint128(acc), unclaimed: units.toUint64(), fraction: uint64(fraction)});
    }

    /// @dev Settles and empties a holder's account of one asset; returns the
    /// whole units it held. An account with nothing whole to pay is left as it
    /// is, so a non-holder's claim writes nothing.
    function _claim(uint256 assetId, address holder) private returns (uint256 amount) {
        Pool memory p = _pools[assetId];
        Account memory a = _accounts[assetId][holder];
        uint256 fraction = a.fraction;
        if (a.snapshot == p.acc) {
            amount = a.unclaimed;
        } else {
            (amount, fraction) = _accrued(a, _sharesOf(holder, assetId), p.acc);
        }
        if (amount == 0) return 0;
        // fraction < ACC_SCALE < 2^64: the cast is exact.
        _accounts[assetId][holder] = Account({snapshot: p.acc, unclaimed: 0, fraction: uint64(fraction)});
        _paid[assetId].claimed += amount.toUint96();
        emit RevenueClaimed(assetId, holder, amount);
    }

    function _claimable(uint256 assetId, address holder) private view returns (uint256 amount, uint256 fraction) {
        return _accrued(_accounts[assetId][holder], _sharesOf(holder, assetId), _pools[assetId].acc);
    }

    /// @dev A holder's whole units (unclaimed included) and sub-unit
    /// fraction (units x ACC_SCALE) once brought up to `acc`.
    function _accrued(Account memory a, uint256 balance, uint256 acc)
        private
        pure
        returns (uint256 units, uint256 fraction)
    {
        uint256 pending;
        // Cannot underflow: acc only grows and a snapshot is always a past acc
        // (or 0 for an account never settled, whose balance is 0). Cannot
        // overflow: balance <= MAX_SHARE_SUPPLY < 2^60, acc < 2^128 and
        // fraction < 2^64.
        unchecked {
            pending = balance * (acc - a.snapshot) + a.fraction;
        }
        units = a.unclaimed + pending / ACC_SCALE;
        fraction = pending % ACC_SCALE;
    }

    function _checkOperator(uint256 assetId) private view {
        address operator = _operatorOf(assetId);
        if (operator != msg.sender) revert NotAssetOperator(assetId, msg.sender, operator);
    }
}
