//go:build !(linux && cgo)

package oracle

import (
	"context"
	"errors"
)

// NVML is the GPU source reading NVIDIA's management library. This build
// (not Linux, or without cgo) cannot load it: OpenNVML always fails.
type NVML struct{}

// OpenNVML returns an error matching ErrNoGPU: NVML needs Linux and cgo.
func OpenNVML() (*NVML, error) {
	return nil, noGPU("nvml: not available in this build (needs Linux and cgo); use --source nvidia-smi")
}

// GPUs returns 0.
func (n *NVML) GPUs() int { return 0 }

// Sample fails.
func (n *NVML) Sample(context.Context) (Sample, error) {
	return Sample{}, errors.New("nvml: not available")
}

// Close does nothing.
func (n *NVML) Close() error { return nil }
