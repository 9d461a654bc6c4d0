/**
 * "Hoàn thành tất cả": a unit declares its whole task done in one step, as units do when they
 * report back that a directive has been carried out. Every item not yet finished becomes done,
 * and the task's counters, its receipt and one audit entry naming the items commit together.
 */
import { and, eq, inArray, not, sql } from 'drizzle-orm';
import type { TaskWithItems } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { taskItems } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { DONE, getTask, markReceived, refreshCounts, requireWorker } from './service';

export function completeTask(db: Db, clock: Clock, actor: Actor, taskId: number): TaskWithItems {
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const t = requireWorker(tx, actor, taskId);
    // Only items still open change: an item marked "không áp dụng" keeps its status and reason.
    const changed = tx
      .update(taskItems)
      .set({ status: 'done', reason: null, updatedAt: now, updatedById: actor.userId, version: sql`${taskItems.version} + 1` })
      .where(and(eq(taskItems.taskId, taskId), not(inArray(taskItems.status, [...DONE]))))
      .returning({ id: taskItems.id })
      .all();
    if (changed.length === 0) throw new AppError(409, 'ALREADY_DONE', 'Nhiệm vụ này đã hoàn thành hết các nội dung');
    markReceived(tx, actor, now, t);
    refreshCounts(tx, taskId, now);
    writeAudit(tx, actor, now, {
      action: 'task.complete',
      entityType: 'task',
      entityId: taskId,
      directiveId: t.directiveId,
      unitId: t.unitId,
      after: { itemIds: changed.map((c) => c.id), status: 'done' },
    });
    return getTask(tx, clock, actor, taskId);
  });
}
