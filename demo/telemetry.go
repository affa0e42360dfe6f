package demo

import (
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/contracts"
)

// variation is a day's shape of load, in bps around a node's mean.
var variation = [24]int{-900, -1100, -1200, -1200, -1000, -600, -200, 200, 500, 700, 800, 800,
	700, 700, 800, 800, 700, 500, 300, 100, -100, -300, -500, -700}

// observe returns what a reporter sees of node n in the epoch `hour` hours
// after the start: deterministic, so every reporter agrees and the demo's
// figures are the same on every run. Power follows utilisation (30% idle
// floor); energy is power over the epoch; the outage epoch loses 8% of its
// samples.
func observe(n node, hour int, length time.Duration) contracts.Observation {
	util := int(n.utilisationBps) + variation[hour%24]
	util = max(0, min(10000, util))
	avail := 10000
	if hour == n.outage {
		avail = 9200
	}
	rated := n.spec["rated_power_w"].(int)
	// 30% of rated power at idle, rising linearly to rated at full load,
	// scaled by the share of the epoch the node was up.
	power := rated * (3000 + 7*util/10) / 10000 * avail / 10000
	energy := uint64(power) * uint64(length/time.Second) / 3600
	return contracts.Observation{
		UtilisationBps: uint16(util), AvailabilityBps: uint16(avail),
		EnergyWh: energy, AvgPowerW: uint32(power),
	}
}

func mustID(s string) uint64 {
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		panic(err)
	}
	return id
}

// mulPrice returns price × n as a decimal string.
func mulPrice(price string, n int) string {
	return decimal.RequireFromString(price).Mul(decimal.NewFromInt(int64(n))).String()
}
