import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { directives } from '../../db/schema/index';
import { actorFor, freshDb, seededDb } from '../../../test/helpers';
import { insertDirectiveRow, publishDirectiveRow, readDirectiveRow, type NewDirectiveRow } from './rows';

/** Every column set, JSON ones with nested values; `issued` is the one JSON column that may be NULL. */
const values = (createdById: number | null, issued: NewDirectiveRow['issued']): NewDirectiveRow => ({
  status: 'draft',
  number: '12',
  symbol: 'STTTT-TTBCXB',
  kind: 'CV',
  issuer: 'Sở Thông tin và Truyền thông',
  place: 'Lạng Sơn',
  issued,
  issuedOn: issued ? '2021-03-22' : null,
  subject: 'V/v tuyên truyền',
  signer: { name: 'Nguyễn Văn A', title: 'Giám đốc', authority: null },
  references: [{ number: '5/KH-UBND', kind: 'KH', date: '2021-01-02', issuer: null }],
  recipients: [{ label: 'Báo Lạng Sơn', unitId: 1, groupId: null }],
  cc: [{ name: 'Lưu: VT', purpose: null, unitId: null, groupId: null }],
  preamble: 'Thực hiện…',
  parts: [{ key: '1', label: '1.', title: 'Đăng tin', text: '', addressees: [], actionable: true, deadline: '2021-04-01', parts: [] }],
  closing: ['Đề nghị các đơn vị thực hiện.'],
  report: { required: true, deadline: null, onRequest: false, recurrence: null },
  dueDate: '2021-04-30',
  createdById,
  createdAt: '2021-03-22T01:00:00.000Z',
  updatedAt: '2021-03-22T01:00:00.000Z',
});

const byDrizzle = (db: Db, id: number) => db.select().from(directives).where(eq(directives.id, id)).get();
/** The stored text of every column but the id, to compare what each way writes. */
const stored = (db: Db, id: number) => {
  const { id: _id, ...rest } = db.$client.prepare('select * from directives where id = ?').get(id) as Record<string, unknown>;
  return rest;
};

describe('directive rows in plain SQL', () => {
  it('writes and reads every column as drizzle does, a NULL JSON column included', async () => {
    const { db } = await seededDb();
    const userId = actorFor(db, 'staff').userId;
    for (const issued of [{ year: 2021, month: 3, day: 22 }, null]) {
      const mine = insertDirectiveRow(db, values(userId, issued));
      const theirs = db.insert(directives).values(values(userId, issued)).returning().get();
      expect(mine).toStrictEqual({ ...theirs, id: mine.id });
      expect(stored(db, mine.id)).toStrictEqual(stored(db, theirs.id));
      expect(readDirectiveRow(db, theirs.id)).toStrictEqual(byDrizzle(db, theirs.id));
    }
    expect(readDirectiveRow(db, 999_999)).toBeUndefined();
  });

  it('publishes a draft only at its version, once', () => {
    const { db } = freshDb();
    const id = insertDirectiveRow(db, values(null, null)).id;
    expect(publishDirectiveRow(db, id, 1, '2021-03-23T00:00:00.000Z')).toBeUndefined();
    const published = publishDirectiveRow(db, id, 0, '2021-03-23T00:00:00.000Z');
    expect(published).toStrictEqual(byDrizzle(db, id));
    expect(published).toMatchObject({ status: 'published', publishedAt: '2021-03-23T00:00:00.000Z', updatedAt: '2021-03-23T00:00:00.000Z', version: 1 });
    expect(publishDirectiveRow(db, id, 1, '2021-03-24T00:00:00.000Z')).toBeUndefined();
  });
});
