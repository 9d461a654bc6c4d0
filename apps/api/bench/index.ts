/**
 * `pnpm bench`: measures every budget the issues name. `pnpm bench --json` prints
 * [{name, value, unit, budget, ok, ratio, ratioTo, peer?}]. `--quick` skips the cold install
 * (about 2 minutes) and Redmine when it is not installed; `--no-peer` skips Redmine.
 *
 * Every figure is also shown against a bare Fastify route measured first in the same run
 * (peer/bare.ts): throughput as a fraction of the bare route's req/s; time as a multiple of the
 * bare route's latency, taken as sequential single requests at the same percentile (p50 unless
 * the figure is a p95/p99), or under the same 10-connection load for figures measured under load.
 */
import { execFileSync } from 'node:child_process';
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
import { measureBare, type Bare } from './peer/bare';
import { benchPeer } from './peer/index';
import { actorForUsername, percentile, type RecordOpts, type Ref, type Result } from './util';
import { startServer } from './server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const args = new Set(process.argv.slice(2));
const results: Result[] = [];
const quiet = args.has('--json');
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;
let bare: Bare | null = null;
const REF_LABEL: Record<Exclude<Ref, 'none'>, string> = {
  rps: 'bare req/s (10 connections)',
  seq50: 'bare p50 (sequential)',
  seq95: 'bare p95 (sequential)',
  seq99: 'bare p99 (sequential)',
  load50: 'bare p50 (10 connections)',
  load95: 'bare p95 (10 connections)',
  load99: 'bare p99 (10 connections)',
};
/** The rule in the header: throughput over bare req/s; time over bare latency at the same percentile. */
function refOf(name: string, unit: string, given?: Ref): Ref {
  if (given) return given;
  if (unit.endsWith('/s')) return 'rps';
  if (unit !== 'ms' && unit !== 's') return 'none';
  const p = /_p(50|95|99)_/.exec(name)?.[1];
  return p === '95' ? 'seq95' : p === '99' ? 'seq99' : 'seq50';
}
function bareValue(ref: Exclude<Ref, 'none'>, b: Bare): number {
  if (ref === 'rps') return b.rps;
  const [mode, p] = [ref.slice(0, -2), ref.slice(-2)] as ['seq' | 'load', '50' | '95' | '99'];
  return b[mode][`p${p}`];
}
const record = (name: string, value: number | null, unit: string, budget: number | null, lowerIsBetter = true, opts: RecordOpts = {}) => {
  const ref = refOf(name, unit, opts.ref);
  const ratio = value == null || ref === 'none' || !bare ? null : (unit === 's' ? value * 1000 : value) / bareValue(ref, bare);
  const ok = value == null || budget == null || opts.info ? null : lowerIsBetter ? value <= budget : value >= budget;
  const r: Result = {
    name,
    value: value == null ? null : round(value),
    unit,
    budget,
    ok,
    ratio: ratio == null ? null : round(ratio, 4),
    ratioTo: ratio == null || ref === 'none' ? null : REF_LABEL[ref],
    ...(opts.peer ? { peer: { ...opts.peer, redmine: opts.peer.redmine == null ? null : round(opts.peer.redmine), oursOverRedmine: opts.peer.oursOverRedmine == null ? null : round(opts.peer.oursOverRedmine, 3) } } : {}),
    ...(opts.note ? { note: opts.note } : {}),
  };
  results.push(r);
  if (quiet) return;
  const mark = ok === null ? '·' : ok ? '✓' : '✗';
  const head = value == null ? `${name}: không đo được` : `${name}: ${r.value} ${unit}`;
  const budgetText = budget == null ? '(tham khảo, không có ngân sách)' : `(ngân sách ${lowerIsBetter ? '≤' : '≥'} ${budget})`;
  const ratioText = ratio == null ? '' : ref === 'rps' ? ` · ${(ratio * 100).toFixed(1)} % tuyến trần` : ` · ${ratio.toFixed(ratio < 10 ? 2 : 0)}× tuyến trần`;
  const p = r.peer;
  const peerText = !p ? '' : p.redmine == null ? ` · Redmine: ${p.note ?? 'không đo được'}` : ` · Redmine ${p.redmine} ${unit} · Đôn Đốc/Redmine ${p.oursOverRedmine}`;
  console.log(`${mark} ${head} ${budgetText}${ratioText}${peerText}${r.note ? ` · ${r.note}` : ''}`);
};
/** The bare route first: every figure after it shows its ratio to it. */
async function bareRoute() {
  bare = await measureBare(3400 + Math.floor(Math.random() * 40));
  record('bare.req_per_s', bare.rps, 'req/s', null, false, { info: true });
  record('bare.load_p99_ms', bare.load.p99, 'ms', null, true, { info: true, ref: 'load99' });
  record('bare.seq_p50_ms', bare.seq.p50, 'ms', null, true, { info: true, ref: 'seq50' });
  if (!quiet) {
    console.log(
      `  (tuyến Fastify trần: ${Math.round(bare.rps)} req/s với 10 kết nối, p50/p95/p99 ${bare.load.p50.toFixed(2)}/${bare.load.p95.toFixed(2)}/${bare.load.p99.toFixed(2)} ms; tuần tự p50/p95/p99 ${bare.seq.p50.toFixed(2)}/${bare.seq.p95.toFixed(2)}/${bare.seq.p99.toFixed(2)} ms)`,
    );
    console.log('  (tỉ lệ: thông lượng = % req/s của tuyến trần; thời gian = bội số độ trễ tuyến trần cùng phân vị — tuần tự, hoặc dưới tải 10 kết nối cho số đo dưới tải)');
  }
}
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
  const first = await startServer(dataDir, port, { DEMO_PASSWORD: 'bench-pass' }, { timeoutMs: 30_000 });
  first.child.kill('SIGTERM');
  await new Promise((r) => first.child.once('exit', r));
  // Ready time as users see it every day: a start on an existing database.
  const again = await startServer(dataDir, port, { DEMO_PASSWORD: 'bench-pass' }, { timeoutMs: 30_000 });
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
await bareRoute();
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
await benchPeer(record, { quick: args.has('--quick'), quiet, peer: !args.has('--no-peer'), port: 3440 + Math.floor(Math.random() * 20) * 2 });
if (!args.has('--quick')) coldInstall();
if (args.has('--json')) console.log(JSON.stringify(results, null, 2));
