import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { directives } from './directives';
import { units } from './units';
import { users } from './users';

/** A section of a report's outline (đề cương): what the unit writes about. */
export type OutlineSection = { key: string; title: string; prompt: string | null };

/**
 * A figure the unit fills in (biểu mẫu số liệu). A number field may name the activity forms
 * and measure whose quantities prefill it (e.g. "Số tin, bài" ← báo in, báo điện tử in tin/bài).
 */
export type FigureField = {
  key: string;
  name: string;
  type: 'number' | 'text' | 'choice';
  unit: string | null;
  choices: string[] | null;
  /** Prefill: sum the quantity of activities in these forms (all forms when empty)… */
  forms: string[] | null;
  /** …with this measure; or 'reach' to sum the people reached; or 'count' to count activities. */
  source: { kind: 'quantity'; measure: string | null } | { kind: 'reach' } | { kind: 'count' } | null;
};

/** Yêu cầu báo cáo: the department asks units for a report (Decree 09/2019). */
export const reportRequests = sqliteTable(
  'report_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    status: text('status', { enum: ['draft', 'open', 'closed'] }).notNull(),
    directiveId: integer('directive_id').references(() => directives.id),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['periodic', 'thematic', 'ad_hoc'] }).notNull(),
    /** Periodic requests: how often a round is created. */
    frequency: text('frequency', { enum: ['monthly', 'quarterly', 'yearly'] }),
    /** A round of a periodic request points to the request that created it. */
    seriesId: integer('series_id').references((): never => reportRequests.id as never),
    /** "2021-01" / "2021-Q1" / "2021": which round this is. */
    roundKey: text('round_key'),
    contents: text('contents', { enum: ['text', 'figures', 'both'] }).notNull().default('both'),
    delivery: text('delivery'),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    deadline: text('deadline').notNull(),
    outline: text('outline', { mode: 'json' }).$type<OutlineSection[]>().notNull(),
    fields: text('fields', { mode: 'json' }).$type<FigureField[]>().notNull(),
    note: text('note'),
    /** The staff member who follows it up (escalations go to them). */
    responsibleId: integer('responsible_id').references(() => users.id),
    createdById: integer('created_by_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    openedAt: text('opened_at'),
    version: integer('version').notNull().default(0),
  },
  (t) => [
    index('report_requests_status_idx').on(t.status, t.deadline),
    index('report_requests_directive_idx').on(t.directiveId),
    uniqueIndex('report_requests_round_idx').on(t.seriesId, t.roundKey),
  ],
);

export const reportRequestUnits = sqliteTable(
  'report_request_units',
  {
    requestId: integer('request_id')
      .notNull()
      .references(() => reportRequests.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.unitId] }), index('rru_unit_idx').on(t.unitId)],
);

/** One unit's report for a request: its current state; every submission is kept in report_versions. */
export const reports = sqliteTable(
  'reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => reportRequests.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status', { enum: ['draft', 'submitted', 'returned', 'accepted'] }).notNull(),
    /** The unit's own deadline: the request's, or a new one set on return or extension. */
    deadline: text('deadline').notNull(),
    nothingToReport: integer('nothing_to_report', { mode: 'boolean' }).notNull().default(false),
    explanation: text('explanation'),
    /** Per outline section key: the text. */
    narrative: text('narrative', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    /** Per figure field key: the value. */
    figures: text('figures', { mode: 'json' }).$type<Record<string, number | string | null>>().notNull(),
    lateReason: text('late_reason'),
    /** How many times it was submitted (the latest version's number). */
    submissions: integer('submissions').notNull().default(0),
    firstSubmittedAt: text('first_submitted_at'),
    submittedAt: text('submitted_at'),
    submittedById: integer('submitted_by_id').references(() => users.id),
    reviewedAt: text('reviewed_at'),
    reviewedById: integer('reviewed_by_id').references(() => users.id),
    returnReason: text('return_reason'),
    autosavedAt: text('autosaved_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(0),
  },
  (t) => [uniqueIndex('reports_request_unit_idx').on(t.requestId, t.unitId), index('reports_unit_idx').on(t.unitId, t.status)],
);

/** Each submission as it was sent, and what the reviewer said about it. */
export const reportVersions = sqliteTable(
  'report_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    no: integer('no').notNull(),
    nothingToReport: integer('nothing_to_report', { mode: 'boolean' }).notNull(),
    explanation: text('explanation'),
    narrative: text('narrative', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    figures: text('figures', { mode: 'json' }).$type<Record<string, number | string | null>>().notNull(),
    lateReason: text('late_reason'),
    submittedAt: text('submitted_at').notNull(),
    submittedById: integer('submitted_by_id').references(() => users.id),
    late: integer('late', { mode: 'boolean' }).notNull(),
    review: text('review', { enum: ['accepted', 'returned'] }),
    reviewReason: text('review_reason'),
    newDeadline: text('new_deadline'),
    reviewedAt: text('reviewed_at'),
    reviewedById: integer('reviewed_by_id').references(() => users.id),
  },
  (t) => [uniqueIndex('report_versions_no_idx').on(t.reportId, t.no)],
);

/** Files attached to a request (by staff) or to a report (by the unit), content-addressed. */
export const reportFiles = sqliteTable(
  'report_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id').references(() => reportRequests.id),
    reportId: integer('report_id').references(() => reports.id),
    sha256: text('sha256').notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    uploadedById: integer('uploaded_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('report_files_request_idx').on(t.requestId), index('report_files_report_idx').on(t.reportId)],
);

/** A unit asks for more time; staff grant (with the new deadline) or refuse. */
export const reportExtensions = sqliteTable(
  'report_extensions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    reason: text('reason').notNull(),
    requestedDeadline: text('requested_deadline').notNull(),
    status: text('status', { enum: ['pending', 'granted', 'refused'] }).notNull(),
    requestedById: integer('requested_by_id')
      .notNull()
      .references(() => users.id),
    requestedAt: text('requested_at').notNull(),
    decidedById: integer('decided_by_id').references(() => users.id),
    decidedAt: text('decided_at'),
    grantedDeadline: text('granted_deadline'),
    decisionNote: text('decision_note'),
  },
  (t) => [index('report_extensions_report_idx').on(t.reportId)],
);
