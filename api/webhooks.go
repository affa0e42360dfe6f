package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"github.com/gpuledger/gpuledger/accounts"
	"github.com/gpuledger/gpuledger/money"
	"github.com/gpuledger/gpuledger/webhooks"
)

// Webhooks (docs/webhooks.md): a principal registers endpoints for events
// about its own leases and revenue; the webhooks package derives the
// events from the mirror and delivers them. This file is the HTTP edge:
// the four routes, the mapping of the package's errors to problems, and
// the auto top-up, which runs POST /v1/leases/{id}/topup as the renter.

func init() {
	// The webhook routes' inputs, with the limits input.go applies to every
	// request (and the OpenAPI document lists).
	BodyFieldLimits["url"] = webhooks.MaxURLLen
	BodyFieldLimits["description"] = webhooks.MaxDescriptionLen
	BodyFieldLimits["claimable_above"] = MaxAmountLen
	BodyFieldLimits["lease_id"] = MaxIDLen
	BodyFieldLimits["events"] = 32 // each name; the longest is 23 bytes
	queryParams["GET /v1/webhooks"] = []string{}
	queryParams["GET /v1/webhooks/:id/deliveries"] = []string{"limit"}
}

// webhookRoles may register webhooks: every role (an admin passes any role
// check). What each receives is its own: the package applies the lease
// rule of canSeeLease to every event.
var webhookRoles = []accounts.Role{accounts.RoleOperator, accounts.RoleRenter, accounts.RoleHolder,
	accounts.RoleOracle, accounts.RoleOracleAdmin}

type webhookReq struct {
	URL              string        `json:"url" required:"true"`
	Events           []string      `json:"events" required:"true"`
	RunwayBelowHours uint32        `json:"runway_below_hours,omitempty"`
	ClaimableAbove   string        `json:"claimable_above,omitempty"`
	AutoTopUp        *autoTopUpReq `json:"auto_topup,omitempty"`
	LeaseID          string        `json:"lease_id,omitempty"`
	AssetID          string        `json:"asset_id,omitempty"`
	Description      string        `json:"description,omitempty"`
}

type autoTopUpReq struct {
	BelowHours uint32 `json:"below_hours"`
	Amount     string `json:"amount"`
}

func exampleWebhook() webhookReq {
	return webhookReq{URL: "https://hooks.example.com/gpuledger", Events: []string{"lease.runway_low", "lease.overdrawn", "lease.ended"},
		RunwayBelowHours: 6, AutoTopUp: &autoTopUpReq{BelowHours: 2, Amount: "50"}}
}

// webhookJSON is an endpoint as the API shows it; Secret only in the
// answer of its registration.
type webhookJSON struct {
	ID               string                `json:"id"`
	URL              string                `json:"url"`
	Events           []webhooks.EventType  `json:"events"`
	RunwayBelowHours uint32                `json:"runway_below_hours,omitempty"`
	ClaimableAbove   *money.Amount         `json:"claimable_above,omitempty"`
	AutoTopUp        *webhooks.AutoTopUp   `json:"auto_topup,omitempty"`
	LeaseID          string                `json:"lease_id,omitempty"`
	AssetID          string                `json:"asset_id,omitempty"`
	Description      string                `json:"description,omitempty"`
	Principal        string                `json:"principal"`
	Role             accounts.Role         `json:"role"`
	Created          time.Time             `json:"created"`
	Secret           string                `json:"secret,omitempty"`
	Signature        *webhookSignatureJSON `json:"signature,omitempty"`
}

// webhookSignatureJSON tells, with the secret, how deliveries are signed.
type webhookSignatureJSON struct {
	Header string `json:"header"`
	Scheme string `json:"scheme"`
}

