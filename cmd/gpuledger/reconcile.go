package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/gpuledger/gpuledger/ledger"
)

// errDifferences makes reconcile exit non-zero after listing them.
var errDifferences = errors.New("the ledger differs from the chain")

// runReconcile brings the ledger mirror up to the chain head, compares
// every mirrored balance with the chain and lists each difference.
func runReconcile(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("reconcile")
	lf := addLedgerFlags(fs)
	noSync := fs.Bool("no-sync", false, "compare the ledger as it is, without indexing new blocks first")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	c, m, err := openLedgerChain(ctx, *lf.data, *lf.rpc)
	if err != nil {
		return err
	}
	defer c.Close()
	path := filepath.Join(*lf.data, ledger.FileName)
	st, err := ledger.Open(path, &ledger.Options{ReadOnly: *noSync})
	if err != nil {
		if errors.Is(err, ledger.ErrLocked) {
			return fmt.Errorf("%w (stop gpuledger serve, or use GET /v1/reconcile)", err)
		}
		return err
	}
	defer st.Close()
	var rep *ledger.Report
	if *noSync {
		rep, err = ledger.Reconcile(ctx, st, c.Client(), m)
	} else {
		ix, ierr := ledger.NewIndexer(st, c.Client(), m, ledger.IndexerConfig{Confirmations: *lf.confirmations})
		if ierr != nil {
			if errors.Is(ierr, ledger.ErrNeedsReindex) || errors.Is(ierr, ledger.ErrOtherDeployment) {
				return fmt.Errorf("%w: run gpuledger reindex", ierr)
			}
			return ierr
		}
		if err := ix.CatchUp(ctx); err != nil {
			return err
		}
		rep, err = ix.Reconcile(ctx)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		for _, d := range rep.Differences {
			fmt.Fprintln(stdout, d)
		}
		for _, d := range rep.Surplus {
			fmt.Fprintf(stdout, "note: %s (sent straight to the contract; not a difference)\n", d)
		}
		fmt.Fprintf(stdout, "block %d %s: %d figures compared, %d differences\n",
			rep.Block, rep.BlockHash.Hex(), rep.Checked, len(rep.Differences))
	}
	if !rep.OK {
		return fmt.Errorf("%w: %d differences at block %d", errDifferences, len(rep.Differences), rep.Block)
	}
	return nil
}
