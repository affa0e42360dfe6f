package webhooks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/ledger"
	"github.com/gpuledger/gpuledger/money"
)

// watchRecord is a lease the dispatcher follows: not ended, or ended less
// than ReorgDepth blocks ago (a reorg may still bring it back).
type watchRecord struct {
	// FirstSeen and EndedAt are the blocks of the passes that first saw
	// it, and saw it ended (0: not yet).
	FirstSeen uint64 `json:"first_seen"`
	EndedAt   uint64 `json:"ended_at,omitempty"`
	// Credited is its credited total when its SLA credits were last read
	// ("": never; they are read again when it changes).
	Credited string `json:"credited"`
}

// firedRecord says a fact was reported: at which generation (a deposit, a
// claimed total), by which event, derived at which block; Prev is the
// record it replaced, restored if a reorg removes this one.
type firedRecord struct {
	Gen   string       `json:"gen"`
	Event string       `json:"event"`
	Block uint64       `json:"block"`
	Prev  *firedRecord `json:"prev,omitempty"`
}

// checkpoint is a pass's label: the mirror block it read, and the lease
// cursor after it.
type checkpoint struct {
	Number      uint64      `json:"number"`
	Hash        common.Hash `json:"hash"`
	LeaseCursor uint64      `json:"lease_cursor"`
}

// PassResult says what one Pass did.
type PassResult struct {
	Block      uint64 // the mirror block the pass read
	Leases     int    // leases examined
	Events     int    // events derived
	Deliveries int    // deliveries queued
	Actions    int    // auto top-ups queued
	Reorged    int    // events from orphaned blocks handled (cancelled or retracted)
}

// Deriver derives one family of events in a pass. Lease events (runway,
// overdrawn, ended, SLA credits) and claimable revenue are built in; a
// later family adds one through Config.Derivers: loan health (issue
// "Compute finance") is meant to read its loans from the credit facility's
// mirror and report through Facts, once its event type is made
// subscribable. A Deriver must read nothing that grows with history.
type Deriver interface {
	Derive(ctx context.Context, f Facts) error
}

// Facts is a pass as a Deriver sees it.
type Facts interface {
	// Endpoints are every endpoint, as the pass read them.
	Endpoints() []Endpoint
	// Block is the mirror block the pass reads; Now the chain head's time.
	Block() ledger.BlockRef
	Now() time.Time
	// Fire reports fact key at generation gen (once per key and gen) as an
	// event of type t with data, delivered to the endpoints named in to;
	// the caller decides who may hear of it (only its own resources).
	Fire(key, gen string, t EventType, data any, to []uint64) error
}

// pass is one pass's snapshot and what it found, committed together.
type pass struct {
	d         *Dispatcher
	block     ledger.BlockRef
	now       time.Time // chain time of the head
	created   time.Time // wall time: the events' created
	endpoints []Endpoint
	operators map[uint64]common.Address // asset -> operator

	watch       map[uint64]*watchRecord
	unwatch     []uint64
	leaseCursor uint64
	fired       map[string]*firedRecord // facts read (nil value: none) and fired in this pass
	changed     map[string]bool         // fired keys to write
	events      []*eventRecord
	fanout      map[string][]uint64 // event id -> endpoints
	actions     []*action
	dirty       bool
}

// Pass derives the events of the mirror's current state and commits them,
// with their deliveries and auto top-ups, in one transaction (package
// comment). It first follows a reorg, if the chain dropped blocks of
// earlier passes. It is serialised with itself.
func (d *Dispatcher) Pass(ctx context.Context) (PassResult, error) {
	d.passMu.Lock()
	defer d.passMu.Unlock()
	res, err := d.pass(ctx)
	if err != nil {
		// What the pass noted of the leases may not be committed: the
		// next one reads them all.
		d.follow.reset()
	}
	return res, err
}

