package main

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/gpuledger/gpuledger/contracts"
)

// version is set at link time (-ldflags "-X main.version=v1.2.3"); otherwise
// the VCS revision recorded by the Go toolchain is shown.
var version = "dev"

func runVersion(_ context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("version")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	v, geth := version, "unknown"
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && v == "dev" {
				v = "dev-" + s.Value[:min(12, len(s.Value))]
			}
		}
		for _, d := range info.Deps {
			if d.Path == "github.com/ethereum/go-ethereum" {
				geth = d.Version
			}
		}
	}
	fmt.Fprintf(stdout, "gpuledger %s\ncontracts %s\ngo-ethereum %s\n", v, contracts.Version, geth)
	return nil
}
