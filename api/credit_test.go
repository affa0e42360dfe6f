package api

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// TestCreditOverHTTP plays a lender, two borrowers and a liquidator over
// HTTP and holds every figure the API shows to the unit against the
// formulas of docs/credit.md, recomputed here with big integers from the
// chain's inputs: pool shares of a deposit, a loan's collateral value and
// limits, interest on the kinked curve, each loan's share of the debt, a
// lender's assets, the auction's falling price and how a bid divides.
// Every refusal (borrowing over the LTV, withdrawing lent-out cash, acting
// on another borrower's loan, flagging a healthy loan, auctioning before
// the grace ends, bidding under the price) is a problem+json and mines
// nothing; an Idempotency-Key retry replays its answer and sends nothing.
func TestCreditOverHTTP(t *testing.T) {
	e := newAPIEnv(t)
	c := &creditCheck{e: e, t: t, ctx: context.Background()}
	op, _ := e.account("operator", "Lone Star Compute")
	inv, invAddr := e.account("holder", "Babbage Capital")
	lender, lenderAddr := e.account("holder", "Curie Pension")
	liq, liqAddr := e.account("renter", "Dijkstra Liquidations")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": lenderAddr, "amount": "50000"})
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": liqAddr, "amount": "20000"})
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": invAddr, "amount": "10"})

	h100ID := e.must(201, "POST", "/v1/assets", op, h100)["id"].(string)
	l40s := map[string]any{"gpu_model": "L40S-48GB", "gpu_count": 4, "rated_power_w": 1600, "location": "NL-AMS-2",
		"commissioned_at": "2025-06-01T00:00:00Z", "book_value": "42000", "useful_life_months": 36, "shares": "500000"}
	l40sID := e.must(201, "POST", "/v1/assets", op, l40s)["id"].(string)
	e.must(200, "POST", "/v1/assets/"+l40sID+"/transfers", op, map[string]any{"to": invAddr, "shares": "300000"})

	// The lender funds the pool: the first deposit mints 10^6 share units
	// per unit (the pool's virtual shares), 12-decimal shares, one per tUSD.
	dep := e.must(201, "POST", "/v1/pool/deposits", lender, map[string]any{"amount": "50000"})
	wantField(t, dep, "deposited", "50000.00")
	wantField(t, dep, "shares", "50000")
	pos := dep["position"].(map[string]any)
	wantField(t, pos, "assets", "50000.00")
	wantField(t, pos, "max_withdraw", "50000.00")

	// Pledges: the operator its H100 node's shares, the investor its L40S shares.
	loan1 := e.must(201, "POST", "/v1/loans", op, map[string]any{"asset_id": h100ID, "shares": "600000"})
	wantField(t, loan1, "id", "1")
	wantField(t, loan1, "status", "active")
	wantField(t, loan1, "collateral_value", "0.00") // no revenue history a lookback old yet
	loan2 := e.must(201, "POST", "/v1/loans", inv, map[string]any{"asset_id": l40sID, "shares": "300000"})
	wantField(t, loan2, "id", "2")
	c.refused(400, ProblemValidation, "POST", "/v1/loans", inv, map[string]any{"asset_id": l40sID, "shares": "1"}, "hold 0 shares")

	// A month of revenue, then the lookback has passed.
	c.payRevenue(h100ID, "12000")
	c.payRevenue(l40sID, "2500")
	c.advance(30 * 24 * time.Hour)

	// Collateral value and limits, to the unit, from the documented formula.
	got := e.must(200, "GET", "/v1/loans/1", "", nil)
	value := c.expectedValue(h100ID, 600000, blockOf(t, got))
	wantField(t, got, "collateral_value", value.String())
	wantField(t, got, "borrow_limit", bpsOf(value, 5000).String())
	wantField(t, got, "liquidation_limit", bpsOf(value, 7000).String())
	wantField(t, got, "healthy", "true")
	if got["health_factor"] != nil {
		t.Errorf("health factor of a loan without debt: %v, want null", got["health_factor"])
	}
	coll := e.must(200, "GET", "/v1/assets/"+h100ID+"/collateral", "", nil)
	if coll["revenue_since"] == nil || coll["value_per_share"] == "0" {
		t.Errorf("collateral of asset %s: %v", h100ID, coll)
	}

	// Borrowing over the LTV: refused by the contract, decoded, nothing mined.
	over := money.MustFromUnits(new(big.Int).Add(bpsOf(value, 5000).Units(), big.NewInt(1)))
	p := c.refused(422, ProblemChainReverted, "POST", "/v1/loans/1/borrow", op, map[string]any{"amount": over.String()}, "above its borrow limit")
	if p.Revert == nil || p.Revert.Error != "BorrowLimitExceeded" {
		t.Errorf("borrow over the LTV: revert %+v", p.Revert)
	}

	// Borrow: the first loan holds every borrow share, so its debt is what it borrowed.
	b1 := e.must(200, "POST", "/v1/loans/1/borrow", op, map[string]any{"amount": "20000"})
	wantField(t, b1, "borrowed", "20000.00")
	wantField(t, b1, "debt", "20000.00")
	lim2 := money.MustParse(e.must(200, "GET", "/v1/loans/2", "", nil)["borrow_limit"].(string))
	borrow2 := money.MustFromUnits(new(big.Int).Quo(new(big.Int).Mul(lim2.Units(), big.NewInt(9)), big.NewInt(10)))
	b2 := e.must(200, "POST", "/v1/loans/2/borrow", inv, map[string]any{"amount": borrow2.String()})
	wantField(t, b2, "borrowed", borrow2.String())
	// Loan 2's borrow shares are its debt's worth rounded up: its debt is
	// what it borrowed or a unit more.
	if d := money.MustParse(b2["debt"].(string)).Units(); new(big.Int).Sub(d, borrow2.Units()).CmpAbs(big.NewInt(1)) > 0 {
		t.Errorf("loan 2 borrowed %s, owes %s", borrow2, b2["debt"])
	}

	// Ten days of interest on the kinked curve, to the unit.
	before := c.books(blockOf(t, b2))
	c.advance(10 * 24 * time.Hour)
	pool := e.must(200, "GET", "/v1/pool", "", nil)
	at := blockOf(t, pool)
	dt := c.blockTime(at) - c.blockTime(blockOf(t, b2))
	model, err := e.svc.Pool.RateModel(c.ctx)
	if err != nil {
		t.Fatal(err)
	}
	interest, rate := creditInterest(model, before.Cash.Units(), before.BorrowAssets.Units(), dt)
	borrowed := new(big.Int).Add(before.BorrowAssets.Units(), interest)
	wantField(t, pool, "borrowed", money.MustFromUnits(borrowed).String())
	wantField(t, pool, "cash", before.Cash.String())
	wantField(t, pool, "interest_accrued", before.InterestAccrued.Add(money.MustFromUnits(interest)).String())
	wantField(t, pool, "borrow_rate", decimal.NewFromBigInt(rate, -18).String())
	total := new(big.Int).Add(borrowed, before.Cash.Units())
	wantField(t, pool, "total_assets", money.MustFromUnits(total).String())
	px := new(big.Int).Mul(new(big.Int).Add(total, big.NewInt(1)), big.NewInt(1e18))
	px.Quo(px, new(big.Int).Add(before.TotalShares, big.NewInt(1_000_000)))
	wantField(t, pool, "share_price", decimal.NewFromBigInt(px, -12).String())
	if interest.Sign() <= 0 {
		t.Fatalf("no interest over %d s", dt)
	}
	// Each loan's debt is its borrow shares' part of the pool's debt, rounded up.
	now := c.books(at)
	for _, loanID := range []uint64{1, 2} {
		l, err := e.svc.Vault.Loan(c.ctx, loanID)
		if err != nil {
			t.Fatal(err)
		}
		want := borrowDebtOf(l.BorrowShares, borrowed, now.BorrowShares)
		wantField(t, e.must(200, "GET", "/v1/loans/"+id(loanID), "", nil), "debt", money.MustFromUnits(want).String())
	}
	// The lender's assets: its shares at the pool's share price, rounded down.
	lshares, err := e.svc.Pool.SharesOf(c.ctx, common.HexToAddress(lenderAddr))
	if err != nil {
		t.Fatal(err)
	}
	assets := new(big.Int).Mul(lshares, new(big.Int).Add(total, big.NewInt(1)))
	assets.Quo(assets, new(big.Int).Add(now.TotalShares, big.NewInt(1_000_000)))
	lpos := e.must(200, "GET", "/v1/pool/lenders/"+lenderAddr, "", nil)
	wantField(t, lpos, "assets", money.MustFromUnits(assets).String())
	wantField(t, lpos, "max_withdraw", before.Cash.String())

	// Withdrawing lent-out cash: refused by the pool, nothing mined.
	p = c.refused(422, ProblemChainReverted, "POST", "/v1/pool/withdrawals", lender, map[string]any{"amount": "40000"}, "lent out")
	if p.Revert == nil || p.Revert.Error != "ERC4626ExceededMaxWithdraw" {
		t.Errorf("withdrawing lent-out cash: revert %+v", p.Revert)
	}
	p = c.refused(422, ProblemChainReverted, "POST", "/v1/pool/withdrawals", lender, map[string]any{"all": true}, "lent out")
	if p.Revert == nil || p.Revert.Error != "ERC4626ExceededMaxRedeem" {
		t.Errorf("withdrawing everything while some is lent out: revert %+v", p.Revert)
	}
	// Another borrower's loan: 403 on every borrower route, nothing mined.
	c.refused(403, ProblemForbidden, "POST", "/v1/loans/1/borrow", inv, map[string]any{"amount": "1"}, "only its borrower")
	c.refused(403, ProblemForbidden, "POST", "/v1/loans/1/repay", inv, map[string]any{"amount": "1"}, "only its borrower")
	c.refused(403, ProblemForbidden, "POST", "/v1/loans/2/unpledge", op, map[string]any{"shares": "1"}, "only its borrower")
	c.refused(403, ProblemForbidden, "POST", "/v1/loans/2/collateral", op, map[string]any{"shares": "1"}, "only its borrower")
	// Flagging a healthy loan: refused by the contract, nothing mined.
	p = c.refused(422, ProblemChainReverted, "POST", "/v1/loans/1/flag", liq, nil, "is healthy")
	if p.Revert == nil || p.Revert.Error != "LoanHealthy" {
		t.Errorf("flagging a healthy loan: revert %+v", p.Revert)
	}

	// The H100's second month of revenue repays loan 1 by itself: anyone
	// settles; the revenue goes to interest, then principal.
	c.payRevenue(h100ID, "9000")
	debtBefore := money.MustParse(e.must(200, "GET", "/v1/loans/1", "", nil)["debt"].(string))
	st := e.must(200, "POST", "/v1/loans/1/settle", lender, nil)
	app := st["revenue_applied"].(map[string]any)
	rev, toI, toP, toB := amt(t, app["revenue"]), amt(t, app["to_interest"]), amt(t, app["to_principal"]), amt(t, app["to_borrower"])
	if sum := toI.Add(toP).Add(toB); sum.Cmp(rev) != 0 || rev.IsZero() {
		t.Errorf("revenue %s applied as interest %s + principal %s + borrower %s", rev, toI, toP, toB)
	}
	if debt := amt(t, st["debt"]); debt.Cmp(debtBefore) >= 0 || !toB.IsZero() {
		t.Errorf("revenue %s left the debt at %s (was %s), %s to the borrower", rev, debt, debtBefore, toB)
	}
	// Nothing more to settle: answered without a transaction.
	c.noBlock(func() {
		again := e.must(200, "POST", "/v1/loans/1/settle", lender, nil)
		if !strings.Contains(again["note"].(string), "nothing to settle") {
			t.Errorf("second settle: %v", again)
		}
	})

	// Idempotent retries: the same key replays the answer and sends nothing.
	first := e.do("POST", "/v1/loans/1/repay", op, map[string]any{"amount": "1000"}, "Idempotency-Key", "repay-1")
	if first.status != 200 {
		t.Fatalf("repay: %d %s", first.status, first.body)
	}
	rp := first.json["repaid"].(map[string]any)
	wantField(t, rp, "amount", "1000.00")
	c.noBlock(func() {
		again := e.do("POST", "/v1/loans/1/repay", op, map[string]any{"amount": "1000"}, "Idempotency-Key", "repay-1")
		if again.status != 200 || again.header.Get("Idempotency-Replayed") != "true" || string(again.body) != string(first.body) {
			t.Errorf("retried repay: %d %s (replayed %q), first %s", again.status, again.body, again.header.Get("Idempotency-Replayed"), first.body)
		}
	})
	// More collateral for loan 1 from the operator's own shares.
	more := e.must(200, "POST", "/v1/loans/1/collateral", op, map[string]any{"shares": "100000"})
	wantField(t, more, "shares", "700000")
	wantField(t, more, "added_shares", "100000")
	c.refused(404, ProblemNotFound, "GET", "/v1/loans/99", "", nil, "loan 99 does not exist")
	c.refused(404, ProblemNotFound, "POST", "/v1/loans/99/borrow", op, map[string]any{"amount": "1"}, "loan 99 does not exist")
	c.refused(403, ProblemForbidden, "POST", "/v1/pool/deposits", liq, map[string]any{"amount": "5"}, "") // lenders are holders
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": lenderAddr, "amount": "5"})
	d1 := e.do("POST", "/v1/pool/deposits", lender, map[string]any{"amount": "5"}, "Idempotency-Key", "dep-1")
	if d1.status != 201 {
		t.Fatalf("deposit: %d %s", d1.status, d1.body)
	}
	c.noBlock(func() {
		again := e.do("POST", "/v1/pool/deposits", lender, map[string]any{"amount": "5"}, "Idempotency-Key", "dep-1")
		if again.status != 201 || again.header.Get("Idempotency-Replayed") != "true" || string(again.body) != string(d1.body) {
			t.Errorf("retried deposit: %d %s", again.status, again.body)
		}
	})
	c.refused(409, ProblemConflict, "POST", "/v1/pool/deposits", lender, map[string]any{"amount": "5"}, "cannot deposit")

	// Loan 2's node idles: a month without revenue and its trailing value
	// is gone. A liquidator flags it; the grace runs; the auction opens.
	c.advance(21 * 24 * time.Hour)
	fl := e.must(200, "POST", "/v1/loans/2/flag", liq, nil)
	wantField(t, fl, "healthy", "false")
	wantField(t, fl, "collateral_value", "0.00")
	if fl["flagged_at"] == nil || fl["grace_ends_at"] == nil {
		t.Fatalf("flagged loan: %v", fl)
	}
	p = c.refused(422, ProblemChainReverted, "POST", "/v1/loans/2/auction", liq, nil, "grace period ends")
	if p.Revert == nil || p.Revert.Error != "GraceNotOver" {
		t.Errorf("auction before the grace: revert %+v", p.Revert)
	}
	c.advance(3 * 24 * time.Hour)
	au := e.must(200, "POST", "/v1/loans/2/auction", liq, nil)
	wantField(t, au, "status", "auction")
	debt2 := amt(t, au["debt"]).Units()
	start := new(big.Int).Add(debt2, new(big.Int).Quo(new(big.Int).Mul(debt2, big.NewInt(500)), big.NewInt(10000)))
	floor := new(big.Int).Quo(new(big.Int).Mul(start, big.NewInt(5000)), big.NewInt(10000))
	auction := au["auction"].(map[string]any)
	wantField(t, auction, "start_price", money.MustFromUnits(start).String()) // value 0: the debt and its penalty
	wantField(t, auction, "floor_price", money.MustFromUnits(floor).String())

	// Bidding under the price: 409, nothing mined.
	c.refused(409, ProblemConflict, "POST", "/v1/loans/2/bids", liq, map[string]any{"max_price": money.MustFromUnits(floor).String()}, "above your max_price")

	// A day on, the price has fallen linearly; the liquidator bids.
	c.advance(24 * time.Hour)
	view := e.must(200, "GET", "/v1/loans/2", "", nil)
	startedAt := c.blockTime(blockOf(t, au))
	price := auctionPrice(start, floor, c.blockTime(blockOf(t, view))-startedAt, 3*24*3600)
	wantField(t, view["auction"].(map[string]any), "price", money.MustFromUnits(price).String())
	bidBody := map[string]any{"max_price": money.MustFromUnits(price).String()}
	bid := e.do("POST", "/v1/loans/2/bids", liq, bidBody, "Idempotency-Key", "bid-1")
	if bid.status != 200 {
		t.Fatalf("bid: %d %s", bid.status, bid.body)
	}
	wantField(t, bid.json, "status", "liquidated")
	paid := auctionPrice(start, floor, c.blockTime(blockOf(t, bid.json))-startedAt, 3*24*3600)
	set := bid.json["settlement"].(map[string]any)
	wantField(t, set, "price", money.MustFromUnits(paid).String())
	// The debt at the bid, from the pool's books one block earlier plus the
	// interest to the bid: the price repays it, the rest is written down.
	prev := c.books(blockOf(t, bid.json) - 1)
	l2prev, err := c.vaultAt(blockOf(t, bid.json)-1).Loan(c.ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	bi, _ := creditInterest(model, prev.Cash.Units(), prev.BorrowAssets.Units(), c.blockTime(blockOf(t, bid.json))-c.blockTime(blockOf(t, bid.json)-1))
	atBid := borrowDebtOf(l2prev.BorrowShares, new(big.Int).Add(prev.BorrowAssets.Units(), bi), prev.BorrowShares)
	if paid.Cmp(atBid) >= 0 {
		t.Fatalf("price %s covers the debt %s: the test wants a shortfall", paid, atBid)
	}
	wantField(t, set, "repaid", money.MustFromUnits(paid).String())
	wantField(t, set, "penalty", "0.00")
	wantField(t, set, "surplus", "0.00")
	wantField(t, set, "shortfall", money.MustFromUnits(new(big.Int).Sub(atBid, paid)).String())
	wantField(t, e.must(200, "GET", "/v1/pool", "", nil), "bad_debt", money.MustFromUnits(new(big.Int).Sub(atBid, paid)).String())
	c.noBlock(func() {
		again := e.do("POST", "/v1/loans/2/bids", liq, bidBody, "Idempotency-Key", "bid-1")
		if again.status != 200 || again.header.Get("Idempotency-Replayed") != "true" {
			t.Errorf("retried bid: %d %s", again.status, again.body)
		}
	})
	if s, err := e.svc.Assets.SharesOf(c.ctx, common.HexToAddress(liqAddr), mustUint(t, l40sID)); err != nil || s.String() != "300000" {
		t.Errorf("the bidder holds %v shares of asset %s (%v), want 300000", s, l40sID, err)
	}

	// Loan 1: repaid in full, its shares taken back, the loan closed.
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": e.must(200, "GET", "/v1/loans/1", "", nil)["borrower"].(string), "amount": "30000"})
	all := e.must(200, "POST", "/v1/loans/1/repay", op, map[string]any{"all": true})
	wantField(t, all, "debt", "0.00")
	closed := e.must(200, "POST", "/v1/loans/1/unpledge", op, map[string]any{"shares": "700000"})
	wantField(t, closed, "status", "closed")
	wantField(t, closed, "shares", "0")
	wantField(t, e.must(200, "GET", "/v1/owed/"+invAddr, "", nil), "owed", "0.00")
	p = c.refused(422, ProblemChainReverted, "POST", "/v1/owed/withdraw", inv, nil, "owes")
	if p.Revert == nil || p.Revert.Error != "NothingOwed" {
		t.Errorf("withdrawing nothing owed: revert %+v", p.Revert)
	}
	list := e.must(200, "GET", "/v1/loans?status=liquidated", "", nil)
	if ls := list["loans"].([]any); len(ls) != 1 || ls[0].(map[string]any)["id"] != "2" {
		t.Errorf("liquidated loans: %v", list["loans"])
	}
	c.refused(400, ProblemValidation, "GET", "/v1/loans?colour=red", "", nil, "unknown query parameter")

	// The lender takes everything back: deposits, interest, less the bad debt.
	wd := e.must(200, "POST", "/v1/pool/withdrawals", lender, map[string]any{"all": true})
	final := c.books(blockOf(t, wd))
	if final.BorrowAssets.Units().Sign() != 0 {
		t.Errorf("debt left after every loan ended: %s", final.BorrowAssets)
	}
	// After bad debt the pool's share price is below a unit per 10^6 share
	// units: the idle cash buys back all but a few share units, worth
	// nothing (contracts.Pool.MaxRedeem).
	wantField(t, wd["position"].(map[string]any), "assets", "0.00")
	back := amt(t, wd["withdrawn"])
	want := money.MustParse("50005").Decimal().Add(final.InterestAccrued.Decimal()).Add(final.Penalties.Decimal()).Sub(final.BadDebt.Decimal())
	// The pool's virtual share keeps a few units of it.
	if diff := want.Sub(back.Decimal()).Abs(); diff.GreaterThan(decimal.New(1, -4)) {
		t.Errorf("lender got back %s; deposits + interest + penalties - bad debt = %s", back, want)
	}
	t.Logf("lender: 50005 in, %s out; interest %s, bad debt %s", back, final.InterestAccrued, final.BadDebt)
}

// creditCheck holds what TestCreditOverHTTP's helpers share.
type creditCheck struct {
	e   *apiEnv
	t   *testing.T
	ctx context.Context
}

// refused sends a request that must be refused with status and type,
// its detail containing want, and mine nothing.
func (c *creditCheck) refused(status int, typ, method, path, key string, body any, want string) Problem {
	c.t.Helper()
	var p Problem
	c.noBlock(func() {
		p = c.e.problem(status, typ, method, path, key, body)
	})
	if !strings.Contains(p.Detail, want) && (p.Revert == nil || !strings.Contains(p.Revert.Message, want)) {
		c.t.Errorf("%s %s: %q (revert %+v), want it to say %q", method, path, p.Detail, p.Revert, want)
	}
	return p
}

// noBlock runs f and fails if the chain gained a block meanwhile.
func (c *creditCheck) noBlock(f func()) {
	c.t.Helper()
	before := c.head()
	f()
	if after := c.head(); after != before {
		c.t.Errorf("mined %d blocks; want none", after-before)
	}
}

func (c *creditCheck) head() uint64 {
	n, err := c.e.svc.Chain.Client().BlockNumber(c.ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	return n
}

func (c *creditCheck) advance(d time.Duration) {
	c.t.Helper()
	if err := c.e.svc.Chain.(*chain.Embedded).AdjustTime(d); err != nil {
		c.t.Fatal(err)
	}
}

func (c *creditCheck) blockTime(n uint64) int64 {
	h, err := c.e.svc.Chain.Client().HeaderByNumber(c.ctx, new(big.Int).SetUint64(n))
	if err != nil {
		c.t.Fatal(err)
	}
	return int64(h.Time)
}

// payRevenue books amount as revenue of an asset, paid by the admin
// (anyone may: contracts.Revenue.DepositRevenue).
func (c *creditCheck) payRevenue(assetID, amount string) {
	c.t.Helper()
	svc, a := c.e.svc, money.MustParse(amount)
	if _, err := svc.Token.Mint(c.ctx, svc.Admin, svc.Admin.Address(), a); err != nil {
		c.t.Fatal(err)
	}
	if _, err := svc.Token.Approve(c.ctx, svc.Admin, svc.Revenue.Address(), a); err != nil {
		c.t.Fatal(err)
	}
	if _, _, err := svc.Revenue.DepositRevenue(c.ctx, svc.Admin, mustUint(c.t, assetID), a); err != nil {
		c.t.Fatal(err)
	}
}

func (c *creditCheck) reader(block uint64) atBlock {
	return atBlock{c: chain.DecodingCaller{Client: c.e.svc.Chain.Client(), Decoder: c.e.svc.Decoder}, block: new(big.Int).SetUint64(block)}
}

func (c *creditCheck) vaultAt(block uint64) *contracts.Vault {
	_, v := c.e.srv.creditAt(new(big.Int).SetUint64(block))
	return v
}

func (c *creditCheck) books(block uint64) contracts.PoolBooks {
	c.t.Helper()
	p, _ := c.e.srv.creditAt(new(big.Int).SetUint64(block))
	b, err := p.Books(c.ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	return b
}

// expectedValue is the collateral value of n shares of an asset at block,
// by docs/credit.md's formula from the asset's record, the vault's
// snapshots and the asset's revenue per share.
func (c *creditCheck) expectedValue(assetID string, n int64, block uint64) money.Amount {
	c.t.Helper()
	id := mustUint(c.t, assetID)
	r := c.reader(block)
	a, err := contracts.NewAssets(r, c.e.svc.Assets.Address()).Get(c.ctx, id)
	if err != nil {
		c.t.Fatal(err)
	}
	tot, err := contracts.NewRevenue(r, c.e.svc.Revenue.Address()).Totals(c.ctx, id)
	if err != nil {
		c.t.Fatal(err)
	}
	vault := c.vaultAt(block)
	older, recent, err := vault.Snapshots(c.ctx, id)
	if err != nil {
		c.t.Fatal(err)
	}
	now := c.blockTime(block)
	const lookback, discountBps = 30 * 24 * 3600, 1500
	var snapAcc, snapAt *big.Int
	for _, s := range []contracts.RevenueSnapshot{recent, older} {
		if !s.TakenAt.IsZero() && now-s.TakenAt.Unix() >= lookback {
			snapAcc, snapAt = s.Acc, big.NewInt(s.TakenAt.Unix())
			break
		}
	}
	if snapAt == nil {
		c.t.Fatalf("asset %s has no snapshot a lookback old at block %d", assetID, block)
	}
	end := a.CommissionedAt.AddDate(0, int(a.UsefulLifeMonths), 0).Unix()
	left := end - max(now, a.CommissionedAt.Unix())
	life := end - a.CommissionedAt.Unix()
	book := new(big.Int).Mul(a.BookValue.Units(), big.NewInt(left))
	book.Mul(book, contracts.PriceScale).Quo(book, new(big.Int).Mul(big.NewInt(life), a.Shares.Int()))
	// Δacc × left × 2YB / (Δt × (2YB + d × left))
	k := big.NewInt(2 * 365 * 86400 * 10000)
	num := new(big.Int).Sub(tot.AccRevenuePerShare, snapAcc)
	num.Mul(num, big.NewInt(left)).Mul(num, k)
	den := new(big.Int).Add(k, big.NewInt(discountBps*left))
	den.Mul(den, big.NewInt(now-snapAt.Int64()))
	rev := num.Quo(num, den)
	price := book
	if rev.Cmp(book) < 0 {
		price = rev
	}
	if got, err := vault.SharePrice(c.ctx, id); err != nil || got.Price.Cmp(price) != 0 {
		c.t.Errorf("share price of asset %s: contract %v (%v), formula %s", assetID, got.Price, err, price)
	}
	v := new(big.Int).Mul(big.NewInt(n), price)
	return money.MustFromUnits(v.Quo(v, contracts.PriceScale))
}

// creditInterest is LendingPool's accrual (docs/credit.md): the kinked
// rate at u = A / (A + cash), then A × (x + x²/2 + x³/6), x = rate × dt /
// year, each step rounded down.
func creditInterest(m contracts.RateModel, cash, a *big.Int, dt int64) (interest, rate *big.Int) {
	wad := big.NewInt(1e18)
	w := func(d decimal.Decimal) *big.Int { return d.Shift(18).BigInt() }
	u := new(big.Int)
	if total := new(big.Int).Add(cash, a); total.Sign() > 0 {
		u.Mul(a, wad).Quo(u, total)
	}
	opt := w(m.OptimalUtilisation)
	rate = w(m.BaseRate)
	if u.Cmp(opt) <= 0 {
		rate.Add(rate, new(big.Int).Quo(new(big.Int).Mul(w(m.Slope1), u), opt))
	} else {
		above := new(big.Int).Mul(w(m.Slope2), new(big.Int).Sub(u, opt))
		rate.Add(rate, w(m.Slope1)).Add(rate, above.Quo(above, new(big.Int).Sub(wad, opt)))
	}
	x := new(big.Int).Quo(new(big.Int).Mul(rate, big.NewInt(dt)), big.NewInt(365*24*3600))
	x2 := new(big.Int).Quo(new(big.Int).Mul(x, x), new(big.Int).Mul(big.NewInt(2), wad))
	x3 := new(big.Int).Quo(new(big.Int).Mul(x2, x), new(big.Int).Mul(big.NewInt(3), wad))
	growth := new(big.Int).Add(x, x2)
	growth.Add(growth, x3)
	return new(big.Int).Quo(new(big.Int).Mul(a, growth), wad), rate
}

// borrowDebtOf is a loan's debt: ⌈shares × (A + 1) / (S + 10⁶)⌉, at most
// A, exactly A for the loan holding every share.
func borrowDebtOf(shares, a, s *big.Int) *big.Int {
	if shares.Sign() == 0 {
		return new(big.Int)
	}
	if shares.Cmp(s) >= 0 {
		return new(big.Int).Set(a)
	}
	num := new(big.Int).Mul(shares, new(big.Int).Add(a, big.NewInt(1)))
	den := new(big.Int).Add(s, big.NewInt(1_000_000))
	d := num.Add(num, new(big.Int).Sub(den, big.NewInt(1))).Quo(num, den)
	if d.Cmp(a) > 0 {
		return new(big.Int).Set(a)
	}
	return d
}

// auctionPrice falls linearly from start to floor over duration (the drop
// rounds down), then stays at the floor.
func auctionPrice(start, floor *big.Int, elapsed, duration int64) *big.Int {
	if elapsed >= duration {
		return new(big.Int).Set(floor)
	}
	drop := new(big.Int).Mul(new(big.Int).Sub(start, floor), big.NewInt(elapsed))
	return new(big.Int).Sub(start, drop.Quo(drop, big.NewInt(duration)))
}

func bpsOf(a money.Amount, bps int64) money.Amount {
	v := new(big.Int).Mul(a.Units(), big.NewInt(bps))
	return money.MustFromUnits(v.Quo(v, big.NewInt(10000)))
}

func blockOf(t *testing.T, m map[string]any) uint64 {
	t.Helper()
	b, ok := m["block"].(float64)
	if !ok {
		t.Fatalf("answer without a block: %v", m)
	}
	return uint64(b)
}

func amt(t *testing.T, v any) money.Amount {
	t.Helper()
	s, ok := v.(string)
	if !ok {
		t.Fatalf("%v is not a decimal string", v)
	}
	return money.MustParse(s)
}

// wantField fails unless m[k], as text, is want.
func wantField(t *testing.T, m map[string]any, k, want string) {
	t.Helper()
	if got := fmt.Sprint(m[k]); got != want {
		t.Errorf("%s = %s, want %s (in %v)", k, got, want, m)
	}
}
