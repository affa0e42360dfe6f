package oracle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
)

// Reporting is what the submitter needs of the oracle contract;
// *contracts.Telemetry implements it.
type Reporting interface {
	Submit(ctx context.Context, s contracts.Sender, assetID, epoch uint64, obs []contracts.SignedObservation) (*types.Receipt, error)
	Epoch(ctx context.Context, assetID, epoch uint64) (contracts.EpochRecord, error)
	Reporters(ctx context.Context, assetID uint64) ([]common.Address, error)
	Quorum(ctx context.Context, assetID uint64) (uint8, error)
}

var _ Reporting = (*contracts.Telemetry)(nil)

// SubmitterConfig configures a Submitter. Nil and zero fields take the
// default their comment states.
type SubmitterConfig struct {
	// Oracle is the TelemetryOracle (required).
	Oracle Reporting
	// Sender sends the report transactions (required). Anyone may send a
	// report; it pays the gas.
	Sender contracts.Sender
	// Domain is the oracle's EIP-712 domain (required).
	Domain contracts.TelemetryDomain
	// RatedPowerW and EpochLength let the submitter drop observations the
	// contract would refuse (power above tolerance, inconsistent energy);
	// 0 skips those checks.
	RatedPowerW uint32
	EpochLength time.Duration
	// Attempts bounds the sends of one report (default 5).
	Attempts int
	// Backoff is the wait before the second attempt, doubling after each
	// (default 1s, at most 30s).
	Backoff time.Duration
	// Log defaults to slog.Default().
	Log *slog.Logger
}

// Submitter sends the signed observations of an epoch in one transaction.
// It is safe for concurrent use (for distinct epochs; the contract settles
// races on one epoch: the first report stored wins).
type Submitter struct {
	cfg SubmitterConfig
}

