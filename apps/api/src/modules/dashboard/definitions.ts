import { and, eq, gte, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
import type { DashboardFilters, TaskCounts } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { activities, directives, reportRequests, tasks, units } from '../../db/schema/index';

/**
 * What the dashboard counts — the same in the headline, the matrix, the scorecards, the charts
 * and the drill-down, so any figure opens onto exactly the rows behind it.
 *
 * Tasks
 * - Only top-level tasks (parent_task_id is null) of published directives: one per unit the
 *   department addressed. Work a unit passed on shows through its own task's roll-up.
 * - on time: completed on or before its deadline, the day of completion taken in Vietnam (UTC+7);
 *   a task with no deadline is on time when done.
 * - late: completed after its deadline.
 * - overdue: not completed and its deadline is before today (Vietnam).
 * - open: neither completed nor overdue; "not received" (never opened by the unit) is part of it.
 *   The matrix shows the states of tasks/state.ts: done, done_late, overdue, not_received,
 *   in_progress (open and received).
 * - days late (late tasks): calendar days from the deadline to the day of completion.
 * - on-time rate: on time / (on time + late + overdue), of the tasks that were due or done; open
 *   tasks not yet due do not count for or against it. No such task: no rate (null).
 * - items done: items done or not applicable (the tasks' own counters).
 *
 * Periods and filters
 * - from/to select tasks by their directive's date of issue (issuedOn, both days included); a
 *   directive with no date counts only when no period is asked.
 * - Reports count by their request's deadline; activities by their own date (date_from). Neither
 *   has a date of issue of its own, and these are the dates people look them up by.
 * - issuer: the directive's issuing body (reports through their request's directive, activities
 *   through their task's); district and kind: of the unit that holds the task, the report or
 *   logged the activity ('none' = province-level units with no district).
 *
 * Reports: of requests that were opened (not drafts). submitted = sent at least once; accepted;
 * awaiting review = sent, not yet reviewed; returned = returned at least once; overdue = still to
 * send (never sent, or returned) past the unit's own deadline.
 *
 * Activities: every activity not deleted, sub-units' included, counted for the unit that logged it.
 */
export type Filters = DashboardFilters;

/** The state code of a task, as tasks/state.ts derives it, in SQL. */
export function taskStateSql(today: string): SQL<string> {
  // completed_at is an ISO instant (toISOString): on day D in Vietnam means before D+1 00:00 UTC+7 = D 17:00 UTC.
  return sql<string>`case when ${tasks.completedAt} is null then (case when ${tasks.deadline} < ${today} then 'overdue' when ${tasks.receivedAt} is null then 'not_received' else 'in_progress' end) when ${tasks.deadline} is not null and ${tasks.completedAt} >= ${tasks.deadline} || 'T17:00:00.000Z' then 'done_late' else 'done' end`;
}

/** Calendar days from the deadline to the day of completion in Vietnam (late tasks only). */
export const daysLateSql = sql<number>`julianday(date(${tasks.completedAt}, '+7 hours')) - julianday(${tasks.deadline})`;

/** The condition for a task state (or one of the definitions' groups). */
export function stateCondition(state: string, today: string): SQL | undefined {
  const late = sql`${tasks.completedAt} >= ${tasks.deadline} || 'T17:00:00.000Z'`;
  switch (state) {
    case 'on_time':
    case 'done':
      return sql`(${tasks.completedAt} is not null and (${tasks.deadline} is null or ${tasks.completedAt} < ${tasks.deadline} || 'T17:00:00.000Z'))`;
    case 'late':
    case 'done_late':
      return sql`(${tasks.completedAt} is not null and ${tasks.deadline} is not null and ${late})`;
    case 'overdue':
      return sql`(${tasks.completedAt} is null and ${tasks.deadline} < ${today})`;
    case 'open':
      return sql`(${tasks.completedAt} is null and (${tasks.deadline} is null or ${tasks.deadline} >= ${today}))`;
    case 'not_received':
      return sql`(${tasks.completedAt} is null and (${tasks.deadline} is null or ${tasks.deadline} >= ${today}) and ${tasks.receivedAt} is null)`;
    case 'in_progress':
      return sql`(${tasks.completedAt} is null and (${tasks.deadline} is null or ${tasks.deadline} >= ${today}) and ${tasks.receivedAt} is not null)`;
    default:
      return undefined;
  }
}

export function unitConditions(q: Filters): SQL | undefined {
  return and(
    q.district === 'none' ? isNull(units.districtCode) : q.district ? eq(units.districtCode, q.district) : undefined,
    q.kind ? eq(units.kind, q.kind) : undefined,
  );
}

/** Published directives of the period and issuer. */
export function directiveConditions(q: Filters): SQL | undefined {
  return and(
    eq(directives.status, 'published'),
    q.from ? gte(directives.issuedOn, q.from) : undefined,
    q.to ? lte(directives.issuedOn, q.to) : undefined,
    q.issuer ? eq(directives.issuer, q.issuer) : undefined,
  );
}

/**
 * Top-level tasks. The unary + keeps SQLite off tasks_parent_idx: nearly every task is top-level,
 * so that index would add a lookup per row instead of narrowing anything (the planner has no
 * statistics to know it), and would win over the directive or unit index that does narrow.
 */
export const topLevel = sql`+${tasks.parentTaskId} is null`;

/** Top-level tasks of the filters (tasksFrom joins what these conditions need). */
export function taskConditions(q: Filters): SQL | undefined {
  return and(topLevel, filtersDirectives(q) ? directiveConditions(q) : undefined, unitConditions(q));
}

/**
 * Tasks, joined to their directive and unit only when the filters or the fields need them: the
 * department's figures over every task then read the tasks table alone. A task always belongs to
 * a published directive (publishing creates them; nothing unpublishes), so no filter means no join.
 */
export function tasksFrom<F extends SelectedFields>(db: Conn, fields: F, q: Filters, need: { directives?: boolean; units?: boolean } = {}) {
  let s = db.select(fields).from(tasks).$dynamic();
  // The fields are chosen explicitly, so a join does not change the rows' type (drizzle's generic types cannot see it).
  if (need.directives || filtersDirectives(q)) s = s.innerJoin(directives, eq(directives.id, tasks.directiveId)) as unknown as typeof s;
  if (need.units || filtersUnits(q)) s = s.innerJoin(units, eq(units.id, tasks.unitId)) as unknown as typeof s;
  return s;
}

/** Reports of opened requests due in the period (joins reports, report_requests, units). */
export function reportConditions(q: Filters): SQL | undefined {
  return and(
    sql`${reportRequests.status} <> 'draft'`,
    q.from ? gte(reportRequests.deadline, q.from) : undefined,
    q.to ? lte(reportRequests.deadline, q.to) : undefined,
    q.issuer ? sql`${reportRequests.directiveId} in (select d.id from directives d where d.issuer = ${q.issuer})` : undefined,
    unitConditions(q),
  );
}

/** Activities not deleted, dated in the period (joins activities and units). */
export function activityConditions(q: Filters): SQL | undefined {
  return and(
    isNull(activities.deletedAt),
    q.from ? gte(activities.dateFrom, q.from) : undefined,
    q.to ? lte(activities.dateFrom, q.to) : undefined,
    // A set of task ids built once, rather than a join per activity.
    q.issuer ? sql`${activities.taskId} in (select t.id from tasks t join directives d on d.id = t.directive_id where d.issuer = ${q.issuer})` : undefined,
    unitConditions(q),
  );
}

/** Whether the unit filters are set (queries join units only then). */
export const filtersUnits = (q: Filters) => q.district != null || q.kind != null;
/** Whether the directive filters are set (task queries join directives only then). */
export const filtersDirectives = (q: Filters) => q.from != null || q.to != null || q.issuer != null;

export type StateTally = { done: number; done_late: number; overdue: number; not_received: number; in_progress: number };
export const emptyTally = (): StateTally => ({ done: 0, done_late: 0, overdue: 0, not_received: 0, in_progress: 0 });

export function addState(t: StateTally, state: string, n = 1) {
  if (state in t) t[state as keyof StateTally] += n;
}

export function countsOf(t: StateTally): TaskCounts {
  const due = t.done + t.done_late + t.overdue;
  return {
    total: due + t.not_received + t.in_progress,
    onTime: t.done,
    late: t.done_late,
    overdue: t.overdue,
    open: t.not_received + t.in_progress,
    notReceived: t.not_received,
    onTimeRate: due > 0 ? Math.round((t.done / due) * 10_000) / 10_000 : null,
  };
}
