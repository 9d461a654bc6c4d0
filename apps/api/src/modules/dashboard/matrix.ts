import { and, desc, eq, exists, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { MATRIX_CODES, MATRIX_NO_TASK, MATRIX_STATES, unitKinds, type DashboardMatrix, type DashboardUnit, type matrixQuery, type TaskState, type UnitKind } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { directives, tasks, units } from '../../db/schema/index';
import { addState, countsOf, directiveConditions, emptyTally, filtersUnits, stateCondition, taskStateSql, topLevel, unitConditions, type StateTally } from './definitions';

export type MatrixParams = z.output<typeof matrixQuery>;

const KIND_ORDER: readonly string[] = unitKinds;
const collator = new Intl.Collator('vi');
/** When a unit holds two tasks of one directive (after a merger), its cell shows the worse. */
const SEVERITY: Record<TaskState, number> = { overdue: 5, not_received: 4, in_progress: 3, done_late: 2, done: 1 };
const CODE_STATE = new Map<string, TaskState>(Object.entries(MATRIX_CODES).map(([state, code]) => [code, state as TaskState]));
const PROVINCE = 'Cấp tỉnh';

const tallyOf = (t: StateTally) => MATRIX_STATES.map((s) => t[s]);

type Row = DashboardUnit & { tally: StateTally; cells: string[] };

/** Directory order: the department first, then province-level media, then districts (by name), then the unit's name. */
const directoryOrder = (a: Row, b: Row) =>
  KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || collator.compare(a.districtName ?? '', b.districtName ?? '') || collator.compare(a.name, b.name);

function comparator(sort: MatrixParams['sort'], order: MatrixParams['order']): (a: Row, b: Row) => number {
  if (!sort) return directoryOrder;
  const dir = order === 'desc' ? -1 : order === 'asc' ? 1 : ['overdue', 'late', 'open', 'done'].includes(sort) ? -1 : 1;
  const key: (r: Row) => number | string | null = {
    name: (r: Row) => r.name,
    district: (r: Row) => r.districtName ?? '',
    kind: (r: Row) => KIND_ORDER.indexOf(r.kind),
    on_time_rate: (r: Row) => countsOf(r.tally).onTimeRate,
    overdue: (r: Row) => r.tally.overdue,
    late: (r: Row) => r.tally.done_late,
    open: (r: Row) => r.tally.in_progress + r.tally.not_received,
    done: (r: Row) => r.tally.done + r.tally.done_late,
  }[sort];
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    // No rate (nothing due yet) sorts last whichever the direction.
    if (x === null || y === null) return x === y ? directoryOrder(a, b) : x === null ? 1 : -1;
    const d = typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number);
    return d * dir || directoryOrder(a, b);
  };
}

/**
 * Directives × units for the filters: directives are the columns (newest first, a page at a
 * time), every unit addressed by one of them a row, each cell one character (MATRIX_CODES).
 * 200 units × 100 directives is 20,000 characters, not 20,000 objects.
 */
