import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Holiday, HolidayUpsert } from '@dondoc/schemas';
import type { Conn, Db } from '../../db/client';
import { holidays, jobState } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { forbidden, notFound } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { BUILTIN_VERSION, builtinHolidays } from './holidays-data';
import { workCalendar, type WorkCalendar } from './workdays';

const SEEDED_KEY = 'holidays.builtin';

/**
 * Puts the built-in 2020–2030 table into the holidays table, once per version of that table: a
 * date already there (an administrator's row, or a built-in row kept as is) is never overwritten,
 * and a built-in date an administrator deleted stays deleted until the table itself changes.
 * Returns how many rows were added.
 */
export function seedBuiltinHolidays(db: Db, clock: Clock): number {
  return db.transaction((tx) => {
    const seeded = tx.select().from(jobState).where(eq(jobState.key, SEEDED_KEY)).get();
    if (seeded?.value === BUILTIN_VERSION) return 0;
    const now = clock.now().toISOString();
    const rows = builtinHolidays().map((h) => ({ date: h.date, kind: 'off' as const, name: h.name, source: 'builtin' as const, updatedAt: now }));
    const added = tx.insert(holidays).values(rows).onConflictDoNothing().returning({ date: holidays.date }).all().length;
    tx.insert(jobState)
      .values({ key: SEEDED_KEY, value: BUILTIN_VERSION, updatedAt: now })
      .onConflictDoUpdate({ target: jobState.key, set: { value: BUILTIN_VERSION, updatedAt: now } })
      .run();
    return added;
  });
}

/** The calendar as the holiday table has it now. */
export function loadCalendar(conn: Conn): WorkCalendar {
  return workCalendar(conn.select({ date: holidays.date, kind: holidays.kind }).from(holidays).all());
}

export function listHolidays(db: Db, clock: Clock, year?: number): Holiday[] {
  const y = year ?? Number(todayVn(clock).slice(0, 4));
  return db
    .select()
    .from(holidays)
    .where(and(gte(holidays.date, `${y}-01-01`), lte(holidays.date, `${y}-12-31`)))
    .orderBy(asc(holidays.date))
    .all();
}

/** Adds or changes a day: a day off, or a weekend day worked for a swap. Administrators only. */
export function setHoliday(db: Db, clock: Clock, actor: Actor, date: string, v: HolidayUpsert): Holiday {
  if (actor.role !== 'admin') throw forbidden('Chỉ quản trị viên được điều chỉnh lịch nghỉ');
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const before = tx.select().from(holidays).where(eq(holidays.date, date)).get() ?? null;
    const row = { date, kind: v.kind, name: v.name, source: 'admin' as const, updatedAt: now };
    tx.insert(holidays)
      .values(row)
      .onConflictDoUpdate({ target: holidays.date, set: { kind: row.kind, name: row.name, source: row.source, updatedAt: now } })
      .run();
    writeAudit(tx, actor, now, { action: 'holiday.set', entityType: 'holiday', entityId: null, before, after: row });
    return row;
  });
}

export function deleteHoliday(db: Db, clock: Clock, actor: Actor, date: string): void {
  if (actor.role !== 'admin') throw forbidden('Chỉ quản trị viên được điều chỉnh lịch nghỉ');
  const now = clock.now().toISOString();
  db.transaction((tx) => {
    const gone = tx.delete(holidays).where(eq(holidays.date, date)).returning().get();
    if (!gone) throw notFound('Không có ngày nghỉ hoặc ngày làm bù này trong lịch');
    writeAudit(tx, actor, now, { action: 'holiday.delete', entityType: 'holiday', entityId: null, before: gone, after: null });
  });
}
