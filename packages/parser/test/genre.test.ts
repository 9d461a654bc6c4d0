/**
 * Whole documents of other shapes than the fixtures: Party bodies, a provincial People's
 * Committee, a ministry department, plans, decisions, notices, converter and PDF debris.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../src/index';
import { flatten } from '../src/parts';
import type { ParsedDirective, Part } from '../src/types';
import { contractErrors } from './helpers';

const here = dirname(fileURLToPath(import.meta.url));
const parse = (name: string): ParsedDirective => {
  const d = parseDirective(readFileSync(join(here, 'samples', `${name}.txt`), 'utf8'));
  expect(contractErrors(d)).toEqual([]);
  return d;
};
const tree = (ps: Part[]): unknown[] => ps.map((p) => (p.parts.length ? [p.label, tree(p.parts)] : p.label));

describe('genre samples', () => {
  it('Party công văn: "Số 369-CV/BTGTU", star line, motto, K/T signature, comma-ended Nơi nhận', () => {
    const d = parse('party-cv-btgtu');
    expect(d).toMatchObject({
      issuer: 'BAN TUYÊN GIÁO', kind: null, number: '369-CV/BTGTU', symbol: 'CV/BTGTU', place: 'Lạng Sơn',
      issued: { year: 2021, month: 1, day: 12 },
      subject: 'tuyên truyền kỷ niệm 91 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2021)',
      recipients: ['Các đảng bộ trực thuộc Tỉnh ủy', 'Các sở, ban, ngành, đoàn thể tỉnh', 'Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh'],
      references: [{ number: '149-HD/BTGTW', kind: 'HD', date: '2021-01-05', issuer: 'Ban Tuyên giáo Trung ương' }],
      deadlines: ['2021-02-03', '2021-02-05', '2021-02-10'],
      report: { required: true, deadline: '2021-02-10', onRequest: false, recurrence: null },
      signer: { authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Thị Hạnh' },
    });
    expect(d.parts.map((p) => p.addressees)).toEqual([
      ['Các đảng bộ trực thuộc Tỉnh ủy'], ['Báo Lạng Sơn', 'Đài Phát thanh và Truyền hình tỉnh'], ['Sở Thông tin và Truyền thông'],
    ]);
    expect(d.cc.map((c) => [c.name, c.purpose])).toEqual([['Như kính gửi', null], ['Ban Tuyên giáo Trung ương', 'b/c'], ['Thường trực Tỉnh ủy', 'b/c'], ['Lưu Ban Tuyên giáo', null]]);
  });

  it('UBND công văn: "Giao Sở … chủ trì", a unit heading with a), quarterly report, TM./KT. signature', () => {
    const d = parse('ubnd-cv-giao-tm-kt');
    expect(d).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', number: '1520/UBND-KGVX', subject: 'triển khai Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ',
      recipients: ['Các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố'],
      references: [{ number: '05/CT-TTg', kind: 'CT', date: '2021-03-01', issuer: 'Thủ tướng Chính phủ' }],
      deadlines: ['2021-03-31', '2021-04-15'],
      report: { required: true, deadline: null, onRequest: false, recurrence: 'quarterly' },
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Đoàn Thu Hà' },
    });
    expect(tree(d.parts)).toEqual(['1', ['2', ['a', 'b']], '3']);
    expect(d.parts.map((p) => p.addressees)).toEqual([['Sở Y tế'], ['Sở Thông tin và Truyền thông'], ['UBND các huyện, thành phố']]);
    expect(d.parts[1]?.parts.map((p) => p.actionable)).toEqual([true, false]);
    // a leader's absence is not a deadline
    expect(d.deadlines).not.toContain('2021-04-10');
  });

  it('ministry letter from a markdown converter: blank number and day, placeholder recipients', () => {
    const d = parse('ministry-markdown-placeholder');
    expect(d).toMatchObject({
      issuer: 'CỤC BÁO CHÍ', number: null, symbol: 'CBC-TTĐT', place: 'Hà Nội', issued: { year: 2021, month: 12, day: null },
      subject: 'đề nghị cung cấp thông tin về hoạt động của các cơ quan báo chí năm 2021', recipients: [],
      deadlines: ['2021-12-20', '2021-12-15'], closing: ['Trân trọng./.'],
      signer: { authority: 'KT. CỤC TRƯỞNG', title: 'PHÓ CỤC TRƯỞNG', name: 'Đặng Khắc Lợi' },
    });
    expect(JSON.stringify(d)).not.toMatch(/\*|\\-|\\\./);
  });

  it('Party hướng dẫn: "Căn cứ:" list, I-/1- labels, T/M signature', () => {
    const d = parse('party-hd-roman-dash');
    expect(d).toMatchObject({ issuer: 'HUYỆN ỦY CAO LỘC', kind: 'HD', number: '12-HD/HU', symbol: 'HD/HU', recipients: [] });
    expect(d.subject).toBe('tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026');
    expect(d.references.map((r) => [r.number, r.issuer])).toEqual([['98-KH/TU', 'Tỉnh ủy Lạng Sơn'], ['149-HD/BTGTU', 'Ban Tuyên giáo Tỉnh ủy']]);
    expect(tree(d.parts)).toEqual([['I', ['1', '2']], ['II', ['1', '2']], ['III', [['1', ['-', '-']], ['2', [null]]]]]);
    expect(d.parts[0]?.actionable).toBe(false);
    expect(d.parts[2]?.parts.map((p) => p.addressees)).toEqual([['Ban Tuyên giáo Huyện ủy'], ['Các chi, đảng bộ cơ sở']]);
    expect(d.signer).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Hoàng Văn Nam' });
  });

  it('PDF text with space-separated columns, wrapped lines and a "- 2 -" page number', () => {
    const d = parse('pdf-space-columns');
    expect(d).toMatchObject({
      issuer: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', number: '415/SVHTTDL-QLVH', issued: { year: 2022, month: 3, day: 9 },
      subject: 'treo cờ Tổ quốc, băng rôn tuyên truyền kỷ niệm Ngày Giải phóng miền Nam',
      recipients: ['Ủy ban nhân dân các huyện, thành phố', 'Các đơn vị sự nghiệp trực thuộc Sở'],
      deadlines: ['2022-05-01', '2022-05-05'], report: { required: true, deadline: '2022-05-05' },
      cc: [{ name: 'Như trên', purpose: null }, { name: 'Lãnh đạo Sở', purpose: null }, { name: 'Lưu: VT, QLVH', purpose: null }],
      signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Vi Thị Hương' },
    });
    expect(d.parts.map((p) => [p.label, p.actionable])).toEqual([['1', true], ['2', true], ['3', false]]);
  });

  it('markdown table header and footer from a .docx converter; one plain paragraph; 6-monthly report', () => {
    const d = parse('markdown-table-header');
    expect(d).toMatchObject({
      issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', number: '1287/STTTT-TTBCXB', issued: { year: 2022, month: 12, day: 4 },
      subject: 'tăng cường thông tin tuyên truyền về chuyển đổi số', recipients: ['Ủy ban nhân dân các huyện, thành phố'],
      report: { required: true, recurrence: 'semiannual' },
      signer: { authority: null, title: 'GIÁM ĐỐC', name: 'Nguyễn Văn Hùng' },
    });
    expect(d.parts.map((p) => [p.label, p.addressees])).toEqual([[null, ['Ủy ban nhân dân các huyện, thành phố']]]);
    expect(d.cc.map((c) => c.name)).toEqual(['Như trên', 'Trung tâm CNTT&TT', 'Lưu: VT, TTBCXB']);
  });

  it('letter without numbered parts, a conference period that is not a deadline, glued signer name', () => {
    const d = parse('glued-signer-no-parts');
    expect(d.deadlines).toEqual(['2021-06-10']);
    expect(d.parts[0]?.addressees).toEqual(['Trung tâm Văn hóa, Thể thao và Truyền thông huyện']);
    expect(d.report.required).toBe(false); // "báo cáo tham luận" is a paper, not a report of results
    expect(d.signer).toEqual({ authority: 'KT. TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', name: 'Lê Thị Mai' });
  });

  it('UBND kế hoạch: tab-separated header, 1.1/1.2 levels, KINH PHÍ context, yearly report day is not a deadline', () => {
    const d = parse('ubnd-kh-decimal-tabs');
    expect(d).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', kind: 'KH', number: '210/KH-UBND', place: 'Lạng Sơn' });
    expect(d.subject).toBe('Thực hiện Chương trình chuyển đổi số tỉnh Lạng Sơn năm 2022');
    expect(tree(d.parts)).toEqual([
      ['I', [['1', [null]], ['2', [null]]]], ['II', [['1', ['1.1', '1.2']], ['2', [null]]]], ['III', [null]], ['IV', [['1', ['-', '-']], ['2', [null]]]],
    ]);
    expect(d.parts.map((p) => p.actionable)).toEqual([false, true, false, true]);
    expect(d.deadlines).toEqual(['2022-06-30', '2021-11-15']);
    expect(d.report).toMatchObject({ required: true, deadline: null, recurrence: 'semiannual' });
    expect(d.closing).toHaveLength(1);
    expect(flatten(d.parts).find((p) => p.label === '1.2')?.addressees).toEqual(['Sở Thông tin và Truyền thông']);
  });

  it('CRLF, NBSP, en-dash and "+" bullets, "Lưu VT" without colon', () => {
    const d = parse('crlf-nbsp-endash');
    expect(d).toMatchObject({
      issuer: 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN', number: '12/TTCNTT-KT', recipients: ['Văn phòng Sở', 'Phòng Thông tin - Báo chí - Xuất bản'],
      deadlines: ['2023-03-10'], closing: ['Rất mong nhận được sự phối hợp./.'],
      cc: [{ name: 'Như trên', purpose: null }, { name: 'Lưu VT', purpose: null }],
      signer: { authority: null, title: 'GIÁM ĐỐC', name: 'Trần Văn Bình' },
    });
    expect(d.parts.map((p) => p.label)).toEqual(['+', '+']);
  });

  it('thông báo kết luận: kind from heading, acting signer (Q.), a leave period is not a deadline', () => {
    const d = parse('thong-bao-q-giam-doc');
    expect(d).toMatchObject({ kind: 'TB', subject: 'Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 7/2022', deadlines: ['2022-08-10'] });
    expect(d.signer).toEqual({ authority: 'Q. GIÁM ĐỐC', title: null, name: 'Hoàng Minh Tuấn' });
    expect(d.parts.map((p) => p.addressees)).toEqual([['Phòng Thông tin - Báo chí - Xuất bản'], ['Văn phòng Sở'], []]);
  });

  it('republished excerpt without header or signature: nulls and warnings, still parts and references', () => {
    const d = parse('excerpt-no-header');
    expect(d).toMatchObject({ issuer: null, number: null, symbol: null, issued: null, subject: null, recipients: [], cc: [] });
    expect(d.signer).toEqual({ name: null, title: null, authority: null });
    expect(d.references.map((r) => r.number)).toEqual(['1068/BTTTT-TTCS']);
    expect(d.parts.map((p) => p.addressees)).toEqual([['Đài Phát thanh và Truyền hình tỉnh'], ['Báo Lạng Sơn']]);
    expect(d.warnings.length).toBeGreaterThan(2);
  });

  it('quyết định with Điều articles', () => {
    const d = parse('quyet-dinh-dieu');
    expect(d).toMatchObject({ kind: 'QĐ', number: '1234/QĐ-UBND', subject: 'thành lập Tổ công tác chuyển đổi số tỉnh' });
    expect(d.parts.map((p) => p.label)).toEqual(['Điều 1', 'Điều 2', 'Điều 3']);
    expect(d.deadlines).toEqual([]);
    expect(d.signer).toEqual({ authority: null, title: 'CHỦ TỊCH', name: 'Hồ Tiến Thiệu' });
  });

  it('Party letter with "1/" labels and a year-less deadline with a time', () => {
    const d = parse('party-slash-labels');
    expect(d.recipients).toEqual(['Các chi, đảng bộ cơ sở']);
    expect(d.parts.map((p) => [p.label, p.addressees, p.deadline])).toEqual([
      ['1', ['Các chi, đảng bộ cơ sở'], null],
      ['2', [], '2021-05-23'],
    ]);
    expect(d.report).toMatchObject({ required: true, deadline: '2021-05-23' });
  });

  it('header columns flattened with single spaces: motto removed, trailing place and date split off', () => {
    const d = parse('flat-header-single-spaces');
    expect(d).toMatchObject({
      issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', number: '1287/STTTT-TTBCXB', place: 'Lạng Sơn', issued: { year: 2020, month: 12, day: 4 },
      subject: 'hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, ngày 21/4', recipients: ['Thư viện tỉnh'], deadlines: ['2021-04-21'],
    });
  });

  it('another province, decomposed accents, PDF wraps, lone page number, "Đối với …:" parts', () => {
    const d = parse('quang-ninh-pdf-nfd');
    expect(d).toMatchObject({
      issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', number: '2035/STTTT-BCXB', place: 'Quảng Ninh',
      subject: 'định hướng thông tin tuyên truyền về công tác phòng chống thiên tai',
      recipients: ['Trung tâm Truyền thông tỉnh', 'Các cơ quan báo chí địa phương', 'Trung tâm Truyền thông và Văn hóa các huyện, thị xã, thành phố'],
      references: [{ number: '86/CĐ-TTg', kind: 'CĐ', date: '2024-09-05', issuer: 'Thủ tướng Chính phủ' }],
      deadlines: ['2024-09-10'], report: { required: false },
      signer: { authority: null, title: 'GIÁM ĐỐC', name: 'Nguyễn Văn Thành' },
    });
    expect(tree(d.parts)).toEqual([['1', ['-', '-']], ['2', [null]]]);
    expect(d.parts.map((p) => p.addressees)).toEqual([
      ['Trung tâm Truyền thông tỉnh', 'các cơ quan báo chí'], ['Trung tâm Truyền thông và Văn hóa các huyện, thị xã, thành phố'],
    ]);
    expect(d.closing).toHaveLength(1);
  });

  it('e-office PDF with electronic signature stamps before the header and in place of the name', () => {
    const d = parse('e-signature-stamp');
    expect(d).toMatchObject({
      issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', number: '1290/STTTT-TTBCXB', subject: 'tuyên truyền Ngày Pháp luật Việt Nam',
      recipients: ['Báo Lạng Sơn'], closing: ['Trân trọng./.'],
      signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Hải Yến' },
    });
    expect(d.parts.map((p) => p.addressees)).toEqual([['Báo Lạng Sơn']]);
    expect(d.warnings.some((x) => x.includes('signature stamp'))).toBe(true);
  });
});
