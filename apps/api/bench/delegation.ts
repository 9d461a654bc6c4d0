/**
 * Delegation budget: a district office's roll-up view with 1 task, 25 sub-units and 500
 * activities, p95 over 300 calls of GET /api/tasks/:id/subtasks (in-process inject: session
 * check, validation, the queries and the response serialisation), on a fresh temp database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { activityForms } from '@dondoc/schemas';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDb } from '../src/db/client';
import { activities, activityItems, taskItems } from '../src/db/schema/index';
import { systemClock } from '../src/lib/clock';
import { seedDemo } from '../src/seed/demo';
import { delegateHuuLung, percentile } from './util';

type Record = (name: string, value: number, unit: string, budget: number, lowerIsBetter?: boolean) => void;

export async function benchDelegation(record: Record) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-delegation-'));
  const db = openDb(path.join(dir, 'b.db'));
  try {
    await seedDemo(db, systemClock, { password: 'bench-pass', scryptN: 1024 });
    const { office, task, subs } = delegateHuuLung(db, systemClock);

    // 500 activities, 20 per sub-unit, each against one or two of its items.
    const now = new Date().toISOString();
    db.transaction((tx) => {
      let n = 0;
      for (const s of subs) {
        const subItems = tx.select({ id: taskItems.id }).from(taskItems).where(eq(taskItems.taskId, s.id)).all();
        for (let k = 0; k < 20; k += 1, n += 1) {
          const a = tx
            .insert(activities)
            .values({
              unitId: s.unitId,
              taskId: s.id,
              dateFrom: `2020-11-${String(20 + (k % 10)).padStart(2, '0')}`,
              form: activityForms[n % activityForms.length] as string,
              title: `Hoạt động tuyên truyền ${n + 1}`,
              quantity: 1 + (n % 7),
              measure: k % 2 ? 'tin/bài' : 'buổi',
              reach: 100 + n,
              links: [],
              createdById: office.userId,
              createdAt: now,
              updatedAt: now,
            })
            .returning({ id: activities.id })
            .get();
          const linked = k % 3 === 0 ? subItems.slice(0, 2) : [subItems[k % subItems.length]!];
          tx.insert(activityItems).values(linked.map((i) => ({ activityId: a.id, taskItemId: i.id }))).run();
        }
      }
    });

    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, SCRYPT_N: '1024', LOGIN_MAX_PER_MINUTE: '1000', LOG_LEVEL: 'silent' });
    const app = await buildApp({ db, clock: systemClock, config: { ...config, webDist: undefined } });
    try {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'vhtt.huulung', password: 'bench-pass' } });
      const cookie = login.cookies.find((c) => c.name === 'dondoc_session');
      if (!cookie) throw new Error(`login failed: ${login.statusCode}`);
      const headers = { cookie: `dondoc_session=${cookie.value}` };
      const times: number[] = [];
      for (let i = 0; i < 320; i += 1) {
        const t0 = performance.now();
        const res = await app.inject({ method: 'GET', url: `/api/tasks/${task.id}/subtasks`, headers });
        const ms = performance.now() - t0;
        if (res.statusCode !== 200) throw new Error(`roll-up: ${res.statusCode} ${res.body}`);
        if (i === 0) {
          const body = res.json<{ subtasks: unknown[]; totals: { delegated: { count: number } } }>();
          if (body.subtasks.length !== 25 || body.totals.delegated.count !== 500) throw new Error('roll-up data is not as built');
        }
        if (i >= 20) times.push(ms);
      }
      record('delegation.rollup_p95_ms', percentile(times, 95), 'ms', 30);
    } finally {
      await app.close();
    }
  } finally {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
