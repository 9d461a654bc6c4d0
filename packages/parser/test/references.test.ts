import { describe, expect, it } from 'vitest';
import { readIssuerAfter, readReferences } from '../src/references';

describe('references', () => {
  it('reads Party and state numbers with date and issuer', () => {
    const refs = readReferences(
      'Thực hiện Kế hoạch số 02-KH/TU ngày 13/11/2020 của Tỉnh ủy Lạng Sơn tổ chức học tập; Hướng dẫn số 11-HD/BTGTU ngày 13/11/2020 của Ban Tuyên giáo Tỉnh ủy tuyên truyền kỷ niệm…',
      2020,
    );
    expect(refs).toEqual([
      { number: '02-KH/TU', kind: 'KH', date: '2020-11-13', issuer: 'Tỉnh ủy Lạng Sơn' },
      { number: '11-HD/BTGTU', kind: 'HD', date: '2020-11-13', issuer: 'Ban Tuyên giáo Tỉnh ủy' },
    ]);
  });
  it('gives kind null for a công văn and reads legal document numbers', () => {
    const refs = readReferences(
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; Công văn số 12/STTTT-TTBCXB ngày 08/01/2021 của Sở Thông tin và Truyền thông tỉnh Lạng Sơn, Phòng Văn hóa…',
      2021,
    );
    expect(refs).toEqual([
      { number: '30/2020/NĐ-CP', kind: 'NĐ', date: '2020-03-05', issuer: 'Chính phủ' },
      { number: '12/STTTT-TTBCXB', kind: null, date: '2021-01-08', issuer: 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn' },
    ]);
  });
  it('reads a date written in words and keeps a missing issuer null', () => {
    expect(readReferences('Theo Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 về phê duyệt Chương trình', 2021)).toEqual([
      { number: '749/QĐ-TTg', kind: 'QĐ', date: '2020-06-03', issuer: null },
    ]);
  });
  it('does not repeat a document and ignores a "của" far from the number', () => {
    const refs = readReferences('Thực hiện Công văn số 1068/BTTTT-TTCS về việc tuyên truyền chính sách của Đảng; Công văn số 1068/BTTTT-TTCS…', 2021);
    expect(refs).toEqual([{ number: '1068/BTTTT-TTCS', kind: null, date: null, issuer: null }]);
  });
  it('cuts the issuer before the verb or the next body', () => {
    expect(readIssuerAfter('của Bộ Văn hóa, Thể thao và Du lịch về việc tổ chức')).toBe('Bộ Văn hóa, Thể thao và Du lịch');
    expect(readIssuerAfter('của Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch đề nghị')).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy');
    expect(readIssuerAfter('của Ủy ban nhân dân tỉnh Lạng Sơn triển khai')).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(readIssuerAfter('của UBND tỉnh ban hành Kế hoạch')).toBe('UBND tỉnh');
    expect(readIssuerAfter('của Bộ Lao động - Thương binh và Xã hội hướng dẫn')).toBe('Bộ Lao động - Thương binh và Xã hội');
  });
});
