package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"
	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

// Payouts: the parts of an asset's revenue that are not the holders'.
// The asset's operator withdraws its accrued fees and spends the
// maintenance reserve for a stated purpose; the admin sets the platform fee
// and the treasury, and pays the platform's fees to the treasury.
//
// Every write goes through s.write, so an Idempotency-Key retry finishes
// the transaction its first attempt sent. What is owed is checked inside
// send, just before sending: a request that would pay nothing is refused
// with 409 (conflict) and no transaction, while the retry of one that was
// sent (and so left nothing owed) still answers from its receipt.
//
// The contract pays operator fees to the caller and lets only the asset's
// operator spend its reserve, so those two routes refuse anyone else (403),
// admins included. Platform writes are signed by the service's admin key,
// which holds the contract's admin roles, whichever admin principal calls.

type reserveWithdrawReq struct {
	Amount  string `json:"amount"`
	To      string `json:"to"`
	Purpose string `json:"purpose"`
	Memo    string `json:"memo,omitempty"`
}

type platformFeeReq struct {
	// Bps is a pointer so that a missing field is told apart from 0.
	Bps *int64 `json:"bps"`
}

// examplePlatformFee is the OpenAPI example of PUT /v1/platform/fee.
func examplePlatformFee() platformFeeReq {
	bps := int64(250)
	return platformFeeReq{Bps: &bps}
}

type treasuryReq struct {
	Treasury string `json:"treasury"`
}

// maxPurposeLen is the contract's purpose label: a bytes32.
const maxPurposeLen = 32

// nothingOwed refuses a payout that would pay nothing.
func nothingOwed(detail string) error {
	return newProblem(http.StatusConflict, ProblemConflict, "Nothing to withdraw", detail)
}

// operatorOfAsset reads the path's asset and checks that the caller is its
// operator: the contract pays operator fees to the caller and lets only the
// operator spend the reserve.
func (s *Server) operatorOfAsset(c echo.Context, what string) (contracts.Asset, error) {
	assetID, err := pathID(c, "id")
	if err != nil {
		return contracts.Asset{}, err
	}
	a, err := s.asset(c, assetID)
	if err != nil {
		return contracts.Asset{}, err
	}
	p, _ := principal(c)
	if p.Address != a.Operator {
		return contracts.Asset{}, forbidden(fmt.Sprintf("only asset %d's operator %s may %s, not %s",
			assetID, a.Operator.Hex(), what, p.Address.Hex()))
	}
	return a, nil
}

// withdrawOperatorFees pays the asset's operator every operator fee it has
// accrued and not withdrawn. Nothing owed is a 409 and sends nothing.
func (s *Server) withdrawOperatorFees(c echo.Context) error {
	a, err := s.operatorOfAsset(c, "withdraw its operator fees")
	if err != nil {
		return err
	}
	op, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Revenue.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			owed, err := s.svc.Revenue.OperatorFeesOwed(ctx, a.ID)
			if err != nil {
				return nil, err
			}
			if owed.IsZero() {
				return nil, nothingOwed(fmt.Sprintf("asset %d owes its operator no fees: every fee accrued so far was withdrawn", a.ID))
			}
			_, r, err := s.svc.Revenue.WithdrawOperatorFees(ctx, op, a.ID)
			return r, err
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			amt, err := s.svc.Revenue.OperatorFeesWithdrawnIn(r)
			if err != nil {
				return nil, err
			}
			return map[string]any{"asset_id": id(a.ID), "operator": a.Operator.Hex(), "withdrawn": amt}, nil
		},
	})
}

// withdrawReserve pays amount of the asset's maintenance reserve to `to`
// for a stated purpose (a label of 1 to 32 bytes, such as "repairs") and an
// optional memo; the contract's ReserveWithdrawn event records both. An
// amount above the reserve is a 409 and sends nothing.
func (s *Server) withdrawReserve(c echo.Context) error {
	var req reserveWithdrawReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	amount, err := money.Parse(req.Amount)
	if err != nil {
		return validation("amount: " + err.Error())
	}
	if amount.IsZero() {
		return validation("amount must be positive")
	}
	if !common.IsHexAddress(req.To) {
		return validation(fmt.Sprintf("to %q is not a 0x-hex address", clip(req.To, 64)))
	}
	to := common.HexToAddress(req.To)
	if to == (common.Address{}) {
		return validation("to is the zero address")
	}
	switch {
	case req.Purpose == "":
		return validation(fmt.Sprintf("purpose is required (a label of 1 to %d bytes, such as %q or %q)",
			maxPurposeLen, contracts.PurposeRepairs, contracts.PurposeReplacement))
	case len(req.Purpose) > maxPurposeLen:
		return validation(fmt.Sprintf("purpose is %d bytes; at most %d", len(req.Purpose), maxPurposeLen))
	case !printable(req.Purpose):
		return validation("purpose must be printable text")
	}
	a, err := s.operatorOfAsset(c, "spend its reserve")
	if err != nil {
		return err
	}
	if to == s.svc.Revenue.Address() {
		return validation("to is the revenue contract itself")
	}
	op, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Revenue.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			balance, err := s.svc.Revenue.ReserveBalance(ctx, a.ID)
			if err != nil {
				return nil, err
			}
			if amount.Cmp(balance) > 0 {
				return nil, nothingOwed(fmt.Sprintf("the reserve of asset %d holds %s; cannot withdraw %s", a.ID, balance, amount))
			}
			return s.svc.Revenue.WithdrawReserve(ctx, op, a.ID, amount, to, req.Purpose, req.Memo)
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			w, err := s.svc.Revenue.ReserveWithdrawnIn(r)
			if err != nil {
				return nil, err
			}
			return map[string]any{
				"asset_id": id(w.AssetID), "to": w.To.Hex(), "withdrawn": w.Amount, "purpose": w.Purpose, "memo": w.Memo,
			}, nil
		},
	})
}

