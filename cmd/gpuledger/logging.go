package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	gethlog "github.com/ethereum/go-ethereum/log"
)

// Logging. Every command logs with log/slog to stderr, as JSON lines when
// stderr is not a terminal (a service manager, a container runtime, a
// pipe: what log shippers read) and as text on a terminal.
//
//	GPULEDGER_LOG         levels: a default and per component, comma
//	                      separated: "debug", "info,geth=warn",
//	                      "warn,api=info,ledger=debug". Levels: trace,
//	                      debug, info, warn, error, off.
//	GPULEDGER_LOG_FORMAT  json or text (default by stderr, as above).
//
// serve's --log-level and --log-format override them (logFlags). A
// component is the "component" attribute of a logger (api, chain, geth,
// ledger, keeper, ...). go-ethereum's own lines (component geth, also its
// global logger) stay at warn and above unless GPULEDGER_LOG names geth:
// "info,geth=debug".

// Environment variables of the logging setup.
const (
	envLog       = "GPULEDGER_LOG"
	envLogFormat = "GPULEDGER_LOG_FORMAT"
)

// gethDefaultLevel is go-ethereum's level unless asked for another.
const gethDefaultLevel = slog.LevelWarn

// levelTrace and levelOff extend slog's levels: go-ethereum's trace, and
// a level above any record.
const (
	levelTrace = slog.Level(-8)
	levelOff   = slog.Level(1 << 20)
)

// logLevels is a parsed GPULEDGER_LOG: a default level and the levels of
// named components. Immutable once parsed.
type logLevels struct {
	def        slog.Level
	components map[string]slog.Level
}

// parseLogLevels parses a GPULEDGER_LOG value; "" is "info".
func parseLogLevels(spec string) (logLevels, error) {
	l := logLevels{def: slog.LevelInfo, components: map[string]slog.Level{}}
	seenDefault := false
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, level, named := strings.Cut(part, "=")
		if !named {
			name, level = "", part
		}
		name = strings.TrimSpace(name)
		lv, err := parseLevel(strings.TrimSpace(level))
		if err != nil {
			return l, fmt.Errorf("log level %q: %w", part, err)
		}
		switch {
		case !named && seenDefault:
			return l, fmt.Errorf("log levels %q: more than one default level", spec)
		case !named:
			l.def, seenDefault = lv, true
		case name == "":
			return l, fmt.Errorf("log level %q: no component before =", part)
		default:
			l.components[name] = lv
		}
	}
	return l, nil
}

func parseLevel(s string) (slog.Level, error) {
	switch strings.ToLower(s) {
	case "trace":
		return levelTrace, nil
	case "off", "none":
		return levelOff, nil
	}
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(s)); err != nil {
		return 0, fmt.Errorf("want trace, debug, info, warn, error or off")
	}
	return lv, nil
}

// of returns the level of a component ("" for none).
func (l logLevels) of(component string) slog.Level {
	if lv, ok := l.components[component]; ok {
		return lv
	}
	if component == "geth" {
		return max(l.def, gethDefaultLevel)
	}
	return l.def
}

// lowest returns the lowest level any component logs at.
func (l logLevels) lowest() slog.Level {
	low := l.def
	for _, lv := range l.components {
		low = min(low, lv)
	}
	return low
}

// componentHandler filters records by the level of their logger's
// component: the last "component" attribute added with Logger.With.
// Records pass on to inner, which must accept every level (lowest). Safe
// for concurrent use, as inner is.
//
// go-ethereum's RPC server logs every call that fails ("Served eth_call",
// err "execution reverted") at warn, though the caller gets the error and
// handles it (a revert is an answer, a lookup of a missing asset is a 404):
// those lines are logged at debug, so geth=debug shows them.
type componentHandler struct {
	inner     slog.Handler
	levels    logLevels
	component string
	min       slog.Level // of component
}

func newComponentHandler(inner slog.Handler, levels logLevels) *componentHandler {
	return &componentHandler{inner: inner, levels: levels, min: levels.of("")}
}

