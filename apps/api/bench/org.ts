/**
 * Directory change budgets, on the demo (2020 directory) with the bundled 2025 reform: 65 new
 * communes from 194 former ones, 130 units created, 421 retired, 32 open tasks moved.
 * - org.preview_2025_ms: median of 20 POST /api/org-changes/preview (in-process inject: session,
 *   validation, the plan's queries, serialising the ~500-unit answer).
 * - org.apply_2025_ms: median of 3 POST /api/org-changes/apply, each on a fresh copy of the demo
 *   database (the whole transaction: units, events, transfers, users, retirements, audit).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OrgChangePreview } from '@dondoc/schemas';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDb } from '../src/db/client';
import { systemClock } from '../src/lib/clock';
import { sampleChange } from '../src/modules/org/change-read';
import { seedDemo } from '../src/seed/demo';
import { percentile } from './util';

type Record = (name: string, value: number, unit: string, budget: number, lowerIsBetter?: boolean) => void;

async function appOn(file: string, dir: string) {
  const db = openDb(file);
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, SCRYPT_N: '1024', LOGIN_MAX_PER_MINUTE: '1000', LOG_LEVEL: 'silent' });
  const app = await buildApp({ db, clock: systemClock, config: { ...config, webDist: undefined } });
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'bench-pass' } });
  const cookie = login.cookies.find((c) => c.name === 'dondoc_session');
  if (!cookie) throw new Error('admin login failed');
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, headers: { cookie: `dondoc_session=${cookie.value}` }, payload });
  return { db, app, post };
}

export async function benchOrg(record: Record) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-org-'));
  try {
    const seeded = path.join(dir, 'seed.db');
    const db = openDb(seeded);
    await seedDemo(db, systemClock, { password: 'bench-pass', scryptN: 1024 });
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    db.$client.close();
    const change = sampleChange();

    const first = await appOn(seeded, dir);
    const times: number[] = [];
    let preview: OrgChangePreview | null = null;
    for (let i = 0; i < 23; i += 1) {
      const t0 = performance.now();
      const res = await first.post('/api/org-changes/preview', { change });
      if (res.statusCode !== 200) throw new Error(`preview: ${res.statusCode} ${res.body}`);
      if (i >= 3) times.push(performance.now() - t0);
      preview = res.json<OrgChangePreview>();
    }
    await first.app.close();
    first.db.$client.close();
    if (!preview || preview.counts.unitsRetired !== 421) throw new Error(`unexpected preview: ${JSON.stringify(preview?.counts)}`);
    record('org.preview_2025_ms', percentile(times, 50), 'ms', 500);

    const tasks = Object.fromEntries(preview.moves.filter((m) => m.choice === 'abolished').map((m) => [String(m.taskId), 'STTTT-TTBCXB']));
    const applyTimes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const copy = path.join(dir, `apply-${i}.db`);
      fs.copyFileSync(seeded, copy);
      const a = await appOn(copy, dir);
      const t0 = performance.now();
      const res = await a.post('/api/org-changes/apply', { change, choices: { splits: {}, tasks }, token: preview.token });
      applyTimes.push(performance.now() - t0);
      if (res.statusCode !== 201) throw new Error(`apply: ${res.statusCode} ${res.body}`);
      await a.app.close();
      a.db.$client.close();
    }
    record('org.apply_2025_ms', percentile(applyTimes, 50), 'ms', 2000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
