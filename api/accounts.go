package api

import (
	"context"
	"fmt"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/money"
)

type createAccountReq struct {
	Role string `json:"role"`
	Name string `json:"name"`
}

// createAccount makes a principal with a custodial key. On a dev chain the
// admin also grants it gas; an operator gets the operator role on chain,
// an oracle admin the TelemetryOracle's ORACLE_ADMIN_ROLE.
//
// It is atomic: the principal (and so its API key) exists only once its
// gas and role are granted. With an Idempotency-Key, a retry after a crash
// reuses the key pair its first attempt made (recorded in the intent),
// finishes the grants the attempt recorded instead of sending them again,
// and answers with the same API key, derived from the request's key
// (accounts.DeriveAPIKey), so that no record ever stores it.
func (s *Server) createAccount(c echo.Context) error {
	var req createAccountReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	role, err := accounts.ParseRole(req.Role)
	if err != nil {
		return validation(err.Error())
	}
	name, err := accounts.CheckPrincipal(role, req.Name)
	if err != nil {
		return validation(err.Error())
	}
	j := journal(c)
	var addr common.Address
	if j != nil && j.account != nil {
		addr = *j.account
	} else {
		if addr, err = s.svc.Accounts.NewKey(); err != nil {
			return err
		}
		if j != nil {
			if err := j.setAccount(addr); err != nil {
				return err
			}
		}
	}
	var apiKey string
	if j != nil {
		apiKey = s.svc.Accounts.DeriveAPIKey(j.scope, j.key)
	} else if apiKey, err = accounts.NewAPIKey(); err != nil {
		return err
	}
	ctx, cancel := writeContext(c)
	defer cancel()
	if s.svc.DevChain() {
		if _, err := s.svc.FundGas(ctx, addr); err != nil {
			return err
		}
	}
	if role == accounts.RoleOperator {
		if _, err := s.svc.Assets.GrantOperator(ctx, s.svc.Admin, addr); err != nil {
			return err
		}
	}
	if role == accounts.RoleOracleAdmin {
		// The key chooses reporters on chain: the contract, not this
		// API, is what keeps operators from doing so (oracleadmin.go).
		if _, err := s.svc.Telemetry.GrantOracleAdmin(ctx, s.svc.Admin, addr); err != nil {
			return err
		}
	}
	if j != nil {
		j.crashAt("mined")
	}
	p, err := s.svc.Accounts.Activate(role, name, addr, apiKey)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, map[string]any{
		"address": p.Address.Hex(), "role": p.Role, "name": p.Name, "api_key": apiKey,
	})
}

type faucetReq struct {
	Address string `json:"address"`
	Amount  string `json:"amount"`
}

// faucet grants gas and mints test stablecoin on a dev chain.
func (s *Server) faucet(c echo.Context) error {
	var req faucetReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	if !common.IsHexAddress(req.Address) {
		return validation(fmt.Sprintf("address %q is not a 0x-hex address", req.Address))
	}
	amount, err := money.Parse(req.Amount)
	if err != nil {
		return validation(err.Error())
	}
	if amount.IsZero() {
		return validation("amount must be positive")
	}
	to := common.HexToAddress(req.Address)
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Token.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Faucet(ctx, to, amount)
		},
		answer: func(context.Context, *types.Receipt) (any, error) {
			return map[string]any{"address": to.Hex(), "amount": amount}, nil
		},
	})
}
