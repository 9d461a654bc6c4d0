import { describe, expect, it } from 'vitest';
import type { Directive } from '@dondoc/schemas';
import { draftFrom, emptyDraft, inputFrom } from './draft';

const directive: Directive = {
  id: 1,
  status: 'draft',
  number: null,
  symbol: 'STTTT-TTBCXB',
  kind: null,
  issuer: 'Sở Thông tin và Truyền thông',
  place: 'Lạng Sơn',
  issued: { year: 2020, month: 11, day: null },
  subject: 'tuyên truyền kỷ niệm 200 năm Ngày sinh Ph.Ăng-ghen',
  signer: { name: 'Lê Hải Yến', title: 'PHÓ GIÁM ĐỐC', authority: 'KT. GIÁM ĐỐC' },
  references: [{ number: '02-KH/TU', kind: 'KH', date: '2020-11-13', issuer: 'Tỉnh ủy Lạng Sơn' }],
  recipients: [{ label: 'Báo Lạng Sơn', unitId: 6, groupId: null }],
  cc: [{ name: 'Trung tâm CNTT&TT', purpose: 'đăng tải', unitId: 5, groupId: null }],
  preamble: 'Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị:',
  parts: [
    {
      key: '1',
      label: '1',
      title: 'Tuyên truyền',
      text: 'Tuyên truyền',
      addressees: [],
      actionable: true,
      deadline: '2020-11-30',
      parts: [],
    },
  ],
  closing: ['Đề nghị báo cáo kết quả khi có yêu cầu.'],
  report: { required: true, deadline: null, onRequest: true, recurrence: null },
  dueDate: null,
  source: null,
  createdAt: '2020-11-20T00:00:00Z',
  updatedAt: '2020-11-20T00:00:00Z',
  publishedAt: null,
  version: 3,
};

describe('directive form draft', () => {
  it('sends back what it loaded', () => {
    const input = inputFrom(draftFrom(directive));
    expect(input).toMatchObject({
      number: null,
      symbol: 'STTTT-TTBCXB',
      issued: { year: 2020, month: 11, day: null },
      subject: directive.subject,
      signer: directive.signer,
      references: directive.references,
      recipients: directive.recipients,
      cc: directive.cc,
      closing: directive.closing,
      report: directive.report,
      dueDate: null,
    });
    expect(input.parts).toEqual([
      { label: '1', title: 'Tuyên truyền', text: 'Tuyên truyền', addressees: [], actionable: true, deadline: '2020-11-30', parts: [] },
    ]);
  });

  it('shows a one-line part with an empty full text', () => {
    expect(draftFrom(directive).parts[0]?.text).toBe('');
  });

  it('turns blank inputs into nulls and an empty date into no date', () => {
    const draft = { ...emptyDraft(), subject: '  V/v thử  ', issuedDay: '', issuedMonth: '', issuedYear: '' };
    const input = inputFrom(draft);
    expect(input.subject).toBe('V/v thử');
    expect(input.issued).toBeNull();
    expect(input.number).toBeNull();
    expect(input.signer).toEqual({ authority: null, title: null, name: null });
  });
});
