import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { directives } from './directives';
import { units } from './units';
import { users } from './users';

/**
 * A BÁO CÁO the department drafts from a directive's results (Decree 30/2020 layout): staff edit
 * the narrative, the number and the signer before exporting it as .docx or .pdf.
 */
export const summaryReports = sqliteTable(
  'summary_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    directiveId: integer('directive_id')
      .notNull()
      .references(() => directives.id),
    /** "15" in "Số: 15/BC-STTTT"; null until the report is numbered. */
    number: text('number'),
    symbol: text('symbol').notNull(),
    place: text('place').notNull(),
    date: text('date').notNull(),
    subject: text('subject').notNull(),
    /** Narrative sections in order: { key, title, body } the staff member edits. */
    sections: text('sections', { mode: 'json' }).$type<{ key: string; title: string; body: string }[]>().notNull(),
    signer: text('signer', { mode: 'json' }).$type<{ authority: string | null; title: string; name: string }>().notNull(),
    recipients: text('recipients', { mode: 'json' }).$type<string[]>().notNull(),
    createdById: integer('created_by_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(0),
  },
  (t) => [index('summary_reports_directive_idx').on(t.directiveId)],
);

/** A long export running in the background: progress while it runs, the file when it is done. */
export const exportJobs = sqliteTable(
  'export_jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Random id the client polls with (not guessable, not sequential). */
    token: text('token').notNull().unique(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** For a unit user: the unit whose data it is limited to. */
    unitId: integer('unit_id').references(() => units.id),
    kind: text('kind').notNull(),
    format: text('format', { enum: ['xlsx', 'docx', 'pdf', 'csv'] }).notNull(),
    params: text('params', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull(),
    /** 0–100. */
    progress: integer('progress').notNull().default(0),
    fileName: text('file_name'),
    sha256: text('sha256'),
    size: integer('size'),
    error: text('error'),
    createdAt: text('created_at').notNull(),
    finishedAt: text('finished_at'),
  },
  (t) => [index('export_jobs_user_idx').on(t.userId, t.id)],
);
