package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/shopspring/decimal"

	"github.com/gpuledger/gpuledger/api"
	"github.com/gpuledger/gpuledger/demo"
	"github.com/gpuledger/gpuledger/web"
)

// chromium finds a headless-capable Chromium: $CHROMIUM, else Debian's.
func chromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestDashboardInBrowser tells the demo's story on the embedded chain with
// the dashboard mounted, then drives a real headless Chromium through every
// page: each loads with no console error or exception, shows the figures
// the API gives at the same block, draws charts with data points; a renter
// opens a lease from a listing and an investor claims from the holder page.
// Screenshots go to a temp dir (GPULEDGER_SCREENSHOTS: that dir instead),
// listed in the log.
func TestDashboardInBrowser(t *testing.T) {
	exe := chromium()
	if exe == "" {
		t.Skip("no Chromium found (set CHROMIUM, or apt-get install chromium): the dashboard's browser test needs a real browser")
	}
	if testing.Short() {
		t.Skip("the browser test tells the whole demo story first")
	}
	h, err := web.Handler(web.Options{})
	if err != nil {
		t.Fatal(err)
	}
	shots := os.Getenv("GPULEDGER_SCREENSHOTS")
	if shots == "" {
		if shots, err = os.MkdirTemp("", "gpuledger-screenshots-"); err != nil {
			t.Fatal(err)
		}
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	started := time.Now()
	_, err = demo.Run(context.Background(), io.Discard, demo.Options{API: api.Options{Web: h}, Then: func(ctx context.Context, st demo.Stage) error {
		t.Logf("demo story told in %s; browsing %s", time.Since(started).Round(100*time.Millisecond), st.Base)
		browse(t, ctx, exe, st, shots)
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
}

// page is one browser tab on the dashboard, failing the test on any
// console error it sees.
type page struct {
	t     *testing.T
	ctx   context.Context
	st    demo.Stage
	shots string
	mu    sync.Mutex
	errs  []string
}

func browse(t *testing.T, ctx context.Context, exe string, st demo.Stage, shots string) {
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1360, 1000))...)
	defer cancelAlloc()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	bctx, cancelTimeout := context.WithTimeout(bctx, 2*time.Minute)
	defer cancelTimeout()
	p := &page{t: t, ctx: bctx, st: st, shots: shots}
	// The browser starts with the first action; the console is read from
	// then on, before the dashboard is opened.
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	messages := chromedp.Console(bctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				p.mu.Lock()
				p.errs = append(p.errs, fmt.Sprintf("%s %s:%d", m, m.URL, m.Line))
				p.mu.Unlock()
			}
		}
	}()
	if err := chromedp.Do(bctx, chromedp.Navigate(st.Base+"/#/fleet")); err != nil {
		t.Fatalf("open the dashboard: %v", err)
	}

	p.fleet()
	p.asset("1")
	p.auditor("1")
	p.renterLeases()
	p.holderClaims()

	time.Sleep(200 * time.Millisecond) // let the last console events arrive
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, e := range p.errs {
		t.Errorf("console: %s", e)
	}
}

// open routes the page to hash and waits until the page says it is ready.
func (p *page) open(hash, name string) {
	p.t.Helper()
	start := time.Now()
	p.do(chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.getElementById('app').removeAttribute('data-ready'); location.hash = %q`, hash)))
	p.wait(fmt.Sprintf(`document.querySelector('main[data-ready=%q]') !== null`, name))
	if errText := p.eval(`(document.querySelector('main .error') || {}).textContent || ''`); errText != "" {
		p.t.Fatalf("%s shows an error: %s", hash, errText)
	}
	p.t.Logf("%s ready in %s", hash, time.Since(start).Round(time.Millisecond))
}

func (p *page) do(a chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, a); err != nil {
		p.t.Fatal(err)
	}
}

func (p *page) wait(cond string) {
	p.t.Helper()
	if _, err := chromedp.Run(p.ctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		p.t.Fatalf("waiting for %s: %v (text: %s)", cond, err, p.eval(`document.getElementById('app').innerText.slice(0, 500)`))
	}
}

// click clicks the element sel selects as soon as it is there, inside the
// page in one step: the listings table re-renders as live quotes arrive, so a
// node found by one DevTools call may be gone by the next.
func (p *page) click(sel string) {
	p.t.Helper()
	p.wait(fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (!e) return false; e.click(); return true })()`, sel))
}

