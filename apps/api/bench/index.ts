/**
 * `pnpm bench`: measures every budget the issues name. `pnpm bench --json` prints
 * [{name, value, unit, budget, ok}]. `--quick` skips the cold install (about 2 minutes).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseDirective } from '@dondoc/parser';
import { openDb } from '../src/db/client';
import { systemClock } from '../src/lib/clock';
import { createDirective, publishDirective } from '../src/modules/directives/service';
import { seedDemo } from '../src/seed/demo';
import { directiveFromParse, type ParsedDirective } from '../src/seed/from-parse';
import seed from '../src/seed/data/seed-directive.json';
import { benchActivities } from './activities';
import { benchDashboard } from './dashboard';
import { benchDelegation } from './delegation';
import { benchExports } from './exports';
import { benchReminders } from './reminders';
import { benchReports } from './reports';
import { benchOrg } from './org';
import { actorForUsername, percentile, type Result } from './util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const args = new Set(process.argv.slice(2));
const results: Result[] = [];
const record = (name: string, value: number, unit: string, budget: number, lowerIsBetter = true) => {
  const r = { name, value: Math.round(value * 100) / 100, unit, budget, ok: lowerIsBetter ? value <= budget : value >= budget };
  results.push(r);
  if (!args.has('--json')) console.log(`${r.ok ? '✓' : '✗'} ${name}: ${r.value} ${unit} (ngân sách ${lowerIsBetter ? '≤' : '≥'} ${budget})`);
};
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-'));

async function publishSeed() {
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const db = openDb(path.join(tmp(), 'b.db'));
    await seedDemo(db, systemClock, { password: 'bench-pass', scryptN: 1024 });
    const staff = actorForUsername(db, 'staff');
    const draft = createDirective(db, systemClock, staff, directiveFromParse(db, seed as ParsedDirective));
    const t0 = performance.now();
    publishDirective(db, systemClock, staff, draft.id, draft.version);
    times.push(performance.now() - t0);
    db.$client.close();
  }
  record('core.publish_seed_ms', percentile(times, 50), 'ms', 50);
}

async function startServer(dataDir: string, port: number) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/server.js')], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_PASSWORD: 'bench-pass', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - t0 > 30_000) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, ms: performance.now() - t0 };
}

async function login(port: number, username: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'bench-pass' }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`login ${username} failed`);
  return cookie;
}

async function latencies(port: number, url: string, cookie: string, n = 300) {
  const times: number[] = [];
  for (let i = 0; i < n + 20; i += 1) {
    const t0 = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}${url}`, { headers: { cookie } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    if (i >= 20) times.push(performance.now() - t0);
  }
  return times;
}

const SEED_TXT = fs.readFileSync(path.join(root, '../shared/fixtures/directives/01-langson-stttt-2020-11-engels.txt'), 'utf8');

function parsing() {
  for (let i = 0; i < 50; i += 1) parseDirective(SEED_TXT);
  const times: number[] = [];
  for (let i = 0; i < 500; i += 1) {
    const t0 = performance.now();
    parseDirective(SEED_TXT);
    times.push(performance.now() - t0);
  }
  record('intake.parse_seed_median_ms', percentile(times, 50), 'ms', 2);
  // About 100 A4 pages: the seed's header, then 300 numbered sections of body text.
  const body = SEED_TXT.slice(SEED_TXT.indexOf('1. Tuyên truyền'), SEED_TXT.indexOf('Đề nghị Quý cơ quan'));
  const head = SEED_TXT.slice(0, SEED_TXT.indexOf('1. Tuyên truyền'));
  const tail = SEED_TXT.slice(SEED_TXT.indexOf('Đề nghị Quý cơ quan'));
  const sections = Array.from({ length: 150 }, (_, i) => body.replace(/^(\d)\. /gm, (_m, n: string) => `${i * 3 + Number(n)}. `)).join('\n');
  const big = `${head}${sections}\n${tail}`;
  const pages = big.length / 3000;
  const bigTimes: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const t0 = performance.now();
    parseDirective(big);
    bigTimes.push(performance.now() - t0);
  }
  if (!args.has('--json')) console.log(`  (văn bản ≈ ${Math.round(pages)} trang, ${Math.round(big.length / 1024)} kB)`);
  record('intake.parse_100_pages_ms', percentile(bigTimes, 50), 'ms', 200);
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * Sends 160 MB chunked (no Content-Length, the worst case; browsers declare the length and are
 * refused before sending): the server must refuse it at 10 MB without holding it. Budget: its
 * resident memory grows by less than 50 MB — the chunks it saw are garbage awaiting collection,
 * while holding the upload would cost 160 MB.
 */
