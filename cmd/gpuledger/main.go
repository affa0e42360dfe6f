// Command gpuledger runs the gpuledger service and its tools.
//
//	gpuledger serve      the service: chain (embedded unless --rpc), contracts, HTTP API
//	gpuledger demo       the whole story on a fresh embedded chain, with a report
//	gpuledger audit      every figure recomputed from chain logs alone
//	gpuledger reindex    rebuild the ledger mirror from the chain
//	gpuledger reconcile  compare the ledger mirror with the chain
//	gpuledger oracle     the telemetry agent of an asset
//	gpuledger keys       reporter keys (keystore files)
//	gpuledger version    versions of the binary, the contracts and go-ethereum
//
// Errors print as one line on stderr and exit with status 1; bad usage exits 2.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout io.Writer) error
}

var commands = []command{
	{"serve", "run the service (embedded chain by default)", runServe},
	{"demo", "the whole story end to end on a fresh embedded chain, with a report", runDemo},
	{"audit", "recompute every figure from chain logs; compare with a service", runAudit},
	{"reindex", "rebuild the ledger mirror from the chain", runReindex},
	{"reconcile", "compare the ledger mirror with the chain; exit 1 on any difference", runReconcile},
	{"oracle", "run the telemetry agent of an asset (NVML, nvidia-smi or simulated GPUs)", runOracle},
	{"keys", "make a reporter key (keystore file) or show a key file's address", runKeys},
	{"version", "print versions", runVersion},
}

// errUsage marks an error caused by the command line, exit status 2.
var errUsage = errors.New("usage")

func main() {
	setupDefaultLogging() // logging.go: GPULEDGER_LOG, GPULEDGER_LOG_FORMAT
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "gpuledger: %v\n", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return nil
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout)
		}
	}
	usage(os.Stderr)
	return fmt.Errorf("%w: unknown command %q", errUsage, args[0])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: gpuledger <command> [flags]")
	fmt.Fprintln(w)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run `gpuledger <command> -h` for a command's flags.")
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("gpuledger "+name, flag.ContinueOnError)
	fs.SetOutput(os.Stderr)
	return fs
}

// parseFlags parses args; -h prints usage and ends the command cleanly.
func parseFlags(fs *flag.FlagSet, args []string) (help bool, err error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, nil
		}
		return false, fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return false, fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	return false, nil
}
