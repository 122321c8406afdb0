import { h, hidden } from '../dom.js';
import { getJson, isAbort } from '../api.js';
import { hashFor } from '../router.js';
import { eventBadge, chips } from '../entities.js';
import { timeEl, score, hostOf, safeLink, absTime } from '../format.js';
import { highlight, evidenceList } from '../highlight.js';
import { problemElement } from '../problem.js';
import { deliveriesTable } from './deliveries.js';

export const title = 'Story';

export async function render(ctx) {
  const id = ctx.segments[1] ?? '';
  const head = h('div', { class: 'view-head' }, h('p', { class: 'back' }, h('a', { href: '#/timeline' }, '← All stories')));
  const heading = ctx.heading('Story');
  head.append(heading);
  ctx.container.append(head);
  const [alert, texts] = await Promise.all([
    getJson(`alerts/${encodeURIComponent(id)}`, { signal: ctx.signal }),
    reportTexts(ctx, id),
  ]);
  if (!ctx.live()) return;

  heading.textContent = alert.title || '(untitled story)';
  if (alert.language) heading.lang = alert.language;
  document.title = `${alert.title || 'Story'} · NewsWatch`;
  const sources = normalisedSources(alert);

  head.append(
    h('div', { class: 'card-meta story-meta' },
      eventBadge(alert.event),
      (alert.events ?? []).filter((e) => e !== alert.event).length > 0
        && h('span', { class: 'meta-item' }, `also ${alert.events.filter((e) => e !== alert.event).join(', ')}`),
      h('span', { class: 'meta-item' }, `score ${score(alert.score)}`),
      h('span', { class: 'meta-item' }, 'broke ', timeEl(h, alert.storyTime || alert.createdAt)),
      h('span', { class: 'meta-item' }, `${sources.length} report${sources.length === 1 ? '' : 's'}`)),
    chips(alert, { linkFor: (kind, value) => hashFor('timeline', { [kind]: value }) }));

  ctx.container.append(
    h('section', { class: 'block', 'aria-labelledby': 'reports-h' },
      h('h2', { id: 'reports-h' }, 'Reports'),
      sources.map((src, i) => report(alert, src, i, texts.get(`${src.feedId}/${src.itemId}`)))),
    growth(sources),
    await deliveries(ctx, alert.id));
}

// Alerts stored before multi-source reports existed carry their one report inline.
function normalisedSources(alert) {
  if (alert.sources?.length) return alert.sources;
  return [{ outlet: hostOf(alert.link), link: alert.link, language: alert.language, published: alert.storyTime, seenAt: alert.createdAt, title: alert.title, growth: 'created', counted: alert.event }];
}

// Each report's whole text (headline, summary, the article's start) with its evidence, read back
// by the API; a story whose reports are no longer stored falls back to what the alert keeps.
async function reportTexts(ctx, id) {
  try {
    const res = await getJson(`alerts/${encodeURIComponent(id)}/reports`, { signal: ctx.signal });
    return new Map((res?.reports ?? []).map((r) => [`${r.feedId}/${r.itemId}`, r]));
  } catch (err) {
    if (isAbort(err)) throw err;
    return new Map();
  }
}

// Renders the text as paragraphs (one a line), each highlighted within its own range, so that
// the element's text stays the classified text and every offset still points at its word.
function paragraphs(text, evidence) {
  const parts = [];
  let start = 0;
  text.split('\n').forEach((line, i) => {
    if (i > 0) parts.push('\n');
    if (line.length) parts.push(h('p', { class: i === 0 ? 'report-title' : 'report-summary' }, highlight(text, evidence, start, start + line.length)));
    start += line.length + 1;
  });
  return parts;
}

