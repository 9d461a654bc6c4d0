import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  delegateInput,
  unitKinds,
  type ActivityTotals,
  type DelegateInput,
  type DelegateResult,
  type DelegationTarget,
  type DelegationTargets,
  type Rollup,
  type UnitKind,
} from '@dondoc/schemas';
import type { Conn, Db } from '../../db/client';
import { taskItems, tasks, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { badRequest, notFound } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { DONE, refreshCounts, requireWorker, visibleTasks } from '../tasks/service';
import { taskState } from '../tasks/state';
import { activeOn } from '../units/service';

type UnitRow = { id: number; name: string; shortName: string | null; kind: string; parentId: number | null };

/**
 * The units a unit may pass work on to: its children in the directory and their children
 * (Phòng VH-TT huyện → the district's Trung tâm VH-TT-TT and its commune radio stations), as
 * the directory stands today.
 */
export function subordinateUnits(db: Conn, unitId: number, onDate: string): UnitRow[] {
  const cols = { id: units.id, name: units.name, shortName: units.shortName, kind: units.kind, parentId: units.parentId };
  const children = db.select(cols).from(units).where(and(eq(units.parentId, unitId), activeOn(onDate))).all();
  const grandchildren = children.length
    ? db
        .select(cols)
        .from(units)
        .where(and(inArray(units.parentId, children.map((c) => c.id)), activeOn(onDate)))
        .all()
    : [];
  return [...children, ...grandchildren].filter((u) => u.id !== unitId);
}

const KIND_ORDER: readonly string[] = unitKinds;
const byDirectory = (a: UnitRow, b: UnitRow) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'vi');

/** Sub-tasks of a task, by receiving unit, with the parent items each already holds. */
function existingSubtasks(db: Conn, taskId: number) {
  const subs = db
    .select({ id: tasks.id, unitId: tasks.unitId, deadline: tasks.deadline, note: tasks.delegationNote })
    .from(tasks)
    .where(eq(tasks.parentTaskId, taskId))
    .orderBy(tasks.id)
    .all();
  const held = new Map<number, Set<number>>();
  const maxPos = new Map<number, number>();
  if (subs.length) {
    const rows = db
      .select({ taskId: taskItems.taskId, parentItemId: taskItems.parentItemId, position: taskItems.position })
      .from(taskItems)
      .where(inArray(taskItems.taskId, subs.map((s) => s.id)))
      .all();
    for (const r of rows) {
      if (r.parentItemId != null) held.set(r.taskId, (held.get(r.taskId) ?? new Set()).add(r.parentItemId));
      maxPos.set(r.taskId, Math.max(maxPos.get(r.taskId) ?? -1, r.position));
    }
  }
  const byUnit = new Map<number, (typeof subs)[number] & { held: Set<number>; maxPos: number }>();
  // After a merger a unit could hold two; new items go to the first.
  for (const s of subs) if (!byUnit.has(s.unitId)) byUnit.set(s.unitId, { ...s, held: held.get(s.id) ?? new Set(), maxPos: maxPos.get(s.id) ?? -1 });
  return byUnit;
}

/** For the picker: the units under the task's unit, grouped by kind, with what each already holds. */
export function delegationTargets(db: Db, clock: Clock, actor: Actor, taskId: number): DelegationTargets {
  const t = requireWorker(db, actor, taskId);
  const subs = existingSubtasks(db, taskId);
  const groups = new Map<string, DelegationTarget[]>();
  for (const u of subordinateUnits(db, t.unitId, todayVn(clock)).sort(byDirectory)) {
    const sub = subs.get(u.id);
    const list = groups.get(u.kind) ?? [];
    list.push({ ...u, kind: u.kind as UnitKind, subtaskId: sub?.id ?? null, delegatedItemIds: sub ? [...sub.held].sort((a, b) => a - b) : [] });
    groups.set(u.kind, list);
  }
  return { groups: [...groups.entries()].map(([kind, list]) => ({ kind: kind as UnitKind, units: list })) };
}

const earliest = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));

/**
 * Passes items of a task on to units under the task's unit: one sub-task per receiving unit
 * (a unit that already has one gets the new items added, never twice the same), all in one
 * transaction with an audit entry per sub-task.
 */
