package oracle

import (
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuledger/gpuledger/contracts"
)

// Signer signs a reporter's observations. The key never leaves it: callers
// get signatures, never key material. Implementations are safe for
// concurrent use.
type Signer interface {
	// Address is the reporter's address, as registered with the oracle.
	Address() common.Address
	// Sign signs observation o of asset assetID's epoch for the oracle of
	// domain d (EIP-712): the signature is valid for that chain, contract,
	// asset and epoch only.
	Sign(d contracts.TelemetryDomain, assetID, epoch uint64, o contracts.Observation) (contracts.SignedObservation, error)
}

// KeySigner is a Signer holding one secp256k1 key in memory. Its String
// and GoString print the address only, so a logged signer leaks nothing.
type KeySigner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// NewKeySigner returns a signer with key (kept, not copied: do not reuse it).
func NewKeySigner(key *ecdsa.PrivateKey) *KeySigner {
	return &KeySigner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// OpenKeystore decrypts a go-ethereum keystore file (Web3 Secret Storage,
// as written by `geth account new` or accounts/keystore) with passphrase.
// A wrong passphrase or unreadable file returns ErrKeystore (wrapped).
func OpenKeystore(path, passphrase string) (*KeySigner, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: read %s: %v", ErrKeystore, path, err)
	}
	k, err := keystore.DecryptKey(blob, passphrase)
	if err != nil {
		return nil, fmt.Errorf("%w: decrypt %s: %v", ErrKeystore, path, err)
	}
	return NewKeySigner(k.PrivateKey), nil
}

// OpenKeystores opens path: one keystore file, or every regular file of a
// directory (sorted by name, hidden files skipped), all with passphrase.
func OpenKeystores(path, passphrase string) ([]*KeySigner, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrKeystore, err)
	}
	if !info.IsDir() {
		s, err := OpenKeystore(path, passphrase)
		if err != nil {
			return nil, err
		}
		return []*KeySigner{s}, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrKeystore, err)
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && e.Name()[0] != '.' {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var out []*KeySigner
	for _, n := range names {
		s, err := OpenKeystore(filepath.Join(path, n), passphrase)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no key files in %s", ErrKeystore, path)
	}
	return out, nil
}

// Address returns the reporter's address.
func (k *KeySigner) Address() common.Address { return k.addr }

// Key returns the private key, for sending transactions from the
// reporter's account (its own Transactor). Do not log it.
func (k *KeySigner) Key() *ecdsa.PrivateKey { return k.key }

// Sign signs o with EIP-712 (65 bytes, v = 27 or 28, low s).
func (k *KeySigner) Sign(d contracts.TelemetryDomain, assetID, epoch uint64, o contracts.Observation) (contracts.SignedObservation, error) {
	digest := d.Digest(assetID, epoch, o)
	sig, err := crypto.Sign(digest[:], k.key)
	if err != nil {
		return contracts.SignedObservation{}, fmt.Errorf("sign observation of asset %d epoch %d: %w", assetID, epoch, err)
	}
	sig[64] += 27
	return contracts.SignedObservation{Observation: o, Signature: sig}, nil
}

// String prints the address only.
func (k *KeySigner) String() string { return "reporter " + k.addr.Hex() }

// GoString prints the address only, for %#v.
func (k *KeySigner) GoString() string { return "oracle.KeySigner{" + k.addr.Hex() + "}" }

// Expect describes the report an observation must belong to.
type Expect struct {
	Domain  contracts.TelemetryDomain
	AssetID uint64
	Epoch   uint64
	// RatedPowerW is the asset's rated power; 0 skips the power and energy
	// checks (they need it).
	RatedPowerW uint32
	// EpochLength is the oracle's epoch length.
	EpochLength time.Duration
}

// Verify checks an observation received from anyone, treating it as
// hostile, with the contract's rules: a well-formed signature of this
// domain, asset and epoch (65 bytes, v 27/28, low s), and values within
// bounds, power and energy tolerances. It returns the signer's address; it
// does not know whether that address is a registered reporter. Every
// failure wraps ErrInvalidSignedObservation.
func Verify(x Expect, so contracts.SignedObservation) (common.Address, error) {
	addr, err := x.Domain.Recover(x.AssetID, x.Epoch, so)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrInvalidSignedObservation, err)
	}
	check := so.Observation.Validate()
	if x.RatedPowerW > 0 {
		check = so.Observation.Check(x.RatedPowerW, x.EpochLength)
	}
	if check != nil {
		return addr, fmt.Errorf("%w: from %s: %v", ErrInvalidSignedObservation, addr, check)
	}
	return addr, nil
}
