import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { directives } from './directives';
import { unitGroups, units } from './units';
import { users } from './users';

/**
 * Original files of directives, stored content-addressed under DATA_DIR/files. A file is
 * uploaded before its draft exists; `directiveId` links it when the draft is saved.
 */
export const storedFiles = sqliteTable(
  'stored_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sha256: text('sha256').notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    kind: text('kind', { enum: ['txt', 'docx', 'pdf'] }).notNull(),
    directiveId: integer('directive_id').references(() => directives.id, { onDelete: 'set null' }),
    uploadedById: integer('uploaded_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('stored_files_directive_idx').on(t.directiveId), index('stored_files_sha_idx').on(t.sha256)],
);

/** A phrase staff matched by hand ("Cổng TTĐT tỉnh" → unit 42), used first next time. */
export const phraseChoices = sqliteTable(
  'phrase_choices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** fold(phrase): accents, case and punctuation ignored. */
    phraseKey: text('phrase_key').notNull(),
    phrase: text('phrase').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    groupId: integer('group_id').references(() => unitGroups.id),
    chosenById: integer('chosen_by_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('phrase_choices_key_uq').on(t.phraseKey)],
);
