package ledger

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// testLogger keeps the chain's and the indexer's chatter out of test
// output unless it is a warning or worse.
func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// testEnv is an embedded chain with the contract set deployed.
type testEnv struct {
	ctx     context.Context
	chain   *chain.Embedded
	decoder *chain.ErrorDecoder
	m       *contracts.Manifest
	admin   actor
	assets  *contracts.Assets
	token   *contracts.Stablecoin
	market  *contracts.Market
	revenue *contracts.Revenue
	tel     *contracts.Telemetry
	trs     []*chain.Transactor // every transactor made, to resync after a fork
}

// actor is an account that sends transactions.
type actor struct {
	contracts.Sender
	tr *chain.Transactor
}

// sealingSender seals a block after each send, for SealManual chains.
type sealingSender struct {
	tr *chain.Transactor
	c  *chain.Embedded
}

func (s sealingSender) Address() common.Address { return s.tr.Address() }

func (s sealingSender) SendAndWait(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	tx, err := s.tr.Send(ctx, to, data, value)
	if err != nil {
		return nil, err
	}
	if _, err := s.c.Commit(); err != nil {
		return nil, err
	}
	return s.tr.Wait(ctx, tx)
}

func newTestEnv(t testing.TB, cfg chain.EmbeddedConfig) *testEnv {
	t.Helper()
	ctx := context.Background()
	cfg.Logger = testLogger(t)
	c, err := chain.OpenEmbedded(ctx, cfg)
	if err != nil {
		t.Fatalf("open embedded chain: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	e := &testEnv{ctx: ctx, chain: c, decoder: chain.NewErrorDecoder()}
	for name, a := range contracts.ABIs() {
		e.decoder.Register(name, a)
	}
	e.admin = e.actorFor(c.DevKey())
	m, err := contracts.Deploy(ctx, c.Client(), e.admin, contracts.DeployOptions{})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.m = m
	reader := chain.DecodingCaller{Client: c.Client(), Decoder: e.decoder}
	e.token = contracts.NewStablecoin(reader, m.Address(contracts.StablecoinName))
	e.assets = contracts.NewAssets(reader, m.Address(contracts.GPUAssetName))
	e.market = contracts.NewMarket(reader, m.Address(contracts.LeaseMarketName), e.token)
	e.revenue = contracts.NewRevenue(reader, m.Address(contracts.GPUAssetName))
	e.tel = contracts.NewTelemetry(reader, m.Address(contracts.TelemetryOracleName))
	return e
}

func (e *testEnv) actorFor(key *ecdsa.PrivateKey) actor {
	tr := chain.NewTransactor(e.chain.Client(), e.chain.ChainID(), key,
		chain.WithErrorDecoder(e.decoder), chain.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))),
		chain.WithPollInterval(5*time.Millisecond))
	e.trs = append(e.trs, tr)
	if e.chain.SealMode() == chain.SealManual {
		return actor{Sender: sealingSender{tr: tr, c: e.chain}, tr: tr}
	}
	return actor{Sender: tr, tr: tr}
}

// account returns a new actor funded with ETH for gas.
func (e *testEnv) account(t testing.TB) actor {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	a := e.actorFor(key)
	addr := a.Address()
	if _, err := e.admin.SendAndWait(e.ctx, &addr, nil, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))); err != nil {
		t.Fatalf("fund %s: %v", addr, err)
	}
	return a
}

// resync makes every transactor read its nonce again (after a fork).
func (e *testEnv) resync() {
	for _, tr := range e.trs {
		tr.ResyncNonce()
	}
}