func (p *page) eval(js string) string {
	p.t.Helper()
	s, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](js))
	if err != nil {
		p.t.Fatalf("evaluate %s: %v", js, err)
	}
	return s
}

func (p *page) text(sel string) string {
	return p.eval(fmt.Sprintf(`(document.querySelector(%q) || {}).innerText || ''`, sel))
}

func (p *page) screenshot(name string) {
	p.t.Helper()
	b, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.t.Fatal(err)
	}
	path := filepath.Join(p.shots, name+".png")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		p.t.Fatal(err)
	}
	p.t.Logf("screenshot %s (%d KiB)", path, len(b)/1024)
}

// api reads what the API says, as the page would, for comparison.
func (p *page) api(path, key string, out any) {
	p.t.Helper()
	req, err := http.NewRequestWithContext(p.ctx, "GET", p.st.Base+path, nil)
	if err != nil {
		p.t.Fatal(err)
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		p.t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		p.t.Fatalf("GET %s: %s %s", path, resp.Status, b)
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		p.t.Fatalf("GET %s: %v", path, err)
	}
}

// block checks the page says it reflects the block the API is at.
func (p *page) block(want uint64) {
	p.t.Helper()
	if got := p.eval(`document.getElementById('block').dataset.block`); got != fmt.Sprint(want) {
		p.t.Errorf("%s: the page says block %q, the API %d", p.eval(`location.hash`), got, want)
	}
}

func (p *page) contains(where, text string, wants ...string) {
	p.t.Helper()
	for _, w := range wants {
		if !strings.Contains(text, w) {
			p.t.Errorf("%s lacks %q: %s", where, w, text)
		}
	}
}

type figure struct {
	Value    string `json:"value"`
	Evidence []struct {
		TxHash string `json:"tx_hash"`
	} `json:"evidence"`
}

type yieldJSON struct {
	Block          uint64 `json:"block"`
	GrossRevenue   figure `json:"gross_revenue"`
	HoldersRevenue figure `json:"holders_revenue"`
	EnergyKWh      figure `json:"energy_kwh"`
	BookValueEnd   figure `json:"book_value_end"`
	PlatformFee    figure `json:"platform_fee"`
}

func (p *page) fleet() {
	p.open("#/fleet", "fleet")
	var assets struct {
		Assets []struct {
			ID       string `json:"id"`
			GPUModel string `json:"gpu_model"`
		} `json:"assets"`
		Block uint64 `json:"block"`
	}
	p.api("/v1/assets", "", &assets)
	table := p.text("#assets")
	for _, a := range assets.Assets {
		var y yieldJSON
		p.api("/v1/assets/"+a.ID+"/yield", "", &y)
		p.contains("the fleet's assets", table, "#"+a.ID, a.GPUModel, grouped(y.GrossRevenue.Value), grouped(y.BookValueEnd.Value), grouped(y.EnergyKWh.Value))
		p.block(y.Block)
	}
	var ls struct {
		Listings []struct {
			ID    string `json:"id"`
			Price string `json:"price_per_gpu_hour"`
		} `json:"listings"`
	}
	p.api("/v1/listings?active=true", "", &ls)
	if n := p.eval(`String(document.querySelectorAll('#listings tbody tr').length)`); n != fmt.Sprint(len(ls.Listings)) {
		p.t.Errorf("the fleet shows %s listings, the API %d", n, len(ls.Listings))
	}
	p.screenshot("fleet")
	// A filter is applied by the server: one GPU model leaves its listings.
	p.do(chromedp.SetValue(chromedp.CSS(`select[name="gpu_model"]`), "L40S-48GB"))
	p.do(chromedp.Evaluate[chromedp.Void](`document.querySelector('select[name="gpu_model"]').dispatchEvent(new Event('change'))`))
	p.wait(`[...document.querySelectorAll('#listings tbody tr')].every(r => r.innerText.includes('L40S'))`)
}

