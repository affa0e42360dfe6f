package api

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
)

// oracleMetricEpochs is the window of gpuledger_oracle_epochs_*: the last
// this many ended epochs (from the asset's tokenization on).
const oracleMetricEpochs = 24

// oracleMetricTimeout bounds the chain reads of one scrape (the oracle's
// schedule and the mirror cursor's block time).
const oracleMetricTimeout = 5 * time.Second

// mirrorCollector reads the business figures from the ledger mirror when
// Prometheus scrapes, so no handler has to count them and they stay right
// across restarts and reindexes. Each read is one committed state of the
// mirror; the cost of a scrape grows with the open leases and the assets,
// never with the history (DESIGN.md: no per-request work that grows with
// history): leases are walked through the by-status index of the open
// statuses only, revenue comes from each asset's running totals, and
// oracle epochs from a fixed window of each asset's epoch index.
//
// Amounts are whole stablecoin as float64: a metric is an observation,
// never an input to a money path.
type mirrorCollector struct {
	svc *service.Service
	log *slog.Logger
}

func newMirrorCollector(svc *service.Service, log *slog.Logger) *mirrorCollector {
	return &mirrorCollector{svc: svc, log: log}
}

var (
	descLeasesOpen = prometheus.NewDesc("gpuledger_leases_open",
		"Leases not ended, by status (active, overdrawn, closing), from the ledger mirror.", []string{"status"}, nil)
	descEscrow = prometheus.NewDesc("gpuledger_escrow_held",
		"Stablecoin held in escrow for the leases not ended, from the ledger mirror.", nil, nil)
	descReleased = prometheus.NewDesc("gpuledger_revenue_released_total",
		"Rent released from escrow to an asset's revenue (gross, before fees), in stablecoin, from the ledger mirror.", []string{"asset"}, nil)
	descClaimed = prometheus.NewDesc("gpuledger_revenue_claimed_total",
		"Holders' revenue of an asset claimed, in stablecoin, from the ledger mirror.", []string{"asset"}, nil)
	descClaimable = prometheus.NewDesc("gpuledger_revenue_claimable",
		"Holders' revenue of an asset not claimed yet (with the rounding dust carried forward), in stablecoin, from the ledger mirror.", []string{"asset"}, nil)
	descEpochsReported = prometheus.NewDesc("gpuledger_oracle_epochs_reported",
		"Oracle epochs of an asset reported, among its last 24 ended epochs (since tokenization), from the ledger mirror.", []string{"asset"}, nil)
	descEpochsMissing = prometheus.NewDesc("gpuledger_oracle_epochs_missing",
		"Oracle epochs of an asset not reported, among its last 24 ended epochs (since tokenization), from the ledger mirror.", []string{"asset"}, nil)
	descMirrorBlock = prometheus.NewDesc("gpuledger_mirror_block",
		"Last block applied to the ledger mirror.", nil, nil)
	descHeadBlock = prometheus.NewDesc("gpuledger_chain_head_block",
		"Chain head as the ledger mirror last saw it.", nil, nil)
	descMirrorLag = prometheus.NewDesc("gpuledger_mirror_lag_blocks",
		"Blocks the ledger mirror is behind the chain head (confirmations included), as of its last step.", nil, nil)
	descMirrorErr = prometheus.NewDesc("gpuledger_mirror_step_failed",
		"1 when the ledger mirror's last step failed (see /readyz for the error), else 0.", nil, nil)
	descMirrorReorgs = prometheus.NewDesc("gpuledger_mirror_reorgs_total",
		"Chain reorganisations the ledger mirror followed since the process started.", nil, nil)
)

// openStatuses are the lease statuses counted by gpuledger_leases_open.
var openStatuses = []contracts.LeaseStatus{contracts.LeaseActive, contracts.LeaseOverdrawn, contracts.LeaseClosing}

// Describe implements prometheus.Collector.
func (m *mirrorCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descLeasesOpen, descEscrow, descReleased, descClaimed, descClaimable,
		descEpochsReported, descEpochsMissing, descMirrorBlock, descHeadBlock, descMirrorLag, descMirrorErr, descMirrorReorgs} {
		ch <- d
	}
}

// Collect implements prometheus.Collector. A figure that cannot be read is
// reported as an invalid metric (the handler logs it and serves the rest).
func (m *mirrorCollector) Collect(ch chan<- prometheus.Metric) {
	st := m.svc.Mirror.Status()
	gauge := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	gauge(descMirrorBlock, float64(st.Cursor.Number))
	if st.Known {
		gauge(descHeadBlock, float64(st.Head))
		gauge(descMirrorLag, float64(st.Lag))
	}
	failed := 0.0
	if st.LastError != "" {
		failed = 1
	}
	gauge(descMirrorErr, failed)
	ch <- prometheus.MustNewConstMetric(descMirrorReorgs, prometheus.CounterValue, float64(st.Stats.Reorgs))

	store := m.svc.Mirror.Store()
	if err := m.collectLeases(store, gauge); err != nil {
		ch <- prometheus.NewInvalidMetric(descLeasesOpen, err)
	}
	if err := m.collectAssets(store, ch); err != nil {
		ch <- prometheus.NewInvalidMetric(descReleased, err)
	}
}

