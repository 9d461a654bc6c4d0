/**
 * The reminder pass: every open task and every owed report, against the schedule, for one
 * window of working days. Writes, per chunk of subjects and in one transaction, the ledger rows
 * (reminder_log, unique per subject/stage/day), the notifications and the pending emails; a row
 * the ledger already has is skipped, so running the pass twice, or again after a restart, sends
 * nothing twice. Between chunks it yields to the event loop so requests are not held up.
 */
import { and, asc, gt, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { directives, reportRequests, reports, tasks, units } from '../../db/schema/index';
import type { Clock } from '../../lib/clock';
import { loadCalendar } from './holidays';
import { autoMessage, directiveRef, reportRef, type Message, type SubjectText } from './messages';
import { queueNotifications, recordReminder } from './notifications';
import { distinct, loadPeople, type People, type Person } from './people';
import { passWindow, reminderKey, stagesByDeadline, windowDays, type DueReminder, type DueStages, type PassWindow } from './schedule';
import type { WorkCalendar } from './workdays';

/** Subjects per chunk: one transaction, then a yield (the stall budget is measured by bench/reminders.ts). */
export const CHUNK = 500;

export type PassDeps = {
  db: Db;
  clock: Clock;
  publicUrl?: string | null;
  chunkSize?: number;
  /** Checked between chunks: the app is closing. */
  shouldStop?: () => boolean;
};

export type PassResult = {
  day: string;
  /** The working days the pass covered (several after downtime, none on a day off already covered). */
  days: string[];
  scanned: number;
  reminders: number;
  notifications: number;
  emails: number;
  stopped: boolean;
};

type Row = { text: SubjectText & { deadline: string }; unitId: number; responsible: () => (Person | undefined)[] };
/** A chunk of subjects by id from `afterId`: `scanned` to move on, `due` with a stage in the window, described. */
type Source = (afterId: number, limit: number) => { lastId: number | null; scanned: number; due: Row[] };

const hasStage = (s: DueStages) => s.unit !== null || s.escalate !== null;

/**
 * Open tasks with a deadline. A chunk is read from tasks alone, by primary key, and only the few
 * with a stage due are described (directive, unit, who follows them up): the join of every task
 * with its directive would make SQLite walk the directive's tasks and sort them for every chunk.
 */
function taskSource(db: Db, people: People, unitName: (id: number) => string, stagesOf: (deadline: string) => DueStages): Source {
  const docs = new Map<number, { published: boolean; number: string | null; symbol: string | null; subject: string; createdById: number | null }>();
  return (afterId, limit) => {
    // Raw rows (values(), not all()): drizzle's mapping of every scanned row to an object costs about as much as the query.
    const rows = db
      .select({ id: tasks.id, unitId: tasks.unitId, deadline: tasks.deadline, directiveId: tasks.directiveId, parentTaskId: tasks.parentTaskId })
      .from(tasks)
      .where(and(gt(tasks.id, afterId), isNull(tasks.completedAt), isNotNull(tasks.deadline)))
      .orderBy(asc(tasks.id))
      .limit(limit)
      .values() as [number, number, string, number, number | null][];
    const due = rows.filter((r) => hasStage(stagesOf(r[2]))).map(([id, unitId, deadline, directiveId, parentTaskId]) => ({ id, unitId, deadline, directiveId, parentTaskId }));
    const missing = [...new Set(due.map((r) => r.directiveId).filter((id) => !docs.has(id)))];
    if (missing.length > 0) {
      for (const d of db
        .select({ id: directives.id, status: directives.status, number: directives.number, symbol: directives.symbol, subject: directives.subject, createdById: directives.createdById })
        .from(directives)
        .where(inArray(directives.id, missing))
        .all()) {
        docs.set(d.id, { published: d.status === 'published', number: d.number, symbol: d.symbol, subject: d.subject, createdById: d.createdById });
      }
    }
    const parentIds = [...new Set(due.map((r) => r.parentTaskId).filter((id): id is number => id != null))];
    const parentUnit = new Map(
      parentIds.length === 0 ? [] : db.select({ id: tasks.id, unitId: tasks.unitId }).from(tasks).where(inArray(tasks.id, parentIds)).all().map((p) => [p.id, p.unitId] as const),
    );
    const described: Row[] = [];
    for (const r of due) {
      const doc = docs.get(r.directiveId);
      if (!doc?.published) continue;
      const parent = r.parentTaskId != null ? parentUnit.get(r.parentTaskId) : undefined;
      described.push({
        unitId: r.unitId,
        text: { type: 'task', id: r.id, unitName: unitName(r.unitId), deadline: r.deadline, ref: directiveRef(doc.number, doc.symbol), about: doc.subject },
        // A delegated task is followed up by the unit that passed it on; a directive's own by its author.
        responsible: () => (parent != null ? people.headsOf(parent) : [people.byId(doc.createdById)]),
      });
    }
    return { lastId: rows[rows.length - 1]?.[0] ?? null, scanned: rows.length, due: described };
  };
}

/** Reports still owed (draft or returned) on open requests; read the same way as tasks. */
function reportSource(db: Db, people: People, unitName: (id: number) => string, stagesOf: (deadline: string) => DueStages): Source {
  const requests = new Map<number, { open: boolean; title: string; responsibleId: number | null }>();
  return (afterId, limit) => {
    const rows = db
      .select({ id: reports.id, unitId: reports.unitId, deadline: reports.deadline, requestId: reports.requestId })
      .from(reports)
      .where(and(gt(reports.id, afterId), inArray(reports.status, ['draft', 'returned'])))
      .orderBy(asc(reports.id))
      .limit(limit)
      .all();
    const due = rows.filter((r) => hasStage(stagesOf(r.deadline)));
    const missing = [...new Set(due.map((r) => r.requestId).filter((id) => !requests.has(id)))];
    if (missing.length > 0) {
      for (const q of db
        .select({ id: reportRequests.id, status: reportRequests.status, title: reportRequests.title, responsibleId: reportRequests.responsibleId, createdById: reportRequests.createdById })
        .from(reportRequests)
        .where(inArray(reportRequests.id, missing))
        .all()) {
        requests.set(q.id, { open: q.status === 'open', title: q.title, responsibleId: q.responsibleId ?? q.createdById });
      }
    }
    const described: Row[] = [];
    for (const r of due) {
      const q = requests.get(r.requestId);
      if (!q?.open) continue;
      described.push({
        unitId: r.unitId,
        text: { type: 'report', id: r.id, unitName: unitName(r.unitId), deadline: r.deadline, ref: reportRef(q.title), about: null },
        responsible: () => [people.byId(q.responsibleId)],
      });
    }
    return { lastId: rows[rows.length - 1]?.id ?? null, scanned: rows.length, due: described };
  };
}

type Send = { key: string; due: DueReminder; text: SubjectText & { deadline: string }; recipients: Person[]; message: Message };

function sendsFor(cal: WorkCalendar, w: PassWindow, stagesOf: (deadline: string) => DueStages, people: People, row: Row): Send[] {
  const s = stagesOf(row.text.deadline);
  const out: Send[] = [];
  const make = (due: DueReminder, recipients: Person[]) =>
    out.push({ key: reminderKey(row.text.type, row.text.id, row.text.deadline, due), due, text: row.text, recipients, message: autoMessage(cal, due.stage, row.text, w.day) });
  if (s.unit) make(s.unit, people.ofUnit(row.unitId));
  if (s.escalate) make(s.escalate, distinct([...people.headsOf(row.unitId), ...row.responsible()]));
  return out;
}

/** Writes one chunk's reminders in one transaction; the ledger decides which are new. */
function writeChunk(db: Db, now: string, sends: Send[], publicUrl: string | null) {
  return db.transaction(() => {
    const toSend = sends.filter((s) =>
      recordReminder(db, { key: s.key, subjectType: s.text.type, subjectId: s.text.id, stage: s.due.stage, day: s.due.day, sentAt: now, recipients: s.recipients.length }),
    );
    const q = queueNotifications(db, now, toSend, publicUrl);
    return { reminders: toSend.length, ...q };
  });
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs the pass for `day`, covering the working days after `after` (the day of the last
 * completed pass; null when none ran). The caller records `day` as completed when it returns
 * with `stopped: false`.
 */
export async function runPass(deps: PassDeps, after: string | null, day: string): Promise<PassResult> {
  const { db, clock } = deps;
  const chunk = deps.chunkSize ?? CHUNK;
  const cal = loadCalendar(db);
  const w = passWindow(cal, after, day);
  const result: PassResult = { day, days: windowDays(cal, w), scanned: 0, reminders: 0, notifications: 0, emails: 0, stopped: false };
  if (w.hi === w.lo) return result;

  const people = loadPeople(db);
  const names = new Map(db.select({ id: units.id, name: units.name }).from(units).all().map((u) => [u.id, u.name] as const));
  const unitName = (id: number) => names.get(id) ?? '';
  const stagesOf = stagesByDeadline(cal, w);
  await yieldToEventLoop();
  for (const source of [taskSource(db, people, unitName, stagesOf), reportSource(db, people, unitName, stagesOf)]) {
    let afterId = 0;
    for (;;) {
      if (deps.shouldStop?.()) return { ...result, stopped: true };
      const chunkRows = source(afterId, chunk);
      if (chunkRows.lastId === null) break;
      afterId = chunkRows.lastId;
      result.scanned += chunkRows.scanned;
      const sends = chunkRows.due.flatMap((r) => sendsFor(cal, w, stagesOf, people, r));
      if (sends.length > 0) {
        const r = writeChunk(db, clock.now().toISOString(), sends, deps.publicUrl ?? null);
        result.reminders += r.reminders;
        result.notifications += r.notifications;
        result.emails += r.emails;
      }
      await yieldToEventLoop();
    }
  }
  return result;
}
