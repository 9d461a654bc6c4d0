import { desc, eq } from 'drizzle-orm';
import type { AuditEntry } from '@dondoc/schemas';
import { sqliteOf, type Conn, type Db } from '../../db/client';
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

const INSERT = `insert into audit_log (at, actor_id, action, entity_type, entity_id, directive_id, unit_id, before, after) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`;
/** The json columns as drizzle writes them: JSON text, or NULL for no value. */
const json = (v: unknown) => (v == null ? null : JSON.stringify(v));

/** Must be called inside the transaction of the write it records. Plain SQL: every write passes here. */
export function writeAudit(tx: Conn, actor: Actor | null, at: string, e: AuditInput): void {
  sqliteOf(tx)
    .prepare(INSERT)
    .run(at, actor?.userId ?? null, e.action, e.entityType, e.entityId, e.directiveId ?? null, e.unitId ?? null, json(e.before), json(e.after));
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
