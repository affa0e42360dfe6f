// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IAssetRegistry} from "./interfaces/IAssetRegistry.sol";
import {IAvailabilityOracle} from "./interfaces/IAvailabilityOracle.sol";
import {IRevenueSink} from "./interfaces/IRevenueSink.sol";

/// @title LeaseMarket
/// @notice Operators list GPU capacity of a tokenized asset; renters lease it
/// for a term and pay a stablecoin into escrow; settlement releases what has
/// accrued by elapsed time to the asset's revenue account and credits the
/// renter when telemetry shows availability under the listing's SLA target.
///
/// Custody: this contract keeps every lease's accounts but holds no tokens.
/// Deposits go straight from the renter (who approved this contract) to the
/// revenue account, which holds them as this market's escrow; a settlement
/// releases escrow to revenue there without a token transfer, and refunds
/// are paid from there (IRevenueSink).
///
/// Money rules (all amounts in stablecoin units):
/// - accrued(t) = floor(gpus * pricePerGpuHour * (t - start) / 3600). Every
///   settlement releases accrued(to) - accrued(from) less SLA credits, so the
///   total of a lease is exact over any pattern of settle calls.
/// - deposited = released + refunded + escrow, for every lease, always.
/// - A lease whose escrow cannot pay what it owes becomes Overdrawn: it keeps
///   accruing a debt, paid first by any top-up; the operator may then close it.
///
/// SLA finality: with an oracle set, time is settled only through epochs whose
/// availability is final: reported, or older than `reportWindow` with no
/// report (then no credit). A lease whose term is over but whose last epochs
/// await their report is Closing until a later settle finishes it.
///
/// Capacity: the GPUs of an asset's unexpired leases never exceed its GPU
/// count. Leases always start at creation, so a check at creation covers every
/// later instant. An expired lease holds capacity until it is retired
/// (settle, close, `retire`, or the `expired` hint of {lease}), which needs no
/// money movement and so never waits for SLA finality.
contract LeaseMarket is AccessControl, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    enum LeaseStatus {
        None,
        Active,
        Overdrawn,
        Closing,
        Ended
    }

    enum CloseReason {
        None,
        Expired,
        ClosedByRenter,
        OutOfFunds
    }

    struct Listing {
        uint256 assetId;
        uint256 pricePerGpuHour; // units per GPU-hour; applies to new leases only
        uint32 gpus; // most GPUs leased under this listing at once
        uint32 leasedGpus; // GPUs of its unretired leases
        uint32 minHours;
        uint32 maxHours;
        uint16 slaAvailabilityBps; // availability target per epoch
        uint16 creditBps; // share of an epoch's charge credited under target
        bool active;
    }

    /// @notice A lease as {leaseInfo} returns it.
    struct Lease {
        address renter;
        uint64 start;
        uint32 gpus;
        uint64 end;
        uint64 settledUntil;
        uint64 listingId;
        LeaseStatus status;
        CloseReason reason;
        bool retired;
        uint16 slaAvailabilityBps;
        uint16 creditBps;
        uint256 assetId;
        uint256 pricePerGpuHour;
        uint256 deposited;
        uint256 released;
        uint256 refunded;
        uint256 credited;
    }

    /// @dev A lease as stored: five slots instead of ten. A settlement reads
    /// slots 1 to 3 and writes slot 3 alone (escrow, released, settledUntil),
    /// unless the lease changes status, ends or earns a credit. Every amount
    /// of a lease is at most its term's cost, which {lease} keeps within
    /// MAX_TERM_COST (80 bits), so they fit 96 bits. Derived, not stored:
    /// pricePerGpuHour = hourlyRate / gpus, deposited = escrow + released + refunded.
    struct LeaseRecord {
        address renter; // slot 0: read when the lease ends
        uint32 gpus;
        uint64 listingId;
        uint64 start; // slot 1
        uint64 end;
        LeaseStatus status;
        CloseReason reason;
        bool retired;
        uint16 slaAvailabilityBps;
        uint16 creditBps;
        uint64 assetId; // slot 2
        uint96 hourlyRate; // gpus x pricePerGpuHour
        uint96 credited;
        uint96 escrow; // slot 3
        uint96 released;
        uint64 settledUntil;
        uint96 refunded; // slot 4
    }

    /// @notice Longest lease term and listing maximum: one year.
    uint32 public constant MAX_TERM_HOURS = 8760;
    /// @notice A lease must prepay at least this many hours (or its whole term if shorter).
    uint32 public constant MIN_PREPAID_HOURS = 1;
    /// @notice Most a lease's whole term may cost, in units (1.2e18 coins):
    /// the most an asset's revenue takes in all, so no release can overflow it.
    uint256 public constant MAX_TERM_COST = type(uint80).max;
    /// @notice Most oracle epochs one settle call walks; call again to go on.
    uint256 public constant MAX_EPOCHS_PER_SETTLE = 168;

    /// @notice May set the availability oracle, report window and pause.
    bytes32 public constant MARKET_ADMIN_ROLE = keccak256("MARKET_ADMIN_ROLE");
    /// @notice May close overdrawn leases on the operators' behalf (the service's keeper).
    bytes32 public constant KEEPER_ROLE = keccak256("KEEPER_ROLE");

    IERC20 public immutable stablecoin;
    IAssetRegistry public immutable assets;
    IRevenueSink public immutable revenue;

    /// @notice Source of availability for SLA credits; zero means no credits.
    IAvailabilityOracle public availabilityOracle;
    /// @notice How long after an epoch ends settlement waits for its report.
    uint64 public reportWindow;

    uint256 public listingCount;
    uint256 public leaseCount;
    mapping(uint256 listingId => Listing) private _listings;
    mapping(uint256 leaseId => LeaseRecord) private _leases;
    /// @notice GPUs of an asset's unretired leases.
    mapping(uint256 assetId => uint32) public leasedGpus;

    event ListingCreated(
        uint256 indexed listingId,
        uint256 indexed assetId,
        address indexed operator,
        uint32 gpus,
        uint256 pricePerGpuHour,
        uint32 minHours,
        uint32 maxHours,
        uint16 slaAvailabilityBps,
        uint16 creditBps
    );
    event ListingPriceChanged(uint256 indexed listingId, uint256 previousPrice, uint256 newPrice);
    event ListingActiveChanged(uint256 indexed listingId, bool active);
    event LeaseCreated(
        uint256 indexed leaseId,
        uint256 indexed listingId,
        uint256 indexed assetId,
        address renter,
        uint32 gpus,
        uint256 pricePerGpuHour,
        uint64 start,
        uint64 end,
        uint256 deposit
    );
    event LeaseToppedUp(uint256 indexed leaseId, address indexed from, uint256 amount, uint256 deposited);
    /// @notice One settlement of [from, to): `due` accrued, `credit` of it
    /// waived for SLA misses, `released` paid from escrow to revenue, `debt`
    /// still owed after it.
    event LeaseSettled(
        uint256 indexed leaseId,
        uint256 indexed assetId,
        uint64 from,
        uint64 to,
        uint256 due,
        uint256 credit,
        uint256 released,
        uint256 escrow,
        uint256 debt
    );
    event SlaCredited(
        uint256 indexed leaseId,
        uint64 indexed epoch,
        uint16 availabilityBps,
        uint16 targetBps,
        uint256 due,
        uint256 credit
    );
    event LeaseStatusChanged(uint256 indexed leaseId, LeaseStatus status);
    event LeaseClosed(uint256 indexed leaseId, CloseReason reason, address indexed by, uint64 end);
    event LeaseEnded(uint256 indexed leaseId, CloseReason reason, uint256 refund, uint256 unpaid);
    event LeaseRefunded(uint256 indexed leaseId, address indexed renter, uint256 amount);
    event LeaseRetired(uint256 indexed leaseId, uint256 indexed assetId, uint32 gpus);
    event AvailabilityOracleChanged(address previousOracle, address newOracle, uint64 reportWindow);

    error ZeroAddress();
    error NotAssetOperator(uint256 assetId, address caller);
    error UnknownListing(uint256 listingId);
    error UnknownLease(uint256 leaseId);
    error ListingInactive(uint256 listingId);
    error InvalidGpus(uint32 gpus, uint32 max);
    error InvalidPrice();
    error TermCostTooLarge(uint256 termCost, uint256 max);
    error InvalidTermBounds(uint32 minHours, uint32 maxHours);
    error InvalidBps(uint16 bps);
    error TermOutOfRange(uint32 hoursRequested, uint32 minHours, uint32 maxHours);
    error DepositTooSmall(uint256 deposit, uint256 minimum);
    error DepositExceedsTerm(uint256 deposit, uint256 termCost);
    error InsufficientCapacity(uint256 assetId, uint32 requested, uint32 available);
    error ListingCapacityExceeded(uint256 listingId, uint32 requested, uint32 available);
    error NotRenter(uint256 leaseId, address caller);
    error NotOverdrawn(uint256 leaseId);
    error LeaseNotOpen(uint256 leaseId, LeaseStatus status);
    error ZeroAmount();
    error NotExpired(uint256 leaseId, uint64 end);
    error WrongAsset(uint256 leaseId, uint256 assetId);

    /// @param oracle_ availability source for SLA credits (zero: none until set).
    /// @param reportWindow_ how long after an epoch settlement waits for its report.
    constructor(
        address admin,
        IERC20 stablecoin_,
        IAssetRegistry assets_,
        IRevenueSink revenue_,
        IAvailabilityOracle oracle_,
        uint64 reportWindow_
    ) {
        if (
            admin == address(0) || address(stablecoin_) == address(0) || address(assets_) == address(0)
                || address(revenue_) == address(0)
        ) revert ZeroAddress();
        stablecoin = stablecoin_;
        assets = assets_;
        revenue = revenue_;
        availabilityOracle = oracle_;
        reportWindow = reportWindow_;
        emit AvailabilityOracleChanged(address(0), address(oracle_), reportWindow_);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MARKET_ADMIN_ROLE, admin);
        _grantRole(KEEPER_ROLE, admin);
    }

    // ------------------------------------------------------------------ listings

    /// @notice Lists GPUs of an asset for lease.
    /// @dev Requirements: caller operates the asset; 0 < gpus <= its GPU count;
    /// price > 0; 1 <= minHours <= maxHours <= MAX_TERM_HOURS; bps <= 10000.
    /// Emits a {ListingCreated} event.
    function createListing(
        uint256 assetId,
        uint32 gpus,
        uint256 pricePerGpuHour,
        uint32 minHours,
        uint32 maxHours,
        uint16 slaAvailabilityBps,
        uint16 creditBps
    ) external whenNotPaused returns (uint256 listingId) {
        _checkOperator(assetId);
        uint32 gpuCount = assets.gpuCountOf(assetId);
        if (gpus == 0 || gpus > gpuCount) revert InvalidGpus(gpus, gpuCount);
        _checkPrice(pricePerGpuHour);
        if (minHours == 0 || minHours > maxHours || maxHours > MAX_TERM_HOURS) {
            revert InvalidTermBounds(minHours, maxHours);
        }
        if (slaAvailabilityBps > 10_000) revert InvalidBps(slaAvailabilityBps);
        if (creditBps > 10_000) revert InvalidBps(creditBps);
        listingId = ++listingCount;
        _listings[listingId] = Listing({
            assetId: assetId,
            pricePerGpuHour: pricePerGpuHour,
            gpus: gpus,
            leasedGpus: 0,
            minHours: minHours,
            maxHours: maxHours,
            slaAvailabilityBps: slaAvailabilityBps,
            creditBps: creditBps,
            active: true
        });
        emit ListingCreated(
            listingId, assetId, msg.sender, gpus, pricePerGpuHour, minHours, maxHours, slaAvailabilityBps, creditBps
        );
    }

    /// @notice Changes a listing's price for leases created from now on.
    /// @dev Requirements: caller operates the listing's asset; price > 0.
    /// Emits a {ListingPriceChanged} event.
    function setListingPrice(uint256 listingId, uint256 pricePerGpuHour) external {
        Listing storage l = _listing(listingId);
        _checkOperator(l.assetId);
        _checkPrice(pricePerGpuHour);
        emit ListingPriceChanged(listingId, l.pricePerGpuHour, pricePerGpuHour);
        l.pricePerGpuHour = pricePerGpuHour;
    }

    /// @notice Opens or closes a listing to new leases; running leases are unaffected.
    /// @dev Requirements: caller operates the listing's asset. Emits {ListingActiveChanged}.
    function setListingActive(uint256 listingId, bool active) external {
        Listing storage l = _listing(listingId);
        _checkOperator(l.assetId);
        l.active = active;
        emit ListingActiveChanged(listingId, active);
    }

    // -------------------------------------------------------------------- leases

    /// @notice Leases `gpus` GPUs of a listing for `hoursTerm` hours from now,
    /// paying `deposit` into escrow (pulled from the caller, who is the renter).
    /// @param expired leases of the same asset whose term is over, retired
    /// first so their GPUs count as free (a hint; anyone may pass it).
    /// @dev Requirements: listing active; minHours <= hoursTerm <= maxHours;
    /// deposit covers MIN_PREPAID_HOURS (or the whole term if shorter) and at
    /// most the whole term; capacity of the listing and of the asset.
    /// Emits {LeaseRetired} per retired hint and a {LeaseCreated} event.
    function lease(uint256 listingId, uint32 gpus, uint32 hoursTerm, uint256 deposit, uint256[] calldata expired)
        external
        nonReentrant
        whenNotPaused
        returns (uint256 leaseId)
    {
        Listing storage l = _listing(listingId);
        if (!l.active) revert ListingInactive(listingId);
        if (hoursTerm < l.minHours || hoursTerm > l.maxHours) {
            revert TermOutOfRange(hoursTerm, l.minHours, l.maxHours);
        }
        if (gpus == 0) revert InvalidGpus(gpus, l.gpus);
        uint256 hourly = uint256(gpus) * l.pricePerGpuHour;
        uint256 minimum = hourly * Math.min(hoursTerm, MIN_PREPAID_HOURS);
        uint256 termCost = hourly * hoursTerm;
        // The most one release can carry into an asset's revenue (80 bits).
        if (termCost > MAX_TERM_COST) revert TermCostTooLarge(termCost, MAX_TERM_COST);
        if (deposit < minimum) revert DepositTooSmall(deposit, minimum);
        if (deposit > termCost) revert DepositExceedsTerm(deposit, termCost);

        uint256 assetId = l.assetId;
        for (uint256 i = 0; i < expired.length; ++i) {
            LeaseRecord storage old = _lease(expired[i]);
            if (old.assetId != assetId) revert WrongAsset(expired[i], assetId);
            if (old.end > block.timestamp) revert NotExpired(expired[i], old.end);
            _retire(expired[i], old);
        }
        _reserveCapacity(listingId, l, gpus);

        leaseId = ++leaseCount;
        uint64 start = uint64(block.timestamp);
        uint64 end = start + uint64(hoursTerm) * 3600;
        LeaseRecord storage n = _leases[leaseId];
        n.renter = msg.sender;
        n.start = start;
        n.gpus = gpus;
        n.end = end;
        n.settledUntil = start;
        n.listingId = uint64(listingId);
        n.status = LeaseStatus.Active;
        n.slaAvailabilityBps = l.slaAvailabilityBps;
        n.creditBps = l.creditBps;
        n.assetId = assetId.toUint64();
        // Both fit: hourly <= termCost < 2^80 (checked above).
        n.hourlyRate = uint96(hourly);
        n.escrow = uint96(deposit);
        emit LeaseCreated(leaseId, listingId, assetId, msg.sender, gpus, l.pricePerGpuHour, start, end, deposit);
        _holdEscrow(deposit);
    }

    /// @notice Adds `amount` to a lease's escrow (pulled from the caller); an
    /// overdrawn lease pays its debt from it first.
    /// @dev Requirements: the lease is Active or Overdrawn; amount > 0; the
    /// total deposit stays within the term's cost.
    /// Emits {LeaseToppedUp} and the events of the settlement that follows.
    function topUp(uint256 leaseId, uint256 amount) external nonReentrant whenNotPaused {
        LeaseRecord storage s = _lease(leaseId);
        if (s.status != LeaseStatus.Active && s.status != LeaseStatus.Overdrawn) {
            revert LeaseNotOpen(leaseId, s.status);
        }
        if (amount == 0) revert ZeroAmount();
        uint256 termCost = _accrued(s, s.end);
        uint256 deposited = _deposited(s) + amount;
        if (deposited > termCost) revert DepositExceedsTerm(deposited, termCost);
        // escrow + amount <= deposited <= termCost < 2^80: the cast is exact.
        s.escrow += uint96(amount);
        emit LeaseToppedUp(leaseId, msg.sender, amount, deposited);
        _holdEscrow(amount);
        _settle(leaseId, s);
    }

    /// @notice Releases what a lease has accrued up to now (or to SLA
    /// finality), credits SLA misses, and finishes the lease at the end of its
    /// term, refunding unspent escrow. Anyone may call it; it is idempotent.
    /// @dev Emits {LeaseSettled}, and as they happen {SlaCredited},
    /// {LeaseStatusChanged}, {LeaseRetired}, {LeaseEnded}, {LeaseRefunded}.
    function settle(uint256 leaseId) external nonReentrant {
        _settle(leaseId, _lease(leaseId));
    }

    /// @notice Settles many leases in one transaction: the keeper's batch.
    /// Unknown and ended leases are skipped so one stale id cannot fail the batch.
    /// @dev Emits the events of each settlement.
    function settleMany(uint256[] calldata leaseIds) external nonReentrant {
        // Revenue is deposited once per asset for the whole batch: one
        // token transfer and one split per asset instead of one per lease.
        // Every effect first, then the transfers (checks-effects-interactions).
        uint256 n = leaseIds.length;
        uint256[] memory assetIds = new uint256[](n);
        uint256[] memory amounts = new uint256[](n);
        uint256[] memory refunds = new uint256[](n);
        uint256 distinct;
        for (uint256 i = 0; i < n; ++i) {
            LeaseRecord storage s = _leases[leaseIds[i]];
            if (s.status == LeaseStatus.None || s.status == LeaseStatus.Ended) continue;
            uint256 pay;
            (pay, refunds[i]) = _settleEffects(leaseIds[i], s);
            if (pay == 0) continue;
            uint256 j = 0;
            while (j < distinct && assetIds[j] != s.assetId) ++j; // leases of a batch share few assets
            if (j == distinct) assetIds[distinct++] = s.assetId;
            amounts[j] += pay;
        }
        for (uint256 j = 0; j < distinct; ++j) {
            revenue.releaseEscrow(assetIds[j], amounts[j]);
        }
        for (uint256 i = 0; i < n; ++i) {
            if (refunds[i] > 0) revenue.refundEscrow(_leases[leaseIds[i]].renter, refunds[i]);
        }
    }

    /// @notice Ends a lease now. The renter may always close; the asset's
    /// operator or a keeper only when the lease is overdrawn. Accrued time is
    /// settled, unaccrued escrow refunded.
    /// @dev Requirements: lease Active or Overdrawn; caller as above.
    /// Emits {LeaseClosed} and the settlement's events.
    function close(uint256 leaseId) external nonReentrant {
        LeaseRecord storage s = _lease(leaseId);
        if (s.status != LeaseStatus.Active && s.status != LeaseStatus.Overdrawn) {
            revert LeaseNotOpen(leaseId, s.status);
        }
        CloseReason reason;
        if (msg.sender == s.renter) {
            reason = CloseReason.ClosedByRenter;
        } else {
            if (assets.operatorOf(s.assetId) != msg.sender && !hasRole(KEEPER_ROLE, msg.sender)) {
                revert NotRenter(leaseId, msg.sender);
            }
            // Settle first: a top-up or accrual may have changed the status.
            _settle(leaseId, s);
            if (s.status != LeaseStatus.Overdrawn) revert NotOverdrawn(leaseId);
            reason = CloseReason.OutOfFunds;
        }
        // A term already over just expires; closing early records why.
        uint64 nowTs = uint64(block.timestamp);
        if (nowTs < s.end) {
            s.end = nowTs;
            s.reason = reason;
            emit LeaseClosed(leaseId, reason, msg.sender, nowTs);
        }
        _retire(leaseId, s);
        _settle(leaseId, s);
        // Whatever escrow exceeds the most the remaining unsettled time can
        // cost goes back now; the rest waits for SLA finality.
        if (s.status == LeaseStatus.Closing) {
            uint256 tail = _accrued(s, s.end) - _accrued(s, s.settledUntil);
            uint256 escrow = s.escrow;
            if (escrow > tail) _refund(leaseId, s, escrow - tail);
        }
    }

    /// @notice Frees the capacity of leases whose term is over. Anyone may call it.
    /// @dev Requirements: each lease's end has passed. Emits {LeaseRetired} per lease not yet retired.
    function retire(uint256[] calldata leaseIds) external {
        for (uint256 i = 0; i < leaseIds.length; ++i) {
            LeaseRecord storage s = _lease(leaseIds[i]);
            if (s.end > block.timestamp) revert NotExpired(leaseIds[i], s.end);
            _retire(leaseIds[i], s);
        }
    }

    // --------------------------------------------------------------------- admin

    /// @notice Sets the availability oracle (zero disables SLA credits) and how
    /// long settlement waits for an epoch's report.
    /// @dev Requirements: MARKET_ADMIN_ROLE. Emits {AvailabilityOracleChanged}.
    function setAvailabilityOracle(IAvailabilityOracle oracle, uint64 reportWindow_)
        external
        onlyRole(MARKET_ADMIN_ROLE)
    {
        // An oracle without the clock would fail every SLA settlement: find out now.
        if (address(oracle) != address(0)) oracle.epochClock();
        emit AvailabilityOracleChanged(address(availabilityOracle), address(oracle), reportWindow_);
        availabilityOracle = oracle;
        reportWindow = reportWindow_;
    }

    /// @notice Stops new listings, leases and top-ups; settlement and closing go on.
    function pause() external onlyRole(MARKET_ADMIN_ROLE) {
        _pause();
    }

    function unpause() external onlyRole(MARKET_ADMIN_ROLE) {
        _unpause();
    }

    // --------------------------------------------------------------------- views

    function listing(uint256 listingId) external view returns (Listing memory) {
        return _listing(listingId);
    }

    function leaseInfo(uint256 leaseId) external view returns (Lease memory) {
        LeaseRecord storage r = _lease(leaseId);
        return Lease({
            renter: r.renter,
            start: r.start,
            gpus: r.gpus,
            end: r.end,
            settledUntil: r.settledUntil,
            listingId: r.listingId,
            status: r.status,
            reason: r.reason,
            retired: r.retired,
            slaAvailabilityBps: r.slaAvailabilityBps,
            creditBps: r.creditBps,
            assetId: r.assetId,
            pricePerGpuHour: r.hourlyRate / r.gpus,
            deposited: _deposited(r),
            released: r.released,
            refunded: r.refunded,
            credited: r.credited
        });
    }

    /// @notice Escrow still held for a lease: deposited - released - refunded.
    function escrowOf(uint256 leaseId) external view returns (uint256) {
        return _lease(leaseId).escrow;
    }

    /// @notice What a lease has accrued from its start up to `at` (capped at its end), before credits.
    function accruedAt(uint256 leaseId, uint64 timestamp) external view returns (uint256) {
        LeaseRecord storage s = _lease(leaseId);
        return _accrued(s, timestamp < s.end ? timestamp : s.end);
    }

    // ------------------------------------------------------------------ internal

    function _settle(uint256 leaseId, LeaseRecord storage s) private {
        (uint256 pay, uint256 refund) = _settleEffects(leaseId, s);
        // Interactions last.
        if (pay > 0) revenue.releaseEscrow(s.assetId, pay);
        if (refund > 0) revenue.refundEscrow(s.renter, refund);
    }

    /// @dev Everything a settlement changes in this contract, with its
    /// events; returns what to deposit as revenue and what to refund, which
    /// the caller pays once every effect is recorded.
    function _settleEffects(uint256 leaseId, LeaseRecord storage s) private returns (uint256 pay, uint256 refund) {
        // Each field is read once: a settlement is the hot path.
        LeaseStatus status = s.status;
        if (status == LeaseStatus.Ended) return (0, 0);
        uint64 end = s.end;
        uint64 from = s.settledUntil;
        bool over = end <= block.timestamp;
        (uint64 to, uint256 credit) = _walk(leaseId, s, from, over ? end : uint64(block.timestamp));
        uint256 rate = s.hourlyRate;
        uint64 start = s.start;
        uint256 accruedTo = _accruedAt(rate, start, to);
        uint256 due = accruedTo - _accruedAt(rate, start, from);
        uint256 credited = s.credited;
        if (credit > 0) {
            credited += credit;
            // credited <= accrued <= termCost < 2^80: this cast and those below are exact.
            s.credited = uint96(credited);
        }

        // owed: everything accrued through `to`, less credits and what was paid.
        uint256 released = s.released;
        uint256 owed = accruedTo - credited - released;
        uint256 escrow = s.escrow;
        pay = owed < escrow ? owed : escrow;
        uint256 debt = owed - pay;
        emit LeaseSettled(leaseId, s.assetId, from, to, due, credit, pay, escrow - pay, debt);

        LeaseStatus next = status;
        if (to == end) {
            next = LeaseStatus.Ended;
            refund = escrow - pay;
        } else if (status != LeaseStatus.Closing) {
            next = debt > 0 ? LeaseStatus.Overdrawn : LeaseStatus.Active;
        }
        if (over && next != LeaseStatus.Ended) next = LeaseStatus.Closing;
        // One slot: where settlement got to and where the money is.
        s.settledUntil = to;
        s.escrow = uint96(escrow - pay - refund);
        s.released = uint96(released + pay);
        if (next != status) {
            s.status = next;
            if (next == LeaseStatus.Ended && s.reason == CloseReason.None) s.reason = CloseReason.Expired;
            emit LeaseStatusChanged(leaseId, next);
        }
        if (over) _retire(leaseId, s);
        if (next == LeaseStatus.Ended) emit LeaseEnded(leaseId, s.reason, refund, debt);
        if (refund > 0) {
            // Recorded here with the rest; the transfer follows in the caller.
            s.refunded += uint96(refund);
            emit LeaseRefunded(leaseId, s.renter, refund);
        }
    }

    /// @dev Walks the oracle epochs of [from, target) and returns how far
    /// settlement may go and the SLA credit earned on the way. Stops at the
    /// first epoch whose availability is not final yet, and after
    /// MAX_EPOCHS_PER_SETTLE epochs.
    function _walk(uint256 leaseId, LeaseRecord storage s, uint64 from, uint64 target)
        private
        returns (uint64 to, uint256 credit)
    {
        IAvailabilityOracle oracle = availabilityOracle;
        if (address(oracle) == address(0) || target <= from) return (target, 0);
        // Without SLA terms no epoch can earn a credit: settle by time alone.
        if (s.creditBps == 0 || s.slaAvailabilityBps == 0) return (target, 0);
        (uint64 genesis, uint64 length) = oracle.epochClock();
        if (length == 0 || from < genesis) return (target, 0);
        to = from;
        uint64 epoch = (from - genesis) / length;
        for (uint256 i = 0; i < MAX_EPOCHS_PER_SETTLE && to < target; ++i) {
            uint64 epochEnd = genesis + (epoch + 1) * length;
            // An epoch is reported only once it is over: no need to ask.
            if (block.timestamp < epochEnd) break;
            (bool reported, uint16 availability) = oracle.availabilityOf(s.assetId, epoch);
            if (!reported && block.timestamp < uint256(epochEnd) + reportWindow) break; // not final yet
            uint64 segmentEnd = epochEnd < target ? epochEnd : target;
            if (reported && availability < s.slaAvailabilityBps && s.creditBps > 0) {
                uint256 due = _accrued(s, segmentEnd) - _accrued(s, to);
                uint256 c = due * s.creditBps / 10_000;
                credit += c;
                emit SlaCredited(leaseId, epoch, availability, s.slaAvailabilityBps, due, c);
            }
            to = segmentEnd;
            ++epoch;
        }
    }

    function _accrued(LeaseRecord storage s, uint64 t) private view returns (uint256) {
        return _accruedAt(s.hourlyRate, s.start, t);
    }

    /// @dev What a lease costing `rate` units per hour has accrued from `start` to `t`.
    function _accruedAt(uint256 rate, uint64 start, uint64 t) private pure returns (uint256) {
        return rate * uint256(t - start) / 3600;
    }

    function _deposited(LeaseRecord storage s) private view returns (uint256) {
        return uint256(s.escrow) + uint256(s.released) + uint256(s.refunded);
    }

    /// @dev Pays `amount` of the lease's escrow back to its renter.
    function _refund(uint256 leaseId, LeaseRecord storage s, uint256 amount) private {
        // amount <= escrow < 2^96: the casts are exact.
        s.escrow -= uint96(amount);
        s.refunded += uint96(amount);
        emit LeaseRefunded(leaseId, s.renter, amount);
        revenue.refundEscrow(s.renter, amount);
    }

    /// @dev Moves `amount` from the caller into escrow. The escrow is held by
    /// the revenue account, so that a settlement releases rent there without
    /// a token transfer; the caller approved this contract, which pays the
    /// tokens straight in and books them.
    function _holdEscrow(uint256 amount) private {
        stablecoin.safeTransferFrom(msg.sender, address(revenue), amount);
        revenue.holdEscrow(amount);
    }

    function _checkPrice(uint256 pricePerGpuHour) private pure {
        if (pricePerGpuHour == 0 || pricePerGpuHour > MAX_TERM_COST) revert InvalidPrice();
    }

    function _reserveCapacity(uint256 listingId, Listing storage l, uint32 gpus) private {
        uint32 listingFree = l.gpus > l.leasedGpus ? l.gpus - l.leasedGpus : 0;
        if (gpus > listingFree) revert ListingCapacityExceeded(listingId, gpus, listingFree);
        uint32 gpuCount = assets.gpuCountOf(l.assetId);
        uint32 leased = leasedGpus[l.assetId];
        uint32 assetFree = gpuCount > leased ? gpuCount - leased : 0;
        if (gpus > assetFree) revert InsufficientCapacity(l.assetId, gpus, assetFree);
        l.leasedGpus += gpus;
        leasedGpus[l.assetId] = leased + gpus;
    }

    function _retire(uint256 leaseId, LeaseRecord storage s) private {
        if (s.retired) return;
        s.retired = true;
        _listings[s.listingId].leasedGpus -= s.gpus;
        leasedGpus[s.assetId] -= s.gpus;
        emit LeaseRetired(leaseId, s.assetId, s.gpus);
    }

    function _checkOperator(uint256 assetId) private view {
        if (assets.operatorOf(assetId) != msg.sender) revert NotAssetOperator(assetId, msg.sender);
    }

    function _listing(uint256 listingId) private view returns (Listing storage l) {
        l = _listings[listingId];
        if (l.gpus == 0) revert UnknownListing(listingId);
    }

    function _lease(uint256 leaseId) private view returns (LeaseRecord storage s) {
        s = _leases[leaseId];
        if (s.status == LeaseStatus.None) revert UnknownLease(leaseId);
    }
}
