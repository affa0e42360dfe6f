package oracle

import (
	"errors"
	"fmt"
	"strings"
)

// Errors of opening a GPU source.
var (
	// ErrNoGPU is matched (errors.Is) by the errors of OpenNVML and OpenSMI
	// when the machine has no NVIDIA driver, library, tool or GPU. Those
	// errors' messages are only the reason, on one line, such as
	// "nvml: no NVIDIA driver found (libnvidia-ml.so.1)".
	ErrNoGPU = errors.New("no usable NVIDIA GPU")
	// ErrUnsupported is returned when a GPU lacks a reading the oracle needs
	// (utilisation on a MIG-partitioned GPU, for instance).
	ErrUnsupported = errors.New("unsupported GPU")
)

// Errors of the dcgm source (a dcgm-exporter or any Prometheus text
// endpoint). Their messages are one line that starts with "dcgm:", names
// the endpoint (without credentials) and says why.
var (
	// ErrScrape is matched by the errors of OpenDCGM and DCGM.Sample when
	// the endpoint cannot be read: a refused or timed-out connection, a
	// status other than 200, a body too large or not in a Prometheus
	// exposition format.
	ErrScrape = errors.New("metrics endpoint unreadable")
	// ErrMissingMetric is matched when the endpoint serves no series of a
	// metric the source needs (DCGM_FI_DEV_GPU_UTIL or
	// DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION): dcgm-exporter's counters file
	// does not collect it.
	ErrMissingMetric = errors.New("metric missing from the endpoint")
	// ErrUnknownGPU is returned by OpenDCGM when a GPU UUID it was asked
	// for is not on the endpoint.
	ErrUnknownGPU = errors.New("GPU not on the endpoint")
	// ErrGPUCount is returned by DCGM.CheckGPUs when the source reads a
	// number of GPUs other than the asset's.
	ErrGPUCount = errors.New("GPU count differs from the asset's")
)

// Errors of aggregation.
var (
	// ErrOutOfWindow is returned by Aggregator.Add for a sample taken
	// before the epoch starts, or after the closing sample.
	ErrOutOfWindow = errors.New("sample outside the epoch")
	// ErrOutOfOrder is returned by Aggregator.Add for a sample older than
	// the previous one.
	ErrOutOfOrder = errors.New("sample older than the previous one")
	// ErrBadWindow is returned by NewAggregator for an epoch length that is
	// not a positive multiple of the sampling interval.
	ErrBadWindow = errors.New("epoch length must be a positive multiple of the sampling interval")
)

// Errors of signing and verification.
var (
	// ErrKeystore is returned when a keystore file cannot be read or
	// decrypted (wrong passphrase included).
	ErrKeystore = errors.New("keystore")
	// ErrInvalidSignedObservation is returned by Verify for an observation
	// whose signature or values the contract would refuse.
	ErrInvalidSignedObservation = errors.New("invalid signed observation")
)

// Errors of submission.
var (
	// ErrBelowQuorum is returned by Submitter.Submit when fewer valid
	// observations of distinct registered reporters remain than the asset's
	// quorum: sending would revert, so nothing is sent. Retrying the same
	// observations cannot succeed.
	ErrBelowQuorum = errors.New("fewer valid observations than the quorum")
	// ErrRefused is returned by Submitter.Submit when the contract refuses
	// the report for a reason retrying cannot fix; the decoded revert is
	// wrapped with it.
	ErrRefused = errors.New("report refused by the oracle contract")
)

// lineError is an error whose message is only its reason, on one line, so
// that a command can print it as is, and that matches its kind with
// errors.Is.
type lineError struct {
	kind error
	msg  string
}

func (e *lineError) Error() string { return e.msg }

// Is makes errors.Is(err, kind) true.
func (e *lineError) Is(target error) bool { return target == e.kind }

// lineErrorf formats a lineError of kind; newlines in the arguments are
// folded so that the message stays on one line.
func lineErrorf(kind error, format string, args ...any) error {
	return &lineError{kind: kind, msg: strings.Join(strings.Fields(fmt.Sprintf(format, args...)), " ")}
}

func noGPU(msg string) error { return &lineError{kind: ErrNoGPU, msg: msg} }
