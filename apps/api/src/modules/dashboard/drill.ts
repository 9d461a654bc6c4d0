import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DashboardDrill, drillQuery, TaskState } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { activities, directives, reportRequests, reports, reportVersions, tasks, units } from '../../db/schema/index';
import { vnDate } from '../tasks/state';
import { activityConditions, filtersUnits, reportConditions, stateCondition, taskConditions, taskStateSql } from './definitions';

export type DrillParams = z.output<typeof drillQuery>;

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY));

function drillTasks(db: Conn, today: string, q: DrillParams): DashboardDrill {
  const metric = q.metric.slice('tasks.'.length);
  const doneDay = sql`date(${tasks.completedAt}, '+7 hours')`;
  const where = and(
    taskConditions(q),
    q.unitId ? eq(tasks.unitId, q.unitId) : undefined,
    q.directiveId ? eq(tasks.directiveId, q.directiveId) : undefined,
    metric ? stateCondition(metric, today) : undefined,
    q.dueFrom ? gte(tasks.deadline, q.dueFrom) : undefined,
    q.dueTo ? lte(tasks.deadline, q.dueTo) : undefined,
    q.doneFrom ? sql`${doneDay} >= ${q.doneFrom}` : undefined,
    q.doneTo ? sql`${doneDay} <= ${q.doneTo}` : undefined,
  );
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(tasks)
      .innerJoin(directives, eq(directives.id, tasks.directiveId))
      .innerJoin(units, eq(units.id, tasks.unitId))
      .where(where)
      .get()?.n ?? 0;
  const rows = db
    .select({
      id: tasks.id,
      directive: { id: directives.id, number: directives.number, symbol: directives.symbol, subject: directives.subject, issuedOn: directives.issuedOn },
      unit: { id: units.id, name: units.name, shortName: units.shortName },
      deadline: tasks.deadline,
      receivedAt: tasks.receivedAt,
      completedAt: tasks.completedAt,
      state: taskStateSql(today),
      itemsDone: tasks.itemsDone,
      itemsTotal: tasks.itemsTotal,
    })
    .from(tasks)
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .innerJoin(units, eq(units.id, tasks.unitId))
    .where(where)
    .orderBy(desc(directives.issuedOn), desc(directives.id), asc(units.id), asc(tasks.id))
    .limit(q.limit)
    .offset((q.page - 1) * q.limit)
    .all();
  return {
    kind: 'tasks',
    metric: q.metric,
    total,
    page: q.page,
    limit: q.limit,
    rows: rows.map((r) => {
      const state = r.state as TaskState;
      const daysLate = state === 'done_late' && r.completedAt && r.deadline ? daysBetween(r.deadline, vnDate(r.completedAt)) : state === 'overdue' && r.deadline ? daysBetween(r.deadline, today) : 0;
      return { ...r, state, daysLate };
    }),
  };
}

function drillReports(db: Conn, today: string, q: DrillParams): DashboardDrill {
  const byMetric: Record<string, SQL | undefined> = {
    reports: undefined,
    'reports.submitted': sql`${reports.submissions} > 0`,
    'reports.accepted': sql`${reports.status} = 'accepted'`,
    'reports.awaiting_review': sql`${reports.status} = 'submitted'`,
    'reports.returned': sql`exists (select 1 from ${reportVersions} v where v.report_id = ${reports.id} and v.review = 'returned')`,
    'reports.overdue': sql`${reports.status} in ('draft', 'returned') and ${reports.deadline} < ${today}`,
  };
  const where = and(
    reportConditions(q),
    q.unitId ? eq(reports.unitId, q.unitId) : undefined,
    q.directiveId ? eq(reportRequests.directiveId, q.directiveId) : undefined,
    byMetric[q.metric],
  );
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(reports)
      .innerJoin(reportRequests, eq(reportRequests.id, reports.requestId))
      .innerJoin(units, eq(units.id, reports.unitId))
      .where(where)
      .get()?.n ?? 0;
  const rows = db
    .select({
      id: reports.id,
      requestId: reports.requestId,
      title: reportRequests.title,
      unit: { id: units.id, name: units.name, shortName: units.shortName },
      status: reports.status,
      deadline: reports.deadline,
      submittedAt: reports.submittedAt,
      submissions: reports.submissions,
    })
    .from(reports)
    .innerJoin(reportRequests, eq(reportRequests.id, reports.requestId))
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(where)
    .orderBy(desc(reportRequests.deadline), desc(reportRequests.id), asc(units.id), asc(reports.id))
    .limit(q.limit)
    .offset((q.page - 1) * q.limit)
    .all();
  return {
    kind: 'reports',
    metric: q.metric,
    total,
    page: q.page,
    limit: q.limit,
    rows: rows.map((r) => ({ ...r, overdue: (r.status === 'draft' || r.status === 'returned') && r.deadline < today })),
  };
}

function drillActivities(db: Conn, q: DrillParams): DashboardDrill {
  const where = and(
    activityConditions(q),
    q.unitId ? eq(activities.unitId, q.unitId) : undefined,
    q.form ? eq(activities.form, q.form) : undefined,
    q.directiveId ? sql`${activities.taskId} in (select t.id from tasks t where t.directive_id = ${q.directiveId})` : undefined,
  );
  const base = db.select({ n: sql<number>`count(*)` }).from(activities);
  const total = (filtersUnits(q) ? base.innerJoin(units, eq(units.id, activities.unitId)) : base).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: activities.id,
      taskId: activities.taskId,
      unit: { id: units.id, name: units.name, shortName: units.shortName },
      dateFrom: activities.dateFrom,
      form: activities.form,
      title: activities.title,
      quantity: activities.quantity,
      measure: activities.measure,
    })
    .from(activities)
    .innerJoin(units, eq(units.id, activities.unitId))
    .where(where)
    .orderBy(desc(activities.dateFrom), desc(activities.id))
    .limit(q.limit)
    .offset((q.page - 1) * q.limit)
    .all();
  return { kind: 'activities', metric: q.metric, total, page: q.page, limit: q.limit, rows };
}

/** The tasks, reports or activities behind a figure, a page at a time; the same conditions as the figure. */
export function drill(db: Conn, today: string, q: DrillParams): DashboardDrill {
  if (q.metric === 'activities') return drillActivities(db, q);
  if (q.metric.startsWith('reports')) return drillReports(db, today, q);
  return drillTasks(db, today, q);
}