func toWebhookJSON(ep webhooks.Endpoint, withSecret bool) webhookJSON {
	out := webhookJSON{ID: id(ep.ID), URL: ep.URL, Events: ep.Events, RunwayBelowHours: ep.RunwayBelowHours,
		ClaimableAbove: ep.ClaimableAbove, AutoTopUp: ep.AutoTopUp, Description: ep.Description,
		Principal: ep.Principal.Hex(), Role: ep.Role, Created: ep.Created}
	if ep.LeaseID != 0 {
		out.LeaseID = id(ep.LeaseID)
	}
	if ep.AssetID != 0 {
		out.AssetID = id(ep.AssetID)
	}
	if withSecret {
		out.Secret = ep.Secret
		out.Signature = &webhookSignatureJSON{Header: webhooks.SignatureHeader,
			Scheme: "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" keyed with secret>"}
	}
	return out
}

// createWebhook registers an endpoint of the caller. A lease_id must be a
// lease the caller may see whole (canSeeLease); an asset_id must exist and,
// for an operator, be its own. The answer carries the signing secret, the
// only time it is shown.
func (s *Server) createWebhook(c echo.Context) error {
	if s.svc.Webhooks == nil {
		return newProblem(http.StatusServiceUnavailable, ProblemInternal, "Webhooks unavailable", "this server has no webhooks store")
	}
	var req webhookReq
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	p, _ := principal(c)
	sub := webhooks.Subscription{URL: req.URL, RunwayBelowHours: req.RunwayBelowHours, Description: req.Description}
	for _, e := range req.Events {
		sub.Events = append(sub.Events, webhooks.EventType(e))
	}
	if req.ClaimableAbove != "" {
		a, err := money.Parse(req.ClaimableAbove)
		if err != nil {
			return validation("claimable_above: " + err.Error())
		}
		sub.ClaimableAbove = &a
	}
	if t := req.AutoTopUp; t != nil {
		if t.Amount == "" {
			return validation("auto_topup.amount is required")
		}
		a, err := money.Parse(t.Amount)
		if err != nil {
			return validation("auto_topup.amount: " + err.Error())
		}
		sub.AutoTopUp = &webhooks.AutoTopUp{BelowHours: t.BelowHours, Amount: a}
	}
	var err error
	if sub.LeaseID, err = optionalID("lease_id", req.LeaseID); err != nil {
		return err
	}
	if sub.AssetID, err = optionalID("asset_id", req.AssetID); err != nil {
		return err
	}
	if err := sub.Validate(p.Role); err != nil {
		return webhookErr(err)
	}
	if sub.LeaseID != 0 {
		l, err := s.leaseByID(c, sub.LeaseID)
		if err != nil {
			return err
		}
		ok, err := s.canSeeLease(c, l)
		if err != nil {
			return err
		}
		if !ok {
			return forbidden(fmt.Sprintf("lease %d belongs to another account", sub.LeaseID))
		}
		if sub.AutoTopUp != nil && l.Renter != p.Address {
			return forbidden(fmt.Sprintf("only lease %d's renter may top it up", sub.LeaseID))
		}
	}
	if sub.AssetID != 0 {
		a, err := s.asset(c, sub.AssetID)
		if err != nil {
			return err
		}
		if p.Role == accounts.RoleOperator && a.Operator != p.Address {
			return forbidden(fmt.Sprintf("asset %d is operated by %s, not by %s", sub.AssetID, a.Operator.Hex(), p.Address.Hex()))
		}
	}
	// Under an Idempotency-Key the secret is derived from the request, so
	// that its stored answer holds no secret and a retry gets the same one.
	secret := ""
	if j := journal(c); j != nil {
		secret = s.svc.Accounts.DeriveWebhookSecret(j.scope, j.key)
	}
	ep, err := s.svc.Webhooks.Register(p, sub, time.Now(), secret)
	if err != nil {
		return webhookErr(err)
	}
	s.log.Info("webhook registered", "webhook", ep.ID, "principal", p.Address, "events", ep.Events)
	return c.JSON(http.StatusCreated, toWebhookJSON(ep, true))
}

// listWebhooks answers the caller's endpoints, without their secrets.
func (s *Server) listWebhooks(c echo.Context) error {
	if s.svc.Webhooks == nil {
		return c.JSON(http.StatusOK, map[string]any{"webhooks": []webhookJSON{}})
	}
	p, _ := principal(c)
	eps, err := s.svc.Webhooks.Endpoints(p.Address)
	if err != nil {
		return err
	}
	out := make([]webhookJSON, len(eps))
	for i, ep := range eps {
		out[i] = toWebhookJSON(ep, false)
	}
	return c.JSON(http.StatusOK, map[string]any{"webhooks": out})
}

// ownWebhook reads the path's endpoint: its principal's (or an admin's), 403
// for anyone else, 404 when there is none.
func (s *Server) ownWebhook(c echo.Context) (webhooks.Endpoint, error) {
	whID, err := pathID(c, "id")
	if err != nil {
		return webhooks.Endpoint{}, err
	}
	if s.svc.Webhooks == nil {
		return webhooks.Endpoint{}, notFound(fmt.Sprintf("webhook %d does not exist", whID))
	}
	ep, err := s.svc.Webhooks.Endpoint(whID)
	if errors.Is(err, webhooks.ErrNotFound) {
		return webhooks.Endpoint{}, notFound(fmt.Sprintf("webhook %d does not exist", whID))
	}
	if err != nil {
		return webhooks.Endpoint{}, err
	}
	if err := s.mustBe(c, ep.Principal, fmt.Sprintf("webhook %d", whID)); err != nil {
		return webhooks.Endpoint{}, err
	}
	return ep, nil
}

type deliveryJSON struct {
	ID          string                  `json:"id"`
	EventID     string                  `json:"event_id"`
	EventType   webhooks.EventType      `json:"event_type"`
	Created     time.Time               `json:"created"`
	Status      webhooks.DeliveryStatus `json:"status"`
	Attempts    []webhooks.Attempt      `json:"attempts"`
	NextAttempt *time.Time              `json:"next_attempt,omitempty"`
	Note        string                  `json:"note,omitempty"`
}

// listWebhookDeliveries answers an endpoint's recent deliveries, newest
// first (limit, default 50), each with every attempt's time, status,
// error and duration.
func (s *Server) listWebhookDeliveries(c echo.Context) error {
	ep, err := s.ownWebhook(c)
	if err != nil {
		return err
	}
	limit := 50
	if v := c.QueryParam("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			return validation(fmt.Sprintf("limit %q must be a whole number from 1 to 1000", v))
		}
		limit = n
	}
	dls, err := s.svc.Webhooks.Deliveries(ep.ID, limit)
	if err != nil {
		return err
	}
	out := make([]deliveryJSON, len(dls))
	for i, d := range dls {
		out[i] = deliveryJSON{ID: id(d.ID), EventID: d.EventID, EventType: d.EventType, Created: d.Created,
			Status: d.Status, Attempts: d.Attempts, NextAttempt: d.NextAttempt, Note: d.Note}
	}
	return c.JSON(http.StatusOK, map[string]any{"webhook_id": id(ep.ID), "deliveries": out})
}

