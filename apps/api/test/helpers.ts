import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDb, type Db } from '../src/db/client';
import { users } from '../src/db/schema/index';
import type { Actor } from '../src/lib/actor';
import type { Clock } from '../src/lib/clock';
import { seedDemo } from '../src/seed/demo';

export const PASSWORD = 'demo-pass-123';

/** A clock the test moves by hand. */
export function fakeClock(iso = '2020-11-20T02:00:00.000Z'): Clock & { set: (iso: string) => void; advance: (ms: number) => void } {
  let t = new Date(iso).getTime();
  return { now: () => new Date(t), set: (s) => (t = new Date(s).getTime()), advance: (ms) => (t += ms) };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A fresh SQLite file in its own folder, migrated. */
export function freshDb(): { db: Db; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-test-'));
  dirs.push(dir);
  return { db: openDb(path.join(dir, 'dondoc.db')), dir };
}

export async function seededDb(clock: Clock = fakeClock()) {
  const { db, dir } = freshDb();
  const demo = await seedDemo(db, clock, { password: PASSWORD, scryptN: 1024 });
  return { db, dir, demo };
}

export function actorFor(db: Db, username: string): Actor {
  const u = db.select().from(users).where(eq(users.username, username)).get();
  if (!u) throw new Error(`no user ${username}`);
  return { userId: u.id, username: u.username, role: u.role, unitId: u.unitId, isHead: u.isHead };
}

/** The whole app over a fresh seeded database, called through inject (no port). */
export async function testApp(opts: { clock?: ReturnType<typeof fakeClock>; env?: Record<string, string> } = {}) {
  const clock = opts.clock ?? fakeClock();
  const { db, dir } = await seededDb(clock);
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, SCRYPT_N: '1024', LOGIN_MAX_PER_MINUTE: '1000', ...opts.env });
  const app = await buildApp({ db, clock, config: { ...config, webDist: undefined } });
  const login = async (username: string, password = PASSWORD) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'dondoc_session');
    if (!cookie) throw new Error('no session cookie');
    const headers = { cookie: `dondoc_session=${cookie.value}` };
    const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
      app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
    return { cookie: headers.cookie, get: (url: string) => call('GET', url), post: (url: string, body?: unknown) => call('POST', url, body ?? {}), put: (url: string, body: unknown) => call('PUT', url, body), patch: (url: string, body: unknown) => call('PATCH', url, body), del: (url: string) => call('DELETE', url) };
  };
  return { app, db, clock, config, login };
}
