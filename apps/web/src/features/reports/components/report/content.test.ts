import { describe, expect, it } from 'vitest';
import type { FigureFieldOut, ReportVersion } from '@dondoc/schemas';
import { applyProposal, compareVersions, contentOf, parseNumber, payloadOf, proposalChanges, wordDiff } from './content';

const fields: FigureFieldOut[] = [
  { key: 'tin_bai', name: 'Số tin, bài', type: 'number', unit: 'tin, bài', choices: null, forms: null, source: { kind: 'quantity', measure: 'tin/bài' } },
  { key: 'muc', name: 'Mức độ', type: 'choice', unit: null, choices: ['Tốt', 'Khá'], forms: null, source: null },
];
const outline = [
  { key: 'part:1', title: '1. Kết quả', prompt: null },
  { key: 'de_xuat', title: 'Đề xuất', prompt: null },
];

describe('report content', () => {
  it('reads numbers as Vietnamese write them', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('1.200')).toBe(1200);
    expect(parseNumber('12.000,5')).toBe(12000.5);
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('-3')).toBeNaN();
    expect(parseNumber('abc')).toBeNaN();
  });

  it('turns what is typed into what the API takes, and names figures that are not numbers', () => {
    const c = contentOf({ nothingToReport: false, explanation: null, narrative: { 'part:1': 'Đã làm' }, figures: { tin_bai: 1.234, muc: 'Tốt' } }, fields);
    expect(c.figures).toEqual({ tin_bai: '1,234', muc: 'Tốt' });
    expect(payloadOf(c, fields).payload.figures).toEqual({ tin_bai: 1.234, muc: 'Tốt' });
    // Thousands are grouped as Vietnamese write them, and read back the same.
    const big = contentOf({ nothingToReport: false, explanation: null, narrative: {}, figures: { tin_bai: 45060 } }, fields);
    expect(big.figures['tin_bai']).toBe('45.060');
    expect(payloadOf(big, fields).payload.figures['tin_bai']).toBe(45060);
    const bad = payloadOf({ ...c, figures: { tin_bai: 'mười', muc: '' } }, fields);
    expect(bad.invalid).toEqual(['tin_bai']);
    expect(bad.payload.figures['muc']).toBeNull();
  });

  it('shows only what the activities would change, and applies it as the server would', () => {
    const c = contentOf({ nothingToReport: false, explanation: null, narrative: { 'part:1': 'Cũ', de_xuat: 'Giữ' }, figures: { tin_bai: 3 } }, fields);
    const proposal = { figures: { tin_bai: 5, muc: null }, narrative: { 'part:1': 'Mới', de_xuat: '' }, activityCount: 2, periodFrom: null, periodTo: null };
    const changes = proposalChanges(c, proposal, fields, outline);
    expect(changes.figures).toEqual([{ key: 'tin_bai', name: 'Số tin, bài', before: 3, after: 5 }]);
    expect(changes.sections).toEqual([{ key: 'part:1', title: '1. Kết quả', before: 'Cũ', after: 'Mới' }]);
    const next = applyProposal(c, proposal);
    expect(next.figures['tin_bai']).toBe('5');
    expect(next.narrative).toEqual({ 'part:1': 'Mới', de_xuat: 'Giữ' });
  });

  it('compares any two versions, in the order the request lists its parts', () => {
    const v = (no: number, narrative: Record<string, string>, figures: Record<string, number | string | null>): ReportVersion => ({
      no,
      nothingToReport: false,
      explanation: null,
      narrative,
      figures,
      lateReason: null,
      submittedAt: '2020-12-01T00:00:00Z',
      submittedBy: null,
      late: false,
      review: null,
      reviewReason: null,
      newDeadline: null,
      reviewedAt: null,
      reviewedBy: null,
    });
    const d = compareVersions(v(1, { de_xuat: 'a', 'part:1': 'x' }, { tin_bai: 3, muc: 'Tốt' }), v(2, { de_xuat: 'b', 'part:1': 'x' }, { tin_bai: 4, muc: 'Tốt' }), outline, fields);
    expect(d.figures).toEqual([{ key: 'tin_bai', name: 'Số tin, bài', before: 3, after: 4 }]);
    expect(d.sections.map((s) => s.title)).toEqual(['Đề xuất']);
  });

  it('marks the words removed and added', () => {
    expect(wordDiff('Đã đăng 3 tin, bài', 'Đã đăng 5 tin, bài trên báo')).toEqual([
      { kind: 'same', text: 'Đã đăng ' },
      { kind: 'del', text: '3 ' },
      { kind: 'ins', text: '5 ' },
      { kind: 'same', text: 'tin, bài ' },
      { kind: 'ins', text: 'trên báo' },
    ]);
  });
});
