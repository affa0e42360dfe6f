package contracts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuledger/gpuledger/contracts/bindings/gpuasset"
	"github.com/gpuledger/gpuledger/money"
)

// MaxUsefulLifeMonths mirrors GPUAsset.MAX_USEFUL_LIFE_MONTHS.
const MaxUsefulLifeMonths = 240

// MaxShareSupply mirrors GPUAsset.MAX_SHARE_SUPPLY (1e18): the revenue
// accounting is exact to below one unit per deposit up to this supply.
var MaxShareSupply = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Longest gpu_model and location, in bytes of UTF-8. Both are stored on
// chain as strings, so their length is paid in gas: a GPU model name
// ("H100-SXM5-80GB", "GB200-NVL72") and a site code ("US-TX-1") fit with room
// to spare, and a longer value is refused before any transaction.
const (
	MaxGPUModelLen = 64
	MaxLocationLen = 32
)

// ErrInvalidAsset is wrapped by every AssetSpec validation error.
var ErrInvalidAsset = errors.New("invalid asset")

// AssetSpec describes a GPU node or cluster to tokenize. Its JSON form is
// the API's request body; decoding refuses malformed amounts and counts.
type AssetSpec struct {
	GPUModel         string       `json:"gpu_model" required:"true"`
	GPUCount         uint32       `json:"gpu_count" required:"true"`
	RatedPowerW      uint32       `json:"rated_power_w" required:"true"`
	Location         string       `json:"location" required:"true"`
	CommissionedAt   time.Time    `json:"commissioned_at" required:"true"`
	BookValue        money.Amount `json:"book_value" required:"true"`
	UsefulLifeMonths uint16       `json:"useful_life_months" required:"true"`
	Shares           Shares       `json:"shares" required:"true"`
	MetadataHash     common.Hash  `json:"metadata_hash"`
	// OperatorFeeBps and ReserveBps are the operator's and the maintenance
	// reserve's cut of the asset's revenue, in basis points. With the
	// highest platform fee (MaxPlatformFeeBps) they may not exceed 100%.
	OperatorFeeBps uint16 `json:"operator_fee_bps"`
	ReserveBps     uint16 `json:"reserve_bps"`
}

// Validate applies the contract's rules off chain so that bad input costs
// no transaction and gets a message naming the field.
func (s AssetSpec) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidAsset, fmt.Sprintf(format, args...))
	}
	if err := checkText("gpu_model", s.GPUModel, MaxGPUModelLen); err != nil {
		return bad("%s", err)
	}
	if err := checkText("location", s.Location, MaxLocationLen); err != nil {
		return bad("%s", err)
	}
	switch {
	case s.GPUCount == 0:
		return bad("gpu_count must be at least 1")
	case s.RatedPowerW == 0:
		return bad("rated_power_w must be at least 1")
	case s.UsefulLifeMonths == 0 || s.UsefulLifeMonths > MaxUsefulLifeMonths:
		return bad("useful_life_months must be between 1 and %d, got %d", MaxUsefulLifeMonths, s.UsefulLifeMonths)
	case s.Shares.Int() == nil || s.Shares.Int().Sign() <= 0:
		return bad("shares must be a positive whole number")
	case s.Shares.Int().Cmp(MaxShareSupply) > 0:
		return bad("shares must be at most %s, got %s", MaxShareSupply, s.Shares)
	case s.BookValue.IsZero():
		return bad("book_value must be positive")
	case s.CommissionedAt.IsZero():
		return bad("commissioned_at is required")
	case s.CommissionedAt.After(time.Now().Add(time.Minute)):
		return bad("commissioned_at %s is in the future", s.CommissionedAt.Format(time.RFC3339))
	}
	if err := CheckAssetFees(s.OperatorFeeBps, s.ReserveBps); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidAsset, err)
	}
	return nil
}

