// The auditor: the server recomputes an asset's figures and every check
// from the chain's logs alone (GET /v1/audit), now, and the page shows the
// verdict, each figure with its evidence and each check.

import {h, table, kpi} from '../dom.js';
import {get, getAll} from '../api.js';
import {money, pct} from '../fmt.js';
import {evidence} from '../evidence.js';

const FIGURES = [
  ['gross revenue', 'gross_revenue', money], ['SLA credits', 'sla_credits', money], ['platform fee', 'platform_fee', money],
  ['operator fee', 'operator_fee', money], ['reserve', 'reserve', money], ["holders' revenue", 'holders_revenue', money],
  ['revenue per share', 'revenue_per_share', money], ['economic utilisation', 'economic_utilisation', pct],
  ['technical utilisation', 'technical_utilisation', pct], ['availability', 'availability', pct], ['energy kWh', 'energy_kwh', money],
  ['revenue per kWh', 'revenue_per_kwh', money], ['book value (end)', 'book_value_end', money], ['annualised yield', 'annualised_yield', pct],
];

export default async function auditor(ctx) {
  const assets = await getAll('/v1/assets', 'assets');
  const chosen = ctx.args[0] || (assets[0] && assets[0].id);
  const q = new URLSearchParams(ctx.args[1] || '');
  const out = h('div', {id: 'audit'});
  const form = h('form', {class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const p = new URLSearchParams();
    if (f.get('from') && f.get('to')) { p.set('from', f.get('from')); p.set('to', f.get('to')); }
    location.hash = `#/auditor/${f.get('asset')}` + (p.toString() ? '/' + p : '');
  }},
  h('label', {}, 'Asset', h('select', {name: 'asset'}, assets.map(a => h('option', {value: a.id, selected: a.id === chosen}, `#${a.id} ${a.gpu_model}`)))),
  h('label', {}, 'From (RFC 3339, optional)', h('input', {name: 'from', size: 22, value: q.get('from') || ''})),
  h('label', {}, 'To', h('input', {name: 'to', size: 22, value: q.get('to') || ''})),
  h('button', {type: 'submit'}, 'Run audit'));
  if (chosen) {
    const p = new URLSearchParams({asset: chosen});
    if (q.get('from')) { p.set('from', q.get('from')); p.set('to', q.get('to')); }
    const res = await get('/v1/audit?' + p);
    out.append(verdict(ctx, res));
  }
  return h('div', {}, h('h1', {}, 'Audit from chain logs'),
    h('p', {class: 'muted'}, 'The server reads every event of the deployment from the chain and recomputes each figure and balance, trusting nothing it mirrored.'),
    form, out);
}

function verdict(ctx, res) {
  const failed = res.checks.filter(c => !c.ok);
  const r = res.reports[0];
  return h('div', {},
    h('div', {class: 'kpis'},
      kpi('verdict', res.ok ? 'OK' : 'FAILED', {class: 'v ' + (res.ok ? 'ok' : 'bad'), id: 'verdict'}),
      kpi('checks', `${res.checks.length - failed.length} / ${res.checks.length} hold`),
      kpi('at block', String(res.block)),
      kpi('read logs / compute', `${(res.fetch_ns / 1e6).toFixed(0)} ms / ${(res.compute_ns / 1e6).toFixed(0)} ms`)),
    r ? h('div', {}, h('h2', {}, `Asset #${r.asset_id}, ${r.from} – ${r.to}`),
      table([{label: 'Figure', cell: f => f[0]}, {label: 'Value', num: true, cell: f => h('span', {'data-figure': f[1]}, f[2](r[f[1]].value))},
        {label: 'Evidence', cell: f => evidence(ctx.config, r[f[1]])}], FIGURES.filter(f => r[f[1]]))) : null,
    h('h2', {}, 'Checks'),
    h('div', {id: 'checks'}, table([
      {label: '', cell: c => c.ok ? h('span', {class: 'ok'}, '✓') : h('span', {class: 'bad'}, '✗')},
      {label: 'Check', cell: c => c.name}, {label: 'From logs', num: true, cell: c => c.expected},
      {label: 'On chain / service', num: true, cell: c => c.actual}], failed.concat(res.checks.filter(c => c.ok)))));
}
