import { and, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import {
  ACTIVITY_LIST_LIMIT,
  activityForms,
  activityProblems,
  type Activity,
  type ActivityCreate,
  type ActivityForm,
  type ActivityFormTotal,
  type ActivityList,
  type ActivityListQuery,
  type ActivityUpdate,
} from '@dondoc/schemas';
import type { Conn, Db, Tx } from '../../db/client';
import { activities, activityItems, directives, evidenceFiles, taskItems, tasks, units, users } from '../../db/schema/index';
import { activityScope } from '../delegation/scope';
import { isDepartment, type Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { visibleTasks } from '../tasks/service';

/**
 * Whose activities the caller sees in its unit-wide history (GET /api/activities): the
 * department sees every unit's, a unit its own. Delegation widens this one condition to the
 * units a unit delegated to (their activities count in its totals). Reads also require the
 * activity's task to be visible (visibleTasks), so widening this never exposes a task.
 */
export function visibleActivityUnits(actor: Actor): SQL | undefined {
  // Its own tasks' activities and those logged on every sub-task down the chain it delegated.
  return activityScope(actor);
}

/** Only department staff (and admins) see deleted activities and bring them back. */
export const canRestoreActivities = (actor: Actor) => actor.role === 'admin' || actor.role === 'staff';
const canSeeDeleted = (actor: Actor) => isDepartment(actor);

const notFoundActivity = () => notFound('Không tìm thấy hoạt động');

/** The task a unit logs against: hidden tasks are 404, tasks of another unit 403. */
function requireOwnTask(db: Conn, actor: Actor, taskId: number) {
  const t = db
    .select({ id: tasks.id, unitId: tasks.unitId, directiveId: tasks.directiveId })
    .from(tasks)
    .where(and(eq(tasks.id, taskId), visibleTasks(actor)))
    .get();
  if (!t) throw notFound('Không tìm thấy nhiệm vụ');
  if (actor.role !== 'unit' || actor.unitId !== t.unitId) throw forbidden('Chỉ đơn vị được giao nhiệm vụ mới ghi nhận hoạt động cho nhiệm vụ này');
  return t;
}

type Row = typeof activities.$inferSelect;

/** An activity whose task the caller may see; deleted ones only for the department. */
function visibleActivity(db: Conn, actor: Actor, id: number): Row & { directiveId: number } {
  const r = db
    .select({ a: activities, directiveId: tasks.directiveId })
    .from(activities)
    .innerJoin(tasks, eq(tasks.id, activities.taskId))
    .where(and(eq(activities.id, id), visibleTasks(actor)))
    .get();
  if (!r || (r.a.deletedAt && !canSeeDeleted(actor))) throw notFoundActivity();
  return { ...r.a, directiveId: r.directiveId };
}

/** Only people of the unit that logged an activity change it. */
function requireAuthor(actor: Actor, a: Row) {
  if (actor.role !== 'unit' || actor.unitId !== a.unitId) throw forbidden('Chỉ đơn vị đã ghi nhận hoạt động mới sửa hoặc xóa được');
}

function checkItems(db: Conn, taskId: number, itemIds: readonly number[]) {
  const found = new Set(
    db
      .select({ id: taskItems.id })
      .from(taskItems)
      .where(and(eq(taskItems.taskId, taskId), inArray(taskItems.id, [...itemIds])))
      .all()
      .map((r) => r.id),
  );
  const fields = itemIds.flatMap((id, i) => (found.has(id) ? [] : [{ path: `itemIds.${i}`, message: 'Nội dung này không thuộc nhiệm vụ' }]));
  if (fields.length) throw badRequest('UNKNOWN_ITEM', 'Có nội dung không thuộc nhiệm vụ này. Vui lòng tải lại trang và chọn lại.', fields);
}

/** Files the unit may attach: its own uploads not yet attached, or already on this activity. */
function checkEvidence(db: Conn, actor: Actor, evidenceIds: readonly number[], activityId: number | null) {
  if (evidenceIds.length === 0) return;
  const rows = db
    .select({ id: evidenceFiles.id, unitId: evidenceFiles.unitId, activityId: evidenceFiles.activityId })
    .from(evidenceFiles)
    .where(inArray(evidenceFiles.id, [...evidenceIds]))
    .all();
  const ok = new Set(rows.filter((r) => r.unitId === actor.unitId && (r.activityId === null || r.activityId === activityId)).map((r) => r.id));
  const fields = evidenceIds.flatMap((id, i) => (ok.has(id) ? [] : [{ path: `evidenceIds.${i}`, message: 'Không tìm thấy tệp minh chứng này' }]));
  if (fields.length) throw badRequest('UNKNOWN_FILE', 'Có tệp minh chứng không tìm thấy hoặc đã gắn với hoạt động khác. Vui lòng tải tệp lên lại.', fields);
}

const clean = (s: string | null | undefined) => {
  const v = (s ?? '').trim();
  return v === '' ? null : v;
};
/** "tin / bài " and "tin/bài" are counted together. */
const cleanMeasure = (s: string | null | undefined) => clean(s)?.replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/') ?? null;

type Snapshot = {
  itemIds: number[];
  dateFrom: string;
  dateTo: string | null;
  form: string;
  title: string;
  description: string | null;
  quantity: number | null;
  measure: string | null;
  reach: number | null;
  links: string[];
  evidenceIds: number[];
};

/** What the audit log keeps of an activity: every field a person can change. */
function snapshot(db: Conn, a: Row): Snapshot {
  return {
    itemIds: db.select({ id: activityItems.taskItemId }).from(activityItems).where(eq(activityItems.activityId, a.id)).orderBy(activityItems.taskItemId).all().map((r) => r.id),
    dateFrom: a.dateFrom,
    dateTo: a.dateTo,
    form: a.form,
    title: a.title,
    description: a.description,
    quantity: a.quantity,
    measure: a.measure,
    reach: a.reach,
    links: a.links,
    evidenceIds: db.select({ id: evidenceFiles.id }).from(evidenceFiles).where(eq(evidenceFiles.activityId, a.id)).orderBy(evidenceFiles.id).all().map((r) => r.id),
  };
}

function attachEvidence(tx: Tx, actor: Actor, activityId: number, ids: readonly number[]) {
  if (ids.length === 0) return;
  tx.update(evidenceFiles)
    .set({ activityId })
    .where(and(inArray(evidenceFiles.id, [...ids]), eq(evidenceFiles.unitId, actor.unitId ?? -1), isNull(evidenceFiles.activityId)))
    .run();
}

export function createActivity(db: Db, clock: Clock, actor: Actor, taskId: number, input: ActivityCreate): Activity {
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const t = requireOwnTask(tx, actor, taskId);
    checkItems(tx, taskId, input.itemIds);
    checkEvidence(tx, actor, input.evidenceIds, null);
    const row = tx
      .insert(activities)
      .values({
        unitId: t.unitId,
        taskId,
        dateFrom: input.dateFrom,
        dateTo: input.dateTo && input.dateTo !== input.dateFrom ? input.dateTo : null,
        form: input.form,
        title: input.title,
        description: clean(input.description),
        quantity: input.quantity ?? null,
        measure: cleanMeasure(input.measure),
        reach: input.reach ?? null,
        links: input.links,
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    tx.insert(activityItems)
      .values(input.itemIds.map((taskItemId) => ({ activityId: row.id, taskItemId })))
      .run();
    attachEvidence(tx, actor, row.id, input.evidenceIds);
    writeAudit(tx, actor, now, {
      action: 'activity.create',
      entityType: 'activity',
      entityId: row.id,
      directiveId: t.directiveId,
      unitId: t.unitId,
      after: snapshot(tx, row),
    });
    return hydrate(tx, [row.id])[0] as Activity;
  });
}

export function updateActivity(db: Db, clock: Clock, actor: Actor, id: number, input: ActivityUpdate): Activity {
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const before = visibleActivity(tx, actor, id);
    requireAuthor(actor, before);
    if (before.deletedAt) throw notFoundActivity();
    const merged = {
      dateFrom: input.dateFrom ?? before.dateFrom,
      dateTo: input.dateTo !== undefined ? input.dateTo : before.dateTo,
      quantity: input.quantity !== undefined ? input.quantity : before.quantity,
      measure: input.measure !== undefined ? cleanMeasure(input.measure) : before.measure,
    };
    const problems = activityProblems(merged);
    if (problems.length) throw badRequest('VALIDATION', `Dữ liệu không hợp lệ: ${problems[0]?.path} — ${problems[0]?.message}`, problems);
    if (input.itemIds) checkItems(tx, before.taskId, input.itemIds);
    if (input.evidenceIds) checkEvidence(tx, actor, input.evidenceIds, id);
    const beforeSnap = snapshot(tx, before);

    const after = tx
      .update(activities)
      .set({
        dateFrom: merged.dateFrom,
        dateTo: merged.dateTo && merged.dateTo !== merged.dateFrom ? merged.dateTo : null,
        form: input.form ?? before.form,
        title: input.title ?? before.title,
        description: input.description !== undefined ? clean(input.description) : before.description,
        quantity: merged.quantity,
        measure: merged.measure,
        reach: input.reach !== undefined ? input.reach : before.reach,
        links: input.links ?? before.links,
        updatedAt: now,
        version: sql`${activities.version} + 1`,
      })
      .where(and(eq(activities.id, id), eq(activities.version, input.version)))
      .returning()
      .get();
    if (!after) throw conflict('Hoạt động này vừa được người khác sửa. Vui lòng tải lại để xem bản mới nhất.');

    if (input.itemIds) {
      tx.delete(activityItems).where(eq(activityItems.activityId, id)).run();
      tx.insert(activityItems)
        .values(input.itemIds.map((taskItemId) => ({ activityId: id, taskItemId })))
        .run();
    }
    if (input.evidenceIds) {
      // Files taken off go back to the unit's unattached uploads; the audit entry keeps the old list.
      const keep = new Set(input.evidenceIds);
      const off = beforeSnap.evidenceIds.filter((e) => !keep.has(e));
      if (off.length) tx.update(evidenceFiles).set({ activityId: null }).where(inArray(evidenceFiles.id, off)).run();
      attachEvidence(tx, actor, id, input.evidenceIds);
    }
    writeAudit(tx, actor, now, {
      action: 'activity.update',
      entityType: 'activity',
      entityId: id,
      directiveId: before.directiveId,
      unitId: before.unitId,
      before: beforeSnap,
      after: snapshot(tx, after),
    });
    return hydrate(tx, [id])[0] as Activity;
  });
}

