package ledger

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// handler applies one event of one contract to a batch. There is one per
// event the mirror follows; handlers.go lists them. Adding an event is
// adding a handler: its contract's ABI gives the topic, and the handler set's
// fingerprint changes, so existing ledger files ask for a reindex
// (ErrNeedsReindex) instead of silently missing the new event's history.
type handler struct {
	contract string // contract name in the manifest (contracts.*Name)
	event    string // event name in the contract's ABI
	apply    func(c *logCtx) error
}

// registry maps (contract address, topic) to handlers for one deployment.
// It is immutable after newRegistry and safe for concurrent use.
type registry struct {
	byAddr      map[common.Address]map[common.Hash]*handler
	names       map[common.Address]string // contract name by address
	addresses   []common.Address          // every contract followed, sorted
	topics      []common.Hash             // every topic handled, sorted
	fingerprint string
	market      common.Address
	asset       common.Address
	token       common.Address
	pool        common.Address // the LendingPool; zero in a deployment without credit
	vault       common.Address // the CreditVault; zero in a deployment without credit
	backstop    common.Address // the CapacityBackstop; zero in a deployment without one
	// covered are the contracts whose stablecoin movements their own events
	// book (LeaseCreated, RevenueDeposited, ...): ERC-20 transfers to or
	// from them are not booked a second time.
	covered map[common.Address]bool
}

// newRegistry binds the handlers to the manifest's addresses. A handler
// whose contract is not in the manifest, or whose event is not in the
// contract's ABI (an older build), is left out of the registry and of the
// fingerprint.
func newRegistry(m *contracts.Manifest) (*registry, error) {
	abis := contracts.ABIs()
	r := &registry{
		byAddr:   map[common.Address]map[common.Hash]*handler{},
		names:    map[common.Address]string{},
		covered:  map[common.Address]bool{},
		market:   m.Address(contracts.LeaseMarketName),
		asset:    m.Address(contracts.GPUAssetName),
		token:    m.Address(contracts.StablecoinName),
		pool:     m.Address(contracts.LendingPoolName),
		vault:    m.Address(contracts.CreditVaultName),
		backstop: m.Address(contracts.CapacityBackstopName),
	}
	if r.token == (common.Address{}) || r.market == (common.Address{}) || r.asset == (common.Address{}) {
		return nil, errors.New("ledger: manifest lacks the stablecoin, GPUAsset or LeaseMarket")
	}
	var sigs []string
	topics := map[common.Hash]bool{}
	for i := range handlers {
		h := &handlers[i]
		d, ok := m.Contracts[h.contract]
		if !ok || d.Address == (common.Address{}) {
			continue
		}
		if d.External {
			// A token gpuledger did not deploy (USDC) moves for the whole
			// world; its transfers with gpuledger's contracts are booked
			// from their own events, and the rest is none of the ledger's
			// business (nor affordable to index).
			continue
		}
		a, ok := abis[h.contract]
		if !ok {
			continue
		}
		ev, ok := a.Events[h.event]
		if !ok {
			continue
		}
		if r.byAddr[d.Address] == nil {
			r.byAddr[d.Address] = map[common.Hash]*handler{}
			r.names[d.Address] = h.contract
		}
		if _, dup := r.byAddr[d.Address][ev.ID]; dup {
			return nil, fmt.Errorf("ledger: two handlers for %s.%s", h.contract, h.event)
		}
		r.byAddr[d.Address][ev.ID] = h
		topics[ev.ID] = true
		sigs = append(sigs, h.contract+"."+ev.Sig)
	}
	for name, d := range m.Contracts {
		if name != contracts.StablecoinName {
			r.covered[d.Address] = true
		}
	}
	for addr := range r.byAddr {
		r.addresses = append(r.addresses, addr)
	}
	sort.Slice(r.addresses, func(i, j int) bool { return r.addresses[i].Cmp(r.addresses[j]) < 0 })
	for t := range topics {
		r.topics = append(r.topics, t)
	}
	sort.Slice(r.topics, func(i, j int) bool { return r.topics[i].Cmp(r.topics[j]) < 0 })
	sort.Strings(sigs)
	sum := sha256.Sum256([]byte(handlerSetVersion + "\n" + strings.Join(sigs, "\n")))
	r.fingerprint = hex.EncodeToString(sum[:])
	return r, nil
}

// handlerSetVersion changes when a handler's behaviour changes in a way
// that makes files built by the old one wrong; it is part of the
// fingerprint.
//
// handlers/2: LeaseSettled and LeaseEnded book the lease's debt
// (debt:lease, unpaid:asset); LeaseCreated and LeaseRetired keep each
// asset's leased GPUs.
// handlers/3: the LendingPool's and the CreditVault's events are booked
// (handlers_credit.go), and GPUAsset's RevenueClaimed of the vault's
// pledged shares goes to vault:revenue:asset instead of the vault's wallet.
const handlerSetVersion = "handlers/3"

// lookup returns the handler of a log: known is false for an address the
// registry does not follow, h is nil for an event of a followed contract
// that no handler wants.
func (r *registry) lookup(l *types.Log) (h *handler, known bool) {
	hs, known := r.byAddr[l.Address]
	if !known || len(l.Topics) == 0 {
		return nil, known
	}
	return hs[l.Topics[0]], true
}

// logCtx is what a handler sees: the batch, the log and its reference.
type logCtx struct {
	*batch
	reg *registry
	log *types.Log
	ref Ref
	seq uint64 // the entry booked for this log, 0 if none
}

// post books the log's entry (at most one per log).
func (c *logCtx) post(kind Kind, ps ...Posting) error {
	if c.seq != 0 {
		return fmt.Errorf("ledger: second entry for log %s", c.ref)
	}
	seq, err := c.book(kind, c.ref, ps...)
	c.seq = seq
	return err
}

// skipError marks a log the indexer skips: its payload does not decode
// (malformed) or contradicts the mirror (inconsistent). Handlers return it
// before writing anything.
type skipError struct {
	malformed bool
	err       error
}

func (e *skipError) Error() string { return e.err.Error() }
func (e *skipError) Unwrap() error { return e.err }

// malformed reports a payload that does not decode.
func malformed(format string, args ...any) error {
	return &skipError{malformed: true, err: fmt.Errorf(format, args...)}
}

// inconsistent reports a log that contradicts the mirror (an unknown
// lease, a balance that would go negative): the mirror cannot apply it.
func inconsistent(format string, args ...any) error {
	return &skipError{err: fmt.Errorf(format, args...)}
}

// id reads a uint256 id that must fit 64 bits.
func id(what string, v *big.Int) (uint64, error) {
	if v == nil || v.Sign() < 0 || !v.IsUint64() {
		return 0, malformed("%s %v does not fit 64 bits", what, v)
	}
	return v.Uint64(), nil
}

// amount reads a uint256 of token units.
func amount(what string, v *big.Int) (money.Amount, error) {
	a, err := money.FromUnits(v)
	if err != nil {
		return money.Amount{}, malformed("%s: %v", what, err)
	}
	return a, nil
}