// Enabled implements slog.Handler.
func (h *componentHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.min && h.inner.Enabled(ctx, l)
}

// Handle implements slog.Handler.
func (h *componentHandler) Handle(ctx context.Context, r slog.Record) error {
	if h.component == "geth" && r.Level == slog.LevelWarn && strings.HasPrefix(r.Message, "Served ") {
		if slog.LevelDebug < h.min {
			return nil
		}
		r.Level = slog.LevelDebug
	}
	return h.inner.Handle(ctx, r)
}

// WithAttrs implements slog.Handler.
func (h *componentHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	out := &componentHandler{inner: h.inner.WithAttrs(attrs), levels: h.levels, component: h.component, min: h.min}
	for _, a := range attrs {
		if a.Key == "component" {
			out.component = a.Value.String()
			out.min = h.levels.of(out.component)
		}
	}
	return out
}

// WithGroup implements slog.Handler.
func (h *componentHandler) WithGroup(name string) slog.Handler {
	return &componentHandler{inner: h.inner.WithGroup(name), levels: h.levels, component: h.component, min: h.min}
}

// newLogHandler returns the handler writing format ("json" or "text") to
// w, filtered by levels.
func newLogHandler(w io.Writer, format string, levels logLevels) (slog.Handler, error) {
	opts := &slog.HandlerOptions{Level: levels.lowest()}
	var h slog.Handler
	switch format {
	case "json":
		h = slog.NewJSONHandler(w, opts)
	case "text":
		h = slog.NewTextHandler(w, opts)
	default:
		return nil, fmt.Errorf("log format %q: want json or text", format)
	}
	return newComponentHandler(h, levels), nil
}

// defaultLogFormat is GPULEDGER_LOG_FORMAT, else text when stderr is a
// terminal, else json.
func defaultLogFormat() string {
	if f := os.Getenv(envLogFormat); f != "" {
		return f
	}
	return terminalLogFormat()
}

// terminalLogFormat is text when stderr is a terminal (a character
// device), else json.
func terminalLogFormat() string {
	if fi, err := os.Stderr.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		return "text"
	}
	return "json"
}

// setupLogging makes slog's default logger (and go-ethereum's global one,
// as component geth) write format to w at the levels of spec.
func setupLogging(w io.Writer, format, spec string) error {
	levels, err := parseLogLevels(spec)
	if err != nil {
		return err
	}
	h, err := newLogHandler(w, format, levels)
	if err != nil {
		return err
	}
	// gethlog.SetDefault also sets slog's default: set ours after it.
	gethlog.SetDefault(gethlog.NewLogger(h.WithAttrs([]slog.Attr{slog.String("component", "geth")})))
	slog.SetDefault(slog.New(h))
	return nil
}

// setupDefaultLogging configures logging from the environment, before a
// command parses its flags; a bad GPULEDGER_LOG or GPULEDGER_LOG_FORMAT is
// reported and the defaults are used.
func setupDefaultLogging() {
	if err := setupLogging(os.Stderr, defaultLogFormat(), os.Getenv(envLog)); err != nil {
		fmt.Fprintf(os.Stderr, "gpuledger: %v; logging at info\n", err)
		_ = setupLogging(os.Stderr, terminalLogFormat(), "")
	}
}

// logFlags adds --log-format and --log-level to fs; apply, called after
// parsing, sets the logging up from them (and the environment for what
// they leave unset).
func logFlags(fs *flag.FlagSet) (apply func() error) {
	format := fs.String("log-format", "", "log format on stderr: json or text (default: env "+envLogFormat+", else text on a terminal, json otherwise)")
	level := fs.String("log-level", "", "log levels, default and per component: debug, or info,geth=debug (default: env "+envLog+", else info; geth warn unless named)")
	return func() error {
		f, spec := *format, *level
		if f == "" {
			f = defaultLogFormat()
		}
		if spec == "" {
			spec = os.Getenv(envLog)
		}
		if err := setupLogging(os.Stderr, f, spec); err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		return nil
	}
}
