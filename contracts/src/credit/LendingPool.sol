// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {borrowDebtOf, borrowSharesUp, borrowSharesRepaid} from "./BorrowShares.sol";

/// @title LendingPool
/// @notice Lenders' side of compute finance: an ERC-4626 vault over the
/// stablecoin. Lenders deposit and withdraw; the CreditVault borrows from it
/// for loans secured by pledged GPU shares, and pays back principal, interest
/// and liquidation penalties. Interest accrues per second on the outstanding
/// debt at a rate that follows utilisation on a kinked curve.
///
/// Accounting, to the unit (stablecoin units):
/// - `cash` is the idle stablecoin booked here: deposits - withdrawals - lent
///   + repaid + penalties. Tokens sent here any other way are not booked
///   (they do not move the share price; see {surplus} and {skim}).
/// - `borrowAssets` (A) is the outstanding debt of every loan, interest
///   included: lent + interest - repaid - written down. The CreditVault's
///   loans own borrow shares of it (see BorrowShares.sol).
/// - totalAssets = cash + A (+ interest accrued since the last update), so
///   lenders' assets = deposits - withdrawals + interest + penalties - bad
///   debt written down, exactly. Every one of those moves has its event.
///
/// Withdrawals are limited to `cash`: a lender can never take out money lent
/// to borrowers on other lenders' behalf ({maxWithdraw}, {maxRedeem}).
///
/// Inflation attack: shares have 6 more decimals than the stablecoin
/// (OpenZeppelin's virtual shares and assets, `_decimalsOffset`), and
/// totalAssets counts booked cash, not the token balance, so a donation
/// cannot move the share price at all.
///
/// Interest: per year rate r(u) with u = A / (A + cash):
///   r = base + slope1 * u / optimal                          (u <= optimal)
///   r = base + slope1 + slope2 * (u - optimal) / (1 - optimal) (u > optimal)
/// compounded between updates with a three-term Taylor expansion of
/// e^(r*dt) - 1, as Morpho Blue does; `borrowIndex` is the growth of one
/// unit borrowed since deployment. Interest rounds down.
contract LendingPool is ERC4626, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using Math for uint256;

    /// @notice May set the interest rate model.
    bytes32 public constant RISK_ADMIN_ROLE = keccak256("RISK_ADMIN_ROLE");
    /// @notice May lend out, book repayments and write down bad debt: the CreditVault.
    bytes32 public constant CREDIT_VAULT_ROLE = keccak256("CREDIT_VAULT_ROLE");

    /// @notice 1.0 in rates and utilisation (18 decimals).
    uint256 public constant WAD = 1e18;
    /// @notice Seconds in the year rates are quoted for (365 days).
    uint256 public constant YEAR = 365 days;
    /// @notice Highest base rate and slope below the kink: 100% a year each.
    uint256 public constant MAX_RATE = 1e18;
    /// @notice Highest slope above the kink: 1000% a year.
    uint256 public constant MAX_SLOPE2 = 10e18;
    /// @notice Bounds of the optimal utilisation: 1% and 99%.
    uint256 public constant MIN_OPTIMAL = 0.01e18;
    uint256 public constant MAX_OPTIMAL = 0.99e18;

    /// @notice The interest rate model, per year, 18 decimals (each a multiple of RATE_UNIT).
    struct RateModel {
        uint64 baseRate;
        uint64 slope1;
        uint64 slope2;
        uint64 optimalUtilisation;
    }

    /// @notice The pool's books at a moment; see the contract notes.
    struct Books {
        uint256 cash; // idle stablecoin booked here
        uint256 borrowAssets; // outstanding debt, interest included (A)
        uint256 borrowShares; // loans' shares of it (S)
        uint256 borrowIndex; // growth of one unit borrowed since deployment, 18 decimals
        uint256 interestAccrued; // cumulative interest booked
        uint256 penalties; // cumulative liquidation penalties received
        uint256 badDebt; // cumulative bad debt written down
        uint256 asOf; // the block time these figures are for
    }

    /// @notice Rates are stored in units of 1e-9 per year: RATE_UNIT (1e9) wad each.
    uint256 public constant RATE_UNIT = 1e9;

    /// @dev Read and written by every deposit, withdrawal, loan and repayment.
    /// 104 bits: 2e31 units, far above any stablecoin's supply.
    struct Balance {
        uint104 cash;
        uint104 borrowAssets;
        uint40 lastAccrual;
    }

    /// @dev Read by every update of interest: the borrow index and the rate
    /// model (each rate in RATE_UNITs: 40 bits reach 109,951% a year).
    struct Market {
        uint96 borrowIndex; // 18 decimals: room for 7.9e10 of growth
        uint40 baseRate;
        uint40 slope1;
        uint40 slope2;
        uint40 optimalUtilisation;
    }

    /// @dev Read by every update of interest, written with it.
    struct Ledger {
        uint128 borrowShares;
        uint128 interestAccrued; // cumulative
    }

    /// @dev Cumulative figures of liquidations.
    struct Losses {
        uint128 badDebt;
        uint128 penalties;
    }

    Balance private _balance;
    Market private _market;
    Ledger private _ledger;
    Losses private _losses;

    /// @notice Interest was added to the outstanding debt.
    /// @param interest units added to borrowAssets (rounded down)
    /// @param borrowAssets the outstanding debt after it
    /// @param borrowIndex growth of one unit borrowed since deployment (18 decimals)
    /// @param ratePerYear the rate applied (18 decimals)
    event InterestAccrued(uint256 interest, uint256 borrowAssets, uint256 borrowIndex, uint256 ratePerYear);
    /// @notice Cash left for a loan.
    event Lent(uint256 indexed loanId, address indexed to, uint256 assets, uint256 borrowShares);
    /// @notice A loan's repayment was booked: `assets` back in cash, `borrowShares` burned,
    /// and `penalty` received on top (liquidations only) as lenders' income.
    event RepaymentBooked(uint256 indexed loanId, uint256 assets, uint256 borrowShares, uint256 penalty);
    /// @notice A loan's unpaid debt was written off lenders' assets.
    event BadDebtWrittenDown(uint256 indexed loanId, uint256 assets, uint256 borrowShares, uint256 totalBadDebt);
    /// @notice The rate model changed; it applies from this block on.
    event RateModelChanged(
        address indexed by, uint256 baseRate, uint256 slope1, uint256 slope2, uint256 optimalUtilisation
    );
    /// @notice Unbooked tokens (sent here outside deposits and repayments) were paid out.
    event Skimmed(address indexed by, address indexed to, uint256 amount);

    /// @notice A rate model parameter is outside its bounds.
    error RateParamOutOfBounds(string name, uint256 value, uint256 min, uint256 max);
    /// @notice The pool has less idle cash than a loan asks for.
    error InsufficientCash(uint256 requested, uint256 cash);
    /// @notice A repayment would burn more debt than it pays, or more than is owed.
    error RepaymentMismatch(uint256 assets, uint256 borrowShares, uint256 debt, uint256 totalBorrowShares);
    /// @notice A booking is not backed by tokens held: the payment did not arrive.
    error PaymentMissing(uint256 booked, uint256 held);
    /// @notice A deposit or mint would give no shares, or a deposit arrived short.
    error ZeroShares(uint256 assets);
    error DepositShortfall(uint256 expected, uint256 received);
    /// @notice An address argument is zero.
    error ZeroAddress();
    /// @notice An amount argument is zero.
    error ZeroAmount();
    /// @notice Nothing to skim.
    error NothingToSkim();

    /// @param asset_ the stablecoin lent (6 decimals).
    /// @param admin receives DEFAULT_ADMIN_ROLE and RISK_ADMIN_ROLE.
    /// @param creditVault receives CREDIT_VAULT_ROLE (the CreditVault, deployed after this contract).
    constructor(IERC20 asset_, address admin, address creditVault)
        ERC20("gpuledger lending pool share", "glPOOL")
        ERC4626(asset_)
    {
        if (address(asset_) == address(0) || admin == address(0) || creditVault == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(RISK_ADMIN_ROLE, admin);
        _grantRole(CREDIT_VAULT_ROLE, creditVault);
        _balance.lastAccrual = uint40(block.timestamp);
        _market.borrowIndex = uint96(WAD);
        _setRateModel(RateModel({baseRate: 0.02e18, slope1: 0.1e18, slope2: 1e18, optimalUtilisation: 0.8e18}));
    }

    // ------------------------------------------------------------ lenders (ERC-4626)

    /// @inheritdoc ERC4626
    /// @dev Requirements: the caller approved `assets`; they give at least one share
    /// ({ZeroShares}). Emits {InterestAccrued} when time passed with debt outstanding, and {Deposit}.
    function deposit(uint256 assets, address receiver) public override nonReentrant returns (uint256) {
        return super.deposit(assets, receiver);
    }

    /// @inheritdoc ERC4626
    function mint(uint256 shares, address receiver) public override nonReentrant returns (uint256) {
        return super.mint(shares, receiver);
    }

    /// @inheritdoc ERC4626
    /// @dev Requirements: `assets` <= {maxWithdraw}(owner): the owner's assets, and never
    /// more than the idle cash ({ERC4626ExceededMaxWithdraw} otherwise). Emits {Withdraw}.
    function withdraw(uint256 assets, address receiver, address owner) public override nonReentrant returns (uint256) {
        return super.withdraw(assets, receiver, owner);
    }

    /// @inheritdoc ERC4626
    /// @dev Requirements: `shares` <= {maxRedeem}(owner). Emits {Withdraw}.
    function redeem(uint256 shares, address receiver, address owner) public override nonReentrant returns (uint256) {
        return super.redeem(shares, receiver, owner);
    }

    /// @notice Idle cash plus outstanding debt with interest up to this block.
    function totalAssets() public view override returns (uint256) {
        Balance memory b = _balance;
        (uint256 interest,,) = _pendingInterest(b, _market);
        return uint256(b.cash) + b.borrowAssets + interest;
    }

    /// @notice The owner's assets, but never more than the idle cash.
    function maxWithdraw(address owner) public view override returns (uint256) {
        uint256 assets = previewRedeem(balanceOf(owner));
        uint256 cash = _balance.cash;
        return assets < cash ? assets : cash;
    }

    /// @notice The owner's shares, but never more than the idle cash buys back.
    function maxRedeem(address owner) public view override returns (uint256) {
        uint256 shares = balanceOf(owner);
        uint256 cashShares = _convertToShares(_balance.cash, Math.Rounding.Floor);
        return shares < cashShares ? shares : cashShares;
    }

    // ------------------------------------------------------------ credit vault

    /// @notice Brings interest up to this block; anyone may call it.
    /// @dev Emits {InterestAccrued} when time passed with debt outstanding.
    /// @return borrowAssets the outstanding debt (A) after it
    /// @return borrowShares the loans' shares of it (S)
    function accrue() external returns (uint256 borrowAssets, uint256 borrowShares) {
        (Balance memory b, Ledger memory l) = _accrue();
        return (b.borrowAssets, l.borrowShares);
    }

    /// @notice Lends `assets` of idle cash to `to` for loan `loanId` and books them as debt.
    /// @dev Requirements: CREDIT_VAULT_ROLE; assets > 0 and at most the idle cash
    /// ({InsufficientCash}). Emits {Lent} and an ERC-20 {Transfer}.
    /// @return borrowShares the borrow shares the loan receives (see BorrowShares.sol)
    function lend(uint256 loanId, address to, uint256 assets)
        external
        nonReentrant
        onlyRole(CREDIT_VAULT_ROLE)
        returns (uint256 borrowShares)
    {
        if (assets == 0) revert ZeroAmount();
        if (to == address(0)) revert ZeroAddress();
        (Balance memory b, Ledger memory l) = _accrue();
        if (assets > b.cash) revert InsufficientCash(assets, b.cash);
        borrowShares = borrowSharesUp(assets, b.borrowAssets, l.borrowShares);
        // assets <= cash: no underflow; the sums are checked by the casts.
        b.cash -= uint104(assets);
        b.borrowAssets = (b.borrowAssets + assets).toUint104();
        l.borrowShares = (l.borrowShares + borrowShares).toUint128();
        (_balance, _ledger) = (b, l);
        emit Lent(loanId, to, assets, borrowShares);
        IERC20(asset()).safeTransfer(to, assets);
    }

    /// @notice Books a repayment of loan `loanId` whose tokens the CreditVault
    /// has already sent here: `assets` reduce the outstanding debt and return
    /// to cash, `borrowShares` are burned, and `penalty` (liquidations) is
    /// lenders' income.
    /// @dev Requirements: CREDIT_VAULT_ROLE; `borrowShares` <= S, `assets` <= A,
    /// and `assets` at least the debt of the shares burned
    /// ({RepaymentMismatch}); the tokens are here: the token balance covers the
    /// cash booked ({PaymentMissing}). Emits {RepaymentBooked}.
    function repay(uint256 loanId, uint256 assets, uint256 borrowShares, uint256 penalty)
        external
        onlyRole(CREDIT_VAULT_ROLE)
    {
        // No guard: its one call is a balance read (STATICCALL), after every effect.
        if (assets == 0 && penalty == 0) revert ZeroAmount();
        (Balance memory b, Ledger memory l) = _accrue();
        uint256 burned = borrowDebtOf(borrowShares, b.borrowAssets, l.borrowShares);
        if (borrowShares > l.borrowShares || assets > b.borrowAssets || assets < burned) {
            revert RepaymentMismatch(assets, borrowShares, burned, l.borrowShares);
        }
        uint256 cash = uint256(b.cash) + assets + penalty;
        // Checked above: no underflow; the cash is checked by its cast.
        b.cash = cash.toUint104();
        b.borrowAssets -= uint104(assets);
        l.borrowShares -= uint128(borrowShares);
        (_balance, _ledger) = (b, l);
        if (penalty > 0) _losses.penalties += penalty.toUint128();
        emit RepaymentBooked(loanId, assets, borrowShares, penalty);
        uint256 held = IERC20(asset()).balanceOf(address(this));
        if (held < cash) revert PaymentMissing(cash, held);
    }

    /// @notice Writes loan `loanId`'s remaining debt off lenders' assets: its
    /// `borrowShares` are burned and their debt leaves the books as bad debt.
    /// @dev Requirements: CREDIT_VAULT_ROLE; `borrowShares` <= S.
    /// Emits {BadDebtWrittenDown}.
    /// @return assets the debt written down
    function writeOff(uint256 loanId, uint256 borrowShares)
        external
        onlyRole(CREDIT_VAULT_ROLE)
        returns (uint256 assets)
    {
        // No guard: it makes no call.
        if (borrowShares == 0) revert ZeroAmount();
        (Balance memory b, Ledger memory l) = _accrue();
        if (borrowShares > l.borrowShares) revert RepaymentMismatch(0, borrowShares, 0, l.borrowShares);
        assets = borrowDebtOf(borrowShares, b.borrowAssets, l.borrowShares);
        // debtOf never exceeds A; shares checked above.
        b.borrowAssets -= uint104(assets);
        l.borrowShares -= uint128(borrowShares);
        (_balance, _ledger) = (b, l);
        uint256 badDebt = _losses.badDebt + assets;
        _losses.badDebt = badDebt.toUint128();
        emit BadDebtWrittenDown(loanId, assets, borrowShares, badDebt);
    }

    // ------------------------------------------------------------ risk admin

    /// @notice Sets the interest rate model; interest up to now accrues at the old one.
    /// @dev Requirements: RISK_ADMIN_ROLE; every field a multiple of RATE_UNIT;
    /// baseRate, slope1 <= MAX_RATE; slope2 <= MAX_SLOPE2; MIN_OPTIMAL <=
    /// optimalUtilisation <= MAX_OPTIMAL ({RateParamOutOfBounds}). Emits {RateModelChanged}.
    function setRateModel(RateModel calldata model) external onlyRole(RISK_ADMIN_ROLE) {
        _accrue();
        _setRateModel(model);
    }

    /// @notice Pays out tokens held here but not booked (sent outside deposits
    /// and repayments): they never count in the share price.
    /// @dev Requirements: DEFAULT_ADMIN_ROLE; `to` not zero; something to skim.
    /// Emits {Skimmed}.
    function skim(address to) external nonReentrant onlyRole(DEFAULT_ADMIN_ROLE) returns (uint256 amount) {
        if (to == address(0)) revert ZeroAddress();
        amount = surplus();
        if (amount == 0) revert NothingToSkim();
        emit Skimmed(msg.sender, to, amount);
        IERC20(asset()).safeTransfer(to, amount);
    }

    // ------------------------------------------------------------ views

    /// @notice The pool's books with interest up to this block.
    function books() external view returns (Books memory r) {
        Balance memory b = _balance;
        Market memory m = _market;
        Ledger memory l = _ledger;
        Losses memory x = _losses;
        (uint256 interest, uint256 growth,) = _pendingInterest(b, m);
        r.cash = b.cash;
        r.borrowAssets = uint256(b.borrowAssets) + interest;
        r.borrowShares = l.borrowShares;
        r.borrowIndex = uint256(m.borrowIndex) + uint256(m.borrowIndex) * growth / WAD;
        r.interestAccrued = uint256(l.interestAccrued) + interest;
        r.penalties = x.penalties;
        r.badDebt = x.badDebt;
        r.asOf = block.timestamp;
    }

    /// @notice The debt of `borrowShares` with interest up to this block.
    function debtOf(uint256 borrowShares) external view returns (uint256) {
        Balance memory b = _balance;
        (uint256 interest,,) = _pendingInterest(b, _market);
        return borrowDebtOf(borrowShares, uint256(b.borrowAssets) + interest, _ledger.borrowShares);
    }

    /// @notice Utilisation A / (A + cash) and the borrow rate it gives, per year, 18 decimals.
    function currentRate() external view returns (uint256 utilisation, uint256 ratePerYear) {
        utilisation = _utilisation(_balance);
        ratePerYear = _rate(utilisation, _market);
    }

    /// @notice The interest rate model in force.
    function rateModel() external view returns (RateModel memory) {
        Market memory m = _market;
        return RateModel({
            baseRate: uint64(m.baseRate * RATE_UNIT),
            slope1: uint64(m.slope1 * RATE_UNIT),
            slope2: uint64(m.slope2 * RATE_UNIT),
            optimalUtilisation: uint64(m.optimalUtilisation * RATE_UNIT)
        });
    }

    /// @notice Tokens held here that no deposit or repayment booked (donations).
    function surplus() public view returns (uint256) {
        uint256 held = IERC20(asset()).balanceOf(address(this));
        uint256 cash = _balance.cash;
        return held > cash ? held - cash : 0;
    }

    // ------------------------------------------------------------ internal

    function _decimalsOffset() internal pure override returns (uint8) {
        return 6;
    }

    /// @dev Deposit: interest first (the share price was quoted with it),
    /// then the tokens in, checked by balance difference, then the shares.
    function _deposit(address caller, address receiver, uint256 assets, uint256 shares) internal override {
        if (shares == 0) revert ZeroShares(assets);
        (Balance memory b,) = _accrue();
        _balance.cash = (uint256(b.cash) + assets).toUint104();
        IERC20 token = IERC20(asset());
        uint256 before = token.balanceOf(address(this));
        super._deposit(caller, receiver, assets, shares);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received != assets) revert DepositShortfall(assets, received);
    }

    /// @dev Withdrawal: interest first, then out of cash (maxWithdraw and
    /// maxRedeem kept it within cash).
    function _withdraw(address caller, address receiver, address owner, uint256 assets, uint256 shares)
        internal
        override
    {
        (Balance memory b,) = _accrue();
        if (assets > b.cash) revert InsufficientCash(assets, b.cash);
        _balance.cash = b.cash - uint104(assets);
        super._withdraw(caller, receiver, owner, assets, shares);
    }

    /// @dev Adds the interest since the last update to the debt, grows the
    /// index, and returns the balance and ledger as stored now.
    function _accrue() private returns (Balance memory b, Ledger memory l) {
        b = _balance;
        l = _ledger;
        if (b.lastAccrual == block.timestamp) return (b, l);
        if (b.borrowAssets == 0) {
            b.lastAccrual = uint40(block.timestamp);
            _balance = b;
            return (b, l);
        }
        Market memory m = _market;
        (uint256 interest, uint256 growth, uint256 rate) = _pendingInterest(b, m);
        b.lastAccrual = uint40(block.timestamp);
        // index < 2^96 and A < 2^104; growth stays below 2^120 for any rate
        // the bounds allow over 10^4 years: the products fit.
        uint256 index = uint256(m.borrowIndex) + uint256(m.borrowIndex) * growth / WAD;
        m.borrowIndex = index.toUint96();
        b.borrowAssets = (uint256(b.borrowAssets) + interest).toUint104();
        (_balance, _market) = (b, m);
        if (interest > 0) {
            l.interestAccrued = (uint256(l.interestAccrued) + interest).toUint128();
            _ledger = l;
        }
        emit InterestAccrued(interest, b.borrowAssets, index, rate);
    }

    /// @dev Interest on `b` since its last update: A * (e^(r*dt) - 1), Taylor
    /// to the third term, rounded down; the growth factor and the rate used.
    function _pendingInterest(Balance memory b, Market memory m)
        private
        view
        returns (uint256 interest, uint256 growth, uint256 rate)
    {
        uint256 dt = block.timestamp - b.lastAccrual;
        if (dt == 0 || b.borrowAssets == 0) return (0, 0, 0);
        rate = _rate(_utilisation(b), m);
        uint256 x = rate * dt / YEAR;
        uint256 x2 = x * x / (2 * WAD);
        uint256 x3 = x2 * x / (3 * WAD);
        growth = x + x2 + x3;
        interest = uint256(b.borrowAssets) * growth / WAD;
    }

    function _utilisation(Balance memory b) private pure returns (uint256) {
        uint256 total = uint256(b.cash) + b.borrowAssets;
        return total == 0 ? 0 : uint256(b.borrowAssets) * WAD / total;
    }

    /// @dev The kinked curve, per year, 18 decimals.
    function _rate(uint256 u, Market memory m) private pure returns (uint256) {
        uint256 opt = uint256(m.optimalUtilisation) * RATE_UNIT;
        uint256 r = uint256(m.baseRate) * RATE_UNIT;
        if (u <= opt) return r + uint256(m.slope1) * RATE_UNIT * u / opt;
        return r + uint256(m.slope1) * RATE_UNIT + uint256(m.slope2) * RATE_UNIT * (u - opt) / (WAD - opt);
    }

    function _setRateModel(RateModel memory r) private {
        _checkRate("baseRate", r.baseRate, 0, MAX_RATE);
        _checkRate("slope1", r.slope1, 0, MAX_RATE);
        _checkRate("slope2", r.slope2, 0, MAX_SLOPE2);
        _checkRate("optimalUtilisation", r.optimalUtilisation, MIN_OPTIMAL, MAX_OPTIMAL);
        Market storage m = _market;
        // Each is at most MAX_SLOPE2 / RATE_UNIT = 1e10 < 2^40.
        (m.baseRate, m.slope1, m.slope2, m.optimalUtilisation) = (
            uint40(r.baseRate / RATE_UNIT),
            uint40(r.slope1 / RATE_UNIT),
            uint40(r.slope2 / RATE_UNIT),
            uint40(r.optimalUtilisation / RATE_UNIT)
        );
        emit RateModelChanged(msg.sender, r.baseRate, r.slope1, r.slope2, r.optimalUtilisation);
    }

    function _checkRate(string memory name, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max || value % RATE_UNIT != 0) revert RateParamOutOfBounds(name, value, min, max);
    }
}
