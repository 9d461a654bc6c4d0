import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { CcEntry, Issued, Part, Reference, ReportClause, UnitPick } from '@dondoc/schemas';
import { units } from './units';
import { users } from './users';

export const directives = sqliteTable(
  'directives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    number: text('number'),
    symbol: text('symbol'),
    kind: text('kind'),
    issuer: text('issuer'),
    place: text('place'),
    issued: text('issued', { mode: 'json' }).$type<Issued>(),
    /** Sortable date of issue (missing day → 1st), for periods and ordering. */
    issuedOn: text('issued_on'),
    subject: text('subject').notNull(),
    signer: text('signer', { mode: 'json' })
      .$type<{ name: string | null; title: string | null; authority: string | null }>()
      .notNull(),
    references: text('references', { mode: 'json' }).$type<Reference[]>().notNull(),
    recipients: text('recipients', { mode: 'json' }).$type<UnitPick[]>().notNull(),
    cc: text('cc', { mode: 'json' }).$type<CcEntry[]>().notNull(),
    preamble: text('preamble'),
    parts: text('parts', { mode: 'json' }).$type<Part[]>().notNull(),
    closing: text('closing', { mode: 'json' }).$type<string[]>().notNull(),
    report: text('report', { mode: 'json' }).$type<ReportClause>().notNull(),
    dueDate: text('due_date'),
    createdById: integer('created_by_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    publishedAt: text('published_at'),
    version: integer('version').notNull().default(0),
  },
  (t) => [index('directives_status_idx').on(t.status, t.issuedOn)],
);

export const tasks = sqliteTable(
  'tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    directiveId: integer('directive_id')
      .notNull()
      .references(() => directives.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    source: text('source', { enum: ['recipient', 'addressee', 'cc', 'delegated'] }).notNull(),
    /** A sub-task: the task of the unit that passed these items on. */
    parentTaskId: integer('parent_task_id').references((): never => tasks.id as never),
    delegationNote: text('delegation_note'),
    deadline: text('deadline'),
    receivedAt: text('received_at'),
    receivedById: integer('received_by_id').references(() => users.id),
    /** Denormalised counts, kept in step with task_items in the same transaction. */
    itemsTotal: integer('items_total').notNull(),
    itemsDone: integer('items_done').notNull().default(0),
    completedAt: text('completed_at'),
    createdAt: text('created_at').notNull(),
    version: integer('version').notNull().default(0),
  },
  (t) => [
    // Not unique: after a merger one unit may hold the tasks of two predecessors for one directive.
    index('tasks_directive_unit_idx').on(t.directiveId, t.unitId),
    index('tasks_parent_idx').on(t.parentTaskId),
    // Not on completed_at: completing a task then leaves the index alone. With it, each completion
    // moved the entry inside the unit's range, two of the five pages a completion writes (decision 0014).
    index('tasks_unit_idx').on(t.unitId, t.deadline),
  ],
);

export const taskItems = sqliteTable(
  'task_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    /** In a sub-task: the delegating task's item this one was passed on from. */
    parentItemId: integer('parent_item_id').references((): never => taskItems.id as never),
    position: integer('position').notNull(),
    partKey: text('part_key').notNull(),
    label: text('label'),
    section: text('section'),
    title: text('title').notNull(),
    text: text('text').notNull(),
    deadline: text('deadline'),
    status: text('status', { enum: ['not_started', 'in_progress', 'done', 'not_applicable'] })
      .notNull()
      .default('not_started'),
    note: text('note'),
    reason: text('reason'),
    updatedAt: text('updated_at'),
    updatedById: integer('updated_by_id').references(() => users.id),
    version: integer('version').notNull().default(0),
  },
  (t) => [index('task_items_task_idx').on(t.taskId, t.position)],
);

/** Remarks on a task: the one thing a leader may write. */
export const taskComments = sqliteTable(
  'task_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('task_comments_task_idx').on(t.taskId, t.id)],
);
