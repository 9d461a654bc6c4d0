import { describe, expect, it } from 'vitest';
import type { ReportRequestTemplate } from '@dondoc/schemas';
import { choiceList, draftFromTemplate, emptyDraft, localProblems, move, newField, toCreateInput, toUpdateInput } from './draft';

const template: ReportRequestTemplate = {
  input: {
    directiveId: 7,
    title: 'Báo cáo kết quả thực hiện Công văn số …/STTTT-TTBCXB tháng 11/2020',
    kind: 'thematic',
    frequency: null,
    contents: 'both',
    periodFrom: null,
    periodTo: null,
    deadline: null,
    recipients: [
      { kind: 'unit', unitId: 6 },
      { kind: 'unit', unitId: 9 },
    ],
    outline: [
      { key: 'part:1', title: '1. Tuyên truyền Nghị quyết', prompt: 'Kết quả triển khai' },
      { key: 'de_xuat', title: 'Đề xuất, kiến nghị', prompt: null },
    ],
    fields: [
      { key: 'tin_bai', name: 'Số tin, bài', type: 'number', unit: 'tin, bài', choices: null, forms: ['bao_in'], source: { kind: 'quantity', measure: 'tin/bài' } },
      { key: 'luot', name: 'Số lượt người', type: 'number', unit: 'lượt người', choices: null, forms: null, source: { kind: 'reach' } },
    ],
  },
  units: [
    { id: 6, name: 'Báo Lạng Sơn', shortName: null },
    { id: 9, name: 'Đài Phát thanh và Truyền hình tỉnh', shortName: 'Đài PT-TH' },
  ],
};

describe('request draft', () => {
  it('takes a directive template whole and gives it back as the API input', () => {
    const d = draftFromTemplate(template);
    expect(d.picks).toEqual([
      { label: 'Báo Lạng Sơn', unitId: 6, groupId: null },
      { label: 'Đài Phát thanh và Truyền hình tỉnh', unitId: 9, groupId: null },
    ]);
    const input = toCreateInput({ ...d, deadline: '2020-12-20' });
    expect(input.recipients).toEqual([
      { kind: 'unit', unitId: 6 },
      { kind: 'unit', unitId: 9 },
    ]);
    expect(input.outline).toEqual([
      { key: 'part:1', title: '1. Tuyên truyền Nghị quyết', prompt: 'Kết quả triển khai' },
      { key: 'de_xuat', title: 'Đề xuất, kiến nghị', prompt: null },
    ]);
    expect(input.fields?.[0]).toEqual({ key: 'tin_bai', name: 'Số tin, bài', type: 'number', unit: 'tin, bài', choices: null, forms: ['bao_in'], source: { kind: 'quantity', measure: 'tin/bài' } });
    expect(input.fields?.[1]?.source).toEqual({ kind: 'reach' });
    expect(input.directiveId).toBe(7);
  });

  it('sends groups and directives as picks of their own kind', () => {
    const d = { ...emptyDraft(), title: 'Báo cáo', deadline: '2030-01-01', picks: [{ label: 'Phòng VH-TT', unitId: null, groupId: 3 }], directives: [{ id: 4, label: '169/STTTT' }] };
    expect(toCreateInput(d).recipients).toEqual([
      { kind: 'group', groupId: 3 },
      { kind: 'directive', directiveId: 4 },
    ]);
  });

  it('leaves the period out of a periodic request, and choices and sources out where they do not belong', () => {
    const field = { ...newField(), name: 'Có chuyên mục?', type: 'choice' as const, choices: 'Có\nKhông, chưa có\n', source: 'reach' as const };
    const d = { ...emptyDraft(), title: 'Báo cáo tháng', kind: 'periodic' as const, frequency: 'monthly' as const, periodFrom: '2020-01-01', periodTo: '2020-01-31', deadline: '2030-01-01', fields: [field] };
    const input = toCreateInput(d);
    expect(input.periodFrom).toBeNull();
    expect(input.frequency).toBe('monthly');
    expect(input.fields?.[0]).toMatchObject({ type: 'choice', choices: ['Có', 'Không, chưa có'], source: null, forms: null });
  });

  it('sends only the deadline and the note once the request is open', () => {
    const d = { ...draftFromTemplate(template), deadline: '2030-01-05', note: ' Ghi chú ' };
    expect(toUpdateInput(d, 4, true)).toEqual({ version: 4, deadline: '2030-01-05', note: 'Ghi chú' });
  });

  it('tells what is missing before asking the server, and more when sending', () => {
    const d = { ...emptyDraft(), title: 'ab', kind: 'periodic' as const, outline: [] };
    expect(localProblems(d, '2025-01-01', false).map((p) => p.path)).toEqual(['title', 'frequency', 'deadline']);
    const sending = { ...emptyDraft(), title: 'Báo cáo', deadline: '2024-12-31', periodFrom: '2024-01-01' };
    expect(localProblems(sending, '2025-01-01', true).map((p) => p.path)).toEqual(['periodTo', 'deadline', 'outline.0.title', 'recipients']);
  });

  it('moves rows and keeps a one-line choice whole', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(choiceList('Có, đầy đủ')).toEqual(['Có, đầy đủ']);
  });
});
