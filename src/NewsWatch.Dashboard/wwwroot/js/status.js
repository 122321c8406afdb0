import { h } from './dom.js';

// Two live regions for the whole app: #status (polite) for outcomes and #alert
// (role="alert", assertive) for errors. Messages are replaced, not stacked, and
// showing one clears the other, so screen readers hear the latest outcome only.
function regions(tone) {
  const polite = document.getElementById('status');
  const alert = document.getElementById('alert');
  return tone === 'error' && alert ? [alert, polite] : [polite, alert];
}

function content(message) {
  return typeof message === 'string' ? h('p', { class: 'status-text' }, message) : message;
}

// A message still waiting to be shown must not land after a newer one (or a clear).
const pending = new WeakMap();
function empty(el) {
  if (!el) return;
  clearTimeout(pending.get(el));
  el.replaceChildren();
}

function show(message, tone, delay) {
  const [el, other] = regions(tone);
  if (!el) return;
  empty(other);
  // Clearing first makes a repeated identical message be announced again.
  empty(el);
  el.dataset.tone = tone;
  if (delay) pending.set(el, setTimeout(() => el.replaceChildren(content(message)), delay));
  else el.replaceChildren(content(message));
}

export function announce(message, tone = 'info') {
  show(message, tone, 30);
}

export function announceNow(message, tone = 'info') {
  show(message, tone, 0);
}

export function clearStatus() {
  const [polite, alert] = regions();
  empty(alert);
  empty(polite);
  if (polite) delete polite.dataset.tone;
}
