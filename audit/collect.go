// Package audit recomputes gpuledger's published figures from chain data
// alone: it reads the contracts' logs over JSON-RPC (no mirror, no service),
// decodes them into the yield package's events, computes every figure, and
// checks the conservation invariants against on-chain balances. With a
// service URL it also compares the service's figures with its own.
package audit

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/contracts/bindings/leasemarket"
	"github.com/gpuledger/gpuledger/contracts/bindings/telemetryoracle"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/yield"
)

// Chain is what the audit reads: logs, block headers, and two immutables
// of the oracle.
type Chain interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	BlockNumber(ctx context.Context) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// ErrUnknownAsset is returned for an asset id no AssetTokenized names.
var ErrUnknownAsset = errors.New("no such asset on chain")

// Scan is how far a log scan has come: blocks done of blocks total, and
// the logs read so far.
type Scan struct {
	Blocks, Total uint64
	Logs          int
}

// Progress receives the scan's progress after each range of blocks. It is
// called from the scanning goroutine and should return quickly.
type Progress func(Scan)

// headerBatch is how many block headers one JSON-RPC batch asks for when
// the node's logs carry no block timestamp.
const headerBatch = 500

// Log is every log of the contract set from the deploy block to `to`,
// fetched once; figures for any asset and period are computed from it.
type Log struct {
	Logs  []types.Log
	Times map[uint64]time.Time // block number -> block time
	To    uint64               // last block scanned

	epochGenesis time.Time     // the oracle's epoch 0
	epochLength  time.Duration // the oracle's epoch length
}

// Fetch reads every log of the manifest's contracts up to block `to` (0
// means the head) in ranges of `step` blocks, and the time of every block
// holding one: the log's own block timestamp where the node gives it,
// else the block's header, asked for in batches.
func Fetch(ctx context.Context, c Chain, m *contracts.Manifest, to, step uint64, progress Progress) (*Log, error) {
	out := &Log{Times: map[uint64]time.Time{}, To: m.DeployBlock - 1}
	if err := out.readEpochClock(ctx, c, m.Address(contracts.TelemetryOracleName)); err != nil {
		return nil, err
	}
	if err := out.Extend(ctx, c, m, to, step, progress); err != nil {
		return nil, err
	}
	return out, nil
}

// Extend reads the logs after l.To up to block `to` (0 means the head), so
// that a log fetched once can follow a chain that moved on. A `to` at or
// below l.To reads nothing.
func (l *Log) Extend(ctx context.Context, c Chain, m *contracts.Manifest, to, step uint64, progress Progress) error {
	if to == 0 {
		head, err := c.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("audit: read head: %w", err)
		}
		to = head
	}
	if step == 0 {
		step = 10_000
	}
	addrs := make([]common.Address, 0, len(m.Contracts))
	for name, d := range m.Contracts {
		if name == contracts.StablecoinName {
			// The audit reads the token's balances, never its logs: every
			// movement of gpuledger's money has its own contract event, and
			// a real token's logs are the whole world's transfers.
			continue
		}
		addrs = append(addrs, d.Address)
	}
	first := l.To + 1
	if to < first {
		return nil
	}
	total := to - first + 1
	for from := first; from <= to; from += step {
		end := min(from+step-1, to)
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(end), Addresses: addrs,
		})
		if err != nil {
			return fmt.Errorf("audit: logs %d-%d: %w", from, end, err)
		}
		// Nodes that fill in the log's block timestamp (geth since 1.16)
		// date it for free; the blocks of the others are asked for in
		// batches, each block once.
		var undated []uint64
		for _, lg := range logs {
			if lg.Removed {
				continue
			}
			if _, ok := l.Times[lg.BlockNumber]; ok {
				continue
			}
			if lg.BlockTimestamp != 0 {
				l.Times[lg.BlockNumber] = unix(lg.BlockTimestamp)
				continue
			}
			l.Times[lg.BlockNumber] = time.Time{} // asked for below, once
			undated = append(undated, lg.BlockNumber)
		}
		if err := l.dateBlocks(ctx, c, undated); err != nil {
			return err
		}
		l.Logs = append(l.Logs, logs...)
		l.To = end
		if progress != nil {
			progress(Scan{Blocks: end - first + 1, Total: total, Logs: len(l.Logs)})
		}
	}
	return nil
}

// rpcClient is implemented by *ethclient.Client, rpcConn by the embedded
// chain's client (whose embedded *ethclient.Client field shadows Client).
type (
	rpcClient interface{ Client() *rpc.Client }
	rpcConn   interface{ RPCClient() *rpc.Client }
)

