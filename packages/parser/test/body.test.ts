import { describe, expect, it } from 'vitest';
import { readBody } from '../src/body';
import { readLabel } from '../src/labels';
import { isContextHeading, splitUnits, titleOf, toParts } from '../src/parts';
import type { Part } from '../src/types';

const ctx = { docYear: 2021, docMonth: 3, issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG' };
const parse = (paras: string[]) => {
  const b = readBody(paras);
  return { ...b, parts: toParts(b.nodes, ctx) };
};
const shape = (ps: Part[]): unknown[] => ps.map((p) => (p.parts.length ? [p.label, shape(p.parts)] : p.label));

describe('labels', () => {
  it.each([
    ['1. Tuyên truyền', '1', 'arabic'],
    ['2) Tuyên truyền', '2', 'arabic'],
    ['1- Mục đích', '1', 'arabic'],
    ['I. MỤC ĐÍCH, YÊU CẦU', 'I', 'roman'],
    ['III- TỔ CHỨC THỰC HIỆN', 'III', 'roman'],
    ['1.2. Sở Y tế chủ trì', '1.2', 'dec1'],
    ['2.1.3 Nâng cấp', '2.1.3', 'dec2'],
    ['a) Chỉ đạo', 'a', 'letter'],
    ['đ) Đôn đốc', 'đ', 'letter'],
    ['b- Tổ chức', 'b', 'letter'],
    ['c/ Treo cờ', 'c', 'letter'],
    ['2/ Cập nhật', '2', 'arabic'],
    ['- Mở chuyên mục', '-', 'bullet:-'],
    ['– Mở chuyên mục', '-', 'bullet:-'],
    ['+ Treo cờ', '+', 'bullet:+'],
    ['• Treo cờ', '•', 'bullet:•'],
    ['Điều 1. Ban hành', 'Điều 1', 'article'],
    ['Phần I. MỞ ĐẦU', 'Phần I', 'section'],
  ])('%s', (line, label, type) => {
    expect(readLabel(line)).toMatchObject({ label, type });
  });
  it.each(['V/v tuyên truyền', 'Về việc', '28/11/2020 là ngày', '1.000 người tham gia', '2021 - 2026', 'Tuyên truyền', '-28/11/2020', 'Lạng Sơn'])(
    '%s has no label',
    (line) => {
      expect(readLabel(line)).toBeNull();
    },
  );
});

describe('titles', () => {
  it('uses the heading before a colon', () => {
    expect(titleOf('Báo cáo kết quả: các cơ quan, đơn vị gửi báo cáo về Sở.', false)).toBe('Báo cáo kết quả');
    expect(titleOf('Ủy ban nhân dân các xã, phường:', false)).toBe('Ủy ban nhân dân các xã, phường');
  });
  it('uses the first sentence, not a colon inside brackets or an abbreviation', () => {
    expect(titleOf('Tuyên truyền (như: hội nghị, pa nô). Đăng tải trên Cổng.', false)).toBe('Tuyên truyền (như: hội nghị, pa nô).');
    expect(titleOf('Tuyên truyền tác phẩm của Ph.Ăng-ghen tại TP. Lạng Sơn. Đăng tin.', false)).toBe('Tuyên truyền tác phẩm của Ph.Ăng-ghen tại TP. Lạng Sơn.');
  });
  it('keeps the whole text for a bullet', () => {
    expect(titleOf('Mở chuyên mục. Tăng thời lượng.', true)).toBe('Mở chuyên mục. Tăng thời lượng.');
  });
});

describe('parts tree', () => {
  it('nests I. > 1. > - and climbs back for II.', () => {
    const r = parse(['Căn cứ Kế hoạch…, Phòng xây dựng Kế hoạch như sau:', 'I. MỤC ĐÍCH', '1. Một.', '- a.', '- b.', '2. Hai.', 'II. NỘI DUNG', '1. Ba.']);
    expect(r.preamble).toEqual(['Căn cứ Kế hoạch…, Phòng xây dựng Kế hoạch như sau:']);
    expect(shape(r.parts)).toEqual([['I', [['1', ['-', '-']], '2']], ['II', ['1']]]);
  });
  it('nests 1. > a) > + and 1. > 1.1 > 1.2', () => {
    expect(shape(parse(['1. X', 'a) Y:', '+ z;', '+ t.', 'b) W.', '2. V']).parts)).toEqual([['1', [['a', ['+', '+']], 'b']], '2']);
    expect(shape(parse(['1. X', '1.1. Y.', '1.2. Z.', '2. V', '2.1. U.']).parts)).toEqual([['1', ['1.1', '1.2']], ['2', ['2.1']]]);
  });
  it('never puts a numbered part under a bullet', () => {
    expect(shape(parse(['1. X', '- y.', 'a) z.', '2. W.']).parts)).toEqual([['1', ['-', 'a']], '2']);
  });
  it('puts an unnumbered paragraph under the part it follows, as a null label', () => {
    expect(shape(parse(['1. Cổng Thông tin điện tử tỉnh', 'Đăng tải Hướng dẫn.', '2. Báo Lạng Sơn', '- Mở chuyên mục.']).parts)).toEqual([
      ['1', [null]], ['2', ['-']],
    ]);
  });
  it('reads a "Căn cứ:" list of documents as preamble', () => {
    const r = parse(['Căn cứ:', '- Kế hoạch số 98-KH/TU ngày 05/01/2021 của Tỉnh ủy;', '- Hướng dẫn số 149-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy,', 'Ban Thường vụ hướng dẫn như sau:', 'I- MỤC ĐÍCH', '1- Tuyên truyền.']);
    expect(r.preamble).toHaveLength(4);
    expect(shape(r.parts)).toEqual([['I', ['1']]]);
  });
});

describe('closing', () => {
  it('keeps a paragraph under an open heading, then closes', () => {
    const r = parse(['1. Tuyên truyền.', '3. Đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố', 'Đôn đốc Đài Truyền thanh cấp xã tuyên truyền.', 'Đề nghị Quý cơ quan tổ chức tuyên truyền và báo cáo kết quả khi có yêu cầu.', 'Tài liệu gửi kèm trên iOffice./.']);
    expect(r.parts[1]?.parts.map((p) => p.text)).toEqual(['Đôn đốc Đài Truyền thanh cấp xã tuyên truyền.']);
    expect(r.closing).toHaveLength(2);
  });
  it('closes after a finished part', () => {
    const r = parse(['1. Xây dựng kế hoạch.', '2. Tổng hợp kết quả, báo cáo Cục trước ngày 30/5/2021.', 'Trân trọng./.']);
    expect(r.closing).toEqual(['Trân trọng./.']);
  });
  it('splits a letter without numbered parts into preamble, plain parts and closing', () => {
    const r = parse([
      'Thực hiện Công văn số 12/STTTT-VP ngày 05/3/2021 của Sở Thông tin và Truyền thông:',
      'Phòng Văn hóa và Thông tin đề nghị Trung tâm Văn hóa, Thể thao và Truyền thông huyện tuyên truyền trên sóng phát thanh.',
      'Kết quả thực hiện báo cáo về Phòng trước ngày 20/3/2021.',
      'Trân trọng./.',
    ]);
    expect(r.preamble).toHaveLength(1);
    expect(r.parts.map((p) => [p.label, p.addressees])).toEqual([[null, ['Trung tâm Văn hóa, Thể thao và Truyền thông huyện']]]);
    expect(r.closing).toHaveLength(2);
  });
});

describe('addressees', () => {
  const addr = (paras: string[]) => parse(paras).parts.map((p) => p.addressees);
  it.each([
    ['1. Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh', ['Báo Lạng Sơn', 'Đài Phát thanh và Truyền hình tỉnh']],
    ['2. Báo Lạng Sơn:', ['Báo Lạng Sơn']],
    ['2. Báo Lạng Sơn: mở chuyên mục tuyên truyền.', ['Báo Lạng Sơn']],
    ['3. Đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố', ['Phòng Văn hóa và Thông tin các huyện, thành phố']],
    ['1. Giao Sở Y tế chủ trì, phối hợp với các cơ quan liên quan xây dựng kế hoạch.', ['Sở Y tế']],
    ['1. Giao cho Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức.', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['3. Phòng VH-TT các huyện chỉ đạo Đài Truyền thanh cấp xã phát bản tin.', ['Phòng VH-TT các huyện']],
    ['2. Ủy ban nhân dân các xã, thị trấn', ['Ủy ban nhân dân các xã, thị trấn']],
    ['2. Các sở, ban, ngành; UBND các huyện, thành phố', ['Các sở, ban, ngành', 'UBND các huyện, thành phố']],
    ['1. Đối với các cơ quan báo chí:', ['các cơ quan báo chí']],
    ['a) Báo và Phát thanh, Truyền hình Lạng Sơn chủ trì mở chuyên trang.', ['Báo và Phát thanh, Truyền hình Lạng Sơn']],
  ])('%s', (line, want) => {
    expect(addr([line])).toEqual([want]);
  });
  it.each([
    ['1. Nội dung tuyên truyền'],
    ['2. Phân công thực hiện'],
    ['III. TỔ CHỨC THỰC HIỆN'],
    ['1. Tuyên truyền về lợi ích của vắc xin.'],
    ['- Chỉ đạo Đài Truyền thanh xã tiếp sóng.'],
    ['1. Các cơ quan, đơn vị báo cáo kết quả về Sở.'],
    ['2. Báo cáo kết quả thực hiện về Sở.'],
    ['1. Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị tuyên truyền.'],
    ['1. Phòng, chống dịch COVID-19 trong cơ quan.'],
  ])('%s has none', (line) => {
    expect(addr([line])).toEqual([[]]);
  });
  it('does not give a sub-unit named inside an addressed part as an addressee', () => {
    const r = parse(['b) Ủy ban nhân dân các xã, phường:', '+ Giao Phòng Văn hóa - Xã hội tham mưu tổ chức tuyên truyền;', '+ Treo cờ.']);
    expect(r.parts[0]?.addressees).toEqual(['Ủy ban nhân dân các xã, phường']);
    expect(r.parts[0]?.parts.map((p) => p.addressees)).toEqual([[], []]);
  });
  it('keeps a narrowing to one of the parent addressees', () => {
    const r = parse(['1. Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh', '- Báo Lạng Sơn: mở chuyên trang.', '- Đài Phát thanh và Truyền hình tỉnh tăng thời lượng phát sóng.']);
    expect(r.parts[0]?.parts.map((p) => p.addressees)).toEqual([['Báo Lạng Sơn'], ['Đài Phát thanh và Truyền hình tỉnh']]);
  });
  it('splits unit lists but keeps group names whole', () => {
    expect(splitUnits('Phòng Văn hóa và Thông tin các huyện, thành phố')).toEqual(['Phòng Văn hóa và Thông tin các huyện, thành phố']);
    expect(splitUnits('Báo Lạng Sơn và Đài Phát thanh và Truyền hình tỉnh')).toEqual(['Báo Lạng Sơn', 'Đài Phát thanh và Truyền hình tỉnh']);
    expect(splitUnits('Tuyên truyền về bầu cử')).toBeNull();
  });
});

describe('actionable and deadlines', () => {
  it('marks context headings and their children as not actionable', () => {
    const r = parse(['I. MỤC ĐÍCH, YÊU CẦU', '1. Nâng cao nhận thức.', 'II. NỘI DUNG', '1. Tuyên truyền.']);
    expect(r.parts.map((p) => [p.actionable, p.parts.map((c) => c.actionable)])).toEqual([[false, [false]], [true, [true]]]);
    expect(isContextHeading('Mục tiêu cụ thể')).toBe(true);
    expect(isContextHeading('KINH PHÍ')).toBe(true);
    expect(isContextHeading('Yêu cầu các đơn vị triển khai')).toBe(false);
  });
  it('marks a part that only asks for a report as not actionable', () => {
    const r = parse([
      '1. Tổng hợp kết quả tuyên truyền, báo cáo Cục Thông tin cơ sở trước ngày 30/5/2021 qua thư điện tử.',
      '2. Tuyên truyền trên sóng phát thanh và báo cáo kết quả về Sở.',
      '3. Chế độ báo cáo',
      'Các cơ quan báo cáo định kỳ hằng tháng.',
    ]);
    expect(r.parts.map((p) => p.actionable)).toEqual([false, true, false]);
    expect(r.parts[2]?.parts[0]?.actionable).toBe(false);
  });
  it('gives a part the deadline stated in it', () => {
    const r = parse(['1. Hoàn thành trước ngày 28/02/2021.', '2. Treo băng rôn từ ngày 10/3/2021 đến ngày 25/3/2021.', '3. Phát bản tin bắt đầu từ ngày 25/3/2021.']);
    expect(r.parts.map((p) => p.deadline)).toEqual(['2021-02-28', '2021-03-25', null]);
  });
});
