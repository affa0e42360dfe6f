package api

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/chain"
)

// getAsset answers one tokenized asset as recorded on chain.
func (s *Server) getAsset(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	a, err := s.svc.Assets.Get(c.Request().Context(), id)
	var re *chain.RevertError
	if errors.As(err, &re) && re.Name == "UnknownAsset" {
		return notFound(fmt.Sprintf("asset %d does not exist", id))
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, assetJSON{ID: strconv.FormatUint(a.ID, 10), Operator: a.Operator.Hex(), AssetSpec: a.AssetSpec})
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
