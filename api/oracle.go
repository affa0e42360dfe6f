package api

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/contracts"
)

type reportReq struct {
	AssetID      string           `json:"asset_id"`
	Epoch        uint64           `json:"epoch"`
	Observations []observationReq `json:"observations"`
}

type observationReq struct {
	contracts.Observation
	Signature string `json:"signature"` // 0x-hex, 65 bytes
}

// postReport forwards reporters' signed observations of one epoch to the
// TelemetryOracle in one transaction. The signatures carry the authority;
// the caller only pays the gas.
func (s *Server) postReport(c echo.Context) error {
	var req reportReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	assetID, err := strconv.ParseUint(req.AssetID, 10, 64)
	if err != nil || assetID == 0 {
		return validation(fmt.Sprintf("asset_id %q is not a positive decimal id", req.AssetID))
	}
	if len(req.Observations) == 0 || len(req.Observations) > contracts.MaxReporters {
		return validation(fmt.Sprintf("observations must hold 1 to %d signed observations", contracts.MaxReporters))
	}
	signed := make([]contracts.SignedObservation, len(req.Observations))
	for i, o := range req.Observations {
		sig, err := hexutil.Decode(o.Signature)
		if err != nil || len(sig) != 65 {
			return validation(fmt.Sprintf("observations[%d].signature must be 65 bytes of 0x-hex", i))
		}
		signed[i] = contracts.SignedObservation{Observation: o.Observation, Signature: sig}
	}
	if _, err := s.asset(c, assetID); err != nil {
		return err
	}
	t, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusCreated, to: s.svc.Telemetry.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Telemetry.Submit(ctx, t, assetID, req.Epoch, signed)
		},
		answer: func(context.Context, *types.Receipt) (any, error) {
			return map[string]any{"asset_id": id(assetID), "epoch": req.Epoch, "observations": len(signed)}, nil
		},
	})
}
