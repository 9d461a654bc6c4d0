import { desc, eq } from 'drizzle-orm';
import type { AuditEntry } from '@dondoc/schemas';
import type { Db, Tx } from '../../db/client';
import { auditLog, users } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';

export type AuditInput = {
  action: string;
  entityType: string;
  entityId: number | null;
  directiveId?: number | null;
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
};

/** Must be called inside the transaction of the write it records. */
export function writeAudit(tx: Tx, actor: Actor | null, at: string, e: AuditInput): void {
  tx.insert(auditLog)
    .values({
      at,
      actorId: actor?.userId ?? null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      directiveId: e.directiveId ?? null,
      unitId: e.unitId ?? null,
      before: e.before ?? null,
      after: e.after ?? null,
    })
    .run();
}

export function directiveAudit(db: Db, directiveId: number): AuditEntry[] {
  const rows = db
    .select({ a: auditLog, u: { id: users.id, username: users.username, fullName: users.fullName } })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(eq(auditLog.directiveId, directiveId))
    .orderBy(desc(auditLog.id))
    .limit(1000)
    .all();
  return rows.map(({ a, u }) => ({
    id: a.id,
    at: a.at,
    actor: u && u.id != null ? { id: u.id, username: u.username, fullName: u.fullName } : null,
    action: a.action,
    entityType: a.entityType,
    entityId: a.entityId,
    before: a.before,
    after: a.after,
  }));
}
