# gpuledger: the two commands a fresh machine needs are `make run` and `make test`.
# Node.js is needed only by `contracts` (and `bindings`, which depends on it);
# building and running the Go service uses the committed artifacts and bindings.

GO            ?= go
DATA          ?= ./data
LISTEN        ?= 127.0.0.1:8080
CHAIN_RPC     ?= 127.0.0.1:8545
# PUBLIC_URL: where wallets reach the API (GPUAsset.uri points there); default http://$(LISTEN).
PUBLIC_URL    ?=
# What `gpuledger version` prints, set at link time (a plain `go build` shows
# the VCS revision the Go toolchain recorded instead).
BUILD_VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null)
BUILD_COMMIT  ?= $(shell git rev-parse HEAD 2>/dev/null)
LDFLAGS       := -X main.version=$(BUILD_VERSION) -X main.commit=$(BUILD_COMMIT)
GETH_VERSION  := $(shell $(GO) list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)
ABIGEN        := $(GO) run github.com/ethereum/go-ethereum/cmd/abigen@$(GETH_VERSION)
DEVNODE_DIR   ?= $(CURDIR)/.devnode
DEVNODE_PORT  ?= 8546
GOBIN_DIR     := $(shell $(GO) env GOPATH)/bin

.PHONY: all build run demo test vet client contracts bindings devnode devnode-stop bench mutate clean

all: build

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/gpuledger ./cmd/gpuledger

## run: the service on the embedded chain (data in $(DATA), API on $(LISTEN), chain
## JSON-RPC on $(CHAIN_RPC); CHAIN_RPC= for none). A port in use stops it with the
## variable to change: make run LISTEN=127.0.0.1:8081 CHAIN_RPC=127.0.0.1:8555
run: build
	./bin/gpuledger serve --data $(DATA) --listen=$(LISTEN) --chain-rpc=$(CHAIN_RPC) $(if $(PUBLIC_URL),--public-url=$(PUBLIC_URL))

## demo: the whole story on a fresh embedded chain in a temp dir, with a report (seconds).
demo: build
	./bin/gpuledger demo

## test: every test, vet first. The contract drift test needs contracts/node_modules
## (`npm ci`, done by .ci/run); without it that one test skips and says why.
## With GPULEDGER_GETH_URL set (make devnode; .ci/run does it), the suites that
## can take a remote chain run a second time against that node, one package at
## a time (they share geth --dev's developer key); the first run stays embedded.
GETH_TESTS ?= Geth|Devnode
GETH_PKGS  ?= ./chain ./service ./audit ./api ./cmd/gpuledger
test:
	$(GO) vet ./...
	GPULEDGER_GETH_URL= $(GO) test -count=1 -timeout 15m ./...
	@if [ -n "$$GPULEDGER_GETH_URL" ]; then \
		echo "== real-node suites against $$GPULEDGER_GETH_URL"; \
		$(GO) test -count=1 -p 1 -timeout 10m -run '$(GETH_TESTS)' $(GETH_PKGS); \
	fi

vet:
	$(GO) vet ./...

## client: regenerate the OpenAPI document (api/client/openapi.json) and the Go client
## generated from it by oapi-codegen (api/client/client.gen.go); commit both.
## TestClientUpToDate fails while they differ from what the API's types generate.
client:
	$(GO) test ./api/client/clientgen -run '^TestClientUpToDate$$' -count=1 -update

## mutate: mutation testing, not part of `make test` (tens of minutes): gremlins
## plants Go mutants in money/, yield/, ledger/ and api/ and runs each package's
## tests; tools/mutatesol plants scripted Solidity mutants (a rounding flipped,
## a comparison moved, a line dropped) in a copy of the tree, rebuilds and runs
## the contract tests. Scores and survivors: docs/testing.md.
GREMLINS := $(GO) run github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0
mutate: contracts/node_modules
	@for pkg in money yield ledger api; do \
		echo "== gremlins ./$$pkg"; \
		$(GREMLINS) unleash --workers 1 --timeout-coefficient 3 ./$$pkg || exit 1; \
	done
	@echo "== Solidity mutants"
	$(GO) run ./tools/mutatesol

