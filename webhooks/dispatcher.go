package webhooks

import (
	"context"
	"log/slog"
	"math/big"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

// Mirror is what the dispatcher reads of the ledger mirror; *ledger.Store
// satisfies it. Each method must read one committed state and be safe for
// concurrent use with the indexer writing.
type Mirror interface {
	Cursor() (ref ledger.BlockRef, ok bool, err error)
	Lease(id uint64) (contracts.Lease, error)
	Asset(id uint64) (contracts.Asset, error)
	SLACredits(leaseID uint64, p ledger.PageRequest) (ledger.Page[ledger.SLACredit], error)
	Holdings(holder common.Address, p ledger.PageRequest) (ledger.Page[ledger.Holding], error)
}

// Chain is what the dispatcher reads of the chain: the head (its time is
// "now" for runways; its number counts confirmations) and block hashes
// (to find reorgs). A nil number means the latest block. chain.Client
// satisfies it.
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// TopUpper tops a lease up from its renter's custodial account. It must
// be idempotent per key (the API journals the top-up under Idempotency-Key
// key, scoped to the renter): called again with the same key after a
// crash or a timeout, it finishes or replays the first call, never pays
// twice. api.Server implements it with the handler of POST
// /v1/leases/{id}/topup.
type TopUpper interface {
	TopUp(ctx context.Context, renter common.Address, leaseID uint64, amount money.Amount, key string) (TopUpResult, error)
}

// TopUpResult is the answer of a top-up. Status is the HTTP status the API
// answered: 2xx succeeded (TxHash, Block), 4xx was refused for good
// (Detail says why: the revert in the user's units, a validation), 5xx
// may be retried. An error is retried like a 5xx.
type TopUpResult struct {
	Status int
	TxHash string
	Block  uint64
	Detail string
}

// Backoff is the retry schedule of deliveries: the n-th retry waits
// Base×2^(n-1), at most Max, with ±50% jitter.
type Backoff struct {
	Base time.Duration // default 10 s
	Max  time.Duration // default 1 h
}

// Config tunes a Dispatcher. Zero fields take the defaults noted.
type Config struct {
	// Poll is how often Run derives events and looks for due deliveries
	// (default 1 s).
	Poll time.Duration
	// Confirmations is how many blocks must be on top of an event's block
	// before it is delivered (default 0: dev chains do not reorg; on a
	// public chain use its finality depth).
	Confirmations uint64
	// Backoff schedules retries (defaults above); MaxAttempts bounds them
	// (default 16: about a day and a half with the default backoff).
	Backoff     Backoff
	MaxAttempts int
	// Timeout bounds one POST (default 10 s).
	Timeout time.Duration
	// Client sends the POSTs (default: an http.Client that follows no
	// redirect). Its own Timeout, if any, also applies.
	Client *http.Client
	// TopUp makes auto top-ups; nil leaves them pending until one is set
	// (SetTopUpper).
	TopUp TopUpper
	// Retention is how long final deliveries, actions and their events are
	// kept (default 30 days).
	Retention time.Duration
	// ReorgDepth is how many blocks back reorgs are followed (default 128,
	// as the ledger's).
	ReorgDepth uint64
	// Derivers derive more event families after the built-in ones (see Deriver).
	Derivers []Deriver
	// Now is the wall clock (default time.Now); tests move it.
	Now func() time.Time
	// Logger defaults to slog.Default() with component=webhooks.
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.Poll <= 0 {
		c.Poll = time.Second
	}
	if c.Backoff.Base <= 0 {
		c.Backoff.Base = 10 * time.Second
	}
	if c.Backoff.Max <= 0 {
		c.Backoff.Max = time.Hour
	}
	if c.Backoff.Max < c.Backoff.Base {
		c.Backoff.Max = c.Backoff.Base
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = 16
	}
	if c.Timeout <= 0 {
		c.Timeout = 10 * time.Second
	}
	if c.Retention <= 0 {
		c.Retention = 30 * 24 * time.Hour
	}
	if c.ReorgDepth == 0 {
		c.ReorgDepth = ledger.DefaultReorgDepth
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Logger == nil {
		c.Logger = slog.Default().With("component", "webhooks")
	}
	return c
}

// Dispatcher derives events from the mirror into the store and delivers
// them (package comment). Pass, DeliverDue and RunActions are each
// serialised with themselves and may run concurrently with each other
// and with the API's use of the Store.
type Dispatcher struct {
	store  *Store
	mirror Mirror
	chain  Chain
	cfg    Config
	log    *slog.Logger
	client *http.Client

	passMu    sync.Mutex // serialises Pass
	follow    follow     // what passes read next; guarded by passMu
	deliverMu sync.Mutex // serialises DeliverDue
	actionMu  sync.Mutex // serialises RunActions

	topMu sync.Mutex // guards topUp
	topUp TopUpper

	wake chan struct{} // a registration or a pass with news: deliver now
}

// New returns a dispatcher over store, deriving from mirror and chain.
func New(store *Store, mirror Mirror, chain Chain, cfg Config) *Dispatcher {
	cfg = cfg.withDefaults()
	client := cfg.Client
	if client == nil {
		client = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	return &Dispatcher{store: store, mirror: mirror, chain: chain, cfg: cfg, log: cfg.Logger, client: client,
		topUp: cfg.TopUp, wake: make(chan struct{}, 1)}
}

// Store returns the dispatcher's store.
func (d *Dispatcher) Store() *Store { return d.store }

// SetTopUpper sets who makes auto top-ups (the API server, created after
// the dispatcher). Safe for concurrent use.
func (d *Dispatcher) SetTopUpper(t TopUpper) {
	d.topMu.Lock()
	defer d.topMu.Unlock()
	d.topUp = t
}

func (d *Dispatcher) topUpper() TopUpper {
	d.topMu.Lock()
	defer d.topMu.Unlock()
	return d.topUp
}

// Wake makes Run look at the outbox now instead of at the next poll.
func (d *Dispatcher) Wake() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// Run derives, acts and delivers until ctx ends: a pass, the actions due
// and the deliveries due every Poll (deliveries also whenever a pass found
// something). Errors are logged (once until they change) and retried at
// the next poll. It returns when ctx ends, after the round in flight.
func (d *Dispatcher) Run(ctx context.Context) {
	prune := time.NewTicker(time.Hour)
	defer prune.Stop()
	var lastErr string
	report := func(what string, err error) {
		msg := ""
		if err != nil {
			msg = what + ": " + err.Error()
		}
		if msg != lastErr && msg != "" {
			d.log.Warn("webhooks "+what+" failed", "err", err)
		}
		lastErr = msg
	}
	d.prune()
	for {
		res, err := d.Pass(ctx)
		if ctx.Err() != nil {
			return
		}
		report("pass", err)
		if err == nil && res.Events > 0 {
			d.Wake()
		}
		if _, err := d.RunActions(ctx); ctx.Err() == nil && err != nil {
			report("auto top-up", err)
		}
		for {
			r, err := d.DeliverDue(ctx)
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				report("delivery", err)
				break
			}
			if r.Attempted == 0 || r.Attempted < deliverBatch {
				break
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-prune.C:
			d.prune()
		case <-d.wake:
		case <-time.After(d.cfg.Poll):
		}
	}
}

// prune deletes what is older than the retention.
func (d *Dispatcher) prune() {
	if n, err := d.store.prune(d.cfg.Now().Add(-d.cfg.Retention)); err != nil {
		d.log.Warn("prune webhook records", "err", err)
	} else if n > 0 {
		d.log.Info("pruned old webhook events", "events", n)
	}
}