/** Soft delete: the row stays (staff may restore it), the audit entry holds what it was. */
export function deleteActivity(db: Db, clock: Clock, actor: Actor, id: number, version?: number): void {
  const now = clock.now().toISOString();
  db.transaction((tx) => {
    const before = visibleActivity(tx, actor, id);
    requireAuthor(actor, before);
    if (before.deletedAt) throw notFoundActivity();
    const done = tx
      .update(activities)
      .set({ deletedAt: now, deletedById: actor.userId, version: sql`${activities.version} + 1` })
      .where(and(eq(activities.id, id), isNull(activities.deletedAt), version !== undefined ? eq(activities.version, version) : undefined))
      .run();
    if (done.changes === 0) throw conflict('Hoạt động này vừa được người khác sửa. Vui lòng tải lại rồi thử lại.');
    writeAudit(tx, actor, now, {
      action: 'activity.delete',
      entityType: 'activity',
      entityId: id,
      directiveId: before.directiveId,
      unitId: before.unitId,
      before: snapshot(tx, before),
      after: { deletedAt: now },
    });
  });
}

export function restoreActivity(db: Db, clock: Clock, actor: Actor, id: number): Activity {
  if (!canRestoreActivities(actor)) throw forbidden('Chỉ chuyên viên Sở mới khôi phục được hoạt động đã xóa');
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const before = visibleActivity(tx, actor, id);
    if (!before.deletedAt) throw new AppError(409, 'NOT_DELETED', 'Hoạt động này chưa bị xóa.');
    tx.update(activities)
      .set({ deletedAt: null, deletedById: null, version: sql`${activities.version} + 1` })
      .where(eq(activities.id, id))
      .run();
    writeAudit(tx, actor, now, {
      action: 'activity.restore',
      entityType: 'activity',
      entityId: id,
      directiveId: before.directiveId,
      unitId: before.unitId,
      before: { deletedAt: before.deletedAt },
      after: snapshot(tx, before),
    });
    return hydrate(tx, [id])[0] as Activity;
  });
}

