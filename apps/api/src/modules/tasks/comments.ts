import { eq } from 'drizzle-orm';
import type { Comment } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { taskComments, users } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { writeAudit } from '../audit/service';
import { getTask } from './service';

/** Anyone who may see a task may comment on it, the leader included. */
export function listComments(db: Db, clock: Clock, actor: Actor, taskId: number): Comment[] {
  getTask(db, clock, actor, taskId);
  return db
    .select({ c: taskComments, a: { id: users.id, fullName: users.fullName, role: users.role } })
    .from(taskComments)
    .innerJoin(users, eq(users.id, taskComments.authorId))
    .where(eq(taskComments.taskId, taskId))
    .orderBy(taskComments.id)
    .all()
    .map(({ c, a }) => ({ id: c.id, author: a, body: c.body, createdAt: c.createdAt }));
}

export function addComment(db: Db, clock: Clock, actor: Actor, taskId: number, body: string): Comment {
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const task = getTask(tx, clock, actor, taskId);
    const row = tx.insert(taskComments).values({ taskId, authorId: actor.userId, body, createdAt: now }).returning().get();
    writeAudit(tx, actor, now, { action: 'task.comment', entityType: 'task_comment', entityId: row.id, directiveId: task.directive.id, unitId: task.unit.id, after: { body } });
    const author = tx.select({ id: users.id, fullName: users.fullName, role: users.role }).from(users).where(eq(users.id, actor.userId)).get();
    return { id: row.id, author: author ?? { id: actor.userId, fullName: actor.username, role: actor.role }, body, createdAt: now };
  });
}
