import { h } from './dom.js';

// Evidence spans may overlap ("Superalignment" inside "Superalignment team"), so the
// text is cut at every span edge and each piece is marked with all spans covering it.
export function shownSpans(text, evidence) {
  const spans = [];
  for (const e of evidence ?? []) {
    const len = e?.text?.length ?? 0;
    if (!len || !Number.isInteger(e.start) || e.start < 0 || e.start + len > text.length) continue;
    // An offset that does not point at its own text came from elsewhere (an article body).
    if (text.slice(e.start, e.start + len).toLowerCase() !== e.text.toLowerCase()) continue;
    spans.push({ from: e.start, to: e.start + len, e });
  }
  return spans;
}

export function highlight(text, evidence, from = 0, to = text.length) {
  const spans = shownSpans(text, evidence).filter((sp) => sp.to > from && sp.from < to);
  const cuts = new Set([from, to]);
  for (const sp of spans) {
    if (sp.from > from && sp.from < to) cuts.add(sp.from);
    if (sp.to > from && sp.to < to) cuts.add(sp.to);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i < edges.length - 1; i++) {
    const [a, b] = [edges[i], edges[i + 1]];
    const piece = text.slice(a, b);
    const covering = spans.filter((sp) => sp.from <= a && sp.to >= b);
    if (!covering.length) { frag.append(piece); continue; }
    const kinds = [...new Set(covering.map((sp) => sp.e.kind || 'other'))];
    const reasons = [...new Set(covering.map((sp) => sp.e.reason).filter(Boolean))];
    frag.append(h('mark', { class: 'evidence', 'data-kind': kinds.join(' '), title: reasons.join('; ') || kinds.join(', ') }, piece));
  }
  return frag;
}

export function evidenceList(text, evidence, { lang } = {}) {
  const items = evidence ?? [];
  if (!items.length) return h('p', { class: 'muted evidence-none' }, 'No evidence recorded.');
  const shown = new Set(shownSpans(text, items).map((sp) => sp.e));
  return h('ul', { class: 'evidence-list', 'aria-label': 'Evidence' },
    items.map((e) => h('li', { 'data-kind': e.kind || 'other' },
      h('span', { class: 'evidence-kind', 'data-kind': e.kind || 'other' }, e.kind || 'other'),
      ' ',
      e.text ? h('q', { lang }, e.text) : h('span', { class: 'muted' }, '(whole text)'),
      e.reason && h('span', { class: 'evidence-reason' }, ` — ${e.reason}`),
      e.text && !shown.has(e) && h('span', { class: 'muted' }, ' (in the article body, not shown)'))));
}
