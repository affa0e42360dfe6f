package contracts

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ManifestFile is the manifest's file name inside a data dir.
const ManifestFile = "manifest.json"

// Manifest records one deployment of the contract set on one chain. It is
// written once, after every contract is deployed, and read on every start.
type Manifest struct {
	// Version is the contract set's Version at deploy time.
	Version string `json:"version"`
	// ChainID is the chain's EIP-155 id, as a decimal string.
	ChainID string `json:"chain_id"`
	// DeployBlock is the first block holding any of the contracts: indexers
	// and auditors scan logs from here.
	DeployBlock uint64 `json:"deploy_block"`
	// Deployer is the account that deployed the contracts and holds their admin roles.
	Deployer common.Address `json:"deployer"`
	// Contracts maps a contract name (e.g. "GPUAsset") to where it lives.
	Contracts map[string]Deployment `json:"contracts"`
}

// Deployment is one contract of a Manifest.
type Deployment struct {
	Address common.Address `json:"address"`
	TxHash  common.Hash    `json:"tx_hash"`
	Block   uint64         `json:"block"`
	// BuildHash is keccak256 of the creation bytecode, identifying the build
	// of the Solidity source this binary carries.
	BuildHash common.Hash `json:"build_hash"`
	// CodeHash is keccak256 of the runtime code read back after deployment.
	CodeHash common.Hash `json:"code_hash"`
	// External marks a contract gpuledger did not deploy (a configured
	// stablecoin); BuildHash, TxHash and Block are then zero.
	External bool `json:"external,omitempty"`
}

// Address returns the address of the named contract, or the zero address.
func (m *Manifest) Address(name string) common.Address {
	return m.Contracts[name].Address
}

// LoadManifest reads a manifest file. It returns an error wrapping
// os.ErrNotExist when there is none, so callers can tell a first start.
func LoadManifest(path string) (*Manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("parse manifest %s: %w", path, err)
	}
	return &m, nil
}

// Save writes the manifest atomically (temporary file, fsync, rename), so
// that a crash leaves either the old manifest or the new one, never half.
func (m *Manifest) Save(path string) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode manifest: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".manifest-*")
	if err != nil {
		return fmt.Errorf("save manifest: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("save manifest: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("save manifest: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save manifest: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save manifest: %w", err)
	}
	return nil
}

// Verify checks that the manifest belongs to this chain and this build and
// that every contract's code is still at its address. It returns
// ErrWrongChain, ErrStaleBuild or ErrCodeMissing (wrapped) when not.
func (m *Manifest) Verify(ctx context.Context, code CodeReader, chainID *big.Int) error {
	if m.ChainID != chainID.String() {
		return fmt.Errorf("manifest is for chain %s, connected to chain %s: %w", m.ChainID, chainID, ErrWrongChain)
	}
	for _, c := range contractSet {
		d, ok := m.Contracts[c.name]
		if !ok {
			return fmt.Errorf("manifest has no %s: %w", c.name, ErrStaleBuild)
		}
		external := d.External && c.name == StablecoinName // only the token may come from elsewhere
		if !external && d.BuildHash != crypto.Keccak256Hash(c.bytecode()) {
			return fmt.Errorf("%s at %s was deployed from another build of the contracts: %w", c.name, d.Address, ErrStaleBuild)
		}
		runtime, err := code.CodeAt(ctx, d.Address, nil)
		if err != nil {
			return fmt.Errorf("read code of %s at %s: %w", c.name, d.Address, err)
		}
		if len(runtime) == 0 || crypto.Keccak256Hash(runtime) != d.CodeHash {
			return fmt.Errorf("%s at %s: %w", c.name, d.Address, ErrCodeMissing)
		}
	}
	return nil
}

// Errors of manifest verification.
var (
	// ErrWrongChain is returned when a manifest names another chain id.
	ErrWrongChain = errors.New("manifest belongs to another chain")
	// ErrStaleBuild is returned when the deployed contracts come from a
	// different build of the Solidity sources than this binary carries.
	ErrStaleBuild = errors.New("contracts changed since deployment; deploy afresh in a new data dir")
	// ErrCodeMissing is returned when a manifest's address holds no code or other code.
	ErrCodeMissing = errors.New("contract code not found at its manifest address")
)
