package main

import (
	"errors"
	"fmt"
	"net"
	"syscall"

	"github.com/gpuledger/gpuledger/api"
)

// listenAPI binds the API's address (--listen). A port in use gets an error
// that names the flag and the make variable to change it with.
func listenAPI(addr string) (net.Listener, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, portError("--listen", "LISTEN", addr, err)
	}
	return l, nil
}

// checkChainRPCFree tells, before the embedded chain opens, that its
// JSON-RPC address (--chain-rpc) cannot be bound. "" (no JSON-RPC, or a
// remote chain) passes. The port is released again at once: the chain binds
// it a moment later, so another program may still take it in between.
func checkChainRPCFree(addr string) error {
	if addr == "" {
		return nil
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return portError("--chain-rpc", "CHAIN_RPC", addr, err)
	}
	return l.Close()
}

// portError says which flag's address could not be bound, and why.
func portError(flag, makeVar, addr string, err error) error {
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("%s %s: the port is in use (another gpuledger, a geth node, or another program); "+
			"choose another with %s HOST:PORT (make run %s=HOST:PORT)", flag, addr, flag, makeVar)
	}
	return fmt.Errorf("%s %s: %w", flag, addr, err)
}

// uriPlan is what serve does with the assets' metadata URI template.
type uriPlan struct {
	template string // deployed on first start
	move     bool   // on later starts, moved to template when it differs
}

// assetURITemplate plans the GPUAsset metadata URI template: --public-url's,
// else the API's own address (http://LISTEN, as bound on l). A --listen
// with port 0 binds another port at every start, so that default is used
// on first start only: a transaction per restart would point wallets at a
// port soon closed.
func assetURITemplate(publicURL, listen string, l net.Listener) (uriPlan, error) {
	move := true
	if publicURL == "" {
		publicURL = "http://" + l.Addr().String()
		if _, port, err := net.SplitHostPort(listen); err != nil || port == "0" || port == "" {
			move = false
		}
	}
	t, err := api.MetadataURITemplate(publicURL)
	if err != nil {
		return uriPlan{}, fmt.Errorf("%w: --public-url: %w", errUsage, err)
	}
	return uriPlan{template: t, move: move}, nil
}
