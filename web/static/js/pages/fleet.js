// The fleet: every asset with its figures, and the listings a renter can
// lease from, filtered on the server, with a quote for the GPUs and hours
// asked.

import {h, table} from '../dom.js';
import {get, getAll, post} from '../api.js';
import {money, pct, units, fromUnits, short} from '../fmt.js';

export default async function fleet(ctx) {
  const assets = await getAll('/v1/assets', 'assets');
  const listingsBox = h('div', {id: 'listings'});
  const form = filters(assets, () => loadListings(ctx, form, listingsBox));
  // The assets' yields and the listings with their quotes load together.
  const [yields] = await Promise.all([
    Promise.all(assets.map(a => get(`/v1/assets/${a.id}/yield?evidence=false`))),
    loadListings(ctx, form, listingsBox)]);
  const rows = assets.map((a, i) => ({a, y: yields[i]}));
  return h('div', {},
    h('h1', {}, 'Fleet'),
    h('h2', {}, 'Assets'),
    h('div', {id: 'assets'}, table([
      {label: 'Asset', cell: r => h('a', {href: `#/asset/${r.a.id}`}, `#${r.a.id}`)},
      {label: 'GPU model', cell: r => `${r.a.gpu_model} × ${r.a.gpu_count}`},
      {label: 'Location', cell: r => r.a.location},
      {label: 'Operator', cell: r => short(r.a.operator)},
      {label: 'Utilisation', num: true, cell: r => pct(r.y.technical_utilisation.value)},
      {label: 'Leased', num: true, cell: r => pct(r.y.economic_utilisation.value)},
      {label: 'Availability', num: true, cell: r => pct(r.y.availability.value)},
      {label: 'Energy kWh', num: true, cell: r => money(r.y.energy_kwh.value)},
      {label: 'Revenue', num: true, cell: r => money(r.y.gross_revenue.value)},
      {label: 'Book value', num: true, cell: r => money(r.y.book_value_end.value)},
      {label: 'Yield (annual)', num: true, cell: r => pct(r.y.annualised_yield.value)},
    ], rows, 'No asset has been tokenized yet.')),
    h('h2', {}, 'Listings'),
    form, listingsBox);
}

function filters(assets, reload) {
  const uniq = (k) => [...new Set(assets.map(a => a[k]))].sort();
  const select = (name, values) => h('select', {name, onchange: reload}, h('option', {value: ''}, 'any'), values.map(v => h('option', {value: v}, v)));
  const input = (name, attrs) => h('input', {name, onchange: reload, ...attrs});
  return h('form', {class: 'filters', id: 'listing-filters', onsubmit: (e) => { e.preventDefault(); reload(); }},
    h('label', {}, 'GPU model', select('gpu_model', uniq('gpu_model'))),
    h('label', {}, 'Location', select('location', uniq('location'))),
    h('label', {}, 'Max price / GPU-h', input('max_price', {size: 6, placeholder: 'e.g. 3.00', inputmode: 'decimal'})),
    h('label', {}, 'Free GPUs at least', input('min_free_gpus', {size: 4, type: 'number', min: 0})),
    h('label', {}, 'Quote: GPUs', input('gpus', {size: 4, type: 'number', min: 1, value: 1})),
    h('label', {}, 'hours', input('hours', {size: 4, type: 'number', min: 1, value: 1})));
}

// listingsGeneration numbers the loads of the listings table: filters
// changed in quick succession start overlapping loads, and only the latest
// may draw the table (a slower, older answer would replace it, and any lease
// form opened on it, with stale quotes).
let listingsGeneration = 0;

