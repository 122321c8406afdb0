// Browser driver for the dashboard tests: node scenarios.mjs <scenario> '<json-args>'.
// Prints ONE line of JSON describing what the browser saw; the C# tests assert on it.
// Exit code is 0 whenever the browser ran, non-zero only when it could not.
import chromium from '@sparticuz/chromium';
import puppeteer from 'puppeteer-core';
import { createRequire } from 'node:module';
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const [scenario, rawArgs = '{}'] = process.argv.slice(2);
const args = JSON.parse(rawArgs);
const TIMEOUT = args.timeoutMs ?? 20_000;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

const errors = [];
const networkErrors = [];

function watch(page) {
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    // 401/403/404 answers are expected (role probing, refusals); the page handles them.
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) networkErrors.push(text);
    else errors.push(`console: ${text}`);
  });
  page.on('dialog', (d) => d.accept());
}

async function ready(page) {
  await page.waitForSelector('main[data-ready="true"]');
}

// Opens the dashboard with a key in the fragment (as a shared link would) and waits for the first view.
async function open(page, key, route) {
  await page.goto(args.baseUrl + (key ? `#key=${encodeURIComponent(key)}` : ''), { waitUntil: 'domcontentloaded' });
  await ready(page);
  if (route) await nav(page, route);
}

async function nav(page, hash) {
  await page.evaluate((h) => {
    document.querySelector('main').dataset.ready = 'false';
    if (location.hash === h) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = h;
  }, hash);
  await ready(page);
}

const markOf = (root) => [...root.querySelectorAll('mark.evidence')].map((m) => ({ text: m.textContent, kinds: (m.dataset.kind ?? '').split(' ').filter(Boolean), title: m.title }));

async function cards(page) {
  return page.$$eval('[data-testid="story-card"]', (els) => els.map((el) => ({
    id: el.dataset.alertId,
    title: el.querySelector('h2 a, h3 a')?.textContent ?? '',
    badge: el.querySelector('[data-testid="event-badge"]')?.lastChild?.textContent ?? '',
    languages: el.querySelector('[data-testid="languages"]')?.textContent ?? '',
    chips: [...el.querySelectorAll('.chip')].map((c) => c.dataset.value ?? c.textContent),
  })));
}

async function cardIds(page) {
  return page.$$eval('[data-testid="story-card"]', (els) => els.map((el) => el.dataset.alertId));
}

