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
// would cost the page far more than it shows).
export function evidence(config, fig) {
  const ev = (fig && fig.evidence) || [];
  if (!ev.length) return h('span', {class: 'muted'}, 'no events');
  const box = h('details', {class: 'evidence'}, h('summary', {}, `${ev.length} event${ev.length > 1 ? 's' : ''}`));
  box.addEventListener('toggle', () => {
    if (box.open && !box.querySelector('ul')) {
      box.append(h('ul', {}, ev.map(e => h('li', {}, txRef(config, e.tx_hash), ` block ${e.block}, log ${e.log_index}`))));
    }
  });
  return box;
}
