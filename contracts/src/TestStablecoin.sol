// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title TestStablecoin
/// @notice A USDC-like token (6 decimals) for dev chains, with a faucet the
/// admin controls. On a real chain the service is configured with the real
/// stablecoin's address instead and this contract is never deployed.
contract TestStablecoin is ERC20, AccessControl {
    /// @notice May mint from the faucet.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @notice Emitted for every faucet mint, with who asked for it.
    event FaucetMint(address indexed to, uint256 amount, address indexed minter);

    error ZeroAmount();

    constructor(address admin) ERC20("gpuledger Test USD", "tUSD") {
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
