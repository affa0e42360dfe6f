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
/// A report of an epoch is accepted once the epoch has ended and at most
/// `maxReportAge` seconds later, only for an epoch newer than the last one
/// stored for that asset, and only once: epochs are final when stored.
///
/// Signing domain (EIP-712): name "gpuledger TelemetryOracle", version "1",
/// the chain id and this contract's address. Each reporter signs
/// Observation(uint256 assetId,uint64 epoch,uint16 utilisationBps,
/// uint16 availabilityBps,uint64 energyWh,uint32 avgPowerW), so a signature
/// is valid for one asset, one epoch, one chain and one contract only.
///
/// Trust: whoever controls a quorum of an asset's reporters decides its
/// figures. The median of n observations stays between honest values while
/// fewer than half of them lie, so a quorum of 2f + 1 tolerates f lying
/// reporters. Reporters are chosen by the asset's operator or an oracle admin;
/// every observation is in the {EpochReported} event for auditors.
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
        uint64 lastEpoch; // newest epoch stored, valid when `reported`
    }

    /// @notice Most reporters per asset, and most observations per report.
    uint256 public constant MAX_REPORTERS = 16;
    /// @notice An observation's average power may reach the asset's rated power times this (bps): 110%.
    uint256 public constant POWER_TOLERANCE_BPS = 11_000;
    /// @notice Energy may differ from average power × epoch length by this share (bps): ±10%,
    /// plus one Wh and one W × epoch length of rounding.
    uint256 public constant ENERGY_TOLERANCE_BPS = 1_000;

    /// @notice May manage the reporters of any asset, set the maximum report age and pause.
    bytes32 public constant ORACLE_ADMIN_ROLE = keccak256("ORACLE_ADMIN_ROLE");

    bytes32 public constant OBSERVATION_TYPEHASH = keccak256(
        "Observation(uint256 assetId,uint64 epoch,uint16 utilisationBps,uint16 availabilityBps,uint64 energyWh,uint32 avgPowerW)"
    );

    /// @notice Where asset operators and rated power are read.
    IAssetRegistry public immutable assets;
    /// @inheritdoc IAvailabilityOracle
    uint64 public immutable epochLength;
    /// @inheritdoc IAvailabilityOracle
    uint64 public immutable epochGenesis;

    /// @notice Seconds after an epoch's end during which it may still be reported.
    uint64 public maxReportAge;

    mapping(uint256 assetId => EnumerableSet.AddressSet) private _reporters;
    mapping(uint256 assetId => AssetConfig) private _config;
    mapping(uint256 assetId => mapping(uint64 epoch => EpochRecord)) private _records;

    event ReporterAdded(uint256 indexed assetId, address indexed reporter, address indexed by);
    event ReporterRemoved(uint256 indexed assetId, address indexed reporter, address indexed by);
    event QuorumChanged(uint256 indexed assetId, uint8 previousQuorum, uint8 newQuorum, address indexed by);
    event MaxReportAgeChanged(uint64 previousMaxAge, uint64 newMaxAge);
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
    error NotOperatorOrAdmin(uint256 assetId, address caller);
    error ReporterAlreadyRegistered(uint256 assetId, address reporter);
    error ReporterNotRegistered(uint256 assetId, address reporter);
    error TooManyReporters(uint256 assetId, uint256 max);
    error InvalidQuorum(uint256 assetId, uint8 quorum, uint256 reporters);
    error QuorumNotSet(uint256 assetId);
    error BelowQuorum(uint256 assetId, uint256 observations, uint8 quorum);
    error TooManyObservations(uint256 observations, uint256 max);
    error EpochNotEnded(uint64 epoch, uint64 epochEnd, uint256 nowTs);
    error EpochTooOld(uint64 epoch, uint64 epochEnd, uint64 maxReportAge, uint256 nowTs);
    error EpochNotNewer(uint256 assetId, uint64 epoch, uint64 lastEpoch);
    error InvalidSignature(uint256 index);
    error UnregisteredReporter(uint256 assetId, address reporter);
    error DuplicateReporter(address reporter);
    error UtilisationOutOfRange(address reporter, uint16 utilisationBps);
    error AvailabilityOutOfRange(address reporter, uint16 availabilityBps);
    error PowerAboveRated(address reporter, uint32 avgPowerW, uint256 maxPowerW);
    error EnergyInconsistent(address reporter, uint64 energyWh, uint32 avgPowerW, uint64 epochLength);

    /// @param admin receives DEFAULT_ADMIN_ROLE and ORACLE_ADMIN_ROLE.
    /// @param assets_ the asset registry (operators, rated power).
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
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(ORACLE_ADMIN_ROLE, admin);
        emit MaxReportAgeChanged(0, maxReportAge_);
    }

    // ----------------------------------------------------------------- reporters

    /// @notice Registers `reporter` as a reporter of an asset.
    /// @dev Requirements: caller operates the asset or has ORACLE_ADMIN_ROLE;
    /// reporter is not zero and not registered; fewer than MAX_REPORTERS registered.
    /// Emits a {ReporterAdded} event.
    function addReporter(uint256 assetId, address reporter) external {
        _checkOperatorOrAdmin(assetId);
        if (reporter == address(0)) revert ZeroAddress();
        EnumerableSet.AddressSet storage set = _reporters[assetId];
        if (set.length() >= MAX_REPORTERS) revert TooManyReporters(assetId, MAX_REPORTERS);
        if (!set.add(reporter)) revert ReporterAlreadyRegistered(assetId, reporter);
        emit ReporterAdded(assetId, reporter, msg.sender);
    }

    /// @notice Removes a reporter of an asset; its signatures are refused from now on.
    /// @dev Requirements: caller operates the asset or has ORACLE_ADMIN_ROLE;
    /// reporter registered; the quorum stays reachable (lower it first otherwise).
    /// Emits a {ReporterRemoved} event.
    function removeReporter(uint256 assetId, address reporter) external {
        _checkOperatorOrAdmin(assetId);
        EnumerableSet.AddressSet storage set = _reporters[assetId];
        if (!set.remove(reporter)) revert ReporterNotRegistered(assetId, reporter);
        uint8 quorum = _config[assetId].quorum;
        if (set.length() < quorum) revert InvalidQuorum(assetId, quorum, set.length());
        emit ReporterRemoved(assetId, reporter, msg.sender);
    }

    /// @notice Sets how many observations of distinct reporters a report of an asset needs.
    /// @dev Requirements: caller operates the asset or has ORACLE_ADMIN_ROLE;
    /// 1 <= quorum <= registered reporters. Emits a {QuorumChanged} event.
    function setQuorum(uint256 assetId, uint8 quorum) external {
        _checkOperatorOrAdmin(assetId);
        uint256 n = _reporters[assetId].length();
        if (quorum == 0 || quorum > n) revert InvalidQuorum(assetId, quorum, n);
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
    /// - the asset has a quorum and quorum <= observations <= MAX_REPORTERS;
    /// - the epoch has ended, at most `maxReportAge` ago, and is newer than
    ///   the last epoch stored for the asset;
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
        if (n < c.quorum) revert BelowQuorum(assetId, n, c.quorum);
        if (n > MAX_REPORTERS) revert TooManyObservations(n, MAX_REPORTERS);
        _checkEpoch(c, assetId, epoch);

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
        _records[assetId][epoch] = EpochRecord({
            utilisationBps: median.utilisationBps,
            availabilityBps: median.availabilityBps,
            energyWh: median.energyWh,
            avgPowerW: median.avgPowerW,
            observations: uint8(n), // n <= MAX_REPORTERS
            reportedAt: uint64(block.timestamp)
        });
        _config[assetId] = AssetConfig({quorum: c.quorum, reported: true, lastEpoch: epoch});
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

    /// @notice The newest epoch stored for an asset (`reported` false when none).
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

    /// @notice The asset's quorum; 0 = not set.
    function quorumOf(uint256 assetId) external view returns (uint8) {
        return _config[assetId].quorum;
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

    function _checkEpoch(AssetConfig memory c, uint256 assetId, uint64 epoch) private view {
        if (c.reported && epoch <= c.lastEpoch) revert EpochNotNewer(assetId, epoch, c.lastEpoch);
        // Checked arithmetic: an epoch whose end overflows uint64 reverts (panic), never wraps.
        uint64 end = epochEnd(epoch);
        if (block.timestamp < end) revert EpochNotEnded(epoch, end, block.timestamp);
        uint64 maxAge = maxReportAge;
        if (block.timestamp > uint256(end) + maxAge) revert EpochTooOld(epoch, end, maxAge, block.timestamp);
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

    function _checkOperatorOrAdmin(uint256 assetId) private view {
        if (hasRole(ORACLE_ADMIN_ROLE, msg.sender)) return;
        if (assets.operatorOf(assetId) != msg.sender) revert NotOperatorOrAdmin(assetId, msg.sender);
    }
}
