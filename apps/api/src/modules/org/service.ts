import { and, desc, eq, inArray, max, or, sql } from 'drizzle-orm';
import type { Unit, UnitEvent, UnitHistory, UnitMerge, UnitRename } from '@dondoc/schemas';
import { unitMerge, unitRename } from '@dondoc/schemas';
import { sqliteOf, type Conn, type Db, type Tx } from '../../db/client';
import { taskTransfers, unitEventLinks, unitEvents, unitNames, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { AppError, badRequest, conflict, notFound } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { ensureParent, insertUnitTx, requireAdmin, toUnit } from '../units/service';
import { briefOf, groupsOf, joinGroups, moveUsers, recordEvent, renameUnitTx, reparentChildren, retireUnitTx, transferOpenTasks } from './events';

/**
 * Directory events staff enter by hand (a rename, a merger) and the directory's history: the
 * events, who came before whom, and the names units had on a date.
 */

type UnitRow = typeof units.$inferSelect;
type EventRow = typeof unitEvents.$inferSelect;
type Name = { name: string; shortName: string | null };


/**
 * The names units had on various dates, read in one query for a whole list (tasks of many
 * directives, events of many dates). `nameOn(unit, date)` is the name in use on that day; with
 * `dayBefore` the name in use the day before (what an event dated `date` changed). Undefined: the
 * unit has kept its current name since.
 */
const NAMES_THEN = `select unit_id as unitId, name, short_name as shortName, valid_to as validTo from unit_names
  where valid_to >= ? and unit_id in (select value from json_each(?)) order by unit_id, valid_to, id`;

export function namesThen(db: Conn, unitIds: Iterable<number>, dates: Iterable<string | null>) {
  const ids = [...new Set(unitIds)];
  const earliest = [...dates].reduce<string | null>((m, d) => (d != null && (m == null || d < m) ? d : m), null);
  const byUnit = new Map<number, { name: string; shortName: string | null; validTo: string }[]>();
  if (ids.length > 0 && earliest != null) {
    // One statement text whatever the number of units (their ids as a JSON array): it is compiled
    // once and kept, where an IN list of n placeholders would compile anew for each n.
    const rows = sqliteOf(db)
      .prepare<[string, string], { unitId: number; name: string; shortName: string | null; validTo: string }>(NAMES_THEN)
      .all(earliest, JSON.stringify(ids));
    for (const r of rows) {
      const list = byUnit.get(r.unitId) ?? [];
      list.push(r);
      byUnit.set(r.unitId, list);
    }
  }
  return (unitId: number, date: string | null, opts: { dayBefore?: boolean } = {}): Name | undefined => {
    if (date == null) return undefined;
    // The oldest name still in use after the date (validTo is the first day without it).
    const hit = byUnit.get(unitId)?.find((r) => (opts.dayBefore ? r.validTo >= date : r.validTo > date));
    return hit ? { name: hit.name, shortName: hit.shortName } : undefined;
  };
}

// ---- reading events ----

/** Events with their units and moved-task counts, in a fixed number of queries whatever their number. */
function eventsOf(db: Conn, rows: EventRow[]): UnitEvent[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const links = db
    .select({ eventId: unitEventLinks.eventId, from: unitEventLinks.fromUnitId, to: unitEventLinks.toUnitId, partial: unitEventLinks.partial })
    .from(unitEventLinks)
    .where(inArray(unitEventLinks.eventId, ids))
    .orderBy(unitEventLinks.id)
    .all();
  const unitIds = [...new Set(links.flatMap((l) => [l.from, l.to].filter((x): x is number => x != null)))];
  const unitById = new Map(
    unitIds.length
      ? db
          .select({ id: units.id, code: units.code, name: units.name, shortName: units.shortName, kind: units.kind })
          .from(units)
          .where(inArray(units.id, unitIds))
          .all()
          .map((u) => [u.id, u])
      : [],
  );
  const fromIds = [...new Set(links.flatMap((l) => (l.from != null ? [l.from] : [])))];
  // An event moves tasks only from its predecessors: filtering by them lets the count use the
  // from-unit index of task_transfers instead of scanning the table.
  const moved = new Map(
    fromIds.length
      ? db
          .select({ eventId: taskTransfers.eventId, n: sql<number>`count(*)` })
          .from(taskTransfers)
          .where(and(inArray(taskTransfers.fromUnitId, fromIds), inArray(taskTransfers.eventId, ids)))
          .groupBy(taskTransfers.eventId)
          .all()
          .map((r) => [r.eventId as number, r.n])
      : [],
  );
  const nameOn = namesThen(db, unitIds, rows.map((r) => r.effectiveOn));
  const byEvent = new Map<number, typeof links>();
  for (const l of links) byEvent.set(l.eventId, [...(byEvent.get(l.eventId) ?? []), l]);
  // Each side as it was named at the event: predecessors the day before, successors on the day.
  const side = (list: typeof links, pick: 'from' | 'to', date: string) => {
    const out = new Map<number, UnitEvent['predecessors'][number]>();
    for (const l of list) {
      const u = l[pick] != null ? unitById.get(l[pick]) : undefined;
      if (!u) continue;
      const seen = out.get(u.id);
      if (seen) {
        seen.partial ||= l.partial;
        continue;
      }
      out.set(u.id, { ...briefOf({ ...u, ...nameOn(u.id, date, { dayBefore: pick === 'from' }) }), partial: l.partial });
    }
    return [...out.values()];
  };
  return rows.map((r) => {
    const list = byEvent.get(r.id) ?? [];
    return {
      id: r.id,
      kind: r.kind,
      effectiveOn: r.effectiveOn,
      legalBasis: r.legalBasis,
      note: r.note,
      changeId: r.changeId,
      predecessors: side(list, 'from', r.effectiveOn),
      successors: side(list, 'to', r.effectiveOn),
      tasksMoved: moved.get(r.id) ?? 0,
      createdAt: r.createdAt,
    };
  });
}

/** The directory's events, newest first; the directory is not secret, so any signed-in user reads it. */
export function listEvents(db: Conn, q: { unitId?: number | undefined; changeId?: number | undefined; limit: number }): UnitEvent[] {
  const touching =
    q.unitId != null
      ? inArray(
          unitEvents.id,
          db
            .select({ id: unitEventLinks.eventId })
            .from(unitEventLinks)
            .where(or(eq(unitEventLinks.fromUnitId, q.unitId), eq(unitEventLinks.toUnitId, q.unitId))),
        )
      : undefined;
  const rows = db
    .select()
    .from(unitEvents)
    .where(and(touching, q.changeId != null ? eq(unitEvents.changeId, q.changeId) : undefined))
    .orderBy(desc(unitEvents.effectiveOn), desc(unitEvents.id))
    .limit(q.limit)
    .all();
  return eventsOf(db, rows);
}

export function unitHistory(db: Conn, id: number): UnitHistory {
  const u = db.select().from(units).where(eq(units.id, id)).get();
  if (!u) throw notFound('Không tìm thấy đơn vị');
  const formerNames = db
    .select({ name: unitNames.name, shortName: unitNames.shortName, validTo: unitNames.validTo })
    .from(unitNames)
    .where(eq(unitNames.unitId, id))
    .orderBy(desc(unitNames.validTo), desc(unitNames.id))
    .all();
  return { unit: { ...briefOf(u), validFrom: u.validFrom, validTo: u.validTo }, formerNames, events: listEvents(db, { unitId: id, limit: 500 }) };
}

// ---- rename ----

const dateField = (message: string) => [{ path: 'effectiveOn', message }];

export function renameUnit(db: Db, clock: Clock, actor: Actor, id: number, input: UnitRename): Unit {
  requireAdmin(actor);
  const v = unitRename.parse(input);
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const before = tx.select().from(units).where(eq(units.id, id)).get();
    if (!before) throw notFound('Không tìm thấy đơn vị');
    // Checked and written in one synchronous transaction of the only writer (0001): nothing can
    // come between the version check and renameUnitTx's update.
    if (before.version !== v.version) throw conflict();
    if (before.validTo) throw new AppError(409, 'UNIT_RETIRED', 'Đơn vị đã ngừng hoạt động, không thể đổi tên');
    if (v.name === before.name) {
      throw badRequest('SAME_NAME', 'Tên mới trùng với tên hiện tại', [{ path: 'name', message: 'Tên mới trùng với tên hiện tại' }]);
    }
    if (before.validFrom && v.effectiveOn < before.validFrom) {
      throw badRequest('BEFORE_VALID_FROM', 'Ngày đổi tên trước ngày đơn vị bắt đầu hoạt động', dateField(`Ngày đổi tên không được trước ${before.validFrom}`));
    }
    // Former names are read by their end date: a rename dated before the last one would reorder them.
    const last = tx.select({ d: max(unitNames.validTo) }).from(unitNames).where(eq(unitNames.unitId, id)).get()?.d;
    if (last && v.effectiveOn <= last) {
      throw badRequest('BEFORE_LAST_RENAME', 'Ngày đổi tên phải sau lần đổi tên trước', dateField(`Ngày đổi tên phải sau ${last}`));
    }
    const eventId = recordEvent(tx, actor, now, { kind: 'rename', effectiveOn: v.effectiveOn, legalBasis: v.legalBasis, note: v.note, links: [{ fromUnitId: id, toUnitId: id }] });
    renameUnitTx(tx, now, before, { name: v.name, shortName: v.shortName, effectiveOn: v.effectiveOn, eventId });
    const after = tx.select().from(units).where(eq(units.id, id)).get() as UnitRow;
    writeAudit(tx, actor, now, {
      action: 'unit.rename',
      entityType: 'unit',
      entityId: id,
      unitId: id,
      before: { name: before.name, shortName: before.shortName },
      after: { name: after.name, shortName: after.shortName, effectiveOn: v.effectiveOn, eventId },
    });
    return toUnit(after);
  });
}

