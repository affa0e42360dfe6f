package api

import (
	"context"
	"fmt"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/ledger"
)

// getRefunds answers what the revenue account owes an address as refunds
// it could not push (the token refused the renter, e.g. a blocklist): the
// renter withdraws them with POST /v1/refunds/withdraw. From the mirror.
func (s *Server) getRefunds(c echo.Context) error {
	raw := c.Param("address")
	if !common.IsHexAddress(raw) {
		return validation(fmt.Sprintf("address %q is not a 0x-hex address", raw))
	}
	addr := common.HexToAddress(raw)
	owed, err := s.svc.Mirror.Store().Balance(ledger.RefundsOwed(addr), 0)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{
		"address": addr.Hex(), "owed": owed, "block": s.svc.Mirror.Status().Cursor.Number,
	})
}

// withdrawRefunds pays the caller every refund owed to it. Nothing owed
// is a 422 NoRefundOwed from the contract (the transaction is simulated
// first, so nothing is mined).
func (s *Server) withdrawRefunds(c echo.Context) error {
	renter, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Revenue.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Revenue.WithdrawRefund(ctx, renter)
			return r, err
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			amt, err := s.svc.Revenue.RefundWithdrawnIn(r)
			return map[string]any{"withdrawn": amt}, err
		},
	})
}
