package contracts

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
)

// TestTokenNameSymbolAndURITemplate: what wallets and explorers read from
// GPUAsset. name() and symbol(); uri(id) answers the deployed template for
// every id (ERC-1155's {id} convention); only the admin moves it, with a
// URITemplateChanged event naming both templates; a template wallets could
// not use is refused before sending.
func TestTokenNameSymbolAndURITemplate(t *testing.T) {
	e := bareEnv(t)
	const first = "https://api.example/v1/assets/{id}/metadata"
	m, err := Deploy(e.ctx, e.chain.Client(), e.admin, DeployOptions{AssetURITemplate: first})
	if err != nil {
		t.Fatal(err)
	}
	assets := NewAssets(chain.DecodingCaller{Client: e.chain.Client(), Decoder: e.decoder}, m.Address(GPUAssetName))
	abi := gpuasset.NewGPUAsset()
	read := func(data []byte) []byte {
		t.Helper()
		out, err := e.chain.Client().CallContract(e.ctx, callMsg(assets.Address(), data), nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	if name, err := abi.UnpackName(read(abi.PackName())); err != nil || name != "gpuledger GPU Asset" {
		t.Errorf("name() = %q, %v", name, err)
	}
	if sym, err := abi.UnpackSymbol(read(abi.PackSymbol())); err != nil || sym != "GPUA" {
		t.Errorf("symbol() = %q, %v", sym, err)
	}
	for _, id := range []int64{0, 1, 1 << 40} {
		if u, err := abi.UnpackUri(read(abi.PackUri(big.NewInt(id)))); err != nil || u != first {
			t.Errorf("uri(%d) = %q, %v; want the template %q", id, u, err, first)
		}
	}

	// Only the admin moves the template; a refusal sends nothing.
	e2 := &env{ctx: e.ctx, chain: e.chain, decoder: e.decoder, admin: e.admin, assets: assets}
	stranger := e2.account(t)
	before := e.nonce(t, stranger.Address())
	_, err = assets.SetURITemplate(e.ctx, stranger, "https://evil.example/{id}")
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "AccessControlUnauthorizedAccount" {
		t.Fatalf("a stranger's setURITemplate: %v, want AccessControlUnauthorizedAccount", err)
	}
	if e.nonce(t, stranger.Address()) != before {
		t.Error("the refused setURITemplate was sent")
	}

	const second = "http://127.0.0.1:9090/v1/assets/{id}/metadata"
	rcpt, err := assets.SetURITemplate(e.ctx, e.admin, second)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := assets.URITemplate(e.ctx); got != second {
		t.Errorf("URITemplate after set = %q, want %q", got, second)
	}
	var changed *gpuasset.GPUAssetURITemplateChanged
	for _, l := range rcpt.Logs {
		if ev, err := abi.UnpackURITemplateChangedEvent(l); err == nil {
			changed = ev
		}
	}
	if changed == nil || changed.PreviousTemplate != first || changed.NewTemplate != second {
		t.Errorf("URITemplateChanged = %+v, want %q -> %q", changed, first, second)
	}

	adminNonce := e.nonce(t, e.admin.Address())
	for _, bad := range []string{"", "https://api.example/v1/assets/1/metadata", "/v1/assets/{id}/metadata",
		"http:///{id}", "https://x.example/" + strings.Repeat("a", MaxURITemplateLen) + "{id}"} {
		if _, err := assets.SetURITemplate(e.ctx, e.admin, bad); !errors.Is(err, ErrInvalidInput) {
			t.Errorf("SetURITemplate(%.40q) = %v, want ErrInvalidInput", bad, err)
		}
	}
	if _, err := Deploy(e.ctx, e.chain.Client(), e.admin, DeployOptions{AssetURITemplate: "no template"}); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("Deploy with a bad template: %v, want ErrInvalidInput", err)
	}
	if e.nonce(t, e.admin.Address()) != adminNonce {
		t.Error("a refused template was sent")
	}
	if got, _ := assets.URITemplate(e.ctx); got != second {
		t.Errorf("URITemplate = %q after refusals, want %q", got, second)
	}
}
