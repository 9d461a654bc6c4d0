import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { units } from './units';

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  fullName: text('full_name').notNull(),
  role: text('role', { enum: ['admin', 'staff', 'leader', 'unit'] }).notNull(),
  unitId: integer('unit_id').references(() => units.id),
  isHead: integer('is_head', { mode: 'boolean' }).notNull().default(false),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  email: text('email'),
  /** The user turned email reminders off (in-app notifications always stay). */
  emailOff: integer('email_off', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
});

/** Server-side sessions: the cookie carries a random token, the table keeps only its SHA-256. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
