// chart.js: small SVG charts, no library. Every chart has a title, axes
// with ticks, the unit on its value axis, and a tooltip (<title>) on each
// data point or bar; data-points on the <svg> counts what it draws.

import {s, h} from './dom.js';

const W = 560, H = 230, M = {l: 58, r: 14, t: 26, b: 30};
export const palette = ['#2f6fdf', '#1f8a4c', '#d08a1e', '#8e44ad', '#c2362f', '#138496'];

// nice rounds a chart's top up to 1, 2 or 5 × a power of ten.
function nice(max) {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

function label(v) {
  if (Math.abs(v) >= 1000) return v.toLocaleString('en-US', {maximumFractionDigits: 0});
  return String(+v.toPrecision(3));
}

const stamp = (ms) => new Date(ms).toISOString().slice(5, 16).replace('T', ' ');

function frame(title, unit, yMax, xTicks, points) {
  const svg = s('svg', {class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${title} (${unit})`, 'data-points': points});
  svg.append(s('text', {class: 'title', x: M.l, y: 15}, title), s('text', {x: W - M.r, y: 15, 'text-anchor': 'end'}, unit));
  const ih = H - M.t - M.b;
  for (let i = 0; i <= 4; i++) {
    const y = M.t + ih - (ih * i) / 4;
    svg.append(s('line', {class: 'gridline', x1: M.l, x2: W - M.r, y1: y, y2: y}),
      s('text', {x: M.l - 6, y: y + 3, 'text-anchor': 'end'}, label((yMax * i) / 4)));
  }
  svg.append(s('line', {class: 'axis', x1: M.l, x2: M.l, y1: M.t, y2: M.t + ih}),
    s('line', {class: 'axis', x1: M.l, x2: W - M.r, y1: M.t + ih, y2: M.t + ih}));
  for (const [x, text] of xTicks) svg.append(s('text', {x, y: H - M.b + 14, 'text-anchor': 'middle'}, text));
  return svg;
}

// timeChart draws series of {x: epoch ms, y: number} over time, as lines
// (kind 'line') or as bars (kind 'bar', one series).
export function timeChart({title, unit, series, kind = 'line', yMax}) {
  const all = series.flatMap(se => se.points);
  if (!all.length) return h('p', {class: 'muted chart-empty'}, `${title}: no data yet`);
  const xs = all.map(p => p.x), x0 = Math.min(...xs), x1 = Math.max(...xs);
  const top = yMax ?? nice(Math.max(...all.map(p => p.y)));
  const iw = W - M.l - M.r, ih = H - M.t - M.b;
  const span = Math.max(x1 - x0, 1);
  const X = (x) => M.l + ((x - x0) / span) * (kind === 'bar' ? iw - iw / Math.max(all.length, 1) : iw) + (kind === 'bar' ? iw / Math.max(all.length, 1) / 2 : 0);
  const Y = (y) => M.t + ih - (Math.min(y, top) / top) * ih;
  const ticks = [0, 1, 2, 3, 4].map(i => x0 + (span * i) / 4).map(x => [X(x), stamp(x)]);
  const svg = frame(title, unit, top, ticks, all.length);
  series.forEach((se, i) => {
    const color = se.color || palette[i % palette.length];
    if (kind === 'bar') {
      const bw = Math.max(iw / se.points.length - 1, 1);
      for (const p of se.points) {
        svg.append(s('rect', {class: 'bar', x: X(p.x) - bw / 2, y: Y(p.y), width: bw, height: M.t + ih - Y(p.y), fill: color},
          s('title', {}, `${se.name}: ${label(p.y)} ${unit} at ${stamp(p.x)}`)));
      }
      return;
    }
    const d = se.points.map((p, j) => `${j ? 'L' : 'M'}${X(p.x).toFixed(1)},${Y(p.y).toFixed(1)}`).join('');
    svg.append(s('path', {d, fill: 'none', stroke: color, 'stroke-width': 1.6}));
    for (const p of se.points) {
      svg.append(s('circle', {class: 'pt', cx: X(p.x), cy: Y(p.y), r: 2.4, fill: color},
        s('title', {}, `${se.name}: ${label(p.y)} ${unit} at ${stamp(p.x)}`)));
    }
  });
  return h('div', {}, svg, legend(series));
}

// barChart draws one bar per category {label, value, text}, value as a
// number for the bar's height and text as the exact figure shown on it.
export function barChart({title, unit, bars}) {
  if (!bars.length) return h('p', {class: 'muted chart-empty'}, `${title}: no data yet`);
  const top = nice(Math.max(...bars.map(b => b.value)));
  const iw = W - M.l - M.r, ih = H - M.t - M.b, step = iw / bars.length, bw = Math.min(step * 0.6, 80);
  const ticks = bars.map((b, i) => [M.l + step * i + step / 2, b.label]);
  const svg = frame(title, unit, top, ticks, bars.length);
  bars.forEach((b, i) => {
    const x = M.l + step * i + step / 2, y = M.t + ih - (b.value / top) * ih;
    svg.append(s('rect', {class: 'bar', x: x - bw / 2, y, width: bw, height: M.t + ih - y, fill: b.color || palette[i % palette.length]},
      s('title', {}, `${b.label}: ${b.text ?? label(b.value)} ${unit}`)),
    s('text', {x, y: y - 4, 'text-anchor': 'middle'}, b.text ?? label(b.value)));
  });
  return svg;
}

function legend(series) {
  if (series.length < 2) return null;
  return h('div', {class: 'legend'}, series.map((se, i) =>
    h('span', {}, h('i', {style: null, class: `sw${i}`}), se.name)));
}
