import { z } from 'zod';
import { activityForm } from './activities';
import { isoDate } from './common';
import { issued } from './directives';
import { taskState } from './tasks';
import { unitKind } from './units';

export const dashboardQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const dashboard = z.object({
  directives: z.array(z.object({ id: z.number().int(), number: z.string().nullable(), symbol: z.string().nullable(), subject: z.string(), issued })),
  units: z.array(
    z.object({ id: z.number().int(), name: z.string(), shortName: z.string().nullable(), kind: unitKind, districtName: z.string().nullable() }),
  ),
  cells: z.array(
    z.object({
      directiveId: z.number().int(),
      unitId: z.number().int(),
      taskId: z.number().int(),
      itemsDone: z.number().int(),
      itemsTotal: z.number().int(),
      state: taskState,
    }),
  ),
  totals: z.object({
    directives: z.number().int(),
    tasks: z.number().int(),
    done: z.number().int(),
    overdue: z.number().int(),
    notReceived: z.number().int(),
    inProgress: z.number().int(),
  }),
});
export type Dashboard = z.infer<typeof dashboard>;

// ---- The compliance dashboard (headline, matrix, scorecards, charts, drill-down) ----
// Definitions (the API's modules/dashboard/definitions.ts says them in full): tasks are the
// top-level tasks of published directives; on time = completed on or before the deadline (or
// completed, with none); late = completed after it; overdue = open past it; open = the rest.

/** Filters every dashboard view takes. A period (from/to) is on the directive's date of issue. */
export const dashboardFilters = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** The directive's issuing body, as written on it (options lists them). */
  issuer: z.string().trim().min(1).max(300).optional(),
  /** A district's code, or 'none' for province-level units (no district). */
  district: z.string().trim().min(1).max(20).optional(),
  kind: unitKind.optional(),
});
export type DashboardFilters = z.infer<typeof dashboardFilters>;

const count = z.number().int().nonnegative();
/** onTime / (onTime + late + overdue): of the tasks that were due or done; null when there are none. */
const rate = z.number().min(0).max(1).nullable();

export const taskCounts = z.object({
  total: count,
  onTime: count,
  late: count,
  overdue: count,
  /** Not completed and not overdue; notReceived counts those not yet opened by the unit among them. */
  open: count,
  notReceived: count,
  onTimeRate: rate,
});
export type TaskCounts = z.infer<typeof taskCounts>;

export const reportCounts = z.object({
  /** Reports asked of units (requests opened, deadline in the period). */
  requested: count,
  /** Sent at least once. */
  submitted: count,
  accepted: count,
  /** Sent and awaiting review. */
  awaitingReview: count,
  /** Returned by the department at least once. */
  returned: count,
  /** Still to be sent (never sent, or returned) past the unit's deadline. */
  overdue: count,
});
export type ReportCounts = z.infer<typeof reportCounts>;

export const formCount = z.object({ form: activityForm, count });

export const dashboardHeadline = z.object({
  version: z.string(),
  directives: count,
  tasks: taskCounts,
  /** Items done (or not applicable) in those tasks, of all their items. */
  items: z.object({ done: count, total: count }),
  reports: reportCounts,
  activities: z.object({ total: count, byForm: z.array(formCount) }),
});
export type DashboardHeadline = z.infer<typeof dashboardHeadline>;

/** One character per cell of the matrix. */
export const MATRIX_CODES = { done: 'D', done_late: 'L', in_progress: 'P', overdue: 'O', not_received: 'N' } as const;
/** The order of a matrix row's or column's `tally`: tasks in each state. */
export const MATRIX_STATES = ['done', 'done_late', 'in_progress', 'overdue', 'not_received'] as const;
const tally = z.array(count).length(MATRIX_STATES.length);
/** A unit that was not sent the directive. */
export const MATRIX_NO_TASK = '-';

