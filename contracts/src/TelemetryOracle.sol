// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";

import {IAssetRegistry} from "./interfaces/IAssetRegistry.sol";
import {IAvailabilityOracle} from "./interfaces/IAvailabilityOracle.sol";

/// @title TelemetryOracle
/// @notice Per asset and epoch: GPU utilisation (bps), availability (bps),
/// energy (Wh) and average power (W), as the median of the observations of a
/// quorum of the asset's registered reporters, each signed with EIP-712.
///
/// Epoch e covers [epochGenesis + e * epochLength, epochGenesis + (e + 1) * epochLength).
/// Each epoch has its own report window: a report of an epoch is accepted
/// once the epoch has ended and at most `maxReportAge` seconds later, in any
/// order (reporting epoch 10 leaves epoch 9 reportable until its own window
/// closes), and only once: epochs are final when stored.
///
/// Signing domain (EIP-712): name "gpuledger TelemetryOracle", version "1",
/// the chain id and this contract's address. Each reporter signs
/// Observation(uint256 assetId,uint64 epoch,uint16 utilisationBps,
/// uint16 availabilityBps,uint64 energyWh,uint32 avgPowerW), so a signature
/// is valid for one asset, one epoch, one chain and one contract only.
///
/// Trust: whoever controls a quorum of an asset's reporters decides its
/// figures, and so its renters' SLA credits. The median of n observations
/// stays between honest values while fewer than half of them lie, so a
/// quorum of 2f + 1 tolerates f lying reporters. Reporter sets and quorums
/// belong to ORACLE_ADMIN_ROLE only, never to the asset's operator, who pays
/// the credits and so must not choose its own evidence; the role must not be
/// granted to an operator. Every quorum is at least `minQuorum` (a floor the
/// oracle admin sets, 2 by default), applied at submission too, so raising
/// the floor binds every asset at once. Every observation is in the
/// {EpochReported} event for auditors.
contract TelemetryOracle is IAvailabilityOracle, AccessControl, Pausable, EIP712 {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice What a reporter observed of an asset in an epoch.
    struct Observation {
        uint16 utilisationBps; // mean GPU utilisation, 0..10000
        uint16 availabilityBps; // share of healthy GPU samples, 0..10000
        uint64 energyWh; // energy drawn by the GPUs during the epoch
        uint32 avgPowerW; // energy / epoch length
    }

    /// @notice An observation with its reporter's EIP-712 signature (65 bytes, r || s || v).
    struct SignedObservation {
        Observation observation;
        bytes signature;
    }

    /// @notice Which asset and epoch a report is about.
    struct Report {
        uint256 assetId;
        uint64 epoch;
    }

    /// @notice The stored result of an epoch (the medians), packed into one slot.
    struct EpochRecord {
        uint16 utilisationBps;
        uint16 availabilityBps;
        uint64 energyWh;
        uint32 avgPowerW;
        uint8 observations; // how many observations the medians were taken over
        uint64 reportedAt; // block time of the report; 0 = not reported
    }

    /// @dev Per-asset configuration, packed into one slot read once per submit.
    struct AssetConfig {
        uint8 quorum; // 0 = not set: no report is accepted
        bool reported; // whether any epoch was stored
        uint64 lastEpoch; // newest (highest) epoch stored, valid when `reported`
    }

    /// @notice Most reporters per asset, and most observations per report.
    uint256 public constant MAX_REPORTERS = 16;
    /// @notice An observation's average power may reach the asset's rated power times this (bps): 110%.
    uint256 public constant POWER_TOLERANCE_BPS = 11_000;
    /// @notice Energy may differ from average power × epoch length by this share (bps): ±10%,
    /// plus one Wh and one W × epoch length of rounding.
    uint256 public constant ENERGY_TOLERANCE_BPS = 1_000;

    /// @notice The quorum floor set at deployment: no single reporter decides an epoch.
    uint8 public constant DEFAULT_MIN_QUORUM = 2;

    /// @notice May manage the reporters and quorum of any asset, set the quorum
    /// floor and the maximum report age, and pause. Never grant it to an operator.
    bytes32 public constant ORACLE_ADMIN_ROLE = keccak256("ORACLE_ADMIN_ROLE");

    bytes32 public constant OBSERVATION_TYPEHASH = keccak256(
        "Observation(uint256 assetId,uint64 epoch,uint16 utilisationBps,uint16 availabilityBps,uint64 energyWh,uint32 avgPowerW)"
    );

    /// @notice Where assets' rated power is read.
    IAssetRegistry public immutable assets;
    /// @inheritdoc IAvailabilityOracle
    uint64 public immutable epochLength;
    /// @inheritdoc IAvailabilityOracle
    uint64 public immutable epochGenesis;

    /// @notice Seconds after an epoch's end during which it may still be reported.
    uint64 public maxReportAge;
    /// @notice The least quorum of any asset (1..MAX_REPORTERS); packed with
    /// `maxReportAge`, so a submit reads both in one slot.
    uint8 public minQuorum;

    mapping(uint256 assetId => EnumerableSet.AddressSet) private _reporters;
    mapping(uint256 assetId => AssetConfig) private _config;
    mapping(uint256 assetId => mapping(uint64 epoch => EpochRecord)) private _records;

    event ReporterAdded(uint256 indexed assetId, address indexed reporter, address indexed by);
    event ReporterRemoved(uint256 indexed assetId, address indexed reporter, address indexed by);
    event QuorumChanged(uint256 indexed assetId, uint8 previousQuorum, uint8 newQuorum, address indexed by);
    event MaxReportAgeChanged(uint64 previousMaxAge, uint64 newMaxAge);
    event MinQuorumChanged(uint8 previousMinQuorum, uint8 newMinQuorum, address indexed by);
    /// @notice An epoch's report was stored: every observation with its
    /// reporter (in the order submitted) and the medians stored.
    event EpochReported(
        uint256 indexed assetId,
        uint64 indexed epoch,
        address indexed submitter,
        address[] reporters,
        Observation[] observations,
        Observation median
    );

    error ZeroAddress();
    error InvalidEpochLength(uint64 epochLength);
    error InvalidMaxReportAge(uint64 maxReportAge);
    error NotOracleAdmin(uint256 assetId, address caller);
    error ReporterAlreadyRegistered(uint256 assetId, address reporter);
    error ReporterNotRegistered(uint256 assetId, address reporter);
    error TooManyReporters(uint256 assetId, uint256 max);
    error InvalidQuorum(uint256 assetId, uint8 quorum, uint256 reporters);
    error QuorumBelowFloor(uint256 assetId, uint8 quorum, uint8 minQuorum);
    error InvalidMinQuorum(uint8 minQuorum, uint256 max);
    error QuorumNotSet(uint256 assetId);
    error BelowQuorum(uint256 assetId, uint256 observations, uint8 quorum);
    error TooManyObservations(uint256 observations, uint256 max);
    error EpochNotEnded(uint64 epoch, uint64 epochEnd, uint256 nowTs);
    error EpochTooOld(uint64 epoch, uint64 epochEnd, uint64 maxReportAge, uint256 nowTs);
    error EpochAlreadyReported(uint256 assetId, uint64 epoch, uint64 reportedAt);
    error InvalidSignature(uint256 index);
    error UnregisteredReporter(uint256 assetId, address reporter);
    error DuplicateReporter(address reporter);
    error UtilisationOutOfRange(address reporter, uint16 utilisationBps);
    error AvailabilityOutOfRange(address reporter, uint16 availabilityBps);
    error PowerAboveRated(address reporter, uint32 avgPowerW, uint256 maxPowerW);
    error EnergyInconsistent(address reporter, uint64 energyWh, uint32 avgPowerW, uint64 epochLength);

    /// @dev The quorum floor starts at DEFAULT_MIN_QUORUM; emits {MaxReportAgeChanged}
    /// and {MinQuorumChanged}.
    /// @param admin receives DEFAULT_ADMIN_ROLE and ORACLE_ADMIN_ROLE.
    /// @param assets_ the asset registry (rated power).
    /// @param epochLength_ seconds per epoch (> 0), fixed for the contract's life.
    /// @param epochGenesis_ unix time at which epoch 0 starts, fixed.
    /// @param maxReportAge_ seconds after an epoch's end during which it may be reported (> 0).
    constructor(
        address admin,
        IAssetRegistry assets_,
        uint64 epochLength_,
        uint64 epochGenesis_,
        uint64 maxReportAge_
    ) EIP712("gpuledger TelemetryOracle", "1") {
        if (admin == address(0) || address(assets_) == address(0)) revert ZeroAddress();
        if (epochLength_ == 0) revert InvalidEpochLength(epochLength_);
        if (maxReportAge_ == 0) revert InvalidMaxReportAge(maxReportAge_);
        assets = assets_;
        epochLength = epochLength_;
        epochGenesis = epochGenesis_;
        maxReportAge = maxReportAge_;
        minQuorum = DEFAULT_MIN_QUORUM;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(ORACLE_ADMIN_ROLE, admin);
        emit MaxReportAgeChanged(0, maxReportAge_);
        emit MinQuorumChanged(0, DEFAULT_MIN_QUORUM, admin);
    }

    // ----------------------------------------------------------------- reporters

    /// @notice Registers `reporter` as a reporter of an asset.
    /// @dev The asset's operator cannot: it pays the SLA credits the reports decide.
    ///
    /// Requirements:
    /// - the caller has ORACLE_ADMIN_ROLE ({NotOracleAdmin} otherwise, the
    ///   asset's operator included);
    /// - `reporter` is not zero and not registered for the asset;
    /// - fewer than MAX_REPORTERS are registered.
    ///
    /// Emits a {ReporterAdded} event.
    function addReporter(uint256 assetId, address reporter) external {
        _checkOracleAdmin(assetId);
        if (reporter == address(0)) revert ZeroAddress();
        EnumerableSet.AddressSet storage set = _reporters[assetId];
        if (set.length() >= MAX_REPORTERS) revert TooManyReporters(assetId, MAX_REPORTERS);
        if (!set.add(reporter)) revert ReporterAlreadyRegistered(assetId, reporter);
        emit ReporterAdded(assetId, reporter, msg.sender);
    }

    /// @notice Removes a reporter of an asset; its signatures are refused from now on.
    /// @dev Requirements:
    /// - the caller has ORACLE_ADMIN_ROLE ({NotOracleAdmin} otherwise);
    /// - `reporter` is registered for the asset;
    /// - when the asset has a quorum, the reporters left still reach it, the
    ///   floor included ({InvalidQuorum} with the effective quorum otherwise).
    ///
    /// Emits a {ReporterRemoved} event.
    function removeReporter(uint256 assetId, address reporter) external {
        _checkOracleAdmin(assetId);
        EnumerableSet.AddressSet storage set = _reporters[assetId];
        if (!set.remove(reporter)) revert ReporterNotRegistered(assetId, reporter);
        uint8 quorum = _effectiveQuorum(_config[assetId].quorum);
        if (set.length() < quorum) revert InvalidQuorum(assetId, quorum, set.length());
        emit ReporterRemoved(assetId, reporter, msg.sender);
    }

    /// @notice Sets how many observations of distinct reporters a report of an asset needs.
    /// @dev Requirements:
    /// - the caller has ORACLE_ADMIN_ROLE ({NotOracleAdmin} otherwise);
    /// - `quorum` >= `minQuorum` ({QuorumBelowFloor} otherwise);
    /// - `quorum` <= registered reporters ({InvalidQuorum} otherwise).
    ///
    /// Emits a {QuorumChanged} event.
    function setQuorum(uint256 assetId, uint8 quorum) external {
        _checkOracleAdmin(assetId);
        uint8 floor = minQuorum;
        if (quorum < floor) revert QuorumBelowFloor(assetId, quorum, floor);
        uint256 n = _reporters[assetId].length();
        if (quorum > n) revert InvalidQuorum(assetId, quorum, n);
        AssetConfig storage c = _config[assetId];
        emit QuorumChanged(assetId, c.quorum, quorum, msg.sender);
        c.quorum = quorum;
    }

    // -------------------------------------------------------------------- admin

    /// @notice Sets how long after its end an epoch may still be reported.
    /// @dev Requirements: ORACLE_ADMIN_ROLE; maxAge > 0. Emits a {MaxReportAgeChanged} event.
    function setMaxReportAge(uint64 maxAge) external onlyRole(ORACLE_ADMIN_ROLE) {
        if (maxAge == 0) revert InvalidMaxReportAge(maxAge);
        emit MaxReportAgeChanged(maxReportAge, maxAge);
        maxReportAge = maxAge;
    }

    /// @notice Sets the quorum floor: the least quorum of every asset. It binds
    /// at once: a report of an asset whose quorum is lower needs `minQuorum_`
    /// observations, and an asset with fewer reporters accepts no report until
    /// more are registered.
    /// @dev Requirements: ORACLE_ADMIN_ROLE; 1 <= minQuorum_ <= MAX_REPORTERS
    /// ({InvalidMinQuorum} otherwise). Emits a {MinQuorumChanged} event.
    function setMinQuorum(uint8 minQuorum_) external onlyRole(ORACLE_ADMIN_ROLE) {
        if (minQuorum_ == 0 || minQuorum_ > MAX_REPORTERS) revert InvalidMinQuorum(minQuorum_, MAX_REPORTERS);
        emit MinQuorumChanged(minQuorum, minQuorum_, msg.sender);
        minQuorum = minQuorum_;
    }

    /// @notice Stops reports; reporter management and reads go on.
    /// @dev Requirements: ORACLE_ADMIN_ROLE. Emits a {Paused} event.
    function pause() external onlyRole(ORACLE_ADMIN_ROLE) {
        _pause();
    }

    /// @dev Requirements: ORACLE_ADMIN_ROLE. Emits an {Unpaused} event.
    function unpause() external onlyRole(ORACLE_ADMIN_ROLE) {
        _unpause();
    }

    // ------------------------------------------------------------------- report

    /// @notice Stores the report of an asset's epoch: the median of each
    /// field over the signed observations of distinct registered reporters.
    /// Anyone may send it; the signatures carry the authority.
    /// @dev Requirements:
    /// - not paused;
    /// - the asset has a quorum and max(quorum, minQuorum) <= observations
    ///   <= MAX_REPORTERS;
    /// - the epoch has ended, at most `maxReportAge` ago (its own report
    ///   window: any order of epochs is accepted), and has no report stored
    ///   yet ({EpochAlreadyReported} otherwise);
    /// - each signature is a valid 65-byte EIP-712 signature of a registered
    ///   reporter of the asset, each reporter at most once;
    /// - each observation: utilisation and availability <= 10000; average
    ///   power <= rated power × POWER_TOLERANCE_BPS; energy within
    ///   ENERGY_TOLERANCE_BPS of average power × epoch length (plus rounding).
    /// Emits an {EpochReported} event.
    function submit(Report calldata report, SignedObservation[] calldata observations) external whenNotPaused {
        uint256 assetId = report.assetId;
        uint64 epoch = report.epoch;
        uint256 n = observations.length;
        AssetConfig memory c = _config[assetId];
        if (c.quorum == 0) revert QuorumNotSet(assetId);
        // maxReportAge and minQuorum share a slot: one read.
        (uint64 maxAge, uint8 floor) = (maxReportAge, minQuorum);
        uint8 quorum = c.quorum < floor ? floor : c.quorum;
        if (n < quorum) revert BelowQuorum(assetId, n, quorum);
        if (n > MAX_REPORTERS) revert TooManyObservations(n, MAX_REPORTERS);
        EpochRecord storage record = _records[assetId][epoch];
        _checkEpoch(assetId, epoch, maxAge, record.reportedAt);

        uint256 maxPowerW = uint256(assets.ratedPowerOf(assetId)) * POWER_TOLERANCE_BPS / 10_000;
        address[] memory reporters = new address[](n);
        Observation[] memory obs = new Observation[](n);
        for (uint256 i = 0; i < n; ++i) {
            Observation calldata o = observations[i].observation;
            (address signer, ECDSA.RecoverError err,) =
                ECDSA.tryRecoverCalldata(_digest(assetId, epoch, o), observations[i].signature);
            if (err != ECDSA.RecoverError.NoError) revert InvalidSignature(i);
            if (!_reporters[assetId].contains(signer)) revert UnregisteredReporter(assetId, signer);
            for (uint256 j = 0; j < i; ++j) {
                if (reporters[j] == signer) revert DuplicateReporter(signer);
            }
            _checkValues(signer, o, maxPowerW);
            reporters[i] = signer;
            obs[i] = o;
        }

        Observation memory median = _median(obs);
        // The record's slot was read above, so this write pays no cold access.
        _records[assetId][epoch] = EpochRecord({
            utilisationBps: median.utilisationBps,
            availabilityBps: median.availabilityBps,
            energyWh: median.energyWh,
            avgPowerW: median.avgPowerW,
            observations: uint8(n), // n <= MAX_REPORTERS
            reportedAt: uint64(block.timestamp)
        });
        // lastEpochOf is the newest epoch stored; an older epoch reported late leaves it.
        if (!c.reported || epoch > c.lastEpoch) {
            _config[assetId] = AssetConfig({quorum: c.quorum, reported: true, lastEpoch: epoch});
        }
        emit EpochReported(assetId, epoch, msg.sender, reporters, obs, median);
    }

    // -------------------------------------------------------------------- views

    /// @inheritdoc IAvailabilityOracle
    function epochClock() external view returns (uint64 genesis, uint64 length) {
        return (epochGenesis, epochLength);
    }

    /// @inheritdoc IAvailabilityOracle
    function availabilityOf(uint256 assetId, uint64 epoch) external view returns (bool reported, uint16 availabilityBps) {
        EpochRecord storage r = _records[assetId][epoch];
        return (r.reportedAt != 0, r.availabilityBps);
    }

    /// @notice The stored record of an asset's epoch; `reportedAt` is 0 when not reported.
    function epochRecord(uint256 assetId, uint64 epoch) external view returns (EpochRecord memory) {
        return _records[assetId][epoch];
    }

    /// @notice The newest (highest) epoch stored for an asset (`reported` false
    /// when none). Older epochs may still be unreported, and reportable within
    /// their own windows.
    function lastEpochOf(uint256 assetId) external view returns (bool reported, uint64 epoch) {
        AssetConfig storage c = _config[assetId];
        return (c.reported, c.lastEpoch);
    }

    /// @notice The registered reporters of an asset, in no particular order.
    function reportersOf(uint256 assetId) external view returns (address[] memory) {
        return _reporters[assetId].values();
    }

    /// @notice Whether `account` is a registered reporter of an asset.
    function isReporter(uint256 assetId, address account) external view returns (bool) {
        return _reporters[assetId].contains(account);
    }

    /// @notice The observations a report of the asset needs now: its quorum,
    /// raised to `minQuorum` when the floor is higher; 0 = no quorum set (no
    /// report is accepted).
    function quorumOf(uint256 assetId) external view returns (uint8) {
        return _effectiveQuorum(_config[assetId].quorum);
    }

    /// @notice The EIP-712 digest a reporter signs for an observation of an asset's epoch.
    function hashObservation(uint256 assetId, uint64 epoch, Observation calldata o) external view returns (bytes32) {
        return _digest(assetId, epoch, o);
    }

    /// @notice The epoch containing unix time `timestamp` (which must not precede genesis).
    function epochAt(uint64 timestamp) external view returns (uint64) {
        return (timestamp - epochGenesis) / epochLength;
    }

    /// @notice Unix time at which `epoch` ends (the next one starts).
    function epochEnd(uint64 epoch) public view returns (uint64) {
        return epochGenesis + (epoch + 1) * epochLength;
    }

    // ----------------------------------------------------------------- internal

    /// @dev An epoch's report window is [end, end + maxAge], whatever else is stored.
    function _checkEpoch(uint256 assetId, uint64 epoch, uint64 maxAge, uint64 reportedAt) private view {
        // Checked arithmetic: an epoch whose end overflows uint64 reverts (panic), never wraps.
        uint64 end = epochEnd(epoch);
        if (block.timestamp < end) revert EpochNotEnded(epoch, end, block.timestamp);
        if (block.timestamp > uint256(end) + maxAge) revert EpochTooOld(epoch, end, maxAge, block.timestamp);
        if (reportedAt != 0) revert EpochAlreadyReported(assetId, epoch, reportedAt);
    }

    /// @dev The quorum a report needs: the asset's, raised to the floor; 0 stays 0 (not set).
    function _effectiveQuorum(uint8 quorum) private view returns (uint8) {
        if (quorum == 0) return 0;
        uint8 floor = minQuorum;
        return quorum < floor ? floor : quorum;
    }

    function _checkValues(address reporter, Observation calldata o, uint256 maxPowerW) private view {
        if (o.utilisationBps > 10_000) revert UtilisationOutOfRange(reporter, o.utilisationBps);
        if (o.availabilityBps > 10_000) revert AvailabilityOutOfRange(reporter, o.availabilityBps);
        if (o.avgPowerW > maxPowerW) revert PowerAboveRated(reporter, o.avgPowerW, maxPowerW);
        // In joules: |energy × 3600 - power × length| <= power × length × tolerance
        // + 3600 + length (each side floored to whole Wh and whole W). uint256
        // products of uint64 and uint32 values cannot overflow.
        uint256 fromEnergy = uint256(o.energyWh) * 3600;
        uint256 fromPower = uint256(o.avgPowerW) * epochLength;
        uint256 diff = fromEnergy > fromPower ? fromEnergy - fromPower : fromPower - fromEnergy;
        if (diff > fromPower * ENERGY_TOLERANCE_BPS / 10_000 + 3600 + epochLength) {
            revert EnergyInconsistent(reporter, o.energyWh, o.avgPowerW, epochLength);
        }
    }

    function _digest(uint256 assetId, uint64 epoch, Observation calldata o) private view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    OBSERVATION_TYPEHASH,
                    assetId,
                    epoch,
                    o.utilisationBps,
                    o.availabilityBps,
                    o.energyWh,
                    o.avgPowerW
                )
            )
        );
    }

    /// @dev The median of each field: the middle value of an odd count, the
    /// floored mean of the two middle values of an even count. Sorts copies
    /// in memory; n <= MAX_REPORTERS keeps the insertion sorts small.
    function _median(Observation[] memory obs) private pure returns (Observation memory m) {
        uint256 n = obs.length;
        uint256[] memory u = new uint256[](n);
        uint256[] memory a = new uint256[](n);
        uint256[] memory e = new uint256[](n);
        uint256[] memory p = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            u[i] = obs[i].utilisationBps;
            a[i] = obs[i].availabilityBps;
            e[i] = obs[i].energyWh;
            p[i] = obs[i].avgPowerW;
        }
        // Each median lies between the smallest and largest value of its
        // field, so the narrowing casts below cannot truncate.
        m.utilisationBps = uint16(_middle(u));
        m.availabilityBps = uint16(_middle(a));
        m.energyWh = uint64(_middle(e));
        m.avgPowerW = uint32(_middle(p));
    }

    function _middle(uint256[] memory v) private pure returns (uint256) {
        uint256 n = v.length;
        for (uint256 i = 1; i < n; ++i) {
            uint256 x = v[i];
            uint256 j = i;
            while (j > 0 && v[j - 1] > x) {
                v[j] = v[j - 1];
                --j;
            }
            v[j] = x;
        }
        if (n % 2 == 1) return v[n / 2];
        // Both values fit in 64 bits, so their sum cannot overflow.
        return (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /// @dev Reporter sets and quorums are the oracle admin's alone: the asset's
    /// operator is deliberately not consulted (it must not choose its evidence).
    function _checkOracleAdmin(uint256 assetId) private view {
        if (!hasRole(ORACLE_ADMIN_ROLE, msg.sender)) revert NotOracleAdmin(assetId, msg.sender);
    }
}
