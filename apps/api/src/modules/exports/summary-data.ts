/**
 * One directive's results, read for its BÁO CÁO: each unit's task (state, items done, its and its
 * sub-units' activities), each part of the directive (how many units finished it, the activities
 * logged against it), and each unit's report when the department asked for one. A fixed number
 * of aggregate queries, all through the directive's tasks (indexed by directive).
 */
import { eq, sql } from 'drizzle-orm';
import type { SummaryFigureRow, SummaryFigures, TaskState } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { directives } from '../../db/schema/index';
import { taskState } from '../tasks/state';
import { byUnitOrder, isArticles } from './figures';

export type DirectiveRow = typeof directives.$inferSelect;
export type FormTotal = { form: string; measure: string | null; count: number; quantity: number | null };
export type UnitResult = {
  unitId: number;
  name: string;
  shortName: string | null;
  kind: string;
  districtName: string | null;
  state: TaskState;
  itemsDone: number;
  itemsTotal: number;
  deadline: string | null;
  completedAt: string | null;
  activities: number;
  articles: number;
  reach: number;
  byForm: FormTotal[];
  report: SummaryFigureRow['report'];
};
export type PartResult = {
  key: string;
  /** The directive's part the item sits under ("1", "2"…; "cc" for a duty given in Nơi nhận). */
  group: string;
  section: string | null;
  title: string;
  units: number;
  done: number;
  activities: number;
  byForm: FormTotal[];
};
export type DirectiveResults = {
  directive: DirectiveRow;
  units: UnitResult[];
  parts: PartResult[];
  /** Units that received work passed on by the units addressed (district centres, commune stations…). */
  subUnits: number;
  /** Whether the department asked the units for a report on this directive. */
  reportsAsked: boolean;
  today: string;
};

const DONE_STATES = sql.raw(`('done', 'not_applicable')`);

