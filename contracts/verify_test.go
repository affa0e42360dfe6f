package contracts

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// TestArtifactsVerifiable checks, from the committed files alone (no
// compiler), that what a verifier needs is in out/ and fits the bytecode:
// for every contract, its metadata is the file whose IPFS hash solc put at
// the end of the bytecode (what Sourcify matches on), it names the contract
// as its compilation target and the compiler of out/VERSION, and each source
// it lists is in out/standard-input.json with the hash it records, under the
// same settings (what Etherscan compiles). TestBindingsUpToDate then holds
// that a fresh compile reproduces these files byte for byte.
func TestArtifactsVerifiable(t *testing.T) {
	version, err := os.ReadFile("out/VERSION")
	if err != nil {
		t.Fatal(err)
	}
	compiler := strings.TrimSuffix(strings.TrimPrefix(strings.SplitN(string(version), "\n", 2)[0], "solc "), ".Emscripten.clang")

	var input struct {
		Language string `json:"language"`
		Sources  map[string]struct {
			Content string `json:"content"`
		} `json:"sources"`
		Settings map[string]json.RawMessage `json:"settings"`
	}
	raw, err := os.ReadFile("out/standard-input.json")
	if err != nil {
		t.Fatalf("%v: run `make contracts`", err)
	}
	if err := json.Unmarshal(raw, &input); err != nil {
		t.Fatalf("standard-input.json: %v", err)
	}
	if input.Language != "Solidity" {
		t.Errorf("standard-input.json: language %q", input.Language)
	}

	bins, _ := filepath.Glob("out/*.bin")
	if len(bins) == 0 {
		t.Fatal("no artifacts in out/")
	}
	for _, bin := range bins {
		name := strings.TrimSuffix(filepath.Base(bin), ".bin")
		t.Run(name, func(t *testing.T) {
			code, err := hex.DecodeString(strings.TrimSpace(string(mustRead(t, bin))))
			if err != nil {
				t.Fatal(err)
			}
			meta := mustRead(t, strings.TrimSuffix(bin, ".bin")+".metadata.json")
			// solc appends CBOR {"ipfs": <multihash>, "solc": <version>}: the
			// sha2-256 multihash of the metadata file as IPFS stores it.
			want := append([]byte{0xa2, 0x64, 'i', 'p', 'f', 's', 0x58, 0x22}, ipfsMultihash(meta)...)
			if !bytes.Contains(code, want) {
				t.Errorf("the bytecode does not carry the IPFS hash of %s.metadata.json: the file is not what solc hashed", name)
			}

			var m struct {
				Compiler struct {
					Version string `json:"version"`
				} `json:"compiler"`
				Language string `json:"language"`
				Settings struct {
					CompilationTarget map[string]string `json:"compilationTarget"`
					EVMVersion        string            `json:"evmVersion"`
					ViaIR             bool              `json:"viaIR"`
					Optimizer         struct {
						Enabled bool `json:"enabled"`
						Runs    int  `json:"runs"`
					} `json:"optimizer"`
				} `json:"settings"`
				Sources map[string]struct {
					Keccak256 string `json:"keccak256"`
				} `json:"sources"`
			}
			if err := json.Unmarshal(meta, &m); err != nil {
				t.Fatal(err)
			}
			if m.Compiler.Version != compiler {
				t.Errorf("metadata compiler %q, out/VERSION %q", m.Compiler.Version, compiler)
			}
			targets := 0
			for file, contract := range m.Settings.CompilationTarget {
				targets++
				if contract != name || !strings.HasPrefix(file, "src/") {
					t.Errorf("compilation target %s:%s, want src/…:%s", file, contract, name)
				}
			}
			if targets != 1 {
				t.Errorf("%d compilation targets", targets)
			}
			var settings struct {
				EVMVersion string `json:"evmVersion"`
				ViaIR      bool   `json:"viaIR"`
				Optimizer  struct {
					Enabled bool `json:"enabled"`
					Runs    int  `json:"runs"`
				} `json:"optimizer"`
			}
			s, _ := json.Marshal(input.Settings)
			if err := json.Unmarshal(s, &settings); err != nil {
				t.Fatal(err)
			}
			if settings.EVMVersion != m.Settings.EVMVersion || settings.ViaIR != m.Settings.ViaIR ||
				settings.Optimizer != m.Settings.Optimizer {
				t.Errorf("standard-input.json settings %+v, metadata's %+v", settings, m.Settings)
			}
			for file, src := range m.Sources {
				in, ok := input.Sources[file]
				if !ok {
					t.Errorf("source %s is not in standard-input.json", file)
					continue
				}
				if got := crypto.Keccak256Hash([]byte(in.Content)).Hex(); got != src.Keccak256 {
					t.Errorf("source %s: standard-input.json's content hashes to %s, the metadata says %s", file, got, src.Keccak256)
				}
			}
		})
	}
}

// ipfsMultihash is the IPFS CIDv0 multihash of data added as one file of at
// most 256 KiB (one block): sha2-256 of the dag-pb node whose Data is the
// UnixFS message {Type: File, Data: data, filesize: len}, as solc computes
// it (libsolutil/IpfsHash.cpp).
func ipfsMultihash(data []byte) []byte {
	if len(data) > 256*1024 {
		panic("ipfsMultihash: more than one block")
	}
	unixfs := []byte{0x08, 0x02}
	if len(data) > 0 {
		unixfs = append(unixfs, 0x12)
		unixfs = binary.AppendUvarint(unixfs, uint64(len(data)))
		unixfs = append(unixfs, data...)
	}
	unixfs = append(unixfs, 0x18)
	unixfs = binary.AppendUvarint(unixfs, uint64(len(data)))
	node := append([]byte{0x0a}, binary.AppendUvarint(nil, uint64(len(unixfs)))...)
	node = append(node, unixfs...)
	sum := sha256.Sum256(node)
	return append([]byte{0x12, 0x20}, sum[:]...)
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
