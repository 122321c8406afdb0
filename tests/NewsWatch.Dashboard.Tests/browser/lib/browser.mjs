// Starting Chromium and moving around the dashboard: shared by every scenario.
import chromium from '@sparticuz/chromium';
import puppeteer from 'puppeteer-core';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

export function launch() {
  return chromium.executablePath().then((executablePath) => puppeteer.launch({ executablePath, args: chromium.args, headless: true }));
}

// Collects what the page reported; a scenario's output carries both lists.
export function watch(page) {
  const errors = [];
  const networkErrors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    // 401/403/404 answers are expected (role probing, refusals); the page handles them.
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) networkErrors.push(text);
    else errors.push(`console: ${text}`);
  });
  page.on('dialog', (d) => d.accept());
  return { errors, networkErrors };
}

export async function ready(page) {
  await page.waitForSelector('main[data-ready="true"]');
}

// Opens the dashboard with a key in the fragment (as a shared link would) and waits for the first view.
export async function open(page, baseUrl, key, route) {
  await page.goto(baseUrl + (key ? `#key=${encodeURIComponent(key)}` : ''), { waitUntil: 'domcontentloaded' });
  await ready(page);
  if (route) await nav(page, route);
}

export async function nav(page, hash) {
  await page.evaluate((h) => {
    document.querySelector('main').dataset.ready = 'false';
    if (location.hash === h) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = h;
  }, hash);
  await ready(page);
}
