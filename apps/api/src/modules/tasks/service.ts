import { and, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { ItemUpdate, TaskItem, TaskSummary, TaskWithItems } from '@dondoc/schemas';
import { sqliteOf, type Conn, type Db } from '../../db/client';
import { taskItems, tasks } from '../../db/schema/index';
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
/** DONE as an SQL list, for the statements kept in plain SQL. */
export const DONE_SQL = DONE.map((s) => `'${s}'`).join(', ');
export const isDone = (status: SQLWrapper) => sql`${status} in (${sql.join(DONE.map((s) => sql`${s}`), sql`, `)})`;

type SummaryRow = {
  id: number;
  source: TaskSummary['source'];
  parentTaskId: number | null;
  deadline: string | null;
  receivedAt: string | null;
  completedAt: string | null;
  itemsTotal: number;
  itemsDone: number;
  unitId: number;
  unitName: string;
  unitShortName: string | null;
  directiveId: number;
  number: string | null;
  symbol: string | null;
  subject: string;
  issued: TaskSummary['directive']['issued'];
  issuedOn: string | null;
  fromUnitId: number | null;
  fromUnitName: string | null;
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
  // The one rule below, on the unaliased table, with the unit's id as a bound parameter.
  const parts = visibleToUnit('"tasks"').split('@unitId');
  return sql.join(
    parts.map((p) => sql.raw(p)),
    sql`${actor.unitId ?? -1}`,
  );
}

/** Its own task, or a sub-task with the unit somewhere up its chain of parents: a condition on \`table\` with @unitId. */
function visibleToUnit(table: string): string {
  return `(${table}.unit_id = @unitId or exists (with recursive up(id, parent_id, unit_id) as (select v0.id, v0.parent_task_id, v0.unit_id from tasks v0 where v0.id = ${table}.parent_task_id union select v1.id, v1.parent_task_id, v1.unit_id from tasks v1 join up on v1.id = up.parent_id) select 1 from up where up.unit_id = @unitId))`;
}

/**
 * The tasks an actor works through in lists, as a condition on \`t\` (tasks) with @unitId: a unit
 * its own (sub-tasks it passed on are reached through the roll-up; all its own are visible to it),
 * the department the top-level tasks (one per unit addressed, as the directive's table and the
 * dashboard show them).
 */
function worklistScope(actor: Actor): string {
  return isDepartment(actor) ? '+t.parent_task_id is null' : 't.unit_id = @unitId';
}

/** visibleTasks for the plain-SQL reads, on \`t\`. */
const VISIBLE_TO_UNIT = visibleToUnit('t');

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
  const scope = worklistScope(actor);
  const byFilter = { all: '', done: ' and t.completed_at is not null', open: ' and t.completed_at is null', overdue: ' and t.completed_at is null and t.deadline < @today' }[filter];
  const rows = db.$client
    .prepare<{ unitId: number; today: string }, RawSummaryRow>(`${RAW_SUMMARY} where ${scope}${byFilter} order by t.completed_at is not null, t.deadline is null, t.deadline asc, t.id desc`)
    .all({ unitId: actor.unitId ?? -1, today });
  return rows.map(parseIssued);
}

const parseIssued = (r: RawSummaryRow): SummaryRow => ({ ...r, issued: r.issued == null ? null : (JSON.parse(r.issued) as SummaryRow['issued']) });

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

/**
 * The point reads below run thousands of times a second (every write answers with its task), so
 * they are plain SQL over a JSON array of ids: one kept statement whatever the number of tasks.
 */
const IDS = '(select value from json_each(?))';

/** Per item passed on: how many sub-tasks hold it and how many of them finished it. */
function delegatedCounts(db: Conn, ids: string): Map<number, { done: number; total: number }> {
  // Through the sub-tasks (indexed on parent_task_id), then their items (indexed on task_id).
  const rows = sqliteOf(db)
    .prepare<[string], { itemId: number; total: number; done: number }>(
      `select i.parent_item_id as itemId, count(*) as total, coalesce(sum(i.status in (${DONE_SQL})), 0) as done
       from tasks t join task_items i on i.task_id = t.id
       where t.parent_task_id in ${IDS} and i.parent_item_id is not null group by i.parent_item_id`,
    )
    .all(ids);
  return new Map(rows.map((r) => [r.itemId, { done: r.done, total: r.total }]));
}

type ItemRow = Omit<TaskItem, 'delegated'> & { taskId: number };

const ITEMS = `select i.id, i.task_id as taskId, i.part_key as partKey, i.label, i.section, i.title, i.text, i.deadline, i.status,
  i.note, i.reason, i.updated_at as updatedAt, u.full_name as updatedBy, i.version
  from task_items i left join users u on u.id = i.updated_by_id where i.task_id in ${IDS} order by i.task_id, i.position`;

/** \`passedOn\`: false when none of the tasks passed anything on (no sub-task to count). */
function itemsOf(db: Conn, taskIds: number[], passedOn = true): Map<number, TaskItem[]> {
  const map = new Map<number, TaskItem[]>();
  if (taskIds.length === 0) return map;
  const ids = JSON.stringify(taskIds);
  const delegated = passedOn ? delegatedCounts(db, ids) : new Map<number, { done: number; total: number }>();
  for (const { taskId, ...item } of sqliteOf(db).prepare<[string], ItemRow>(ITEMS).all(ids)) {
    const list = map.get(taskId) ?? [];
    list.push({ ...item, delegated: delegated.get(item.id) ?? null });
    map.set(taskId, list);
  }
  return map;
}