func (d *Dispatcher) pass(ctx context.Context) (PassResult, error) {
	var res PassResult
	n, err := d.followReorg(ctx)
	res.Reorged = n
	if err != nil {
		return res, err
	}
	if _, ok, err := d.mirror.Cursor(); err != nil || !ok {
		return res, err // the mirror has applied nothing yet
	}
	head, err := d.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("webhooks: read head: %w", err)
	}
	p := &pass{d: d, now: time.Unix(int64(head.Time), 0).UTC(), created: d.cfg.Now().UTC(),
		operators: map[uint64]common.Address{}, watch: map[uint64]*watchRecord{},
		fired: map[string]*firedRecord{}, changed: map[string]bool{}, fanout: map[string][]uint64{}}
	if err := d.store.db.View(func(tx *bolt.Tx) error { return p.load(tx) }); err != nil {
		return res, err
	}
	ids, full, err := d.follow.plan(d.mirror, p.endpoints, p.now, d.cfg.ReorgDepth)
	if err != nil {
		return res, fmt.Errorf("webhooks: lease changes: %w", err)
	}
	if err := d.store.db.View(func(tx *bolt.Tx) error { return p.loadWatch(tx, ids, full) }); err != nil {
		return res, err
	}
	leases, err := p.readLeases(ids, full)
	if err != nil {
		return res, err
	}
	// The label is read after the state: never older than what was read.
	ref, _, err := d.mirror.Cursor()
	if err != nil {
		return res, err
	}
	p.block = ref
	res.Block, res.Leases = ref.Number, len(leases)
	for _, l := range leases {
		if err := p.lease(l); err != nil {
			return res, err
		}
	}
	if err := p.holdings(); err != nil {
		return res, err
	}
	for _, dv := range d.cfg.Derivers {
		if err := dv.Derive(ctx, p); err != nil {
			return res, err
		}
	}
	res.Events, res.Actions = len(p.events), len(p.actions)
	res.Deliveries, err = p.commit()
	return res, err
}

// load reads the pass's starting point: endpoints, lease cursor.
func (p *pass) load(tx *bolt.Tx) error {
	eps, err := allEndpoints(tx)
	if err != nil {
		return err
	}
	p.endpoints = eps
	if v := tx.Bucket(bMeta).Get(metaLeaseCursor); v != nil {
		p.leaseCursor = decodeU64(v)
	}
	return nil
}

// loadWatch reads the watch records of the leases the pass looks at:
// every one (full), or those of ids that are watched.
func (p *pass) loadWatch(tx *bolt.Tx, ids []uint64, full bool) error {
	b := tx.Bucket(bWatch)
	if !full {
		for _, id := range ids {
			var w watchRecord
			switch err := getJSON(b, u64(id), &w); {
			case isNotFound(err):
			case err != nil:
				return err
			default:
				p.watch[id] = &w
			}
		}
		return nil
	}
	return b.ForEach(func(k, v []byte) error {
		var w watchRecord
		if err := json.Unmarshal(v, &w); err != nil {
			return err
		}
		p.watch[decodeU64(k)] = &w
		return nil
	})
}

