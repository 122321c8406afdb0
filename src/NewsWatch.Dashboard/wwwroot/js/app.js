import { h } from './dom.js';
import { consumeFragmentKey, getKey } from './session.js';
import { parseHash } from './router.js';
import { detectRole, currentRole } from './role.js';
import { refreshHealthLine } from './healthline.js';
import { clearStatus } from './status.js';
import { isAbort } from './api.js';
import { problemElement, announceProblem } from './problem.js';
import * as timeline from './views/timeline.js';
import * as story from './views/story.js';
import * as feeds from './views/feeds.js';
import * as subscriptions from './views/subscriptions.js';
import * as classify from './views/classify.js';
import * as key from './views/key.js';
import * as notFound from './views/notfound.js';
import { needsAdmin } from './views/refusal.js';

const VIEWS = { timeline, story, feeds, subscriptions, classify, key };
const main = document.getElementById('main');
let current = null;

async function refreshRole() {
  const role = await detectRole();
  for (const li of document.querySelectorAll('#nav [data-admin]')) li.hidden = role === 'reader' || role === 'none';
  const session = document.getElementById('session');
  session.textContent = {
    admin: 'Admin key',
    reader: 'Reader key',
    none: getKey() ? 'Key not accepted' : 'No key',
    unknown: getKey() ? 'Key stored' : 'No key',
  }[role];
  session.dataset.role = role;
  refreshHealthLine();
  return role;
}

function markNav(name) {
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.route === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// Own properties only: "#/constructor" or "#/__proto__" must not find Object's members.
function viewFor(name) {
  return Object.hasOwn(VIEWS, name) ? VIEWS[name] : notFound;
}

function markBusy(name) {
  main.dataset.ready = 'false';
  main.setAttribute('aria-busy', 'true');
  markNav(name === 'story' ? 'timeline' : name);
}

function markReady() {
  main.removeAttribute('aria-busy');
  main.dataset.ready = 'true';
}

function contextFor(r, state) {
  const { container, controller } = state;
  return {
    container,
    params: r.params,
    segments: r.segments,
    signal: controller.signal,
    role: currentRole(),
    live: () => current === state && !controller.signal.aborted,
    refreshRole,
    reload: () => route({ keepStatus: true }),
    heading: (text) => h('h1', { tabindex: '-1', class: 'view-title' }, text),
  };
}

// A view that updates in place (the timeline) shows load errors where its results go,
// so the next successful update replaces them; other views get them appended.
function showProblem(view, ctx, err) {
  if (typeof view.showProblem === 'function') view.showProblem(ctx, err);
  else ctx.container.append(problemElement(err));
  announceProblem(err);
}

async function run(view, ctx, sameView) {
  const needsRefusal = view.adminOnly && (ctx.role === 'reader' || ctx.role === 'none');
  const work = needsRefusal ? needsAdmin(ctx, view.title) : sameView ? view.update(ctx) : view.render(ctx);
  if (!sameView) ctx.container.querySelector('h1')?.focus({ preventScroll: false });
  await work;
}

async function route(opts) {
  if (consumeFragmentKey()) await refreshRole();
  const r = parseHash();
  if (r.name === 'main') return; // the skip link target, not a route
  const view = viewFor(r.name);
  current?.controller.abort();
  const sameView = current?.view === view && current.key === routeKey(r) && typeof view.update === 'function';
  markBusy(r.name);
  const container = sameView ? current.container : h('div', { class: 'view', 'data-view': r.name });
  const state = { view, key: routeKey(r), controller: new AbortController(), container };
  current = state;
  const ctx = contextFor(r, state);
  if (!sameView) {
    if (opts?.keepStatus !== true) clearStatus();
    main.replaceChildren(container);
    document.title = `${view.title ?? 'NewsWatch'} · NewsWatch`;
  }
  try {
    await run(view, ctx, sameView);
  } catch (err) {
    if (isAbort(err) || !ctx.live()) return;
    showProblem(view, ctx, err);
  }
  if (ctx.live()) markReady();
}

// Query changes on the same view (filters) update in place so focus stays on the control.
function routeKey(r) {
  return r.segments.join('/') || 'timeline';
}

document.getElementById('skip-link').addEventListener('click', (e) => {
  e.preventDefault();
  (main.querySelector('h1') ?? main).focus();
});

window.addEventListener('hashchange', () => route());
consumeFragmentKey();
refreshRole().finally(route);
