// dom.js: building the page from data with DOM calls only (never
// innerHTML), so a string from the API is always text, never markup.

const SVG = 'http://www.w3.org/2000/svg';

// h builds an HTML element: h('a', {href: '#/x', class: 'y'}, 'text', child…).
// Attributes starting with "on" are listeners; null/false children are skipped.
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

// s builds an SVG element the same way.
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG, tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
}

// table builds a table from column specs {label, num, cell(row)} and rows.
export function table(cols, rows, empty = 'none') {
  if (!rows.length) return h('p', {class: 'muted'}, empty);
  return h('div', {class: 'scroll'}, h('table', {},
    h('thead', {}, h('tr', {}, cols.map(c => h('th', {class: c.num ? 'num' : null}, c.label)))),
    h('tbody', {}, rows.map(r => h('tr', {}, cols.map(c => h('td', {class: c.num ? 'num' : null}, c.cell(r))))))));
}

export function kpi(label, value, attrs = {}) {
  return h('div', {class: 'kpi'}, h('div', {class: 'v', ...attrs}, value), h('div', {class: 'l'}, label));
}
