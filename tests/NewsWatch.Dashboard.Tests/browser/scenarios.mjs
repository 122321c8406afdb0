// Browser driver for the dashboard tests: node scenarios.mjs <scenario> '<json-args>'.
// Prints ONE line of JSON describing what the browser saw; the C# tests assert on it.
// Exit code is 0 whenever the browser ran (a scenario that threw reports "failed": "<message>"),
// non-zero only when it could not.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DESKTOP, PHONE, launch, watch, ready, nav, open as openAt } from './lib/browser.mjs';
import { markOf, cards, cardIds, liveText, runAxe, overflowX } from './lib/probes.mjs';

const [scenario, rawArgs = '{}'] = process.argv.slice(2);
const args = JSON.parse(rawArgs);
const TIMEOUT = args.timeoutMs ?? 20_000;
const CLASSIFY_TITLE = 'OpenAI dissolves its Superalignment team as Jan Leike quits';

const open = (page, key, route) => openAt(page, args.baseUrl, key, route);

async function classifyOnce(page, title) {
  await nav(page, '#/classify');
  await page.$eval('#classify-title', (el) => { el.value = ''; });
  await page.type('#classify-title', title);
  await page.click('#classify-form button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('main').dataset.ready === 'true' && document.querySelector('[data-testid="classify-result"]').childElementCount > 0);
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
    // Success lands in #status; a failure in #alert (so the wait ends either way).
    await page.waitForFunction((prev) => {
      const text = document.getElementById('status').textContent.trim();
      const alert = document.getElementById('alert')?.textContent.trim();
      return ((text && text !== prev.trim()) || alert) && !document.querySelector('[data-testid="subscription-detail"][aria-busy="true"]');
    }, {}, statusBefore);
    return { before, after: await states(), ...(await liveText(page)) };
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
      && (document.querySelector('[data-testid="classify-result"] [data-testid="event-badge"]') || document.getElementById('status').textContent.trim() || document.getElementById('alert')?.textContent.trim()));
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
        alert: document.getElementById('alert')?.textContent.trim() ?? '',
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
      await classifyOnce(page, args.classifyTitle ?? CLASSIFY_TITLE);
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
    const shot = async (name, fullPage = args.fullPage ?? false) => { const path = join(dir, name); await page.screenshot({ path, fullPage }); files.push(path); };
    const { first, sub } = await desktopShots(page, shot);
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
        await shot(`${name}-phone.png`, true);
      }
    }
    return { files };
  },
};

// The light desktop set; returns the story and subscription it showed, for the phone set.
async function desktopShots(page, shot) {
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
  await classifyOnce(page, args.classifyTitle ?? CLASSIFY_TITLE);
  await shot('classify.png');
  return { first, sub };
}

// A scenario that throws still ran the browser: the output says so as "failed": "<message>"
// (always a string), with where the page was, and the C# assertions judge it.
async function attempt(run, page) {
  try {
    return await run(page);
  } catch (err) {
    const failed = String(err?.message || err || 'scenario failed');
    let url = null;
    try { url = page.url(); } catch { /* the page may be gone */ }
    const main = await page.$eval('main', (m) => m.innerText.slice(0, 500)).catch(() => null);
    return { failed, url, main };
  }
}

async function main() {
  const run = Object.hasOwn(scenarios, scenario ?? '') ? scenarios[scenario] : null;
  if (!run) {
    console.log(JSON.stringify({ error: `unknown scenario "${scenario}"`, scenarios: Object.keys(scenarios) }));
    process.exit(2);
  }
  let browser;
  try {
    browser = await launch();
  } catch (err) {
    console.log(JSON.stringify({ scenario, error: `browser did not start: ${err.message}` }));
    process.exit(3);
  }
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.setViewport(DESKTOP);
    const { errors, networkErrors } = watch(page);
    const output = await attempt(run, page);
    console.log(JSON.stringify({ scenario, ...output, errors, networkErrors }));
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.log(JSON.stringify({ scenario, error: err.message }));
  process.exit(1);
});
