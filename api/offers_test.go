package api

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuledger/gpuledger/contracts/bindings/blockliststablecoin"
	"github.com/gpuledger/gpuledger/internal/tokentest"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/service"
)

// TestOffersOverHTTP: an investor offers shares, another buys part of them
// over HTTP; shares and stablecoin move to the unit (total = shares x
// price, fee = floor(total x bps / 10000), the seller gets the rest); the
// book, the offer and the trades say so; refusals are problem+json and
// mine nothing; the seller cancels the rest.
func TestOffersOverHTTP(t *testing.T) {
	e := newAPIEnv(t)
	op, _ := e.account("operator", "Lone Star Compute")
	alice, aliceAddr := e.account("holder", "Alice Capital")
	bob, bobAddr := e.account("holder", "Bob Pension")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": bobAddr, "amount": "1000"})
	assetID := e.must(201, "POST", "/v1/assets", op, h100)["id"].(string)
	e.must(200, "POST", "/v1/assets/"+assetID+"/transfers", op, map[string]any{"to": aliceAddr, "shares": "5000"})

	offer := e.must(201, "POST", "/v1/assets/"+assetID+"/offers", alice, map[string]any{"shares": "3000", "price_per_share": "0.123457", "ttl_hours": 48})
	offerID := offer["id"].(string)
	if offer["status"] != "open" || offer["remaining"] != "3000" || offer["tx_hash"] == nil {
		t.Fatalf("offer %v", offer)
	}
	// A second, dearer offer: the book lists the cheaper first.
	e.must(201, "POST", "/v1/assets/"+assetID+"/offers", alice, map[string]any{"shares": "100", "price_per_share": "0.2", "ttl_hours": 1})
	book := e.must(200, "GET", "/v1/assets/"+assetID+"/offers", "", nil)["offers"].([]any)
	if len(book) != 2 || book[0].(map[string]any)["id"] != offerID {
		t.Fatalf("book %v", book)
	}

	head := func() uint64 {
		n, err := e.svc.Chain.Client().BlockNumber(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := head()
	e.problem(409, ProblemConflict, "POST", "/v1/offers/"+offerID+"/fills", bob, map[string]any{"shares": "10", "max_price_per_share": "0.12"})
	e.problem(409, ProblemConflict, "POST", "/v1/offers/"+offerID+"/fills", bob, map[string]any{"shares": "3001", "max_price_per_share": "1"})
	e.problem(409, ProblemConflict, "POST", "/v1/offers/"+offerID+"/fills", alice, map[string]any{"shares": "1", "max_price_per_share": "1"})
	e.problem(409, ProblemConflict, "POST", "/v1/offers/"+offerID+"/fills", op, map[string]any{"shares": "1", "max_price_per_share": "1"}) // no money
	e.problem(400, ProblemValidation, "POST", "/v1/offers/"+offerID+"/fills", bob, map[string]any{"shares": "-1", "max_price_per_share": "1"})
	e.problem(400, ProblemValidation, "POST", "/v1/offers/"+offerID+"/fills", bob, map[string]any{"shares": "1", "max_price_per_share": "0.0000001"})
	e.problem(404, ProblemNotFound, "POST", "/v1/offers/99/fills", bob, map[string]any{"shares": "1", "max_price_per_share": "1"})
	e.problem(400, ProblemValidation, "POST", "/v1/assets/"+assetID+"/offers", alice, map[string]any{"shares": "10", "price_per_share": "1"})
	e.problem(400, ProblemValidation, "POST", "/v1/assets/"+assetID+"/offers", alice, map[string]any{"shares": "5001", "price_per_share": "1", "ttl_hours": 1})
	e.problem(400, ProblemValidation, "POST", "/v1/assets/"+assetID+"/offers", alice, map[string]any{"shares": "1", "price_per_share": "1", "expires_at": "2001-01-01T00:00:00Z"})
	e.problem(403, ProblemForbidden, "DELETE", "/v1/offers/"+offerID, bob, nil)
	if after := head(); after != before {
		t.Fatalf("refused requests mined %d blocks", after-before)
	}

	fill := e.must(201, "POST", "/v1/offers/"+offerID+"/fills", bob, map[string]any{"shares": "1234", "max_price_per_share": "0.123457"})
	trade := fill["trade"].(map[string]any)
	total := new(big.Int).Mul(big.NewInt(1234), big.NewInt(123_457))                     // 152,345,938 units
	fee := new(big.Int).Div(new(big.Int).Mul(total, big.NewInt(50)), big.NewInt(10_000)) // 0.5%, floor
	proceeds := new(big.Int).Sub(total, fee)
	for k, want := range map[string]*big.Int{"total": total, "fee": fee, "proceeds": proceeds} {
		if trade[k] != money.MustFromUnits(want).String() {
			t.Fatalf("trade %s = %v, want %s", k, trade[k], money.MustFromUnits(want))
		}
	}
	if fill["offer"].(map[string]any)["remaining"] != "1766" {
		t.Fatalf("offer after fill %v", fill["offer"])
	}
	bobBal, err := e.svc.Token.BalanceOf(t.Context(), common.HexToAddress(bobAddr))
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Sub(big.NewInt(1_000_000_000), total); bobBal.Units().Cmp(want) != 0 {
		t.Fatalf("bob holds %s, want %s", bobBal, money.MustFromUnits(want))
	}
	aliceBal, err := e.svc.Token.BalanceOf(t.Context(), common.HexToAddress(aliceAddr))
	if err != nil || aliceBal.Units().Cmp(proceeds) != 0 {
		t.Fatalf("alice holds %s (%v), want %s", aliceBal, err, money.MustFromUnits(proceeds))
	}
	got := e.must(200, "GET", "/v1/offers/"+offerID, "", nil)
	if got["remaining"] != "1766" || got["status"] != "open" {
		t.Fatalf("offer %v", got)
	}
	trades := e.must(200, "GET", "/v1/assets/"+assetID+"/trades", "", nil)
	if trades["last_price_per_share"] != "0.123457" || trades["trades_total"].(float64) != 1 || trades["volume_24h"] != money.MustFromUnits(total).String() ||
		trades["fees_total"] != money.MustFromUnits(fee).String() || len(trades["trades"].([]any)) != 1 {
		t.Fatalf("trades %v", trades)
	}
	cancelled := e.must(200, "DELETE", "/v1/offers/"+offerID, alice, nil)
	if cancelled["status"] != "cancelled" || cancelled["remaining"] != "0" {
		t.Fatalf("cancelled %v", cancelled)
	}
	e.problem(409, ProblemConflict, "DELETE", "/v1/offers/"+offerID, alice, nil)
	e.problem(409, ProblemConflict, "POST", "/v1/offers/"+offerID+"/fills", bob, map[string]any{"shares": "1", "max_price_per_share": "1"})
	if rep := e.must(200, "GET", "/v1/reconcile", e.admin, nil); rep["ok"] != true {
		t.Fatalf("reconcile %v", rep)
	}
}

// TestBlocklistedSellerProceedsOverAPI: the token blocklists a seller; a
// buyer still fills its offer; the seller's proceeds are owed (GET
// /v1/trade-proceeds/:address) and withdrawn to another of its addresses.
func TestBlocklistedSellerProceedsOverAPI(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	token := tokentest.ExternalBlocklist(t, dir)
	e := newAPIEnvIn(t, dir, service.Config{Stablecoin: token})
	bl := blockliststablecoin.NewBlocklistStablecoin()
	opKey, opAddr := e.account("operator", "op")
	buyerKey, buyerAddr := e.account("holder", "buyer")
	_, elsewhere := e.account("holder", "op's other wallet")
	issuer := func(data []byte) {
		t.Helper()
		if _, err := e.svc.Admin.SendAndWait(ctx, &token, data, nil); err != nil {
			t.Fatal(err)
		}
	}
	issuer(bl.PackMint(common.HexToAddress(buyerAddr), big.NewInt(100_000_000))) // 100.00
	assetID := e.must(201, "POST", "/v1/assets", opKey, h100)["id"].(string)
	offerID := e.must(201, "POST", "/v1/assets/"+assetID+"/offers", opKey, map[string]any{"shares": "1000", "price_per_share": "0.05", "ttl_hours": 2})["id"].(string)
	issuer(bl.PackSetBlocklisted(common.HexToAddress(opAddr), true))
	fill := e.must(201, "POST", "/v1/offers/"+offerID+"/fills", buyerKey, map[string]any{"shares": "999", "max_price_per_share": "0.05"})
	trade := fill["trade"].(map[string]any)
	if trade["credited"] != true || trade["proceeds"] != "49.70025" { // 49.95 less 0.5% = 0.24975
		t.Fatalf("trade %v", trade)
	}
	if got := e.must(200, "GET", "/v1/trade-proceeds/"+opAddr, "", nil); got["owed"] != trade["proceeds"] {
		t.Fatalf("owed %v, want %v", got["owed"], trade["proceeds"])
	}
	w := e.must(200, "POST", "/v1/trade-proceeds/withdraw", opKey, map[string]any{"to": elsewhere})
	if w["withdrawn"] != trade["proceeds"] {
		t.Fatalf("withdrawal %v", w)
	}
	got, err := e.svc.Token.BalanceOf(ctx, common.HexToAddress(elsewhere))
	if err != nil || got.String() != trade["proceeds"] {
		t.Fatalf("the other wallet holds %s (%v)", got, err)
	}
	if got := e.must(200, "GET", "/v1/trade-proceeds/"+opAddr, "", nil); got["owed"] != "0.00" {
		t.Fatalf("still owed %v", got["owed"])
	}
	e.problem(422, ProblemChainReverted, "POST", "/v1/trade-proceeds/withdraw", opKey, map[string]any{})
	if rep := e.must(200, "GET", "/v1/reconcile", e.admin, nil); rep["ok"] != true {
		t.Fatalf("reconcile %v", rep)
	}
}
