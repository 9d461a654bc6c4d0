import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { UnitBrief } from '@dondoc/schemas';
import type { Conn, Tx } from '../../db/client';
import { sessions, taskTransfers, tasks, unitEventLinks, unitEvents, unitGroupMembers, unitNames, units, users } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { writeAudit } from '../audit/service';
import { forgetSessions } from '../auth/service';

/**
 * The building blocks every directory change uses (a manual rename or merger, an imported reform):
 * record the event, hand open tasks on, retire units, move their users. Each takes the caller's
 * transaction: a change commits whole, with its audit entries, or not at all.
 */

export type EventKind = (typeof unitEvents.$inferSelect)['kind'];
export type EventLink = { fromUnitId: number | null; toUnitId: number | null; partial?: boolean };

type UnitRow = typeof units.$inferSelect;

export const briefOf = (u: Pick<UnitRow, 'id' | 'code' | 'name' | 'shortName' | 'kind'>): UnitBrief => ({
  id: u.id,
  code: u.code,
  name: u.name,
  shortName: u.shortName,
  kind: u.kind as UnitBrief['kind'],
});

export function recordEvent(
  tx: Tx,
  actor: Actor | null,
  now: string,
  e: { kind: EventKind; effectiveOn: string; legalBasis: string; note?: string | null; changeId?: number | null; links: EventLink[] },
): number {
  const row = tx
    .insert(unitEvents)
    .values({ kind: e.kind, effectiveOn: e.effectiveOn, legalBasis: e.legalBasis, note: e.note ?? null, changeId: e.changeId ?? null, createdById: actor?.userId ?? null, createdAt: now })
    .returning({ id: unitEvents.id })
    .get();
  if (e.links.length > 0) {
    tx.insert(unitEventLinks)
      .values(e.links.map((l) => ({ eventId: row.id, fromUnitId: l.fromUnitId, toUnitId: l.toUnitId, partial: l.partial ?? false })))
      .run();
  }
  return row.id;
}

/** Open (not completed) tasks a unit holds, optionally only some of them. */
export function openTasksOf(db: Conn, unitId: number, taskIds?: number[]): number[] {
  return db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.unitId, unitId), isNull(tasks.completedAt), taskIds ? inArray(tasks.id, taskIds) : undefined))
    .orderBy(tasks.id)
    .all()
    .map((r) => r.id);
}

/**
 * Hands open tasks from one unit to another: the task (with its items, activities and the
 * sub-tasks it passed on, which hang under it) is now the successor's; a transfer row and an
 * audit entry keep who held it before. Closed tasks are never moved: they stay with the unit
 * that did the work. Returns how many moved.
 */
export function transferOpenTasks(
  tx: Tx,
  actor: Actor | null,
  now: string,
  m: { fromUnitId: number; toUnitId: number; eventId: number; taskIds?: number[] },
): number {
  if (m.fromUnitId === m.toUnitId) return 0;
  const ids = openTasksOf(tx, m.fromUnitId, m.taskIds);
  if (ids.length === 0) return 0;
  const before = tx.select({ id: tasks.id, directiveId: tasks.directiveId }).from(tasks).where(inArray(tasks.id, ids)).all();
  tx.update(tasks)
    .set({ unitId: m.toUnitId, version: sql`${tasks.version} + 1` })
    .where(inArray(tasks.id, ids))
    .run();
  tx.insert(taskTransfers)
    .values(ids.map((taskId) => ({ taskId, fromUnitId: m.fromUnitId, toUnitId: m.toUnitId, eventId: m.eventId, at: now })))
    .run();
  for (const t of before) {
    writeAudit(tx, actor, now, {
      action: 'task.transfer',
      entityType: 'task',
      entityId: t.id,
      directiveId: t.directiveId,
      unitId: m.toUnitId,
      before: { unitId: m.fromUnitId },
      after: { unitId: m.toUnitId, eventId: m.eventId },
    });
  }
  return ids.length;
}

/** Ends a unit's validity (from `validTo`, exclusive) and takes it out of its groups. */
export function retireUnitTx(tx: Tx, actor: Actor | null, now: string, unitId: number, validTo: string, eventId: number): void {
  const before = tx.select().from(units).where(eq(units.id, unitId)).get();
  if (!before) return;
  tx.update(units)
    .set({ validTo, version: sql`${units.version} + 1`, updatedAt: now })
    .where(eq(units.id, unitId))
    .run();
  const groups = tx.select({ g: unitGroupMembers.groupId }).from(unitGroupMembers).where(eq(unitGroupMembers.unitId, unitId)).all();
  tx.delete(unitGroupMembers).where(eq(unitGroupMembers.unitId, unitId)).run();
  writeAudit(tx, actor, now, {
    action: 'unit.retire',
    entityType: 'unit',
    entityId: unitId,
    unitId,
    before: { validTo: before.validTo, groups: groups.map((r) => r.g) },
    after: { validTo, eventId },
  });
}