// printable reports whether s is UTF-8 text without control characters.
func printable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < ' ' || r == 0x7f {
			return false
		}
	}
	return true
}

// withdrawPlatformFees pays every platform fee accrued and not withdrawn to
// the treasury in force. Nothing owed is a 409 and sends nothing.
func (s *Server) withdrawPlatformFees(c echo.Context) error {
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Revenue.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			owed, err := s.svc.Revenue.PlatformFeesOwed(ctx)
			if err != nil {
				return nil, err
			}
			if owed.IsZero() {
				return nil, nothingOwed("no platform fees are owed: every fee accrued so far was withdrawn")
			}
			treasury, err := s.svc.Revenue.Treasury(ctx)
			if err != nil {
				return nil, err
			}
			_, r, err := s.svc.Revenue.WithdrawPlatformFees(ctx, s.svc.Admin, treasury)
			return r, err
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			amt, to, err := s.svc.Revenue.PlatformFeesWithdrawnIn(r)
			if err != nil {
				return nil, err
			}
			out := map[string]any{"withdrawn": amt, "treasury": nil}
			if to != (common.Address{}) {
				out["treasury"] = to.Hex()
			}
			return out, nil
		},
	})
}

// setPlatformFee sets the platform fee taken from every revenue deposit
// from now on, from 0 to contracts.MaxPlatformFeeBps (the contract's bound,
// checked here first).
func (s *Server) setPlatformFee(c echo.Context) error {
	var req platformFeeReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	bps, err := feeBps(req, contracts.MaxPlatformFeeBps, "platform fee")
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Revenue.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Revenue.SetPlatformFee(ctx, s.svc.Admin, bps)
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			before, after, err := s.svc.Revenue.PlatformFeeChangedIn(r)
			if err != nil {
				return nil, err
			}
			return map[string]any{"platform_fee_bps": after, "previous_bps": before}, nil
		},
	})
}

// feeBps is a fee body's bps, required, from 0 to max (a contract's
// bound, checked here first); what names the fee in the refusal.
func feeBps(req platformFeeReq, max int64, what string) (uint16, error) {
	if req.Bps == nil {
		return 0, validation("bps is required")
	}
	if *req.Bps < 0 || *req.Bps > max {
		return 0, validation(fmt.Sprintf("bps %d is out of range: the %s is 0 to %d bps (%s%%)",
			*req.Bps, what, max, decimal.New(max, -2)))
	}
	return uint16(*req.Bps), nil
}

// treasuryAddress is a treasury body's address: 0x-hex, not zero.
func treasuryAddress(req treasuryReq) (common.Address, error) {
	if !common.IsHexAddress(req.Treasury) {
		return common.Address{}, validation(fmt.Sprintf("treasury %q is not a 0x-hex address", clip(req.Treasury, 64)))
	}
	treasury := common.HexToAddress(req.Treasury)
	if treasury == (common.Address{}) {
		return common.Address{}, validation("treasury is the zero address")
	}
	return treasury, nil
}

// setTreasury sets where platform fees are paid.
func (s *Server) setTreasury(c echo.Context) error {
	var req treasuryReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	treasury, err := treasuryAddress(req)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Revenue.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Revenue.SetTreasury(ctx, s.svc.Admin, treasury)
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			before, after, err := s.svc.Revenue.TreasuryChangedIn(r)
			if err != nil {
				return nil, err
			}
			return map[string]any{"treasury": after.Hex(), "previous": before.Hex()}, nil
		},
	})
}