async function loadListings(ctx, form, box) {
  const generation = ++listingsGeneration;
  const f = new FormData(form);
  const q = new URLSearchParams();
  for (const k of ['gpu_model', 'location', 'max_price', 'min_free_gpus']) if (f.get(k)) q.set(k, f.get(k));
  q.set('active', 'true');
  const gpus = Math.max(1, Number(f.get('gpus')) || 1), hours = Math.max(1, Number(f.get('hours')) || 1);
  let listings;
  try { listings = await getAll('/v1/listings?' + q, 'listings'); } catch (e) {
    if (generation === listingsGeneration) box.replaceChildren(h('div', {class: 'error'}, e.message));
    return;
  }
  const quotes = await Promise.all(listings.map(l => quote(l, gpus, hours)));
  if (generation !== listingsGeneration) return; // a newer load draws the table
  const quoteOf = (l) => quotes[listings.indexOf(l)];
  const canLease = ctx.me && (ctx.me.role === 'renter' || ctx.me.role === 'admin');
  box.replaceChildren(table([
    {label: 'Listing', cell: l => `#${l.id}`},
    {label: 'Asset', cell: l => h('a', {href: `#/asset/${l.asset_id}`}, `#${l.asset_id}`)},
    {label: 'GPU model', cell: l => l.gpu_model},
    {label: 'Location', cell: l => l.location},
    {label: 'Free GPUs', num: true, cell: l => `${l.free_gpus} / ${l.gpus}`},
    {label: 'Price / GPU-h', num: true, cell: priceCell},
    {label: `Quote ${gpus} GPU × ${hours} h`, num: true, cell: l => quoteCell(quoteOf(l))},
    {label: 'Hours', cell: l => `${l.min_hours}–${l.max_hours}`},
    {label: 'SLA', num: true, cell: l => (l.sla_availability_bps / 100).toFixed(2) + '%'},
    {label: '', cell: l => canLease && l.free_gpus > 0 ? h('button', {class: 'lease-btn', 'data-listing': l.id,
      onclick: (e) => leaseForm(e.target, l, gpus, hours, quoteOf(l))}, 'Lease') : ''},
  ], listings, 'No listing matches these filters.'));
}

// priceCell shows a listing's fixed price, or for a listing priced by a
// curve its base price so labelled: the curve moves the price with the
// asset's utilisation, and the quote column says what a lease pays now.
function priceCell(l) {
  if (!l.curve) return money(l.price_per_gpu_hour);
  return h('span', {class: 'curve', title: `price follows utilisation: floor ${money(l.curve.floor)}, ceiling ${money(l.curve.ceiling)}, kink at ${(l.curve.kink_bps / 100).toFixed(0)}%`},
    `${money(l.curve.base)} base, curve`);
}

// quote asks the market for a live price; a lease the listing cannot
// take now has none, and shows the listing's price × GPUs × hours.
async function quote(l, gpus, hours) {
  try {
    if (gpus > l.free_gpus) throw new Error('no live quote');
    const q = await get(`/v1/listings/${l.id}/quote?gpus=${gpus}&hours=${hours}`);
    const price = q.price_per_gpu_hour ?? q.price;
    const total = q.total ?? q.cost ?? (price ? fromUnits(units(price) * BigInt(gpus * hours)) : null);
    return {price, total, live: true};
  } catch {
    return {price: l.price_per_gpu_hour, total: fromUnits(units(l.price_per_gpu_hour) * BigInt(gpus * hours)), live: false};
  }
}

function quoteCell(q) {
  return h('span', {title: q.live ? 'live quote from the market' : 'fixed price × GPUs × hours'}, money(q.total), q.live ? '' : ' (fixed)');
}

// leaseForm opens a lease at the quoted price at most (the bound the
// contract checks), with the quote's total as the deposit.
function leaseForm(btn, l, gpus, hours, q) {
  const cell = btn.parentElement;
  const deposit = q.total;
  const msg = h('span', {});
  const form = h('form', {class: 'lease-form'},
    h('input', {name: 'gpus', type: 'number', min: 1, max: l.free_gpus, value: Math.min(gpus, l.free_gpus), size: 3, 'aria-label': 'GPUs'}), ' GPUs ',
    h('input', {name: 'hours', type: 'number', min: l.min_hours, max: l.max_hours, value: Math.max(hours, l.min_hours), size: 3, 'aria-label': 'hours'}), ' h, deposit ',
    h('input', {name: 'deposit', value: deposit, size: 8, 'aria-label': 'deposit'}), ' ',
    h('button', {type: 'submit'}, 'Open lease'), ' ', msg);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    form.querySelector('button').disabled = true;
    try {
      const lease = await post('/v1/leases', {listing_id: l.id, gpus: Number(f.get('gpus')), hours: Number(f.get('hours')),
        deposit: String(f.get('deposit')), max_price_per_gpu_hour: q.price});
      const le = lease.lease ?? lease;
      msg.replaceChildren(h('span', {class: 'ok', id: 'lease-opened', 'data-lease': le.id}, `lease #${le.id} opened in block ${lease.block}`), ' ',
        h('a', {href: '#/renter'}, 'see my leases'));
    } catch (err) {
      msg.replaceChildren(h('span', {class: 'bad'}, err.message));
      form.querySelector('button').disabled = false;
    }
  });
  cell.replaceChildren(form);
}
