// Package servicetest opens services for the tests of the packages built
// on the service (api, audit).
package servicetest

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/service"
)

// Open opens a service on an embedded chain in dataDir that seals a
// block per transaction, closed with the test. Its lease market has no
// availability oracle: these tests send no telemetry, and with the oracle
// in place settlement would wait out the report window.
func Open(t testing.TB, dataDir string, cfg service.Config) *service.Service {
	t.Helper()
	ctx := context.Background()
	cfg.DataDir, cfg.Sealing = dataDir, chain.SealInstant
	svc, err := service.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	if _, err := svc.Market.SetAvailabilityOracle(ctx, svc.Admin, common.Address{}, 0); err != nil {
		t.Fatal(err)
	}
	return svc
}
