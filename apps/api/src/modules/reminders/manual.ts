/** A staff member's own đôn đốc, and what the ledger says was sent about a task or a report. */
import { and, desc, eq, gte, inArray, isNotNull, isNull, lt } from 'drizzle-orm';
import type { z } from 'zod';
import type { ManualReminderResult, ReminderLogEntry, ReminderSubjectType, manualReminder } from '@dondoc/schemas';
import type { Tx, Db } from '../../db/client';
import { directives, reminderLog, reportRequests, reports, tasks, units, users } from '../../db/schema/index';
import { canWriteDirectives, isDepartment, type Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { forbidden, notFound } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { loadCalendar } from './holidays';
import { directiveRef, manualMessage, reportRef, type SubjectText } from './messages';
import { queueNotifications } from './notifications';
import { loadPeople } from './people';

/**
 * The ledger's rows whose key starts with `prefix` ("task:12:", "task:12:manual:"): a range of
 * its primary key, so the lookup stays an index search however long the ledger grows (it has no
 * other index). The prefix ends in ':' and ';' is the next character.
 */
const byKeyPrefix = (prefix: string) => and(gte(reminderLog.key, prefix), lt(reminderLog.key, `${prefix.slice(0, -1)};`));

/** A second click within this time sends nothing more for the same task or report. */
export const MANUAL_REPEAT_MS = 60_000;

type Subject = SubjectText & { unitId: number };
const OWED = ['draft', 'returned'] as const;

function taskRows(tx: Tx, where: ReturnType<typeof and>) {
  return tx
    .select({ id: tasks.id, unitId: tasks.unitId, deadline: tasks.deadline, completedAt: tasks.completedAt, unitName: units.name, number: directives.number, symbol: directives.symbol, subject: directives.subject })
    .from(tasks)
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .innerJoin(units, eq(units.id, tasks.unitId))
    .where(where)
    .all();
}

function reportRows(tx: Tx, where: ReturnType<typeof and>) {
  return tx
    .select({ id: reports.id, unitId: reports.unitId, deadline: reports.deadline, status: reports.status, requestStatus: reportRequests.status, unitName: units.name, title: reportRequests.title })
    .from(reports)
    .innerJoin(reportRequests, eq(reportRequests.id, reports.requestId))
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(where)
    .all();
}

const taskSubject = (r: ReturnType<typeof taskRows>[number]): Subject => ({
  type: 'task',
  id: r.id,
  unitId: r.unitId,
  unitName: r.unitName,
  deadline: r.deadline,
  ref: directiveRef(r.number, r.symbol),
  about: r.subject,
});
const reportSubject = (r: ReturnType<typeof reportRows>[number]): Subject => ({
  type: 'report',
  id: r.id,
  unitId: r.unitId,
  unitName: r.unitName,
  deadline: r.deadline,
  ref: reportRef(r.title),
  about: null,
});
const isOwed = (r: { status: string; requestStatus: string }) => r.requestStatus === 'open' && (OWED as readonly string[]).includes(r.status);

/**
 * Notifies the users of each unit concerned (one notification per person and unit) and queues
 * emails for those who take them; one ledger row per task or report (stage 'manual') and the
 * audit entry, all in one transaction. `unitIds` stands for each unit's late work: open tasks and
 * owed reports past their deadline. Finished work is left out, and so is anything reminded by
 * hand in the last minute (a double click).
 */
export function sendManualReminder(db: Db, clock: Clock, actor: Actor, v: z.output<typeof manualReminder>, publicUrl: string | null): ManualReminderResult {
  if (!canWriteDirectives(actor)) throw forbidden('Chỉ chuyên viên và quản trị viên của Sở được đôn đốc đơn vị');
  const now = clock.now();
  const nowIso = now.toISOString();
  const today = todayVn(clock);
  const uniq = (ids: number[]) => [...new Set(ids)];
  const [taskIds, reportIds, unitIds] = [uniq(v.taskIds), uniq(v.reportIds), uniq(v.unitIds)];

  return db.transaction((tx) => {
    const subjects = new Map<string, Subject>();
    const add = (s: Subject) => subjects.set(`${s.type}:${s.id}`, s);
    let skipped = 0;

    if (taskIds.length > 0) {
      const rows = taskRows(tx, and(inArray(tasks.id, taskIds), eq(directives.status, 'published')));
      if (rows.length !== taskIds.length) throw notFound('Không tìm thấy nhiệm vụ được chọn');
      for (const r of rows) {
        if (r.completedAt) skipped += 1;
        else add(taskSubject(r));
      }
    }
    if (reportIds.length > 0) {
      const rows = reportRows(tx, and(inArray(reports.id, reportIds)));
      if (rows.length !== reportIds.length) throw notFound('Không tìm thấy báo cáo được chọn');
      for (const r of rows) {
        if (isOwed(r)) add(reportSubject(r));
        else skipped += 1;
      }
    }
    const unitsWithNothingLate: number[] = [];
    if (unitIds.length > 0) {
      const known = tx.select({ id: units.id }).from(units).where(inArray(units.id, unitIds)).all();
      if (known.length !== unitIds.length) throw notFound('Không tìm thấy đơn vị được chọn');
      const lateTasks = taskRows(tx, and(inArray(tasks.unitId, unitIds), eq(directives.status, 'published'), isNull(tasks.completedAt), isNotNull(tasks.deadline), lt(tasks.deadline, today)));
      const lateReports = reportRows(tx, and(inArray(reports.unitId, unitIds), eq(reportRequests.status, 'open'), inArray(reports.status, [...OWED]), lt(reports.deadline, today)));
      for (const r of lateTasks) add(taskSubject(r));
      for (const r of lateReports) add(reportSubject(r));
      const withLate = new Set([...lateTasks, ...lateReports].map((r) => r.unitId));
      unitsWithNothingLate.push(...unitIds.filter((id) => !withLate.has(id)));
    }

    // A double click: the same subjects reminded by hand moments ago are not reminded again.
    const all = [...subjects.values()];
    const cutoff = new Date(now.getTime() - MANUAL_REPEAT_MS).toISOString();
    const recent = new Set(
      all
        .filter((s) => tx.select({ key: reminderLog.key }).from(reminderLog).where(and(byKeyPrefix(`${s.type}:${s.id}:manual:`), gte(reminderLog.sentAt, cutoff))).get())
        .map((s) => `${s.type}:${s.id}`),
    );
    const chosen = all.filter((s) => !recent.has(`${s.type}:${s.id}`));
    skipped += all.length - chosen.length;

    const byUnit = new Map<number, Subject[]>();
    for (const s of chosen) byUnit.set(s.unitId, [...(byUnit.get(s.unitId) ?? []), s]);
    const cal = loadCalendar(tx);
    const people = loadPeople(tx);
    const sender = tx.select({ fullName: users.fullName }).from(users).where(eq(users.id, actor.userId)).get()?.fullName ?? actor.username;
    const sends = [...byUnit.entries()].map(([unitId, list]) => ({ recipients: people.ofUnit(unitId), message: manualMessage(cal, list, v.message, sender, today) }));

    if (chosen.length > 0) {
      tx.insert(reminderLog)
        .values(
          chosen.map((s) => ({
            key: `${s.type}:${s.id}:manual:${nowIso}`,
            subjectType: s.type,
            subjectId: s.id,
            stage: 'manual' as const,
            day: today,
            sentAt: nowIso,
            recipients: people.ofUnit(s.unitId).length,
          })),
        )
        .onConflictDoNothing()
        .run();
    }
    const q = queueNotifications(db, nowIso, sends, publicUrl);
    const result: ManualReminderResult = { subjects: chosen.length, notifications: q.notifications, emails: q.emails, skipped, unitsWithNothingLate };
    if (chosen.length > 0) {
      writeAudit(tx, actor, nowIso, {
        action: 'reminder.manual',
        entityType: 'reminder',
        entityId: null,
        unitId: byUnit.size === 1 ? ([...byUnit.keys()][0] ?? null) : null,
        after: {
          message: v.message,
          tasks: chosen.filter((s) => s.type === 'task').map((s) => s.id),
          reports: chosen.filter((s) => s.type === 'report').map((s) => s.id),
          units: [...byUnit.keys()],
          notifications: q.notifications,
          emails: q.emails,
        },
      });
    }
    return result;
  });
}

/** What was sent about one task or report, newest first. The department's people only. */
export function reminderLogFor(db: Db, actor: Actor, subjectType: ReminderSubjectType, subjectId: number): ReminderLogEntry[] {
  if (!isDepartment(actor)) throw forbidden('Chỉ cán bộ của Sở được xem nhật ký đôn đốc');
  return db
    .select()
    .from(reminderLog)
    .where(byKeyPrefix(`${subjectType}:${subjectId}:`))
    .orderBy(desc(reminderLog.sentAt), desc(reminderLog.key))
    .limit(500)
    .all();
}
