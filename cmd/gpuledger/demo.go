package main

import (
	"context"
	"io"
	"log/slog"
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
	// The story is the output; the service's own logs would drown it.
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	res, err := demo.Run(ctx, stdout, demo.Options{DataDir: *dir, Hours: *hours})
	if err != nil {
		return err
	}
	if !res.Audit.OK || !res.Reconciled {
		return errAuditFailed
	}
	return nil
}