// deleteWebhook deletes an endpoint; what it had pending is cancelled.
func (s *Server) deleteWebhook(c echo.Context) error {
	ep, err := s.ownWebhook(c)
	if err != nil {
		return err
	}
	if _, err := s.svc.Webhooks.Delete(ep.ID, time.Now()); err != nil {
		return webhookErr(err)
	}
	out, err := asObject(toWebhookJSON(ep, false))
	if err != nil {
		return err
	}
	out["deleted"] = true
	return c.JSON(http.StatusOK, out)
}

// webhookErr maps the webhooks package's errors to problems.
func webhookErr(err error) error {
	detail := func(sentinel error) string {
		return strings.TrimPrefix(err.Error(), sentinel.Error()+": ")
	}
	switch {
	case errors.Is(err, webhooks.ErrInvalid):
		return validation(detail(webhooks.ErrInvalid))
	case errors.Is(err, webhooks.ErrForbidden):
		return forbidden(detail(webhooks.ErrForbidden))
	case errors.Is(err, webhooks.ErrLimit):
		return newProblem(http.StatusConflict, ProblemConflict, "Too many webhooks", detail(webhooks.ErrLimit))
	case errors.Is(err, webhooks.ErrNotFound):
		return notFound(err.Error())
	}
	return err
}

// optionalID reads an optional positive decimal id of a body.
func optionalID(name, v string) (uint64, error) {
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil || n == 0 {
		return 0, validation(fmt.Sprintf("%s %q is not a positive decimal id", name, clip(v, MaxIDLen)))
	}
	return n, nil
}

// ------------------------------------------------------------ dispatcher

