// api.js: the dashboard's only way to the server: fetch on the same
// origin's /v1 routes, with the signed-in key (kept in this tab's
// sessionStorage only) as bearer when there is one.

const KEY = 'gpuledger.apiKey';

export const session = {
  key: () => sessionStorage.getItem(KEY) || '',
  set: (k) => sessionStorage.setItem(KEY, k),
  clear: () => sessionStorage.removeItem(KEY),
};

// ApiError carries the problem document of a refused request.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

// blocks collects the "block" of every answer of the current page, so the
// page can say which block its figures reflect.
let blocks = [];
export function resetBlocks() { blocks = []; }
export function pageBlocks() { return blocks.slice(); }

export async function call(method, path, body, {auth = true, idempotent = false} = {}) {
  const headers = {Accept: 'application/json'};
  const k = session.key();
  if (auth && k) headers.Authorization = 'Bearer ' + k;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotent) headers['Idempotency-Key'] = crypto.randomUUID();
  const resp = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  const text = await resp.text();
  let doc = {};
  try { doc = text ? JSON.parse(text) : {}; } catch { doc = {detail: text}; }
  if (!resp.ok) throw new ApiError(resp.status, doc);
  if (doc && typeof doc.block === 'number') blocks.push(doc.block);
  return doc;
}

export const get = (path, opts) => call('GET', path, undefined, opts);
export const post = (path, body) => call('POST', path, body, {idempotent: true});

// getAll follows a list's "next" cursor, up to max pages.
export async function getAll(path, name, max = 20) {
  const items = [];
  let after = '';
  for (let i = 0; i < max; i++) {
    const sep = path.includes('?') ? '&' : '?';
    const doc = await get(path + (after ? `${sep}after=${encodeURIComponent(after)}` : ''));
    items.push(...(doc[name] || []));
    if (!doc.next) break;
    after = doc.next;
  }
  return items;
}
