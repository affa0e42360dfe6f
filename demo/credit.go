package demo

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/audit"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/service"
)

// The credit chapter (issue 14, docs/credit.md): investors fund the
// lending pool; two operators pledge the shares of a node each and borrow
// against them. The H100 node earns, and its revenue repays its loan month
// after month by itself; the old L40S node idles, its trailing revenue is
// worth nothing, its loan is flagged, auctioned and settled with a
// shortfall the lenders bear in the open. Months of chain time pass a
// month at a time (AdjustTime); the nodes' listings carry no SLA terms, so
// their leases settle by time without telemetry reports. Everything goes
// over HTTP except the keeper (settling the leases) and the clock.

// CreditResult is what the credit chapter produced, for tests to check.
type CreditResult struct {
	Loans   []LoanPath
	Lenders []LenderYield
	// Pool's books at the end (as GET /v1/pool answered them).
	Interest, Penalties, BadDebt string
	// The audit and the mirror's reconcile after the chapter, over the
	// whole chain.
	Check
}

// LoanPath is one loan's life in the chapter.
type LoanPath struct {
	ID, Borrower, Asset string
	Borrowed            decimal.Decimal
	// RepaidByRevenue is what the pledged shares' revenue paid of the debt;
	// ToBorrower what it paid beyond, to the borrower.
	RepaidByRevenue, ToBorrower decimal.Decimal
	// AuctionPrice is what the winning bid paid; WrittenDown the shortfall.
	AuctionPrice, WrittenDown decimal.Decimal
	Status                    string
	Events                    []string
}

// LenderYield is a lender's money in and out of the pool.
type LenderYield struct {
	Name                 string
	Deposited, Withdrawn decimal.Decimal
	Days                 float64
	// Annualised is (withdrawn / deposited - 1) x 365 / days.
	Annualised decimal.Decimal
}

// creditStory is what the chapter shares with the rest of the story.
type creditStory struct {
	c         *client
	svc       *service.Service
	emb       *chain.Embedded
	keeper    *service.Keeper
	admin     string
	operators []principal
	investors []principal
	renters   []principal
	say       func(format string, args ...any)
}

const day = 24 * time.Hour

// creditNodes are the chapter's two nodes: a recent H100 node leased for
// six months, and an L40S node near the end of its life leased for one.
var creditNodes = []struct {
	operator, renter int
	spec             map[string]any
	agedMonths       int
	price            string
	gpus, hours      int
}{
	{operator: 0, renter: 0, agedMonths: 2, price: "2.49", gpus: 8, hours: 180 * 24, spec: map[string]any{
		"gpu_model": "H100-SXM5-80GB", "gpu_count": 8, "rated_power_w": 10200, "location": "US-TX-1",
		"book_value": "280000", "useful_life_months": 48, "shares": "1000000", "operator_fee_bps": 1500, "reserve_bps": 500}},
	{operator: 1, renter: 2, agedMonths: 30, price: "0.89", gpus: 4, hours: 30 * 24, spec: map[string]any{
		"gpu_model": "L40S-48GB", "gpu_count": 4, "rated_power_w": 1600, "location": "NL-AMS-2",
		"book_value": "42000", "useful_life_months": 36, "shares": "500000", "operator_fee_bps": 1000, "reserve_bps": 700}},
}

// apiLoan is the part of a loan answer the chapter reads.
type apiLoan struct {
	ID               string  `json:"id"`
	Status           string  `json:"status"`
	Shares           string  `json:"shares"`
	Debt             string  `json:"debt"`
	CollateralValue  string  `json:"collateral_value"`
	BorrowLimit      string  `json:"borrow_limit"`
	LiquidationLimit string  `json:"liquidation_limit"`
	HealthFactor     *string `json:"health_factor"`
	Healthy          bool    `json:"healthy"`
	GraceEndsAt      *string `json:"grace_ends_at"`
	Auction          *struct {
		StartPrice string  `json:"start_price"`
		FloorPrice string  `json:"floor_price"`
		Price      *string `json:"price"`
		EndsAt     string  `json:"ends_at"`
	} `json:"auction"`
	RevenueApplied *struct {
		Revenue     string `json:"revenue"`
		ToInterest  string `json:"to_interest"`
		ToPrincipal string `json:"to_principal"`
		ToBorrower  string `json:"to_borrower"`
	} `json:"revenue_applied"`
	Settlement *struct {
		Price     string `json:"price"`
		Repaid    string `json:"repaid"`
		Penalty   string `json:"penalty"`
		Surplus   string `json:"surplus"`
		Shortfall string `json:"shortfall"`
	} `json:"settlement"`
	Note string `json:"note"`
}

