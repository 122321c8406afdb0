import { h, field, options, hidden } from '../dom.js';
import { getJson, isAbort } from '../api.js';
import { go, hashFor } from '../router.js';
import { EVENTS, LANGUAGES, eventBadge, chips } from '../entities.js';
import { languageSummary, timeEl, dayStart, dayAfter, score } from '../format.js';
import { problemElement } from '../problem.js';

export const title = 'Timeline';
const FILTERS = ['event', 'org', 'person', 'lang', 'since', 'until'];
const PAGE = 25;
let ui = null;

export async function render(ctx) {
  const form = filterForm();
  const results = h('div', { class: 'results', id: 'results' });
  ui = { container: ctx.container, form, results };
  ctx.container.append(
    h('div', { class: 'view-head' }, ctx.heading('Timeline'),
      h('p', { class: 'lede' }, 'Stories about AI-safety teams and people, newest first.')),
    form, results);
  fillForm(ctx.params);
  await load(ctx);
}

export async function update(ctx) {
  fillForm(ctx.params);
  await load(ctx);
}

function filterForm() {
  const onChange = () => apply();
  const form = h('form', { id: 'filters', class: 'filters', 'aria-label': 'Filter stories', onsubmit: (e) => { e.preventDefault(); apply(); } },
    field('filter-event', 'Event', h('select', { name: 'event', onchange: onChange },
      options([['', 'All events'], ...EVENTS.map((e) => [e, e])]))),
    field('filter-org', 'Organisation', h('input', { type: 'text', name: 'org', autocomplete: 'off', onchange: onChange })),
    field('filter-person', 'Person', h('input', { type: 'text', name: 'person', autocomplete: 'off', onchange: onChange })),
    field('filter-lang', 'Language', h('select', { name: 'lang', onchange: onChange },
      options([['', 'All languages'], ...LANGUAGES.map(([code, name]) => [code, `${name} (${code})`])]))),
    field('filter-since', 'From', h('input', { type: 'date', name: 'since', onchange: onChange })),
    field('filter-until', 'Until', h('input', { type: 'date', name: 'until', onchange: onChange })),
    h('div', { class: 'filter-actions' },
      h('button', { type: 'submit', class: 'btn' }, 'Apply'),
      h('a', { href: '#/timeline', class: 'btn btn-quiet' }, 'Clear')));
  return form;
}

function fillForm(params) {
  for (const name of FILTERS) {
    const el = ui.form.elements.namedItem(name);
    if (el) el.value = params.get(name) ?? '';
  }
}

function apply(extra = {}) {
  const data = new FormData(ui.form);
  const params = {};
  for (const name of FILTERS) params[name] = (data.get(name) ?? '').toString().trim();
  go(hashFor('timeline', { ...params, ...extra }));
}

function query(params, token) {
  const q = new URLSearchParams();
  for (const name of ['event', 'org', 'person', 'lang']) {
    const v = params.get(name)?.trim();
    if (v) q.set(name, v);
  }
  const since = dayStart(params.get('since'));
  const until = dayAfter(params.get('until'));
  if (since) q.set('since', since);
  if (until) q.set('until', until);
  q.set('limit', String(PAGE));
  if (token) q.set('continuationToken', token);
  return `alerts?${q}`;
}

async function load(ctx) {
  const { results } = ui;
  results.replaceChildren(h('p', { class: 'muted loading' }, 'Loading stories…'));
  const page = await getJson(query(ctx.params), { signal: ctx.signal });
  if (!ctx.live()) return;
  const alerts = page?.alerts ?? [];
  if (!alerts.length) {
    results.replaceChildren(h('div', { class: 'empty', 'data-testid': 'empty' },
      h('p', {}, hasFilters(ctx.params) ? 'No stories match these filters.' : 'No stories yet. NewsWatch will list them here as soon as a feed reports one.'),
      hasFilters(ctx.params) && h('p', {}, h('a', { href: '#/timeline' }, 'Clear the filters'))));
    return;
  }
  const list = h('div', { class: 'cards', 'data-testid': 'story-list' }, alerts.map(card));
  results.replaceChildren(h('h2', { class: 'visually-hidden' }, 'Stories'), list);
  moreButton(ctx, list, page.continuationToken);
}

function moreButton(ctx, list, token) {
  if (!token) return;
  const btn = h('button', { type: 'button', class: 'btn more', 'data-action': 'load-more' }, 'Load more stories');
  btn.addEventListener('click', async () => {
    btn.disabled = true;
    btn.textContent = 'Loading…';
    try {
      const page = await getJson(query(ctx.params, token), { signal: ctx.signal });
      if (!ctx.live()) return;
      const cards = (page?.alerts ?? []).map(card);
      list.append(...cards);
      btn.remove();
      // Keyboard users continue from the first new story rather than the page top.
      cards[0]?.querySelector('h3 a, h2 a')?.focus();
      moreButton(ctx, list, page?.continuationToken);
    } catch (err) {
      if (isAbort(err) || !ctx.live()) return;
      btn.disabled = false;
      btn.textContent = 'Load more stories';
      btn.after(problemElement(err));
    }
  });
  list.after(btn);
}

function hasFilters(params) {
  return FILTERS.some((f) => params.get(f));
}

function card(alert) {
  const when = alert.storyTime || alert.createdAt;
  return h('article', { class: 'card', 'data-testid': 'story-card', 'data-alert-id': alert.id, 'data-event': alert.event },
    h('div', { class: 'card-meta' },
      eventBadge(alert.event),
      h('span', { class: 'meta-item' }, hidden('Reports per language: '), h('span', { 'data-testid': 'languages' }, languageSummary(alert))),
      h('span', { class: 'meta-item' }, hidden('Score: '), h('span', { class: 'score', title: 'Classifier score' }, score(alert.score))),
      h('span', { class: 'meta-item when' }, hidden('Broke '), timeEl(h, when))),
    h('h3', { class: 'card-title' }, h('a', { href: `#/story/${encodeURIComponent(alert.id)}`, lang: alert.language || null }, alert.title || '(untitled story)')),
    chips(alert, { onPick: (kind, value) => apply({ [kind]: value }) }));
}
