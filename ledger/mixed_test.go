package ledger

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// mixedWorkload drives every capacity-market money path of issue 15
// together with the lease market's: leases on a fixed and on a curved
// listing, closes, expiries and retires, rent settlements, backstop
// commitments with their hourly settles and releases, share offers,
// fills and cancels, revenue claims and fee withdrawals.
type mixedWorkload struct {
	e        *testEnv
	rng      *rand.Rand
	bs       *contracts.Backstop
	tr       *contracts.Trading
	ops      []actor // ops[i] operates assets[i]
	renters  []actor
	holders  []actor // buy and sell shares
	provider actor
	assets   []contracts.Asset
	listings []contracts.Listing // listings[i] is on assets[i]; listings[1] is curved
	curve    contracts.Curve
	leases   []mixedLease
	active   map[uint64]uint64 // asset id -> its open commitment
	commits  []uint64
	offers   []uint64
	minted   *big.Int // every unit the stablecoin ever minted
	counts   map[string]int
}

type mixedLease struct {
	id      uint64
	renter  actor
	assetIx int
}

// everyone is every address that ever held the stablecoin or shares.
func (w *mixedWorkload) everyone() []actor {
	out := append([]actor{w.e.admin, w.provider}, w.ops...)
	out = append(out, w.renters...)
	return append(out, w.holders...)
}

func (w *mixedWorkload) mint(t *testing.T, to actor, amount string) {
	t.Helper()
	a := money.MustParse(amount)
	if _, err := w.e.token.Mint(w.e.ctx, w.e.admin, to.Address(), a); err != nil {
		t.Fatal(err)
	}
	w.minted.Add(w.minted, a.Units())
}

func newMixedWorkload(t *testing.T, e *testEnv, seed uint64) *mixedWorkload {
	t.Helper()
	ctx := e.ctx
	reader := chain.DecodingCaller{Client: e.chain.Client(), Decoder: e.decoder}
	w := &mixedWorkload{e: e, rng: rand.New(rand.NewPCG(seed, 15)), minted: new(big.Int), counts: map[string]int{}, active: map[uint64]uint64{},
		bs: contracts.NewBackstop(reader, e.m.Address(contracts.CapacityBackstopName), e.token),
		tr: contracts.NewTrading(reader, e.m.Address(contracts.ShareMarketName), e.m.Address(contracts.GPUAssetName), e.token),
		curve: contracts.Curve{Base: money.MustParse("2"), Floor: money.MustParse("1.1"), Ceiling: money.MustParse("6.5"), KinkBps: 7500,
			SlopeBelowKink: money.MustParse("1.333333"), SlopeAboveKink: money.MustParse("2.777777"), DecayPerIdleHour: money.MustParse("0.050001")}}
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	// No availability oracle: leases end without waiting for reports, so
	// the backstop's idle hours follow the leases alone.
	must(e.market.SetAvailabilityOracle(ctx, e.admin, [20]byte{}, 0))
	must(e.revenue.SetPlatformFee(ctx, e.admin, 300))
	must(w.tr.SetFee(ctx, e.admin, 75))
	w.provider = e.account(t)
	for range 2 {
		w.renters = append(w.renters, e.account(t))
	}
	for range 3 {
		w.holders = append(w.holders, e.account(t))
	}
	for i := range 2 {
		op := e.account(t)
		must(e.assets.GrantOperator(ctx, e.admin, op.Address()))
		a, _, err := e.assets.Tokenize(ctx, op, h100Spec(uint16(1000+500*i), 400))
		if err != nil {
			t.Fatal(err)
		}
		l, _, err := e.market.CreateListing(ctx, op, a.ID, contracts.ListingSpec{GPUs: 8, PricePerGPUHour: money.MustParse("1.7"), MinHours: 1, MaxHours: 4})
		if err != nil {
			t.Fatal(err)
		}
		w.ops, w.assets, w.listings = append(w.ops, op), append(w.assets, a), append(w.listings, l)
		for _, h := range w.holders {
			must(e.assets.Transfer(ctx, op, h.Address(), a.ID, contracts.NewShares(big.NewInt(int64(10_000+w.rng.IntN(90_000))))))
		}
	}
	must(e.market.SetCurve(ctx, w.ops[1], w.listings[1].ID, w.curve))
	w.mint(t, w.provider, "2000")
	for _, r := range w.renters {
		w.mint(t, r, "3000")
	}
	for _, h := range w.holders {
		w.mint(t, h, "1500")
	}
	w.mint(t, w.ops[0], "25") // a buyer often short of funds
	return w
}