export const matrixSorts = ['name', 'district', 'kind', 'on_time_rate', 'overdue', 'late', 'open', 'done'] as const;
export const matrixQuery = dashboardFilters.extend({
  /** Only directives and units with at least one cell in this state. */
  state: taskState.optional(),
  groupBy: z.enum(['district', 'kind']).optional(),
  /** Default: the directory's order (kind, district, name). */
  sort: z.enum(matrixSorts).optional(),
  /** Default: ascending for names, descending for counts, ascending (worst first) for the on-time rate. */
  order: z.enum(['asc', 'desc']).optional(),
  /** Directives are the columns, newest first, `limit` per page. */
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type MatrixQuery = z.input<typeof matrixQuery>;

export const dashboardUnit = z.object({
  id: z.number().int(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: unitKind,
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
});
export type DashboardUnit = z.infer<typeof dashboardUnit>;

export const dashboardMatrix = z.object({
  version: z.string(),
  directives: z.object({
    total: count,
    page: z.number().int(),
    limit: z.number().int(),
    items: z.array(
      z.object({
        id: z.number().int(),
        number: z.string().nullable(),
        symbol: z.string().nullable(),
        subject: z.string(),
        issuer: z.string().nullable(),
        issuedOn: z.string().nullable(),
        deadline: z.string().nullable(),
        /** Tasks per state, in MATRIX_STATES order. */
        tally,
      }),
    ),
  }),
  /** Rows in display order; `cells` has one MATRIX_CODES character per directive column. */
  rows: z.array(dashboardUnit.extend({ group: z.string().nullable(), cells: z.string(), tally })),
  /** With groupBy: consecutive runs of rows. */
  groups: z.array(z.object({ key: z.string(), label: z.string(), start: z.number().int(), count, counts: taskCounts })).nullable(),
  totals: taskCounts,
});
export type DashboardMatrix = z.infer<typeof dashboardMatrix>;

export const scorecard = z.object({
  unit: dashboardUnit,
  /** Place in the ranking (1 = best); null outside a ranking. */
  rank: z.number().int().nullable(),
  tasks: taskCounts,
  /** Mean calendar days past the deadline of the tasks completed late; null when none was. */
  avgDaysLate: z.number().nullable(),
  items: z.object({ done: count, total: count }),
  reports: reportCounts,
  activities: z.object({ total: count, byForm: z.array(formCount).nullable() }),
});
export type Scorecard = z.infer<typeof scorecard>;
export const scorecardQuery = dashboardFilters.pick({ from: true, to: true, issuer: true });
export const dashboardScorecards = z.object({ version: z.string(), units: z.array(scorecard) });
export type DashboardScorecards = z.infer<typeof dashboardScorecards>;
/** A unit the scorecard's unit passed work on to: its sub-tasks (of the period's directives) and what it logged on them. */
export const subUnitProgress = z.object({
  unit: z.object({ id: z.number().int(), name: z.string(), shortName: z.string().nullable() }),
  tasks: taskCounts,
  items: z.object({ done: count, total: count }),
  activities: count,
});
export type SubUnitProgress = z.infer<typeof subUnitProgress>;
export const unitScorecard = scorecard.extend({ version: z.string(), subUnits: z.array(subUnitProgress) });
export type UnitScorecard = z.infer<typeof unitScorecard>;

export const chartsQuery = dashboardFilters.extend({ bucket: z.enum(['week', 'month']).default('month') });
export const dashboardCharts = z.object({
  version: z.string(),
  /** Cumulative to the end of each period (a week by its Monday, or a month): tasks issued, due, done, done on time. */
  progress: z.object({
    bucket: z.enum(['week', 'month']),
    rows: z.array(z.object({ period: z.string(), issued: count, due: count, done: count, doneOnTime: count })),
  }),
  /** Activities per month, one count per form in `forms` order. */
  activitiesByMonth: z.object({ forms: z.array(activityForm), rows: z.array(z.object({ month: z.string(), counts: z.array(count), total: count })) }),
  /** Province-level units (no district) first, as code null. */
  onTimeByDistrict: z.array(z.object({ districtCode: z.string().nullable(), districtName: z.string(), counts: taskCounts })),
});
export type DashboardCharts = z.infer<typeof dashboardCharts>;

export const drillMetrics = [
  'tasks',
  'tasks.on_time',
  'tasks.late',
  'tasks.overdue',
  'tasks.open',
  'tasks.not_received',
  'tasks.in_progress',
  'reports',
  'reports.submitted',
  'reports.accepted',
  'reports.awaiting_review',
  'reports.returned',
  'reports.overdue',
  'activities',
] as const;
export const drillQuery = dashboardFilters.extend({
  metric: z.enum(drillMetrics),
  /** A matrix cell, row or column; a unit user must name its own unit. */
  unitId: z.coerce.number().int().positive().optional(),
  directiveId: z.coerce.number().int().positive().optional(),
  /** Activities: one form (the by-form figures and charts). */
  form: activityForm.optional(),
  /** Tasks due (deadline) / done (completion day in Vietnam) within these days: the progress chart's points. */
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  doneFrom: isoDate.optional(),
  doneTo: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type DrillQuery = z.input<typeof drillQuery>;

const drillUnit = z.object({ id: z.number().int(), name: z.string(), shortName: z.string().nullable() });
export const drillTask = z.object({
  id: z.number().int(),
  directive: z.object({ id: z.number().int(), number: z.string().nullable(), symbol: z.string().nullable(), subject: z.string(), issuedOn: z.string().nullable() }),
  unit: drillUnit,
  deadline: z.string().nullable(),
  receivedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  state: taskState,
  itemsDone: count,
  itemsTotal: count,
  /** Late: days from deadline to completion; overdue: to today; otherwise 0. */
  daysLate: count,
});
export const drillReport = z.object({
  id: z.number().int(),
  requestId: z.number().int(),
  title: z.string(),
  unit: drillUnit,
  status: z.enum(['draft', 'submitted', 'returned', 'accepted']),
  deadline: z.string(),
  submittedAt: z.string().nullable(),
  submissions: count,
  overdue: z.boolean(),
});
export const drillActivity = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  unit: drillUnit,
  dateFrom: z.string(),
  form: z.string(),
  title: z.string(),
  quantity: z.number().nullable(),
  measure: z.string().nullable(),
});
const page = { metric: z.enum(drillMetrics), total: count, page: z.number().int(), limit: z.number().int() };
export const dashboardDrill = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tasks'), ...page, rows: z.array(drillTask) }),
  z.object({ kind: z.literal('reports'), ...page, rows: z.array(drillReport) }),
  z.object({ kind: z.literal('activities'), ...page, rows: z.array(drillActivity) }),
]);
export type DashboardDrill = z.infer<typeof dashboardDrill>;

export const dashboardOptions = z.object({
  issuers: z.array(z.string()),
  districts: z.array(z.object({ code: z.string(), name: z.string() })),
  kinds: z.array(unitKind),
  /** First and last day a published directive was issued on. */
  issued: z.object({ first: z.string(), last: z.string() }).nullable(),
});
export type DashboardOptions = z.infer<typeof dashboardOptions>;
export const dashboardVersion = z.object({ version: z.string() });
export type DashboardVersion = z.infer<typeof dashboardVersion>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.number().int(), username: z.string(), fullName: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
