// The renter's leases: escrow, accrued rent, runway and SLA credits, with
// a warning for every running lease whose runway is short.

import {h, table, kpi} from '../dom.js';
import {get, getAll} from '../api.js';
import {money, time} from '../fmt.js';

// SHORT_RUNWAY_HOURS is when a running lease's runway earns a warning:
// the keeper closes an unfunded lease soon after its paid time ends.
const SHORT_RUNWAY_HOURS = 6;

// RUNNING are the statuses of leases not yet ended. The page lists at most
// LEASES_SHOWN leases, the most urgent first (running, by runway), and
// writes out at most WARNINGS_SHOWN runway warnings: a renter with hundreds
// of running leases gets a page drawn as fast as one with a few, and the
// totals still cover every lease.
const RUNNING = ['active', 'overdrawn', 'closing'];
const LEASES_SHOWN = 100;
const WARNINGS_SHOWN = 10;

export default async function renter(ctx) {
  if (!ctx.me || !['renter', 'operator', 'admin'].includes(ctx.me.role)) return signInFirst('renter');
  // Every running lease (each may need a warning), and one page of the
  // rest with the totals over all of them.
  const [first, ...byStatus] = await Promise.all([get(`/v1/leases?limit=${LEASES_SHOWN}`),
    ...RUNNING.map(s => getAll(`/v1/leases?status=${s}&limit=1000`, 'leases'))]);
  const running = byStatus.flat().sort((a, b) => Number(a.runway_hours) - Number(b.runway_hours) || Number(a.id) - Number(b.id));
  const shown = new Set(running.map(l => l.id));
  const leases = running.concat((first.leases || []).filter(l => !shown.has(l.id))).slice(0, LEASES_SHOWN);
  const t = first.totals || {};
  const short = running.filter(l => Number(l.runway_hours) < SHORT_RUNWAY_HOURS);
  return h('div', {},
    h('h1', {}, `My leases (${ctx.me.name})`),
    short.slice(0, WARNINGS_SHOWN).map(l => h('div', {class: 'warn runway-warning'},
      `Lease #${l.id} has ${l.runway_hours} h of runway left` + (Number(l.debt) > 0 ? ` and owes ${money(l.debt)} beyond its escrow` : '') +
      ': top it up or it will be closed for lack of funds.')),
    short.length > WARNINGS_SHOWN
      ? h('div', {class: 'warn runway-warning'}, `${short.length - WARNINGS_SHOWN} more leases have under ${SHORT_RUNWAY_HOURS} h of runway: they lead the table below.`)
      : null,
    h('div', {class: 'kpis', id: 'totals'},
      kpi('leases', String(t.leases ?? leases.length)), kpi('in escrow', money(t.escrow), {'data-figure': 'escrow'}),
      kpi('accrued unpaid', money(t.accrued), {'data-figure': 'accrued'}), kpi('debt', money(t.debt), {'data-figure': 'debt'})),
    t.leases > leases.length
      ? h('p', {class: 'muted'}, `The ${leases.length} most urgent of ${t.leases} leases (${running.length} running, shortest runway first); the totals are over all of them.`)
      : null,
    h('div', {id: 'leases'}, table([
      {label: 'Lease', cell: l => `#${l.id}`},
      {label: 'Asset', cell: l => h('a', {href: `#/asset/${l.asset_id}`}, `#${l.asset_id}`)},
      {label: 'GPUs', num: true, cell: l => l.gpus},
      {label: 'Price / GPU-h', num: true, cell: l => money(l.price_per_gpu_hour)},
      {label: 'Start', cell: l => time(l.start)}, {label: 'End', cell: l => time(l.end)},
      {label: 'Status', cell: l => l.status + (l.close_reason && l.close_reason !== 'none' ? ` (${l.close_reason.replaceAll('_', ' ')})` : '')},
      {label: 'Deposit', num: true, cell: l => money(l.deposit)},
      {label: 'Escrow', num: true, cell: l => money(l.escrow)},
      {label: 'Accrued', num: true, cell: l => money(l.accrued)},
      {label: 'Runway h', num: true, cell: l => l.runway_hours},
      {label: 'SLA credits', num: true, cell: l => money(l.credited)},
      {label: 'Refunded', num: true, cell: l => money(l.refunded)},
    ], leases, 'No lease yet: open one from a listing on the Fleet page.')),
    h('p', {}, h('a', {href: '#/fleet'}, 'Open a lease from a listing →')));
}

export function signInFirst(role) {
  return h('div', {class: 'card'}, h('h1', {}, 'Sign in'),
    h('p', {}, `This page shows a ${role}'s own figures: sign in with a ${role}'s API key above. The key stays in this browser tab only.`));
}
