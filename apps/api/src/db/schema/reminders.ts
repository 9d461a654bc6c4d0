import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** In-app notifications (the bell); email copies are logged in email_log. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    /** An in-app path, e.g. /tasks/12 or /reports/3. */
    link: text('link'),
    entityType: text('entity_type'),
    entityId: integer('entity_id'),
    createdAt: text('created_at').notNull(),
    readAt: text('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.id)],
);

/**
 * The ledger of reminders sent: one row per (subject, stage), unique, written in the same
 * transaction as the notifications — so a reminder is never sent twice, across restarts too.
 */
export const reminderLog = sqliteTable('reminder_log', {
  /** e.g. "task:12:before" / "task:12:due" / "task:12:overdue:2021-02-09" / "report:7:escalate". */
  key: text('key').primaryKey(),
  subjectType: text('subject_type', { enum: ['task', 'report'] }).notNull(),
  subjectId: integer('subject_id').notNull(),
  stage: text('stage', { enum: ['before', 'due', 'overdue', 'escalate', 'manual'] }).notNull(),
  /** The working day the reminder belongs to. */
  day: text('day').notNull(),
  sentAt: text('sent_at').notNull(),
  recipients: integer('recipients').notNull(),
});

/** Outgoing email: sent through SMTP when configured, else written to the log; kept either way. */
export const emailLog = sqliteTable(
  'email_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'logged', 'failed'] }).notNull(),
    error: text('error'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
  },
  (t) => [index('email_log_status_idx').on(t.status, t.id)],
);

/** Days off and swapped working days; seeded for 2020–2030, admins adjust announced swaps. */
export const holidays = sqliteTable('holidays', {
  date: text('date').primaryKey(),
  /** 'off': a public holiday or a swapped day off; 'work': a weekend day made a working day. */
  kind: text('kind', { enum: ['off', 'work'] }).notNull(),
  name: text('name').notNull(),
  source: text('source', { enum: ['builtin', 'admin'] }).notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Small persistent state of background jobs (e.g. the scheduler's last completed pass). */
export const jobState = sqliteTable('job_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