export function matrix(db: Conn, today: string, q: MatrixParams, version: string): DashboardMatrix {
  const state = q.state ? stateCondition(q.state, today) : undefined;
  // Columns: the directives with at least one task for the units (and in the state) asked.
  const needsTask = filtersUnits(q) || state;
  const where = and(
    directiveConditions(q),
    needsTask
      ? exists(
          db
            .select({ one: sql`1` })
            .from(tasks)
            .innerJoin(units, eq(units.id, tasks.unitId))
            .where(and(eq(tasks.directiveId, directives.id), topLevel, unitConditions(q), state)),
        )
      : undefined,
  );
  const total = db.select({ n: sql<number>`count(*)` }).from(directives).where(where).get()?.n ?? 0;
  const columns = db
    .select({ id: directives.id, number: directives.number, symbol: directives.symbol, subject: directives.subject, issuer: directives.issuer, issuedOn: directives.issuedOn, deadline: directives.dueDate })
    .from(directives)
    .where(where)
    .orderBy(desc(directives.issuedOn), desc(directives.id))
    .limit(q.limit)
    .offset((q.page - 1) * q.limit)
    .all();
  const column = new Map(columns.map((c, i) => [c.id, i]));
  const cellRows = columns.length
    ? db
        .select({
          directiveId: tasks.directiveId,
          state: taskStateSql(today),
          unitId: units.id,
          name: units.name,
          shortName: units.shortName,
          kind: units.kind,
          districtCode: units.districtCode,
          districtName: units.districtName,
        })
        .from(tasks)
        .innerJoin(units, eq(units.id, tasks.unitId))
        .where(and(inArray(tasks.directiveId, [...column.keys()]), topLevel, unitConditions(q)))
        .all()
    : [];

  const rowsById = new Map<number, Row>();
  const columnTally = columns.map(() => emptyTally());
  const totals = emptyTally();
  for (const c of cellRows) {
    let row = rowsById.get(c.unitId);
    if (!row) {
      row = { id: c.unitId, name: c.name, shortName: c.shortName, kind: c.kind as UnitKind, districtCode: c.districtCode, districtName: c.districtName, tally: emptyTally(), cells: Array<string>(columns.length).fill(MATRIX_NO_TASK) };
      rowsById.set(c.unitId, row);
    }
    const i = column.get(c.directiveId) as number;
    const s = c.state as TaskState;
    const before = CODE_STATE.get(row.cells[i] as string);
    if (!before || SEVERITY[s] > SEVERITY[before]) row.cells[i] = MATRIX_CODES[s];
    addState(row.tally, s);
    addState(columnTally[i] as StateTally, s);
    addState(totals, s);
  }

  let rows = [...rowsById.values()];
  if (q.state) rows = rows.filter((r) => r.tally[q.state as TaskState] > 0);
  const byRow = comparator(q.sort, q.order);
  const groupOf = (r: Row) => (q.groupBy === 'district' ? r.districtCode ?? 'none' : q.groupBy === 'kind' ? r.kind : null);
  const groupOrder = (a: Row, b: Row) => {
    if (q.groupBy === 'kind') return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
    if (q.groupBy === 'district') return a.districtCode === b.districtCode ? 0 : a.districtCode === null ? -1 : b.districtCode === null ? 1 : collator.compare(a.districtName ?? '', b.districtName ?? '') || (a.districtCode < b.districtCode ? -1 : 1);
    return 0;
  };
  rows.sort((a, b) => groupOrder(a, b) || byRow(a, b));

  let groups: DashboardMatrix['groups'] = null;
  if (q.groupBy) {
    groups = [];
    const tallies: StateTally[] = [];
    rows.forEach((r, i) => {
      const key = groupOf(r) as string;
      const last = groups?.[groups.length - 1];
      if (!last || last.key !== key) {
        groups?.push({ key, label: q.groupBy === 'district' ? r.districtName ?? PROVINCE : r.kind, start: i, count: 0, counts: countsOf(emptyTally()) });
        tallies.push(emptyTally());
      }
      const g = groups?.[groups.length - 1];
      if (g) g.count += 1;
      const t = tallies[tallies.length - 1] as StateTally;
      for (const [s, n] of Object.entries(r.tally)) addState(t, s, n);
    });
    groups.forEach((g, i) => (g.counts = countsOf(tallies[i] as StateTally)));
  }

  return {
    version,
    directives: { total, page: q.page, limit: q.limit, items: columns.map((c, i) => ({ ...c, tally: tallyOf(columnTally[i] as StateTally) })) },
    rows: rows.map((r) => {
      const { tally, cells, ...u } = r;
      return { ...u, group: groupOf(r), cells: cells.join(''), tally: tallyOf(tally) };
    }),
    groups,
    totals: countsOf(totals),
  };
}