func (p *page) asset(id string) {
	p.open("#/asset/"+id, "asset")
	var y yieldJSON
	p.api("/v1/assets/"+id+"/yield", "", &y)
	figs := p.text("#figures")
	p.contains("the asset's figures", figs, grouped(y.GrossRevenue.Value), grouped(y.HoldersRevenue.Value), grouped(y.EnergyKWh.Value), grouped(y.BookValueEnd.Value))
	p.block(y.Block)
	// A figure's evidence lists its transactions once opened.
	p.do(chromedp.Evaluate[chromedp.Void](`(document.querySelector('[data-figure="gross revenue"]').parentElement.querySelector('details.evidence').open = true, undefined)`))
	p.wait(fmt.Sprintf(`document.querySelectorAll('#figures details.evidence[open] li .tx').length === %d`, len(y.GrossRevenue.Evidence)))
	if first := p.eval(`document.querySelector('#figures details.evidence[open] li .tx').title`); len(y.GrossRevenue.Evidence) == 0 || first != y.GrossRevenue.Evidence[0].TxHash {
		p.t.Errorf("gross revenue's evidence starts with %q, the API's with %+v", first, y.GrossRevenue.Evidence[:min(1, len(y.GrossRevenue.Evidence))])
	}
	// Every chart draws its points: telemetry charts one per epoch.
	var tel struct {
		Epochs []any `json:"epochs"`
	}
	p.api("/v1/assets/"+id+"/telemetry", "", &tel)
	counts := p.eval(`[...document.querySelectorAll('#charts svg.chart')].map(s => s.getAttribute('aria-label') + '=' + s.querySelectorAll('circle.pt, rect.bar').length).join('; ')`)
	p.t.Logf("asset %s charts: %s", id, counts)
	if n := p.eval(`String(document.querySelectorAll('#charts svg.chart').length)`); n != "6" {
		p.t.Errorf("asset page draws %s charts, want 6: %s", n, counts)
	}
	for _, c := range strings.Split(counts, "; ") {
		if strings.HasSuffix(c, "=0") {
			p.t.Errorf("chart without data points: %s", c)
		}
	}
	if got := p.eval(`String(document.querySelector('#charts svg.chart').querySelectorAll('circle.pt').length)`); got != fmt.Sprint(2*len(tel.Epochs)) {
		p.t.Errorf("utilisation chart has %s points; %d epochs × 2 series", got, len(tel.Epochs))
	}
	split := p.eval(`[...document.querySelectorAll('#charts svg.chart')].pop().textContent`)
	p.contains("the split chart", split, grouped(y.PlatformFee.Value), grouped(y.HoldersRevenue.Value))
	var hs struct {
		Holders []struct {
			Holder string `json:"holder"`
		} `json:"holders"`
	}
	p.api("/v1/assets/"+id+"/holders", "", &hs)
	holders := p.text("#holders")
	for _, h := range hs.Holders {
		p.contains("the holders", holders, h.Holder)
	}
	p.screenshot("asset")
}

func (p *page) auditor(id string) {
	p.open("#/auditor/"+id, "auditor")
	if v := p.text("#verdict"); v != "OK" {
		p.t.Errorf("the audit's verdict is %q: %s", v, p.text("#checks"))
	}
	var res struct {
		Block   uint64 `json:"block"`
		Reports []struct {
			GrossRevenue figure `json:"gross_revenue"`
		} `json:"reports"`
		Checks []any `json:"checks"`
	}
	p.api("/v1/audit?asset="+id, "", &res)
	p.block(res.Block)
	p.contains("the audit", p.text("#audit"), grouped(res.Reports[0].GrossRevenue.Value), fmt.Sprintf("%d / %d hold", len(res.Checks), len(res.Checks)))
	p.screenshot("auditor")
}

func (p *page) signIn(who demo.Person) {
	p.t.Helper()
	p.do(chromedp.Evaluate[chromedp.Void](`(document.getElementById('signout-btn').hidden || document.getElementById('signout-btn').click(), undefined)`))
	p.wait(`!document.getElementById('apikey').hidden`)
	p.do(chromedp.SetValue(chromedp.CSS("#apikey"), who.Key))
	p.click("#signin-btn")
	p.wait(fmt.Sprintf(`document.getElementById('who').textContent.toLowerCase().includes(%q)`, strings.ToLower(who.Address)))
}