export function delegateItems(db: Db, clock: Clock, actor: Actor, taskId: number, input: DelegateInput): DelegateResult {
  const v = delegateInput.parse(input);
  const now = clock.now().toISOString();
  const today = todayVn(clock);
  const itemIds = [...new Set(v.itemIds)];
  const unitIds = [...new Set(v.unitIds)];
  return db.transaction((tx) => {
    const t = requireWorker(tx, actor, taskId);
    const items = tx
      .select()
      .from(taskItems)
      .where(and(eq(taskItems.taskId, taskId), inArray(taskItems.id, itemIds)))
      .orderBy(taskItems.position)
      .all();
    if (items.length !== itemIds.length) {
      throw badRequest('UNKNOWN_ITEM', 'Có nội dung không thuộc nhiệm vụ này', [{ path: 'itemIds', message: 'Chỉ giao lại được nội dung của chính nhiệm vụ này' }]);
    }
    const targets = new Map(subordinateUnits(tx, t.unitId, today).map((u) => [u.id, u]));
    const strangers = unitIds.filter((id) => !targets.has(id));
    if (strangers.length) {
      throw badRequest('NOT_SUBORDINATE', 'Chỉ giao lại được cho đơn vị trực thuộc trong danh mục', [
        { path: 'unitIds', message: `${strangers.length} đơn vị không trực thuộc đơn vị của bạn hoặc không còn hoạt động` },
      ]);
    }
    if (v.deadline && t.deadline && v.deadline > t.deadline) {
      throw badRequest('DEADLINE_AFTER_OWN', 'Hạn giao lại không được muộn hơn hạn của nhiệm vụ', [
        { path: 'deadline', message: `Hạn phải trước hoặc bằng ${t.deadline.split('-').reverse().join('/')}` },
      ]);
    }
    const note = v.note || null;
    const deadline = v.deadline ?? t.deadline;
    const subs = existingSubtasks(tx, taskId);
    const copy = (subtaskId: number, from: typeof items, firstPos: number, subDeadline: string | null) =>
      from.map((i, k) => ({
        taskId: subtaskId,
        parentItemId: i.id,
        position: firstPos + k,
        partKey: i.partKey,
        label: i.label,
        section: i.section,
        title: i.title,
        text: i.text,
        deadline: earliest(i.deadline, subDeadline),
      }));
    const rows: ReturnType<typeof copy> = [];
    let created = 0;
    let extended = 0;
    let unchanged = 0;
    for (const unitId of unitIds) {
      const sub = subs.get(unitId);
      if (!sub) {
        const row = tx
          .insert(tasks)
          .values({ directiveId: t.directiveId, unitId, source: 'delegated', parentTaskId: taskId, delegationNote: note, deadline, itemsTotal: items.length, createdAt: now })
          .returning({ id: tasks.id })
          .get();
        rows.push(...copy(row.id, items, 0, deadline));
        created += 1;
        writeAudit(tx, actor, now, {
          action: 'task.delegate',
          entityType: 'task',
          entityId: row.id,
          directiveId: t.directiveId,
          unitId,
          after: { parentTaskId: taskId, itemIds: items.map((i) => i.id), note, deadline },
        });
        continue;
      }
      const fresh = items.filter((i) => !sub.held.has(i.id));
      // A new note or deadline given with the new items is the latest instruction: it replaces the old.
      const changes = {
        ...(v.note !== undefined && note !== sub.note ? { delegationNote: note } : {}),
        ...(v.deadline !== undefined && deadline !== sub.deadline ? { deadline } : {}),
      };
      if (fresh.length === 0 && Object.keys(changes).length === 0) {
        unchanged += 1;
        continue;
      }
      if (Object.keys(changes).length) tx.update(tasks).set({ ...changes, version: sql`${tasks.version} + 1` }).where(eq(tasks.id, sub.id)).run();
      if (fresh.length) {
        tx.insert(taskItems).values(copy(sub.id, fresh, sub.maxPos + 1, 'deadline' in changes ? deadline : sub.deadline)).run();
        refreshCounts(tx, sub.id, now);
      }
      extended += 1;
      writeAudit(tx, actor, now, {
        action: 'task.delegate_more',
        entityType: 'task',
        entityId: sub.id,
        directiveId: t.directiveId,
        unitId,
        before: { note: sub.note, deadline: sub.deadline, itemIds: [...sub.held] },
        after: { parentTaskId: taskId, addedItemIds: fresh.map((i) => i.id), ...changes },
      });
    }
    for (let k = 0; k < rows.length; k += 200) tx.insert(taskItems).values(rows.slice(k, k + 200)).run();
    // The delegating task itself is left as it was (receipt is acknowledged explicitly, items are marked by hand).
    return { created, extended, unchanged, rollup: rollupOf(tx, today, taskId) };
  });
}