type apiPool struct {
	Cash            string `json:"cash"`
	Borrowed        string `json:"borrowed"`
	TotalAssets     string `json:"total_assets"`
	InterestAccrued string `json:"interest_accrued"`
	Penalties       string `json:"penalties"`
	BadDebt         string `json:"bad_debt"`
	Utilisation     string `json:"utilisation"`
	BorrowRate      string `json:"borrow_rate"`
	SupplyRate      string `json:"supply_rate"`
	SharePrice      string `json:"share_price"`
}

// creditChapter tells the chapter and audits the whole chain afterwards.
func creditChapter(ctx context.Context, out io.Writer, st creditStory) (*CreditResult, error) {
	c, say := st.c, st.say
	res := &CreditResult{}
	say("\n── Compute finance: GPU shares as collateral ──")

	// Lenders fund the pool.
	lenders := []struct {
		who    principal
		amount string
	}{{st.investors[2], "40000"}, {st.investors[0], "20000"}}
	lentAt := map[string]time.Time{}
	for _, l := range lenders {
		if err := c.call(ctx, "POST", "/v1/faucet", st.admin, map[string]string{"address": l.who.Address, "amount": l.amount}, nil); err != nil {
			return nil, err
		}
		var dep struct {
			Shares string `json:"shares"`
			Block  uint64 `json:"block"`
		}
		if err := c.call(ctx, "POST", "/v1/pool/deposits", l.who.Key, map[string]string{"amount": l.amount}, &dep); err != nil {
			return nil, err
		}
		t, err := st.blockTime(ctx, dep.Block)
		if err != nil {
			return nil, err
		}
		lentAt[l.who.Name] = t
		res.Lenders = append(res.Lenders, LenderYield{Name: l.who.Name, Deposited: decimal.RequireFromString(l.amount)})
		say("%s lends %s tUSD to the pool for %s pool shares", l.who.Name, thousands(l.amount), thousands(dep.Shares))
	}

	// Two nodes, each leased, each pledged whole by its operator.
	head, err := st.svc.Chain.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	now := time.Unix(int64(head.Time), 0).UTC()
	var assetIDs []string
	for _, n := range creditNodes {
		spec := map[string]any{"commissioned_at": now.AddDate(0, -n.agedMonths, 0).Format(time.RFC3339)}
		for k, v := range n.spec {
			spec[k] = v
		}
		op, renter := st.operators[n.operator], st.renters[n.renter]
		var a struct {
			ID string `json:"id"`
		}
		if err := c.call(ctx, "POST", "/v1/assets", op.Key, spec, &a); err != nil {
			return nil, err
		}
		var lst struct {
			ID string `json:"id"`
		}
		// No SLA terms: these leases settle by time, without telemetry.
		if err := c.call(ctx, "POST", "/v1/assets/"+a.ID+"/listings", op.Key, map[string]any{
			"gpus": n.gpus, "price_per_gpu_hour": n.price, "min_hours": 1, "max_hours": n.hours,
		}, &lst); err != nil {
			return nil, err
		}
		deposit := mulPrice(n.price, n.gpus*n.hours)
		if err := c.call(ctx, "POST", "/v1/faucet", st.admin, map[string]string{"address": renter.Address, "amount": deposit}, nil); err != nil {
			return nil, err
		}
		if err := c.call(ctx, "POST", "/v1/leases", renter.Key, map[string]any{
			"listing_id": lst.ID, "gpus": n.gpus, "hours": n.hours, "deposit": deposit,
		}, nil); err != nil {
			return nil, err
		}
		assetIDs = append(assetIDs, a.ID)
		say("asset %s: %s × %d of %s, commissioned %d months ago (book value %s, %v-month life); %s leases it for %d days at %s/GPU-h, prepaid %s",
			a.ID, n.spec["gpu_model"], n.gpus, op.Name, n.agedMonths, n.spec["book_value"], n.spec["useful_life_months"],
			renter.Name, n.hours/24, n.price, decOf(deposit).StringFixed(2))
		var loan apiLoan
		if err := c.call(ctx, "POST", "/v1/loans", op.Key, map[string]any{"asset_id": a.ID, "shares": n.spec["shares"]}, &loan); err != nil {
			return nil, err
		}
		path := LoanPath{ID: loan.ID, Borrower: op.Name, Asset: a.ID, Status: loan.Status}
		path.note("pledged %s shares of asset %s", thousands(n.spec["shares"].(string)), a.ID)
		res.Loans = append(res.Loans, path)
		say("loan %s: %s pledges all %s shares of asset %s to the vault, which now collects their revenue (collateral value %s: no month of revenue on record yet)",
			loan.ID, op.Name, thousands(n.spec["shares"].(string)), a.ID, loan.CollateralValue)
	}
	loan1, loan2 := &res.Loans[0], &res.Loans[1]
	opH100, opL40S := st.operators[creditNodes[0].operator], st.operators[creditNodes[1].operator]
	liquidator := st.investors[3]
	if err := c.call(ctx, "POST", "/v1/faucet", st.admin, map[string]string{"address": liquidator.Address, "amount": "5000"}, nil); err != nil {
		return nil, err
	}

	// Month 1: the nodes earn; no debt yet, so their revenue is the borrowers'.
	if err := st.advance(ctx, 30*day+time.Hour); err != nil {
		return nil, err
	}
	say("\nmonth 1: both nodes leased; the keeper settles their rent into revenue")
	for _, p := range []*LoanPath{loan1, loan2} {
		var l apiLoan
		if err := c.call(ctx, "POST", "/v1/loans/"+p.ID+"/settle", liquidator.Key, nil, &l); err != nil {
			return nil, err
		}
		if l.RevenueApplied != nil {
			p.ToBorrower = p.ToBorrower.Add(decOf(l.RevenueApplied.ToBorrower))
			p.note("month 1 revenue %s credited to the borrower (no debt yet)", l.RevenueApplied.Revenue)
			say("  loan %s: its shares earned %s, credited to %s (no debt yet)", p.ID, l.RevenueApplied.Revenue, p.Borrower)
		}
	}
	// The vault values each node on its month of verified revenue.
	for i, p := range []*LoanPath{loan1, loan2} {
		var coll struct {
			Value   string `json:"value_per_share"`
			Book    string `json:"book_value_per_share"`
			Revenue string `json:"revenue_value_per_share"`
		}
		if err := c.call(ctx, "GET", "/v1/assets/"+assetIDs[i]+"/collateral", "", nil, &coll); err != nil {
			return nil, err
		}
		var l apiLoan
		if err := c.call(ctx, "GET", "/v1/loans/"+p.ID, "", nil, &l); err != nil {
			return nil, err
		}
		say("  asset %s: a share is worth %s (book %s, trailing revenue %s): loan %s's collateral %s, borrow limit %s",
			assetIDs[i], round(coll.Value, 6), round(coll.Book, 6), round(coll.Revenue, 6), p.ID, l.CollateralValue, l.BorrowLimit)
		// Lone Star borrows 45,000 to pay for its node; Polder borrows 85% of its limit.
		amount := "45000"
		if i == 1 {
			amount = decOf(l.BorrowLimit).Mul(decimal.RequireFromString("0.85")).Floor().String()
		}
		var b struct {
			apiLoan
			Borrowed string `json:"borrowed"`
		}
		if err := c.call(ctx, "POST", "/v1/loans/"+p.ID+"/borrow", []principal{opH100, opL40S}[i].Key, map[string]string{"amount": amount}, &b); err != nil {
			return nil, err
		}
		p.Borrowed = decOf(b.Borrowed)
		p.note("borrowed %s against collateral worth %s", b.Borrowed, b.CollateralValue)
		say("  loan %s: %s borrows %s (health factor %s)", p.ID, p.Borrower, b.Borrowed, deref(b.HealthFactor))
	}
	var pool apiPool
	if err := c.call(ctx, "GET", "/v1/pool", "", nil, &pool); err != nil {
		return nil, err
	}
	say("  pool: %s lent out of %s, utilisation %s; borrowers pay %s a year, lenders earn %s on the pool",
		pool.Borrowed, pool.TotalAssets, pctOf(pool.Utilisation), pctOf(pool.BorrowRate), pctOf(pool.SupplyRate))

	// The months after: the H100's revenue repays loan 1; the L40S idles.
	for m := 2; m <= 8; m++ {
		if err := st.advance(ctx, 30*day); err != nil {
			return nil, err
		}
		say("\nmonth %d:", m)
		if m == 2 {
			if err := liquidate(ctx, st, loan2, liquidator); err != nil {
				return nil, err
			}
		}
		var l apiLoan
		if err := c.call(ctx, "POST", "/v1/loans/"+loan1.ID+"/settle", liquidator.Key, nil, &l); err != nil {
			return nil, err
		}
		if r := l.RevenueApplied; r != nil {
			repaid := decOf(r.ToInterest).Add(decOf(r.ToPrincipal))
			loan1.RepaidByRevenue = loan1.RepaidByRevenue.Add(repaid)
			loan1.ToBorrower = loan1.ToBorrower.Add(decOf(r.ToBorrower))
			loan1.note("month %d revenue %s: interest %s, principal %s, borrower %s; debt %s", m, r.Revenue, r.ToInterest, r.ToPrincipal, r.ToBorrower, l.Debt)
			say("  loan %s: its shares earned %s: %s to interest, %s to principal, %s to %s; debt now %s (health factor %s)",
				loan1.ID, r.Revenue, r.ToInterest, r.ToPrincipal, r.ToBorrower, loan1.Borrower, l.Debt, deref(l.HealthFactor))
		}
		if decOf(l.Debt).IsZero() {
			break
		}
	}

	// Loan 1 is paid off by its node: the operator takes its shares back and
	// what the revenue paid beyond the debt.
	var closed apiLoan
	if err := c.call(ctx, "POST", "/v1/loans/"+loan1.ID+"/unpledge", opH100.Key, map[string]string{"shares": creditNodes[0].spec["shares"].(string)}, &closed); err != nil {
		return nil, err
	}
	loan1.Status = closed.Status
	loan1.note("shares returned; loan %s", closed.Status)
	say("\n%s takes its %s shares back: loan %s is %s", loan1.Borrower, thousands(creditNodes[0].spec["shares"].(string)), loan1.ID, closed.Status)
	for _, op := range []principal{opH100, opL40S} {
		var owed struct {
			Owed string `json:"owed"`
		}
		if err := c.call(ctx, "GET", "/v1/owed/"+op.Address, "", nil, &owed); err != nil {
			return nil, err
		}
		if decOf(owed.Owed).IsZero() {
			continue
		}
		var w struct {
			Withdrawn string `json:"withdrawn"`
		}
		if err := c.call(ctx, "POST", "/v1/owed/withdraw", op.Key, nil, &w); err != nil {
			return nil, err
		}
		say("%s withdraws %s tUSD the vault collected for it beyond its debt", op.Name, w.Withdrawn)
	}

	// Lenders take everything back.
	say("")
	for i, l := range lenders {
		var w struct {
			Withdrawn string `json:"withdrawn"`
			Block     uint64 `json:"block"`
		}
		if err := c.call(ctx, "POST", "/v1/pool/withdrawals", l.who.Key, map[string]any{"all": true}, &w); err != nil {
			return nil, err
		}
		t, err := st.blockTime(ctx, w.Block)
		if err != nil {
			return nil, err
		}
		y := &res.Lenders[i]
		y.Withdrawn = decOf(w.Withdrawn)
		y.Days = t.Sub(lentAt[l.who.Name]).Hours() / 24
		y.Annualised = y.Withdrawn.Div(y.Deposited).Sub(decimal.NewFromInt(1)).Mul(decimal.NewFromInt(365)).Div(decimal.NewFromFloat(y.Days))
		say("%s withdraws %s tUSD for the %s it lent %.0f days ago: realised %s a year", y.Name, w.Withdrawn, thousands(y.Deposited.String()), y.Days, pctOf(y.Annualised.String()))
	}
	if err := c.call(ctx, "GET", "/v1/pool", "", nil, &pool); err != nil {
		return nil, err
	}
	res.Interest, res.Penalties, res.BadDebt = pool.InterestAccrued, pool.Penalties, pool.BadDebt
	printLoans(out, res, pool)

	// The audit and the reconcile, over everything, credit included.
	if res.Check, err = auditAndReconcile(ctx, c, st.svc, "after the credit chapter", "credit included", st.say); err != nil {
		return nil, err
	}
	return res, nil
}

