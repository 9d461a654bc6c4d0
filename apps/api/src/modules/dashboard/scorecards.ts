import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DashboardScorecards, ReportCounts, Scorecard, SubUnitProgress, UnitKind, UnitScorecard } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { activities, directives, reportRequests, reports, tasks, units } from '../../db/schema/index';
import {
  activityConditions,
  addState,
  countsOf,
  daysLateSql,
  directiveConditions,
  emptyTally,
  filtersUnits,
  reportConditions,
  stateCondition,
  taskConditions,
  tasksFrom,
  taskStateSql,
  type Filters,
  type StateTally,
} from './definitions';
import { activitiesByForm, reportColumns } from './headline';

type UnitFigures = { tally: StateTally; daysLate: number; items: { done: number; total: number }; reports: ReportCounts; activities: number };

const noReports = (): ReportCounts => ({ requested: 0, submitted: 0, accepted: 0, awaitingReview: 0, returned: 0, overdue: 0 });

/** Every figure of the scorecard per unit, in three grouped passes (tasks, reports, activities). */
function figuresByUnit(db: Conn, today: string, q: Filters, only?: number): Map<number, UnitFigures> {
  const state = taskStateSql(today);
  const late = stateCondition('late', today) as SQL;
  const byUnit = new Map<number, UnitFigures>();
  const of = (id: number) => {
    let f = byUnit.get(id);
    if (!f) byUnit.set(id, (f = { tally: emptyTally(), daysLate: 0, items: { done: 0, total: 0 }, reports: noReports(), activities: 0 }));
    return f;
  };
  const taskRows = tasksFrom(
    db,
    {
      unitId: tasks.unitId,
      state,
      n: sql<number>`count(*)`,
      itemsDone: sql<number>`coalesce(sum(${tasks.itemsDone}), 0)`,
      itemsTotal: sql<number>`coalesce(sum(${tasks.itemsTotal}), 0)`,
      daysLate: sql<number>`coalesce(sum(case when ${late} then ${daysLateSql} end), 0)`,
    },
    q,
  )
    .where(and(taskConditions(q), only != null ? eq(tasks.unitId, only) : undefined))
    .groupBy(tasks.unitId, state)
    .all();
  for (const r of taskRows) {
    const f = of(r.unitId);
    addState(f.tally, r.state, r.n);
    f.items.done += r.itemsDone;
    f.items.total += r.itemsTotal;
    f.daysLate += r.daysLate;
  }
  const reportBase = db
    .select({ unitId: reports.unitId, ...reportColumns(today) })
    .from(reports)
    .innerJoin(reportRequests, eq(reportRequests.id, reports.requestId));
  const reportRows = (filtersUnits(q) ? reportBase.innerJoin(units, eq(units.id, reports.unitId)) : reportBase)
    .where(and(reportConditions(q), only != null ? eq(reports.unitId, only) : undefined))
    .groupBy(reports.unitId)
    .all();
  for (const { unitId, ...r } of reportRows) of(unitId).reports = r;
  const base = db.select({ unitId: activities.unitId, n: sql<number>`count(*)` }).from(activities);
  const activityRows = (filtersUnits(q) ? base.innerJoin(units, eq(units.id, activities.unitId)) : base)
    .where(and(activityConditions(q), only != null ? eq(activities.unitId, only) : undefined))
    .groupBy(activities.unitId)
    .all();
  for (const r of activityRows) of(r.unitId).activities = r.n;
  return byUnit;
}

function unitInfo(db: Conn, ids: number[]) {
  if (ids.length === 0) return new Map<number, Scorecard['unit']>();
  const rows = db
    .select({ id: units.id, name: units.name, shortName: units.shortName, kind: units.kind, districtCode: units.districtCode, districtName: units.districtName })
    .from(units)
    .where(inArray(units.id, ids))
    .all();
  return new Map(rows.map((u) => [u.id, { ...u, kind: u.kind as UnitKind }]));
}

function card(unit: Scorecard['unit'], f: UnitFigures): Scorecard {
  const counts = countsOf(f.tally);
  return {
    unit,
    rank: null,
    tasks: counts,
    avgDaysLate: counts.late > 0 ? Math.round((f.daysLate / counts.late) * 10) / 10 : null,
    items: f.items,
    reports: f.reports,
    activities: { total: f.activities, byForm: null },
  };
}

