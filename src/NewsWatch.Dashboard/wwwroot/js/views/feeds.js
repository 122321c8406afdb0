import { h, field, options, hidden } from '../dom.js';
import { getJson, sendJson, request, isAbort } from '../api.js';
import { LANGUAGES } from '../entities.js';
import { timeEl, hostOf, pollEveryText } from '../format.js';
import { sparkline } from '../sparkline.js';
import { dataTable } from '../table.js';
import { announce } from '../status.js';
import { announceProblem } from '../problem.js';

export const title = 'Feeds';

export async function render(ctx) {
  const admin = ctx.role === 'admin';
  ctx.container.append(h('div', { class: 'view-head' }, ctx.heading('Feeds'),
    h('p', { class: 'lede' }, admin ? 'The feeds NewsWatch watches, their health, and how to add more.' : 'The feeds NewsWatch watches and how well they are answering.')));
  if (admin) ctx.container.append(adminTools(ctx));
  const feeds = admin
    ? await getJson('feeds', { signal: ctx.signal })
    : (await getJson('feeds/health', { signal: ctx.signal }))?.feeds;
  if (!ctx.live()) return;
  const list = Array.isArray(feeds) ? feeds : [];
  const failing = list.filter((f) => f.isEnabled !== false && f.consecutiveFailures > 0).length;
  ctx.container.append(h('section', { class: 'block', 'aria-labelledby': 'feeds-h' },
    h('h2', { id: 'feeds-h' }, `Watched feeds (${list.length})`),
    h('p', { class: 'muted', 'data-testid': 'feeds-summary' }, failing ? `${failing} of ${list.length} failing.` : list.length ? 'All enabled feeds are answering.' : ''),
    list.length ? feedTable(ctx, list, admin) : h('p', { class: 'empty' }, 'No feeds are watched yet.')));
}

function feedState(f) {
  if (f.isEnabled === false) return h('span', { class: 'state state-disabled' }, 'disabled');
  if (f.consecutiveFailures > 0) return h('span', { class: 'state state-dead' }, `failing ${f.consecutiveFailures}×`);
  return h('span', { class: 'state state-delivered' }, 'healthy');
}

function mode(f) {
  if (f.push) {
    const state = f.push.state ? ` · ${f.push.state}` : '';
    return h('span', { title: f.push.hub ? `Hub: ${f.push.hub}` : null }, `push (WebSub)${state}`);
  }
  const every = pollEveryText(f.pollEvery);
  return every ? `polling every ${every}` : 'polling';
}

function feedTable(ctx, list, admin) {
  const columns = [
    { label: 'Feed', header: true, className: 'wrap' }, { label: 'State' }, { label: 'Last poll' }, { label: 'Next poll' },
    { label: 'Items, 14 days' }, { label: 'Mode' },
    ...(admin ? [{ label: 'Last error', className: 'wrap' }, { label: 'Actions' }] : []),
  ];
  const rows = list.map((f) => {
    const host = f.host || hostOf(f.url);
    const cells = [
      h('span', { class: 'feed-name' }, h('span', { class: 'feed-title' }, f.title || host || f.url || f.id),
        host && h('span', { class: 'muted feed-host' }, host)),
      feedState(f),
      timeEl(h, f.lastPolledAt),
      timeEl(h, f.nextPollAt),
      h('span', { class: 'spark-cell' }, sparkline(f.itemsPerDay), h('span', { class: 'muted' }, hidden('Total: '), `${f.itemCount ?? 0} total`)),
      mode(f),
    ];
    if (admin) {
      const err = f.lastError || f.push?.lastError || f.disabledReason;
      cells.push(err ? h('span', { class: 'error-text' }, err) : null);
      cells.push(h('button', { type: 'button', class: 'btn btn-danger btn-small', 'data-action': 'remove', 'data-feed-id': f.id, onclick: () => remove(ctx, f) },
        'Remove', hidden(` ${f.title || host}`)));
    }
    return { attrs: { 'data-testid': 'feed', 'data-feed-id': f.id, 'data-state': f.isEnabled === false ? 'disabled' : f.consecutiveFailures > 0 ? 'failing' : 'healthy' }, cells };
  });
  return dataTable({ caption: 'Watched feeds', columns, rows, className: 'feeds' });
}

