/**
 * Dashboard budgets (issue 6), on province-scale data (seed/large: 1,500 directives, ≈ 30,000
 * tasks, ≈ 200,000 items, 100,000 activities, 5,000 reports), against the built server
 * (dist/server.js) on its own copy of that database, with autocannon: 10 concurrent connections
 * signed in as staff, each cycling through several filter combinations.
 * - dashboard.headline_p95_ms ≤ 100, dashboard.matrix_p95_ms ≤ 100, dashboard.scorecard_p95_ms ≤ 50
 *   (one unit's scorecard): latency over every response of the run, each combination requested
 *   once before it starts — people looking at figures that did not change since the last write.
 * - dashboard.*_cold_ms: one request right after a write (the version moved, nothing cached), the
 *   median of several: what a view costs when a unit has just reported.
 * - dashboard.p95_with_writes_ms: headline and matrix under the same load while a unit reports
 *   (a real write through the API) every second, so each view is computed again after each write.
 * The generated database is kept under the system temp folder, keyed by the generator's version
 * and the migrations, so it is built (≈ 10 s) only when either changes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { generateLarge, GENERATOR_VERSION } from '../src/seed/large/generate';
import { percentile, type RecordFn } from './util';
import { startServer } from './server';

const underLoad = { ref: 'load95' } as const;

const here = path.dirname(fileURLToPath(import.meta.url));
const PASSWORD = 'bench-large';

/** The cached province database, built first when missing. */
async function largeDatabase(log: (m: string) => void): Promise<string> {
  // Any new or regenerated migration changes the journal (its timestamps), and so the key.
  const journal = createHash('sha1').update(fs.readFileSync(path.resolve(here, '../drizzle/meta/_journal.json'))).digest('hex').slice(0, 10);
  const dir = path.join(os.tmpdir(), `dondoc-bench-large-g${GENERATOR_VERSION}-${journal}`);
  const file = path.join(dir, 'dondoc.db');
  if (fs.existsSync(file)) return file;
  const building = `${dir}.building-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  log(`  (tạo dữ liệu quy mô tỉnh vào ${dir}…)`);
  const s = await generateLarge(path.join(building, 'dondoc.db'), { password: PASSWORD, scryptN: 16384 });
  log(`  (${s.directives} văn bản, ${s.tasks} nhiệm vụ, ${s.items} nội dung, ${s.activities.activities} hoạt động, ${s.reports.reports} báo cáo trong ${(s.ms / 1000).toFixed(1)} s)`);
  fs.renameSync(building, dir);
  return file;
}

type Client = { get: (url: string) => Promise<Response>; patch: (url: string, body: unknown) => Promise<Response>; cookie: string };

async function signIn(base: string, username: string): Promise<Client> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`login ${username}: ${res.status}`);
  const call = (method: string, url: string, body?: unknown) =>
    fetch(`${base}${url}`, { method, headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { cookie, get: (url) => call('GET', url), patch: (url, body) => call('PATCH', url, body) };
}

/** A unit reporting: a note on one of its items, a real write through the API (with its audit entry). */
async function reporter(unit: Client) {
  const list = (await (await unit.get('/api/tasks?filter=open')).json()) as { items: { id: number }[] };
  const taskId = list.items[0]?.id;
  if (!taskId) throw new Error('the unit has no open task');
  const task = (await (await unit.get(`/api/tasks/${taskId}`)).json()) as { items: { id: number; version: number }[] };
  const item = task.items[0];
  if (!item) throw new Error('the task has no item');
  let version = item.version;
  let n = 0;
  return async () => {
    n += 1;
    const res = await unit.patch(`/api/tasks/${taskId}/items/${item.id}`, { note: `Đã cập nhật lần ${n}`, version });
    if (!res.ok) throw new Error(`report write: ${res.status} ${await res.text()}`);
    version = ((await res.json()) as { version: number }).version;
  };
}

/** p95 of every response's latency under 10 concurrent clients cycling through `paths` (p99 and the count in `info`). */
async function load(base: string, cookie: string, paths: string[], seconds: number, info: (m: string) => void, warm = true): Promise<number> {
  for (const p of warm ? paths : []) await (await fetch(`${base}${p}`, { headers: { cookie } })).arrayBuffer();
  const times: number[] = [];
  let failed = 0;
  const run = autocannon({ url: base, connections: 10, duration: seconds, headers: { cookie }, requests: paths.map((p) => ({ method: 'GET', path: p })) });
  run.on('response', (_client, status, _bytes, ms) => {
    times.push(ms);
    if (status !== 200) failed += 1;
  });
  const result = await run;
  if (failed || result.errors || result.timeouts) throw new Error(`${paths[0]}…: ${failed} non-200, ${result.errors} errors, ${result.timeouts} timeouts`);
  info(`  (${times.length} yêu cầu trong ${seconds} s; p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, chậm nhất ${times.reduce((m, t) => Math.max(m, t), 0).toFixed(0)} ms)`);
  return percentile(times, 95);
}

/** Runs the first-paint script against the running server; its JSON, or why it could not run. */
function firstPaint(base: string, runs: number): { runs: number[]; firstMs: number; medianMs: number } | string {
  const script = path.resolve(here, '../../../e2e/bench/first-paint.ts');
  const res = spawnSync(process.execPath, ['--import', 'tsx', script, '--base-url', base, '--user', 'leader', '--password', PASSWORD, '--runs', String(runs)], {
    cwd: path.resolve(here, '../../../e2e'),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const line = res.stdout?.trim().split('\n').pop();
  if (res.status !== 0 || !line) return (res.stderr || res.error?.message || `exit ${res.status}`).trim().split('\n')[0] ?? 'lỗi';
  return JSON.parse(line) as { runs: number[]; firstMs: number; medianMs: number };
}

/** `server`: another build of the API to measure (default: dist/server.js). */
export async function benchDashboard(record: RecordFn, opts: { quick: boolean; quiet: boolean; server?: string }): Promise<void> {
  const log = (m: string) => {
    if (!opts.quiet) console.log(m);
  };
  const source = await largeDatabase(log);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-dashboard-'));
  // Its own copy: logins and the writes below must not change the cached database.
  fs.copyFileSync(source, path.join(work, 'dondoc.db'));
  const probe = new Database(path.join(work, 'dondoc.db'), { readonly: true });
  const unitOf = (code: string) => (probe.prepare('select id from units where code = ?').get(code) as { id: number }).id;
  const office = unitOf('VHTT-180');
  const paper = unitOf('BLS');
  probe.close();
  const port = 4200 + Math.floor(Math.random() * 50);
  const base = `http://127.0.0.1:${port}`;
  const { child } = await startServer(work, port, { DEMO_DATA: 'off', REMINDERS_ENABLED: 'false', LOGIN_MAX_PER_MINUTE: '1000' }, opts.server ? { server: opts.server } : {});
  const seconds = opts.quick ? 4 : 10;
  try {
    const staff = await signIn(base, 'staff');
    const write = await reporter(await signIn(base, 'vhtt-180'));
    const headline = ['', '?from=2024-01-01&to=2024-12-31', '?district=180', '?kind=commune_radio', '?issuer=Ủy ban nhân dân tỉnh Lạng Sơn', '?from=2023-01-01&to=2023-06-30&district=186'].map(
      (q) => `/api/dashboard/headline${encodeURI(q)}`,
    );
    const matrix = ['', '?page=2', '?groupBy=district&sort=overdue', '?state=overdue', '?kind=district_culture_office&from=2024-01-01', '?groupBy=kind&sort=on_time_rate&from=2022-01-01&to=2022-12-31'].map(
      (q) => `/api/dashboard/matrix${q}`,
    );
    const scorecard = ['', '?from=2024-01-01&to=2024-12-31', '?from=2022-01-01&to=2022-12-31'].map((q) => `/api/dashboard/scorecards/${office}${q}`);

    // One request right after a write: the view computed from the database, nothing cached.
    const cold = async (url: string) => {
      const times: number[] = [];
      for (let i = 0; i < (opts.quick ? 3 : 7); i += 1) {
        await write();
        const t0 = performance.now();
        const res = await staff.get(url);
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${url}: ${res.status}`);
        times.push(performance.now() - t0);
      }
      return percentile(times, 50);
    };
    record('dashboard.headline_cold_ms', await cold(headline[0] as string), 'ms', 100);
    record('dashboard.matrix_cold_ms', await cold(matrix[0] as string), 'ms', 100);
    record('dashboard.scorecard_cold_ms', await cold(scorecard[0] as string), 'ms', 50);
    log(`  (bảng tổng hợp ${((await (await staff.get(matrix[0] as string)).arrayBuffer()).byteLength / 1024).toFixed(0)} kB; xếp hạng ${(await cold('/api/dashboard/scorecards')).toFixed(0)} ms, biểu đồ ${(await cold('/api/dashboard/charts')).toFixed(0)} ms khi chưa có sẵn)`);

    record('dashboard.headline_p95_ms', await load(base, staff.cookie, headline, seconds, log), 'ms', 100, true, underLoad);
    record('dashboard.matrix_p95_ms', await load(base, staff.cookie, matrix, seconds, log), 'ms', 100, true, underLoad);
    record('dashboard.scorecard_p95_ms', await load(base, staff.cookie, [...scorecard, `/api/dashboard/scorecards/${paper}`], seconds, log), 'ms', 50, true, underLoad);

    // The page itself: first paint with data in headless Chromium (e2e/bench/first-paint.ts), the
    // median of fresh browser contexts, the first of them meeting the server's cache cold.
    const paint = firstPaint(base, opts.quick ? 3 : 5);
    if (typeof paint === 'string') record('dashboard.first_paint_ms', null, 'ms', 1500, true, { note: `không đo được: ${paint}` });
    else {
      log(`  (vẽ lần đầu: ${paint.runs.map((r) => Math.round(r)).join(', ')} ms; lần đầu ${Math.round(paint.firstMs)} ms khi máy chủ chưa có sẵn số liệu)`);
      record('dashboard.first_paint_ms', paint.medianMs, 'ms', 1500);
    }

    // Units reporting while people watch: every write makes the next request of each view recompute it.
    let writing = true;
    const writer = (async () => {
      while (writing) {
        await write();
        await new Promise((r) => setTimeout(r, 1000));
      }
    })();
    try {
      record('dashboard.p95_with_writes_ms', await load(base, staff.cookie, [headline[0] as string, matrix[0] as string, headline[1] as string, matrix[2] as string], seconds, log, false), 'ms', 100, true, underLoad);
    } finally {
      writing = false;
      await writer;
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(work, { recursive: true, force: true });
  }
}
