package webhooks

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/money"
)

func TestValidateURL(t *testing.T) {
	for _, ok := range []string{
		"https://hooks.example.com/gpuledger", "https://example.com:8443/x?y=1",
		"http://127.0.0.1:9000/hook", "http://localhost/hook", "http://[::1]:8080/", "HTTPS://EXAMPLE.COM/",
	} {
		if err := ValidateURL(ok); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	for _, bad := range []string{
		"", "http://example.com/hook", "http://10.0.0.1/hook", "http://127.0.0.2/hook", "http://localhost.evil.com/",
		"ftp://example.com/", "//example.com/x", "/relative", "https://", "https://user:pw@example.com/",
		"https://example.com/#frag", "https://exa mple.com/", "https://example.com/\x00", "javascript:alert(1)",
		"https://example.com:99999/", "https://" + strings.Repeat("a", MaxURLLen) + ".com/",
	} {
		err := ValidateURL(bad)
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("%q: %v, want ErrInvalid", bad, err)
		}
		if len(bad) > 100 && err != nil && strings.Contains(err.Error(), bad) {
			t.Errorf("the error quotes the long URL")
		}
	}
}

func TestSubscriptionRefusals(t *testing.T) {
	url := "https://example.com/hook"
	fifty := money.MustParse("50")
	neg := money.MustParse("0")
	cases := []struct {
		name string
		role accounts.Role
		sub  Subscription
		want error
	}{
		{"no events", accounts.RoleRenter, Subscription{URL: url}, ErrInvalid},
		{"unknown event", accounts.RoleRenter, Subscription{URL: url, Events: []EventType{"lease.exploded"}}, ErrInvalid},
		{"loan health not yet", accounts.RoleRenter, Subscription{URL: url, Events: []EventType{EventLoanHealth}}, ErrInvalid},
		{"not subscribable", accounts.RoleRenter, Subscription{URL: url, Events: []EventType{EventRetracted}}, ErrInvalid},
		{"twice", accounts.RoleRenter, Subscription{URL: url, Events: []EventType{EventEnded, EventEnded}}, ErrInvalid},
		{"runway without hours", accounts.RoleRenter, Subscription{URL: url, Events: []EventType{EventRunwayLow}}, ErrInvalid},
		{"hours without runway", accounts.RoleRenter, Subscription{URL: url, Events: []EventType{EventEnded}, RunwayBelowHours: 2}, ErrInvalid},
		{"runway too long", accounts.RoleRenter, Subscription{URL: url, Events: []EventType{EventRunwayLow}, RunwayBelowHours: MaxThresholdHours + 1}, ErrInvalid},
		{"claimable without amount", accounts.RoleHolder, Subscription{URL: url, Events: []EventType{EventClaimableAbove}}, ErrInvalid},
		{"holder has no leases", accounts.RoleHolder, Subscription{URL: url, Events: []EventType{EventEnded}}, ErrForbidden},
		{"oracle has no leases", accounts.RoleOracle, Subscription{URL: url, Events: []EventType{EventOverdrawn}}, ErrForbidden},
		{"auto top-up by an operator", accounts.RoleOperator, Subscription{URL: url, Events: []EventType{EventRunwayLow}, RunwayBelowHours: 2,
			AutoTopUp: &AutoTopUp{BelowHours: 2, Amount: fifty}}, ErrForbidden},
		{"auto top-up without runway", accounts.RoleRenter, Subscription{URL: url, Events: []EventType{EventEnded},
			AutoTopUp: &AutoTopUp{BelowHours: 2, Amount: fifty}}, ErrInvalid},
		{"auto top-up of nothing", accounts.RoleRenter, Subscription{URL: url, Events: []EventType{EventRunwayLow}, RunwayBelowHours: 2,
			AutoTopUp: &AutoTopUp{BelowHours: 2, Amount: neg}}, ErrInvalid},
		{"plain http", accounts.RoleRenter, Subscription{URL: "http://example.com/", Events: []EventType{EventEnded}}, ErrInvalid},
		{"control in description", accounts.RoleRenter, Subscription{URL: url, Events: []EventType{EventEnded}, Description: "a\nb"}, ErrInvalid},
	}
	for _, c := range cases {
		if err := c.sub.Validate(c.role); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	ok := Subscription{URL: url, Events: []EventType{EventRunwayLow, EventEnded}, RunwayBelowHours: 6,
		AutoTopUp: &AutoTopUp{BelowHours: 2, Amount: fifty}}
	if err := ok.Validate(accounts.RoleRenter); err != nil {
		t.Errorf("valid: %v", err)
	}
}

func TestRegisterLimitAndSecret(t *testing.T) {
	st, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := accounts.Principal{Address: renterA, Role: accounts.RoleRenter}
	sub := Subscription{URL: "https://example.com/", Events: []EventType{EventEnded}}
	secrets := map[string]bool{}
	for i := range MaxEndpointsPerPrincipal {
		ep, err := st.Register(p, sub, time.Now(), "")
		if err != nil {
			t.Fatalf("endpoint %d: %v", i, err)
		}
		if !strings.HasPrefix(ep.Secret, "whsec_") || len(ep.Secret) < 40 || secrets[ep.Secret] {
			t.Fatalf("secret %q", ep.Secret)
		}
		secrets[ep.Secret] = true
	}
	if _, err := st.Register(p, sub, time.Now(), ""); !errors.Is(err, ErrLimit) {
		t.Fatalf("endpoint past the limit: %v", err)
	}
	if _, err := st.Register(accounts.Principal{Address: renterB, Role: accounts.RoleRenter}, sub, time.Now(), ""); err != nil {
		t.Fatalf("another principal: %v", err)
	}
	eps, _ := st.Endpoints(renterA)
	if len(eps) != MaxEndpointsPerPrincipal {
		t.Fatalf("%d endpoints", len(eps))
	}
}

func TestSignature(t *testing.T) {
	secret, _ := NewSecret()
	body := []byte(`{"id":"evt_1","type":"lease.ended","created":"2026-12-01T00:00:00Z","data":{}}`)
	now := time.Now()
	h := Sign(secret, now, body)
	if err := Verify(secret, h, body, 0, now); err != nil {
		t.Fatalf("valid: %v", err)
	}
	if !strings.HasPrefix(h, "t=") || !strings.Contains(h, ",v1=") {
		t.Fatalf("header %q", h)
	}
	// Secret rotation: any v1 may match.
	other, _ := NewSecret()
	if err := Verify(secret, Sign(other, now, body)+","+strings.Split(h, ",")[1], body, 0, now); err != nil {
		t.Errorf("two v1 signatures, the second right: %v", err)
	}
	for name, c := range map[string]struct {
		secret, header string
		body           []byte
		want           error
	}{
		"tampered body": {secret, h, append([]byte{}, append(body[:len(body)-1], ' ', '}')...), ErrSignature},
		"other secret":  {other, h, body, ErrSignature},
		"no v1":         {secret, strings.Split(h, ",")[0], body, ErrSignature},
		"no t":          {secret, strings.Split(h, ",")[1], body, ErrSignature},
		"garbage":       {secret, "hello", body, ErrSignature},
		"bad hex":       {secret, "t=1,v1=zz", body, ErrSignature},
		"stale":         {secret, Sign(secret, now.Add(-time.Hour), body), body, ErrStale},
		"future":        {secret, Sign(secret, now.Add(time.Hour), body), body, ErrStale},
		"other time":    {secret, strings.Replace(h, "t=", "t=1", 1), body, ErrSignature},
		"huge":          {secret, strings.Repeat("v1=00,", 1000), body, ErrSignature},
	} {
		if err := Verify(c.secret, c.header, c.body, 0, now); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
}
