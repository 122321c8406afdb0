// What the scenarios read from the page. Functions passed to the page are kept self-contained.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const require = createRequire(import.meta.url);

// Serialised into page.evaluate, so it must not close over anything.
export const markOf = (root) => [...root.querySelectorAll('mark.evidence')].map((m) => ({ text: m.textContent, kinds: (m.dataset.kind ?? '').split(' ').filter(Boolean), title: m.title }));

export async function cards(page) {
  return page.$$eval('[data-testid="story-card"]', (els) => els.map((el) => ({
    id: el.dataset.alertId,
    title: el.querySelector('h2 a, h3 a')?.textContent ?? '',
    badge: el.querySelector('[data-testid="event-badge"]')?.lastChild?.textContent ?? '',
    languages: el.querySelector('[data-testid="languages"]')?.textContent ?? '',
    chips: [...el.querySelectorAll('.chip')].map((c) => c.dataset.value ?? c.textContent),
  })));
}

export async function cardIds(page) {
  return page.$$eval('[data-testid="story-card"]', (els) => els.map((el) => el.dataset.alertId));
}

// #status is the polite region for outcomes; #alert (role="alert") carries errors.
export async function liveText(page) {
  return page.evaluate(() => ({
    status: document.getElementById('status')?.textContent.trim() ?? '',
    alert: document.getElementById('alert')?.textContent.trim() ?? '',
  }));
}

export async function runAxe(page) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) {
    // The page's CSP (script-src 'self') blocks addScriptTag({content}); DevTools evaluation is
    // not subject to it, so axe is injected that way and the CSP stays on for the app itself.
    const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(`${source}\n;void 0;`);
  }
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } }));
  return {
    passes: result.passes.length,
    violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')), help: v.help })),
  };
}

// True when the page scrolls sideways: on a phone that means something does not fit.
export async function overflowX(page) {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return el.scrollWidth > el.clientWidth;
  });
}
