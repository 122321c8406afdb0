import { h } from '../dom.js';
import { timeEl } from '../format.js';
import { dataTable } from '../table.js';

export function stateBadge(state) {
  return h('span', { class: ['state', `state-${state}`] }, state ?? 'unknown');
}

export function deliveriesTable(list, { caption, showSubscription }) {
  const columns = [
    showSubscription && { label: 'Subscription', header: true },
    { label: 'Type' }, { label: 'State' }, { label: 'Attempts', className: 'num' },
    { label: 'Last status', className: 'num' }, { label: 'Last error', className: 'wrap' }, { label: 'Queued' }, { label: 'Delivered / next try' },
  ].filter(Boolean);
  const rows = list.map((d) => ({
    attrs: { 'data-testid': 'delivery', 'data-state': d.state, 'data-message-id': d.messageId },
    cells: [
      ...(showSubscription ? [h('a', { href: `#/subscriptions/${encodeURIComponent(d.subscriptionId)}` }, shortId(d.subscriptionId))] : []),
      d.type, stateBadge(d.state), String(d.attempts ?? 0), d.lastStatus ? String(d.lastStatus) : null,
      d.lastError ? h('span', { class: 'error-text' }, d.lastError) : null,
      timeEl(h, d.createdAt),
      d.state === 'delivered' ? timeEl(h, d.deliveredAt) : d.state === 'pending' ? timeEl(h, d.nextAttemptAt) : null,
    ],
  }));
  return dataTable({ caption, columns, rows, className: 'deliveries' });
}

function shortId(id) {
  return id && id.length > 12 ? `${id.slice(0, 8)}…` : id ?? '?';
}
