// fmt.js: display helpers. Money stays a decimal string from the API; the
// little arithmetic the pages do on money (a quote's total) is exact, on
// BigInt micro-units (the stablecoin's 6 decimals), never on float.

const SCALE = 6;

export function units(dec) {
  const [w, f = ''] = String(dec).split('.');
  const neg = w.startsWith('-');
  const v = BigInt(w.replace('-', '') || '0') * 10n ** BigInt(SCALE) + BigInt((f + '000000').slice(0, SCALE));
  return neg ? -v : v;
}

export function fromUnits(u, places = 2) {
  const neg = u < 0n;
  if (neg) u = -u;
  const w = u / 10n ** BigInt(SCALE);
  let f = (u % 10n ** BigInt(SCALE)).toString().padStart(SCALE, '0');
  f = f.replace(/0+$/, '');
  if (f.length < places) f = f.padEnd(places, '0');
  return (neg ? '-' : '') + w.toString() + (f ? '.' + f : '');
}

// money shows an API amount as it came, with thousands separators.
export function money(dec) {
  if (dec === null || dec === undefined || dec === '') return '–';
  const [w, f] = String(dec).split('.');
  return w.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? '.' + f : '');
}

// pct shows a fraction ("0.998333") as a percentage with 1 decimal.
export function pct(frac) {
  if (frac === null || frac === undefined || frac === '') return '–';
  return (Number(frac) * 100).toFixed(1) + '%';
}

export const bps = (b) => (b / 100).toFixed(2) + '%';

export function short(addr) {
  return addr ? addr.slice(0, 6) + '…' + addr.slice(-4) : '';
}

export function time(t) {
  return t ? t.replace('T', ' ').replace(/:\d\dZ$/, 'Z') : '–';
}
