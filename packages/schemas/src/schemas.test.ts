import { describe, expect, it } from 'vitest';
import { directiveInput, isoDate, itemUpdate, loginBody } from './index';

describe('shared schemas', () => {
  it('accepts real calendar dates only', () => {
    expect(isoDate.safeParse('2020-11-13').success).toBe(true);
    expect(isoDate.safeParse('2020-02-30').success).toBe(false);
    expect(isoDate.safeParse('13/11/2020').success).toBe(false);
  });

  it('asks for a reason when an item is not applicable', () => {
    const r = itemUpdate.safeParse({ status: 'not_applicable', version: 0 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['reason']);
    expect(itemUpdate.safeParse({ status: 'not_applicable', reason: 'Không có chuyên mục', version: 0 }).success).toBe(true);
  });

  it('fills a directive’s defaults and trims the login name', () => {
    const d = directiveInput.parse({ subject: 'tuyên truyền', parts: [{ title: 'Phần 1', parts: [{ title: 'Ý a' }] }] });
    expect(d.parts[0]).toMatchObject({ label: null, actionable: true, addressees: [], parts: [{ title: 'Ý a', actionable: true }] });
    expect(d.report).toEqual({ required: false, deadline: null, onRequest: false, recurrence: null });
    expect(loginBody.parse({ username: ' staff ', password: 'x' }).username).toBe('staff');
  });
});

describe('fold', () => {
  it('drops accents, đ and punctuation so typing without them still matches', async () => {
    const { fold } = await import('./text');
    expect(fold('Đài Phát thanh  và Truyền hình')).toBe('dai phat thanh va truyen hinh');
    expect(fold('Đài PT-TH tỉnh')).toBe('dai pt th tinh');
    expect(fold('Trung tâm CNTT&TT')).toBe('trung tam cntt&tt');
  });
});