func (e *testEnv) headTime(t testing.TB) time.Time {
	t.Helper()
	h, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

func (e *testEnv) head(t testing.TB) *types.Header {
	t.Helper()
	h, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// workload drives the contracts with random but valid operations, the way
// contracts/conservation_test.go does, plus the revenue side and the
// oracle: every kind of money event the ledger books.
type workload struct {
	e         *testEnv
	rng       *rand.Rand
	operators []actor
	renters   []actor
	holders   []actor
	assets    []contracts.Asset
	opOf      map[uint64]actor
	listings  []uint64
	leases    []trackedLease
	reporter  map[uint64]*ecdsa.PrivateKey
	lastEpoch map[uint64]uint64
	// reports is the availability each asset's oracle report stored, by
	// epoch: what SLA credits are recomputed from.
	reports map[uint64]map[uint64]uint16
	domain  contracts.TelemetryDomain
	counts  map[string]int
}

type trackedLease struct {
	id      uint64
	renter  actor
	listing uint64
}

func h100Spec(opFee, reserve uint16) contracts.AssetSpec {
	return contracts.AssetSpec{
		GPUModel: "H100-SXM5-80GB", GPUCount: 8, RatedPowerW: 10200, Location: "US-TX-1",
		CommissionedAt: time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), BookValue: money.MustParse("280000"),
		UsefulLifeMonths: 48, Shares: contracts.NewShares(big.NewInt(1_000_003)),
		OperatorFeeBps: opFee, ReserveBps: reserve,
	}
}

// newWorkload tokenizes nAssets assets (two operators), lists them, funds
// renters and hands shares to holders.
//
// GPULEDGER_LEDGER_SEED, when set, replaces every workload's seed (to try
// other workloads: GPULEDGER_LEDGER_SEED=7 go test ./ledger).
func newWorkload(t testing.TB, e *testEnv, seed uint64, nAssets int) *workload {
	t.Helper()
	if v, err := strconv.ParseUint(os.Getenv("GPULEDGER_LEDGER_SEED"), 10, 64); err == nil {
		seed = v
		t.Logf("workload seed %d", seed)
	}
	w := &workload{e: e, rng: rand.New(rand.NewPCG(seed, 7)), opOf: map[uint64]actor{},
		reporter: map[uint64]*ecdsa.PrivateKey{}, lastEpoch: map[uint64]uint64{}, counts: map[string]int{},
		reports: map[uint64]map[uint64]uint16{},
		domain:  e.tel.Domain(e.chain.ChainID())}
	ctx := e.ctx
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.revenue.SetPlatformFee(ctx, e.admin, 300); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		op := e.account(t)
		must(e.assets.GrantOperator(ctx, e.admin, op.Address()))
		w.operators = append(w.operators, op)
	}
	for range 5 {
		r := e.account(t)
		must(e.token.Mint(ctx, e.admin, r.Address(), money.MustParse("100000")))
		w.renters = append(w.renters, r)
	}
	for range 3 {
		w.holders = append(w.holders, e.account(t))
	}
	for i := range nAssets {
		op := w.operators[i%len(w.operators)]
		a, _, err := e.assets.Tokenize(ctx, op, h100Spec(uint16(1000+i*250), uint16(300+i*100)))
		if err != nil {
			t.Fatalf("tokenize: %v", err)
		}
		w.assets = append(w.assets, a)
		w.opOf[a.ID] = op
		spec := contracts.ListingSpec{GPUs: 8, PricePerGPUHour: money.MustFromUnits(big.NewInt(int64(1_000_000 + w.rng.IntN(3_000_000)))),
			MinHours: 1, MaxHours: 720, SLAAvailabilityBps: 9900, CreditBps: 1000}
		l, _, err := e.market.CreateListing(ctx, op, a.ID, spec)
		if err != nil {
			t.Fatalf("list: %v", err)
		}
		w.listings = append(w.listings, l.ID)
		for _, h := range w.holders {
			must(e.assets.Transfer(ctx, op, h.Address(), a.ID, contracts.NewShares(big.NewInt(int64(50_000+w.rng.IntN(200_000))))))
		}
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		// Reporters and quorum are the oracle admin's (never the operator's);
		// one reporter per asset needs the quorum floor lowered to 1.
		must(e.tel.SetMinQuorum(ctx, e.admin, 1))
		must(e.tel.AddReporter(ctx, e.admin, a.ID, crypto.PubkeyToAddress(key.PublicKey)))
		must(e.tel.SetQuorum(ctx, e.admin, a.ID, 1))
		w.reporter[a.ID] = key
	}
	return w
}

// errNoop is returned by a random operation that found nothing to do
// (a lease with no room to top up, an empty reserve, an epoch already
// reported) and sent nothing; step counts it apart from successes.
var errNoop = errors.New("nothing to do")

// tolerable reports errors a random operation may meet without the test
// being wrong: input the clients refuse, a revert found before sending, or
// nothing to do.
func tolerable(err error) bool {
	return errors.Is(err, contracts.ErrInvalidInput) || errors.Is(err, chain.ErrReverted) ||
		errors.Is(err, contracts.ErrInvalidAsset) || errors.Is(err, errNoop)
}

