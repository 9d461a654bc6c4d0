import { and, inArray, isNull, lt, sql } from 'drizzle-orm';
import { parseDirective, type ParsedDirective } from '@dondoc/parser';
import { fold, type IntakeResult, type SourceKind } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { directives, storedFiles } from '../../db/schema/index';
import { canWriteDirectives, type Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { forbidden } from '../../lib/errors';
import { resolveParsed } from '../directives/resolve';
import { extractText } from './extract/index';
import { unusedBlobs } from './blob-refs';
import type { FileStore } from './storage';

const MIME: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

function requireWriter(actor: Actor) {
  if (!canWriteDirectives(actor)) throw forbidden('Chỉ chuyên viên của Sở được nhập văn bản');
}

/** Pasted text: parsed and matched, nothing stored. */
export function intakeText(db: Db, actor: Actor, text: string): IntakeResult {
  requireWriter(actor);
  return analyse(db, { fileId: null, name: null, kind: 'text', size: Buffer.byteLength(text), text });
}

/**
 * An uploaded file: read by content, stored content-addressed, and linked to its directive when
 * the draft is saved. A file that cannot be read is refused before anything is stored.
 */
export async function intakeFile(
  db: Db,
  clock: Clock,
  files: FileStore,
  actor: Actor,
  upload: { filename: string; bytes: Uint8Array },
): Promise<IntakeResult> {
  requireWriter(actor);
  const { kind, text, warnings } = await extractText(upload.bytes, upload.filename);
  const now = clock.now();
  sweepUnclaimed(db, files, new Date(now.getTime() - 24 * 3600_000).toISOString());
  const sha256 = files.save(upload.bytes);
  const name = safeName(upload.filename, kind);
  const row = db
    .insert(storedFiles)
    .values({ sha256, name, mime: MIME[kind] ?? 'application/octet-stream', size: upload.bytes.byteLength, kind, uploadedById: actor.userId, createdAt: now.toISOString() })
    .returning({ id: storedFiles.id })
    .get();
  const result = analyse(db, { fileId: row.id, name, kind, size: upload.bytes.byteLength, text });
  return { ...result, warnings: [...warnings, ...result.warnings] };
}

function analyse(db: Db, source: IntakeResult['source'] & { kind: SourceKind }): IntakeResult {
  const parsed = parseDirective(source.text);
  const { draft, resolution } = resolveParsed(db, parsed);
  return {
    source,
    parsed: parsed as unknown as Record<string, unknown>,
    draft: { ...draft, sourceFileId: source.fileId } as IntakeResult['draft'],
    resolution,
    duplicates: findDuplicates(db, parsed),
    warnings: parsed.warnings,
  };
}

/** Same number, symbol and year — or, for an unnumbered one, the same subject in the same year. */
function findDuplicates(db: Db, p: ParsedDirective): IntakeResult['duplicates'] {
  const year = p.issued?.year;
  if (!year) return [];
  const rows = db
    .select({ id: directives.id, number: directives.number, symbol: directives.symbol, subject: directives.subject, status: directives.status })
    .from(directives)
    .where(sql`json_extract(${directives.issued}, '$.year') = ${year}`)
    .all();
  const subject = p.subject ? fold(p.subject) : null;
  return rows
    .filter((r) => (p.number && r.number === p.number && (r.symbol ?? null) === (p.symbol ?? null)) || (subject !== null && fold(r.subject) === subject))
    .map(({ id, number, subject: s, status }) => ({ id, number, subject: s, status }));
}

/** Uploads never saved as a draft within a day are dropped, with their bytes if nothing else uses them. */
function sweepUnclaimed(db: Db, files: FileStore, before: string) {
  const stale = db.select().from(storedFiles).where(and(isNull(storedFiles.directiveId), lt(storedFiles.createdAt, before))).all();
  if (stale.length === 0) return;
  const unused = db.transaction((tx) => {
    tx.delete(storedFiles).where(inArray(storedFiles.id, stale.map((f) => f.id))).run();
    // An evidence file or a report attachment may have the same content: its bytes stay.
    return unusedBlobs(tx, stale.map((f) => f.sha256));
  });
  for (const sha256 of unused) files.remove(sha256);
}

/** The name as shown and downloaded: no path, no control characters, the right extension. */
function safeName(filename: string, kind: string): string {
  const base = (filename.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}"]/gu, '').trim().slice(0, 200);
  const name = base || `van-ban.${kind}`;
  return name.toLowerCase().endsWith(`.${kind}`) ? name : `${name}.${kind}`;
}
