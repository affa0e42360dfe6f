// Package contracts holds gpuledger's Solidity contracts as Go sees them:
// the generated bindings (subpackage bindings, from src/ through compile.js
// and abigen), the deployment of a full contract set with its manifest, and
// typed clients that validate input before any transaction is sent.
//
// The package talks to a chain only through the small interfaces in
// backend.go, which the chain package's Transactor and clients satisfy, so
// that it never depends on how transactions are signed or sealed.
//
// Regenerate with `make contracts bindings`; TestBindingsUpToDate fails when
// the committed artifacts or bindings drift from the sources.
package contracts
