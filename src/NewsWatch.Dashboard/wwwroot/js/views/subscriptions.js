import { h, field } from '../dom.js';
import { getJson, sendJson, isAbort } from '../api.js';
import { timeEl, score, absTime } from '../format.js';
import { dataTable } from '../table.js';
import { announce } from '../status.js';
import { announceProblem, problemElement } from '../problem.js';
import { deliveriesTable } from './deliveries.js';

export const title = 'Subscriptions';
export const adminOnly = true;

export async function render(ctx) {
  const id = ctx.segments[1];
  ctx.container.append(h('div', { class: 'view-head' }, ctx.heading('Subscriptions'),
    h('p', { class: 'lede' }, 'Webhooks that receive new and updated stories.')));
  const subs = await getJson('subscriptions', { signal: ctx.signal });
  if (!ctx.live()) return;
  const list = Array.isArray(subs) ? subs : [];
  if (id) {
    const sub = list.find((s) => s.id === id);
    if (sub) await detail(ctx, sub);
    else ctx.container.append(h('p', { class: 'problem', 'data-testid': 'problem' }, 'There is no subscription with this id. ', h('a', { href: '#/subscriptions' }, 'See all subscriptions'), '.'));
  }
  if (!ctx.live()) return;
  ctx.container.append(h('section', { class: 'block', 'aria-labelledby': 'subs-h' },
    h('h2', { id: 'subs-h' }, `All subscriptions (${list.length})`),
    list.length ? subsTable(list, id) : h('p', { class: 'empty' }, 'No webhook subscriptions yet.')));
}

function stateText(sub) {
  if (!sub.isEnabled) return h('span', { class: 'state state-disabled' }, 'disabled', sub.disabledReason ? ` (${sub.disabledReason})` : '');
  if (sub.failingSince) return h('span', { class: 'state state-dead' }, 'failing since ', timeEl(h, sub.failingSince, { relative: false }));
  return h('span', { class: 'state state-delivered' }, 'enabled');
}

function list(values, empty = 'any') {
  return values?.length ? values.join(', ') : h('span', { class: 'muted' }, empty);
}

function subsTable(subs, selected) {
  return dataTable({
    caption: 'Webhook subscriptions',
    columns: [{ label: 'Endpoint', header: true, className: 'wrap' }, { label: 'State' }, { label: 'Events' }, { label: 'Organisations' },
      { label: 'Languages' }, { label: 'Min score', className: 'num' }, { label: 'Format' }, { label: 'Created' }],
    rows: subs.map((s) => ({
      attrs: { 'data-testid': 'subscription', 'data-subscription-id': s.id, class: s.id === selected ? 'selected' : null },
      cells: [
        h('a', { href: `#/subscriptions/${encodeURIComponent(s.id)}`, class: 'mono', 'aria-current': s.id === selected ? 'true' : null }, s.url || s.id),
        stateText(s), list(s.events), list(s.orgs), list(s.languages), score(s.minScore), s.format ?? '—', timeEl(h, s.createdAt),
      ],
    })),
  });
}

function summary(sub) {
  const row = (term, value) => [h('dt', {}, term), h('dd', {}, value)];
  return h('dl', { class: 'facts', 'data-testid': 'subscription-facts' },
    row('State', stateText(sub)),
    row('Events', list(sub.events)),
    row('Organisations', list(sub.orgs)),
    row('Languages', list(sub.languages)),
    row('Minimum score', score(sub.minScore)),
    row('Format', sub.format ?? '—'),
    row('Updates', sub.notifyUpdates ? 'sends alert.updated too' : 'new stories only'),
    row('Created', timeEl(h, sub.createdAt, { relative: false })),
    sub.previousSecretExpiresAt && row('Previous secret valid until', absTime(sub.previousSecretExpiresAt)));
}

// The detail panel: facts, actions, a slot for a new secret, and recent deliveries.
// `d` is the panel's shared state, read by the actions below.
async function detail(ctx, initial) {
  const d = detailPanel(initial);
  d.base = `subscriptions/${encodeURIComponent(initial.id)}`;
  d.loadDeliveries = () => loadDeliveries(ctx, d);
  ctx.container.append(d.section);
  wireActions(ctx, d, actionsFor(ctx, d));
  await d.loadDeliveries();
}

