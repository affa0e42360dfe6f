// app.js: the dashboard's shell: hash routes (#/fleet, #/asset/1,
// #/renter, #/holder, #/auditor), sign-in, and the block line. Each page
// module exports a function (ctx) => Promise<Node>; when it resolves the
// page is marked ready (main[data-ready]) for people and tests alike.

import {h, clear} from './dom.js';
import {session, get, resetBlocks, pageBlocks} from './api.js';
import fleet from './pages/fleet.js';
import asset from './pages/asset.js';
import renter from './pages/renter.js';
import holder from './pages/holder.js';
import auditor from './pages/auditor.js';

const pages = {fleet, asset, renter, holder, auditor};
let config = {explorer_tx_url: ''};
let me = null; // the signed-in principal, from /v1/whoami
let renderSeq = 0;

async function whoami() {
  me = null;
  if (!session.key()) return;
  try { me = await get('/v1/whoami'); } catch (e) {
    if (e.status === 401) session.clear();
  }
}

function showSession() {
  const signedIn = !!me;
  document.getElementById('apikey').hidden = signedIn;
  document.getElementById('signin-btn').hidden = signedIn;
  document.getElementById('signout-btn').hidden = !signedIn;
  document.getElementById('who').textContent = signedIn ? `${me.name} (${me.role}) ${me.address}` : '';
}

export async function render() {
  const seq = ++renderSeq;
  const [name, ...args] = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const page = pages[name] ? name : 'fleet';
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.dataset.page === page);
  const app = document.getElementById('app');
  app.removeAttribute('data-ready');
  resetBlocks();
  let node;
  try {
    node = await pages[page]({args: args.map(decodeURIComponent), me, config, rerender: render});
  } catch (e) {
    node = h('div', {class: 'error'}, `Could not load this page: ${e.message}`);
  }
  if (seq !== renderSeq) return; // another route started meanwhile
  clear(app);
  app.append(node);
  const bs = pageBlocks();
  const lo = Math.min(...bs), hi = Math.max(...bs);
  const line = document.getElementById('block');
  line.dataset.block = bs.length ? String(hi) : '';
  line.textContent = !bs.length ? 'block: –' : lo === hi ? `figures as of block ${hi}` : `figures as of blocks ${lo}–${hi}`;
  app.dataset.ready = page;
  performance.mark('gpuledger:ready', {detail: page});
}

async function start() {
  // The configuration and who is signed in load together.
  const signedIn = whoami();
  try { config = await get('/ui/config.json', {auth: false}); } catch { /* defaults */ }
  document.getElementById('signin').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const input = document.getElementById('apikey');
    const k = input.value.trim();
    if (!k) return;
    session.set(k);
    input.value = '';
    await whoami();
    if (!me) alert('That API key is not known to this server.');
    showSession();
    render();
  });
  document.getElementById('signout-btn').addEventListener('click', () => {
    session.clear();
    me = null;
    showSession();
    render();
  });
  window.addEventListener('hashchange', render);
  await signedIn;
  showSession();
  render();
}

start();
