package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Headers of a delivery.
const (
	// SignatureHeader carries "t=<unix seconds>,v1=<hex signature>".
	SignatureHeader = "Gpuledger-Signature"
	// EventIDHeader and EventTypeHeader repeat the body's id and type;
	// DeliveryIDHeader names the delivery (one per endpoint and event).
	EventIDHeader    = "Gpuledger-Event-Id"
	EventTypeHeader  = "Gpuledger-Event-Type"
	DeliveryIDHeader = "Gpuledger-Delivery-Id"
)

// DefaultTolerance is how far a signature's timestamp may be from the
// receiver's clock before Verify calls it stale.
const DefaultTolerance = 5 * time.Minute

// Sign returns the signature header value of body sent at t under secret:
// "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>". The
// timestamp is inside what is signed, so a receiver that rejects stale
// timestamps rejects replays.
func Sign(secret string, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	return "t=" + ts + ",v1=" + hex.EncodeToString(mac(secret, ts, body))
}

func mac(secret, ts string, body []byte) []byte {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(ts))
	m.Write([]byte{'.'})
	m.Write(body)
	return m.Sum(nil)
}

// Verify checks a delivery as a receiver should: header is the
// Gpuledger-Signature value, body the raw request body (before any JSON
// parsing). It returns ErrSignature when the header is malformed or no v1
// signature matches, ErrStale when the timestamp is more than tolerance
// from now (tolerance 0 means DefaultTolerance). Comparison is in constant
// time. The input is treated as hostile: any length, any content.
func Verify(secret, header string, body []byte, tolerance time.Duration, now time.Time) error {
	if tolerance <= 0 {
		tolerance = DefaultTolerance
	}
	if len(header) > 1024 {
		return fmt.Errorf("%w: header too long", ErrSignature)
	}
	var ts string
	var sigs [][]byte
	for _, part := range strings.Split(header, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return fmt.Errorf("%w: malformed header", ErrSignature)
		}
		switch k {
		case "t":
			ts = v
		case "v1":
			b, err := hex.DecodeString(v)
			if err != nil || len(b) != sha256.Size {
				return fmt.Errorf("%w: malformed v1 signature", ErrSignature)
			}
			sigs = append(sigs, b)
		}
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || len(sigs) == 0 {
		return fmt.Errorf("%w: header lacks t or v1", ErrSignature)
	}
	want := mac(secret, ts, body)
	ok := false
	for _, s := range sigs {
		ok = hmac.Equal(s, want) || ok
	}
	if !ok {
		return ErrSignature
	}
	if d := now.Sub(time.Unix(sec, 0)); d > tolerance || d < -tolerance {
		return fmt.Errorf("%w: signed %s from now", ErrStale, d.Round(time.Second))
	}
	return nil
}