export function getActivity(db: Db, actor: Actor, id: number): Activity {
  visibleActivity(db, actor, id);
  return hydrate(db, [id])[0] as Activity;
}

/** The activities logged on one task, for whoever may see the task. */
export function listTaskActivities(db: Db, actor: Actor, taskId: number, includeDeleted = false): ActivityList {
  const t = db.select({ id: tasks.id }).from(tasks).where(and(eq(tasks.id, taskId), visibleTasks(actor))).get();
  if (!t) throw notFound('Không tìm thấy nhiệm vụ');
  if (includeDeleted && !canSeeDeleted(actor)) throw forbidden('Chỉ Sở mới xem được hoạt động đã xóa');
  const live = and(eq(activities.taskId, taskId), isNull(activities.deletedAt));
  return listWhere(db, includeDeleted ? eq(activities.taskId, taskId) : live, live, live);
}

/** The unit-wide history with filters (period, form, directive) and totals per form. */
export function listActivities(db: Db, actor: Actor, q: ActivityListQuery): ActivityList {
  const includeDeleted = q.includeDeleted === 'true' || q.includeDeleted === '1';
  if (includeDeleted && !canSeeDeleted(actor)) throw forbidden('Chỉ Sở mới xem được hoạt động đã xóa');
  if (q.from && q.to && q.to < q.from) throw badRequest('VALIDATION', 'Dữ liệu không hợp lệ: query.to — Ngày kết thúc không được trước ngày bắt đầu', [{ path: 'query.to', message: 'Ngày kết thúc không được trước ngày bắt đầu' }]);
  const scope = and(visibleActivityUnits(actor), visibleTasks(actor));
  const live = isNull(activities.deletedAt);
  const filters = and(
    q.form ? eq(activities.form, q.form) : undefined,
    q.directiveId ? eq(tasks.directiveId, q.directiveId) : undefined,
    q.unitId && isDepartment(actor) ? eq(activities.unitId, q.unitId) : undefined,
    // Overlapping the period: a range that starts before it and ends inside it counts.
    q.to ? lte(activities.dateFrom, q.to) : undefined,
    q.from ? gte(sql`coalesce(${activities.dateTo}, ${activities.dateFrom})`, q.from) : undefined,
  );
  // Deleted activities may be listed (for staff to restore) but never count in the totals.
  return listWhere(db, and(scope, filters, includeDeleted ? undefined : live), and(scope, filters, live), and(scope, live));
}