/** The roll-up of a task: whoever may see the task (its unit, the units above it in the chain, the department). */
export function getRollup(db: Db, clock: Clock, actor: Actor, taskId: number): Rollup {
  const t = db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.id, taskId), visibleTasks(actor)))
    .get();
  if (!t) throw notFound('Không tìm thấy nhiệm vụ');
  return rollupOf(db, todayVn(clock), taskId);
}

type TotalsRow = { form: string; measure: string | null; n: number; reach: number; quantity: number };

function totalsOf(rows: TotalsRow[]): ActivityTotals {
  const forms = new Map<string, { form: string; count: number; reach: number; quantities: Map<string, number> }>();
  let count = 0;
  let reach = 0;
  for (const r of rows) {
    count += r.n;
    reach += r.reach;
    const f = forms.get(r.form) ?? { form: r.form, count: 0, reach: 0, quantities: new Map<string, number>() };
    f.count += r.n;
    f.reach += r.reach;
    if (r.measure) f.quantities.set(r.measure, (f.quantities.get(r.measure) ?? 0) + r.quantity);
    forms.set(r.form, f);
  }
  return {
    count,
    reach,
    byForm: [...forms.values()]
      .sort((a, b) => b.count - a.count || a.form.localeCompare(b.form))
      .map((f) => ({ form: f.form, count: f.count, reach: f.reach, quantities: [...f.quantities].map(([measure, quantity]) => ({ measure, quantity })) })),
  };
}

/** Every task below a task, each with the direct sub-task it descends from ("branch"). */
const treeCte = (taskId: number) =>
  sql`with recursive tree(id, branch) as (select t0.id, t0.id from tasks t0 where t0.parent_task_id = ${taskId} union select t1.id, tree.branch from tasks t1 join tree on t1.parent_task_id = tree.id)`;

const totalsColumns = sql`a.form as form, a.measure as measure, count(*) as n, coalesce(sum(a.reach), 0) as reach, coalesce(sum(a.quantity), 0) as quantity`;

