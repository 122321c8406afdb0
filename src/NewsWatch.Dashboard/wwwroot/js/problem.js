import { h } from './dom.js';
import { announceNow } from './status.js';

export const WRONG_KEY = 'Your key does not open this; paste another key';

// RFC 9457 problem details: "detail" is for people, "errors" maps fields to messages.
export function problemLines(err) {
  if (err?.status === 401) return [WRONG_KEY];
  const p = err?.problem ?? {};
  const lines = [p.detail || p.title || err?.message || 'Something went wrong.'];
  for (const [field, messages] of Object.entries(p.errors ?? {})) {
    for (const m of [messages].flat()) lines.push(`${field}: ${m}`);
  }
  return lines;
}

export function problemElement(err) {
  const [first, ...rest] = problemLines(err);
  const wrongKey = err?.status === 401;
  return h('div', { class: 'problem', 'data-testid': 'problem', 'data-status': err?.status ?? '' },
    wrongKey
      ? h('p', {}, 'Your key does not open this; ', h('a', { href: '#/key' }, 'paste another key'), '.')
      : h('p', {}, first),
    rest.length > 0 && h('ul', {}, rest.map((line) => h('li', {}, line))));
}

export function announceProblem(err) {
  announceNow(problemElement(err), 'error');
}
