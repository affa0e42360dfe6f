package oracle

import (
	"context"
	"time"
)

// Source samples one set of GPUs, those of one machine or one asset.
//
// Sample reads every GPU once, now. An error means no sample at all (the
// aggregator counts the slot as missing); a GPU that cannot be read is
// returned as unhealthy instead. Implementations need not be safe for
// concurrent use: the agent samples each source from one goroutine.
type Source interface {
	Sample(ctx context.Context) (Sample, error)
	Close() error
}

// Sample is one reading of every GPU of a set at one instant.
type Sample struct {
	// Time is when the readings were taken.
	Time time.Time
	// GPUs holds one reading per GPU, in a stable order.
	GPUs []GPUSample
}

// GPUSample is one GPU's reading. Readings a GPU could not give are marked
// absent (Has… false) rather than reported as zero.
type GPUSample struct {
	// ID names the GPU stably across samples (its UUID where known).
	ID string
	// Healthy is true when the GPU answered: its utilisation was read and
	// it reported no fault. An unhealthy GPU counts as unavailable.
	Healthy bool
	// UtilisationPct is the share of time a kernel ran, 0..100; valid when Healthy.
	UtilisationPct uint32
	// PowerMilliW is the power draw in milliwatts; valid when HasPower.
	PowerMilliW uint64
	HasPower    bool
	// EnergyMilliJ is the GPU's total energy counter in millijoules since
	// the driver loaded; valid when HasEnergy. It only grows, except when
	// the driver reloads (reset) or, in theory, wraps.
	EnergyMilliJ uint64
	HasEnergy    bool
}
