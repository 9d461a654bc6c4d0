import { describe, expect, it } from 'vitest';
import { diff } from './audit-diff';

describe('audit diff', () => {
  it('lists only the fields that changed, without bookkeeping', () => {
    expect(diff({ status: 'not_started', note: null, version: 0 }, { status: 'done', note: 'Đã đăng', version: 1 })).toEqual([
      { key: 'status', before: 'not_started', after: 'done' },
      { key: 'note', before: '∅', after: 'Đã đăng' },
    ]);
  });

  it('tells a created record by a few identifying fields', () => {
    const created = diff(null, { id: 1, status: 'draft', subject: 'tuyên truyền', parts: [{}], symbol: 'STTTT' });
    expect(created.map((c) => c.key)).toEqual(['subject', 'status', 'symbol']);
  });

  it('shortens long values', () => {
    const [change] = diff({ text: 'a' }, { text: 'x'.repeat(500) });
    expect(change?.after.length).toBeLessThanOrEqual(120);
  });
});
