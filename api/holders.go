package api

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

type transferReq struct {
	To     string           `json:"to"`
	Shares contracts.Shares `json:"shares"`
}

// transferShares moves the caller's shares of an asset; the revenue accrued
// so far stays with the seller, what accrues next follows the shares.
func (s *Server) transferShares(c echo.Context) error {
	assetID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	var req transferReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	if !common.IsHexAddress(req.To) {
		return validation(fmt.Sprintf("to %q is not a 0x-hex address", req.To))
	}
	if req.Shares.Int() == nil || req.Shares.Int().Sign() <= 0 {
		return validation("shares must be a positive whole number")
	}
	if _, err := s.asset(c, assetID); err != nil {
		return err
	}
	from, err := s.caller(c)
	if err != nil {
		return err
	}
	held, err := s.svc.Assets.SharesOf(c.Request().Context(), from.Address(), assetID)
	if err != nil {
		return err
	}
	if held.Int().Cmp(req.Shares.Int()) < 0 {
		return validation(fmt.Sprintf("you hold %s shares of asset %d, not %s", held, assetID, req.Shares))
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Assets.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Assets.Transfer(ctx, from, common.HexToAddress(req.To), assetID, req.Shares)
		},
		answer: func(context.Context, *types.Receipt) (any, error) {
			return map[string]any{
				"asset_id": strconv.FormatUint(assetID, 10), "from": from.Address().Hex(), "to": common.HexToAddress(req.To).Hex(), "shares": req.Shares,
			}, nil
		},
	})
}

type claimReq struct {
	AssetIDs []string `json:"asset_ids"`
}

// claim pays the caller its claimable revenue of the assets in one transaction.
func (s *Server) claim(c echo.Context) error {
	var req claimReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	if len(req.AssetIDs) == 0 || len(req.AssetIDs) > 100 {
		return validation("asset_ids must name 1 to 100 assets")
	}
	ids := make([]uint64, len(req.AssetIDs))
	for i, raw := range req.AssetIDs {
		id, err := strconv.ParseUint(raw, 10, 64)
		if err != nil || id == 0 {
			return validation(fmt.Sprintf("asset id %q is not a positive decimal id", raw))
		}
		if _, err := s.asset(c, id); err != nil {
			return err
		}
		ids[i] = id
	}
	holder, err := s.caller(c)
	if err != nil {
		return err
	}
	if !recorded(c) {
		// Nothing to claim: answer so without mining a transaction that
		// would pay nothing.
		hs := make([]contracts.Holding, len(ids))
		for i, id := range ids {
			hs[i] = contracts.Holding{AssetID: id, Holder: holder.Address()}
		}
		cs, err := s.svc.Revenue.ClaimableBatch(c.Request().Context(), hs...)
		if err != nil {
			return err
		}
		if !slices.ContainsFunc(cs, func(c contracts.Claimable) bool { return !c.Amount.IsZero() }) {
			return c.JSON(http.StatusOK, map[string]any{
				"claimed": money.Zero, "by_asset": map[string]money.Amount{},
				"note": "nothing to claim: no transaction sent",
			})
		}
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Revenue.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Revenue.Claim(ctx, holder, ids...)
			return r, err
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			res, err := s.svc.Revenue.ClaimIn(r)
			if err != nil {
				return nil, err
			}
			by := map[string]money.Amount{}
			for id, a := range res.ByAsset {
				by[strconv.FormatUint(id, 10)] = a
			}
			return map[string]any{"claimed": res.Total, "by_asset": by}, nil
		},
	})
}
