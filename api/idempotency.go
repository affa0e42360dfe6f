package api

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
)

// idempotency makes a POST with an Idempotency-Key run once per caller and
// key: a retry gets the first answer back (with Idempotency-Replayed: true)
// and sends no second transaction; the same key with a different body is a
// conflict. Answers are stored durably before they are sent. Server errors
// (5xx) are not stored, so the client may retry them.
type idempotency struct {
	store *accounts.Store
	mu    sync.Mutex
	locks map[string]*sync.Mutex // one per key in flight, so duplicates wait for the first
}

func (m *idempotency) lock(key string) func() {
	m.mu.Lock()
	l, ok := m.locks[key]
	if !ok {
		l = &sync.Mutex{}
		m.locks[key] = l
	}
	m.mu.Unlock()
	l.Lock()
	return l.Unlock
}

func (m *idempotency) middleware(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		key := c.Request().Header.Get("Idempotency-Key")
		if c.Request().Method != http.MethodPost || key == "" {
			return next(c)
		}
		if len(key) > 255 {
			return validation("Idempotency-Key must be at most 255 characters")
		}
		body, err := io.ReadAll(io.LimitReader(c.Request().Body, maxBody+1))
		if err != nil {
			return validation("cannot read the request body: " + err.Error())
		}
		c.Request().Body = io.NopCloser(bytes.NewReader(body))
		scope := "public"
		if p, ok := principal(c); ok {
			scope = p.Address.Hex()
		}
		reqHash := sha256.Sum256(append([]byte(c.Request().Method+" "+c.Request().URL.Path+"\n"), body...))
		unlock := m.lock(scope + "\x00" + key)
		defer unlock()

		stored, found, err := m.store.LoadResponse(scope, key)
		if err != nil {
			return err
		}
		if found {
			if stored.RequestHash != reqHash {
				return newProblem(http.StatusConflict, ProblemConflict, "Idempotency key reused",
					fmt.Sprintf("Idempotency-Key %q was used with a different request", key))
			}
			c.Response().Header().Set("Idempotency-Replayed", "true")
			return c.Blob(stored.Status, stored.ContentType, stored.Body)
		}

		// Hold the answer back until it is stored: a crash in between makes
		// the client retry, and the retry runs the request as new only if
		// nothing was stored, i.e. nothing was answered.
		real := c.Response().Writer
		rec := &recorder{header: real.Header(), status: http.StatusOK}
		c.Response().Writer = rec
		if err := next(c); err != nil {
			c.Error(err) // render the problem now so it is stored like any answer
		}
		c.Response().Writer = real
		if rec.status < 500 {
			if err := m.store.SaveResponse(scope, key, accounts.Response{
				RequestHash: reqHash, Status: rec.status, ContentType: rec.header.Get(echo.HeaderContentType),
				Body: rec.body.Bytes(), Stored: time.Now().UTC(),
			}); err != nil {
				return err
			}
		}
		real.WriteHeader(rec.status)
		_, err = real.Write(rec.body.Bytes())
		return err
	}
}

// recorder buffers what a handler writes.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) WriteHeader(status int)      { r.status = status }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }
