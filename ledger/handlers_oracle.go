package ledger

import (
	"github.com/gpuledger/gpuledger/contracts/bindings/telemetryoracle"
)

var oracleABI = telemetryoracle.NewTelemetryOracle()

// onEpochReported records an oracle epoch: the stored medians and every
// observation with its reporter.
func onEpochReported(c *logCtx) error {
	ev, err := oracleABI.UnpackEpochReportedEvent(c.log)
	if err != nil {
		return malformed("EpochReported: %v", err)
	}
	assetID, err := id("asset id", ev.AssetId)
	if err != nil {
		return err
	}
	if len(ev.Reporters) != len(ev.Observations) {
		return malformed("EpochReported: %d reporters, %d observations", len(ev.Reporters), len(ev.Observations))
	}
	if c.get(bEpochs, idIDKey(assetID, ev.Epoch)) != nil {
		return inconsistent("epoch %d of asset %d reported twice", ev.Epoch, assetID)
	}
	e := Epoch{
		AssetID: assetID, Epoch: ev.Epoch,
		UtilisationBps: ev.Median.UtilisationBps, AvailabilityBps: ev.Median.AvailabilityBps,
		EnergyWh: ev.Median.EnergyWh, AvgPowerW: ev.Median.AvgPowerW,
		Submitter: ev.Submitter, Time: c.blk.Time, Ref: c.ref,
		Observations: make([]Observation, len(ev.Observations)),
	}
	for i, o := range ev.Observations {
		e.Observations[i] = Observation{Reporter: ev.Reporters[i], UtilisationBps: o.UtilisationBps,
			AvailabilityBps: o.AvailabilityBps, EnergyWh: o.EnergyWh, AvgPowerW: o.AvgPowerW}
	}
	return c.putJSON(bEpochs, idIDKey(assetID, ev.Epoch), e)
}