/** Adds a unit to the given groups (a successor joins the groups its predecessors were in). */
export function joinGroups(tx: Tx, unitId: number, groupIds: Iterable<number>): void {
  const rows = [...new Set(groupIds)].map((groupId) => ({ groupId, unitId }));
  if (rows.length > 0) tx.insert(unitGroupMembers).values(rows).onConflictDoNothing().run();
}

export function groupsOf(db: Conn, unitIds: number[]): number[] {
  if (unitIds.length === 0) return [];
  return [...new Set(db.select({ g: unitGroupMembers.groupId }).from(unitGroupMembers).where(inArray(unitGroupMembers.unitId, unitIds)).all().map((r) => r.g))];
}

/**
 * Moves a unit's user accounts to its successor, or — with no successor (a dissolved unit) —
 * locks them and ends their sessions. Returns how many accounts it touched.
 */
export function moveUsers(tx: Tx, actor: Actor | null, now: string, fromUnitId: number, toUnitId: number | null): number {
  const list = tx.select({ id: users.id, username: users.username }).from(users).where(and(eq(users.unitId, fromUnitId), eq(users.active, true))).all();
  for (const u of list) {
    if (toUnitId != null) {
      tx.update(users).set({ unitId: toUnitId }).where(eq(users.id, u.id)).run();
    } else {
      tx.update(users).set({ active: false }).where(eq(users.id, u.id)).run();
      tx.delete(sessions).where(eq(sessions.userId, u.id)).run();
    }
    // A moved account acts for its new unit, a locked one not at all, from its next request.
    forgetSessions(tx);
    writeAudit(tx, actor, now, {
      action: toUnitId != null ? 'user.move' : 'user.deactivate',
      entityType: 'user',
      entityId: u.id,
      unitId: toUnitId ?? fromUnitId,
      before: { unitId: fromUnitId },
      after: toUnitId != null ? { unitId: toUnitId } : { active: false },
    });
  }
  return list.length;
}

/**
 * Units that hung under a unit now gone hang under its successor (a merged district office's
 * centre and stations stay reachable for delegation). Only active children move.
 */
export function reparentChildren(tx: Tx, actor: Actor | null, now: string, fromUnitId: number, toUnitId: number): number {
  const children = tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.parentId, fromUnitId), isNull(units.validTo)))
    .all()
    .filter((c) => c.id !== toUnitId);
  if (children.length === 0) return 0;
  tx.update(units)
    .set({ parentId: toUnitId, version: sql`${units.version} + 1`, updatedAt: now })
    .where(inArray(units.id, children.map((c) => c.id)))
    .run();
  for (const c of children) {
    writeAudit(tx, actor, now, { action: 'unit.reparent', entityType: 'unit', entityId: c.id, unitId: c.id, before: { parentId: fromUnitId }, after: { parentId: toUnitId } });
  }
  return children.length;
}

/**
 * Keeps the current name in the history and gives the unit its new one. The old names stay among
 * its aliases, so a directive pasted later that still uses them resolves to the unit.
 */
export function renameUnitTx(
  tx: Tx,
  now: string,
  unit: Pick<UnitRow, 'id' | 'name' | 'shortName' | 'aliases'>,
  next: { name: string; shortName: string | null; effectiveOn: string; eventId: number },
): void {
  tx.insert(unitNames).values({ unitId: unit.id, name: unit.name, shortName: unit.shortName, validTo: next.effectiveOn, eventId: next.eventId }).run();
  const aliases = [...unit.aliases];
  for (const old of [unit.name, unit.shortName]) if (old && old !== next.name && !aliases.includes(old)) aliases.push(old);
  tx.update(units)
    .set({ name: next.name, shortName: next.shortName, aliases, version: sql`${units.version} + 1`, updatedAt: now })
    .where(eq(units.id, unit.id))
    .run();
}

/**
 * The names units had on a date, for those renamed since: a directive dated before a change shows
 * its units as they were named then. Units absent from the map kept their current name.
 */
export function namesOn(db: Conn, unitIds: number[], date: string | null): Map<number, { name: string; shortName: string | null }> {
  const out = new Map<number, { name: string; shortName: string | null }>();
  if (!date || unitIds.length === 0) return out;
  // The earliest name that was still in use after the date: the oldest row with valid_to > date.
  const rows = db
    .select({ unitId: unitNames.unitId, name: unitNames.name, shortName: unitNames.shortName, validTo: unitNames.validTo })
    .from(unitNames)
    .where(and(inArray(unitNames.unitId, [...new Set(unitIds)]), gt(unitNames.validTo, date)))
    .orderBy(unitNames.unitId, unitNames.validTo)
    .all();
  for (const r of rows) if (!out.has(r.unitId)) out.set(r.unitId, { name: r.name, shortName: r.shortName });
  return out;
}