func (p *page) renterLeases() {
	renter := p.st.Renters[0]
	p.signIn(renter)
	p.open("#/fleet", "fleet")
	// Two GPUs for three hours of listing 1, paid up front: a short runway.
	p.do(chromedp.SetValue(chromedp.CSS(`input[name="gpus"]`), "2"))
	p.do(chromedp.SetValue(chromedp.CSS(`input[name="hours"]`), "3"))
	p.do(chromedp.Evaluate[chromedp.Void](`document.querySelector('input[name="hours"]').dispatchEvent(new Event('change'))`))
	p.wait(`document.querySelector('button.lease-btn[data-listing="1"]') !== null && document.getElementById('listings').textContent.includes('2 GPU × 3 h')`)
	p.click(`button.lease-btn[data-listing="1"]`)
	p.wait(`document.querySelector('.lease-form') !== null`)
	p.click(`.lease-form button[type="submit"]`)
	p.wait(`document.getElementById('lease-opened') !== null || document.querySelector('.lease-form .bad') !== null`)
	leaseID := p.eval(`(document.getElementById('lease-opened') || {dataset: {}}).dataset.lease || document.querySelector('.lease-form .bad').textContent`)
	p.t.Logf("the renter opened lease %s from the fleet page", leaseID)
	p.open("#/renter", "renter")
	var leases struct {
		Block  uint64 `json:"block"`
		Leases []struct {
			ID     string `json:"id"`
			Escrow string `json:"escrow"`
			Status string `json:"status"`
		} `json:"leases"`
		Totals struct {
			Escrow string `json:"escrow"`
		} `json:"totals"`
	}
	p.api("/v1/leases?limit=1000", renter.Key, &leases)
	found := false
	for _, l := range leases.Leases {
		found = found || l.ID == leaseID && l.Status == "active"
	}
	if !found {
		p.t.Fatalf("the API has no active lease %s of %s: %+v", leaseID, renter.Name, leases.Leases)
	}
	p.block(leases.Block)
	p.contains("the renter's page", p.text("#leases"), "#"+leaseID)
	p.contains("the renter's totals", p.text("#totals"), grouped(leases.Totals.Escrow))
	if w := p.text(".runway-warning"); !strings.Contains(w, "Lease #"+leaseID) {
		p.t.Errorf("no short-runway warning for lease %s (3 hours prepaid): %q", leaseID, w)
	}
	p.screenshot("renter")
}

func (p *page) holderClaims() {
	// The investor with the most claimable revenue claims it from the page.
	var who demo.Person
	best := decimal.Zero
	for _, inv := range p.st.Investors {
		var hd struct {
			Assets []struct {
				Claimable string `json:"claimable"`
			} `json:"assets"`
		}
		p.api("/v1/holders/"+inv.Address, "", &hd)
		sum := decimal.Zero
		for _, a := range hd.Assets {
			sum = sum.Add(decimal.RequireFromString(a.Claimable))
		}
		if sum.GreaterThan(best) {
			who, best = inv, sum
		}
	}
	if best.IsZero() {
		p.t.Fatal("no investor has revenue to claim after the story")
	}
	p.signIn(who)
	p.open("#/holder", "holder")
	var hd struct {
		Block uint64 `json:"block"`
	}
	p.api("/v1/holders/"+who.Address, "", &hd)
	p.block(hd.Block)
	shown := strings.ReplaceAll(p.eval(`document.querySelector('[data-figure="claimable"]').textContent`), ",", "")
	if !decimal.RequireFromString(shown).Equal(best) {
		p.t.Errorf("%s's page shows %s claimable, the API %s", who.Name, shown, best)
	}
	p.screenshot("holder")
	p.click("#claim-btn")
	p.wait(`document.querySelector('#claim-result [data-claimed], #claim-result .error') !== null`)
	claimed := p.eval(`(document.querySelector('#claim-result [data-claimed]') || {dataset: {}}).dataset.claimed || document.getElementById('claim-result').textContent`)
	c, err := decimal.NewFromString(claimed)
	if err != nil || !c.Equal(best) {
		p.t.Errorf("%s claimed %q from the page; %s was claimable", who.Name, claimed, best)
	}
	var after struct {
		Assets []struct {
			Claimable string `json:"claimable"`
		} `json:"assets"`
	}
	p.api("/v1/holders/"+who.Address, "", &after)
	for _, a := range after.Assets {
		if !decimal.RequireFromString(a.Claimable).IsZero() {
			p.t.Errorf("after the claim %s still has %s claimable", who.Name, a.Claimable)
		}
	}
	p.t.Logf("%s claimed %s tUSD from the holder page", who.Name, claimed)
}

// grouped writes an API amount as the pages do (fmt.js money): thousands
// separated by commas, the fraction as it came.
func grouped(s string) string {
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 && whole[i-1] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return b.String()
}
