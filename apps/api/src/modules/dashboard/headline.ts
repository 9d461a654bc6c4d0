import { and, countDistinct, eq, sql, type SQL } from 'drizzle-orm';
import { activityForms, type DashboardHeadline, type ReportCounts } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { activities, directives, reportRequests, reports, reportVersions, tasks, units } from '../../db/schema/index';
import { activityConditions, addState, countsOf, directiveConditions, emptyTally, filtersUnits, reportConditions, taskConditions, tasksFrom, taskStateSql, type Filters } from './definitions';

/** Tasks of the filters by state, with their items: one pass over the tasks. */
export function taskTally(db: Conn, today: string, q: Filters, extra?: SQL) {
  const state = taskStateSql(today);
  const rows = tasksFrom(db, { state, n: sql<number>`count(*)`, itemsDone: sql<number>`coalesce(sum(${tasks.itemsDone}), 0)`, itemsTotal: sql<number>`coalesce(sum(${tasks.itemsTotal}), 0)` }, q)
    .where(and(taskConditions(q), extra))
    .groupBy(state)
    .all();
  const tally = emptyTally();
  const items = { done: 0, total: 0 };
  for (const r of rows) {
    addState(tally, r.state, r.n);
    items.done += r.itemsDone;
    items.total += r.itemsTotal;
  }
  return { counts: countsOf(tally), items };
}

/** Directives issued in the period; with unit filters, those addressed to at least one such unit. */
function directiveCount(db: Conn, q: Filters): number {
  if (!filtersUnits(q)) return db.select({ n: sql<number>`count(*)` }).from(directives).where(directiveConditions(q)).get()?.n ?? 0;
  return tasksFrom(db, { n: countDistinct(tasks.directiveId) }, q).where(taskConditions(q)).get()?.n ?? 0;
}

export const reportColumns = (today: string) => ({
  requested: sql<number>`count(*)`,
  submitted: sql<number>`coalesce(sum(${reports.submissions} > 0), 0)`,
  accepted: sql<number>`coalesce(sum(${reports.status} = 'accepted'), 0)`,
  awaitingReview: sql<number>`coalesce(sum(${reports.status} = 'submitted'), 0)`,
  returned: sql<number>`coalesce(sum(exists (select 1 from ${reportVersions} v where v.report_id = ${reports.id} and v.review = 'returned')), 0)`,
  overdue: sql<number>`coalesce(sum(${reports.status} in ('draft', 'returned') and ${reports.deadline} < ${today}), 0)`,
});

export function reportTally(db: Conn, today: string, q: Filters, extra?: SQL): ReportCounts {
  const base = db.select(reportColumns(today)).from(reports).innerJoin(reportRequests, eq(reportRequests.id, reports.requestId));
  const row = (filtersUnits(q) ? base.innerJoin(units, eq(units.id, reports.unitId)) : base).where(and(reportConditions(q), extra)).get();
  return row ?? { requested: 0, submitted: 0, accepted: 0, awaitingReview: 0, returned: 0, overdue: 0 };
}

/** Activities by form, in the order of the form list (a form no longer listed still counts in the total). */
export function activitiesByForm(db: Conn, q: Filters, extra?: SQL) {
  const base = db.select({ form: activities.form, n: sql<number>`count(*)` }).from(activities);
  const rows = (filtersUnits(q) ? base.innerJoin(units, eq(units.id, activities.unitId)) : base).where(and(activityConditions(q), extra)).groupBy(activities.form).all();
  const byForm = new Map(rows.map((r) => [r.form, r.n]));
  return {
    total: rows.reduce((s, r) => s + r.n, 0),
    byForm: activityForms.filter((f) => byForm.has(f)).map((form) => ({ form, count: byForm.get(form) ?? 0 })),
  };
}

/** The department's figures for a period. */
export function headline(db: Conn, today: string, q: Filters, version: string): DashboardHeadline {
  const t = taskTally(db, today, q);
  const a = activitiesByForm(db, q);
  return {
    version,
    directives: directiveCount(db, q),
    tasks: t.counts,
    items: t.items,
    reports: reportTally(db, today, q),
    activities: { total: a.total, byForm: a.byForm },
  };
}