async function runAxe(page) {
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

async function overflowX(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

const scenarios = {
  async timeline(page) {
    await open(page, args.adminKey);
    await page.waitForFunction(() => document.querySelector('[data-testid="story-card"], [data-testid="empty"], [data-testid="problem"]'));
    return { cards: await cards(page), url: page.url() };
  },

  async story(page) {
    await open(page, args.adminKey);
    const id = args.alertId ?? (await cardIds(page))[0];
    await nav(page, `#/story/${encodeURIComponent(id)}`);
    return page.evaluate((markSrc) => {
      const markOf = new Function(`return (${markSrc})`)();
      return {
        title: document.querySelector('main h1')?.textContent ?? '',
        reports: [...document.querySelectorAll('[data-testid="report"]')].map((r) => {
          const text = r.querySelector('[data-testid="report-text"]');
          return { lang: r.getAttribute('lang'), textLang: text?.getAttribute('lang') ?? null, text: text?.textContent ?? '', marks: text ? markOf(text) : [] };
        }),
        growth: [...document.querySelectorAll('[data-testid="growth"] li')].map((li) => li.querySelector('.growth-text')?.textContent ?? li.textContent),
        deliveries: [...document.querySelectorAll('[data-testid="delivery"]')].map((tr) => ({ state: tr.dataset.state })),
        problem: document.querySelector('main [data-testid="problem"]')?.textContent ?? null,
      };
    }, markOf.toString());
  },

  async filters(page) {
    await open(page, args.adminKey);
    const before = await cardIds(page);
    if (args.event != null) {
      await page.select('#filter-event', args.event);
      await page.waitForFunction((e) => new URLSearchParams(location.hash.split('?')[1] ?? '').get('event') === (e || null), {}, args.event);
      await ready(page);
    }
    if (args.lang != null) {
      await page.select('#filter-lang', args.lang);
      await page.waitForFunction((l) => new URLSearchParams(location.hash.split('?')[1] ?? '').get('lang') === (l || null), {}, args.lang);
      await ready(page);
    }
    const after = await cardIds(page);
    const url = page.url();
    const hash = await page.evaluate(() => location.hash);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await ready(page);
    return {
      url, hash, before, cards: after,
      reloadedCards: await cardIds(page),
      reloadedEventValue: await page.$eval('#filter-event', (el) => el.value),
      reloadedLangValue: await page.$eval('#filter-lang', (el) => el.value),
      reloadedUrl: page.url(),
    };
  },

  async replay(page) {
    await open(page, args.adminKey, `#/subscriptions/${encodeURIComponent(args.subscriptionId)}`);
    const states = () => page.$$eval('[data-testid="delivery"]', (els) => els.map((el) => el.dataset.state));
    const before = await states();
    const statusBefore = await page.$eval('#status', (el) => el.textContent);
    await page.click('[data-action="replay"]');
    await page.waitForFunction((prev) => {
      const text = document.getElementById('status').textContent.trim();
      return text && text !== prev.trim() && !document.querySelector('[data-testid="subscription-detail"][aria-busy="true"]');
    }, {}, statusBefore);
    return { before, after: await states(), status: await page.$eval('#status', (el) => el.textContent.trim()) };
  },

  async reader(page) {
    await open(page, args.readerKey);
    await page.waitForFunction(() => document.querySelector('[data-testid="story-card"], [data-testid="empty"], [data-testid="problem"]'));
    const timelineCards = (await cardIds(page)).length;
    const navLinks = await page.$$eval('nav a', (els) => els.filter((a) => a.checkVisibility()).map((a) => a.textContent.trim()));
    const refusal = async (hash) => {
      await nav(page, hash);
      return page.evaluate(() => {
        const el = document.querySelector('[data-testid="needs-admin"]');
        return { refused: !!el, text: el?.textContent.trim() ?? document.querySelector('main').textContent.trim().slice(0, 300), keyLink: !!el?.querySelector('a[href="#/key"]') };
      });
    };
    const subscriptions = await refusal('#/subscriptions');
    const classify = await refusal('#/classify');
    await nav(page, '#/feeds');
    const feeds = await page.evaluate(() => ({
      rows: document.querySelectorAll('[data-testid="feed"]').length,
      adminControls: !!document.querySelector('#feed-add, [data-action="remove"], [data-action="export"]'),
    }));
    return { subscriptions, classify, feeds, navLinks, timelineCards };
  },

  async classify(page) {
    await open(page, args.adminKey, '#/classify');
    await page.type('#classify-title', args.title ?? '');
    if (args.summary) await page.type('#classify-summary', args.summary);
    if (args.lang) await page.select('#classify-lang', args.lang);
    await page.click('#classify-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('main').dataset.ready === 'true'
      && (document.querySelector('[data-testid="classify-result"] [data-testid="event-badge"]') || document.getElementById('status').textContent.trim()));
    return page.evaluate((markSrc) => {
      const markOf = new Function(`return (${markSrc})`)();
      const result = document.querySelector('[data-testid="classify-result"]');
      const badge = result.querySelector('[data-testid="event-badge"]');
      return {
        badge: badge?.lastChild?.textContent ?? null,
        marks: markOf(result),
        evidence: [...result.querySelectorAll('.evidence-list li')].map((li) => li.textContent.trim()),
        scoreTerms: result.querySelectorAll('table tbody tr').length,
        status: document.getElementById('status').textContent.trim(),
      };
    }, markOf.toString());
  },

  async axe(page) {
    const views = [];
    const check = async (view, theme, viewport) => views.push({ view, theme, viewport, ...(await runAxe(page)), overflowX: await overflowX(page) });
    for (const theme of ['light', 'dark']) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      await page.setViewport(DESKTOP);
      await open(page, args.adminKey, '#/timeline');
      await check('timeline', theme, 'desktop');
      const first = (await cardIds(page))[0];
      if (first) { await nav(page, `#/story/${encodeURIComponent(first)}`); await check('story', theme, 'desktop'); }
      await nav(page, '#/feeds');
      await check('feeds', theme, 'desktop');
      await nav(page, '#/subscriptions');
      await check('subscriptions', theme, 'desktop');
      const sub = await page.$eval('[data-testid="subscription"]', (el) => el.dataset.subscriptionId).catch(() => null);
      if (sub) { await nav(page, `#/subscriptions/${encodeURIComponent(sub)}`); await check('subscription', theme, 'desktop'); }
      await nav(page, '#/classify');
      await page.$eval('#classify-title', (el) => { el.value = ''; });
      await page.type('#classify-title', args.classifyTitle ?? 'OpenAI dissolves its Superalignment team as Jan Leike quits');
      await page.click('#classify-form button[type="submit"]');
      await page.waitForFunction(() => document.querySelector('main').dataset.ready === 'true' && document.querySelector('[data-testid="classify-result"]').childElementCount > 0);
      await check('classify', theme, 'desktop');
      await nav(page, '#/key');
      await check('key', theme, 'desktop');
      await page.setViewport(PHONE);
      await nav(page, '#/timeline');
      await check('timeline', theme, 'phone');
      if (first) { await nav(page, `#/story/${encodeURIComponent(first)}`); await check('story', theme, 'phone'); }
      await nav(page, '#/feeds');
      await check('feeds', theme, 'phone');
      if (sub) { await nav(page, `#/subscriptions/${encodeURIComponent(sub)}`); await check('subscription', theme, 'phone'); }
    }
    return { views };
  },

  async screenshots(page) {
    const dir = args.screenshots;
    if (!dir) throw new Error('screenshots: no directory given');
    await mkdir(dir, { recursive: true });
    const files = [];
    const shot = async (name) => { const path = join(dir, name); await page.screenshot({ path, fullPage: args.fullPage ?? false }); files.push(path); };
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.setViewport(DESKTOP);
    await open(page, args.adminKey, '#/timeline');
    await shot('timeline.png');
    // The story with the most reports shows the most of the page (growth, several languages).
    const first = args.alertId ?? await page.$$eval('[data-testid="story-card"]', (els) => els
      .map((el) => ({ id: el.dataset.alertId, n: (el.querySelector('[data-testid="languages"]')?.textContent.match(/\d+/g) ?? []).reduce((a, b) => a + +b, 0) }))
      .sort((a, b) => b.n - a.n)[0]?.id);
    if (first) { await nav(page, `#/story/${encodeURIComponent(first)}`); await shot('story.png'); }
    await nav(page, '#/feeds');
    await shot('feeds.png');
    await nav(page, '#/subscriptions');
    const sub = await page.$eval('[data-testid="subscription"]', (el) => el.dataset.subscriptionId).catch(() => null);
    if (sub) await nav(page, `#/subscriptions/${encodeURIComponent(sub)}`);
    await shot('subscriptions.png');
    await nav(page, '#/classify');
    await page.$eval('#classify-title', (el) => { el.value = ''; });
    await page.type('#classify-title', args.classifyTitle ?? 'OpenAI dissolves its Superalignment team as Jan Leike quits');
    await page.click('#classify-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('main').dataset.ready === 'true' && document.querySelector('[data-testid="classify-result"]').childElementCount > 0);
    await shot('classify.png');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await nav(page, '#/timeline');
    await shot('timeline-dark.png');
    await page.setViewport(PHONE);
    await nav(page, '#/timeline');
    await shot('timeline-phone.png');
    if (args.all) {
      // Optional extra set for eyeballing every view on a phone.
      for (const [name, hash] of [['story', first && `#/story/${encodeURIComponent(first)}`], ['feeds', '#/feeds'], ['subscriptions', sub && `#/subscriptions/${encodeURIComponent(sub)}`], ['classify', '#/classify'], ['key', '#/key']]) {
        if (!hash) continue;
        await nav(page, hash);
        const path = join(dir, `${name}-phone.png`);
        await page.screenshot({ path, fullPage: true });
        files.push(path);
      }
    }
    return { files };
  },
};

async function main() {
  const run = scenarios[scenario];
  if (!run) {
    console.log(JSON.stringify({ error: `unknown scenario "${scenario}"`, scenarios: Object.keys(scenarios) }));
    process.exit(2);
  }
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
  } catch (err) {
    console.log(JSON.stringify({ scenario, error: `browser did not start: ${err.message}` }));
    process.exit(3);
  }
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.setViewport(DESKTOP);
    watch(page);
    let output;
    try {
      output = await run(page);
    } catch (err) {
      // The browser ran; what it failed to find is for the C# assertions to judge.
      output = { failed: err.message, url: page.url(), main: await page.$eval('main', (m) => m.innerText.slice(0, 500)).catch(() => null) };
    }
    console.log(JSON.stringify({ scenario, ...output, errors, networkErrors }));
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.log(JSON.stringify({ scenario, error: err.message }));
  process.exit(1);
});
