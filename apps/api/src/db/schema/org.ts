import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { tasks } from './directives';
import { units } from './units';
import { users } from './users';

/**
 * An imported change of the directory (e.g. the 2025 reform of Lạng Sơn): one row per applied
 * import, with what it did. Every event it recorded points back to it.
 */
export const orgChanges = sqliteTable('org_changes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  effectiveOn: text('effective_on').notNull(),
  legalBasis: text('legal_basis').notNull(),
  /** The uploaded file's name, or "json" for a pasted change. */
  sourceName: text('source_name'),
  /** Counts: units created, retired, tasks moved, users moved/deactivated. */
  summary: text('summary', { mode: 'json' }).$type<Record<string, number>>().notNull(),
  appliedById: integer('applied_by_id').references(() => users.id),
  appliedAt: text('applied_at').notNull(),
});

/**
 * Something that happened to units on a date, by a legal act: a rename, a merger (several
 * predecessors → one successor), a split (one predecessor → several successors, each taking a
 * part), a retirement (dissolved; its open work handed to successors staff picked) or a creation.
 */
export const unitEvents = sqliteTable(
  'unit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['rename', 'merge', 'split', 'retire', 'create'] }).notNull(),
    effectiveOn: text('effective_on').notNull(),
    legalBasis: text('legal_basis').notNull(),
    note: text('note'),
    changeId: integer('change_id').references(() => orgChanges.id),
    createdById: integer('created_by_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('unit_events_change_idx').on(t.changeId), index('unit_events_date_idx').on(t.effectiveOn)],
);

/** Predecessor → successor links of an event (a rename links the unit to itself). */
export const unitEventLinks = sqliteTable(
  'unit_event_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => unitEvents.id),
    fromUnitId: integer('from_unit_id').references(() => units.id),
    toUnitId: integer('to_unit_id').references(() => units.id),
    /** The predecessor passed on only part of its territory/work to this successor (a split). */
    partial: integer('partial', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('uel_event_idx').on(t.eventId), index('uel_from_idx').on(t.fromUnitId), index('uel_to_idx').on(t.toUnitId)],
);

/** Names a unit had before a rename: shown on directives dated before the change. */
export const unitNames = sqliteTable(
  'unit_names',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    shortName: text('short_name'),
    /** The first day the unit no longer had this name (the rename's effective date). */
    validTo: text('valid_to').notNull(),
    eventId: integer('event_id').references(() => unitEvents.id),
  },
  (t) => [index('unit_names_unit_idx').on(t.unitId, t.validTo)],
);

/** An open task handed from one unit to another by an event; the task row keeps the new holder. */
export const taskTransfers = sqliteTable(
  'task_transfers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    fromUnitId: integer('from_unit_id')
      .notNull()
      .references(() => units.id),
    toUnitId: integer('to_unit_id')
      .notNull()
      .references(() => units.id),
    eventId: integer('event_id').references(() => unitEvents.id),
    at: text('at').notNull(),
  },
  (t) => [index('task_transfers_task_idx').on(t.taskId, t.id), index('task_transfers_from_idx').on(t.fromUnitId)],
);
