/**
 * W1–W5 on Đôn Đốc: the built server (dist/server.js) on copies of the peer shape, over HTTP.
 * W2, W3 and W5 read the shape untouched, then W1 adds directives to that copy; W4 runs on its
 * own copy (with more open tasks) once per SQLite synchronous mode, each on a fresh copy.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Request } from 'autocannon';
import { percentile } from '../util';
import { cannon, MEASURE_S, WARMUP_S, sequential, type Load } from './cannon';
import { PEER_PASSWORD } from './data';
import { unitLogin, type Shape } from './shape';
import { startServer } from '../server';


export type Sync = 'FULL' | 'NORMAL';
const PEER_ENV = (sync: Sync) => ({ DEMO_DATA: 'off', REMINDERS_ENABLED: 'false', LOGIN_MAX_PER_MINUTE: '100000', SQLITE_SYNCHRONOUS: sync });
export type Export = { ms: number; rows: number; bytes: number };
export type Missing = { missing: string };
export type OursFigures = { w1: Load; w2: Load & { listed: number }; w3: Load & { listed: number }; w4: Record<Sync, (Load & { supply: number }) | Missing>; w5: Export | Missing };

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

async function signIn(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PEER_PASSWORD }) });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`login ${username}: ${res.status}`);
  return cookie;
}

/**
 * Writes the machine still holds for earlier parts of the bench (the province-scale data of the
 * dashboard figures, this copy's 100 MB) go to disk now, not during W4, whose every answer waits
 * for an fsync of the log: measured in one full run, 2,972 completions a second with that backlog
 * against 4,366 for the same code run alone.
 */
function settleDisk() {
  execFileSync('sync');
}

/** A fresh data folder holding a copy of `db`. */
function copyOf(db: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-peer-'));
  fs.copyFileSync(db, path.join(dir, 'dondoc.db'));
  return dir;
}

/** The unit whose open-task count is the median: W2's "a unit". */
export function medianUnit(shape: Shape): number {
  const open = Array.from({ length: shape.units }, () => 0);
  for (const d of shape.directives) d.recipients.forEach((r, i) => (open[r] = (open[r] ?? 0) + (d.done[i] ? 0 : 1)));
  const order = open.map((n, i) => ({ n, i })).sort((a, b) => a.n - b.n || a.i - b.i);
  return (order[Math.floor(order.length / 2)] as { i: number }).i;
}

async function reads(base: string, shape: Shape, staff: string, unit: string, firstDirective: number): Promise<Pick<OursFigures, 'w2' | 'w3' | 'w5'>> {
  const count = async (url: string, cookie: string) => ((await (await fetch(`${base}${url}`, { headers: { cookie } })).json()) as { items: unknown[] }).items.length;
  const w2Path = '/api/tasks?filter=open';
  const w2 = { ...(await cannon(base, [{ method: 'GET', path: w2Path }], { headers: { cookie: unit } })), listed: await count(w2Path, unit) };
  const w3Path = `/api/directives/${firstDirective}/tasks`;
  const w3 = { ...(await cannon(base, [{ method: 'GET', path: w3Path }], { headers: { cookie: staff } })), listed: await count(w3Path, staff) };
  let w5: Export | Missing;
  const probe = await fetch(`${base}/api/tasks/export.csv`, { headers: { cookie: staff } });
  const text = await probe.text();
  if (!probe.ok) w5 = { missing: `GET /api/tasks/export.csv → ${probe.status}` };
  else {
    const { times, bytes } = await sequential(`${base}/api/tasks/export.csv`, 20, { cookie: staff }, 2);
    w5 = { ms: percentile(times, 50), rows: text.split(/\r?\n/).filter((l) => l.length > 0).length - 1, bytes };
  }
  if (shape.directives.length === 0) throw new Error('empty shape');
  return { w2, w3, w5 };
}

