package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuledger/gpuledger/contracts"
	"github.com/gpuledger/gpuledger/oracle"
)

// registration is what the oracle admin registers for an agent: its
// reporters for one asset and the quorum their reports need.
type registration struct {
	AssetID   uint64
	Reporters []common.Address
	Quorum    int    // 0 when the reporters cannot meet it
	NoQuorum  string // why there is no quorum to set
}

// newRegistration picks the quorum: quorum if given, else a majority of
// the reporters, never under the oracle's default floor
// (contracts.DefaultMinQuorum) when there are enough reporters for it.
func newRegistration(assetID uint64, reporters []common.Address, quorum int) registration {
	r := registration{AssetID: assetID, Reporters: reporters, Quorum: quorum}
	if quorum == 0 {
		r.Quorum = max(len(reporters)/2+1, contracts.DefaultMinQuorum)
	}
	if r.Quorum > len(reporters) {
		r.NoQuorum = fmt.Sprintf("%d reporter(s) cannot meet the quorum %d", len(reporters), r.Quorum)
		if quorum == 0 {
			r.NoQuorum = fmt.Sprintf("%d reporter(s) cannot meet the oracle's floor of %d (min_quorum)", len(reporters), contracts.DefaultMinQuorum)
		}
		r.Quorum = 0
	}
	return r
}

// printRegistration writes, for the oracle admin, the API requests that
// register the agent's reporters and set the quorum (POST
// /v1/assets/{id}/reporters, PUT /v1/assets/{id}/quorum), as curl
// commands with their JSON bodies, and the read that checks the result.
// It needs neither the chain nor a passphrase: the agent's operator sends
// this to the oracle admin, who alone may register reporters.
func printRegistration(w io.Writer, api string, r registration) {
	api = strings.TrimRight(api, "/")
	fmt.Fprintf(w, "# Reporters of asset %d: %d, quorum %s.\n", r.AssetID, len(r.Reporters), quorumText(r))
	fmt.Fprintln(w, "# To be run by the oracle admin (an API account of role oracle-admin, or the admin),")
	fmt.Fprintln(w, "# never by the asset's operator, with its API key in $ORACLE_ADMIN_KEY.")
	fmt.Fprintf(w, "API=%s\n", shellQuote(api))
	auth := `-H "Authorization: Bearer $ORACLE_ADMIN_KEY" -H 'Content-Type: application/json'`
	for _, a := range r.Reporters {
		body, _ := json.Marshal(map[string]string{"address": a.Hex()})
		fmt.Fprintf(w, "curl -fsS -X POST \"$API/v1/assets/%d/reporters\" %s -d '%s'\n", r.AssetID, auth, body)
	}
	if r.Quorum > 0 {
		body, _ := json.Marshal(map[string]int{"quorum": r.Quorum})
		fmt.Fprintf(w, "curl -fsS -X PUT \"$API/v1/assets/%d/quorum\" %s -d '%s'\n", r.AssetID, auth, body)
	} else {
		fmt.Fprintf(w, "# No quorum: %s; run more reporters.\n", r.NoQuorum)
	}
	fmt.Fprintf(w, "curl -fsS \"$API/v1/assets/%d/oracle\"   # reporters, quorum, missing epochs\n", r.AssetID)
}

func quorumText(r registration) string {
	if r.Quorum == 0 {
		return "none possible"
	}
	return fmt.Sprint(r.Quorum)
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// agentReporters returns the addresses the agent would report with: the
// keys of a keystore file or directory (read from the files, no
// passphrase needed), else the simulated reporters' dev keys.
func agentReporters(keystorePath string, reporters int, seed uint64) ([]common.Address, error) {
	if keystorePath == "" {
		out := make([]common.Address, reporters)
		for i := range out {
			out[i] = crypto.PubkeyToAddress(oracle.SimReporterKey(seed, i).PublicKey)
		}
		return out, nil
	}
	info, err := os.Stat(keystorePath)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", oracle.ErrKeystore, err)
	}
	files := []string{keystorePath}
	if info.IsDir() {
		entries, err := os.ReadDir(keystorePath)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", oracle.ErrKeystore, err)
		}
		files = files[:0]
		for _, e := range entries {
			if e.Type().IsRegular() && e.Name()[0] != '.' {
				files = append(files, filepath.Join(keystorePath, e.Name()))
			}
		}
		sort.Strings(files)
	}
	var out []common.Address
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", oracle.ErrKeystore, err)
		}
		var file struct {
			Address string `json:"address"`
		}
		if err := json.Unmarshal(b, &file); err != nil || !common.IsHexAddress(file.Address) {
			return nil, fmt.Errorf("%w: %s is not a keystore key file (no address in it)", oracle.ErrKeystore, f)
		}
		out = append(out, common.HexToAddress(file.Address))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no key files in %s", oracle.ErrKeystore, keystorePath)
	}
	return out, nil
}