// dateBlocks records the time of each block in numbers: in JSON-RPC
// batches of headerBatch when c exposes its RPC connection, else one
// header request per block.
func (l *Log) dateBlocks(ctx context.Context, c Chain, numbers []uint64) error {
	var conn *rpc.Client
	switch cc := c.(type) {
	case rpcConn:
		conn = cc.RPCClient()
	case rpcClient:
		conn = cc.Client()
	}
	if conn == nil {
		for _, n := range numbers {
			h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				return fmt.Errorf("audit: header %d: %w", n, err)
			}
			l.Times[n] = unix(h.Time)
		}
		return nil
	}
	type stamp struct {
		Time *hexutil.Uint64 `json:"timestamp"`
	}
	for len(numbers) > 0 {
		part := numbers[:min(headerBatch, len(numbers))]
		numbers = numbers[len(part):]
		stamps := make([]stamp, len(part))
		batch := make([]rpc.BatchElem, len(part))
		for i, n := range part {
			batch[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(n), false}, Result: &stamps[i]}
		}
		if err := conn.BatchCallContext(ctx, batch); err != nil {
			return fmt.Errorf("audit: headers %d-%d: %w", part[0], part[len(part)-1], err)
		}
		for i, n := range part {
			switch {
			case batch[i].Error != nil:
				return fmt.Errorf("audit: header %d: %w", n, batch[i].Error)
			case stamps[i].Time == nil:
				return fmt.Errorf("audit: header %d: %w", n, ethereum.NotFound)
			}
			l.Times[n] = unix(uint64(*stamps[i].Time))
		}
	}
	return nil
}

// Events decodes the logs of one asset into the yield package's input.
// Logs of other assets and events that carry no figure are skipped; a log
// of a known event that does not decode is an error (the chain and this
// build disagree on an ABI).
func (l *Log) Events(m *contracts.Manifest, assetID uint64) (yield.Events, error) {
	var (
		assetABI  = gpuasset.NewGPUAsset()
		marketABI = leasemarket.NewLeaseMarket()
		oracleABI = telemetryoracle.NewTelemetryOracle()
		assetAddr = m.Address(contracts.GPUAssetName)
		market    = m.Address(contracts.LeaseMarketName)
		oracle    = m.Address(contracts.TelemetryOracleName)
		backstop  = m.Address(contracts.CapacityBackstopName)
		ev        yield.Events
		leases    = map[uint64]int{} // lease id -> index in ev.Leases
		found     bool
	)
	want := new(big.Int).SetUint64(assetID)
	for i := range l.Logs {
		lg := &l.Logs[i]
		if len(lg.Topics) == 0 {
			continue
		}
		e := yield.Evidence{TxHash: lg.TxHash, Block: lg.BlockNumber, LogIndex: lg.Index}
		at := l.Times[lg.BlockNumber]
		switch lg.Address {
		case backstop:
			if p, ok, err := backstopPayment(lg, want, at, e); err != nil {
				return ev, err
			} else if ok {
				ev.BackstopPayments = append(ev.BackstopPayments, p)
			}
		case assetAddr:
			switch lg.Topics[0] {
			case assetABI.GetABI().Events["AssetTokenized"].ID:
				t, err := assetABI.UnpackAssetTokenizedEvent(lg)
				if err != nil {
					return ev, decodeErr("AssetTokenized", lg, err)
				}
				if t.AssetId.Cmp(want) != 0 {
					continue
				}
				book, err := money.FromUnits(t.Params.BookValue)
				if err != nil {
					return ev, decodeErr("AssetTokenized", lg, err)
				}
				ev.Asset = yield.Asset{
					ID: assetID, GPUCount: t.Params.GpuCount, CommissionedAt: time.Unix(int64(t.Params.CommissionedAt), 0).UTC(),
					BookValue: book, UsefulLifeMonths: t.Params.UsefulLifeMonths, Shares: t.Params.ShareSupply, Evidence: e,
				}
				found = true
			case assetABI.GetABI().Events["RevenueDeposited"].ID:
				r, err := assetABI.UnpackRevenueDepositedEvent(lg)
				if err != nil {
					return ev, decodeErr("RevenueDeposited", lg, err)
				}
				if r.AssetId.Cmp(want) != 0 {
					continue
				}
				ev.Revenues = append(ev.Revenues, yield.Revenue{
					At: at, Gross: units(r.Gross), PlatformFee: units(r.PlatformFee), OperatorFee: units(r.OperatorFee),
					Reserve: units(r.Reserve), Holders: units(r.Holders), Evidence: e,
				})
			case assetABI.GetABI().Events["OperatorFeesWithdrawn"].ID:
				w, err := assetABI.UnpackOperatorFeesWithdrawnEvent(lg)
				if err != nil {
					return ev, decodeErr("OperatorFeesWithdrawn", lg, err)
				}
				if w.AssetId.Cmp(want) != 0 {
					continue
				}
				ev.OperatorFeePayouts = append(ev.OperatorFeePayouts, yield.Payout{At: at, Amount: units(w.Amount), Evidence: e})
			case assetABI.GetABI().Events["ReserveWithdrawn"].ID:
				w, err := assetABI.UnpackReserveWithdrawnEvent(lg)
				if err != nil {
					return ev, decodeErr("ReserveWithdrawn", lg, err)
				}
				if w.AssetId.Cmp(want) != 0 {
					continue
				}
				ev.ReservePayouts = append(ev.ReservePayouts, yield.Payout{At: at, Amount: units(w.Amount), Evidence: e})
			}
		case market:
			switch lg.Topics[0] {
			case marketABI.GetABI().Events["LeaseCreated"].ID:
				c, err := marketABI.UnpackLeaseCreatedEvent(lg)
				if err != nil {
					return ev, decodeErr("LeaseCreated", lg, err)
				}
				if c.AssetId.Cmp(want) != 0 {
					continue
				}
				leases[c.LeaseId.Uint64()] = len(ev.Leases)
				ev.Leases = append(ev.Leases, yield.Lease{
					ID: c.LeaseId.Uint64(), GPUs: c.Gpus, Start: unix(c.Start), End: unix(c.End), Evidence: []yield.Evidence{e},
				})
			case marketABI.GetABI().Events["LeaseClosed"].ID:
				c, err := marketABI.UnpackLeaseClosedEvent(lg)
				if err != nil {
					return ev, decodeErr("LeaseClosed", lg, err)
				}
				if i, ok := leases[c.LeaseId.Uint64()]; ok {
					ev.Leases[i].End = unix(c.End)
					ev.Leases[i].Evidence = append(ev.Leases[i].Evidence, e)
				}
			case marketABI.GetABI().Events["LeaseSettled"].ID:
				s, err := marketABI.UnpackLeaseSettledEvent(lg)
				if err != nil {
					return ev, decodeErr("LeaseSettled", lg, err)
				}
				if s.AssetId.Cmp(want) != 0 {
					continue
				}
				// Its credit is counted from the SlaCredited events that make
				// it up (one per epoch, the evidence the mirror keeps too);
				// checkBalances checks that both sum to the lease's credited.
				ev.Settlements = append(ev.Settlements, yield.Settlement{
					LeaseID: s.LeaseId.Uint64(), At: at, Released: units(s.Released), Evidence: e,
				})
			case marketABI.GetABI().Events["SlaCredited"].ID:
				c, err := marketABI.UnpackSlaCreditedEvent(lg)
				if err != nil {
					return ev, decodeErr("SlaCredited", lg, err)
				}
				if _, ok := leases[c.LeaseId.Uint64()]; !ok {
					continue // a lease of another asset
				}
				ev.Settlements = append(ev.Settlements, yield.Settlement{
					LeaseID: c.LeaseId.Uint64(), At: at, Credit: units(c.Credit), Evidence: e,
				})
			}
		case oracle:
			if lg.Topics[0] != oracleABI.GetABI().Events["EpochReported"].ID {
				continue
			}
			r, err := oracleABI.UnpackEpochReportedEvent(lg)
			if err != nil {
				return ev, decodeErr("EpochReported", lg, err)
			}
			if r.AssetId.Cmp(want) != 0 {
				continue
			}
			ev.Epochs = append(ev.Epochs, l.epoch(r, e))
		}
	}
	if !found {
		return ev, fmt.Errorf("audit: asset %d: %w", assetID, ErrUnknownAsset)
	}
	return ev, nil
}

