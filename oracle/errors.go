package oracle

import "errors"

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

// noGPUError is an ErrNoGPU whose message is only its reason, so that a
// command can print it as one clear line.
type noGPUError struct{ msg string }

func (e *noGPUError) Error() string { return e.msg }

// Is makes errors.Is(err, ErrNoGPU) true.
func (e *noGPUError) Is(target error) bool { return target == ErrNoGPU }

func noGPU(msg string) error { return &noGPUError{msg: msg} }
