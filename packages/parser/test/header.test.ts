import { describe, expect, it } from 'vitest';
import { issuerFrom, readHeader, readNumber, readPlaceDate } from '../src/header';
import { normalise } from '../src/normalise';
import { kindFromNumber } from '../src/vocab';

const header = (t: string) => readHeader(normalise(t).lines);

describe('number and symbol', () => {
  it.each([
    ['Số: 169/STTTT-TTBCXB', '169/STTTT-TTBCXB', 'STTTT-TTBCXB'],
    ['Số: 356 /STTTT-TTBCXB', '356/STTTT-TTBCXB', 'STTTT-TTBCXB'],
    ['Số:   1287 / STTTT - TTBCXB', '1287/STTTT-TTBCXB', 'STTTT-TTBCXB'],
    ['Số 369-CV/BTGTU', '369-CV/BTGTU', 'CV/BTGTU'],
    ['Số 02-KH/TU', '02-KH/TU', 'KH/TU'],
    ['Số: 15/2021/QĐ-UBND', '15/2021/QĐ-UBND', 'QĐ-UBND'],
    ['Số: 45/KH-VHTT.', '45/KH-VHTT', 'KH-VHTT'],
  ])('%s', (line, number, symbol) => {
    expect(readNumber(line)).toEqual({ number, symbol });
  });
  it.each([
    ['Số: /STTTT-TTBCXB', 'STTTT-TTBCXB'],
    ['Số:        /KH-UBND', 'KH-UBND'],
    ['Số: ......../SVHTTDL-QLVH', 'SVHTTDL-QLVH'],
    ['Số: …/TTCS-TTTH', 'TTCS-TTTH'],
    ['Số    -CV/BTGTU', 'CV/BTGTU'],
  ])('blank number %s → number null, symbol kept', (line, symbol) => {
    expect(readNumber(line)).toEqual({ number: null, symbol });
  });
  it.each([
    ['KH-VHTT', 'KH'],
    ['STTTT-TTBCXB', null],
    ['02-KH/TU', 'KH'],
    ['369-CV/BTGTU', null],
    ['HD/BTGTU', 'HD'],
    ['15/2021/QĐ-UBND', 'QĐ'],
    ['12/2020/TT-BTTTT', 'TT'],
    ['30/CTr-UBND', 'CTr'],
  ])('kind from %s', (num, kind) => {
    expect(kindFromNumber(num)).toBe(kind);
  });
});

describe('place and date', () => {
  it('reads figures with leading zeros', () => {
    expect(readPlaceDate('Lạng Sơn, ngày 04 tháng 12 năm 2020')).toEqual({ place: 'Lạng Sơn', issued: { year: 2020, month: 12, day: 4 } });
  });
  it('leaves a blank day (and month) null', () => {
    expect(readPlaceDate('Lạng Sơn, ngày tháng 11 năm 2020')?.issued).toEqual({ year: 2020, month: 11, day: null });
    expect(readPlaceDate('Hà Nội, ngày …… tháng …… năm 2021')?.issued).toEqual({ year: 2021, month: null, day: null });
  });
  it('reads a date written in words', () => {
    expect(readPlaceDate('Hà Nội, ngày mười lăm tháng Giêng năm hai nghìn không trăm hai mươi mốt')?.issued).toEqual({ year: 2021, month: 1, day: 15 });
    expect(readPlaceDate('Cao Lộc, ngày hai mươi tháng tư năm 2021')?.issued).toEqual({ year: 2021, month: 4, day: 20 });
  });
  it('reads a date in figures after the place', () => {
    expect(readPlaceDate('TP. Hồ Chí Minh, ngày 05/8/2025')).toEqual({ place: 'TP. Hồ Chí Minh', issued: { year: 2025, month: 8, day: 5 } });
  });
  it('is null for a line that is not a place and date', () => {
    expect(readPlaceDate('Báo Lạng Sơn, Đài Phát thanh')).toBeNull();
  });
});

