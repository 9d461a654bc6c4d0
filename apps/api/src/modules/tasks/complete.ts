/**
 * "Hoàn thành tất cả": a unit declares its whole task done in one step, as units do when they
 * report back that a directive has been carried out. Every item not yet finished becomes done,
 * and the task's counters, its receipt and one audit entry naming the items commit together.
 */
import type { TaskWithItems } from '@dondoc/schemas';
import { transact, type Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { DONE_SQL, getTask, markReceived, refreshCounts, requireWorker } from './service';

export function completeTask(db: Db, clock: Clock, actor: Actor, taskId: number): TaskWithItems {
  const now = clock.now().toISOString();
  return transact(db, () => {
    const t = requireWorker(db, actor, taskId);
    // Only items still open change: an item marked "không áp dụng" keeps its status and reason.
    const changed = db.$client
      .prepare<[string, number, number], number>(
        `update task_items set status = 'done', reason = null, updated_at = ?, updated_by_id = ?, version = version + 1 where task_id = ? and status not in (${DONE_SQL}) returning id`,
      )
      .pluck()
      .all(now, actor.userId, taskId);
    if (changed.length === 0) throw new AppError(409, 'ALREADY_DONE', 'Nhiệm vụ này đã hoàn thành hết các nội dung');
    markReceived(db, actor, now, t);
    refreshCounts(db, taskId, now);
    writeAudit(db, actor, now, {
      action: 'task.complete',
      entityType: 'task',
      entityId: taskId,
      directiveId: t.directiveId,
      unitId: t.unitId,
      after: { itemIds: changed, status: 'done' },
    });
    return getTask(db, clock, actor, taskId);
  });
}
