package service

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
)

// BackstopSettler settles the capacity backstop's hours on a schedule
// (docs/backstop.md): every pass, each active commitment in the mirror
// whose next hour has ended is settled, a week of hours at most per
// transaction. Settling is permissionless and pays only what the leases
// say, so the service's admin key sends them; a failure is logged and
// retried on the next pass (an hour settled meanwhile by someone else is
// a HourNotEnded revert, harmless).
//
// The lease keeper retires expired leases; until it does, an expired
// lease still counts as leased for the backstop (docs/backstop.md,
// "Leased"), so a keeper pass every poll bounds that delay.
//
// A pass reads the mirror's commitments, which grow by one per commitment
// ever made: a deployment with thousands should index active ones apart.
type BackstopSettler struct {
	backstop *contracts.Backstop
	sender   contracts.Sender
	mirror   *ledger.Store
	head     func(ctx context.Context) (time.Time, error)
	log      *slog.Logger
}

// NewBackstopSettler returns the settler of this service, acting as the admin.
func (s *Service) NewBackstopSettler() *BackstopSettler {
	return &BackstopSettler{backstop: s.Backstop, sender: s.Admin, mirror: s.Mirror.Store(),
		head: func(ctx context.Context) (time.Time, error) {
			h, err := s.Chain.Client().HeaderByNumber(ctx, nil)
			if err != nil {
				return time.Time{}, err
			}
			return time.Unix(int64(h.Time), 0).UTC(), nil
		},
		log: s.log.With("component", "backstop")}
}

// Run passes every `every` until ctx is done. Safe to run once per service.
func (b *BackstopSettler) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := b.Pass(ctx); err != nil && ctx.Err() == nil {
			b.log.Warn("backstop pass failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Pass settles every active commitment with an ended hour to settle, and
// returns how many it settled.
func (b *BackstopSettler) Pass(ctx context.Context) (int, error) {
	now, err := b.head(ctx)
	if err != nil {
		return 0, err
	}
	ended := uint64(now.Unix()) / 3600
	settled := 0
	p := ledger.PageRequest{}
	for {
		pg, err := b.mirror.Backstops(0, p)
		if err != nil {
			return settled, err
		}
		for _, c := range pg.Items {
			if c.Status != contracts.CommitmentActive || c.StartHour+uint64(c.HoursSettled) >= ended {
				continue
			}
			st, _, err := b.backstop.Settle(ctx, b.sender, c.ID, 0)
			var re *chain.RevertError
			switch {
			case errors.As(err, &re) && (re.Name == "HourNotEnded" || re.Name == "CommitmentNotActive"):
				continue // settled meanwhile; the mirror has not caught up
			case err != nil:
				b.log.Warn("backstop settle failed", "backstop", c.ID, "err", err)
				continue
			}
			settled++
			b.log.Info("backstop settled", "backstop", c.ID, "hours", len(st.Hours), "paid", st.Paid, "left", st.Left)
		}
		if pg.Next == "" {
			return settled, nil
		}
		p.After = pg.Next
	}
}
