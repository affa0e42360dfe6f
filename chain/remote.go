package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// gethDevKeyHex is the developer key hard-coded in geth v1.17.10
// (cmd/utils/flags.go, DeveloperKey): `geth --dev` prefunds its address,
// 0x71562b71999873DB5b286dF957af199Ec94617F7, at genesis. Copied rather than
// imported because cmd/utils drags in all of geth's command line.
const gethDevKeyHex = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

// GethDevKey returns the fixed developer key of `geth --dev` (v1.17.10),
// whose account is prefunded on every dev chain geth creates. It is public
// knowledge: use it only against dev chains. Each call returns a new copy.
func GethDevKey() *ecdsa.PrivateKey {
	key, err := crypto.HexToECDSA(gethDevKeyHex)
	if err != nil {
		panic(err) // a constant; cannot fail
	}
	return key
}

// Remote is a chain reached over JSON-RPC (HTTP, WebSocket or IPC, as
// go-ethereum's rpc.Dial accepts). It is safe for concurrent use.
type Remote struct {
	url       string
	client    *ethclient.Client
	chainID   *big.Int
	transport *http.Transport // ours alone, so Close can drop its connections
}

var _ Chain = (*Remote)(nil)

// Dial connects to the node at url and reads its chain id; ctx bounds both.
func Dial(ctx context.Context, url string) (*Remote, error) {
	// ethclient.DialContext would share http.DefaultTransport, whose idle
	// keep-alive connections outlive Close; a go-ethereum node waits up to
	// 5 s for such connections when it shuts down its HTTP server.
	transport := http.DefaultTransport.(*http.Transport).Clone()
	rc, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(&http.Client{Transport: transport}))
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", url, err)
	}
	c := ethclient.NewClient(rc)
	id, err := c.ChainID(ctx)
	if err != nil {
		c.Close()
		transport.CloseIdleConnections()
		return nil, fmt.Errorf("read chain id from %s: %w", url, err)
	}
	return &Remote{url: url, client: c, chainID: id, transport: transport}, nil
}

// Client returns the node's client (an *ethclient.Client).
func (r *Remote) Client() Client { return r.client }

// ChainID returns the chain id read by Dial, as a fresh copy.
func (r *Remote) ChainID() *big.Int { return new(big.Int).Set(r.chainID) }

// URL returns the endpoint Dial was given.
func (r *Remote) URL() string { return r.url }

// Close closes the connection and its idle HTTP connections. It always
// returns nil.
func (r *Remote) Close() error {
	r.client.Close()
	r.transport.CloseIdleConnections()
	return nil
}