function rollupOf(db: Conn, today: string, taskId: number): Rollup {
  const subs = db
    .select({
      id: tasks.id,
      note: tasks.delegationNote,
      deadline: tasks.deadline,
      createdAt: tasks.createdAt,
      receivedAt: tasks.receivedAt,
      completedAt: tasks.completedAt,
      itemsDone: tasks.itemsDone,
      itemsTotal: tasks.itemsTotal,
      unit: { id: units.id, name: units.name, shortName: units.shortName, kind: units.kind },
    })
    .from(tasks)
    .innerJoin(units, eq(units.id, tasks.unitId))
    .where(eq(tasks.parentTaskId, taskId))
    .all()
    .sort((a, b) => KIND_ORDER.indexOf(a.unit.kind) - KIND_ORDER.indexOf(b.unit.kind) || a.unit.name.localeCompare(b.unit.name, 'vi') || a.id - b.id);
  const subIds = subs.map((s) => s.id);

  const own = db.all<TotalsRow>(sql`select ${totalsColumns} from activities a where a.task_id = ${taskId} and a.deleted_at is null group by a.form, a.measure`);
  const branchRows = db.all<TotalsRow & { branch: number }>(
    sql`${treeCte(taskId)} select tree.branch as branch, ${totalsColumns} from tree join activities a on a.task_id = tree.id and a.deleted_at is null group by tree.branch, a.form, a.measure`,
  );
  const byBranch = new Map<number, TotalsRow[]>();
  for (const r of branchRows) byBranch.set(r.branch, [...(byBranch.get(r.branch) ?? []), r]);

  const furtherCounts = new Map(
    subIds.length
      ? db
          .select({ parentId: tasks.parentTaskId, n: sql<number>`count(*)` })
          .from(tasks)
          .where(inArray(tasks.parentTaskId, subIds))
          .groupBy(tasks.parentTaskId)
          .all()
          .map((r) => [r.parentId as number, r.n])
      : [],
  );

  // Items of the task, and each direct sub-task's status on them.
  const items = db.select().from(taskItems).where(eq(taskItems.taskId, taskId)).orderBy(asc(taskItems.position)).all();
  const subItems = subIds.length
    ? db
        .select({ taskId: taskItems.taskId, parentItemId: taskItems.parentItemId, status: taskItems.status })
        .from(taskItems)
        .where(inArray(taskItems.taskId, subIds))
        .orderBy(taskItems.taskId)
        .all()
    : [];
  const perItem = new Map<number, { taskId: number; status: (typeof subItems)[number]['status'] }[]>();
  for (const r of subItems) if (r.parentItemId != null) perItem.set(r.parentItemId, [...(perItem.get(r.parentItemId) ?? []), { taskId: r.taskId, status: r.status }]);

  // Activities logged anywhere down the chain, traced back to the item of this task they answer.
  const treeItems = db.all<{ id: number; parentItemId: number | null }>(
    sql`${treeCte(taskId)} select ti.id as id, ti.parent_item_id as parentItemId from tree join task_items ti on ti.task_id = tree.id order by ti.id`,
  );
  const rootOf = new Map<number, number>(items.map((i) => [i.id, i.id]));
  // A copy is always made after the item it copies, so ascending ids resolve parents first.
  for (const ti of treeItems) {
    const root = ti.parentItemId != null ? rootOf.get(ti.parentItemId) : undefined;
    if (root != null) rootOf.set(ti.id, root);
  }
  const links = db.all<{ activityId: number; itemId: number }>(
    sql`${treeCte(taskId)} select ai.activity_id as activityId, ai.task_item_id as itemId from tree join activities a on a.task_id = tree.id and a.deleted_at is null join activity_items ai on ai.activity_id = a.id`,
  );
  const activitiesPerItem = new Map<number, Set<number>>();
  for (const l of links) {
    const root = rootOf.get(l.itemId);
    if (root != null && root !== l.itemId) activitiesPerItem.set(root, (activitiesPerItem.get(root) ?? new Set()).add(l.activityId));
  }

  const finished = new Set<string>(DONE);
  const progress = subs.map((s) => ({
    taskId: s.id,
    unit: { ...s.unit, kind: s.unit.kind as UnitKind },
    note: s.note,
    deadline: s.deadline,
    createdAt: s.createdAt,
    receivedAt: s.receivedAt,
    completedAt: s.completedAt,
    state: taskState(s, today),
    itemsDone: s.itemsDone,
    itemsTotal: s.itemsTotal,
    subtaskCount: furtherCounts.get(s.id) ?? 0,
    activities: totalsOf(byBranch.get(s.id) ?? []),
  }));
  return {
    taskId,
    subtasks: progress,
    items: items.map((i) => {
      const held = perItem.get(i.id) ?? [];
      return {
        itemId: i.id,
        partKey: i.partKey,
        label: i.label,
        title: i.title,
        status: i.status,
        delegated: held.length ? { done: held.filter((h) => finished.has(h.status)).length, total: held.length } : null,
        subtasks: held,
        activityCount: activitiesPerItem.get(i.id)?.size ?? 0,
      };
    }),
    totals: {
      subtasks: progress.length,
      received: progress.filter((p) => p.receivedAt).length,
      completed: progress.filter((p) => p.completedAt).length,
      overdue: progress.filter((p) => p.state === 'overdue').length,
      own: totalsOf(own),
      delegated: totalsOf(branchRows),
      all: totalsOf([...own, ...branchRows]),
    },
  };
}
