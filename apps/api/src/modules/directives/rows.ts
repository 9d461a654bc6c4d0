/**
 * A directive's row in plain SQL, for the reads and writes every save and publish makes: building
 * and mapping these 24-column queries with drizzle was about a sixth of the CPU of creating and
 * publishing a directive (W1). Rows come back exactly as drizzle maps them (JSON columns parsed);
 * rows.test.ts compares both on the same rows.
 */
import { sqliteOf, type Conn } from '../../db/client';
import type { directives } from '../../db/schema/index';

export type DirectiveRow = typeof directives.$inferSelect;
export type NewDirectiveRow = Omit<DirectiveRow, 'id' | 'publishedAt' | 'version'>;

const JSON_COLUMNS = ['issued', 'signer', 'references', 'recipients', 'cc', 'parts', 'closing', 'report'] as const;
type Stored = Omit<DirectiveRow, (typeof JSON_COLUMNS)[number]> & Record<(typeof JSON_COLUMNS)[number], string | null>;

const COLUMNS = `id, status, number, symbol, kind, issuer, place, issued, issued_on as issuedOn, subject, signer, "references", recipients, cc,
  preamble, parts, closing, report, due_date as dueDate, created_by_id as createdById, created_at as createdAt, updated_at as updatedAt,
  published_at as publishedAt, version`;

const SELECT = `select ${COLUMNS} from directives where id = ?`;
const INSERT = `insert into directives (status, number, symbol, kind, issuer, place, issued, issued_on, subject, signer, "references", recipients, cc,
  preamble, parts, closing, report, due_date, created_by_id, created_at, updated_at)
  values (@status, @number, @symbol, @kind, @issuer, @place, @issued, @issuedOn, @subject, @signer, @references, @recipients, @cc,
  @preamble, @parts, @closing, @report, @dueDate, @createdById, @createdAt, @updatedAt) returning ${COLUMNS}`;
const PUBLISH = `update directives set status = 'published', published_at = @now, updated_at = @now, version = version + 1
  where id = @id and version = @version and status = 'draft' returning ${COLUMNS}`;

/** JSON text as drizzle reads and writes it; SQL NULL stays null. */
const parse = (text: string | null) => (text == null ? null : JSON.parse(text));
const stringify = (value: unknown) => (value == null ? null : JSON.stringify(value));

function fromStored(r: Stored): DirectiveRow {
  const row = { ...r } as Record<string, unknown>;
  for (const c of JSON_COLUMNS) row[c] = parse(r[c]);
  return row as DirectiveRow;
}

export function readDirectiveRow(db: Conn, id: number): DirectiveRow | undefined {
  const r = sqliteOf(db).prepare<[number], Stored>(SELECT).get(id);
  return r && fromStored(r);
}

export function insertDirectiveRow(db: Conn, values: NewDirectiveRow): DirectiveRow {
  const params: Record<string, unknown> = { ...values };
  for (const c of JSON_COLUMNS) params[c] = stringify(values[c]);
  return fromStored(sqliteOf(db).prepare<[Record<string, unknown>], Stored>(INSERT).get(params) as Stored);
}

/** Publishes a draft still at `version`; undefined when it is no longer that draft. */
export function publishDirectiveRow(db: Conn, id: number, version: number, now: string): DirectiveRow | undefined {
  const r = sqliteOf(db).prepare<[{ id: number; version: number; now: string }], Stored>(PUBLISH).get({ id, version, now });
  return r && fromStored(r);
}
