package api

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
)

// Oracle onboarding. Who reports an asset's telemetry, and how many of
// them a report needs, decide the SLA credits its operator pays; so they
// belong to the oracle admin alone (role oracle-admin, whose custodial key
// holds the TelemetryOracle's ORACLE_ADMIN_ROLE, or the admin, whose key
// holds it from deployment), never to the asset's operator: the route
// refuses an operator with 403 before anything is sent, and the contract
// would refuse it too (NotOracleAdmin). Anyone may read who covers an
// asset and which of its epochs are missing (getAssetOracle).
//
// Each write sends one transaction and answers from its receipt alone, so
// an Idempotency-Key retry finishes the transaction an earlier attempt
// sent instead of sending another. Checks that refuse a request before
// sending (a reporter already registered, a quorum under the floor) run
// only on a first attempt: on a retry, what they read may be the recorded
// transaction's own effect.

type reporterReq struct {
	Address string `json:"address" required:"true"`
}

type quorumReq struct {
	Quorum int `json:"quorum" required:"true"`
}

type reportWindowReq struct {
	MaxReportAgeSeconds int64 `json:"max_report_age_seconds" required:"true"`
}

// reporterAnswer answers the registration or removal of a reporter.
type reporterAnswer struct {
	AssetID  string `json:"asset_id"`
	Reporter string `json:"reporter"`
	// AddedBy or RemovedBy is the oracle admin who sent it.
	AddedBy   string `json:"added_by,omitempty"`
	RemovedBy string `json:"removed_by,omitempty"`
}

// addReporter registers a reporter of an asset (POST /v1/assets/:id/reporters).
func (s *Server) addReporter(c echo.Context) error {
	assetID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	var req reporterReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	reporter, err := reporterAddress("address", req.Address)
	if err != nil {
		return err
	}
	a, err := s.asset(c, assetID)
	if err != nil {
		return err
	}
	if err := preflight(c, func() error {
		if reporter == a.Operator {
			return newProblem(http.StatusConflict, ProblemConflict, "Operator cannot report",
				fmt.Sprintf("%s is the operator of asset %d: an operator never reports its own asset, whose SLA credits it pays; nothing was sent", reporter.Hex(), assetID))
		}
		have, err := s.svc.Telemetry.Reporters(c.Request().Context(), assetID)
		if err != nil {
			return err
		}
		switch {
		case slices.Contains(have, reporter):
			return newProblem(http.StatusConflict, ProblemConflict, "Already a reporter",
				fmt.Sprintf("%s is already a reporter of asset %d; nothing was sent", reporter.Hex(), assetID))
		case len(have) >= contracts.MaxReporters:
			return newProblem(http.StatusConflict, ProblemConflict, "Too many reporters",
				fmt.Sprintf("asset %d has %d reporters, the most an asset may have; remove one first; nothing was sent", assetID, len(have)))
		}
		return nil
	}); err != nil {
		return err
	}
	t, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusCreated, to: s.svc.Telemetry.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Telemetry.AddReporter(ctx, t, assetID, reporter)
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			ch, err := s.svc.Telemetry.ReporterAddedIn(r)
			if err != nil {
				return nil, err
			}
			return reporterAnswer{AssetID: id(ch.AssetID), Reporter: ch.Reporter.Hex(), AddedBy: ch.By.Hex()}, nil
		},
	})
}

// removeReporter unregisters a reporter of an asset (DELETE
// /v1/assets/:id/reporters/:address); its signatures are refused from the
// next block on.
func (s *Server) removeReporter(c echo.Context) error {
	assetID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	reporter, err := reporterAddress("address", c.Param("address"))
	if err != nil {
		return err
	}
	if _, err := s.asset(c, assetID); err != nil {
		return err
	}
	if err := preflight(c, func() error {
		ctx := c.Request().Context()
		have, err := s.svc.Telemetry.Reporters(ctx, assetID)
		if err != nil {
			return err
		}
		if !slices.Contains(have, reporter) {
			return notFound(fmt.Sprintf("%s is not a reporter of asset %d", reporter.Hex(), assetID))
		}
		q, err := s.svc.Telemetry.Quorum(ctx, assetID)
		if err != nil {
			return err
		}
		if left := len(have) - 1; left < int(q) {
			return newProblem(http.StatusConflict, ProblemConflict, "Quorum would be out of reach",
				fmt.Sprintf("removing %s would leave asset %d %d reporters, fewer than the %d a report needs; lower the quorum or register another reporter first; nothing was sent",
					reporter.Hex(), assetID, left, q))
		}
		return nil
	}); err != nil {
		return err
	}
	t, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Telemetry.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Telemetry.RemoveReporter(ctx, t, assetID, reporter)
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			ch, err := s.svc.Telemetry.ReporterRemovedIn(r)
			if err != nil {
				return nil, err
			}
			return reporterAnswer{AssetID: id(ch.AssetID), Reporter: ch.Reporter.Hex(), RemovedBy: ch.By.Hex()}, nil
		},
	})
}