// step performs one random operation.
func (w *workload) step(t testing.TB) {
	t.Helper()
	e, ctx, rng := w.e, w.e.ctx, w.rng
	op := rng.IntN(100)
	var name string
	var err error
	switch {
	case op < 22:
		name, err = "lease", w.openLease(t)
	case op < 36 && len(w.leases) > 0:
		name = "settle"
		_, _, err = e.market.Settle(ctx, w.renters[rng.IntN(len(w.renters))], w.leases[rng.IntN(len(w.leases))].id)
	case op < 42 && len(w.leases) > 0:
		name, err = "topup", w.topUp(t)
	case op < 48 && len(w.leases) > 0:
		tl := w.leases[rng.IntN(len(w.leases))]
		l, lerr := e.market.Lease(ctx, tl.id)
		if lerr != nil {
			t.Fatal(lerr)
		}
		if l.Status == contracts.LeaseActive || l.Status == contracts.LeaseOverdrawn {
			name = "close"
			_, _, err = e.market.Close(ctx, tl.renter, tl.id)
		}
	case op < 60:
		name, err = "advance", e.chain.AdjustTime(time.Duration(60+rng.IntN(40*60))*time.Second)
	case op < 67:
		name, err = "shares", w.transferShares()
	case op < 74:
		name = "claim"
		ids := make([]uint64, 0, len(w.assets))
		for _, a := range w.assets {
			ids = append(ids, a.ID)
		}
		holder := append(w.holders, w.operators...)[rng.IntN(len(w.holders)+len(w.operators))]
		_, _, err = e.revenue.Claim(ctx, holder, ids...)
	case op < 77:
		a := w.assets[rng.IntN(len(w.assets))]
		name = "operator fees"
		_, _, err = e.revenue.WithdrawOperatorFees(ctx, w.opOf[a.ID], a.ID)
	case op < 80:
		name, err = "reserve", w.withdrawReserve(t)
	case op < 82:
		name = "platform fees"
		_, _, err = e.revenue.WithdrawPlatformFees(ctx, e.admin, w.holders[0].Address())
	case op < 87:
		name = "wallet transfer"
		from, to := w.renters[rng.IntN(len(w.renters))], w.renters[rng.IntN(len(w.renters))]
		amt := big.NewInt(int64(1 + rng.IntN(5_000_000)))
		tok := e.token.Address()
		_, err = from.SendAndWait(ctx, &tok, tokenABI.PackTransfer(to.Address(), amt), nil)
	case op < 90:
		name = "mint"
		_, err = e.token.Mint(ctx, e.admin, w.renters[rng.IntN(len(w.renters))].Address(), money.MustParse("5000"))
	case op < 96:
		name, err = "report", w.report(t)
	case op < 98:
		name = "price"
		lst := w.listings[rng.IntN(len(w.listings))]
		l, lerr := e.market.Listing(ctx, lst)
		if lerr != nil {
			t.Fatal(lerr)
		}
		_, err = e.market.SetListingPrice(ctx, w.opOf[l.AssetID], lst, money.MustFromUnits(big.NewInt(int64(1_000_000+rng.IntN(3_000_000)))))
	default:
		name, err = "settle all", w.settleAll(t)
	}
	switch {
	case errors.Is(err, errNoop):
		name += " (no-op)"
	case err != nil:
		if !tolerable(err) {
			t.Fatalf("%s: %v", name, err)
		}
		name += " (refused)"
	}
	if name != "" {
		w.counts[name]++
	}
}

func (w *workload) openLease(t testing.TB) error {
	e, ctx, rng := w.e, w.e.ctx, w.rng
	lst, err := e.market.Listing(ctx, w.listings[rng.IntN(len(w.listings))])
	if err != nil {
		t.Fatal(err)
	}
	gpus := uint32(1 + rng.IntN(3))
	hours := uint32(1 + rng.IntN(5))
	hourly := new(big.Int).Mul(lst.PricePerGPUHour.Units(), big.NewInt(int64(gpus)))
	full := new(big.Int).Mul(hourly, big.NewInt(int64(hours)))
	deposit := new(big.Int).Add(hourly, big.NewInt(rng.Int64N(new(big.Int).Sub(full, hourly).Int64()+1)))
	now := w.e.headTime(t)
	var expired []uint64
	for _, tl := range w.leases {
		if tl.listing != lst.ID {
			continue
		}
		l, err := e.market.Lease(ctx, tl.id)
		if err != nil {
			t.Fatal(err)
		}
		if !l.Retired && !l.End.After(now) {
			expired = append(expired, tl.id)
		}
	}
	r := w.renters[rng.IntN(len(w.renters))]
	l, _, err := e.market.OpenLease(ctx, r, contracts.LeaseRequest{ListingID: lst.ID, GPUs: gpus, Hours: hours,
		Deposit: money.MustFromUnits(deposit)}, expired...)
	if err != nil {
		return err
	}
	w.leases = append(w.leases, trackedLease{id: l.ID, renter: r, listing: lst.ID})
	return nil
}