// hooksRun is the webhook dispatcher's goroutine, started by Serve and
// stopped by Shutdown.
type hooksRun struct {
	hooksMu     sync.Mutex // guards the fields below
	hooksStop   context.CancelFunc
	hooksDone   chan struct{}
	hooksClosed bool // Shutdown ran: Serve starts nothing any more
}

// newWebhooks makes the dispatcher over the service's webhooks store and
// mirror, with this server as its TopUpper.
func (s *Server) newWebhooks(cfg webhooks.Config) {
	if s.svc.Webhooks == nil || s.svc.Mirror == nil {
		return
	}
	cfg.TopUp = s // its Logger defaults to slog.Default() with component=webhooks
	s.hooks = webhooks.New(s.svc.Webhooks, s.svc.Mirror.Store(), s.svc.Chain.Client(), cfg)
}

func (s *Server) startWebhooks() {
	if s.hooks == nil {
		return
	}
	s.hooksMu.Lock()
	defer s.hooksMu.Unlock()
	if s.hooksStop != nil || s.hooksClosed {
		return
	}
	ctx, stop := context.WithCancel(context.Background())
	s.hooksStop, s.hooksDone = stop, make(chan struct{})
	go func() {
		defer close(s.hooksDone)
		s.hooks.Run(ctx)
	}()
}

func (s *Server) stopWebhooks() {
	s.hooksMu.Lock()
	stop, done := s.hooksStop, s.hooksDone
	s.hooksClosed = true
	s.hooksMu.Unlock()
	if stop != nil {
		stop()
		<-done
	}
}

// Webhooks returns the server's webhook dispatcher (nil without a store).
func (s *Server) Webhooks() *webhooks.Dispatcher { return s.hooks }

// TopUp implements webhooks.TopUpper: an auto top-up is POST
// /v1/leases/{id}/topup by the renter, run through the same middleware
// and handler as a client's request (role check, the idempotency journal
// under Idempotency-Key key scoped to the renter, the lease's ownership,
// the contract call, the answer after the mirror has its block), without
// HTTP. A retry with the same key after a crash finishes the recorded
// transaction or replays the stored answer: the renter never pays twice.
func (s *Server) TopUp(ctx context.Context, renter common.Address, leaseID uint64, amount money.Amount, key string) (webhooks.TopUpResult, error) {
	p, err := s.svc.Accounts.Get(renter)
	if errors.Is(err, accounts.ErrNotFound) {
		return webhooks.TopUpResult{Status: http.StatusForbidden, Detail: "the renter's account is gone"}, nil
	}
	if err != nil {
		return webhooks.TopUpResult{}, err
	}
	body, err := json.Marshal(amountReq{Amount: amount.String()})
	if err != nil {
		return webhooks.TopUpResult{}, err
	}
	path := "/v1/leases/" + id(leaseID) + "/topup"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, path, bytes.NewReader(body))
	if err != nil {
		return webhooks.TopUpResult{}, err
	}
	req.Header.Set(echo.HeaderContentType, echo.MIMEApplicationJSON)
	req.Header.Set("Idempotency-Key", key)
	rec := &recorder{header: http.Header{}, status: http.StatusOK}
	c := s.echo.NewContext(req, rec)
	c.SetPath("/v1/leases/:id/topup")
	c.SetParamNames("id")
	c.SetParamValues(id(leaseID))
	c.Set(serverKey, s)
	c.Set(principalKey, p)
	h := s.idem.middleware(requireRole(accounts.RoleRenter)(s.topUpLease))
	if err := h(c); err != nil {
		s.handleError(err, c)
	}
	out := webhooks.TopUpResult{Status: rec.status}
	if rec.status >= 200 && rec.status < 300 {
		var ans struct {
			TxHash string `json:"tx_hash"`
			Block  uint64 `json:"block"`
		}
		if err := json.Unmarshal(rec.body.Bytes(), &ans); err != nil {
			return out, fmt.Errorf("auto top-up of lease %d: answer: %w", leaseID, err)
		}
		out.TxHash, out.Block = ans.TxHash, ans.Block
		return out, nil
	}
	var prob Problem
	if json.Unmarshal(rec.body.Bytes(), &prob) == nil {
		out.Detail = prob.Detail
		if prob.Revert != nil && prob.Revert.Message != "" {
			out.Detail = prob.Revert.Message
		}
	}
	return out, nil
}
