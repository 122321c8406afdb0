import { h } from '../dom.js';

export function needsAdmin(ctx, title) {
  ctx.container.append(
    ctx.heading(title),
    h('p', { class: 'refusal', 'data-testid': 'needs-admin' },
      'This view needs the admin key. ',
      h('a', { href: '#/key' }, 'Paste the admin key'), '.'));
}
