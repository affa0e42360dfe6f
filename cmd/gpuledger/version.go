package main

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/gpuledger/gpuledger/contracts"
)

// version and commit are set at link time by `make build`:
//
//	-ldflags "-X main.version=$(git describe --tags --always --dirty) -X main.commit=$(git rev-parse HEAD)"
//
// A plain `go build` or `go install` leaves them empty; buildInfo then reads
// what the Go toolchain recorded (the module version, vcs.revision and
// vcs.modified).
var (
	version string
	commit  string
)

// build describes the running binary.
type build struct {
	Version  string // e.g. "v1.2.0", "eb49c3e-dirty", "dev"
	Commit   string // full VCS revision, "" when unknown
	Modified bool   // built from a tree with uncommitted changes (toolchain's vcs.modified)
	Geth     string // go-ethereum module version
}

// buildInfo returns what is known of this binary: the link-time version and
// commit, completed from runtime/debug.ReadBuildInfo.
func buildInfo() build {
	b := build{Version: version, Commit: commit, Geth: "unknown"}
	info, ok := debug.ReadBuildInfo()
	if ok {
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				if b.Commit == "" {
					b.Commit = s.Value
				}
			case "vcs.modified":
				b.Modified = s.Value == "true"
			}
		}
		for _, d := range info.Deps {
			if d.Path == "github.com/ethereum/go-ethereum" {
				b.Geth = d.Version
			}
		}
	}
	if b.Version == "" {
		switch {
		case ok && info.Main.Version != "" && info.Main.Version != "(devel)":
			b.Version = info.Main.Version // go install module@version
		case b.Commit != "":
			b.Version = "dev-" + b.Commit[:min(12, len(b.Commit))]
			if b.Modified {
				b.Version += "-dirty"
			}
		default:
			b.Version = "dev"
		}
	}
	return b
}

func runVersion(_ context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("version")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	b := buildInfo()
	c := b.Commit
	switch {
	case c == "":
		c = "unknown"
	case b.Modified:
		c += " (modified)"
	}
	fmt.Fprintf(stdout, "gpuledger %s\ncommit %s\ncontracts %s\ngo-ethereum %s\n", b.Version, c, contracts.Version, b.Geth)
	return nil
}
