package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
)

// runKeys manages reporter keys: go-ethereum keystore files, the format
// `gpuledger oracle --keystore` reads (and `geth account new` writes), so a
// GPU host needs no geth to get one.
//
//	gpuledger keys new --keystore DIR [--passphrase-file F]
//	gpuledger keys show FILE
func runKeys(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: keys needs a subcommand: new or show", errUsage)
	}
	switch args[0] {
	case "new":
		return runKeysNew(args[1:], stdout)
	case "show":
		return runKeysShow(args[1:], stdout)
	}
	return fmt.Errorf("%w: unknown keys subcommand %q (new, show)", errUsage, args[0])
}

func runKeysNew(args []string, stdout io.Writer) error {
	fs := newFlagSet("keys new")
	dir := fs.String("keystore", "", "directory to write the new key file into (created 0700 if missing)")
	passFile := fs.String("passphrase-file", "", "file holding the passphrase that encrypts the key (default: $"+passphraseEnv+")")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *dir == "" {
		return fmt.Errorf("%w: --keystore DIR is required", errUsage)
	}
	pass, err := readPassphrase(*passFile)
	if err != nil {
		return err
	}
	if pass == "" {
		return fmt.Errorf("%w: refusing an empty passphrase", errUsage)
	}
	// Standard scrypt parameters, as geth: about a second and 256 MiB to
	// open, which is what makes a stolen key file expensive to crack.
	acct, err := keystore.StoreKey(*dir, pass, keystore.StandardScryptN, keystore.StandardScryptP)
	if err != nil {
		return fmt.Errorf("new key in %s: %w", *dir, err)
	}
	fmt.Fprintf(stdout, "address %s\nkey file %s\n", acct.Address.Hex(), acct.URL.Path)
	return nil
}

func runKeysShow(args []string, stdout io.Writer) error {
	if len(args) != 1 || args[0] == "-h" || args[0] == "--help" {
		return fmt.Errorf("%w: keys show FILE", errUsage)
	}
	b, err := os.ReadFile(args[0])
	if err != nil {
		return fmt.Errorf("read key file: %w", err)
	}
	var file struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(b, &file); err != nil || !common.IsHexAddress(file.Address) {
		return fmt.Errorf("%s is not a keystore key file (no address in it)", args[0])
	}
	fmt.Fprintln(stdout, common.HexToAddress(file.Address).Hex())
	return nil
}