// getPlatform answers the platform fee in force, its bound, the treasury
// and the platform fees owed (accrued, not withdrawn), read from the chain.
func (s *Server) getPlatform(c echo.Context) error {
	ctx := c.Request().Context()
	block, err := s.svc.Chain.Client().BlockNumber(ctx)
	if err != nil {
		return err
	}
	bps, err := s.svc.Revenue.PlatformFeeBps(ctx)
	if err != nil {
		return err
	}
	treasury, err := s.svc.Revenue.Treasury(ctx)
	if err != nil {
		return err
	}
	owed, err := s.svc.Revenue.PlatformFeesOwed(ctx)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{
		"platform_fee_bps": bps, "max_platform_fee_bps": contracts.MaxPlatformFeeBps,
		"treasury": treasury.Hex(), "platform_fees_owed": owed, "block": block,
	})
}

// operatorFeesJSON: accrued = withdrawn + available.
type operatorFeesJSON struct {
	Accrued   money.Amount `json:"accrued"`
	Withdrawn money.Amount `json:"withdrawn"`
	Available money.Amount `json:"available"`
}

// reserveJSON: accrued = withdrawn + balance.
type reserveJSON struct {
	Accrued   money.Amount `json:"accrued"`
	Withdrawn money.Amount `json:"withdrawn"`
	Balance   money.Amount `json:"balance"`
}

type assetEarningsJSON struct {
	AssetID      string           `json:"asset_id"`
	OperatorFees operatorFeesJSON `json:"operator_fees"`
	Reserve      reserveJSON      `json:"reserve"`
}

// yieldSnapshotTries bounds how often getOperatorEarnings rereads the
// mirror when the indexer moved on while it was reading (its assets are
// read one transaction each).
const yieldSnapshotTries = 5

// getOperatorEarnings answers, for every asset the address operates, its
// operator fees (accrued, withdrawn, available) and its reserve (accrued,
// withdrawn, balance) since tokenization, and their totals. From the
// mirror, as of the block it answers with.
func (s *Server) getOperatorEarnings(c echo.Context) error {
	raw := c.Param("address")
	if !common.IsHexAddress(raw) {
		return validation(fmt.Sprintf("address %q is not a 0x-hex address", clip(raw, 64)))
	}
	op := common.HexToAddress(raw)
	st := s.svc.Mirror.Store()
	for range yieldSnapshotTries {
		before, _, err := st.Cursor()
		if err != nil {
			return err
		}
		assets, total, err := s.earnings(st, op)
		if err != nil {
			return err
		}
		after, _, err := st.Cursor()
		if err != nil {
			return err
		}
		if after == before {
			return c.JSON(http.StatusOK, map[string]any{
				"address": op.Hex(), "assets": assets, "operator_fees": total.OperatorFees, "reserve": total.Reserve,
				"block": after.Number,
			})
		}
	}
	return newProblem(http.StatusServiceUnavailable, ProblemChainUnavailable, "Mirror busy",
		"the mirror advanced during every read of the operator's assets; retry")
}

// earnings reads the operator's assets' revenue pools from the mirror.
func (s *Server) earnings(st *ledger.Store, op common.Address) ([]assetEarningsJSON, assetEarningsJSON, error) {
	out := []assetEarningsJSON{}
	var total assetEarningsJSON
	var req ledger.PageRequest
	for {
		pg, err := st.Assets(ledger.AssetFilter{Operator: &op}, req)
		if err != nil {
			return nil, total, mirrorErr(err, "page")
		}
		for _, a := range pg.Items {
			p, err := st.RevenuePool(a.ID)
			if errors.Is(err, ledger.ErrNotFound) {
				p = ledger.RevenuePool{AssetID: a.ID}
			} else if err != nil {
				return nil, total, err
			}
			available, err := p.OperatorFees.Sub(p.OperatorFeesWithdrawn)
			if err != nil {
				return nil, total, fmt.Errorf("operator fees of asset %d: %w", a.ID, err)
			}
			balance, err := p.ReserveAccrued.Sub(p.ReserveWithdrawn)
			if err != nil {
				return nil, total, fmt.Errorf("reserve of asset %d: %w", a.ID, err)
			}
			e := assetEarningsJSON{
				AssetID:      id(a.ID),
				OperatorFees: operatorFeesJSON{Accrued: p.OperatorFees, Withdrawn: p.OperatorFeesWithdrawn, Available: available},
				Reserve:      reserveJSON{Accrued: p.ReserveAccrued, Withdrawn: p.ReserveWithdrawn, Balance: balance},
			}
			out = append(out, e)
			f, r := &total.OperatorFees, &total.Reserve
			f.Accrued, f.Withdrawn, f.Available = f.Accrued.Add(e.OperatorFees.Accrued), f.Withdrawn.Add(e.OperatorFees.Withdrawn), f.Available.Add(available)
			r.Accrued, r.Withdrawn, r.Balance = r.Accrued.Add(e.Reserve.Accrued), r.Withdrawn.Add(e.Reserve.Withdrawn), r.Balance.Add(balance)
		}
		if pg.Next == "" {
			return out, total, nil
		}
		req.After = pg.Next
	}
}