function detailPanel(sub) {
  const d = {
    sub,
    facts: h('div', {}, summary(sub)),
    secret: h('div', { class: 'secret-slot' }),
    deliveries: h('div', { class: 'deliveries-slot', 'data-testid': 'deliveries' }),
    toggle: h('button', { type: 'button', class: 'btn' }),
  };
  d.setToggle = () => {
    d.toggle.dataset.action = d.sub.isEnabled ? 'disable' : 'enable';
    d.toggle.textContent = d.sub.isEnabled ? 'Disable' : 'Enable';
  };
  d.setToggle();
  d.buttons = [
    h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'test' }, 'Send test ping'),
    h('button', { type: 'button', class: 'btn', 'data-action': 'replay' }, 'Replay dead deliveries'),
    h('button', { type: 'button', class: 'btn', 'data-action': 'rotate' }, 'Rotate secret'),
    d.toggle,
  ];
  d.section = h('section', { class: 'panel detail', 'aria-labelledby': 'sub-h', 'data-testid': 'subscription-detail', 'data-subscription-id': sub.id },
    h('p', { class: 'back' }, h('a', { href: '#/subscriptions' }, '← All subscriptions')),
    h('h2', { id: 'sub-h' }, 'Subscription ', h('span', { class: 'mono' }, sub.url || sub.id)),
    d.facts,
    h('div', { class: 'actions', role: 'group', 'aria-label': 'Subscription actions' }, d.buttons),
    d.secret,
    h('h3', {}, 'Recent deliveries'),
    d.deliveries);
  return d;
}

async function loadDeliveries(ctx, d) {
  d.deliveries.setAttribute('aria-busy', 'true');
  try {
    const res = await getJson(`${d.base}/deliveries?limit=50`, { signal: ctx.signal });
    if (!ctx.live()) return;
    const rows = res?.deliveries ?? [];
    d.deliveries.replaceChildren(rows.length ? deliveriesTable(rows, { caption: 'Recent deliveries' }) : h('p', { class: 'muted' }, 'Nothing delivered yet.'));
  } catch (err) {
    if (isAbort(err) || !ctx.live()) return;
    d.deliveries.replaceChildren(problemElement(err));
  } finally {
    d.deliveries.removeAttribute('aria-busy');
  }
}

// The API answers with the updated subscription; the facts and toggle follow it.
function showSub(d, sub) {
  d.sub = sub;
  d.facts.replaceChildren(summary(sub));
  d.setToggle();
}

function actionsFor(ctx, d) {
  const post = (action) => sendJson('POST', `${d.base}/${action}`, {}, { signal: ctx.signal });
  return {
    test: async () => {
      const r = await post('test');
      if (r?.delivered) announce(`Test ping delivered${r.status ? ` (HTTP ${r.status})` : ''}.`);
      else announce(`Test ping failed${r?.status ? ` with HTTP ${r.status}` : ''}${r?.error ? `: ${r.error}` : '.'}`, 'error');
    },
    replay: async () => {
      const r = await post('replay');
      await d.loadDeliveries();
      const n = r?.queued ?? 0;
      announce(n ? `Queued ${n} dead deliver${n === 1 ? 'y' : 'ies'} for another try.` : 'There were no dead deliveries to replay.');
    },
    rotate: async () => {
      if (!window.confirm('Rotate the signing secret? The receiver must switch to the new secret.')) return;
      const r = await post('rotate-secret');
      if (r?.id) showSub(d, r);
      d.secret.replaceChildren(secretPanel(r?.secret));
      d.secret.querySelector('input')?.focus();
      announce('New signing secret created. Copy it now: it is shown only once.');
    },
    disable: async () => {
      if (!window.confirm('Disable this subscription? It will stop receiving stories.')) return;
      showSub(d, (await post('disable')) ?? { ...d.sub, isEnabled: false });
      announce('Subscription disabled.');
    },
    enable: async () => {
      showSub(d, (await post('enable')) ?? { ...d.sub, isEnabled: true });
      announce('Subscription enabled.');
    },
  };
}

// One action at a time: every button is disabled while one runs.
function wireActions(ctx, d, actions) {
  for (const btn of d.buttons) {
    btn.addEventListener('click', async () => {
      const run = actions[btn.dataset.action];
      if (!run) return;
      d.buttons.forEach((b) => { b.disabled = true; });
      d.section.setAttribute('aria-busy', 'true');
      try {
        await run();
      } catch (err) {
        if (!isAbort(err) && ctx.live()) announceProblem(err);
      } finally {
        d.buttons.forEach((b) => { b.disabled = false; });
        d.section.removeAttribute('aria-busy');
      }
    });
  }
}

function secretPanel(value) {
  const input = h('input', { type: 'text', readonly: true, value: value ?? '', class: 'mono', spellcheck: 'false', autocomplete: 'off' });
  const copy = h('button', { type: 'button', class: 'btn', 'data-action': 'copy-secret' }, 'Copy');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value);
    } catch {
      input.select();
      document.execCommand?.('copy');
    }
    announce('Secret copied to the clipboard.');
  });
  return h('div', { class: 'secret', 'data-testid': 'secret' },
    h('h3', {}, 'New signing secret'),
    h('p', { class: 'warning' }, 'This secret is shown only now. Copy it into the receiver before leaving this page.'),
    h('div', { class: 'copy-row' }, field('new-secret', 'Signing secret', input), copy));
}
