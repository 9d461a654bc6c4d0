/**
 * Budgets of the activities module (issue 4):
 * - activities.log_p95_ms: logging an activity through the service (transaction, items,
 *   evidence, audit), p95 over 300 calls on the demo database; budget 20 ms.
 * - activities.upload_20mb_rss_growth_mb: a 20 MB evidence file streamed to a running server
 *   (the built dist/server.js); growth of the server's resident memory; budget 30 MB.
 * Self-contained: makes its own database and server; `pnpm build` must have run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { openDb } from '../src/db/client';
import { taskItems, tasks } from '../src/db/schema/index';
import { systemClock } from '../src/lib/clock';
import { createActivity } from '../src/modules/activities/service';
import { seedDemo } from '../src/seed/demo';
import { actorForUsername, percentile } from './util';
import { startServer } from './server';

type RecordFn = (name: string, value: number, unit: string, budget: number) => void;

const PASSWORD = 'bench-pass';
const MB = 1024 * 1024;

async function logLatency(record: RecordFn, dir: string) {
  const db = openDb(path.join(dir, 'log.db'));
  await seedDemo(db, systemClock, { password: PASSWORD, scryptN: 1024 });
  const unit = actorForUsername(db, 'baolangson');
  const task = db.select({ id: tasks.id }).from(tasks).where(eq(tasks.unitId, unit.unitId ?? -1)).get();
  if (!task) throw new Error('baolangson has no task');
  const items = db.select({ id: taskItems.id }).from(taskItems).where(eq(taskItems.taskId, task.id)).all();
  const input = (i: number) => ({
    itemIds: items.slice(0, 2).map((x) => x.id),
    dateFrom: '2020-11-20',
    dateTo: '2020-11-28',
    form: 'bao_in' as const,
    title: `Loạt bài số ${i} kỷ niệm 200 năm Ngày sinh Ph. Ăng-ghen`,
    description: 'Đăng trên trang 2, số báo in hằng ngày.',
    quantity: 3,
    measure: 'tin/bài',
    reach: 12000,
    links: ['https://baolangson.vn/chinh-tri/ang-ghen'],
    evidenceIds: [],
  });
  for (let i = 0; i < 30; i += 1) createActivity(db, systemClock, unit, task.id, input(i));
  const times: number[] = [];
  for (let i = 0; i < 300; i += 1) {
    const t0 = performance.now();
    createActivity(db, systemClock, unit, task.id, input(i));
    times.push(performance.now() - t0);
  }
  db.$client.close();
  record('activities.log_p95_ms', percentile(times, 95), 'ms', 20);
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Streams `size` bytes of a PNG as one multipart file, chunked, calling `tick` between chunks. */
async function uploadPng(port: number, cookie: string, size: number, tick: () => void) {
  const boundary = 'dondocbenchevidence';
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  const chunk = Buffer.alloc(256 * 1024, 0x5a);
  async function* body() {
    yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="anh-hoi-nghi.png"\r\nContent-Type: image/png\r\n\r\n`);
    yield png;
    let left = size - png.length;
    while (left > 0) {
      tick();
      const n = Math.min(left, chunk.length);
      yield n === chunk.length ? chunk : chunk.subarray(0, n);
      left -= n;
    }
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  const res = await fetch(`http://127.0.0.1:${port}/api/evidence`, {
    method: 'POST',
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: ReadableStream.from(body()),
    duplex: 'half',
  } as RequestInit);
  const text = await res.text();
  if (res.status !== 201) throw new Error(`evidence upload answered ${res.status}: ${text}`);
}

async function uploadMemory(record: RecordFn, dir: string) {
  const port = 4000 + Math.floor(Math.random() * 50);
  const { child } = await startServer(path.join(dir, 'server'), port, { DEMO_PASSWORD: PASSWORD, EVIDENCE_MAX_MB: '20' });
  try {
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'baolangson', password: PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (!login.ok || !cookie) throw new Error('login baolangson failed');
    const pid = child.pid as number;
    // A small upload first, so that code loaded on first use is not counted as the upload's.
    await uploadPng(port, cookie, 64 * 1024, () => {});
    await new Promise((r) => setTimeout(r, 200));
    const before = rssMb(pid);
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 5);
    try {
      await uploadPng(port, cookie, 20 * MB, () => (peak = Math.max(peak, rssMb(pid))));
    } finally {
      clearInterval(timer);
    }
    peak = Math.max(peak, rssMb(pid));
    record('activities.upload_20mb_rss_growth_mb', peak - before, 'MB', 30);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

export async function benchActivities(record: RecordFn): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-activities-'));
  try {
    await logLatency(record, dir);
    await uploadMemory(record, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
