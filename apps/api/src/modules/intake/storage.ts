import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Files live under DATA_DIR/files by the SHA-256 of their content ("ab/cdef…"): never under a
 * name a user chose, and the same file uploaded twice is stored once.
 */
export function fileStore(dataDir: string) {
  const root = path.join(dataDir, 'files');
  const pathOf = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('bad file hash');
    return path.join(root, sha256.slice(0, 2), sha256.slice(2));
  };
  return {
    pathOf,
    /** Writes to a temporary name and renames, so a crash never leaves half a file under its hash. */
    save(bytes: Uint8Array): string {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      if (fs.existsSync(target)) return sha256;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      fs.writeFileSync(tmp, bytes, { mode: 0o640 });
      fs.renameSync(tmp, target);
      return sha256;
    },
    /**
     * Moves a file already written and hashed elsewhere under DATA_DIR (a spooled upload) into
     * the store. Returns false when the same content was already there (the spool stays).
     */
    adopt(tmpPath: string, sha256: string): boolean {
      const target = pathOf(sha256);
      if (fs.existsSync(target)) return false;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      try {
        // Same file system: an atomic rename, so no half file ever sits under the hash.
        fs.renameSync(tmpPath, target);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
        const part = `${target}.${randomBytes(6).toString('hex')}.tmp`;
        fs.copyFileSync(tmpPath, part);
        fs.renameSync(part, target);
      }
      return true;
    },
    remove(sha256: string) {
      fs.rmSync(pathOf(sha256), { force: true });
    },
  };
}
export type FileStore = ReturnType<typeof fileStore>;

export type Spooled = { tmp: string; sha256: string; size: number };

/**
 * Streams an upload to DATA_DIR/tmp, hashing it on the way: a chunk at a time in memory,
 * whatever the file's size. On any failure (the client went away, the form ended early) the
 * temporary file is removed before the error is passed on.
 */
export async function spoolUpload(stream: Readable, tmpDir: string): Promise<Spooled> {
  fs.mkdirSync(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, `evidence-${randomBytes(8).toString('hex')}`);
  const hash = createHash('sha256');
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const out = fs.createWriteStream(tmp, { flags: 'wx', mode: 0o640 });
  try {
    await pipeline(stream, count, out);
  } catch (e) {
    // The file is opened asynchronously: wait until the stream has closed, or removing it first
    // would race the open and leave an empty file behind.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return { tmp, sha256: hash.digest('hex'), size };
}
