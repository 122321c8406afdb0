import { h, field } from '../dom.js';
import { getKey, setKey, forgetKey } from '../session.js';
import { announce } from '../status.js';

export const title = 'Key';

export function render(ctx) {
  const input = h('input', { type: 'password', name: 'key', autocomplete: 'off', spellcheck: 'false', required: true });
  const state = h('p', { class: 'key-state', 'data-testid': 'key-state' });
  const describe = () => {
    const role = document.getElementById('session')?.dataset.role;
    state.textContent = getKey()
      ? `A key is stored for this tab${role === 'admin' ? ': it opens the admin views.' : role === 'reader' ? ': it is a reader key.' : role === 'none' ? ', but the API does not accept it.' : '.'}`
      : 'No key is stored for this tab.';
  };
  describe();
  const form = h('form', { class: 'panel form-grid', id: 'key-form', 'aria-label': 'Access key' },
    field('key-input', 'Access key', input, 'A reader key shows stories and feed health; the admin key also manages feeds and webhooks. It is kept only in this browser tab.'),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'btn btn-primary' }, 'Use this key'),
      h('button', { type: 'button', class: 'btn', 'data-action': 'forget', onclick: async () => {
        forgetKey();
        await ctx.refreshRole();
        describe();
        announce('Key forgotten.');
      } }, 'Forget key')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!input.value.trim()) return;
    setKey(input.value);
    input.value = '';
    const role = await ctx.refreshRole();
    describe();
    if (role === 'none') announce('The API does not accept this key. Check it and paste it again.', 'error');
    else announce(role === 'admin' ? 'Admin key saved.' : role === 'reader' ? 'Reader key saved.' : 'Key saved; the API did not confirm its role.');
  });
  ctx.container.append(h('div', { class: 'view-head' }, ctx.heading('Access key'),
    h('p', { class: 'lede' }, 'Paste the key you were given to open the dashboard.')), state, form);
}