// setQuorum sets how many distinct reporters a report of an asset needs
// (PUT /v1/assets/:id/quorum): at least the oracle's floor, at most the
// registered reporters.
func (s *Server) setQuorum(c echo.Context) error {
	assetID, err := pathID(c, "id")
	if err != nil {
		return err
	}
	var req quorumReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	if req.Quorum < 1 || req.Quorum > contracts.MaxReporters {
		return validation(fmt.Sprintf("quorum must be between 1 and %d, got %d", contracts.MaxReporters, req.Quorum))
	}
	quorum := uint8(req.Quorum)
	if _, err := s.asset(c, assetID); err != nil {
		return err
	}
	if err := preflight(c, func() error {
		ctx := c.Request().Context()
		floor, err := s.svc.Telemetry.MinQuorum(ctx)
		if err != nil {
			return err
		}
		if quorum < floor {
			return validation(fmt.Sprintf("quorum %d is below the oracle's floor of %d (min_quorum): no fewer than %d reporters may decide an epoch; nothing was sent",
				quorum, floor, floor))
		}
		have, err := s.svc.Telemetry.Reporters(ctx, assetID)
		if err != nil {
			return err
		}
		if int(quorum) > len(have) {
			return validation(fmt.Sprintf("quorum %d is more than the %d registered reporters of asset %d; register more first; nothing was sent",
				quorum, len(have), assetID))
		}
		return nil
	}); err != nil {
		return err
	}
	t, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Telemetry.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Telemetry.SetQuorum(ctx, t, assetID, quorum)
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			ch, err := s.svc.Telemetry.QuorumChangedIn(r)
			if err != nil {
				return nil, err
			}
			return map[string]any{"asset_id": id(ch.AssetID), "quorum": ch.New, "previous_quorum": ch.Previous, "set_by": ch.By.Hex()}, nil
		},
	})
}

// setReportWindow sets how long after its end an epoch may still be
// reported, for every asset (PUT /v1/oracle/report-window). It may not
// exceed the market's SLA report window: settlement gives up waiting for
// an epoch's report then, and a report arriving later would contradict
// what was settled.
func (s *Server) setReportWindow(c echo.Context) error {
	var req reportWindowReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	if req.MaxReportAgeSeconds < 1 || req.MaxReportAgeSeconds > int64(365*24*time.Hour/time.Second) {
		return validation(fmt.Sprintf("max_report_age_seconds must be between 1 and %d (a year), got %d",
			365*24*3600, req.MaxReportAgeSeconds))
	}
	age := time.Duration(req.MaxReportAgeSeconds) * time.Second
	if err := preflight(c, func() error {
		window, err := s.svc.Market.ReportWindow(c.Request().Context())
		if err != nil {
			return err
		}
		if window > 0 && age > window {
			return validation(fmt.Sprintf("max_report_age_seconds %d is longer than the market's SLA report window of %d s: a report could arrive after settlement gave up on its epoch; nothing was sent",
				req.MaxReportAgeSeconds, int64(window/time.Second)))
		}
		return nil
	}); err != nil {
		return err
	}
	t, err := s.caller(c)
	if err != nil {
		return err
	}
	return s.write(c, writeOp{
		status: http.StatusOK, to: s.svc.Telemetry.Address(),
		send: func(ctx context.Context) (*types.Receipt, error) {
			return s.svc.Telemetry.SetMaxReportAge(ctx, t, age)
		},
		answer: func(_ context.Context, r *types.Receipt) (any, error) {
			ch, err := s.svc.Telemetry.MaxReportAgeChangedIn(r)
			if err != nil {
				return nil, err
			}
			return map[string]any{
				"max_report_age_seconds":          int64(ch.New / time.Second),
				"previous_max_report_age_seconds": int64(ch.Previous / time.Second),
			}, nil
		},
	})
}

// reporterAddress reads a reporter's 0x-hex address, refusing the zero address.
func reporterAddress(field, raw string) (common.Address, error) {
	if !common.IsHexAddress(raw) {
		return common.Address{}, validation(fmt.Sprintf("%s %q is not a 0x-hex address", field, clip(raw, MaxAddressLen)))
	}
	a := common.HexToAddress(raw)
	if a == (common.Address{}) {
		return common.Address{}, validation(field + " is the zero address")
	}
	return a, nil
}

// defaultOracleEpochs is how many ended epochs GET /v1/assets/:id/oracle
// shows without from and to.
const defaultOracleEpochs = 48

