/**
 * First paint of the dashboard with data, in headless Chromium:
 *
 *   node --import tsx e2e/bench/first-paint.ts [--base-url http://localhost:3000] [--user leader]
 *     [--password demo123] [--runs 5] [--budget 1500] [--chromium /usr/bin/chromium] [--strict]
 *
 * Signs in (through the API, once), then opens /dashboard in a fresh browser context per run (no
 * cached assets, as a first visit) and times, from the navigation's start, the first frame in which
 * the headline figures and the first matrix cells are on screen with their numbers. The first run
 * meets the server's cache cold for this version of the data; the next ones find it warm. Prints
 * one JSON object on stdout; with --strict, exits 1 when the median is over the budget.
 */
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')),
  options: {
    'base-url': { type: 'string', default: process.env['BASE_URL'] ?? 'http://localhost:3000' },
    user: { type: 'string', default: 'leader' },
    password: { type: 'string', default: process.env['DEMO_PASSWORD'] ?? 'demo123' },
    runs: { type: 'string', default: '5' },
    budget: { type: 'string', default: '1500' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
    width: { type: 'string', default: '1366' },
    height: { type: 'string', default: '768' },
    strict: { type: 'boolean', default: false },
  },
});

const baseURL = values['base-url'].replace(/\/$/, '');
const runs = Math.max(1, Number(values.runs));
const budget = Number(values.budget);
const viewport = { width: Number(values.width), height: Number(values.height) };

type Run = { ms: number; headlineMs: number; matrixMs: number; scriptsMs: number; domContentLoadedMs: number; api: Record<string, number> };

/**
 * Run in the page before its own scripts, every frame: when each part first shows data, in ms
 * since navigation start. Plain JavaScript text: a transpiled function would bring helpers the
 * page does not have.
 */
const WATCH_PAINT = `window.__firstPaint = new Promise((resolve) => {
  let headlineMs = 0;
  let matrixMs = 0;
  const visible = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    // Laid out with a size (the matrix may start below the fold at 1366 × 768).
    return r.width > 0 && r.height > 0;
  };
  const frame = () => {
    const total = document.querySelector('[data-testid="total-tasks"]');
    if (!headlineMs && visible(total) && /\\d/.test(total.textContent || '')) headlineMs = performance.now();
    const cell = document.querySelector('[data-testid^="cell-"]');
    if (!matrixMs && visible(cell) && cell.getAttribute('data-state')) matrixMs = performance.now();
    if (headlineMs && matrixMs) resolve({ headlineMs, matrixMs });
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
});`;

async function signIn(browser: Browser) {
  const context = await browser.newContext({ baseURL });
  const res = await context.request.post('/api/auth/login', { data: { username: values.user, password: values.password } });
  if (res.status() !== 200) throw new Error(`sign-in as ${values.user} failed: HTTP ${res.status()} ${await res.text()}`);
  const state = await context.storageState();
  await context.close();
  return state;
}

async function once(browser: Browser, storageState: Awaited<ReturnType<typeof signIn>>): Promise<Run> {
  const context = await browser.newContext({ baseURL, storageState, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  // Installed before any script of the page runs, so the first frame with data is not missed.
  await page.addInitScript(WATCH_PAINT);
  await page.goto('/dashboard', { waitUntil: 'commit' });
  const { headlineMs, matrixMs } = await page.waitForFunction(() => (window as unknown as { __firstPaint: Promise<unknown> }).__firstPaint, undefined, { timeout: 60_000 }).then((h) => h.jsonValue() as Promise<{ headlineMs: number; matrixMs: number }>);
  // When the scripts arrived and had run, and when each API answer arrived: where the time goes.
  const timing = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      scriptsMs: Math.round(Math.max(0, ...resources.filter((e) => e.name.endsWith('.js')).map((e) => e.responseEnd))),
      domContentLoadedMs: Math.round(nav?.domContentLoadedEventEnd ?? 0),
      api: Object.fromEntries(resources.filter((e) => e.name.includes('/api/')).map((e) => [new URL(e.name).pathname, Math.round(e.responseEnd)])),
    };
  });
  await context.close();
  return { ms: Math.round(Math.max(headlineMs, matrixMs)), headlineMs: Math.round(headlineMs), matrixMs: Math.round(matrixMs), ...timing };
}

const browser = await chromium.launch({ executablePath: values.chromium, headless: true });
try {
  const state = await signIn(browser);
  const results: Run[] = [];
  for (let i = 0; i < runs; i += 1) results.push(await once(browser, state));
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as number;
  const out = {
    name: 'dashboard.first_paint',
    url: `${baseURL}/dashboard`,
    user: values.user,
    viewport,
    runs: results.map((r) => r.ms),
    firstMs: results[0]?.ms,
    medianMs: median,
    maxMs: sorted[sorted.length - 1],
    budgetMs: budget,
    ok: median <= budget,
    detail: results,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  if (values.strict && !out.ok) process.exitCode = 1;
} finally {
  await browser.close();
}
