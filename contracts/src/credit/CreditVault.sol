// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC1155Holder} from "@openzeppelin/contracts/token/ERC1155/utils/ERC1155Holder.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {GPUAsset} from "../GPUAsset.sol";
import {borrowDebtOf, borrowSharesUp, borrowSharesRepaid} from "./BorrowShares.sol";
import {calendarAddMonths} from "./Calendar.sol";
import {LendingPool} from "./LendingPool.sol";

/// @title CreditVault
/// @notice Borrowing against GPU shares. A holder pledges ERC-1155 shares of
/// a GPUAsset (the vault holds them: a pledged share cannot be transferred or
/// pledged again) and borrows the stablecoin from the LendingPool up to
/// `LTV x collateral value`. While pledged, the shares' revenue is paid to
/// the vault as their holder and repays the loan: interest first, then
/// principal, and only the excess goes to the borrower. Unhealthy loans
/// (debt above `liquidation threshold x value`) are flagged, given a grace
/// period to cure, then sold by Dutch auction; a shortfall is written down
/// from the pool's assets in the open.
///
/// Collateral value per share, from chain data only (docs/credit.md):
///   min( book value depreciated straight-line to the end of useful life / supply,
///        trailing holders' revenue per share, annualised, over the remaining
///        life, discounted at the risk admin's rate: a * T / (1 + d * T / 2) )
/// where the trailing revenue is the growth of GPUAsset's accRevenuePerShare
/// since a snapshot at least `lookback` old (two snapshots per asset,
/// rotated by {checkpoint}: O(1)).
///
/// Revenue, O(1) whatever the number of loans: {sweep} claims the vault's
/// revenue of an asset from GPUAsset and adds it to the asset's revenue
/// index (units x 1e18 per pledged share, the sub-unit rest carried as
/// dust); each loan keeps a checkpoint of the index and a sub-unit fraction,
/// and takes its part whenever it is touched. Exact at every moment, per
/// asset: swept x 1e18 = sum over loans of (applied x 1e18 + pending x 1e18 +
/// fraction) + dust, with applied = repaid from revenue + paid to borrowers.
/// The vault sweeps an asset before any change of its pledged shares, so
/// revenue is always shared among the shares that earned it.
///
/// Money owed to borrowers (revenue beyond the debt, auction surplus) is
/// credited and pulled ({withdrawOwed}): a blocklisted borrower cannot
/// block a liquidation or a sweep.
contract CreditVault is AccessControl, ReentrancyGuardTransient, ERC1155Holder {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using Math for uint256;

    /// @notice May set the risk parameters.
    bytes32 public constant RISK_ADMIN_ROLE = keccak256("RISK_ADMIN_ROLE");
    /// @notice 100% in basis points.
    uint256 public constant BPS = 10_000;
    /// @notice Scale of share prices and of the revenue index (units x 1e18 per share).
    uint256 public constant SCALE = 1e18;
    /// @notice Seconds in the year revenue is annualised over and rates are quoted for (365 days).
    uint256 public constant YEAR = 365 days;

    /// @notice Loan states. Active: shares pledged, may borrow; Auction: its
    /// shares are for sale; Liquidated: sold; Closed: repaid and unpledged.
    enum Status {
        None,
        Active,
        Auction,
        Liquidated,
        Closed
    }

    /// @notice The risk parameters, set by RISK_ADMIN_ROLE within bounds ({setRiskParams}).
    struct RiskParams {
        uint16 ltvBps; // borrow limit: debt <= value x ltv
        uint16 liquidationThresholdBps; // unhealthy: debt > value x threshold
        uint16 penaltyBps; // of the debt, paid to the pool from auction proceeds
        uint16 auctionFloorBps; // auction floor as a share of its start price
        uint16 discountRateBps; // per year, on the revenue value
        uint32 gracePeriod; // seconds between flag and auction
        uint32 auctionDuration; // seconds for the price to fall to the floor
        uint32 lookback; // seconds of trailing revenue, at least
    }

    /// @notice Inputs of the valuation of one share ({valuePerShare}).
    struct Valuation {
        uint256 bookValue; // units, at commissioning
        uint256 supply; // shares
        uint256 commissionedAt; // unix seconds
        uint256 endOfLife; // commissionedAt + useful life in calendar months
        uint256 snapshotAcc; // accRevenuePerShare at the snapshot (units x 1e18 per share)
        uint256 snapshotAt; // unix seconds of the snapshot (0: none)
        uint256 acc; // accRevenuePerShare now
        uint256 asOf; // unix seconds now
        uint256 discountRateBps;
    }

    /// @notice A loan as {loan} reports it, figures at this block.
    struct LoanView {
        address borrower;
        uint256 assetId;
        Status status;
        uint256 shares; // pledged
        uint256 borrowShares;
        uint256 principal; // outstanding, informative: interest is debt - principal
        uint256 debt; // with interest to this block, before pending revenue
        uint256 pendingRevenue; // swept, not yet applied (whole units)
        uint256 collateralValue;
        uint256 borrowLimit;
        uint256 liquidationLimit;
        uint256 flaggedAt; // 0: not flagged
        uint256 openedAt;
    }

    /// @notice A Dutch auction of a loan's shares.
    struct Auction {
        uint128 startPrice;
        uint128 floorPrice;
        uint40 startedAt;
        uint32 duration;
    }

    /// @dev One loan, three slots.
    struct Loan {
        address borrower;
        uint48 assetId;
        Status status;
        uint40 flaggedAt;
        uint64 shares; // <= MAX_SHARE_SUPPLY < 2^60
        uint64 fraction; // sub-unit revenue, units x SCALE (< 2^60)
        uint128 revenueCheckpoint; // the asset's revenue index when last settled
        Debt debt;
    }

    /// @dev A loan's debt, one slot, written at once.
    struct Debt {
        uint104 borrowShares;
        uint112 principal;
        uint40 openedAt; // never zero for a loan: this slot is never written from zero
    }

    /// @dev An asset's revenue in the vault, one slot.
    struct AssetBook {
        uint128 revenueIndex; // units x SCALE per pledged share, cumulative
        uint64 pledged; // shares held here for loans
        uint64 dust; // units x SCALE credited to no loan yet (< pledged after a sweep, see _sweep)
    }

    /// @dev An asset's valuation terms, read once from GPUAsset (they never change there).
    struct Terms {
        uint96 bookValue;
        uint64 supply;
        uint40 commissionedAt;
        uint40 endOfLife;
    }

    /// @dev A snapshot of an asset's accRevenuePerShare.
    struct Snapshot {
        uint128 acc;
        uint40 takenAt;
    }

    /// @notice The share token (also the revenue account of its assets).
    GPUAsset public immutable assets;
    /// @notice The pool loans are drawn from.
    LendingPool public immutable pool;
    /// @notice The stablecoin lent, repaid and paid as revenue.
    IERC20 public immutable stablecoin;

    /// @notice Loans opened so far; also the last id issued (the first is 1).
    uint256 public loanCount;
    /// @notice Owed to borrowers (revenue beyond the debt, auction surplus), not yet withdrawn.
    uint256 public totalOwed;
    /// @notice Revenue swept while no share of its asset was pledged (cannot
    /// happen by construction: pledged shares change only after a sweep); held, booked to no loan.
    uint256 public unallocated;

    RiskParams private _risk;
    mapping(uint256 loanId => Loan) private _loans;
    mapping(uint256 loanId => Auction) private _auctions;
    mapping(uint256 assetId => AssetBook) private _books;
    mapping(uint256 assetId => Terms) private _terms;
    mapping(uint256 assetId => Snapshot) private _recent;
    mapping(uint256 assetId => Snapshot) private _older;
    mapping(address borrower => uint256) private _owed;

    /// @notice A loan was opened on `shares` of `assetId` pledged by `borrower`.
    event LoanOpened(uint256 indexed loanId, address indexed borrower, uint256 indexed assetId, uint256 shares);
    /// @notice Shares were added to a loan's collateral.
    event CollateralAdded(uint256 indexed loanId, uint256 shares, uint256 totalShares);
    /// @notice Shares were returned to the borrower.
    event CollateralRemoved(uint256 indexed loanId, address indexed to, uint256 shares, uint256 totalShares);
    /// @notice The pool lent `amount` to the borrower for this loan.
    event Borrowed(uint256 indexed loanId, address indexed to, uint256 amount, uint256 debt, uint256 collateralValue);
    /// @notice `payer` repaid part of the loan: interest first, then principal.
    event Repaid(uint256 indexed loanId, address indexed payer, uint256 toInterest, uint256 toPrincipal, uint256 debt);
    /// @notice Swept revenue of the loan's shares was applied: interest, then principal, the rest owed to the borrower.
    event RevenueApplied(
        uint256 indexed loanId, uint256 revenue, uint256 toInterest, uint256 toPrincipal, uint256 toBorrower, uint256 debt
    );
    /// @notice The vault's revenue of an asset was claimed from GPUAsset and added to its revenue index.
    event RevenueSwept(uint256 indexed assetId, address indexed by, uint256 amount, uint256 revenueIndex, uint256 dust);
    /// @notice A snapshot of an asset's accRevenuePerShare was taken (trailing revenue).
    event RevenueCheckpoint(uint256 indexed assetId, uint256 accRevenuePerShare, uint256 takenAt);
    /// @notice A loan was found unhealthy: its grace period runs until `graceEndsAt`.
    event LoanFlagged(uint256 indexed loanId, address indexed by, uint256 debt, uint256 liquidationLimit, uint256 graceEndsAt);
    /// @notice A flagged loan is healthy again.
    event LoanCured(uint256 indexed loanId, uint256 debt, uint256 liquidationLimit);
    /// @notice A loan's shares went on sale: the price falls from start to floor over the duration.
    event AuctionStarted(
        uint256 indexed loanId, uint256 shares, uint256 startPrice, uint256 floorPrice, uint256 endsAt, uint256 debt
    );
    /// @notice A bid bought a loan's shares: proceeds repaid `repaid`, paid `penalty` to the
    /// pool and `surplus` to the borrower; `shortfall` was written down as bad debt.
    event AuctionSettled(
        uint256 indexed loanId,
        address indexed bidder,
        uint256 price,
        uint256 repaid,
        uint256 penalty,
        uint256 surplus,
        uint256 shortfall
    );
    /// @notice A loan was repaid and all its shares returned.
    event LoanClosed(uint256 indexed loanId);
    /// @notice Money owed to a borrower was credited (revenue beyond the debt, auction surplus).
    event OwedCredited(address indexed borrower, uint256 indexed loanId, uint256 amount);
    /// @notice A borrower withdrew what it was owed.
    event OwedWithdrawn(address indexed borrower, uint256 amount);
    /// @notice Revenue arrived for an asset with no pledged share (see {unallocated}).
    event RevenueUnallocated(uint256 indexed assetId, uint256 amount);
    /// @notice An asset's valuation terms were read from GPUAsset, once (they never change there).
    event AssetTermsCached(
        uint256 indexed assetId, uint256 bookValue, uint256 supply, uint256 commissionedAt, uint256 endOfLife
    );
    /// @notice The risk parameters changed.
    event RiskParamsChanged(address indexed by, RiskParams params);

    error ZeroAddress();
    error ZeroAmount();
    error UnknownLoan(uint256 loanId);
    error NotBorrower(uint256 loanId, address caller, address borrower);
    error WrongStatus(uint256 loanId, Status status, Status required);
    /// @notice The debt after the operation would exceed `LTV x collateral value`.
    error BorrowLimitExceeded(uint256 loanId, uint256 debt, uint256 borrowLimit);
    error InsufficientCollateral(uint256 loanId, uint256 requested, uint256 pledged);
    error NothingToRepay(uint256 loanId);
    /// @notice The loan's debt is within `liquidation threshold x value`.
    error LoanHealthy(uint256 loanId, uint256 debt, uint256 liquidationLimit);
    error LoanUnhealthy(uint256 loanId, uint256 debt, uint256 liquidationLimit);
    error AlreadyFlagged(uint256 loanId, uint256 flaggedAt);
    error NotFlagged(uint256 loanId);
    /// @notice The borrower may still cure the loan until `graceEndsAt`.
    error GraceNotOver(uint256 loanId, uint256 graceEndsAt, uint256 nowTs);
    /// @notice The bid is below the auction's current price.
    error BidBelowPrice(uint256 loanId, uint256 maxPrice, uint256 price);
    error NothingOwed(address account);
    /// @notice Shares can enter the vault only through {pledge} and {addCollateral}.
    error UnexpectedShares(address token, address operator);
    error RiskParamOutOfBounds(string name, uint256 value, uint256 min, uint256 max);
    error Mismatch(uint256 expected, uint256 got);

    /// @param admin receives DEFAULT_ADMIN_ROLE and RISK_ADMIN_ROLE.
    /// @param assets_ the GPUAsset whose shares are pledged.
    /// @param pool_ the LendingPool lending its stablecoin; it must grant this
    /// contract CREDIT_VAULT_ROLE and lend the GPUAsset's stablecoin.
    constructor(address admin, GPUAsset assets_, LendingPool pool_) {
        if (admin == address(0) || address(assets_) == address(0) || address(pool_) == address(0)) {
            revert ZeroAddress();
        }
        IERC20 token = assets_.stablecoin();
        if (pool_.asset() != address(token)) revert Mismatch(uint256(uint160(address(token))), uint256(uint160(pool_.asset())));
        assets = assets_;
        pool = pool_;
        stablecoin = token;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(RISK_ADMIN_ROLE, admin);
        _setRiskParams(
            RiskParams({
                ltvBps: 5_000,
                liquidationThresholdBps: 7_000,
                penaltyBps: 500,
                auctionFloorBps: 5_000,
                discountRateBps: 1_500,
                gracePeriod: 3 days,
                auctionDuration: 3 days,
                lookback: 30 days
            })
        );
    }

    // ------------------------------------------------------------ borrowers

    /// @notice Pledges `shares` of `assetId` held by the caller and opens a loan on them.
    /// @dev The vault takes custody (the caller must have approved it with
    /// `setApprovalForAll`). Requirements: shares > 0; the caller holds them
    /// (ERC-1155 refuses otherwise: `ERC1155InsufficientBalance`).
    /// Emits {RevenueSwept} (when the asset had revenue pending), {LoanOpened},
    /// possibly {RevenueCheckpoint}, and an ERC-1155 {TransferSingle}.
    /// @return loanId the new loan's id
    function pledge(uint256 assetId, uint256 shares) external nonReentrant returns (uint256 loanId) {
        if (shares == 0) revert ZeroAmount();
        _termsOf(assetId); // reverts for an unknown asset; caches its terms
        _sweep(assetId);
        _checkpoint(assetId, _accOf(assetId), _risk.lookback);
        AssetBook storage b = _books[assetId];
        loanId = ++loanCount;
        _loans[loanId] = Loan({
            borrower: msg.sender,
            assetId: assetId.toUint48(),
            status: Status.Active,
            flaggedAt: 0,
            shares: shares.toUint64(),
            fraction: 0,
            revenueCheckpoint: b.revenueIndex,
            debt: Debt({borrowShares: 0, principal: 0, openedAt: uint40(block.timestamp)})
        });
        b.pledged = (uint256(b.pledged) + shares).toUint64();
        emit LoanOpened(loanId, msg.sender, assetId, shares);
        assets.safeTransferFrom(msg.sender, address(this), assetId, shares, "");
    }

    /// @notice Adds `shares` of the loan's asset, held by the caller, to its collateral.
    /// @dev Requirements: the caller is the borrower; the loan is Active.
    /// A flagged loan healthy afterwards is cured. Emits {CollateralAdded},
    /// possibly {RevenueSwept}, {RevenueApplied}, {LoanCured}.
    function addCollateral(uint256 loanId, uint256 shares) external nonReentrant {
        if (shares == 0) revert ZeroAmount();
        Loan storage l = _borrowersLoan(loanId);
        uint256 assetId = l.assetId;
        _sweep(assetId);
        (uint256 ta, uint256 ts) = pool.accrue();
        (uint256 rPay, uint256 rBurn) = _applyRevenue(loanId, l, ta, ts);
        uint256 total = uint256(l.shares) + shares;
        l.shares = total.toUint64();
        AssetBook storage b = _books[assetId];
        b.pledged = (uint256(b.pledged) + shares).toUint64();
        emit CollateralAdded(loanId, shares, total);
        if (l.flaggedAt != 0) _cureIfHealthy(loanId, l, ta - rPay, ts - rBurn);
        _payPool(loanId, rPay, rBurn);
        assets.safeTransferFrom(msg.sender, address(this), assetId, shares, "");
    }

    /// @notice Borrows `amount` from the pool against the loan's collateral, paid to the caller.
    /// @dev Requirements: the caller is the borrower; the loan is Active and
    /// not flagged ({AlreadyFlagged}: cure it first, {unflag}); the debt
    /// afterwards is within `LTV x collateral value` ({BorrowLimitExceeded});
    /// the pool has the cash ({LendingPool.InsufficientCash}).
    /// Emits {Borrowed}, the pool's {LendingPool.Lent}, an ERC-20 {Transfer}.
    /// @return debt the loan's debt afterwards
    function borrow(uint256 loanId, uint256 amount) external nonReentrant returns (uint256 debt) {
        if (amount == 0) revert ZeroAmount();
        Loan storage l = _borrowersLoan(loanId);
        if (l.flaggedAt != 0) revert AlreadyFlagged(loanId, l.flaggedAt);
        (uint256 ta, uint256 ts) = pool.accrue();
        (uint256 rPay, uint256 rBurn) = _applyRevenue(loanId, l, ta, ts);
        ta -= rPay;
        ts -= rBurn;
        uint256 minted = borrowSharesUp(amount, ta, ts);
        uint256 loanShares = uint256(l.debt.borrowShares) + minted;
        debt = borrowDebtOf(loanShares, ta + amount, ts + minted);
        uint256 value = _collateralValue(l.assetId, l.shares);
        uint256 limit = value * _risk.ltvBps / BPS;
        if (debt > limit) revert BorrowLimitExceeded(loanId, debt, limit);
        l.debt = Debt({
            borrowShares: loanShares.toUint104(),
            principal: (uint256(l.debt.principal) + amount).toUint112(),
            openedAt: l.debt.openedAt
        });
        emit Borrowed(loanId, msg.sender, amount, debt, value);
        _payPool(loanId, rPay, rBurn);
        uint256 lent = pool.lend(loanId, msg.sender, amount);
        if (lent != minted) revert Mismatch(minted, lent);
    }

    /// @notice Repays up to `amount` of the loan, pulled from the caller
    /// (anyone may repay); `type(uint256).max` repays it all. Swept revenue is
    /// applied first.
    /// @dev Requirements: the loan is Active; something is owed
    /// ({NothingToRepay}); the caller approved this contract for the amount
    /// paid. A flagged loan healthy afterwards is cured.
    /// Emits {Repaid}, possibly {RevenueApplied} and {LoanCured}, the pool's
    /// {LendingPool.RepaymentBooked}, an ERC-20 {Transfer}.
    /// @return paid what the caller paid
    function repay(uint256 loanId, uint256 amount) external nonReentrant returns (uint256 paid) {
        if (amount == 0) revert ZeroAmount();
        Loan storage l = _activeLoan(loanId);
        (uint256 ta, uint256 ts) = pool.accrue();
        (uint256 rPay, uint256 rBurn) = _applyRevenue(loanId, l, ta, ts);
        ta -= rPay;
        ts -= rBurn;
        uint256 debt = borrowDebtOf(l.debt.borrowShares, ta, ts);
        if (debt == 0) {
            if (rPay == 0) revert NothingToRepay(loanId);
        } else {
            paid = amount < debt ? amount : debt;
        }
        uint256 burn;
        if (paid > 0) {
            burn = borrowSharesRepaid(paid, debt, l.debt.borrowShares, ta, ts);
            (uint256 toInterest, uint256 toPrincipal) = _reduce(l, paid, debt, burn);
            emit Repaid(loanId, msg.sender, toInterest, toPrincipal, debt - paid);
        }
        if (l.flaggedAt != 0) _cureIfHealthy(loanId, l, ta - paid, ts - burn);
        _payPool(loanId, rPay, rBurn);
        if (paid > 0) {
            stablecoin.safeTransferFrom(msg.sender, address(pool), paid);
            pool.repay(loanId, paid, burn, 0);
        }
    }

    /// @notice Returns `shares` of the loan's collateral to the borrower; the
    /// rest must still cover the debt at the LTV. A loan with no debt and no
    /// shares left is closed.
    /// @dev Requirements: the caller is the borrower; the loan is Active and
    /// not flagged ({AlreadyFlagged}: cure it first, {unflag});
    /// shares <= pledged ({InsufficientCollateral}); debt <= LTV x value of the
    /// shares left ({BorrowLimitExceeded}). Emits {CollateralRemoved}, possibly
    /// {LoanClosed}, {RevenueSwept}, {RevenueApplied}, an ERC-1155 {TransferSingle}.
    function unpledge(uint256 loanId, uint256 shares) external nonReentrant {
        if (shares == 0) revert ZeroAmount();
        Loan storage l = _borrowersLoan(loanId);
        if (l.flaggedAt != 0) revert AlreadyFlagged(loanId, l.flaggedAt);
        if (shares > l.shares) revert InsufficientCollateral(loanId, shares, l.shares);
        uint256 assetId = l.assetId;
        _sweep(assetId);
        (uint256 ta, uint256 ts) = pool.accrue();
        (uint256 rPay, uint256 rBurn) = _applyRevenue(loanId, l, ta, ts);
        uint256 left = l.shares - shares;
        uint256 debt = borrowDebtOf(l.debt.borrowShares, ta - rPay, ts - rBurn);
        if (debt > 0) {
            uint256 limit = _collateralValue(assetId, left) * _risk.ltvBps / BPS;
            if (debt > limit) revert BorrowLimitExceeded(loanId, debt, limit);
        }
        // left < shares' old value < 2^64.
        l.shares = uint64(left);
        AssetBook storage b = _books[assetId];
        b.pledged -= uint64(shares);
        emit CollateralRemoved(loanId, msg.sender, shares, left);
        if (left == 0) {
            _releaseFraction(l, b);
            if (l.debt.borrowShares == 0) {
                l.status = Status.Closed;
                l.flaggedAt = 0;
                emit LoanClosed(loanId);
            }
        }
        _payPool(loanId, rPay, rBurn);
        assets.safeTransferFrom(address(this), msg.sender, assetId, shares, "");
    }

    /// @notice Pays the caller everything the vault owes it (revenue beyond
    /// its loans' debt, auction surplus).
    /// @dev Requirements: something is owed ({NothingOwed}). Emits {OwedWithdrawn}.
    function withdrawOwed() external nonReentrant returns (uint256 amount) {
        amount = _owed[msg.sender];
        if (amount == 0) revert NothingOwed(msg.sender);
        _owed[msg.sender] = 0;
        totalOwed -= amount;
        emit OwedWithdrawn(msg.sender, amount);
        stablecoin.safeTransfer(msg.sender, amount);
    }

    // ------------------------------------------------------------ anyone

    /// @notice Claims the vault's revenue of `assetId` from GPUAsset and adds
    /// it to the asset's revenue index: O(1) whatever the number of loans;
    /// each loan takes its part when next touched ({settle}).
    /// @dev Emits {RevenueSwept} when something arrived (or carried dust was redistributed).
    /// @return received the stablecoin units claimed
    function sweep(uint256 assetId) external nonReentrant returns (uint256 received) {
        return _sweep(assetId);
    }

    /// @notice Applies a loan's swept revenue to its debt (interest, then
    /// principal, the rest owed to the borrower). Anyone may call it.
    /// @dev Requirements: the loan is Active or in Auction. Emits {RevenueApplied} when something was due.
    function settle(uint256 loanId) external nonReentrant {
        Loan storage l = _loans[loanId];
        if (l.status != Status.Active && l.status != Status.Auction) {
            if (l.status == Status.None) revert UnknownLoan(loanId);
            revert WrongStatus(loanId, l.status, Status.Active);
        }
        (uint256 ta, uint256 ts) = pool.accrue();
        (uint256 rPay, uint256 rBurn) = _applyRevenue(loanId, l, ta, ts);
        _payPool(loanId, rPay, rBurn);
    }

    /// @notice Takes a snapshot of the asset's accRevenuePerShare when the
    /// newest one is at least `lookback` old (or there is none). Anyone may
    /// call it; keepers should, at least once per lookback, so that the
    /// trailing revenue stays between one and two lookbacks long.
    /// @dev Emits {RevenueCheckpoint} when a snapshot was taken.
    function checkpoint(uint256 assetId) external nonReentrant {
        _termsOf(assetId);
        _checkpoint(assetId, _accOf(assetId), _risk.lookback);
    }

    /// @notice Starts the grace period of an unhealthy loan (debt above
    /// `liquidation threshold x collateral value`, after its swept revenue).
    /// @dev Requirements: the loan is Active and not flagged ({AlreadyFlagged});
    /// it is unhealthy ({LoanHealthy} otherwise, nothing changes).
    /// Emits {LoanFlagged}, possibly {RevenueSwept}, {RevenueApplied}, {RevenueCheckpoint}.
    function flag(uint256 loanId) external nonReentrant {
        Loan storage l = _activeLoan(loanId);
        if (l.flaggedAt != 0) revert AlreadyFlagged(loanId, l.flaggedAt);
        (uint256 debt, uint256 limit,, uint256 rPay, uint256 rBurn) = _health(loanId, l);
        if (debt <= limit) revert LoanHealthy(loanId, debt, limit);
        l.flaggedAt = uint40(block.timestamp);
        emit LoanFlagged(loanId, msg.sender, debt, limit, block.timestamp + _risk.gracePeriod);
        _payPool(loanId, rPay, rBurn);
    }

    /// @notice Clears the flag of a loan that is healthy again (revenue or a
    /// rising value cured it). Anyone may call it.
    /// @dev Requirements: the loan is Active and flagged ({NotFlagged}); healthy
    /// ({LoanUnhealthy}). Emits {LoanCured}.
    function unflag(uint256 loanId) external nonReentrant {
        Loan storage l = _activeLoan(loanId);
        if (l.flaggedAt == 0) revert NotFlagged(loanId);
        (uint256 debt, uint256 limit,, uint256 rPay, uint256 rBurn) = _health(loanId, l);
        if (debt > limit) revert LoanUnhealthy(loanId, debt, limit);
        l.flaggedAt = 0;
        emit LoanCured(loanId, debt, limit);
        _payPool(loanId, rPay, rBurn);
    }

    /// @notice Puts a flagged loan's shares on sale once its grace period is
    /// over and it is still unhealthy: a Dutch auction from the collateral
    /// value (or the debt plus its penalty, when that is more) down to
    /// `auctionFloorBps` of it over `auctionDuration`.
    /// @dev Requirements: Active and flagged ({NotFlagged}); grace over
    /// ({GraceNotOver}); unhealthy ({LoanHealthy}). Emits {AuctionStarted}.
    function startAuction(uint256 loanId) external nonReentrant {
        Loan storage l = _activeLoan(loanId);
        uint256 flaggedAt = l.flaggedAt;
        if (flaggedAt == 0) revert NotFlagged(loanId);
        RiskParams memory r = _risk;
        if (block.timestamp < flaggedAt + r.gracePeriod) {
            revert GraceNotOver(loanId, flaggedAt + r.gracePeriod, block.timestamp);
        }
        (uint256 debt, uint256 limit, uint256 value, uint256 rPay, uint256 rBurn) = _health(loanId, l);
        if (debt <= limit) revert LoanHealthy(loanId, debt, limit);
        l.status = Status.Auction;
        // From the collateral value, or from what is owed with its penalty
        // when that is more: a value the trailing revenue marked down to
        // nothing must not give the shares away.
        uint256 start = debt + debt * r.penaltyBps / BPS;
        if (value > start) start = value;
        uint256 floor = start * r.auctionFloorBps / BPS;
        _auctions[loanId] = Auction({
            startPrice: start.toUint128(),
            floorPrice: uint128(floor),
            startedAt: uint40(block.timestamp),
            duration: r.auctionDuration
        });
        emit AuctionStarted(loanId, l.shares, start, floor, block.timestamp + r.auctionDuration, debt);
        _payPool(loanId, rPay, rBurn);
    }

    /// @notice Buys an auctioned loan's shares at the current price, paid by
    /// the caller (who must have approved this contract for it). Proceeds
    /// repay the debt, then a penalty to the pool, the rest to the borrower;
    /// a shortfall is written down from the pool as bad debt.
    /// @dev Requirements: the loan is in Auction; `maxPrice` >= the current
    /// price ({BidBelowPrice}). Emits {AuctionSettled}, the pool's
    /// {LendingPool.RepaymentBooked} and {LendingPool.BadDebtWrittenDown} as
    /// they apply, ERC-20 {Transfer}s, an ERC-1155 {TransferSingle}.
    /// @return price what the bidder paid
    function bid(uint256 loanId, uint256 maxPrice) external nonReentrant returns (uint256 price) {
        Loan storage l = _loans[loanId];
        if (l.status != Status.Auction) revert WrongStatus(loanId, l.status, Status.Auction);
        price = _auctionPrice(_auctions[loanId]);
        if (maxPrice < price) revert BidBelowPrice(loanId, maxPrice, price);
        uint256 assetId = l.assetId;
        _sweep(assetId);
        (uint256 ta, uint256 ts) = pool.accrue();
        (uint256 rPay, uint256 rBurn) = _applyRevenue(loanId, l, ta, ts);
        ta -= rPay;
        ts -= rBurn;
        Settlement memory s = _settlement(l, price, ta, ts);

        uint256 shares = l.shares;
        address borrower = l.borrower;
        AssetBook storage b = _books[assetId];
        b.pledged -= uint64(shares);
        _releaseFraction(l, b);
        l.status = Status.Liquidated;
        l.shares = 0;
        l.debt = Debt({borrowShares: 0, principal: 0, openedAt: l.debt.openedAt});
        l.flaggedAt = 0;
        if (s.surplus > 0) _credit(borrower, loanId, s.surplus);
        emit AuctionSettled(loanId, msg.sender, price, s.repaid, s.penalty, s.surplus, s.shortfall);

        _payPool(loanId, rPay, rBurn);
        if (s.repaid + s.penalty > 0) {
            stablecoin.safeTransferFrom(msg.sender, address(pool), s.repaid + s.penalty);
            pool.repay(loanId, s.repaid, s.burn, s.penalty);
        }
        if (s.surplus > 0) stablecoin.safeTransferFrom(msg.sender, address(this), s.surplus);
        if (s.leftShares > 0) {
            uint256 written = pool.writeOff(loanId, s.leftShares);
            if (written != s.shortfall) revert Mismatch(s.shortfall, written);
        }
        assets.safeTransferFrom(address(this), msg.sender, assetId, shares, "");
    }

    // ------------------------------------------------------------ risk admin

    /// @notice Sets the risk parameters; they apply to every loan from now on
    /// (an auction already started keeps its prices and duration).
    /// @dev Requirements: RISK_ADMIN_ROLE; 0 < ltvBps < liquidationThresholdBps
    /// <= 9500; penaltyBps <= 2000; auctionFloorBps <= 10000; discountRateBps
    /// <= 10000; gracePeriod <= 90 days; 1 hour <= auctionDuration <= 90 days;
    /// 1 hour <= lookback <= 365 days ({RiskParamOutOfBounds}).
    /// Emits {RiskParamsChanged}.
    function setRiskParams(RiskParams calldata p) external onlyRole(RISK_ADMIN_ROLE) {
        _setRiskParams(p);
    }

    // ------------------------------------------------------------ views

    /// @notice The risk parameters in force.
    function riskParams() external view returns (RiskParams memory) {
        return _risk;
    }

    /// @notice A loan with its figures at this block (debt with interest to
    /// now, before pending revenue; value and limits by {sharePrice}).
    function loan(uint256 loanId) external view returns (LoanView memory v) {
        Loan memory l = _loans[loanId];
        if (l.status == Status.None) revert UnknownLoan(loanId);
        v.borrower = l.borrower;
        v.assetId = l.assetId;
        v.status = l.status;
        v.shares = l.shares;
        v.borrowShares = l.debt.borrowShares;
        v.principal = l.debt.principal;
        v.debt = pool.debtOf(l.debt.borrowShares);
        (v.pendingRevenue,) = _pending(l);
        if (l.shares > 0) v.collateralValue = _value(l.assetId, l.shares, _viewTerms(l.assetId), _accOf(l.assetId));
        v.borrowLimit = v.collateralValue * _risk.ltvBps / BPS;
        v.liquidationLimit = v.collateralValue * _risk.liquidationThresholdBps / BPS;
        v.flaggedAt = l.flaggedAt;
        v.openedAt = l.debt.openedAt;
    }

    /// @notice A loan's swept revenue not yet applied: whole units and the
    /// sub-unit fraction (units x SCALE).
    function pendingRevenue(uint256 loanId) external view returns (uint256 units, uint256 fraction) {
        return _pending(_loans[loanId]);
    }

    /// @notice An asset's revenue book in the vault.
    function assetBook(uint256 assetId) external view returns (uint256 revenueIndex, uint256 pledged, uint256 dust) {
        AssetBook memory b = _books[assetId];
        return (b.revenueIndex, b.pledged, b.dust);
    }

    /// @notice Value of one share of `assetId` now (units x SCALE), its book
    /// part and its revenue part (the value is the lower of the two).
    /// @dev Reverts with GPUAsset's UnknownAsset for an id never issued.
    function sharePrice(uint256 assetId) external view returns (uint256 price, uint256 bookPrice, uint256 revenuePrice) {
        return valuePerShare(_valuation(assetId, _viewTerms(assetId), _accOf(assetId)));
    }

    /// @notice The two snapshots of an asset's accRevenuePerShare (older, newer).
    function snapshots(uint256 assetId) external view returns (Snapshot memory older, Snapshot memory recent) {
        return (_older[assetId], _recent[assetId]);
    }

    /// @notice The auction of a loan and its price now.
    function auction(uint256 loanId) external view returns (Auction memory a, uint256 price) {
        a = _auctions[loanId];
        if (a.startedAt != 0) price = _auctionPrice(a);
    }

    /// @notice What the vault owes `account` (revenue beyond its debt, auction surplus).
    function owed(address account) external view returns (uint256) {
        return _owed[account];
    }

    /// @notice The valuation of one share (units x SCALE), from its inputs:
    /// book = bookValue x left / (life x supply); revenue =
    /// (acc - snapshotAcc) x left x 2 x YEAR x BPS / ((at - snapshotAt) x
    /// (2 x YEAR x BPS + discountRateBps x left)), i.e. a x T / (1 + d x T / 2)
    /// with a the annualised revenue per share and T the remaining life in
    /// years; zero without a snapshot. left = endOfLife - at (0 past it).
    /// docs/credit.md works an example through.
    function valuePerShare(Valuation memory v)
        public
        pure
        returns (uint256 price, uint256 bookPrice, uint256 revenuePrice)
    {
        if (v.asOf >= v.endOfLife || v.supply == 0) return (0, 0, 0);
        uint256 start = v.asOf > v.commissionedAt ? v.asOf : v.commissionedAt;
        uint256 left = v.endOfLife - start;
        bookPrice = (v.bookValue * left).mulDiv(SCALE, (v.endOfLife - v.commissionedAt) * v.supply);
        if (v.snapshotAt != 0 && v.asOf > v.snapshotAt && v.acc > v.snapshotAcc) {
            uint256 k = 2 * YEAR * BPS;
            revenuePrice = ((v.acc - v.snapshotAcc) * left).mulDiv(k, (v.asOf - v.snapshotAt) * (k + v.discountRateBps * left));
        }
        price = bookPrice < revenuePrice ? bookPrice : revenuePrice;
    }

    /// @notice The end of useful life: `commissionedAt` plus `months` calendar months (UTC).
    function endOfLife(uint256 commissionedAt, uint256 months) external pure returns (uint256) {
        return calendarAddMonths(commissionedAt, months);
    }

    /// @notice Only shares moved by the vault itself (pledges) may enter.
    function onERC1155Received(address operator, address, uint256, uint256, bytes memory)
        public
        view
        override
        returns (bytes4)
    {
        if (msg.sender != address(assets) || operator != address(this)) revert UnexpectedShares(msg.sender, operator);
        return this.onERC1155Received.selector;
    }

    /// @notice The vault never takes batches.
    function onERC1155BatchReceived(address operator, address, uint256[] memory, uint256[] memory, bytes memory)
        public
        view
        override
        returns (bytes4)
    {
        revert UnexpectedShares(msg.sender, operator);
    }

    /// @inheritdoc AccessControl
    function supportsInterface(bytes4 interfaceId) public view override(AccessControl, ERC1155Holder) returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    // ------------------------------------------------------------ internal

    /// @dev How auction proceeds divide.
    struct Settlement {
        uint256 repaid;
        uint256 penalty;
        uint256 surplus;
        uint256 shortfall;
        uint256 burn;
        uint256 leftShares;
    }

    function _settlement(Loan storage l, uint256 price, uint256 ta, uint256 ts)
        private
        view
        returns (Settlement memory s)
    {
        uint256 loanShares = l.debt.borrowShares;
        uint256 debt = borrowDebtOf(loanShares, ta, ts);
        s.repaid = price < debt ? price : debt;
        uint256 rest = price - s.repaid;
        uint256 penalty = debt * _risk.penaltyBps / BPS;
        s.penalty = rest < penalty ? rest : penalty;
        s.surplus = rest - s.penalty;
        s.burn = borrowSharesRepaid(s.repaid, debt, loanShares, ta, ts);
        s.leftShares = loanShares - s.burn;
        if (s.leftShares > 0) s.shortfall = borrowDebtOf(s.leftShares, ta - s.repaid, ts - s.burn);
    }

    /// @dev A loan the caller borrows under, Active.
    function _borrowersLoan(uint256 loanId) private view returns (Loan storage l) {
        l = _activeLoan(loanId);
        if (l.borrower != msg.sender) revert NotBorrower(loanId, msg.sender, l.borrower);
    }

    function _activeLoan(uint256 loanId) private view returns (Loan storage l) {
        l = _loans[loanId];
        if (l.status != Status.Active) {
            if (l.status == Status.None) revert UnknownLoan(loanId);
            revert WrongStatus(loanId, l.status, Status.Active);
        }
    }

    /// @dev Settles the loan's share of its asset's swept revenue and applies
    /// it: interest, principal, the rest credited to the borrower. Returns
    /// what goes to the pool and the borrow shares it burns; the caller pays
    /// it ({_payPool}) after its own effects.
    function _applyRevenue(uint256 loanId, Loan storage l, uint256 ta, uint256 ts)
        private
        returns (uint256 pay, uint256 burn)
    {
        uint256 index = _books[l.assetId].revenueIndex;
        uint256 checkpoint_ = l.revenueCheckpoint;
        if (index == checkpoint_) return (0, 0);
        // index >= checkpoint (it only grows); shares < 2^64, the difference < 2^128.
        uint256 pending = uint256(l.shares) * (index - checkpoint_) + l.fraction;
        uint256 units = pending / SCALE;
        l.revenueCheckpoint = uint128(index);
        l.fraction = uint64(pending % SCALE);
        uint256 debt = borrowDebtOf(l.debt.borrowShares, ta, ts);
        if (units == 0) {
            // Less than a unit so far: kept as the loan's fraction.
            emit RevenueApplied(loanId, 0, 0, 0, 0, debt);
            return (0, 0);
        }
        pay = units < debt ? units : debt;
        uint256 toInterest;
        uint256 toPrincipal;
        if (pay > 0) {
            burn = borrowSharesRepaid(pay, debt, l.debt.borrowShares, ta, ts);
            (toInterest, toPrincipal) = _reduce(l, pay, debt, burn);
        }
        uint256 excess = units - pay;
        if (excess > 0) _credit(l.borrower, loanId, excess);
        emit RevenueApplied(loanId, units, toInterest, toPrincipal, excess, debt - pay);
    }

    /// @dev Takes `paid` off a loan of debt `debt`: interest first (debt above
    /// principal), then principal; burns `burn` borrow shares.
    function _reduce(Loan storage l, uint256 paid, uint256 debt, uint256 burn)
        private
        returns (uint256 toInterest, uint256 toPrincipal)
    {
        uint256 principal = l.debt.principal;
        uint256 interest = debt > principal ? debt - principal : 0;
        toInterest = paid < interest ? paid : interest;
        toPrincipal = paid - toInterest;
        // burn <= the loan's shares (borrowSharesRepaid): no underflow, and the casts are exact.
        Debt memory d = l.debt;
        uint256 left = d.borrowShares - burn;
        l.debt = Debt({
            borrowShares: uint104(left),
            principal: left == 0 ? 0 : uint112(toPrincipal < principal ? principal - toPrincipal : 0),
            openedAt: d.openedAt
        });
    }

    /// @dev Sends revenue applied to a loan to the pool and books it there.
    function _payPool(uint256 loanId, uint256 amount, uint256 burn) private {
        if (amount == 0) return;
        stablecoin.safeTransfer(address(pool), amount);
        pool.repay(loanId, amount, burn, 0);
    }

    function _credit(address borrower, uint256 loanId, uint256 amount) private {
        _owed[borrower] += amount;
        totalOwed += amount;
        emit OwedCredited(borrower, loanId, amount);
    }

    /// @dev A loan whose shares all left: its sub-unit revenue returns to the
    /// asset's dust, for the next sweep to share out.
    function _releaseFraction(Loan storage l, AssetBook storage b) private {
        uint64 fraction = l.fraction;
        if (fraction == 0) return;
        l.fraction = 0;
        b.dust += fraction;
    }

    /// @dev Clears the flag of a loan healthy at (ta, ts).
    function _cureIfHealthy(uint256 loanId, Loan storage l, uint256 ta, uint256 ts) private {
        uint256 debt = borrowDebtOf(l.debt.borrowShares, ta, ts);
        uint256 limit = _collateralValue(l.assetId, l.shares) * _risk.liquidationThresholdBps / BPS;
        if (debt > limit) return;
        l.flaggedAt = 0;
        emit LoanCured(loanId, debt, limit);
    }

    /// @dev Sweeps the loan's asset, applies its revenue and values it:
    /// debt, liquidation limit, collateral value, and what goes to the pool.
    function _health(uint256 loanId, Loan storage l)
        private
        returns (uint256 debt, uint256 limit, uint256 value, uint256 rPay, uint256 rBurn)
    {
        _sweep(l.assetId);
        (uint256 ta, uint256 ts) = pool.accrue();
        (rPay, rBurn) = _applyRevenue(loanId, l, ta, ts);
        debt = borrowDebtOf(l.debt.borrowShares, ta - rPay, ts - rBurn);
        value = _collateralValue(l.assetId, l.shares);
        limit = value * _risk.liquidationThresholdBps / BPS;
    }

    function _sweep(uint256 assetId) private returns (uint256 received) {
        uint256[] memory ids = new uint256[](1);
        ids[0] = assetId;
        uint256 before = stablecoin.balanceOf(address(this));
        assets.claim(ids);
        received = stablecoin.balanceOf(address(this)) - before;
        AssetBook memory b = _books[assetId];
        if (b.pledged == 0) {
            if (received > 0) {
                unallocated += received;
                emit RevenueUnallocated(assetId, received);
            }
            return received;
        }
        // Redistribute when revenue arrived or exits left dust of a share's worth:
        // afterwards dust < pledged, so dust stays far below 2^64.
        if (received == 0 && b.dust < b.pledged) return 0;
        uint256 total = received * SCALE + b.dust;
        uint256 step = total / b.pledged;
        b.dust = uint64(total - step * b.pledged); // < pledged < 2^64
        b.revenueIndex = (uint256(b.revenueIndex) + step).toUint128();
        _books[assetId] = b;
        emit RevenueSwept(assetId, msg.sender, received, b.revenueIndex, b.dust);
    }

    function _pending(Loan memory l) private view returns (uint256 units, uint256 fraction) {
        uint256 pending = uint256(l.shares) * (_books[l.assetId].revenueIndex - l.revenueCheckpoint) + l.fraction;
        return (pending / SCALE, pending % SCALE);
    }

    /// @dev Value of `shares` of an asset now, rounded down, after rotating
    /// the asset's snapshots (which never changes the value).
    function _collateralValue(uint256 assetId, uint256 shares) private returns (uint256) {
        Terms memory t = _termsOf(assetId);
        uint256 acc = _accOf(assetId);
        _checkpoint(assetId, acc, _risk.lookback);
        return _value(assetId, shares, t, acc);
    }

    function _value(uint256 assetId, uint256 shares, Terms memory t, uint256 acc) private view returns (uint256) {
        (uint256 price,,) = valuePerShare(_valuation(assetId, t, acc));
        return shares.mulDiv(price, SCALE);
    }

    /// @dev The inputs of an asset's valuation now: the newest snapshot at
    /// least `lookback` old.
    function _valuation(uint256 assetId, Terms memory t, uint256 acc) private view returns (Valuation memory v) {
        v.bookValue = t.bookValue;
        v.supply = t.supply;
        v.commissionedAt = t.commissionedAt;
        v.endOfLife = t.endOfLife;
        v.acc = acc;
        v.asOf = block.timestamp;
        v.discountRateBps = _risk.discountRateBps;
        uint256 lookback = _risk.lookback;
        Snapshot memory s = _recent[assetId];
        if (s.takenAt == 0 || block.timestamp - s.takenAt < lookback) s = _older[assetId];
        if (s.takenAt != 0 && block.timestamp - s.takenAt >= lookback) (v.snapshotAcc, v.snapshotAt) = (s.acc, s.takenAt);
    }

    /// @dev Rotates the snapshots when the newest is at least `lookback` old:
    /// the newest becomes the older, a new one is taken now. The valuation
    /// uses the newest snapshot at least `lookback` old, the same before and after.
    function _checkpoint(uint256 assetId, uint256 acc, uint256 lookback) private {
        Snapshot memory r = _recent[assetId];
        if (r.takenAt != 0 && block.timestamp - r.takenAt < lookback) return;
        if (r.takenAt != 0) _older[assetId] = r;
        _recent[assetId] = Snapshot({acc: acc.toUint128(), takenAt: uint40(block.timestamp)});
        emit RevenueCheckpoint(assetId, acc, block.timestamp);
    }

    function _accOf(uint256 assetId) private view returns (uint256) {
        return assets.revenueTotals(assetId).accRevenuePerShare;
    }

    /// @dev An asset's terms, read from GPUAsset and cached on first use.
    function _termsOf(uint256 assetId) private returns (Terms memory t) {
        t = _terms[assetId];
        if (t.supply != 0) return t;
        t = _viewTerms(assetId);
        _terms[assetId] = t;
        emit AssetTermsCached(assetId, t.bookValue, t.supply, t.commissionedAt, t.endOfLife);
    }

    function _viewTerms(uint256 assetId) private view returns (Terms memory t) {
        t = _terms[assetId];
        if (t.supply != 0) return t;
        GPUAsset.Asset memory a = assets.asset(assetId); // reverts UnknownAsset
        t = Terms({
            bookValue: a.bookValue.toUint96(),
            supply: a.shareSupply.toUint64(),
            commissionedAt: uint40(a.commissionedAt),
            endOfLife: calendarAddMonths(a.commissionedAt, a.usefulLifeMonths).toUint40()
        });
    }

    function _auctionPrice(Auction memory a) private view returns (uint256) {
        uint256 elapsed = block.timestamp - a.startedAt;
        if (elapsed >= a.duration) return a.floorPrice;
        // Linear from start to floor; the drop rounds down, so the price rounds up.
        return a.startPrice - (uint256(a.startPrice) - a.floorPrice) * elapsed / a.duration;
    }

    function _setRiskParams(RiskParams memory p) private {
        _bound("liquidationThresholdBps", p.liquidationThresholdBps, 2, 9_500);
        _bound("ltvBps", p.ltvBps, 1, uint256(p.liquidationThresholdBps) - 1);
        _bound("penaltyBps", p.penaltyBps, 0, 2_000);
        _bound("auctionFloorBps", p.auctionFloorBps, 0, BPS);
        _bound("discountRateBps", p.discountRateBps, 0, BPS);
        _bound("gracePeriod", p.gracePeriod, 0, 90 days);
        _bound("auctionDuration", p.auctionDuration, 1 hours, 90 days);
        _bound("lookback", p.lookback, 1 hours, 365 days);
        _risk = p;
        emit RiskParamsChanged(msg.sender, p);
    }

    function _bound(string memory name, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert RiskParamOutOfBounds(name, value, min, max);
    }
}