// liquidate tells loan 2's end: its node idles, its trailing revenue is
// worth nothing, a liquidator flags it, the grace passes, the auction
// opens, and a day later the liquidator bids.
func liquidate(ctx context.Context, st creditStory, p *LoanPath, liquidator principal) error {
	c, say := st.c, st.say
	var l apiLoan
	if err := c.call(ctx, "GET", "/v1/loans/"+p.ID, "", nil, &l); err != nil {
		return err
	}
	say("  loan %s: asset %s idled all month: its trailing revenue, so its collateral, is worth %s; debt %s above its liquidation limit %s",
		p.ID, p.Asset, l.CollateralValue, l.Debt, l.LiquidationLimit)
	if err := c.call(ctx, "POST", "/v1/loans/"+p.ID+"/flag", liquidator.Key, nil, &l); err != nil {
		return err
	}
	p.note("unhealthy: collateral %s, debt %s; flagged by %s", l.CollateralValue, l.Debt, liquidator.Name)
	say("  loan %s: %s flags it; %s may cure it until %s", p.ID, liquidator.Name, p.Borrower, deref(l.GraceEndsAt))
	if err := st.advance(ctx, 3*day+time.Minute); err != nil {
		return err
	}
	if err := c.call(ctx, "POST", "/v1/loans/"+p.ID+"/auction", liquidator.Key, nil, &l); err != nil {
		return err
	}
	p.note("auction: %s falling to %s by %s", l.Auction.StartPrice, l.Auction.FloorPrice, l.Auction.EndsAt)
	say("  loan %s: not cured; its %s shares go to auction from %s (the debt and its 5%% penalty: the value is nil) down to %s by %s",
		p.ID, thousands(l.Shares), l.Auction.StartPrice, l.Auction.FloorPrice, l.Auction.EndsAt)
	if err := st.advance(ctx, day); err != nil {
		return err
	}
	if err := c.call(ctx, "GET", "/v1/loans/"+p.ID, "", nil, &l); err != nil {
		return err
	}
	price := deref(l.Auction.Price)
	if err := c.call(ctx, "POST", "/v1/loans/"+p.ID+"/bids", liquidator.Key, map[string]string{"max_price": price}, &l); err != nil {
		return err
	}
	s := l.Settlement
	p.Status, p.AuctionPrice, p.WrittenDown = l.Status, decOf(s.Price), decOf(s.Shortfall)
	p.note("sold for %s to %s: repaid %s, penalty %s, surplus %s, written down %s", s.Price, liquidator.Name, s.Repaid, s.Penalty, s.Surplus, s.Shortfall)
	say("  loan %s: a day later %s buys the shares for %s: %s repays the debt, %s is written down as bad debt from the lenders",
		p.ID, liquidator.Name, s.Price, s.Repaid, s.Shortfall)
	return nil
}