/** Items matching `where`; totals and count over `counted`; the directive facet over `facetScope`. */
function listWhere(db: Conn, where: SQL | undefined, counted: SQL | undefined, facetScope: SQL | undefined): ActivityList {
  const ids = db
    .select({ id: activities.id })
    .from(activities)
    .innerJoin(tasks, eq(tasks.id, activities.taskId))
    .where(where)
    .orderBy(desc(activities.dateFrom), desc(activities.id))
    .limit(ACTIVITY_LIST_LIMIT + 1)
    .all()
    .map((r) => r.id);
  const truncated = ids.length > ACTIVITY_LIST_LIMIT;
  const groups = db
    .select({
      form: activities.form,
      measure: activities.measure,
      count: sql<number>`count(*)`,
      quantity: sql<number | null>`sum(${activities.quantity})`,
      reach: sql<number | null>`sum(${activities.reach})`,
    })
    .from(activities)
    .innerJoin(tasks, eq(tasks.id, activities.taskId))
    .where(counted)
    .groupBy(activities.form, activities.measure)
    .all();
  const directiveRows = db
    .selectDistinct({ id: directives.id, number: directives.number, symbol: directives.symbol, subject: directives.subject })
    .from(activities)
    .innerJoin(tasks, eq(tasks.id, activities.taskId))
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .where(facetScope)
    .orderBy(desc(directives.id))
    .all();
  return {
    items: hydrate(db, truncated ? ids.slice(0, ACTIVITY_LIST_LIMIT) : ids),
    count: groups.reduce((n, g) => n + g.count, 0),
    truncated,
    totals: totalsOf(groups),
    directives: directiveRows,
  };
}

