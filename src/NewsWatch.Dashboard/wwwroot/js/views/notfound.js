import { h } from '../dom.js';

export const title = 'Not found';

export function render(ctx) {
  ctx.container.append(ctx.heading('Page not found'),
    h('p', {}, 'There is no such page. ', h('a', { href: '#/timeline' }, 'Go to the timeline'), '.'));
}
