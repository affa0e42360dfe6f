package ledger

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"

	"github.com/gpuledger/gpuledger/contracts"
)

// OpenMirror opens the ledger of a data dir (dataDir/ledger.db, created if
// missing) and binds an Indexer to it, for `gpuledger serve`:
//
//	ix, err := ledger.OpenMirror(ctx, dataDir, svc.Chain.Client(), svc.Manifest, ledger.IndexerConfig{})
//	defer ix.Store().Close()
//	go ix.Run(ctx, time.Second)
//	// /readyz: lag, ok := ix.Lag(); ready when ok && lag <= threshold
//
// A file that cannot serve this deployment - another schema version
// (ErrSchema), another handler set (ErrNeedsReindex) or another deployment
// (ErrOtherDeployment, e.g. after a fresh deploy in the same data dir) - is
// rebuilt from the chain first (Reindex), since the mirror holds nothing
// the chain does not. ctx bounds that rebuild only. Another process holding
// the file is an error (ErrLocked). The caller closes ix.Store().
func OpenMirror(ctx context.Context, dataDir string, src Source, m *contracts.Manifest, cfg IndexerConfig) (*Indexer, error) {
	path := filepath.Join(dataDir, FileName)
	ix, err := openIndexer(path, src, m, cfg)
	if err == nil || !(errors.Is(err, ErrSchema) || errors.Is(err, ErrNeedsReindex) || errors.Is(err, ErrOtherDeployment)) {
		return ix, err
	}
	lg := cfg.Logger
	if lg == nil {
		lg = slog.Default()
	}
	lg.Warn("rebuilding the ledger from the chain", "component", "ledger", "path", path, "reason", err)
	if _, err := Reindex(ctx, path, src, m, cfg); err != nil {
		return nil, err
	}
	return openIndexer(path, src, m, cfg)
}

func openIndexer(path string, src Source, m *contracts.Manifest, cfg IndexerConfig) (*Indexer, error) {
	st, err := Open(path, nil)
	if err != nil {
		return nil, err
	}
	ix, err := NewIndexer(st, src, m, cfg)
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("open ledger: %w", err)
	}
	return ix, nil
}
