// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {TestStablecoin} from "../TestStablecoin.sol";

/// @title BlocklistStablecoin
/// @notice Test token: a TestStablecoin whose admin can blocklist addresses,
/// as USDC's blacklister can. Any transfer from or to a blocklisted address
/// reverts (mints and burns included), so a contract that pushes money to a
/// blocklisted recipient fails unless it falls back to a pull balance.
contract BlocklistStablecoin is TestStablecoin {
    /// @notice Whether an address is blocklisted.
    mapping(address account => bool) public blocklisted;

    event Blocklisted(address indexed account, bool blocked);

    error AccountBlocklisted(address account);

    constructor(address admin) TestStablecoin(admin) {}

    /// @notice Blocks or unblocks `account`.
    /// @dev Requirements: DEFAULT_ADMIN_ROLE. Emits a {Blocklisted} event.
    function setBlocklisted(address account, bool blocked) external onlyRole(DEFAULT_ADMIN_ROLE) {
        blocklisted[account] = blocked;
        emit Blocklisted(account, blocked);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocklisted[from]) revert AccountBlocklisted(from);
        if (blocklisted[to]) revert AccountBlocklisted(to);
        super._update(from, to, value);
    }
}
