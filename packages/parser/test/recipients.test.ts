import { describe, expect, it } from 'vitest';
import { readRecipients } from '../src/recipients';
import { normalise } from '../src/normalise';

const read = (t: string) => {
  const lines = normalise(t).lines;
  return readRecipients(lines, lines.findIndex((l) => l.startsWith('Kính')));
};

describe('Kính gửi', () => {
  it('reads one recipient on the same line, commas included', () => {
    expect(read('Kính gửi: Sở Thông tin và Truyền thông các tỉnh, thành phố trực thuộc Trung ương\n\nCục đề nghị…').recipients).toEqual([
      'Sở Thông tin và Truyền thông các tỉnh, thành phố trực thuộc Trung ương',
    ]);
  });
  it('reads a list with "-", without leading "-" and trailing ";" or "."', () => {
    const r = read('Kính gửi:\n\n- Báo Lạng Sơn;\n- Đài Phát thanh và Truyền hình tỉnh;\n- Phòng Văn hóa và Thông tin các huyện, thành phố.\n\nThực hiện …');
    expect(r.recipients).toEqual(['Báo Lạng Sơn', 'Đài Phát thanh và Truyền hình tỉnh', 'Phòng Văn hóa và Thông tin các huyện, thành phố']);
  });
  it('reads "–" and "+" bullets', () => {
    expect(read('Kính gửi:\n– Văn phòng Sở;\n– Phòng Thông tin - Báo chí - Xuất bản.\nĐể cập nhật…').recipients).toEqual([
      'Văn phòng Sở', 'Phòng Thông tin - Báo chí - Xuất bản',
    ]);
    expect(read('Kính gửi:\n+ Các sở, ban, ngành tỉnh;\n+ UBND các huyện, thành phố.').recipients).toEqual(['Các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố']);
  });
  it('splits several recipients on one line at ";"', () => {
    expect(read('Kính gửi: Các sở, ban, ngành tỉnh; UBND các huyện, thành phố.').recipients).toEqual(['Các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố']);
  });
  it('continues a same-line list onto the next lines', () => {
    expect(read('Kính gửi: - Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố.\nThực hiện…').recipients).toEqual(['Các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố']);
  });
  it('reads entries without bullets, one per line', () => {
    expect(read('Kính gửi:\nCác sở, ban, ngành tỉnh;\nUBND các huyện, thành phố.\nThực hiện Chỉ thị…').recipients).toEqual(['Các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố']);
  });
  it('gives [] for a dotted placeholder', () => {
    expect(read('Kính gửi: ……………………………\n\nĐể có cơ sở…').recipients).toEqual([]);
    expect(read('Kính gửi: .........................\nĐể có cơ sở…').recipients).toEqual([]);
  });
  it('stops at the body', () => {
    const r = read('Kính gửi:\n- Báo Lạng Sơn;\n- Đài PT-TH tỉnh.\nThực hiện Kế hoạch số 02-KH/TU, Sở đề nghị:\n1. Tuyên truyền.');
    expect(r.recipients).toHaveLength(2);
  });
  it('joins a recipient broken over two lines by a PDF', () => {
    expect(read('Kính gửi:\n- Phòng Văn hóa và Thông tin các\nhuyện, thành phố.').recipients).toEqual(['Phòng Văn hóa và Thông tin các huyện, thành phố']);
  });
});