/** How many sub-tasks each task passed on, and for sub-tasks who passed them on with which note. */
function delegationOf(db: Conn, rows: { id: number; parentTaskId: number | null }[]) {
  const raw = sqliteOf(db);
  const counts = new Map(
    rows.length
      ? raw
          .prepare<[string], { parentId: number; n: number }>(`select parent_task_id as parentId, count(*) as n from tasks where parent_task_id in ${IDS} group by parent_task_id`)
          .all(JSON.stringify(rows.map((r) => r.id)))
          .map((r) => [r.parentId, r.n])
      : [],
  );
  const subIds = rows.filter((r) => r.parentTaskId != null).map((r) => r.id);
  const parents = new Map(
    subIds.length
      ? raw
          .prepare<[string], { id: number; note: string | null; unitId: number; name: string; shortName: string | null }>(
            `select t.id, t.delegation_note as note, pu.id as unitId, pu.name, pu.short_name as shortName
             from tasks t join tasks pt on pt.id = t.parent_task_id join units pu on pu.id = pt.unit_id where t.id in ${IDS}`,
          )
          .all(JSON.stringify(subIds))
          .map((r) => [r.id, { from: { id: r.unitId, name: r.name, shortName: r.shortName }, note: r.note }])
      : [],
  );
  return (id: number) => ({ subtaskCount: counts.get(id) ?? 0, delegation: parents.get(id) ?? null });
}

/** The task as its page shows it; 404 when the actor may not see it. */
export function getTask(db: Conn, clock: Clock, actor: Actor, id: number): TaskWithItems {
  const visible = isDepartment(actor) ? '' : ` and ${VISIBLE_TO_UNIT}`;
  const raw = sqliteOf(db).prepare<{ id: number; unitId: number }, RawSummaryRow>(`${RAW_SUMMARY} where t.id = @id${visible}`).get({ id, unitId: actor.unitId ?? -1 });
  if (!raw) throw notFound('Không tìm thấy nhiệm vụ');
  const row = parseIssued(raw);
  const delegation = delegationOf(db, [row])(id);
  return { ...(summarize(db, [row], todayVn(clock))[0] as TaskSummary), items: itemsOf(db, [id], delegation.subtaskCount > 0).get(id) ?? [], ...delegation };
}

/** Every task of a directive the actor may see (a unit: its own only), each with its items. */
export function directiveTasks(db: Db, clock: Clock, actor: Actor, directiveId: number): TaskWithItems[] {
  const today = todayVn(clock);
  const exists = db.$client.prepare<[number], number>('select 1 from directives where id = ?').pluck().get(directiveId) !== undefined;
  const rows = exists
    ? db.$client
        .prepare<{ directiveId: number; unitId: number }, RawSummaryRow>(`${RAW_SUMMARY} where t.directive_id = @directiveId and ${worklistScope(actor)} order by t.id`)
        .all({ directiveId, unitId: actor.unitId ?? -1 })
        .map(parseIssued)
    : [];
  if (!exists || (!isDepartment(actor) && rows.length === 0)) throw notFound('Không tìm thấy văn bản');
  const items = itemsOf(db, rows.map((r) => r.id));
  const delegation = delegationOf(db, rows);
  return summarize(db, rows, today).map((t) => ({ ...t, items: items.get(t.id) ?? [], ...delegation(t.id) }));
}

type WorkerTask = { id: number; unitId: number; directiveId: number; receivedAt: string | null; deadline: string | null };

/**
 * Only a user of the task's own unit works on it; others either cannot see it (404) or may only
 * read (403). The task's own unit is answered from the row alone; only a refusal walks the chain.
 */
export function requireWorker(db: Conn, actor: Actor, taskId: number): WorkerTask {
  const raw = sqliteOf(db);
  const t = raw
    .prepare<[number], WorkerTask>('select id, unit_id as unitId, directive_id as directiveId, received_at as receivedAt, deadline from tasks where id = ?')
    .get(taskId);
  if (t && actor.role === 'unit' && actor.unitId === t.unitId) return t;
  const visible =
    t !== undefined &&
    (isDepartment(actor) || raw.prepare<{ id: number; unitId: number }, number>(`select 1 from tasks t where t.id = @id and ${VISIBLE_TO_UNIT}`).pluck().get({ id: taskId, unitId: actor.unitId ?? -1 }) !== undefined);
  if (!visible) throw notFound('Không tìm thấy nhiệm vụ');
  throw forbidden('Chỉ đơn vị được giao mới cập nhật được nhiệm vụ này');
}

/**
 * The first time the unit works on the task counts as receiving it ("đã nhận"), audited once.
 * \`t.receivedAt\` as read in the same transaction (requireWorker) spares the update when set.
 */
export function markReceived(tx: Conn, actor: Actor, now: string, t: { id: number; unitId: number; directiveId: number; receivedAt?: string | null }) {
  if (t.receivedAt) return;
  const changed = sqliteOf(tx)
    .prepare('update tasks set received_at = ?, received_by_id = ?, version = version + 1 where id = ? and received_at is null')
    .run(now, actor.userId, t.id);
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
export function refreshCounts(tx: Conn, taskId: number, now: string) {
  const raw = sqliteOf(tx);
  const c = raw
    .prepare<[number], { total: number; done: number }>(`select count(*) as total, coalesce(sum(status in (${DONE_SQL})), 0) as done from task_items where task_id = ?`)
    .get(taskId) ?? { total: 0, done: 0 };
  const complete = c.total > 0 && c.done === c.total;
  raw
    .prepare('update tasks set items_total = ?, items_done = ?, completed_at = case when ? then coalesce(completed_at, ?) end, version = version + 1 where id = ?')
    .run(c.total, c.done, complete ? 1 : 0, now, taskId);
}
