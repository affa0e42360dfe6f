package api

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/money"
)

// TestTradingFeeAdminOverHTTP: the admin sets the share market's fee and
// treasury over HTTP; bad input and a withdrawal with nothing owed are
// problem+json and mine nothing; an offer made after the change pays the
// new fee on its fill, to the unit; the withdrawal pays exactly the fees
// owed to the new treasury, once (a second is 409).
func TestTradingFeeAdminOverHTTP(t *testing.T) {
	e := newAPIEnv(t)
	op, _ := e.account("operator", "Lone Star Compute")
	alice, aliceAddr := e.account("holder", "Alice Capital")
	bob, bobAddr := e.account("holder", "Bob Pension")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": bobAddr, "amount": "1000"})
	assetID := e.must(201, "POST", "/v1/assets", op, h100)["id"].(string)
	e.must(200, "POST", "/v1/assets/"+assetID+"/transfers", op, map[string]any{"to": aliceAddr, "shares": "5000"})

	got := e.must(200, "GET", "/v1/trading", "", nil)
	if got["fee_bps"].(float64) != contracts.DefaultTradeFeeBps || got["max_fee_bps"].(float64) != contracts.MaxTradeFeeBps ||
		got["fees_owed"] != money.Zero.String() || !common.IsHexAddress(got["treasury"].(string)) {
		t.Fatalf("trading %v", got)
	}
	head := func() uint64 {
		n, err := e.svc.Chain.Client().BlockNumber(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := head()
	e.problem(400, ProblemValidation, "PUT", "/v1/trading/fee", e.admin, map[string]any{"bps": contracts.MaxTradeFeeBps + 1})
	e.problem(400, ProblemValidation, "PUT", "/v1/trading/fee", e.admin, map[string]any{"bps": -1})
	e.problem(400, ProblemValidation, "PUT", "/v1/trading/fee", e.admin, map[string]any{})
	e.problem(400, ProblemValidation, "PUT", "/v1/trading/treasury", e.admin, map[string]any{"treasury": "0x0000000000000000000000000000000000000000"})
	e.problem(400, ProblemValidation, "PUT", "/v1/trading/treasury", e.admin, map[string]any{"treasury": "nowhere"})
	e.problem(409, ProblemConflict, "POST", "/v1/trading/fees/withdraw", e.admin, nil)
	e.problem(403, ProblemForbidden, "PUT", "/v1/trading/fee", alice, map[string]any{"bps": 0})
	e.problem(403, ProblemForbidden, "POST", "/v1/trading/fees/withdraw", op, nil)
	if after := head(); after != before {
		t.Fatalf("refused requests mined %d blocks", after-before)
	}

	fee := e.must(200, "PUT", "/v1/trading/fee", e.admin, map[string]any{"bps": 237})
	if fee["fee_bps"].(float64) != 237 || fee["previous_bps"].(float64) != contracts.DefaultTradeFeeBps {
		t.Fatalf("fee %v", fee)
	}
	const treasury = "0x00000000000000000000000000000000000000Fe"
	tr := e.must(200, "PUT", "/v1/trading/treasury", e.admin, map[string]any{"treasury": treasury})
	if tr["treasury"] != common.HexToAddress(treasury).Hex() || tr["previous"] != got["treasury"] {
		t.Fatalf("treasury %v", tr)
	}

	offer := e.must(201, "POST", "/v1/assets/"+assetID+"/offers", alice, map[string]any{"shares": "3000", "price_per_share": "0.123457", "ttl_hours": 48})
	if offer["fee_bps"].(float64) != 237 {
		t.Fatalf("offer made after the change takes %v bps, want 237", offer["fee_bps"])
	}
	e.must(201, "POST", "/v1/offers/"+offer["id"].(string)+"/fills", bob, map[string]any{"shares": "2999", "max_price_per_share": "0.123457"})
	total := new(big.Int).Mul(big.NewInt(2999), big.NewInt(123_457))                       // 370,247,543 units
	want := new(big.Int).Div(new(big.Int).Mul(total, big.NewInt(237)), big.NewInt(10_000)) // floor: 8,774,866 units
	if got := e.must(200, "GET", "/v1/trading", "", nil); got["fees_owed"] != money.MustFromUnits(want).String() || got["fee_bps"].(float64) != 237 {
		t.Fatalf("trading after the fill %v, want fees_owed %s", got, money.MustFromUnits(want))
	}
	paid := e.must(200, "POST", "/v1/trading/fees/withdraw", e.admin, nil)
	if paid["withdrawn"] != money.MustFromUnits(want).String() || paid["treasury"] != common.HexToAddress(treasury).Hex() {
		t.Fatalf("withdrawal %v, want %s to %s", paid, money.MustFromUnits(want), treasury)
	}
	bal, err := e.svc.Token.BalanceOf(t.Context(), common.HexToAddress(treasury))
	if err != nil || bal.Units().Cmp(want) != 0 {
		t.Fatalf("treasury holds %s (%v), want %s", bal, err, money.MustFromUnits(want))
	}
	before = head()
	e.problem(409, ProblemConflict, "POST", "/v1/trading/fees/withdraw", e.admin, nil)
	if after := head(); after != before {
		t.Fatalf("a withdrawal of nothing mined %d blocks", after-before)
	}
	if rep := e.must(200, "GET", "/v1/reconcile", e.admin, nil); rep["ok"] != true {
		t.Fatalf("reconcile %v", rep)
	}
}
