import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Unit, UnitCreate, UnitGroup, UnitGroupCreate, UnitGroupUpdate, UnitRetire, UnitUpdate } from '@dondoc/schemas';
import { unitCreate, unitGroupCreate } from '@dondoc/schemas';
import type { z } from 'zod';
import type { Conn, Db, Tx } from '../../db/client';
import { unitGroupMembers, unitGroups, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../lib/errors';
import { fold } from '@dondoc/schemas';
import { writeAudit } from '../audit/service';
import { recordEvent } from '../org/events';

type UnitRow = typeof units.$inferSelect;

export const toUnit = (r: UnitRow): Unit => ({
  id: r.id,
  code: r.code,
  name: r.name,
  shortName: r.shortName,
  aliases: r.aliases,
  kind: r.kind as Unit['kind'],
  parentId: r.parentId,
  districtCode: r.districtCode,
  districtName: r.districtName,
  validFrom: r.validFrom,
  validTo: r.validTo,
  version: r.version,
});

export const requireAdmin = (actor: Actor) => {
  if (actor.role !== 'admin') throw forbidden('Chỉ quản trị viên được sửa danh mục đơn vị');
};

export function listUnits(db: Db, q: { q?: string | undefined; kind?: string | undefined; includeRetired?: boolean }): Unit[] {
  const rows = db
    .select()
    .from(units)
    .where(and(q.kind ? eq(units.kind, q.kind) : undefined, q.includeRetired ? undefined : isNull(units.validTo)))
    .orderBy(units.id)
    .all();
  const needle = q.q ? fold(q.q) : '';
  const list = needle
    ? rows.filter((r) => [r.name, r.shortName ?? '', r.code, ...r.aliases].some((s) => fold(s).includes(needle)))
    : rows;
  return list.map(toUnit);
}

function getUnitRow(db: Conn, id: number): UnitRow {
  const row = db.select().from(units).where(eq(units.id, id)).get();
  if (!row) throw notFound('Không tìm thấy đơn vị');
  return row;
}

export function ensureParent(db: Conn, parentId: number | null | undefined, selfId?: number) {
  if (parentId == null) return;
  if (parentId === selfId) throw badRequest('INVALID_PARENT', 'Đơn vị không thể trực thuộc chính nó', [{ path: 'parentId', message: 'Đơn vị cấp trên không hợp lệ' }]);
  const p = db.select({ id: units.id }).from(units).where(eq(units.id, parentId)).get();
  if (!p) throw badRequest('INVALID_PARENT', 'Không tìm thấy đơn vị cấp trên', [{ path: 'parentId', message: 'Không tìm thấy đơn vị cấp trên' }]);
}

export function createUnit(db: Db, clock: Clock, actor: Actor | null, input: UnitCreate): Unit {
  if (actor) requireAdmin(actor);
  const v = unitCreate.parse(input);
  ensureParent(db, v.parentId);
  const now = clock.now().toISOString();
  return db.transaction((tx) => toUnit(insertUnitTx(tx, actor, now, v)));
}

/** Adds a unit inside the caller's transaction (a merger creates its successor this way), with its audit entry. */
export function insertUnitTx(tx: Tx, actor: Actor | null, now: string, v: z.output<typeof unitCreate>): UnitRow {
  if (tx.select({ id: units.id }).from(units).where(eq(units.code, v.code)).get()) {
    throw new AppError(409, 'DUPLICATE_CODE', `Mã đơn vị "${v.code}" đã tồn tại`);
  }
  const row = tx
    .insert(units)
    .values({ ...v, districtName: districtNameOf(tx, v.districtCode), createdAt: now, updatedAt: now })
    .returning()
    .get();
  writeAudit(tx, actor, now, { action: 'unit.create', entityType: 'unit', entityId: row.id, unitId: row.id, after: toUnit(row) });
  return row;
}

function districtNameOf(db: Conn, districtCode: string | null): string | null {
  if (!districtCode) return null;
  const r = db.select({ n: units.districtName }).from(units).where(eq(units.districtCode, districtCode)).limit(1).get();
  return r?.n ?? null;
}

export function updateUnit(db: Db, clock: Clock, actor: Actor, id: number, input: UnitUpdate): Unit {
  requireAdmin(actor);
  ensureParent(db, input.parentId, id);
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const before = getUnitRow(tx, id);
    const { version, ...changes } = input;
    // Conditional on the version the editor saw: a concurrent edit makes this match nothing.
    const row = tx
      .update(units)
      .set({ ...changes, version: sql`${units.version} + 1`, updatedAt: now })
      .where(and(eq(units.id, id), eq(units.version, version)))
      .returning()
      .get();
    if (!row) throw conflict();
    writeAudit(tx, actor, now, { action: 'unit.update', entityType: 'unit', entityId: id, unitId: id, before: toUnit(before), after: toUnit(row) });
    return toUnit(row);
  });
}

