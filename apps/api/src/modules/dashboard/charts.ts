import { and, eq, isNotNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { activityForms, type DashboardCharts } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { activities, directives, tasks, units } from '../../db/schema/index';
import { activityConditions, addState, countsOf, emptyTally, filtersUnits, stateCondition, taskConditions, tasksFrom, taskStateSql, type Filters, type StateTally } from './definitions';

type Bucket = 'week' | 'month';
const collator = new Intl.Collator('vi');

/** A date's period: its month (YYYY-MM), or the Monday of its week (YYYY-MM-DD). */
const bucketOf = (bucket: Bucket, day: SQLWrapper) => (bucket === 'month' ? sql<string>`substr(${day}, 1, 7)` : sql<string>`date(${day}, '-6 days', 'weekday 1')`);

/** Tasks issued, due and done per period, added up from the first period on. */
function progress(db: Conn, today: string, q: Filters, bucket: Bucket): DashboardCharts['progress'] {
  const grouped = (period: SQL<string>, where: SQL | undefined, extra: SQL<number> = sql<number>`0`, needsDirective = false) =>
    tasksFrom(db, { period, n: sql<number>`count(*)`, m: sql<number>`coalesce(sum(${extra}), 0)` }, q, { directives: needsDirective })
      .where(and(taskConditions(q), where))
      .groupBy(period)
      .all();
  const issued = grouped(bucketOf(bucket, directives.issuedOn), isNotNull(directives.issuedOn), undefined, true);
  const due = grouped(bucketOf(bucket, tasks.deadline), isNotNull(tasks.deadline));
  const done = grouped(bucketOf(bucket, sql`date(${tasks.completedAt}, '+7 hours')`), isNotNull(tasks.completedAt), sql<number>`${stateCondition('on_time', today)}`);
  const periods = [...new Set([...issued, ...due, ...done].map((r) => r.period))].filter((p): p is string => p != null).sort();
  const at = (rows: typeof issued) => new Map(rows.map((r) => [r.period, r]));
  const [i, d, c] = [at(issued), at(due), at(done)];
  const sum = { issued: 0, due: 0, done: 0, doneOnTime: 0 };
  return {
    bucket,
    rows: periods.map((period) => {
      sum.issued += i.get(period)?.n ?? 0;
      sum.due += d.get(period)?.n ?? 0;
      sum.done += c.get(period)?.n ?? 0;
      sum.doneOnTime += c.get(period)?.m ?? 0;
      return { period, ...sum };
    }),
  };
}

function activitiesByMonth(db: Conn, q: Filters): DashboardCharts['activitiesByMonth'] {
  const month = sql<string>`substr(${activities.dateFrom}, 1, 7)`;
  const base = db.select({ month, form: activities.form, n: sql<number>`count(*)` }).from(activities);
  const rows = (filtersUnits(q) ? base.innerJoin(units, eq(units.id, activities.unitId)) : base).where(activityConditions(q)).groupBy(month, activities.form).all();
  const seen = new Set(rows.map((r) => r.form));
  const forms = activityForms.filter((f) => seen.has(f));
  const col = new Map<string, number>(forms.map((f, k) => [f, k]));
  const byMonth = new Map<string, { month: string; counts: number[]; total: number }>();
  for (const r of rows) {
    let m = byMonth.get(r.month);
    if (!m) byMonth.set(r.month, (m = { month: r.month, counts: forms.map(() => 0), total: 0 }));
    const k = col.get(r.form);
    if (k !== undefined) m.counts[k] = (m.counts[k] ?? 0) + r.n;
    m.total += r.n;
  }
  return { forms, rows: [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1)) };
}

function onTimeByDistrict(db: Conn, today: string, q: Filters): DashboardCharts['onTimeByDistrict'] {
  const state = taskStateSql(today);
  const rows = tasksFrom(db, { code: units.districtCode, name: units.districtName, state, n: sql<number>`count(*)` }, q, { units: true })
    .where(taskConditions(q))
    .groupBy(units.districtCode, state)
    .all();
  const by = new Map<string | null, { name: string; tally: StateTally }>();
  for (const r of rows) {
    let d = by.get(r.code);
    if (!d) by.set(r.code, (d = { name: r.code === null ? 'Cấp tỉnh' : r.name ?? r.code, tally: emptyTally() }));
    addState(d.tally, r.state, r.n);
  }
  return [...by]
    .map(([districtCode, d]) => ({ districtCode, districtName: d.name, counts: countsOf(d.tally) }))
    .sort((a, b) => (a.districtCode === null ? -1 : b.districtCode === null ? 1 : collator.compare(a.districtName, b.districtName)));
}

/** The charts people compare with, each with the numbers drawn (the UI shows them as a table). */
export function charts(db: Conn, today: string, q: Filters & { bucket: Bucket }, version: string): DashboardCharts {
  return { version, progress: progress(db, today, q, q.bucket), activitiesByMonth: activitiesByMonth(db, q), onTimeByDistrict: onTimeByDistrict(db, today, q) };
}
