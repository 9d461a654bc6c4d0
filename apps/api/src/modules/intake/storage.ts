import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

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
    remove(sha256: string) {
      fs.rmSync(pathOf(sha256), { force: true });
    },
  };
}
export type FileStore = ReturnType<typeof fileStore>;