func (w *workload) topUp(t testing.TB) error {
	e, ctx, rng := w.e, w.e.ctx, w.rng
	tl := w.leases[rng.IntN(len(w.leases))]
	l, err := e.market.Lease(ctx, tl.id)
	if err != nil {
		t.Fatal(err)
	}
	hours := int64(l.End.Sub(l.Start) / time.Hour)
	if l.End.Sub(l.Start)%time.Hour != 0 {
		return errNoop // closed early: its term cost is no longer whole hours
	}
	term := new(big.Int).Mul(l.PricePerGPUHour.Units(), big.NewInt(int64(l.GPUs)*hours))
	room := new(big.Int).Sub(term, l.Deposit.Units())
	if (l.Status != contracts.LeaseActive && l.Status != contracts.LeaseOverdrawn) || room.Sign() <= 0 {
		return errNoop
	}
	amt := new(big.Int).Add(big.NewInt(1), big.NewInt(rng.Int64N(room.Int64())))
	_, _, err = e.market.TopUp(ctx, tl.renter, tl.id, money.MustFromUnits(amt))
	return err
}

func (w *workload) transferShares() error {
	e, rng := w.e, w.rng
	a := w.assets[rng.IntN(len(w.assets))]
	all := append(append([]actor{}, w.holders...), w.opOf[a.ID])
	from, to := all[rng.IntN(len(all))], all[rng.IntN(len(all))]
	if from.Address() == to.Address() {
		return errNoop
	}
	n, err := e.assets.SharesOf(e.ctx, from.Address(), a.ID)
	if err != nil {
		return err
	}
	if n.Int().Sign() == 0 {
		return errNoop
	}
	amt := big.NewInt(1 + rng.Int64N(n.Int().Int64()))
	_, err = e.assets.Transfer(e.ctx, from, to.Address(), a.ID, contracts.NewShares(amt))
	return err
}

func (w *workload) withdrawReserve(t testing.TB) error {
	e, ctx, rng := w.e, w.e.ctx, w.rng
	a := w.assets[rng.IntN(len(w.assets))]
	bal, err := e.revenue.ReserveBalance(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if bal.IsZero() {
		return errNoop
	}
	amt := new(big.Int).Add(big.NewInt(1), big.NewInt(rng.Int64N(bal.Units().Int64())))
	_, err = e.revenue.WithdrawReserve(ctx, w.opOf[a.ID], a.ID, money.MustFromUnits(amt), w.holders[rng.IntN(len(w.holders))].Address(),
		contracts.PurposeRepairs, "fans")
	return err
}

// report submits the oracle report of the last finished epoch of an asset.
func (w *workload) report(t testing.TB) error {
	e, rng := w.e, w.rng
	a := w.assets[rng.IntN(len(w.assets))]
	epoch := uint64(w.e.headTime(t).Unix()/3600) - 1
	if last, ok := w.lastEpoch[a.ID]; ok && epoch <= last {
		return errNoop
	}
	o := contracts.Observation{UtilisationBps: uint16(5000 + rng.IntN(5001)), AvailabilityBps: uint16(9700 + rng.IntN(301)),
		EnergyWh: 8000, AvgPowerW: 8000}
	digest := w.domain.Digest(a.ID, epoch, o)
	sig, err := crypto.Sign(digest[:], w.reporter[a.ID])
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	if _, err := e.tel.Submit(e.ctx, w.operators[0], a.ID, epoch, []contracts.SignedObservation{{Observation: o, Signature: sig}}); err != nil {
		return err
	}
	w.lastEpoch[a.ID] = epoch
	if w.reports[a.ID] == nil {
		w.reports[a.ID] = map[uint64]uint16{}
	}
	w.reports[a.ID][epoch] = o.AvailabilityBps
	return nil
}

// settleAll settles every lease in one transaction, as the keeper does.
func (w *workload) settleAll(t testing.TB) error {
	ids := make([]uint64, len(w.leases))
	for i, l := range w.leases {
		ids[i] = l.id
	}
	if len(ids) == 0 {
		return nil
	}
	_, err := w.e.market.SettleMany(w.e.ctx, w.e.admin, ids...)
	return err
}

func callTo(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func bigInt(v int64) *big.Int { return big.NewInt(v) }

func isErr(err, target error) bool { return errors.Is(err, target) }

func encodeJSON(v any) ([]byte, error) { return json.Marshal(v) }

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
