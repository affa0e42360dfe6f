package api

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// FuzzWriteBodies throws arbitrary bodies at every write route as a caller
// allowed to use it: the server must never panic or answer 5xx, and a
// refused request must send no transaction (the caller's nonce is
// unchanged) and create nothing. Run: go test ./api -run ^$ -fuzz FuzzWriteBodies -fuzztime 2m
func FuzzWriteBodies(f *testing.F) {
	seeds := []string{
		`{"role":"renter","name":"x"}`,
		`{"address":"0x0000000000000000000000000000000000000001","amount":"1"}`,
		mustJSON(h100),
		`{"gpus":8,"price_per_gpu_hour":"2.50","min_hours":1,"max_hours":720,"sla_availability_bps":9900,"credit_bps":1000}`,
		`{"price_per_gpu_hour":"3"}`,
		`{"listing_id":"1","gpus":1,"hours":1,"deposit":"2.50"}`,
		`{"amount":"1"}`,
		`{"to":"0x0000000000000000000000000000000000000001","shares":"1"}`,
		`{"asset_ids":["1"]}`,
		`{"gpu_count":1e400}`, `{"deposit":"1e-7"}`, `[]`, `null`, `"x"`, `{"a":`, "\x00", `{"shares":"-1"}`,
	}
	for i, s := range seeds {
		f.Add(uint8(i), s)
	}

	e := newAPIEnv(f) // one chain and server for the whole run
	e.setupFuzz()
	f.Fuzz(func(t *testing.T, route uint8, body string) {
		e.t = t
		routes := e.fuzzRoutes()
		r := routes[int(route)%len(routes)]
		before := e.nonce(r.key)
		leases, _ := e.svc.Market.LeaseCount(context.Background())
		rep := e.do(r.method, r.path, r.key, body)
		if rep.status >= 500 {
			t.Fatalf("%s %s %q: %d %s", r.method, r.path, body, rep.status, rep.body)
		}
		if rep.status >= 400 {
			if after := e.nonce(r.key); after != before {
				t.Fatalf("%s %s %q refused (%d) but sent %d transaction(s)", r.method, r.path, body, rep.status, after-before)
			}
			if n, _ := e.svc.Market.LeaseCount(context.Background()); n != leases {
				t.Fatalf("%s %s %q refused but created a lease", r.method, r.path, body)
			}
		}
	})
}

type fuzzRoute struct {
	method, path, key string
}

// fuzzKeys is what setupFuzz made: keys of each role and their addresses.
var fuzzKeys struct {
	op, renter, holder string
	addrs              map[string]common.Address
}

func (e *apiEnv) setupFuzz() {
	opKey, opAddr := e.account("operator", "op")
	renterKey, renterAddr := e.account("renter", "renter")
	holderKey, holderAddr := e.account("holder", "holder")
	e.must(200, "POST", "/v1/faucet", e.admin, map[string]any{"address": renterAddr, "amount": "100000"})
	e.must(201, "POST", "/v1/assets", opKey, h100)
	e.must(201, "POST", "/v1/assets/1/listings", opKey, map[string]any{"gpus": 8, "price_per_gpu_hour": "2.50",
		"min_hours": 1, "max_hours": 720, "sla_availability_bps": 9900, "credit_bps": 1000})
	fuzzKeys.op, fuzzKeys.renter, fuzzKeys.holder = opKey, renterKey, holderKey
	fuzzKeys.addrs = map[string]common.Address{
		opKey: common.HexToAddress(opAddr), renterKey: common.HexToAddress(renterAddr),
		holderKey: common.HexToAddress(holderAddr), e.admin: e.svc.Admin.Address(),
	}
}

func (e *apiEnv) fuzzRoutes() []fuzzRoute {
	return []fuzzRoute{
		{"POST", "/v1/accounts", e.admin},
		{"POST", "/v1/faucet", e.admin},
		{"POST", "/v1/assets", fuzzKeys.op},
		{"POST", "/v1/assets/1/listings", fuzzKeys.op},
		{"PATCH", "/v1/listings/1", fuzzKeys.op},
		{"POST", "/v1/leases", fuzzKeys.renter},
		{"POST", "/v1/leases/1/topup", fuzzKeys.renter},
		{"POST", "/v1/assets/1/transfers", fuzzKeys.op},
		{"POST", "/v1/claims", fuzzKeys.holder},
	}
}

func (e *apiEnv) nonce(key string) uint64 {
	n, err := e.svc.Chain.Client().PendingNonceAt(context.Background(), fuzzKeys.addrs[key])
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}
