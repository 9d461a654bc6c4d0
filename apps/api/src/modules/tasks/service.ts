import { and, eq, inArray, isNotNull, isNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ItemUpdate, TaskItem, TaskSummary, TaskWithItems } from '@dondoc/schemas';
import type { Conn, Db, Tx } from '../../db/client';
import { directives, taskItems, taskTransfers, tasks, units, users } from '../../db/schema/index';
import { isDepartment, type Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { badRequest, conflict, forbidden, notFound } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { namesThen } from '../org/service';
import { taskState } from './state';

/**
 * A top-level task (one per unit addressed). Nearly every task is one, so the unary + keeps SQLite
 * off the parent index, which it would otherwise prefer (it has no statistics) to the directive or
 * unit index that does narrow the rows: a directive's tasks went from a scan of every top-level
 * task to a seek of its own.
 */
export const isTopLevel = sql`+${tasks.parentTaskId} is null`;

/** Item statuses that count as finished, for the task's counters and the delegated "n of m". */
export const DONE = ['done', 'not_applicable'] as const;
export const isDone = (status: SQLWrapper) => sql`${status} in (${sql.join(DONE.map((s) => sql`${s}`), sql`, `)})`;

const parentTasks = alias(tasks, 'parent_task');
const parentUnit = alias(units, 'parent_unit');
const fromUnit = alias(units, 'from_unit');

const summaryColumns = {
  id: tasks.id,
  source: tasks.source,
  parentTaskId: tasks.parentTaskId,
  deadline: tasks.deadline,
  receivedAt: tasks.receivedAt,
  completedAt: tasks.completedAt,
  itemsTotal: tasks.itemsTotal,
  itemsDone: tasks.itemsDone,
  unitId: units.id,
  unitName: units.name,
  unitShortName: units.shortName,
  directiveId: directives.id,
  number: directives.number,
  symbol: directives.symbol,
  subject: directives.subject,
  issued: directives.issued,
  issuedOn: directives.issuedOn,
  fromUnitId: fromUnit.id,
  fromUnitName: fromUnit.name,
};

/**
 * Turns rows into summaries with the names as they were on each directive's date: the unit's
 * name then (when renamed since) and the unit that held the task before a merger handed it on.
 * One query for the whole list, whatever the number of directives.
 */
function summarize(db: Conn, rows: SummaryRow[], today: string): TaskSummary[] {
  const nameOn = namesThen(
    db,
    rows.flatMap((r) => (r.fromUnitId != null ? [r.unitId, r.fromUnitId] : [r.unitId])),
    rows.map((r) => r.issuedOn),
  );
  return rows.map((r) => {
    const then = nameOn(r.unitId, r.issuedOn);
    return {
      ...toSummary(r, today),
      unitNameThen: then && then.name !== r.unitName ? then.name : null,
      transferredFrom: r.fromUnitId != null ? { id: r.fromUnitId, name: nameOn(r.fromUnitId, r.issuedOn)?.name ?? r.fromUnitName ?? '' } : null,
    };
  });
}

function toSummary(r: SummaryRow, today: string): TaskSummary {
  return {
    id: r.id,
    directive: { id: r.directiveId, number: r.number, symbol: r.symbol, subject: r.subject, issued: r.issued ?? null },
    unit: { id: r.unitId, name: r.unitName, shortName: r.unitShortName },
    source: r.source,
    parentTaskId: r.parentTaskId,
    deadline: r.deadline,
    receivedAt: r.receivedAt,
    completedAt: r.completedAt,
    state: taskState(r, today),
    itemsTotal: r.itemsTotal,
    itemsDone: r.itemsDone,
  };
}

type SummaryRow = ReturnType<ReturnType<typeof selectSummaries>['all']>[number];

function selectSummaries(db: Conn, where: SQL | undefined) {
  return db
    .select(summaryColumns)
    .from(tasks)
    .innerJoin(units, eq(units.id, tasks.unitId))
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    // The unit that held the task before its first transfer (a merger, a split): one index probe per task.
    .leftJoin(
      fromUnit,
      eq(fromUnit.id, sql`(select ${taskTransfers.fromUnitId} from ${taskTransfers} where ${taskTransfers.taskId} = ${tasks.id} order by ${taskTransfers.id} limit 1)`),
    )
    .where(where);
}

/**
 * The condition that limits tasks to what the actor may see: the department sees every task; a
 * unit its own tasks and the sub-tasks it created, recursively down the chain it delegated (a
 * task is visible when the unit holds it or one of its ancestors) — never a sibling's work nor
 * its parent's other work, since the walk only goes up from the task to the units above it.
 *
 * Walking up from the task (at most a few levels) costs the same however much work the unit has
 * passed on, which matters for the point reads (a task, its items, its activities) that use it.
 */
export function visibleTasks(actor: Actor): SQL | undefined {
  if (isDepartment(actor)) return undefined;
  const unitId = actor.unitId ?? -1;
  // Its own task, or a sub-task with the unit somewhere up its chain of parents.
  return sql`(${tasks.unitId} = ${unitId} or exists (with recursive up(id, parent_id, unit_id) as (select v0.id, v0.parent_task_id, v0.unit_id from tasks v0 where v0.id = ${tasks.parentTaskId} union select v1.id, v1.parent_task_id, v1.unit_id from tasks v1 join up on v1.id = up.parent_id) select 1 from up where up.unit_id = ${unitId}))`;
}

/**
 * The tasks an actor works through in lists: a unit its own (sub-tasks it passed on are reached
 * through the roll-up), the department the top-level tasks (one per unit addressed, as the
 * directive's table and the dashboard show them).
 */
function worklist(actor: Actor): SQL {
  return isDepartment(actor) ? isTopLevel : eq(tasks.unitId, actor.unitId ?? -1);
}

export function listTasks(db: Db, clock: Clock, actor: Actor, filter: 'open' | 'overdue' | 'done' | 'all'): TaskSummary[] {
  const today = todayVn(clock);
  return summarize(db, worklistRows(db, actor, filter, today), today);
}

/**
 * The rows of a worklist in plain SQL: the same columns as selectSummaries, read by one kept
 * statement per shape. A unit's own tasks are all visible to it, so its condition is only its id.
 * This is the hottest read (every unit's home page, the CSV of every task); built through the
 * query builder, assembling the query and mapping each row cost more than running it.
 */
function worklistRows(db: Db, actor: Actor, filter: 'open' | 'overdue' | 'done' | 'all', today: string): SummaryRow[] {
  const scope = isDepartment(actor) ? 't.parent_task_id is null' : 't.unit_id = @unitId';
  const byFilter = { all: '', done: ' and t.completed_at is not null', open: ' and t.completed_at is null', overdue: ' and t.completed_at is null and t.deadline < @today' }[filter];
  const rows = db.$client
    .prepare<{ unitId: number; today: string }, RawSummaryRow>(`${RAW_SUMMARY} where ${scope}${byFilter} order by t.completed_at is not null, t.deadline is null, t.deadline asc, t.id desc`)
    .all({ unitId: actor.unitId ?? -1, today });
  return rows.map((r) => ({ ...r, issued: r.issued == null ? null : (JSON.parse(r.issued) as SummaryRow['issued']) }));
}

type RawSummaryRow = Omit<SummaryRow, 'issued'> & { issued: string | null };

const RAW_SUMMARY = `select t.id as id, t.source as source, t.parent_task_id as parentTaskId, t.deadline as deadline,
  t.received_at as receivedAt, t.completed_at as completedAt, t.items_total as itemsTotal, t.items_done as itemsDone,
  u.id as unitId, u.name as unitName, u.short_name as unitShortName,
  d.id as directiveId, d.number as number, d.symbol as symbol, d.subject as subject, d.issued as issued, d.issued_on as issuedOn,
  fu.id as fromUnitId, fu.name as fromUnitName
from tasks t
join units u on u.id = t.unit_id
join directives d on d.id = t.directive_id
left join units fu on fu.id = (select tt.from_unit_id from task_transfers tt where tt.task_id = t.id order by tt.id limit 1)`;

/** Per item passed on: how many sub-tasks hold it and how many of them finished it. */
function delegatedCounts(db: Conn, taskIds: number[]): Map<number, { done: number; total: number }> {
  // Through the sub-tasks (indexed on parent_task_id), then their items (indexed on task_id).
  const rows = db
    .select({
      itemId: taskItems.parentItemId,
      total: sql<number>`count(*)`,
      done: sql<number>`coalesce(sum(${isDone(taskItems.status)}), 0)`,
    })
    .from(tasks)
    .innerJoin(taskItems, eq(taskItems.taskId, tasks.id))
    .where(and(inArray(tasks.parentTaskId, taskIds), isNotNull(taskItems.parentItemId)))
    .groupBy(taskItems.parentItemId)
    .all();
  return new Map(rows.map((r) => [r.itemId as number, { done: r.done, total: r.total }]));
}

function itemsOf(db: Conn, taskIds: number[]): Map<number, TaskItem[]> {
  const map = new Map<number, TaskItem[]>();
  if (taskIds.length === 0) return map;
  const delegated = delegatedCounts(db, taskIds);
  const rows = db
    .select({ i: taskItems, by: users.fullName })
    .from(taskItems)
    .leftJoin(users, eq(users.id, taskItems.updatedById))
    .where(inArray(taskItems.taskId, taskIds))
    .orderBy(taskItems.taskId, taskItems.position)
    .all();
  for (const { i, by } of rows) {
    const list = map.get(i.taskId) ?? [];
    list.push({
      id: i.id,
      partKey: i.partKey,
      label: i.label,
      section: i.section,
      title: i.title,
      text: i.text,
      deadline: i.deadline,
      status: i.status,
      note: i.note,
      reason: i.reason,
      updatedAt: i.updatedAt,
      updatedBy: by ?? null,
      version: i.version,
      delegated: delegated.get(i.id) ?? null,
    });
    map.set(i.taskId, list);
  }
  return map;
}

/** How many sub-tasks each task passed on, and for sub-tasks who passed them on with which note. */
function delegationOf(db: Conn, rows: { id: number; parentTaskId: number | null }[]) {
  const ids = rows.map((r) => r.id);
  const counts = new Map(
    ids.length
      ? db
          .select({ parentId: tasks.parentTaskId, n: sql<number>`count(*)` })
          .from(tasks)
          .where(inArray(tasks.parentTaskId, ids))
          .groupBy(tasks.parentTaskId)
          .all()
          .map((r) => [r.parentId as number, r.n])
      : [],
  );
  const subIds = rows.filter((r) => r.parentTaskId != null).map((r) => r.id);
  const parents = new Map(
    subIds.length
      ? db
          .select({ id: tasks.id, note: tasks.delegationNote, unit: { id: parentUnit.id, name: parentUnit.name, shortName: parentUnit.shortName } })
          .from(tasks)
          .innerJoin(parentTasks, eq(parentTasks.id, tasks.parentTaskId))
          .innerJoin(parentUnit, eq(parentUnit.id, parentTasks.unitId))
          .where(inArray(tasks.id, subIds))
          .all()
          .map((r) => [r.id, { from: r.unit, note: r.note }])
      : [],
  );
  return (id: number) => ({ subtaskCount: counts.get(id) ?? 0, delegation: parents.get(id) ?? null });
}

export function getTask(db: Conn, clock: Clock, actor: Actor, id: number): TaskWithItems {
  const row = selectSummaries(db, and(eq(tasks.id, id), visibleTasks(actor))).get();
  if (!row) throw notFound('Không tìm thấy nhiệm vụ');
  return { ...(summarize(db, [row], todayVn(clock))[0] as TaskSummary), items: itemsOf(db, [id]).get(id) ?? [], ...delegationOf(db, [row])(id) };
}

/** Every task of a directive the actor may see (a unit: its own only), each with its items. */
export function directiveTasks(db: Db, clock: Clock, actor: Actor, directiveId: number): TaskWithItems[] {
  const today = todayVn(clock);
  const d = db.select({ id: directives.id, status: directives.status }).from(directives).where(eq(directives.id, directiveId)).get();
  const rows = d ? selectSummaries(db, and(eq(tasks.directiveId, directiveId), visibleTasks(actor), worklist(actor))).orderBy(tasks.id).all() : [];
  if (!d || (!isDepartment(actor) && rows.length === 0)) throw notFound('Không tìm thấy văn bản');
  const items = itemsOf(db, rows.map((r) => r.id));
  const delegation = delegationOf(db, rows);
  return summarize(db, rows, today).map((t) => ({ ...t, items: items.get(t.id) ?? [], ...delegation(t.id) }));
}

/** Only a user of the task's own unit works on it; others either cannot see it (404) or may only read (403). */
export function requireWorker(db: Conn, actor: Actor, taskId: number) {
  const t = db.select({ id: tasks.id, unitId: tasks.unitId, directiveId: tasks.directiveId, receivedAt: tasks.receivedAt, deadline: tasks.deadline }).from(tasks).where(and(eq(tasks.id, taskId), visibleTasks(actor))).get();
  if (!t) throw notFound('Không tìm thấy nhiệm vụ');
  if (actor.role !== 'unit' || actor.unitId !== t.unitId) throw forbidden('Chỉ đơn vị được giao mới cập nhật được nhiệm vụ này');
  return t;
}

export function markReceived(tx: Tx, actor: Actor, now: string, t: { id: number; unitId: number; directiveId: number }) {
  const changed = tx
    .update(tasks)
    .set({ receivedAt: now, receivedById: actor.userId, version: sql`${tasks.version} + 1` })
    .where(and(eq(tasks.id, t.id), isNull(tasks.receivedAt)))
    .run();
  if (changed.changes > 0) {
    writeAudit(tx, actor, now, { action: 'task.acknowledge', entityType: 'task', entityId: t.id, directiveId: t.directiveId, unitId: t.unitId, after: { receivedAt: now } });
  }
}

export function acknowledgeTask(db: Db, clock: Clock, actor: Actor, id: number): TaskWithItems {
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const t = requireWorker(tx, actor, id);
    markReceived(tx, actor, now, t);
    return getTask(tx, clock, actor, id);
  });
}