// ---- merge ----

type Field = { path: string; message: string };

/** The predecessors, each existing and active on the date; otherwise a 400 naming each bad one. */
function checkPredecessors(tx: Tx, ids: number[], effectiveOn: string): UnitRow[] {
  const rows = new Map(tx.select().from(units).where(inArray(units.id, ids)).all().map((r) => [r.id, r]));
  const unknown: Field[] = [];
  const retired: Field[] = [];
  const early: Field[] = [];
  ids.forEach((id, i) => {
    const r = rows.get(id);
    const path = `predecessorIds.${i}`;
    if (!r) unknown.push({ path, message: `Không tìm thấy đơn vị #${id} trong danh mục` });
    else if (r.validTo) retired.push({ path, message: `${r.name} đã ngừng hoạt động` });
    else if (r.validFrom && effectiveOn < r.validFrom) early.push({ path, message: `${r.name} bắt đầu hoạt động từ ${r.validFrom}, sau ngày sáp nhập` });
  });
  if (unknown.length) throw badRequest('UNKNOWN_UNIT', 'Có đơn vị không tồn tại trong danh mục', unknown);
  if (retired.length) throw badRequest('UNIT_RETIRED', 'Có đơn vị đã ngừng hoạt động', retired);
  if (early.length) throw badRequest('BEFORE_VALID_FROM', 'Ngày sáp nhập trước ngày bắt đầu hoạt động của đơn vị', early);
  return ids.map((id) => rows.get(id) as UnitRow);
}

