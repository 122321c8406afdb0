// Routes live in the fragment so every view (filters included) is a shareable link
// and the static host never needs to know about them.
export function parseHash(hash = location.hash) {
  let raw = hash.replace(/^#/, '');
  if (raw.startsWith('/')) raw = raw.slice(1);
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  return { name: segments[0] || 'timeline', segments, params };
}

export function hashFor(segments, params) {
  const path = [segments].flat().map(encodeURIComponent).join('/');
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v != null && v !== '') query.set(k, v);
  const qs = query.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

// Marks the page busy synchronously so a test (or a script) waiting for
// data-ready never sees the previous view's "true".
export function go(hash) {
  const main = document.getElementById('main');
  if (main) main.dataset.ready = 'false';
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

function safeDecode(part) {
  try { return decodeURIComponent(part); } catch { return part; }
}
