import { inArray } from 'drizzle-orm';
import type { Conn } from '../../db/client';
import { evidenceFiles, exportJobs, reportFiles, storedFiles } from '../../db/schema/index';

/**
 * Of these stored blobs, those no row references any more: a directive's original, an evidence
 * file (attached or not), a report or request attachment. The one place that knows every table
 * pointing into the file store (an export's file included) — whoever removes bytes asks here, inside the transaction that
 * deleted its own row, and removes them after the commit.
 */
export function unusedBlobs(conn: Conn, sha256s: readonly string[]): string[] {
  const hashes = [...new Set(sha256s)];
  if (hashes.length === 0) return [];
  const used = new Set<string>();
  for (const table of [storedFiles, evidenceFiles, reportFiles]) {
    for (const r of conn.select({ sha256: table.sha256 }).from(table).where(inArray(table.sha256, hashes)).all()) used.add(r.sha256);
  }
  for (const r of conn.select({ sha256: exportJobs.sha256 }).from(exportJobs).where(inArray(exportJobs.sha256, hashes)).all()) if (r.sha256) used.add(r.sha256);
  return hashes.filter((h) => !used.has(h));
}
