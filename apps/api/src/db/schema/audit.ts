import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id'),
    /** The directive the change belongs to, so a directive's trail is one indexed read. */
    directiveId: integer('directive_id'),
    unitId: integer('unit_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  (t) => [index('audit_directive_idx').on(t.directiveId, t.id), index('audit_entity_idx').on(t.entityType, t.entityId)],
);