func decodeErr(event string, lg *types.Log, err error) error {
	return fmt.Errorf("audit: decode %s at block %d log %d: %w", event, lg.BlockNumber, lg.Index, err)
}

func units(v *big.Int) money.Amount { return money.MustFromUnits(v) }

func unix(sec uint64) time.Time { return time.Unix(int64(sec), 0).UTC() }

// readEpochClock reads the oracle's epoch genesis and length, immutable
// for its lifetime, to place each epoch report in time.
func (l *Log) readEpochClock(ctx context.Context, c Chain, oracle common.Address) error {
	abi := telemetryoracle.NewTelemetryOracle()
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &oracle, Data: abi.PackEpochGenesis()}, nil)
	if err != nil {
		return fmt.Errorf("audit: oracle epoch genesis: %w", err)
	}
	genesis, err := abi.UnpackEpochGenesis(out)
	if err != nil {
		return fmt.Errorf("audit: oracle epoch genesis: %w", err)
	}
	if out, err = c.CallContract(ctx, ethereum.CallMsg{To: &oracle, Data: abi.PackEpochLength()}, nil); err != nil {
		return fmt.Errorf("audit: oracle epoch length: %w", err)
	}
	length, err := abi.UnpackEpochLength(out)
	if err != nil {
		return fmt.Errorf("audit: oracle epoch length: %w", err)
	}
	l.epochGenesis, l.epochLength = unix(genesis), time.Duration(length)*time.Second
	return nil
}

func (l *Log) epoch(r *telemetryoracle.TelemetryOracleEpochReported, e yield.Evidence) yield.Epoch {
	return yield.Epoch{
		Start:           l.epochGenesis.Add(time.Duration(r.Epoch) * l.epochLength),
		Length:          l.epochLength,
		UtilisationBps:  r.Median.UtilisationBps,
		AvailabilityBps: r.Median.AvailabilityBps,
		EnergyWh:        r.Median.EnergyWh,
		Evidence:        e,
	}
}
