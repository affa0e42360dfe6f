// A holder's shares, claimable and claimed revenue per asset, a claim
// button, and its loans (credit) with their health. #/holder/0x… shows any
// address read-only; signed in as a holder, one's own with the button.

import {h, table, kpi} from '../dom.js';
import {get, getAll, post} from '../api.js';
import {money, units, fromUnits} from '../fmt.js';
import {signInFirst} from './renter.js';

export default async function holder(ctx) {
  const addr = ctx.args[0] || (ctx.me && ctx.me.address);
  if (!addr) return signInFirst('holder');
  const own = ctx.me && ctx.me.address.toLowerCase() === addr.toLowerCase();
  const [hd, loans, lender, owed] = await Promise.all([
    get(`/v1/holders/${addr}`),
    getAll(`/v1/loans?borrower=${addr}`, 'loans'),
    get(`/v1/pool/lenders/${addr}`).catch(() => null),
    get(`/v1/owed/${addr}`).catch(() => null),
  ]);
  const assets = hd.assets || [];
  const claimable = assets.filter(a => units(a.claimable) > 0n);
  const total = (k) => fromUnits(assets.reduce((s, a) => s + units(a[k]), 0n));
  const msg = h('div', {id: 'claim-result'});
  const claimBtn = own && claimable.length
    ? h('button', {id: 'claim-btn', onclick: async (e) => {
      e.target.disabled = true;
      try {
        const r = await post('/v1/claims', {asset_ids: claimable.map(a => a.asset_id)});
        msg.replaceChildren(h('div', {class: 'notice', 'data-claimed': r.claimed}, `claimed ${money(r.claimed)} tUSD in block ${r.block}`));
        setTimeout(ctx.rerender, 1500);
      } catch (err) {
        msg.replaceChildren(h('div', {class: 'error'}, err.message));
        e.target.disabled = false;
      }
    }}, `Claim ${money(total('claimable'))} tUSD`)
    : null;
  return h('div', {},
    h('h1', {}, own ? `My shares (${ctx.me.name})` : `Holder ${addr}`),
    msg,
    h('div', {class: 'kpis'},
      kpi('claimable', money(total('claimable')), {'data-figure': 'claimable'}), kpi('claimed', money(total('claimed')), {'data-figure': 'claimed'}),
      lender ? kpi('lent to the pool', money(lender.assets)) : null, owed ? kpi('owed by the credit vault', money(owed.owed)) : null),
    claimBtn,
    h('div', {id: 'holdings'}, table([
      {label: 'Asset', cell: a => h('a', {href: `#/asset/${a.asset_id}`}, `#${a.asset_id}`)},
      {label: 'Shares', num: true, cell: a => money(a.shares)},
      {label: 'Claimable', num: true, cell: a => money(a.claimable)},
      {label: 'Claimed', num: true, cell: a => money(a.claimed)}], assets, 'No shares.')),
    h('h2', {}, 'Loans against my shares'),
    h('div', {id: 'loans'}, table([
      {label: 'Loan', cell: l => `#${l.id}`},
      {label: 'Asset', cell: l => h('a', {href: `#/asset/${l.asset_id}`}, `#${l.asset_id}`)},
      {label: 'Status', cell: l => l.status},
      {label: 'Shares pledged', num: true, cell: l => money(l.shares)},
      {label: 'Debt', num: true, cell: l => money(l.debt)},
      {label: 'Collateral value', num: true, cell: l => money(l.collateral_value)},
      {label: 'Available', num: true, cell: l => money(l.available_to_borrow)},
      {label: 'Health', num: true, cell: l => l.health_factor ?? '–'},
      {label: '', cell: l => l.healthy ? h('span', {class: 'ok'}, 'healthy') : h('span', {class: 'bad'}, 'unhealthy')},
    ], loans, 'No loan.')));
}
