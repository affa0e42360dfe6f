#!/usr/bin/env node
// compile.js compiles every Solidity source under src/ with the pinned solcjs
// (package.json) through solc's standard JSON interface and writes:
//
//   out/<Contract>.abi            the contract's ABI (JSON)
//   out/<Contract>.bin            its creation bytecode (hex)
//   out/<Contract>.metadata.json  solc's metadata of the contract, byte for byte as
//                                 solc wrote it: the IPFS hash at the end of the
//                                 bytecode is the hash of this file
//   out/standard-input.json       the exact standard JSON input compiled: every
//                                 source (ours and OpenZeppelin's) with its content,
//                                 and the settings
//   out/VERSION                   the compiler version and settings used
//
// abigen turns each .abi/.bin pair into bindings/<contract>.go (make bindings).
// standard-input.json and the metadata are what Etherscan ("Solidity (Standard
// JSON Input)", contract "src/GPUAsset.sol:GPUAsset", compiler v0.8.37+commit.f401782d)
// and Sourcify (metadata + sources, or the standard JSON input) need to verify
// the deployed bytecode (docs/verify.md).
//
// The imports are resolved first (parse only) into one self-contained input,
// then that input is compiled without an import callback: what is written is
// exactly what produced the bytecode.
//
// Output is deterministic (sorted keys, fixed settings), so a recompile of
// unchanged sources reproduces the committed files byte for byte; CI relies on
// that to detect drift. Imports resolve against node_modules only: the compiler
// never reaches the network.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = __dirname;
const srcDir = path.join(root, 'src');
// `node compile.js --out DIR` writes elsewhere; the drift test compiles into a
// temporary directory and compares it with the committed out/.
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'out');

// Settings are part of the build's identity: changing them changes bytecode,
// and the drift check will say so.
const settings = {
  optimizer: { enabled: true, runs: 200 },
  viaIR: true,
  // cancun: supported by geth --dev, the simulated chain and every major L2;
  // it gives transient storage for the reentrancy guards.
  evmVersion: 'cancun',
  // Output selection changes no bytecode (it is not part of the metadata).
  outputSelection: {
    '*': { '*': ['abi', 'evm.bytecode.object', 'evm.methodIdentifiers', 'metadata'] },
  },
};

function listSources(dir, prefix) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listSources(path.join(dir, entry.name), rel));
    else if (entry.name.endsWith('.sol')) files.push(rel);
  }
  return files;
}

// readImport reads an imported source unit from node_modules (OpenZeppelin)
// or the contracts directory, or returns null.
function readImport(importPath) {
  const candidates = [path.join(root, 'node_modules', importPath), path.join(root, importPath)];
  for (const file of candidates) {
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  }
  return null;
}

// resolveImports adds to sources every unit they import, transitively:
// each round parses the units added by the previous one (parsing only,
// milliseconds) and reads the absolute paths of their imports.
function resolveImports(sources) {
  let pending = Object.keys(sources);
  while (pending.length > 0) {
    const batch = {};
    for (const name of pending) batch[name] = sources[name];
    const input = { language: 'Solidity', sources: batch, settings: { stopAfter: 'parsing', outputSelection: { '*': { '': ['ast'] } } } };
    const output = JSON.parse(solc.compile(JSON.stringify(input)));
    const errors = (output.errors || []).filter((e) => e.severity === 'error');
    if (errors.length > 0) {
      for (const e of errors) process.stderr.write(`${e.formattedMessage}\n`);
      process.stderr.write(`compile: ${errors.length} parse error(s)\n`);
      process.exit(1);
    }
    const next = new Set();
    for (const name of Object.keys(output.sources).sort()) {
      for (const node of output.sources[name].ast.nodes) {
        if (node.nodeType !== 'ImportDirective' || sources[node.absolutePath]) continue;
        const content = readImport(node.absolutePath);
        if (content === null) {
          process.stderr.write(`compile: ${name} imports ${node.absolutePath}, not found under node_modules (run npm ci)\n`);
          process.exit(1);
        }
        sources[node.absolutePath] = { content };
        next.add(node.absolutePath);
      }
    }
    pending = [...next];
  }
  return sources;
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.keys(value).sort().reduce((acc, k) => { acc[k] = sortKeys(value[k]); return acc; }, {});
  }
  return value;
}

function main() {
  const sources = {};
  for (const rel of listSources(srcDir, '')) {
    sources[`src/${rel}`] = { content: fs.readFileSync(path.join(srcDir, rel), 'utf8') };
  }
  const input = sortKeys({ language: 'Solidity', sources: resolveImports(sources), settings });
  const inputJSON = JSON.stringify(input);
  // No import callback: the input must be self-contained, as a verifier gets it.
  const output = JSON.parse(solc.compile(inputJSON));

  const problems = (output.errors || []).filter((e) => e.severity === 'error');
  // Warnings about our own sources are shown; OpenZeppelin's are its own business.
  for (const e of output.errors || []) {
    const file = e.sourceLocation ? e.sourceLocation.file : '';
    if (e.severity === 'error' || file.startsWith('src/')) process.stderr.write(`${e.formattedMessage}\n`);
  }
  if (problems.length > 0) {
    process.stderr.write(`compile: ${problems.length} error(s)\n`);
    process.exit(1);
  }

  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  let count = 0;
  for (const file of Object.keys(output.contracts).sort()) {
    if (!file.startsWith('src/')) continue; // only our sources get artifacts and bindings
    for (const name of Object.keys(output.contracts[file]).sort()) {
      const c = output.contracts[file][name];
      if (!c.evm.bytecode.object) continue; // interfaces and abstract contracts
      fs.writeFileSync(path.join(outDir, `${name}.abi`), `${JSON.stringify(c.abi)}\n`);
      fs.writeFileSync(path.join(outDir, `${name}.bin`), `${c.evm.bytecode.object}\n`);
      // As solc wrote it, no newline added: its hash is in the bytecode.
      fs.writeFileSync(path.join(outDir, `${name}.metadata.json`), c.metadata);
      count++;
    }
  }
  fs.writeFileSync(path.join(outDir, 'standard-input.json'), `${inputJSON}\n`);
  fs.writeFileSync(path.join(outDir, 'VERSION'), `solc ${solc.version()}\n${JSON.stringify(sortKeys(settings))}\n`);
  process.stdout.write(`compiled ${count} contract(s) with solc ${solc.version()} into ${path.relative(process.cwd(), outDir) || '.'}\n`);
}

main();
