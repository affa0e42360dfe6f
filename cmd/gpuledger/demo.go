package main

import (
	"context"
	"io"
	"os"

	"github.com/gpuledger/gpuledger/demo"
)

func runDemo(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("demo")
	dir := fs.String("data", "", "data directory to keep (default: a temporary one, removed afterwards)")
	hours := fs.Int("hours", 48, "hours of leasing to simulate")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	// The story is the output; the service's own logs would drown it, and a
	// fresh dev chain's notices (no snapshot yet, head not reachable) are
	// not news. GPULEDGER_LOG still chooses otherwise.
	spec := os.Getenv(envLog)
	if spec == "" {
		spec = "warn,geth=error"
	}
	if err := setupLogging(os.Stderr, terminalLogFormat(), spec); err != nil {
		return err
	}
	res, err := demo.Run(ctx, stdout, demo.Options{DataDir: *dir, Hours: *hours})
	if err != nil {
		return err
	}
	// Every audit and reconcile of the story must hold: the first, the one
	// after the credit chapter and the one after the capacity markets.
	for _, ok := range []bool{res.Audit.OK, res.Reconciled, res.Credit.Audit.OK, res.Credit.Reconciled,
		res.Markets.Audit.OK, res.Markets.Reconciled} {
		if !ok {
			return errAuditFailed
		}
	}
	return nil
}
