package web

import (
	"errors"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func TestHandlerServesTheDashboard(t *testing.T) {
	h, err := Handler(Options{ExplorerTxURL: "https://explorer.example/tx/"})
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string, hdr ...string) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", path, nil)
		for i := 0; i+1 < len(hdr); i += 2 {
			r.Header.Set(hdr[i], hdr[i+1])
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	for _, tc := range []struct {
		path, status, ctype, body string
	}{
		{"/", "200", "text/html", `<script type="module" src="/ui/js/app.js">`},
		{"/ui/app.css", "200", "text/css", "svg.chart"},
		{"/ui/js/chart.js", "200", "javascript", "export function timeChart"},
		{"/ui/js/pages/fleet.js", "200", "javascript", "/v1/listings"},
		{"/ui/config.json", "200", "application/json", `"explorer_tx_url":"https://explorer.example/tx/"`},
		{"/ui/nope.js", "404", "", ""},
		{"/ui/index.html", "404", "", ""},
		{"/ui/../web.go", "404", "", ""},
		{"/other", "404", "", ""},
	} {
		w := get(tc.path)
		if got := http.StatusText(w.Code); w.Code != atoi(tc.status) {
			t.Errorf("GET %s: %d %s", tc.path, w.Code, got)
			continue
		}
		if w.Code != 200 {
			continue
		}
		if ct := w.Header().Get("Content-Type"); !strings.Contains(ct, tc.ctype) {
			t.Errorf("GET %s: Content-Type %q", tc.path, ct)
		}
		if !strings.Contains(w.Body.String(), tc.body) {
			t.Errorf("GET %s lacks %q", tc.path, tc.body)
		}
		if csp := w.Header().Get("Content-Security-Policy"); csp != ContentSecurityPolicy {
			t.Errorf("GET %s: CSP %q", tc.path, csp)
		}
		etag := w.Header().Get("ETag")
		if etag == "" || w.Header().Get("Cache-Control") != "no-cache" {
			t.Errorf("GET %s: ETag %q, Cache-Control %q", tc.path, etag, w.Header().Get("Cache-Control"))
		}
		// A revalidation with the same ETag is answered 304, without a body.
		if w2 := get(tc.path, "If-None-Match", etag); w2.Code != http.StatusNotModified || w2.Body.Len() != 0 {
			t.Errorf("GET %s with If-None-Match: %d, %d bytes", tc.path, w2.Code, w2.Body.Len())
		}
	}
}

// TestNothingRemote keeps the dashboard offline: no asset names another
// origin to load from, and the policy forbids it anyway.
func TestNothingRemote(t *testing.T) {
	remote := regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?(https?:)?//|@import|url\(\s*["']?(https?:)?//|import\s*\(?\s*["']https?:`)
	fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := static.ReadFile(p)
		if loc := remote.FindIndex(b); loc != nil {
			t.Errorf("%s loads from another origin: %q", p, b[loc[0]:min(loc[1]+40, len(b))])
		}
		return nil
	})
	for _, directive := range []string{"default-src 'none'", "script-src 'self'", "connect-src 'self'", "style-src 'self'"} {
		if !strings.Contains(ContentSecurityPolicy, directive) {
			t.Errorf("the policy lacks %s", directive)
		}
	}
	files, size := Size()
	t.Logf("embedded dashboard: %d files, %d bytes", files, size)
	if size > 256<<10 {
		t.Errorf("the dashboard embeds %d bytes; it was meant to stay small", size)
	}
}

func TestExplorerURLMustBeWeb(t *testing.T) {
	for _, u := range []string{"javascript:alert(1)//", "ftp://x/tx/", "/tx/", "https:///tx/"} {
		if _, err := Handler(Options{ExplorerTxURL: u}); !errors.Is(err, ErrOptions) {
			t.Errorf("explorer %q: %v", u, err)
		}
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// TestIndexPreloadsEveryModule checks that the page names every embedded
// script module for preloading, before the script that imports them, and
// only those: a module added later is preloaded without a list to keep.
func TestIndexPreloadsEveryModule(t *testing.T) {
	h, err := Handler(Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	page := w.Body.String()
	script := strings.Index(page, moduleScript)
	links := regexp.MustCompile(`<link rel="modulepreload" href="/ui/([^"]+)">`).FindAllStringSubmatchIndex(page, -1)
	preloaded := map[string]bool{}
	for _, m := range links {
		preloaded[page[m[2]:m[3]]] = true
		if m[0] > script {
			t.Errorf("%s is preloaded after the script", page[m[2]:m[3]])
		}
	}
	var modules []string
	fs.WalkDir(static, "static/js", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			modules = append(modules, strings.TrimPrefix(p, "static/"))
		}
		return err
	})
	if len(modules) == 0 || len(preloaded) != len(modules) {
		t.Errorf("%d modules, %d preloaded: %v", len(modules), len(preloaded), preloaded)
	}
	for _, m := range modules {
		if !preloaded[m] {
			t.Errorf("%s is not preloaded", m)
		}
	}
}