func (p *LoanPath) note(format string, args ...any) {
	p.Events = append(p.Events, fmt.Sprintf(format, args...))
}

// advance moves chain time and lets the keeper settle the leases.
func (st creditStory) advance(ctx context.Context, d time.Duration) error {
	if err := st.emb.AdjustTime(d); err != nil {
		return err
	}
	_, err := st.keeper.Tick(ctx)
	return err
}

func (st creditStory) blockTime(ctx context.Context, n uint64) (time.Time, error) {
	h, err := st.svc.Chain.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

// printLoans prints each loan's path and the pool's outcome.
func printLoans(out io.Writer, res *CreditResult, pool apiPool) {
	fmt.Fprintf(out, "\n%-5s %-18s %-6s %10s %18s %12s %10s %12s %-10s\n", "loan", "borrower", "asset", "borrowed",
		"repaid by revenue", "to borrower", "auction", "written off", "status")
	for _, l := range res.Loans {
		fmt.Fprintf(out, "%-5s %-18s %-6s %10s %18s %12s %10s %12s %-10s\n", l.ID, l.Borrower, l.Asset, l.Borrowed.StringFixed(2),
			l.RepaidByRevenue.StringFixed(2), l.ToBorrower.StringFixed(2), dash(l.AuctionPrice), dash(l.WrittenDown), l.Status)
	}
	for _, l := range res.Loans {
		fmt.Fprintf(out, "loan %s: %s\n", l.ID, strings.Join(l.Events, "; "))
	}
	fmt.Fprintf(out, "pool: interest earned %s, penalties %s, bad debt written down %s\n", pool.InterestAccrued, pool.Penalties, pool.BadDebt)
}

func decOf(s string) decimal.Decimal {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Zero
	}
	return d
}

