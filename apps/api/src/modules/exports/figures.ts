/**
 * The figures of the tabular exports, with the dashboard's definitions (modules/dashboard/
 * definitions.ts): the per-unit table is the dashboard's scorecards and the matrix its matrix,
 * called here rather than recomputed, so an export always shows the figures on the screen. Only
 * the activities by month, form and measure (quantities the screen does not show) are read here,
 * with the same definition.
 */
import { sql, type SQL } from 'drizzle-orm';
import { MATRIX_CODES, MATRIX_NO_TASK, unitKinds, type TaskState, type UnitKind } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { matrix as dashboardMatrix } from '../dashboard/matrix';
import { scorecards, unitScorecard } from '../dashboard/scorecards';
import { delegatedChain } from '../delegation/scope';

/**
 * Whose data: the department (every unit, or one unit it names), or a unit user (its own unit,
 * its activities as activityScope counts them: its own and its sub-units' down its chain).
 */
export type Scope = { kind: 'department'; unitId: number | null } | { kind: 'unit'; unitId: number };
/**
 * Directives by their date of issue (tasks), activities by their own date — the dashboard's
 * periods — and the dashboard's other filters, with its meaning (definitions.ts): issuer of the
 * directive; district ('none': province level) and kind of the unit; state (the matrix only).
 */
export type Period = {
  from?: string | undefined;
  to?: string | undefined;
  issuer?: string | undefined;
  district?: string | undefined;
  kind?: UnitKind | undefined;
  state?: TaskState | undefined;
};

/** The filters the dashboard's services take (its matrix also the state). */
const dashboardFiltersOf = (p: Period) => ({ from: p.from, to: p.to, issuer: p.issuer, district: p.district, kind: p.kind });

const inPeriod = (p: Period): SQL =>
  sql.join(
    [
      sql`d.status = 'published'`,
      p.from ? sql`d.issued_on >= ${p.from}` : undefined,
      p.to ? sql`d.issued_on <= ${p.to}` : undefined,
      p.issuer ? sql`d.issuer = ${p.issuer}` : undefined,
    ].filter((x): x is SQL => !!x),
    sql` and `,
  );

/** The unit filters on a units table aliased `u`, or nothing. */
const unitFilter = (p: Period): SQL | undefined => {
  const parts = [p.district === 'none' ? sql`u.district_code is null` : p.district ? sql`u.district_code = ${p.district}` : undefined, p.kind ? sql`u.kind = ${p.kind}` : undefined].filter(
    (x): x is SQL => !!x,
  );
  return parts.length ? sql.join(parts, sql` and `) : undefined;
};

/** How many top-level tasks an export reads: small ones are made while the client waits. */
export function taskCount(db: Conn, scope: Scope, period: Period): number {
  const unit = scope.unitId != null ? sql` and t.unit_id = ${scope.unitId}` : sql``;
  const units = unitFilter(period);
  const byUnit = units ? sql` and t.unit_id in (select u.id from units u where ${units})` : sql``;
  return db.get<{ n: number }>(sql`select count(*) as n from tasks t join directives d on d.id = t.directive_id where ${inPeriod(period)} and t.parent_task_id is null${unit}${byUnit}`)?.n ?? 0;
}

export type UnitFigures = {
  unitId: number;
  name: string;
  kind: string;
  districtName: string | null;
  districtCode: string | null;
  /** The dashboard's ranking (1 = best); null for one unit alone. */
  rank: number | null;
  tasks: number;
  onTime: number;
  late: number;
  open: number;
  overdue: number;
  /** Per cent, one decimal: on time over the tasks that were due or done; null when none was. */
  onTimeRate: number | null;
  avgDaysLate: number | null;
  itemsDone: number;
  itemsTotal: number;
  activities: number;
  reportsRequested: number;
  reportsSubmitted: number;
  reportsReturned: number;
  reportsOverdue: number;
};

/** The per-unit table: the dashboard's scorecards; one unit's card when the scope names a unit. */
export function unitFigures(db: Conn, scope: Scope, period: Period, today: string): UnitFigures[] {
  const q = dashboardFiltersOf(period);
  const cards = scope.unitId != null ? [unitScorecard(db, today, scope.unitId, q)].filter((c) => c != null) : scorecards(db, today, q, '').units;
  return cards
    .map((c) => ({
      unitId: c.unit.id,
      name: c.unit.name,
      kind: c.unit.kind,
      districtName: c.unit.districtName,
      districtCode: c.unit.districtCode,
      rank: c.rank,
      tasks: c.tasks.total,
      onTime: c.tasks.onTime,
      late: c.tasks.late,
      open: c.tasks.open,
      overdue: c.tasks.overdue,
      onTimeRate: c.tasks.onTimeRate != null ? Math.round(c.tasks.onTimeRate * 1000) / 10 : null,
      avgDaysLate: c.avgDaysLate,
      itemsDone: c.items.done,
      itemsTotal: c.items.total,
      activities: c.activities.total,
      reportsRequested: c.reports.requested,
      reportsSubmitted: c.reports.submitted,
      reportsReturned: c.reports.returned,
      reportsOverdue: c.reports.overdue,
    }))
    .sort(byUnitOrder);
}