// step performs one random operation; refusals the contracts decode (a
// seller who sold its shares, a settle with no whole hour to walk) are
// counted apart and change nothing.
func (w *mixedWorkload) step(t *testing.T) {
	t.Helper()
	e, ctx, rng := w.e, w.e.ctx, w.rng
	var name string
	var err error
	switch op := rng.IntN(13); op {
	case 0, 1, 2:
		name, err = w.openLease(t)
	case 3:
		name, err = "close", errNoop
		now := e.headTime(t)
		for _, i := range rng.Perm(len(w.leases)) {
			l, lerr := e.market.Lease(ctx, w.leases[i].id)
			if lerr != nil {
				t.Fatal(lerr)
			}
			if !l.Retired && l.Status == contracts.LeaseActive && l.End.After(now.Add(time.Minute)) {
				_, _, err = e.market.Close(ctx, w.leases[i].renter, l.ID)
				break
			}
		}
	case 4:
		name, err = "retire", w.retireExpired(t)
	case 5:
		if len(w.leases) > 0 {
			name = "settle rent"
			_, _, err = e.market.Settle(ctx, w.renters[rng.IntN(len(w.renters))], w.leases[rng.IntN(len(w.leases))].id)
		}
	case 6, 7:
		name, err = w.backstop(t)
	case 8:
		name, err = "offer", w.offer(t)
	case 9, 10:
		name, err = "fill", w.fill(t)
	case 11:
		name, err = "cancel", w.cancel(t)
	case 12:
		switch rng.IntN(4) {
		case 0, 1:
			name = "claim"
			all := append(append([]actor{}, w.holders...), w.ops...)
			_, _, err = e.revenue.Claim(ctx, all[rng.IntN(len(all))], w.assets[0].ID, w.assets[1].ID)
		case 2:
			name = "operator fees"
			i := rng.IntN(2)
			_, _, err = e.revenue.WithdrawOperatorFees(ctx, w.ops[i], w.assets[i].ID)
		default:
			name = "trade fees"
			_, _, err = w.tr.WithdrawFees(ctx, w.holders[0])
		}
	}
	switch {
	case name == "":
	case err == nil:
		w.counts[name]++
	case tolerable(err):
		w.counts[name+" (refused)"]++
	default:
		t.Fatalf("%s: %v", name, err)
	}
	if err := e.chain.AdjustTime(time.Duration(3+rng.IntN(45)) * time.Minute); err != nil {
		t.Fatal(err)
	}
}

// openLease leases free GPUs of a random asset. On the curved listing it
// quotes first and bounds the lease by the quote: the lease pays at most
// the quoted price (less only when an idle hour's decay passed between),
// and the deposit covers one hour of it.
func (w *mixedWorkload) openLease(t *testing.T) (string, error) {
	e, ctx, rng := w.e, w.e.ctx, w.rng
	i := rng.IntN(len(w.assets))
	used, err := e.market.LeasedGPUs(ctx, w.assets[i].ID)
	if err != nil {
		t.Fatal(err)
	}
	if used >= 8 {
		return "lease", errNoop
	}
	g, h := 1+uint32(rng.IntN(int(8-used))), 2+uint32(rng.IntN(3))
	r := w.renters[rng.IntN(len(w.renters))]
	req := contracts.LeaseRequest{ListingID: w.listings[i].ID, GPUs: g, Hours: h}
	name := "lease fixed"
	var q contracts.Quote
	if i == 1 {
		name = "lease curved"
		if q, err = e.market.QuoteAt(ctx, req.ListingID, g, h, nil); err != nil {
			t.Fatal(err)
		}
		req.MaxPricePerGPUHour = q.PricePerGPUHour
		req.Deposit = money.MustFromUnits(new(big.Int).Mul(q.PricePerGPUHour.Units(), big.NewInt(int64(g))))
	} else {
		req.Deposit = money.MustFromUnits(new(big.Int).Mul(w.listings[i].PricePerGPUHour.Units(), big.NewInt(int64(g*h))))
	}
	l, _, err := e.market.OpenLease(ctx, r, req)
	if err != nil {
		return name, err
	}
	if i == 1 {
		want := w.curve.PriceAt(contracts.Utilisation(used, 8), 0)
		if l.PricePerGPUHour.Cmp(q.PricePerGPUHour) > 0 || l.PricePerGPUHour.Cmp(w.curve.Floor) < 0 {
			t.Fatalf("curved lease %d at %s: quote %s, floor %s", l.ID, l.PricePerGPUHour, q.PricePerGPUHour, w.curve.Floor)
		}
		if used > 0 && l.PricePerGPUHour.Cmp(want) != 0 { // busy: no decay, the formula to the unit
			t.Fatalf("curved lease %d at %d of 8 GPUs leased: %s, formula %s", l.ID, used, l.PricePerGPUHour, want)
		}
	}
	w.leases = append(w.leases, mixedLease{id: l.ID, renter: r, assetIx: i})
	return name, nil
}

