package oracle

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuledger/gpuledger/contracts"
)

// writeKeystore writes a keystore file (light scrypt, for speed) and
// returns its path and address.
func writeKeystore(t *testing.T, dir, pass string) (string, common.Address) {
	t.Helper()
	acct, err := keystore.StoreKey(dir, pass, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	return acct.URL.Path, acct.Address
}

func TestKeystoreSigner(t *testing.T) {
	dir := t.TempDir()
	path, addr := writeKeystore(t, dir, "correct horse")
	s, err := OpenKeystore(path, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if s.Address() != addr {
		t.Fatalf("address %s, want %s", s.Address(), addr)
	}
	if _, err := OpenKeystore(path, "wrong"); !errors.Is(err, ErrKeystore) {
		t.Errorf("wrong passphrase: %v", err)
	}
	if _, err := OpenKeystore(filepath.Join(dir, "missing"), "x"); !errors.Is(err, ErrKeystore) {
		t.Errorf("missing file: %v", err)
	}
	// Printing the signer, however, shows the address and never the key.
	keyHex := common.Bytes2Hex(crypto.FromECDSA(s.Key()))
	for _, f := range []string{"%v", "%+v", "%#v", "%s"} {
		if out := fmt.Sprintf(f, s); strings.Contains(out, keyHex) || !strings.Contains(out, addr.Hex()) {
			t.Errorf("%s prints %q", f, out)
		}
	}
	// A directory: every key file, sorted by name.
	writeKeystore(t, dir, "correct horse")
	all, err := OpenKeystores(dir, "correct horse")
	if err != nil || len(all) != 2 {
		t.Fatalf("open directory: %d signers, %v", len(all), err)
	}
	if _, err := OpenKeystores(t.TempDir(), "x"); !errors.Is(err, ErrKeystore) {
		t.Errorf("empty directory: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "junk"), []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenKeystores(dir, "correct horse"); !errors.Is(err, ErrKeystore) {
		t.Errorf("directory with a bad file: %v", err)
	}
}

func TestSignVerify(t *testing.T) {
	s := NewKeySigner(SimReporterKey(3, 0))
	d := contracts.TelemetryDomain{ChainID: big.NewInt(1337), Contract: common.HexToAddress("0xabcd")}
	x := Expect{Domain: d, AssetID: 4, Epoch: 490_000, RatedPowerW: 10_200, EpochLength: time.Hour}
	o := contracts.Observation{UtilisationBps: 6100, AvailabilityBps: 9990, EnergyWh: 5000, AvgPowerW: 5000}
	so, err := s.Sign(d, x.AssetID, x.Epoch, o)
	if err != nil {
		t.Fatal(err)
	}
	if addr, err := Verify(x, so); err != nil || addr != s.Address() {
		t.Fatalf("verify own signature: %s %v", addr, err)
	}
	tamper := func(f func(*contracts.SignedObservation)) contracts.SignedObservation {
		c := so
		c.Signature = append([]byte(nil), so.Signature...)
		f(&c)
		return c
	}
	for name, bad := range map[string]contracts.SignedObservation{
		"truncated signature": tamper(func(c *contracts.SignedObservation) { c.Signature = c.Signature[:10] }),
		"no signature":        tamper(func(c *contracts.SignedObservation) { c.Signature = nil }),
		"bad v":               tamper(func(c *contracts.SignedObservation) { c.Signature[64] = 5 }),
		"zero r":              tamper(func(c *contracts.SignedObservation) { copy(c.Signature[:32], make([]byte, 32)) }),
	} {
		if _, err := Verify(x, bad); !errors.Is(err, ErrInvalidSignedObservation) {
			t.Errorf("%s: %v", name, err)
		}
	}
	// Values the contract refuses, validly signed: refused too.
	for name, v := range map[string]contracts.Observation{
		"utilisation over 100%": {UtilisationBps: 10001},
		"power over rated":      {AvgPowerW: 11_221, EnergyWh: 11_221},
		"energy inconsistent":   {AvgPowerW: 5000, EnergyWh: 9000},
	} {
		bad, _ := s.Sign(d, x.AssetID, x.Epoch, v)
		if addr, err := Verify(x, bad); !errors.Is(err, ErrInvalidSignedObservation) || addr != s.Address() {
			t.Errorf("%s: %s %v", name, addr, err)
		}
	}
	// Another epoch, asset, chain or contract: recovers someone else.
	for name, other := range map[string]Expect{
		"epoch":    {Domain: d, AssetID: 4, Epoch: 490_001},
		"asset":    {Domain: d, AssetID: 5, Epoch: 490_000},
		"chain":    {Domain: contracts.TelemetryDomain{ChainID: big.NewInt(1), Contract: d.Contract}, AssetID: 4, Epoch: 490_000},
		"contract": {Domain: contracts.TelemetryDomain{ChainID: d.ChainID, Contract: common.HexToAddress("0x1")}, AssetID: 4, Epoch: 490_000},
	} {
		if addr, err := Verify(other, so); err == nil && addr == s.Address() {
			t.Errorf("signature valid for another %s", name)
		}
	}
}