// NewSubmitter returns a submitter.
func NewSubmitter(cfg SubmitterConfig) (*Submitter, error) {
	if cfg.Oracle == nil || cfg.Sender == nil || cfg.Domain.ChainID == nil {
		return nil, errors.New("new submitter: oracle, sender and domain are required")
	}
	if cfg.Attempts <= 0 {
		cfg.Attempts = 5
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	return &Submitter{cfg: cfg}, nil
}

// SubmitStatus says how a submission ended.
type SubmitStatus string

// Submission outcomes; none of them is an error.
const (
	// Stored: this submitter's transaction stored the report.
	Stored SubmitStatus = "stored"
	// AlreadyStored: the epoch was already stored (by an earlier attempt
	// whose receipt was lost, or by another submitter).
	AlreadyStored SubmitStatus = "already stored"
)

// Each epoch has its own report window (from its end to its end plus the
// oracle's maximum report age) whatever else is stored: a newer epoch
// stored first never makes an older one unreportable. An epoch whose window
// has closed is refused with EpochTooOld (ErrRefused).

// Dropped is an observation the submitter left out, and why.
type Dropped struct {
	Index    int
	Reporter common.Address // zero when the signature did not recover
	Reason   string
}

// SubmitResult is the outcome of Submit.
type SubmitResult struct {
	Status SubmitStatus
	// Receipt is the storing transaction's receipt (Stored only).
	Receipt *types.Receipt
	// Record is what the chain holds for the epoch (Stored, AlreadyStored).
	Record contracts.EpochRecord
	// Reporters are the reporters whose observations were sent.
	Reporters []common.Address
	// Dropped lists the observations left out.
	Dropped []Dropped
	// Attempts is how many transactions were tried.
	Attempts int
}

// Submit sends the report of asset assetID's epoch with the observations
// of obs that the contract would accept, and retries safely:
//
//   - the epoch already stored is done (AlreadyStored, not an error), so a
//     retry after a lost receipt or a race with another submitter is harmless;
//   - observations with bad signatures, values out of tolerance, from
//     unregistered reporters, or repeating a reporter are dropped (so one
//     faulty reporter cannot block the others); fewer than the quorum left
//     returns ErrBelowQuorum without sending;
//   - transport errors and a chain not yet past the epoch's end are retried
//     with backoff, up to Attempts; other contract refusals return
//     ErrRefused with the decoded revert.
//
// It honours ctx while waiting.
func (s *Submitter) Submit(ctx context.Context, assetID, epoch uint64, obs []contracts.SignedObservation) (SubmitResult, error) {
	var res SubmitResult
	fail := func(err error) (SubmitResult, error) {
		return res, fmt.Errorf("submit report of asset %d epoch %d: %w", assetID, epoch, err)
	}
	if done, err := s.settled(ctx, assetID, epoch, &res); done || err != nil {
		if err != nil {
			return fail(err)
		}
		return res, nil
	}
	send, err := s.filter(ctx, assetID, epoch, obs, &res)
	if err != nil {
		return fail(err)
	}
	backoff := s.cfg.Backoff
	for {
		res.Attempts++
		rcpt, err := s.cfg.Oracle.Submit(ctx, s.cfg.Sender, assetID, epoch, send)
		if err == nil {
			res.Status, res.Receipt = Stored, rcpt
			if res.Record, err = s.cfg.Oracle.Epoch(ctx, assetID, epoch); err != nil {
				return fail(err)
			}
			return res, nil
		}
		var re *chain.RevertError
		if errors.As(err, &re) {
			switch re.Name {
			case "EpochAlreadyReported":
				// Stored meanwhile (our lost attempt, or another submitter).
				if _, err := s.settled(ctx, assetID, epoch, &res); err != nil {
					return fail(err)
				}
				return res, nil
			case "EpochNotEnded":
				// The chain's clock lags the epoch's end: wait.
			case "":
				// A revert without data (a failed transaction whose replay
				// passed): state changed under us; look again.
			default:
				return fail(fmt.Errorf("%w: %w", ErrRefused, err))
			}
		}
		if ctx.Err() != nil {
			return fail(ctx.Err())
		}
		// A transport error or a receipt timeout: the transaction may have
		// been mined after all.
		if done, serr := s.settled(ctx, assetID, epoch, &res); done && serr == nil {
			return res, nil
		}
		if res.Attempts >= s.cfg.Attempts {
			return fail(fmt.Errorf("gave up after %d attempts: %w", res.Attempts, err))
		}
		s.cfg.Log.Warn("report not stored; retrying", "asset", assetID, "epoch", epoch, "attempt", res.Attempts,
			"wait", backoff, "err", err)
		select {
		case <-ctx.Done():
			return fail(ctx.Err())
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 30*time.Second)
	}
}

// settled reports whether the epoch needs no report: stored (res gets
// AlreadyStored and the record). Newer epochs stored do not settle it.
func (s *Submitter) settled(ctx context.Context, assetID, epoch uint64, res *SubmitResult) (bool, error) {
	rec, err := s.cfg.Oracle.Epoch(ctx, assetID, epoch)
	if err != nil || !rec.Reported {
		return false, err
	}
	res.Status, res.Record = AlreadyStored, rec
	return true, nil
}

// filter keeps the observations the contract would accept.
func (s *Submitter) filter(ctx context.Context, assetID, epoch uint64, obs []contracts.SignedObservation, res *SubmitResult) ([]contracts.SignedObservation, error) {
	registered, err := s.cfg.Oracle.Reporters(ctx, assetID)
	if err != nil {
		return nil, err
	}
	quorum, err := s.cfg.Oracle.Quorum(ctx, assetID)
	if err != nil {
		return nil, err
	}
	x := Expect{Domain: s.cfg.Domain, AssetID: assetID, Epoch: epoch, RatedPowerW: s.cfg.RatedPowerW, EpochLength: s.cfg.EpochLength}
	var keep []contracts.SignedObservation
	for i, so := range obs {
		addr, err := Verify(x, so)
		switch {
		case err != nil:
			res.Dropped = append(res.Dropped, Dropped{Index: i, Reporter: addr, Reason: err.Error()})
		case !slices.Contains(registered, addr):
			res.Dropped = append(res.Dropped, Dropped{Index: i, Reporter: addr, Reason: "not a registered reporter"})
		case slices.Contains(res.Reporters, addr):
			res.Dropped = append(res.Dropped, Dropped{Index: i, Reporter: addr, Reason: "second observation of this reporter"})
		case len(keep) == contracts.MaxReporters:
			res.Dropped = append(res.Dropped, Dropped{Index: i, Reporter: addr, Reason: "more than MaxReporters observations"})
		default:
			keep = append(keep, so)
			res.Reporters = append(res.Reporters, addr)
		}
	}
	for _, d := range res.Dropped {
		s.cfg.Log.Warn("observation dropped", "asset", assetID, "epoch", epoch, "index", d.Index, "reporter", d.Reporter, "reason", d.Reason)
	}
	if quorum == 0 || len(keep) < int(quorum) {
		return nil, fmt.Errorf("%w: %d valid observations, quorum %d", ErrBelowQuorum, len(keep), quorum)
	}
	return keep, nil
}