func (w *mixedWorkload) retireExpired(t *testing.T) error {
	now := w.e.headTime(t)
	var ids []uint64
	for _, ml := range w.leases {
		l, err := w.e.market.Lease(w.e.ctx, ml.id)
		if err != nil {
			t.Fatal(err)
		}
		if !l.Retired && !l.End.After(now) {
			ids = append(ids, l.ID)
		}
	}
	if len(ids) == 0 {
		return errNoop
	}
	_, err := w.e.market.Retire(w.e.ctx, w.e.admin, ids...)
	return err
}

// backstop commits to an asset without a commitment, or settles the
// asset's commitment (releasing it once finished).
func (w *mixedWorkload) backstop(t *testing.T) (string, error) {
	ctx, rng := w.e.ctx, w.rng
	a := w.assets[rng.IntN(len(w.assets))]
	id, ok := w.active[a.ID]
	if !ok {
		id, _, err := w.bs.Commit(ctx, w.provider, contracts.BackstopSpec{AssetID: a.ID, FloorPricePerGPUHour: money.MustParse("0.412347"),
			Amount: money.MustFromUnits(big.NewInt(5_000_000 + rng.Int64N(30_000_000))), Hours: uint32(1 + rng.IntN(4)), Take: rng.IntN(2) == 0})
		if err == nil {
			w.active[a.ID], w.commits = id, append(w.commits, id)
		}
		return "backstop commit", err
	}
	st, _, err := w.bs.Settle(ctx, w.e.admin, id, uint32(1+rng.IntN(3)))
	if err != nil {
		return "backstop settle", err
	}
	if c, err := w.bs.Commitment(ctx, id); err != nil || c.Paid.Cmp(c.Amount) > 0 {
		t.Fatalf("commitment %d paid more than its amount: %+v %v", id, c, err)
	}
	if st.Finished {
		if _, _, err := w.bs.Release(ctx, w.provider, id); err != nil {
			t.Fatalf("release %d: %v", id, err)
		}
		delete(w.active, a.ID)
		w.counts["backstop release"]++
	}
	return "backstop settle", nil
}

func (w *mixedWorkload) sellers() []actor { return append(append([]actor{}, w.holders...), w.ops...) }

func (w *mixedWorkload) offer(t *testing.T) error {
	rng := w.rng
	all := w.sellers()
	s, a := all[rng.IntN(len(all))], w.assets[rng.IntN(len(w.assets))]
	o, _, err := w.tr.Offer(w.e.ctx, s, contracts.OfferSpec{AssetID: a.ID, Shares: contracts.NewShares(big.NewInt(1 + rng.Int64N(8_000))),
		PricePerShare: money.MustFromUnits(big.NewInt(1 + rng.Int64N(40_000))), ExpiresAt: w.e.headTime(t).Add(time.Duration(1+rng.IntN(12)) * time.Hour)})
	if err == nil {
		w.offers = append(w.offers, o.ID)
	}
	return err
}