// checkText refuses an empty, over-long or unprintable text field. The
// message names the field and the limit, never the value: an over-long value
// is exactly what must not be echoed into answers and logs.
func checkText(field, v string, max int) error {
	switch {
	case v == "":
		return fmt.Errorf("%s is required", field)
	case len(v) > max:
		return fmt.Errorf("%s is %d bytes long; at most %d are allowed", field, len(v), max)
	case !utf8.ValidString(v):
		return fmt.Errorf("%s is not valid UTF-8", field)
	case strings.IndexFunc(v, unicode.IsControl) >= 0:
		return fmt.Errorf("%s holds a control character", field)
	}
	return nil
}

// Asset is a tokenized asset as recorded on chain.
type Asset struct {
	ID       uint64         `json:"id"`
	Operator common.Address `json:"operator"`
	AssetSpec
}

// Assets is a client of one GPUAsset contract. It is safe for concurrent use.
type Assets struct {
	addr common.Address
	abi  *gpuasset.GPUAsset
	call Caller
}

// NewAssets returns a client of the GPUAsset contract at addr.
func NewAssets(call Caller, addr common.Address) *Assets {
	return &Assets{addr: addr, abi: gpuasset.NewGPUAsset(), call: call}
}

// Address returns the contract's address.
func (a *Assets) Address() common.Address { return a.addr }

// Tokenize validates spec and tokenizes it from the operator s; all shares
// are minted to s. Nothing is sent when validation fails.
func (a *Assets) Tokenize(ctx context.Context, s Sender, spec AssetSpec) (Asset, *types.Receipt, error) {
	if err := spec.Validate(); err != nil {
		return Asset{}, nil, err
	}
	data := a.abi.PackTokenize(gpuasset.GPUAssetTokenizeParams{
		GpuModel:         spec.GPUModel,
		GpuCount:         spec.GPUCount,
		RatedPowerW:      spec.RatedPowerW,
		Location:         spec.Location,
		CommissionedAt:   uint64(spec.CommissionedAt.Unix()),
		BookValue:        spec.BookValue.Units(),
		UsefulLifeMonths: spec.UsefulLifeMonths,
		ShareSupply:      spec.Shares.Int(),
		MetadataHash:     spec.MetadataHash,
		OperatorFeeBps:   spec.OperatorFeeBps,
		ReserveBps:       spec.ReserveBps,
	})
	rcpt, err := s.SendAndWait(ctx, &a.addr, data, nil)
	if err != nil {
		return Asset{}, nil, fmt.Errorf("tokenize %s: %w", spec.GPUModel, err)
	}
	asset, err := a.AssetIn(rcpt)
	if err != nil {
		return Asset{}, rcpt, fmt.Errorf("tokenize %s: %w", spec.GPUModel, err)
	}
	return asset, rcpt, nil
}

// Get reads an asset's record at the latest block. An id never issued
// returns the decoded UnknownAsset revert.
func (a *Assets) Get(ctx context.Context, id uint64) (Asset, error) {
	out, err := a.read(ctx, a.abi.PackAsset(new(big.Int).SetUint64(id)))
	if err != nil {
		return Asset{}, fmt.Errorf("get asset %d: %w", id, err)
	}
	rec, err := a.abi.UnpackAsset(out)
	if err != nil {
		return Asset{}, fmt.Errorf("get asset %d: %w", id, err)
	}
	book, err := money.FromUnits(rec.BookValue)
	if err != nil {
		return Asset{}, fmt.Errorf("get asset %d: book value: %w", id, err)
	}
	return Asset{
		ID:       id,
		Operator: rec.Operator,
		AssetSpec: AssetSpec{
			GPUModel:         rec.GpuModel,
			GPUCount:         rec.GpuCount,
			RatedPowerW:      rec.RatedPowerW,
			Location:         rec.Location,
			CommissionedAt:   time.Unix(int64(rec.CommissionedAt), 0).UTC(),
			BookValue:        book,
			UsefulLifeMonths: rec.UsefulLifeMonths,
			Shares:           NewShares(rec.ShareSupply),
			MetadataHash:     rec.MetadataHash,
			OperatorFeeBps:   rec.OperatorFeeBps,
			ReserveBps:       rec.ReserveBps,
		},
	}, nil
}