describe('issuer', () => {
  it('takes the issuing body, not its parent', () => {
    expect(issuerFrom(['UBND TỈNH LẠNG SƠN', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'])).toBe('SỞ THÔNG TIN VÀ TRUYỀN THÔNG');
    expect(issuerFrom(['BỘ THÔNG TIN VÀ TRUYỀN THÔNG', 'CỤC THÔNG TIN CƠ SỞ'])).toBe('CỤC THÔNG TIN CƠ SỞ');
    expect(issuerFrom(['TỈNH ỦY LẠNG SƠN', 'BAN TUYÊN GIÁO'])).toBe('BAN TUYÊN GIÁO');
    expect(issuerFrom(['ĐẢNG BỘ TỈNH LẠNG SƠN', 'HUYỆN ỦY CAO LỘC'])).toBe('HUYỆN ỦY CAO LỘC');
  });
  it('joins an issuer wrapped over two lines', () => {
    expect(issuerFrom(['UBND TỈNH LẠNG SƠN', 'SỞ THÔNG TIN VÀ', 'TRUYỀN THÔNG'])).toBe('SỞ THÔNG TIN VÀ TRUYỀN THÔNG');
    expect(issuerFrom(['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'])).toBe('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
    expect(issuerFrom(['UBND TỈNH LẠNG SƠN', 'SỞ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH'])).toBe('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
  });
  it('is null without a header', () => {
    expect(issuerFrom([])).toBeNull();
  });
});

describe('header block', () => {
  it('reads a Party dispatch with star line and motto', () => {
    const h = header('TỈNH ỦY LẠNG SƠN\nBAN TUYÊN GIÁO\n*\nSố 369-CV/BTGTU\nV/v tuyên truyền kỷ niệm 91 năm Ngày thành lập Đảng\nĐẢNG CỘNG SẢN VIỆT NAM\nLạng Sơn, ngày 12 tháng 01 năm 2021\n\nKính gửi: Các đảng bộ trực thuộc Tỉnh ủy\n\nThực hiện…');
    expect(h).toMatchObject({
      issuer: 'BAN TUYÊN GIÁO', number: '369-CV/BTGTU', symbol: 'CV/BTGTU', kind: null, place: 'Lạng Sơn',
      issued: { year: 2021, month: 1, day: 12 }, subject: 'tuyên truyền kỷ niệm 91 năm Ngày thành lập Đảng',
      recipients: ['Các đảng bộ trực thuộc Tỉnh ủy'],
    });
  });
  it('takes the subject of a plan from the line(s) under the kind heading', () => {
    const h = header('UBND HUYỆN CAO LỘC\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nSố: 45/KH-VHTT\nCao Lộc, ngày 15 tháng 01 năm 2021\nKẾ HOẠCH\nThực hiện Kết luận số 01-KL/TW của Bộ Chính trị\nvề tiếp tục học tập và làm theo tư tưởng Hồ Chí Minh\n\nCăn cứ Kế hoạch số 98-KH/HU…');
    expect(h.kind).toBe('KH');
    expect(h.subject).toBe('Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục học tập và làm theo tư tưởng Hồ Chí Minh');
  });
  it.each([
    ['V/v tuyên truyền Ngày Quốc khánh', 'tuyên truyền Ngày Quốc khánh'],
    ['V/v: tuyên truyền Ngày Quốc khánh', 'tuyên truyền Ngày Quốc khánh'],
    ['Về việc tuyên truyền Ngày Quốc khánh', 'tuyên truyền Ngày Quốc khánh'],
    ['V/V tuyên truyền Ngày Quốc khánh', 'tuyên truyền Ngày Quốc khánh'],
    ['Về tuyên truyền Ngày Quốc khánh', 'tuyên truyền Ngày Quốc khánh'],
    ['V/v. tuyên truyền Ngày Quốc khánh', 'tuyên truyền Ngày Quốc khánh'],
  ])('strips the subject prefix of %s', (line, subject) => {
    expect(header(`SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 12/STTTT-VP\n${line}\nLạng Sơn, ngày 01 tháng 9 năm 2021`).subject).toBe(subject);
  });
  it('reads number, subject and date glued on one line by an extractor', () => {
    const h = header('SỞ Y TẾ\nSố: 12/SYT-NVY V/v phòng, chống dịch sốt xuất huyết\nLạng Sơn, ngày 05 tháng 9 năm 2023');
    expect(h).toMatchObject({ number: '12/SYT-NVY', subject: 'phòng, chống dịch sốt xuất huyết', issued: { year: 2023, month: 9, day: 5 } });
  });
  it('joins a subject wrapped over several lines', () => {
    const h = header('Số: 88/TTCS-TTTH\nV/v hướng dẫn tuyên truyền cuộc bầu cử\nđại biểu Quốc hội khóa XV\nHà Nội, ngày 02 tháng 02 năm 2021');
    expect(h.subject).toBe('hướng dẫn tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XV');
  });
  it('maps kind headings to codes', () => {
    expect(header('HƯỚNG DẪN\nTuyên truyền bầu cử').kind).toBe('HD');
    expect(header('CÔNG ĐIỆN\nVề việc phòng, chống bão số 3').kind).toBe('CĐ');
    expect(header('THÔNG BÁO\nKết luận của Giám đốc Sở').subject).toBe('Kết luận của Giám đốc Sở');
    expect(header('CHƯƠNG TRÌNH\nCông tác năm 2022').kind).toBe('CTr');
  });
  it('ignores urgency marks and rule lines', () => {
    const h = header('UBND TỈNH LẠNG SƠN\nSỞ Y TẾ\n-------\nKHẨN\nSố: 12/SYT-NVY\nV/v phòng, chống dịch');
    expect(h.issuer).toBe('SỞ Y TẾ');
    expect(h.subject).toBe('phòng, chống dịch');
  });
  it('gives nulls and warnings when there is no header', () => {
    const h = header('Thực hiện Kế hoạch số 02-KH/TU, Sở đề nghị:');
    expect(h).toMatchObject({ issuer: null, number: null, symbol: null, issued: null, subject: null, bodyStart: 0 });
    expect(h.warnings.length).toBeGreaterThan(0);
  });
});