// readLeases reads the watched leases loaded and the new ones (ids above
// the cursor, until the first the mirror does not have; when following
// changes, only if some changed lease is new).
func (p *pass) readLeases(ids []uint64, full bool) ([]contracts.Lease, error) {
	var out []contracts.Lease
	for id := range p.watch {
		l, err := p.d.mirror.Lease(id)
		if errors.Is(err, ledger.ErrNotFound) {
			// Gone from the mirror for now: created in blocks a reorg
			// removed, which followReorg forgets at its next pass (the
			// mirror may have rolled back before the pass saw the chain's).
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	if !full && (len(ids) == 0 || slices.Max(ids) <= p.leaseCursor) {
		return out, nil // no new lease
	}
	for id := p.leaseCursor + 1; ; id++ {
		l, err := p.d.mirror.Lease(id)
		if errors.Is(err, ledger.ErrNotFound) {
			break
		}
		if err != nil {
			return nil, err
		}
		p.watch[id] = &watchRecord{}
		p.leaseCursor, p.dirty = id, true
		out = append(out, l)
	}
	return out, nil
}

// operator returns the operator of an asset, read once per pass.
func (p *pass) operator(assetID uint64) (common.Address, error) {
	if op, ok := p.operators[assetID]; ok {
		return op, nil
	}
	a, err := p.d.mirror.Asset(assetID)
	if errors.Is(err, ledger.ErrNotFound) {
		// Never on a consistent mirror; then only the renter and admins
		// hear of the lease, rather than no one.
		p.d.log.Warn("webhooks: a lease's asset is not in the mirror", "asset", assetID)
		a.Operator = common.Address{}
	} else if err != nil {
		return common.Address{}, fmt.Errorf("webhooks: asset %d of a lease: %w", assetID, err)
	}
	p.operators[assetID] = a.Operator
	return a.Operator, nil
}

// sees reports whether endpoint ep may hear of lease l, whose asset op
// operates: the API's lease rule (api.canSeeLease, docs/api-access.md):
// its renter, its asset's operator, an admin. Then the endpoint's filters.
func sees(ep Endpoint, l contracts.Lease, op common.Address) bool {
	whole := ep.Role == accounts.RoleAdmin || ep.Principal == l.Renter ||
		(ep.Role == accounts.RoleOperator && ep.Principal == op)
	return whole && (ep.LeaseID == 0 || ep.LeaseID == l.ID) && (ep.AssetID == 0 || ep.AssetID == l.AssetID)
}

// lease derives the facts of one lease.
func (p *pass) lease(l contracts.Lease) error {
	w := p.watch[l.ID]
	if w == nil {
		return nil
	}
	if w.FirstSeen == 0 {
		w.FirstSeen = p.block.Number
	}
	p.d.follow.forget(l.ID)
	op, err := p.operator(l.AssetID)
	if err != nil {
		return err
	}
	funds := fundsAt(l, p.now)
	data := func(threshold uint32) LeaseData {
		return LeaseData{
			LeaseID: id(l.ID), ListingID: id(l.ListingID), AssetID: id(l.AssetID), Renter: l.Renter.Hex(), GPUs: l.GPUs,
			Status: l.Status, CloseReason: l.CloseReason, End: l.End, Deposit: l.Deposit, Released: l.Released,
			Refunded: l.Refunded, Credited: l.Credited, Escrow: l.Escrow, Debt: funds.debt(), RunwayHours: funds.runway(),
			ThresholdHours: threshold, At: p.now, Block: p.block.Number,
		}
	}
	audience := func(t EventType) []uint64 {
		var out []uint64
		for _, ep := range p.endpoints {
			if ep.Wants(t) && sees(ep, l, op) {
				out = append(out, ep.ID)
			}
		}
		return out
	}
	ended := l.Status == contracts.LeaseEnded
	prefix := fmt.Sprintf("lease/%d/", l.ID)
	deposit := l.Deposit.String()

	// SLA credits first: a final settlement credits, then ends the lease.
	if l.Credited.String() != w.Credited {
		if err := p.credits(l, op, audience(EventSLACredited)); err != nil {
			return err
		}
		w.Credited, p.dirty = l.Credited.String(), true
	}
	// Overdrawn: marked so by the chain, or ended owing (it was overdrawn
	// before it was closed, even if no pass saw it so).
	owed := ended && (l.CloseReason == contracts.ReasonOutOfFunds || funds.debt().Units().Sign() > 0)
	if l.Status == contracts.LeaseOverdrawn || owed {
		if err := p.fire(prefix+"overdrawn", deposit, EventOverdrawn, data(0), audience(EventOverdrawn), nil); err != nil {
			return err
		}
	}
	if ended {
		if err := p.fire(prefix+"ended", "", EventEnded, data(0), audience(EventEnded), nil); err != nil {
			return err
		}
		if w.EndedAt == 0 {
			w.EndedAt, p.dirty = p.block.Number, true
		}
		if w.EndedAt+p.d.cfg.ReorgDepth <= p.block.Number {
			p.unwatch, p.dirty = append(p.unwatch, l.ID), true
		} else {
			p.d.follow.watchEnded(l.ID, w.EndedAt)
			if !owed {
				// Its rent accrues until End, which a close moves to its
				// time; one whose End is still ahead may yet end owing.
				p.d.follow.schedule(l.ID, funds.crossing(p.now, l.End, 0))
			}
		}
		return nil
	}
	if !running(l) {
		return nil
	}
	// The next time a threshold not crossed yet may be: read it again then.
	var due time.Time
	defer func() { p.d.follow.schedule(l.ID, due) }()
	for _, ep := range p.endpoints {
		if !sees(ep, l, op) {
			continue
		}
		if ep.Wants(EventRunwayLow) {
			due = earliest(due, funds.crossing(p.now, l.End, int64(ep.RunwayBelowHours)*3600))
		}
		if a := ep.AutoTopUp; a != nil && ep.Principal == l.Renter {
			due = earliest(due, funds.crossing(p.now, l.End, int64(a.BelowHours)*3600))
		}
		if ep.Wants(EventRunwayLow) && funds.below(int64(ep.RunwayBelowHours)*3600) {
			key := fmt.Sprintf("%sep/%d/runway", prefix, ep.ID)
			if err := p.fire(key, deposit, EventRunwayLow, data(ep.RunwayBelowHours), []uint64{ep.ID}, nil); err != nil {
				return err
			}
		}
		if a := ep.AutoTopUp; a != nil && ep.Principal == l.Renter {
			left := int64(l.End.Sub(p.now) / time.Second)
			room := topUpRoom(l)
			if left <= 0 || room.Sign() <= 0 || !funds.below(min(int64(a.BelowHours)*3600, left)) {
				continue
			}
			amount := a.Amount
			if room.Cmp(amount.Units()) < 0 {
				amount = money.MustFromUnits(room)
			}
			act := &action{EndpointID: ep.ID, Renter: l.Renter, LeaseID: l.ID, Amount: amount}
			key := fmt.Sprintf("%sep/%d/topup", prefix, ep.ID)
			if err := p.fire(key, deposit, "", nil, nil, act); err != nil {
				return err
			}
		}
	}
	return nil
}

// credits derives one event per SLA credit of a lease not reported yet.
func (p *pass) credits(l contracts.Lease, op common.Address, to []uint64) error {
	var req ledger.PageRequest
	for {
		pg, err := p.d.mirror.SLACredits(l.ID, req)
		if err != nil {
			return err
		}
		for _, c := range pg.Items {
			data := SLACreditData{LeaseID: id(l.ID), AssetID: id(l.AssetID), Renter: l.Renter.Hex(), Epoch: c.Epoch,
				AvailabilityBps: c.AvailabilityBps, TargetBps: c.TargetBps, Due: c.Due, Credit: c.Credit,
				TxHash: c.Ref.TxHash.Hex(), Block: c.Ref.Block, LogIndex: c.Ref.LogIndex}
			key := fmt.Sprintf("lease/%d/credit/%d", l.ID, c.Epoch)
			if err := p.fire(key, "", EventSLACredited, data, to, nil); err != nil {
				return err
			}
		}
		if pg.Next == "" {
			return nil
		}
		req.After = pg.Next
	}
}

// holdings derives revenue.claimable_above for each endpoint that wants it,
// from its principal's own holdings.
func (p *pass) holdings() error {
	for _, ep := range p.endpoints {
		if !ep.Wants(EventClaimableAbove) || ep.ClaimableAbove == nil {
			continue
		}
		var req ledger.PageRequest
		for {
			pg, err := p.d.mirror.Holdings(ep.Principal, req)
			if err != nil {
				return err
			}
			for _, h := range pg.Items {
				if (ep.AssetID != 0 && h.AssetID != ep.AssetID) || h.Claimable.Cmp(*ep.ClaimableAbove) <= 0 {
					continue
				}
				data := ClaimableData{AssetID: id(h.AssetID), Holder: h.Holder.Hex(), Claimable: h.Claimable,
					Claimed: h.Claimed, Threshold: *ep.ClaimableAbove, Block: p.block.Number}
				key := fmt.Sprintf("ep/%d/claimable/%d", ep.ID, h.AssetID)
				if err := p.fire(key, h.Claimed.String(), EventClaimableAbove, data, []uint64{ep.ID}, nil); err != nil {
					return err
				}
			}
			if pg.Next == "" {
				break
			}
			req.After = pg.Next
		}
	}
	return nil
}

// fire reports fact key at generation gen, unless it was reported at that
// generation already: an event of type t with data to the endpoints to
// (stored even when to is empty, so that a reorg can forget the fact), or
// for an auto top-up (act) the action. The fact's record is written with
// the event when the pass commits.
func (p *pass) fire(key, gen string, t EventType, data any, to []uint64, act *action) error {
	prev, read := p.fired[key]
	if !read {
		err := p.d.store.db.View(func(tx *bolt.Tx) error {
			var r firedRecord
			switch err := getJSON(tx.Bucket(bFired), []byte(key), &r); {
			case isNotFound(err):
				return nil
			case err != nil:
				return err
			}
			prev = &r
			return nil
		})
		if err != nil {
			return err
		}
		p.fired[key] = prev
	}
	if prev != nil && prev.Gen == gen {
		return nil
	}
	evID := eventID(key, gen, p.block.Hash.Hex())
	rec := &firedRecord{Gen: gen, Event: evID, Block: p.block.Number, Prev: prev}
	if rec.Prev != nil {
		rec.Prev.Prev = nil // one level: what a reorg restores
	}
	p.fired[key], p.changed[key] = rec, true
	ev := &eventRecord{Event: Event{ID: evID, Type: t, Created: p.created}, Block: p.block.Number, BlockHash: p.block.Hash, Fired: key}
	if act != nil {
		// An auto top-up due is a fact too, kept as an internal event (never
		// delivered) so that a reorg forgets it; the event receivers get,
		// lease.auto_topup, comes with its outcome.
		ev.Type = eventTopUpDue
		act.Event, act.Key, act.Block = evID, "gpuledger-autotopup-"+evID[len("evt_"):], p.block.Number
		p.actions = append(p.actions, act)
	} else {
		raw, err := json.Marshal(data)
		if err != nil {
			return err
		}
		ev.Data = raw
	}
	p.events = append(p.events, ev)
	p.fanout[evID] = to
	p.dirty = true
	return nil
}

// commit writes what the pass found in one transaction: events, their
// deliveries (to endpoints that still exist), actions, facts, the watch
// set, the lease cursor and the checkpoint.
func (p *pass) commit() (int, error) {
	if !p.dirty && p.sameCheckpoint() {
		return 0, nil
	}
	queued := 0
	err := p.d.store.db.Update(func(tx *bolt.Tx) error {
		for _, ev := range p.events {
			for _, epID := range p.fanout[ev.ID] {
				if tx.Bucket(bEndpoints).Get(u64(epID)) == nil {
					continue // deleted during the pass
				}
				if _, err := addDelivery(tx, epID, ev, p.created); err != nil {
					return err
				}
				queued++
			}
		}
		for _, a := range p.actions {
			if tx.Bucket(bEndpoints).Get(u64(a.EndpointID)) == nil {
				continue
			}
			if err := addAction(tx, a, p.created); err != nil {
				return err
			}
			for _, ev := range p.events {
				if ev.ID == a.Event {
					ev.Actions = append(ev.Actions, a.ID)
				}
			}
		}
		for _, ev := range p.events {
			if err := putJSON(tx.Bucket(bEvents), []byte(ev.ID), ev); err != nil {
				return err
			}
			if err := tx.Bucket(bEventsBlock).Put(cat(u64(ev.Block), []byte(ev.ID)), nil); err != nil {
				return err
			}
		}
		for key := range p.changed {
			if err := putJSON(tx.Bucket(bFired), []byte(key), p.fired[key]); err != nil {
				return err
			}
		}
		watch := tx.Bucket(bWatch)
		for id, w := range p.watch {
			if err := putJSON(watch, u64(id), w); err != nil {
				return err
			}
		}
		for _, id := range p.unwatch {
			if err := watch.Delete(u64(id)); err != nil {
				return err
			}
			// Its facts can no longer change: forget them.
			if err := deletePrefix(tx.Bucket(bFired), []byte(fmt.Sprintf("lease/%d/", id))); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bMeta).Put(metaLeaseCursor, u64(p.leaseCursor)); err != nil {
			return err
		}
		return p.d.addCheckpoint(tx, checkpoint{Number: p.block.Number, Hash: p.block.Hash, LeaseCursor: p.leaseCursor})
	})
	if err != nil {
		return 0, err
	}
	return queued, nil
}

// sameCheckpoint reports whether the newest checkpoint is this pass's block.
func (p *pass) sameCheckpoint() bool {
	var cps []checkpoint
	_ = p.d.store.db.View(func(tx *bolt.Tx) error {
		var err error
		cps, err = readCheckpoints(tx)
		return err
	})
	return len(cps) > 0 && cps[len(cps)-1].Number == p.block.Number && cps[len(cps)-1].Hash == p.block.Hash
}

// Facts of a pass (Deriver).
func (p *pass) Endpoints() []Endpoint  { return p.endpoints }
func (p *pass) Block() ledger.BlockRef { return p.block }
func (p *pass) Now() time.Time         { return p.now }
func (p *pass) Fire(key, gen string, t EventType, data any, to []uint64) error {
	if t == "" || t == eventTopUpDue {
		return fmt.Errorf("webhooks: fire %s: no event type", key)
	}
	return p.fire("x/"+key, gen, t, data, to, nil)
}

// eventTopUpDue is the internal event of an auto top-up found due.
const eventTopUpDue EventType = "internal.auto_topup_due"

func id(v uint64) string { return strconv.FormatUint(v, 10) }

func decodeU64(b []byte) uint64 {
	if len(b) < 8 {
		return 0
	}
	return uint64(b[0])<<56 | uint64(b[1])<<48 | uint64(b[2])<<40 | uint64(b[3])<<32 |
		uint64(b[4])<<24 | uint64(b[5])<<16 | uint64(b[6])<<8 | uint64(b[7])
}