// Count returns the number of assets tokenized so far (also the last id).
func (a *Assets) Count(ctx context.Context) (uint64, error) {
	out, err := a.read(ctx, a.abi.PackAssetCount())
	if err != nil {
		return 0, fmt.Errorf("asset count: %w", err)
	}
	n, err := a.abi.UnpackAssetCount(out)
	if err != nil {
		return 0, fmt.Errorf("asset count: %w", err)
	}
	return n.Uint64(), nil
}

// SharesOf returns holder's share balance of asset id.
func (a *Assets) SharesOf(ctx context.Context, holder common.Address, id uint64) (Shares, error) {
	out, err := a.read(ctx, a.abi.PackBalanceOf(holder, new(big.Int).SetUint64(id)))
	if err != nil {
		return Shares{}, fmt.Errorf("shares of %s in asset %d: %w", holder, id, err)
	}
	n, err := a.abi.UnpackBalanceOf(out)
	if err != nil {
		return Shares{}, fmt.Errorf("shares of %s in asset %d: %w", holder, id, err)
	}
	return NewShares(n), nil
}

// Transfer moves shares of asset id from s to `to`. A transfer of more than
// s holds is refused before sending, with the contract's own error.
func (a *Assets) Transfer(ctx context.Context, s Sender, to common.Address, id uint64, shares Shares) (*types.Receipt, error) {
	if shares.Int() == nil || shares.Int().Sign() <= 0 {
		return nil, fmt.Errorf("transfer asset %d: %w: shares must be a positive whole number", id, ErrInvalidAsset)
	}
	if to == (common.Address{}) {
		return nil, fmt.Errorf("transfer asset %d: %w: recipient is the zero address", id, ErrInvalidAsset)
	}
	data := a.abi.PackSafeTransferFrom(s.Address(), to, new(big.Int).SetUint64(id), shares.Int(), nil)
	rcpt, err := s.SendAndWait(ctx, &a.addr, data, nil)
	if err != nil {
		return nil, fmt.Errorf("transfer %s shares of asset %d to %s: %w", shares, id, to, err)
	}
	return rcpt, nil
}

// GrantOperator gives account the operator role; s must hold the admin role.
func (a *Assets) GrantOperator(ctx context.Context, s Sender, account common.Address) (*types.Receipt, error) {
	role := roleOperator()
	rcpt, err := s.SendAndWait(ctx, &a.addr, a.abi.PackGrantRole(role, account), nil)
	if err != nil {
		return nil, fmt.Errorf("grant operator role to %s: %w", account, err)
	}
	return rcpt, nil
}

// MaxURITemplateLen bounds a metadata URI template, in bytes: it is stored
// on chain, so its length is paid in gas, and a URL of an API fits easily.
const MaxURITemplateLen = 256

// CheckURITemplate refuses a metadata URI template that wallets could not
// use: empty, longer than MaxURITemplateLen, not an absolute URL (an
// http(s) one with a host), or without the "{id}" that ERC-1155 clients
// replace with the token id (64 lower-case hex digits).
func CheckURITemplate(template string) error {
	if template == "" || len(template) > MaxURITemplateLen {
		return fmt.Errorf("%w: a metadata URI template is 1 to %d bytes long, got %d", ErrInvalidInput, MaxURITemplateLen, len(template))
	}
	if !strings.Contains(template, "{id}") {
		return fmt.Errorf("%w: metadata URI template %q has no {id} for wallets to replace", ErrInvalidInput, template)
	}
	u, err := url.Parse(strings.ReplaceAll(template, "{id}", "0"))
	if err != nil || u.Scheme == "" || ((u.Scheme == "http" || u.Scheme == "https") && u.Host == "") {
		return fmt.Errorf("%w: metadata URI template %q is not an absolute URL", ErrInvalidInput, template)
	}
	return nil
}

