// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC3009} from "@openzeppelin/contracts/token/ERC20/extensions/draft-ERC3009.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title TestStablecoin
/// @notice A USDC-like token (6 decimals) for dev chains, with a faucet the
/// admin controls. On a real chain the service is configured with the real
/// stablecoin's address instead and this contract is never deployed.
///
/// Like USDC v2 it supports EIP-2612 {permit} (sequential nonces) and
/// EIP-3009 {transferWithAuthorization} / {receiveWithAuthorization} /
/// {cancelAuthorization} / {authorizationState} with random 32-byte nonces
/// and the EIP-3009 typehashes (OpenZeppelin's ERC3009 over EIP712 +
/// ECDSA). Both share one EIP-712 domain: name "gpuledger Test USD",
/// version "1", this chain and this contract.
contract TestStablecoin is ERC20, ERC20Permit, ERC3009, AccessControl {
    /// @notice May mint from the faucet.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @notice Emitted for every faucet mint, with who asked for it.
    event FaucetMint(address indexed to, uint256 amount, address indexed minter);

    error ZeroAmount();

    constructor(address admin) ERC20("gpuledger Test USD", "tUSD") ERC20Permit("gpuledger Test USD") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    /// @inheritdoc ERC20
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints `amount` units to `to`.
    /// @dev Requirements: caller has MINTER_ROLE; amount > 0.
    /// Emits a {FaucetMint} and an ERC-20 {Transfer} event.
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        if (amount == 0) revert ZeroAmount();
        emit FaucetMint(to, amount, msg.sender);
        _mint(to, amount);
    }
}
