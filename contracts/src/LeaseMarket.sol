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
import {
    CurveParams, StoredCurve, curveValid, curveStore, curveParams, curveUtilisation, curvePrice
} from "./markets/PriceCurve.sol";

/// @dev The part of EIP-3009 (USDC v2) the market uses.
interface IERC3009Receive {
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external;
}

/// @title LeaseMarket
/// @notice Operators list GPU capacity of a tokenized asset; renters lease it
/// for a term and pay a stablecoin into escrow; settlement releases what has
/// accrued by elapsed time to the asset's revenue account and credits the
/// renter when telemetry shows availability under the listing's SLA target.
///
/// Custody: this contract keeps every lease's accounts but holds no tokens.
/// Deposits go from the renter to the revenue account, which holds them as
/// this market's escrow; a settlement releases escrow to revenue there
/// without a token transfer, and refunds are paid from there (IRevenueSink).
/// Every deposit is checked by the balance difference of the contract that
/// receives it: a token that takes a fee on transfer is refused
/// ({IRevenueSink-DepositShortfall}), never booked for more than arrived.
///
/// Two ways to pay a deposit or top-up:
/// - allowance ({lease}, {topUp}): the renter approved this contract, which
///   pulls with transferFrom. Two transactions (approve, then lease), and
///   the allowance is one number per renter, so concurrent leases from one
///   renter race for it: each approve overwrites the last.
/// - EIP-3009 authorization ({leaseWithAuthorization},
///   {topUpWithAuthorization}): the renter signs a ReceiveWithAuthorization
///   for exactly this deposit, payable to this contract, with a random
///   32-byte nonce; one transaction moves it. Authorizations share no state
///   (each nonce is its own), so any number can be in flight at once. An
///   EIP-2612 permit would also make it one transaction, but permit nonces
///   are sequential per owner: concurrent permits signed with the same
///   nonce race and all but one fail, so permit does not solve concurrency.
///
/// Every price a renter accepts carries a bound: {lease} takes
/// `maxPricePerGpuHour` (there is no "no bound" value; pass
/// type(uint256).max to accept any price).
///
/// Money rules (all amounts in stablecoin units):
/// - accrued(t) = floor(gpus * pricePerGpuHour * (t - start) / 3600). Every
///   settlement releases accrued(to) - accrued(from) less SLA credits, so the
///   total of a lease is exact over any pattern of settle calls.
/// - deposited = released + refunded + escrow, for every lease, always.
/// - A lease whose escrow cannot pay what it owes becomes Overdrawn: it keeps
///   accruing a debt, paid first by any top-up.
/// - Out of funds: once what a lease has accrued up to `graceSeconds` ago
///   exceeds what it has paid (deposited - refunded) plus its SLA credits,
///   the operator or a keeper may close it. This is decided by time from the
///   lease's own figures, not by settlement, so it never waits for SLA
///   finality: a renter cannot hold capacity long after its money ran out.
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
        uint32 minPrepaidHours; // a lease prepays min(this, its term) hours
        uint32 graceSeconds; // how long past its paid time an unpaid lease runs before it may be closed
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
        uint32 graceSeconds;
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
        uint32 graceSeconds; // the listing's, at creation
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
    /// @notice Longest grace a listing may give an unpaid lease: one day.
    uint32 public constant MAX_GRACE_SECONDS = 86_400;
    /// @notice Most a lease's whole term may cost, in units (1.2e18 coins):
    /// the most an asset's revenue takes in all, so no release can overflow it.
    uint256 public constant MAX_TERM_COST = type(uint80).max;
    /// @notice Most oracle epochs one settle call walks; call again to go on.
    uint256 public constant MAX_EPOCHS_PER_SETTLE = 168;

    /// @notice May set the availability oracle, report window and pause.
    bytes32 public constant MARKET_ADMIN_ROLE = keccak256("MARKET_ADMIN_ROLE");
    /// @notice May close overdrawn leases on the operators' behalf (the service's keeper).
    bytes32 public constant KEEPER_ROLE = keccak256("KEEPER_ROLE");
    /// @notice May turn on hourly usage records of an asset (the capacity backstop).
    bytes32 public constant BACKSTOP_ROLE = keccak256("BACKSTOP_ROLE");

    /// @notice An asset's leased GPUs, one slot, updated in O(1) by every
    /// change of them (a lease opened, a lease retired). "Leased" means from
    /// a lease's start until it is retired (at close, at its final
    /// settlement, or by {retire} once expired).
    /// `gpuSeconds` is the integral of `gpus` over time from the first lease
    /// up to `updatedAt`: leased GPU-seconds up to any later t are
    /// gpuSeconds + gpus * (t - updatedAt). `tracked` (set by the backstop,
    /// never cleared) makes every change also write {hourlyUsage}.
    struct Usage {
        uint32 gpus;
        uint64 updatedAt;
        uint128 gpuSeconds;
        bool tracked;
    }

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
    /// @dev Per asset: GPUs of its unretired leases and their running
    /// integral over time (see {Usage}).
    mapping(uint256 assetId => Usage) private _usage;
    /// @dev Per tracked asset and hour (timestamp / 3600): its usage just
    /// after the last change in that hour; see {hourlyUsage}.
    mapping(uint256 assetId => mapping(uint256 hour => Usage)) private _hourly;
    /// @dev Per listing: its price curve, if it has one (ceiling > 0). Kept
    /// apart from {Listing} so that the listing's ABI stays as it was.
    mapping(uint256 listingId => StoredCurve) private _curves;

    event ListingCreated(
        uint256 indexed listingId,
        uint256 indexed assetId,
        address indexed operator,
        uint32 gpus,
        uint256 pricePerGpuHour,
        uint32 minHours,
        uint32 maxHours,
        uint16 slaAvailabilityBps,
        uint16 creditBps,
        uint32 minPrepaidHours,
        uint32 graceSeconds
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
    /// @notice A listing's price now follows `curve` (docs/pricing.md).
    event ListingCurveSet(uint256 indexed listingId, CurveParams curve);
    /// @notice A listing's price is its fixed price again.
    event ListingCurveCleared(uint256 indexed listingId);
    /// @notice A lease of a curved listing was priced at `utilisationBps`
    /// (the asset's leased GPUs before it, out of its GPU count).
    event LeasePriced(uint256 indexed leaseId, uint256 indexed listingId, uint16 utilisationBps, uint256 pricePerGpuHour);
    /// @notice From now on every change of the asset's leased GPUs is also recorded per hour.
    event UsageTracked(uint256 indexed assetId, uint64 since, uint32 gpus, uint128 gpuSeconds);
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
    error InvalidMinPrepaid(uint32 minPrepaidHours, uint32 maxHours);
    error GraceTooLong(uint32 graceSeconds, uint32 max);
    error PriceAboveBound(uint256 listingId, uint256 pricePerGpuHour, uint256 maxPricePerGpuHour);
    error DepositShortfall(uint256 expected, uint256 received);
    error InvalidBps(uint16 bps);
    error TermOutOfRange(uint32 hoursRequested, uint32 minHours, uint32 maxHours);
    error DepositTooSmall(uint256 deposit, uint256 minimum);
    error DepositExceedsTerm(uint256 deposit, uint256 termCost);
    error InsufficientCapacity(uint256 assetId, uint32 requested, uint32 available);
    error ListingCapacityExceeded(uint256 listingId, uint32 requested, uint32 available);
    error NotRenter(uint256 leaseId, address caller);
    /// @notice The lease is not out of funds: what it accrued up to its
    /// grace ago (`due`) is within what it paid plus its credits (`covered`).
    error NotOverdrawn(uint256 leaseId, uint256 due, uint256 covered);
    error LeaseNotOpen(uint256 leaseId, LeaseStatus status);
    error ZeroAmount();
    error NotExpired(uint256 leaseId, uint64 end);
    error WrongAsset(uint256 leaseId, uint256 assetId);
    /// @notice A curve needs 0 < floor <= base <= ceiling <= MAX_TERM_COST,
    /// 1 <= kinkBps <= 10000, slopes <= MAX_TERM_COST, decay < 2^56.
    error InvalidCurve(uint256 floor, uint256 base, uint256 ceiling, uint16 kinkBps);

    /// @param oracle_ availability source for SLA credits (zero: none until set).
    /// @param reportWindow_ how long after an epoch settlement waits for its report.
    constructor(
        address admin,
        IERC20 stablecoin_,
        IAssetRegistry assets_,
        IRevenueSink revenue_,
        IAvailabilityOracle oracle_,
        uint64 reportWindow_,
        address backstop_
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
        // The capacity backstop (deployed after this contract, its address
        // computed ahead) may track usage; zero: none.
        if (backstop_ != address(0)) _grantRole(BACKSTOP_ROLE, backstop_);
    }

    // ------------------------------------------------------------------ listings

    /// @notice Lists GPUs of an asset for lease.
    /// @param minPrepaidHours hours a lease must prepay (its whole term if shorter).
    /// @param graceSeconds how long after its money runs out a lease may still
    /// run before the operator or a keeper may close it.
    /// @dev Requirements: not paused; caller operates the asset; 0 < gpus <= its
    /// GPU count; price > 0; 1 <= minHours <= maxHours <= MAX_TERM_HOURS;
    /// 1 <= minPrepaidHours <= maxHours; graceSeconds <= MAX_GRACE_SECONDS;
    /// bps <= 10000.
    /// Emits a {ListingCreated} event.
    function createListing(
        uint256 assetId,
        uint32 gpus,
        uint256 pricePerGpuHour,
        uint32 minHours,
        uint32 maxHours,
        uint16 slaAvailabilityBps,
        uint16 creditBps,
        uint32 minPrepaidHours,
        uint32 graceSeconds
    ) public whenNotPaused returns (uint256 listingId) {
        _checkOperator(assetId);
        uint32 gpuCount = assets.gpuCountOf(assetId);
        if (gpus == 0 || gpus > gpuCount) revert InvalidGpus(gpus, gpuCount);
        _checkPrice(pricePerGpuHour);
        if (minHours == 0 || minHours > maxHours || maxHours > MAX_TERM_HOURS) {
            revert InvalidTermBounds(minHours, maxHours);
        }
        if (slaAvailabilityBps > 10_000) revert InvalidBps(slaAvailabilityBps);
        if (creditBps > 10_000) revert InvalidBps(creditBps);
        if (minPrepaidHours == 0 || minPrepaidHours > maxHours) revert InvalidMinPrepaid(minPrepaidHours, maxHours);
        if (graceSeconds > MAX_GRACE_SECONDS) revert GraceTooLong(graceSeconds, MAX_GRACE_SECONDS);
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
            active: true,
            minPrepaidHours: minPrepaidHours,
            graceSeconds: graceSeconds
        });
        emit ListingCreated(
            listingId,
            assetId,
            msg.sender,
            gpus,
            pricePerGpuHour,
            minHours,
            maxHours,
            slaAvailabilityBps,
            creditBps,
            minPrepaidHours,
            graceSeconds
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

    /// @notice {createListing} with a price curve from the start (atomically:
    /// no lease can open at the fixed price in between). The fixed price is
    /// what new leases pay if the curve is cleared.
    /// @dev Requirements: those of {createListing} and {setListingCurve}.
    /// Emits {ListingCreated} and {ListingCurveSet}.
    function createCurvedListing(
        uint256 assetId,
        uint32 gpus,
        uint256 pricePerGpuHour,
        uint32 minHours,
        uint32 maxHours,
        uint16 slaAvailabilityBps,
        uint16 creditBps,
        uint32 minPrepaidHours,
        uint32 graceSeconds,
        CurveParams calldata curve
    ) external returns (uint256 listingId) {
        listingId = createListing(
            assetId, gpus, pricePerGpuHour, minHours, maxHours, slaAvailabilityBps, creditBps, minPrepaidHours, graceSeconds
        );
        _setCurve(listingId, curve);
    }

    /// @notice Prices the listing's new leases by `curve` from now on
    /// (docs/pricing.md); running leases keep their price.
    /// @dev Requirements: caller operates the listing's asset;
    /// 0 < floor <= base <= ceiling <= MAX_TERM_COST; 1 <= kinkBps <= 10000;
    /// slopes <= MAX_TERM_COST; decayPerIdleHour < 2^56 (else {InvalidCurve}).
    /// Emits a {ListingCurveSet} event.
    function setListingCurve(uint256 listingId, CurveParams calldata curve) external {
        _checkOperator(_listing(listingId).assetId);
        _setCurve(listingId, curve);
    }

    /// @notice Prices the listing's new leases at its fixed price again.
    /// @dev Requirements: caller operates the listing's asset. Emits a {ListingCurveCleared} event.
    function clearListingCurve(uint256 listingId) external {
        _checkOperator(_listing(listingId).assetId);
        delete _curves[listingId];
        emit ListingCurveCleared(listingId);
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

    /// @notice An EIP-3009 ReceiveWithAuthorization the renter signed for a
    /// deposit: from the renter, to this contract, of exactly the amount,
    /// valid strictly between `validAfter` and `validBefore` (seconds), under
    /// a random 32-byte `nonce` the token marks used.
    struct Authorization {
        uint256 validAfter;
        uint256 validBefore;
        bytes32 nonce;
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    /// @notice Leases `gpus` GPUs of a listing for `hoursTerm` hours from now,
    /// paying `deposit` into escrow, pulled from the caller (the renter, who
    /// approved this contract for it).
    /// @param maxPricePerGpuHour the highest price per GPU-hour the renter
    /// accepts: a listing repriced above it before this lands is refused.
    /// There is no "no bound" value; pass type(uint256).max to accept any.
    /// @param expired leases of the same asset whose term is over, retired
    /// first so their GPUs count as free (a hint; anyone may pass it).
    /// @dev Requirements: not paused; listing active; its price at most
    /// `maxPricePerGpuHour`; minHours <= hoursTerm <= maxHours; deposit
    /// covers the listing's minPrepaidHours (or the whole term if shorter)
    /// and at most the whole term; capacity of the listing and of the asset;
    /// the escrow account receives exactly `deposit`.
    /// Emits {LeaseRetired} per retired hint and a {LeaseCreated} event.
    function lease(
        uint256 listingId,
        uint32 gpus,
        uint32 hoursTerm,
        uint256 deposit,
        uint256 maxPricePerGpuHour,
        uint256[] calldata expired
    ) external nonReentrant whenNotPaused returns (uint256 leaseId) {
        leaseId = _open(listingId, gpus, hoursTerm, deposit, maxPricePerGpuHour, expired);
        _holdEscrow(deposit);
    }

    /// @notice {lease}, paying the deposit with an EIP-3009 authorization
    /// instead of an allowance: one transaction, and no state shared with
    /// the renter's other leases in flight (each authorization has its own
    /// random nonce), so one renter may open any number concurrently.
    /// @dev The caller is the renter and the authorization's `from`: the
    /// signature covers only the payment, not the lease's terms, so no one
    /// else may spend it. This contract receives the deposit
    /// (receiveWithAuthorization, payable only to its caller, so it cannot be
    /// front-run into a bare transfer) and moves it to the escrow account.
    /// Requirements: those of {lease}; the token accepts the authorization
    /// (valid now, nonce unused, signed by the caller for `deposit` to this
    /// contract); each hop delivers exactly `deposit`.
    /// Emits {LeaseRetired} per retired hint, a {LeaseCreated} event, and the
    /// token's AuthorizationUsed.
    function leaseWithAuthorization(
        uint256 listingId,
        uint32 gpus,
        uint32 hoursTerm,
        uint256 deposit,
        uint256 maxPricePerGpuHour,
        uint256[] calldata expired,
        Authorization calldata auth
    ) external nonReentrant whenNotPaused returns (uint256 leaseId) {
        leaseId = _open(listingId, gpus, hoursTerm, deposit, maxPricePerGpuHour, expired);
        _holdEscrowAuthorized(deposit, auth);
    }

    /// @notice Adds `amount` to a lease's escrow (pulled from the caller); an
    /// overdrawn lease pays its debt from it first.
    /// @dev Requirements: not paused; the lease is Active or Overdrawn;
    /// amount > 0; the total deposit stays within the term's cost; the
    /// escrow account receives exactly `amount`.
    /// Emits {LeaseToppedUp} and the events of the settlement that follows.
    function topUp(uint256 leaseId, uint256 amount) external nonReentrant whenNotPaused {
        LeaseRecord storage s = _topUpEffects(leaseId, amount);
        _holdEscrow(amount);
        _settle(leaseId, s);
    }

    /// @notice {topUp}, paying with an EIP-3009 authorization signed by the
    /// caller (see {leaseWithAuthorization}).
    /// @dev Requirements: those of {topUp}; the token accepts the
    /// authorization. Emits {LeaseToppedUp}, the token's AuthorizationUsed,
    /// and the events of the settlement that follows.
    function topUpWithAuthorization(uint256 leaseId, uint256 amount, Authorization calldata auth)
        external
        nonReentrant
        whenNotPaused
    {
        LeaseRecord storage s = _topUpEffects(leaseId, amount);
        _holdEscrowAuthorized(amount, auth);
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
    /// @dev Revenue is released once per run of consecutive leases of the
    /// same asset: send a batch sorted (grouped) by asset to release once
    /// per asset. Any order is settled correctly; an unsorted batch only
    /// releases more often (one release per change of asset). Gas per lease
    /// does not depend on how many assets the batch spans: there is no
    /// search, each lease either extends the current run or starts one.
    /// Emits the events of each settlement.
    function settleMany(uint256[] calldata leaseIds) external nonReentrant {
        // Every effect first, then the transfers (checks-effects-interactions):
        // runs[k] = (asset, amount) of the k-th run, refunds by lease.
        uint256 n = leaseIds.length;
        uint256[] memory runAssets = new uint256[](n);
        uint256[] memory runAmounts = new uint256[](n);
        uint256[] memory refunds = new uint256[](n);
        uint256 runs;
        for (uint256 i = 0; i < n; ++i) {
            LeaseRecord storage s = _leases[leaseIds[i]];
            if (s.status == LeaseStatus.None || s.status == LeaseStatus.Ended) continue;
            uint256 pay;
            (pay, refunds[i]) = _settleEffects(leaseIds[i], s);
            if (pay == 0) continue;
            uint256 assetId = s.assetId;
            if (runs == 0 || runAssets[runs - 1] != assetId) runAssets[runs++] = assetId;
            runAmounts[runs - 1] += pay;
        }
        for (uint256 k = 0; k < runs; ++k) {
            revenue.releaseEscrow(runAssets[k], runAmounts[k]);
        }
        for (uint256 i = 0; i < n; ++i) {
            if (refunds[i] > 0) revenue.refundEscrow(_leases[leaseIds[i]].renter, refunds[i]);
        }
    }

    /// @notice Ends a lease now. The renter may always close, paused or not.
    /// The asset's operator or a keeper may close it for lack of funds, when
    /// not paused, once what it accrued up to its listing's grace ago exceeds
    /// what it paid plus its credits: judged by time from the lease's own
    /// figures, without waiting for settlement or SLA finality. Accrued time
    /// is settled, unaccrued escrow refunded.
    /// @dev Requirements: lease Active or Overdrawn; the caller is its renter,
    /// or (not paused, lease out of funds past its grace, else
    /// {NotOverdrawn}) the asset's operator or a KEEPER_ROLE holder.
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
            // While paused a renter cannot top up, so it cannot be closed for
            // not topping up either.
            _requireNotPaused();
            (bool out, uint256 due, uint256 covered) = _outOfFunds(s);
            if (!out) revert NotOverdrawn(leaseId, due, covered);
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

    /// @notice Pauses the market. While paused: no new listings ({createListing}),
    /// no leases ({lease}, {leaseWithAuthorization}), no top-ups ({topUp},
    /// {topUpWithAuthorization}), and so no closing for lack of funds by the
    /// operator or a keeper (a renter who cannot top up is not closed for not
    /// doing so). Everything else goes on: settlement ({settle},
    /// {settleMany}), a renter closing its own lease, {retire}, repricing and
    /// deactivating listings, and every payout of the revenue account
    /// (claims, withdrawals, refunds).
    /// @dev Requirements: MARKET_ADMIN_ROLE; not paused. Emits {Paused}.
    function pause() external onlyRole(MARKET_ADMIN_ROLE) {
        _pause();
    }

    /// @notice Lifts the pause.
    /// @dev Requirements: MARKET_ADMIN_ROLE; paused. Emits {Unpaused}.
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
            graceSeconds: r.graceSeconds,
            assetId: r.assetId,
            pricePerGpuHour: r.hourlyRate / r.gpus,
            deposited: _deposited(r),
            released: r.released,
            refunded: r.refunded,
            credited: r.credited
        });
    }

    /// @notice GPUs of an asset's unretired leases.
    function leasedGpus(uint256 assetId) external view returns (uint32) {
        return _usage[assetId].gpus;
    }

    /// @notice An asset's usage as last updated (see {Usage}).
    function usageOf(uint256 assetId) external view returns (Usage memory) {
        return _usage[assetId];
    }

    /// @notice The hourly records of a tracked asset for `count` hours from
    /// `fromHour` (hour = timestamp / 3600): for each hour, the usage just
    /// after the last change in that hour, or zeros (updatedAt 0) for an
    /// hour without change. Leased GPU-seconds of an hour follow by walking
    /// hours in order from a known usage: an hour without change keeps the
    /// GPUs of the state before it for the whole hour.
    function hourlyUsage(uint256 assetId, uint256 fromHour, uint256 count)
        external
        view
        returns (Usage[] memory records)
    {
        records = new Usage[](count);
        for (uint256 i = 0; i < count; ++i) {
            records[i] = _hourly[assetId][fromHour + i];
        }
    }

    /// @notice Starts recording the asset's usage per hour and returns its
    /// usage now (a known state to walk hours from). Idempotent: an asset
    /// already tracked stays so.
    /// @dev Requirements: BACKSTOP_ROLE. Emits a {UsageTracked} event.
    function track(uint256 assetId) external onlyRole(BACKSTOP_ROLE) returns (Usage memory u) {
        u = _usage[assetId];
        uint64 t = _usageTime(u);
        u.gpuSeconds += uint128(u.gpus) * (t - u.updatedAt);
        u.updatedAt = t;
        u.tracked = true;
        _usage[assetId] = u;
        emit UsageTracked(assetId, t, u.gpus, u.gpuSeconds);
    }

    /// @notice A listing's price curve and when it was set; `curved` is
    /// false (and the rest zero) for a listing at its fixed price.
    function listingCurve(uint256 listingId)
        external
        view
        returns (bool curved, CurveParams memory curve, uint64 setAt)
    {
        _listing(listingId);
        StoredCurve memory c = _curves[listingId];
        return (c.ceiling > 0, curveParams(c), c.setAt);
    }

    /// @notice What a lease of `gpus` GPUs for `hoursTerm` hours sent now
    /// would pay: the price {lease} computes (same code) at this block's
    /// state, and gpus x price x hours. A lease that lands later pays the
    /// price at its own block, bounded by its `maxPricePerGpuHour`.
    function quote(uint256 listingId, uint32 gpus, uint32 hoursTerm)
        external
        view
        returns (uint256 pricePerGpuHour, uint256 total)
    {
        (pricePerGpuHour,) = _priceNow(listingId, _listing(listingId));
        total = pricePerGpuHour * gpus * hoursTerm;
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

    /// @dev Every effect of {lease} but the payment: checks, retires the
    /// hinted leases, reserves capacity, records the lease. Emits its events.
    function _open(
        uint256 listingId,
        uint32 gpus,
        uint32 hoursTerm,
        uint256 deposit,
        uint256 maxPricePerGpuHour,
        uint256[] calldata expired
    ) private returns (uint256 leaseId) {
        Listing storage l = _listing(listingId);
        if (!l.active) revert ListingInactive(listingId);
        // Priced on the state this transaction finds, before any hint is
        // retired: exactly what {quote} answers at the same state.
        (uint256 price, uint256 util) = _priceNow(listingId, l);
        if (price > maxPricePerGpuHour) revert PriceAboveBound(listingId, price, maxPricePerGpuHour);
        if (hoursTerm < l.minHours || hoursTerm > l.maxHours) {
            revert TermOutOfRange(hoursTerm, l.minHours, l.maxHours);
        }
        if (gpus == 0) revert InvalidGpus(gpus, l.gpus);
        uint256 hourly = uint256(gpus) * price;
        uint256 minimum = hourly * Math.min(hoursTerm, l.minPrepaidHours);
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
        n.graceSeconds = l.graceSeconds;
        n.assetId = assetId.toUint64();
        // Both fit: hourly <= termCost < 2^80 (checked above).
        n.hourlyRate = uint96(hourly);
        n.escrow = uint96(deposit);
        emit LeaseCreated(leaseId, listingId, assetId, msg.sender, gpus, price, start, end, deposit);
        // util <= 10000 fits 16 bits; type(uint256).max marks a fixed price.
        if (util != type(uint256).max) emit LeasePriced(leaseId, listingId, uint16(util), price);
    }

    /// @dev The price per GPU-hour of a new lease of the listing now, and
    /// the utilisation (bps) it was computed at, or type(uint256).max for a
    /// fixed price. A curve reads the asset's usage: leased GPUs, and when
    /// they last changed (the start of an idle spell when none is leased).
    function _priceNow(uint256 listingId, Listing storage l) private view returns (uint256 price, uint256 util) {
        StoredCurve storage stored = _curves[listingId];
        if (stored.ceiling == 0) return (l.pricePerGpuHour, type(uint256).max);
        StoredCurve memory c = stored;
        Usage memory u = _usage[l.assetId];
        util = curveUtilisation(u.gpus, assets.gpuCountOf(l.assetId));
        uint256 idleHours;
        if (u.gpus == 0) {
            // Idle since the GPUs last changed (dropped to zero), but no
            // earlier than the curve: its decay starts when it is set.
            uint256 since = u.updatedAt > c.setAt ? u.updatedAt : c.setAt;
            idleHours = block.timestamp > since ? (block.timestamp - since) / 3600 : 0;
        }
        price = curvePrice(c, util, idleHours);
    }

    /// @dev Checks and stores a listing's curve, set now. Emits {ListingCurveSet}.
    function _setCurve(uint256 listingId, CurveParams calldata curve) private {
        if (!curveValid(curve)) revert InvalidCurve(curve.floor, curve.base, curve.ceiling, curve.kinkBps);
        _curves[listingId] = curveStore(curve, block.timestamp);
        emit ListingCurveSet(listingId, curve);
    }

    /// @dev Every effect of a top-up but the payment and the settlement that follows.
    function _topUpEffects(uint256 leaseId, uint256 amount) private returns (LeaseRecord storage s) {
        s = _lease(leaseId);
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
    }

    /// @dev Whether a lease is out of funds: what it accrued up to its grace
    /// ago (capped at its end) exceeds what it paid (deposited - refunded =
    /// escrow + released) plus its credits.
    function _outOfFunds(LeaseRecord storage s) private view returns (bool, uint256 due, uint256 covered) {
        covered = uint256(s.escrow) + s.released + s.credited;
        uint256 grace = s.graceSeconds;
        uint64 start = s.start;
        if (block.timestamp < uint256(start) + grace) return (false, 0, covered);
        uint64 until = uint64(block.timestamp - grace);
        uint64 end = s.end;
        due = _accruedAt(s.hourlyRate, start, until < end ? until : end);
        return (due > covered, due, covered);
    }


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
    /// tokens straight in, checks they arrived whole, and books them.
    function _holdEscrow(uint256 amount) private {
        uint256 before = stablecoin.balanceOf(address(revenue));
        stablecoin.safeTransferFrom(msg.sender, address(revenue), amount);
        _checkReceived(address(revenue), before, amount);
        revenue.holdEscrow(amount);
    }

    /// @dev Moves `amount` from the caller into escrow with the caller's
    /// EIP-3009 authorization: received here (checked), passed on to the
    /// revenue account (checked), booked there.
    function _holdEscrowAuthorized(uint256 amount, Authorization calldata a) private {
        uint256 before = stablecoin.balanceOf(address(this));
        IERC3009Receive(address(stablecoin)).receiveWithAuthorization(
            msg.sender, address(this), amount, a.validAfter, a.validBefore, a.nonce, a.v, a.r, a.s
        );
        _checkReceived(address(this), before, amount);
        before = stablecoin.balanceOf(address(revenue));
        stablecoin.safeTransfer(address(revenue), amount);
        _checkReceived(address(revenue), before, amount);
        revenue.holdEscrow(amount);
    }

    /// @dev Reverts unless `account`'s balance grew by exactly `amount` since `before`.
    function _checkReceived(address account, uint256 before, uint256 amount) private view {
        uint256 received = stablecoin.balanceOf(account) - before;
        if (received != amount) revert DepositShortfall(amount, received);
    }

    function _checkPrice(uint256 pricePerGpuHour) private pure {
        if (pricePerGpuHour == 0 || pricePerGpuHour > MAX_TERM_COST) revert InvalidPrice();
    }

    function _reserveCapacity(uint256 listingId, Listing storage l, uint32 gpus) private {
        uint32 listingFree = l.gpus > l.leasedGpus ? l.gpus - l.leasedGpus : 0;
        if (gpus > listingFree) revert ListingCapacityExceeded(listingId, gpus, listingFree);
        uint32 gpuCount = assets.gpuCountOf(l.assetId);
        uint32 leased = _usage[l.assetId].gpus;
        uint32 assetFree = gpuCount > leased ? gpuCount - leased : 0;
        if (gpus > assetFree) revert InsufficientCapacity(l.assetId, gpus, assetFree);
        l.leasedGpus += gpus;
        _setLeased(l.assetId, leased + gpus);
    }

    function _retire(uint256 leaseId, LeaseRecord storage s) private {
        if (s.retired) return;
        s.retired = true;
        _listings[s.listingId].leasedGpus -= s.gpus;
        _setLeased(s.assetId, _usage[s.assetId].gpus - s.gpus);
        emit LeaseRetired(leaseId, s.assetId, s.gpus);
    }

    /// @dev Sets an asset's leased GPUs to `gpus` as of now: one slot read
    /// and written, plus the hour's record when the asset is tracked.
    function _setLeased(uint256 assetId, uint32 gpus) private {
        Usage memory u = _usage[assetId];
        uint64 t = _usageTime(u);
        // Cannot overflow 128 bits: 2^32 GPUs x 2^64 seconds.
        u.gpuSeconds += uint128(u.gpus) * (t - u.updatedAt);
        u.gpus = gpus;
        u.updatedAt = t;
        _usage[assetId] = u;
        if (u.tracked) _hourly[assetId][t / 3600] = u;
    }

    /// @dev Now for an asset's usage: the block's time, or the usage's own
    /// time if that is later. A mined block is never earlier than the
    /// previous one, but a node may simulate a call (eth_estimateGas on its
    /// pending block) at an earlier time than a change already recorded;
    /// usage never moves back, so such a call sees no time passed instead
    /// of reverting on an underflow.
    function _usageTime(Usage memory u) private view returns (uint64) {
        uint64 t = uint64(block.timestamp);
        return t > u.updatedAt ? t : u.updatedAt;
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
