import { h, field, options, hidden } from '../dom.js';
import { getJson, isAbort } from '../api.js';
import { go, hashFor, parseHash } from '../router.js';
import { EVENTS, LANGUAGES, eventBadge, chips } from '../entities.js';
import { languageSummary, timeEl, dayStart, dayAfter, score } from '../format.js';
import { problemElement, announceProblem } from '../problem.js';
import { announce } from '../status.js';

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

// A filter change keeps focus on the control, so the new count is announced instead.
export async function update(ctx) {
  fillForm(ctx.params);
  const shown = await load(ctx);
  if (shown != null && ctx.live()) announce(countText(shown, ctx.params));
}

// Called by the router when a load fails: the problem replaces "Loading stories…"
// inside the results, so the next successful load replaces it in turn.
export function showProblem(ctx, err) {
  if (ui?.container === ctx.container) ui.results.replaceChildren(problemElement(err));
  else ctx.container.append(problemElement(err));
}

function countText({ count, more }, params) {
  if (!count) return hasFilters(params) ? 'No stories match these filters' : 'No stories yet';
  return `${count} ${count === 1 ? 'story' : 'stories'}${more ? ', more available' : ''}`;
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
    const value = params.get(name) ?? '';
    if (el instanceof HTMLSelectElement) offerValue(el, value);
    if (el) el.value = value;
  }
}

// A value from a link that the list does not offer (lang=ja) gets an option of its own,
// so the control shows the filter that is really applied instead of "All languages".
function offerValue(select, value) {
  for (const o of select.querySelectorAll('option[data-extra]')) if (o.value !== value) o.remove();
  if (value && ![...select.options].some((o) => o.value === value)) {
    select.append(h('option', { value, 'data-extra': true }, value));
  }
}

function apply(extra = {}) {
  const data = new FormData(ui.form);
  const params = {};
  for (const name of FILTERS) params[name] = (data.get(name) ?? '').toString().trim();
  const next = hashFor('timeline', { ...params, ...extra });
  // Enter in a text field fires "change" and then "submit": the second must not load again.
  // An unchanged filter still reloads after a failure, so Apply doubles as "try again".
  if (next === currentHash() && !ui.results.querySelector('[data-testid="problem"]')) return;
  go(next);
}

// The current filters in hashFor's spelling, so parameter order or encoding do not count as changes.
function currentHash() {
  const r = parseHash();
  return r.name === 'timeline' ? hashFor('timeline', Object.fromEntries(r.params)) : null;
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

// Returns what is shown ({ count, more }), or null when a newer route took over.
async function load(ctx) {
  const { results } = ui;
  results.replaceChildren(h('p', { class: 'muted loading' }, 'Loading stories…'));
  const page = await getJson(query(ctx.params), { signal: ctx.signal });
  if (!ctx.live()) return null;
  const alerts = page?.alerts ?? [];
  if (!alerts.length) {
    results.replaceChildren(h('div', { class: 'empty', 'data-testid': 'empty' },
      h('p', {}, hasFilters(ctx.params) ? 'No stories match these filters.' : 'No stories yet. NewsWatch will list them here as soon as a feed reports one.'),
      hasFilters(ctx.params) && h('p', {}, h('a', { href: '#/timeline' }, 'Clear the filters'))));
    return { count: 0, more: false };
  }
  const list = h('div', { class: 'cards', 'data-testid': 'story-list' }, alerts.map(card));
  results.replaceChildren(h('h2', { class: 'visually-hidden' }, 'Stories'), list);
  moreButton(ctx, list, page.continuationToken);
  return { count: alerts.length, more: !!page.continuationToken };
}

function moreButton(ctx, list, token) {
  if (!token) return;
  const btn = h('button', { type: 'button', class: 'btn more', 'data-action': 'load-more' }, 'Load more stories');
  btn.addEventListener('click', () => loadMore(ctx, list, btn, token));
  list.after(btn);
}

async function loadMore(ctx, list, btn, token) {
  btn.disabled = true;
  btn.textContent = 'Loading…';
  try {
    const page = await getJson(query(ctx.params, token), { signal: ctx.signal });
    if (!ctx.live()) return;
    const cards = (page?.alerts ?? []).map(card);
    list.append(...cards);
    moreProblem(btn)?.remove();
    btn.remove();
    // Keyboard users continue from the first new story rather than the page top.
    cards[0]?.querySelector('h3 a, h2 a')?.focus();
    moreButton(ctx, list, page?.continuationToken);
    const total = list.children.length;
    announce(`${cards.length} more ${cards.length === 1 ? 'story' : 'stories'}; ${total} shown${page?.continuationToken ? ', more available' : ''}`);
  } catch (err) {
    if (isAbort(err) || !ctx.live()) return;
    btn.disabled = false;
    btn.textContent = 'Load more stories';
    // Repeated failures replace the message rather than stacking copies under the button.
    const old = moreProblem(btn);
    if (old) old.replaceWith(problemElement(err));
    else btn.after(problemElement(err));
    announceProblem(err);
  }
}

function moreProblem(btn) {
  const next = btn.nextElementSibling;
  return next?.matches('.problem') ? next : null;
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
