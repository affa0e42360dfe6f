// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";
import {ERC1155Supply} from "@openzeppelin/contracts/token/ERC1155/extensions/ERC1155Supply.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {RevenueDistributor} from "./RevenueDistributor.sol";

/// @title GPUAsset
/// @notice Tokenized GPU capacity: one ERC-1155 id per GPU node or cluster, its
/// fungible shares owned by investors. The id's record describes the hardware
/// and its book value so that anyone can price it from chain data alone.
///
/// It is also the assets' revenue account (RevenueDistributor): rent released
/// by the lease market is booked here per asset, split into platform fee,
/// operator fee, maintenance reserve and holders' revenue, and claimed by
/// holders. It holds the lease market's escrow too, so that releasing rent
/// moves no tokens. The two live in one contract because every share transfer must
/// settle the revenue both sides have accrued before balances change, in the
/// same `_update` hook, without an external call (see RevenueDistributor).
/// @dev Ids start at 1 so that 0 can never pass for a real asset.
contract GPUAsset is ERC1155Supply, AccessControl, Pausable, RevenueDistributor {
    /// @notice May tokenize GPU nodes.
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    /// @notice May pause and unpause share transfers and tokenization.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice The collection's name, as wallets and explorers show it
    /// (ERC-1155 has no name; explorers read this common extension).
    string public constant name = "gpuledger GPU Asset";
    /// @notice The collection's ticker, as wallets and explorers show it.
    string public constant symbol = "GPUA";

    /// @notice Upper bound on useful life: 20 years. Guards against a typo that
    /// would make depreciation meaningless.
    uint16 public constant MAX_USEFUL_LIFE_MONTHS = 240;

    /// @notice What is known of one tokenized asset, as {asset} returns it.
    struct Asset {
        address operator; // who runs the hardware and may update its record
        uint32 gpuCount; // GPUs in the node or cluster
        uint32 ratedPowerW; // nameplate power of the whole asset, watts
        uint16 usefulLifeMonths; // straight-line depreciation horizon
        uint16 operatorFeeBps; // operator's cut of the asset's revenue
        uint16 reserveBps; // maintenance reserve's cut of the asset's revenue
        uint64 commissionedAt; // unix seconds the hardware went into service
        uint256 bookValue; // stablecoin units (6 decimals) at commissioning
        uint256 shareSupply; // shares minted at tokenization
        bytes32 metadataHash; // hash of the off-chain spec sheet / audit pack
        string gpuModel; // e.g. "H100-SXM5-80GB"
        string location; // site code, e.g. "US-TX-1"
    }

    /// @dev An asset as stored: its fee rates live with its revenue split
    /// (RevenueDistributor), where every deposit reads them.
    struct AssetRecord {
        address operator;
        uint32 gpuCount;
        uint32 ratedPowerW;
        uint16 usefulLifeMonths;
        uint64 commissionedAt;
        uint256 bookValue;
        uint256 shareSupply;
        bytes32 metadataHash;
        string gpuModel;
        string location;
    }

    /// @notice Input of {tokenize}; the operator is the caller.
    struct TokenizeParams {
        string gpuModel;
        uint32 gpuCount;
        uint32 ratedPowerW;
        string location;
        uint64 commissionedAt;
        uint256 bookValue;
        uint16 usefulLifeMonths;
        uint256 shareSupply;
        bytes32 metadataHash;
        uint16 operatorFeeBps; // see RevenueDistributor: operator + reserve + MAX_PLATFORM_FEE_BPS <= 10000
        uint16 reserveBps;
    }

    /// @notice Number of assets tokenized so far; also the last id issued.
    uint256 public assetCount;

    mapping(uint256 assetId => AssetRecord) private _assets;

    /// @notice Emitted once per asset with everything needed to rebuild its record.
    event AssetTokenized(uint256 indexed assetId, address indexed operator, TokenizeParams params);
    /// @notice Emitted when the operator publishes a new spec sheet / audit pack.
    event MetadataUpdated(uint256 indexed assetId, bytes32 previousHash, bytes32 newHash);
    /// @notice Emitted when the admin moves the metadata of every asset
    /// ({setURITemplate}). ERC-1155's per-id {URI} event is not emitted: the
    /// template is shared by all ids, and one event per asset would be a loop
    /// over assets. Clients re-read {uri}.
    event URITemplateChanged(string previousTemplate, string newTemplate);
    /// @notice Emitted when an asset changes hands operationally (not its shares).
    event OperatorChanged(uint256 indexed assetId, address indexed previousOperator, address indexed newOperator);

    error EmptyGPUModel();
    error EmptyLocation();
    error InvalidGPUCount(uint32 gpuCount);
    error InvalidRatedPower(uint32 ratedPowerW);
    error InvalidUsefulLife(uint16 usefulLifeMonths, uint16 maxMonths);
    error InvalidShareSupply(uint256 shareSupply);
    error InvalidBookValue(uint256 bookValue);
    error CommissionedInFuture(uint64 commissionedAt, uint256 nowTs);
    // UnknownAsset, NotAssetOperator and ZeroAddress come from IRevenueDistributor.

    /// @param admin receives DEFAULT_ADMIN_ROLE, PAUSER_ROLE and FEE_ADMIN_ROLE; grants OPERATOR_ROLE.
    /// @param uri_ ERC-1155 metadata URI template ("{id}" substituted by clients; see {setURITemplate}).
    /// @param stablecoin_ the token revenue is deposited and paid in (6 decimals, plain ERC-20).
    /// @param treasury_ where platform fees are paid.
    /// @param leaseMarket_ the lease market whose escrow this contract holds.
    constructor(address admin, string memory uri_, IERC20 stablecoin_, address treasury_, address leaseMarket_)
        ERC1155(uri_)
        RevenueDistributor(stablecoin_, treasury_, leaseMarket_)
    {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
        _grantRole(FEE_ADMIN_ROLE, admin);
    }

    /// @notice Tokenizes a GPU node or cluster and mints its whole share supply
    /// to the caller, who becomes its operator.
    /// @dev Requirements:
    /// - caller has OPERATOR_ROLE; the contract is not paused;
    /// - gpuModel and location are not empty; gpuCount, ratedPowerW, bookValue
    ///   are positive; 0 < shareSupply <= MAX_SHARE_SUPPLY;
    ///   0 < usefulLifeMonths <= MAX_USEFUL_LIFE_MONTHS;
    /// - commissionedAt is not in the future;
    /// - operatorFeeBps + reserveBps + MAX_PLATFORM_FEE_BPS <= 10000.
    /// Emits an {AssetTokenized} event, an {AssetFeesChanged} event (previous
    /// rates zero) and an ERC-1155 {TransferSingle} mint.
    /// @return assetId the new asset's id (the first is 1).
    function tokenize(TokenizeParams calldata p) external onlyRole(OPERATOR_ROLE) whenNotPaused returns (uint256 assetId) {
        _validate(p);
        assetId = ++assetCount;
        AssetRecord storage a = _assets[assetId];
        a.operator = msg.sender;
        a.gpuCount = p.gpuCount;
        a.ratedPowerW = p.ratedPowerW;
        a.usefulLifeMonths = p.usefulLifeMonths;
        a.commissionedAt = p.commissionedAt;
        a.bookValue = p.bookValue;
        a.shareSupply = p.shareSupply;
        a.metadataHash = p.metadataHash;
        a.gpuModel = p.gpuModel;
        a.location = p.location;
        emit AssetTokenized(assetId, msg.sender, p);
        _openRevenuePool(assetId, p.shareSupply, p.operatorFeeBps, p.reserveBps);
        // Interaction last: _mint calls onERC1155Received on contract receivers.
        _mint(msg.sender, assetId, p.shareSupply, "");
    }

    /// @notice Publishes a new metadata hash for an asset.
    /// @dev Requirements: the asset exists; caller is its operator.
    /// Emits a {MetadataUpdated} event.
    function updateMetadata(uint256 assetId, bytes32 newHash) external {
        AssetRecord storage a = _operatedBy(assetId, msg.sender);
        emit MetadataUpdated(assetId, a.metadataHash, newHash);
        a.metadataHash = newHash;
    }

    /// @notice Hands an asset's operation to another operator (shares do not move).
    /// Operator fees not yet withdrawn and the reserve pass to the new
    /// operator: withdraw fees first ({withdrawOperatorFees}).
    /// @dev Requirements: the asset exists; caller is its operator; newOperator
    /// has OPERATOR_ROLE. Emits an {OperatorChanged} event.
    function changeOperator(uint256 assetId, address newOperator) external {
        AssetRecord storage a = _operatedBy(assetId, msg.sender);
        _checkRole(OPERATOR_ROLE, newOperator);
        emit OperatorChanged(assetId, a.operator, newOperator);
        a.operator = newOperator;
    }

    /// @notice Sets the ERC-1155 metadata URI template of every asset: clients
    /// replace "{id}" with the id as 64 lower-case hex digits (ERC-1155), e.g.
    /// "https://api.example/v1/assets/{id}/metadata". gpuledger's service
    /// calls it when its public URL changes. (Not named setURI: its selector
    /// would sort before the escrow entry points the market calls on every
    /// settlement, and each of those would pay 22 more gas in the dispatcher.)
    /// @dev Requirements: caller has DEFAULT_ADMIN_ROLE. Allowed while paused:
    /// it moves no value. Emits a {URITemplateChanged} event.
    function setURITemplate(string calldata newTemplate) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit URITemplateChanged(uri(0), newTemplate);
        _setURI(newTemplate);
    }

    /// @notice Stops tokenization and share transfers. Revenue deposits (lease
    /// settlements), claims and withdrawals go on: pausing never holds money
    /// that is owed. Requirements: PAUSER_ROLE.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes tokenization and share transfers. Requirements: PAUSER_ROLE.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    /// @notice The record of one asset. Reverts with {UnknownAsset} for an id never issued.
    function asset(uint256 assetId) external view returns (Asset memory) {
        AssetRecord storage r = _existing(assetId);
        (uint16 operatorFeeBps, uint16 reserveBps) = feeRatesOf(assetId);
        return Asset({
            operator: r.operator,
            gpuCount: r.gpuCount,
            ratedPowerW: r.ratedPowerW,
            usefulLifeMonths: r.usefulLifeMonths,
            operatorFeeBps: operatorFeeBps,
            reserveBps: reserveBps,
            commissionedAt: r.commissionedAt,
            bookValue: r.bookValue,
            shareSupply: r.shareSupply,
            metadataHash: r.metadataHash,
            gpuModel: r.gpuModel,
            location: r.location
        });
    }

    /// @notice The operator of an asset. Reverts with {UnknownAsset} for an id never issued.
    function operatorOf(uint256 assetId) external view returns (address) {
        return _existing(assetId).operator;
    }

    /// @notice GPUs in an asset. Reverts with {UnknownAsset} for an id never issued.
    function gpuCountOf(uint256 assetId) external view returns (uint32) {
        return _existing(assetId).gpuCount;
    }

    /// @notice Nameplate power of an asset in watts. Reverts with {UnknownAsset} for an id never issued.
    function ratedPowerOf(uint256 assetId) external view returns (uint32) {
        return _existing(assetId).ratedPowerW;
    }

    /// @inheritdoc ERC1155
    function supportsInterface(bytes4 interfaceId) public view override(ERC1155, AccessControl) returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    /// @dev The one hook every share balance change goes through. Revenue
    /// follows the share from the moment it moves: both sides' accrued revenue
    /// is settled at their old balances first (RevenueDistributor).
    function _update(address from, address to, uint256[] memory ids, uint256[] memory values)
        internal
        override
        whenNotPaused
    {
        _settleTransfer(from, to, ids);
        super._update(from, to, ids, values);
        _releaseExited(from, ids);
    }

    function _operatorOf(uint256 assetId) internal view override returns (address) {
        return _existing(assetId).operator;
    }

    function _sharesOf(address holder, uint256 assetId) internal view override returns (uint256) {
        return balanceOf(holder, assetId);
    }

    function _validate(TokenizeParams calldata p) private view {
        if (bytes(p.gpuModel).length == 0) revert EmptyGPUModel();
        if (bytes(p.location).length == 0) revert EmptyLocation();
        if (p.gpuCount == 0) revert InvalidGPUCount(p.gpuCount);
        if (p.ratedPowerW == 0) revert InvalidRatedPower(p.ratedPowerW);
        if (p.usefulLifeMonths == 0 || p.usefulLifeMonths > MAX_USEFUL_LIFE_MONTHS) {
            revert InvalidUsefulLife(p.usefulLifeMonths, MAX_USEFUL_LIFE_MONTHS);
        }
        if (p.shareSupply == 0 || p.shareSupply > MAX_SHARE_SUPPLY) revert InvalidShareSupply(p.shareSupply);
        if (p.bookValue == 0) revert InvalidBookValue(p.bookValue);
        if (p.commissionedAt > block.timestamp) revert CommissionedInFuture(p.commissionedAt, block.timestamp);
    }

    function _existing(uint256 assetId) private view returns (AssetRecord storage a) {
        a = _assets[assetId];
        if (a.operator == address(0)) revert UnknownAsset(assetId);
    }

    function _operatedBy(uint256 assetId, address caller) private view returns (AssetRecord storage a) {
        a = _existing(assetId);
        if (a.operator != caller) revert NotAssetOperator(assetId, caller, a.operator);
    }
}
