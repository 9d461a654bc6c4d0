/**
 * The two lists read most (a unit's worklist, a directive's tasks per unit), computed once per
 * version of the data for each scope that sees the same rows (the department, or one unit) and
 * kept as checked, serialised JSON: a unit's home page polled by many users, or a directive's
 * progress watched by the department, costs one computation until something is written
 * (decision 0013). Errors (not found) are not kept.
 */
import { listOf, taskSummary, taskWithItems } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { isDepartment, type Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { dataVersion, VersionedCache } from '../../lib/data-version';
import { directiveTasks, listTasks } from './service';

type Filter = Parameters<typeof listTasks>[3];

const summaries = listOf(taskSummary);
const withItems = listOf(taskWithItems);

export function cachedTaskLists(db: Db, clock: Clock, capacity = 500) {
  const cache = new VersionedCache(capacity);
  const scope = (actor: Actor) => (isDepartment(actor) ? 'department' : `unit:${actor.unitId ?? 0}`);
  return {
    worklist(actor: Actor, filter: Filter): string {
      const { version } = dataVersion(db, clock);
      return cache.get(version, `${scope(actor)}|tasks|${filter}`, () => JSON.stringify(summaries.parse({ items: listTasks(db, clock, actor, filter) })));
    },
    ofDirective(actor: Actor, directiveId: number): string {
      const { version } = dataVersion(db, clock);
      return cache.get(version, `${scope(actor)}|directive|${directiveId}`, () => JSON.stringify(withItems.parse({ items: directiveTasks(db, clock, actor, directiveId) })));
    },
  };
}
