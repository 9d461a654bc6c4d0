import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import { unitKinds, type Dashboard } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { directives, tasks, units } from '../../db/schema/index';
import { isDepartment, type Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { forbidden } from '../../lib/errors';
import { taskState } from '../tasks/state';

/** unitKinds is ordered: department first, then province-level media, then district and commune levels. */
const KIND_ORDER: readonly string[] = unitKinds;

/** Directives × units, one cell per task: the department's v0 view of who has done what. */
export function dashboard(db: Db, clock: Clock, actor: Actor, q: { from?: string | undefined; to?: string | undefined }): Dashboard {
  if (!isDepartment(actor)) throw forbidden('Bảng theo dõi dành cho Sở và lãnh đạo');
  const today = todayVn(clock);
  const period = and(eq(directives.status, 'published'), q.from ? gte(directives.issuedOn, q.from) : undefined, q.to ? lte(directives.issuedOn, q.to) : undefined);
  const ds = db
    .select({ id: directives.id, number: directives.number, symbol: directives.symbol, subject: directives.subject, issued: directives.issued })
    .from(directives)
    .where(period)
    .orderBy(directives.issuedOn, directives.id)
    .all();
  const rows = db
    .select({
      taskId: tasks.id,
      directiveId: tasks.directiveId,
      unitId: tasks.unitId,
      itemsDone: tasks.itemsDone,
      itemsTotal: tasks.itemsTotal,
      completedAt: tasks.completedAt,
      deadline: tasks.deadline,
      receivedAt: tasks.receivedAt,
      unitName: units.name,
      unitShortName: units.shortName,
      kind: units.kind,
      districtName: units.districtName,
      districtCode: units.districtCode,
    })
    .from(tasks)
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .innerJoin(units, eq(units.id, tasks.unitId))
    // Sub-tasks are not extra columns: the department opens them through the delegating task's roll-up.
    .where(and(period, isNull(tasks.parentTaskId)))
    .all();
  const unitMap = new Map<number, Dashboard['units'][number] & { districtCode: string | null }>();
  const totals = { directives: ds.length, tasks: rows.length, done: 0, overdue: 0, notReceived: 0, inProgress: 0 };
  const cells = rows.map((r) => {
    if (!unitMap.has(r.unitId)) {
      unitMap.set(r.unitId, { id: r.unitId, name: r.unitName, shortName: r.unitShortName, kind: r.kind as never, districtName: r.districtName, districtCode: r.districtCode });
    }
    const state = taskState(r, today);
    if (state === 'done' || state === 'done_late') totals.done += 1;
    else if (state === 'overdue') totals.overdue += 1;
    else if (state === 'not_received') totals.notReceived += 1;
    else totals.inProgress += 1;
    return { directiveId: r.directiveId, unitId: r.unitId, taskId: r.taskId, itemsDone: r.itemsDone, itemsTotal: r.itemsTotal, state };
  });
  const unitList = [...unitMap.values()].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.districtCode ?? '').localeCompare(b.districtCode ?? '') ||
      a.name.localeCompare(b.name, 'vi'),
  );
  return {
    directives: ds.map((d) => ({ ...d, issued: d.issued ?? null })),
    units: unitList.map(({ districtCode: _dc, ...u }) => u),
    cells,
    totals,
  };
}
