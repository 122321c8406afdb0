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

async function detail(ctx, initial) {
  let sub = initial;
  const facts = h('div', {}, summary(sub));
  const secret = h('div', { class: 'secret-slot' });
  const deliveries = h('div', { class: 'deliveries-slot', 'data-testid': 'deliveries' });
  const toggle = h('button', { type: 'button', class: 'btn' });
  const setToggle = () => {
    toggle.dataset.action = sub.isEnabled ? 'disable' : 'enable';
    toggle.textContent = sub.isEnabled ? 'Disable' : 'Enable';
  };
  setToggle();
  const buttons = [
    h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'test' }, 'Send test ping'),
    h('button', { type: 'button', class: 'btn', 'data-action': 'replay' }, 'Replay dead deliveries'),
    h('button', { type: 'button', class: 'btn', 'data-action': 'rotate' }, 'Rotate secret'),
    toggle,
  ];
  const section = h('section', { class: 'panel detail', 'aria-labelledby': 'sub-h', 'data-testid': 'subscription-detail', 'data-subscription-id': sub.id },
    h('p', { class: 'back' }, h('a', { href: '#/subscriptions' }, '← All subscriptions')),
    h('h2', { id: 'sub-h' }, 'Subscription ', h('span', { class: 'mono' }, sub.url || sub.id)),
    facts,
    h('div', { class: 'actions', role: 'group', 'aria-label': 'Subscription actions' }, buttons),
    secret,
    h('h3', {}, 'Recent deliveries'),
    deliveries);
  ctx.container.append(section);

  const base = `subscriptions/${encodeURIComponent(sub.id)}`;
  const loadDeliveries = async () => {
    deliveries.setAttribute('aria-busy', 'true');
    try {
      const res = await getJson(`${base}/deliveries?limit=50`, { signal: ctx.signal });
      if (!ctx.live()) return;
      const rows = res?.deliveries ?? [];
      deliveries.replaceChildren(rows.length ? deliveriesTable(rows, { caption: 'Recent deliveries' }) : h('p', { class: 'muted' }, 'Nothing delivered yet.'));
    } catch (err) {
      if (isAbort(err) || !ctx.live()) return;
      deliveries.replaceChildren(problemElement(err));
    } finally {
      deliveries.removeAttribute('aria-busy');
    }
  };

  const actions = {
    test: async () => {
      const r = await sendJson('POST', `${base}/test`, {}, { signal: ctx.signal });
      if (r?.delivered) announce(`Test ping delivered${r.status ? ` (HTTP ${r.status})` : ''}.`);
      else announce(`Test ping failed${r?.status ? ` with HTTP ${r.status}` : ''}${r?.error ? `: ${r.error}` : '.'}`, 'error');
    },
    replay: async () => {
      const r = await sendJson('POST', `${base}/replay`, {}, { signal: ctx.signal });
      await loadDeliveries();
      const n = r?.queued ?? 0;
      announce(n ? `Queued ${n} dead deliver${n === 1 ? 'y' : 'ies'} for another try.` : 'There were no dead deliveries to replay.');
    },
    rotate: async () => {
      if (!window.confirm('Rotate the signing secret? The receiver must switch to the new secret.')) return;
      const r = await sendJson('POST', `${base}/rotate-secret`, {}, { signal: ctx.signal });
      if (r?.id) { sub = r; facts.replaceChildren(summary(sub)); }
      secret.replaceChildren(secretPanel(r?.secret));
      secret.querySelector('input')?.focus();
      announce('New signing secret created. Copy it now: it is shown only once.');
    },
    disable: async () => {
      if (!window.confirm('Disable this subscription? It will stop receiving stories.')) return;
      sub = (await sendJson('POST', `${base}/disable`, {}, { signal: ctx.signal })) ?? { ...sub, isEnabled: false };
      facts.replaceChildren(summary(sub));
      setToggle();
      announce('Subscription disabled.');
    },
    enable: async () => {
      sub = (await sendJson('POST', `${base}/enable`, {}, { signal: ctx.signal })) ?? { ...sub, isEnabled: true };
      facts.replaceChildren(summary(sub));
      setToggle();
      announce('Subscription enabled.');
    },
  };

  for (const btn of buttons) {
    btn.addEventListener('click', async () => {
      const run = actions[btn.dataset.action];
      if (!run) return;
      buttons.forEach((b) => { b.disabled = true; });
      section.setAttribute('aria-busy', 'true');
      try {
        await run();
      } catch (err) {
        if (!isAbort(err) && ctx.live()) announceProblem(err);
      } finally {
        buttons.forEach((b) => { b.disabled = false; });
        section.removeAttribute('aria-busy');
      }
    });
  }
  await loadDeliveries();
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
