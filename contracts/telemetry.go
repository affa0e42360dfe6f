package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuledger/gpuledger/contracts/bindings/telemetryoracle"
)

// Limits and tolerances mirrored from TelemetryOracle.
const (
	// MaxReporters is the most reporters per asset and observations per report.
	MaxReporters = 16
	// MaxBps is 100% in basis points: the bound of utilisation and availability.
	MaxBps = 10_000
	// PowerToleranceBps: an observation's average power may reach the
	// asset's rated power times this (110%).
	PowerToleranceBps = 11_000
	// EnergyToleranceBps: energy may differ from average power × epoch
	// length by this share (±10%), plus one Wh and one W × epoch length of rounding.
	EnergyToleranceBps = 1_000
	// DefaultMinQuorum is the quorum floor a TelemetryOracle starts with: no
	// single reporter decides an epoch. The oracle admin may change it
	// (Telemetry.SetMinQuorum).
	DefaultMinQuorum = 2
)

// Parameters of the TelemetryOracle that Deploy creates.
const (
	// TelemetryEpochLength is the length of an epoch: one hour.
	TelemetryEpochLength = time.Hour
	// TelemetryEpochGenesis is the unix time at which epoch 0 starts: epoch
	// e is the UTC hour starting at e × 3600.
	TelemetryEpochGenesis = 0
	// TelemetryMaxReportAge is how long after its end an epoch may still be
	// reported, initially. LeaseMarket's report window should be at least
	// this long, so that no report can arrive after settlement gave up on it.
	TelemetryMaxReportAge = 2 * time.Hour
)

// The EIP-712 domain of TelemetryOracle signatures; the chain id and the
// contract's address complete it (TelemetryDomain).
const (
	TelemetryDomainName    = "gpuledger TelemetryOracle"
	TelemetryDomainVersion = "1"
)

