import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    kind: text('kind').notNull(),
    parentId: integer('parent_id').references((): never => units.id as never),
    districtCode: text('district_code'),
    districtName: text('district_name'),
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    version: integer('version').notNull().default(0),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('units_parent_idx').on(t.parentId), index('units_district_idx').on(t.districtCode)],
);

export const unitGroups = sqliteTable('unit_groups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  version: integer('version').notNull().default(0),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const unitGroupMembers = sqliteTable(
  'unit_group_members',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => unitGroups.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.unitId] }), index('ugm_unit_idx').on(t.unitId)],
);
