package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"log/slog"
	"strings"
	"testing"

	gethlog "github.com/ethereum/go-ethereum/log"
)

func TestParseLogLevels(t *testing.T) {
	for _, tt := range []struct {
		spec               string
		def, api, geth, lg slog.Level
		err                bool
	}{
		{spec: "", def: slog.LevelInfo, api: slog.LevelInfo, geth: slog.LevelWarn, lg: slog.LevelInfo},
		{spec: "debug", def: slog.LevelDebug, api: slog.LevelDebug, geth: slog.LevelWarn, lg: slog.LevelDebug},
		{spec: "error", def: slog.LevelError, api: slog.LevelError, geth: slog.LevelError, lg: slog.LevelError},
		{spec: "info,geth=debug", def: slog.LevelInfo, api: slog.LevelInfo, geth: slog.LevelDebug, lg: slog.LevelInfo},
		{spec: " WARN , api=info, ledger=debug ", def: slog.LevelWarn, api: slog.LevelInfo, geth: slog.LevelWarn, lg: slog.LevelDebug},
		{spec: "geth=trace", def: slog.LevelInfo, api: slog.LevelInfo, geth: levelTrace, lg: slog.LevelInfo},
		{spec: "info,api=off", def: slog.LevelInfo, api: levelOff, geth: slog.LevelWarn, lg: slog.LevelInfo},
		{spec: "loud", err: true},
		{spec: "info,debug", err: true},
		{spec: "=debug", err: true},
		{spec: "api=", err: true},
	} {
		l, err := parseLogLevels(tt.spec)
		if tt.err {
			if err == nil {
				t.Errorf("%q: no error", tt.spec)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.spec, err)
			continue
		}
		if l.of("") != tt.def || l.of("api") != tt.api || l.of("geth") != tt.geth || l.of("ledger") != tt.lg {
			t.Errorf("%q: default %v api %v geth %v ledger %v", tt.spec, l.of(""), l.of("api"), l.of("geth"), l.of("ledger"))
		}
	}
}

// TestLoggingSetup sets the process's logging up as serve does and logs
// through slog (per component) and go-ethereum's global logger: JSON lines
// with the levels of GPULEDGER_LOG, geth quiet below warn unless named.
func TestLoggingSetup(t *testing.T) {
	prevSlog, prevGeth := slog.Default(), gethlog.Root()
	t.Cleanup(func() { gethlog.SetDefault(prevGeth); slog.SetDefault(prevSlog) })

	logAll := func() {
		slog.Debug("default debug")
		slog.Info("default info")
		api := slog.Default().With("component", "api")
		api.Debug("api debug")
		api.Info("api info")
		chain := slog.Default().With("component", "chain")
		chain.Info("chain info")
		// The embedded chain's node logger: component chain, then geth.
		node := gethlog.NewLogger(chain.With("component", "geth").Handler())
		node.Info("node info")
		node.Warn("node warn")
		gethlog.Info("geth root info")
		gethlog.Debug("geth root debug")
		gethlog.Warn("geth root warn")
		node.Warn("Served eth_call", "err", "execution reverted") // an RPC answer, not a fault
	}
	for _, tt := range []struct {
		spec string
		want []string
	}{
		{"", []string{"default info", "api info", "chain info", "node warn", "geth root warn"}},
		{"debug", []string{"default debug", "default info", "api debug", "api info", "chain info", "node warn", "geth root warn"}},
		{"warn,api=debug", []string{"api debug", "api info", "node warn", "geth root warn"}},
		{"info,geth=debug", []string{"default info", "api info", "chain info", "node info", "node warn", "geth root info", "geth root debug", "geth root warn", "Served eth_call"}},
		{"info,geth=off", []string{"default info", "api info", "chain info"}},
	} {
		var buf bytes.Buffer
		if err := setupLogging(&buf, "json", tt.spec); err != nil {
			t.Fatal(err)
		}
		logAll()
		var got []string
		for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
			if line == "" {
				continue
			}
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatalf("%q: not JSON: %v: %s", tt.spec, err, line)
			}
			msg, _ := m["msg"].(string)
			if strings.HasPrefix(msg, "geth") || strings.HasPrefix(msg, "node") || strings.HasPrefix(msg, "Served") {
				if msg == "Served eth_call" && m["level"] != "DEBUG" {
					t.Errorf("%q: %q at %v, want DEBUG", tt.spec, msg, m["level"])
				}
				if m["component"] != "geth" {
					t.Errorf("%q: %q has component %v", tt.spec, msg, m["component"])
				}
			}
			if m["time"] == nil || m["level"] == nil {
				t.Errorf("%q: line without time or level: %s", tt.spec, line)
			}
			got = append(got, msg)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("GPULEDGER_LOG=%q logged\n %q\nwant\n %q", tt.spec, got, tt.want)
		}
	}

	var buf bytes.Buffer
	if err := setupLogging(&buf, "text", "info"); err != nil {
		t.Fatal(err)
	}
	slog.Info("plain", "k", "v")
	if s := buf.String(); !strings.Contains(s, "level=INFO msg=plain k=v") {
		t.Errorf("text format: %q", s)
	}
	if err := setupLogging(&buf, "xml", ""); err == nil {
		t.Error("format xml accepted")
	}
}

func TestLogFlags(t *testing.T) {
	prevSlog, prevGeth := slog.Default(), gethlog.Root()
	t.Cleanup(func() { gethlog.SetDefault(prevGeth); slog.SetDefault(prevSlog) })
	t.Setenv(envLog, "debug")
	t.Setenv(envLogFormat, "text")

	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	apply := logFlags(fs)
	if err := fs.Parse([]string{"--log-level", "nonsense"}); err != nil {
		t.Fatal(err)
	}
	if err := apply(); err == nil {
		t.Error("--log-level nonsense accepted")
	}
	fs = flag.NewFlagSet("t", flag.ContinueOnError)
	apply = logFlags(fs)
	if err := fs.Parse([]string{"--log-format", "json"}); err != nil {
		t.Fatal(err)
	}
	if err := apply(); err != nil {
		t.Fatal(err)
	}
	if !slog.Default().Enabled(t.Context(), slog.LevelDebug) {
		t.Error("GPULEDGER_LOG=debug not applied when --log-level is unset")
	}
}