// oracleEpochJSON is one epoch of an asset: reported, with who signed it
// and where, or missing, with until when it may still be reported.
type oracleEpochJSON struct {
	Epoch    uint64    `json:"epoch"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	Reported bool      `json:"reported"`
	// Reported epochs: the reporters whose observations the median took,
	// and the report's transaction.
	Reporters []string `json:"reporters,omitempty"`
	TxHash    string   `json:"tx_hash,omitempty"`
	Block     uint64   `json:"block,omitempty"`
	// Missing epochs: the end of their report window, and whether it was
	// still open at as_of.
	ReportableUntil *time.Time `json:"reportable_until,omitempty"`
	Reportable      *bool      `json:"reportable,omitempty"`
}

// getAssetOracle answers who covers an asset and which of its epochs are
// reported (GET /v1/assets/:id/oracle). The reporters, quorum, floor and
// report window are read from the chain (latest block); the epochs from
// the mirror, as of its block (`block`, whose time is `as_of`). The
// epochs listed are those starting in from..to (RFC 3339; default: the
// last 48 ended by as_of) that had ended by as_of, none before the epoch
// in which the asset was tokenized; at most ledger.MaxLimit of them.
func (s *Server) getAssetOracle(c echo.Context) error {
	assetID, period, err := assetPeriod(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	st := s.svc.Mirror.Store()
	a, err := st.Asset(assetID)
	if err != nil {
		return mirrorErr(err, fmt.Sprintf("asset %d", assetID))
	}
	tokenized, err := st.AssetLogs(assetID)
	if err != nil {
		return err
	}
	cursor, _, err := st.Cursor()
	if err != nil {
		return err
	}
	head, err := s.svc.Chain.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(cursor.Number))
	if err != nil {
		return err
	}
	asOf := time.Unix(int64(head.Time), 0).UTC()
	sched, err := s.svc.Telemetry.Schedule(ctx)
	if err != nil {
		return err
	}
	reporters, err := s.svc.Telemetry.Reporters(ctx, assetID)
	if err != nil {
		return err
	}
	quorum, err := s.svc.Telemetry.Quorum(ctx, assetID)
	if err != nil {
		return err
	}
	floor, err := s.svc.Telemetry.MinQuorum(ctx)
	if err != nil {
		return err
	}

	// The epochs asked for, ended by as_of, from the asset's first on.
	current := sched.At(asOf) // not ended yet
	first, last := uint64(0), current
	if current >= defaultOracleEpochs {
		first = current - defaultOracleEpochs
	}
	if !period.From.IsZero() {
		first, last = sched.At(period.From), sched.At(period.To.Add(-time.Nanosecond))+1
		if sched.Start(first).Before(period.From) {
			first++ // starts before from
		}
		last = min(last, current)
	}
	if len(tokenized) > 0 {
		first = max(first, sched.At(tokenized[0].Time))
	}
	epochs := []oracleEpochJSON{}
	missing := []uint64{}
	reported := 0
	if first < last {
		if last-first > ledger.MaxLimit {
			return validation(fmt.Sprintf("from..to spans %d epochs; at most %d per request", last-first, ledger.MaxLimit))
		}
		stored, err := st.EpochsBetween(assetID, first, last-1)
		if err != nil {
			return mirrorErr(err, "epochs")
		}
		byEpoch := make(map[uint64]ledger.Epoch, len(stored))
		for _, e := range stored {
			byEpoch[e.Epoch] = e
		}
		for n := first; n < last; n++ {
			ep := oracleEpochJSON{Epoch: n, Start: sched.Start(n).UTC(), End: sched.End(n).UTC()}
			if e, ok := byEpoch[n]; ok {
				ep.Reported, ep.TxHash, ep.Block = true, e.Ref.TxHash.Hex(), e.Ref.Block
				for _, o := range e.Observations {
					ep.Reporters = append(ep.Reporters, o.Reporter.Hex())
				}
				reported++
			} else {
				until := ep.End.Add(sched.MaxReportAge)
				open := !asOf.After(until)
				ep.ReportableUntil, ep.Reportable = &until, &open
				missing = append(missing, n)
			}
			epochs = append(epochs, ep)
		}
	}
	hexes := make([]string, len(reporters))
	for i, r := range reporters {
		hexes[i] = r.Hex()
	}
	return c.JSON(http.StatusOK, map[string]any{
		"asset_id": id(assetID), "operator": a.Operator.Hex(),
		"reporters": hexes, "quorum": quorum, "min_quorum": floor,
		"epoch_length_seconds":   int64(sched.Length / time.Second),
		"max_report_age_seconds": int64(sched.MaxReportAge / time.Second),
		"as_of":                  asOf, "reported": reported, "missing": missing, "epochs": epochs,
		"block": cursor.Number,
	})
}