/** W1: staff create a directive for the first directive's 13 units, then publish it; one directive = both requests. */
async function w1(base: string, staff: string, unitIds: number[]): Promise<Load> {
  const json = { cookie: staff, 'content-type': 'application/json' };
  const body = JSON.stringify({
    subject: 'V/v triển khai nhiệm vụ tuyên truyền (đo W1)',
    issued: { year: 2025, month: 2, day: 1 },
    recipients: unitIds.map((id) => ({ label: `Đơn vị #${id}`, unitId: id })),
    parts: Array.from({ length: 6 }, (_, k) => ({ label: `${k + 1}.`, title: `Nội dung ${k + 1}: tuyên truyền, báo cáo kết quả thực hiện` })),
    dueDate: '2030-12-31',
  });
  const requests: Request[] = [
    {
      method: 'POST',
      path: '/api/directives',
      headers: json,
      body,
      onResponse: (status, res, ctx) => {
        if (status !== 201) return;
        const d = JSON.parse(res) as { id: number; version: number };
        ctx.id = d.id;
        ctx.version = d.version;
      },
    },
    {
      method: 'POST',
      setupRequest: (req, ctx) => (ctx.id ? { ...req, path: `/api/directives/${String(ctx.id)}/publish`, headers: json, body: JSON.stringify({ version: ctx.version }) } : undefined),
    },
  ];
  return cannon(base, requests, { perUnit: requests.length });
}

/** W4 on one copy: each request completes the next open task, taken in turn across units, with that unit's session. */
async function w4(supplyDb: string, port: number, sync: Sync, shape: Shape): Promise<(Load & { supply: number }) | Missing> {
  const dir = copyOf(supplyDb);
  const probe = new Database(path.join(dir, 'dondoc.db'), { readonly: true });
  const rows = probe
    .prepare("select t.id, u.username from tasks t join users u on u.unit_id = t.unit_id and u.role = 'unit' where t.completed_at is null order by t.id")
    .all() as { id: number; username: string }[];
  probe.close();
  // Round-robin over units, so the 10 connections act as different units at any moment.
  const byUnit = new Map<string, number[]>();
  for (const r of rows) byUnit.set(r.username, [...(byUnit.get(r.username) ?? []), r.id]);
  const queues = [...byUnit.values()];
  const open: { id: number; username: string }[] = [];
  const usernames = [...byUnit.keys()];
  for (let k = 0; open.length < rows.length; k += 1) queues.forEach((q, u) => (q[k] !== undefined ? open.push({ id: q[k] as number, username: usernames[u] as string }) : undefined));
  const base = `http://127.0.0.1:${port}`;
  settleDisk();
  const { child } = await startServer(dir, port, PEER_ENV(sync));
  try {
    const cookies = new Map<string, string>();
    for (let i = 0; i < shape.units; i += 1) cookies.set(unitLogin(i), await signIn(base, unitLogin(i)));
    const first = open[0] as { id: number; username: string };
    const check = await fetch(`${base}/api/tasks/${first.id}/complete`, { method: 'POST', headers: { cookie: cookies.get(first.username) as string, 'content-type': 'application/json' }, body: '{}' });
    if (check.status === 404 || check.status === 405) return { missing: `POST /api/tasks/:id/complete → ${check.status}` };
    if (!check.ok) throw new Error(`W4 complete: ${check.status} ${await check.text()}`);
    let next = 1;
    const load = await cannon(base, [
      {
        method: 'POST',
        setupRequest: (req) => {
          // Past the end (the rate outran the supply) the same task answers 409, counted as failures.
          const t = open[Math.min(next, open.length - 1)] as { id: number; username: string };
          next += 1;
          return { ...req, path: `/api/tasks/${t.id}/complete`, headers: { cookie: cookies.get(t.username) as string, 'content-type': 'application/json' }, body: '{}' };
        },
      },
    ]);
    return { ...load, supply: open.length };
  } finally {
    await stop(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchOurs(shapeDb: string, supplyDb: string, shape: Shape, unitIds: number[], directiveIds: number[], port: number): Promise<OursFigures> {
  const dir = copyOf(shapeDb);
  const base = `http://127.0.0.1:${port}`;
  const { child } = await startServer(dir, port, PEER_ENV('NORMAL'));
  let r: Pick<OursFigures, 'w2' | 'w3' | 'w5'>;
  let w1Load: Load;
  try {
    const staff = await signIn(base, 'staff');
    const unit = await signIn(base, unitLogin(medianUnit(shape)));
    r = await reads(base, shape, staff, unit, directiveIds[0] as number);
    const first = (shape.directives[0] as { recipients: number[] }).recipients.map((i) => unitIds[i] as number);
    w1Load = await w1(base, staff, first);
  } finally {
    await stop(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const full = await w4(supplyDb, port, 'FULL', shape);
  const normal = await w4(supplyDb, port, 'NORMAL', shape);
  return { ...r, w1: w1Load, w4: { FULL: full, NORMAL: normal } };
}

export const SECONDS = { warmup: WARMUP_S, measured: MEASURE_S };