function existingSuccessor(tx: Tx, id: number, effectiveOn: string): UnitRow {
  const r = tx.select().from(units).where(eq(units.id, id)).get();
  if (!r) throw badRequest('UNKNOWN_UNIT', 'Không tìm thấy đơn vị kế thừa', [{ path: 'successorId', message: `Không tìm thấy đơn vị #${id} trong danh mục` }]);
  if (r.validTo) throw badRequest('UNIT_RETIRED', 'Đơn vị kế thừa đã ngừng hoạt động', [{ path: 'successorId', message: `${r.name} đã ngừng hoạt động` }]);
  if (r.validFrom && effectiveOn < r.validFrom) {
    throw badRequest('BEFORE_VALID_FROM', 'Ngày sáp nhập trước ngày đơn vị kế thừa bắt đầu hoạt động', dateField(`Ngày sáp nhập không được trước ${r.validFrom}`));
  }
  return r;
}

/**
 * Several units become one, in one transaction: the successor (an existing unit, possibly one of
 * the predecessors absorbing the others, or a new one from the effective date) takes their open
 * tasks, their groups and their users; the others are retired on the date. Closed tasks stay.
 */
export function mergeUnits(db: Db, clock: Clock, actor: Actor, input: UnitMerge): { event: UnitEvent; tasksMoved: number; usersMoved: number } {
  requireAdmin(actor);
  const v = unitMerge.parse(input);
  const now = clock.now().toISOString();
  const ids = [...new Set(v.predecessorIds)];
  return db.transaction((tx) => {
    checkPredecessors(tx, ids, v.effectiveOn);
    let successor: UnitRow;
    if (v.successorId != null) {
      successor = existingSuccessor(tx, v.successorId, v.effectiveOn);
    } else {
      const s = v.successor as NonNullable<typeof v.successor>;
      try {
        ensureParent(tx, s.parentId);
      } catch (e) {
        if (e instanceof AppError && e.fields) throw new AppError(e.status, e.code, e.message, e.fields.map((f) => ({ ...f, path: `successor.${f.path}` })));
        throw e;
      }
      successor = insertUnitTx(tx, actor, now, { ...s, validFrom: v.effectiveOn });
    }
    const others = ids.filter((id) => id !== successor.id);
    if (others.length === 0) {
      throw badRequest('NOTHING_TO_MERGE', 'Chưa có đơn vị nào được sáp nhập vào đơn vị kế thừa', [{ path: 'predecessorIds', message: 'Chọn ít nhất một đơn vị khác đơn vị kế thừa' }]);
    }
    const eventId = recordEvent(tx, actor, now, {
      kind: 'merge',
      effectiveOn: v.effectiveOn,
      legalBasis: v.legalBasis,
      note: v.note,
      links: others.map((fromUnitId) => ({ fromUnitId, toUnitId: successor.id })),
    });
    // Groups first: retiring a unit takes it out of them.
    joinGroups(tx, successor.id, groupsOf(tx, others));
    let tasksMoved = 0;
    let usersMoved = 0;
    for (const from of others) {
      tasksMoved += transferOpenTasks(tx, actor, now, { fromUnitId: from, toUnitId: successor.id, eventId });
      retireUnitTx(tx, actor, now, from, v.effectiveOn, eventId);
      usersMoved += moveUsers(tx, actor, now, from, successor.id);
      reparentChildren(tx, actor, now, from, successor.id);
    }
    writeAudit(tx, actor, now, {
      action: 'unit.merge',
      entityType: 'unit',
      entityId: successor.id,
      unitId: successor.id,
      after: { eventId, predecessorIds: others, effectiveOn: v.effectiveOn, legalBasis: v.legalBasis, tasksMoved, usersMoved },
    });
    const event = eventsOf(tx, [tx.select().from(unitEvents).where(eq(unitEvents.id, eventId)).get() as EventRow])[0] as UnitEvent;
    return { event, tasksMoved, usersMoved };
  });
}