func dash(d decimal.Decimal) string {
	if d.IsZero() {
		return "-"
	}
	return d.StringFixed(2)
}

func deref(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

// round shows a decimal string to n places.
func round(s string, n int32) string { return decOf(s).Round(n).String() }

// pctOf shows a fraction as a percentage with two decimals.
func pctOf(s string) string { return decOf(s).Shift(2).StringFixed(2) + "%" }

// thousands groups the digits of a whole number: 1000000 -> 1,000,000.
func thousands(s string) string {
	if len(s) <= 3 || strings.ContainsAny(s, ".-") {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Check is an audit from chain logs alone and the mirror's reconcile, at
// one point of the story.
type Check struct {
	Audit      *audit.Result
	Reconciled bool
	// Differences are the reconcile's differences, as it listed them.
	Differences []string
}

// auditAndReconcile audits the whole chain against what the API publishes
// and reconciles the mirror with the chain, saying the verdicts: after names
// the point of the story, scope what the reconcile covered.
func auditAndReconcile(ctx context.Context, c *client, svc *service.Service, after, scope string, say func(string, ...any)) (Check, error) {
	var check Check
	ares, err := audit.Run(ctx, svc.Chain.Client(), svc.Manifest, audit.Options{Against: c.base})
	if err != nil {
		return check, err
	}
	check.Audit = ares
	failed := ares.Failed()
	for _, ch := range failed {
		say("DIFF %s: chain says %s, got %s", ch.Name, ch.Expected, ch.Actual)
	}
	if len(failed) == 0 {
		say("\naudit from chain logs alone %s: OK, %d checks", after, len(ares.Checks))
	} else {
		say("\naudit %s: %d of %d checks FAILED", after, len(failed), len(ares.Checks))
	}
	var rec struct {
		OK          bool             `json:"ok"`
		Block       uint64           `json:"block"`
		Checked     int              `json:"checked"`
		Differences []map[string]any `json:"differences"`
	}
	if err := c.call(ctx, "GET", "/v1/reconcile", "", nil, &rec); err != nil {
		return check, err
	}
	check.Reconciled = rec.OK
	for _, d := range rec.Differences {
		check.Differences = append(check.Differences, fmt.Sprint(d))
	}
	if rec.OK {
		say("reconcile of the bbolt mirror against the chain at block %d, %s: OK, %d balances compared", rec.Block, scope, rec.Checked)
	} else {
		say("reconcile at block %d: %d DIFFERENCES", rec.Block, len(rec.Differences))
		for i, d := range check.Differences {
			if i == 10 {
				say("  … and %d more", len(check.Differences)-10)
				break
			}
			say("  %s", d)
		}
	}
	return check, nil
}
