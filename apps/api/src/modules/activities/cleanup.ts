import fs from 'node:fs';
import path from 'node:path';
import { and, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { evidenceFiles } from '../../db/schema/index';
import type { Clock } from '../../lib/clock';
import { unusedBlobs } from '../intake/blob-refs';
import { writeAudit } from '../audit/service';
import type { FileStore } from '../intake/storage';

/** A spool file untouched this long was left by a crash: no upload writes that slowly. */
export const TMP_MAX_AGE_MS = 3600_000;
export const SWEEP_EVERY_MS = 3600_000;

export type SweepResult = { files: number; blobs: number; tmp: number };

/** What the sweep needs of a logger; pino (Fastify's) fits. */
export type SweepLog = {
  info: (obj: object, msg: string) => void;
  debug: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
};

type SweepDeps = { db: Db; clock: Clock; files: FileStore; dataDir: string; orphanMs: number; log: SweepLog };

/**
 * Evidence uploaded but never attached to an activity (the form was abandoned, or the file was
 * taken off an activity) and older than `orphanMs` is forgotten: rows and their audit entry in one
 * transaction, then the bytes, unless another evidence file or a directive's original still has
 * the same content. Spool files a crash left in DATA_DIR/tmp go too.
 */
export function sweepEvidence({ db, clock, files, dataDir, orphanMs, log }: SweepDeps): SweepResult {
  const now = clock.now();
  const cutoff = new Date(now.getTime() - orphanMs).toISOString();

  const { gone, unused } = db.transaction((tx) => {
    // The conditions are in the DELETE itself: a file attached since any earlier read stays.
    const gone = tx
      .delete(evidenceFiles)
      .where(and(isNull(evidenceFiles.activityId), lt(evidenceFiles.createdAt, cutoff)))
      .returning({ id: evidenceFiles.id, sha256: evidenceFiles.sha256, size: evidenceFiles.size })
      .all();
    if (gone.length === 0) return { gone, unused: [] as string[] };
    const unused = unusedBlobs(tx, gone.map((g) => g.sha256));
    writeAudit(tx, null, now.toISOString(), {
      action: 'evidence.sweep',
      entityType: 'evidence_file',
      entityId: null,
      after: { files: gone.length, blobs: unused.length, bytes: gone.reduce((s, g) => s + g.size, 0), createdBefore: cutoff, ids: gone.map((g) => g.id).sort((a, b) => a - b) },
    });
    return { gone, unused };
  });

  // After the commit, and in the same synchronous run: no upload (storeEvidence, intake) can
  // insert a row for one of these hashes in between, so a blob judged unused is still unused.
  let blobs = 0;
  for (const sha256 of unused) {
    try {
      files.remove(sha256);
      blobs += 1;
    } catch (e) {
      log.warn({ err: e, sha256 }, 'evidence sweep: could not remove a stored file');
    }
  }
  const tmp = sweepTmp(path.join(dataDir, 'tmp'), now.getTime() - TMP_MAX_AGE_MS, log);
  return { files: gone.length, blobs, tmp };
}


/** Files in the spool folder last written before `before` (ms); uploads in flight keep writing theirs. */
function sweepTmp(dir: string, before: number, log: SweepLog): number {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw e;
  }
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(dir, entry.name);
    try {
      if (fs.statSync(file).mtimeMs >= before) continue;
      fs.rmSync(file, { force: true });
      removed += 1;
    } catch (e) {
      // A request that finished meanwhile removed it itself.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') log.warn({ err: e, file }, 'evidence sweep: could not remove a temporary file');
    }
  }
  return removed;
}

/**
 * Sweeps now and then every `everyMs` on a timer that does not keep the process alive. Never
 * throws: a failed sweep is logged and the next one tries again. Returns the function that stops it.
 */
export function scheduleEvidenceSweep(deps: SweepDeps, everyMs = SWEEP_EVERY_MS): () => void {
  const run = () => {
    try {
      const r = sweepEvidence(deps);
      const level = r.files + r.blobs + r.tmp > 0 ? 'info' : 'debug';
      deps.log[level]({ sweep: r }, `evidence sweep: removed ${r.files} unattached evidence file(s), ${r.blobs} stored file(s), ${r.tmp} temporary file(s)`);
    } catch (e) {
      deps.log.error({ err: e }, 'evidence sweep failed');
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
