package contracts

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth/tracers"

	"github.com/gpuledger/gpuledger/money"
)

// -gasprofile turns on the opcode profiler of the Osaka gas chain, and
// TestSettleGasBudget prints where a lone settle's gas goes: per contract,
// per kind of cost, and every storage write. It answers "what would it save
// to move this slot" without guessing; the figures back docs/gas.md.
var gasProfile = flag.Bool("gasprofile", false, "print where a lone settle's gas goes (TestSettleGasBudget)")

const gasProfilerName = "gpuledger-gasprofile"

func init() {
	tracers.LiveDirectory.Register(gasProfilerName, func(json.RawMessage) (*tracing.Hooks, error) {
		return profiler.hooks(), nil
	})
}

// profiler is process-wide because a live tracer is named, not passed.
var profiler = &opProfiler{}

// opProfiler sums the gas of the opcodes run while it is recording, by
// contract and kind. A CALL's cost as the EVM reports it includes the gas
// handed to the callee; the callee's opcodes are counted on their own, so
// the handed gas is taken off the CALL when the callee starts.
type opProfiler struct {
	mu        sync.Mutex
	recording bool
	inTx      bool // system calls around a block's transactions are not counted
	byKey     map[profileKey]uint64
	slots     []string // cold reads and every write, in order
	lastCall  *profileKey
}

type profileKey struct {
	contract common.Address
	kind     string
}

func (p *opProfiler) start() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.recording, p.byKey, p.slots, p.lastCall = true, map[profileKey]uint64{}, nil, nil
}

func (p *opProfiler) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.recording = false
}

func (p *opProfiler) hooks() *tracing.Hooks {
	return &tracing.Hooks{
		OnTxStart: func(*tracing.VMContext, *types.Transaction, common.Address) {
			p.mu.Lock()
			defer p.mu.Unlock()
			p.inTx = true
		},
		OnTxEnd: func(*types.Receipt, error) {
			p.mu.Lock()
			defer p.mu.Unlock()
			p.inTx = false
		},
		OnOpcode: func(pc uint64, op byte, gas, cost uint64, scope tracing.OpContext, _ []byte, depth int, _ error) {
			p.mu.Lock()
			defer p.mu.Unlock()
			if !p.recording || !p.inTx {
				return
			}
			code := vm.OpCode(op)
			kind := "compute"
			switch code {
			case vm.SLOAD, vm.SSTORE:
				kind = code.String()
			case vm.LOG0, vm.LOG1, vm.LOG2, vm.LOG3, vm.LOG4:
				kind = "LOG"
			case vm.CALL, vm.STATICCALL, vm.DELEGATECALL:
				kind = "CALL"
			case vm.TLOAD, vm.TSTORE:
				kind = "transient"
			}
			k := profileKey{scope.Address(), kind}
			p.byKey[k] += cost
			if kind == "CALL" {
				p.lastCall = &k
			}
			if (code == vm.SLOAD && cost > 100) || code == vm.SSTORE { // a warm read costs 100
				st := scope.StackData()
				slot := st[len(st)-1].Bytes32()
				p.slots = append(p.slots, fmt.Sprintf("%-6s %s slot %x…%x: %d", code, short(scope.Address()), slot[:3], slot[29:], cost))
			}
		},
		OnEnter: func(depth int, _ byte, _, _ common.Address, _ []byte, gas uint64, _ *big.Int) {
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.recording && p.inTx && depth > 0 && p.lastCall != nil {
				p.byKey[*p.lastCall] -= gas
				p.lastCall = nil
			}
		},
	}
}

func short(a common.Address) string { return a.Hex()[:8] }

func (p *opProfiler) print(w io.Writer, names map[common.Address]string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	keys := make([]profileKey, 0, len(p.byKey))
	var total uint64
	for k, v := range p.byKey {
		keys = append(keys, k)
		total += v
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].contract != keys[j].contract {
			return names[keys[i].contract] < names[keys[j].contract]
		}
		return keys[i].kind < keys[j].kind
	})
	for _, k := range keys {
		fmt.Fprintf(w, "%-18s %-10s %7d\n", names[k.contract], k.kind, p.byKey[k])
	}
	fmt.Fprintf(w, "%-29s %7d (execution; plus intrinsic)\n", "total", total)
	for _, s := range p.slots {
		fmt.Fprintln(w, "  "+s)
	}
}

// settleGasBudget is the most a lone settle may cost in the mainnet
// (Osaka) schedule: issue 3's goal.
const settleGasBudget = 80_000

// TestSettleGasBudget holds a lone settle of a running lease (something
// accrued, nothing ends) within settleGasBudget under Osaka's schedule, by
// time alone and with the SLA oracle attached, walking one epoch. With
// -gasprofile it prints where the gas goes.
func TestSettleGasBudget(t *testing.T) {
	gc := openOsakaGasChain(t)
	ctx := gc.ctx
	market, renter := gc.leaseSetup(t)
	spec := defaultListing()
	a := gc.tokenizeFor(t, 1_000_000, nil, nil, 1500, 500)
	l, _, err := market.CreateListing(ctx, gc.admin, a.ID, spec)
	if err != nil {
		t.Fatal(err)
	}
	lease, _, err := market.OpenLease(ctx, renter, LeaseRequest{ListingID: l.ID, GPUs: 1, Hours: 24,
		Deposit: money.MustFromUnits(termCost(1, 24, spec.PricePerGPUHour))})
	if err != nil {
		t.Fatal(err)
	}
	settle := func(after time.Duration, profile bool) uint64 {
		t.Helper()
		if err := gc.adjust(after); err != nil {
			t.Fatal(err)
		}
		if profile {
			profiler.start()
			defer profiler.stop()
		}
		_, r, err := market.Settle(ctx, gc.admin, lease.ID)
		if err != nil {
			t.Fatal(err)
		}
		return r.GasUsed
	}
	settle(time.Minute, false) // the first pays into a fresh asset
	gas := settle(time.Minute, *gasProfile)
	t.Logf("osaka: lone settle %d gas (budget %d)", gas, settleGasBudget)
	if gas > settleGasBudget {
		t.Errorf("a lone settle costs %d gas, budget %d", gas, settleGasBudget)
	}
	printProfile := func() {
		if !*gasProfile {
			return
		}
		names := map[common.Address]string{}
		for _, n := range []string{StablecoinName, GPUAssetName, LeaseMarketName, TelemetryOracleName} {
			names[gc.manifest.Address(n)] = n
		}
		var out strings.Builder
		profiler.print(&out, names)
		t.Log("\n" + out.String())
	}
	printProfile()

	// With the TelemetryOracle attached, a settle walks the epochs since the
	// last one and asks for each one's availability (none reported here:
	// with no report window each is final without credit).
	if _, err := market.SetAvailabilityOracle(ctx, gc.admin, gc.manifest.Address(TelemetryOracleName), 0); err != nil {
		t.Fatal(err)
	}
	settle(TelemetryEpochLength, false)
	gas = settle(TelemetryEpochLength, *gasProfile)
	t.Logf("osaka: settle walking one SLA epoch %d gas (budget %d)", gas, settleGasBudget)
	if gas > settleGasBudget {
		t.Errorf("a settle walking one SLA epoch costs %d gas, budget %d", gas, settleGasBudget)
	}
	printProfile()
	// Each further epoch walked is one more record read (and a warm call).
	t.Logf("osaka: settle walking two SLA epochs %d gas", settle(2*TelemetryEpochLength, false))
}