const collator = new Intl.Collator('vi');

/**
 * The ranking: best on-time rate first (units with nothing due yet last), then fewer overdue
 * tasks, fewer days late on average, fewer reports overdue, more activities, then by name.
 */
export function rankOrder(a: Scorecard, b: Scorecard): number {
  const ra = a.tasks.onTimeRate;
  const rb = b.tasks.onTimeRate;
  if (ra !== rb) return ra === null ? 1 : rb === null ? -1 : rb - ra;
  return (
    a.tasks.overdue - b.tasks.overdue ||
    (a.avgDaysLate ?? 0) - (b.avgDaysLate ?? 0) ||
    a.reports.overdue - b.reports.overdue ||
    b.activities.total - a.activities.total ||
    collator.compare(a.unit.name, b.unit.name)
  );
}

/** Every unit with a task, a report or an activity in the filters, ranked. */
export function scorecards(db: Conn, today: string, q: Filters, version: string): DashboardScorecards {
  const figures = figuresByUnit(db, today, q);
  const info = unitInfo(db, [...figures.keys()]);
  const cards = [...figures].flatMap(([id, f]) => {
    const u = info.get(id);
    return u ? [card(u, f)] : [];
  });
  cards.sort(rankOrder);
  cards.forEach((c, i) => (c.rank = i + 1));
  return { version, units: cards };
}

/**
 * The units this unit passed work on to, one level down: the sub-tasks hanging from its own
 * top-level tasks of the period's directives, by receiving unit, with the activities logged on
 * them. Sub-tasks never count in a unit's own figures (definitions.ts), so this is where a
 * district office sees how its centre and commune stations stand.
 */
function subUnitsOf(db: Conn, today: string, unitId: number, q: Filters): SubUnitProgress[] {
  const parent = alias(tasks, 'parent');
  const state = taskStateSql(today);
  const rows = db
    .select({
      unitId: tasks.unitId,
      state,
      n: sql<number>`count(*)`,
      itemsDone: sql<number>`coalesce(sum(${tasks.itemsDone}), 0)`,
      itemsTotal: sql<number>`coalesce(sum(${tasks.itemsTotal}), 0)`,
      activities: sql<number>`coalesce(sum((select count(*) from activities a where a.task_id = ${tasks.id} and a.deleted_at is null${
        q.from ? sql` and a.date_from >= ${q.from}` : sql``
      }${q.to ? sql` and a.date_from <= ${q.to}` : sql``})), 0)`,
    })
    .from(tasks)
    .innerJoin(parent, eq(parent.id, tasks.parentTaskId))
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .where(and(eq(parent.unitId, unitId), isNull(parent.parentTaskId), directiveConditions(q)))
    .groupBy(tasks.unitId, state)
    .all();
  const byUnit = new Map<number, { tally: StateTally; items: { done: number; total: number }; activities: number }>();
  for (const r of rows) {
    let f = byUnit.get(r.unitId);
    if (!f) byUnit.set(r.unitId, (f = { tally: emptyTally(), items: { done: 0, total: 0 }, activities: 0 }));
    addState(f.tally, r.state, r.n);
    f.items.done += r.itemsDone;
    f.items.total += r.itemsTotal;
    f.activities += r.activities;
  }
  const info = unitInfo(db, [...byUnit.keys()]);
  return [...byUnit]
    .flatMap(([id, f]) => {
      const u = info.get(id);
      return u ? [{ unit: { id: u.id, name: u.name, shortName: u.shortName }, tasks: countsOf(f.tally), items: f.items, activities: f.activities }] : [];
    })
    .sort((a, b) => collator.compare(a.unit.name, b.unit.name));
}

/** One unit's scorecard, with its activities by form and its sub-units; null when the unit does not exist. */
export function unitScorecard(db: Conn, today: string, unitId: number, q: Filters): Omit<UnitScorecard, 'version'> | null {
  const u = unitInfo(db, [unitId]).get(unitId);
  if (!u) return null;
  const f = figuresByUnit(db, today, q, unitId).get(unitId) ?? { tally: emptyTally(), daysLate: 0, items: { done: 0, total: 0 }, reports: noReports(), activities: 0 };
  const c = card(u, f);
  c.activities.byForm = activitiesByForm(db, q, eq(activities.unitId, unitId)).byForm;
  return { ...c, subUnits: subUnitsOf(db, today, unitId, q) };
}
