package api

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/money"
)

type createAccountReq struct {
	Role string `json:"role"`
	Name string `json:"name"`
}

// createAccount makes a principal with a custodial key. On a dev chain the
// admin also grants it gas; an operator gets the operator role on chain.
func (s *Server) createAccount(c echo.Context) error {
	var req createAccountReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	role, err := accounts.ParseRole(req.Role)
	if err != nil {
		return validation(err.Error())
	}
	p, apiKey, err := s.svc.Accounts.Create(role, req.Name)
	if errors.Is(err, accounts.ErrInvalid) {
		return validation(err.Error())
	}
	if err != nil {
		return err
	}
	ctx, cancel := writeContext(c)
	defer cancel()
	if s.svc.DevChain() {
		if _, err := s.svc.FundGas(ctx, p.Address); err != nil {
			return err
		}
	}
	if role == accounts.RoleOperator {
		if _, err := s.svc.Assets.GrantOperator(ctx, s.svc.Admin, p.Address); err != nil {
			return err
		}
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
	ctx, cancel := writeContext(c)
	defer cancel()
	r, err := s.svc.Faucet(ctx, common.HexToAddress(req.Address), amount)
	if err != nil {
		return err
	}
	out, err := withTx(map[string]any{"address": common.HexToAddress(req.Address).Hex(), "amount": amount}, r)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}