async function oversizeUpload(port: number, cookie: string, pid: number) {
  const before = rssMb(pid);
  let peak = before;
  const boundary = 'dondocbench';
  const chunk = Buffer.alloc(256 * 1024, 0x61);
  async function* body() {
    yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lon.txt"\r\nContent-Type: text/plain\r\n\r\n`);
    for (let i = 0; i < 640; i += 1) {
      peak = Math.max(peak, rssMb(pid));
      yield chunk;
    }
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/intake/file`, {
    method: 'POST',
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: ReadableStream.from(body()),
    duplex: 'half',
  } as RequestInit);
  await res.arrayBuffer();
  if (res.status !== 413) throw new Error(`oversize upload answered ${res.status}`);
  peak = Math.max(peak, rssMb(pid));
  if (!args.has('--json')) console.log(`  (tải lên 160 MB bị từ chối sau ${Math.round(performance.now() - t0)} ms)`);
  record('intake.upload_oversize_rss_growth_mb', peak - before, 'MB', 50);
}

async function http() {
  const dataDir = tmp();
  const port = 3900 + Math.floor(Math.random() * 50);
  const first = await startServer(dataDir, port);
  first.child.kill('SIGTERM');
  await new Promise((r) => first.child.once('exit', r));
  // Ready time as users see it every day: a start on an existing database.
  const again = await startServer(dataDir, port);
  record('core.server_ready_ms', Math.max(first.ms, again.ms), 'ms', 3000);
  try {
    const unit = await login(port, 'baolangson');
    record('core.unit_tasks_p95_ms', percentile(await latencies(port, '/api/tasks', unit), 95), 'ms', 20);
    const staff = await login(port, 'staff');
    record('core.dashboard_p95_ms', percentile(await latencies(port, '/api/dashboard', staff), 95), 'ms', 20);
    await oversizeUpload(port, staff, again.child.pid as number);
  } finally {
    again.child.kill('SIGTERM');
  }
}

function webBundle() {
  const dist = path.join(root, 'apps/web/dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  // What the browser loads before first render: entry scripts and modulepreloads.
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  const bytes = files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(dist, f))).length, 0);
  record('core.web_initial_js_gzip_kb', bytes / 1024, 'kB', 200);
}

function coldInstall() {
  const dir = tmp();
  const t0 = performance.now();
  execFileSync('git', ['clone', '-q', root, path.join(dir, 'repo')]);
  const opts = { cwd: path.join(dir, 'repo'), stdio: 'ignore' as const };
  execFileSync('npx', ['-y', 'pnpm@12.21.0', 'install', '--frozen-lockfile', '--store-dir', path.join(dir, 'store')], opts);
  execFileSync('npx', ['-y', 'pnpm@12.21.0', 'build'], opts);
  record('core.install_build_cold_s', (performance.now() - t0) / 1000, 's', 180);
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Builds first, its output on stderr so that --json leaves stdout to the JSON alone. */
function buildAll() {
  const pnpmJs = process.env.npm_execpath;
  const [cmd, pre] =
    pnpmJs && /pnpm/.test(pnpmJs) ? (/\.[cm]?js$/.test(pnpmJs) ? [process.execPath, [pnpmJs]] : [pnpmJs, []]) : ['npx', ['-y', 'pnpm@12.21.0']];
  execFileSync(cmd as string, [...(pre as string[]), 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
}

buildAll();
await publishSeed();
parsing();
await http();
webBundle();
await benchActivities(record);
await benchDelegation(record);
await benchReminders(record, { quiet: args.has('--json') });
await benchReports(record);
await benchOrg(record);
await benchExports(record, { quiet: args.has('--json') });
await benchDashboard(record, { quick: args.has('--quick'), quiet: args.has('--json') });
if (!args.has('--quick')) coldInstall();
if (args.has('--json')) console.log(JSON.stringify(results, null, 2));