function totalsOf(groups: { form: string; measure: string | null; count: number; quantity: number | null; reach: number | null }[]): ActivityFormTotal[] {
  const byForm = new Map<string, ActivityFormTotal>();
  for (const g of groups) {
    const total = byForm.get(g.form) ?? { form: g.form as ActivityForm, count: 0, reach: 0, quantities: [] };
    total.count += g.count;
    total.reach += g.reach ?? 0;
    if (g.measure && g.quantity !== null) total.quantities.push({ measure: g.measure, quantity: g.quantity });
    byForm.set(g.form, total);
  }
  const order = (f: string) => activityForms.indexOf(f as ActivityForm);
  return [...byForm.values()]
    .sort((a, b) => order(a.form) - order(b.form))
    .map((t) => ({ ...t, quantities: t.quantities.sort((a, b) => b.quantity - a.quantity || a.measure.localeCompare(b.measure, 'vi')) }));
}

/** Full activities for ids, in the order given. */
function hydrate(db: Conn, ids: number[]): Activity[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({
      a: activities,
      unit: { id: units.id, name: units.name, shortName: units.shortName },
      directive: { id: directives.id, number: directives.number, symbol: directives.symbol, subject: directives.subject },
      by: { id: users.id, fullName: users.fullName },
    })
    .from(activities)
    .innerJoin(tasks, eq(tasks.id, activities.taskId))
    .innerJoin(units, eq(units.id, activities.unitId))
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .innerJoin(users, eq(users.id, activities.createdById))
    .where(inArray(activities.id, ids))
    .all();
  const items = new Map<number, Activity['items']>();
  for (const r of db
    .select({ activityId: activityItems.activityId, id: taskItems.id, label: taskItems.label, title: taskItems.title })
    .from(activityItems)
    .innerJoin(taskItems, eq(taskItems.id, activityItems.taskItemId))
    .where(inArray(activityItems.activityId, ids))
    .orderBy(taskItems.position)
    .all()) {
    const list = items.get(r.activityId) ?? [];
    list.push({ id: r.id, label: r.label, title: r.title });
    items.set(r.activityId, list);
  }
  const evidence = new Map<number, Activity['evidence']>();
  for (const r of db
    .select({ activityId: evidenceFiles.activityId, id: evidenceFiles.id, name: evidenceFiles.name, size: evidenceFiles.size, mime: evidenceFiles.mime })
    .from(evidenceFiles)
    .where(inArray(evidenceFiles.activityId, ids))
    .orderBy(evidenceFiles.id)
    .all()) {
    if (r.activityId === null) continue;
    const list = evidence.get(r.activityId) ?? [];
    list.push({ id: r.id, name: r.name, size: r.size, mime: r.mime });
    evidence.set(r.activityId, list);
  }
  const byId = new Map(
    rows.map(({ a, unit, directive, by }) => [
      a.id,
      {
        id: a.id,
        taskId: a.taskId,
        unit,
        directive,
        items: items.get(a.id) ?? [],
        dateFrom: a.dateFrom,
        dateTo: a.dateTo,
        form: a.form as ActivityForm,
        title: a.title,
        description: a.description,
        quantity: a.quantity,
        measure: a.measure,
        reach: a.reach,
        links: a.links,
        evidence: evidence.get(a.id) ?? [],
        createdBy: by,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
        deletedAt: a.deletedAt,
        version: a.version,
      } satisfies Activity,
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