var (
	eip712DomainTypeHash = crypto.Keccak256Hash([]byte(
		"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	// ObservationTypeHash is the EIP-712 type hash of the signed struct.
	ObservationTypeHash = crypto.Keccak256Hash([]byte(
		"Observation(uint256 assetId,uint64 epoch,uint16 utilisationBps,uint16 availabilityBps,uint64 energyWh,uint32 avgPowerW)"))
	// secp256k1 group order and half of it: signatures with s above the
	// half are malleable and refused, as OpenZeppelin's ECDSA does.
	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
)

// Errors of observation checks and signature verification.
var (
	// ErrInvalidObservation is wrapped by every Observation check that
	// fails (bounds, power, energy consistency).
	ErrInvalidObservation = errors.New("invalid observation")
	// ErrBadSignature is wrapped when a signature is malformed or does not
	// recover to an address (wrong length, v, r or s).
	ErrBadSignature = errors.New("bad signature")
)

// Observation is what one reporter observed of an asset during an epoch.
// Its JSON form uses integers only.
type Observation struct {
	// UtilisationBps is the mean GPU utilisation, 0..10000.
	UtilisationBps uint16 `json:"utilisation_bps"`
	// AvailabilityBps is the share of healthy GPU samples, 0..10000.
	AvailabilityBps uint16 `json:"availability_bps"`
	// EnergyWh is the energy the GPUs drew during the epoch.
	EnergyWh uint64 `json:"energy_wh"`
	// AvgPowerW is the energy divided by the epoch's length.
	AvgPowerW uint32 `json:"avg_power_w"`
}

// Validate checks the bounds that need no chain state.
func (o Observation) Validate() error {
	if o.UtilisationBps > MaxBps {
		return fmt.Errorf("%w: utilisation %d bps above %d", ErrInvalidObservation, o.UtilisationBps, MaxBps)
	}
	if o.AvailabilityBps > MaxBps {
		return fmt.Errorf("%w: availability %d bps above %d", ErrInvalidObservation, o.AvailabilityBps, MaxBps)
	}
	return nil
}

// Check applies every rule the contract applies to one observation of an
// asset of ratedPowerW watts with epochs of epochLength: Validate, average
// power at most rated power × PowerToleranceBps, energy consistent with
// average power × epoch length.
func (o Observation) Check(ratedPowerW uint32, epochLength time.Duration) error {
	if err := o.Validate(); err != nil {
		return err
	}
	maxW := uint64(ratedPowerW) * PowerToleranceBps / MaxBps
	if uint64(o.AvgPowerW) > maxW {
		return fmt.Errorf("%w: average power %d W above %d W (rated %d W × %d%%)",
			ErrInvalidObservation, o.AvgPowerW, maxW, ratedPowerW, PowerToleranceBps/100)
	}
	length := uint64(epochLength / time.Second)
	// Same integer arithmetic as the contract, in joules; uint64 products of
	// a uint64 by 3600 can overflow, so use big.Int.
	fromEnergy := new(big.Int).Mul(new(big.Int).SetUint64(o.EnergyWh), big.NewInt(3600))
	fromPower := new(big.Int).Mul(new(big.Int).SetUint64(uint64(o.AvgPowerW)), new(big.Int).SetUint64(length))
	diff := new(big.Int).Abs(new(big.Int).Sub(fromEnergy, fromPower))
	slack := new(big.Int).Mul(fromPower, big.NewInt(EnergyToleranceBps))
	slack.Div(slack, big.NewInt(MaxBps))
	slack.Add(slack, new(big.Int).SetUint64(3600+length))
	if diff.Cmp(slack) > 0 {
		return fmt.Errorf("%w: energy %d Wh inconsistent with %d W over %s (±%d%%)",
			ErrInvalidObservation, o.EnergyWh, o.AvgPowerW, epochLength, EnergyToleranceBps/100)
	}
	return nil
}

func (o Observation) binding() telemetryoracle.TelemetryOracleObservation {
	return telemetryoracle.TelemetryOracleObservation{
		UtilisationBps: o.UtilisationBps, AvailabilityBps: o.AvailabilityBps, EnergyWh: o.EnergyWh, AvgPowerW: o.AvgPowerW,
	}
}

func observationFrom(b telemetryoracle.TelemetryOracleObservation) Observation {
	return Observation{UtilisationBps: b.UtilisationBps, AvailabilityBps: b.AvailabilityBps, EnergyWh: b.EnergyWh, AvgPowerW: b.AvgPowerW}
}

// SignedObservation is an observation with its reporter's EIP-712
// signature: 65 bytes, r || s || v with v 27 or 28.
type SignedObservation struct {
	Observation
	Signature []byte `json:"signature"`
}

// TelemetryDomain is the EIP-712 domain of one TelemetryOracle: the fixed
// name and version, the chain id and the contract's address. A signature
// made for one domain is refused by every other chain and contract.
type TelemetryDomain struct {
	ChainID  *big.Int
	Contract common.Address
}

// Separator returns the domain separator, as EIP712._domainSeparatorV4.
func (d TelemetryDomain) Separator() common.Hash {
	return crypto.Keccak256Hash(
		eip712DomainTypeHash[:],
		crypto.Keccak256([]byte(TelemetryDomainName)),
		crypto.Keccak256([]byte(TelemetryDomainVersion)),
		word(d.ChainID),
		common.LeftPadBytes(d.Contract[:], 32),
	)
}

// Digest returns the EIP-712 digest a reporter signs for observation o of
// asset assetID in epoch epoch: keccak256(0x1901 || separator || structHash),
// equal to the contract's hashObservation.
func (d TelemetryDomain) Digest(assetID, epoch uint64, o Observation) common.Hash {
	structHash := crypto.Keccak256(
		ObservationTypeHash[:],
		word(new(big.Int).SetUint64(assetID)),
		word(new(big.Int).SetUint64(epoch)),
		word(big.NewInt(int64(o.UtilisationBps))),
		word(big.NewInt(int64(o.AvailabilityBps))),
		word(new(big.Int).SetUint64(o.EnergyWh)),
		word(big.NewInt(int64(o.AvgPowerW))),
	)
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash)
}

// Recover returns the address that signed so for asset assetID's epoch in
// this domain. It treats so as hostile: a signature that is not 65 bytes,
// has v other than 27 or 28, r or s out of range, or a malleable (high) s
// is refused with ErrBadSignature, as the contract refuses it. Recover does
// not check the observation's values (see Observation.Check) nor whether
// the signer is a registered reporter.
func (d TelemetryDomain) Recover(assetID, epoch uint64, so SignedObservation) (common.Address, error) {
	sig := so.Signature
	if len(sig) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want %d", ErrBadSignature, len(sig), crypto.SignatureLength)
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: v = %d, want 27 or 28", ErrBadSignature, v)
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if r.Sign() == 0 || r.Cmp(secp256k1N) >= 0 || s.Sign() == 0 || s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: r or s out of range", ErrBadSignature)
	}
	norm := make([]byte, crypto.SignatureLength)
	copy(norm, sig)
	norm[64] = v - 27
	digest := d.Digest(assetID, epoch, so.Observation)
	pub, err := crypto.SigToPub(digest[:], norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// EpochSchedule is a TelemetryOracle's epoch layout: epoch e covers
// [Genesis + e × Length, Genesis + (e + 1) × Length).
type EpochSchedule struct {
	Length  time.Duration
	Genesis time.Time
	// MaxReportAge is how long after its end an epoch may be reported.
	MaxReportAge time.Duration
}

// Start returns when epoch starts.
func (s EpochSchedule) Start(epoch uint64) time.Time {
	return s.Genesis.Add(time.Duration(epoch) * s.Length)
}

// End returns when epoch ends, which is when the next one starts.
func (s EpochSchedule) End(epoch uint64) time.Time { return s.Start(epoch + 1) }

// At returns the epoch containing t; a t before genesis is in epoch 0.
func (s EpochSchedule) At(t time.Time) uint64 {
	if t.Before(s.Genesis) || s.Length <= 0 {
		return 0
	}
	return uint64(t.Sub(s.Genesis) / s.Length)
}

// EpochRecord is what the oracle stored for an asset's epoch.
type EpochRecord struct {
	AssetID uint64 `json:"asset_id"`
	Epoch   uint64 `json:"epoch"`
	// Reported is false (and the rest zero) when the epoch has no report.
	Reported bool `json:"reported"`
	// Median holds the median of each field over the observations.
	Median Observation `json:"median"`
	// Observations is how many observations the medians were taken over.
	Observations uint8     `json:"observations"`
	ReportedAt   time.Time `json:"reported_at"`
}

// EpochReport is an EpochReported event: every observation of a stored
// report with its reporter, in the order submitted, and the medians.
type EpochReport struct {
	AssetID      uint64
	Epoch        uint64
	Submitter    common.Address
	Reporters    []common.Address
	Observations []Observation
	Median       Observation
	Log          *types.Log
}

// Telemetry is a client of one TelemetryOracle contract. It is safe for
// concurrent use; it holds no state beyond its address.
type Telemetry struct {
	addr common.Address
	abi  *telemetryoracle.TelemetryOracle
	call Caller
}

// NewTelemetry returns a client of the TelemetryOracle at addr.
func NewTelemetry(call Caller, addr common.Address) *Telemetry {
	return &Telemetry{addr: addr, abi: telemetryoracle.NewTelemetryOracle(), call: call}
}

// Address returns the contract's address.
func (t *Telemetry) Address() common.Address { return t.addr }

// Domain returns the contract's EIP-712 domain on chain chainID.
func (t *Telemetry) Domain(chainID *big.Int) TelemetryDomain {
	return TelemetryDomain{ChainID: new(big.Int).Set(chainID), Contract: t.addr}
}

// AddReporter registers reporter for asset assetID. s must hold the
// oracle admin role (ORACLE_ADMIN_ROLE); the asset's operator cannot, since
// the reports decide the SLA credits it pays (the contract refuses with
// NotOracleAdmin(assetId, caller)). Not idempotent: a reporter already
// registered is refused with the contract's ReporterAlreadyRegistered.
func (t *Telemetry) AddReporter(ctx context.Context, s Sender, assetID uint64, reporter common.Address) (*types.Receipt, error) {
	if reporter == (common.Address{}) {
		return nil, fmt.Errorf("add reporter to asset %d: %w", assetID, invalid("reporter is the zero address"))
	}
	return t.send(ctx, s, fmt.Sprintf("add reporter %s to asset %d", reporter, assetID), t.abi.PackAddReporter(u256(assetID), reporter))
}

// RemoveReporter unregisters reporter of asset assetID; its signatures are
// refused from the next block on. s must hold the oracle admin role
// (NotOracleAdmin otherwise). The reporters left must still reach the
// asset's quorum, floor included (InvalidQuorum otherwise).
func (t *Telemetry) RemoveReporter(ctx context.Context, s Sender, assetID uint64, reporter common.Address) (*types.Receipt, error) {
	return t.send(ctx, s, fmt.Sprintf("remove reporter %s of asset %d", reporter, assetID), t.abi.PackRemoveReporter(u256(assetID), reporter))
}

// SetQuorum sets how many distinct reporters a report of asset assetID
// needs: at least the oracle's floor (MinQuorum; QuorumBelowFloor
// otherwise) and at most the registered reporters (InvalidQuorum). s must
// hold the oracle admin role (NotOracleAdmin otherwise).
func (t *Telemetry) SetQuorum(ctx context.Context, s Sender, assetID uint64, quorum uint8) (*types.Receipt, error) {
	if quorum == 0 || quorum > MaxReporters {
		return nil, fmt.Errorf("set quorum of asset %d: %w", assetID, invalid("quorum must be between 1 and %d, got %d", MaxReporters, quorum))
	}
	return t.send(ctx, s, fmt.Sprintf("set quorum of asset %d to %d", assetID, quorum), t.abi.PackSetQuorum(u256(assetID), quorum))
}

// SetMinQuorum sets the quorum floor of every asset (1..MaxReporters); s
// must hold the oracle admin role. It binds at once: a report of an asset
// whose quorum is lower needs minQuorum observations.
func (t *Telemetry) SetMinQuorum(ctx context.Context, s Sender, minQuorum uint8) (*types.Receipt, error) {
	if minQuorum == 0 || minQuorum > MaxReporters {
		return nil, fmt.Errorf("set min quorum: %w", invalid("must be between 1 and %d, got %d", MaxReporters, minQuorum))
	}
	return t.send(ctx, s, fmt.Sprintf("set min quorum to %d", minQuorum), t.abi.PackSetMinQuorum(minQuorum))
}

// SetMaxReportAge sets how long after its end an epoch may be reported
// (whole seconds, at least one); s must hold the oracle admin role.
func (t *Telemetry) SetMaxReportAge(ctx context.Context, s Sender, age time.Duration) (*types.Receipt, error) {
	if age < time.Second {
		return nil, fmt.Errorf("set max report age: %w", invalid("must be at least 1s, got %s", age))
	}
	return t.send(ctx, s, "set max report age", t.abi.PackSetMaxReportAge(uint64(age/time.Second)))
}

// Submit sends the report of asset assetID's epoch carrying obs, in one
// transaction from s (anyone may send it; the signatures carry the
// authority). Each epoch accepts one report, in any order, from its end to
// its end plus the maximum report age. Malformed input is refused before
// sending; the contract's refusals come back as decoded reverts
// (EpochAlreadyReported when the epoch is already stored, EpochTooOld when
// its window has closed). Not idempotent on its own: see oracle.Submitter.
func (t *Telemetry) Submit(ctx context.Context, s Sender, assetID, epoch uint64, obs []SignedObservation) (*types.Receipt, error) {
	what := fmt.Sprintf("submit report of asset %d epoch %d", assetID, epoch)
	if len(obs) == 0 || len(obs) > MaxReporters {
		return nil, fmt.Errorf("%s: %w", what, invalid("need 1 to %d observations, got %d", MaxReporters, len(obs)))
	}
	signed := make([]telemetryoracle.TelemetryOracleSignedObservation, len(obs))
	for i, o := range obs {
		if err := o.Validate(); err != nil {
			return nil, fmt.Errorf("%s: observation %d: %w", what, i, err)
		}
		if len(o.Signature) != crypto.SignatureLength {
			return nil, fmt.Errorf("%s: observation %d: %w", what, i, invalid("signature has %d bytes, want %d", len(o.Signature), crypto.SignatureLength))
		}
		signed[i] = telemetryoracle.TelemetryOracleSignedObservation{Observation: o.binding(), Signature: o.Signature}
	}
	data := t.abi.PackSubmit(telemetryoracle.TelemetryOracleReport{AssetId: u256(assetID), Epoch: epoch}, signed)
	return t.send(ctx, s, what, data)
}

// PackSubmit returns the calldata of a submit, for callers that send it
// themselves (tests sending malformed reports straight to the contract).
func (t *Telemetry) PackSubmit(assetID, epoch uint64, obs []SignedObservation) []byte {
	signed := make([]telemetryoracle.TelemetryOracleSignedObservation, len(obs))
	for i, o := range obs {
		signed[i] = telemetryoracle.TelemetryOracleSignedObservation{Observation: o.binding(), Signature: o.Signature}
	}
	return t.abi.PackSubmit(telemetryoracle.TelemetryOracleReport{AssetId: u256(assetID), Epoch: epoch}, signed)
}

// Schedule reads the epoch length, genesis and maximum report age.
func (t *Telemetry) Schedule(ctx context.Context) (EpochSchedule, error) {
	var s EpochSchedule
	out, err := t.read(ctx, t.abi.PackEpochLength())
	if err != nil {
		return s, fmt.Errorf("read epoch length: %w", err)
	}
	length, err := t.abi.UnpackEpochLength(out)
	if err != nil {
		return s, fmt.Errorf("read epoch length: %w", err)
	}
	if out, err = t.read(ctx, t.abi.PackEpochGenesis()); err != nil {
		return s, fmt.Errorf("read epoch genesis: %w", err)
	}
	genesis, err := t.abi.UnpackEpochGenesis(out)
	if err != nil {
		return s, fmt.Errorf("read epoch genesis: %w", err)
	}
	if out, err = t.read(ctx, t.abi.PackMaxReportAge()); err != nil {
		return s, fmt.Errorf("read max report age: %w", err)
	}
	age, err := t.abi.UnpackMaxReportAge(out)
	if err != nil {
		return s, fmt.Errorf("read max report age: %w", err)
	}
	return EpochSchedule{
		Length:       time.Duration(length) * time.Second,
		Genesis:      unixTime(genesis),
		MaxReportAge: time.Duration(age) * time.Second,
	}, nil
}

// Epoch reads what is stored for asset assetID's epoch at the latest block.
func (t *Telemetry) Epoch(ctx context.Context, assetID, epoch uint64) (EpochRecord, error) {
	return t.EpochAt(ctx, assetID, epoch, nil)
}

// EpochAt reads what is stored for asset assetID's epoch at block (nil means the latest).
func (t *Telemetry) EpochAt(ctx context.Context, assetID, epoch uint64, block *big.Int) (EpochRecord, error) {
	out, err := t.call.CallContract(ctx, ethereum.CallMsg{To: &t.addr, Data: t.abi.PackEpochRecord(u256(assetID), epoch)}, block)
	if err != nil {
		return EpochRecord{}, fmt.Errorf("read epoch %d of asset %d: %w", epoch, assetID, err)
	}
	r, err := t.abi.UnpackEpochRecord(out)
	if err != nil {
		return EpochRecord{}, fmt.Errorf("read epoch %d of asset %d: %w", epoch, assetID, err)
	}
	rec := EpochRecord{AssetID: assetID, Epoch: epoch, Reported: r.ReportedAt != 0}
	if rec.Reported {
		rec.Median = Observation{UtilisationBps: r.UtilisationBps, AvailabilityBps: r.AvailabilityBps, EnergyWh: r.EnergyWh, AvgPowerW: r.AvgPowerW}
		rec.Observations = r.Observations
		rec.ReportedAt = unixTime(r.ReportedAt)
	}
	return rec, nil
}

// LastEpoch returns the newest (highest) epoch stored for asset assetID;
// ok is false when none is. Older epochs may still be unreported and
// reportable within their own windows: ask Epoch about a given one.
func (t *Telemetry) LastEpoch(ctx context.Context, assetID uint64) (epoch uint64, ok bool, err error) {
	out, err := t.read(ctx, t.abi.PackLastEpochOf(u256(assetID)))
	if err != nil {
		return 0, false, fmt.Errorf("last epoch of asset %d: %w", assetID, err)
	}
	r, err := t.abi.UnpackLastEpochOf(out)
	if err != nil {
		return 0, false, fmt.Errorf("last epoch of asset %d: %w", assetID, err)
	}
	return r.Epoch, r.Reported, nil
}

// Reporters returns the registered reporters of asset assetID.
func (t *Telemetry) Reporters(ctx context.Context, assetID uint64) ([]common.Address, error) {
	out, err := t.read(ctx, t.abi.PackReportersOf(u256(assetID)))
	if err != nil {
		return nil, fmt.Errorf("reporters of asset %d: %w", assetID, err)
	}
	return t.abi.UnpackReportersOf(out)
}

// Quorum returns how many observations a report of asset assetID needs
// now: its quorum, raised to the floor (MinQuorum) when that is higher; 0
// means none is set (no report is accepted).
func (t *Telemetry) Quorum(ctx context.Context, assetID uint64) (uint8, error) {
	out, err := t.read(ctx, t.abi.PackQuorumOf(u256(assetID)))
	if err != nil {
		return 0, fmt.Errorf("quorum of asset %d: %w", assetID, err)
	}
	return t.abi.UnpackQuorumOf(out)
}

// MinQuorum returns the quorum floor of every asset.
func (t *Telemetry) MinQuorum(ctx context.Context) (uint8, error) {
	out, err := t.read(ctx, t.abi.PackMinQuorum())
	if err != nil {
		return 0, fmt.Errorf("read min quorum: %w", err)
	}
	return t.abi.UnpackMinQuorum(out)
}

// HashObservation asks the contract for the digest of an observation; it
// equals TelemetryDomain.Digest, which needs no call.
func (t *Telemetry) HashObservation(ctx context.Context, assetID, epoch uint64, o Observation) (common.Hash, error) {
	out, err := t.read(ctx, t.abi.PackHashObservation(u256(assetID), epoch, o.binding()))
	if err != nil {
		return common.Hash{}, fmt.Errorf("hash observation: %w", err)
	}
	h, err := t.abi.UnpackHashObservation(out)
	if err != nil {
		return common.Hash{}, fmt.Errorf("hash observation: %w", err)
	}
	return common.Hash(h), nil
}

// EpochReportedTopic is the topic of EpochReported logs, to filter them.
func (t *Telemetry) EpochReportedTopic() common.Hash {
	return t.abi.GetABI().Events[telemetryoracle.TelemetryOracleEpochReportedEventName].ID
}

// ParseEpochReported decodes an EpochReported log of this contract.
func (t *Telemetry) ParseEpochReported(l *types.Log) (EpochReport, error) {
	if l.Address != t.addr {
		return EpochReport{}, fmt.Errorf("parse EpochReported: log of %s, not of the oracle %s", l.Address, t.addr)
	}
	ev, err := t.abi.UnpackEpochReportedEvent(l)
	if err != nil {
		return EpochReport{}, fmt.Errorf("parse EpochReported: %w", err)
	}
	r := EpochReport{
		AssetID: ev.AssetId.Uint64(), Epoch: ev.Epoch, Submitter: ev.Submitter,
		Reporters: ev.Reporters, Median: observationFrom(ev.Median), Log: l,
	}
	for _, o := range ev.Observations {
		r.Observations = append(r.Observations, observationFrom(o))
	}
	return r, nil
}

// EpochReportIn returns the EpochReported event of a receipt.
func (t *Telemetry) EpochReportIn(rcpt *types.Receipt) (EpochReport, error) {
	topic := t.EpochReportedTopic()
	for _, l := range rcpt.Logs {
		if l.Address == t.addr && len(l.Topics) > 0 && l.Topics[0] == topic {
			return t.ParseEpochReported(l)
		}
	}
	return EpochReport{}, fmt.Errorf("tx %s has no EpochReported event", rcpt.TxHash)
}

func (t *Telemetry) send(ctx context.Context, s Sender, what string, data []byte) (*types.Receipt, error) {
	rcpt, err := s.SendAndWait(ctx, &t.addr, data, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return rcpt, nil
}

func (t *Telemetry) read(ctx context.Context, data []byte) ([]byte, error) {
	return t.call.CallContract(ctx, ethereum.CallMsg{To: &t.addr, Data: data}, nil)
}

// word left-pads a non-negative integer to one 32-byte ABI word.
func word(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }
