// Package web is gpuledger's dashboard: hand-written HTML, CSS and ES
// modules (no build step, no npm, nothing fetched from elsewhere), embedded
// in the binary and served by `gpuledger serve` at / with its assets under
// /ui/. The pages read and write through the public /v1 API with fetch,
// like any other client; this package knows nothing of the API's Go types
// and imports none of gpuledger's packages.
//
// Pages (hash routes, so the server serves one document): fleet, asset,
// renter, holder, auditor. An API key, when the user signs in, is kept in
// the tab's sessionStorage only.
package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"
)

//go:embed static
var static embed.FS

// Options tunes the dashboard. Zero values take the defaults noted.
type Options struct {
	// ExplorerTxURL, when set, turns every transaction hash the pages show
	// as evidence into a link: the hash is appended to it
	// ("https://etherscan.io/tx/"). Default none: hashes are shown as text
	// (the embedded chain has no explorer).
	ExplorerTxURL string
}

// ErrOptions is returned by Handler for options it cannot serve.
var ErrOptions = errors.New("dashboard options")

// ContentSecurityPolicy is sent with every dashboard response: scripts,
// styles, images and fetches from this origin only, so the pages can load
// nothing remote (and an injected string cannot run as script); the
// explorer links are plain navigations, which it does not restrict.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// asset is one file served with its validator, computed once.
type asset struct {
	name string // for the Content-Type, by extension
	body []byte
	etag string
}

// Handler serves the dashboard: "/" is the page, "/ui/..." its assets and
// "/ui/config.json" the options the scripts read. Every answer carries an
// ETag (a hash of the content, so a rebuilt binary with the same files
// keeps them) and Cache-Control: no-cache, so a browser revalidates each
// load and gets a 304 without a body while nothing changed. Safe for
// concurrent use; the files never change while it runs.
func Handler(opts Options) (http.Handler, error) {
	files := map[string]asset{}
	err := fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := static.ReadFile(p)
		if err != nil {
			return err
		}
		files[strings.TrimPrefix(p, "static/")] = newAsset(p, b)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the embedded dashboard: %w", err)
	}
	if files["index.html"], err = withModulePreload(files); err != nil {
		return nil, err
	}
	if u := opts.ExplorerTxURL; u != "" {
		// Only a web address: the pages put it in href attributes.
		if p, err := url.Parse(u); err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
			return nil, fmt.Errorf("%w: explorer URL %q is not an http(s) URL", ErrOptions, u)
		}
	}
	cfg, err := json.Marshal(map[string]string{"explorer_tx_url": opts.ExplorerTxURL})
	if err != nil {
		return nil, err
	}
	files["config.json"] = newAsset("config.json", cfg)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := "index.html"
		if r.URL.Path != "/" {
			rest, ok := strings.CutPrefix(r.URL.Path, "/ui/")
			if !ok || rest == "index.html" {
				http.NotFound(w, r)
				return
			}
			name = rest
		}
		a, ok := files[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", a.etag)
		http.ServeContent(w, r, a.name, time.Time{}, bytes.NewReader(a.body))
	}), nil
}

// moduleScript is the tag in index.html that loads the dashboard's script.
const moduleScript = `<script type="module" src="/ui/js/app.js">`

// withModulePreload returns index.html with a modulepreload link to every
// script module before the script tag, so the browser fetches all of them
// at once instead of discovering them import by import (a round trip per
// level of imports before the first figure is asked for). The list is
// taken from the embedded files, so it cannot miss a module.
func withModulePreload(files map[string]asset) (asset, error) {
	index := files["index.html"]
	var mods []string
	for name := range files {
		if strings.HasPrefix(name, "js/") && strings.HasSuffix(name, ".js") {
			mods = append(mods, name)
		}
	}
	slices.Sort(mods)
	var links strings.Builder
	for _, m := range mods {
		fmt.Fprintf(&links, "<link rel=\"modulepreload\" href=\"/ui/%s\">\n", m)
	}
	i := bytes.Index(index.body, []byte(moduleScript))
	if i < 0 {
		return asset{}, fmt.Errorf("the embedded index.html has no %s", moduleScript)
	}
	body := slices.Concat(index.body[:i], []byte(links.String()), index.body[i:])
	return newAsset(index.name, body), nil
}

func newAsset(name string, b []byte) asset {
	sum := sha256.Sum256(b)
	return asset{name: path.Base(name), body: b, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
}

// Size is the bytes the embedded dashboard adds to the binary.
func Size() (files int, bytes int64) {
	fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				files++
				bytes += info.Size()
			}
		}
		return nil
	})
	return files, bytes
}
