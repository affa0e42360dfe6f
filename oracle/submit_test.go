package oracle

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/telemetryoracle"
)

// flaky is an oracle whose Submit fails once with a transport error:
// before sending (lost request) or after the transaction was mined (lost
// receipt).
type flaky struct {
	*contracts.Telemetry
	afterSend bool
	failed    bool
}

var errTransport = errors.New("connection reset by peer")

func (f *flaky) Submit(ctx context.Context, s contracts.Sender, assetID, epoch uint64, obs []contracts.SignedObservation) (*types.Receipt, error) {
	if f.failed {
		return f.Telemetry.Submit(ctx, s, assetID, epoch, obs)
	}
	f.failed = true
	if f.afterSend {
		if _, err := f.Telemetry.Submit(ctx, s, assetID, epoch, obs); err != nil {
			return nil, err
		}
	}
	return nil, errTransport
}

func signAll(t *testing.T, d contracts.TelemetryDomain, asset, epoch uint64, o contracts.Observation, signers ...Signer) []contracts.SignedObservation {
	t.Helper()
	var out []contracts.SignedObservation
	for _, s := range signers {
		so, err := s.Sign(d, asset, epoch, o)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, so)
	}
	return out
}

func TestSubmitterRetriesSafely(t *testing.T) {
	r := []Signer{NewKeySigner(SimReporterKey(5, 0)), NewKeySigner(SimReporterKey(5, 1)), NewKeySigner(SimReporterKey(5, 2))}
	oc := newOracleChain(t, r, 2)
	relayer := oc.account(t)
	a := oc.asset.ID
	good := contracts.Observation{UtilisationBps: 7000, AvailabilityBps: 9990, EnergyWh: 6000, AvgPowerW: 6000}
	e := oc.sched.At(oc.head(t)) - 1
	sub := oc.submitter(t, relayer, nil)

	// Stored, then the same epoch again: done, nothing sent.
	res, err := sub.Submit(oc.ctx, a, e, signAll(t, oc.domain, a, e, good, r...))
	if err != nil || res.Status != Stored || res.Record.Median != good || res.Record.Observations != 3 || res.Attempts != 1 {
		t.Fatalf("first submit: %+v %v", res, err)
	}
	n := oc.nonce(t, relayer)
	res, err = sub.Submit(oc.ctx, a, e, signAll(t, oc.domain, a, e, good, r...))
	if err != nil || res.Status != AlreadyStored || res.Record.Median != good || res.Attempts != 0 || oc.nonce(t, relayer) != n {
		t.Fatalf("submit again: %+v %v", res, err)
	}
	// An older epoch is still reportable within its own window, though a
	// newer one is stored.
	if res, err := sub.Submit(oc.ctx, a, e-1, signAll(t, oc.domain, a, e-1, good, r...)); err != nil || res.Status != Stored {
		t.Fatalf("older epoch: %+v %v", res, err)
	}

	// A receipt lost after the transaction was mined: the retry finds the
	// epoch stored. A request lost before sending: the retry stores it.
	for _, afterSend := range []bool{true, false} {
		if err := oc.chain.AdjustTime(oc.sched.Length); err != nil {
			t.Fatal(err)
		}
		e := oc.sched.At(oc.head(t)) - 1
		res, err := oc.submitter(t, relayer, &flaky{Telemetry: oc.tel, afterSend: afterSend}).
			Submit(oc.ctx, a, e, signAll(t, oc.domain, a, e, good, r...))
		want := map[bool]SubmitStatus{true: AlreadyStored, false: Stored}[afterSend]
		if err != nil || res.Status != want || !res.Record.Reported || res.Attempts != map[bool]int{true: 1, false: 2}[afterSend] {
			t.Fatalf("transport error (after send %v): %+v %v", afterSend, res, err)
		}
	}

	// Faulty observations are dropped; the rest still meet the quorum.
	if err := oc.chain.AdjustTime(oc.sched.Length); err != nil {
		t.Fatal(err)
	}
	e = oc.sched.At(oc.head(t)) - 1
	outsider := NewKeySigner(SimReporterKey(6, 0))
	obs := signAll(t, oc.domain, a, e, good, r[0], r[1], r[0], outsider)
	liar, _ := r[2].Sign(oc.domain, a, e, contracts.Observation{AvgPowerW: 20_000, EnergyWh: 20_000}) // above 110% of 10200 W
	obs = append(obs, liar)
	obs[1].Signature = obs[1].Signature[:64] // malformed: r[1] is dropped too
	res, err = sub.Submit(oc.ctx, a, e, obs)
	if !errors.Is(err, ErrBelowQuorum) || len(res.Dropped) != 4 {
		t.Fatalf("one valid observation of quorum 2: %+v %v", res, err)
	}
	if oc.nonce(t, relayer) != n+3 { // the older epoch and the two reports stored since; nothing for this one
		t.Errorf("a report below quorum was sent")
	}
	obs[1] = signAll(t, oc.domain, a, e, good, r[1])[0]
	res, err = sub.Submit(oc.ctx, a, e, obs)
	if err != nil || res.Status != Stored || res.Record.Observations != 2 || len(res.Dropped) != 3 {
		t.Fatalf("with the faulty ones dropped: %+v %v", res, err)
	}

	// A refusal retrying cannot fix comes back at once, decoded.
	if err := oc.chain.AdjustTime(oc.sched.Length); err != nil {
		t.Fatal(err)
	}
	e = oc.sched.At(oc.head(t)) - 1
	addr := oc.tel.Address()
	if _, err := oc.admin.SendAndWait(oc.ctx, &addr, telemetryoracle.NewTelemetryOracle().PackPause(), nil); err != nil {
		t.Fatal(err)
	}
	res, err = sub.Submit(oc.ctx, a, e, signAll(t, oc.domain, a, e, good, r...))
	if !errors.Is(err, ErrRefused) || res.Attempts != 1 {
		t.Fatalf("paused oracle: %+v %v", res, err)
	}
	// A cancelled context stops the retries.
	ctx, cancel := context.WithCancel(oc.ctx)
	cancel()
	if _, err := sub.Submit(ctx, a, e, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
