import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { taskItems, tasks, units, users } from '../src/db/schema/index';
import type { Actor } from '../src/lib/actor';
import type { Clock } from '../src/lib/clock';
import { delegateItems } from '../src/modules/delegation/service';

/**
 * `ratio`: the figure against the bare Fastify route measured in the same run (see `ratioTo`):
 * throughput as a fraction of the bare route's req/s, time as a multiple of the bare route's
 * latency. `peer`: Redmine's figure for the same workload and ours divided by it.
 * `ok` is null for figures shown for information (no budget applies) or not measured (value null).
 */
export type Result = {
  name: string;
  value: number | null;
  unit: string;
  budget: number | null;
  ok: boolean | null;
  ratio: number | null;
  ratioTo: string | null;
  peer?: Peer;
  note?: string;
};

/** Which bare-route figure a figure is divided by. */
export type Ref = 'rps' | 'seq50' | 'seq95' | 'seq99' | 'load50' | 'load95' | 'load99' | 'none';
export type Peer = { redmine: number | null; oursOverRedmine: number | null; note?: string };
export type RecordOpts = { ref?: Ref; peer?: Peer; note?: string; info?: boolean };
export type RecordFn = (name: string, value: number | null, unit: string, budget: number | null, lowerIsBetter?: boolean, opts?: RecordOpts) => void;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)] ?? NaN;
}

export function actorForUsername(db: Db, username: string): Actor {
  const u = db.select().from(users).where(eq(users.username, username)).get();
  if (!u) throw new Error(`no user ${username}`);
  return { userId: u.id, username: u.username, role: u.role, unitId: u.unitId, isHead: u.isHead };
}

/**
 * On the demo data: Hữu Lũng's culture office passes the first four items of its task on to its
 * Trung tâm and its 24 commune stations (25 sub-units). Its actor, its task, the task's items and
 * the sub-tasks.
 */
export function delegateHuuLung(db: Db, clock: Clock) {
  const office = actorForUsername(db, 'vhtt.huulung');
  const task = db
    .select({ id: tasks.id, directiveId: tasks.directiveId })
    .from(tasks)
    .where(and(eq(tasks.unitId, office.unitId ?? -1), isNull(tasks.parentTaskId)))
    .get();
  if (!task) throw new Error('Hữu Lũng task missing');
  const items = db.select().from(taskItems).where(eq(taskItems.taskId, task.id)).all();
  const receivers = db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.parentId, office.unitId ?? -1), inArray(units.kind, ['district_culture_centre', 'commune_radio'])))
    .all();
  if (receivers.length !== 25) throw new Error(`expected 25 sub-units, got ${receivers.length}`);
  delegateItems(db, clock, office, task.id, { itemIds: items.slice(0, 4).map((i) => i.id), unitIds: receivers.map((u) => u.id) });
  const subs = db.select({ id: tasks.id, unitId: tasks.unitId }).from(tasks).where(eq(tasks.parentTaskId, task.id)).all();
  return { office, task, items, subs };
}
