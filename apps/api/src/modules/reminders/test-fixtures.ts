/** Shared set-up of the reminder tests (not a test file itself). */
import path from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { openDb, type Db } from '../../db/client';
import { emailLog, notifications, reminderLog, reportRequests, reports, tasks, units, users } from '../../db/schema/index';
import { fakeClock, testApp } from '../../../test/helpers';

export type Fixture = Awaited<ReturnType<typeof reminderFixture>>;

/** 08:00 in Vietnam on that day: after the daily 07:30 run time. */
export const morning = (day: string) => `${day}T01:00:00.000Z`;

/**
 * The demo over a fresh database, the scheduler's timer off (passes are run by hand), and
 * Báo Lạng Sơn with three people: its head (baolangson, no email), a reporter with email, and a
 * reporter with email who turned it off. Staff (the directive's author) has an email.
 */
export async function reminderFixture(opts: { day?: string; env?: Record<string, string> } = {}) {
  const clock = fakeClock(morning(opts.day ?? '2021-03-01'));
  const t = await testApp({ clock, env: { REMINDERS_ENABLED: 'false', SESSION_TTL_HOURS: '720', ...opts.env } });
  const { db } = t;
  // The demo's own report request is closed: each test makes the subjects it counts.
  db.update(reportRequests).set({ status: 'closed' }).run();
  // …and what the demo's report events notified (the request opened, Tràng Định's report sent) is cleared.
  db.delete(emailLog).run();
  db.delete(notifications).run();
  const unitId = (code: string) => db.select({ id: units.id }).from(units).where(eq(units.code, code)).get()!.id;
  const userId = (username: string) => db.select({ id: users.id }).from(users).where(eq(users.username, username)).get()!.id;
  const bls = unitId('BLS');
  const dpt = unitId('DPTTH');
  const cntt = unitId('STTTT-CNTT');
  const addUser = (username: string, unit: number, extra: Partial<typeof users.$inferInsert> = {}) =>
    db.insert(users).values({ username, fullName: username, role: 'unit', unitId: unit, passwordHash: 'x', createdAt: clock.now().toISOString(), ...extra }).returning({ id: users.id }).get().id;
  const reporter = addUser('bls.phongvien', bls, { email: 'phongvien@baolangson.vn' });
  const quiet = addUser('bls.khongthu', bls, { email: 'khongthu@baolangson.vn', emailOff: true });
  db.update(users).set({ email: 'staff@stttt.langson.gov.vn' }).where(eq(users.username, 'staff')).run();
  const taskOf = (unit: number) => db.select({ id: tasks.id }).from(tasks).where(and(eq(tasks.unitId, unit), isNull(tasks.parentTaskId))).get()!.id;
  return {
    ...t,
    clock,
    dir: t.config.dataDir,
    units: { bls, dpt, cntt },
    people: { head: userId('baolangson'), reporter, quiet, staff: userId('staff'), dptHead: userId('daiptth') },
    tasks: { bls: taskOf(bls), dpt: taskOf(dpt) },
  };
}

export function setDeadline(db: Db, taskId: number, deadline: string | null, completedAt: string | null = null) {
  db.update(tasks).set({ deadline, completedAt }).where(eq(tasks.id, taskId)).run();
}

/** A report request (open unless said otherwise) and one report per unit given. */
export function addReportRequest(db: Db, f: { title: string; deadline: string; responsibleId: number | null; createdById: number; requestStatus?: 'draft' | 'open' | 'closed'; units: { unitId: number; status: 'draft' | 'submitted' | 'returned' | 'accepted' }[] }) {
  const now = new Date().toISOString();
  const req = db
    .insert(reportRequests)
    .values({ status: f.requestStatus ?? 'open', title: f.title, kind: 'ad_hoc', deadline: f.deadline, outline: [], fields: [], responsibleId: f.responsibleId, createdById: f.createdById, createdAt: now, updatedAt: now })
    .returning({ id: reportRequests.id })
    .get();
  const ids = f.units.map(
    (u) =>
      db
        .insert(reports)
        .values({ requestId: req.id, unitId: u.unitId, status: u.status, deadline: f.deadline, narrative: {}, figures: {}, createdAt: now, updatedAt: now })
        .returning({ id: reports.id })
        .get().id,
  );
  return { requestId: req.id, reportIds: ids };
}

export const ledger = (db: Db) => db.select().from(reminderLog).orderBy(reminderLog.day, reminderLog.key).all();
export const keysOf = (db: Db, type: 'task' | 'report', id: number) =>
  ledger(db)
    .filter((r) => r.subjectType === type && r.subjectId === id)
    .map((r) => `${r.stage}@${r.day}`);
export const notesOf = (db: Db, userId: number) => db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.id).all();
export const mailsOf = (db: Db, userId: number) => db.select().from(emailLog).where(eq(emailLog.userId, userId)).orderBy(emailLog.id).all();

/** Runs the pass as the daily timer would, on `day` at 08:00 Vietnam time, and waits for the emails. */
export async function passOn(f: Fixture, day: string) {
  f.clock.set(morning(day));
  const r = await f.app.reminders.runNow();
  await f.app.reminders.idle();
  return r;
}

/** Another app over the same database file: the server restarted. */
export async function restart(f: Fixture, env: Record<string, string> = {}) {
  const db = openDb(path.join(f.dir, 'dondoc.db'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: f.dir, SCRYPT_N: '1024', ...env });
  const app = await buildApp({ db, clock: f.clock, config: { ...config, webDist: undefined } });
  return { app, db };
}
