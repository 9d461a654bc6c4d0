import { sql, type SQL } from 'drizzle-orm';
import type { Conn } from '../../db/client';
import { activities } from '../../db/schema/index';
import { isDepartment, type Actor } from '../../lib/actor';

/**
 * The ids of a unit's tasks and of every sub-task down the chain it delegated (its sub-units'
 * sub-tasks, theirs, …), as a subquery: the tasks whose activities add up for the unit.
 */
export function delegatedChain(unitId: number): SQL {
  return sql`with recursive chain(id) as (select c0.id from tasks c0 where c0.unit_id = ${unitId} union select c1.id from tasks c1 join chain on c1.parent_task_id = chain.id) select id from chain`;
}

/**
 * Which activities count in an actor's totals and history, as a condition on `activities`:
 * - the department (staff, leader, admin): every activity — sub-units' included (undefined: no condition);
 * - a unit: those logged on its own tasks and, unless `ownOnly`, on every sub-task down the chain
 *   it delegated (its sub-units' work counts in its totals), never its parent's or siblings'.
 *
 * Goes by the task an activity was logged on, not by the unit that logged it: a commune station's
 * work for another directive it received directly does not count for the district office.
 */
export function activityScope(actor: Actor, opts: { ownOnly?: boolean } = {}): SQL | undefined {
  if (isDepartment(actor)) return undefined;
  const unitId = actor.unitId ?? -1;
  if (opts.ownOnly) return sql`${activities.taskId} in (select t0.id from tasks t0 where t0.unit_id = ${unitId})`;
  return sql`${activities.taskId} in (${delegatedChain(unitId)})`;
}

/**
 * The units whose activities count for the actor: its own and every unit holding a sub-task down
 * the chain it delegated (for a unit filter or a "by unit" breakdown). null = the department: all.
 * Prefer `activityScope` to filter activities: a unit listed here may also have work of its own
 * that does not belong to the actor.
 */
export function activityScopeUnits(db: Conn, actor: Actor): number[] | null {
  if (isDepartment(actor)) return null;
  const unitId = actor.unitId ?? -1;
  const rows = db.all<{ unitId: number }>(sql`select distinct t.unit_id as unitId from tasks t where t.id in (${delegatedChain(unitId)})`);
  return [...new Set([unitId, ...rows.map((r) => r.unitId)])];
}