async function remove(ctx, f) {
  if (!window.confirm(`Stop watching “${f.title || f.url}”?`)) return;
  try {
    await request(`feeds?id=${encodeURIComponent(f.id)}`, { method: 'DELETE' });
    await ctx.reload();
    announce(`Stopped watching ${f.title || f.url}.`);
  } catch (err) {
    if (!isAbort(err)) announceProblem(err);
  }
}

function adminTools(ctx) {
  return h('div', { class: 'tools' }, addForm(ctx), opmlForm(ctx));
}

function addForm(ctx) {
  const form = h('form', { class: 'panel form-grid', id: 'feed-add', 'aria-labelledby': 'feed-add-h' },
    h('h2', { id: 'feed-add-h' }, 'Add a feed'),
    field('feed-url', 'Feed URL', h('input', { type: 'url', name: 'url', required: true, placeholder: 'https://example.org/rss.xml', autocomplete: 'off' })),
    field('feed-title', 'Title (optional)', h('input', { type: 'text', name: 'title', autocomplete: 'off' })),
    field('feed-lang', 'Language', h('select', { name: 'lang' }, options([['', 'Detect'], ...LANGUAGES.map(([c, n]) => [c, `${n} (${c})`])]))),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Add feed')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    addFeed(ctx, form);
  });
  return form;
}

async function addFeed(ctx, form) {
  const data = new FormData(form);
  const body = { url: String(data.get('url')).trim() };
  if (data.get('title')) body.title = String(data.get('title')).trim();
  if (data.get('lang')) body.lang = String(data.get('lang'));
  const btn = form.querySelector('button[type=submit]');
  btn.disabled = true;
  try {
    const feed = await sendJson('POST', 'feeds', body);
    form.reset();
    await ctx.reload();
    announce(`Watching ${feed?.title || body.url}.`);
  } catch (err) {
    if (!isAbort(err)) announceProblem(err);
  } finally {
    btn.disabled = false;
  }
}

function opmlForm(ctx) {
  const file = h('input', { type: 'file', name: 'opml', accept: '.opml,.xml,text/x-opml,text/xml,application/xml' });
  const form = h('form', { class: 'panel form-grid', id: 'feed-opml', 'aria-labelledby': 'feed-opml-h' },
    h('h2', { id: 'feed-opml-h' }, 'OPML'),
    field('opml-file', 'OPML file to import', file),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'btn', 'data-action': 'import' }, 'Import'),
      h('button', { type: 'button', class: 'btn', 'data-action': 'export', onclick: () => exportOpml() }, 'Export all as OPML')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    importOpml(ctx, file);
  });
  return form;
}

async function importOpml(ctx, file) {
  const chosen = file.files?.[0];
  if (!chosen) { announce('Choose an OPML file first.', 'error'); file.focus(); return; }
  try {
    const res = await sendJson('POST', 'feeds/import', await chosen.text(), { contentType: 'text/x-opml' });
    await ctx.reload();
    announce(`Found ${res?.found ?? 0} feeds in ${chosen.name}; ${res?.added ?? 0} new.`);
  } catch (err) {
    if (!isAbort(err)) announceProblem(err);
  }
}

// A plain link cannot send the key header, so the file is fetched and handed over as a blob.
async function exportOpml() {
  try {
    const res = await request('feeds/export', { accept: 'text/x-opml, application/xml, */*' });
    const url = URL.createObjectURL(await res.blob());
    const a = h('a', { href: url, download: 'newswatch.opml', class: 'visually-hidden' }, 'download');
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce('Exported the feed list as newswatch.opml.');
  } catch (err) {
    if (!isAbort(err)) announceProblem(err);
  }
}