function report(alert, src, index, read) {
  const lang = src.language || alert.language || null;
  let text, evidence, body;
  if (read) {
    text = read.text;
    evidence = [...(read.evidence ?? []), ...(read.further ?? [])];
    body = h('div', { class: 'report-text', lang, 'data-testid': 'report-text' },
      paragraphs(text, read.evidence ?? []),
      read.isCut && h('p', { class: 'muted', lang: 'en' }, '… the article goes on.'));
  } else if (index === 0) {
    const t = (alert.title ?? '').trim();
    const s = (alert.summary ?? '').trim();
    text = `${t}\n${s}`;
    evidence = alert.evidence;
    body = h('div', { class: 'report-text', lang, 'data-testid': 'report-text' },
      h('p', { class: 'report-title' }, highlight(text, evidence, 0, t.length)),
      // Keeps textContent equal to the classified text (title, newline, summary).
      s && '\n',
      s && h('p', { class: 'report-summary' }, highlight(text, evidence, t.length + 1, text.length)));
  } else {
    // Evidence offsets point into the title as stored, so it is not trimmed; only the
    // shown range skips surrounding spaces.
    text = src.title ?? '';
    evidence = src.evidence ?? [];
    const from = text.length - text.trimStart().length;
    const to = text.trimEnd().length;
    body = h('div', { class: 'report-text', lang, 'data-testid': 'report-text' },
      h('p', { class: 'report-title' }, to > from ? highlight(text, evidence, from, to) : h('span', { lang: 'en', class: 'muted' }, '(no headline recorded)')));
  }
  const link = safeLink(src.link);
  const outlet = src.outlet || hostOf(src.link) || 'Unknown outlet';
  return h('section', { class: 'report', 'data-testid': 'report', lang, 'aria-label': `Report from ${outlet}` },
    h('div', { class: 'report-head', lang: 'en' },
      h('h3', {}, outlet),
      h('p', { class: 'report-facts' },
        h('span', { class: 'lang-tag', title: 'Language' }, hidden('Language: '), lang ?? '?'),
        src.published && h('span', {}, 'published ', timeEl(h, src.published, { relative: false })),
        src.counted && h('span', {}, countedText(src.counted)),
        index === 0 && h('span', { class: 'first-tag' }, 'first report'))),
    body,
    h('div', { class: 'report-foot', lang: 'en' },
      h('details', { class: 'evidence-details', open: true },
        h('summary', {}, `Evidence (${(evidence ?? []).length})`),
        evidenceList(text, evidence, { lang })),
      link && h('a', { href: link, rel: 'noopener noreferrer', target: '_blank', class: 'ext' }, `Read at ${hostOf(link) || outlet}`, hidden(' (opens in a new tab)'))));
}

// "none" is what a follow-up report scores: it joined the story without alerting on its own.
function countedText(counted) {
  return counted === 'none' ? 'below the alert threshold' : `counted as ${counted}`;
}

function eventOf(s) {
  const e = s.storyEvent || s.counted;
  return e && e !== 'none' ? e : null;
}

// Keys are the backend's StoryGrowth names as serialised: created, joined, escalated, followup.
const GROWTH = {
  created: (s) => `${s.outlet ?? 'A source'} broke the story${eventOf(s) ? ` as ${eventOf(s)}` : ''}`,
  joined: (s) => `${s.outlet ?? 'A source'} joined`,
  escalated: (s) => `Escalated to ${eventOf(s) ?? 'a more severe event'} by ${s.outlet ?? 'a source'}`,
  followup: (s) => `Follow-up from ${s.outlet ?? 'a source'}`,
};

// Tolerates "follow-up" / "FollowUp" spellings so an older or hand-written record still reads right.
function growthKind(s, index) {
  const kind = String(s.growth ?? (index === 0 ? 'created' : 'joined')).toLowerCase().replace(/[^a-z]/g, '');
  return Object.hasOwn(GROWTH, kind) ? kind : 'joined';
}

function growth(sources) {
  const steps = sources
    .map((s, i) => ({ s, i, t: Date.parse(s.seenAt ?? s.published ?? '') }))
    .sort((a, b) => (Number.isNaN(a.t) || Number.isNaN(b.t) ? a.i - b.i : a.t - b.t || a.i - b.i));
  return h('section', { class: 'block', 'aria-labelledby': 'growth-h' },
    h('h2', { id: 'growth-h' }, 'How the story grew'),
    h('ol', { class: 'growth', 'data-testid': 'growth' }, steps.map(({ s, i }) => {
      const kind = growthKind(s, i);
      const text = GROWTH[kind](s);
      return h('li', { 'data-growth': kind },
        h('span', { class: 'growth-text' }, text, s.language ? ` (${s.language})` : ''),
        ' ',
        s.seenAt && h('time', { datetime: s.seenAt, class: 'muted' }, absTime(s.seenAt)));
    })));
}

async function deliveries(ctx, alertId) {
  const section = h('section', { class: 'block', 'aria-labelledby': 'deliveries-h' }, h('h2', { id: 'deliveries-h' }, 'Deliveries'));
  if (ctx.role === 'reader') {
    section.append(h('p', { class: 'muted' }, 'Webhook deliveries are shown with the admin key.'));
    return section;
  }
  try {
    const res = await getJson(`alerts/${encodeURIComponent(alertId)}/deliveries`, { signal: ctx.signal });
    const list = res?.deliveries ?? [];
    section.append(list.length ? deliveriesTable(list, { caption: 'Deliveries of this story', showSubscription: true }) : h('p', { class: 'muted' }, 'No subscription has received this story.'));
  } catch (err) {
    if (isAbort(err)) throw err;
    section.append(err.status === 403 || err.status === 401 ? h('p', { class: 'muted' }, 'Webhook deliveries are shown with the admin key.') : problemElement(err));
  }
  return section;
}