contracts/node_modules: contracts/package.json contracts/package-lock.json
	cd contracts && npm ci --no-audit --no-fund
	@touch $@

## contracts: compile the Solidity sources into contracts/out (solc standard JSON).
contracts: contracts/node_modules
	cd contracts && node compile.js

## bindings: regenerate the Go bindings from contracts/out with abigen $(GETH_VERSION),
## one package per contract (abigen v2 names multi-value outputs per package).
bindings: contracts
	@rm -rf contracts/bindings && mkdir -p contracts/bindings
	@for abi in contracts/out/*.abi; do \
		name=$$(basename $$abi .abi); \
		lower=$$(echo $$name | tr 'A-Z' 'a-z'); \
		mkdir -p contracts/bindings/$$lower; \
		echo "abigen $$name -> contracts/bindings/$$lower/$$lower.go"; \
		$(ABIGEN) --v2 --abi $$abi --bin contracts/out/$$name.bin --pkg $$lower --type $$name \
			--out contracts/bindings/$$lower/$$lower.go || exit 1; \
	done

## devnode: install geth $(GETH_VERSION) and start `geth --dev` on 127.0.0.1:$(DEVNODE_PORT).
## Then: GPULEDGER_GETH_URL=http://127.0.0.1:$(DEVNODE_PORT) make test
devnode:
	@test -x $(GOBIN_DIR)/geth && $(GOBIN_DIR)/geth version 2>/dev/null | grep -q "$(patsubst v%,%,$(GETH_VERSION))" \
		|| $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION)
	@mkdir -p $(DEVNODE_DIR)
	@if [ -f $(DEVNODE_DIR)/geth.pid ] && kill -0 $$(cat $(DEVNODE_DIR)/geth.pid) 2>/dev/null; then \
		echo "geth --dev already running (pid $$(cat $(DEVNODE_DIR)/geth.pid))"; \
	else \
		nohup $(GOBIN_DIR)/geth --dev --dev.period 0 --datadir $(DEVNODE_DIR)/data \
			--http --http.addr 127.0.0.1 --http.port $(DEVNODE_PORT) --http.api eth,net,web3,debug \
			--port 0 --nodiscover --maxpeers 0 --authrpc.port 0 --ipcdisable \
			> $(DEVNODE_DIR)/geth.log 2>&1 & echo $$! > $(DEVNODE_DIR)/geth.pid; \
		for i in $$(seq 1 50); do \
			curl -sf -H 'content-type: application/json' -d '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' \
				http://127.0.0.1:$(DEVNODE_PORT) >/dev/null && break; sleep 0.2; done; \
		echo "geth --dev on http://127.0.0.1:$(DEVNODE_PORT) (pid $$(cat $(DEVNODE_DIR)/geth.pid), log $(DEVNODE_DIR)/geth.log)"; \
	fi
	@echo "export GPULEDGER_GETH_URL=http://127.0.0.1:$(DEVNODE_PORT)"

devnode-stop:
	@if [ -f $(DEVNODE_DIR)/geth.pid ]; then kill $$(cat $(DEVNODE_DIR)/geth.pid) 2>/dev/null; rm -f $(DEVNODE_DIR)/geth.pid; fi

## bench: the scale benchmarks (docs/perf.md), one run each: every figure is
## printed next to its bound with the ratio (b.ReportMetric units: x_bound,
## keeper/bound, ...). BENCH picks benchmarks by regexp and BENCH_PKGS the
## packages (e.g. make bench BENCH=Reindex BENCH_PKGS=./ledger); the default
## set takes about 10 minutes on 2 cores. BENCH_PKGS=./... runs every benchmark.
BENCH      ?= BenchmarkKeeper$$|BenchmarkAuditFetch|BenchmarkAuditComputeAssetYear|BenchmarkReindex$$|BenchmarkYieldEvents|BenchmarkFleetScale|BenchmarkReadLatency|BenchmarkOpenLeaseHTTP
BENCH_PKGS ?= ./service ./audit ./ledger ./api
bench:
	$(GO) test -run '^$$' -bench '$(BENCH)' -benchtime 1x -benchmem -timeout 30m $(BENCH_PKGS)

clean:
	rm -rf bin
