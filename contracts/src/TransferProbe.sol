// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title TransferProbe
/// @notice Never deployed: the deployer runs it in an eth_call, with its
/// runtime code placed by a state override at an address that holds the
/// token (the deployer's own), to see whether a transfer delivers what it
/// sends before the token is adopted as the stablecoin. Nothing it does is
/// kept: an eth_call changes no state.
contract TransferProbe {
    /// @notice Transfers `amount` of `token` from this address to `to` and
    /// returns what this address lost and what `to` gained.
    function probe(IERC20 token, address to, uint256 amount) external returns (uint256 sent, uint256 received) {
        uint256 selfBefore = token.balanceOf(address(this));
        uint256 toBefore = token.balanceOf(to);
        bool ok = token.transfer(to, amount);
        require(ok, "transfer returned false");
        sent = selfBefore - token.balanceOf(address(this));
        received = token.balanceOf(to) - toBefore;
    }
}
