import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { taskItems, tasks } from './directives';
import { units } from './units';
import { users } from './users';

/** What a unit did (an article, a broadcast, banners, a meeting), logged against items of its task. */
export const activities = sqliteTable(
  'activities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    dateFrom: text('date_from').notNull(),
    dateTo: text('date_to'),
    form: text('form').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    quantity: real('quantity'),
    measure: text('measure'),
    reach: integer('reach'),
    links: text('links', { mode: 'json' }).$type<string[]>().notNull(),
    createdById: integer('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** Soft delete: staff can restore; the audit trail keeps every version. */
    deletedAt: text('deleted_at'),
    deletedById: integer('deleted_by_id').references(() => users.id),
    version: integer('version').notNull().default(0),
  },
  (t) => [
    index('activities_unit_idx').on(t.unitId, t.dateFrom),
    index('activities_task_idx').on(t.taskId),
    // The dashboard's counts read these indexes alone, never the wide rows: per unit (a unit's
    // scorecard seeks it, the ranking groups in its order) and per form (grouped in its order).
    index('activities_dashboard_idx').on(t.unitId, t.deletedAt, t.dateFrom, t.form, t.taskId),
    index('activities_form_idx').on(t.form, t.deletedAt, t.dateFrom, t.unitId, t.taskId),
  ],
);

export const activityItems = sqliteTable(
  'activity_items',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    taskItemId: integer('task_item_id')
      .notNull()
      .references(() => taskItems.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.taskItemId] }), index('activity_items_item_idx').on(t.taskItemId)],
);

/** Evidence files of an activity, stored content-addressed like directive originals. */
export const evidenceFiles = sqliteTable(
  'evidence_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    activityId: integer('activity_id').references(() => activities.id),
    sha256: text('sha256').notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    uploadedById: integer('uploaded_by_id')
      .notNull()
      .references(() => users.id),
    /** The unit that uploaded it: a file with no activity yet is visible to that unit only. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('evidence_activity_idx').on(t.activityId)],
);
