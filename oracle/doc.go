// Package oracle observes GPUs and reports their telemetry to the
// TelemetryOracle contract, one report per asset and epoch.
//
// The stages, each with its own type:
//
//	Source      samples one set of GPUs: utilisation, power, energy counter, health
//	            (NVML, nvidia-smi, DCGM: a dcgm-exporter's Prometheus endpoint, or
//	            the deterministic Simulator)
//	Aggregator  turns one epoch's samples of one reporter into a contracts.Observation
//	Signer      signs an observation with EIP-712 (the reporter's key stays inside)
//	Verify      checks a signed observation received from anyone (hostile input)
//	Submitter   sends the signed observations of the reporters of an epoch in one
//	            transaction, retrying safely: an epoch already stored is done
//	Agent       runs the loop: sample every interval, aggregate per epoch, sign,
//	            wait for the chain to pass the epoch's end, submit
//	Monitor     observes the agent: Prometheus metrics in a registry of its own and
//	            a health summary, served on /metrics and /healthz
//
// Everything that reaches the chain is integer arithmetic: utilisation and
// availability in basis points, energy in watt-hours from millijoule
// counters, average power in watts. No float64 is involved (the DCGM source
// converts the exporter's float values exactly before they are aggregated;
// the Monitor's gauges are for people, not for the chain).
package oracle
