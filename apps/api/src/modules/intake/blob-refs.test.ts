import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { evidenceFiles, exportJobs, reportFiles, storedFiles, units, users } from '../../db/schema/index';
import { seededDb } from '../../../test/helpers';
import { unusedBlobs } from './blob-refs';

const sha = (c: string) => c.repeat(64);

describe('unusedBlobs', () => {
  it('keeps the bytes any directive original, evidence file, report attachment or export still points to', async () => {
    const { db } = await seededDb();
    const userId = db.select({ id: users.id }).from(users).where(eq(users.username, 'staff')).get()!.id;
    const unitId = db.select({ id: units.id }).from(units).where(eq(units.code, 'BLS')).get()!.id;
    const at = '2020-11-20T00:00:00.000Z';
    const file = { name: 'a.pdf', mime: 'application/pdf', size: 1, uploadedById: userId, createdAt: at };
    db.insert(storedFiles).values({ ...file, sha256: sha('a'), kind: 'pdf' }).run();
    db.insert(evidenceFiles).values({ ...file, sha256: sha('b'), unitId }).run();
    db.insert(reportFiles).values({ ...file, sha256: sha('c') }).run();
    db.insert(exportJobs).values({ token: 't1', userId, kind: 'matrix', format: 'xlsx', params: {}, status: 'done', sha256: sha('e'), createdAt: at }).run();
    expect(unusedBlobs(db, [sha('a'), sha('b'), sha('c'), sha('d'), sha('d'), sha('e')])).toEqual([sha('d')]);
    expect(unusedBlobs(db, [])).toEqual([]);
  });
});
