import { h } from './dom.js';

// One polite live region for the whole app; messages are replaced, not stacked,
// so screen readers hear the latest outcome only.
function region() {
  return document.getElementById('status');
}

export function announce(message, tone = 'info') {
  const el = region();
  if (!el) return;
  el.dataset.tone = tone;
  // Clearing first makes a repeated identical message be announced again.
  el.replaceChildren();
  const content = typeof message === 'string' ? h('p', { class: 'status-text' }, message) : message;
  setTimeout(() => el.replaceChildren(content), 30);
}

export function announceNow(message, tone = 'info') {
  const el = region();
  if (!el) return;
  el.dataset.tone = tone;
  el.replaceChildren(typeof message === 'string' ? h('p', { class: 'status-text' }, message) : message);
}

export function clearStatus() {
  const el = region();
  if (el) { el.replaceChildren(); delete el.dataset.tone; }
}
