// Command mutatesol plants a scripted set of mutations in the Solidity
// contracts, one at a time, and runs the contract tests against each: a
// mutant the tests do not kill is a hole in them. It is `make mutate`'s
// Solidity half (gremlins does the Go half); it is not part of `make test`.
//
// Each mutant is planted in a copy of the working tree under a temporary
// directory (the tree itself is never touched), recompiled with the pinned
// solc (contracts/compile.js), its bindings regenerated with abigen, and
// the contracts package tested. Usage, from the repository root:
//
//	go run ./tools/mutatesol [-run REGEXP] [-only NAME]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// mutant replaces one exact piece of one contract.
type mutant struct {
	name, file, from, to, means string
}

// mutants are the classic slips in money code: an operator swapped, a
// rounding flipped, a line dropped.
var mutants = []mutant{
	{"accrual-rounds-up", "LeaseMarket.sol",
		"return rate * uint256(t - start) / 3600;", "return (rate * uint256(t - start) + 3599) / 3600;",
		"a lease overcharged by up to one unit per settlement"},
	{"sla-credit-one-point-under", "LeaseMarket.sol",
		"reported && availability < s.slaAvailabilityBps", "reported && availability + 100 <= s.slaAvailabilityBps",
		"an epoch just under its SLA target earns no credit"},
	{"refund-not-recorded", "LeaseMarket.sol",
		"            s.refunded += uint96(refund);\n", "",
		"a refund paid but not booked: deposited != released + refunded + escrow"},
	{"platform-fee-from-reserve-rate", "RevenueDistributor.sol",
		"platformFee = uint80(uint256(gross) * v.platformFeeBps / BPS);", "platformFee = uint80(uint256(gross) * terms.reserveBps / BPS);",
		"the platform paid at the reserve's rate"},
	{"escrow-check-off-by-one", "RevenueDistributor.sol",
		"if (amount > held) revert EscrowExceeded(amount, held);", "if (amount > held + 1) revert EscrowExceeded(amount, held);",
		"one unit more than the escrow holds may leave it"},
	{"dust-dropped", "RevenueDistributor.sol",
		"uint256 total = uint256(holders) * ACC_SCALE + t.dust;", "uint256 total = uint256(holders) * ACC_SCALE;",
		"the holders' rounding remainder is lost instead of carried"},
}

func main() {
	run := flag.String("run", "", "go test -run pattern for the contracts package (default: every test but the drift and gas ones)")
	only := flag.String("only", "", "plant only the mutant with this name")
	flag.Parse()
	if err := mutate(*run, *only); err != nil {
		fmt.Fprintln(os.Stderr, "mutatesol:", err)
		os.Exit(1)
	}
}

func mutate(run, only string) error {
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(root, "contracts", "node_modules")); err != nil {
		return fmt.Errorf("contracts/node_modules missing: run `cd contracts && npm ci` first")
	}
	killed, total := 0, 0
	var survivors []string
	for _, m := range mutants {
		if only != "" && m.name != only {
			continue
		}
		total++
		start := time.Now()
		dead, out, err := try(root, m, run)
		if err != nil {
			return fmt.Errorf("%s: %w\n%s", m.name, err, out)
		}
		verdict := "LIVED"
		if dead {
			verdict, killed = "KILLED", killed+1
		} else {
			survivors = append(survivors, m.name+": "+m.means)
		}
		fmt.Printf("%-7s %-32s %s (%s)\n", verdict, m.name, m.means, time.Since(start).Round(time.Second))
	}
	fmt.Printf("\nSolidity mutation score: %d of %d killed\n", killed, total)
	for _, s := range survivors {
		fmt.Println("survivor:", s)
	}
	return nil
}

// try plants m in a copy of the tree and reports whether the tests failed.
func try(root string, m mutant, run string) (killed bool, output string, err error) {
	dir, err := os.MkdirTemp("", "mutatesol-"+m.name+"-")
	if err != nil {
		return false, "", err
	}
	defer os.RemoveAll(dir)
	// The tree without .git, data or node_modules (linked instead).
	if out, err := sh(root, "tar", "--exclude=./.git", "--exclude=./data", "--exclude=./contracts/node_modules", "--exclude=./bin",
		"-cf", filepath.Join(dir, "tree.tar"), "."); err != nil {
		return false, out, err
	}
	if out, err := sh(dir, "tar", "-xf", "tree.tar"); err != nil {
		return false, out, err
	}
	if err := os.Symlink(filepath.Join(root, "contracts", "node_modules"), filepath.Join(dir, "contracts", "node_modules")); err != nil {
		return false, "", err
	}
	src := filepath.Join(dir, "contracts", "src", m.file)
	b, err := os.ReadFile(src)
	if err != nil {
		return false, "", err
	}
	if strings.Count(string(b), m.from) != 1 {
		return false, "", fmt.Errorf("%s: the text to mutate is not there exactly once (the contract changed: update the mutant)", m.file)
	}
	if err := os.WriteFile(src, []byte(strings.Replace(string(b), m.from, m.to, 1)), 0o644); err != nil {
		return false, "", err
	}
	// Recompile and rebind; a mutant that does not compile is a bad mutant.
	if out, err := sh(dir, "make", "bindings"); err != nil {
		return false, out, fmt.Errorf("the mutant does not build: %w", err)
	}
	args := []string{"test", "-count=1", "-timeout", "15m", "./contracts/"}
	if run != "" {
		args = append(args, "-run", run)
	} else {
		args = append(args, "-skip", "TestBindingsUpToDate|Gas")
	}
	out, err := sh(dir, "go", args...)
	if err == nil {
		return false, out, nil
	}
	if _, ok := err.(*exec.ExitError); ok {
		return true, out, nil // the tests failed: killed
	}
	return false, out, err
}

func sh(dir, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	b, err := cmd.CombinedOutput()
	return string(b), err
}
