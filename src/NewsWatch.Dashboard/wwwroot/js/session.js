// The key lives only in this tab's sessionStorage so closing the tab forgets it,
// and it is scrubbed from the address bar so it is not shared with a copied link.
const STORE = 'newswatch.key';

export function getKey() {
  try { return sessionStorage.getItem(STORE) || ''; } catch { return ''; }
}

export function setKey(key) {
  try { sessionStorage.setItem(STORE, key.trim()); } catch { /* storage disabled: key lasts until reload */ }
}

export function forgetKey() {
  try { sessionStorage.removeItem(STORE); } catch { /* nothing stored */ }
}

// Accepts "#key=XYZ" and "#/timeline?event=…&key=XYZ". Returns true when a key was taken.
export function consumeFragmentKey() {
  const raw = location.hash.replace(/^#/, '');
  if (!raw.includes('key=')) return false;
  const bare = !raw.startsWith('/') && !raw.includes('?');
  const q = raw.indexOf('?');
  const path = bare ? '' : (q >= 0 ? raw.slice(0, q) : raw);
  const params = new URLSearchParams(bare ? raw : (q >= 0 ? raw.slice(q + 1) : ''));
  const key = params.get('key');
  if (!key) return false;
  params.delete('key');
  setKey(key);
  const query = params.toString();
  const rest = path + (query ? `?${query}` : '');
  history.replaceState(history.state, '', rest ? `#${rest}` : location.pathname + location.search);
  return true;
}
