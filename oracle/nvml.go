//go:build linux && cgo

package oracle

import (
	"context"
	"fmt"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// NVML is the GPU source reading NVIDIA's management library directly:
// utilisation, power and the total energy counter of every GPU. The library
// (libnvidia-ml.so.1, installed with the driver) is loaded when the source
// opens, so the binary builds and runs on machines without a GPU.
//
// It is safe for concurrent use (NVML is thread-safe).
type NVML struct {
	lib     nvml.Interface
	devices []nvml.Device
	ids     []string
	now     func() time.Time
}

// OpenNVML loads NVML and opens every GPU. Without the library, a driver or
// a GPU it returns an error matching ErrNoGPU with a one-line reason, such
// as "nvml: no NVIDIA driver found (libnvidia-ml.so.1)"; a GPU that does
// not report utilisation (a MIG-partitioned one) returns ErrUnsupported.
// It never panics.
func OpenNVML() (*NVML, error) {
	lib := nvml.New()
	switch ret := lib.Init(); ret {
	case nvml.SUCCESS:
	case nvml.ERROR_LIBRARY_NOT_FOUND:
		return nil, noGPU("nvml: no NVIDIA driver found (libnvidia-ml.so.1)")
	case nvml.ERROR_DRIVER_NOT_LOADED:
		return nil, noGPU("nvml: the NVIDIA driver is not loaded")
	case nvml.ERROR_NO_PERMISSION:
		return nil, noGPU("nvml: no permission to talk to the NVIDIA driver")
	default:
		return nil, noGPU("nvml: init: " + lib.ErrorString(ret))
	}
	n := &NVML{lib: lib, now: time.Now}
	count, ret := lib.DeviceGetCount()
	if ret != nvml.SUCCESS {
		lib.Shutdown()
		return nil, noGPU("nvml: count GPUs: " + lib.ErrorString(ret))
	}
	if count == 0 {
		lib.Shutdown()
		return nil, noGPU("nvml: no NVIDIA GPU found")
	}
	for i := 0; i < count; i++ {
		dev, ret := lib.DeviceGetHandleByIndex(i)
		if ret != nvml.SUCCESS {
			lib.Shutdown()
			return nil, noGPU(fmt.Sprintf("nvml: open GPU %d: %s", i, lib.ErrorString(ret)))
		}
		uuid, ret := dev.GetUUID()
		if ret != nvml.SUCCESS {
			uuid = fmt.Sprintf("index-%d", i)
		}
		if _, ret := dev.GetUtilizationRates(); ret == nvml.ERROR_NOT_SUPPORTED {
			lib.Shutdown()
			return nil, fmt.Errorf("%w: nvml: GPU %d (%s) does not report utilisation (MIG mode?)", ErrUnsupported, i, uuid)
		}
		n.devices = append(n.devices, dev)
		n.ids = append(n.ids, uuid)
	}
	return n, nil
}

// GPUs returns the number of GPUs opened.
func (n *NVML) GPUs() int { return len(n.devices) }

// Sample reads every GPU. A GPU whose utilisation cannot be read (lost,
// fallen off the bus) is unhealthy; power and energy are kept when they
// can be read. The energy counter is absent on GPUs older than Volta.
func (n *NVML) Sample(ctx context.Context) (Sample, error) {
	if err := ctx.Err(); err != nil {
		return Sample{}, err
	}
	s := Sample{Time: n.now(), GPUs: make([]GPUSample, len(n.devices))}
	for i, dev := range n.devices {
		g := GPUSample{ID: n.ids[i]}
		if u, ret := dev.GetUtilizationRates(); ret == nvml.SUCCESS {
			g.Healthy, g.UtilisationPct = true, u.Gpu
		}
		if p, ret := dev.GetPowerUsage(); ret == nvml.SUCCESS { // mW
			g.PowerMilliW, g.HasPower = uint64(p), true
		}
		if e, ret := dev.GetTotalEnergyConsumption(); ret == nvml.SUCCESS { // mJ since the driver loaded
			g.EnergyMilliJ, g.HasEnergy = e, true
		}
		s.GPUs[i] = g
	}
	return s, nil
}

// Close releases NVML.
func (n *NVML) Close() error {
	if ret := n.lib.Shutdown(); ret != nvml.SUCCESS {
		return fmt.Errorf("nvml: shutdown: %s", n.lib.ErrorString(ret))
	}
	return nil
}
