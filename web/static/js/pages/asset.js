// One asset: its figures with their evidence, hourly telemetry and
// revenue charts, the split of its revenue, its holders and listings.

import {h, table, kpi} from '../dom.js';
import {get, getAll, session} from '../api.js';

// LEASES_SHOWN is how many of an asset's leases its page lists.
const LEASES_SHOWN = 100;
import {money, pct, short, time} from '../fmt.js';
import {timeChart, barChart} from '../chart.js';
import {evidence} from '../evidence.js';

const HOUR = 3600e3;

export default async function asset(ctx) {
  const id = ctx.args[0] || '1';
  // One page of the asset's leases, with the list's totals over all of
  // them (an asset with thousands of leases must not cost thousands of rows,
  // or a request per page, to show), asked with everything else: leases are
  // shown to the asset's operator (or an admin) only.
  const showLeases = ctx.me && session.key() && (ctx.me.role === 'operator' || ctx.me.role === 'admin');
  const [a, y, tel, holders, listings, revenue, leasePage] = await Promise.all([
    get(`/v1/assets/${id}`),
    get(`/v1/assets/${id}/yield?evidence=false`),
    get(`/v1/assets/${id}/telemetry`),
    getAll(`/v1/assets/${id}/holders?limit=1000`, 'holders'),
    getAll(`/v1/listings?asset=${id}`, 'listings'),
    get(`/v1/assets/${id}/revenue/hourly`),
    showLeases ? get(`/v1/leases?asset=${id}&limit=${LEASES_SHOWN}`) : null,
  ]);
  const asset = a.asset ?? a;
  const leases = leasePage?.leases || [], leaseTotals = leasePage?.totals || null;
  const epochs = (tel.epochs || []).map(e => ({...e, t: Date.parse(e.start)}));
  // Rent released per hour, summed by the server over the yield's period
  // (exact decimal strings; Number for drawing only: the figure of record
  // is gross revenue above).
  const hourly = (revenue.points || []).map(p => ({x: Date.parse(p.hour), y: Number(p.revenue)}));
  const energyByHour = new Map(epochs.map(e => [Math.floor(e.t / HOUR) * HOUR, e.energy_wh / 1000]));
  const perKWh = hourly.filter(p => energyByHour.get(p.x) > 0).map(p => ({x: p.x, y: p.y / energyByHour.get(p.x)}));

  // The figures come without their evidence (a busy asset's figures cite
  // one event per lease each: megabytes); the first list opened asks for
  // the report with it, once, and every list is filled from that.
  let full;
  const keyOf = new Map(Object.entries(y).map(([k, v]) => [v, k]));
  const ev = (f) => evidence(ctx.config, f, async () => {
    full ??= get(`/v1/assets/${id}/yield?from=${encodeURIComponent(y.from)}&to=${encodeURIComponent(y.to)}`);
    return (await full)[keyOf.get(f)];
  });
  const fig = (label, f, show = money) => h('div', {class: 'kpi'},
    h('div', {class: 'v', 'data-figure': label}, show(f.value)), h('div', {class: 'l'}, label), ev(f));
  return h('div', {},
    h('h1', {}, `Asset #${asset.id}: ${asset.gpu_model} × ${asset.gpu_count}, ${asset.location}`),
    h('p', {class: 'muted'}, `operator ${asset.operator} · commissioned ${time(asset.commissioned_at)} · book value ${money(asset.book_value)} over ${asset.useful_life_months} months · ${money(asset.shares)} shares · operator fee ${asset.operator_fee_bps / 100}% · reserve ${asset.reserve_bps / 100}%`),
    h('p', {class: 'muted'}, `period ${time(y.from)} – ${time(y.to)}`),
    h('div', {class: 'kpis', id: 'figures'},
      fig('gross revenue', y.gross_revenue), fig('SLA credits', y.sla_credits), fig("holders' revenue", y.holders_revenue),
      fig('revenue per share', y.revenue_per_share), fig('utilisation', y.technical_utilisation, pct),
      fig('leased (economic)', y.economic_utilisation, pct), fig('availability', y.availability, pct),
      fig('energy kWh', y.energy_kwh), fig('revenue per kWh', y.revenue_per_kwh), fig('book value now', y.book_value_end),
      fig('annualised yield', y.annualised_yield, pct)),
    h('div', {class: 'grid', id: 'charts'},
      h('div', {class: 'card'}, timeChart({title: 'Utilisation and availability, hourly', unit: '%', yMax: 100, series: [
        {name: 'utilisation', points: epochs.map(e => ({x: e.t, y: e.utilisation_bps / 100}))},
        {name: 'availability', points: epochs.map(e => ({x: e.t, y: e.availability_bps / 100}))}]})),
      h('div', {class: 'card'}, timeChart({title: 'Average power, hourly', unit: 'W', series: [
        {name: 'power', color: '#d08a1e', points: epochs.map(e => ({x: e.t, y: e.avg_power_w}))}]})),
      h('div', {class: 'card'}, timeChart({title: 'Energy per hour', unit: 'kWh', kind: 'bar', series: [
        {name: 'energy', color: '#138496', points: epochs.map(e => ({x: e.t, y: e.energy_wh / 1000}))}]})),
      h('div', {class: 'card'}, timeChart({title: 'Rent released per hour', unit: 'tUSD', kind: 'bar', series: [
        {name: 'revenue', color: '#1f8a4c', points: hourly}]})),
      h('div', {class: 'card'}, timeChart({title: 'Revenue per kWh, hourly', unit: 'tUSD/kWh', series: [
        {name: 'revenue per kWh', color: '#8e44ad', points: perKWh}]})),
      h('div', {class: 'card'}, barChart({title: 'Where the revenue went', unit: 'tUSD', bars: [
        {label: 'platform', value: Number(y.platform_fee.value), text: money(y.platform_fee.value)},
        {label: 'operator', value: Number(y.operator_fee.value), text: money(y.operator_fee.value)},
        {label: 'reserve', value: Number(y.reserve.value), text: money(y.reserve.value)},
        {label: 'holders', value: Number(y.holders_revenue.value), text: money(y.holders_revenue.value)}]}))),
    h('h2', {}, 'Split, with evidence'),
    table([
      {label: 'Part', cell: r => r[0]}, {label: 'tUSD', num: true, cell: r => money(r[1].value)},
      {label: 'Evidence', cell: r => ev(r[1])}],
    [['platform fee', y.platform_fee], ['operator fee', y.operator_fee], ['reserve', y.reserve], ["holders' revenue", y.holders_revenue],
      ['operator fee withdrawn', y.operator_fee_withdrawn], ['reserve spent', y.reserve_withdrawn]].filter(r => r[1])),
    h('h2', {}, 'Holders'),
    h('div', {id: 'holders'}, table([
      {label: 'Holder', cell: r => h('a', {href: `#/holder/${r.holder}`}, r.holder)},
      {label: 'Shares', num: true, cell: r => money(r.shares)},
      {label: 'Claimable', num: true, cell: r => money(r.claimable)},
      {label: 'Claimed', num: true, cell: r => money(r.claimed)}], holders, 'No holder.')),
    h('h2', {}, 'Listings'),
    table([
      {label: 'Listing', cell: l => `#${l.id}`}, {label: 'GPUs leased', num: true, cell: l => `${l.leased_gpus} / ${l.gpus}`},
      {label: 'Price / GPU-h', num: true, cell: l => money(l.price_per_gpu_hour)}, {label: 'Active', cell: l => l.active ? 'yes' : 'no'}],
    listings, 'Not listed.'),
    h('h2', {}, 'Leases'),
    leaseTotals && leaseTotals.leases > leases.length
      ? h('p', {class: 'muted'}, `The first ${leases.length} of ${leaseTotals.leases} leases; escrow ${money(leaseTotals.escrow)}, accrued ${money(leaseTotals.accrued)} over all of them.`)
      : null,
    leases.length || (ctx.me && ctx.me.role === 'operator')
      ? table([
        {label: 'Lease', cell: l => `#${l.id}`}, {label: 'Renter', cell: l => short(l.renter)},
        {label: 'GPUs', num: true, cell: l => l.gpus}, {label: 'Start', cell: l => time(l.start)}, {label: 'End', cell: l => time(l.end)},
        {label: 'Released', num: true, cell: l => money(l.released)}, {label: 'Status', cell: l => l.status}], leases, 'No lease.')
      : h('p', {class: 'muted'}, 'Leases are shown to the asset\'s operator: sign in with its key.'));
}
