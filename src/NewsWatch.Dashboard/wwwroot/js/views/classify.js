import { h, field, options } from '../dom.js';
import { sendJson, isAbort } from '../api.js';
import { LANGUAGES, eventBadge, chips } from '../entities.js';
import { score } from '../format.js';
import { highlight, evidenceList } from '../highlight.js';
import { dataTable } from '../table.js';
import { announce } from '../status.js';
import { announceProblem } from '../problem.js';

export const title = 'Classify';
export const adminOnly = true;

// Kept across visits so going to a story and back does not lose the draft.
const draft = { title: '', summary: '', lang: '' };

export function render(ctx) {
  const result = h('div', { class: 'classify-result', 'data-testid': 'classify-result' });
  const form = h('form', { class: 'panel form-grid classify-form', id: 'classify-form', 'aria-label': 'Text to classify' },
    field('classify-title', 'Headline', h('input', { type: 'text', name: 'title', required: true, autocomplete: 'off', value: draft.title })),
    field('classify-summary', 'Summary or article text (optional)', h('textarea', { name: 'summary', rows: 5, value: draft.summary })),
    field('classify-lang', 'Language', h('select', { name: 'lang', value: draft.lang }, options([['', 'Auto-detect'], ...LANGUAGES.map(([c, n]) => [c, `${n} (${c})`])]))),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Classify')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    classify(ctx, form, result);
  });
  ctx.container.append(h('div', { class: 'view-head' }, ctx.heading('Classify'),
    h('p', { class: 'lede' }, 'Try a headline against the classifier and see which words counted. Nothing is stored.')),
    form, result);
}

async function classify(ctx, form, result) {
  const main = document.getElementById('main');
  const data = new FormData(form);
  draft.title = String(data.get('title') ?? '');
  draft.summary = String(data.get('summary') ?? '');
  draft.lang = String(data.get('lang') ?? '');
  const body = { title: draft.title.trim() };
  if (draft.summary.trim()) body.summary = draft.summary.trim();
  if (draft.lang) body.lang = draft.lang;
  const btn = form.querySelector('button[type=submit]');
  btn.disabled = true;
  main.dataset.ready = 'false';
  result.setAttribute('aria-busy', 'true');
  try {
    const r = await sendJson('POST', 'classify', body, { signal: ctx.signal });
    if (!ctx.live()) return;
    result.replaceChildren(...resultView(body, r));
    announce(`Classified as ${r?.event ?? 'no event'} with score ${score(r?.score)}.`);
  } catch (err) {
    if (isAbort(err) || !ctx.live()) return;
    result.replaceChildren();
    announceProblem(err);
  } finally {
    btn.disabled = false;
    result.removeAttribute('aria-busy');
    if (ctx.live()) main.dataset.ready = 'true';
  }
}

function resultView(body, r) {
  // The API's offsets are into the trimmed title, a newline, then the trimmed summary.
  const text = `${body.title}\n${body.summary ?? ''}`;
  const t = body.title.length;
  const lang = r?.language || body.lang || null;
  return [
    h('h2', {}, 'Result'),
    h('div', { class: 'card-meta' },
      r?.event ? eventBadge(r.event) : h('span', { class: 'badge badge-unknown', 'data-testid': 'event-badge' }, 'no event'),
      h('span', { class: 'meta-item' }, `score ${score(r?.score)}`),
      (r?.events ?? []).length > 1 && h('span', { class: 'meta-item' }, `events: ${r.events.join(', ')}`),
      lang && h('span', { class: 'meta-item' }, `language ${lang}`)),
    chips(r ?? {}),
    h('div', { class: 'report-text', lang, 'data-testid': 'classify-text' },
      h('p', { class: 'report-title' }, highlight(text, r?.evidence, 0, t)),
      body.summary && '\n',
      body.summary && h('p', { class: 'report-summary' }, highlight(text, r?.evidence, t + 1, text.length))),
    h('h3', {}, 'Evidence'),
    evidenceList(text, r?.evidence, { lang }),
    h('h3', {}, 'Score terms'),
    (r?.scoreTerms ?? []).length
      ? dataTable({
        caption: 'Score terms',
        className: 'terms',
        columns: [{ label: 'Feature', header: true }, { label: 'Value', className: 'num' }, { label: 'Weight', className: 'num' }, { label: 'Contribution', className: 'num' }],
        rows: r.scoreTerms.map((x) => ({ cells: [x.feature, num(x.value), num(x.weight), num(x.contribution)], attrs: { class: x.contribution < 0 ? 'negative' : null } })),
      })
      : h('p', { class: 'muted' }, 'No score terms returned.'),
  ];
}

function num(v) {
  return typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v ?? '—');
}