export function retireUnit(db: Db, clock: Clock, actor: Actor, id: number, input: UnitRetire): Unit {
  requireAdmin(actor);
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const before = getUnitRow(tx, id);
    if (before.validTo) throw new AppError(409, 'ALREADY_RETIRED', 'Đơn vị đã ngừng hoạt động trước đó');
    if (before.validFrom && input.validTo < before.validFrom) {
      throw badRequest('VALIDATION', 'Ngày ngừng hoạt động phải sau ngày bắt đầu', [{ path: 'validTo', message: 'Ngày ngừng hoạt động phải sau ngày bắt đầu' }]);
    }
    const row = tx
      .update(units)
      .set({ validTo: input.validTo, version: sql`${units.version} + 1`, updatedAt: now })
      .where(and(eq(units.id, id), eq(units.version, input.version)))
      .returning()
      .get();
    if (!row) throw conflict();
    // The directory's history shows the retirement with its act; without one it says so rather than inventing one.
    const eventId = recordEvent(tx, actor, now, {
      kind: 'retire',
      effectiveOn: input.validTo,
      legalBasis: input.legalBasis || '(không ghi)',
      links: [{ fromUnitId: id, toUnitId: null }],
    });
    writeAudit(tx, actor, now, { action: 'unit.retire', entityType: 'unit', entityId: id, unitId: id, before: toUnit(before), after: { ...toUnit(row), eventId } });
    return toUnit(row);
  });
}

// ---- groups ----

function groupMembers(db: Conn, groupIds: number[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  if (groupIds.length === 0) return map;
  for (const m of db.select().from(unitGroupMembers).where(inArray(unitGroupMembers.groupId, groupIds)).orderBy(unitGroupMembers.unitId).all()) {
    const list = map.get(m.groupId) ?? [];
    list.push(m.unitId);
    map.set(m.groupId, list);
  }
  return map;
}

export function listGroups(db: Conn, ids?: number[]): UnitGroup[] {
  const rows = db
    .select()
    .from(unitGroups)
    .where(ids ? inArray(unitGroups.id, ids) : undefined)
    .orderBy(unitGroups.id)
    .all();
  const members = groupMembers(db, rows.map((r) => r.id));
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, aliases: r.aliases, memberIds: members.get(r.id) ?? [], version: r.version }));
}

function ensureUnitsExist(db: Db, ids: number[]) {
  if (ids.length === 0) return;
  const found = db.select({ id: units.id }).from(units).where(inArray(units.id, ids)).all();
  if (found.length !== new Set(ids).size) {
    throw badRequest('UNKNOWN_UNIT', 'Có đơn vị không tồn tại trong danh mục', [{ path: 'memberIds', message: 'Có đơn vị không tồn tại' }]);
  }
}

export function createGroup(db: Db, clock: Clock, actor: Actor | null, input: UnitGroupCreate): UnitGroup {
  if (actor) requireAdmin(actor);
  const v = unitGroupCreate.parse(input);
  ensureUnitsExist(db, v.memberIds);
  const now = clock.now().toISOString();
  const id = db.transaction((tx) => {
    if (tx.select({ id: unitGroups.id }).from(unitGroups).where(eq(unitGroups.code, v.code)).get()) {
      throw new AppError(409, 'DUPLICATE_CODE', `Mã nhóm "${v.code}" đã tồn tại`);
    }
    const row = tx.insert(unitGroups).values({ code: v.code, name: v.name, aliases: v.aliases, createdAt: now, updatedAt: now }).returning().get();
    for (const unitId of new Set(v.memberIds)) tx.insert(unitGroupMembers).values({ groupId: row.id, unitId }).run();
    writeAudit(tx, actor, now, { action: 'group.create', entityType: 'unit_group', entityId: row.id, after: v });
    return row.id;
  });
  return getGroup(db, id);
}

export function getGroup(db: Conn, id: number): UnitGroup {
  const g = listGroups(db, [id])[0];
  if (!g) throw notFound('Không tìm thấy nhóm đơn vị');
  return g;
}

export function updateGroup(db: Db, clock: Clock, actor: Actor, id: number, input: UnitGroupUpdate): UnitGroup {
  requireAdmin(actor);
  if (input.memberIds) ensureUnitsExist(db, input.memberIds);
  const now = clock.now().toISOString();
  db.transaction((tx) => {
    const before = getGroup(tx, id);
    const row = tx
      .update(unitGroups)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.aliases !== undefined ? { aliases: input.aliases } : {}),
        version: sql`${unitGroups.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(unitGroups.id, id), eq(unitGroups.version, input.version)))
      .returning()
      .get();
    if (!row) throw conflict();
    if (input.memberIds) {
      tx.delete(unitGroupMembers).where(eq(unitGroupMembers.groupId, id)).run();
      for (const unitId of new Set(input.memberIds)) tx.insert(unitGroupMembers).values({ groupId: id, unitId }).run();
    }
    writeAudit(tx, actor, now, { action: 'group.update', entityType: 'unit_group', entityId: id, before, after: input });
  });
  return getGroup(db, id);
}

/** Units active on a date (a unit with no dates is always active). */
export function activeOn(date: string | null) {
  if (!date) return isNull(units.validTo);
  return and(or(isNull(units.validFrom), sql`${units.validFrom} <= ${date}`), or(isNull(units.validTo), sql`${units.validTo} > ${date}`));
}
