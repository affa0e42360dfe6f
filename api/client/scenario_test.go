package client_test

import (
	"context"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/api"
	"github.com/gpuledger/gpuledger/api/client"
	"github.com/gpuledger/gpuledger/chain"
	"github.com/gpuledger/gpuledger/internal/openapitest"
	"github.com/gpuledger/gpuledger/internal/servicetest"
	"github.com/gpuledger/gpuledger/service"
)

func ptr[T any](v T) *T { return &v }

// as signs a request with an API key.
func as(key string) client.RequestEditorFn {
	return func(_ context.Context, r *http.Request) error {
		r.Header.Set("Authorization", "Bearer "+key)
		return nil
	}
}

// TestClientScenario runs one whole story with the generated client
// against a real server on the embedded chain, every exchange also
// checked against the document: an operator tokenizes and lists, a
// renter leases and tops up, a holder claims.
func TestClientScenario(t *testing.T) {
	dir := t.TempDir()
	svc := servicetest.Open(t, dir, service.Config{})
	adminKey, err := os.ReadFile(filepath.Join(dir, "admin.key"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := api.New(svc, nil)
	go srv.Serve(l)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	base := "http://" + l.Addr().String()
	doc, err := api.Document()
	if err != nil {
		t.Fatal(err)
	}
	tr, err := openapitest.NewTransport(doc, base)
	if err != nil {
		t.Fatal(err)
	}
	c, err := client.NewClientWithResponses(base, client.WithHTTPClient(&http.Client{Transport: tr}))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	admin := as(strings.TrimSpace(string(adminKey)))

	account := func(role, name string) (client.RequestEditorFn, string) {
		t.Helper()
		r, err := c.CreateAccountWithResponse(ctx, nil, client.CreateAccountRequest{Role: &role, Name: &name}, admin)
		if err != nil || r.JSON201 == nil {
			t.Fatalf("account %s: %v %s", role, err, r.Body)
		}
		return as(r.JSON201.ApiKey), r.JSON201.Address
	}
	operator, _ := account("operator", "acme-cloud")
	renter, renterAddr := account("renter", "lab")
	holder, holderAddr := account("holder", "fund")
	if r, err := c.FaucetWithResponse(ctx, nil, client.FaucetRequest{Address: &renterAddr, Amount: ptr("1000")}, admin); err != nil || r.JSON200 == nil {
		t.Fatalf("faucet: %v %s", err, r.Body)
	}

	// The operator tokenizes a node and lists its GPUs.
	asset, err := c.CreateAssetWithResponse(ctx, nil, client.AssetSpec{
		GpuModel: ptr("H100-SXM5-80GB"), GpuCount: ptr(8), RatedPowerW: ptr(10200), Location: ptr("US-TX-1"),
		CommissionedAt: ptr(time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)), BookValue: ptr("280000"),
		UsefulLifeMonths: ptr(48), Shares: ptr("1000000"),
	}, operator)
	if err != nil || asset.JSON201 == nil {
		t.Fatalf("asset: %v %s", err, asset.Body)
	}
	assetID := asset.JSON201.Id
	if asset.JSON201.TxHash == nil || asset.JSON201.BookValue != "280000.00" {
		t.Fatalf("asset: %s", asset.Body)
	}
	listing, err := c.CreateListingWithResponse(ctx, assetID, nil, client.ListingSpec{
		Gpus: ptr(8), PricePerGpuHour: ptr("2.50"), MinHours: ptr(1), MaxHours: ptr(24),
		SlaAvailabilityBps: ptr(9900), CreditBps: ptr(1000),
	}, operator)
	if err != nil || listing.JSON201 == nil {
		t.Fatalf("listing: %v %s", err, listing.Body)
	}
	listings, err := c.ListListingsWithResponse(ctx, &client.ListListingsParams{MaxPrice: ptr("3.00"), MinFreeGpus: ptr(8)})
	if err != nil || listings.JSON200 == nil || len(listings.JSON200.Listings) != 1 || listings.JSON200.Listings[0].Id != listing.JSON201.Id {
		t.Fatalf("listings: %v %s", err, listings.Body)
	}

	// The operator sells 40% of the shares to the holder.
	if r, err := c.TransferSharesWithResponse(ctx, assetID, nil, client.TransferRequest{To: &holderAddr, Shares: ptr("400000")}, operator); err != nil || r.JSON200 == nil {
		t.Fatalf("transfer: %v %s", err, r.Body)
	}

	// The renter leases every GPU for 2 hours, then tops up.
	lease, err := c.CreateLeaseWithResponse(ctx, nil, client.LeaseRequest{
		ListingId: &listing.JSON201.Id, Gpus: ptr(8), Hours: ptr(2), Deposit: ptr("30"),
	}, renter)
	if err != nil || lease.JSON201 == nil {
		t.Fatalf("lease: %v %s", err, lease.Body)
	}
	leaseID := lease.JSON201.Id
	topped, err := c.TopUpLeaseWithResponse(ctx, leaseID, nil, client.AmountRequest{Amount: ptr("10")}, renter)
	if err != nil || topped.JSON200 == nil || topped.JSON200.Deposit == nil || *topped.JSON200.Deposit != "40.00" {
		t.Fatalf("top-up: %v %s", err, topped.Body)
	}
	got, err := c.GetLeaseWithResponse(ctx, leaseID, renter)
	if err != nil || got.JSON200 == nil || got.JSON200.Deposit != "40.00" || got.JSON200.Status != "active" {
		t.Fatalf("lease read: %v %s", err, got.Body)
	}
	// A typed problem: a stranger may not read the lease.
	denied, err := c.GetLeaseWithResponse(ctx, leaseID, holder)
	if err != nil || denied.StatusCode() != http.StatusForbidden || denied.ApplicationproblemJSON403 == nil ||
		denied.ApplicationproblemJSON403.Code != "forbidden" {
		t.Fatalf("stranger's read: %v %d %s", err, denied.StatusCode(), denied.Body)
	}

	// The term runs out; anyone settles it; the holder claims its 40%.
	if err := svc.Chain.(*chain.Embedded).AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	settled, err := c.SettleLeaseWithResponse(ctx, leaseID, nil, holder)
	if err != nil || settled.JSON200 == nil || settled.JSON200.Released != "40.00" {
		t.Fatalf("settle: %v %s", err, settled.Body)
	}
	h, err := c.GetHolderWithResponse(ctx, holderAddr, nil)
	if err != nil || h.JSON200 == nil || len(h.JSON200.Assets) != 1 || h.JSON200.Assets[0].Claimable == "0.00" {
		t.Fatalf("holder: %v %s", err, h.Body)
	}
	claimable := h.JSON200.Assets[0].Claimable
	claimed, err := c.ClaimWithResponse(ctx, nil, client.ClaimRequest{AssetIds: &[]string{assetID}}, holder)
	if err != nil || claimed.JSON200 == nil || claimed.JSON200.Claimed != claimable || claimed.JSON200.ByAsset[assetID] != claimable {
		t.Fatalf("claim: %v %s (claimable %s)", err, claimed.Body, claimable)
	}
	h, err = c.GetHolderWithResponse(ctx, holderAddr, nil)
	if err != nil || h.JSON200.Assets[0].Claimed != claimable || h.JSON200.Assets[0].Claimable != "0.00" {
		t.Fatalf("holder after claim: %v %s", err, h.Body)
	}
}