// fill buys part of a random offer still open, as another holder or (one
// time in four) as an operator short of funds; such a buyer, or a seller
// who sold the shares elsewhere, is refused with a decoded error.
func (w *mixedWorkload) fill(t *testing.T) error {
	now := w.e.headTime(t)
	for _, i := range w.rng.Perm(len(w.offers)) {
		o, err := w.tr.OfferByID(w.e.ctx, w.offers[i])
		if err != nil {
			t.Fatal(err)
		}
		if o.Remaining.Int().Sign() == 0 || !o.ExpiresAt.After(now.Add(time.Minute)) {
			continue
		}
		var buyers []actor
		for _, b := range w.holders {
			if b.Address() != o.Seller {
				buyers = append(buyers, b)
			}
		}
		if w.rng.IntN(4) == 0 && o.Seller != w.ops[0].Address() {
			buyers = []actor{w.ops[0]}
		}
		n := 1 + w.rng.Int64N(o.Remaining.Int().Int64())
		_, _, err = w.tr.Fill(w.e.ctx, buyers[w.rng.IntN(len(buyers))], o.ID, contracts.NewShares(big.NewInt(n)), o.PricePerShare)
		return err
	}
	return errNoop
}

func (w *mixedWorkload) cancel(t *testing.T) error {
	if len(w.offers) == 0 {
		return errNoop
	}
	id := w.offers[w.rng.IntN(len(w.offers))]
	o, err := w.tr.OfferByID(w.e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if o.Remaining.Int().Sign() == 0 {
		return errNoop
	}
	for _, s := range w.sellers() {
		if s.Address() == o.Seller {
			_, _, err = w.tr.Cancel(w.e.ctx, s, id)
			return err
		}
	}
	t.Fatalf("offer %d of an unknown seller %s", id, o.Seller)
	return nil
}

// checkAccounted: every unit the stablecoin minted is somewhere the mirror
// names, and every share is with a holder the mirror names.
//
//   - on chain: the supply is what was minted, and the balances of every
//     actor and every contract of the set add up to it;
//   - mirror: world is minus what was minted; each actor's wallet is its
//     balanceOf; the accounts that are neither world nor an actor's wallet
//     (escrows, revenue, fees, commitments, proceeds, debts) add up to the
//     contracts' balances;
//   - shares: per asset, the holders' balances on chain and in the mirror
//     both add up to the asset's shares, holder by holder alike.
func checkAccounted(t *testing.T, w *mixedWorkload, st *Store) {
	t.Helper()
	e, ctx := w.e, w.e.ctx
	out, err := e.chain.Client().CallContract(ctx, callTo(e.token.Address(), tokenABI.PackTotalSupply()), nil)
	if err != nil {
		t.Fatal(err)
	}
	supply, err := tokenABI.UnpackTotalSupply(out)
	if err != nil {
		t.Fatal(err)
	}
	if supply.Cmp(w.minted) != 0 {
		t.Fatalf("supply %s, minted %s", formatUnits(supply), formatUnits(w.minted))
	}
	chainBal := func(a common.Address) *big.Int {
		b, err := e.token.BalanceOf(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		return b.Units()
	}
	actors := map[Account]bool{}
	onChain, inContracts := new(big.Int), new(big.Int)
	for _, a := range w.everyone() {
		actors[Wallet(a.Address())] = true
		b := chainBal(a.Address())
		onChain.Add(onChain, b)
		m, err := st.Balance(Wallet(a.Address()), 0)
		if err != nil {
			t.Fatal(err)
		}
		if m.Units().Cmp(b) != 0 {
			t.Errorf("wallet %s: mirror %s, chain %s", a.Address(), m, formatUnits(b))
		}
	}
	for _, d := range e.m.Contracts {
		inContracts.Add(inContracts, chainBal(d.Address))
	}
	if sum := new(big.Int).Add(onChain, inContracts); sum.Cmp(w.minted) != 0 {
		t.Fatalf("actors hold %s and contracts %s: %s, minted %s", formatUnits(onChain), formatUnits(inContracts), formatUnits(sum), formatUnits(w.minted))
	}
	world, inside := new(big.Int), new(big.Int)
	for _, b := range collect(t, func(p PageRequest) (Page[AccountBalance], error) { return st.Balances("", p) }) {
		switch {
		case b.Account == World:
			world.Add(world, b.Balance.Units())
		case !actors[b.Account]:
			inside.Add(inside, b.Balance.Units())
		}
	}
	if new(big.Int).Neg(world).Cmp(w.minted) != 0 {
		t.Errorf("world %s, minted %s", formatUnits(world), formatUnits(w.minted))
	}
	if inside.Cmp(inContracts) != 0 {
		t.Errorf("the mirror's contract accounts hold %s, the contracts %s", formatUnits(inside), formatUnits(inContracts))
	}
	for _, a := range w.assets {
		chainSum, mirrorSum := new(big.Int), new(big.Int)
		mirror := map[common.Address]*big.Int{}
		for _, h := range collect(t, func(p PageRequest) (Page[Holding], error) { return st.Holders(a.ID, p) }) {
			mirror[h.Holder] = h.Shares.Int()
			mirrorSum.Add(mirrorSum, h.Shares.Int())
		}
		for _, x := range w.everyone() {
			n, err := e.assets.SharesOf(ctx, x.Address(), a.ID)
			if err != nil {
				t.Fatal(err)
			}
			chainSum.Add(chainSum, n.Int())
			if m := mirror[x.Address()]; (m == nil && n.Int().Sign() != 0) || (m != nil && m.Cmp(n.Int()) != 0) {
				t.Errorf("asset %d shares of %s: mirror %v, chain %s", a.ID, x.Address(), m, n)
			}
		}
		if total := a.Shares.Int(); chainSum.Cmp(total) != 0 || mirrorSum.Cmp(total) != 0 {
			t.Errorf("asset %d: %s shares on chain, %s in the mirror, %s issued", a.ID, chainSum, mirrorSum, total)
		}
	}
	for _, id := range w.commits {
		c, err := w.bs.Commitment(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		m, err := st.Backstop(id)
		if err != nil {
			t.Fatal(err)
		}
		if sum := c.Paid.Add(c.Returned).Add(c.Left); sum.Cmp(c.Amount) != 0 || m.Paid.Cmp(c.Paid) != 0 || m.Returned.Cmp(c.Returned) != 0 || m.Left.Cmp(c.Left) != 0 {
			t.Errorf("commitment %d: chain %+v, mirror %+v", id, c, m.Commitment)
		}
	}
}

// TestMixedWorkloadConserves (issue 15's acceptance): over several seeds,
// a random mix of leases on a fixed and a curved listing, closes,
// expiries and retires, rent settlements, backstop commitments, settles
// and releases, share offers, fills and cancels, claims and fee
// withdrawals. After each phase the mirror reconciles clean with the
// chain, every minted unit and every share is accounted for
// (checkAccounted), and a fresh reindex exports the same mirror.
func TestMixedWorkloadConserves(t *testing.T) {
	const phases, steps = 3, 35
	total := map[string]int{}
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprintf("seed%d", seed), func(t *testing.T) {
			e := newTestEnv(t, chain.EmbeddedConfig{Sealing: chain.SealInstant})
			w := newMixedWorkload(t, e, seed)
			ix := openTestIndexer(t, e, filepath.Join(t.TempDir(), FileName), IndexerConfig{BatchBlocks: uint64(5 + seed*4), ReorgDepth: 64})
			for phase := range phases {
				for range steps {
					w.step(t)
				}
				if err := ix.CatchUp(e.ctx); err != nil {
					t.Fatal(err)
				}
				if rep := checkInvariants(t, ix); !rep.OK {
					t.Fatalf("phase %d: reconcile %+v", phase, rep)
				}
				if s := ix.Status().Stats; s.Malformed+s.Inconsistent+s.UnknownContract != 0 {
					t.Fatalf("phase %d: skipped logs %+v", phase, s)
				}
				checkAccounted(t, w, ix.Store())
				requireSameExport(t, fmt.Sprintf("phase %d", phase), exportOf(t, ix.Store()), freshExport(t, e.chain.Client(), e.m, 0))
			}
			t.Logf("seed %d: %v", seed, w.counts)
			for k, n := range w.counts {
				total[k] += n
			}
		})
	}
	// A workload of refusals tests nothing: over the seeds each kind of
	// operation succeeded at least this often.
	for kind, least := range map[string]int{"lease fixed": 4, "lease curved": 4, "close": 2, "retire": 3, "settle rent": 3,
		"backstop commit": 3, "backstop settle": 4, "backstop release": 1, "offer": 4, "fill": 4, "cancel": 1, "claim": 2} {
		if total[kind] < least {
			t.Errorf("%d successful %q (%d refused), want at least %d", total[kind], kind, total[kind+" (refused)"], least)
		}
	}
}