// collectLeases counts the open leases by status and sums their escrow.
func (m *mirrorCollector) collectLeases(store *ledger.Store, gauge func(*prometheus.Desc, float64, ...string)) error {
	escrow := money.Zero
	counts := make([]int, len(openStatuses))
	for i, status := range openStatuses {
		err := store.EachLease(ledger.LeaseFilter{Status: status}, func(l contracts.Lease) error {
			counts[i]++
			escrow = escrow.Add(l.Escrow)
			return nil
		})
		if err != nil {
			return fmt.Errorf("leases %s: %w", status, err)
		}
	}
	for i, status := range openStatuses {
		gauge(descLeasesOpen, float64(counts[i]), string(status))
	}
	gauge(descEscrow, amountFloat(escrow))
	return nil
}

// collectAssets exports each asset's revenue totals and oracle epochs.
func (m *mirrorCollector) collectAssets(store *ledger.Store, ch chan<- prometheus.Metric) error {
	var assets []contracts.Asset
	for p := (ledger.PageRequest{Limit: ledger.MaxLimit}); ; {
		page, err := store.Assets(ledger.AssetFilter{}, p)
		if err != nil {
			return fmt.Errorf("assets: %w", err)
		}
		assets = append(assets, page.Items...)
		if page.Next == "" {
			break
		}
		p.After = page.Next
	}
	if len(assets) == 0 {
		return nil
	}
	for _, a := range assets {
		label := strconv.FormatUint(a.ID, 10)
		pool, err := store.RevenuePool(a.ID)
		if err != nil {
			continue // no revenue yet
		}
		ch <- prometheus.MustNewConstMetric(descReleased, prometheus.CounterValue, amountFloat(pool.Gross), label)
		ch <- prometheus.MustNewConstMetric(descClaimed, prometheus.CounterValue, amountFloat(pool.Claimed), label)
		if bal, err := store.Balance(ledger.AssetHolders(a.ID), 0); err == nil {
			ch <- prometheus.MustNewConstMetric(descClaimable, prometheus.GaugeValue, bal.Decimal().InexactFloat64(), label)
		}
	}
	m.collectEpochs(store, assets, ch)
	return nil
}

// collectEpochs counts, per asset, the reported and missing epochs among
// the last oracleMetricEpochs ended as of the mirror's cursor block.
func (m *mirrorCollector) collectEpochs(store *ledger.Store, assets []contracts.Asset, ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), oracleMetricTimeout)
	defer cancel()
	cursor, ok, err := store.Cursor()
	if err != nil || !ok {
		return
	}
	head, err := m.svc.Chain.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(cursor.Number))
	if err != nil {
		ch <- prometheus.NewInvalidMetric(descEpochsReported, fmt.Errorf("block %d: %w", cursor.Number, err))
		return
	}
	sched, err := m.svc.Telemetry.Schedule(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(descEpochsReported, err)
		return
	}
	current := sched.At(time.Unix(int64(head.Time), 0)) // not ended yet
	for _, a := range assets {
		first := uint64(0)
		if current > oracleMetricEpochs {
			first = current - oracleMetricEpochs
		}
		if logs, err := store.AssetLogs(a.ID); err == nil && len(logs) > 0 {
			first = max(first, sched.At(logs[0].Time)) // as GET /v1/assets/{id}/oracle counts
		}
		reported := 0
		if first < current {
			eps, err := store.EpochsBetween(a.ID, first, current-1)
			if err != nil {
				ch <- prometheus.NewInvalidMetric(descEpochsReported, fmt.Errorf("epochs of asset %d: %w", a.ID, err))
				continue
			}
			reported = len(eps)
		}
		window := 0
		if first < current {
			window = int(current - first)
		}
		label := strconv.FormatUint(a.ID, 10)
		ch <- prometheus.MustNewConstMetric(descEpochsReported, prometheus.GaugeValue, float64(reported), label)
		ch <- prometheus.MustNewConstMetric(descEpochsMissing, prometheus.GaugeValue, float64(max(window-reported, 0)), label)
	}
}

// amountFloat is a for a gauge, in whole stablecoin.
func amountFloat(a money.Amount) float64 { return a.Decimal().InexactFloat64() }
