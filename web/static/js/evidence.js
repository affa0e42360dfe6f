// evidence.js: a figure and the transactions it came from. With an
// explorer configured (serve --explorer-tx-url) each hash links there;
// without one the hashes are shown as text to look up on any node.

import {h} from './dom.js';

export function txRef(config, hash) {
  const text = hash.slice(0, 10) + '…' + hash.slice(-6);
  if (config.explorer_tx_url) {
    return h('a', {class: 'tx', href: config.explorer_tx_url + hash, target: '_blank', rel: 'noopener noreferrer', title: hash}, text);
  }
  return h('span', {class: 'tx', title: hash}, hash);
}

// evidence shows a figure's evidence count, and its transactions on demand:
// the list is built when it is first opened, since a figure of a busy asset
// cites one event per lease (ten thousand rows for each of a dozen figures
// would cost the page far more than it shows). A figure that came without
// its evidence (asked with evidence=false) has load, which answers the
// figure with it, called when the list is first opened.
export function evidence(config, fig, load) {
  const ev = (fig && fig.evidence) || [];
  if (!ev.length && !load) return h('span', {class: 'muted'}, 'no events');
  const count = (n) => n ? `${n} event${n > 1 ? 's' : ''}` : 'no events';
  const summary = h('summary', {}, ev.length ? count(ev.length) : 'events');
  const box = h('details', {class: 'evidence'}, summary);
  box.addEventListener('toggle', async () => {
    if (!box.open || box.dataset.filled) return;
    box.dataset.filled = 'yes';
    let list = ev;
    if (!list.length && load) {
      try { list = ((await load()) || {}).evidence || []; } catch (e) {
        box.dataset.filled = '';
        box.append(h('div', {class: 'error'}, `Could not load the evidence: ${e.message}`));
        return;
      }
    }
    summary.textContent = count(list.length);
    box.append(h('ul', {}, list.map(e => h('li', {}, txRef(config, e.tx_hash), ` block ${e.block}, log ${e.log_index}`))));
  });
  return box;
}