export function updateItem(db: Db, clock: Clock, actor: Actor, taskId: number, itemId: number, input: ItemUpdate): TaskItem {
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const t = requireWorker(tx, actor, taskId);
    const before = tx.select().from(taskItems).where(and(eq(taskItems.id, itemId), eq(taskItems.taskId, taskId))).get();
    if (!before) throw notFound('Không tìm thấy nội dung công việc');
    const status = input.status ?? before.status;
    const changes = {
      status,
      note: input.note !== undefined ? input.note || null : before.note,
      // A reason only means something for "not applicable"; drop it when the status moves on.
      reason: status === 'not_applicable' ? (input.reason !== undefined ? input.reason || null : before.reason) : null,
    };
    if (status === 'not_applicable' && !changes.reason) {
      throw badRequest('VALIDATION', 'Vui lòng nêu lý do khi đánh dấu "Không áp dụng"', [{ path: 'reason', message: 'Vui lòng nêu lý do' }]);
    }
    // Conditional on the version the user saw: two people saving the same item → the second gets 409.
    const after = tx
      .update(taskItems)
      .set({ ...changes, updatedAt: now, updatedById: actor.userId, version: sql`${taskItems.version} + 1` })
      .where(and(eq(taskItems.id, itemId), eq(taskItems.version, input.version)))
      .returning()
      .get();
    if (!after) throw conflict('Nội dung này vừa được người khác cập nhật. Vui lòng tải lại để xem thay đổi.');
    markReceived(tx, actor, now, t);
    refreshCounts(tx, taskId, now);
    writeAudit(tx, actor, now, {
      action: 'task_item.update',
      entityType: 'task_item',
      entityId: itemId,
      directiveId: t.directiveId,
      unitId: t.unitId,
      before: { status: before.status, note: before.note, reason: before.reason },
      after: changes,
    });
    return getTask(tx, clock, actor, taskId).items.find((i) => i.id === itemId) as TaskItem;
  });
}

/** Keeps the task's counters and completion time in step with its items (delegation adds items to sub-tasks). */
export function refreshCounts(tx: Tx, taskId: number, now: string) {
  const c = tx
    .select({
      total: sql<number>`count(*)`,
      done: sql<number>`coalesce(sum(${isDone(taskItems.status)}), 0)`,
    })
    .from(taskItems)
    .where(eq(taskItems.taskId, taskId))
    .get() ?? { total: 0, done: 0 };
  const complete = c.total > 0 && c.done === c.total;
  tx.update(tasks)
    .set({
      itemsTotal: c.total,
      itemsDone: c.done,
      completedAt: complete ? sql`coalesce(${tasks.completedAt}, ${now})` : null,
      version: sql`${tasks.version} + 1`,
    })
    .where(eq(tasks.id, taskId))
    .run();
}
