// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IAssetRegistry} from "../interfaces/IAssetRegistry.sol";

/// @dev What the backstop reads of the lease market: an asset's usage and its
/// hourly records (LeaseMarket.Usage, same layout).
interface ILeaseUsage {
    struct Usage {
        uint32 gpus;
        uint64 updatedAt;
        uint128 gpuSeconds;
        bool tracked;
    }

    function track(uint256 assetId) external returns (Usage memory);

    function hourlyUsage(uint256 assetId, uint256 fromHour, uint256 count) external view returns (Usage[] memory);
}

/// @dev The revenue entry point the backstop pays through (RevenueDistributor):
/// pulls `amount` from the caller and splits it like rent.
interface IRevenueDeposit {
    function depositRevenue(uint256 assetId, uint256 amount) external;
}

/// @title CapacityBackstop
/// @notice A buyer of last resort for an asset's idle GPU capacity. A
/// provider commits a stablecoin amount to an asset for a term of whole
/// hours at a floor price per GPU-hour. Each hour of the term, once it has
/// ended, the asset's GPU-seconds that no lease held are bought at the floor,
/// paid from the commitment into the asset's revenue (split like rent: fees,
/// reserve, holders), until the commitment or the term runs out. What is
/// left returns to the provider at the end.
///
/// Money rule, per hour h of the term (units of the stablecoin):
///   idle(h)  = gpuCount * 3600 - leasedGpuSeconds(h)
///   pay(h)   = min(floor(idle(h) * floorPricePerGpuHour / 3600), left)
/// where leasedGpuSeconds(h) counts each lease's GPUs from its start until
/// it is retired (LeaseMarket.Usage), and `left` is the commitment not yet
/// paid. Rounding is down, per hour, in favour of the provider; nothing is
/// carried between hours. So amount = paid + returned + held, to the unit.
///
/// Leased GPU-seconds come from the lease market's hourly records, written
/// in O(1) by every lease opened or retired once the asset is tracked (the
/// commit turns tracking on and takes the usage at that moment as the known
/// state the hours are walked from). No loop over leases; a settle walks at
/// most MAX_HOURS_PER_SETTLE hours, one storage read each.
///
/// With `take`, the GPU-seconds bought are the provider's: recorded per hour
/// ({IdleCapacityTaken}) and per commitment (`gpuSecondsBought`); the
/// operator owes the provider that much GPU time (see docs/backstop.md).
///
/// Custody, to the unit: this contract's balance = sum over commitments of
/// (amount - paid - returned) + returns owed (`totalHeld` + `totalReturnsOwed`).
contract CapacityBackstop is AccessControl, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    enum Status {
        None,
        Active, // hours of its term remain to be settled
        Finished, // every hour settled, or the commitment spent: awaiting release
        Released // what was left has been returned (or is owed) to the provider
    }

    /// @notice A commitment as {commitmentOf} returns it.
    struct Commitment {
        address provider;
        Status status;
        bool take;
        uint64 assetId;
        uint32 gpuCount; // the asset's, at commit
        uint32 startHour; // first hour of the term (timestamp / 3600)
        uint32 hoursTerm;
        uint32 cursorHour; // next hour to walk
        uint96 floorPricePerGpuHour;
        uint128 amount;
        uint128 paid; // into revenue
        uint128 returned; // to the provider, at release
        uint128 idleGpuSeconds; // idle GPU-seconds measured over the hours settled
        uint128 gpuSecondsBought; // of them, paid for (all but a last, partly paid hour)
        // The known usage at the start of cursorHour (at commit: at commit time).
        uint64 cursorTime;
        uint32 cursorGpus;
        uint128 cursorGpuSeconds;
    }

    /// @notice Longest term: five years of hours.
    uint32 public constant MAX_TERM_HOURS = 43_800;
    /// @notice Most hours one settle walks; call again to go on.
    uint256 public constant MAX_HOURS_PER_SETTLE = 168;
    /// @notice Highest floor price per GPU-hour (the lease market's MAX_TERM_COST).
    uint256 public constant MAX_FLOOR_PRICE = type(uint80).max;

    /// @notice May pause commits and settlements (never releases).
    bytes32 public constant BACKSTOP_ADMIN_ROLE = keccak256("BACKSTOP_ADMIN_ROLE");

    IERC20 public immutable stablecoin;
    IAssetRegistry public immutable assets;
    ILeaseUsage public immutable market;
    IRevenueDeposit public immutable revenue;

    uint256 public commitmentCount;
    /// @notice Commitment amounts not yet paid or returned.
    uint256 public totalHeld;
    /// @notice Returns whose push failed, owed to providers (pull), in all.
    uint256 public totalReturnsOwed;
    mapping(uint256 commitmentId => Commitment) private _commitments;
    /// @notice The asset's active commitment (0: none).
    mapping(uint256 assetId => uint256) public activeCommitmentOf;
    mapping(address provider => uint256) private _returnsOwed;

    event Committed(
        uint256 indexed commitmentId,
        uint256 indexed assetId,
        address indexed provider,
        uint256 floorPricePerGpuHour,
        uint256 amount,
        uint32 gpuCount,
        uint32 startHour,
        uint32 hoursTerm,
        bool take
    );
    /// @notice Hour `hour` of the term was settled: `idleGpuSeconds` measured,
    /// `amount` paid into the asset's revenue for them.
    event IdleCapacityBought(
        uint256 indexed commitmentId, uint256 indexed assetId, uint256 hour, uint256 idleGpuSeconds, uint256 amount
    );
    /// @notice With `take`: the GPU-seconds of hour `hour` bought, now the provider's.
    event IdleCapacityTaken(
        uint256 indexed commitmentId, uint256 indexed assetId, address indexed provider, uint256 hour, uint256 gpuSeconds
    );
    /// @notice One settle: hours [fromHour, toHour) walked, `paid` in all, `left` after.
    event CommitmentSettled(
        uint256 indexed commitmentId, uint256 indexed assetId, uint256 fromHour, uint256 toHour, uint256 paid, uint256 left
    );
    /// @notice Every hour settled or the commitment spent; the asset may take a new one.
    event CommitmentFinished(uint256 indexed commitmentId, uint256 indexed assetId, uint256 paid, uint256 left);
    event CommitmentReleased(uint256 indexed commitmentId, address indexed provider, uint256 amount);
    event ReturnDeferred(uint256 indexed commitmentId, address indexed provider, uint256 amount);
    event ReturnWithdrawn(address indexed provider, uint256 amount);

    error ZeroAddress();
    error ZeroAmount();
    error InvalidFloorPrice(uint256 floorPricePerGpuHour, uint256 max);
    error InvalidTerm(uint32 hoursTerm, uint32 max);
    error AmountTooLarge(uint256 amount);
    error AssetHasCommitment(uint256 assetId, uint256 commitmentId);
    error UnknownCommitment(uint256 commitmentId);
    error CommitmentNotActive(uint256 commitmentId, Status status);
    /// @notice No hour of the term after `hour` has ended yet: the next ends at `endsAt`.
    error HourNotEnded(uint256 commitmentId, uint256 hour, uint256 endsAt);
    error NotProvider(uint256 commitmentId, address caller);
    /// @notice Hours of the term remain to be settled (`cursorHour` of `endHour`).
    error TermNotSettled(uint256 commitmentId, uint256 cursorHour, uint256 endHour);
    error DepositShortfall(uint256 expected, uint256 received);
    error NoReturnOwed(address provider);

    constructor(
        address admin,
        IERC20 stablecoin_,
        IAssetRegistry assets_,
        ILeaseUsage market_,
        IRevenueDeposit revenue_
    ) {
        if (
            admin == address(0) || address(stablecoin_) == address(0) || address(assets_) == address(0)
                || address(market_) == address(0) || address(revenue_) == address(0)
        ) revert ZeroAddress();
        stablecoin = stablecoin_;
        assets = assets_;
        market = market_;
        revenue = revenue_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(BACKSTOP_ADMIN_ROLE, admin);
        // The revenue account pulls each payment (depositRevenue); it is
        // immutable and pulls only what this contract asks it to deposit.
        stablecoin_.forceApprove(address(revenue_), type(uint256).max);
    }

    /// @notice Commits `amount` to buy the asset's idle GPU-hours at
    /// `floorPricePerGpuHour` for `hoursTerm` hours from the next whole hour.
    /// The caller (the provider) approved this contract for `amount`.
    /// @dev Requirements: not paused; amount > 0; 0 < floor <= MAX_FLOOR_PRICE;
    /// 1 <= hoursTerm <= MAX_TERM_HOURS; a known asset with no active
    /// commitment; the tokens arrive whole (no fee on transfer).
    /// Emits a {Committed} event (and the market's {UsageTracked}).
    function commit(uint256 assetId, uint256 floorPricePerGpuHour, uint256 amount, uint32 hoursTerm, bool take)
        external
        nonReentrant
        whenNotPaused
        returns (uint256 commitmentId)
    {
        if (amount == 0) revert ZeroAmount();
        if (amount > type(uint128).max) revert AmountTooLarge(amount);
        if (floorPricePerGpuHour == 0 || floorPricePerGpuHour > MAX_FLOOR_PRICE) {
            revert InvalidFloorPrice(floorPricePerGpuHour, MAX_FLOOR_PRICE);
        }
        if (hoursTerm == 0 || hoursTerm > MAX_TERM_HOURS) revert InvalidTerm(hoursTerm, MAX_TERM_HOURS);
        uint256 existing = activeCommitmentOf[assetId];
        if (existing != 0) revert AssetHasCommitment(assetId, existing);
        uint32 gpuCount = assets.gpuCountOf(assetId); // reverts for an unknown asset
        // The usage now is the known state the hours are walked from; from
        // now on the market records every change per hour.
        ILeaseUsage.Usage memory u = market.track(assetId);

        commitmentId = ++commitmentCount;
        uint256 hourNow = block.timestamp / 3600;
        Commitment storage c = _commitments[commitmentId];
        c.provider = msg.sender;
        c.status = Status.Active;
        c.take = take;
        c.assetId = assetId.toUint64();
        c.gpuCount = gpuCount;
        c.startHour = (hourNow + 1).toUint32();
        c.hoursTerm = hoursTerm;
        c.cursorHour = hourNow.toUint32();
        c.floorPricePerGpuHour = uint96(floorPricePerGpuHour); // <= 2^80, checked above
        c.amount = uint128(amount); // checked above
        c.cursorTime = u.updatedAt;
        c.cursorGpus = u.gpus;
        c.cursorGpuSeconds = u.gpuSeconds;
        activeCommitmentOf[assetId] = commitmentId;
        totalHeld += amount;
        emit Committed(
            commitmentId, assetId, msg.sender, floorPricePerGpuHour, amount, gpuCount, c.startHour, hoursTerm, take
        );

        uint256 before = stablecoin.balanceOf(address(this));
        stablecoin.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = stablecoin.balanceOf(address(this)) - before;
        if (received != amount) revert DepositShortfall(amount, received);
    }

    /// @notice Settles the hours of the term that have ended since the last
    /// settle, at most `maxHours` (and MAX_HOURS_PER_SETTLE) of them, and
    /// pays their idle GPU-hours at the floor into the asset's revenue.
    /// Anyone may call it: what it pays follows from the leases alone.
    /// @dev Requirements: not paused; the commitment is Active; at least one
    /// hour to walk has ended ({HourNotEnded} otherwise); maxHours > 0.
    /// Emits an {IdleCapacityBought} event per hour of the term walked (and
    /// {IdleCapacityTaken} with `take`), a {CommitmentSettled} event, and a
    /// {CommitmentFinished} event when the term or the commitment runs out.
    function settle(uint256 commitmentId, uint256 maxHours)
        external
        nonReentrant
        whenNotPaused
        returns (uint256 paidNow)
    {
        Commitment storage c = _commitment(commitmentId);
        if (c.status != Status.Active) revert CommitmentNotActive(commitmentId, c.status);
        if (maxHours == 0) revert ZeroAmount();
        uint256 from = c.cursorHour;
        uint256 endHour = uint256(c.startHour) + c.hoursTerm;
        uint256 until = block.timestamp / 3600; // hours before it have ended
        if (until > endHour) until = endHour;
        if (from >= until) revert HourNotEnded(commitmentId, from, (from + 1) * 3600);
        if (maxHours > MAX_HOURS_PER_SETTLE) maxHours = MAX_HOURS_PER_SETTLE;
        if (until - from > maxHours) until = from + maxHours;

        uint256 assetId = c.assetId;
        Walk memory w = Walk({
            time: c.cursorTime,
            gpus: c.cursorGpus,
            gpuSeconds: c.cursorGpuSeconds,
            left: uint256(c.amount) - c.paid,
            paid: 0,
            idle: 0,
            bought: 0
        });
        uint256 h = _walk(commitmentId, c, assetId, w, from, until);

        bool finished = h == endHour || w.left == 0;
        c.cursorHour = finished ? uint32(endHour) : uint32(h); // endHour fits: startHour + term, both 32-bit, checked at commit
        c.cursorTime = w.time;
        c.cursorGpus = w.gpus;
        c.cursorGpuSeconds = w.gpuSeconds;
        // Each sum is at most the amount (128 bits) or 2^32 GPUs x 2^32 s.
        c.paid += uint128(w.paid);
        c.idleGpuSeconds += uint128(w.idle);
        c.gpuSecondsBought += uint128(w.bought);
        totalHeld -= w.paid;
        paidNow = w.paid;
        emit CommitmentSettled(commitmentId, assetId, from, h, w.paid, w.left);
        if (finished) {
            c.status = Status.Finished;
            delete activeCommitmentOf[assetId];
            emit CommitmentFinished(commitmentId, assetId, c.paid, w.left);
        }
        // Interaction last: the revenue account pulls the payment and splits it.
        if (paidNow > 0) revenue.depositRevenue(assetId, paidNow);
    }

    /// @dev The state of a walk over hours.
    struct Walk {
        uint64 time; // of the known usage
        uint32 gpus;
        uint128 gpuSeconds; // leased GPU-seconds integral at `time`
        uint256 left;
        uint256 paid;
        uint256 idle;
        uint256 bought;
    }

    /// @dev Walks hours [from, until) from the known usage in `w`, paying
    /// each hour of the term; returns the hour it stopped before (until, or
    /// the one after the hour that spent the commitment).
    function _walk(uint256 commitmentId, Commitment storage c, uint256 assetId, Walk memory w, uint256 from, uint256 until)
        private
        returns (uint256 h)
    {
        ILeaseUsage.Usage[] memory recs = market.hourlyUsage(assetId, from, until - from);
        uint256 capacity = uint256(c.gpuCount) * 3600;
        uint256 floorPrice = c.floorPricePerGpuHour;
        uint256 startHour = c.startHour;
        bool take = c.take;
        address provider = c.provider;
        for (h = from; h < until; ++h) {
            uint64 hourEnd = uint64((h + 1) * 3600);
            ILeaseUsage.Usage memory r = recs[h - from];
            uint128 before = w.gpuSeconds;
            // A record at or after the known state holds every change up to
            // the hour's end (it is the hour's last); an older one, or none,
            // means no change since the known state.
            if (r.updatedAt >= w.time && r.updatedAt != 0) {
                w.gpuSeconds = r.gpuSeconds + uint128(r.gpus) * (hourEnd - r.updatedAt);
                w.gpus = r.gpus;
            } else {
                w.gpuSeconds += uint128(w.gpus) * (hourEnd - w.time);
            }
            w.time = hourEnd;
            if (h < startHour) continue; // the commit's own hour: walked, not bought
            uint256 leased = w.gpuSeconds - before;
            uint256 idle = capacity > leased ? capacity - leased : 0;
            uint256 amount = idle * floorPrice / 3600;
            uint256 bought = idle;
            if (amount > w.left) {
                amount = w.left;
                bought = amount * 3600 / floorPrice;
                if (bought > idle) bought = idle;
            }
            w.left -= amount;
            w.paid += amount;
            w.idle += idle;
            w.bought += bought;
            emit IdleCapacityBought(commitmentId, assetId, h, idle, amount);
            if (take && bought > 0) emit IdleCapacityTaken(commitmentId, assetId, provider, h, bought);
            if (w.left == 0) return h + 1;
        }
    }

    /// @notice Returns what is left of a finished commitment to its provider.
    /// A push the token refuses (a blocklisted provider) is owed instead,
    /// for {withdrawReturn}.
    /// @dev Requirements: the caller is the provider; the commitment is
    /// Finished (every hour of its term settled, or spent).
    /// Emits a {CommitmentReleased} event, and {ReturnDeferred} when the push fails.
    function release(uint256 commitmentId) external nonReentrant returns (uint256 amount) {
        Commitment storage c = _commitment(commitmentId);
        if (msg.sender != c.provider) revert NotProvider(commitmentId, msg.sender);
        if (c.status != Status.Finished) {
            if (c.status == Status.Active) {
                revert TermNotSettled(commitmentId, c.cursorHour, uint256(c.startHour) + c.hoursTerm);
            }
            revert CommitmentNotActive(commitmentId, c.status);
        }
        amount = uint256(c.amount) - c.paid;
        c.status = Status.Released;
        c.returned = uint128(amount);
        totalHeld -= amount;
        emit CommitmentReleased(commitmentId, msg.sender, amount);
        if (amount > 0 && !stablecoin.trySafeTransfer(msg.sender, amount)) {
            _returnsOwed[msg.sender] += amount;
            totalReturnsOwed += amount;
            emit ReturnDeferred(commitmentId, msg.sender, amount);
        }
    }

    /// @notice Pays the caller the returns owed to it after failed pushes.
    /// @dev Requirements: something owed. Emits a {ReturnWithdrawn} event.
    function withdrawReturn() external nonReentrant returns (uint256 amount) {
        amount = _returnsOwed[msg.sender];
        if (amount == 0) revert NoReturnOwed(msg.sender);
        _returnsOwed[msg.sender] = 0;
        totalReturnsOwed -= amount;
        emit ReturnWithdrawn(msg.sender, amount);
        stablecoin.safeTransfer(msg.sender, amount);
    }

    /// @notice Stops commits and settlements.
    /// @dev Requirements: BACKSTOP_ADMIN_ROLE. Emits {Paused}.
    function pause() external onlyRole(BACKSTOP_ADMIN_ROLE) {
        _pause();
    }

    /// @notice Lifts the pause.
    /// @dev Requirements: BACKSTOP_ADMIN_ROLE. Emits {Unpaused}.
    function unpause() external onlyRole(BACKSTOP_ADMIN_ROLE) {
        _unpause();
    }

    // --------------------------------------------------------------------- views

    function commitmentOf(uint256 commitmentId) external view returns (Commitment memory) {
        return _commitment(commitmentId);
    }

    /// @notice What the commitment still guarantees the asset's revenue:
    /// `perHour` = gpuCount x floor for a wholly idle hour, over the
    /// `hoursLeft` hours of the term not yet settled, capped by what is left:
    /// `total` = min(perHour x hoursLeft, left).
    function guaranteedMinimum(uint256 commitmentId)
        external
        view
        returns (uint256 perHour, uint256 hoursLeft, uint256 total)
    {
        Commitment storage c = _commitment(commitmentId);
        if (c.status != Status.Active) return (0, 0, 0);
        perHour = uint256(c.gpuCount) * c.floorPricePerGpuHour;
        uint256 endHour = uint256(c.startHour) + c.hoursTerm;
        uint256 next = c.cursorHour < c.startHour ? c.startHour : c.cursorHour;
        hoursLeft = endHour - next;
        uint256 left = uint256(c.amount) - c.paid;
        total = perHour * hoursLeft;
        if (total > left) total = left;
    }

    /// @notice Returns owed to a provider after a failed push.
    function returnOwed(address provider) external view returns (uint256) {
        return _returnsOwed[provider];
    }

    function _commitment(uint256 commitmentId) private view returns (Commitment storage c) {
        c = _commitments[commitmentId];
        if (c.status == Status.None) revert UnknownCommitment(commitmentId);
    }
}