// URITemplate reads the ERC-1155 metadata URI template at the latest
// block: uri(id) answers the same template for every id, and clients
// replace "{id}" in it with the id as 64 lower-case hex digits.
func (a *Assets) URITemplate(ctx context.Context) (string, error) {
	out, err := a.read(ctx, a.abi.PackUri(big.NewInt(0)))
	if err != nil {
		return "", fmt.Errorf("read metadata URI template: %w", err)
	}
	t, err := a.abi.UnpackUri(out)
	if err != nil {
		return "", fmt.Errorf("read metadata URI template: %w", err)
	}
	return t, nil
}

// SetURITemplate moves the metadata of every asset to template (checked
// with CheckURITemplate; nothing is sent when it fails). s must hold the
// GPUAsset's admin role. Idempotent on chain: setting the template in
// force again changes nothing but emits URITemplateChanged again.
func (a *Assets) SetURITemplate(ctx context.Context, s Sender, template string) (*types.Receipt, error) {
	if err := CheckURITemplate(template); err != nil {
		return nil, err
	}
	rcpt, err := s.SendAndWait(ctx, &a.addr, a.abi.PackSetURITemplate(template), nil)
	if err != nil {
		return nil, fmt.Errorf("set metadata URI template: %w", err)
	}
	return rcpt, nil
}

func (a *Assets) read(ctx context.Context, data []byte) ([]byte, error) {
	return a.call.CallContract(ctx, ethereum.CallMsg{To: &a.addr, Data: data}, nil)
}

func assetFromEvent(ev *gpuasset.GPUAssetAssetTokenized) (Asset, error) {
	p := ev.Params
	book, err := money.FromUnits(p.BookValue)
	if err != nil {
		return Asset{}, fmt.Errorf("book value: %w", err)
	}
	return Asset{
		ID:       ev.AssetId.Uint64(),
		Operator: ev.Operator,
		AssetSpec: AssetSpec{
			GPUModel:         p.GpuModel,
			GPUCount:         p.GpuCount,
			RatedPowerW:      p.RatedPowerW,
			Location:         p.Location,
			CommissionedAt:   time.Unix(int64(p.CommissionedAt), 0).UTC(),
			BookValue:        book,
			UsefulLifeMonths: p.UsefulLifeMonths,
			Shares:           NewShares(p.ShareSupply),
			MetadataHash:     p.MetadataHash,
			OperatorFeeBps:   p.OperatorFeeBps,
			ReserveBps:       p.ReserveBps,
		},
	}, nil
}

// Shares is a whole number of an asset's shares. Its JSON form is a decimal
// string ("1000000") so that no client reads it as a float.
type Shares struct{ n *big.Int }

// NewShares wraps n (not copied; do not modify it afterwards).
func NewShares(n *big.Int) Shares { return Shares{n: n} }

// ParseShares reads a positive or zero whole number in decimal.
func ParseShares(s string) (Shares, error) {
	if strings.HasPrefix(s, "-") {
		return Shares{}, fmt.Errorf("shares %q: negative: %w", s, ErrInvalidAsset)
	}
	if s == "" || strings.Trim(s, "0123456789") != "" {
		return Shares{}, fmt.Errorf("shares %q: not a whole number: %w", s, ErrInvalidAsset)
	}
	n, _ := new(big.Int).SetString(s, 10) // digits only: cannot fail
	if n.BitLen() > 256 {
		return Shares{}, fmt.Errorf("shares %q: exceeds uint256: %w", s, ErrInvalidAsset)
	}
	return Shares{n: n}, nil
}

// Int returns the count (nil for the zero value). Do not modify it.
func (s Shares) Int() *big.Int { return s.n }

func (s Shares) String() string {
	if s.n == nil {
		return "0"
	}
	return s.n.String()
}

// MarshalJSON writes the count as a JSON string.
func (s Shares) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// UnmarshalJSON reads a JSON string of digits.
func (s *Shares) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return fmt.Errorf("shares must be a string of digits such as \"1000000\": %w", ErrInvalidAsset)
	}
	v, err := ParseShares(str)
	if err != nil {
		return err
	}
	*s = v
	return nil
}
