package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

func exampleAsset() contracts.AssetSpec {
	return contracts.AssetSpec{GPUModel: "H100-SXM5-80GB", GPUCount: 8, RatedPowerW: 10200, Location: "US-TX-1",
		BookValue: money.MustParse("280000"), UsefulLifeMonths: 48, Shares: contracts.NewShares(big.NewInt(1_000_000))}
}

// createAsset tokenizes a GPU node; the caller becomes its operator and
// receives every share.
func (s *Server) createAsset(c echo.Context) error {
	var spec contracts.AssetSpec
	if err := decodeBody(c, &spec); err != nil {
		return err
	}
	if err := spec.Validate(); err != nil {
		return validation(err.Error())
	}
	op, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusCreated, to: s.svc.Assets.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			_, r, err := s.svc.Assets.Tokenize(ctx, op, spec)
			return r, err
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			a, err := s.svc.Assets.AssetIn(r)
			return toAssetJSON(a), err
		},
	})
}

// getAsset answers one tokenized asset from the mirror, as the list
// answers it (no chain call), or from the chain while the mirror has not
// seen it yet.
func (s *Server) getAsset(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	a, err := s.svc.Mirror.Store().Asset(id)
	if errors.Is(err, ledger.ErrNotFound) {
		a, err = s.asset(c, id)
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, toAssetJSON(a))
}

func (s *Server) asset(c echo.Context, id uint64) (contracts.Asset, error) {
	a, err := s.svc.Assets.Get(c.Request().Context(), id)
	if isRevert(err, "UnknownAsset") {
		return contracts.Asset{}, notFound(fmt.Sprintf("asset %d does not exist", id))
	}
	return a, err
}

// pathID reads a positive decimal id from the path.
func pathID(c echo.Context, name string) (uint64, error) {
	raw := c.Param(name)
	id, err := strconv.ParseUint(raw, 10, 64)
	if err != nil || id == 0 {
		return 0, validation(fmt.Sprintf("%s %q is not a positive decimal id", name, raw))
	}
	return id, nil
}

func isRevert(err error, name string) bool {
	var re *chain.RevertError
	return errors.As(err, &re) && re.Name == name
}
