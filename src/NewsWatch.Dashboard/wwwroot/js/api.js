import { getKey } from './session.js';

// The dashboard is served at /api/dashboard/, so the API is one level up.
const API_BASE = new URL('../', document.baseURI);

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

export function apiUrl(path) {
  return new URL(path, API_BASE).toString();
}

export async function request(path, { method = 'GET', body, contentType, signal, accept = 'application/json' } = {}) {
  const headers = { Accept: accept };
  const key = getKey();
  if (key) headers['x-functions-key'] = key;
  let payload = body;
  if (body !== undefined && typeof body !== 'string' && !(body instanceof Blob)) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }
  let res;
  try {
    res = await fetch(apiUrl(path), { method, headers, body: payload, signal, credentials: 'same-origin', cache: 'no-store' });
  } catch (err) {
    if (err?.name === 'AbortError') throw err;
    throw new ApiError(0, { title: 'Network error', detail: 'Could not reach the NewsWatch API. Check your connection and try again.' });
  }
  if (!res.ok) throw new ApiError(res.status, await readProblem(res));
  return res;
}

export async function getJson(path, opts) {
  const res = await request(path, opts);
  if (res.status === 204) return null;
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

export function sendJson(method, path, body, opts = {}) {
  return getJson(path, { ...opts, method, body });
}

async function readProblem(res) {
  const type = res.headers.get('content-type') || '';
  try {
    if (type.includes('json')) return await res.json();
    const text = (await res.text()).trim();
    return { status: res.status, title: res.statusText || `HTTP ${res.status}`, detail: text.length < 300 ? text : '' };
  } catch {
    return { status: res.status, title: res.statusText || `HTTP ${res.status}` };
  }
}

export function isAbort(err) {
  return err?.name === 'AbortError';
}