export type ActivityFigures = { month: string; form: string; measure: string | null; count: number; quantity: number | null; reach: number | null };

/**
 * Activities by month of their date, form and measure, with the dashboard's definition (every
 * activity not deleted, dated in the period, counted for the unit that logged it). A unit's own
 * export counts what activityScope lets it see: its own and its sub-units' work down its chain.
 */
export function activityFigures(db: Conn, scope: Scope, period: Period): ActivityFigures[] {
  const where = [
    sql`a.deleted_at is null`,
    period.from ? sql`a.date_from >= ${period.from}` : undefined,
    period.to ? sql`a.date_from <= ${period.to}` : undefined,
    scope.kind === 'unit' ? sql`a.task_id in (${delegatedChain(scope.unitId)})` : scope.unitId != null ? sql`a.unit_id = ${scope.unitId}` : undefined,
    // As the dashboard counts them: through the task's directive, and the unit that logged it.
    period.issuer ? sql`a.task_id in (select t.id from tasks t join directives d on d.id = t.directive_id where d.issuer = ${period.issuer})` : undefined,
    unitFilter(period) ? sql`a.unit_id in (select u.id from units u where ${unitFilter(period)})` : undefined,
  ].filter((x): x is SQL => !!x);
  return db
    .all<ActivityFigures>(
      sql`select substr(a.date_from, 1, 7) as month, a.form as form, a.measure as measure, count(*) as count, sum(a.quantity) as quantity, sum(a.reach) as reach
    from activities a where ${sql.join(where, sql` and `)}
    group by month, a.form, a.measure
    order by month, a.form, a.measure`,
    )
    .map((r) => ({ ...r, quantity: r.quantity != null ? round2(r.quantity) : null }));
}

export type MatrixDirective = {
  id: number;
  number: string | null;
  symbol: string | null;
  subject: string;
  issuedOn: string | null;
  /** The day is known (not only the month). */
  hasDay: boolean;
  dueDate: string | null;
};
export type UnitRef = { unitId: number; name: string; shortName: string | null; kind: string; districtName: string | null; districtCode: string | null };
export type MatrixCell = { directiveId: number; unitId: number; state: TaskState };
export type Matrix = { directives: MatrixDirective[]; units: UnitRef[]; cells: MatrixCell[] };

const STATE_OF = new Map(Object.entries(MATRIX_CODES).map(([state, code]) => [code as string, state as TaskState]));

/**
 * Directives × units from the dashboard's matrix (one cell per top-level task, the worse state
 * when a merger left two), every directive of the period at once, turned so directives are rows
 * (oldest first): a sheet one filters by directive.
 */
export function matrixFigures(db: Conn, period: Period, today: string): Matrix {
  const m = dashboardMatrix(db, today, { ...dashboardFiltersOf(period), state: period.state, page: 1, limit: 1_000_000 }, '');
  // The matrix gives the date of issue; which directives lack the day ("tháng 11 năm 2020") is read here.
  const noDay = new Set(
    db.all<{ id: number }>(sql`select d.id as id from directives d where ${inPeriod(period)} and d.issued is not null and json_extract(d.issued, '$.day') is null`).map((r) => r.id),
  );
  const items = m.directives.items;
  const cells: MatrixCell[] = [];
  for (const row of m.rows) {
    items.forEach((d, i) => {
      const state = STATE_OF.get(row.cells[i] ?? MATRIX_NO_TASK);
      if (state) cells.push({ directiveId: d.id, unitId: row.id, state });
    });
  }
  return {
    directives: [...items].reverse().map((d) => ({ id: d.id, number: d.number, symbol: d.symbol, subject: d.subject, issuedOn: d.issuedOn, hasDay: !noDay.has(d.id), dueDate: d.deadline })),
    units: m.rows.map((r) => ({ unitId: r.id, name: r.name, shortName: r.shortName, kind: r.kind, districtName: r.districtName, districtCode: r.districtCode })),
    cells,
  };
}

const KIND_ORDER: readonly string[] = unitKinds;
const collator = new Intl.Collator('vi');

/** The directory's order: department first, province-level media, then district by district. */
export function byUnitOrder(a: Pick<UnitRef, 'kind' | 'districtName' | 'name'>, b: Pick<UnitRef, 'kind' | 'districtName' | 'name'>): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || collator.compare(a.districtName ?? '', b.districtName ?? '') || collator.compare(a.name, b.name);
}

/** "tin/bài" however it was typed ("Tin / bài"), as the reports' prefill compares measures. */
export const isArticles = (measure: string | null) => (measure ?? '').trim().replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ').toLowerCase() === 'tin/bài';

const round2 = (n: number) => Math.round(n * 100) / 100;