export function directiveResults(db: Conn, directiveId: number, today: string): DirectiveResults | null {
  const directive = db.select().from(directives).where(eq(directives.id, directiveId)).get();
  if (!directive) return null;
  const tasks = db.all<{ id: number; unitId: number; name: string; shortName: string | null; kind: string; districtName: string | null; deadline: string | null; completedAt: string | null; receivedAt: string | null; itemsDone: number; itemsTotal: number }>(sql`
    select t.id as id, t.unit_id as unitId, u.name as name, u.short_name as shortName, u.kind as kind, u.district_name as districtName,
      t.deadline as deadline, t.completed_at as completedAt, t.received_at as receivedAt, t.items_done as itemsDone, t.items_total as itemsTotal
    from tasks t join units u on u.id = t.unit_id
    where t.directive_id = ${directiveId} and t.parent_task_id is null`);
  // Activities of each top-level task and of the sub-tasks it passed on, under the top-level task's unit.
  const unitForms = db.all<FormTotal & { unitId: number; reach: number | null }>(sql`
    with recursive root(id, unit_id) as (
      select t.id, t.unit_id from tasks t where t.directive_id = ${directiveId} and t.parent_task_id is null
      union select c.id, root.unit_id from tasks c join root on c.parent_task_id = root.id)
    select root.unit_id as unitId, a.form as form, a.measure as measure, count(*) as count, sum(a.quantity) as quantity, sum(a.reach) as reach
    from activities a join root on root.id = a.task_id
    where a.deleted_at is null
    group by root.unit_id, a.form, a.measure`);
  const items = db.all<{ key: string; section: string | null; title: string; units: number; done: number }>(sql`
    select ti.part_key as key, min(ti.section) as section, min(ti.title) as title, count(*) as units, sum(ti.status in ${DONE_STATES}) as done
    from task_items ti join tasks t on t.id = ti.task_id
    where t.directive_id = ${directiveId} and t.parent_task_id is null
    group by ti.part_key`);
  // Sub-task items carry the part key of the item they were passed on from.
  const partForms = db.all<FormTotal & { key: string }>(sql`
    select ti.part_key as key, a.form as form, a.measure as measure, count(distinct a.id) as count, sum(a.quantity) as quantity
    from activities a join tasks t on t.id = a.task_id
      join activity_items ai on ai.activity_id = a.id join task_items ti on ti.id = ai.task_item_id
    where t.directive_id = ${directiveId} and a.deleted_at is null
    group by ti.part_key, a.form, a.measure`);
  // Each unit's report in the directive's latest request that asked it for one.
  const reports = db.all<{ unitId: number; status: string; submissions: number }>(sql`
    select r.unit_id as unitId, r.status as status, r.submissions as submissions
    from reports r join report_requests q on q.id = r.request_id
    where q.directive_id = ${directiveId} and q.status <> 'draft'
    order by q.id`);

  const subUnits =
    db.get<{ n: number }>(sql`select count(distinct t.unit_id) as n from tasks t where t.directive_id = ${directiveId} and t.parent_task_id is not null`)?.n ?? 0;

  const reportBy = new Map<number, SummaryFigureRow['report']>();
  for (const r of reports) {
    reportBy.set(r.unitId, r.status === 'accepted' ? 'accepted' : r.status === 'returned' ? 'returned' : r.status === 'submitted' ? 'submitted' : 'missing');
  }
  const formsBy = new Map<number, (FormTotal & { unitId: number; reach: number | null })[]>();
  for (const f of unitForms) formsBy.set(f.unitId, [...(formsBy.get(f.unitId) ?? []), f]);

  const byUnit = new Map<number, UnitResult>();
  for (const t of tasks) {
    const state = taskState(t, today);
    const had = byUnit.get(t.unitId);
    if (had) {
      // A merger left the unit two tasks: add them up, keep the worse state.
      had.itemsDone += t.itemsDone;
      had.itemsTotal += t.itemsTotal;
      if (WORST.indexOf(state) < WORST.indexOf(had.state)) had.state = state;
      continue;
    }
    const forms = formsBy.get(t.unitId) ?? [];
    byUnit.set(t.unitId, {
      unitId: t.unitId,
      name: t.name,
      shortName: t.shortName,
      kind: t.kind,
      districtName: t.districtName,
      state,
      itemsDone: t.itemsDone,
      itemsTotal: t.itemsTotal,
      deadline: t.deadline,
      completedAt: t.completedAt,
      activities: forms.reduce((s, f) => s + f.count, 0),
      articles: round2(forms.reduce((s, f) => s + (isArticles(f.measure) ? (f.quantity ?? 0) : 0), 0)),
      reach: forms.reduce((s, f) => s + (f.reach ?? 0), 0),
      byForm: forms.map(({ reach: _r, unitId: _u, ...f }) => f as FormTotal),
      report: reportBy.get(t.unitId) ?? 'none',
    });
  }
  const partFormsBy = new Map<string, FormTotal[]>();
  for (const f of partForms) partFormsBy.set(f.key, [...(partFormsBy.get(f.key) ?? []), f]);
  const parts = items
    .map((i) => {
      const forms = partFormsBy.get(i.key) ?? [];
      return { ...i, group: i.key.split('.')[0] ?? i.key, activities: forms.reduce((s, f) => s + f.count, 0), byForm: forms };
    })
    .sort((a, b) => comparePartKeys(a.key, b.key));
  return { directive, units: [...byUnit.values()].sort(byUnitOrder), parts, subUnits, reportsAsked: reports.length > 0, today };
}

/** "1.2" before "1.10", numbered parts before the duties given in Nơi nhận ("cc.5"). */
export function comparePartKeys(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : Infinity;
    const ny = /^\d+$/.test(y) ? Number(y) : Infinity;
    return nx - ny || x.localeCompare(y);
  }
  return 0;
}

export function figuresOf(r: DirectiveResults): SummaryFigures {
  const rows: SummaryFigureRow[] = r.units.map((u) => ({
    unitId: u.unitId,
    unitName: u.name,
    itemsDone: u.itemsDone,
    itemsTotal: u.itemsTotal,
    state: u.state,
    activities: u.activities,
    articles: u.articles,
    report: u.report,
  }));
  return {
    asOf: r.today,
    rows,
    totals: {
      units: rows.length,
      done: rows.filter((x) => x.state === 'done' || x.state === 'done_late').length,
      overdue: rows.filter((x) => x.state === 'overdue').length,
      activities: rows.reduce((s, x) => s + x.activities, 0),
      articles: round2(rows.reduce((s, x) => s + x.articles, 0)),
      reported: rows.filter((x) => x.report === 'submitted' || x.report === 'accepted').length,
    },
  };
}

const WORST: readonly TaskState[] = ['overdue', 'not_received', 'in_progress', 'done_late', 'done'];
const round2 = (n: number) => Math.round(n * 100) / 100;
