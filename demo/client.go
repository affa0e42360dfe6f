package demo

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/ethereum/go-ethereum/crypto"
	"io"
	"net/http"
)

// client speaks to the API over HTTP as any client would.
type client struct {
	base string
	http *http.Client
}

// call sends a JSON request with key as bearer and decodes a 2xx answer
// into out (nil to ignore it); any other answer is an error quoting the
// problem document.
func (c *client) call(ctx context.Context, method, path, key string, body, out any) error {
	var rd io.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(raw)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("%s %s: %s: %s", method, path, resp.Status, bytes.TrimSpace(b))
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("%s %s: decode answer: %w", method, path, err)
	}
	return nil
}

type principal struct {
	Name    string
	Address string `json:"address"`
	Key     string `json:"api_key"`
}

func (c *client) account(ctx context.Context, admin, role, name string) (principal, error) {
	var p principal
	err := c.call(ctx, "POST", "/v1/accounts", admin, map[string]string{"role": role, "name": name}, &p)
	p.Name = name
	return p, err
}

// newAddress returns the address of a fresh key: a supplier or a treasury
// that only receives.
func newAddress() string {
	k, err := crypto.GenerateKey()
	if err != nil {
		panic(err) // the system's randomness failed
	}
	return crypto.PubkeyToAddress(k.PublicKey).Hex()
}
